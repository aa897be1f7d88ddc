//! Throughput of the analytics over a synthetic portfolio of 100 000 deals (one thread,
//! except the portfolio rNPV, which uses every core). `bench/analytics.sh` runs this and
//! the p99 latency example.

#[path = "synthetic.rs"]
mod synthetic;

use std::sync::LazyLock;

use dealscope_analytics::{
    Assumptions, BreakdownSpec, CompsQuery, Dimension, Directory, Facts, Granularity, Preset,
    RankBy, Side, ValuationInput, breakdown, comps, league, rnpv_all,
};
use dealscope_core::{Currency, Deal};
use divan::counter::ItemsCount;

const N: usize = 100_000;
static DEALS: LazyLock<Vec<Deal>> = LazyLock::new(|| synthetic::deals(N));
static FACTS: LazyLock<Facts<'static>> =
    LazyLock::new(|| Facts::new(&DEALS, &Directory::default()));

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 20)]
fn reading_the_facts(b: divan::Bencher) {
    let dir = Directory::default();
    b.counter(ItemsCount::new(N))
        .bench(|| Facts::new(&DEALS, &dir).len());
}

#[divan::bench]
fn preset_and_yearly_stats(b: divan::Bencher) {
    let preset = Preset::named("mainland").unwrap();
    b.counter(ItemsCount::new(N)).bench(|| {
        let s = preset.select(&FACTS);
        breakdown(&s.counted, &BreakdownSpec::by(Granularity::Year), &FACTS)
            .rows
            .len()
    });
}

#[divan::bench]
fn quarterly_split_by_licensee_top_10(b: divan::Bencher) {
    let preset = Preset::named("all").unwrap();
    let spec = BreakdownSpec {
        split: Some(Dimension::Licensee),
        top: Some(10),
        ..BreakdownSpec::by(Granularity::Quarter)
    };
    b.counter(ItemsCount::new(N)).bench(|| {
        let s = preset.select(&FACTS);
        breakdown(&s.counted, &spec, &FACTS).rows.len()
    });
}

#[divan::bench]
fn league_of_licensees(b: divan::Bencher) {
    let preset = Preset::named("all").unwrap();
    b.counter(ItemsCount::new(N)).bench(|| {
        let s = preset.select(&FACTS);
        league(
            &s.counted,
            Side::Licensees,
            RankBy::Upfront,
            Currency::USD,
            &FACTS,
        )
        .0
        .len()
    });
}

#[divan::bench]
fn comparables_of_one_deal(b: divan::Bencher) {
    let q = CompsQuery::like(&DEALS[0]);
    b.counter(ItemsCount::new(N))
        .bench(|| comps(&FACTS, &q, Currency::USD).matches.len());
}

#[divan::bench(sample_count = 20)]
fn rnpv_of_the_whole_portfolio(b: divan::Bencher) {
    let (a, input) = (Assumptions::builtin(), ValuationInput::new());
    b.counter(ItemsCount::new(N))
        .bench(|| rnpv_all(&DEALS, &input, &a).len());
}
