//! Analytics over deals: pure functions from domain records to aggregates.
//!
//! **Invariant:** no I/O. Callers load deals from a store and pass slices in; the same
//! functions serve the CLI and, later, the web API.
//!
//! Conventions every aggregate follows:
//! * Undisclosed amounts are never counted as zero: sums, medians and shares are over the
//!   deals whose figure is known, and each result says how many that was (`n`).
//! * Amounts are summed only within one currency. Deals whose terms are in another currency
//!   are counted, excluded from money figures, and reported, until a dated rate is given.

pub mod period;
pub mod scoreboard;
pub mod stats;

pub use period::{Granularity, Period};
pub use scoreboard::{Scoreboard, ScoreboardRow, scoreboard, scoreboard_from};
