//! Published aggregate figures (deal counts and totals that trackers reported), shipped
//! with their source so a preset's count can be set beside the figure it should explain.

use dealscope_core::{Currency, Money};
use rust_decimal::Decimal;
use serde::Serialize;

/// One published figure.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Published {
    /// What was counted ("China out-licensing (mainland licensors)").
    pub scope: String,
    /// The period as published: `2025`, `2025-Q1`, `2026-01`.
    pub period: String,
    /// Number of deals.
    pub deals: Option<u64>,
    /// Headline total.
    pub total: Option<Money>,
    /// Upfront total.
    pub upfront: Option<Money>,
    /// Who counted.
    pub counting_source: String,
    /// Where it was cited.
    pub cited_by: String,
    /// Caveats.
    pub notes: String,
}

const PUBLISHED_CSV: &str = include_str!("../../../data/reference/published_aggregates.csv");

/// Every shipped published figure.
pub fn published() -> Vec<Published> {
    let mut reader = csv::Reader::from_reader(PUBLISHED_CSV.as_bytes());
    let usd = |s: &str| {
        Decimal::from_str_exact(s.trim())
            .ok()
            .map(|d| Money::new(d, Currency::USD))
    };
    reader
        .records()
        .map(|r| r.expect("the shipped published figures parse"))
        .map(|r| Published {
            scope: r[0].to_owned(),
            period: r[1].to_owned(),
            deals: r[2].trim().parse().ok(),
            total: usd(&r[3]),
            upfront: usd(&r[4]),
            counting_source: r[5].to_owned(),
            cited_by: r[6].to_owned(),
            notes: r[7].to_owned(),
        })
        .collect()
}

/// The published figure for a scope and period, if shipped.
pub fn find(scope: &str, period: &str) -> Option<Published> {
    published()
        .into_iter()
        .find(|p| p.scope == scope && p.period == period)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_figures_include_the_2025_mainland_count() {
        let p = find("China out-licensing (mainland licensors)", "2025").unwrap();
        assert_eq!(p.deals, Some(157));
        assert_eq!(p.upfront, Some(Money::whole(7_000_000_000, Currency::USD)));
        assert!(
            published()
                .iter()
                .all(|p| !p.counting_source.is_empty() || !p.cited_by.is_empty())
        );
    }
}
