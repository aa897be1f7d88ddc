//! dealscope's tables: one typed [`Report`] rendered as aligned text, CSV, JSON rows or an
//! XLSX workbook, and the formatting helpers (money in short form, percentages, deal
//! tables) the command line and the web dashboard share.

pub mod calendar;
pub mod format;
pub mod table;

pub use table::{Cell, Format, Report, Show};
