//! `dealscope demo`: a store built from the bundled sample data, its scoreboard, and the
//! top deals.

use std::path::{Path, PathBuf};

use dealscope_store::{DealQuery, DealSort, SqliteStore, Store};

use crate::cli::{By, Format};
use crate::commands::{import, stats};
use crate::{Outcome, output, sample};

/// Where the demo store goes when no `--db` is given.
pub const DEMO_DB: &str = "dealscope-demo.db";

/// Builds the demo store (fresh at `./dealscope-demo.db`, or into `db` when given) and
/// prints the yearly scoreboard and the ten largest upfronts.
pub fn run(db: Option<&Path>) -> anyhow::Result<Outcome> {
    let path = match db {
        Some(p) => p.to_path_buf(),
        None => {
            let p = PathBuf::from(DEMO_DB);
            // The default demo store is ours to rebuild; a store named with --db is not
            // deleted, only imported into (which is idempotent).
            for suffix in ["", "-wal", "-shm"] {
                let f = PathBuf::from(format!("{DEMO_DB}{suffix}"));
                if f.exists() {
                    std::fs::remove_file(&f)?;
                }
            }
            p
        }
    };
    println!(
        "Building the demo store at {} from the bundled sample data (data/*.csv).",
        path.display()
    );
    let mut store = SqliteStore::open(&path)?;
    for (kind, name, contents) in sample::FILES {
        let (n, s) = import::import(&mut store, kind, contents.as_bytes(), name)?;
        println!(
            "  {name}: {n} read, {} inserted, {} updated, {} unchanged",
            s.inserted, s.updated, s.unchanged
        );
    }
    println!("Ingesting the bundled example documents (examples/documents):");
    let gazetteer = super::extract::gazetteer_of(&store)?;
    for (name, contents) in sample::DOCUMENTS {
        let path = std::path::Path::new(name);
        let doc = dealscope_ingest::document::read(path, contents.as_bytes(), u64::MAX)?;
        let (x, reports) = dealscope_ingest::document::deals(&doc, &gazetteer);
        let record = dealscope_store::DocumentRecord {
            source: doc.source.clone(),
            path: name.to_owned(),
            format: doc.format.to_owned(),
            catalysts: dealscope_ingest::document::catalysts(&doc, &gazetteer),
            approvals: dealscope_ingest::document::approvals(&doc, &gazetteer),
            text: doc.text,
        };
        let outcome = store.ingest_document(&record, &reports)?;
        let ids = |v: &[dealscope_core::DealId]| {
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        if outcome.duplicate {
            println!("  {name}: already stored, nothing changed");
        } else {
            println!(
                "  {name}: {} amounts, {} deal(s); merged into [{}], created [{}]",
                x.mentions.len(),
                reports.len(),
                ids(&outcome.merged),
                ids(&outcome.created)
            );
        }
    }
    let counts = store.counts()?;
    println!(
        "  store: {} deals, {} companies, {} assets, {} sources ({} documents read)\n",
        counts.deals, counts.companies, counts.assets, counts.sources, counts.documents
    );

    let deals = store.deals(&DealQuery::default())?;
    let directory = dealscope_analytics::Directory::new(&store.companies()?);
    let preset = dealscope_analytics::Preset::named("mainland").expect("built-in");
    let valuation = (
        dealscope_analytics::Assumptions::builtin(),
        dealscope_analytics::ValuationInput::new(),
    );
    let view = stats::View::build(
        &deals,
        &preset,
        &directory,
        &dealscope_analytics::BreakdownSpec::by(stats::granularity(By::Year)),
        Some(&valuation),
    );
    let mut board = view.report(false);
    board.title = format!(
        "China out-licensing scoreboard by year (sample data: a sourced sample, not a census) · {}",
        board.title
    );
    board.print(Format::Table.into(), &mut std::io::stdout().lock())?;

    let top = store.deals(&DealQuery {
        sort: DealSort::Upfront,
        limit: Some(10),
        ..DealQuery::default()
    })?;
    println!("\nTop 10 deals by upfront payment");
    println!("{}", output::deals_table(&top));

    // One deal with the evidence a document gave for it.
    if let Some(deal) = store.deal(&dealscope_core::DealId::new("CNOUT-2026-073")?)? {
        println!(
            "\nEvidence for {} ({} → {}), read from the example release:",
            deal.id,
            deal.licensor_names(),
            deal.licensee_names()
        );
        for e in deal.evidence.iter().filter(|e| e.field != "royalty") {
            println!(
                "  {:<10} bytes {:>4}..{:<4} \"{}\"",
                e.field, e.span.start, e.span.end, e.text
            );
        }
    }

    // What happens next: the catalyst calendar and the approvals table.
    let catalysts = store.catalysts()?;
    if !catalysts.is_empty() {
        println!();
        super::catalysts::report(&catalysts, &deals)
            .print(Format::Table.into(), &mut std::io::stdout().lock())?;
    }

    println!();
    super::approvals::run(
        &path,
        &crate::cli::ApprovalsArgs {
            by: By::Year,
            split: "category,origin".into(),
            agency: None,
            output: crate::cli::Output {
                format: Format::Table,
                out: None,
            },
        },
    )?;

    let db_arg = path.display();
    println!("\nTry next:");
    println!("  dealscope --db {db_arg} stats --by quarter --from 2024");
    println!("  dealscope --db {db_arg} stats --split modality --top 5 --risk-adjusted");
    println!("  dealscope --db {db_arg} league licensees --year 2025 --metric upfront");
    println!("  dealscope --db {db_arg} explain --preset mainland");
    println!("  dealscope --db {db_arg} comps CNOUT-2025-054");
    println!("  dealscope --db {db_arg} value CNOUT-2025-054 --simulate 10000");
    println!("  dealscope --db {db_arg} catalysts --format ics > catalysts.ics");
    println!("  dealscope --db {db_arg} approvals --by year --split category,origin");
    println!("  dealscope --db {db_arg} serve");
    println!("  dealscope --db {db_arg} stats --modality ADC --format csv");
    println!("  dealscope --db {db_arg} deals list --party Hengrui --sort total");
    println!(
        "  dealscope --db {db_arg} deals show {}",
        top.first().map_or("CNOUT-2025-054", |d| d.id.as_str())
    );
    println!("  dealscope --db {db_arg} stats --format json");
    println!(
        "  dealscope --db {db_arg} ingest examples/documents   (already stored: nothing changes)"
    );
    println!(
        "  dealscope --db {db_arg} extract examples/documents/02-weekly-roundup.txt --mentions"
    );
    Ok(Outcome::Done)
}
