//! Black-box tests of the `dealscope` binary against temporary stores.
//!
//! Expected figures are computed here, independently, from the CSV rows; never copied
//! from the program's output.

use std::collections::BTreeMap;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

mod common;
use common::{data, dealscope, sample_store, stdout};

/// Per-year figures computed straight from deals.csv, the way the scoreboard documents
/// them: count, Σ total, n total, Σ upfront, n upfront, median total.
#[derive(Debug, Default, PartialEq)]
struct YearFigures {
    deals: u64,
    total_sum: u128,
    total_n: u64,
    upfront_sum: u128,
    upfront_n: u64,
    totals: Vec<u128>,
}

fn expected_by_year() -> BTreeMap<String, YearFigures> {
    let mut reader = csv::Reader::from_path(data("deals.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (announced, total, upfront) = (col("announced"), col("total_usd"), col("upfront_usd"));
    let mut years: BTreeMap<String, YearFigures> = BTreeMap::new();
    for row in reader.records() {
        let row = row.unwrap();
        let y = years.entry(row[announced][..4].to_owned()).or_default();
        y.deals += 1;
        if !row[total].is_empty() {
            let t: u128 = row[total].parse().unwrap();
            y.total_sum += t;
            y.total_n += 1;
            y.totals.push(t);
        }
        if !row[upfront].is_empty() {
            y.upfront_sum += row[upfront].parse::<u128>().unwrap();
            y.upfront_n += 1;
        }
    }
    years
}

/// Median as a decimal string with `.5` for halves.
fn median_text(values: &mut [u128]) -> String {
    values.sort_unstable();
    let n = values.len();
    if n == 0 {
        return String::new();
    }
    if n % 2 == 1 {
        values[n / 2].to_string()
    } else {
        let twice = values[n / 2 - 1] + values[n / 2];
        if twice % 2 == 0 {
            (twice / 2).to_string()
        } else {
            format!("{}.5", twice / 2)
        }
    }
}

#[test]
fn stats_match_an_independent_sum_of_the_csv_rows() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let csv_out = stdout(dealscope(&db).args(["stats", "--by", "year", "--format", "csv"]));
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    let mut expected = expected_by_year();
    let mut seen = 0;
    for row in reader.records() {
        let row = row.unwrap();
        let year = &row[col("period")];
        let want = expected
            .get_mut(year)
            .unwrap_or_else(|| panic!("unexpected year {year}"));
        assert_eq!(
            row[col("deals")].parse::<u64>().unwrap(),
            want.deals,
            "{year} deals"
        );
        assert_eq!(
            row[col("headline_usd")].parse::<u128>().unwrap(),
            want.total_sum,
            "{year} headline"
        );
        assert_eq!(
            row[col("headline_n")].parse::<u64>().unwrap(),
            want.total_n,
            "{year} n"
        );
        assert_eq!(
            row[col("upfront_usd")].parse::<u128>().unwrap(),
            want.upfront_sum,
            "{year} upfront"
        );
        assert_eq!(
            row[col("upfront_n")].parse::<u64>().unwrap(),
            want.upfront_n,
            "{year} upfront n"
        );
        assert_eq!(
            row[col("median_headline_usd")],
            median_text(&mut want.totals),
            "{year} median"
        );
        seen += 1;
    }
    assert_eq!(
        seen,
        expected.len(),
        "every year with deals has a row (the sample has no gap years)"
    );
}

#[test]
fn filters_narrow_the_scoreboard() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    // Independent count: rows of deals.csv with modality ADC announced in 2024 or 2025.
    let mut reader = csv::Reader::from_path(data("deals.csv")).unwrap();
    let want = reader
        .deserialize::<BTreeMap<String, String>>()
        .map(Result::unwrap)
        .filter(|r| {
            r["modality"] == "ADC"
                && (r["announced"].starts_with("2024") || r["announced"].starts_with("2025"))
        })
        .count();
    let json = stdout(dealscope(&db).args([
        "stats",
        "--from",
        "2024",
        "--to",
        "2025",
        "--modality",
        "antibody-drug conjugate",
        "--format",
        "json",
    ]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = v["rows"].as_array().unwrap();
    let periods: Vec<&str> = rows.iter().map(|r| r["period"].as_str().unwrap()).collect();
    assert_eq!(periods, ["2024", "2025"]);
    let counted: u64 = rows.iter().map(|r| r["deals"].as_u64().unwrap()).sum();
    assert_eq!(counted as usize, want);
    // 2024's growth is against 2023 even though 2023 is outside the view.
    assert!(rows[0]["yoy_deals"].is_number(), "{json}");
}

#[test]
fn import_list_and_show() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());

    let list = stdout(dealscope(&db).args([
        "deals", "list", "--sort", "upfront", "--limit", "3", "--format", "json",
    ]));
    let deals: Vec<serde_json::Value> = serde_json::from_str(&list).unwrap();
    assert_eq!(deals.len(), 3);
    // Independent: the largest upfront_usd in the CSV.
    let mut reader = csv::Reader::from_path(data("deals.csv")).unwrap();
    let max_upfront = reader
        .deserialize::<BTreeMap<String, String>>()
        .map(Result::unwrap)
        .filter_map(|r| r["upfront_usd"].parse::<u64>().ok())
        .max()
        .unwrap();
    assert_eq!(
        deals[0]["terms"]["upfront"]["money"]["amount"].as_u64(),
        Some(max_upfront)
    );
    let ups: Vec<u64> = deals
        .iter()
        .map(|d| d["terms"]["upfront"]["money"]["amount"].as_u64().unwrap())
        .collect();
    assert!(
        ups.windows(2).all(|w| w[0] >= w[1]),
        "sorted by upfront: {ups:?}"
    );

    let card = stdout(dealscope(&db).args(["deals", "show", "CNOUT-2025-054"]));
    for expected in [
        "3SBio [3sbio] (CN)",
        "Pfizer",
        "USD 1,250,000,000",
        "computed, up to",
        "https://",
    ] {
        assert!(card.contains(expected), "missing {expected:?} in\n{card}");
    }
    let json = stdout(dealscope(&db).args(["deals", "show", "CNOUT-2025-054", "--format", "json"]));
    let deal: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(deal["sources"].as_array().unwrap().len(), 2);
    assert_eq!(deal["licensors"][0]["company"], "3sbio");

    dealscope(&db)
        .args(["deals", "show", "NO-SUCH-DEAL"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no deal NO-SUCH-DEAL"));

    let by_party =
        stdout(dealscope(&db).args(["deals", "list", "--party", "康方生物", "--format", "csv"]));
    assert!(
        by_party.lines().count() > 1,
        "Akeso found by its Chinese name"
    );
    assert!(
        by_party.lines().skip(1).all(|l| l.contains("Akeso")),
        "{by_party}"
    );
}

#[test]
fn importing_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let before = stdout(dealscope(&db).args(["deals", "list", "--format", "json"]));
    dealscope(&db)
        .args(["import", "deals"])
        .arg(data("deals.csv"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "0 inserted, 0 updated, 77 unchanged",
        ));
    let after = stdout(dealscope(&db).args(["deals", "list", "--format", "json"]));
    assert_eq!(before, after);
}

#[test]
fn a_bad_row_in_the_middle_writes_nothing_and_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let before = stdout(dealscope(&db).args(["deals", "list", "--format", "json"]));

    // Three rows: a new deal, a bad amount, then an update of an existing deal.
    let header = std::fs::read_to_string(data("deals.csv"))
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_owned();
    let bad = format!(
        "{header}\n\
         NEW-1,2025-06-01,Alpha,CN,Beta,US,A-1,,ADC,,oncology,,phase 1,license,,10000000,,,,,,USD,,,\n\
         NEW-2,2025-06-02,Gamma,CN,Delta,US,B-1,,ADC,,oncology,,phase 1,license,,12.5 million,,,,,,USD,,,\n\
         CNOUT-2025-054,2025-05-20,3SBio,CN,Pfizer,US,SSGJ-707,,bispecific antibody,,oncology,,phase 2,license,,1,,,,,,USD,,,\n"
    );
    let file = dir.path().join("bad.csv");
    std::fs::write(&file, bad).unwrap();
    dealscope(&db)
        .args(["import", "deals"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.csv:3: column upfront_usd"))
        .stderr(predicate::str::contains("nothing from"));
    let after = stdout(dealscope(&db).args(["deals", "list", "--format", "json"]));
    assert_eq!(before, after, "the store is exactly as before");
}

#[test]
fn db_comes_from_the_flag_before_or_after_or_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("env.db");
    Command::cargo_bin("dealscope")
        .unwrap()
        .env("DEALSCOPE_DB", &db)
        .args(["import", "companies"])
        .arg(data("companies.csv"))
        .assert()
        .success();
    assert!(db.exists(), "DEALSCOPE_DB names the store");
    Command::cargo_bin("dealscope")
        .unwrap()
        .env_remove("DEALSCOPE_DB")
        .arg("status")
        .arg("--db")
        .arg(&db)
        .assert()
        .success()
        .stdout(predicate::str::contains("companies   91"));
    // Without any store, read commands say how to make one.
    Command::cargo_bin("dealscope")
        .unwrap()
        .env_remove("DEALSCOPE_DB")
        .current_dir(dir.path())
        .arg("stats")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("dealscope demo"));
}

#[test]
fn demo_builds_a_store_and_prints_the_scoreboard_and_top_deals() {
    let dir = tempfile::tempdir().unwrap();
    // Default location: ./dealscope-demo.db in the working directory, rebuilt each time.
    for _ in 0..2 {
        let out = Command::cargo_bin("dealscope")
            .unwrap()
            .env_remove("DEALSCOPE_DB")
            .current_dir(dir.path())
            .arg("demo")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("dealscope-demo.db"), "says where the store is");
        assert!(
            out.contains("77 inserted"),
            "a fresh store each run:\n{out}"
        );
        assert!(out.contains("scoreboard by year"));
        // Each example document reports a deal of the sample data: it merges, nothing new.
        assert_eq!(out.matches("created []").count(), 4, "{out}");
        assert!(out.contains("merged into [CNOUT-2025-054]"), "{out}");
        assert!(out.contains("Top 10 deals by upfront"));
        assert!(out.contains("Try next"));
        for year in expected_by_year().keys() {
            assert!(out.contains(&format!("│ {year} ")), "row for {year}");
        }
    }
    assert!(dir.path().join("dealscope-demo.db").exists());

    // With --db the demo builds there, and a second run only finds what is already stored.
    let db = dir.path().join("mine.db");
    dealscope(&db).arg("demo").assert().success();
    dealscope(&db)
        .arg("demo")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "0 inserted, 0 updated, 77 unchanged",
        ));
}

#[test]
fn unknown_filter_values_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    dealscope(&db)
        .args(["stats", "--modality", "radioligandz"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("known: small molecule"));
    dealscope(&db)
        .args(["stats", "--from", "Q5 2026"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("quarter must be 1–4"));
}

fn extract_cmd(dir: &Path) -> Command {
    // A store path that does not exist: the bundled alias tables are used.
    dealscope(&dir.join("none.db"))
}

#[test]
fn extract_mentions_prints_one_line_per_amount_with_exact_spans() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("pr.txt");
    let text = "HANGZHOU, March 3, 2026 -- Lumora Therapeutics will pay Qiantang Biopharma US$120 million upfront \
                and up to $1.1 billion in milestones. Qiantang's revenue was RMB 2.3 billion last year.\n";
    std::fs::write(&doc, text).unwrap();
    let out = stdout(
        extract_cmd(dir.path())
            .arg("extract")
            .arg(&doc)
            .arg("--mentions"),
    );
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let got: Vec<(String, u64, &str, &str)> = lines
        .iter()
        .map(|l| {
            (
                l["text"].as_str().unwrap().to_owned(),
                l["value"].as_u64().unwrap(),
                l["currency"].as_str().unwrap(),
                l["role"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("US$120 million".to_owned(), 120_000_000, "USD", "upfront"),
            ("$1.1 billion".to_owned(), 1_100_000_000, "USD", "milestone"),
            ("RMB 2.3 billion".to_owned(), 2_300_000_000, "CNY", "other"),
        ]
    );
    for l in &lines {
        let (s, e) = (
            l["start"].as_u64().unwrap() as usize,
            l["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text.as_bytes()[s..e],
            l["text"].as_str().unwrap().as_bytes(),
            "span points at the bytes"
        );
        assert_eq!(l["file"].as_str().unwrap(), doc.display().to_string());
    }
}

#[test]
fn extract_reports_unreadable_files_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "The deal is worth up to $2 billion.").unwrap();
    let quiet = dir.path().join("quiet.txt");
    std::fs::write(
        &quiet,
        "Dosing began in 120 patients in Phase 3 on 5 May 2025.",
    )
    .unwrap();
    let binary = dir.path().join("junk.txt");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let missing = dir.path().join("missing.txt");
    let assert = extract_cmd(dir.path())
        .arg("extract")
        .args([&missing, &binary, &quiet, &good])
        .arg("--mentions")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("missing.txt"))
        .stderr(predicate::str::contains("junk.txt: not text"));
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert_eq!(
        out.lines().count(),
        1,
        "only the good file has money: {out}"
    );
    assert!(out.contains("\"role\":\"total\""));
}

#[test]
fn extract_json_gives_deals_with_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("deal.txt");
    let text = "SHANGHAI and NEW YORK, May 20, 2025 /PRNewswire/ -- 3SBio announced an exclusive license agreement \
                under which Pfizer obtains global rights outside China to SSGJ-707, a PD-1/VEGF bispecific antibody. \
                3SBio will receive $1.25 billion upfront and is eligible for up to $4.8 billion in milestones. \
                Pfizer will also make a $100 million equity investment in 3SBio.\n";
    std::fs::write(&doc, text).unwrap();
    let out = stdout(
        extract_cmd(dir.path())
            .arg("extract")
            .arg(&doc)
            .args(["--format", "json"]),
    );
    let v: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(v["lang"], "en");
    let deal = &v["deals"][0];
    assert_eq!(deal["licensor"], "3SBio");
    assert_eq!(deal["licensee"], "Pfizer");
    assert_eq!(deal["upfront_usd"].as_u64(), Some(1_250_000_000));
    assert_eq!(deal["milestones_usd"].as_u64(), Some(4_800_000_000));
    assert_eq!(deal["equity_usd"].as_u64(), Some(100_000_000));
    assert!(
        deal["total_usd"].is_null(),
        "no total is stated, none is made up"
    );
    assert_eq!(deal["modality"], "bispecific antibody");
    assert_eq!(deal["assets"][0], "SSGJ-707");
    assert_eq!(deal["announced"], "2025-05-20");
    let ev = &deal["evidence"]["upfront_usd"];
    let (s, e) = (
        ev["start"].as_u64().unwrap() as usize,
        ev["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "$1.25 billion");
}

#[test]
fn unresolved_assets_are_listed_beside_unresolved_parties() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let out = stdout(dealscope(&db).args(["entities", "--unresolved"]));
    assert!(out.contains("asset name (not linked)"), "{out}");
    // Every asset the alias table names is linked, so none of its names is listed.
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let listed: Vec<String> = out
        .lines()
        .filter_map(|l| l.strip_prefix("│ "))
        .map(|l| key(l.split('┆').next().unwrap_or_default()))
        .collect();
    let mut reader = csv::Reader::from_path(data("asset_aliases.csv")).unwrap();
    for r in reader.deserialize::<BTreeMap<String, String>>() {
        let r = r.unwrap();
        for name in [&r["code"], &r["inn"]] {
            if !name.is_empty() {
                assert!(!listed.contains(&key(name)), "{name} is in the alias table");
            }
        }
    }
    assert!(
        listed.iter().any(|l| l.contains("preclinical")),
        "descriptive names are unresolved: {out}"
    );
}
