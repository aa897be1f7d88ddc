//! Breakdowns: any metric by period (year, quarter, month), optionally split by one
//! dimension, with year-on-year growth and the deals behind every cell.

use std::collections::{BTreeMap, HashMap};

use dealscope_core::chrono::NaiveDate;
use dealscope_core::{Currency, DealId, PartialDate};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::dimension::Dimension;
use crate::facts::{Facts, KeyGroups};
use crate::groups::{FastHash, Groups};
use crate::metrics::{Metrics, Tally};
use crate::period::{Granularity, Period};
use crate::preset::Counted;
use crate::stats::{ExactSum, growth};

/// The group that collects everything outside the top N.
pub const OTHER_GROUP: &str = "(other)";

/// How to break deals down.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakdownSpec {
    /// Year, quarter or month.
    pub granularity: Granularity,
    /// Split each period by this dimension.
    pub split: Option<Dimension>,
    /// Keep the N largest groups (by deal count over the whole view, then headline) and
    /// fold the rest into `(other)`.
    pub top: Option<usize>,
    /// Money figures in this currency; deals in another are counted and reported.
    pub currency: Currency,
    /// Show only periods from this day on; earlier deals still feed year-on-year growth.
    pub from: Option<NaiveDate>,
}

impl BreakdownSpec {
    /// Totals per period, in US dollars, no split.
    pub fn by(granularity: Granularity) -> Self {
        BreakdownSpec {
            granularity,
            split: None,
            top: None,
            currency: Currency::USD,
            from: None,
        }
    }
}

/// One period (and group) of a breakdown.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BreakdownRow<'a> {
    /// The period.
    #[serde(serialize_with = "crate::period::serialize_display")]
    pub period: Period,
    /// The group, when split.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The figures.
    #[serde(flatten)]
    pub metrics: Metrics,
    /// Growth in deal count against the same period (and group) a year earlier.
    #[serde(with = "dealscope_core::money::decimal_number::option")]
    pub yoy_deals: Option<Decimal>,
    /// Growth in headline sum against the same period (and group) a year earlier.
    #[serde(with = "dealscope_core::money::decimal_number::option")]
    pub yoy_total: Option<Decimal>,
    /// The deals counted in the row.
    pub deal_ids: Vec<&'a DealId>,
}

/// A breakdown plus an account of every counted deal that could not be placed or summed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Breakdown<'a> {
    /// Year, quarter or month.
    #[serde(serialize_with = "serialize_granularity")]
    pub granularity: Granularity,
    /// The split dimension.
    #[serde(serialize_with = "serialize_split")]
    pub split: Option<Dimension>,
    /// Money figures' currency.
    pub currency: Currency,
    /// Rows by period, then by group rank (largest first, `(other)` last). Unsplit views
    /// keep empty periods between the first and last; split views list non-empty groups.
    pub rows: Vec<BreakdownRow<'a>>,
    /// Deals dated too coarsely for the granularity (a year-only date in a quarterly view).
    pub too_coarse: Vec<DealId>,
    /// Deals counted whose amounts are in another currency (left out of money figures).
    pub other_currency: Vec<DealId>,
}

fn serialize_granularity<S: serde::Serializer>(g: &Granularity, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(g.as_str())
}

fn serialize_split<S: serde::Serializer>(d: &Option<Dimension>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(d.as_str()),
        None => s.serialize_none(),
    }
}

/// Breaks the counted deals (selected from `facts`) down as the spec says.
pub fn breakdown<'a>(
    deals: &[Counted<'a>],
    spec: &BreakdownSpec,
    facts: &Facts<'_>,
) -> Breakdown<'a> {
    let mut out = Breakdown {
        granularity: spec.granularity,
        split: spec.split,
        currency: spec.currency,
        rows: Vec::new(),
        too_coarse: Vec::new(),
        other_currency: Vec::new(),
    };
    let from = spec.from.map(|f| {
        Period::of(&PartialDate::Day(f), spec.granularity).expect("a day has every period")
    });
    let shown = |p: Period| from.is_none_or(|f| p >= f);

    // Each deal's period and groups, once.
    let mut keyed = KeyGroups::new(facts);
    let whole = keyed.groups.id("");
    let mut placed = Placement::with_capacity(deals.len());
    for c in deals {
        let period = Period::of(&c.date, spec.granularity);
        if period.is_none() && spec.from.is_none_or(|f| c.date.end() >= f) {
            out.too_coarse.push(c.deal.id.clone());
        }
        placed.start(period);
        match (period, spec.split) {
            (None, _) => {}
            (Some(_), Some(d)) => {
                facts.for_each_key_ref(c.row as usize, d, |k| placed.key(keyed.id(facts, k)))
            }
            (Some(_), None) => placed.key(whole),
        }
        placed.finish();
    }
    let mut groups = keyed.groups;
    if let Some(n) = spec.top {
        placed = fold_small_groups(deals, &placed, n, shown, &mut groups);
    }

    let mut tallies: HashMap<(Period, u32), Tally<'a>, FastHash> = HashMap::default();
    for (i, c) in deals.iter().enumerate() {
        let Some(period) = placed.periods[i] else {
            continue;
        };
        for k in placed.keys_of(i) {
            let tally = tallies.entry((period, *k)).or_default();
            if !tally.add(c, spec.currency) && shown(period) {
                out.other_currency.push(c.deal.id.clone());
            }
        }
    }
    let mut metrics: BTreeMap<(Period, u32), (Metrics, Vec<&'a DealId>)> =
        tallies.into_iter().map(|(k, t)| (k, t.finish())).collect();
    if spec.split.is_none() {
        // Unsplit views keep the empty periods between the first and the last.
        if let (Some(&(first, _)), Some(&(last, _))) =
            (metrics.keys().next(), metrics.keys().next_back())
        {
            let mut p = first;
            while p < last {
                p = p.next();
                metrics
                    .entry((p, whole))
                    .or_insert_with(|| (Metrics::default(), Vec::new()));
            }
        }
    }

    let rank = group_rank(&metrics, &groups.names);
    let before: HashMap<(Period, u32), (usize, Decimal)> = metrics
        .iter()
        .map(|(k, (m, _))| (*k, (m.deals, m.total.sum)))
        .collect();
    let mut rows = Vec::with_capacity(metrics.len());
    for ((period, key), (m, ids)) in metrics {
        if !shown(period) {
            continue;
        }
        // No row a year earlier (before the data, or a group absent then): growth from
        // nothing is undefined.
        let (yoy_deals, yoy_total) = match before.get(&(period.year_before(), key)) {
            Some(&(deals, total)) => (
                growth(Decimal::from(m.deals), Decimal::from(deals)),
                growth(m.total.sum, total),
            ),
            None => (None, None),
        };
        rows.push((
            rank[key as usize],
            BreakdownRow {
                period,
                group: spec.split.map(|_| groups.names[key as usize].clone()),
                metrics: m,
                yoy_deals: yoy_deals.map(|g| g.round_dp(6)),
                yoy_total: yoy_total.map(|g| g.round_dp(6)),
                deal_ids: ids,
            },
        ));
    }
    rows.sort_by_key(|(rank, row)| (row.period, *rank));
    out.rows = rows.into_iter().map(|(_, row)| row).collect();
    out.other_currency.sort();
    out.other_currency.dedup();
    out
}

/// Rank of every group: by deal count over the whole view, then headline sum, then name;
/// `(other)` and `(not recorded)` last. Indexed by group id.
fn group_rank(
    metrics: &BTreeMap<(Period, u32), (Metrics, Vec<&DealId>)>,
    names: &[String],
) -> Vec<usize> {
    let mut totals: Vec<(usize, Decimal)> = vec![(0, Decimal::ZERO); names.len()];
    for ((_, key), (m, _)) in metrics {
        let t = &mut totals[*key as usize];
        t.0 += m.deals;
        t.1 += m.total.sum;
    }
    let tail = |k: &str| k == OTHER_GROUP || k == crate::dimension::NOT_RECORDED;
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by(|&a, &b| {
        (tail(&names[a]), std::cmp::Reverse(totals[a]), &names[a]).cmp(&(
            tail(&names[b]),
            std::cmp::Reverse(totals[b]),
            &names[b],
        ))
    });
    let mut rank = vec![0; names.len()];
    for (r, g) in order.into_iter().enumerate() {
        rank[g] = r;
    }
    rank
}

/// Each deal's period (none when dated too coarsely) and groups, in flat arrays (one
/// allocation for all deals, not one per deal).
struct Placement {
    periods: Vec<Option<Period>>,
    keys: Vec<u32>,
    ends: Vec<usize>,
}

impl Placement {
    fn with_capacity(n: usize) -> Self {
        Placement {
            periods: Vec::with_capacity(n),
            keys: Vec::with_capacity(n),
            ends: Vec::with_capacity(n),
        }
    }

    fn start(&mut self, period: Option<Period>) {
        self.periods.push(period);
    }

    fn key(&mut self, k: u32) {
        self.keys.push(k);
    }

    /// Ends the current deal's keys, dropping repeats (a deal with two licensors of one
    /// company counts once).
    fn finish(&mut self) {
        let start = self.ends.last().copied().unwrap_or(0);
        let mine = &mut self.keys[start..];
        if mine.len() > 1 {
            mine.sort_unstable();
            let mut kept = 1;
            for i in 1..mine.len() {
                if mine[i] != mine[kept - 1] {
                    mine[kept] = mine[i];
                    kept += 1;
                }
            }
            self.keys.truncate(start + kept);
        }
        self.ends.push(self.keys.len());
    }

    fn keys_of(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.keys[start..self.ends[i]]
    }
}

/// Keeps the `n` groups with the most deals in the shown periods (then the largest headline)
/// and moves the others into [`OTHER_GROUP`]. A deal in two folded groups is counted once
/// in `(other)`.
fn fold_small_groups(
    deals: &[Counted<'_>],
    placed: &Placement,
    n: usize,
    shown: impl Fn(Period) -> bool,
    groups: &mut Groups,
) -> Placement {
    let mut size: HashMap<u32, (usize, ExactSum), FastHash> = HashMap::default();
    for (i, c) in deals.iter().enumerate() {
        if !placed.periods[i].is_some_and(&shown) {
            continue;
        }
        for k in placed.keys_of(i) {
            let s = size.entry(*k).or_default();
            s.0 += 1;
            if let Some(m) = c.total {
                s.1.add(m.amount);
            }
        }
    }
    let mut ranked: Vec<(u32, (usize, Decimal))> = size
        .into_iter()
        .map(|(k, (n, total))| (k, (n, total.value())))
        .collect();
    ranked.sort_by(|a, b| {
        (std::cmp::Reverse(a.1), &groups.names[a.0 as usize])
            .cmp(&(std::cmp::Reverse(b.1), &groups.names[b.0 as usize]))
    });
    let keep: Vec<u32> = ranked.into_iter().take(n).map(|(k, _)| k).collect();
    let other = groups.id(OTHER_GROUP);
    let mut folded = Placement::with_capacity(deals.len());
    for (i, period) in placed.periods.iter().enumerate() {
        folded.start(*period);
        for k in placed.keys_of(i) {
            folded.key(if keep.contains(k) { *k } else { other });
        }
        folded.finish();
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Directory;
    use dealscope_core::{Amount, Deal, DealId, Modality, Money, Party, Term};

    fn deal(
        id: &str,
        date: &str,
        modality: &str,
        upfront: Option<i64>,
        total: Option<i64>,
    ) -> Deal {
        let mut d = Deal::new(
            DealId::new(id).unwrap(),
            vec![Party::named("L")],
            vec![Party::named("E")],
        );
        d.announced = Some(date.parse().unwrap());
        d.modality = Some(Modality::parse(modality));
        let usd = |n| Money::whole(n, Currency::USD);
        d.terms.upfront = upfront.map(|u| Term::Disclosed(Amount::exact(usd(u))));
        d.terms.total = total.map(|t| Term::Disclosed(Amount::up_to(usd(t))));
        d
    }

    /// Every deal counted (preset `all`) and broken down.
    fn run<'a>(deals: &'a [Deal], spec: &BreakdownSpec) -> Breakdown<'a> {
        let facts = Facts::new(deals, &Directory::default());
        let counted = crate::Preset::named("all").unwrap().select(&facts).counted;
        breakdown(&counted, spec, &facts)
    }

    fn dec(n: i64) -> Decimal {
        Decimal::from(n)
    }

    #[test]
    fn yearly_figures_by_hand() {
        let deals = vec![
            deal("a", "2023-03-01", "ADC", Some(10), Some(100)),
            deal("b", "2023-09-01", "ADC", None, Some(300)),
            deal("c", "2025-01-10", "ADC", Some(50), Some(1000)),
            deal("d", "2025-06-30", "ADC", Some(30), None),
            deal("e", "2025", "ADC", None, None),
        ];
        let b = run(&deals, &BreakdownSpec::by(Granularity::Year));
        let shown: Vec<String> = b.rows.iter().map(|r| r.period.to_string()).collect();
        assert_eq!(shown, ["2023", "2024", "2025"], "empty 2024 is kept");
        let (r23, r24, r25) = (&b.rows[0].metrics, &b.rows[1].metrics, &b.rows[2].metrics);
        assert_eq!(
            (r23.deals, r23.with_terms, r23.total.n, r23.upfront.n),
            (2, 2, 2, 1)
        );
        assert_eq!(r23.total.sum, dec(400));
        assert_eq!(r23.total.median, Some(dec(200)));
        assert_eq!(r23.total.mean, Some(dec(200)));
        // Share only over deal a, the one with both figures: 10 / 100.
        assert_eq!(r23.upfront_share, Some(Decimal::new(1, 1)));
        assert_eq!(r24.deals, 0);
        assert_eq!(r24.total.median, None, "no figure is not zero");
        assert_eq!((r25.deals, r25.with_terms), (3, 2));
        assert_eq!(r25.upfront.sum, dec(80));
        assert_eq!(r25.upfront.median, Some(dec(40)));
        assert_eq!(b.rows[2].yoy_deals, None, "growth from zero is undefined");
        assert_eq!(b.rows[1].yoy_deals, Some(dec(-1)));
        assert_eq!(b.rows[0].deal_ids.len(), 2);
    }

    #[test]
    fn a_split_ranks_groups_and_folds_the_tail() {
        let deals = vec![
            deal("a1", "2024-02-01", "ADC", None, Some(100)),
            deal("a2", "2025-02-01", "ADC", None, Some(100)),
            deal("a3", "2025-03-01", "ADC", None, Some(200)),
            deal("b1", "2025-04-01", "bispecific antibody", None, Some(5000)),
            deal("b2", "2024-05-01", "bispecific antibody", None, None),
            deal("s1", "2025-05-01", "siRNA", None, Some(7)),
            deal("p1", "2025-06-01", "peptide", None, Some(9)),
        ];
        let spec = BreakdownSpec {
            split: Some(Dimension::Modality),
            top: Some(2),
            ..BreakdownSpec::by(Granularity::Year)
        };
        let b = run(&deals, &spec);
        let rows: Vec<(String, &str, usize)> = b
            .rows
            .iter()
            .map(|r| {
                (
                    r.period.to_string(),
                    r.group.as_deref().unwrap(),
                    r.metrics.deals,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("2024".into(), "ADC", 1),
                ("2024".into(), "bispecific antibody", 1),
                ("2025".into(), "ADC", 2),
                ("2025".into(), "bispecific antibody", 1),
                ("2025".into(), OTHER_GROUP, 2),
            ]
        );
        let adc25 = &b.rows[2];
        assert_eq!(adc25.yoy_deals, Some(dec(1)), "ADC: 1 → 2 deals");
        assert_eq!(adc25.yoy_total, Some(dec(2)), "ADC: 100 → 300");
        assert_eq!(b.rows[4].metrics.total.sum, dec(16));
    }

    #[test]
    fn a_view_from_a_date_keeps_growth_against_earlier_deals() {
        let deals = vec![
            deal("a", "2024-05-01", "ADC", None, Some(100)),
            deal("coarse-before", "2024", "ADC", None, None),
            deal("b", "2025-05-01", "ADC", None, Some(300)),
        ];
        let spec = BreakdownSpec {
            from: NaiveDate::from_ymd_opt(2025, 1, 1),
            ..BreakdownSpec::by(Granularity::Quarter)
        };
        let b = run(&deals, &spec);
        let shown: Vec<String> = b.rows.iter().map(|r| r.period.to_string()).collect();
        assert_eq!(shown, ["2025-Q1", "2025-Q2"]);
        assert_eq!(b.rows[1].yoy_total, Some(Decimal::TWO));
        assert!(
            b.too_coarse.is_empty(),
            "a deal before the view is not reported"
        );
    }

    #[test]
    fn amounts_in_another_currency_are_counted_but_not_summed() {
        let mut eur = deal("eur", "2025-01-01", "ADC", None, None);
        eur.terms.total = Some(Term::Disclosed(Amount::up_to(Money::whole(
            500,
            Currency::EUR,
        ))));
        let deals = vec![eur, deal("usd", "2025-02-01", "ADC", None, Some(100))];
        let b = run(&deals, &BreakdownSpec::by(Granularity::Year));
        assert_eq!(b.rows[0].metrics.deals, 2);
        assert_eq!(b.rows[0].metrics.total.sum, dec(100));
        assert_eq!(b.other_currency, vec![DealId::new("eur").unwrap()]);
    }
}
