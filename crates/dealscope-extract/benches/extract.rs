//! Extraction throughput. Run: `cargo bench -p dealscope-extract` (or `bench/extract.sh`).
//!
//! The input is the English test corpus (`corpus/en/*.txt`) repeated to about 4 MB, so the
//! figures are for press-release and news text with a realistic density of amounts.
//! divan prints bytes/s per benchmark; everything runs on one thread (per core). The
//! `worst_case_*` benchmarks run adversarial shapes (a list of thousands of deals, one
//! sentence of thousands of amounts) at two sizes: equal throughput means linear time.

use std::path::Path;

use corpus_text::corpus_of;
use dealscope_extract::Gazetteer;
use divan::counter::BytesCount;

#[path = "common/corpus_text.rs"]
mod corpus_text;

fn main() {
    divan::main();
}

/// The corpus documents joined with blank lines, repeated to at least `min_bytes`.
fn corpus(min_bytes: usize) -> String {
    corpus_of("en", min_bytes)
}

fn gazetteer() -> Gazetteer {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let open = |f: &str| std::fs::File::open(data.join(f)).expect("bundled data");
    dealscope_ingest::gazetteer_from_csv(open("companies.csv"), open("asset_aliases.csv"))
        .expect("bundled tables read")
}

const SIZE: usize = 4 << 20;

/// Money mentions only (amounts, currencies, no roles).
#[divan::bench(sample_count = 20)]
fn amounts(bencher: divan::Bencher) {
    let text = corpus(SIZE);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| dealscope_extract::money::find(divan::black_box(&text)).len());
}

/// Money mentions with roles (the `--mentions` path).
#[divan::bench(sample_count = 20)]
fn mentions_with_roles(bencher: divan::Bencher) {
    let text = corpus(SIZE);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| dealscope_extract::mentions(divan::black_box(&text)).len());
}

/// Money mentions with roles on the Chinese corpus.
#[divan::bench(sample_count = 20)]
fn mentions_with_roles_zh(bencher: divan::Bencher) {
    let text = corpus_of("zh", SIZE);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| dealscope_extract::mentions(divan::black_box(&text)).len());
}

/// Full extraction per document (mentions, roles, deals), as `dealscope extract` runs it.
#[divan::bench(sample_count = 10)]
fn full_extraction_per_document(bencher: divan::Bencher) {
    let g = gazetteer();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/en");
    let mut docs: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    docs.sort();
    let bytes: usize = docs.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        docs.iter()
            .map(|d| {
                dealscope_extract::extract(divan::black_box(d), &g)
                    .deals
                    .len()
            })
            .sum::<usize>()
    });
}

/// A list of `n` deal items under one lead-in ("Deals of the year:" over "- Deal 1: …").
fn long_list(n: usize) -> String {
    let mut text = String::from("What Hengrui signed this year:\n");
    for i in 0..n {
        text.push_str(&format!(
            "- Deal {i}: a licence to Pfizer, ${} million upfront.\n",
            i % 900 + 1
        ));
    }
    text
}

/// One sentence of `n` instalments ("paid in tranches: $1 million later and $2 million …").
fn long_sentence(n: usize) -> String {
    let parts: Vec<String> = (0..n)
        .map(|i| format!("${} million later", i % 900 + 1))
        .collect();
    format!(
        "The upfront is $120 million, paid in tranches: {}.",
        parts.join(" and ")
    )
}

/// One line of `n` companies, each defining a short name ("Company7 Inc. (the \"C7\") paid …").
fn defined_names(n: usize) -> String {
    let parts: Vec<String> = (0..n)
        .map(|i| {
            format!(
                "Company{i} Inc. (the \"C{i}\") paid ${} million upfront to Partner{i} Ltd.",
                i % 900 + 1
            )
        })
        .collect();
    parts.join(" ")
}

/// Full extraction of one text, counted in its bytes.
fn bench_extraction(bencher: divan::Bencher, text: &str) {
    let g = gazetteer();
    bencher.counter(BytesCount::of_str(text)).bench(|| {
        dealscope_extract::extract(divan::black_box(text), &g)
            .deals
            .len()
    });
}

/// Full extraction of one line of many defined company names, at two sizes.
#[divan::bench(args = [1_000, 4_000], sample_count = 5)]
fn worst_case_defined_names(bencher: divan::Bencher, n: usize) {
    bench_extraction(bencher, &defined_names(n));
}

/// Full extraction of adversarial shapes at two sizes: equal throughput at both sizes
/// means time grows linearly with the input.
#[divan::bench(args = [2_000, 8_000], sample_count = 5)]
fn worst_case_long_list(bencher: divan::Bencher, n: usize) {
    bench_extraction(bencher, &long_list(n));
}

/// Money mentions with roles of one text, counted in its bytes.
fn bench_mentions(bencher: divan::Bencher, text: &str) {
    bencher
        .counter(BytesCount::of_str(text))
        .bench(|| dealscope_extract::mentions(divan::black_box(text)).len());
}

/// Money mentions with roles in one sentence of many instalments, at two sizes.
#[divan::bench(args = [1_000, 4_000], sample_count = 5)]
fn worst_case_long_sentence(bencher: divan::Bencher, n: usize) {
    bench_mentions(bencher, &long_sentence(n));
}

/// One sentence counting deals, then listing `n` of them after a colon ("… three large
/// deals: Alpha0 to Beta for $1 million upfront, …").
fn listing(n: usize) -> String {
    let items: Vec<String> = (0..n)
        .map(|i| format!("Alpha{i} to Beta for ${} million upfront", i % 900 + 1))
        .collect();
    format!(
        "The fortnight produced three large deals: {}.",
        items.join(", ")
    )
}

/// Money mentions with roles in one listing of many deals after a colon, at two sizes.
#[divan::bench(args = [1_000, 4_000], sample_count = 5)]
fn worst_case_listing(bencher: divan::Bencher, n: usize) {
    bench_mentions(bencher, &listing(n));
}
