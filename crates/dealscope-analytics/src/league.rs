//! League tables: licensees or licensors ranked by deal count, upfront or headline.

use std::fmt;
use std::str::FromStr;

use dealscope_core::{Currency, DealId};
use serde::Serialize;

use crate::dimension::Dimension;
use crate::facts::{Facts, KeyGroups};
use crate::metrics::{Metrics, Tally};
use crate::preset::Counted;

/// Which side of the deals to rank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Companies taking licences (buyers).
    Licensees,
    /// Companies granting them.
    Licensors,
}

/// What to rank by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RankBy {
    /// Sum of known upfronts.
    #[default]
    Upfront,
    /// Sum of known headline totals.
    Total,
    /// Number of deals.
    Count,
}

impl RankBy {
    /// `upfront`, `total` or `count`.
    pub fn as_str(&self) -> &'static str {
        match self {
            RankBy::Upfront => "upfront",
            RankBy::Total => "total",
            RankBy::Count => "count",
        }
    }
}

impl fmt::Display for RankBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RankBy {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "upfront" => Ok(RankBy::Upfront),
            "total" | "headline" => Ok(RankBy::Total),
            "count" | "deals" => Ok(RankBy::Count),
            _ => Err(format!(
                "unknown metric {s:?}; known: upfront, total, count"
            )),
        }
    }
}

/// One company's line in a league table.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LeagueRow<'a> {
    /// 1 for the largest; ties share a rank.
    pub rank: usize,
    /// The company (its English name when resolved, else the name as written).
    pub company: String,
    /// Its figures over the deals it was party to.
    #[serde(flatten)]
    pub metrics: Metrics,
    /// Those deals.
    pub deal_ids: Vec<&'a DealId>,
}

/// Ranks the companies on one side of the deals by a metric. A deal with two licensees
/// counts fully for each.
pub fn league<'a>(
    deals: &[Counted<'a>],
    side: Side,
    by: RankBy,
    currency: Currency,
    facts: &Facts<'_>,
) -> (Vec<LeagueRow<'a>>, Vec<DealId>) {
    let dimension = match side {
        Side::Licensees => Dimension::Licensee,
        Side::Licensors => Dimension::Licensor,
    };
    let mut keyed = KeyGroups::new(facts);
    let mut tallies: Vec<Tally<'a>> = Vec::new();
    let mut other_currency = Vec::new();
    let mut keys: Vec<u32> = Vec::new();
    for c in deals {
        keys.clear();
        facts.for_each_key_ref(c.row as usize, dimension, |k| keys.push(keyed.id(facts, k)));
        keys.sort_unstable();
        keys.dedup();
        for &k in &keys {
            let k = k as usize;
            if k >= tallies.len() {
                tallies.resize_with(k + 1, Tally::default);
            }
            if !tallies[k].add(c, currency) {
                other_currency.push(c.deal.id.clone());
            }
        }
    }
    let mut rows: Vec<LeagueRow<'a>> = tallies
        .into_iter()
        .zip(keyed.groups.names)
        .map(|(tally, company)| {
            let (metrics, deal_ids) = tally.finish();
            LeagueRow {
                rank: 0,
                company,
                metrics,
                deal_ids,
            }
        })
        .collect();
    let key = |r: &LeagueRow| match by {
        RankBy::Upfront => r.metrics.upfront.sum,
        RankBy::Total => r.metrics.total.sum,
        RankBy::Count => rust_decimal::Decimal::from(r.metrics.deals),
    };
    rows.sort_by(|a, b| key(b).cmp(&key(a)).then_with(|| a.company.cmp(&b.company)));
    for i in 0..rows.len() {
        rows[i].rank = if i > 0 && key(&rows[i]) == key(&rows[i - 1]) {
            rows[i - 1].rank
        } else {
            i + 1
        };
    }
    other_currency.sort();
    other_currency.dedup();
    (rows, other_currency)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealscope_core::{Amount, Deal, Money, Party, Term};

    fn deal(id: &str, licensees: &[&str], upfront: i64) -> Deal {
        let mut d = Deal::new(
            DealId::new(id).unwrap(),
            vec![Party::named("Hengrui")],
            licensees.iter().map(|n| Party::named(n)).collect(),
        );
        d.announced = Some("2025-01-01".parse().unwrap());
        d.terms.upfront = Some(Term::Disclosed(Amount::exact(Money::whole(
            upfront,
            Currency::USD,
        ))));
        d
    }

    #[test]
    fn ranks_by_the_metric_with_shared_ranks_for_ties() {
        let deals = vec![
            deal("1", &["GSK"], 500),
            deal("2", &["Merck"], 200),
            deal("3", &["Merck"], 300),
            deal("4", &["Pfizer", "GSK"], 100),
            deal("5", &["AbbVie"], 500),
        ];
        let facts = Facts::new(&deals, &crate::Directory::default());
        let counted = crate::Preset::named("all").unwrap().select(&facts).counted;
        let (rows, _) = league(
            &counted,
            Side::Licensees,
            RankBy::Upfront,
            Currency::USD,
            &facts,
        );
        let shown: Vec<(usize, &str, i64)> = rows
            .iter()
            .map(|r| {
                (
                    r.rank,
                    r.company.as_str(),
                    i64::try_from(r.metrics.upfront.sum).unwrap(),
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                (1, "GSK", 600),
                (2, "AbbVie", 500),
                (2, "Merck", 500),
                (4, "Pfizer", 100)
            ]
        );
        let (rows, _) = league(
            &counted,
            Side::Licensees,
            RankBy::Count,
            Currency::USD,
            &facts,
        );
        assert_eq!((rows[0].rank, rows[1].rank, rows[2].rank), (1, 1, 3));
        let (rows, _) = league(
            &counted,
            Side::Licensors,
            RankBy::Count,
            Currency::USD,
            &facts,
        );
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].metrics.deals, 5);
    }
}
