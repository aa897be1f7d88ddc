//! `dealscope status`: where the store is and what it holds.

use std::path::Path;

use dealscope_store::Store;

use crate::Outcome;

/// Prints the store's path, schema version and row counts.
pub fn run(db: &Path) -> anyhow::Result<Outcome> {
    let store = crate::open_existing(db)?;
    let c = store.counts()?;
    println!("store       {}", db.display());
    println!("schema      version {}", store.schema_version()?);
    println!("deals       {}", c.deals);
    println!("companies   {}", c.companies);
    println!("assets      {}", c.assets);
    println!("sources     {}", c.sources);
    println!("documents   {}", c.documents);
    println!(
        "unlinked    {} deal parties not linked to a company",
        c.unresolved_parties
    );
    Ok(Outcome::Done)
}
