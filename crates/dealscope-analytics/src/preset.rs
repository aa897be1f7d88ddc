//! Counting presets: the explicit, named, versioned rules that decide which deals an
//! aggregate counts, on which date, and how their money is read.
//!
//! Published deal totals disagree mostly because trackers count differently (mainland vs
//! Greater China licensors, whether M&A or NewCo deals count, announcement vs closing date,
//! whether equity counts as upfront). A [`Preset`] writes those choices down; every
//! aggregate names the preset it used, and [`Preset::select`] says for every deal which
//! rule included or excluded it.

use dealscope_core::{CountryCode, Deal, DealType, Money, PartialDate};

use crate::facts::{Fact, Facts, NO_TYPE, OTHER_TYPE, code};
use serde::Deserialize;

/// Which date places a deal in a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// The announcement date.
    #[default]
    Announced,
    /// The date of the recorded closing; deals without one are excluded.
    Closing,
}

/// A named, versioned set of counting rules. Built-ins come from [`Preset::builtin`]; users
/// write their own in TOML ([`Preset::from_toml`]).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    /// Short name (`all`, `mainland`, `greater-china` …).
    pub name: String,
    /// Version of the rules; bump when a rule changes so old outputs stay explainable.
    pub version: u32,
    /// What the preset is for, in a sentence.
    #[serde(default)]
    pub description: String,
    /// A licensor must be based in one of these countries (empty: any).
    #[serde(default)]
    pub licensor_countries: Vec<CountryCode>,
    /// No licensee may be based in one of these countries (empty: any). With
    /// `licensor_countries = ["CN"]` this makes the count "out-licensing" only.
    #[serde(default)]
    pub exclude_licensee_countries: Vec<CountryCode>,
    /// Deal types that count (empty: all). Labels as in the sample data (`license`,
    /// `newco`, `acquisition` …).
    #[serde(default)]
    pub deal_types: Vec<String>,
    /// Whether deals with no recorded type count when `deal_types` is set.
    #[serde(default = "yes")]
    pub include_untyped: bool,
    /// Only deals with at least one known amount count.
    #[serde(default)]
    pub require_disclosed_terms: bool,
    /// Whether terminated deals count (a tracker of announcements keeps them).
    #[serde(default = "yes")]
    pub include_terminated: bool,
    /// Announcement or closing date.
    #[serde(default)]
    pub date: DateBasis,
    /// Whether the licensor's equity sale to the licensee is added to the upfront.
    #[serde(default)]
    pub equity_as_upfront: bool,
    /// The scope of the published figures this preset is meant to reproduce (a `scope` in
    /// [`crate::published`]), for `explain`'s gap report.
    #[serde(default)]
    pub compare_with: Option<String>,
}

fn yes() -> bool {
    true
}

/// A deal as a preset counts it: the date that places it and the money figures after the
/// preset's rules (e.g. equity folded into the upfront).
#[derive(Clone, Debug, PartialEq)]
pub struct Counted<'a> {
    /// The deal.
    pub deal: &'a Deal,
    /// The date the preset counts it on.
    pub date: PartialDate,
    /// Upfront (plus equity when the preset says so).
    pub upfront: Option<Money>,
    /// Risk-adjusted value, when the caller valued the deal (see [`crate::value`]).
    pub rnpv: Option<Money>,
    /// Headline total.
    pub total: Option<Money>,
    /// Cash equity investment.
    pub equity: Option<Money>,
    /// Whether any amount of the deal is known.
    pub with_terms: bool,
    /// The deal's row in the facts it was selected from.
    pub(crate) row: u32,
}

/// Why a deal was included or excluded.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision<'a> {
    /// The deal.
    pub deal: &'a Deal,
    /// Counted or not.
    pub included: bool,
    /// The rule that decided, in words (`licensor_countries: licensor country US not in
    /// [CN]`); for included deals, the rules that were checked.
    pub rule: String,
}

/// The result of applying a preset to deals.
#[derive(Clone, Debug, PartialEq)]
pub struct Selection<'a> {
    /// Deals that count, with their counting date and money, in input order.
    pub counted: Vec<Counted<'a>>,
    /// Deals left out, each with the rule that excluded it, in input order.
    pub excluded: Vec<Decision<'a>>,
    /// The rules every counted deal passed, in words.
    pub passes: String,
}

impl<'a> Selection<'a> {
    /// One decision per deal, counted or not, in input order.
    pub fn decisions(&self) -> Vec<Decision<'a>> {
        let mut all: Vec<Decision<'a>> = self
            .counted
            .iter()
            .map(|c| Decision {
                deal: c.deal,
                included: true,
                rule: self.passes.clone(),
            })
            .chain(self.excluded.iter().cloned())
            .collect();
        // Both lists point into one slice of deals: address order is input order.
        all.sort_by_key(|d| std::ptr::from_ref(d.deal) as usize);
        all
    }
}

/// A preset file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("preset: {0}")]
pub struct PresetError(String);

impl Preset {
    /// The built-in presets, `all` first.
    pub fn builtin() -> Vec<Preset> {
        BUILTIN
            .iter()
            .map(|text| Preset::from_toml(text).expect("built-in presets parse"))
            .collect()
    }

    /// A built-in preset by name.
    pub fn named(name: &str) -> Option<Preset> {
        Preset::builtin().into_iter().find(|p| p.name == name)
    }

    /// Parses a preset from TOML; unknown keys and unknown deal types are errors (a typo
    /// would otherwise silently change what is counted).
    pub fn from_toml(text: &str) -> Result<Preset, PresetError> {
        let preset: Preset = toml::from_str(text).map_err(|e| PresetError(e.to_string()))?;
        if preset.name.trim().is_empty() {
            return Err(PresetError("`name` is empty".into()));
        }
        for t in &preset.deal_types {
            if DealType::known(t).is_none() {
                let known: Vec<&str> = DealType::KNOWN.iter().map(DealType::label).collect();
                return Err(PresetError(format!(
                    "deal_types: unknown deal type {t:?}; known: {}",
                    known.join(", ")
                )));
            }
        }
        Ok(preset)
    }

    /// `name v1`, the way outputs name their preset.
    pub fn title(&self) -> String {
        format!("{} v{}", self.name, self.version)
    }

    /// Applies the rules to every deal of the facts.
    pub fn select<'a>(&self, facts: &Facts<'a>) -> Selection<'a> {
        let types: Vec<DealType> = self.deal_types.iter().map(|t| DealType::parse(t)).collect();
        let type_codes: Vec<u8> = types
            .iter()
            .map(|t| code(Some(t), DealType::KNOWN))
            .collect();
        let mut selection = Selection {
            counted: Vec::with_capacity(facts.len()),
            excluded: Vec::new(),
            passes: self.included_because(),
        };
        for (row, (deal, fact)) in facts.deals.iter().zip(&facts.rows).enumerate() {
            let row = u32::try_from(row).expect("fewer than 4 billion deals");
            match self.decide(deal, fact, row, (&types, &type_codes)) {
                Ok(counted) => selection.counted.push(counted),
                Err(rule) => selection.excluded.push(Decision {
                    deal,
                    included: false,
                    rule,
                }),
            }
        }
        selection
    }

    fn included_because(&self) -> String {
        let mut checked = Vec::new();
        if !self.licensor_countries.is_empty() {
            checked.push("licensor_countries");
        }
        if !self.exclude_licensee_countries.is_empty() {
            checked.push("exclude_licensee_countries");
        }
        if !self.deal_types.is_empty() {
            checked.push("deal_types");
        }
        if self.require_disclosed_terms {
            checked.push("require_disclosed_terms");
        }
        if !self.include_terminated {
            checked.push("include_terminated");
        }
        checked.push(match self.date {
            DateBasis::Announced => "date = announced",
            DateBasis::Closing => "date = closing",
        });
        format!("passes {}", checked.join(", "))
    }

    fn decide<'a>(
        &self,
        deal: &'a Deal,
        fact: &Fact,
        row: u32,
        (types, type_codes): (&[DealType], &[u8]),
    ) -> Result<Counted<'a>, String> {
        if !self.licensor_countries.is_empty()
            && !fact
                .licensors
                .countries()
                .any(|c| c.is_some_and(|c| self.licensor_countries.contains(&c)))
        {
            let found: Vec<Option<CountryCode>> = fact.licensors.countries().collect();
            return Err(format!(
                "licensor_countries: licensor country {} not in [{}]",
                shown(&found),
                list(&self.licensor_countries)
            ));
        }
        if !self.exclude_licensee_countries.is_empty() {
            if let Some(c) = fact
                .licensees
                .countries()
                .flatten()
                .find(|c| self.exclude_licensee_countries.contains(c))
            {
                return Err(format!(
                    "exclude_licensee_countries: licensee based in {c} (not out-licensing)"
                ));
            }
        }
        if !types.is_empty() {
            let listed = match fact.deal_type {
                NO_TYPE => None,
                OTHER_TYPE => Some(deal.deal_type.as_ref().is_some_and(|t| types.contains(t))),
                code => Some(type_codes.contains(&code)),
            };
            match listed {
                Some(false) => {
                    let label = deal.deal_type.as_ref().map_or("", |t| t.label());
                    return Err(format!(
                        "deal_types: {label} not in [{}]",
                        self.deal_types.join(", ")
                    ));
                }
                None if !self.include_untyped => {
                    return Err("include_untyped = false: deal type not recorded".into());
                }
                _ => {}
            }
        }
        if self.require_disclosed_terms && !fact.with_terms {
            return Err("require_disclosed_terms: no amount disclosed".into());
        }
        if !self.include_terminated && fact.terminated {
            return Err("include_terminated = false: deal terminated".into());
        }
        let date = match self.date {
            DateBasis::Announced => fact
                .announced
                .ok_or("date = announced: no announcement date")?,
            DateBasis::Closing => fact
                .closed
                .ok_or("date = closing: no dated closing recorded")?,
        };
        let mut upfront = fact.upfront;
        if self.equity_as_upfront {
            if let Some(e) = fact.equity {
                upfront = Some(match upfront {
                    Some(u) if u.currency == e.currency => {
                        Money::new(u.amount + e.amount, u.currency)
                    }
                    Some(u) => u,
                    None => e,
                });
            }
        }
        Ok(Counted {
            deal,
            row,
            date,
            with_terms: fact.with_terms,
            upfront,
            rnpv: None,
            total: fact.total,
            equity: fact.equity,
        })
    }
}

fn list(codes: &[CountryCode]) -> String {
    codes
        .iter()
        .map(CountryCode::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

fn shown(found: &[Option<CountryCode>]) -> String {
    let known: Vec<&str> = found.iter().flatten().map(CountryCode::as_str).collect();
    if known.is_empty() {
        "unknown".into()
    } else {
        known.join("/")
    }
}

/// The built-in presets as TOML, the same format users write.
const BUILTIN: [&str; 5] = [
    r#"
name = "all"
version = 1
description = "Every stored deal with an announcement date, as recorded; equity is not upfront."
"#,
    r#"
name = "mainland"
version = 1
description = "Out-licensing by mainland-China licensors to licensees outside mainland China: licences, options, NewCos, co-development, collaborations, platform deals and acquisitions, disclosed terms or not, on the announcement date (the kind of count behind the 2024: 94 and 2025: 157 deal figures)."
licensor_countries = ["CN"]
exclude_licensee_countries = ["CN"]
compare_with = "China out-licensing (mainland licensors)"
"#,
    r#"
name = "greater-china"
version = 1
description = "As `mainland`, with licensors in Hong Kong, Macau and Taiwan counted too (the wider Greater China series, e.g. 186 deals in 2025)."
licensor_countries = ["CN", "HK", "MO", "TW"]
exclude_licensee_countries = ["CN", "HK", "MO", "TW"]
compare_with = "China out-licensing (Greater China)"
"#,
    r#"
name = "licensing-disclosed"
version = 1
description = "Licences, options, co-development and collaborations only (no M&A, NewCo or platform deals), and only deals with disclosed terms; equity counts as upfront."
licensor_countries = ["CN"]
exclude_licensee_countries = ["CN"]
deal_types = ["license", "option", "co-development", "collaboration"]
include_untyped = false
require_disclosed_terms = true
equity_as_upfront = true
"#,
    r#"
name = "closed"
version = 1
description = "Deals counted on their recorded closing date; deals without a recorded closing and terminated deals are left out."
include_terminated = false
date = "closing"
"#,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Directory;
    use dealscope_core::{Amount, Company, CompanyId, Currency, DealId, Party, Term};

    fn deal(id: &str, licensor_cc: &str, licensee_cc: Option<&str>, ty: Option<&str>) -> Deal {
        let mut licensor = Party::named("A");
        licensor.country = Some(CountryCode::new(licensor_cc).unwrap());
        let mut licensee = Party::named("B");
        licensee.country = licensee_cc.map(|c| CountryCode::new(c).unwrap());
        let mut d = Deal::new(DealId::new(id).unwrap(), vec![licensor], vec![licensee]);
        d.announced = Some("2025-03-01".parse().unwrap());
        d.deal_type = ty.map(DealType::parse);
        d
    }

    fn rule_of(s: &Selection<'_>, id: &str) -> (String, bool) {
        let all = s.decisions();
        assert_eq!(all.len(), s.counted.len() + s.excluded.len());
        let d = all.into_iter().find(|d| d.deal.id.as_str() == id).unwrap();
        (d.rule, d.included)
    }

    #[test]
    fn builtins_parse_and_have_unique_names() {
        let all = Preset::builtin();
        let mut names: Vec<&str> = all.iter().map(|p| p.name.as_str()).collect();
        names.dedup();
        assert_eq!(names.len(), BUILTIN.len());
        assert_eq!(all[0].name, "all");
    }

    #[test]
    fn every_excluded_deal_names_its_rule() {
        let deals = vec![
            deal("cn-us", "CN", Some("US"), Some("license")),
            deal("us-us", "US", Some("US"), Some("license")),
            deal("cn-cn", "CN", Some("CN"), Some("license")),
            deal("hk-us", "HK", Some("US"), Some("license")),
            deal("cn-ma", "CN", Some("CH"), Some("acquisition")),
        ];
        let none = Directory::default();
        let mainland = Preset::named("mainland")
            .unwrap()
            .select(&Facts::new(&deals, &none));
        assert_eq!(mainland.counted.len(), 2, "cn-us and cn-ma");
        assert!(
            rule_of(&mainland, "us-us")
                .0
                .starts_with("licensor_countries")
        );
        assert!(rule_of(&mainland, "hk-us").0.contains("HK not in [CN]"));
        assert!(
            rule_of(&mainland, "cn-cn")
                .0
                .starts_with("exclude_licensee_countries")
        );
        let gc = Preset::named("greater-china")
            .unwrap()
            .select(&Facts::new(&deals, &none));
        assert!(
            rule_of(&gc, "hk-us").1,
            "a Hong Kong licensor counts for Greater China"
        );
        let lic = Preset::named("licensing-disclosed")
            .unwrap()
            .select(&Facts::new(&deals, &none));
        let (rule, included) = rule_of(&lic, "cn-ma");
        assert!(!included);
        assert!(rule.starts_with("deal_types: acquisition not in"), "{rule}");
        assert_eq!(
            rule_of(&lic, "cn-us").0,
            "require_disclosed_terms: no amount disclosed"
        );
    }

    #[test]
    fn a_company_country_fills_a_party_without_one() {
        let mut d = deal("x", "CN", None, None);
        d.licensees[0].company = Some(CompanyId::new("novartis").unwrap());
        let mut company = Company::new(CompanyId::new("novartis").unwrap(), "Novartis");
        company.country = Some(CountryCode::new("CN").unwrap());
        let directory = Directory::new(&[company]);
        let s = Preset::named("mainland")
            .unwrap()
            .select(&Facts::new(std::slice::from_ref(&d), &directory));
        assert!(s.counted.is_empty(), "the company's country excluded it");
    }

    #[test]
    fn equity_is_added_to_upfront_only_when_the_preset_says_so() {
        let mut d = deal("x", "CN", Some("US"), Some("license"));
        let usd = |n| Term::Disclosed(Amount::exact(Money::whole(n, Currency::USD)));
        d.terms.upfront = Some(usd(100));
        d.terms.equity = Some(usd(50));
        let deals = [d];
        let plain = Preset::named("mainland")
            .unwrap()
            .select(&Facts::new(&deals, &Directory::default()));
        assert_eq!(
            plain.counted[0].upfront,
            Some(Money::whole(100, Currency::USD))
        );
        let eq = Preset::named("licensing-disclosed")
            .unwrap()
            .select(&Facts::new(&deals, &Directory::default()));
        assert_eq!(
            eq.counted[0].upfront,
            Some(Money::whole(150, Currency::USD))
        );
    }

    #[test]
    fn closing_basis_needs_a_dated_closing() {
        let deals = [deal("open", "CN", Some("US"), None)];
        let s = Preset::named("closed")
            .unwrap()
            .select(&Facts::new(&deals, &Directory::default()));
        assert_eq!(
            s.excluded[0].rule,
            "date = closing: no dated closing recorded"
        );
    }

    #[test]
    fn user_presets_are_checked() {
        let err =
            Preset::from_toml("name = \"x\"\nversion = 1\ndeal_types = [\"licence\", \"merge\"]")
                .unwrap_err();
        assert!(
            err.to_string().contains("unknown deal type \"merge\""),
            "{err}"
        );
        let err = Preset::from_toml("name = \"x\"\nversion = 1\nlicensor_country = [\"CN\"]")
            .unwrap_err();
        assert!(err.to_string().contains("unknown field"), "{err}");
        let ok = Preset::from_toml("name = \"mine\"\nversion = 3\nlicensor_countries = [\"CN\"]")
            .unwrap();
        assert_eq!(ok.title(), "mine v3");
    }
}
