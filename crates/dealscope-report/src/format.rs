//! Formatting for people: table look, money in short form, percentages, deal tables.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{CellAlignment, ContentArrangement, Table};
use dealscope_core::rust_decimal::Decimal;
use dealscope_core::{Currency, Deal, Money, Term, TermKind};

use crate::table::{Cell, Report, Show};

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

/// Deals as a machine table (CSV, JSON rows, XLSX): every field, exact amounts with their
/// currency and state, and the sources.
pub fn deals_report(deals: &[Deal]) -> Report {
    let mut r = Report::new(format!("{} deal(s)", deals.len()));
    for key in [
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
    ] {
        r.column(key, key, Show::Machine);
    }
    for k in TermKind::ALL {
        r.column(k.as_str(), k.as_str(), Show::Machine)
            .column(
                &format!("{k}_currency"),
                &format!("{k}_currency"),
                Show::Machine,
            )
            .column(&format!("{k}_state"), &format!("{k}_state"), Show::Machine);
    }
    r.column("royalty", "royalty", Show::Machine)
        .column("sources", "sources", Show::Machine);
    for d in deals {
        let countries = |parties: &[dealscope_core::Party]| {
            parties
                .iter()
                .filter_map(|p| p.country.map(|c| c.to_string()))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let text = |v: Option<&str>| Cell::Text(v.unwrap_or_default().to_owned());
        let mut row = vec![
            Cell::Text(d.id.to_string()),
            Cell::Text(d.announced.map(|a| a.to_string()).unwrap_or_default()),
            Cell::Text(d.licensor_names()),
            Cell::Text(countries(&d.licensors)),
            Cell::Text(d.licensee_names()),
            Cell::Text(countries(&d.licensees)),
            Cell::Text(d.asset_names()),
            text(d.modality.as_ref().map(|m| m.label())),
            Cell::Text(d.targets.join("; ")),
            text(d.therapeutic_area.as_ref().map(|a| a.label())),
            text(d.phase_at_signing.as_ref().map(|p| p.label())),
            text(d.deal_type.as_ref().map(|t| t.label())),
            text(d.territory.as_deref()),
        ];
        for k in TermKind::ALL {
            let term = d.terms.get(k);
            let money = term.and_then(Term::money);
            row.push(Cell::Money(
                money.map(|m| m.amount),
                money.map_or(Currency::USD, |m| m.currency),
            ));
            row.push(Cell::Text(
                money.map(|m| m.currency.to_string()).unwrap_or_default(),
            ));
            row.push(text(term.map(Term::state)));
        }
        row.push(text(d.terms.royalty.as_ref().map(|r| r.text.as_str())));
        row.push(Cell::Text(
            d.sources
                .iter()
                .map(|s| s.location.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        ));
        r.row(row);
    }
    r
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
