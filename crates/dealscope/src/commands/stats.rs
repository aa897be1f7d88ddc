//! `dealscope stats`: the scoreboard per year, quarter or month.

use std::io::Write;
use std::path::Path;

use chrono::Months;
use dealscope_analytics::{Granularity, Scoreboard, scoreboard, scoreboard_from};
use dealscope_core::{Currency, Deal};
use dealscope_store::Store;

use crate::Outcome;
use crate::cli::{By, Format, StatsArgs};
use crate::output;

/// Computes and prints the scoreboard for the deals matching the filters.
pub fn run(db: &Path, args: &StatsArgs) -> anyhow::Result<Outcome> {
    let store = crate::open_existing(db)?;
    let from = args.filters.first_day();
    let mut query = args.filters.query();
    // One more year of deals so the first periods shown have year-on-year growth.
    query.from = from.and_then(|f| f.checked_sub_months(Months::new(12)));
    let deals = store.deals(&query)?;
    let board = build(&deals, args.by, from);
    let title = format!(
        "Scoreboard by {} · store {}",
        board.granularity.as_str(),
        db.display()
    );
    print(
        &board,
        args.format,
        &title,
        &args.filters.describe(),
        &mut std::io::stdout().lock(),
    )?;
    Ok(if board.rows.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Done
    })
}

/// The scoreboard in US dollars; with `from`, earlier deals only feed growth figures.
pub fn build(deals: &[Deal], by: By, from: Option<chrono::NaiveDate>) -> Scoreboard {
    let g = match by {
        By::Year => Granularity::Year,
        By::Quarter => Granularity::Quarter,
        By::Month => Granularity::Month,
    };
    match from {
        Some(f) => scoreboard_from(deals, g, Currency::USD, f),
        None => scoreboard(deals, g, Currency::USD),
    }
}

/// Writes a scoreboard in a format. Tables get a title, the filters and notes.
pub fn print(
    board: &Scoreboard,
    format: Format,
    title: &str,
    filters: &[String],
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match format {
        Format::Json => output::scoreboard_json(board, filters, out),
        Format::Csv => output::scoreboard_csv(board, out),
        Format::Table => {
            let counted: usize = board.rows.iter().map(|r| r.deals).sum();
            writeln!(out, "{title} · {counted} deals")?;
            if !filters.is_empty() {
                writeln!(out, "filters: {}", filters.join("; "))?;
            }
            if board.rows.is_empty() {
                writeln!(out, "no dated deals match")?;
            } else {
                writeln!(out, "{}", output::scoreboard_table(board))?;
            }
            for note in output::scoreboard_notes(board) {
                writeln!(out, "{note}")?;
            }
            Ok(())
        }
    }
}
