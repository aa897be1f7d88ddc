//! `dealscope catalysts`: the calendar of expected events, as a table, CSV, JSON or an
//! iCalendar feed.

use std::path::Path;

use dealscope_analytics::links;
use dealscope_core::names::asset_key;
use dealscope_core::{Catalyst, Deal};
use dealscope_store::{DealQuery, Store};

use crate::Outcome;
use crate::cli::{CalendarFormat, CatalystsArgs, Format};
use crate::report::{Cell, Report, Show};

/// Prints the catalysts matching the filters, soonest first.
pub fn run(db: &Path, args: &CatalystsArgs) -> anyhow::Result<Outcome> {
    let store = crate::open_existing(db)?;
    let deals = store.deals(&DealQuery::default())?;
    let company_deals: Option<Vec<Deal>> = match &args.company {
        None => None,
        Some(c) => Some(store.deals(&DealQuery {
            party: Some(c.clone()),
            ..DealQuery::default()
        })?),
    };
    let catalysts: Vec<Catalyst> = store
        .catalysts()?
        .into_iter()
        .filter(|c| links::in_window(c, args.from, args.to))
        .filter(|c| {
            args.asset.as_ref().is_none_or(|a| {
                let want = asset_key(a);
                c.asset.names().any(|n| asset_key(n) == want)
                    || links::deals_for(c, &deals).iter().any(|(d, _)| {
                        d.assets
                            .iter()
                            .any(|x| x.names().any(|n| asset_key(n) == want))
                    })
            })
        })
        .filter(|c| {
            company_deals
                .as_ref()
                .is_none_or(|ds| !links::deals_for(c, ds).is_empty())
        })
        .collect();
    match args.format {
        CalendarFormat::Ics => print!("{}", dealscope_report::calendar::ics(&catalysts, &deals)),
        CalendarFormat::Json => println!("{}", serde_json::to_string_pretty(&catalysts)?),
        CalendarFormat::Csv | CalendarFormat::Table => {
            let r = report(&catalysts, &deals);
            let format = if args.format == CalendarFormat::Csv {
                Format::Csv
            } else {
                Format::Table
            };
            r.print(format.into(), &mut std::io::stdout().lock())?;
        }
    }
    Ok(if catalysts.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Done
    })
}

/// The calendar as a table.
pub fn report(catalysts: &[Catalyst], deals: &[Deal]) -> Report {
    let mut r = Report::new(format!(
        "Catalyst calendar · {} expected events",
        catalysts.len()
    ));
    r.column("expected", "expected", Show::Both)
        .column("precision", "precision", Show::Machine)
        .column("asset", "asset", Show::Both)
        .column("kind", "event", Show::Both)
        .column("indication", "indication", Show::Both)
        .column("status", "status", Show::Both)
        .column("history", "earlier dates", Show::Both)
        .column("deals", "may trigger", Show::Both)
        .column("sources", "sources", Show::Machine);
    for c in catalysts {
        r.row(vec![
            Cell::Text(c.expected.to_string()),
            Cell::Text(format!("{:?}", c.expected.precision()).to_lowercase()),
            Cell::Text(c.asset.name.clone()),
            Cell::Text(c.kind.label().to_owned()),
            Cell::Text(c.indication.clone().unwrap_or_default()),
            Cell::Text(c.status.label().to_owned()),
            Cell::Text(
                c.history
                    .iter()
                    .map(|h| h.expected.to_string())
                    .collect::<Vec<_>>()
                    .join(" → "),
            ),
            Cell::Text(dealscope_report::calendar::linked(c, deals)),
            Cell::Text(
                c.sources
                    .iter()
                    .map(|s| s.title.clone().unwrap_or_else(|| s.location.clone()))
                    .collect::<Vec<_>>()
                    .join(" | "),
            ),
        ]);
    }
    r.notes.push("Dates keep the precision the source gave (2026 = some time in 2026; 2026-H2 = second half). A slip is a later window than an earlier report gave; earlier dates stay listed.".into());
    r
}
