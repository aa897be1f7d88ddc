//! Deals and their financial terms.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::{
    AssetId, CompanyId, CountryCode, Currency, DealStatus, DealType, Evidence, InvalidValue,
    Modality, Money, PartialDate, Phase, Source, TherapeuticArea,
};

/// A deal's identifier (`CNOUT-2025-054`): printable ASCII without spaces, 1–64 characters.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DealId(String);

impl DealId {
    /// Validates an id.
    pub fn new(id: &str) -> Result<Self, InvalidValue> {
        let ok = !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_graphic());
        if ok {
            Ok(DealId(id.to_owned()))
        } else {
            Err(InvalidValue::new(
                "deal id",
                id,
                "use 1–64 printable ASCII characters without spaces",
            ))
        }
    }

    /// The id text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DealId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A party to a deal, as written in the source, linked to a [`crate::Company`] when resolved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// The name as written.
    pub name: String,
    /// The company it resolved to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<CompanyId>,
    /// Country of the party as stated for this deal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
}

impl Party {
    /// An unresolved party with only a name.
    pub fn named(name: &str) -> Self {
        Party {
            name: name.trim().to_owned(),
            company: None,
            country: None,
        }
    }
}

/// An asset named in a deal, linked to an [`crate::Asset`] when resolved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssetRef {
    /// The name as written (code, INN or a short description for platform deals).
    pub name: String,
    /// Other names the source gave for the same asset (INN, partner code).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The asset it resolved to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asset: Option<AssetId>,
}

/// How a term's value is known.
///
/// `None` in [`Terms`] means the source says nothing about the term; `Undisclosed` means it
/// exists but its amount was not made public.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum Term {
    /// Stated by a source.
    Disclosed(Amount),
    /// Not stated but computed from stated parts (e.g. total = upfront + milestones).
    Computed(Amount),
    /// Known to exist, amount not made public.
    Undisclosed,
}

impl Term {
    /// The amount, when one is known (stated or computed).
    pub fn amount(&self) -> Option<&Amount> {
        match self {
            Term::Disclosed(a) | Term::Computed(a) => Some(a),
            Term::Undisclosed => None,
        }
    }

    /// The money, when known.
    pub fn money(&self) -> Option<Money> {
        self.amount().map(|a| a.money)
    }

    /// `disclosed`, `computed` or `undisclosed`.
    pub fn state(&self) -> &'static str {
        match self {
            Term::Disclosed(_) => "disclosed",
            Term::Computed(_) => "computed",
            Term::Undisclosed => "undisclosed",
        }
    }
}

/// How an amount bounds the real figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// The amount itself.
    #[default]
    Exact,
    /// A maximum ("up to $4.95 billion").
    UpTo,
    /// A minimum ("more than $2 billion").
    AtLeast,
    /// An approximation ("about $2 billion").
    About,
}

impl Bound {
    /// The snake-case name used in storage and output.
    pub fn as_str(&self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::UpTo => "up_to",
            Bound::AtLeast => "at_least",
            Bound::About => "about",
        }
    }

    /// Parses the snake-case name.
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "exact" => Bound::Exact,
            "up_to" => Bound::UpTo,
            "at_least" => Bound::AtLeast,
            "about" => Bound::About,
            _ => return None,
        })
    }
}

/// A monetary term's value with how it bounds the truth and where it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amount {
    /// The amount.
    pub money: Money,
    /// Exact, up to, at least, about.
    #[serde(default)]
    pub bound: Bound,
    /// Other terms this figure includes (an upfront reported together with near-term
    /// payments lists `near_term`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub includes: Vec<TermKind>,
    /// The original wording ("up to US$4.95 billion"), when read from a document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Amount {
    /// An exact amount with no original text.
    pub fn exact(money: Money) -> Self {
        Amount {
            money,
            bound: Bound::Exact,
            includes: Vec::new(),
            text: None,
        }
    }

    /// An "up to" amount with no original text.
    pub fn up_to(money: Money) -> Self {
        Amount {
            bound: Bound::UpTo,
            ..Amount::exact(money)
        }
    }
}

/// The kinds of monetary term a deal can have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TermKind {
    /// Paid at signing or closing.
    Upfront,
    /// Payable soon after signing on near-certain events (e.g. technology transfer).
    NearTerm,
    /// Cash equity investment by the licensee in the licensor.
    Equity,
    /// Fee to hold or exercise an option.
    OptionFee,
    /// Development, regulatory and commercial milestones, maximum.
    Milestones,
    /// Headline "up to" value of the deal.
    Total,
}

impl TermKind {
    /// All kinds, in display order.
    pub const ALL: [TermKind; 6] = [
        TermKind::Upfront,
        TermKind::NearTerm,
        TermKind::Equity,
        TermKind::OptionFee,
        TermKind::Milestones,
        TermKind::Total,
    ];

    /// The snake-case name (`upfront`, `near_term` …).
    pub fn as_str(&self) -> &'static str {
        match self {
            TermKind::Upfront => "upfront",
            TermKind::NearTerm => "near_term",
            TermKind::Equity => "equity",
            TermKind::OptionFee => "option_fee",
            TermKind::Milestones => "milestones",
            TermKind::Total => "total",
        }
    }

    /// Parses the snake-case name.
    pub fn parse(text: &str) -> Option<Self> {
        TermKind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

impl fmt::Display for TermKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One royalty tier: `rate_pct` percent of annual net sales above `above` (if given).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoyaltyTier {
    /// Royalty rate in percent (12.5 = 12.5 %).
    pub rate_pct: Decimal,
    /// Annual net sales threshold from which the rate applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub above: Option<Money>,
}

impl AssetRef {
    /// An unresolved asset with only a name.
    pub fn named(name: &str) -> Self {
        AssetRef {
            name: name.trim().to_owned(),
            aliases: Vec::new(),
            asset: None,
        }
    }

    /// The name and the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// Royalty terms: always the text as disclosed, tiers when they were given in numbers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Royalty {
    /// The terms in words ("tiered low-to-mid teens %").
    pub text: String,
    /// Numeric tiers, lowest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tiers: Vec<RoyaltyTier>,
}

/// A deal's financial terms. Every field is optional: `None` = not reported.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Terms {
    /// Upfront payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upfront: Option<Term>,
    /// Near-term payments reported separately from the upfront.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub near_term: Option<Term>,
    /// Cash equity investment in the licensor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equity: Option<Term>,
    /// Option fees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option_fee: Option<Term>,
    /// Milestones (maximum).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestones: Option<Term>,
    /// Headline total ("up to").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<Term>,
    /// Royalties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub royalty: Option<Royalty>,
}

impl Terms {
    /// The term of a kind.
    pub fn get(&self, kind: TermKind) -> Option<&Term> {
        match kind {
            TermKind::Upfront => self.upfront.as_ref(),
            TermKind::NearTerm => self.near_term.as_ref(),
            TermKind::Equity => self.equity.as_ref(),
            TermKind::OptionFee => self.option_fee.as_ref(),
            TermKind::Milestones => self.milestones.as_ref(),
            TermKind::Total => self.total.as_ref(),
        }
    }

    /// Mutable access to the term of a kind.
    pub fn get_mut(&mut self, kind: TermKind) -> &mut Option<Term> {
        match kind {
            TermKind::Upfront => &mut self.upfront,
            TermKind::NearTerm => &mut self.near_term,
            TermKind::Equity => &mut self.equity,
            TermKind::OptionFee => &mut self.option_fee,
            TermKind::Milestones => &mut self.milestones,
            TermKind::Total => &mut self.total,
        }
    }

    /// The money of a term, when known.
    pub fn money(&self, kind: TermKind) -> Option<Money> {
        self.get(kind).and_then(Term::money)
    }

    /// Whether any monetary term has a known amount (disclosed or computed).
    pub fn has_disclosed_amount(&self) -> bool {
        TermKind::ALL.iter().any(|k| self.money(*k).is_some())
    }

    /// The currencies the known amounts are in.
    pub fn currencies(&self) -> Vec<Currency> {
        let mut c: Vec<Currency> = TermKind::ALL
            .iter()
            .filter_map(|k| self.money(*k).map(|m| m.currency))
            .collect();
        c.sort();
        c.dedup();
        c
    }
}

/// A transaction in which rights to one or more assets change hands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deal {
    /// Identifier.
    pub id: DealId,
    /// Announcement date (press release or filing), with its precision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announced: Option<PartialDate>,
    /// Parties granting rights (usually the Chinese originator).
    pub licensors: Vec<Party>,
    /// Parties receiving rights (or acquiring).
    pub licensees: Vec<Party>,
    /// Assets covered, lead first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assets: Vec<AssetRef>,
    /// Modality of the lead asset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<Modality>,
    /// Molecular targets, lead asset first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<String>,
    /// Therapeutic area of the lead indication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub therapeutic_area: Option<TherapeuticArea>,
    /// Lead indication as described.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indication: Option<String>,
    /// Most advanced stage of the lead asset at signing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase_at_signing: Option<Phase>,
    /// Structure of the deal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal_type: Option<DealType>,
    /// Rights granted, in words ("global ex-Greater China").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub territory: Option<String>,
    /// Financial terms.
    #[serde(default)]
    pub terms: Terms,
    /// Currency the deal was announced in, when the terms are kept in another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_original: Option<Currency>,
    /// Announced, completed, terminated …
    #[serde(default)]
    pub status: DealStatus,
    /// Where the deal was read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Spans supporting individual fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Every value each source stated, including those that disagree with the shown one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observations: Vec<crate::Observation>,
    /// What happened to the deal after it was announced, as sources reported it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<crate::Event>,
    /// Caveats and discrepancies, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl Deal {
    /// A deal with an id and parties and nothing else known yet.
    pub fn new(id: DealId, licensors: Vec<Party>, licensees: Vec<Party>) -> Self {
        Deal {
            id,
            announced: None,
            licensors,
            licensees,
            assets: Vec::new(),
            modality: None,
            targets: Vec::new(),
            therapeutic_area: None,
            indication: None,
            phase_at_signing: None,
            deal_type: None,
            territory: None,
            terms: Terms::default(),
            currency_original: None,
            status: DealStatus::Announced,
            sources: Vec::new(),
            evidence: Vec::new(),
            observations: Vec::new(),
            events: Vec::new(),
            notes: None,
        }
    }

    /// Licensor names joined with `; `.
    pub fn licensor_names(&self) -> String {
        join_names(&self.licensors)
    }

    /// Licensee names joined with `; `.
    pub fn licensee_names(&self) -> String {
        join_names(&self.licensees)
    }

    /// Asset names joined with `; `.
    pub fn asset_names(&self) -> String {
        self.assets
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }
}

fn join_names(parties: &[Party]) -> String {
    parties
        .iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd(n: i64) -> Money {
        Money::whole(n, Currency::USD)
    }

    #[test]
    fn terms_distinguish_unknown_undisclosed_and_known() {
        let terms = Terms {
            upfront: Some(Term::Disclosed(Amount::exact(usd(650_000_000)))),
            milestones: Some(Term::Undisclosed),
            total: Some(Term::Computed(Amount::up_to(usd(5_600_000_000)))),
            ..Terms::default()
        };
        assert_eq!(terms.money(TermKind::Upfront), Some(usd(650_000_000)));
        assert_eq!(terms.money(TermKind::Milestones), None);
        assert_eq!(
            terms.get(TermKind::Milestones).map(Term::state),
            Some("undisclosed")
        );
        assert_eq!(terms.get(TermKind::Equity), None);
        assert!(terms.has_disclosed_amount());
        assert!(!Terms::default().has_disclosed_amount());
        assert_eq!(terms.currencies(), vec![Currency::USD]);
    }

    #[test]
    fn deal_serialises_and_reads_back() {
        let mut deal = Deal::new(
            DealId::new("CNOUT-2025-054").unwrap(),
            vec![Party::named("3SBio")],
            vec![Party::named("Pfizer")],
        );
        deal.announced = Some("2025-05-20".parse().unwrap());
        deal.modality = Some(Modality::BispecificAntibody);
        deal.terms.upfront = Some(Term::Disclosed(Amount::exact(usd(1_250_000_000))));
        let json = serde_json::to_string(&deal).unwrap();
        assert!(json.contains(r#""upfront":{"state":"disclosed","money":{"amount":1250000000,"currency":"USD"},"bound":"exact"}"#), "{json}");
        let back: Deal = serde_json::from_str(&json).unwrap();
        assert_eq!(back, deal);
    }

    #[test]
    fn term_kind_names_round_trip() {
        for k in TermKind::ALL {
            assert_eq!(TermKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(TermKind::parse("royalty"), None);
    }

    #[test]
    fn deal_ids_are_validated() {
        assert!(DealId::new("CNOUT-2025-054").is_ok());
        assert!(DealId::new("has space").is_err());
        assert!(DealId::new("").is_err());
    }
}
