//! `dealscope approvals`: approvals per period split by category and origin, with the
//! published counts beside them.

use std::collections::BTreeMap;
use std::path::Path;

use dealscope_core::Agency;
use dealscope_store::Store;

use crate::Outcome;
use crate::cli::{ApprovalsArgs, By};
use crate::report::{self, Cell, Report, Show};

/// Published approval counts (`data/reference/nmpa_approval_counts.csv`), with their source.
const PUBLISHED: &str = include_str!("../../../../data/reference/nmpa_approval_counts.csv");

/// Prints the table.
pub fn run(db: &Path, args: &ApprovalsArgs) -> anyhow::Result<Outcome> {
    let store = crate::open_existing(db)?;
    let split: Vec<&str> = args
        .split
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    for s in &split {
        if !matches!(*s, "category" | "origin") {
            anyhow::bail!("--split {s:?}: split by category, origin or category,origin");
        }
    }
    let agency = match &args.agency {
        None => None,
        Some(a) => Some(
            Agency::known(a)
                .ok_or_else(|| anyhow::anyhow!("--agency {a:?}: known: NMPA, FDA, EMA, PMDA"))?,
        ),
    };
    let period = |d: &dealscope_core::PartialDate| -> Option<String> {
        let g = crate::commands::stats::granularity(args.by);
        dealscope_analytics::Period::of(d, g).map(|p| p.to_string())
    };
    type Key = (String, String, String);
    let mut rows: BTreeMap<Key, (usize, Option<(u64, String)>)> = BTreeMap::new();
    let key_of = |period: String, category: &str, origin: &str| -> Key {
        (
            period,
            if split.contains(&"category") {
                category.to_owned()
            } else {
                String::new()
            },
            if split.contains(&"origin") {
                origin.to_owned()
            } else {
                String::new()
            },
        )
    };
    for a in store.approvals()? {
        if agency.as_ref().is_some_and(|g| *g != a.agency) {
            continue;
        }
        let Some(p) = period(&a.date) else { continue };
        let key = key_of(
            p,
            a.category.as_ref().map_or("", |c| c.label()),
            a.origin.as_ref().map_or("", |o| o.label()),
        );
        rows.entry(key).or_default().0 += 1;
    }
    // Published counts are per year; they are shown in yearly views only.
    if args.by == By::Year {
        let mut reader = csv::Reader::from_reader(PUBLISHED.as_bytes());
        for r in reader.records() {
            let r = r?;
            if agency.as_ref().is_some_and(|g| g.label() != &r[0]) {
                continue;
            }
            let count: u64 = r[4].parse()?;
            let key = key_of(r[1].to_owned(), &r[2], &r[3]);
            let entry = rows.entry(key).or_default();
            let (n, source) = entry.1.get_or_insert((0, r[5].to_owned()));
            *n += count;
            if !source.contains(&r[5]) {
                source.push_str("; ");
                source.push_str(&r[5]);
            }
        }
    }
    let mut rep = Report::new(format!(
        "Approvals by {}{}",
        crate::commands::stats::granularity(args.by).as_str(),
        if split.is_empty() {
            String::new()
        } else {
            format!(" split by {}", split.join(", "))
        }
    ));
    rep.column("period", "period", Show::Both);
    if split.contains(&"category") {
        rep.column("category", "category", Show::Both);
    }
    if split.contains(&"origin") {
        rep.column("origin", "origin", Show::Both);
    }
    rep.column("stored", "approvals stored", Show::Both)
        .column("published", "published count", Show::Both)
        .column("published_source", "published by", Show::Both);
    for ((p, category, origin), (stored, published)) in &rows {
        let mut cells = vec![Cell::Text(p.clone())];
        if split.contains(&"category") {
            cells.push(Cell::Text(if category.is_empty() {
                "(not split)".into()
            } else {
                category.clone()
            }));
        }
        if split.contains(&"origin") {
            cells.push(Cell::Text(if origin.is_empty() {
                "(not split)".into()
            } else {
                origin.clone()
            }));
        }
        cells.push(Cell::Count(*stored));
        cells.push(Cell::Number(
            published
                .as_ref()
                .map(|(n, _)| rust_decimal::Decimal::from(*n)),
        ));
        cells.push(Cell::Text(
            published
                .as_ref()
                .map(|(_, s)| s.clone())
                .unwrap_or_default(),
        ));
        rep.row(cells);
    }
    rep.notes.push("Stored = individual approvals in the store (import approvals.csv). Published = the regulator's counts as the cited articles report them (data/reference/nmpa_approval_counts.csv); rows marked (not split) were published without that split.".into());
    report::emit(&rep, args.output.format, args.output.out.as_deref())?;
    Ok(if rows.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Done
    })
}
