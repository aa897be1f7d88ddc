//! `dealscope explain`: which deals a preset counts and why; the gap to published figures.

use std::collections::BTreeMap;
use std::path::Path;

use dealscope_analytics::published;
use dealscope_core::Currency;
use dealscope_core::rust_decimal::Decimal;
use dealscope_store::DealQuery;

use crate::Outcome;
use crate::cli::ExplainArgs;
use crate::commands::analysis;
use crate::report::{self, Cell, Report, Show};

/// Prints the decisions for one year, or the per-year summary with published figures.
pub fn run(db: &Path, args: &ExplainArgs) -> anyhow::Result<Outcome> {
    let preset = analysis::preset(&args.preset.preset)?;
    let (deals, directory) = analysis::load(db, &DealQuery::default())?;
    let selection = preset.select(&dealscope_analytics::Facts::new(&deals, &directory));
    let rep = match args.year {
        Some(year) => {
            let mut r = Report::new(format!(
                "Preset {} applied to deals announced in {year}",
                preset.title()
            ));
            r.notes
                .push(format!("{}: {}", preset.name, preset.description));
            r.column("deal_id", "deal", Show::Both)
                .column("announced", "announced", Show::Both)
                .column("licensor", "licensor", Show::Both)
                .column("licensee", "licensee", Show::Both)
                .column("included", "counted", Show::Both)
                .column("rule", "rule", Show::Both)
                .column("preset", "preset", Show::Machine);
            let (mut yes, mut no) = (0, 0);
            let counted_on: std::collections::HashMap<&str, dealscope_core::PartialDate> =
                selection
                    .counted
                    .iter()
                    .map(|c| (c.deal.id.as_str(), c.date))
                    .collect();
            for d in selection.decisions().iter().filter(|d| {
                // The year of the date the preset counts on, else of the announcement.
                counted_on
                    .get(d.deal.id.as_str())
                    .copied()
                    .or(d.deal.announced)
                    .is_some_and(|a| a.year() == year)
            }) {
                if d.included {
                    yes += 1;
                } else {
                    no += 1;
                }
                r.row(vec![
                    Cell::Text(d.deal.id.to_string()),
                    Cell::Text(d.deal.announced.map(|a| a.to_string()).unwrap_or_default()),
                    Cell::Text(crate::output::clip(&d.deal.licensor_names(), 26)),
                    Cell::Text(crate::output::clip(&d.deal.licensee_names(), 26)),
                    Cell::Text(if d.included { "yes" } else { "no" }.into()),
                    Cell::Text(d.rule.clone()),
                    Cell::Text(preset.title()),
                ]);
            }
            r.notes.push(format!("{yes} counted, {no} left out."));
            if let Some(p) = preset
                .compare_with
                .as_deref()
                .and_then(|scope| published::find(scope, &year.to_string()))
            {
                r.notes.push(format!(
                    "Published for {year} ({}; cited by {}): {} deals. This store counts {yes}; the gap is deals the store does not hold (the sample data are not a census).",
                    p.counting_source,
                    p.cited_by,
                    p.deals.map_or("?".into(), |n| n.to_string())
                ));
            }
            r
        }
        None => summary(&preset, &selection),
    };
    report::emit(&rep, args.output.format, args.output.out.as_deref())?;
    Ok(if rep.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Done
    })
}

#[derive(Default)]
struct Year {
    counted: usize,
    left_out: usize,
    total: Decimal,
    upfront: Decimal,
}

fn summary(
    preset: &dealscope_analytics::Preset,
    selection: &dealscope_analytics::Selection<'_>,
) -> Report {
    let mut years: BTreeMap<i32, Year> = BTreeMap::new();
    for c in &selection.counted {
        let y = years.entry(c.date.year()).or_default();
        y.counted += 1;
        let usd = |m: Option<dealscope_core::Money>| {
            m.filter(|m| m.currency == Currency::USD)
                .map_or(Decimal::ZERO, |m| m.amount)
        };
        y.total += usd(c.total);
        y.upfront += usd(c.upfront);
    }
    for d in &selection.excluded {
        if let Some(a) = d.deal.announced {
            years.entry(a.year()).or_default().left_out += 1;
        }
    }
    let mut r = Report::new(format!(
        "Preset {} per year, beside the published figures it is meant to reproduce",
        preset.title()
    ));
    r.notes
        .push(format!("{}: {}", preset.name, preset.description));
    r.column("year", "year", Show::Both)
        .column("counted", "counted", Show::Both)
        .column("left_out", "left out", Show::Both)
        .column("headline_usd", "headline", Show::Both)
        .column("upfront_usd", "upfront", Show::Both)
        .column("published_deals", "published deals", Show::Both)
        .column("published_headline_usd", "published headline", Show::Both)
        .column("published_upfront_usd", "published upfront", Show::Both)
        .column("deal_gap", "deal gap", Show::Both)
        .column("published_source", "published by", Show::Machine)
        .column("preset", "preset", Show::Machine);
    let usd = |v| Cell::Money(v, Currency::USD);
    let mut sources = Vec::new();
    for (year, y) in &years {
        let p = preset
            .compare_with
            .as_deref()
            .and_then(|scope| published::find(scope, &year.to_string()));
        let amount = |m: Option<dealscope_core::Money>| m.map(|m| m.amount);
        let gap = p
            .as_ref()
            .and_then(|p| p.deals)
            .map(|n| Decimal::from(n) - Decimal::from(y.counted));
        if let Some(p) = &p {
            sources.push(format!(
                "{year}: {} (cited by {})",
                p.counting_source, p.cited_by
            ));
        }
        r.row(vec![
            Cell::Text(year.to_string()),
            Cell::Count(y.counted),
            Cell::Count(y.left_out),
            usd(Some(y.total)),
            usd(Some(y.upfront)),
            Cell::Number(p.as_ref().and_then(|p| p.deals).map(Decimal::from)),
            usd(p.as_ref().and_then(|p| amount(p.total))),
            usd(p.as_ref().and_then(|p| amount(p.upfront))),
            Cell::Number(gap),
            Cell::Text(
                p.as_ref()
                    .map(|p| p.counting_source.clone())
                    .unwrap_or_default(),
            ),
            Cell::Text(preset.title()),
        ]);
    }
    match &preset.compare_with {
        None => r
            .notes
            .push("This preset names no published series to compare with.".into()),
        Some(scope) => {
            r.notes
                .push(format!("Published series: {scope}. {}", sources.join("; ")));
            r.notes.push("The deal gap is what the store does not hold: the bundled sample is a sourced selection of the largest, most reported deals, not a census. `--year N` lists every deal with the rule that decided it.".into());
        }
    }
    r
}
