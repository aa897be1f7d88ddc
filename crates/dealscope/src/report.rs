//! Printing reports from commands: the shared [`dealscope_report`] tables, in the format the
//! user asked for, or into an XLSX file.

use std::path::Path;

pub use dealscope_report::{Cell, Report, Show};

use crate::cli::Format;

impl From<Format> for dealscope_report::Format {
    fn from(f: Format) -> Self {
        match f {
            Format::Table => dealscope_report::Format::Table,
            Format::Csv => dealscope_report::Format::Csv,
            Format::Json => dealscope_report::Format::Json,
        }
    }
}

/// Prints a report to stdout in `format`, or writes it to an `.xlsx` file when `out` is
/// given (and says so).
pub fn emit(report: &Report, format: Format, out: Option<&Path>) -> anyhow::Result<()> {
    match out {
        Some(path) => {
            let is_xlsx = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
            if !is_xlsx {
                anyhow::bail!(
                    "--out {}: only .xlsx files are written (use --format csv|json for text)",
                    path.display()
                );
            }
            report.write_xlsx(path)?;
            println!("wrote {} ({} rows)", path.display(), report.len());
            Ok(())
        }
        None => report.print(format.into(), &mut std::io::stdout().lock()),
    }
}
