//! Extraction quality on the English corpus written for this project (`corpus/en`), scored
//! against its gold labels the way `corpus/score.py` scores the CLI: a predicted amount
//! matches a gold one with the same currency and a value within 0.5 %, in document order.
//!
//! The thresholds are the targets. The figures are printed (`--nocapture`).

use std::path::{Path, PathBuf};

use dealscope_extract::{Gazetteer, Role};
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn gazetteer() -> Gazetteer {
    let data = root().join("data");
    let companies = dealscope_ingest::read_companies(
        std::fs::File::open(data.join("companies.csv")).unwrap(),
        "companies.csv",
    )
    .unwrap()
    .records;
    let assets = dealscope_ingest::read_assets(
        std::fs::File::open(data.join("asset_aliases.csv")).unwrap(),
        "asset_aliases.csv",
    )
    .unwrap()
    .records;
    Gazetteer::new(&companies, &assets)
}

#[derive(Default, Debug)]
struct Score {
    docs: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
    role_ok: usize,
    deals: usize,
    deals_ok: usize,
    parties: usize,
    parties_ok: usize,
    problems: Vec<String>,
}

fn as_f64(d: dealscope_core::rust_decimal::Decimal) -> f64 {
    d.to_string().parse().expect("decimal text is a float")
}

fn score(dir: &Path) -> Score {
    let g = gazetteer();
    let gold = std::fs::read_to_string(dir.join("gold.jsonl")).expect("gold.jsonl");
    let mut s = Score::default();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let gold: Value = serde_json::from_str(line).unwrap();
        let file = gold["file"].as_str().unwrap();
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let x = dealscope_extract::extract(&text, &g);
        s.docs += 1;
        let mut used = vec![false; x.mentions.len()];
        for gm in gold["money_mentions"].as_array().unwrap() {
            let want = gm["value"].as_f64().expect("numeric value");
            let hit = x.mentions.iter().enumerate().position(|(i, m)| {
                !used[i]
                    && m.currency.code() == gm["currency"].as_str().unwrap()
                    && (as_f64(m.value) - want).abs() <= 0.005 * want.abs()
            });
            match hit {
                None => {
                    s.fn_ += 1;
                    s.problems
                        .push(format!("MISS  {file}: {} ({})", gm["text"], gm["role"]));
                }
                Some(i) => {
                    used[i] = true;
                    s.tp += 1;
                    if x.mentions[i].role.as_str() == gm["role"].as_str().unwrap() {
                        s.role_ok += 1;
                    } else {
                        s.problems.push(format!(
                            "ROLE  {file}: {} gold {} got {}",
                            gm["text"], gm["role"], x.mentions[i].role
                        ));
                    }
                }
            }
        }
        for (i, m) in x.mentions.iter().enumerate() {
            if !used[i] {
                s.fp += 1;
                s.problems.push(format!(
                    "EXTRA {file}: {:?} {} {}",
                    m.text, m.value, m.currency
                ));
            }
        }
        for gd in gold["deals"].as_array().unwrap() {
            s.deals += 1;
            let first_word = |v: &Value| {
                v.as_str()
                    .and_then(|t| t.split_whitespace().next())
                    .map(str::to_lowercase)
            };
            if gd["licensor"].is_string() && gd["licensee"].is_string() {
                s.parties += 1;
                let word = |f: &Option<dealscope_extract::Field<String>>| {
                    f.as_ref()
                        .and_then(|f| f.value.split_whitespace().next())
                        .map(str::to_lowercase)
                };
                let right = x.deals.iter().any(|d| {
                    word(&d.licensor) == first_word(&gd["licensor"])
                        && word(&d.licensee) == first_word(&gd["licensee"])
                });
                if right {
                    s.parties_ok += 1;
                } else {
                    s.problems.push(format!(
                        "PARTY {file}: gold {} → {}",
                        gd["licensor"], gd["licensee"]
                    ));
                }
            }
            let usd = |d: &dealscope_extract::ExtractedDeal, role: Role| {
                dealscope_extract::deals::term(d, &x.mentions, role, dealscope_core::Currency::USD)
                    .map(|i| as_f64(x.mentions[i].value))
            };
            let want = |k: &str| gd[k].as_f64();
            let right = x.deals.iter().any(|d| {
                usd(d, Role::Upfront) == want("upfront_usd")
                    && usd(d, Role::Milestone) == want("milestones_usd")
                    && usd(d, Role::Total) == want("total_usd")
            });
            if right {
                s.deals_ok += 1;
            } else {
                s.problems.push(format!(
                    "DEAL  {file}: gold upfront/milestones/total {:?}/{:?}/{:?}",
                    want("upfront_usd"),
                    want("milestones_usd"),
                    want("total_usd")
                ));
            }
        }
    }
    s
}

#[test]
fn english_corpus_meets_the_quality_targets() {
    let s = score(&root().join("corpus/en"));
    let precision = s.tp as f64 / (s.tp + s.fp).max(1) as f64;
    let recall = s.tp as f64 / (s.tp + s.fn_).max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(f64::EPSILON);
    let role_accuracy = s.role_ok as f64 / s.tp.max(1) as f64;
    let deal_accuracy = s.deals_ok as f64 / s.deals.max(1) as f64;
    let party_accuracy = s.parties_ok as f64 / s.parties.max(1) as f64;
    println!(
        "corpus/en: {} documents, {} gold amounts; precision {precision:.4} recall {recall:.4} F1 {f1:.4}; role accuracy {role_accuracy:.4}; deals with upfront/milestones/total right {}/{} = {deal_accuracy:.4}; licensor and licensee right {}/{} = {party_accuracy:.4}",
        s.docs,
        s.tp + s.fn_,
        s.deals_ok,
        s.deals,
        s.parties_ok,
        s.parties
    );
    for p in &s.problems {
        println!("  {p}");
    }
    assert!(s.docs >= 40, "the corpus has its documents");
    assert!(f1 >= 0.98, "money-mention F1 {f1:.4} < 0.98");
    assert!(
        role_accuracy >= 0.93,
        "role accuracy {role_accuracy:.4} < 0.93"
    );
    assert!(
        deal_accuracy >= 0.93,
        "deal terms right in {deal_accuracy:.4} < 0.93 of deals"
    );
    // Not an issue target; a floor against regressions.
    assert!(
        party_accuracy >= 0.85,
        "parties right in {party_accuracy:.4} < 0.85 of deals"
    );
}
