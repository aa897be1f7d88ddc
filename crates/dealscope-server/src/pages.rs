//! The dashboard: server-rendered pages (maud escapes every interpolated value), charts as
//! SVG images, no inline script or style.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Query, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use dealscope_analytics::{BreakdownSpec, Dimension, Facts, Granularity};
use dealscope_core::{CompanyId, Currency, Deal, DealId, Money, TermKind, observation};
use dealscope_report::format::{compact, percent, term_cell};
use maud::{DOCTYPE, Markup, html};
use serde_json::Value;

use crate::AppState;
use crate::api::{StatsParams, breakdown_json, usd};
use crate::error::ApiError;
use crate::filter::DealParams;

type St = State<Arc<AppState>>;

/// The dashboard's routes.
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/", get(scoreboard))
        .route("/deals", get(deals))
        .route("/deals.csv", get(deals_csv))
        .route("/deals.xlsx", get(deals_xlsx))
        .route("/deals/{id}", get(deal))
        .route("/companies/{id}", get(company))
        .route("/catalysts", get(catalysts))
        .route("/charts/scoreboard.svg", get(crate::charts::scoreboard_svg))
        .route(
            "/charts/event-study/{id}",
            get(crate::charts::event_study_svg),
        )
}

fn layout(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · dealscope" }
                link rel="stylesheet" href="/static/app.css";
                script src="/static/app.js" defer {}
            }
            body {
                header.top {
                    a.brand href="/" { "dealscope" }
                    nav {
                        a href="/" { "Scoreboard" }
                        a href="/deals" { "Deals" }
                        a href="/catalysts" { "Catalysts" }
                        a href="/api/v1/docs" { "API" }
                    }
                    form.search action="/deals" method="get" {
                        input type="search" name="q" placeholder="Search deals, assets, companies…" aria-label="Search";
                    }
                }
                main { (body) }
            }
        }
    }
}

fn page(title: &str, body: Markup) -> Response {
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        layout(title, body).into_string(),
    )
        .into_response()
}

fn error_page(e: &ApiError) -> Response {
    let mut r = page(
        "Not shown",
        html! { h1 { "Not shown" } p.error { (e.message()) } },
    );
    *r.status_mut() = e.status();
    r
}

fn money(v: Option<rust_decimal::Decimal>) -> String {
    compact(v.map(|v| Money::new(v, Currency::USD)))
}

fn dec(v: &Value) -> Option<rust_decimal::Decimal> {
    match v {
        Value::Number(n) => rust_decimal::Decimal::from_str_exact(&n.to_string()).ok(),
        Value::String(s) => rust_decimal::Decimal::from_str_exact(s).ok(),
        _ => None,
    }
}

/// `/`: the scoreboard with its chart, the modality breakdown and the licensee league.
async fn scoreboard(State(state): St, Query(params): Query<StatsParams>) -> Response {
    let req = match params.parse() {
        Ok(r) => r,
        Err(e) => return error_page(&e),
    };
    let snap = state.snapshot();
    // One reading of the facts serves the scoreboard, both breakdowns and the league.
    let facts = Facts::new(&snap.deals, &snap.directory);
    let mut risk = req;
    risk.spec.split = None;
    risk.spec.top = None;
    risk.risk_adjusted = true;
    let board = breakdown_json(&facts, &risk);
    let preset_name = risk.preset.name.clone();
    let by = risk.spec.granularity.as_str();
    let splits: Vec<(&str, &str, Value)> = [
        (Dimension::Modality, "By modality", "modality"),
        (Dimension::Area, "By therapeutic area", "area"),
    ]
    .into_iter()
    .map(|(dimension, title, param)| {
        let doc = breakdown_json(
            &facts,
            &crate::api::StatsRequest {
                preset: risk.preset.clone(),
                spec: BreakdownSpec {
                    split: Some(dimension),
                    top: Some(8),
                    ..BreakdownSpec::by(Granularity::Year)
                },
                risk_adjusted: false,
            },
        );
        (title, param, doc)
    })
    .collect();
    let counted = risk.preset.select(&facts).counted;
    let (league, _) = dealscope_analytics::league(
        &counted,
        dealscope_analytics::Side::Licensees,
        dealscope_analytics::RankBy::Upfront,
        Currency::USD,
        &facts,
    );
    let rows = board["rows"].as_array().cloned().unwrap_or_default();
    let chart = format!("/charts/scoreboard.svg?preset={preset_name}&by={by}");
    page(
        "Scoreboard",
        html! {
            h1 { "Scoreboard" }
            form.controls method="get" action="/" {
                label { "Preset "
                    select name="preset" {
                        @for p in dealscope_analytics::Preset::builtin() {
                            option value=(p.name) selected[p.name == preset_name] { (p.name) }
                        }
                    }
                }
                label { "By "
                    select name="by" {
                        @for g in ["year", "quarter", "month"] {
                            option value=(g) selected[g == by] { (g) }
                        }
                    }
                }
                button type="submit" { "Show" }
            }
            p.note { "Preset " strong { (preset_name) " v" (risk.preset.version) } ": " (risk.preset.description) }
            img #scoreboard-chart src=(chart) alt="Headline and upfront by period, with the risk-adjusted value";
            table.data #scoreboard {
                thead { tr {
                    th { (by) } th { "deals" } th { "w/ terms" } th { "headline (n)" } th { "upfront (n)" }
                    th { "rNPV (n)" } th { "upfront share" } th { "YoY deals" } th { "YoY headline" }
                } }
                tbody {
                    @for r in &rows {
                        @let period = r["period"].as_str().unwrap_or_default();
                        tr {
                            td { a href=(format!("/deals?from={period}&to={period}")) { (period) } }
                            td.num { (r["deals"]) }
                            td.num { (r["with_terms"]) }
                            td.num { (money(dec(&r["total"]["sum"]))) " (" (r["total"]["n"]) ")" }
                            td.num { (money(dec(&r["upfront"]["sum"]))) " (" (r["upfront"]["n"]) ")" }
                            td.num { (money(dec(&r["rnpv"]["sum"]))) " (" (r["rnpv"]["n"]) ")" }
                            td.num { (percent(dec(&r["upfront_share"]), false)) }
                            td.num { (percent(dec(&r["yoy_deals"]), true)) }
                            td.num { (percent(dec(&r["yoy_total"]), true)) }
                        }
                    }
                }
            }
            p.note { "Headline = announced \"up to\" totals; (n) = deals with that figure; rNPV = risk-adjusted value to the licensor (BIO/Informa/QLS 2011–2020 rates, 10 % discount)." }
            div.columns {
                @for (title, param, doc) in &splits {
                    section {
                        h2 { (title) }
                        table.data {
                            thead { tr { th { "year" } th { (param) } th { "deals" } th { "headline" } th { "upfront" } } }
                            tbody {
                                @for r in doc["rows"].as_array().into_iter().flatten() {
                                    @let group = r["group"].as_str().unwrap_or_default();
                                    @let period = r["period"].as_str().unwrap_or_default();
                                    tr {
                                        td { (period) }
                                        td { a href=(format!("/deals?{param}={}&from={period}&to={period}", urlencode(group))) { (group) } }
                                        td.num { (r["deals"]) }
                                        td.num { (money(dec(&r["total"]["sum"]))) }
                                        td.num { (money(dec(&r["upfront"]["sum"]))) }
                                    }
                                }
                            }
                        }
                    }
                }
                section {
                    h2 { "Licensees by upfront" }
                    table.data #league {
                        thead { tr { th { "#" } th { "licensee" } th { "deals" } th { "upfront" } th { "headline" } } }
                        tbody {
                            @for r in league.iter().take(15) {
                                tr {
                                    td.num { (r.rank) }
                                    td { a href=(format!("/deals?party={}", urlencode(&r.company))) { (r.company) } }
                                    td.num { (r.metrics.deals) }
                                    td.num { (money(Some(r.metrics.upfront.sum))) }
                                    td.num { (money(Some(r.metrics.total.sum))) }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// Percent-encodes a query value.
pub fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn selected_deals(state: &AppState, params: &DealParams) -> Result<(Vec<Deal>, usize), ApiError> {
    let filter = params.parse()?;
    let snap = state.snapshot();
    let all = filter.select(&snap.deals, &snap.companies, &snap.directory);
    let total = all.len();
    Ok((
        all.into_iter()
            .skip(filter.offset)
            .take(filter.limit)
            .cloned()
            .collect(),
        total,
    ))
}

/// `/deals`: filters, search, sorting; CSV and XLSX of the same view.
async fn deals(
    State(state): St,
    Query(params): Query<DealParams>,
    RawQuery(raw): RawQuery,
) -> Response {
    let (list, total) = match selected_deals(&state, &params) {
        Ok(x) => x,
        Err(e) => return error_page(&e),
    };
    let raw = raw.unwrap_or_default();
    let words: Vec<String> = params
        .q
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let in_documents: Vec<crate::api::SearchHit> = if words.is_empty() {
        Vec::new()
    } else {
        crate::api::search_hits(&state.snapshot(), &words, 50)
            .into_iter()
            .filter(|h| h.matched_in == "document")
            .collect()
    };
    let v = |o: &Option<String>| o.clone().unwrap_or_default();
    page(
        "Deals",
        html! {
            h1 { "Deals" }
            form.controls method="get" action="/deals" {
                input type="search" name="q" value=(v(&params.q)) placeholder="words";
                input name="from" value=(v(&params.from)) placeholder="from (2024, 2025-Q2)" size="10";
                input name="to" value=(v(&params.to)) placeholder="to" size="10";
                input name="modality" value=(v(&params.modality)) placeholder="modality" size="12";
                input name="phase" value=(v(&params.phase)) placeholder="phase" size="9";
                input name="area" value=(v(&params.area)) placeholder="area" size="10";
                input name="party" value=(v(&params.party)) placeholder="party" size="12";
                select name="sort" {
                    @for s in ["date", "oldest", "upfront", "total"] {
                        option value=(s) selected[params.sort.as_deref() == Some(s)] { (s) }
                    }
                }
                button type="submit" { "Filter" }
            }
            p.note {
                (total) " deal(s)" @if total > list.len() { ", first " (list.len()) " shown" } ". "
                a href=(format!("/deals.csv?{raw}")) { "CSV" } " · "
                a href=(format!("/deals.xlsx?{raw}")) { "XLSX" }
            }
            @if !in_documents.is_empty() {
                h2 { "Found in documents" }
                ul.hits {
                    @for h in &in_documents {
                        li { a href=(format!("/deals/{}", h.deal_id)) { (h.deal_id) } " — …" (h.snippet) "…" }
                    }
                }
            }
            table.data #deals {
                thead { tr {
                    th { "deal" } th { "announced" } th { "licensor" } th { "licensee" } th { "asset" }
                    th { "modality" } th { "phase" } th { "upfront" } th { "headline" }
                } }
                tbody {
                    @for d in &list {
                        tr {
                            td { a href=(format!("/deals/{}", d.id)) { (d.id) } }
                            td { (d.announced.map(|a| a.to_string()).unwrap_or_default()) }
                            td { (parties(d, true)) }
                            td { (parties(d, false)) }
                            td { (d.asset_names()) }
                            td { (d.modality.as_ref().map_or("", |m| m.label())) }
                            td { (d.phase_at_signing.as_ref().map_or("", |p| p.label())) }
                            td.num { (term_cell(d.terms.get(TermKind::Upfront))) }
                            td.num { (term_cell(d.terms.get(TermKind::Total))) }
                        }
                    }
                }
            }
        },
    )
}

fn parties(d: &Deal, licensors: bool) -> Markup {
    let list = if licensors {
        &d.licensors
    } else {
        &d.licensees
    };
    html! {
        @for (i, p) in list.iter().enumerate() {
            @if i > 0 { "; " }
            @match &p.company {
                Some(c) => a href=(format!("/companies/{c}")) { (p.name) },
                None => (p.name),
            }
        }
    }
}

fn all_matching(state: &AppState, params: &DealParams) -> Result<Vec<Deal>, ApiError> {
    let mut p = params.clone();
    p.limit = Some(500);
    let mut out = Vec::new();
    let mut offset = 0;
    loop {
        p.offset = Some(offset);
        let (page, total) = selected_deals(state, &p)?;
        offset += page.len();
        out.extend(page);
        if offset >= total || out.is_empty() {
            return Ok(out);
        }
    }
}

async fn deals_csv(State(state): St, Query(params): Query<DealParams>) -> Response {
    match all_matching(&state, &params).and_then(|d| {
        dealscope_report::format::deals_report(&d)
            .csv_string()
            .map_err(|e| ApiError::internal(&e))
    }) {
        Ok(csv) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"deals.csv\"",
                ),
            ],
            csv,
        )
            .into_response(),
        Err(e) => e.into_response(),
    }
}

async fn deals_xlsx(State(state): St, Query(params): Query<DealParams>) -> Response {
    match all_matching(&state, &params).and_then(|d| {
        dealscope_report::format::deals_report(&d)
            .xlsx_bytes()
            .map_err(|e| ApiError::internal(&e))
    }) {
        Ok(bytes) => (
            [
                (
                    header::CONTENT_TYPE,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"deals.xlsx\"",
                ),
            ],
            bytes,
        )
            .into_response(),
        Err(e) => e.into_response(),
    }
}

/// `/deals/{id}`: terms, parties, assets, timeline, conflicts, and the evidence — the
/// source text with each extracted value highlighted and linked.
async fn deal(State(state): St, Path(id): Path<String>) -> Response {
    let Ok(id) = DealId::new(&id) else {
        return error_page(&ApiError::bad("id", "not a deal id"));
    };
    let snap = state.snapshot();
    let Some(d) = snap.deal(&id) else {
        return error_page(&ApiError::not_found(format!("no deal {id}")));
    };
    let conflicts = observation::conflicts(&d.observations);
    let valuation = dealscope_analytics::value(
        d,
        &dealscope_analytics::ValuationInput::new(),
        &dealscope_analytics::Assumptions::builtin(),
    );
    page(
        d.id.as_str(),
        html! {
            h1 { (d.licensor_names()) " → " (d.licensee_names()) }
            p.note { (d.id) " · announced " (d.announced.map(|a| a.to_string()).unwrap_or_else(|| "—".into()))
                " · " (d.status.label()) }
            div.columns {
                section {
                    h2 { "Terms" }
                    table.data #terms {
                        tbody {
                            @for k in TermKind::ALL {
                                @if let Some(t) = d.terms.get(k) {
                                    tr { th { (k.as_str()) } td.num { (term_cell(Some(t))) } td { (t.state()) } }
                                }
                            }
                            @if let Some(r) = &d.terms.royalty {
                                tr { th { "royalty" } td colspan="2" { (r.text) } }
                            }
                        }
                    }
                    @match &valuation {
                        Ok(v) => p.note { "Risk-adjusted (10 %): " strong { (compact(Some(Money::new(v.rnpv, v.currency)))) }
                            " · " (percent(v.rnpv_share, false)) " of headline · "
                            a href=(format!("/api/v1/value/{}", d.id)) { "payments and assumptions" } },
                        Err(e) => p.note { "Not valued: " (e.reason) },
                    }
                    h2 { "Parties and assets" }
                    dl {
                        dt { "Licensor" } dd { (parties(d, true)) }
                        dt { "Licensee" } dd { (parties(d, false)) }
                        dt { "Assets" } dd { (d.asset_names()) }
                        dt { "Modality" } dd { (d.modality.as_ref().map_or("—", |m| m.label())) }
                        dt { "Targets" } dd { (d.targets.join(", ")) }
                        dt { "Phase at signing" } dd { (d.phase_at_signing.as_ref().map_or("—", |p| p.label())) }
                        dt { "Territory" } dd { (d.territory.as_deref().unwrap_or("—")) }
                    }
                }
                section {
                    @let cats = dealscope_analytics::links::catalysts_for(d, &snap.catalysts);
                    @if !cats.is_empty() {
                        h2 { "Catalysts" }
                        ul { @for c in &cats {
                            li { (c.expected.to_string()) " · " (c.asset.name) " " (c.kind.label()) " · " (c.status.label())
                                " · may trigger " (dealscope_analytics::links::triggers(&c.kind)) }
                        } }
                    }
                    h2 { "Timeline" }
                    @if d.events.is_empty() { p.note { "No events recorded after the announcement." } }
                    ul {
                        @for e in &d.events {
                            li { (e.date.map(|x| x.to_string()).unwrap_or_else(|| "undated".into())) " — " (e.kind.label()) ": " (e.text) }
                        }
                    }
                    h2 { "Conflicts between sources" }
                    @if conflicts.is_empty() { p.note { "None." } }
                    @for c in &conflicts {
                        p { strong { (c.field) } ": "
                            @for (i, o) in c.values.iter().enumerate() {
                                @if i > 0 { " vs " }
                                (o.value) " (" (o.source.to_string()) ")"
                            }
                        }
                    }
                    h2 { "Sources" }
                    ul {
                        @for s in &d.sources {
                            li { (s.location) }
                        }
                    }
                }
            }
            h2 { "Evidence" }
            (evidence(d, &snap.documents))
        },
    )
}

/// Each document's text with the spans of extracted values marked; the list of values
/// links to its mark. Spans that do not match the stored text are left out.
fn evidence(
    d: &Deal,
    documents: &std::collections::HashMap<dealscope_core::SourceId, String>,
) -> Markup {
    let mut blocks = Vec::new();
    let mut first = 0;
    for s in &d.sources {
        let Some(text) = documents.get(&s.id) else {
            continue;
        };
        let mut spans: Vec<&dealscope_core::Evidence> = d
            .evidence
            .iter()
            .filter(|e| {
                e.source == s.id && text.get(e.span.start..e.span.end) == Some(e.text.as_str())
            })
            .collect();
        if spans.is_empty() {
            continue;
        }
        spans.sort_by_key(|e| (e.span.start, std::cmp::Reverse(e.span.end)));
        // Overlapping spans: the first (longest) wins the highlight.
        let mut end = 0;
        spans.retain(|e| {
            let keep = e.span.start >= end;
            if keep {
                end = e.span.end;
            }
            keep
        });
        blocks.push((s.location.as_str(), text.as_str(), spans, first));
        first += blocks.last().map_or(0, |b| b.2.len());
    }
    html! {
        @if blocks.is_empty() { p.note { "No document evidence: the deal came from a dataset row." } }
        @for (location, text, spans, first) in &blocks {
            section.evidence {
                h3 { (location) }
                ol.values {
                    @for (i, e) in spans.iter().enumerate() {
                        li { a href=(format!("#ev-{}", first + i)) { (e.field) ": " (e.text) } }
                    }
                }
                pre.source { (highlighted(text, spans, *first)) }
            }
        }
    }
}

/// The text with non-overlapping spans (sorted) wrapped in `mark`s; everything escaped.
fn highlighted(text: &str, spans: &[&dealscope_core::Evidence], first: usize) -> Markup {
    let mut pieces: Vec<(&str, Option<(usize, &str)>)> = Vec::new();
    let mut at = 0;
    for (i, e) in spans.iter().enumerate() {
        pieces.push((&text[at..e.span.start], None));
        pieces.push((
            &text[e.span.start..e.span.end],
            Some((first + i, e.field.as_str())),
        ));
        at = e.span.end;
    }
    pieces.push((&text[at..], None));
    html! {
        @for (piece, mark) in &pieces {
            @match mark {
                None => (piece),
                Some((n, field)) => mark id=(format!("ev-{n}")) title=(field) { (piece) },
            }
        }
    }
}

/// `/catalysts`: the calendar, with precision, slips and the deals each may trigger.
async fn catalysts(State(state): St, Query(params): Query<crate::api::CatalystParams>) -> Response {
    let snap = state.snapshot();
    let list = match crate::api::select_catalysts(&snap, &params) {
        Ok(l) => l,
        Err(e) => return error_page(&e),
    };
    page(
        "Catalysts and approvals",
        html! {
            h1 { "Catalyst calendar" }
            p.note { (list.len()) " expected event(s). Dates keep the precision the source gave; earlier dates of a slipped event stay listed. "
                a href="/api/v1/catalysts.ics" { "Subscribe (iCalendar)" } }
            table.data #catalysts {
                thead { tr { th { "expected" } th { "asset" } th { "event" } th { "indication" } th { "status" } th { "earlier dates" } th { "may trigger" } th { "source" } } }
                tbody {
                    @for c in &list {
                        tr {
                            td { (c.expected.to_string()) }
                            td { (c.asset.name) }
                            td { (c.kind.label()) }
                            td { (c.indication.as_deref().unwrap_or("")) }
                            td { (c.status.label()) }
                            td { (c.history.iter().map(|h| h.expected.to_string()).collect::<Vec<_>>().join(" → ")) }
                            td {
                                @for (d, m) in dealscope_analytics::links::deals_for(c, &snap.deals) {
                                    a href=(format!("/deals/{}", d.id)) { (d.id) } " (" (m) ") "
                                }
                            }
                            td { (c.sources.iter().map(|s| s.title.clone().unwrap_or_else(|| s.location.clone())).collect::<Vec<_>>().join("; ")) }
                        }
                    }
                }
            }
            h2 { "Approvals" }
            @match crate::api::approval_rows(&snap, &crate::api::ApprovalParams::default()) {
                Ok(rows) => table.data #approvals {
                    thead { tr { th { "year" } th { "category" } th { "origin" } th { "stored" } th { "published" } th { "published by" } } }
                    tbody { @for r in &rows {
                        tr {
                            td { (r.period) }
                            td { (r.category.as_deref().unwrap_or("")) }
                            td { (r.origin.as_deref().unwrap_or("")) }
                            td.num { (r.stored) }
                            td.num { (r.published.map(|n| n.to_string()).unwrap_or_default()) }
                            td { (r.published_source.as_deref().unwrap_or("")) }
                        }
                    } }
                },
                Err(e) => p.error { (e.message()) },
            }
        },
    )
}

/// `/companies/{id}`.
async fn company(State(state): St, Path(id): Path<String>) -> Response {
    let Ok(id) = CompanyId::new(&id) else {
        return error_page(&ApiError::bad("id", "not a company id"));
    };
    let snap = state.snapshot();
    let Some(c) = snap.company(&id) else {
        return error_page(&ApiError::not_found(format!("no company {id}")));
    };
    let side = |role: &'static str| -> Vec<&Deal> { snap.deals_of(&id, Some(role)) };
    let all = snap.deals_of(&id, None);
    let reactions = crate::market::reactions(
        &state,
        c,
        &all,
        None,
        dealscope_analytics::event_study::Windows::default(),
    )
    .unwrap_or(None);
    let list = |deals: Vec<&Deal>| {
        html! {
            @if deals.is_empty() { p.note { "None." } }
            ul { @for d in deals {
                li { a href=(format!("/deals/{}", d.id)) { (d.id) } " · "
                    (d.announced.map(|a| a.to_string()).unwrap_or_default()) " · "
                    (d.licensor_names()) " → " (d.licensee_names()) " · "
                    (money(usd(d.terms.money(TermKind::Upfront)))) " upfront" }
            } }
        }
    };
    page(
        &c.name_en,
        html! {
            h1 { (c.name_en) @if let Some(zh) = &c.name_zh { " " span.zh { (zh) } } }
            p.note {
                (c.country.map(|x| x.to_string()).unwrap_or_default())
                @for t in &c.tickers { " · " (t.to_string()) }
                @if !c.aliases.is_empty() { " · also " (c.aliases.join(", ")) }
            }
            h2 { "Deals as licensor" } (list(side("licensor")))
            h2 { "Deals as licensee" } (list(side("licensee")))
            h2 { "Catalysts of its assets" }
            @let own: Vec<Deal> = side("licensor").into_iter().chain(side("licensee")).cloned().collect();
            @let cats: Vec<&dealscope_core::Catalyst> = snap.catalysts.iter()
                .filter(|c| !dealscope_analytics::links::deals_for(c, &own).is_empty()).collect();
            @if cats.is_empty() { p.note { "None recorded." } }
            ul { @for c in &cats {
                li { (c.expected.to_string()) " · " (c.asset.name) " " (c.kind.label()) " · " (c.status.label()) }
            } }
            @if let Some((ticker, bench, rows)) = &reactions {
                h2 { "Share price reaction" }
                p.note { "Cumulative abnormal return of " (ticker) " over trading days −1…+5 around each announcement, against " (bench)
                    " (market model estimated over days −120…−11 from the stored closes)." }
                img #event-study-chart src=(format!("/charts/event-study/{}.svg", c.id)) alt="Cumulative abnormal return per deal";
                table.data #event-study {
                    thead { tr { th { "deal" } th { "day 0" } th { "beta" } th { "CAR" } } }
                    tbody { @for r in rows {
                        tr {
                            td { a href=(format!("/deals/{}", r.deal.id)) { (r.deal.id) } }
                            @match &r.result {
                                Ok(e) => {
                                    td { (e.day0.to_string()) }
                                    td.num { (format!("{:.2}", e.beta)) }
                                    td.num { (format!("{:+.2}%", e.car * 100.0)) }
                                }
                                Err(why) => { td colspan="3" { (why) } }
                            }
                        }
                    } }
                }
            }
        },
    )
}

/// The API viewer page; its script (`/static/docs.js`) reads `/api/v1/openapi.json`.
pub fn api_docs_page() -> Markup {
    layout(
        "API",
        html! {
            h1 { "dealscope API" }
            p.note { "Every route of " a href="/api/v1/openapi.json" { "the OpenAPI document" }
                ", with its parameters. Fill them in and send the request from this page." }
            div #api { p { "Loading the OpenAPI document…" } }
            script src="/static/docs.js" defer {}
        },
    )
}
