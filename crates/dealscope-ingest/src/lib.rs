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

pub use csv_import::{CsvError, Parsed, read_assets, read_companies, read_deals};
