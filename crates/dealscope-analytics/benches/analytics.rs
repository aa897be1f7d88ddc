//! Throughput of the analytics over a synthetic portfolio of 100 000 deals (one thread).
//! `bench/analytics.sh` runs this and the p99 latency example.

#[path = "synthetic.rs"]
mod synthetic;

use std::sync::LazyLock;

use dealscope_analytics::{
    Assumptions, BreakdownSpec, CompsQuery, Dimension, Directory, Granularity, Preset, RankBy,
    Side, ValuationInput, breakdown, comps, league, rnpv_all,
};
use dealscope_core::{Currency, Deal};
use divan::counter::ItemsCount;

const N: usize = 100_000;
static DEALS: LazyLock<Vec<Deal>> = LazyLock::new(|| synthetic::deals(N));

fn main() {
    divan::main();
}

#[divan::bench]
fn preset_and_yearly_stats(b: divan::Bencher) {
    let (dir, preset) = (Directory::default(), Preset::named("mainland").unwrap());
    b.counter(ItemsCount::new(N)).bench(|| {
        let s = preset.select(&DEALS, &dir);
        breakdown(&s.counted, &BreakdownSpec::by(Granularity::Year), &dir)
    });
}

#[divan::bench]
fn quarterly_split_by_modality_top_10(b: divan::Bencher) {
    let (dir, preset) = (Directory::default(), Preset::named("all").unwrap());
    let spec = BreakdownSpec {
        split: Some(Dimension::Modality),
        top: Some(10),
        ..BreakdownSpec::by(Granularity::Quarter)
    };
    b.counter(ItemsCount::new(N)).bench(|| {
        let s = preset.select(&DEALS, &dir);
        breakdown(&s.counted, &spec, &dir)
    });
}

#[divan::bench]
fn league_of_licensees(b: divan::Bencher) {
    let (dir, preset) = (Directory::default(), Preset::named("all").unwrap());
    b.counter(ItemsCount::new(N)).bench(|| {
        let s = preset.select(&DEALS, &dir);
        league(
            &s.counted,
            Side::Licensees,
            RankBy::Upfront,
            Currency::USD,
            &dir,
        )
    });
}

#[divan::bench]
fn comparables_of_one_deal(b: divan::Bencher) {
    let q = CompsQuery::like(&DEALS[0]);
    b.counter(ItemsCount::new(N))
        .bench(|| comps(&DEALS, &q, Currency::USD));
}

#[divan::bench(sample_count = 20)]
fn rnpv_of_the_whole_portfolio(b: divan::Bencher) {
    let (a, input) = (Assumptions::builtin(), ValuationInput::new());
    b.counter(ItemsCount::new(N))
        .bench(|| rnpv_all(&DEALS, &input, &a));
}
