//! The web server over real HTTP on loopback: the API, its OpenAPI document, write
//! endpoints behind the token, and the dashboard in a real headless Chromium (Debian's
//! `chromium`, installed by `.ci/run`), including a hostile document that must run nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};

mod common;
use common::{csv_deals, dealscope, stdout};

const TOKEN: &str = "test-token-4f1c";

/// A `dealscope serve` child on a free loopback port, killed when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start(db: &Path) -> Server {
        let mut child = Process::new(env!("CARGO_BIN_EXE_dealscope"))
            .env_remove("DEALSCOPE_DB")
            .env("DEALSCOPE_TOKEN", TOKEN)
            .env("RUST_LOG", "warn")
            .arg("--db")
            .arg(db)
            .args(["serve", "--addr", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let base = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .trim_end_matches('/')
            .to_owned();
        Server { child, base }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

/// Status and body of a GET.
fn get(url: &str) -> (u16, String) {
    let mut r = agent().get(url).call().unwrap();
    (r.status().as_u16(), r.body_mut().read_to_string().unwrap())
}

fn get_json(url: &str) -> serde_json::Value {
    let (status, body) = get(url);
    assert_eq!(status, 200, "{url}: {body}");
    serde_json::from_str(&body).unwrap()
}

/// The demo store: sample data plus the four example documents.
fn demo_store(dir: &Path) -> PathBuf {
    let db = dir.join("web.db");
    dealscope(&db).arg("demo").assert().success();
    db
}

#[test]
fn the_api_filters_sorts_and_pages_deals_and_names_bad_parameters() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_store(dir.path());
    let server = Server::start(&db);

    let adc = csv_deals()
        .iter()
        .filter(|r| r["modality"] == "ADC")
        .count();
    let page = get_json(&server.url("/api/v1/deals?modality=antibody-drug%20conjugate&limit=500"));
    assert_eq!(page["total"].as_u64().unwrap() as usize, adc);

    // Pages of 7 cover every deal exactly once.
    let all = get_json(&server.url("/api/v1/deals?limit=500"));
    let total = all["total"].as_u64().unwrap() as usize;
    let mut seen = BTreeSet::new();
    for offset in (0..total).step_by(7) {
        let p = get_json(&server.url(&format!("/api/v1/deals?limit=7&offset={offset}")));
        for d in p["items"].as_array().unwrap() {
            assert!(
                seen.insert(d["id"].as_str().unwrap().to_owned()),
                "no repeats"
            );
        }
    }
    assert_eq!(seen.len(), total);

    let by_upfront = get_json(&server.url("/api/v1/deals?sort=upfront&limit=10"));
    let ups: Vec<f64> = by_upfront["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["upfront_usd"].as_f64().unwrap())
        .collect();
    assert!(ups.windows(2).all(|w| w[0] >= w[1]), "{ups:?}");
    let top_csv = csv_deals()
        .iter()
        .filter_map(|r| r["upfront_usd"].parse::<f64>().ok())
        .fold(0.0, f64::max);
    assert_eq!(ups[0], top_csv);

    for (query, field) in [
        ("modality=radioligandz", "modality"),
        ("limit=0", "limit"),
        ("from=Q5%202026", "from"),
        ("sort=size", "sort"),
        ("licensee_country=USA", "licensee_country"),
    ] {
        let (status, body) = get(&server.url(&format!("/api/v1/deals?{query}")));
        assert_eq!(status, 400, "{query}");
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["error"]["field"], field, "{body}");
        assert_eq!(v["error"]["code"], "bad_request");
    }
    let (status, body) = get(&server.url("/api/v1/deals/NO-SUCH-DEAL"));
    assert_eq!(status, 404);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&body).unwrap()["error"]["code"],
        "not_found"
    );

    let deal = get_json(&server.url("/api/v1/deals/CNOUT-2025-054"));
    assert_eq!(deal["deal"]["id"], "CNOUT-2025-054");
    assert!(deal["deal"]["sources"].as_array().unwrap().len() >= 2);
}

#[test]
fn stats_comps_value_and_companies_over_http() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_store(dir.path());
    let server = Server::start(&db);

    let mut per_year: BTreeMap<String, u64> = BTreeMap::new();
    for r in csv_deals() {
        *per_year.entry(r["announced"][..4].to_owned()).or_default() += 1;
    }
    let stats = get_json(&server.url("/api/v1/stats?preset=all&by=year"));
    assert_eq!(stats["preset"]["name"], "all");
    for row in stats["rows"].as_array().unwrap() {
        let year = row["period"].as_str().unwrap();
        // Every deal the demo reads from the example documents merges into a sample row.
        assert_eq!(row["deals"].as_u64().unwrap(), per_year[year], "{year}");
    }
    let (status, body) = get(&server.url("/api/v1/stats?split=colour"));
    assert_eq!(status, 400);
    assert!(body.contains("\"field\":\"split\""), "{body}");

    let comps = get_json(&server.url("/api/v1/comps/CNOUT-2025-054?limit=3"));
    assert_eq!(comps["matches"].as_array().unwrap().len(), 3);
    assert!(comps["distribution"]["upfront"]["n"].as_u64().unwrap() >= 3);

    let v = get_json(&server.url("/api/v1/value/CNOUT-2025-054?discount=0.12&simulate=500"));
    let pv: f64 = v["payments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["present_value"].as_f64().unwrap())
        .sum();
    assert!((pv - v["rnpv"].as_f64().unwrap()).abs() < 0.01);
    assert_eq!(v["discount_rate"].as_f64().unwrap(), 0.12);
    assert!(v["simulation"]["paid"]["p90"].is_number());
    let (status, _) = get(&server.url("/api/v1/value/CNOUT-2025-054?discount=2"));
    assert_eq!(status, 400);

    let asset = get_json(&server.url("/api/v1/assets/ivonescimab"));
    assert!(asset["asset"]["aliases"].to_string().contains("SMT112"));
    assert!(
        asset["deals"].to_string().contains("CNOUT-2022-015"),
        "{asset}"
    );

    // The bundled readout of AK112 is on the asset and in the calendar, with its deal.
    assert!(
        asset["catalysts"].to_string().contains("readout"),
        "{asset}"
    );
    let cal = get_json(&server.url("/api/v1/catalysts?from=2026&asset=SMT112"));
    let items = cal["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{cal}");
    assert_eq!(items[0]["deals"][0]["deal_id"], "CNOUT-2022-015");
    let (status, ics) = get(&server.url("/api/v1/catalysts.ics"));
    assert_eq!(status, 200);
    assert!(ics.starts_with("BEGIN:VCALENDAR"));
    let (status, _) = get(&server.url("/api/v1/catalysts?from=Q5%202026"));
    assert_eq!(status, 400);
    let (status, page) = get(&server.url("/catalysts"));
    assert_eq!(status, 200);
    assert!(page.contains("BL-B01D1"));
    assert!(
        page.contains("id=\"approvals\""),
        "the approvals table is on the page"
    );
    let approvals = get_json(&server.url("/api/v1/approvals?split=category"));
    let published_2025: u64 = approvals["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["period"] == "2025")
        .filter_map(|r| r["published"].as_u64())
        .sum();
    assert_eq!(published_2025, 76);
    let (status, _) = get(&server.url("/api/v1/approvals?split=colour"));
    assert_eq!(status, 400);

    let companies = get_json(&server.url("/api/v1/companies"));
    let hengrui = companies
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name_zh"] == "江苏恒瑞医药股份有限公司")
        .expect("Hengrui with its Chinese name");
    assert!(hengrui["tickers"].to_string().contains("HKEX:01276"));
    let id = hengrui["id"].as_str().unwrap();
    let one = get_json(&server.url(&format!("/api/v1/companies/{id}")));
    let as_licensor = one["as_licensor"].as_array().unwrap().len();
    let csv_count = csv_deals()
        .iter()
        .filter(|r| r["licensor"].contains("Hengrui"))
        .count();
    assert_eq!(as_licensor, csv_count);
}

#[test]
fn company_pages_show_the_share_price_reaction_from_stored_prices() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_store(dir.path());
    let prices = dir.path().join("prices.csv");
    std::fs::write(&prices, common::hengrui_prices()).unwrap();
    dealscope(&db)
        .args(["import", "prices"])
        .arg(&prices)
        .assert()
        .success();
    let server = Server::start(&db);
    let v = get_json(&server.url("/api/v1/companies/hengrui/event-study"));
    assert_eq!(
        v["benchmark"], "HSI",
        "the only stored ticker that is no company's"
    );
    let events = v["events"].as_array().unwrap();
    let e = events
        .iter()
        .find(|e| e["deal_id"] == "CNOUT-2025-053")
        .unwrap();
    assert!((e["car"].as_f64().unwrap() - 0.08).abs() < 1e-4, "{e}");
    assert!((e["beta"].as_f64().unwrap() - 2.0).abs() < 1e-3);
    assert!(
        events.iter().any(|e| e["error"].is_string()),
        "deals outside the prices say why"
    );
    let (_, page) = get(&server.url("/companies/hengrui"));
    assert!(
        page.contains("event-study-chart") && page.contains("+8.00%"),
        "{page}"
    );
    let (status, svg) = get(&server.url("/charts/event-study/hengrui.svg"));
    assert_eq!(status, 200);
    assert!(svg.contains("<rect"));
    let (status, _) = get(&server.url("/api/v1/companies/hengrui/event-study?benchmark=SPX"));
    assert_eq!(status, 400);
}

#[test]
fn search_finds_english_and_chinese_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_store(dir.path());
    let server = Server::start(&db);
    let hits = get_json(&server.url("/api/v1/search?q=%E8%BE%89%E7%91%9E")); // 辉瑞 (Pfizer)
    let hits = hits["hits"].as_array().unwrap();
    assert!(
        hits.iter()
            .any(|h| h["matched_in"] == "document"
                && h["snippet"].as_str().unwrap().contains("辉瑞")),
        "{hits:?}"
    );
    let en = get_json(&server.url("/api/v1/search?q=ivonescimab"));
    assert!(!en["hits"].as_array().unwrap().is_empty());
    let (status, _) = get(&server.url("/api/v1/search?q="));
    assert_eq!(status, 400);
}

#[test]
fn the_openapi_document_covers_every_route() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_store(dir.path());
    let server = Server::start(&db);
    let doc = get_json(&server.url("/api/v1/openapi.json"));
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths: BTreeSet<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let routes: BTreeSet<&str> = [
        "/api/v1/deals",
        "/api/v1/deals/{id}",
        "/api/v1/companies",
        "/api/v1/companies/{id}",
        "/api/v1/companies/{id}/event-study",
        "/api/v1/assets",
        "/api/v1/assets/{id}",
        "/api/v1/catalysts",
        "/api/v1/catalysts.ics",
        "/api/v1/approvals",
        "/api/v1/stats",
        "/api/v1/comps/{id}",
        "/api/v1/value/{id}",
        "/api/v1/search",
        "/api/v1/documents",
        "/api/v1/entities/merge",
        "/api/v1/openapi.json",
        "/api/v1/docs",
    ]
    .into();
    assert_eq!(paths, routes);
    for (path, ops) in doc["paths"].as_object().unwrap() {
        for (method, op) in ops.as_object().unwrap() {
            assert!(
                op["responses"].as_object().is_some_and(|r| !r.is_empty()),
                "{method} {path} documents its responses"
            );
            // Every route answers (no 404 from the router for a documented path).
            if method == "get" {
                let url = server.url(&path.replace("{id}", "CNOUT-2025-054"));
                let (status, _) = get(&url);
                assert_ne!(status, 404, "{path}");
            }
        }
    }
    let viewer = get(&server.url("/api/v1/docs")).1;
    assert!(viewer.contains("/static/docs.js"));
}

#[test]
fn writes_need_the_token_and_uploads_stay_in_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_store(dir.path());
    let server = Server::start(&db);
    let text = "Shanghai Example Bio licensed its KRAS inhibitor EXB-101 to Novartis. Novartis pays US$40 million upfront and up to US$600 million in milestones.";
    let url = server.url("/api/v1/documents?name=../../escape.txt");
    let r = agent().post(&url).send(text.as_bytes()).unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let mut r = agent()
        .post(&url)
        .header("Authorization", "Bearer wrong")
        .send(text.as_bytes())
        .unwrap();
    assert_eq!(
        r.status().as_u16(),
        401,
        "{}",
        r.body_mut().read_to_string().unwrap()
    );

    let upload = |body: &[u8]| {
        let mut r = agent()
            .post(&url)
            .header("Authorization", &format!("Bearer {TOKEN}"))
            .send(body)
            .unwrap();
        let status = r.status().as_u16();
        (status, r.body_mut().read_to_string().unwrap_or_default())
    };
    let (status, body) = upload(text.as_bytes());
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["duplicate"], false);
    let new_deals = v["created"].as_array().unwrap().len() + v["merged"].as_array().unwrap().len();
    assert_eq!(new_deals, 1, "{body}");
    // The new deal is readable at once.
    let id = v["created"][0]
        .as_str()
        .or(v["merged"][0].as_str())
        .unwrap();
    let deal = get_json(&server.url(&format!("/api/v1/deals/{id}")));
    assert!(
        deal["deal"]["sources"]
            .to_string()
            .contains("upload:escape.txt")
    );
    let (status, body) = upload(text.as_bytes());
    assert_eq!(status, 200);
    assert!(body.contains("\"duplicate\":true"), "{body}");
    // Nothing was written next to the store or above it.
    assert!(!dir.path().join("escape.txt").exists());
    assert!(!dir.path().parent().unwrap().join("escape.txt").exists());
    // Over the body limit: refused from the declared length, before the body is read.
    let host = server.base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    use std::io::{Read, Write};
    write!(
        stream,
        "POST /api/v1/documents?name=big.txt HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {TOKEN}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        5 * 1024 * 1024
    )
    .unwrap();
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    assert!(response.starts_with("HTTP/1.1 413"), "{response}");
}

/// The browser, or `None` on a machine without one — then the browser test says so loudly
/// and stops; with `DEALSCOPE_REQUIRE_BROWSER` set (as `.ci/run` does) a missing browser is
/// a failure.
fn chromium() -> Option<PathBuf> {
    for c in ["chromium", "chromium-browser", "google-chrome"] {
        if let Ok(out) = Process::new("which").arg(c).output() {
            if out.status.success() {
                return Some(PathBuf::from(String::from_utf8(out.stdout).unwrap().trim()));
            }
        }
    }
    let why = "the browser test needs Debian's chromium (`apt-get install chromium`; .ci/run installs it)";
    assert!(
        std::env::var_os("DEALSCOPE_REQUIRE_BROWSER").is_none(),
        "{why}"
    );
    eprintln!("SKIPPED: {why}");
    None
}

/// The DOM after the page loaded and its scripts ran, from headless Chromium.
fn rendered_dom(browser: &Path, url: &str) -> String {
    let out = Process::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--virtual-time-budget=3000",
            "--dump-dom",
            url,
        ])
        .stderr(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "chromium failed on {url}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_dashboard_in_chromium_shows_charts_and_evidence_and_runs_no_hostile_script() {
    let Some(browser) = chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let db = demo_store(dir.path());
    // A hostile document: markup and script in its text, in a real deal report.
    let hostile = dir.path().join("hostile.txt");
    std::fs::write(
        &hostile,
        "Jiangsu Hengrui Pharmaceuticals <script>document.body.setAttribute('data-pwned','script')</script> \
         granted Merck an exclusive license to HRS-9999. \
         <img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"> \
         Merck will pay US$15 million upfront and up to US$90 million in milestones. \
         <a href=\"javascript:document.body.setAttribute('data-pwned','link')\">details</a> \
         \"><svg onload=\"document.body.setAttribute('data-pwned','svg')\"></svg> ' onmouseover='x' \n",
    )
    .unwrap();
    let out = stdout(dealscope(&db).arg("ingest").arg(&hostile));
    assert!(out.contains("1 read"), "{out}");
    let server = Server::start(&db);
    let hits = get_json(&server.url("/api/v1/search?q=HRS-9999"));
    let hostile_deal = hits["hits"][0]["deal_id"].as_str().unwrap().to_owned();

    // The scoreboard: chart image with bars, table rows for the sample's years.
    let dom = rendered_dom(&browser, &server.url("/"));
    assert!(dom.contains("id=\"scoreboard-chart\""), "chart on the page");
    assert!(dom.contains("<td><a href=\"/deals?from=2025&amp;to=2025\">2025</a></td>"));
    let (status, svg) = get(&server.url("/charts/scoreboard.svg"));
    assert_eq!(status, 200);
    let bars = svg.matches("<rect").count();
    assert!(
        bars >= 3 * 6,
        "a bar per series and year, found {bars} rects"
    );

    // A deal page with the evidence highlighted and linked.
    let dom = rendered_dom(&browser, &server.url("/deals/CNOUT-2026-073"));
    assert!(dom.contains("<mark id=\"ev-0\""), "evidence highlighted");
    assert!(
        dom.contains("href=\"#ev-0\""),
        "each value links to its span"
    );

    // The hostile deal's page shows the text and runs none of it.
    let url = server.url(&format!("/deals/{hostile_deal}"));
    let dom = rendered_dom(&browser, &url);
    assert!(dom.contains("HRS-9999"), "the document is shown");
    assert!(dom.contains("&lt;script&gt;"), "markup shown as text");
    assert!(!dom.contains("data-pwned="), "no script ran:\n{dom}");
    let (_, raw) = get(&url);
    assert!(
        !raw.contains("<script>document"),
        "escaped on the server too"
    );

    // A screenshot for people.
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("dashboard.png");
    let status = Process::new(&browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--window-size=1280,1400",
        ])
        .arg(format!("--screenshot={}", shot.display()))
        .arg(server.url("/"))
        .stderr(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success() && shot.metadata().unwrap().len() > 10_000);
}
