//! What the aggregate commands share: resolving a counting preset, loading deals with the
//! company directory, reading valuation assumptions, and listing the deals behind a row.

use std::path::Path;

use anyhow::Context;
use dealscope_analytics::valuation::RoyaltyInput;
use dealscope_analytics::{Assumptions, Directory, Preset, ValuationInput};
use dealscope_core::{Currency, Deal, DealId, TermKind};
use dealscope_store::{DealQuery, Store};

use crate::cli::ValuationArgs;
use crate::report::{Cell, Report, Show};

/// A built-in preset by name, or a user's TOML file.
pub fn preset(arg: &str) -> anyhow::Result<Preset> {
    if let Some(p) = Preset::named(arg) {
        return Ok(p);
    }
    let path = Path::new(arg);
    if path.extension().is_some_and(|e| e == "toml") || path.exists() {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("--preset {}: cannot read the file", path.display()))?;
        return Preset::from_toml(&text).with_context(|| format!("--preset {}", path.display()));
    }
    let names: Vec<String> = Preset::builtin().into_iter().map(|p| p.name).collect();
    anyhow::bail!(
        "--preset {arg:?}: no such built-in preset ({}) and no such file",
        names.join(", ")
    )
}

/// Deals matching the query and the directory of all companies.
pub fn load(db: &Path, query: &DealQuery) -> anyhow::Result<(Vec<Deal>, Directory)> {
    let store = crate::open_existing(db)?;
    let deals = store.deals(query)?;
    let directory = Directory::new(&store.companies()?);
    Ok((deals, directory))
}

/// Built-in assumptions with the user's `--rates` file applied, and the discount rate.
pub fn valuation(args: &ValuationArgs) -> anyhow::Result<(Assumptions, ValuationInput)> {
    let mut a = Assumptions::builtin();
    if let Some(path) = &args.rates {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("--rates {}: cannot read the file", path.display()))?;
        a = a
            .with_overrides(&text)
            .with_context(|| format!("--rates {}", path.display()))?;
    }
    if args.discount < dealscope_core::rust_decimal::Decimal::ZERO
        || args.discount > dealscope_core::rust_decimal::Decimal::ONE
    {
        anyhow::bail!(
            "--discount {}: use a rate between 0 and 1 (0.10 = 10 %)",
            args.discount
        );
    }
    Ok((
        a,
        ValuationInput {
            discount_rate: args.discount,
            ..ValuationInput::new()
        },
    ))
}

/// A royalty input from `--peak-sales` and `--royalty-rate` (10 years, peak after 5).
pub fn royalty(
    peak: Option<dealscope_core::rust_decimal::Decimal>,
    rate: Option<dealscope_core::rust_decimal::Decimal>,
) -> Option<RoyaltyInput> {
    Some(RoyaltyInput {
        peak_sales: peak?,
        rate: rate?,
        years_to_peak: 5,
        years: 10,
    })
}

/// The deals behind an aggregate: id, date, parties, upfront, headline and sources.
pub fn deal_list(title: &str, ids: &[&DealId], deals: &[Deal]) -> Report {
    let mut r = Report::new(title);
    r.column("deal_id", "deal", Show::Both)
        .column("announced", "announced", Show::Both)
        .column("licensor", "licensor", Show::Both)
        .column("licensee", "licensee", Show::Both)
        .column("upfront_usd", "upfront", Show::Both)
        .column("total_usd", "headline", Show::Both)
        .column("sources", "sources", Show::Both);
    for id in ids {
        let Some(d) = deals.iter().find(|d| &d.id == *id) else {
            continue;
        };
        let usd = |k: TermKind| {
            Cell::Money(
                d.terms
                    .money(k)
                    .filter(|m| m.currency == Currency::USD)
                    .map(|m| m.amount),
                Currency::USD,
            )
        };
        let sources: Vec<&str> = d.sources.iter().map(|s| s.location.as_str()).collect();
        r.row(vec![
            Cell::Text(d.id.to_string()),
            Cell::Text(d.announced.map(|a| a.to_string()).unwrap_or_default()),
            Cell::Text(crate::output::clip(&d.licensor_names(), 28)),
            Cell::Text(crate::output::clip(&d.licensee_names(), 28)),
            usd(TermKind::Upfront),
            usd(TermKind::Total),
            Cell::Text(sources.join(" ")),
        ]);
    }
    r
}

/// Joins deal ids for notes.
pub fn ids<'a>(v: impl IntoIterator<Item = &'a DealId>) -> String {
    v.into_iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
