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

/// Daily closes of Hengrui (01276.HK) and an index (HSI) around its deal CNOUT-2025-053,
/// announced 2025-03-25: on every trading day before, the stock returns exactly twice the
/// index (beta 2, alpha 0); on the announcement day the index gains 1 % and the stock 10 %;
/// after it both are flat. By hand: AR(0) = 0.10 − 2 × 0.01 = 8 %, every other AR 0.
pub fn hengrui_prices() -> String {
    use dealscope_core::chrono::{Datelike, Duration, NaiveDate};
    use std::fmt::Write as _;
    let event = NaiveDate::from_ymd_opt(2025, 3, 25).unwrap();
    let mut csv = String::from("ticker,date,close\n");
    let (mut m, mut s) = (100.0_f64, 50.0_f64);
    let mut day = event - Duration::days(200);
    let mut i = 0;
    while day <= event + Duration::days(10) {
        if day.weekday().number_from_monday() <= 5 {
            let rm = if day == event {
                0.01
            } else if day > event {
                0.0
            } else {
                [0.01, -0.01, 0.02, -0.015][i % 4]
            };
            let rs = if day == event { 0.10 } else { 2.0 * rm };
            if i > 0 {
                m *= 1.0 + rm;
                s *= 1.0 + rs;
            }
            writeln!(csv, "HSI,{day},{m:.6}").unwrap();
            writeln!(csv, "01276.HK,{day},{s:.6}").unwrap();
            i += 1;
        }
        day += Duration::days(1);
    }
    csv
}
