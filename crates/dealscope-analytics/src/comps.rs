//! Comparable deals: the deals most like a given one (or a description), ranked by
//! similarity with the reasons, and the distribution of their terms.

use dealscope_core::{Currency, Deal, DealId, DealType, Modality, Money, Phase, TherapeuticArea};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::facts::{Fact, Facts, NO_TYPE, OTHER_TYPE, code};
use crate::stats::{quantile_sorted, ratio};

/// What comparables must be like.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CompsQuery {
    /// Modality.
    pub modality: Option<Modality>,
    /// Targets (any shared target matches; case-insensitive).
    pub targets: Vec<String>,
    /// Phase at signing.
    pub phase: Option<Phase>,
    /// Therapeutic area.
    pub area: Option<TherapeuticArea>,
    /// Deal type.
    pub deal_type: Option<DealType>,
    /// Only deals announced in or after this year.
    pub since: Option<i32>,
    /// `true`: every given criterion must hold (the user described what they want).
    /// `false`: deals sharing the modality or a target qualify and the rest only ranks
    /// (comparables of an existing deal).
    pub strict: bool,
    /// Leave this deal out (the deal being compared).
    pub exclude: Option<DealId>,
}

impl CompsQuery {
    fn therapeutic_area(&self) -> Option<&TherapeuticArea> {
        self.area.as_ref()
    }

    /// Comparables of an existing deal: same modality or a shared target qualifies; phase,
    /// area and type rank.
    pub fn like(deal: &Deal) -> Self {
        CompsQuery {
            modality: deal.modality.clone(),
            targets: deal.targets.clone(),
            phase: deal.phase_at_signing.clone(),
            area: deal.therapeutic_area.clone(),
            deal_type: deal.deal_type.clone(),
            since: None,
            strict: false,
            exclude: Some(deal.id.clone()),
        }
    }
}

/// One comparable deal with its similarity score and what it shares with the query.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparable<'a> {
    /// The deal.
    pub deal: &'a Deal,
    /// Its id.
    pub id: &'a DealId,
    /// Higher is more similar: shared target 4, same modality 3, same phase 2 (adjacent
    /// 1), same area 1, same deal type 1.
    pub score: u32,
    shared: Shared,
}

/// What a comparable shares with the query (kept as flags; words only when asked).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Shared {
    target: bool,
    modality: bool,
    /// 0: no, 1: same stage, 2: adjacent stage.
    phase: u8,
    area: bool,
    deal_type: bool,
}

impl Comparable<'_> {
    /// Why it matched, in words ("modality ADC", "target PD-1/VEGF", "adjacent stage
    /// (phase 2)" …).
    pub fn reasons(&self, query: &CompsQuery) -> Vec<String> {
        let d = self.deal;
        let label = |v: Option<&str>| v.unwrap_or_default().to_owned();
        let mut out = Vec::new();
        if self.shared.modality {
            out.push(format!(
                "modality {}",
                label(d.modality.as_ref().map(|m| m.label()))
            ));
        }
        if self.shared.target {
            let names: Vec<&str> = d
                .targets
                .iter()
                .filter(|t| query.targets.iter().any(|w| w.eq_ignore_ascii_case(t)))
                .map(String::as_str)
                .collect();
            out.push(format!("target {}", names.join("/")));
        }
        let phase = label(d.phase_at_signing.as_ref().map(|p| p.label()));
        match self.shared.phase {
            1 => out.push(format!("same stage ({phase})")),
            2 => out.push(format!("adjacent stage ({phase})")),
            _ => {}
        }
        if self.shared.area {
            out.push(format!(
                "area {}",
                label(d.therapeutic_area.as_ref().map(|a| a.label()))
            ));
        }
        if self.shared.deal_type {
            out.push(format!(
                "type {}",
                label(d.deal_type.as_ref().map(|t| t.label()))
            ));
        }
        out
    }
}

/// n, quartiles and maximum of one figure over the comparables that disclosed it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Distribution {
    /// How many comparables disclosed the figure.
    pub n: usize,
    /// 25th percentile.
    #[serde(with = "dealscope_core::money::decimal_number::option")]
    pub p25: Option<Decimal>,
    /// Median.
    #[serde(with = "dealscope_core::money::decimal_number::option")]
    pub median: Option<Decimal>,
    /// 75th percentile.
    #[serde(with = "dealscope_core::money::decimal_number::option")]
    pub p75: Option<Decimal>,
    /// Maximum.
    #[serde(with = "dealscope_core::money::decimal_number::option")]
    pub max: Option<Decimal>,
}

impl Distribution {
    fn of(mut values: Vec<Decimal>, dp: u32) -> Self {
        values.sort_unstable();
        let q = |x: i64| quantile_sorted(&values, Decimal::new(x, 2)).map(|v| v.round_dp(dp));
        Distribution {
            n: values.len(),
            p25: q(25),
            median: q(50),
            p75: q(75),
            max: values.last().copied(),
        }
    }
}

/// Comparables ranked by score (then newest first, then input order), with the
/// distributions of their terms.
#[derive(Clone, Debug, PartialEq)]
pub struct Comps<'a> {
    /// Money figures' currency; comparables with terms in another are ranked but not in
    /// the distributions.
    pub currency: Currency,
    /// The comparables, most similar first.
    pub matches: Vec<Comparable<'a>>,
    /// Upfront payments.
    pub upfront: Distribution,
    /// Headline totals.
    pub total: Distribution,
    /// Upfront ÷ total per deal.
    pub upfront_share: Distribution,
    /// Equity investments.
    pub equity: Distribution,
}

/// The query in the facts' codes.
struct Coded {
    modality: Option<u8>,
    area: Option<u8>,
    deal_type: Option<u8>,
    phase: Option<u8>,
    /// Ids of the query's targets among the facts' targets (unknown ones cannot match).
    targets: Vec<u32>,
}

/// Finds and ranks the comparables of a query among the deals of `facts`.
pub fn comps<'a>(facts: &Facts<'a>, query: &CompsQuery, currency: Currency) -> Comps<'a> {
    let coded = Coded {
        modality: query
            .modality
            .as_ref()
            .map(|m| code(Some(m), Modality::KNOWN)),
        area: query
            .therapeutic_area()
            .map(|a| code(Some(a), TherapeuticArea::KNOWN)),
        deal_type: query
            .deal_type
            .as_ref()
            .map(|t| code(Some(t), DealType::KNOWN)),
        phase: query.phase.as_ref().map(|p| code(Some(p), Phase::KNOWN)),
        targets: query
            .targets
            .iter()
            .filter_map(|t| facts.targets.get(&t.to_lowercase()))
            .collect(),
    };
    // Found through the facts' id index: comparing ids would read every candidate.
    let excluded = query.exclude.as_ref().and_then(|id| facts.row_of(id));
    let mut matches: Vec<(usize, Comparable<'a>)> = facts
        .deals
        .iter()
        .zip(&facts.rows)
        .enumerate()
        .filter(|(_, (_, f))| {
            query
                .since
                .is_none_or(|y| f.announced.is_some_and(|a| a.year() >= y))
        })
        .filter_map(|(i, (d, f))| score(d, f, query, &coded).map(|c| (i, c)))
        .filter(|(i, _)| Some(*i) != excluded)
        .collect();
    // Most similar first, then newest, then input order.
    matches.sort_unstable_by_key(|(i, c)| {
        (
            std::cmp::Reverse(c.score),
            std::cmp::Reverse(facts.rows[*i].announced),
            *i,
        )
    });
    let money = |m: Option<Money>| m.filter(|m| m.currency == currency).map(|m| m.amount);
    let rows = |pick: fn(&Fact) -> Option<Money>| -> Vec<Decimal> {
        matches
            .iter()
            .filter_map(|(i, _)| money(pick(&facts.rows[*i])))
            .collect()
    };
    let shares = matches
        .iter()
        .filter_map(|(i, _)| {
            let f = &facts.rows[*i];
            ratio(money(f.upfront)?, money(f.total)?)
        })
        .collect();
    Comps {
        currency,
        upfront: Distribution::of(rows(|f| f.upfront), 2),
        total: Distribution::of(rows(|f| f.total), 2),
        upfront_share: Distribution::of(shares, 4),
        equity: Distribution::of(rows(|f| f.equity), 2),
        matches: matches.into_iter().map(|(_, c)| c).collect(),
    }
}

fn score<'a>(deal: &'a Deal, f: &Fact, q: &CompsQuery, c: &Coded) -> Option<Comparable<'a>> {
    let known = |want: Option<u8>, have: u8| want.is_some_and(|w| w == have && w != NO_TYPE);
    // Spellings outside the vocabularies are compared as written, and only then (reading
    // them touches the deal).
    let same_other = |want: Option<u8>, have: u8, eq: &dyn Fn() -> bool| {
        want == Some(OTHER_TYPE) && have == OTHER_TYPE && eq()
    };
    let mut shared = Shared {
        modality: known(c.modality, f.modality)
            || same_other(c.modality, f.modality, &|| deal.modality == q.modality),
        target: shares_target(deal, f, q, c),
        ..Shared::default()
    };
    let qualifies_loosely = shared.modality || shared.target;
    if !q.strict && !qualifies_loosely {
        return None;
    }
    let step = match (c.phase, f.phase) {
        (Some(want), have) if want < OTHER_TYPE && have < OTHER_TYPE => Some(want.abs_diff(have)),
        _ => None,
    };
    shared.phase = match step {
        Some(0) => 1,
        Some(1) if !q.strict => 2,
        _ => 0,
    };
    shared.area =
        known(c.area, f.area) || same_other(c.area, f.area, &|| deal.therapeutic_area == q.area);
    shared.deal_type = known(c.deal_type, f.deal_type)
        || same_other(c.deal_type, f.deal_type, &|| deal.deal_type == q.deal_type);
    let same_phase =
        shared.phase == 1 || same_other(c.phase, f.phase, &|| deal.phase_at_signing == q.phase);
    let qualifies = if q.strict {
        (q.modality.is_none() || shared.modality)
            && (q.targets.is_empty() || shared.target)
            && (q.phase.is_none() || same_phase)
            && (q.area.is_none() || shared.area)
            && (q.deal_type.is_none() || shared.deal_type)
    } else {
        qualifies_loosely
    };
    let score = 4 * u32::from(shared.target)
        + 3 * u32::from(shared.modality)
        + match shared.phase {
            1 => 2,
            2 => 1,
            _ => 0,
        }
        + u32::from(shared.area)
        + u32::from(shared.deal_type);
    qualifies.then_some(Comparable {
        deal,
        id: &deal.id,
        score,
        shared,
    })
}

fn shares_target(deal: &Deal, f: &Fact, q: &CompsQuery, c: &Coded) -> bool {
    if q.targets.is_empty() {
        return false;
    }
    let inline = usize::from(f.n_targets).min(f.targets.len());
    if f.targets[..inline].iter().any(|t| c.targets.contains(t)) {
        return true;
    }
    // Targets beyond the first three are only in the deal.
    usize::from(f.n_targets) > f.targets.len()
        && deal.targets[f.targets.len()..]
            .iter()
            .any(|t| q.targets.iter().any(|w| w.eq_ignore_ascii_case(t)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealscope_core::{Amount, Money, Party, Term};

    fn deal(id: &str, modality: &str, target: &str, phase: &str, up: i64, total: i64) -> Deal {
        let mut d = Deal::new(
            DealId::new(id).unwrap(),
            vec![Party::named("A")],
            vec![Party::named("B")],
        );
        d.announced = Some("2025-01-01".parse().unwrap());
        d.modality = Some(Modality::parse(modality));
        d.targets = vec![target.into()];
        d.phase_at_signing = Some(Phase::parse(phase));
        let usd = |n| {
            Some(Term::Disclosed(Amount::exact(Money::whole(
                n,
                Currency::USD,
            ))))
        };
        d.terms.upfront = usd(up);
        d.terms.total = usd(total);
        d
    }

    #[test]
    fn ranks_by_shared_traits_and_summarises_terms() {
        let deals = vec![
            deal("me", "bispecific antibody", "PD-1", "phase 3", 1, 10),
            deal("twin", "bispecific antibody", "PD-1", "phase 3", 100, 1000),
            deal("near", "bispecific antibody", "PD-1", "phase 2", 200, 400),
            deal("same-target", "ADC", "pd-1", "phase 1", 300, 3000),
            deal("unrelated", "siRNA", "PCSK9", "phase 3", 999, 9999),
        ];
        let c = comps(
            &Facts::new(&deals, &crate::Directory::default()),
            &CompsQuery::like(&deals[0]),
            Currency::USD,
        );
        let ids: Vec<&str> = c.matches.iter().map(|m| m.id.as_str()).collect();
        let q = CompsQuery::like(&deals[0]);
        assert_eq!(
            ids,
            ["twin", "near", "same-target"],
            "self and unrelated are left out"
        );
        assert_eq!(c.matches[0].score, 9);
        assert_eq!(
            c.matches[1].reasons(&q).last().unwrap(),
            "adjacent stage (phase 2)"
        );
        assert_eq!(
            c.matches[2].reasons(&q),
            ["target pd-1"],
            "as the comparable writes it"
        );
        // Upfronts 100, 200, 300: p25 150, median 200, p75 250, max 300.
        let u = &c.upfront;
        assert_eq!(
            (u.n, u.p25, u.median, u.p75, u.max),
            (
                3,
                Some(Decimal::from(150)),
                Some(Decimal::from(200)),
                Some(Decimal::from(250)),
                Some(Decimal::from(300))
            )
        );
        // Shares 0.1, 0.5, 0.1 → median 0.1.
        assert_eq!(c.upfront_share.median, Some(Decimal::new(1, 1)));
        assert_eq!(c.equity.n, 0);
    }

    #[test]
    fn a_described_query_requires_every_criterion() {
        let deals = vec![
            deal("a", "ADC", "TROP2", "phase 3", 1, 2),
            deal("b", "ADC", "TROP2", "phase 2", 1, 2),
            deal("c", "ADC", "HER2", "phase 3", 1, 2),
        ];
        let q = CompsQuery {
            modality: Some(Modality::Adc),
            targets: vec!["TROP2".into()],
            phase: Some(Phase::Phase3),
            strict: true,
            ..CompsQuery::default()
        };
        let ids: Vec<DealId> = comps(
            &Facts::new(&deals, &crate::Directory::default()),
            &q,
            Currency::USD,
        )
        .matches
        .into_iter()
        .map(|m| m.id.clone())
        .collect();
        assert_eq!(ids, [DealId::new("a").unwrap()]);
    }
}
