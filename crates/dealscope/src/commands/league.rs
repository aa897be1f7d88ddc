//! `dealscope league`: licensees or licensors ranked by upfront, headline or deal count.

use std::path::Path;

use dealscope_analytics::{RankBy, Side, league};
use dealscope_core::Currency;

use crate::Outcome;
use crate::cli::{LeagueArgs, LeagueMetric, LeagueSide};
use crate::commands::analysis;
use crate::report::{self, Cell, Report, Show};

/// Prints the league table.
pub fn run(db: &Path, args: &LeagueArgs) -> anyhow::Result<Outcome> {
    let preset = analysis::preset(&args.preset.preset)?;
    let (deals, directory) = analysis::load(db, &args.filters.query())?;
    let facts = dealscope_analytics::Facts::new(&deals, &directory);
    let selection = preset.select(&facts);
    let counted: Vec<_> = selection
        .counted
        .into_iter()
        .filter(|c| args.year.is_none_or(|y| c.date.year() == y))
        .collect();
    let (side, side_name) = match args.side {
        LeagueSide::Licensees => (Side::Licensees, "licensees"),
        LeagueSide::Licensors => (Side::Licensors, "licensors"),
    };
    let by = match args.metric {
        LeagueMetric::Upfront => RankBy::Upfront,
        LeagueMetric::Total => RankBy::Total,
        LeagueMetric::Count => RankBy::Count,
    };
    let (rows, other_currency) = league(&counted, side, by, Currency::USD, &facts);
    let year = args.year.map(|y| format!(" in {y}")).unwrap_or_default();
    let mut r = Report::new(format!(
        "League table of {side_name} by {by}{year} · preset {} · {} deals · {} companies",
        preset.title(),
        counted.len(),
        rows.len()
    ));
    r.column("rank", "#", Show::Both)
        .column("company", side_name, Show::Both)
        .column("deals", "deals", Show::Both)
        .column("upfront_usd", "upfront", Show::Both)
        .column("upfront_n", "upfront n", Show::Machine)
        .column("total_usd", "headline", Show::Both)
        .column("total_n", "headline n", Show::Machine)
        .column("median_upfront_usd", "median upfront", Show::Both)
        .column("equity_usd", "equity", Show::Machine)
        .column(
            "deal_ids",
            "deal ids",
            if args.list { Show::Both } else { Show::Machine },
        )
        .column("preset", "preset", Show::Machine);
    let usd = |v| Cell::Money(v, Currency::USD);
    for row in rows.iter().take(args.top) {
        let m = &row.metrics;
        r.row(vec![
            Cell::Count(row.rank),
            Cell::Text(row.company.clone()),
            Cell::Count(m.deals),
            usd(Some(m.upfront.sum)),
            Cell::Count(m.upfront.n),
            usd(Some(m.total.sum)),
            Cell::Count(m.total.n),
            usd(m.upfront.median),
            usd(Some(m.equity.sum)),
            Cell::Text(analysis::ids(row.deal_ids.iter().copied()).replace(", ", " ")),
            Cell::Text(preset.title()),
        ]);
    }
    if rows.len() > args.top {
        r.notes.push(format!(
            "{} more companies; --top N shows more.",
            rows.len() - args.top
        ));
    }
    r.notes.push("Amounts in USD over the deals that disclosed them; a deal with two licensees counts fully for each; ties share a rank.".into());
    if !other_currency.is_empty() {
        r.notes.push(format!(
            "counted but not summed (amounts in another currency): {}",
            analysis::ids(&other_currency)
        ));
    }
    report::emit(&r, args.output.format, args.output.out.as_deref())?;
    Ok(if rows.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Done
    })
}
