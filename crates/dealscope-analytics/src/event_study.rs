//! Event studies: how a listed company's shares moved around its deal announcements,
//! beyond what the market did.
//!
//! Method (the market model): daily simple returns `R = P_t / P_{t-1} − 1` on trading days
//! (days with a close for both the stock and the benchmark). Over an estimation window that
//! ends before the event window (default: trading days −120 … −11), ordinary least squares
//! gives `R_stock = α + β · R_market`. The abnormal return on a day of the event window is
//! `AR_t = R_stock,t − (α + β · R_market,t)`; the cumulative abnormal return is the sum.
//! Day 0 is the announcement day, or the next trading day when it was not one.
//!
//! Returns are ratios, computed in `f64`; prices come in as exact decimals.

use std::collections::BTreeMap;

use dealscope_core::chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

/// A daily close series, by date.
pub type Closes = BTreeMap<NaiveDate, Decimal>;

/// Windows, in trading days relative to the event day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Windows {
    /// Event window, e.g. −1 … +5.
    pub event: (i32, i32),
    /// Estimation window, e.g. −120 … −11; must end before the event window starts.
    pub estimation: (i32, i32),
}

impl Default for Windows {
    fn default() -> Self {
        Windows {
            event: (-1, 5),
            estimation: (-120, -11),
        }
    }
}

/// One event's result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventResult {
    /// The trading day taken as day 0.
    pub day0: NaiveDate,
    /// Market-model intercept.
    pub alpha: f64,
    /// Market-model slope.
    pub beta: f64,
    /// Trading days used to estimate them.
    pub estimation_days: usize,
    /// `(relative day, date, abnormal return)` over the event window.
    pub abnormal: Vec<(i32, NaiveDate, f64)>,
    /// Cumulative abnormal return over the event window.
    pub car: f64,
}

/// Why an event could not be studied.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EventStudyError {
    /// The windows overlap or are the wrong way round.
    #[error("the estimation window {0:?} must end before the event window {1:?} starts")]
    Windows((i32, i32), (i32, i32)),
    /// The event is after the last price.
    #[error("no trading day on or after {0} in the prices")]
    NoDay0(NaiveDate),
    /// Not enough prices around the event.
    #[error("prices cover {have} of the {need} trading days the windows need around {day0}")]
    TooFewDays {
        /// Day 0.
        day0: NaiveDate,
        /// Days the windows need.
        need: usize,
        /// Days available.
        have: usize,
    },
    /// The market did not move in the estimation window.
    #[error("the benchmark is flat over the estimation window: beta is undefined")]
    FlatMarket,
}

/// Studies one event. `stock` and `market` are closes; only days present in both count.
pub fn study(
    stock: &Closes,
    market: &Closes,
    event: NaiveDate,
    w: Windows,
) -> Result<EventResult, EventStudyError> {
    if w.estimation.0 > w.estimation.1 || w.event.0 > w.event.1 || w.estimation.1 >= w.event.0 {
        return Err(EventStudyError::Windows(w.estimation, w.event));
    }
    // Trading days: dates with both closes, in order, with both returns.
    let days: Vec<NaiveDate> = stock
        .keys()
        .filter(|d| market.contains_key(d))
        .copied()
        .collect();
    let mut returns: Vec<(NaiveDate, f64, f64)> = Vec::with_capacity(days.len());
    for pair in days.windows(2) {
        let r = |s: &Closes| {
            let (a, b) = (s[&pair[0]].to_f64()?, s[&pair[1]].to_f64()?);
            (a != 0.0).then(|| b / a - 1.0)
        };
        if let (Some(rs), Some(rm)) = (r(stock), r(market)) {
            returns.push((pair[1], rs, rm));
        }
    }
    let zero = returns
        .iter()
        .position(|(d, _, _)| *d >= event)
        .ok_or(EventStudyError::NoDay0(event))?;
    let index = |rel: i32| -> Option<usize> {
        let i = zero as i64 + i64::from(rel);
        (0..returns.len() as i64).contains(&i).then_some(i as usize)
    };
    let need = (w.event.1 - w.estimation.0 + 1) as usize;
    let (Some(est_start), Some(est_end), Some(ev_start), Some(ev_end)) = (
        index(w.estimation.0),
        index(w.estimation.1),
        index(w.event.0),
        index(w.event.1),
    ) else {
        let have = returns.len().min(need);
        return Err(EventStudyError::TooFewDays {
            day0: returns[zero].0,
            need,
            have,
        });
    };
    let est = &returns[est_start..=est_end];
    let n = est.len() as f64;
    let mean_m = est.iter().map(|r| r.2).sum::<f64>() / n;
    let mean_s = est.iter().map(|r| r.1).sum::<f64>() / n;
    let var_m: f64 = est.iter().map(|r| (r.2 - mean_m).powi(2)).sum();
    if var_m == 0.0 {
        return Err(EventStudyError::FlatMarket);
    }
    let cov: f64 = est.iter().map(|r| (r.2 - mean_m) * (r.1 - mean_s)).sum();
    let beta = cov / var_m;
    let alpha = mean_s - beta * mean_m;
    let abnormal: Vec<(i32, NaiveDate, f64)> = (ev_start..=ev_end)
        .map(|i| {
            let (d, rs, rm) = returns[i];
            (i as i32 - zero as i32, d, rs - (alpha + beta * rm))
        })
        .collect();
    Ok(EventResult {
        day0: returns[zero].0,
        alpha,
        beta,
        estimation_days: est.len(),
        car: abnormal.iter().map(|a| a.2).sum(),
        abnormal,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + dealscope_core::chrono::Duration::days(n)
    }

    fn series(values: &[f64]) -> Closes {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                (
                    day(i as i64),
                    Decimal::from_f64_retain(*v).unwrap().round_dp(6),
                )
            })
            .collect()
    }

    /// Five estimation days where the stock moves exactly twice the market (β = 2, α = 0),
    /// then an event day with a 10 % jump against a 1 % market rise: AR = 0.10 − 2 × 0.01.
    #[test]
    fn market_model_by_hand() {
        // Market returns +1 %, −1 %, +2 %, −2 %, +1 % then +1 % on the event day, 0 % after.
        let m = [
            100.0,
            101.0,
            99.99,
            101.9898,
            99.950004,
            100.94950404,
            101.95899908,
            101.95899908,
        ];
        // Stock returns 2× those, then +10 % on the event day, 0 % after.
        let s = [
            50.0,
            51.0,
            49.98,
            51.9792,
            49.900032,
            50.89803264,
            55.987835904,
            55.987835904,
        ];
        let r = study(
            &series(&s),
            &series(&m),
            day(6),
            Windows {
                event: (0, 1),
                estimation: (-5, -1),
            },
        )
        .unwrap();
        assert_eq!(r.day0, day(6));
        assert_eq!(r.estimation_days, 5);
        assert!((r.beta - 2.0).abs() < 1e-4, "beta {}", r.beta);
        assert!(r.alpha.abs() < 1e-5, "alpha {}", r.alpha);
        let (rel, _, ar0) = r.abnormal[0];
        assert_eq!(rel, 0);
        assert!((ar0 - (0.10 - 2.0 * 0.01)).abs() < 1e-4, "AR0 {ar0}");
        assert!(r.abnormal[1].2.abs() < 1e-4, "no move, no abnormal return");
        assert!((r.car - 0.08).abs() < 1e-4);
    }

    #[test]
    fn bad_windows_and_short_series_are_errors() {
        let s = series(&[1.0, 1.1, 1.2]);
        let w = Windows {
            event: (-1, 5),
            estimation: (-10, 0),
        };
        assert!(matches!(
            study(&s, &s, day(1), w),
            Err(EventStudyError::Windows(..))
        ));
        let err = study(&s, &s, day(1), Windows::default()).unwrap_err();
        assert!(err.to_string().contains("trading days"), "{err}");
        assert_eq!(
            study(&s, &s, day(30), Windows::default()).unwrap_err(),
            EventStudyError::NoDay0(day(30))
        );
    }
}
