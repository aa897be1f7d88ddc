//! The analytics commands (stats splits, league, explain, comps, value, exports) against
//! the sample data. Expected figures are computed here from the CSV rows.

use std::collections::{BTreeMap, BTreeSet};

use predicates::prelude::*;

mod common;
use common::{csv_deals, dealscope, sample_store, stdout};

fn year(row: &BTreeMap<String, String>) -> &str {
    &row["announced"][..4]
}

fn csv_rows(text: &str) -> Vec<BTreeMap<String, String>> {
    csv::Reader::from_reader(text.as_bytes())
        .deserialize()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_split_counts_every_deal_in_its_group_and_the_top_n_fold_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let mut want: BTreeMap<(String, String), usize> = BTreeMap::new();
    for r in csv_deals() {
        *want
            .entry((year(&r).to_owned(), r["modality"].clone()))
            .or_default() += 1;
    }
    let out = stdout(dealscope(&db).args(["stats", "--split", "modality", "--format", "csv"]));
    let got: BTreeMap<(String, String), usize> = csv_rows(&out)
        .into_iter()
        .map(|r| {
            (
                (r["period"].clone(), r["group"].clone()),
                r["deals"].parse().unwrap(),
            )
        })
        .collect();
    assert_eq!(got, want);

    // With --top 3 every year still adds up to its deal count, in at most 4 groups.
    let out = stdout(dealscope(&db).args([
        "stats", "--split", "modality", "--top", "3", "--format", "csv",
    ]));
    let rows = csv_rows(&out);
    let groups: BTreeSet<&str> = rows.iter().map(|r| r["group"].as_str()).collect();
    assert!(
        groups.len() <= 4 && groups.contains("(other)"),
        "{groups:?}"
    );
    for (y, n) in csv_deals()
        .iter()
        .fold(BTreeMap::<String, usize>::new(), |mut m, r| {
            *m.entry(year(r).to_owned()).or_default() += 1;
            m
        })
    {
        let summed: usize = rows
            .iter()
            .filter(|r| r["period"] == y)
            .map(|r| r["deals"].parse::<usize>().unwrap())
            .sum();
        assert_eq!(summed, n, "{y}");
    }
    assert!(
        rows.iter().all(|r| r["preset"] == "all v1"),
        "every row names its preset"
    );
}

#[test]
fn equity_figures_and_means_match_the_csv() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let out = stdout(dealscope(&db).args(["stats", "--format", "csv"]));
    for r in csv_rows(&out) {
        let rows: Vec<_> = csv_deals()
            .into_iter()
            .filter(|d| year(d) == r["period"])
            .collect();
        let equity: Vec<u128> = rows
            .iter()
            .filter(|d| !d["equity_usd"].is_empty())
            .map(|d| d["equity_usd"].parse().unwrap())
            .collect();
        assert_eq!(r["equity_n"].parse::<usize>().unwrap(), equity.len());
        assert_eq!(
            r["equity_usd"].parse::<u128>().unwrap(),
            equity.iter().sum::<u128>()
        );
        let upfronts: Vec<u128> = rows
            .iter()
            .filter(|d| !d["upfront_usd"].is_empty())
            .map(|d| d["upfront_usd"].parse().unwrap())
            .collect();
        let mean_cents = upfronts.iter().sum::<u128>() * 100 / upfronts.len() as u128;
        let shown: f64 = r["mean_upfront_usd"].parse().unwrap();
        assert!(
            ((shown * 100.0) as i128 - mean_cents as i128).abs() <= 1,
            "{}",
            r["period"]
        );
    }
}

#[test]
fn the_league_table_ranks_licensees_by_their_summed_upfronts() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let mut sums: BTreeMap<String, u128> = BTreeMap::new();
    for r in csv_deals().iter().filter(|r| year(r) == "2025") {
        let upfront: u128 = r["upfront_usd"].parse().unwrap_or(0);
        for name in r["licensee"].split("; ") {
            *sums.entry(name.to_owned()).or_default() += upfront;
        }
    }
    let mut ranked: Vec<(String, u128)> = sums.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let out = stdout(dealscope(&db).args([
        "league",
        "licensees",
        "--year",
        "2025",
        "--metric",
        "upfront",
        "--top",
        "5",
        "--format",
        "csv",
    ]));
    let got: Vec<(String, u128)> = csv_rows(&out)
        .into_iter()
        .map(|r| (r["company"].clone(), r["upfront_usd"].parse().unwrap()))
        .collect();
    assert_eq!(got, ranked[..5]);
}

#[test]
fn explain_lists_each_excluded_deal_with_its_rule() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let preset = dir.path().join("no-mna.toml");
    std::fs::write(
        &preset,
        "name = \"no-mna\"\nversion = 2\ndeal_types = [\"license\", \"co-development\", \"option\", \"collaboration\", \"platform\", \"newco\"]\n",
    )
    .unwrap();
    let out = stdout(
        dealscope(&db)
            .args(["explain", "--year", "2024", "--format", "csv", "--preset"])
            .arg(&preset),
    );
    let rows = csv_rows(&out);
    let in_2024: Vec<_> = csv_deals()
        .into_iter()
        .filter(|r| year(r) == "2024")
        .collect();
    assert_eq!(
        rows.len(),
        in_2024.len(),
        "every deal of the year is listed"
    );
    for d in &in_2024 {
        let row = rows.iter().find(|r| r["deal_id"] == d["deal_id"]).unwrap();
        if d["deal_type"] == "acquisition" {
            assert_eq!(row["included"], "no");
            assert!(
                row["rule"].starts_with("deal_types: acquisition not in"),
                "{}",
                row["rule"]
            );
        } else {
            assert_eq!(row["included"], "yes", "{}", d["deal_id"]);
        }
        assert_eq!(row["preset"], "no-mna v2");
    }
    assert!(
        in_2024.iter().any(|d| d["deal_type"] == "acquisition"),
        "the year tests the rule"
    );

    // The stats under that preset leave the acquisitions out and say so.
    let out = stdout(
        dealscope(&db)
            .args(["stats", "--from", "2024", "--to", "2024", "--preset"])
            .arg(&preset),
    );
    let acquisitions = in_2024
        .iter()
        .filter(|d| d["deal_type"] == "acquisition")
        .count();
    assert!(
        out.contains(&format!(
            "preset no-mna v2 · {} deals",
            in_2024.len() - acquisitions
        )),
        "{out}"
    );
    assert!(out.contains("left out by preset no-mna v2"), "{out}");
}

#[test]
fn explain_sets_the_count_beside_the_published_figure() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let out = stdout(dealscope(&db).args(["explain", "--preset", "mainland", "--format", "csv"]));
    let rows = csv_rows(&out);
    let y25 = rows.iter().find(|r| r["year"] == "2025").unwrap();
    let n25 = csv_deals().iter().filter(|r| year(r) == "2025").count();
    assert_eq!(y25["counted"].parse::<usize>().unwrap(), n25);
    assert_eq!(y25["published_deals"], "157");
    assert_eq!(y25["deal_gap"].parse::<usize>().unwrap(), 157 - n25);
    assert_eq!(y25["published_source"], "PharmCube NextPharma");
}

#[test]
fn a_bad_preset_or_rates_file_is_an_error_naming_the_file_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "name = \"x\"\nversion = 1\ndeal_type = [\"license\"]\n",
    )
    .unwrap();
    dealscope(&db)
        .args(["stats", "--preset"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.toml").and(predicate::str::contains("deal_type")));
    dealscope(&db)
        .args(["stats", "--preset", "mainlnd"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("greater-china"));
    std::fs::write(&bad, "[transitions.oncology]\np1_to_p2 = 1.5\np2_to_p3 = 0.2\np3_to_filing = 0.5\nfiling_to_approval = 0.9\n").unwrap();
    dealscope(&db)
        .args(["value", "CNOUT-2025-054", "--rates"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("bad.toml").and(predicate::str::contains(
                "transitions.oncology.p1_to_p2 = 1.5",
            )),
        );
}

#[test]
fn comparables_share_a_modality_or_target_and_their_quartiles_are_right() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let deals = csv_deals();
    let subject = deals
        .iter()
        .find(|r| r["deal_id"] == "CNOUT-2025-054")
        .unwrap();
    let targets: Vec<&str> = subject["targets"].split(';').map(str::trim).collect();
    let expected: BTreeSet<&str> = deals
        .iter()
        .filter(|r| r["deal_id"] != subject["deal_id"])
        .filter(|r| {
            r["modality"] == subject["modality"]
                || r["targets"]
                    .split(';')
                    .any(|t| targets.iter().any(|s| s.eq_ignore_ascii_case(t.trim())))
        })
        .map(|r| r["deal_id"].as_str())
        .collect();
    let json = stdout(dealscope(&db).args([
        "comps",
        "CNOUT-2025-054",
        "--limit",
        "1000",
        "--format",
        "json",
    ]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let got: BTreeSet<&str> = v["comparables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["deal_id"].as_str().unwrap())
        .collect();
    assert_eq!(got, expected);
    let scores: Vec<u64> = v["comparables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["score"].as_u64().unwrap())
        .collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "most similar first"
    );

    // Quartiles of the upfronts, by the spreadsheet rule, computed here.
    let mut ups: Vec<f64> = deals
        .iter()
        .filter(|r| expected.contains(r["deal_id"].as_str()) && !r["upfront_usd"].is_empty())
        .map(|r| r["upfront_usd"].parse().unwrap())
        .collect();
    ups.sort_by(f64::total_cmp);
    let q = |p: f64| {
        let pos = p * (ups.len() - 1) as f64;
        let (i, frac) = (pos.floor() as usize, pos - pos.floor());
        ups[i] + (ups.get(i + 1).copied().unwrap_or(ups[i]) - ups[i]) * frac
    };
    let u = &v["distribution"]["upfront"];
    assert_eq!(u["n"].as_u64().unwrap() as usize, ups.len());
    for (key, p) in [("p25", 0.25), ("median", 0.5), ("p75", 0.75)] {
        assert!((u[key].as_f64().unwrap() - q(p)).abs() < 0.01, "{key}");
    }
    assert_eq!(u["max"].as_f64().unwrap(), *ups.last().unwrap());
}

#[test]
fn a_valuation_adds_up_and_lists_its_assumptions() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let json = stdout(dealscope(&db).args([
        "value",
        "CNOUT-2025-054",
        "--json",
        "--simulate",
        "2000",
        "--seed",
        "9",
    ]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let row = csv_deals()
        .into_iter()
        .find(|r| r["deal_id"] == "CNOUT-2025-054")
        .unwrap();
    let total: f64 = row["total_usd"].parse().unwrap();
    let upfront: f64 = row["upfront_usd"].parse().unwrap();
    let payments = v["payments"].as_array().unwrap();
    let (mut nominal, mut pv) = (0.0, 0.0);
    for p in payments {
        let (a, prob, df) = (
            p["amount"].as_f64().unwrap(),
            p["probability"].as_f64().unwrap(),
            p["discount_factor"].as_f64().unwrap(),
        );
        assert!((a * prob * df - p["present_value"].as_f64().unwrap()).abs() < 0.01);
        assert!((0.0..=1.0).contains(&prob) && (0.0..=1.0).contains(&df));
        nominal += a;
        pv += p["present_value"].as_f64().unwrap();
    }
    assert!(
        (nominal - total).abs() < 0.01,
        "upfront plus split milestones make the headline"
    );
    assert!((pv - v["rnpv"].as_f64().unwrap()).abs() < 0.01);
    assert!(v["rnpv"].as_f64().unwrap() < total && v["rnpv"].as_f64().unwrap() > upfront);
    assert_eq!(v["headline"].as_f64().unwrap(), total);
    let assumptions: Vec<&str> = v["assumptions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert!(assumptions.iter().any(|a| a.contains("BIO/Informa/QLS")));
    assert!(
        assumptions
            .iter()
            .any(|a| a.starts_with("royalties omitted"))
    );
    let sim = &v["simulation"];
    assert!(sim["paid"]["p10"].as_f64().unwrap() >= upfront);
    assert!(sim["paid"]["p90"].as_f64().unwrap() <= total + 0.01);

    // A higher discount rate lowers the value.
    let at = |r: &str| -> f64 {
        let j = stdout(dealscope(&db).args(["value", "CNOUT-2025-054", "--json", "--discount", r]));
        serde_json::from_str::<serde_json::Value>(&j).unwrap()["rnpv"]
            .as_f64()
            .unwrap()
    };
    assert!(at("0.15") < at("0.05"));
    dealscope(&db)
        .args(["value", "CNOUT-2025-054", "--milestone", "launch=5"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown trigger \"launch\""));
}

#[test]
fn risk_adjusted_stats_put_the_rnpv_beside_the_headline() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let json = stdout(dealscope(&db).args(["stats", "--risk-adjusted", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["preset"]["name"], "all");
    for row in v["rows"].as_array().unwrap() {
        let rnpv = &row["rnpv"];
        assert!(rnpv["n"].as_u64().unwrap() <= row["deals"].as_u64().unwrap());
        // Each valued deal is worth at least its upfront and at most upfront + milestones.
        assert!(rnpv["sum"].as_f64().unwrap() > 0.0, "{row}");
    }
    let not_valued = v["not_valued"].as_array().unwrap().len();
    let money = [
        "upfront_usd",
        "near_term_usd",
        "equity_usd",
        "milestones_usd",
        "total_usd",
    ];
    let unvaluable = csv_deals()
        .iter()
        .filter(|r| r["phase_at_deal"].is_empty() || money.iter().all(|m| r[*m].is_empty()))
        .count();
    assert_eq!(
        not_valued, unvaluable,
        "exactly the deals without a phase or an amount"
    );
}

#[test]
fn tables_export_to_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let out = dir.path().join("stats.xlsx");
    let said = stdout(
        dealscope(&db)
            .args(["stats", "--split", "area", "--out"])
            .arg(&out),
    );
    assert!(said.contains("wrote") && said.contains("rows"), "{said}");
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(&bytes[..2], b"PK", "an XLSX file is a zip archive");
    dealscope(&db)
        .args(["league", "licensors", "--out"])
        .arg(dir.path().join("x.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("only .xlsx"));
}

#[test]
fn every_aggregate_row_can_list_its_deals_with_their_sources() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    let out = stdout(dealscope(&db).args(["stats", "--from", "2021", "--to", "2021", "--list"]));
    let in_2021: Vec<_> = csv_deals()
        .into_iter()
        .filter(|r| year(r) == "2021")
        .collect();
    assert!(!in_2021.is_empty());
    for d in &in_2021 {
        assert!(out.contains(&d["deal_id"]), "{} listed", d["deal_id"]);
        assert!(
            out.contains(&d["source_url"]),
            "{} source shown",
            d["deal_id"]
        );
    }
    // In CSV the ids go in a column.
    let csv_out = stdout(dealscope(&db).args([
        "stats", "--from", "2021", "--to", "2021", "--list", "--format", "csv",
    ]));
    let row = &csv_rows(&csv_out)[0];
    let listed: BTreeSet<&str> = row["deal_ids"].split(' ').collect();
    let want: BTreeSet<&str> = in_2021.iter().map(|d| d["deal_id"].as_str()).collect();
    assert_eq!(listed, want);
}

#[test]
fn deal_lists_and_valuations_export_to_xlsx_too() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_store(dir.path());
    for (args, file) in [
        (vec!["deals", "list", "--out"], "deals.xlsx"),
        (vec!["value", "CNOUT-2025-054", "--out"], "value.xlsx"),
        (vec!["comps", "CNOUT-2025-054", "--out"], "comps.xlsx"),
        (vec!["explain", "--year", "2025", "--out"], "explain.xlsx"),
    ] {
        let path = dir.path().join(file);
        let said = stdout(dealscope(&db).args(&args).arg(&path));
        assert!(said.starts_with("wrote"), "{said}");
        assert_eq!(&std::fs::read(&path).unwrap()[..2], b"PK", "{file}");
    }
}
