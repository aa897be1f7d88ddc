//! The figures computed for any group of deals: counts, sums, medians and means of the
//! money terms (over known values only, with n), and the upfront share.

use dealscope_core::{Currency, DealId, Money};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::preset::Counted;
use crate::stats::{ExactSum, mean, median_in_place, ratio};

/// Sum, count, median and mean of one money term over the deals that disclosed it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Figure {
    /// Sum of the known values.
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub sum: Decimal,
    /// How many deals had a known value.
    pub n: usize,
    /// Median of the known values.
    #[serde(with = "dealscope_core::money::decimal_number::option")]
    pub median: Option<Decimal>,
    /// Mean of the known values, to the cent.
    #[serde(with = "dealscope_core::money::decimal_number::option")]
    pub mean: Option<Decimal>,
}

impl Figure {
    fn of(mut values: Vec<Decimal>) -> Figure {
        Figure {
            sum: values.iter().copied().sum::<ExactSum>().value(),
            n: values.len(),
            mean: mean(&values).map(|m| m.round_dp(2)),
            median: median_in_place(&mut values),
        }
    }
}

/// Figures for one group of deals, money in one currency.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Metrics {
    /// Deals in the group.
    pub deals: usize,
    /// Deals with at least one known amount.
    pub with_terms: usize,
    /// Headline ("up to") totals.
    pub total: Figure,
    /// Upfront payments (with equity when the preset folds it in).
    pub upfront: Figure,
    /// Cash equity investments.
    pub equity: Figure,
    /// Risk-adjusted values, when the deals were valued.
    pub rnpv: Figure,
    /// Σ upfront ÷ Σ total over the deals that disclosed both, to 6 decimals.
    #[serde(with = "dealscope_core::money::decimal_number::option")]
    pub upfront_share: Option<Decimal>,
    /// How many deals disclosed both.
    pub upfront_share_n: usize,
}

/// Running figures of a group, fed one deal at a time (one pass over the deals, no lists
/// of references to walk again).
#[derive(Clone, Debug, Default)]
pub(crate) struct Tally<'a> {
    deals: usize,
    with_terms: usize,
    totals: Vec<Decimal>,
    upfronts: Vec<Decimal>,
    equities: Vec<Decimal>,
    values: Vec<Decimal>,
    share_up: ExactSum,
    share_total: ExactSum,
    share_n: usize,
    ids: Vec<&'a DealId>,
}

impl<'a> Tally<'a> {
    /// Counts a deal; `false` when its amounts are in another currency (counted, not
    /// summed).
    pub fn add(&mut self, c: &Counted<'a>, currency: Currency) -> bool {
        self.deals += 1;
        self.ids.push(&c.deal.id);
        if c.with_terms {
            self.with_terms += 1;
        }
        let amounts = [c.total, c.upfront, c.equity, c.rnpv];
        if amounts.iter().flatten().any(|m| m.currency != currency) {
            return false;
        }
        let value = |m: Option<Money>| m.map(|m| m.amount);
        let (total, upfront) = (value(c.total), value(c.upfront));
        self.totals.extend(total);
        self.upfronts.extend(upfront);
        self.equities.extend(value(c.equity));
        self.values.extend(value(c.rnpv));
        if let (Some(t), Some(u)) = (total, upfront) {
            self.share_total.add(t);
            self.share_up.add(u);
            self.share_n += 1;
        }
        true
    }

    /// The figures and the deals behind them.
    pub fn finish(self) -> (Metrics, Vec<&'a DealId>) {
        let m = Metrics {
            deals: self.deals,
            with_terms: self.with_terms,
            total: Figure::of(self.totals),
            upfront: Figure::of(self.upfronts),
            equity: Figure::of(self.equities),
            rnpv: Figure::of(self.values),
            upfront_share: ratio(self.share_up.value(), self.share_total.value())
                .map(|r| r.round_dp(6)),
            upfront_share_n: self.share_n,
        };
        (m, self.ids)
    }
}
