//! Themes ("concept stocks"): user-editable lists of what makes a company part of a theme —
//! deals in a modality or on a set of targets, a kind of company, or companies by name.

use std::collections::BTreeMap;

use dealscope_core::names::company_key;
use dealscope_core::{Company, CompanyKind, Deal, Modality};
use serde::Deserialize;

/// One theme and its rules; a company is a member when any rule holds.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Name ("PD-1/VEGF bispecifics").
    pub name: String,
    /// What it is about.
    #[serde(default)]
    pub description: String,
    /// Companies licensing out a deal in one of these modalities…
    #[serde(default)]
    pub modalities: Vec<String>,
    /// …whose targets include all of these (case-insensitive).
    #[serde(default)]
    pub targets_all: Vec<String>,
    /// …or any of these.
    #[serde(default)]
    pub targets_any: Vec<String>,
    /// Companies of these kinds (`CXO`, `biotech` …).
    #[serde(default)]
    pub kinds: Vec<String>,
    /// Companies by id or name.
    #[serde(default)]
    pub companies: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    theme: Vec<Theme>,
}

/// A themes file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("themes: {0}")]
pub struct ThemesError(String);

/// Reads `[[theme]]` tables; an unknown key or modality is an error naming it.
pub fn parse(text: &str) -> Result<Vec<Theme>, ThemesError> {
    let file: File = toml::from_str(text).map_err(|e| ThemesError(e.to_string()))?;
    for t in &file.theme {
        for m in &t.modalities {
            if Modality::known(m).is_none() {
                return Err(ThemesError(format!(
                    "theme {:?}: unknown modality {m:?}",
                    t.name
                )));
            }
        }
        for k in &t.kinds {
            if !CompanyKind::parse(k).is_known() {
                return Err(ThemesError(format!(
                    "theme {:?}: unknown company kind {k:?}",
                    t.name
                )));
            }
        }
    }
    Ok(file.theme)
}

/// Why a company is in a theme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member<'a> {
    /// The company.
    pub company: &'a Company,
    /// The deals that qualify it (empty when listed by name or kind).
    pub deals: Vec<&'a Deal>,
    /// The rule, in words.
    pub why: String,
}

impl Theme {
    fn deal_matches(&self, d: &Deal) -> bool {
        if self.modalities.is_empty() && self.targets_all.is_empty() && self.targets_any.is_empty()
        {
            return false;
        }
        let modality_ok = self.modalities.is_empty()
            || self
                .modalities
                .iter()
                .any(|m| d.modality.is_some() && Modality::known(m) == d.modality);
        let has = |t: &String| d.targets.iter().any(|x| x.eq_ignore_ascii_case(t));
        modality_ok
            && self.targets_all.iter().all(has)
            && (self.targets_any.is_empty() || self.targets_any.iter().any(has))
    }

    /// The companies in the theme, by name.
    pub fn members<'a>(&self, companies: &'a [Company], deals: &'a [Deal]) -> Vec<Member<'a>> {
        let mut out: BTreeMap<&str, Member<'a>> = BTreeMap::new();
        let listed: Vec<String> = self.companies.iter().map(|c| company_key(c)).collect();
        for c in companies {
            let named = listed
                .iter()
                .any(|k| c.id.as_str() == k || c.names().any(|n| &company_key(n) == k));
            let kind = c
                .kind
                .as_ref()
                .is_some_and(|k| self.kinds.iter().any(|w| &CompanyKind::parse(w) == k));
            let qualifying: Vec<&Deal> = deals
                .iter()
                .filter(|d| {
                    d.licensors
                        .iter()
                        .any(|p| p.company.as_ref() == Some(&c.id))
                })
                .filter(|d| self.deal_matches(d))
                .collect();
            let why = if !qualifying.is_empty() {
                format!("licensor in {} matching deal(s)", qualifying.len())
            } else if named {
                "listed by name".to_owned()
            } else if kind {
                format!("a {}", c.kind.as_ref().map_or("", |k| k.label()))
            } else {
                continue;
            };
            out.insert(
                c.name_en.as_str(),
                Member {
                    company: c,
                    deals: qualifying,
                    why,
                },
            );
        }
        out.into_values().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealscope_core::{CompanyId, DealId, Party};

    #[test]
    fn rules_select_companies_and_bad_files_name_the_problem() {
        let themes = parse(
            "[[theme]]\nname = \"PD-1/VEGF\"\nmodalities = [\"bispecific\"]\ntargets_all = [\"PD-1\", \"VEGF\"]\n\n[[theme]]\nname = \"CXO\"\nkinds = [\"CXO\"]\ncompanies = [\"Acme Bio\"]\n",
        )
        .unwrap();
        let mut akeso = Company::new(CompanyId::new("akeso").unwrap(), "Akeso");
        akeso.kind = Some(CompanyKind::parse("biotech"));
        let mut wuxi = Company::new(CompanyId::new("wuxi").unwrap(), "WuXi");
        wuxi.kind = Some(CompanyKind::parse("CXO"));
        let acme = Company::new(CompanyId::new("acme").unwrap(), "Acme Bio");
        let mut licensor = Party::named("Akeso");
        licensor.company = Some(akeso.id.clone());
        let mut d = Deal::new(
            DealId::new("d").unwrap(),
            vec![licensor],
            vec![Party::named("Summit")],
        );
        d.modality = Some(Modality::BispecificAntibody);
        d.targets = vec!["pd-1".into(), "VEGF".into()];
        let companies = [akeso, wuxi, acme];
        let deals = [d];
        let m = themes[0].members(&companies, &deals);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].company.name_en, "Akeso");
        let names: Vec<&str> = themes[1]
            .members(&companies, &deals)
            .iter()
            .map(|m| m.company.name_en.as_str())
            .collect();
        assert_eq!(names, ["Acme Bio", "WuXi"]);
        let e = parse("[[theme]]\nname = \"x\"\nmodalities = [\"radioligandz\"]\n").unwrap_err();
        assert!(
            e.to_string().contains("unknown modality \"radioligandz\""),
            "{e}"
        );
        assert!(parse("[[theme]]\nname = \"x\"\ncolour = 1\n").is_err());
    }
}
