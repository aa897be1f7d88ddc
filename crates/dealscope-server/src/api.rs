//! The JSON API under `/api/v1`, and its OpenAPI document generated from these handlers.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse};
use axum::routing::{get, post};
use axum::{Json, Router};
use dealscope_analytics::valuation::simulate::simulate;
use dealscope_analytics::{
    Assumptions, BreakdownSpec, CompsQuery, Dimension, Facts, Granularity, Preset, ValuationInput,
    Valuer, breakdown, comps, value,
};
use dealscope_core::{CompanyId, Currency, Deal, DealId, Money, TermKind, observation};
use dealscope_store::{DocumentRecord, Store};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::AppState;
use crate::error::{ApiError, ErrorBody};
use crate::filter::{DealParams, haystack};

type St = State<Arc<AppState>>;

/// The API's routes.
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api/v1/deals", get(deals))
        .route("/api/v1/deals/{id}", get(deal))
        .route("/api/v1/companies", get(companies))
        .route("/api/v1/companies/{id}", get(company))
        .route(
            "/api/v1/companies/{id}/event-study",
            get(company_event_study),
        )
        .route("/api/v1/assets", get(assets))
        .route("/api/v1/assets/{id}", get(asset))
        .route("/api/v1/catalysts", get(catalysts))
        .route("/api/v1/catalysts.ics", get(catalysts_ics))
        .route("/api/v1/approvals", get(approvals))
        .route("/api/v1/stats", get(stats))
        .route("/api/v1/comps/{id}", get(comps_of))
        .route("/api/v1/value/{id}", get(value_of))
        .route("/api/v1/search", get(search))
        .route("/api/v1/documents", post(upload))
        .route("/api/v1/entities/merge", post(merge))
        .route("/api/v1/openapi.json", get(openapi))
        .route("/api/v1/docs", get(docs))
}

/// The OpenAPI document of every route above.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "dealscope API",
        description = "Biopharma licensing deals with their sources: listings, one deal with terms, evidence and conflicts, companies, breakdowns under counting presets, comparables, risk-adjusted values, search and document upload."
    ),
    paths(
        deals, deal, companies, company, company_event_study, assets, asset, catalysts, catalysts_ics, approvals, stats, comps_of, value_of, search, upload, merge,
        openapi, docs
    ),
    components(schemas(
        DealPage, DealSummary, CompanySummary, AssetSummary, SearchResults, SearchHit, UploadResult,
        MergeRequest, MergeResult, ErrorBody
    )),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// A deal in a listing.
#[derive(Serialize, ToSchema)]
pub struct DealSummary {
    /// Deal id.
    pub id: String,
    /// Announcement date with its precision (`2025-05-20`, `2025-Q2`).
    pub announced: Option<String>,
    /// Licensor names as written.
    pub licensors: Vec<String>,
    /// Licensee names as written.
    pub licensees: Vec<String>,
    /// Asset names.
    pub assets: Vec<String>,
    /// Modality of the lead asset.
    pub modality: Option<String>,
    /// Deal type.
    pub deal_type: Option<String>,
    /// Phase at signing.
    pub phase: Option<String>,
    /// Therapeutic area.
    pub area: Option<String>,
    /// Upfront in US dollars (exact; absent when not disclosed in USD).
    #[schema(value_type = Option<f64>)]
    #[serde(with = "dealscope_core::money::decimal_number::option")]
    pub upfront_usd: Option<Decimal>,
    /// Headline total in US dollars.
    #[schema(value_type = Option<f64>)]
    #[serde(with = "dealscope_core::money::decimal_number::option")]
    pub total_usd: Option<Decimal>,
    /// Number of sources.
    pub sources: usize,
}

impl DealSummary {
    fn of(d: &Deal) -> Self {
        let usd = |k: TermKind| {
            d.terms
                .money(k)
                .filter(|m| m.currency == Currency::USD)
                .map(|m| m.amount)
        };
        let names = |p: &[dealscope_core::Party]| p.iter().map(|x| x.name.clone()).collect();
        DealSummary {
            id: d.id.to_string(),
            announced: d.announced.map(|a| a.to_string()),
            licensors: names(&d.licensors),
            licensees: names(&d.licensees),
            assets: d.assets.iter().map(|a| a.name.clone()).collect(),
            modality: d.modality.as_ref().map(|m| m.label().to_owned()),
            deal_type: d.deal_type.as_ref().map(|t| t.label().to_owned()),
            phase: d.phase_at_signing.as_ref().map(|p| p.label().to_owned()),
            area: d.therapeutic_area.as_ref().map(|a| a.label().to_owned()),
            upfront_usd: usd(TermKind::Upfront),
            total_usd: usd(TermKind::Total),
            sources: d.sources.len(),
        }
    }
}

/// A page of deals.
#[derive(Serialize, ToSchema)]
pub struct DealPage {
    /// Deals matching the filters (all pages).
    pub total: usize,
    /// Page size.
    pub limit: usize,
    /// Deals skipped.
    pub offset: usize,
    /// This page.
    pub items: Vec<DealSummary>,
}

/// Deals matching filters, sorted and paginated.
#[utoipa::path(get, path = "/api/v1/deals", params(DealParams),
    responses((status = 200, body = DealPage), (status = 400, body = ErrorBody)))]
pub async fn deals(
    State(state): St,
    Query(params): Query<DealParams>,
) -> Result<Json<DealPage>, ApiError> {
    let filter = params.parse()?;
    let snap = state.snapshot();
    let all = filter.select(&snap.deals, &snap.companies, &snap.directory);
    Ok(Json(DealPage {
        total: all.len(),
        limit: filter.limit,
        offset: filter.offset,
        items: all
            .into_iter()
            .skip(filter.offset)
            .take(filter.limit)
            .map(DealSummary::of)
            .collect(),
    }))
}

fn deal_id(id: &str) -> Result<DealId, ApiError> {
    DealId::new(id).map_err(|e| ApiError::bad("id", e.to_string()))
}

fn company_id(id: &str) -> Result<CompanyId, ApiError> {
    CompanyId::new(id).map_err(|e| ApiError::bad("id", e.to_string()))
}

/// The `by` parameter: `year` (default), `quarter` or `month`.
fn period_param(by: Option<&str>) -> Result<Granularity, ApiError> {
    match by.unwrap_or("year") {
        "year" => Ok(Granularity::Year),
        "quarter" => Ok(Granularity::Quarter),
        "month" => Ok(Granularity::Month),
        other => Err(ApiError::bad(
            "by",
            format!("unknown period {other:?}; known: year, quarter, month"),
        )),
    }
}

/// One deal: every field, its sources and evidence spans, every observation, the
/// conflicts between sources and the timeline.
#[utoipa::path(get, path = "/api/v1/deals/{id}", params(("id" = String, Path, description = "Deal id")),
    responses((status = 200, description = "The deal (`deal`) and its conflicts (`conflicts`)", body = Object),
              (status = 404, body = ErrorBody)))]
pub async fn deal(State(state): St, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let id = deal_id(&id)?;
    let snap = state.snapshot();
    let d = snap
        .deal(&id)
        .ok_or_else(|| ApiError::not_found(format!("no deal {id}")))?;
    let conflicts: Vec<Value> = observation::conflicts(&d.observations)
        .into_iter()
        .map(|c| json!({ "field": c.field, "values": c.values }))
        .collect();
    Ok(Json(json!({ "deal": d, "conflicts": conflicts })))
}

/// A company in a listing.
#[derive(Serialize, ToSchema)]
pub struct CompanySummary {
    /// Company id.
    pub id: String,
    /// English name.
    pub name_en: String,
    /// Chinese name.
    pub name_zh: Option<String>,
    /// Headquarters country.
    pub country: Option<String>,
    /// Listings (`HKEX:01530`).
    pub tickers: Vec<String>,
    /// Deals it is party to.
    pub deals: usize,
}

/// Every company with its tickers and deal count.
#[utoipa::path(get, path = "/api/v1/companies", responses((status = 200, body = Vec<CompanySummary>)))]
pub async fn companies(State(state): St) -> Json<Vec<CompanySummary>> {
    let snap = state.snapshot();
    Json(
        snap.companies
            .iter()
            .map(|c| CompanySummary {
                id: c.id.to_string(),
                name_en: c.name_en.clone(),
                name_zh: c.name_zh.clone(),
                country: c.country.map(|x| x.to_string()),
                tickers: c.tickers.iter().map(ToString::to_string).collect(),
                deals: snap
                    .deals
                    .iter()
                    .filter(|d| party_of(d, &c.id).is_some())
                    .count(),
            })
            .collect(),
    )
}

/// `licensor` or `licensee` when the company is a party to the deal.
pub fn party_of(d: &Deal, id: &CompanyId) -> Option<&'static str> {
    let is = |p: &[dealscope_core::Party]| p.iter().any(|x| x.company.as_ref() == Some(id));
    if is(&d.licensors) {
        Some("licensor")
    } else if is(&d.licensees) {
        Some("licensee")
    } else {
        None
    }
}

/// One company with its deals as licensor and as licensee.
#[utoipa::path(get, path = "/api/v1/companies/{id}", params(("id" = String, Path, description = "Company id")),
    responses((status = 200, description = "`company`, `as_licensor`, `as_licensee`", body = Object),
              (status = 404, body = ErrorBody)))]
pub async fn company(State(state): St, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let id = company_id(&id)?;
    let snap = state.snapshot();
    let c = snap
        .company(&id)
        .ok_or_else(|| ApiError::not_found(format!("no company {id}")))?;
    let side = |role: &str| -> Vec<DealSummary> {
        snap.deals_of(&id, Some(role))
            .into_iter()
            .map(DealSummary::of)
            .collect()
    };
    Ok(Json(json!({
        "company": c, "as_licensor": side("licensor"), "as_licensee": side("licensee"),
    })))
}

/// Parameters of an event study.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EventStudyParams {
    /// Benchmark ticker among the stored prices (default: the server's `--benchmark`).
    pub benchmark: Option<String>,
    /// Event window start, trading days (default −1).
    pub from: Option<i32>,
    /// Event window end (default +5).
    pub to: Option<i32>,
}

/// Share-price reaction to each of the company's deal announcements: market-model abnormal
/// returns over the stored daily closes (estimation window −120…−11 trading days).
#[utoipa::path(get, path = "/api/v1/companies/{id}/event-study",
    params(("id" = String, Path, description = "Company id"), EventStudyParams),
    responses((status = 200, description = "`ticker`, `benchmark`, `method`, and per deal `day0`, `alpha`, `beta`, `abnormal`, `car` (or `error`)", body = Object),
              (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn company_event_study(
    State(state): St,
    Path(id): Path<String>,
    Query(params): Query<EventStudyParams>,
) -> Result<Json<Value>, ApiError> {
    let id = company_id(&id)?;
    let snap = state.snapshot();
    let c = snap
        .company(&id)
        .ok_or_else(|| ApiError::not_found(format!("no company {id}")))?;
    let windows = dealscope_analytics::event_study::Windows {
        event: (params.from.unwrap_or(-1), params.to.unwrap_or(5)),
        ..Default::default()
    };
    if windows.event.0 > windows.event.1 || windows.event.0 <= windows.estimation.1 {
        return Err(ApiError::bad(
            "from",
            "the event window must run forwards and start after day −11",
        ));
    }
    let deals = snap.deals_of(&id, None);
    let Some((ticker, benchmark, rows)) =
        crate::market::reactions(&state, c, &deals, params.benchmark.as_deref(), windows)?
    else {
        return Err(ApiError::not_found(format!(
            "no stored prices for {id}'s tickers and a benchmark (`dealscope import prices FILE`)"
        )));
    };
    let rows: Vec<Value> = rows
        .into_iter()
        .map(|r| match r.result {
            Ok(e) => json!({ "deal_id": r.deal.id, "day0": e.day0, "alpha": e.alpha, "beta": e.beta,
                             "estimation_days": e.estimation_days, "abnormal": e.abnormal, "car": e.car }),
            Err(e) => json!({ "deal_id": r.deal.id, "error": e }),
        })
        .collect();
    Ok(Json(json!({
        "ticker": ticker, "benchmark": benchmark,
        "method": "market model: OLS of daily stock on benchmark returns over trading days -120..-11; AR = R - (alpha + beta * Rm); CAR = sum of AR over the event window",
        "window": [windows.event.0, windows.event.1],
        "events": rows,
    })))
}

/// An asset in a listing.
#[derive(Serialize, ToSchema)]
pub struct AssetSummary {
    /// Asset id.
    pub id: String,
    /// Code name.
    pub code: Option<String>,
    /// INN.
    pub inn: Option<String>,
    /// Partner codes and other names.
    pub aliases: Vec<String>,
    /// Deals naming it.
    pub deals: usize,
}

fn deals_of_asset<'a>(
    snap: &'a crate::Snapshot,
    a: &'a dealscope_core::Asset,
) -> impl Iterator<Item = &'a Deal> {
    snap.deals
        .iter()
        .filter(move |d| d.assets.iter().any(|r| r.asset.as_ref() == Some(&a.id)))
}

/// Every asset with its names and deal count.
#[utoipa::path(get, path = "/api/v1/assets", responses((status = 200, body = Vec<AssetSummary>)))]
pub async fn assets(State(state): St) -> Json<Vec<AssetSummary>> {
    let snap = state.snapshot();
    Json(
        snap.assets
            .iter()
            .map(|a| AssetSummary {
                id: a.id.to_string(),
                code: a.code.clone(),
                inn: a.inn.clone(),
                aliases: a.aliases.clone(),
                deals: deals_of_asset(&snap, a).count(),
            })
            .collect(),
    )
}

/// One asset with its aliases and deals (catalysts come with the catalysts layer).
#[utoipa::path(get, path = "/api/v1/assets/{id}", params(("id" = String, Path, description = "Asset id")),
    responses((status = 200, description = "`asset`, `deals`, `catalysts`", body = Object),
              (status = 404, body = ErrorBody)))]
pub async fn asset(State(state): St, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    let id = dealscope_core::AssetId::new(&id).map_err(|e| ApiError::bad("id", e.to_string()))?;
    let snap = state.snapshot();
    let a = snap
        .asset(&id)
        .ok_or_else(|| ApiError::not_found(format!("no asset {id}")))?;
    let deals: Vec<DealSummary> = deals_of_asset(&snap, a).map(DealSummary::of).collect();
    let catalysts: Vec<&dealscope_core::Catalyst> = snap
        .catalysts
        .iter()
        .filter(|c| c.asset.asset.as_ref() == Some(&a.id))
        .collect();
    Ok(Json(
        json!({ "asset": a, "deals": deals, "catalysts": catalysts }),
    ))
}

/// Parameters of the catalyst calendar.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CatalystParams {
    /// Expected on or after (`2026`, `2026-H2`, `2026-09` …).
    pub from: Option<String>,
    /// Expected on or before.
    pub to: Option<String>,
    /// Only this asset (code, INN or partner code).
    pub asset: Option<String>,
}

/// The catalysts matching the parameters.
pub fn select_catalysts<'a>(
    snap: &'a crate::Snapshot,
    p: &CatalystParams,
) -> Result<Vec<&'a dealscope_core::Catalyst>, ApiError> {
    let window = |field: &str,
                  v: &Option<String>|
     -> Result<Option<dealscope_core::PartialDate>, ApiError> {
        v.as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(|s| {
                s.trim()
                    .parse()
                    .map_err(|e: dealscope_core::date::DateError| {
                        ApiError::bad(field, e.to_string())
                    })
            })
            .transpose()
    };
    let (from, to) = (window("from", &p.from)?, window("to", &p.to)?);
    let asset = p.asset.as_deref().map(dealscope_core::names::asset_key);
    Ok(snap
        .catalysts
        .iter()
        .filter(|c| dealscope_analytics::links::in_window(c, from, to))
        .filter(|c| {
            asset.as_ref().is_none_or(|want| {
                c.asset
                    .names()
                    .any(|n| &dealscope_core::names::asset_key(n) == want)
                    || c.asset
                        .asset
                        .as_ref()
                        .and_then(|id| snap.asset(id))
                        .is_some_and(|a| {
                            a.names()
                                .any(|n| &dealscope_core::names::asset_key(n) == want)
                        })
            })
        })
        .collect())
}

/// Expected readouts, filings, approval decisions and launches, soonest first: each with
/// its date's precision, status, earlier dates (slips) and sources.
#[utoipa::path(get, path = "/api/v1/catalysts", params(CatalystParams),
    responses((status = 200, description = "The catalysts", body = Object), (status = 400, body = ErrorBody)))]
pub async fn catalysts(
    State(state): St,
    Query(params): Query<CatalystParams>,
) -> Result<Json<Value>, ApiError> {
    let snap = state.snapshot();
    let list = select_catalysts(&snap, &params)?;
    let items: Vec<Value> = list
        .iter()
        .map(|c| {
            let deals: Vec<Value> = dealscope_analytics::links::deals_for(c, &snap.deals)
                .into_iter()
                .map(|(d, m)| json!({ "deal_id": d.id, "may_trigger": m }))
                .collect();
            json!({ "catalyst": c, "deals": deals })
        })
        .collect();
    Ok(Json(json!({ "items": items })))
}

/// The same calendar as an iCalendar feed (subscribe to it from a calendar application).
#[utoipa::path(get, path = "/api/v1/catalysts.ics", params(CatalystParams),
    responses((status = 200, description = "iCalendar (RFC 5545)", content_type = "text/calendar"),
              (status = 400, body = ErrorBody)))]
pub async fn catalysts_ics(
    State(state): St,
    Query(params): Query<CatalystParams>,
) -> Result<impl IntoResponse, ApiError> {
    let snap = state.snapshot();
    let list: Vec<dealscope_core::Catalyst> = select_catalysts(&snap, &params)?
        .into_iter()
        .cloned()
        .collect();
    Ok((
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        dealscope_report::calendar::ics(&list, &snap.deals),
    ))
}

/// Parameters of the approvals table.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ApprovalParams {
    /// `year` (default), `quarter` or `month`; published counts join yearly views only.
    pub by: Option<String>,
    /// `category`, `origin` or `category,origin` (default).
    pub split: Option<String>,
    /// NMPA, FDA, EMA or PMDA.
    pub agency: Option<String>,
}

/// The approvals table for a query, checked.
pub fn approval_rows(
    snap: &crate::Snapshot,
    p: &ApprovalParams,
) -> Result<Vec<dealscope_analytics::approvals::ApprovalRow>, ApiError> {
    let granularity = period_param(p.by.as_deref())?;
    let split = dealscope_analytics::approvals::Split::parse(
        p.split.as_deref().unwrap_or("category,origin"),
    )
    .map_err(|e| ApiError::bad("split", e))?;
    let agency = match p.agency.as_deref().filter(|a| !a.is_empty()) {
        None => None,
        Some(a) => Some(dealscope_core::Agency::known(a).ok_or_else(|| {
            ApiError::bad(
                "agency",
                format!("unknown agency {a:?}; known: NMPA, FDA, EMA, PMDA"),
            )
        })?),
    };
    Ok(dealscope_analytics::approvals::table(
        &snap.approvals,
        granularity,
        split,
        agency.as_ref(),
    ))
}

/// Approvals per period split by category and origin: the approvals stored, beside the
/// regulator's published counts with their source.
#[utoipa::path(get, path = "/api/v1/approvals", params(ApprovalParams),
    responses((status = 200, description = "`rows`: period, category, origin, stored, published, published_source", body = Object),
              (status = 400, body = ErrorBody)))]
pub async fn approvals(
    State(state): St,
    Query(params): Query<ApprovalParams>,
) -> Result<Json<Value>, ApiError> {
    let rows = approval_rows(&state.snapshot(), &params)?;
    Ok(Json(json!({ "rows": rows })))
}

/// Parameters of a breakdown.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatsParams {
    /// `year` (default), `quarter` or `month`.
    pub by: Option<String>,
    /// Split dimension: modality, target, area, phase, deal-type, licensee, licensor,
    /// licensee-country, licensor-country.
    pub split: Option<String>,
    /// Keep the N largest groups, fold the rest into `(other)`.
    pub top: Option<usize>,
    /// Counting preset (built-in name; default `all`).
    pub preset: Option<String>,
    /// Add the rNPV sum per row.
    pub risk_adjusted: Option<bool>,
}

/// The checked form of [`StatsParams`].
pub struct StatsRequest {
    /// The preset.
    pub preset: Preset,
    /// The breakdown.
    pub spec: BreakdownSpec,
    /// Whether rows get rNPV sums.
    pub risk_adjusted: bool,
}

impl StatsParams {
    /// Checks every parameter.
    pub fn parse(&self) -> Result<StatsRequest, ApiError> {
        let granularity = period_param(self.by.as_deref())?;
        let split = match self.split.as_deref().filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => Some(
                s.parse::<Dimension>()
                    .map_err(|e| ApiError::bad("split", e))?,
            ),
        };
        let name = self.preset.as_deref().unwrap_or("all");
        let preset = Preset::named(name).ok_or_else(|| {
            let names: Vec<String> = Preset::builtin().into_iter().map(|p| p.name).collect();
            ApiError::bad(
                "preset",
                format!("unknown preset {name:?}; known: {}", names.join(", ")),
            )
        })?;
        if self.top == Some(0) {
            return Err(ApiError::bad("top", "top must be at least 1"));
        }
        Ok(StatsRequest {
            preset,
            spec: BreakdownSpec {
                split,
                top: self.top,
                ..BreakdownSpec::by(granularity)
            },
            risk_adjusted: self.risk_adjusted.unwrap_or(false),
        })
    }
}

/// Computes a breakdown over the snapshot's facts; JSON with the preset named.
pub fn breakdown_json(facts: &Facts<'_>, req: &StatsRequest) -> Value {
    let selection = req.preset.select(facts);
    let mut counted = selection.counted;
    let mut not_valued = 0;
    if req.risk_adjusted {
        let (a, input) = (Assumptions::builtin(), ValuationInput::new());
        let mut valuer = Valuer::figures_only(&a, &input);
        for c in &mut counted {
            match valuer.rnpv(c.deal) {
                Ok(v) => c.rnpv = Some(v),
                Err(_) => not_valued += 1,
            }
        }
    }
    let b = breakdown(&counted, &req.spec, facts);
    let mut doc = serde_json::to_value(&b).unwrap_or(Value::Null);
    doc["preset"] = json!({
        "name": req.preset.name, "version": req.preset.version,
        "description": req.preset.description,
    });
    doc["excluded_by_preset"] = json!(selection.excluded.len());
    if req.risk_adjusted {
        doc["not_valued"] = json!(not_valued);
    }
    doc
}

/// Deal count, headline, upfront and equity sums, medians, means, upfront share and YoY per
/// period (and group), under a named counting preset.
#[utoipa::path(get, path = "/api/v1/stats", params(StatsParams),
    responses((status = 200, description = "The breakdown: `rows` (period, group, figures, `deal_ids`), `preset`, what was left out", body = Object),
              (status = 400, body = ErrorBody)))]
pub async fn stats(
    State(state): St,
    Query(params): Query<StatsParams>,
) -> Result<Json<Value>, ApiError> {
    let req = params.parse()?;
    let snap = state.snapshot();
    Ok(Json(breakdown_json(
        &Facts::new(&snap.deals, &snap.directory),
        &req,
    )))
}

/// Parameters of a comparables query.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CompsParams {
    /// Only deals announced in or after this year.
    pub since: Option<i32>,
    /// At most this many comparables listed (default 20; the distribution uses all).
    pub limit: Option<usize>,
}

/// Deals comparable to one: ranked, with the reasons, and the distribution of their terms.
#[utoipa::path(get, path = "/api/v1/comps/{id}", params(("id" = String, Path, description = "Deal id"), CompsParams),
    responses((status = 200, description = "`matches` (id, score, reasons) and `distribution`", body = Object),
              (status = 404, body = ErrorBody)))]
pub async fn comps_of(
    State(state): St,
    Path(id): Path<String>,
    Query(params): Query<CompsParams>,
) -> Result<Json<Value>, ApiError> {
    let id = deal_id(&id)?;
    let snap = state.snapshot();
    let d = snap
        .deal(&id)
        .ok_or_else(|| ApiError::not_found(format!("no deal {id}")))?;
    let mut q = CompsQuery::like(d);
    q.since = params.since;
    let facts = Facts::new(&snap.deals, &snap.directory);
    let c = comps(&facts, &q, Currency::USD);
    let matches: Vec<Value> = c
        .matches
        .iter()
        .take(params.limit.unwrap_or(20))
        .map(|m| json!({ "id": m.id, "score": m.score, "reasons": m.reasons(&q), "deal": DealSummary::of(m.deal) }))
        .collect();
    Ok(Json(json!({
        "deal": id, "found": c.matches.len(), "matches": matches,
        "distribution": { "upfront": c.upfront, "total": c.total,
                          "upfront_share": c.upfront_share, "equity": c.equity },
    })))
}

/// Parameters of a valuation.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ValueParams {
    /// Annual discount rate, 0–1 (default 0.10).
    pub discount: Option<String>,
    /// Simulated paths for P10/P50/P90 (up to 100 000; none by default).
    pub simulate: Option<u32>,
    /// Seed of the simulation (default 1).
    pub seed: Option<u64>,
}

/// Risk-adjusted NPV of a deal to its licensor: every payment with probability, timing,
/// discount factor and present value, and every assumption.
#[utoipa::path(get, path = "/api/v1/value/{id}", params(("id" = String, Path, description = "Deal id"), ValueParams),
    responses((status = 200, description = "The valuation", body = Object),
              (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 422, description = "The deal cannot be valued (no phase or no amounts)", body = ErrorBody)))]
pub async fn value_of(
    State(state): St,
    Path(id): Path<String>,
    Query(params): Query<ValueParams>,
) -> Result<Json<Value>, ApiError> {
    let id = deal_id(&id)?;
    let discount = match params.discount.as_deref() {
        None => Decimal::new(10, 2),
        Some(s) => Decimal::from_str_exact(s.trim())
            .ok()
            .filter(|d| *d >= Decimal::ZERO && *d <= Decimal::ONE)
            .ok_or_else(|| {
                ApiError::bad("discount", "discount must be a number between 0 and 1")
            })?,
    };
    if params.simulate.is_some_and(|n| n > 100_000) {
        return Err(ApiError::bad("simulate", "simulate at most 100000 paths"));
    }
    let snap = state.snapshot();
    let d = snap
        .deal(&id)
        .ok_or_else(|| ApiError::not_found(format!("no deal {id}")))?;
    let input = ValuationInput {
        discount_rate: discount,
        ..ValuationInput::new()
    };
    let v = value(d, &input, &Assumptions::builtin())
        .map_err(|e| ApiError::unprocessable(e.to_string()))?;
    let mut doc = serde_json::to_value(&v).unwrap_or(Value::Null);
    if let Some(n) = params.simulate {
        doc["simulation"] =
            serde_json::to_value(simulate(&v, n, params.seed.unwrap_or(1))).unwrap_or(Value::Null);
    }
    Ok(Json(doc))
}

/// Parameters of a search.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words to find (all must match; case-insensitive; Chinese as written).
    pub q: Option<String>,
    /// At most this many hits (default 50, up to 500).
    pub limit: Option<usize>,
}

/// One search hit.
#[derive(Serialize, ToSchema)]
pub struct SearchHit {
    /// The deal.
    pub deal_id: String,
    /// Where it matched: `deal` (its fields) or `document` (a source's text).
    pub matched_in: String,
    /// The text around the first word found.
    pub snippet: String,
}

/// Search results.
#[derive(Serialize, ToSchema)]
pub struct SearchResults {
    /// The words searched.
    pub query: String,
    /// Hits, deals first.
    pub hits: Vec<SearchHit>,
}

/// Full-text search over deal fields and the text of ingested documents (English and
/// Chinese: matching is by substring, so Chinese needs no segmentation).
#[utoipa::path(get, path = "/api/v1/search", params(SearchParams),
    responses((status = 200, body = SearchResults), (status = 400, body = ErrorBody)))]
pub async fn search(
    State(state): St,
    Query(params): Query<SearchParams>,
) -> Result<Json<SearchResults>, ApiError> {
    let q = params.q.unwrap_or_default();
    let words: Vec<String> = q.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Err(ApiError::bad("q", "give at least one word to search for"));
    }
    let limit = params.limit.unwrap_or(50).clamp(1, 500);
    Ok(Json(SearchResults {
        hits: search_hits(&state.snapshot(), &words, limit),
        query: q,
    }))
}

/// Deals whose fields, or one of whose documents, contain every word.
pub fn search_hits(snap: &crate::Snapshot, words: &[String], limit: usize) -> Vec<SearchHit> {
    let mut hits = Vec::new();
    for d in &snap.deals {
        let text = haystack(d);
        if words.iter().all(|w| text.contains(w.as_str())) {
            hits.push(SearchHit {
                deal_id: d.id.to_string(),
                matched_in: "deal".into(),
                snippet: snippet(&text, &words[0]),
            });
        }
    }
    for d in &snap.deals {
        for s in &d.sources {
            let Some(doc) = snap.documents.get(&s.id) else {
                continue;
            };
            let lower = doc.to_lowercase();
            if words.iter().all(|w| lower.contains(w.as_str())) {
                hits.push(SearchHit {
                    deal_id: d.id.to_string(),
                    matched_in: "document".into(),
                    snippet: snippet(&lower, &words[0]),
                });
                break;
            }
        }
    }
    hits.truncate(limit);
    hits
}

fn snippet(text: &str, word: &str) -> String {
    let at = text.find(word).unwrap_or(0);
    let mut start = at.saturating_sub(60);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + word.len() + 60).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Result of an upload.
#[derive(Serialize, ToSchema)]
pub struct UploadResult {
    /// The document's source id (content hash).
    pub source: String,
    /// The document was stored before: nothing changed.
    pub duplicate: bool,
    /// Deals created from it.
    pub created: Vec<String>,
    /// Stored deals it was merged into.
    pub merged: Vec<String>,
}

/// Parameters of an upload.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UploadParams {
    /// The document's file name; its extension picks the reader (`.txt`, `.md`, `.html`,
    /// `.htm`). Only a label: nothing is written to a file.
    pub name: String,
}

/// Stores a document (its bytes in the body) and the deals read from it, like `dealscope
/// ingest`. Needs the bearer token.
#[utoipa::path(post, path = "/api/v1/documents", params(UploadParams),
    request_body(content = String, content_type = "application/octet-stream", description = "The document's bytes"),
    security(("bearer" = [])),
    responses((status = 200, body = UploadResult), (status = 400, body = ErrorBody),
              (status = 401, body = ErrorBody), (status = 413, description = "Body over 4 MiB")))]
pub async fn upload(
    State(state): St,
    headers: HeaderMap,
    Query(params): Query<UploadParams>,
    body: axum::body::Bytes,
) -> Result<Json<UploadResult>, ApiError> {
    require_token(&state, &headers)?;
    let name = std::path::Path::new(&params.name);
    let ext = name
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if !matches!(ext.as_str(), "txt" | "md" | "html" | "htm") {
        return Err(ApiError::bad(
            "name",
            "upload .txt, .md or .html documents (PDFs through `dealscope ingest`)",
        ));
    }
    let label = name
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("upload")
        .to_owned();
    let mut doc = dealscope_ingest_read(&label, &body)?;
    // Where it came from, for every view of its evidence.
    doc.source.location = format!("upload:{label}");
    let outcome = state
        .write(|store| {
            let gazetteer =
                dealscope_extract::Gazetteer::new(&store.companies()?, &store.assets()?);
            let (_, reports) = dealscope_ingest::document::deals(&doc, &gazetteer);
            let record = DocumentRecord {
                source: doc.source.clone(),
                path: format!("upload:{label}"),
                format: doc.format.to_owned(),
                text: doc.text.clone(),
                catalysts: dealscope_ingest::document::catalysts(&doc, &gazetteer),
                approvals: dealscope_ingest::document::approvals(&doc, &gazetteer),
            };
            Ok(store.ingest_document(&record, &reports)?)
        })
        .map_err(|e| ApiError::internal(&e))?;
    let ids = |v: &[DealId]| v.iter().map(ToString::to_string).collect();
    Ok(Json(UploadResult {
        source: doc.source.id.to_string(),
        duplicate: outcome.duplicate,
        created: ids(&outcome.created),
        merged: ids(&outcome.merged),
    }))
}

fn dealscope_ingest_read(
    label: &str,
    body: &[u8],
) -> Result<dealscope_ingest::document::Document, ApiError> {
    dealscope_ingest::document::read(
        std::path::Path::new(label),
        body,
        crate::MAX_BODY_BYTES as u64,
    )
    .map_err(|e| ApiError::bad("body", e.to_string()))
}

/// An entity merge.
#[derive(Deserialize, ToSchema)]
pub struct MergeRequest {
    /// An unresolved party name, or a company id to fold in.
    pub name: String,
    /// The company id that keeps the merged names.
    pub into: String,
}

/// Result of a merge.
#[derive(Serialize, ToSchema)]
pub struct MergeResult {
    /// Deal parties newly linked to the company.
    pub relinked: usize,
}

/// Makes a name (or another company) a name of a company, like `dealscope entities merge`.
/// Needs the bearer token.
#[utoipa::path(post, path = "/api/v1/entities/merge", request_body = MergeRequest,
    security(("bearer" = [])),
    responses((status = 200, body = MergeResult), (status = 400, body = ErrorBody),
              (status = 401, body = ErrorBody)))]
pub async fn merge(
    State(state): St,
    headers: HeaderMap,
    Json(req): Json<MergeRequest>,
) -> Result<Json<MergeResult>, ApiError> {
    require_token(&state, &headers)?;
    let into = CompanyId::new(&req.into).map_err(|e| ApiError::bad("into", e.to_string()))?;
    if state.snapshot().company(&into).is_none() {
        return Err(ApiError::bad("into", format!("no company {into}")));
    }
    let relinked = state
        .write(|store| Ok(store.merge_entity(&req.name, &into)?))
        .map_err(|e| ApiError::internal(&e))?;
    Ok(Json(MergeResult { relinked }))
}

fn require_token(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let auth = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    if state.authorized(auth) {
        Ok(())
    } else {
        Err(ApiError::unauthorized())
    }
}

/// This document.
#[utoipa::path(get, path = "/api/v1/openapi.json", responses((status = 200, description = "OpenAPI 3 document", body = Object)))]
pub async fn openapi() -> impl IntoResponse {
    Json(ApiDoc::openapi())
}

/// An interactive viewer of the API: every route with its parameters and a form to try it.
#[utoipa::path(get, path = "/api/v1/docs", responses((status = 200, description = "HTML page", content_type = "text/html")))]
pub async fn docs() -> impl IntoResponse {
    (
        StatusCode::OK,
        Html(crate::pages::api_docs_page().into_string()),
    )
}

/// USD amount for display.
pub fn usd(m: Option<Money>) -> Option<Decimal> {
    m.filter(|m| m.currency == Currency::USD).map(|m| m.amount)
}
