//! Share-price reactions to deal announcements on company pages: the event study over the
//! stored prices.

use dealscope_analytics::event_study::{Closes, EventResult, Windows, study};
use dealscope_core::{Company, DatePrecision, Deal};
use dealscope_store::Store;

use crate::AppState;
use crate::error::ApiError;

/// One announcement's reaction (or why it could not be studied).
pub struct Reaction<'a> {
    /// The deal.
    pub deal: &'a Deal,
    /// The result.
    pub result: Result<EventResult, String>,
}

/// The event study of a company's deals: its ticker, the benchmark, and one reaction per
/// deal dated to the day. `None` when the store holds no prices for it or no benchmark.
pub fn reactions<'a>(
    state: &AppState,
    company: &Company,
    deals: &[&'a Deal],
    benchmark: Option<&str>,
    windows: Windows,
) -> Result<Option<(String, String, Vec<Reaction<'a>>)>, ApiError> {
    let tickers = state
        .read(|s| Ok(s.price_tickers()?))
        .map_err(|e| ApiError::internal(&e))?;
    let Some(own) = tickers.iter().find(|t| company.has_ticker(t)) else {
        return Ok(None);
    };
    let snap = state.snapshot();
    let is_company_ticker = |t: &str| snap.companies.iter().any(|c| c.has_ticker(t));
    let bench = match benchmark.or(state.benchmark()) {
        Some(b) if tickers.iter().any(|t| t == b) => b.to_owned(),
        Some(b) => {
            return Err(ApiError::bad(
                "benchmark",
                format!("no stored prices for {b:?}"),
            ));
        }
        None => {
            let others: Vec<&String> = tickers.iter().filter(|t| !is_company_ticker(t)).collect();
            match others.as_slice() {
                [one] => (*one).clone(),
                _ => return Ok(None),
            }
        }
    };
    let load = |t: &str| -> Result<Closes, ApiError> {
        state
            .read(|s| Ok(s.prices(t)?.into_iter().collect()))
            .map_err(|e| ApiError::internal(&e))
    };
    let (stock, market) = (load(own)?, load(&bench)?);
    let out = deals
        .iter()
        .filter_map(|d| {
            let day = d
                .announced
                .filter(|a| a.precision() == DatePrecision::Day)?;
            Some(Reaction {
                deal: d,
                result: study(&stock, &market, day.start(), windows).map_err(|e| e.to_string()),
            })
        })
        .collect();
    Ok(Some((own.clone(), bench, out)))
}
