//! `dealscope comps`: comparable deals and the distribution of their terms.

use std::path::Path;

use anyhow::Context;
use dealscope_analytics::{CompsQuery, Distribution, comps};
use dealscope_core::{Currency, DealId, TermKind};
use dealscope_store::{DealQuery, Store};

use crate::Outcome;
use crate::cli::{CompsArgs, Format};
use crate::report::{self, Cell, Report, Show};

/// Prints the comparables and their distribution.
pub fn run(db: &Path, args: &CompsArgs) -> anyhow::Result<Outcome> {
    let store = crate::open_existing(db)?;
    let deals = store.deals(&DealQuery::default())?;
    let (mut query, subject) = match &args.deal {
        Some(id) => {
            let id = DealId::new(id).context("deal id")?;
            let deal = deals
                .iter()
                .find(|d| d.id == id)
                .with_context(|| format!("no deal {id} in {}", db.display()))?;
            let mut q = CompsQuery::like(deal);
            // Options given beside a deal override its traits.
            if args.modality.is_some() {
                q.modality = args.modality.clone();
            }
            if !args.target.is_empty() {
                q.targets = args.target.clone();
            }
            if args.phase.is_some() {
                q.phase = args.phase.clone();
            }
            let traits = describe(&q);
            (q, format!("{id} ({traits})"))
        }
        None => {
            let q = CompsQuery {
                modality: args.modality.clone(),
                targets: args.target.clone(),
                phase: args.phase.clone(),
                area: args.area.clone(),
                deal_type: args.deal_type.clone(),
                strict: true,
                ..CompsQuery::default()
            };
            let traits = describe(&q);
            (q, traits)
        }
    };
    query.since = args.since;
    let directory = dealscope_analytics::Directory::new(&store.companies()?);
    let facts = dealscope_analytics::Facts::new(&deals, &directory);
    let c = comps(&facts, &query, Currency::USD);

    let mut r = Report::new(format!(
        "Comparables of {subject}{} · {} found",
        args.since
            .map(|y| format!(" since {y}"))
            .unwrap_or_default(),
        c.matches.len()
    ));
    r.column("deal_id", "deal", Show::Both)
        .column("announced", "announced", Show::Both)
        .column("licensor", "licensor", Show::Both)
        .column("licensee", "licensee", Show::Both)
        .column("asset", "asset", Show::Both)
        .column("score", "score", Show::Both)
        .column("why", "why", Show::Both)
        .column("upfront_usd", "upfront", Show::Both)
        .column("total_usd", "headline", Show::Both)
        .column("equity_usd", "equity", Show::Machine);
    for m in c.matches.iter().take(args.limit) {
        let d = m.deal;
        let usd = |k| {
            Cell::Money(
                d.terms
                    .money(k)
                    .filter(|x| x.currency == Currency::USD)
                    .map(|x| x.amount),
                Currency::USD,
            )
        };
        r.row(vec![
            Cell::Text(d.id.to_string()),
            Cell::Text(d.announced.map(|a| a.to_string()).unwrap_or_default()),
            Cell::Text(crate::output::clip(&d.licensor_names(), 22)),
            Cell::Text(crate::output::clip(&d.licensee_names(), 22)),
            Cell::Text(crate::output::clip(&d.asset_names(), 18)),
            Cell::Count(m.score as usize),
            Cell::Text(m.reasons(&query).join(", ")),
            usd(TermKind::Upfront),
            usd(TermKind::Total),
            usd(TermKind::Equity),
        ]);
    }
    if c.matches.len() > args.limit {
        r.notes.push(format!(
            "{} more; --limit N shows more. The distribution below uses all {}.",
            c.matches.len() - args.limit,
            c.matches.len()
        ));
    }
    r.notes.push("Score: shared target 4, same modality 3, same phase 2 (adjacent 1), same area 1, same deal type 1.".into());
    let mut dist =
        Report::new("Distribution over the comparables that disclosed each figure (USD)");
    dist.column("figure", "figure", Show::Both)
        .column("n", "n", Show::Both)
        .column("p25", "p25", Show::Both)
        .column("median", "median", Show::Both)
        .column("p75", "p75", Show::Both)
        .column("max", "max", Show::Both);
    let row = |name: &str, d: &Distribution, share: bool| {
        let cell = |v| {
            if share {
                Cell::Share(v)
            } else {
                Cell::Money(v, Currency::USD)
            }
        };
        vec![
            Cell::Text(name.into()),
            Cell::Count(d.n),
            cell(d.p25),
            cell(d.median),
            cell(d.p75),
            cell(d.max),
        ]
    };
    dist.row(row("upfront", &c.upfront, false));
    dist.row(row("headline total", &c.total, false));
    dist.row(row("upfront share", &c.upfront_share, true));
    dist.row(row("equity", &c.equity, false));

    match (args.output.format, &args.output.out) {
        (_, Some(path)) => {
            let mut r = r.clone();
            for (name, d) in [
                ("upfront", &c.upfront),
                ("headline total", &c.total),
                ("upfront share", &c.upfront_share),
                ("equity", &c.equity),
            ] {
                r.notes.push(format!(
                    "{name}: n {}, p25 {}, median {}, p75 {}, max {}",
                    d.n,
                    crate::output::plain(d.p25),
                    crate::output::plain(d.median),
                    crate::output::plain(d.p75),
                    crate::output::plain(d.max)
                ));
            }
            report::emit(&r, Format::Table, Some(path))?
        }
        (Format::Json, None) => {
            let doc = serde_json::json!({
                "subject": subject,
                "comparables": r.json()["rows"],
                "distribution": {
                    "upfront": c.upfront, "total": c.total,
                    "upfront_share": c.upfront_share, "equity": c.equity,
                },
                "notes": r.notes,
            });
            println!("{}", serde_json::to_string_pretty(&doc)?);
        }
        (format, None) => {
            let out = &mut std::io::stdout().lock();
            r.print(format.into(), out)?;
            if format == Format::Table {
                use std::io::Write;
                writeln!(out)?;
                dist.print(format.into(), out)?;
            }
        }
    }
    Ok(if c.matches.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Done
    })
}

fn describe(q: &CompsQuery) -> String {
    let mut parts = Vec::new();
    if let Some(m) = &q.modality {
        parts.push(m.label().to_owned());
    }
    if !q.targets.is_empty() {
        parts.push(q.targets.join("/"));
    }
    if let Some(p) = &q.phase {
        parts.push(p.label().to_owned());
    }
    if let Some(a) = &q.area {
        parts.push(a.label().to_owned());
    }
    if let Some(t) = &q.deal_type {
        parts.push(t.label().to_owned());
    }
    if parts.is_empty() {
        "any deal".into()
    } else {
        parts.join(", ")
    }
}
