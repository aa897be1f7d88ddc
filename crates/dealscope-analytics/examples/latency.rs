//! Latency of each analytics query over a synthetic portfolio of 100 000 deals: p50, p99
//! and max over repeated runs, one thread. Run by `bench/analytics.sh`.

#[path = "../benches/synthetic.rs"]
mod synthetic;

use std::time::{Duration, Instant};

use dealscope_analytics::{
    Assumptions, BreakdownSpec, CompsQuery, Dimension, Directory, Facts, Granularity, Preset,
    RankBy, Side, ValuationInput, breakdown, comps, league, rnpv_all,
};
use dealscope_core::Currency;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let runs = 200;
    let deals = synthetic::deals(n);
    let dir = Directory::default();
    let t = Instant::now();
    let facts = Facts::new(&deals, &dir);
    println!(
        "facts of {n} deals read once in {:.1} ms (a server keeps them until the store changes)",
        t.elapsed().as_secs_f64() * 1e3
    );
    let all = Preset::named("all").unwrap();
    let mainland = Preset::named("mainland").unwrap();
    let split = BreakdownSpec {
        split: Some(Dimension::Licensee),
        top: Some(10),
        ..BreakdownSpec::by(Granularity::Quarter)
    };
    let q = CompsQuery::like(&deals[0]);
    let (a, input) = (Assumptions::builtin(), ValuationInput::new());
    println!("{n} synthetic deals, {runs} runs per query, one thread");
    report("stats by year, preset mainland", runs, || {
        let s = mainland.select(&facts);
        breakdown(&s.counted, &BreakdownSpec::by(Granularity::Year), &facts)
            .rows
            .len()
    });
    report("stats by quarter split by licensee, top 10", runs, || {
        let s = all.select(&facts);
        breakdown(&s.counted, &split, &facts).rows.len()
    });
    report("league of licensees by upfront", runs, || {
        let s = all.select(&facts);
        league(
            &s.counted,
            Side::Licensees,
            RankBy::Upfront,
            Currency::USD,
            &facts,
        )
        .0
        .len()
    });
    report("comparables of one deal", runs, || {
        comps(&facts, &q, Currency::USD).matches.len()
    });
    report("rNPV of every deal", runs / 10, || {
        rnpv_all(&deals, &input, &a).len()
    });
}

fn report(name: &str, runs: usize, mut f: impl FnMut() -> usize) {
    // An optional second argument picks the queries to run (for profiling one of them).
    if std::env::args()
        .nth(2)
        .is_some_and(|only| !name.contains(&only))
    {
        return;
    }
    std::hint::black_box(f());
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "{name:<46} p50 {:>8.2} ms  p99 {:>8.2} ms  max {:>8.2} ms",
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3
    );
}
