//! Approvals per period, split by category and origin, beside the published counts (the
//! regulator's figures as cited articles report them, shipped in
//! `data/reference/nmpa_approval_counts.csv` with their source).

use std::collections::BTreeMap;

use dealscope_core::{Agency, Approval};
use serde::Serialize;

use crate::period::{Granularity, Period};

const PUBLISHED: &str = include_str!("../../../data/reference/nmpa_approval_counts.csv");

/// What to split by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Split {
    /// Chemical, biologic, TCM.
    pub category: bool,
    /// Domestic, imported.
    pub origin: bool,
}

impl Split {
    /// Parses `category`, `origin`, `category,origin` (or empty for no split).
    pub fn parse(text: &str) -> Result<Split, String> {
        let mut s = Split::default();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part {
                "category" => s.category = true,
                "origin" => s.origin = true,
                other => {
                    return Err(format!(
                        "split by category, origin or category,origin, not {other:?}"
                    ));
                }
            }
        }
        Ok(s)
    }
}

/// One row of the table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApprovalRow {
    /// The period.
    pub period: String,
    /// Category, when split by it (`(not split)` for published figures without it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Origin, when split by it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// Individual approvals in the store.
    pub stored: usize,
    /// The published count, when there is one.
    pub published: Option<u64>,
    /// Who published it.
    pub published_source: Option<String>,
}

const NOT_SPLIT: &str = "(not split)";

/// The table. Published counts are yearly: they join yearly views only.
pub fn table(
    approvals: &[Approval],
    granularity: Granularity,
    split: Split,
    agency: Option<&Agency>,
) -> Vec<ApprovalRow> {
    type Key = (String, Option<String>, Option<String>);
    let key = |period: String, category: &str, origin: &str| -> Key {
        let label = |on: bool, v: &str| {
            on.then(|| {
                if v.is_empty() {
                    NOT_SPLIT.to_owned()
                } else {
                    v.to_owned()
                }
            })
        };
        (
            period,
            label(split.category, category),
            label(split.origin, origin),
        )
    };
    let mut rows: BTreeMap<Key, (usize, Option<(u64, String)>)> = BTreeMap::new();
    for a in approvals
        .iter()
        .filter(|a| agency.is_none_or(|g| *g == a.agency))
    {
        let Some(p) = Period::of(&a.date, granularity) else {
            continue;
        };
        let k = key(
            p.to_string(),
            a.category.as_ref().map_or("", |c| c.label()),
            a.origin.as_ref().map_or("", |o| o.label()),
        );
        rows.entry(k).or_default().0 += 1;
    }
    if granularity == Granularity::Year {
        let mut reader = csv::Reader::from_reader(PUBLISHED.as_bytes());
        for r in reader.records() {
            let r = r.expect("the shipped approval counts parse");
            if agency.is_some_and(|g| g.label() != &r[0]) {
                continue;
            }
            let count: u64 = r[4].parse().expect("shipped counts are numbers");
            let entry = rows.entry(key(r[1].to_owned(), &r[2], &r[3])).or_default();
            let (n, source) = entry.1.get_or_insert((0, r[5].to_owned()));
            *n += count;
            if !source.contains(&r[5]) {
                source.push_str("; ");
                source.push_str(&r[5]);
            }
        }
    }
    rows.into_iter()
        .map(
            |((period, category, origin), (stored, published))| ApprovalRow {
                period,
                category,
                origin,
                stored,
                published: published.as_ref().map(|p| p.0),
                published_source: published.map(|p| p.1),
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealscope_core::{ApprovalCategory, ApprovalOrigin};

    #[test]
    fn stored_and_published_counts_side_by_side() {
        let a = Approval {
            agency: Agency::Nmpa,
            date: "2025-03-01".parse().unwrap(),
            product: "X".into(),
            asset: None,
            indication: None,
            category: Some(ApprovalCategory::Biologic),
            origin: Some(ApprovalOrigin::Domestic),
            pathway: None,
            sources: vec![],
        };
        let rows = table(
            &[a],
            Granularity::Year,
            Split::parse("category,origin").unwrap(),
            None,
        );
        let bio = rows
            .iter()
            .find(|r| {
                r.period == "2025"
                    && r.category.as_deref() == Some("biologic")
                    && r.origin.as_deref() == Some("domestic")
            })
            .unwrap();
        assert_eq!((bio.stored, bio.published), (1, Some(21)));
        let total: u64 = rows
            .iter()
            .filter(|r| r.period == "2025")
            .filter_map(|r| r.published)
            .sum();
        assert_eq!(total, 76);
        let by_category = table(
            &[],
            Granularity::Year,
            Split::parse("category").unwrap(),
            None,
        );
        let chem = by_category
            .iter()
            .find(|r| r.period == "2025" && r.category.as_deref() == Some("chemical"))
            .unwrap();
        assert_eq!(chem.published, Some(47), "38 domestic + 9 imported");
        assert!(Split::parse("colour").is_err());
    }
}
