//! Ingestion: turning files into domain records.
//!
//! The sample-data CSV files ([`csv_import`]); documents — text, Markdown, HTML — read into
//! deal reports through the extractor ([`document`], [`html`]). This crate reads and
//! converts; writing to a store is the caller's step, so a file that fails to convert
//! writes nothing.

pub mod csv_import;
pub mod document;
pub mod html;
pub mod pdf;
pub mod review;

pub use csv_import::{CsvError, Parsed, read_assets, read_companies, read_deals};

/// A gazetteer from a companies table and an asset-alias table in the sample-data CSV
/// format (the bundled `data/companies.csv` and `data/asset_aliases.csv`, or a user's).
pub fn gazetteer_from_csv(
    companies: impl std::io::Read,
    assets: impl std::io::Read,
) -> Result<dealscope_extract::Gazetteer, CsvError> {
    let companies = read_companies(companies, "companies.csv")?.records;
    let assets = read_assets(assets, "asset_aliases.csv")?.records;
    Ok(dealscope_extract::Gazetteer::new(&companies, &assets))
}
