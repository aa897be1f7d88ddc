//! `dealscope import deals|companies|assets|catalysts|approvals FILE`.

use std::io::Read;
use std::path::Path;

use anyhow::Context;
use dealscope_store::{SqliteStore, Store, WriteSummary};

use crate::Outcome;
use crate::cli::ImportKind;

/// Imports one file into the store at `db`, creating the store if needed.
pub fn run(db: &Path, kind: ImportKind, file: &Path) -> anyhow::Result<Outcome> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let mut store = SqliteStore::open(db)?;
    let (n, summary) = import(
        &mut store,
        kind,
        bytes.as_slice(),
        &file.display().to_string(),
    )?;
    println!(
        "{}: {n} {} read; {} inserted, {} updated, {} unchanged (store {})",
        file.display(),
        noun(kind),
        summary.inserted,
        summary.updated,
        summary.unchanged,
        db.display()
    );
    Ok(Outcome::Done)
}

/// Reads a whole file, then writes it in one transaction. On any error nothing from the
/// file is written. Warnings go to stderr. Returns the number of records read.
pub fn import(
    store: &mut impl Store,
    kind: ImportKind,
    input: impl Read,
    name: &str,
) -> anyhow::Result<(usize, WriteSummary)> {
    let nothing = || format!("nothing from {name} was written");
    let (n, warnings, summary) = match kind {
        ImportKind::Deals => {
            let p = dealscope_ingest::read_deals(input, name).with_context(nothing)?;
            (
                p.records.len(),
                p.warnings,
                store.upsert_deals(&p.records).with_context(nothing)?,
            )
        }
        ImportKind::Companies => {
            let p = dealscope_ingest::read_companies(input, name).with_context(nothing)?;
            (
                p.records.len(),
                p.warnings,
                store.upsert_companies(&p.records).with_context(nothing)?,
            )
        }
        ImportKind::Assets => {
            let p = dealscope_ingest::read_assets(input, name).with_context(nothing)?;
            (
                p.records.len(),
                p.warnings,
                store.upsert_assets(&p.records).with_context(nothing)?,
            )
        }
        ImportKind::Catalysts => {
            let p =
                dealscope_ingest::csv_import::read_catalysts(input, name).with_context(nothing)?;
            let w = store.upsert_catalysts(&p.records).with_context(nothing)?;
            for key in &w.slipped {
                eprintln!("slipped: {key} (the earlier date is kept in its history)");
            }
            let summary = WriteSummary {
                inserted: w.inserted,
                updated: w.updated,
                unchanged: w.unchanged,
            };
            (p.records.len(), p.warnings, summary)
        }
        ImportKind::Prices => {
            let prices = super::event_study::read_prices_from(input, name).with_context(nothing)?;
            let rows: Vec<_> = prices
                .iter()
                .flat_map(|(t, closes)| closes.iter().map(move |(d, c)| (t.clone(), *d, *c)))
                .collect();
            (
                rows.len(),
                Vec::new(),
                store.upsert_prices(&rows).with_context(nothing)?,
            )
        }
        ImportKind::Approvals => {
            let p =
                dealscope_ingest::csv_import::read_approvals(input, name).with_context(nothing)?;
            (
                p.records.len(),
                p.warnings,
                store.upsert_approvals(&p.records).with_context(nothing)?,
            )
        }
    };
    for w in warnings {
        eprintln!("warning: {w}");
    }
    Ok((n, summary))
}

fn noun(kind: ImportKind) -> &'static str {
    match kind {
        ImportKind::Deals => "deals",
        ImportKind::Companies => "companies",
        ImportKind::Assets => "assets",
        ImportKind::Catalysts => "catalysts",
        ImportKind::Approvals => "approvals",
        ImportKind::Prices => "closes",
    }
}
