//! Ingestion: turning files into domain records.
//!
//! Today: the sample-data CSV files ([`csv_import`]). The ingestion issue adds documents
//! (text, HTML, PDF) through the extractor. This crate reads and converts; writing to a
//! store is the caller's step, so a file that fails to convert writes nothing.

pub mod csv_import;
pub mod html;

pub use csv_import::{CsvError, Parsed, read_assets, read_companies, read_deals};
