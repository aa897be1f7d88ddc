//! Analytics over deals: pure functions from domain records to aggregates, comparables and
//! risk-adjusted values.
//!
//! **Invariant:** no I/O. Callers load deals from a store and pass slices in; the same
//! functions serve the CLI and, later, the web API.
//!
//! Conventions every aggregate follows:
//! * Undisclosed amounts are never counted as zero: sums, medians and shares are over the
//!   deals whose figure is known, and each result says how many that was (`n`).
//! * Amounts are summed only within one currency. Deals whose terms are in another currency
//!   are counted, excluded from money figures, and reported, until a dated rate is given.

pub mod approvals;
pub mod breakdown;
pub mod comps;
pub mod dimension;
pub mod directory;
pub mod event_study;
pub mod facts;
mod groups;
pub mod league;
pub mod links;
pub mod metrics;
pub mod period;
pub mod preset;
pub mod published;
pub mod stats;
pub mod themes;
pub mod valuation;

pub use breakdown::{Breakdown, BreakdownRow, BreakdownSpec, breakdown};
pub use comps::{Comparable, Comps, CompsQuery, Distribution, comps};
pub use dimension::Dimension;
pub use directory::Directory;
pub use facts::Facts;
pub use league::{LeagueRow, RankBy, Side, league};
pub use metrics::{Figure, Metrics};
pub use period::{Granularity, Period};
pub use preset::{Counted, DateBasis, Decision, Preset, PresetError, Selection};
pub use valuation::{Assumptions, NotValued, Valuation, ValuationInput, Valuer, rnpv_all, value};
