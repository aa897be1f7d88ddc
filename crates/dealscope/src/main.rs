//! `dealscope`: the command-line tool. Parses arguments, opens the store, runs a command.
//!
//! Exit status: 0 success; 1 nothing matched (an unknown deal id, an empty listing);
//! 2 an error (bad input, unreadable file, store failure), reported on stderr.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

mod cli;
mod commands;
mod isolate;
mod output;
mod report;
mod sample;

use cli::{Cli, Command};

/// The store used when neither `--db` nor `DEALSCOPE_DB` is given.
pub const DEFAULT_DB: &str = "dealscope.db";

/// What a command found, for the exit status.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Done; something to show.
    Done,
    /// Ran fine but nothing matched.
    NothingFound,
}

fn main() -> ExitCode {
    restore_default_sigpipe();
    // The isolated PDF reader (see `isolate`); not a user command.
    if std::env::args().nth(1).as_deref() == Some("__pdf-text") {
        return isolate::pdf_text_child();
    }
    let cli = Cli::parse();
    match run(cli) {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::NothingFound) => ExitCode::from(1),
        // A reader that stopped early (`dealscope … | head`) is not an error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let db = |default: &str| cli.db.clone().unwrap_or_else(|| PathBuf::from(default));
    match cli.command {
        Command::Demo => commands::demo::run(cli.db.as_deref()),
        Command::Import { kind, file } => commands::import::run(&db(DEFAULT_DB), kind, &file),
        Command::Extract {
            files, mentions, ..
        } => commands::extract::run(&db(DEFAULT_DB), &files, mentions),
        Command::Ingest {
            paths,
            recursive,
            max_bytes,
        } => commands::ingest::run(
            &db(DEFAULT_DB),
            &paths,
            &commands::ingest::Options {
                recursive,
                max_bytes,
            },
        ),
        Command::Conflicts => commands::deals::conflicts(&db(DEFAULT_DB)),
        Command::Entities { unresolved, action } => {
            commands::entities::run(&db(DEFAULT_DB), unresolved, action)
        }
        Command::Stats(args) => commands::stats::run(&db(DEFAULT_DB), &args),
        Command::League(args) => commands::league::run(&db(DEFAULT_DB), &args),
        Command::Explain(args) => commands::explain::run(&db(DEFAULT_DB), &args),
        Command::Comps(args) => commands::comps::run(&db(DEFAULT_DB), &args),
        Command::Value(args) => commands::value::run(&db(DEFAULT_DB), &args),
        Command::Deals(cmd) => commands::deals::run(&db(DEFAULT_DB), cmd),
        Command::Status => commands::status::run(&db(DEFAULT_DB)),
        Command::Catalysts(args) => commands::catalysts::run(&db(DEFAULT_DB), &args),
        Command::Approvals(args) => commands::approvals::run(&db(DEFAULT_DB), &args),
        Command::Company { name, format } => commands::company::run(&db(DEFAULT_DB), &name, format),
        Command::Themes { name, file, format } => {
            commands::themes::run(&db(DEFAULT_DB), name.as_deref(), file.as_deref(), format)
        }
        Command::EventStudy(args) => commands::event_study::run(&db(DEFAULT_DB), &args),
        Command::Serve {
            addr,
            token,
            benchmark,
        } => commands::serve::run(&db(DEFAULT_DB), addr, token, benchmark),
    }
}

/// A reader that stops early (`dealscope … | head`) ends the process quietly, as for any
/// Unix tool, instead of making every later `println!` panic.
#[cfg(unix)]
#[allow(unsafe_code)]
fn restore_default_sigpipe() {
    // SAFETY: called first thing in `main`, before any other thread exists; it only sets
    // the disposition of SIGPIPE back to the default the Rust runtime replaced.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(unix))]
fn restore_default_sigpipe() {}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<csv::Error>().is_some_and(|e| {
                matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
            })
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}

/// Opens an existing store for reading; a missing file is an error that says how to make one.
pub fn open_existing(path: &Path) -> anyhow::Result<dealscope_store::SqliteStore> {
    if !path.exists() {
        anyhow::bail!(
            "no store at {}: create one with `dealscope --db {} import deals FILE.csv`, or try `dealscope demo`",
            path.display(),
            path.display()
        );
    }
    Ok(dealscope_store::SqliteStore::open(path)?)
}
