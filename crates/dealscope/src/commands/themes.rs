//! `dealscope themes [NAME]`: themes and the listed companies their rules select.

use std::path::Path;

use anyhow::Context;
use dealscope_analytics::themes::{self, Theme};
use dealscope_core::{Currency, TermKind};
use dealscope_store::{DealQuery, Store};

use crate::Outcome;
use crate::cli::Format;
use crate::report::{Cell, Report, Show};

const BUNDLED: &str = include_str!("../../../../data/themes.toml");

/// Lists the themes, or one theme's members.
pub fn run(
    db: &Path,
    name: Option<&str>,
    file: Option<&Path>,
    format: Format,
) -> anyhow::Result<Outcome> {
    let list: Vec<Theme> = match file {
        None => themes::parse(BUNDLED).context("the bundled data/themes.toml")?,
        Some(f) => {
            let text = std::fs::read_to_string(f)
                .with_context(|| format!("cannot read {}", f.display()))?;
            themes::parse(&text).with_context(|| f.display().to_string())?
        }
    };
    let store = crate::open_existing(db)?;
    let companies = store.companies()?;
    let deals = store.deals(&DealQuery::default())?;
    let r = match name {
        None => {
            let mut r = Report::new(format!("{} theme(s)", list.len()));
            r.column("theme", "theme", Show::Both)
                .column("members", "companies", Show::Both)
                .column("listed", "listed", Show::Both)
                .column("description", "description", Show::Both);
            for t in &list {
                let m = t.members(&companies, &deals);
                let listed = m.iter().filter(|x| !x.company.tickers.is_empty()).count();
                r.row(vec![
                    Cell::Text(t.name.clone()),
                    Cell::Count(m.len()),
                    Cell::Count(listed),
                    Cell::Text(t.description.clone()),
                ]);
            }
            r.notes.push("`dealscope themes NAME` lists a theme's companies; edit data/themes.toml or pass --file.".into());
            r
        }
        Some(n) => {
            let t = list
                .iter()
                .find(|t| t.name.eq_ignore_ascii_case(n))
                .with_context(|| {
                    let names: Vec<&str> = list.iter().map(|t| t.name.as_str()).collect();
                    format!("no theme {n:?}; themes: {}", names.join(", "))
                })?;
            let mut r = Report::new(format!("Theme {} · {}", t.name, t.description));
            r.column("company", "company", Show::Both)
                .column("name_zh", "中文名", Show::Both)
                .column("tickers", "tickers", Show::Both)
                .column("why", "why", Show::Both)
                .column("deals", "deals", Show::Both)
                .column("upfront_usd", "upfront (these deals)", Show::Both);
            for m in t.members(&companies, &deals) {
                let upfront: rust_decimal::Decimal = m
                    .deals
                    .iter()
                    .filter_map(|d| d.terms.money(TermKind::Upfront))
                    .filter(|x| x.currency == Currency::USD)
                    .map(|x| x.amount)
                    .sum();
                r.row(vec![
                    Cell::Text(m.company.name_en.clone()),
                    Cell::Text(m.company.name_zh.clone().unwrap_or_default()),
                    Cell::Text(
                        m.company
                            .tickers
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(" "),
                    ),
                    Cell::Text(m.why.clone()),
                    Cell::Text(
                        m.deals
                            .iter()
                            .map(|d| d.id.to_string())
                            .collect::<Vec<_>>()
                            .join(" "),
                    ),
                    Cell::Money((!m.deals.is_empty()).then_some(upfront), Currency::USD),
                ]);
            }
            r
        }
    };
    r.print(format.into(), &mut std::io::stdout().lock())?;
    Ok(if r.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Done
    })
}
