//! One table, four renderings: aligned text for people, CSV and XLSX with exact numbers for
//! spreadsheets, and JSON rows. Commands build a [`Report`] once and print it in the format
//! the user asked for.

use std::io::Write;
use std::path::Path;

use dealscope_core::rust_decimal::Decimal;
use dealscope_core::rust_decimal::prelude::ToPrimitive;
use dealscope_core::{Currency, Money};
use rust_xlsxwriter::{Format as XlsxFormat, Workbook};

use crate::format as output;

/// How a report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Aligned text for people.
    #[default]
    Table,
    /// CSV with full-precision numbers.
    Csv,
    /// JSON with full-precision numbers.
    Json,
}

/// Where a column appears.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Show {
    /// In every rendering.
    Both,
    /// Only in the text table (a compact combination of machine columns).
    Table,
    /// Only in CSV, JSON and XLSX.
    Machine,
}

/// A column: its machine key (CSV header, JSON key), its label for people, and where it
/// shows.
#[derive(Clone, Debug)]
pub struct Column {
    key: String,
    label: String,
    show: Show,
}

/// A typed cell: the text table formats it for reading, the others keep it exact.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// A count.
    Count(usize),
    /// An amount of money (exact), `None` when unknown.
    Money(Option<Decimal>, Currency),
    /// A fraction shown as a percentage (0.25 → 25.0 %).
    Share(Option<Decimal>),
    /// A growth rate shown signed (+25.0 %).
    Growth(Option<Decimal>),
    /// A plain decimal (probability, factor, years).
    Number(Option<Decimal>),
}

impl Cell {
    fn for_table(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Count(n) => n.to_string(),
            Cell::Money(v, c) => output::compact(v.map(|v| Money::new(v, *c))),
            Cell::Share(v) => output::percent(*v, false),
            Cell::Growth(v) => output::percent(*v, true),
            Cell::Number(v) => v.map_or("—".into(), |v| v.normalize().to_string()),
        }
    }

    fn for_machine(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Count(n) => n.to_string(),
            Cell::Money(v, _) | Cell::Share(v) | Cell::Growth(v) | Cell::Number(v) => {
                output::plain(*v)
            }
        }
    }

    fn json(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Cell::Text(t) => Value::String(t.clone()),
            Cell::Count(n) => Value::from(*n),
            Cell::Money(v, _) | Cell::Share(v) | Cell::Growth(v) | Cell::Number(v) => match v {
                None => Value::Null,
                Some(v) => serde_json::to_value(DecimalJson(*v)).unwrap_or(Value::Null),
            },
        }
    }
}

#[derive(serde::Serialize)]
struct DecimalJson(#[serde(with = "dealscope_core::money::decimal_number")] Decimal);

/// A titled table with notes.
#[derive(Clone, Debug)]
pub struct Report {
    /// First line of the text rendering; the notes sheet of an XLSX file.
    pub title: String,
    /// Lines after the table: what was counted, what was left out, how to read it.
    pub notes: Vec<String>,
    columns: Vec<Column>,
    rows: Vec<Vec<Cell>>,
}

impl Report {
    /// An empty report.
    pub fn new(title: impl Into<String>) -> Self {
        Report {
            title: title.into(),
            notes: Vec::new(),
            columns: Vec::new(),
            rows: Vec::new(),
        }
    }

    /// Adds a column.
    pub fn column(&mut self, key: &str, label: &str, show: Show) -> &mut Self {
        self.columns.push(Column {
            key: key.to_owned(),
            label: label.to_owned(),
            show,
        });
        self
    }

    /// Adds a row; it must have one cell per column.
    pub fn row(&mut self, cells: Vec<Cell>) {
        debug_assert_eq!(cells.len(), self.columns.len(), "one cell per column");
        self.rows.push(cells);
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    fn shown(&self, machine: bool) -> Vec<usize> {
        self.columns
            .iter()
            .enumerate()
            .filter(|(_, c)| match c.show {
                Show::Both => true,
                Show::Table => !machine,
                Show::Machine => machine,
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// Writes the report in a format: the table with its title and notes, or CSV, or JSON
    /// (`{"title", "notes", "rows": [{key: value}]}`).
    pub fn print(&self, format: Format, out: &mut impl Write) -> anyhow::Result<()> {
        match format {
            Format::Table => self.print_table(out),
            Format::Csv => self.write_csv(out),
            Format::Json => {
                serde_json::to_writer_pretty(&mut *out, &self.json())?;
                writeln!(out)?;
                Ok(())
            }
        }
    }

    fn print_table(&self, out: &mut impl Write) -> anyhow::Result<()> {
        writeln!(out, "{}", self.title)?;
        let cols = self.shown(false);
        if self.rows.is_empty() {
            writeln!(out, "(no rows)")?;
        } else {
            let labels: Vec<&str> = cols
                .iter()
                .map(|&i| self.columns[i].label.as_str())
                .collect();
            let mut t = output::table(&labels, labels.len());
            for (c, &i) in cols.iter().enumerate() {
                // Numbers right, text left; a text column of "(n)" figures counts as numbers.
                let numeric = self.rows.iter().all(|r| match &r[i] {
                    Cell::Text(t) => {
                        t.ends_with(')')
                            && t.starts_with(|ch: char| ch == 'U' || ch.is_ascii_digit())
                    }
                    _ => true,
                });
                if numeric {
                    if let Some(col) = t.column_mut(c) {
                        col.set_cell_alignment(comfy_table::CellAlignment::Right);
                    }
                }
            }
            for r in &self.rows {
                t.add_row(cols.iter().map(|&i| r[i].for_table()).collect::<Vec<_>>());
            }
            writeln!(out, "{t}")?;
        }
        for n in &self.notes {
            writeln!(out, "{n}")?;
        }
        Ok(())
    }

    fn write_csv(&self, out: &mut impl Write) -> anyhow::Result<()> {
        let cols = self.shown(true);
        let mut w = csv::Writer::from_writer(out);
        w.write_record(cols.iter().map(|&i| self.columns[i].key.as_str()))?;
        for r in &self.rows {
            w.write_record(cols.iter().map(|&i| r[i].for_machine()))?;
        }
        w.flush()?;
        Ok(())
    }

    /// The rows as JSON objects keyed by column key, with the title and notes.
    pub fn json(&self) -> serde_json::Value {
        let cols = self.shown(true);
        let rows: Vec<serde_json::Value> = self
            .rows
            .iter()
            .map(|r| {
                let obj: serde_json::Map<String, serde_json::Value> = cols
                    .iter()
                    .map(|&i| (self.columns[i].key.clone(), r[i].json()))
                    .collect();
                serde_json::Value::Object(obj)
            })
            .collect();
        serde_json::json!({ "title": self.title, "notes": self.notes, "rows": rows })
    }

    /// Writes an XLSX workbook: a sheet with the machine columns (numbers as numbers, money
    /// with thousands separators, shares as percentages) and a `notes` sheet.
    pub fn write_xlsx(&self, path: &Path) -> anyhow::Result<()> {
        self.workbook()?
            .save(path)
            .map_err(|e| anyhow::anyhow!("{}: cannot write the workbook: {e}", path.display()))
    }

    /// The XLSX workbook as bytes (for a download).
    pub fn xlsx_bytes(&self) -> anyhow::Result<Vec<u8>> {
        Ok(self.workbook()?.save_to_buffer()?)
    }

    /// The CSV rendering as a string.
    pub fn csv_string(&self) -> anyhow::Result<String> {
        let mut out = Vec::new();
        self.write_csv(&mut out)?;
        Ok(String::from_utf8(out)?)
    }

    fn workbook(&self) -> anyhow::Result<Workbook> {
        let cols = self.shown(true);
        let mut book = Workbook::new();
        let bold = XlsxFormat::new().set_bold();
        let money = XlsxFormat::new().set_num_format("#,##0");
        let pct = XlsxFormat::new().set_num_format("0.0%");
        let sheet = book.add_worksheet().set_name("data")?;
        for (c, &i) in cols.iter().enumerate() {
            sheet.write_string_with_format(0, col(c)?, &self.columns[i].key, &bold)?;
        }
        for (r, row) in self.rows.iter().enumerate() {
            let r = u32::try_from(r + 1)?;
            for (c, &i) in cols.iter().enumerate() {
                let c = col(c)?;
                match &row[i] {
                    Cell::Text(t) => {
                        sheet.write_string(r, c, t)?;
                    }
                    Cell::Count(n) => {
                        sheet.write_number(r, c, *n as f64)?;
                    }
                    // Spreadsheet numbers are binary floating point: exact in the CSV and
                    // JSON, to 15 significant digits here.
                    Cell::Money(Some(v), _) => {
                        sheet.write_number_with_format(r, c, float(*v), &money)?;
                    }
                    Cell::Share(Some(v)) | Cell::Growth(Some(v)) => {
                        sheet.write_number_with_format(r, c, float(*v), &pct)?;
                    }
                    Cell::Number(Some(v)) => {
                        sheet.write_number(r, c, float(*v))?;
                    }
                    Cell::Money(None, _)
                    | Cell::Share(None)
                    | Cell::Growth(None)
                    | Cell::Number(None) => {}
                }
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofit();
        let notes = book.add_worksheet().set_name("notes")?;
        notes.write_string_with_format(0, 0, &self.title, &bold)?;
        for (i, n) in self.notes.iter().enumerate() {
            notes.write_string(u32::try_from(i + 1)?, 0, n)?;
        }
        Ok(book)
    }
}

fn col(c: usize) -> anyhow::Result<u16> {
    Ok(u16::try_from(c)?)
}

fn float(v: Decimal) -> f64 {
    v.to_f64().unwrap_or(f64::NAN)
}
