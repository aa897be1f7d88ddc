//! The assumptions behind a risk-adjusted valuation: phase-transition probabilities and
//! phase durations by therapeutic area, likelihood of approval by modality, how a lump
//! milestone total is split, and when sales milestones fall due.
//!
//! Defaults are the BIO/Informa/QLS *Clinical Development Success Rates 2011–2020* tables
//! shipped in `data/reference/` (compiled in, with their source column), plus a few
//! dealscope defaults that have no public source; those say so in [`Assumptions::list`].
//! A user TOML file overrides any part ([`Assumptions::with_overrides`]).

use std::collections::BTreeMap;

use dealscope_core::{Modality, TherapeuticArea};
use rust_decimal::Decimal;
use serde::Deserialize;

/// Probabilities of moving from each phase to the next.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transitions {
    /// Phase 1 → phase 2.
    pub p1_to_p2: Decimal,
    /// Phase 2 → phase 3.
    pub p2_to_p3: Decimal,
    /// Phase 3 → filing (NDA/BLA).
    pub p3_to_filing: Decimal,
    /// Filing → approval.
    pub filing_to_approval: Decimal,
    /// Where the figures come from.
    #[serde(default)]
    pub source: String,
}

impl Transitions {
    /// Likelihood of approval from phase 1: the product of the four rates.
    pub fn loa_from_p1(&self) -> Decimal {
        self.p1_to_p2 * self.p2_to_p3 * self.p3_to_filing * self.filing_to_approval
    }
}

/// Mean years spent in each phase.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Durations {
    /// Phase 1.
    pub phase1: Decimal,
    /// Phase 2.
    pub phase2: Decimal,
    /// Phase 3.
    pub phase3: Decimal,
    /// Regulatory review (filing to decision).
    pub review: Decimal,
    /// Where the figures come from.
    #[serde(default)]
    pub source: String,
}

/// How a lump "up to" milestone total is split when a deal does not itemise it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneSplit {
    /// Share paid on development events (phase starts, filing).
    pub development: Decimal,
    /// Share paid on approval.
    pub regulatory: Decimal,
    /// Share paid on reaching sales thresholds.
    pub sales: Decimal,
}

/// Everything a valuation assumes besides the deal itself.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assumptions {
    /// Phase-transition rates by group (`all indications`, `oncology`, `autoimmune` …).
    pub transitions: BTreeMap<String, Transitions>,
    /// Phase durations by group.
    pub durations: BTreeMap<String, Durations>,
    /// Likelihood of approval from phase 1 by modality group (`ADC`, `siRNA/RNAi` …).
    pub modality_loa: BTreeMap<String, Decimal>,
    /// Probability that a preclinical asset enters phase 1.
    pub preclinical_to_p1: Decimal,
    /// Years from a preclinical deal to the first phase-1 dose.
    pub preclinical_years: Decimal,
    /// Lump milestone split.
    pub split: MilestoneSplit,
    /// Years from approval to the sales milestones.
    pub sales_delay_years: Decimal,
    /// Years from signing to the payment of near-term amounts.
    pub near_term_years: Decimal,
    /// Probability that an approved product reaches its sales milestones.
    pub sales_probability: Decimal,
    /// Which rate group each therapeutic area uses (area label → group).
    pub area_groups: BTreeMap<String, String>,
    /// Which modality-LOA row each modality uses (modality label → row).
    pub modality_groups: BTreeMap<String, String>,
}

/// The group used when an area has no rates of its own.
pub const ALL_INDICATIONS: &str = "all indications";

/// A rates file that could not be used.
#[derive(Debug, thiserror::Error)]
#[error("rates: {0}")]
pub struct RatesError(String);

const TRANSITIONS_CSV: &str = include_str!("../../../../data/reference/phase_transition_rates.csv");
const DURATIONS_CSV: &str = include_str!("../../../../data/reference/phase_durations_years.csv");
const MODALITY_CSV: &str = include_str!("../../../../data/reference/loa_by_modality.csv");

/// A user's partial override: every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Overrides {
    #[serde(default)]
    transitions: BTreeMap<String, Transitions>,
    #[serde(default)]
    durations: BTreeMap<String, Durations>,
    #[serde(default)]
    modality_loa: BTreeMap<String, Decimal>,
    preclinical_to_p1: Option<Decimal>,
    preclinical_years: Option<Decimal>,
    split: Option<MilestoneSplit>,
    sales_delay_years: Option<Decimal>,
    near_term_years: Option<Decimal>,
    sales_probability: Option<Decimal>,
    #[serde(default)]
    area_groups: BTreeMap<String, String>,
    #[serde(default)]
    modality_groups: BTreeMap<String, String>,
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions::builtin()
    }
}

impl Assumptions {
    /// The shipped defaults.
    pub fn builtin() -> Self {
        let transitions = rows(TRANSITIONS_CSV)
            .map(|r| {
                let t = Transitions {
                    p1_to_p2: dec(&r["p1_to_p2"]),
                    p2_to_p3: dec(&r["p2_to_p3"]),
                    p3_to_filing: dec(&r["p3_to_filing"]),
                    filing_to_approval: dec(&r["filing_to_approval"]),
                    source: format!("{} ({})", r["source"], r["quality"]),
                };
                (r["group"].clone(), t)
            })
            .collect();
        let durations = rows(DURATIONS_CSV)
            .map(|r| {
                let d = Durations {
                    phase1: dec(&r["phase1"]),
                    phase2: dec(&r["phase2"]),
                    phase3: dec(&r["phase3"]),
                    review: dec(&r["review"]),
                    source: r["source"].clone(),
                };
                (r["group"].clone(), d)
            })
            .collect();
        let modality_loa = rows(MODALITY_CSV)
            .map(|r| (r["modality"].clone(), dec(&r["loa_from_p1"])))
            .collect();
        let pairs = |p: &[(&str, &str)]| {
            p.iter()
                .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
                .collect()
        };
        Assumptions {
            transitions,
            durations,
            modality_loa,
            preclinical_to_p1: Decimal::new(5, 1),
            preclinical_years: Decimal::new(15, 1),
            split: MilestoneSplit {
                development: Decimal::new(15, 2),
                regulatory: Decimal::new(25, 2),
                sales: Decimal::new(60, 2),
            },
            sales_delay_years: Decimal::from(3),
            near_term_years: Decimal::new(5, 1),
            sales_probability: Decimal::ONE,
            area_groups: pairs(&[
                ("oncology", "oncology"),
                ("immunology", "autoimmune"),
                ("cardiometabolic", "metabolic"),
                ("neuroscience", "neurology"),
                ("infectious disease", "infectious disease"),
                ("ophthalmology", "ophthalmology"),
                ("hematology", "hematology"),
                ("respiratory", "respiratory"),
                ("other", "other"),
            ]),
            modality_groups: pairs(&[
                ("small molecule", "small molecule"),
                ("monoclonal antibody", "monoclonal antibody"),
                ("ADC", "ADC"),
                ("peptide", "peptide"),
                ("siRNA", "siRNA/RNAi"),
                ("antisense", "antisense"),
                ("cell therapy", "CAR-T"),
                ("gene therapy", "gene therapy"),
                ("vaccine", "vaccine"),
                ("protein", "protein"),
            ]),
        }
    }

    /// These assumptions with a user's TOML file applied on top: tables merge by group
    /// name, scalars replace. Every probability must lie in [0, 1], every duration ≥ 0, and
    /// the split must add up to 1.
    pub fn with_overrides(mut self, toml_text: &str) -> Result<Self, RatesError> {
        let o: Overrides = toml::from_str(toml_text).map_err(|e| RatesError(e.to_string()))?;
        self.transitions.extend(o.transitions);
        self.durations.extend(o.durations);
        self.modality_loa.extend(o.modality_loa);
        self.area_groups.extend(o.area_groups);
        self.modality_groups.extend(o.modality_groups);
        if let Some(v) = o.preclinical_to_p1 {
            self.preclinical_to_p1 = v;
        }
        if let Some(v) = o.preclinical_years {
            self.preclinical_years = v;
        }
        if let Some(v) = o.split {
            self.split = v;
        }
        if let Some(v) = o.sales_delay_years {
            self.sales_delay_years = v;
        }
        if let Some(v) = o.near_term_years {
            self.near_term_years = v;
        }
        if let Some(v) = o.sales_probability {
            self.sales_probability = v;
        }
        self.check()?;
        Ok(self)
    }

    fn check(&self) -> Result<(), RatesError> {
        let prob = |name: String, v: Decimal| {
            if v < Decimal::ZERO || v > Decimal::ONE {
                Err(RatesError(format!(
                    "{name} = {v} is not a probability in [0, 1]"
                )))
            } else {
                Ok(())
            }
        };
        let years = |name: String, v: Decimal| {
            if v < Decimal::ZERO {
                Err(RatesError(format!("{name} = {v} years is negative")))
            } else {
                Ok(())
            }
        };
        for (g, t) in &self.transitions {
            prob(format!("transitions.{g}.p1_to_p2"), t.p1_to_p2)?;
            prob(format!("transitions.{g}.p2_to_p3"), t.p2_to_p3)?;
            prob(format!("transitions.{g}.p3_to_filing"), t.p3_to_filing)?;
            prob(
                format!("transitions.{g}.filing_to_approval"),
                t.filing_to_approval,
            )?;
        }
        for (g, d) in &self.durations {
            years(format!("durations.{g}.phase1"), d.phase1)?;
            years(format!("durations.{g}.phase2"), d.phase2)?;
            years(format!("durations.{g}.phase3"), d.phase3)?;
            years(format!("durations.{g}.review"), d.review)?;
        }
        for (m, v) in &self.modality_loa {
            prob(format!("modality_loa.{m}"), *v)?;
        }
        prob("preclinical_to_p1".into(), self.preclinical_to_p1)?;
        prob("sales_probability".into(), self.sales_probability)?;
        years("preclinical_years".into(), self.preclinical_years)?;
        years("sales_delay_years".into(), self.sales_delay_years)?;
        years("near_term_years".into(), self.near_term_years)?;
        let s = &self.split;
        for (name, v) in [
            ("split.development", s.development),
            ("split.regulatory", s.regulatory),
            ("split.sales", s.sales),
        ] {
            prob(name.into(), v)?;
        }
        if s.development + s.regulatory + s.sales != Decimal::ONE {
            return Err(RatesError(format!(
                "split adds up to {}, not 1",
                s.development + s.regulatory + s.sales
            )));
        }
        if !self.transitions.contains_key(ALL_INDICATIONS)
            || !self.durations.contains_key(ALL_INDICATIONS)
        {
            return Err(RatesError(format!(
                "transitions and durations need an {ALL_INDICATIONS:?} group (the fallback)"
            )));
        }
        Ok(())
    }

    /// The rate group for a therapeutic area (falls back to all indications).
    pub fn area_group(&self, area: Option<&TherapeuticArea>) -> &str {
        area.and_then(|a| self.area_groups.get(a.label()))
            .filter(|g| self.transitions.contains_key(g.as_str()))
            .map_or(ALL_INDICATIONS, String::as_str)
    }

    /// The phase-transition rates for a deal's area and modality, and how they were chosen.
    ///
    /// The area's own rates when the reference has them. Otherwise the all-indications rates,
    /// scaled when the modality has a likelihood-of-approval row: the three clinical rates
    /// are multiplied by `(LOA_modality ÷ LOA_all)^(1/3)` (capped at 1) and filing →
    /// approval is kept, so the product matches the modality's LOA. Area and modality are
    /// not combined: the reference does not tabulate them jointly.
    pub fn transitions_for(
        &self,
        area: Option<&TherapeuticArea>,
        modality: Option<&Modality>,
    ) -> (Transitions, String) {
        let group = self.area_group(area);
        let base = self.transitions[group].clone();
        if group != ALL_INDICATIONS {
            return (base, format!("therapeutic area {group}"));
        }
        let row = modality
            .and_then(|m| self.modality_groups.get(m.label()))
            .and_then(|row| Some((row, self.modality_loa.get(row)?)));
        let Some((row, &loa)) = row else {
            return (base, ALL_INDICATIONS.to_owned());
        };
        let all = base.loa_from_p1();
        let Some(factor) = loa.checked_div(all) else {
            return (base, ALL_INDICATIONS.to_owned());
        };
        use rust_decimal::MathematicalOps;
        let k = factor
            .checked_powd(Decimal::ONE / Decimal::from(3))
            .unwrap_or(Decimal::ONE);
        let scale = |p: Decimal| (p * k).min(Decimal::ONE).round_dp(4);
        let t = Transitions {
            p1_to_p2: scale(base.p1_to_p2),
            p2_to_p3: scale(base.p2_to_p3),
            p3_to_filing: scale(base.p3_to_filing),
            filing_to_approval: base.filing_to_approval,
            source: format!("{} scaled to modality LOA {loa} ({row})", base.source),
        };
        (t, format!("all indications scaled to modality {row}"))
    }

    /// Phase durations for an area (its rate group, else all indications).
    pub fn durations_for(&self, area: Option<&TherapeuticArea>) -> (&Durations, &str) {
        let group = self.area_group(area);
        match self.durations.get_key_value(group) {
            Some((g, d)) => (d, g.as_str()),
            None => (&self.durations[ALL_INDICATIONS], ALL_INDICATIONS),
        }
    }
}

fn rows(csv_text: &'static str) -> impl Iterator<Item = BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader
        .headers()
        .expect("reference CSV has a header")
        .clone();
    reader.into_records().map(move |r| {
        let r = r.expect("reference CSV parses");
        headers
            .iter()
            .zip(r.iter())
            .map(|(h, v)| (h.to_owned(), v.to_owned()))
            .collect()
    })
}

fn dec(text: &str) -> Decimal {
    Decimal::from_str_exact(text.trim()).expect("reference CSV numbers are decimals")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_tables_are_complete_and_consistent() {
        let a = Assumptions::builtin();
        a.check().unwrap();
        let onc = &a.transitions["oncology"];
        assert_eq!(onc.p1_to_p2, Decimal::new(488, 3));
        // The per-phase rates multiply to the published LOA (5.3 % for oncology).
        assert_eq!(onc.loa_from_p1().round_dp(3), Decimal::new(53, 3));
        assert_eq!(a.durations["oncology"].phase2, Decimal::new(37, 1));
        for group in a.area_groups.values() {
            assert!(a.transitions.contains_key(group), "no rates for {group}");
        }
        for row in a.modality_groups.values() {
            assert!(a.modality_loa.contains_key(row), "no LOA for {row}");
        }
    }

    #[test]
    fn modality_scales_the_fallback_rates_to_its_loa() {
        let a = Assumptions::builtin();
        let (t, how) = a.transitions_for(None, Some(&Modality::SiRna));
        assert!(how.contains("siRNA"), "{how}");
        let loa = t.loa_from_p1();
        assert!(
            (loa - Decimal::new(135, 3)).abs() < Decimal::new(2, 3),
            "{loa}"
        );
        let (t, how) = a.transitions_for(Some(&TherapeuticArea::Oncology), Some(&Modality::SiRna));
        assert_eq!(how, "therapeutic area oncology", "area rates win");
        assert_eq!(t, a.transitions["oncology"]);
        let (_, how) = a.transitions_for(Some(&TherapeuticArea::RareDisease), None);
        assert_eq!(how, ALL_INDICATIONS);
    }

    #[test]
    fn overrides_merge_and_are_checked() {
        let a = Assumptions::builtin()
            .with_overrides(
                "sales_probability = 0.5\n[transitions.oncology]\np1_to_p2 = 0.6\np2_to_p3 = 0.3\np3_to_filing = 0.5\nfiling_to_approval = 0.9\nsource = \"my desk\"\n",
            )
            .unwrap();
        assert_eq!(a.sales_probability, Decimal::new(5, 1));
        assert_eq!(a.transitions["oncology"].source, "my desk");
        assert!(
            a.transitions.contains_key("hematology"),
            "other groups kept"
        );
        let e = Assumptions::builtin()
            .with_overrides("[split]\ndevelopment = 0.5\nregulatory = 0.5\nsales = 0.5\n")
            .unwrap_err();
        assert!(e.to_string().contains("split adds up to 1.5"), "{e}");
        let e = Assumptions::builtin()
            .with_overrides("sales_probability = 1.2")
            .unwrap_err();
        assert!(e.to_string().contains("sales_probability = 1.2"), "{e}");
        let e = Assumptions::builtin()
            .with_overrides("discount = 0.1")
            .unwrap_err();
        assert!(e.to_string().contains("unknown field"), "{e}");
    }
}
