//! Catalysts and approvals through the CLI: import, slips over two reports, the calendar
//! as iCalendar parsed back by a maintained parser, the approvals table.

use std::path::Path;

use predicates::prelude::*;

mod common;
use common::{data, dealscope, sample_store, stdout};

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

const HEADER: &str = "catalyst_id,asset,kind,indication,trial_id,expected,status,reported,source_url,source_name,notes\n";

#[test]
fn a_later_report_with_a_later_window_is_a_slip_and_keeps_the_first_date() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let first = write(
        dir.path(),
        "first.csv",
        &format!(
            "{HEADER}C1,SKB264,topline data,HR+/HER2- breast cancer,NCT00000001,2026-H1,,2026-01-05,https://example.invalid/a,,\n"
        ),
    );
    let second = write(
        dir.path(),
        "second.csv",
        &format!(
            "{HEADER}C1,sac-TMT,readout,HR+/HER2- Breast Cancer,,2026-Q4,,2026-06-20,https://example.invalid/b,,\n"
        ),
    );
    dealscope(&db)
        .args(["import", "catalysts"])
        .arg(&first)
        .assert()
        .success();
    dealscope(&db)
        .args(["import", "catalysts"])
        .arg(&second)
        .assert()
        .success()
        .stderr(predicate::str::contains("slipped"));
    let json = stdout(dealscope(&db).args(["catalysts", "--asset", "MK-2870", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let list = v.as_array().unwrap();
    assert_eq!(
        list.len(),
        1,
        "two reports of one catalyst (asset named by two aliases): {json}"
    );
    let c = &list[0];
    assert_eq!(c["expected"], "2026-Q4");
    assert_eq!(c["status"], "slipped");
    assert_eq!(c["history"][0]["expected"], "2026-H1");
    assert_eq!(c["trial_id"], "NCT00000001");
    assert_eq!(c["sources"].as_array().unwrap().len(), 2);
    // The table shows the earlier date and the deal it may trigger.
    let table = stdout(dealscope(&db).args(["catalysts", "--asset", "SKB264"]));
    assert!(table.contains("2026-H1"), "{table}");
    assert!(table.contains("CNOUT-2022-011"), "{table}");
    // Bad input names the place.
    let bad = write(
        dir.path(),
        "bad.csv",
        &format!("{HEADER}C9,X1,readout,,,Q5 2026,,,,,\n"),
    );
    dealscope(&db)
        .args(["import", "catalysts"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.csv:2: column expected"));
}

#[test]
fn the_calendar_is_valid_icalendar_with_one_event_per_catalyst() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    dealscope(&db)
        .args(["import", "catalysts"])
        .arg(data("catalysts.csv"))
        .assert()
        .success();
    let rows = csv::Reader::from_path(data("catalysts.csv"))
        .unwrap()
        .records()
        .count();
    let ics = stdout(dealscope(&db).args(["catalysts", "--format", "ics"]));
    let cal: icalendar::Calendar = ics.parse().expect("parses as iCalendar");
    let events: Vec<&icalendar::Event> =
        cal.components.iter().filter_map(|c| c.as_event()).collect();
    assert_eq!(events.len(), rows);
    use icalendar::Component;
    for e in events {
        assert!(e.get_summary().unwrap().contains("readout"));
        assert!(e.get_uid().unwrap().ends_with("@dealscope"));
        assert!(e.get_start().is_some() && e.get_end().is_some());
    }
}

#[test]
fn approvals_table_shows_the_published_counts_with_their_source() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let csv_out = stdout(dealscope(&db).args(["approvals", "--format", "csv"]));
    let mut reader = csv::Reader::from_reader(csv_out.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let total_2025: u64 = rows
        .iter()
        .filter(|r| &r[0] == "2025")
        .map(|r| r[4].parse::<u64>().unwrap())
        .sum();
    // NMPA 2025 as the seed article reports it: 47 chemical + 23 biological + 6 TCM.
    assert_eq!(total_2025, 76);
    assert!(
        rows.iter().all(|r| !r[5].is_empty()),
        "every count has a source"
    );
    // Individual approvals add to the stored column.
    let approvals = write(
        dir.path(),
        "approvals.csv",
        "approval_id,agency,date,product,asset,indication,category,origin,pathway,source_url\nA1,NMPA,2025-03-01,Example-mab,,,biologic,domestic,priority review,https://example.invalid/x\n",
    );
    dealscope(&db)
        .args(["import", "approvals"])
        .arg(&approvals)
        .assert()
        .success();
    let out = stdout(dealscope(&db).args(["approvals", "--split", "category", "--format", "csv"]));
    let bio = out
        .lines()
        .find(|l| l.starts_with("2025,biologic"))
        .unwrap();
    assert!(bio.starts_with("2025,biologic,1,23,"), "{bio}");
}

#[test]
fn documents_announce_catalysts_and_a_later_report_records_the_slip() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let first = write(
        dir.path(),
        "january.txt",
        "SHANGHAI, January 8, 2026 -- Akeso said it expects topline phase III data for ivonescimab in the first half of 2026.\n",
    );
    let later = write(
        dir.path(),
        "june.txt",
        "2026年6月2日，康方生物表示，公司预计2026年下半年读出依沃西单抗（AK112）的III期数据。\n",
    );
    let out = stdout(dealscope(&db).arg("ingest").arg(&first));
    assert!(out.contains("catalysts: 1 new"), "{out}");
    let out = stdout(dealscope(&db).arg("ingest").arg(&later));
    assert!(out.contains("slipped"), "{out}");
    let json =
        stdout(dealscope(&db).args(["catalysts", "--asset", "ivonescimab", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let c = &v.as_array().unwrap()[0];
    assert_eq!(c["expected"], "2026-H2");
    assert_eq!(c["history"][0]["expected"], "2026-H1");
    assert_eq!(c["status"], "slipped");
    // Each value points at the words it was read from.
    let ev = c["evidence"].as_array().unwrap();
    assert!(
        ev.iter()
            .any(|e| e["field"] == "expected" && e["text"] == "first half of 2026")
    );
    assert!(
        ev.iter()
            .any(|e| e["field"] == "expected" && e["text"] == "2026年下半年")
    );
}

#[test]
fn approvals_reported_in_news_are_stored_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let news = write(
        dir.path(),
        "approval.txt",
        "BEIJING, March 3, 2025 -- The NMPA approved SKB264, a domestically developed biologic, under priority review. Analysts expect the FDA to approve BL-B01D1 in 2027.\n",
    );
    let out = stdout(dealscope(&db).arg("ingest").arg(&news));
    assert!(out.contains("1 approval(s)"), "{out}");
    let csv_out = stdout(dealscope(&db).args(["approvals", "--format", "csv"]));
    let row = csv_out
        .lines()
        .find(|l| l.starts_with("2025,biologic,domestic"))
        .unwrap();
    assert!(
        row.starts_with("2025,biologic,domestic,1,21,"),
        "stored 1 beside the published 21: {row}"
    );
    // The expected FDA approval is a catalyst, not an approval.
    let cal = stdout(dealscope(&db).args(["catalysts", "--asset", "BL-B01D1", "--format", "csv"]));
    assert!(
        cal.contains("2027,year,BL-B01D1,approval decision"),
        "{cal}"
    );
}
