//! One module per subcommand. Each takes the store path and its parsed arguments.

pub mod deals;
pub mod demo;
pub mod entities;
pub mod extract;
pub mod import;
pub mod ingest;
pub mod stats;
pub mod status;
