//! `dealscope approvals`: approvals per period split by category and origin, with the
//! published counts beside them (the table itself is `dealscope_analytics::approvals`).

use std::path::Path;

use dealscope_analytics::approvals::{Split, table};
use dealscope_core::Agency;
use dealscope_store::Store;

use crate::Outcome;
use crate::cli::ApprovalsArgs;
use crate::report::{self, Cell, Report, Show};

/// Prints the table.
pub fn run(db: &Path, args: &ApprovalsArgs) -> anyhow::Result<Outcome> {
    let store = crate::open_existing(db)?;
    let split = Split::parse(&args.split).map_err(|e| anyhow::anyhow!("--split: {e}"))?;
    let agency = match &args.agency {
        None => None,
        Some(a) => Some(
            Agency::known(a)
                .ok_or_else(|| anyhow::anyhow!("--agency {a:?}: known: NMPA, FDA, EMA, PMDA"))?,
        ),
    };
    let granularity = crate::commands::stats::granularity(args.by);
    let rows = table(&store.approvals()?, granularity, split, agency.as_ref());
    let mut rep = Report::new(format!(
        "Approvals by {}{}",
        granularity.as_str(),
        if split == Split::default() {
            String::new()
        } else {
            format!(" split by {}", args.split)
        }
    ));
    rep.column("period", "period", Show::Both);
    if split.category {
        rep.column("category", "category", Show::Both);
    }
    if split.origin {
        rep.column("origin", "origin", Show::Both);
    }
    rep.column("stored", "approvals stored", Show::Both)
        .column("published", "published count", Show::Both)
        .column("published_source", "published by", Show::Both);
    for r in &rows {
        let mut cells = vec![Cell::Text(r.period.clone())];
        if split.category {
            cells.push(Cell::Text(r.category.clone().unwrap_or_default()));
        }
        if split.origin {
            cells.push(Cell::Text(r.origin.clone().unwrap_or_default()));
        }
        cells.push(Cell::Count(r.stored));
        cells.push(Cell::Number(r.published.map(rust_decimal::Decimal::from)));
        cells.push(Cell::Text(r.published_source.clone().unwrap_or_default()));
        rep.row(cells);
    }
    rep.notes.push("Stored = individual approvals in the store (import approvals.csv, or read from news by `ingest`). Published = the regulator's counts as the cited articles report them (data/reference/nmpa_approval_counts.csv); rows marked (not split) were published without that split.".into());
    report::emit(&rep, args.output.format, args.output.out.as_deref())?;
    Ok(if rows.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Done
    })
}
