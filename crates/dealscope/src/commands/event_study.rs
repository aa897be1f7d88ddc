//! `dealscope event-study`: abnormal and cumulative abnormal returns around each deal
//! announcement of listed companies, by the market model, from closes the user supplies.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, bail};
use dealscope_analytics::event_study::{Closes, Windows, study};
use dealscope_core::Company;
use dealscope_core::chrono::NaiveDate;
use dealscope_store::{DealQuery, Store};
use rust_decimal::Decimal;

use crate::Outcome;
use crate::cli::EventStudyArgs;
use crate::report::{Cell, Report, Show};

/// A daily move larger than this is taken for an unadjusted split or a data error.
const MAX_DAILY_MOVE: f64 = 0.6;

fn window(text: &str, flag: &str) -> anyhow::Result<(i32, i32)> {
    let (a, b) = text
        .split_once(',')
        .with_context(|| format!("{flag} {text:?}: write FROM,TO, e.g. -1,+5"))?;
    let num = |s: &str| {
        s.trim()
            .trim_start_matches('+')
            .parse::<i32>()
            .with_context(|| format!("{flag} {text:?}: {s:?} is not a whole number of days"))
    };
    Ok((num(a)?, num(b)?))
}

/// Reads `ticker,date,close` rows: duplicated days, unparsable dates or prices, and moves
/// over 60 % in a day are errors naming the line.
pub fn read_prices(path: &Path) -> anyhow::Result<BTreeMap<String, Closes>> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    read_prices_from(file, &path.display().to_string())
}

/// [`read_prices`] from any reader; `name` is how errors name the input.
pub fn read_prices_from(
    input: impl std::io::Read,
    name: &str,
) -> anyhow::Result<BTreeMap<String, Closes>> {
    let path = Path::new(name);
    let mut reader = csv::Reader::from_reader(input);
    let headers = reader.headers()?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
            .with_context(|| {
                format!(
                    "{}: no column {name:?} (need ticker,date,close)",
                    path.display()
                )
            })
    };
    let (ti, di, ci) = (col("ticker")?, col("date")?, col("close")?);
    let mut out: BTreeMap<String, Closes> = BTreeMap::new();
    for (i, row) in reader.records().enumerate() {
        let line = i + 2;
        let row = row.with_context(|| format!("{}:{line}", path.display()))?;
        let at = |c: &str| format!("{}:{line}: column {c}", path.display());
        let ticker = row.get(ti).unwrap_or_default().trim().to_owned();
        let date = NaiveDate::parse_from_str(row.get(di).unwrap_or_default().trim(), "%Y-%m-%d")
            .with_context(|| format!("{}: expected YYYY-MM-DD", at("date")))?;
        let close = Decimal::from_str_exact(row.get(ci).unwrap_or_default().trim())
            .ok()
            .filter(|c| *c > Decimal::ZERO)
            .with_context(|| format!("{}: expected a positive number", at("close")))?;
        if out
            .entry(ticker.clone())
            .or_default()
            .insert(date, close)
            .is_some()
        {
            bail!("{}: {ticker} has two closes on {date}", at("date"));
        }
    }
    for (ticker, closes) in &out {
        let v: Vec<(&NaiveDate, &Decimal)> = closes.iter().collect();
        for pair in v.windows(2) {
            let (a, b) = (pair[0].1, pair[1].1);
            let change = ((*b - *a) / *a).to_string().parse::<f64>().unwrap_or(0.0);
            if change.abs() > MAX_DAILY_MOVE {
                bail!(
                    "{}: {ticker} moves {:+.0} % from {} to {}: adjust the series for splits (or remove the bad close)",
                    path.display(),
                    change * 100.0,
                    pair[0].0,
                    pair[1].0
                );
            }
        }
    }
    Ok(out)
}

fn ticker_of<'a>(
    company: &Company,
    prices: &'a BTreeMap<String, Closes>,
) -> Option<(&'a String, &'a Closes)> {
    prices.iter().find(|(t, _)| company.has_ticker(t))
}

/// Runs the study and prints one row per announcement.
pub fn run(db: &Path, args: &EventStudyArgs) -> anyhow::Result<Outcome> {
    let w = Windows {
        event: window(&args.window, "--window")?,
        estimation: window(&args.estimation, "--estimation")?,
    };
    let store = crate::open_existing(db)?;
    let (prices, from) = match &args.prices {
        Some(file) => (read_prices(file)?, file.display().to_string()),
        None => {
            let mut all = BTreeMap::new();
            for t in store.price_tickers()? {
                all.insert(t.clone(), store.prices(&t)?.into_iter().collect::<Closes>());
            }
            if all.is_empty() {
                anyhow::bail!(
                    "no prices: give --prices FILE, or store them with `dealscope import prices FILE`"
                );
            }
            (all, "the stored prices".to_owned())
        }
    };
    let market = prices
        .get(&args.benchmark)
        .with_context(|| format!("--benchmark {:?}: not a ticker in {from}", args.benchmark))?;
    let companies = store.companies()?;
    let chosen: Vec<&Company> = match &args.company {
        Some(name) => vec![
            super::company::find(&companies, name)
                .with_context(|| format!("--company {name:?}: no such company"))?,
        ],
        None => companies
            .iter()
            .filter(|c| ticker_of(c, &prices).is_some())
            .collect(),
    };
    let mut r = Report::new(format!(
        "Event study: market model (OLS over trading days {}…{}), event window {}…{}, benchmark {}",
        w.estimation.0, w.estimation.1, w.event.0, w.event.1, args.benchmark
    ));
    r.column("company", "company", Show::Both)
        .column("ticker", "ticker", Show::Both)
        .column("deal_id", "deal", Show::Both)
        .column("announced", "announced", Show::Both)
        .column("day0", "day 0", Show::Both)
        .column("alpha", "alpha", Show::Machine)
        .column("beta", "beta", Show::Both)
        .column("estimation_days", "est. days", Show::Both)
        .column("abnormal", "AR by day", Show::Both)
        .column("car", "CAR", Show::Both)
        .column("note", "note", Show::Both);
    let pct = |x: f64| Decimal::from_f64_retain(x).map(|d| d.round_dp(6));
    for c in chosen {
        let Some((ticker, stock)) = ticker_of(c, &prices) else {
            r.notes.push(format!(
                "{}: no prices for its tickers in the file",
                c.name_en
            ));
            continue;
        };
        let deals = store.deals(&DealQuery {
            party: Some(c.id.to_string()),
            ..DealQuery::default()
        })?;
        for d in deals {
            let Some(announced) = d
                .announced
                .filter(|a| a.precision() == dealscope_core::DatePrecision::Day)
            else {
                continue;
            };
            let base = vec![
                Cell::Text(c.name_en.clone()),
                Cell::Text(ticker.clone()),
                Cell::Text(d.id.to_string()),
                Cell::Text(announced.to_string()),
            ];
            let mut cells = base;
            match study(stock, market, announced.start(), w) {
                Ok(e) => {
                    cells.extend([
                        Cell::Text(e.day0.to_string()),
                        Cell::Number(pct(e.alpha)),
                        Cell::Number(Decimal::from_f64_retain(e.beta).map(|b| b.round_dp(3))),
                        Cell::Count(e.estimation_days),
                        Cell::Text(
                            e.abnormal
                                .iter()
                                .map(|(rel, _, ar)| format!("{rel:+}: {:+.2}%", ar * 100.0))
                                .collect::<Vec<_>>()
                                .join(" "),
                        ),
                        Cell::Growth(pct(e.car)),
                        Cell::Text(String::new()),
                    ]);
                }
                Err(e) => cells.extend([
                    Cell::Text(String::new()),
                    Cell::Number(None),
                    Cell::Number(None),
                    Cell::Count(0),
                    Cell::Text(String::new()),
                    Cell::Growth(None),
                    Cell::Text(e.to_string()),
                ]),
            }
            r.row(cells);
        }
    }
    r.notes.push("AR = stock return − (alpha + beta × benchmark return) on each trading day (days with both closes); CAR = their sum. Announcements on non-trading days start at the next trading day.".into());
    r.print(args.format.into(), &mut std::io::stdout().lock())?;
    Ok(if r.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Done
    })
}
