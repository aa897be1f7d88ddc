//! `dealscope company NAME|TICKER`: a company's deals, upfront income and catalysts.

use std::collections::BTreeMap;
use std::path::Path;

use dealscope_analytics::links;
use dealscope_core::names::company_key;
use dealscope_core::{Company, Currency, Deal};
use dealscope_store::{DealQuery, Store};
use rust_decimal::Decimal;

use crate::Outcome;
use crate::cli::Format;
use crate::report::{Cell, Report, Show};

/// Finds a company by id, any of its names, or a ticker in any common form.
pub fn find<'a>(companies: &'a [Company], name: &str) -> Option<&'a Company> {
    let key = company_key(name);
    companies.iter().find(|c| {
        c.id.as_str() == name || c.has_ticker(name) || c.names().any(|n| company_key(n) == key)
    })
}

/// Prints the company card.
pub fn run(db: &Path, name: &str, format: Format) -> anyhow::Result<Outcome> {
    let store = crate::open_existing(db)?;
    let companies = store.companies()?;
    let Some(c) = find(&companies, name) else {
        eprintln!(
            "no company named {name:?} (try an id, English or Chinese name, or a ticker such as HKEX:01530)"
        );
        return Ok(Outcome::NothingFound);
    };
    let deals = store.deals(&DealQuery {
        party: Some(c.id.to_string()),
        ..DealQuery::default()
    })?;
    let role = |d: &Deal| {
        if d.licensors
            .iter()
            .any(|p| p.company.as_ref() == Some(&c.id))
        {
            "licensor"
        } else {
            "licensee"
        }
    };
    let mut r = Report::new(format!(
        "{}{} · {} · {} deal(s)",
        c.name_en,
        c.name_zh
            .as_deref()
            .map(|z| format!(" ({z})"))
            .unwrap_or_default(),
        if c.tickers.is_empty() {
            "not listed (no ticker seen)".to_owned()
        } else {
            c.tickers
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        },
        deals.len()
    ));
    r.column("deal_id", "deal", Show::Both)
        .column("announced", "announced", Show::Both)
        .column("role", "role", Show::Both)
        .column("counterparty", "counterparty", Show::Both)
        .column("asset", "asset", Show::Both)
        .column("upfront_usd", "upfront", Show::Both)
        .column("total_usd", "headline", Show::Both);
    let mut income: BTreeMap<i32, (Decimal, usize)> = BTreeMap::new();
    for d in &deals {
        let usd = |k| {
            d.terms
                .money(k)
                .filter(|m| m.currency == Currency::USD)
                .map(|m| m.amount)
        };
        let mine = role(d);
        let other = if mine == "licensor" {
            d.licensee_names()
        } else {
            d.licensor_names()
        };
        if let (true, Some(u), Some(a)) = (
            mine == "licensor",
            usd(dealscope_core::TermKind::Upfront),
            d.announced,
        ) {
            let e = income.entry(a.year()).or_default();
            e.0 += u;
            e.1 += 1;
        }
        r.row(vec![
            Cell::Text(d.id.to_string()),
            Cell::Text(d.announced.map(|a| a.to_string()).unwrap_or_default()),
            Cell::Text(mine.into()),
            Cell::Text(crate::output::clip(&other, 28)),
            Cell::Text(crate::output::clip(&d.asset_names(), 22)),
            Cell::Money(usd(dealscope_core::TermKind::Upfront), Currency::USD),
            Cell::Money(usd(dealscope_core::TermKind::Total), Currency::USD),
        ]);
    }
    if !income.is_empty() {
        let lines: Vec<String> = income
            .iter()
            .map(|(y, (sum, n))| {
                format!(
                    "{y}: {} ({n} deal(s))",
                    dealscope_core::Money::new(*sum, Currency::USD).compact()
                )
            })
            .collect();
        r.notes.push(format!(
            "Upfront income as licensor, by announcement year (as announced; timing of receipt may differ): {}",
            lines.join("; ")
        ));
    }
    let catalysts = store.catalysts()?;
    let mine: Vec<String> = catalysts
        .iter()
        .filter(|k| !links::deals_for(k, &deals).is_empty())
        .map(|k| {
            format!(
                "{} {} {} ({})",
                k.expected,
                k.asset.name,
                k.kind.label(),
                k.status.label()
            )
        })
        .collect();
    if !mine.is_empty() {
        r.notes.push(format!("Catalysts: {}", mine.join("; ")));
    }
    r.print(format.into(), &mut std::io::stdout().lock())?;
    Ok(Outcome::Done)
}
