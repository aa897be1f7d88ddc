//! Comparable deals: the deals most like a given one (or a description), ranked by
//! similarity with the reasons, and the distribution of their terms.

use dealscope_core::{
    Currency, Deal, DealId, DealType, Modality, Phase, TermKind, TherapeuticArea,
};
use rust_decimal::Decimal;
use serde::Serialize;

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

/// One comparable deal with its similarity score and why it matched.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparable<'a> {
    /// The deal.
    #[serde(skip)]
    pub deal: &'a Deal,
    /// Its id.
    pub id: DealId,
    /// Higher is more similar: shared target 4, same modality 3, same phase 2 (adjacent
    /// 1), same area 1, same deal type 1.
    pub score: u32,
    /// The matching criteria, in words.
    pub reasons: Vec<String>,
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

/// Comparables ranked by score (then newest first), with the distributions of their terms.
#[derive(Clone, Debug, PartialEq, Serialize)]
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

/// Finds and ranks the comparables of a query among `deals`.
pub fn comps<'a>(deals: &'a [Deal], query: &CompsQuery, currency: Currency) -> Comps<'a> {
    let mut matches: Vec<Comparable<'a>> = deals
        .iter()
        .filter(|d| query.exclude.as_ref() != Some(&d.id))
        .filter(|d| {
            query
                .since
                .is_none_or(|y| d.announced.is_some_and(|a| a.year() >= y))
        })
        .filter_map(|d| score(d, query))
        .collect();
    matches.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| b.deal.announced.cmp(&a.deal.announced))
            .then_with(|| a.id.cmp(&b.id))
    });
    let money = |d: &Deal, k: TermKind| {
        d.terms
            .money(k)
            .filter(|m| m.currency == currency)
            .map(|m| m.amount)
    };
    let figure = |k: TermKind| matches.iter().filter_map(|c| money(c.deal, k)).collect();
    let shares = matches
        .iter()
        .filter_map(|c| {
            ratio(
                money(c.deal, TermKind::Upfront)?,
                money(c.deal, TermKind::Total)?,
            )
        })
        .collect();
    Comps {
        currency,
        upfront: Distribution::of(figure(TermKind::Upfront), 2),
        total: Distribution::of(figure(TermKind::Total), 2),
        upfront_share: Distribution::of(shares, 4),
        equity: Distribution::of(figure(TermKind::Equity), 2),
        matches,
    }
}

fn score<'a>(deal: &'a Deal, q: &CompsQuery) -> Option<Comparable<'a>> {
    let mut score = 0;
    let mut reasons = Vec::new();
    let same_modality = q.modality.is_some() && deal.modality == q.modality;
    if same_modality {
        score += 3;
        reasons.push(format!("modality {}", deal.modality.as_ref()?.label()));
    }
    let shared: Vec<&String> = deal
        .targets
        .iter()
        .filter(|t| q.targets.iter().any(|w| w.eq_ignore_ascii_case(t)))
        .collect();
    if !shared.is_empty() {
        score += 4;
        let names: Vec<&str> = shared.iter().map(|s| s.as_str()).collect();
        reasons.push(format!("target {}", names.join("/")));
    }
    let phase_step = match (&q.phase, &deal.phase_at_signing) {
        (Some(want), Some(have)) => {
            let pos = |p: &Phase| Phase::KNOWN.iter().position(|k| k == p);
            match (pos(want), pos(have)) {
                (Some(a), Some(b)) => Some(a.abs_diff(b)),
                _ => (want == have).then_some(0),
            }
        }
        _ => None,
    };
    match phase_step {
        Some(0) => {
            score += 2;
            reasons.push(format!(
                "same stage ({})",
                deal.phase_at_signing.as_ref()?.label()
            ));
        }
        Some(1) if !q.strict => {
            score += 1;
            reasons.push(format!(
                "adjacent stage ({})",
                deal.phase_at_signing.as_ref()?.label()
            ));
        }
        _ => {}
    }
    let same_area = q.area.is_some() && deal.therapeutic_area == q.area;
    if same_area {
        score += 1;
        reasons.push(format!("area {}", deal.therapeutic_area.as_ref()?.label()));
    }
    let same_type = q.deal_type.is_some() && deal.deal_type == q.deal_type;
    if same_type {
        score += 1;
        reasons.push(format!("type {}", deal.deal_type.as_ref()?.label()));
    }
    let qualifies = if q.strict {
        (q.modality.is_none() || same_modality)
            && (q.targets.is_empty() || !shared.is_empty())
            && (q.phase.is_none() || phase_step == Some(0))
            && (q.area.is_none() || same_area)
            && (q.deal_type.is_none() || same_type)
    } else {
        same_modality || !shared.is_empty()
    };
    qualifies.then(|| Comparable {
        deal,
        id: deal.id.clone(),
        score,
        reasons,
    })
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
        let c = comps(&deals, &CompsQuery::like(&deals[0]), Currency::USD);
        let ids: Vec<&str> = c.matches.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(
            ids,
            ["twin", "near", "same-target"],
            "self and unrelated are left out"
        );
        assert_eq!(c.matches[0].score, 9);
        assert_eq!(
            c.matches[1].reasons.last().unwrap(),
            "adjacent stage (phase 2)"
        );
        assert_eq!(
            c.matches[2].reasons,
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
        let ids: Vec<DealId> = comps(&deals, &q, Currency::USD)
            .matches
            .into_iter()
            .map(|m| m.id)
            .collect();
        assert_eq!(ids, [DealId::new("a").unwrap()]);
    }
}
