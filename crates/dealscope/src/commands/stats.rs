//! `dealscope stats`: breakdowns per year, quarter or month, optionally split by one
//! dimension and risk-adjusted, under a named counting preset.

use std::path::Path;

use chrono::Months;
use dealscope_analytics::{
    Assumptions, Breakdown, BreakdownSpec, Counted, Directory, Granularity, Preset, ValuationInput,
    Valuer, breakdown,
};
use dealscope_core::{Currency, Deal, Money};

use crate::Outcome;
use crate::cli::{By, Format, StatsArgs};
use crate::commands::analysis;
use crate::report::{self, Cell, Report, Show};

/// Computes and prints the breakdown for the deals matching the filters.
pub fn run(db: &Path, args: &StatsArgs) -> anyhow::Result<Outcome> {
    let preset = analysis::preset(&args.preset.preset)?;
    let from = args.filters.first_day();
    let mut query = args.filters.query();
    // One more year of deals so the first periods shown have year-on-year growth.
    query.from = from.and_then(|f| f.checked_sub_months(Months::new(12)));
    let (deals, directory) = analysis::load(db, &query)?;
    let valuation = if args.risk_adjusted {
        Some(analysis::valuation(&args.valuation)?)
    } else {
        None
    };
    let spec = BreakdownSpec {
        split: args.split,
        top: args.top,
        from,
        ..BreakdownSpec::by(granularity(args.by))
    };
    let view = View::build(&deals, &preset, &directory, &spec, valuation.as_ref());
    let mut rep = view.report(args.list);
    rep.title = format!("{} · store {}", rep.title, db.display());
    let filters = args.filters.describe();
    if !filters.is_empty() {
        rep.notes
            .insert(0, format!("filters: {}", filters.join("; ")));
    }
    if args.output.format == Format::Json && args.output.out.is_none() {
        let mut doc = serde_json::to_value(&view.breakdown)?;
        doc["preset"] = serde_json::json!({
            "name": preset.name, "version": preset.version, "description": preset.description
        });
        doc["filters"] = serde_json::json!(filters);
        doc["excluded_by_preset"] = serde_json::json!(view.excluded);
        doc["not_valued"] = serde_json::json!(view.not_valued);
        doc["notes"] = serde_json::json!(rep.notes);
        println!("{}", serde_json::to_string_pretty(&doc)?);
    } else {
        report::emit(&rep, args.output.format, args.output.out.as_deref())?;
        if args.list && args.output.format == Format::Table && args.output.out.is_none() {
            for row in &view.breakdown.rows {
                if row.deal_ids.is_empty() {
                    continue;
                }
                let group = row
                    .group
                    .as_deref()
                    .map(|g| format!(" · {g}"))
                    .unwrap_or_default();
                let list =
                    analysis::deal_list(&format!("\n{}{group}", row.period), &row.deal_ids, &deals);
                list.print(Format::Table.into(), &mut std::io::stdout().lock())?;
            }
        }
    }
    Ok(if view.breakdown.rows.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Done
    })
}

/// Year, quarter or month.
pub fn granularity(by: By) -> Granularity {
    match by {
        By::Year => Granularity::Year,
        By::Quarter => Granularity::Quarter,
        By::Month => Granularity::Month,
    }
}

/// A computed breakdown with what the preset and the valuation left out.
pub struct View<'a> {
    /// The figures.
    pub breakdown: Breakdown<'a>,
    /// The preset's name and version (`mainland v1`).
    pub preset: String,
    /// The preset's name alone.
    pub preset_name: String,
    /// Deals the preset excluded (see `dealscope explain`).
    pub excluded: usize,
    /// Whether rNPV figures were computed.
    pub risk_adjusted: bool,
    /// Deals that could not be valued, with the reason.
    pub not_valued: Vec<String>,
    /// The discount rate used.
    pub discount: Option<String>,
}

impl<'a> View<'a> {
    /// Applies the preset, values the counted deals when asked, and breaks them down.
    pub fn build(
        deals: &'a [Deal],
        preset: &Preset,
        directory: &Directory,
        spec: &BreakdownSpec,
        valuation: Option<&(Assumptions, ValuationInput)>,
    ) -> View<'a> {
        let facts = dealscope_analytics::Facts::new(deals, directory);
        let selection = preset.select(&facts);
        let excluded = selection.excluded.len();
        let mut counted: Vec<Counted<'_>> = selection.counted;
        let mut not_valued = Vec::new();
        if let Some((a, input)) = valuation {
            let mut valuer = Valuer::figures_only(a, input);
            for c in &mut counted {
                match valuer.rnpv(c.deal) {
                    Ok(v) => c.rnpv = Some(v),
                    Err(e) => not_valued.push(e.to_string()),
                }
            }
        }
        View {
            breakdown: breakdown(&counted, spec, &facts),
            preset: preset.title(),
            preset_name: preset.name.clone(),
            excluded,
            risk_adjusted: valuation.is_some(),
            not_valued,
            discount: valuation.map(|(_, i)| i.discount_rate.to_string()),
        }
    }

    /// The breakdown as a report: title, columns and the notes that say what was left out.
    pub fn report(&self, list: bool) -> Report {
        let b = &self.breakdown;
        let split = b
            .split
            .map(|d| format!(" split by {d}"))
            .unwrap_or_default();
        let counted: usize = if b.split.is_some() {
            b.rows
                .iter()
                .flat_map(|r| &r.deal_ids)
                .collect::<std::collections::HashSet<_>>()
                .len()
        } else {
            b.rows.iter().map(|r| r.metrics.deals).sum()
        };
        let mut r = Report::new(format!(
            "Deals by {}{split} · preset {} · {counted} deals",
            b.granularity.as_str(),
            self.preset
        ));
        let cur = b.currency.code().to_ascii_lowercase();
        let c = |s: &str| s.replace("{c}", &cur);
        r.column("period", b.granularity.as_str(), Show::Both);
        if let Some(d) = b.split {
            r.column("group", d.as_str(), Show::Both);
        }
        r.column("deals", "deals", Show::Both)
            .column("with_terms", "w/ terms", Show::Both)
            .column(&c("headline_{c}"), "headline", Show::Machine)
            .column("headline_n", "headline n", Show::Machine)
            .column("headline_t", "headline (n)", Show::Table)
            .column(&c("median_headline_{c}"), "median headline", Show::Machine)
            .column(&c("mean_headline_{c}"), "mean headline", Show::Machine)
            .column(&c("upfront_{c}"), "upfront", Show::Machine)
            .column("upfront_n", "upfront n", Show::Machine)
            .column("upfront_t", "upfront (n)", Show::Table)
            .column(&c("median_upfront_{c}"), "median upfront", Show::Both)
            .column(&c("mean_upfront_{c}"), "mean upfront", Show::Machine)
            .column(&c("equity_{c}"), "equity", Show::Machine)
            .column("equity_n", "equity n", Show::Machine)
            .column("equity_t", "equity (n)", Show::Table)
            .column(&c("median_equity_{c}"), "median equity", Show::Machine)
            .column(&c("mean_equity_{c}"), "mean equity", Show::Machine)
            .column("upfront_share", "upfront share", Show::Both)
            .column("upfront_share_n", "upfront share n", Show::Machine)
            .column("yoy_deals", "YoY deals", Show::Both)
            .column("yoy_headline", "YoY headline", Show::Both);
        if self.risk_adjusted {
            r.column(&c("rnpv_{c}"), "rNPV", Show::Machine)
                .column("rnpv_n", "rNPV n", Show::Machine)
                .column("rnpv_t", "rNPV (n)", Show::Table)
                .column("rnpv_share", "rNPV ÷ headline", Show::Both);
        }
        if list {
            r.column("deal_ids", "deals listed", Show::Machine);
        }
        r.column("preset", "preset", Show::Machine);
        let cur_c = b.currency;
        let money = |v| Cell::Money(v, cur_c);
        let with_n = |sum, n: usize| Cell::Text(format!("{} ({n})", compact(sum, cur_c)));
        for row in &b.rows {
            let m = &row.metrics;
            let mut cells = vec![Cell::Text(row.period.to_string())];
            if let Some(g) = &row.group {
                cells.push(Cell::Text(g.clone()));
            }
            cells.extend([
                Cell::Count(m.deals),
                Cell::Count(m.with_terms),
                money(Some(m.total.sum)),
                Cell::Count(m.total.n),
                with_n(m.total.sum, m.total.n),
                money(m.total.median),
                money(m.total.mean),
                money(Some(m.upfront.sum)),
                Cell::Count(m.upfront.n),
                with_n(m.upfront.sum, m.upfront.n),
                money(m.upfront.median),
                money(m.upfront.mean),
                money(Some(m.equity.sum)),
                Cell::Count(m.equity.n),
                with_n(m.equity.sum, m.equity.n),
                money(m.equity.median),
                money(m.equity.mean),
                Cell::Share(m.upfront_share),
                Cell::Count(m.upfront_share_n),
                Cell::Growth(row.yoy_deals),
                Cell::Growth(row.yoy_total),
            ]);
            if self.risk_adjusted {
                let headline_of_valued = m.total.sum;
                cells.extend([
                    money(Some(m.rnpv.sum)),
                    Cell::Count(m.rnpv.n),
                    with_n(m.rnpv.sum, m.rnpv.n),
                    Cell::Share(
                        dealscope_analytics::stats::ratio(m.rnpv.sum, headline_of_valued)
                            .map(|v| v.round_dp(6)),
                    ),
                ]);
            }
            if list {
                cells.push(Cell::Text(
                    analysis::ids(row.deal_ids.iter().copied()).replace(", ", " "),
                ));
            }
            cells.push(Cell::Text(self.preset.clone()));
            r.row(cells);
        }
        r.notes = self.notes();
        r
    }

    fn notes(&self) -> Vec<String> {
        let b = &self.breakdown;
        let mut notes = vec![format!(
            "Amounts in {}. Headline = announced \"up to\" totals (mostly contingent milestones); (n) = deals with that figure; medians, means and shares only over deals that disclosed it; upfront share = Σ upfront ÷ Σ headline over deals with both.",
            b.currency
        )];
        if self.excluded > 0 {
            notes.push(format!(
                "{} deal(s) left out by preset {}: `dealscope explain --preset {}` lists them with the rule.",
                self.excluded,
                self.preset,
                self.preset_name
            ));
        }
        if b.split.is_some_and(|d| d.is_multi_valued()) {
            notes.push("A deal with several parties counts in each party's group: groups can add up to more than the total.".into());
        }
        if !b.too_coarse.is_empty() {
            notes.push(format!(
                "{} deal(s) dated too coarsely for a {} view are left out: {}",
                b.too_coarse.len(),
                b.granularity.as_str(),
                analysis::ids(&b.too_coarse)
            ));
        }
        if !b.other_currency.is_empty() {
            notes.push(format!(
                "{} deal(s) with amounts in another currency are counted but not summed: {}",
                b.other_currency.len(),
                analysis::ids(&b.other_currency)
            ));
        }
        if self.risk_adjusted {
            notes.push(format!(
                "rNPV: each deal valued for its licensor at a {} discount rate with the BIO/Informa/QLS 2011–2020 phase-transition rates (see `dealscope value ID` for one deal's assumptions); rNPV ÷ headline is over all headlines of the period, valued or not.",
                self.discount.as_deref().unwrap_or("?")
            ));
            if !self.not_valued.is_empty() {
                notes.push(format!(
                    "{} counted deal(s) could not be valued (no phase at signing or no amounts), e.g. {}",
                    self.not_valued.len(),
                    self.not_valued.iter().take(3).cloned().collect::<Vec<_>>().join("; ")
                ));
            }
        }
        notes
    }
}

fn compact(sum: dealscope_core::rust_decimal::Decimal, c: Currency) -> String {
    Money::new(sum, c).compact()
}
