//! `dealscope entities [--unresolved]` and `dealscope entities merge NAME INTO`.

use std::path::Path;

use dealscope_core::CompanyId;
use dealscope_store::Store;

use crate::Outcome;
use crate::cli::EntityAction;
use crate::output;

/// Lists companies (or unresolved party names), or merges a name into a company.
pub fn run(db: &Path, unresolved: bool, action: Option<EntityAction>) -> anyhow::Result<Outcome> {
    let mut store = crate::open_existing(db)?;
    match action {
        Some(EntityAction::Merge { name, into }) => {
            let into = CompanyId::new(&into).map_err(|e| anyhow::anyhow!("{e}"))?;
            let linked = store.merge_entity(&name, &into)?;
            println!("{name} is now a name of {into}; {linked} deal part(ies) newly linked");
            Ok(Outcome::Done)
        }
        None if unresolved => {
            let names = store.unresolved_parties()?;
            let assets = store.unresolved_assets()?;
            if names.is_empty() && assets.is_empty() {
                println!(
                    "every deal party is linked to a company and every asset to an asset record"
                );
                return Ok(Outcome::NothingFound);
            }
            if names.is_empty() {
                println!("every deal party is linked to a company");
            } else {
                let mut t = output::table(&["party name (not linked)", "deals"], 1);
                for (name, deals) in &names {
                    t.add_row(vec![name.clone(), deals.to_string()]);
                }
                println!("{t}");
                println!("Link one with `dealscope entities merge NAME COMPANY_ID`.");
            }
            if !assets.is_empty() {
                let mut t = output::table(&["asset name (not linked)", "deals"], 1);
                for (name, deals) in &assets {
                    t.add_row(vec![name.clone(), deals.to_string()]);
                }
                println!("{t}");
                println!(
                    "Resolve one by adding it (code, INN or partner code) to an asset_aliases.csv row and importing it: `dealscope import assets FILE`."
                );
            }
            Ok(Outcome::Done)
        }
        None => {
            let companies = store.companies()?;
            let mut t = output::table(&["id", "name", "中文", "country", "tickers", "kind"], 6);
            for c in &companies {
                t.add_row(vec![
                    c.id.to_string(),
                    output::clip(&c.name_en, 40),
                    c.name_zh.clone().unwrap_or_default(),
                    c.country.map(|x| x.to_string()).unwrap_or_default(),
                    c.tickers
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(" "),
                    c.kind
                        .as_ref()
                        .map(|k| k.label().to_owned())
                        .unwrap_or_default(),
                ]);
            }
            println!("{t}");
            Ok(if companies.is_empty() {
                Outcome::NothingFound
            } else {
                Outcome::Done
            })
        }
    }
}
