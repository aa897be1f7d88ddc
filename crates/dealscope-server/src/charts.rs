//! Charts as SVG images (charts-rs). Served as images, so nothing in them can run.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use charts_rs::{BarChart, Box as Margin};
use rust_decimal::prelude::ToPrimitive;

use crate::AppState;
use crate::api::{StatsParams, breakdown_json};

/// `/charts/scoreboard.svg`: headline, upfront and risk-adjusted value per period, in US$
/// billions, as grouped bars.
pub async fn scoreboard_svg(
    State(state): State<Arc<AppState>>,
    Query(params): Query<StatsParams>,
) -> Response {
    let mut req = match params.parse() {
        Ok(r) => r,
        Err(e) => return e.into_response(),
    };
    req.spec.split = None;
    req.risk_adjusted = true;
    let snap = state.snapshot();
    let doc = breakdown_json(
        &dealscope_analytics::Facts::new(&snap.deals, &snap.directory),
        &req,
    );
    let rows = doc["rows"].as_array().cloned().unwrap_or_default();
    let billions = |v: &serde_json::Value| {
        let d = match v {
            serde_json::Value::Number(n) => n.as_f64().unwrap_or(0.0),
            serde_json::Value::String(s) => rust_decimal::Decimal::from_str_exact(s)
                .ok()
                .and_then(|d| d.to_f64())
                .unwrap_or(0.0),
            _ => 0.0,
        };
        // Display only: chart heights, rounded to US$10M.
        (d / 1e7).round() as f32 / 100.0
    };
    let periods: Vec<String> = rows
        .iter()
        .map(|r| r["period"].as_str().unwrap_or_default().to_owned())
        .collect();
    let series =
        |key: &str| -> Vec<f32> { rows.iter().map(|r| billions(&r[key]["sum"])).collect() };
    let mut chart = BarChart::new(
        vec![
            ("Headline (US$B)", series("total")).into(),
            ("Upfront (US$B)", series("upfront")).into(),
            ("Risk-adjusted (US$B)", series("rnpv")).into(),
        ],
        periods,
    );
    chart.width = 900.0;
    chart.height = 380.0;
    chart.title.text = format!(
        "Deals by {} · preset {}",
        req.spec.granularity.as_str(),
        req.preset.name
    );
    chart.legend.margin = Some(Margin {
        top: 30.0,
        bottom: 10.0,
        ..Default::default()
    });
    match chart.svg() {
        Ok(svg) => ([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response(),
        Err(e) => crate::error::ApiError::internal(&anyhow::anyhow!("chart: {e}")).into_response(),
    }
}

/// `/charts/event-study/{id}.svg`: the company's cumulative abnormal return per deal, in
/// percent.
pub async fn event_study_svg(
    State(state): State<Arc<AppState>>,
    axum::extract::Path(file): axum::extract::Path<String>,
) -> Response {
    let id = file.trim_end_matches(".svg");
    let Ok(id) = dealscope_core::CompanyId::new(id) else {
        return crate::error::ApiError::bad("id", "not a company id").into_response();
    };
    let snap = state.snapshot();
    let Some(c) = snap.company(&id) else {
        return crate::error::ApiError::not_found(format!("no company {id}")).into_response();
    };
    let deals = snap.deals_of(&id, None);
    let found = match crate::market::reactions(
        &state,
        c,
        &deals,
        None,
        dealscope_analytics::event_study::Windows::default(),
    ) {
        Ok(Some(f)) => f,
        Ok(None) => return crate::error::ApiError::not_found("no stored prices").into_response(),
        Err(e) => return e.into_response(),
    };
    let (labels, cars): (Vec<String>, Vec<f32>) = found
        .2
        .iter()
        .filter_map(|r| {
            let e = r.result.as_ref().ok()?;
            Some((
                r.deal.id.to_string(),
                (e.car * 10_000.0).round() as f32 / 100.0,
            ))
        })
        .unzip();
    let mut chart = BarChart::new(vec![("CAR −1…+5 (%)", cars).into()], labels);
    chart.width = 900.0;
    chart.height = 320.0;
    chart.title.text = format!("{} ({}) vs {}", c.name_en, found.0, found.1);
    match chart.svg() {
        Ok(svg) => ([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response(),
        Err(e) => crate::error::ApiError::internal(&anyhow::anyhow!("chart: {e}")).into_response(),
    }
}
