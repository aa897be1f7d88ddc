//! The figures computed for any group of deals: counts, sums, medians and means of the
//! money terms (over known values only, with n), and the upfront share.

use dealscope_core::{Currency, DealId, Money};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::preset::Counted;
use crate::stats::{mean, median_in_place, ratio};

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
            sum: values.iter().sum(),
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

impl Metrics {
    /// Figures of the deals; deals with amounts in another currency are counted but left
    /// out of every money figure, and their ids are pushed to `other_currency`.
    pub fn of(
        deals: &[&Counted<'_>],
        currency: Currency,
        other_currency: &mut Vec<DealId>,
    ) -> Metrics {
        let (mut totals, mut upfronts, mut equities, mut values) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let (mut share_up, mut share_total, mut share_n) = (Decimal::ZERO, Decimal::ZERO, 0);
        let mut with_terms = 0;
        for c in deals {
            if c.with_terms {
                with_terms += 1;
            }
            let amounts = [c.total, c.upfront, c.equity, c.rnpv];
            if amounts.iter().flatten().any(|m| m.currency != currency) {
                other_currency.push(c.deal.id.clone());
                continue;
            }
            let value = |m: Option<Money>| m.map(|m| m.amount);
            let (total, upfront) = (value(c.total), value(c.upfront));
            totals.extend(total);
            upfronts.extend(upfront);
            equities.extend(value(c.equity));
            values.extend(value(c.rnpv));
            if let (Some(t), Some(u)) = (total, upfront) {
                share_total += t;
                share_up += u;
                share_n += 1;
            }
        }
        Metrics {
            deals: deals.len(),
            with_terms,
            total: Figure::of(totals),
            upfront: Figure::of(upfronts),
            equity: Figure::of(equities),
            rnpv: Figure::of(values),
            upfront_share: ratio(share_up, share_total).map(|r| r.round_dp(6)),
            upfront_share_n: share_n,
        }
    }
}
