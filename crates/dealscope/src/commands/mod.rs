//! One module per subcommand. Each takes the store path and its parsed arguments.

pub mod analysis;
pub mod approvals;
pub mod catalysts;
pub mod company;
pub mod comps;
pub mod deals;
pub mod demo;
pub mod entities;
pub mod event_study;
pub mod explain;
pub mod extract;
pub mod import;
pub mod ingest;
pub mod league;
pub mod serve;
pub mod stats;
pub mod status;
pub mod themes;
pub mod value;
