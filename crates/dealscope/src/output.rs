//! Rendering: tables for people, CSV and JSON with exact numbers for machines.

use std::io::Write;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{CellAlignment, ContentArrangement, Table};
use dealscope_analytics::Scoreboard;
use dealscope_core::rust_decimal::Decimal;
use dealscope_core::{Deal, Money, Term, TermKind};
use serde::Serialize;

/// A table with our look: condensed UTF-8 borders, numbers right-aligned.
pub fn table(header: &[&str], right_aligned_from: usize) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header.iter().copied());
    for i in right_aligned_from..header.len() {
        if let Some(col) = t.column_mut(i) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    t
}

/// Shortens text to `max` characters for table cells.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// `US$1.25B` or `—`.
pub fn compact(money: Option<Money>) -> String {
    money.map_or_else(|| "—".into(), |m| m.compact())
}

/// A ratio as a signed or plain percentage with one decimal, or `—`.
pub fn percent(value: Option<Decimal>, signed: bool) -> String {
    match value {
        None => "—".into(),
        Some(v) => {
            let pct = (v * Decimal::ONE_HUNDRED).round_dp(1);
            if signed && pct > Decimal::ZERO {
                format!("+{pct:.1}%")
            } else {
                format!("{pct:.1}%")
            }
        }
    }
}

/// An exact decimal with no trailing zeros (`1250000000`, `12.5`), empty for none.
pub fn plain(value: Option<Decimal>) -> String {
    value.map(|v| v.normalize().to_string()).unwrap_or_default()
}

/// A ratio rounded to four decimals as a JSON number.
fn ratio_json(value: Option<Decimal>) -> Option<f64> {
    value.and_then(|v| v.round_dp(4).to_string().parse().ok())
}

/// The scoreboard as a table.
pub fn scoreboard_table(board: &Scoreboard) -> Table {
    let mut t = table(
        &[
            board.granularity.as_str(),
            "deals",
            "w/ terms",
            "headline (n)",
            "upfront (n)",
            "median headline",
            "median upfront",
            "upfront share",
            "YoY deals",
            "YoY headline",
        ],
        1,
    );
    for r in &board.rows {
        t.add_row(vec![
            r.period.to_string(),
            r.deals.to_string(),
            r.with_terms.to_string(),
            format!("{} ({})", r.headline.compact(), r.headline_n),
            format!("{} ({})", r.upfront.compact(), r.upfront_n),
            compact(r.median_headline),
            compact(r.median_upfront),
            percent(r.upfront_share, false),
            percent(r.yoy_deals, true),
            percent(r.yoy_headline, true),
        ]);
    }
    t
}

/// Lines explaining what the scoreboard left out and how to read it.
pub fn scoreboard_notes(board: &Scoreboard) -> Vec<String> {
    let mut notes = vec![format!(
        "Amounts in {}. Headline = announced \"up to\" totals (mostly contingent milestones); (n) = deals with that figure; medians and shares only over deals that disclosed it; upfront share = Σ upfront ÷ Σ headline over deals with both.",
        board.currency
    )];
    let list = |ids: &[dealscope_core::DealId]| {
        ids.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !board.undated.is_empty() {
        notes.push(format!(
            "{} deal(s) without a date are not in any period: {}",
            board.undated.len(),
            list(&board.undated)
        ));
    }
    if !board.too_coarse.is_empty() {
        notes.push(format!(
            "{} deal(s) dated too coarsely for a {} view are left out: {}",
            board.too_coarse.len(),
            board.granularity.as_str(),
            list(&board.too_coarse)
        ));
    }
    if !board.other_currency.is_empty() {
        notes.push(format!(
            "{} deal(s) with amounts in another currency are counted but not summed: {}",
            board.other_currency.len(),
            list(&board.other_currency)
        ));
    }
    notes
}

#[derive(Serialize)]
struct ScoreboardRowJson {
    period: String,
    deals: usize,
    with_terms: usize,
    #[serde(with = "dealscope_core::money::decimal_number")]
    headline_total: Decimal,
    headline_n: usize,
    #[serde(with = "dealscope_core::money::decimal_number")]
    upfront_total: Decimal,
    upfront_n: usize,
    median_headline: Option<DecimalJson>,
    median_upfront: Option<DecimalJson>,
    upfront_share: Option<f64>,
    upfront_share_n: usize,
    yoy_deals: Option<f64>,
    yoy_headline: Option<f64>,
}

#[derive(Serialize)]
#[serde(transparent)]
struct DecimalJson(#[serde(with = "dealscope_core::money::decimal_number")] Decimal);

#[derive(Serialize)]
struct ScoreboardJson<'a> {
    granularity: &'static str,
    currency: String,
    filters: &'a [String],
    rows: Vec<ScoreboardRowJson>,
    undated: Vec<String>,
    too_coarse: Vec<String>,
    other_currency: Vec<String>,
}

/// The scoreboard as one JSON document.
pub fn scoreboard_json(
    board: &Scoreboard,
    filters: &[String],
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let ids = |v: &[dealscope_core::DealId]| v.iter().map(ToString::to_string).collect();
    let doc = ScoreboardJson {
        granularity: board.granularity.as_str(),
        currency: board.currency.to_string(),
        filters,
        rows: board
            .rows
            .iter()
            .map(|r| ScoreboardRowJson {
                period: r.period.to_string(),
                deals: r.deals,
                with_terms: r.with_terms,
                headline_total: r.headline.amount,
                headline_n: r.headline_n,
                upfront_total: r.upfront.amount,
                upfront_n: r.upfront_n,
                median_headline: r.median_headline.map(|m| DecimalJson(m.amount)),
                median_upfront: r.median_upfront.map(|m| DecimalJson(m.amount)),
                upfront_share: ratio_json(r.upfront_share),
                upfront_share_n: r.upfront_share_n,
                yoy_deals: ratio_json(r.yoy_deals),
                yoy_headline: ratio_json(r.yoy_headline),
            })
            .collect(),
        undated: ids(&board.undated),
        too_coarse: ids(&board.too_coarse),
        other_currency: ids(&board.other_currency),
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)?;
    Ok(())
}

/// The scoreboard as CSV with exact amounts in full units.
pub fn scoreboard_csv(board: &Scoreboard, out: impl Write) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let cur = board.currency.code().to_ascii_lowercase();
    w.write_record([
        "period".to_owned(),
        "deals".into(),
        "with_terms".into(),
        format!("headline_{cur}"),
        "headline_n".into(),
        format!("upfront_{cur}"),
        "upfront_n".into(),
        format!("median_headline_{cur}"),
        format!("median_upfront_{cur}"),
        "upfront_share".into(),
        "upfront_share_n".into(),
        "yoy_deals".into(),
        "yoy_headline".into(),
    ])?;
    for r in &board.rows {
        w.write_record([
            r.period.to_string(),
            r.deals.to_string(),
            r.with_terms.to_string(),
            plain(Some(r.headline.amount)),
            r.headline_n.to_string(),
            plain(Some(r.upfront.amount)),
            r.upfront_n.to_string(),
            plain(r.median_headline.map(|m| m.amount)),
            plain(r.median_upfront.map(|m| m.amount)),
            plain(r.upfront_share.map(|v| v.round_dp(6))),
            r.upfront_share_n.to_string(),
            plain(r.yoy_deals.map(|v| v.round_dp(6))),
            plain(r.yoy_headline.map(|v| v.round_dp(6))),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// A term's money for tables: compact, with `≥`/`~` for bounds and `*` when computed.
pub fn term_cell(term: Option<&Term>) -> String {
    match term {
        None => "—".into(),
        Some(Term::Undisclosed) => "undisclosed".into(),
        Some(t) => {
            let a = t.amount().expect("known terms have amounts");
            let mark = match a.bound {
                dealscope_core::Bound::AtLeast => "≥",
                dealscope_core::Bound::About => "~",
                _ => "",
            };
            let computed = if matches!(t, Term::Computed(_)) {
                "*"
            } else {
                ""
            };
            format!("{mark}{}{computed}", a.money.compact())
        }
    }
}

/// The deals as a table.
pub fn deals_table(deals: &[Deal]) -> Table {
    let mut t = table(
        &[
            "id",
            "announced",
            "licensor",
            "licensee",
            "asset",
            "modality",
            "type",
            "upfront",
            "total",
        ],
        7,
    );
    for d in deals {
        t.add_row(vec![
            d.id.to_string(),
            d.announced.map(|a| a.to_string()).unwrap_or_default(),
            clip(&d.licensor_names(), 26),
            clip(&d.licensee_names(), 24),
            clip(&d.asset_names(), 18),
            clip(d.modality.as_ref().map_or("", |m| m.label()), 20),
            d.deal_type.as_ref().map_or("", |t| t.label()).to_owned(),
            term_cell(d.terms.get(TermKind::Upfront)),
            term_cell(d.terms.get(TermKind::Total)),
        ]);
    }
    t
}

/// The deals as CSV: one row per deal, amounts in full units with their currency.
pub fn deals_csv(deals: &[Deal], out: impl Write) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let mut header: Vec<String> = [
        "deal_id",
        "announced",
        "licensor",
        "licensor_country",
        "licensee",
        "licensee_country",
        "asset",
        "modality",
        "targets",
        "therapeutic_area",
        "phase_at_signing",
        "deal_type",
        "territory",
    ]
    .map(String::from)
    .to_vec();
    for k in TermKind::ALL {
        header.push(k.as_str().to_owned());
        header.push(format!("{k}_currency"));
        header.push(format!("{k}_state"));
    }
    header.extend(["royalty", "sources"].map(String::from));
    w.write_record(&header)?;
    for d in deals {
        let countries = |parties: &[dealscope_core::Party]| {
            parties
                .iter()
                .filter_map(|p| p.country.map(|c| c.to_string()))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let mut row = vec![
            d.id.to_string(),
            d.announced.map(|a| a.to_string()).unwrap_or_default(),
            d.licensor_names(),
            countries(&d.licensors),
            d.licensee_names(),
            countries(&d.licensees),
            d.asset_names(),
            d.modality
                .as_ref()
                .map(|m| m.label().to_owned())
                .unwrap_or_default(),
            d.targets.join("; "),
            d.therapeutic_area
                .as_ref()
                .map(|a| a.label().to_owned())
                .unwrap_or_default(),
            d.phase_at_signing
                .as_ref()
                .map(|p| p.label().to_owned())
                .unwrap_or_default(),
            d.deal_type
                .as_ref()
                .map(|t| t.label().to_owned())
                .unwrap_or_default(),
            d.territory.clone().unwrap_or_default(),
        ];
        for k in TermKind::ALL {
            let term = d.terms.get(k);
            let money = term.and_then(Term::money);
            row.push(plain(money.map(|m| m.amount)));
            row.push(money.map(|m| m.currency.to_string()).unwrap_or_default());
            row.push(term.map(|t| t.state().to_owned()).unwrap_or_default());
        }
        row.push(
            d.terms
                .royalty
                .as_ref()
                .map(|r| r.text.clone())
                .unwrap_or_default(),
        );
        row.push(
            d.sources
                .iter()
                .map(|s| s.location.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        );
        w.write_record(&row)?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_and_clipping() {
        assert_eq!(percent(Some(Decimal::new(6702, 4)), true), "+67.0%");
        assert_eq!(percent(Some(Decimal::new(-5, 1)), true), "-50.0%");
        assert_eq!(percent(Some(Decimal::new(5, 2)), false), "5.0%");
        assert_eq!(percent(Some(Decimal::from(4)), true), "+400.0%");
        assert_eq!(percent(Some(Decimal::ZERO), true), "0.0%");
        assert_eq!(percent(None, true), "—");
        assert_eq!(clip("Jiangsu Hengrui Pharmaceuticals", 10), "Jiangsu H…");
        assert_eq!(clip("Akeso", 10), "Akeso");
    }
}
