//! Helpers shared by the binary's integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// A file of the bundled sample data.
pub fn data(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data")
        .join(file)
}

/// The binary with `--db` set and no `DEALSCOPE_DB` from the environment.
pub fn dealscope(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("dealscope").unwrap();
    cmd.env_remove("DEALSCOPE_DB").arg("--db").arg(db);
    cmd
}

/// Runs a command that must succeed and returns its standard output.
pub fn stdout(cmd: &mut Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

/// A store with all three sample files imported.
pub fn sample_store(dir: &Path) -> PathBuf {
    let db = dir.join("t.db");
    for (kind, file) in [
        ("companies", "companies.csv"),
        ("assets", "asset_aliases.csv"),
        ("deals", "deals.csv"),
    ] {
        dealscope(&db)
            .args(["import", kind])
            .arg(data(file))
            .assert()
            .success();
    }
    db
}

/// The rows of `deals.csv` as maps from column to value.
pub fn csv_deals() -> Vec<BTreeMap<String, String>> {
    csv::Reader::from_path(data("deals.csv"))
        .unwrap()
        .deserialize()
        .map(Result::unwrap)
        .collect()
}
