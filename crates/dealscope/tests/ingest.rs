//! Black-box tests of `dealscope ingest` and `dealscope conflicts` on temporary stores,
//! with documents written here in our own words.

use std::path::{Path, PathBuf};

use predicates::prelude::*;

mod common;
use common::{dealscope, stdout};

fn write(dir: &Path, name: &str, text: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

const RELEASE: &str = "SUZHOU, China and BOSTON, March 3, 2026 -- Qiantang Biopharma has granted Lanford Therapeutics \
an exclusive license to QB-401, a TROP2 antibody-drug conjugate, outside Greater China. Lanford will pay Qiantang \
$80 million upfront, and Qiantang is eligible for up to $1.2 billion in development, regulatory and commercial \
milestones, for a total of up to $1.28 billion.\n";

const NEWS: &str = "March 4, 2026 -- In licensing news, Lanford Therapeutics has licensed QB-401 from Qiantang Biopharma. Under the \
terms, Lanford pays $80 million upfront; Qiantang can earn up to $1.25 billion in milestones.\n";

/// The store's deals as JSON, for before/after comparisons.
fn snapshot(db: &Path) -> String {
    stdout(dealscope(db).args(["deals", "list", "--format", "json"]))
}

#[test]
fn ingesting_the_same_document_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let doc = write(dir.path(), "release.txt", RELEASE.as_bytes());
    let first = stdout(dealscope(&db).arg("ingest").arg(&doc));
    assert!(first.contains("1 deal(s); created DOC-"), "{first}");
    let before = snapshot(&db);
    dealscope(&db)
        .arg("ingest")
        .arg(&doc)
        .assert()
        .success()
        .stdout(predicate::str::contains("already stored"))
        .stdout(predicate::str::contains("0 read, 1 already stored"));
    assert_eq!(snapshot(&db), before);

    // The stored deal carries the document's figures and where they were read.
    let deals: Vec<serde_json::Value> = serde_json::from_str(&before).unwrap();
    assert_eq!(deals.len(), 1);
    let d = &deals[0];
    assert_eq!(d["licensors"][0]["name"], "Qiantang Biopharma");
    assert_eq!(d["licensees"][0]["name"], "Lanford Therapeutics");
    assert_eq!(
        d["terms"]["upfront"]["money"]["amount"].as_u64(),
        Some(80_000_000)
    );
    assert_eq!(
        d["terms"]["milestones"]["money"]["amount"].as_u64(),
        Some(1_200_000_000)
    );
    assert_eq!(
        d["terms"]["total"]["money"]["amount"].as_u64(),
        Some(1_280_000_000)
    );
    let ev = d["evidence"].as_array().unwrap();
    let upfront = ev.iter().find(|e| e["field"] == "upfront").unwrap();
    let (s, e) = (
        upfront["span"]["start"].as_u64().unwrap() as usize,
        upfront["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&RELEASE[s..e], "$80 million");
}

#[test]
fn a_folder_with_bad_files_stores_the_good_ones_and_reports_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    write(&inbox, "a-release.txt", RELEASE.as_bytes());
    write(&inbox, "b-empty.txt", b"");
    write(&inbox, "c-junk.txt", &[0x00, 0xff, 0x13, 0x37, 0x00]);
    write(
        &inbox,
        "d-latin1.txt",
        b"Caf\xe9 Lumora paid a fee of $5 million.",
    );
    write(&inbox, "e-broken.pdf", b"%PDF-1.4 not really");
    write(&inbox, "f-bad.csv", b"deal_id,announced\nX,2025\n");
    write(
        &inbox,
        "g-page.html",
        b"<html><body><p>Revenue reached <b>$2.1 billion</b> in 2025.</p></body></html>",
    );
    let out = dealscope(&db)
        .arg("ingest")
        .arg(&inbox)
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    for (file, why) in [
        ("b-empty.txt", "empty file"),
        ("c-junk.txt", "not text"),
        ("e-broken.pdf", "broken PDF"),
        ("f-bad.csv", "f-bad.csv:1: column licensor"),
    ] {
        assert!(
            stderr.lines().any(|l| l.contains(file) && l.contains(why)),
            "{file}: {why}\n{stderr}"
        );
    }
    assert!(
        stdout.contains("documents: 3 read, 0 already stored, 4 failed"),
        "{stdout}"
    );
    // The Latin-1 file is read in its own encoding, not rejected.
    assert!(stdout.contains("d-latin1.txt: 1 amounts"), "{stdout}");
    let status = stdout_of_status(&db);
    assert!(status.contains("deals       1"), "{status}");
    assert!(status.contains("documents   3"), "{status}");
}

fn stdout_of_status(db: &Path) -> String {
    stdout(dealscope(db).arg("status"))
}

#[test]
fn the_shown_value_follows_the_documented_rule_whatever_the_order() {
    // News first, then the licensor's own release: the release's value is shown.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let news = write(dir.path(), "news.txt", NEWS.as_bytes());
    let release = write(dir.path(), "release.txt", RELEASE.as_bytes());
    dealscope(&db).arg("ingest").arg(&news).assert().success();
    dealscope(&db)
        .arg("ingest")
        .arg(&release)
        .assert()
        .success();
    let deals: Vec<serde_json::Value> = serde_json::from_str(&snapshot(&db)).unwrap();
    assert_eq!(deals.len(), 1);
    assert_eq!(
        deals[0]["terms"]["milestones"]["money"]["amount"].as_u64(),
        Some(1_200_000_000),
        "a party's own release beats trade press"
    );
    // Two press reports: the later publication's value is shown, the earlier kept.
    let later = write(
        dir.path(),
        "later.txt",
        b"March 20, 2026 -- In a deal tracker update, Lanford Therapeutics licensed QB-401 from Qiantang Biopharma; Qiantang can earn up to $1.3 billion in milestones.\n",
    );
    let db2 = dir.path().join("t.db");
    dealscope(&db2).arg("ingest").arg(&news).assert().success();
    dealscope(&db2).arg("ingest").arg(&later).assert().success();
    let deals: Vec<serde_json::Value> = serde_json::from_str(&snapshot(&db2)).unwrap();
    assert_eq!(deals.len(), 1, "{deals:?}");
    assert_eq!(
        deals[0]["terms"]["milestones"]["money"]["amount"].as_u64(),
        Some(1_300_000_000),
        "the later statement wins between equals"
    );
    let conflicts = stdout(dealscope(&db2).arg("conflicts"));
    assert!(
        conflicts.contains("USD 1,250,000,000"),
        "the earlier value is kept: {conflicts}"
    );
}

#[test]
fn two_reports_of_one_deal_merge_and_their_disagreement_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let release = write(dir.path(), "release.txt", RELEASE.as_bytes());
    let news = write(dir.path(), "news.txt", NEWS.as_bytes());
    dealscope(&db)
        .arg("ingest")
        .arg(&release)
        .assert()
        .success();
    dealscope(&db)
        .arg("ingest")
        .arg(&news)
        .assert()
        .success()
        .stdout(predicate::str::contains("merged into DOC-"))
        .stdout(predicate::str::contains("sources disagree"));
    let deals: Vec<serde_json::Value> = serde_json::from_str(&snapshot(&db)).unwrap();
    assert_eq!(deals.len(), 1, "one deal, two sources");
    assert_eq!(deals[0]["sources"].as_array().unwrap().len(), 2);
    // The party's own release stays shown over the later news report; the other value is
    // kept and flagged.
    assert_eq!(
        deals[0]["terms"]["milestones"]["money"]["amount"].as_u64(),
        Some(1_200_000_000)
    );
    let conflicts = stdout(dealscope(&db).arg("conflicts"));
    assert!(
        conflicts.contains("milestones — sources disagree"),
        "{conflicts}"
    );
    assert!(
        conflicts.contains("USD 1,200,000,000") && conflicts.contains("USD 1,250,000,000"),
        "{conflicts}"
    );
    assert!(
        conflicts.contains("news.txt") && conflicts.contains("release.txt"),
        "{conflicts}"
    );
    assert!(
        !conflicts.contains("upfront"),
        "both say $80 million: no conflict\n{conflicts}"
    );
    let id = deals[0]["id"].as_str().unwrap();
    let card = stdout(dealscope(&db).args(["deals", "show", id]));
    assert!(
        card.contains("conflicts") && card.contains("USD 1,250,000,000"),
        "{card}"
    );
}

#[test]
fn a_document_about_a_bundled_deal_merges_into_it_through_the_alias_tables() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    dealscope(&db).arg("demo").assert().success();
    let sources = |db: &Path| -> usize {
        let deal: serde_json::Value = serde_json::from_str(&stdout(dealscope(db).args([
            "deals",
            "show",
            "CNOUT-2025-054",
            "--format",
            "json",
        ])))
        .unwrap();
        deal["sources"].as_array().unwrap().len()
    };
    let before = sources(&db);
    // 3SBio and Pfizer, asset by its partner code (an alias of SSGJ-707 in the asset table).
    let doc = write(
        dir.path(),
        "pfizer.txt",
        b"May 20, 2025 -- Pfizer in-licensed PF-08634404 from 3SBio, paying $1.25 billion upfront.\n",
    );
    let out = stdout(dealscope(&db).arg("ingest").arg(&doc));
    assert!(out.contains("merged into CNOUT-2025-054"), "{out}");
    assert_eq!(sources(&db), before + 1, "the document is one more source");
}

/// Writes `n` small synthetic releases, each a distinct deal, into `dir`.
fn synthetic_documents(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        let text = format!(
            "SHANGHAI, May 20, 2025 -- Alder{i} Biopharma has granted Birch{i} Therapeutics an exclusive license \
             to AB-{code}, outside Greater China. Birch{i} Therapeutics will pay Alder{i} Biopharma ${up} million \
             upfront, and Alder{i} Biopharma is eligible for up to ${ms} million in milestones.\n",
            code = 1000 + i,
            up = 10 + i % 90,
            ms = 500 + i % 700,
        );
        std::fs::write(dir.join(format!("doc-{i:05}.txt")), text).unwrap();
    }
}

#[test]
fn a_killed_ingest_leaves_whole_documents_and_a_rerun_completes_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let docs = dir.path().join("docs");
    let n = 3000;
    synthetic_documents(&docs, n);
    // Start a long ingest and kill it (SIGKILL) part-way.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("dealscope"))
        .env_remove("DEALSCOPE_DB")
        .arg("--db")
        .arg(&db)
        .arg("ingest")
        .arg(&docs)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until some documents are stored, then kill.
    let started = std::time::Instant::now();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(50));
        let stored =
            db.exists() && rusqlite_count(&db, "SELECT COUNT(*) FROM documents").unwrap_or(0) > 50;
        if stored || started.elapsed() > std::time::Duration::from_secs(60) {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();

    // Every stored document has its deal; no deal lacks its document.
    let documents = rusqlite_count(&db, "SELECT COUNT(*) FROM documents").unwrap();
    let deals = rusqlite_count(&db, "SELECT COUNT(*) FROM deals").unwrap();
    let orphans = rusqlite_count(
        &db,
        "SELECT COUNT(*) FROM deals d WHERE NOT EXISTS (SELECT 1 FROM deal_sources s JOIN documents doc ON doc.source_id = s.source_id WHERE s.deal_id = d.id)",
    )
    .unwrap();
    assert!(
        documents > 0 && documents < n as i64,
        "killed part-way: {documents} of {n}"
    );
    assert_eq!(
        deals, documents,
        "one deal per document, nothing half-written"
    );
    assert_eq!(orphans, 0);
    // The file is a sound SQLite database that dealscope opens.
    let conn =
        rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    drop(conn);
    dealscope(&db).arg("status").assert().success();

    // Running it again stores the rest and skips what was stored.
    let out = stdout(dealscope(&db).arg("ingest").arg(&docs));
    let summary = out.lines().last().unwrap();
    assert!(
        summary.contains(&format!(
            "{} read, {documents} already stored, 0 failed",
            n as i64 - documents
        )),
        "{summary}"
    );
    assert_eq!(
        rusqlite_count(&db, "SELECT COUNT(*) FROM deals").unwrap(),
        n as i64
    );
}

/// One number from the store, read directly with rusqlite (read-only), not through the code
/// under test.
fn rusqlite_count(db: &Path, sql: &str) -> Option<i64> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .ok()?;
    conn.query_row(sql, [], |r| r.get(0)).ok()
}

#[test]
fn unresolved_names_are_listed_and_merging_links_them_without_losing_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let companies = write(
        dir.path(),
        "companies.csv",
        b"company_id,name_en,name_zh,aliases,country,exchange_tickers,type\nqiantang,Qiantang Bio,,,CN,,biotech\n",
    );
    dealscope(&db)
        .args(["import", "companies"])
        .arg(&companies)
        .assert()
        .success();
    let doc = write(dir.path(), "release.txt", RELEASE.as_bytes());
    dealscope(&db).arg("ingest").arg(&doc).assert().success();

    let unresolved = stdout(dealscope(&db).args(["entities", "--unresolved"]));
    assert!(unresolved.contains("Qiantang Biopharma"), "{unresolved}");
    assert!(unresolved.contains("Lanford Therapeutics"), "{unresolved}");
    let before: serde_json::Value = serde_json::from_str(&snapshot(&db)).unwrap();

    dealscope(&db)
        .args(["entities", "merge", "Qiantang Biopharma", "qiantang"])
        .assert()
        .success()
        .stdout(predicate::str::contains("1 deal part(ies) newly linked"));
    let unresolved = stdout(dealscope(&db).args(["entities", "--unresolved"]));
    assert!(!unresolved.contains("Qiantang Biopharma"), "{unresolved}");
    let after: serde_json::Value = serde_json::from_str(&snapshot(&db)).unwrap();
    assert_eq!(after[0]["licensors"][0]["company"], "qiantang");
    assert_eq!(
        after[0]["licensors"][0]["name"], "Qiantang Biopharma",
        "kept as written"
    );
    assert_eq!(
        after[0]["evidence"], before[0]["evidence"],
        "evidence untouched"
    );
    let by_company =
        stdout(dealscope(&db).args(["deals", "list", "--party", "qiantang", "--format", "csv"]));
    assert_eq!(by_company.lines().count(), 2, "{by_company}");
    // Merging into a company that does not exist is an error and changes nothing.
    dealscope(&db)
        .args(["entities", "merge", "Lanford Therapeutics", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such company"));
}

/// A one-page PDF whose text layer holds `lines` (Helvetica, one line each), with a correct
/// cross-reference table. No line may contain parentheses or backslashes.
fn pdf_with_lines(lines: &[&str]) -> Vec<u8> {
    let mut content = String::from("BT /F1 11 Tf 14 TL 60 760 Td\n");
    for l in lines {
        content += &format!("({l}) Tj T*\n");
    }
    content += "ET";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        pdf.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    pdf.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

#[test]
fn pdfs_are_read_in_isolation_and_scans_and_broken_files_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let good = write(
        dir.path(),
        "announcement.pdf",
        &pdf_with_lines(&[
            "Qiantang Biopharma has granted Lanford Therapeutics an exclusive license to QB-401.",
            "Lanford will pay Qiantang Biopharma $50 million upfront.",
        ]),
    );
    let scan = write(dir.path(), "scan.pdf", &pdf_with_lines(&[]));
    let broken = write(
        dir.path(),
        "broken.pdf",
        b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%garbage",
    );
    let out = dealscope(&db)
        .arg("ingest")
        .args([&good, &scan, &broken])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stdout.contains("announcement.pdf: 1 amounts, 1 deal(s)"),
        "{stdout}\n{stderr}"
    );
    assert!(
        stderr.contains("scan.pdf: not text: scanned PDF without a text layer"),
        "{stderr}"
    );
    assert!(
        stderr.contains("broken.pdf:") && stderr.contains("PDF"),
        "{stderr}"
    );
    let deals: Vec<serde_json::Value> = serde_json::from_str(&snapshot(&db)).unwrap();
    assert_eq!(deals.len(), 1);
    assert_eq!(
        deals[0]["terms"]["upfront"]["money"]["amount"].as_u64(),
        Some(50_000_000)
    );
}

#[test]
fn later_reports_add_to_a_deals_timeline_and_status() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let release = write(dir.path(), "release.txt", RELEASE.as_bytes());
    let later = write(
        dir.path(),
        "later.txt",
        b"June 30, 2026 -- Lanford Therapeutics terminated its license agreement with Qiantang Biopharma \
          for QB-401 on June 29, 2026, and the rights returned to Qiantang Biopharma.\n",
    );
    dealscope(&db)
        .arg("ingest")
        .arg(&release)
        .assert()
        .success();
    dealscope(&db)
        .arg("ingest")
        .arg(&later)
        .assert()
        .success()
        .stdout(predicate::str::contains("merged into DOC-"));
    let deals: Vec<serde_json::Value> = serde_json::from_str(&snapshot(&db)).unwrap();
    assert_eq!(deals.len(), 1);
    assert_eq!(deals[0]["status"], "terminated");
    let id = deals[0]["id"].as_str().unwrap();
    let card = stdout(dealscope(&db).args(["deals", "show", id]));
    let timeline: Vec<&str> = card
        .lines()
        .skip_while(|l| l.trim() != "timeline")
        .skip(1)
        .take_while(|l| l.starts_with("    "))
        .collect();
    assert!(
        timeline[0].contains("2026-03-03") && timeline[0].contains("signing"),
        "{card}"
    );
    assert!(
        timeline.iter().any(|l| l.contains("2026-06-29")
            && l.contains("termination")
            && l.contains("later.txt")),
        "{card}"
    );
}

#[test]
fn reviewed_extractions_are_fed_back_and_disagreements_with_the_extractor_show() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let doc = write(dir.path(), "release.txt", RELEASE.as_bytes());
    dealscope(&db).arg("ingest").arg(&doc).assert().success();
    // A reviewer takes the extraction JSON and corrects the milestones.
    let line = stdout(
        dealscope(&db)
            .arg("extract")
            .arg(&doc)
            .args(["--format", "json"]),
    );
    let mut v: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(
        v["deals"][0]["milestones_usd"].as_u64(),
        Some(1_200_000_000)
    );
    v["deals"][0]["milestones_usd"] = serde_json::json!(1_250_000_000u64);
    let reviewed = format!("{}\nthis is not json\n", serde_json::to_string(&v).unwrap());
    let review = write(dir.path(), "review.jsonl", reviewed.as_bytes());
    dealscope(&db)
        .arg("ingest")
        .arg(&review)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("1 read"))
        .stderr(predicate::str::contains(
            "review.jsonl: 1 line(s) stored; not stored: line 2",
        ));
    let deals: Vec<serde_json::Value> = serde_json::from_str(&snapshot(&db)).unwrap();
    assert_eq!(deals.len(), 1, "the review merged into the extracted deal");
    assert_eq!(deals[0]["sources"].as_array().unwrap().len(), 2);
    let conflicts = stdout(dealscope(&db).arg("conflicts"));
    assert!(
        conflicts.contains("milestones — sources disagree"),
        "{conflicts}"
    );
    assert!(
        conflicts.contains("USD 1,250,000,000") && conflicts.contains("review.jsonl:1"),
        "{conflicts}"
    );
    // The same reviewed line again changes nothing.
    let good_only = write(
        dir.path(),
        "review2.jsonl",
        format!("{}\n", serde_json::to_string(&v).unwrap()).as_bytes(),
    );
    dealscope(&db)
        .arg("ingest")
        .arg(&good_only)
        .assert()
        .success()
        .stdout(predicate::str::contains("1 already stored"));
}

#[test]
fn a_chinese_report_merges_into_the_bundled_deal_through_its_chinese_name() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    dealscope(&db).arg("demo").assert().success();
    // 三生制药 is 3SBio's Chinese name in the company table; GBK-encoded on purpose.
    let text = "2025年5月21日，三生制药公告称，已与Pfizer就SSGJ-707签署独家许可协议。\
                根据协议，三生制药将获得首付款12.5亿美元，以及最高48亿美元的里程碑付款。\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    let doc = write(dir.path(), "公告.txt", &gbk);
    let out = stdout(dealscope(&db).arg("ingest").arg(&doc));
    assert!(out.contains("merged into CNOUT-2025-054"), "{out}");
    let deal: serde_json::Value = serde_json::from_str(&stdout(dealscope(&db).args([
        "deals",
        "show",
        "CNOUT-2025-054",
        "--format",
        "json",
    ])))
    .unwrap();
    let upfront = deal["observations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["field"] == "upfront" && o["text"] == "12.5亿美元")
        .expect("the Chinese upfront is kept as an observation");
    assert_eq!(upfront["money"]["amount"].as_u64(), Some(1_250_000_000));
    // The Chinese report agrees with the curated figures: nothing to flag (exit 1: none found).
    dealscope(&db)
        .arg("conflicts")
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "no deal has sources that disagree",
        ));
}

#[test]
fn extract_reads_chinese_amounts_with_their_roles() {
    let dir = tempfile::tempdir().unwrap();
    let doc = write(
        dir.path(),
        "zh.txt",
        "根据协议，公司将获得12.5亿美元首付款，以及最高48亿美元的里程碑付款；公司2024年营业收入约人民币91亿元。"
            .as_bytes(),
    );
    let out = stdout(
        dealscope(&dir.path().join("none.db"))
            .arg("extract")
            .arg(&doc)
            .arg("--mentions"),
    );
    let got: Vec<(u64, String, String)> = out
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["value"].as_u64().unwrap(),
                v["currency"].as_str().unwrap().to_owned(),
                v["role"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (1_250_000_000, "USD".to_owned(), "upfront".to_owned()),
            (4_800_000_000, "USD".to_owned(), "milestone".to_owned()),
            (9_100_000_000, "CNY".to_owned(), "other".to_owned()),
        ]
    );
}
