//! `dealscope ingest PATH… [--recursive]`: documents and datasets into the store, one
//! transaction per file, idempotent by content.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Context;
use dealscope_ingest::document::{self, DocumentError};
use dealscope_store::{DocumentRecord, SqliteStore, Store};

use crate::Outcome;
use crate::cli::ImportKind;

/// Options of `ingest`.
pub struct Options {
    /// Descend into sub-folders.
    pub recursive: bool,
    /// Largest file read, in bytes.
    pub max_bytes: u64,
}

#[derive(Default)]
struct Summary {
    read: usize,
    duplicates: usize,
    failed: Vec<String>,
    created: usize,
    merged: usize,
    conflicts: usize,
}

/// Ingests every file under `paths`. Each file is stored whole or not at all; a file that
/// fails is reported and the others go on; the exit status is then 1.
pub fn run(db: &Path, paths: &[PathBuf], opts: &Options) -> anyhow::Result<Outcome> {
    let mut store = SqliteStore::open(db)?;
    let gazetteer = super::extract::gazetteer_of(&store)?;
    let mut files = Vec::new();
    for p in paths {
        collect(p, opts.recursive, &mut files)
            .with_context(|| format!("cannot list {}", p.display()))?;
    }
    let mut s = Summary::default();
    // Reading and extraction run on every core, a chunk at a time; writing stays on this
    // thread, in file order, one transaction per file.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    // On a terminal: a progress bar (errors still print). Otherwise: one line per file.
    let bar = std::io::stdout().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} files, {per_sec}, ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    for chunk in files.chunks(64 * workers) {
        let prepared = prepare_all(chunk, &gazetteer, opts, workers);
        for (file, prepared) in chunk.iter().zip(prepared) {
            let name = file.display().to_string();
            match prepared.and_then(|p| store_prepared(&mut store, p, &mut s)) {
                Ok(line) => match &bar {
                    Some(bar) => bar.inc(1),
                    None => println!("{name}: {line}"),
                },
                Err(e) => {
                    let line = format!("error: {name}: {e:#}");
                    match &bar {
                        Some(bar) => {
                            bar.suspend(|| eprintln!("{line}"));
                            bar.inc(1);
                        }
                        None => eprintln!("{line}"),
                    }
                    s.failed.push(name);
                }
            }
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    println!(
        "documents: {} read, {} already stored, {} failed; deals: {} created, {} updated, {} with conflicting sources",
        s.read,
        s.duplicates,
        s.failed.len(),
        s.created,
        s.merged,
        s.conflicts
    );
    Ok(if s.failed.is_empty() {
        Outcome::Done
    } else {
        Outcome::NothingFound
    })
}

fn collect(path: &Path, recursive: bool, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if !path.is_dir() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    entries.sort();
    for e in entries {
        if e.is_dir() {
            if recursive {
                collect(&e, recursive, out)?;
            }
        } else {
            out.push(e);
        }
    }
    Ok(())
}

/// A reviewed extraction line made ready to store: its number, and the document record and
/// reports, or why the line cannot be used.
type ReviewedLine = (
    usize,
    anyhow::Result<(DocumentRecord, Vec<dealscope_core::Deal>)>,
);

/// A file made ready to store: a dataset or a document with the deals read from it.
enum Prepared {
    /// Reviewed extraction lines: each stored on its own (one transaction per line).
    Reviewed(Vec<ReviewedLine>),
    Csv {
        kind: ImportKind,
        bytes: Vec<u8>,
        name: String,
    },
    Document {
        record: Box<DocumentRecord>,
        reports: Vec<dealscope_core::Deal>,
        amounts: usize,
    },
}

fn prepare_all(
    files: &[PathBuf],
    gazetteer: &dealscope_extract::Gazetteer,
    opts: &Options,
    workers: usize,
) -> Vec<anyhow::Result<Prepared>> {
    let per = files.len().div_ceil(workers.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(per)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|f| prepare(f, gazetteer, opts))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|_| vec![Err(anyhow::anyhow!("extraction panicked"))])
            })
            .collect()
    })
}

fn prepare(
    file: &Path,
    gazetteer: &dealscope_extract::Gazetteer,
    opts: &Options,
) -> anyhow::Result<Prepared> {
    let size = std::fs::metadata(file).context("cannot read it")?.len();
    if size > opts.max_bytes {
        return Err(DocumentError::TooLarge {
            size,
            limit: opts.max_bytes,
        }
        .into());
    }
    let bytes = std::fs::read(file).context("cannot read it")?;
    let name = file.display().to_string();
    if document::format_of(file) == Some("json") {
        return Ok(Prepared::Reviewed(reviewed_lines(file, &bytes, opts)));
    }
    if document::format_of(file) == Some("csv") {
        return Ok(Prepared::Csv {
            kind: csv_kind(&bytes)?,
            bytes,
            name,
        });
    }
    let doc = read_document(file, &bytes, opts.max_bytes)?;
    let (x, reports) = document::deals(&doc, gazetteer);
    Ok(Prepared::Document {
        record: Box::new(DocumentRecord {
            source: doc.source.clone(),
            path: name,
            format: doc.format.to_owned(),
            catalysts: document::catalysts(&doc, gazetteer),
            approvals: document::approvals(&doc, gazetteer),
            text: doc.text,
        }),
        reports,
        amounts: x.mentions.len(),
    })
}

fn store_prepared(store: &mut SqliteStore, p: Prepared, s: &mut Summary) -> anyhow::Result<String> {
    let (record, reports, amounts) = match p {
        Prepared::Reviewed(lines) => {
            let (mut stored, mut failed) = (0, Vec::new());
            for (number, line) in lines {
                let outcome = line
                    .and_then(|(record, reports)| Ok(store.ingest_document(&record, &reports)?));
                match outcome {
                    Ok(o) if o.duplicate => s.duplicates += 1,
                    Ok(o) => {
                        stored += 1;
                        s.created += o.created.len();
                        s.merged += o.merged.len();
                        s.conflicts += o.with_conflicts.len();
                    }
                    Err(e) => failed.push(format!("line {number}: {e:#}")),
                }
            }
            s.read += stored;
            if failed.is_empty() {
                return Ok(format!("{stored} reviewed extraction line(s) stored"));
            }
            anyhow::bail!("{stored} line(s) stored; not stored: {}", failed.join("; "));
        }
        Prepared::Csv { kind, bytes, name } => {
            let (n, w) = super::import::import(store, kind, bytes.as_slice(), &name)?;
            s.read += 1;
            s.created += w.inserted;
            s.merged += w.updated;
            return Ok(format!(
                "{n} rows; {} inserted, {} updated, {} unchanged",
                w.inserted, w.updated, w.unchanged
            ));
        }
        Prepared::Document {
            record,
            reports,
            amounts,
        } => (record, reports, amounts),
    };
    let outcome = store.ingest_document(&record, &reports)?;
    if outcome.duplicate {
        s.duplicates += 1;
        return Ok("already stored (same content), nothing changed".into());
    }
    s.read += 1;
    s.created += outcome.created.len();
    s.merged += outcome.merged.len();
    s.conflicts += outcome.with_conflicts.len();
    let ids = |v: &[dealscope_core::DealId]| {
        v.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut line = format!("{amounts} amounts, {} deal(s)", reports.len());
    if !outcome.created.is_empty() {
        line += &format!("; created {}", ids(&outcome.created));
    }
    if !outcome.merged.is_empty() {
        line += &format!("; merged into {}", ids(&outcome.merged));
    }
    if !outcome.with_conflicts.is_empty() {
        line += &format!("; sources disagree on {}", ids(&outcome.with_conflicts));
    }
    let c = &outcome.catalysts;
    if c.inserted + c.updated > 0 {
        line += &format!("; catalysts: {} new, {} updated", c.inserted, c.updated);
    }
    if !c.slipped.is_empty() {
        line += &format!(" ({} slipped: {})", c.slipped.len(), c.slipped.join(", "));
    }
    if outcome.approvals > 0 {
        line += &format!("; {} approval(s)", outcome.approvals);
    }
    Ok(line)
}

/// Reads the reviewed extraction lines of a JSON Lines file: each names its document, which is
/// read again (its text is what the evidence points into).
fn reviewed_lines(file: &Path, bytes: &[u8], opts: &Options) -> Vec<ReviewedLine> {
    let text = String::from_utf8_lossy(bytes);
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let number = i + 1;
            let result = (|| {
                let doc = dealscope_ingest::review::parse_line(line, number)?;
                let named = Path::new(&doc.file);
                let path = if named.exists() || named.is_absolute() {
                    named.to_path_buf()
                } else {
                    file.parent().unwrap_or(Path::new(".")).join(named)
                };
                let doc_bytes = std::fs::read(&path).with_context(|| {
                    format!(
                        "line {number}: cannot read the document it names, {}",
                        path.display()
                    )
                })?;
                let document = read_document(&path, &doc_bytes, opts.max_bytes)?;
                let location = file.display().to_string();
                let source =
                    dealscope_ingest::review::source_of(line, &location, number, &doc.file);
                let reports =
                    dealscope_ingest::review::reports(&doc, &source, &document.text, number)?;
                Ok((
                    DocumentRecord {
                        source,
                        path: format!("{location}:{number}"),
                        format: "review".to_owned(),
                        text: document.text,
                        catalysts: Vec::new(),
                        approvals: Vec::new(),
                    },
                    reports,
                ))
            })();
            (number, result)
        })
        .collect()
}

/// A document from its bytes; a PDF's text layer is read in an isolated child process.
fn read_document(path: &Path, bytes: &[u8], max_bytes: u64) -> anyhow::Result<document::Document> {
    Ok(if document::format_of(path) == Some("pdf") {
        let text = crate::isolate::pdf_text(bytes)?;
        document::read_pdf(path, bytes, text, max_bytes)?
    } else {
        document::read(path, bytes, max_bytes)?
    })
}

/// Which sample-data table a CSV file holds, from its header.
fn csv_kind(bytes: &[u8]) -> anyhow::Result<ImportKind> {
    let header = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let header = String::from_utf8_lossy(header);
    let first = header
        .trim_start_matches('\u{feff}')
        .split(',')
        .next()
        .unwrap_or("")
        .trim()
        .to_owned();
    match first.as_str() {
        "deal_id" => Ok(ImportKind::Deals),
        "company_id" => Ok(ImportKind::Companies),
        "asset_id" => Ok(ImportKind::Assets),
        other => anyhow::bail!(
            "line 1: a CSV must start with a deal_id, company_id or asset_id column (found {other:?})"
        ),
    }
}
