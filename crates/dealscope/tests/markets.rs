//! Markets through the CLI: the company card and the event study on prices written here,
//! with the expected abnormal return computed by hand.

use predicates::prelude::*;

mod common;
use common::{csv_deals, dealscope, sample_store, stdout};

#[test]
fn the_company_card_finds_a_company_by_ticker_and_sums_its_upfronts() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let out = stdout(dealscope(&db).args(["company", "01276.HK", "--format", "csv"]));
    let rows: Vec<_> = csv::Reader::from_reader(out.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    let want = csv_deals()
        .iter()
        .filter(|r| r["licensor"].contains("Hengrui") || r["licensee"].contains("Hengrui"))
        .count();
    assert_eq!(rows.len(), want);
    let table = stdout(dealscope(&db).args(["company", "恒瑞医药"]));
    let upfront_2025: u64 = csv_deals()
        .iter()
        .filter(|r| r["licensor"].contains("Hengrui") && r["announced"].starts_with("2025"))
        .filter_map(|r| r["upfront_usd"].parse::<u64>().ok())
        .sum();
    assert!(upfront_2025 > 0);
    let shown = format!(
        "2025: US${}",
        dealscope_core::Money::whole(upfront_2025 as i64, dealscope_core::Currency::USD)
            .compact()
            .trim_start_matches("US$")
    );
    assert!(table.contains(&shown), "{shown} in\n{table}");
    dealscope(&db)
        .args(["company", "NoSuchCo"])
        .assert()
        .code(1);
}

/// Hengrui (HKEX:01276) announced CNOUT-2025-053 on 2025-03-25. Prices written here: on
/// every trading day before, the stock returns exactly twice the index (beta 2, alpha 0);
/// on the announcement day the index gains 1 % and the stock 10 %; after it, both are flat.
/// By hand: AR(0) = 0.10 − 2 × 0.01 = 8 %, AR(+1) = 0, CAR(0, +1) = 8 %.
#[test]
fn event_study_matches_the_hand_computed_abnormal_return() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let event = dealscope_core::chrono::NaiveDate::from_ymd_opt(2025, 3, 25).unwrap();
    let csv = common::hengrui_prices();
    let s = csv
        .lines()
        .rfind(|l| l.starts_with("01276.HK"))
        .and_then(|l| l.rsplit(',').next())
        .unwrap()
        .parse::<f64>()
        .unwrap();
    let prices = dir.path().join("prices.csv");
    std::fs::write(&prices, &csv).unwrap();
    let out = stdout(
        dealscope(&db)
            .args([
                "event-study",
                "--benchmark",
                "HSI",
                "--window",
                "0,+1",
                "--company",
                "hengrui",
                "--format",
                "csv",
                "--prices",
            ])
            .arg(&prices),
    );
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(out.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    let row = rows
        .iter()
        .find(|r| &r[2] == "CNOUT-2025-053")
        .expect("the 2025-03-25 deal");
    let beta: f64 = row[6].parse().unwrap();
    let car: f64 = row[9].parse().unwrap();
    assert!((beta - 2.0).abs() < 1e-3, "beta {beta}");
    assert!((car - 0.08).abs() < 1e-4, "CAR {car}");
    // Deals outside the prices say why instead of a number.
    assert!(rows.iter().any(|r| r[10].contains("trading day")), "{out}");

    // A duplicated day and an unadjusted split are errors naming the problem.
    std::fs::write(&prices, format!("{csv}HSI,{event},1\n")).unwrap();
    dealscope(&db)
        .args(["event-study", "--benchmark", "HSI", "--prices"])
        .arg(&prices)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("two closes on 2025-03-25"));
    // A 1-for-10 split the series was not adjusted for: the close drops 90 % overnight.
    let after = event + dealscope_core::chrono::Duration::days(30);
    std::fs::write(&prices, format!("{csv}01276.HK,{after},{:.6}\n", s / 10.0)).unwrap();
    dealscope(&db)
        .args(["event-study", "--benchmark", "HSI", "--prices"])
        .arg(&prices)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("adjust the series for splits"));
}

#[test]
fn themes_select_the_licensors_their_rules_describe() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let out = stdout(dealscope(&db).args(["themes", "PD-1/VEGF bispecifics", "--format", "csv"]));
    let got: std::collections::BTreeSet<String> = csv::Reader::from_reader(out.as_bytes())
        .records()
        .map(|r| r.unwrap()[0].to_owned())
        .collect();
    let want: std::collections::BTreeSet<String> = csv_deals()
        .iter()
        .filter(|r| r["modality"] == "bispecific antibody")
        .filter(|r| {
            let t: Vec<String> = r["targets"]
                .split(';')
                .map(|t| t.trim().to_uppercase())
                .collect();
            t.contains(&"PD-1".to_owned()) && t.contains(&"VEGF".to_owned())
        })
        .map(|r| r["licensor"].clone())
        .collect();
    assert_eq!(got, want);
    // A file of one's own; a typo in it names the field.
    let mine = dir.path().join("mine.toml");
    std::fs::write(
        &mine,
        "[[theme]]\nname = \"TROP2\"\ntargets_any = [\"TROP2\"]\n",
    )
    .unwrap();
    let out = stdout(
        dealscope(&db)
            .args(["themes", "TROP2", "--format", "csv", "--file"])
            .arg(&mine),
    );
    assert!(out.contains("Sichuan Kelun-Biotech"), "{out}");
    std::fs::write(&mine, "[[theme]]\nname = \"x\"\ntarget_any = [\"TROP2\"]\n").unwrap();
    dealscope(&db)
        .args(["themes", "--file"])
        .arg(&mine)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("target_any"));
}
