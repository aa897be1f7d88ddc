//! Extraction throughput. Run: `cargo bench -p dealscope-extract` (or `bench/extract.sh`).
//!
//! The input is the English test corpus (`corpus/en/*.txt`) repeated to about 4 MB, so the
//! figures are for press-release and news text with a realistic density of amounts.
//! divan prints bytes/s per benchmark; everything runs on one thread (per core).

use std::path::Path;

use dealscope_extract::Gazetteer;
use divan::counter::BytesCount;

fn main() {
    divan::main();
}

/// The corpus documents joined with blank lines, repeated to at least `min_bytes`.
fn corpus(min_bytes: usize) -> String {
    corpus_of("en", min_bytes)
}

/// The documents of `corpus/<lang>` joined and repeated to at least `min_bytes`.
fn corpus_of(lang: &str, min_bytes: usize) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../corpus")
        .join(lang);
    let mut docs: Vec<String> = std::fs::read_dir(&dir)
        .expect("corpus/en exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).expect("UTF-8 corpus file"))
        .collect();
    docs.sort();
    let one = docs.join("\n\n");
    let mut text = String::with_capacity(min_bytes + one.len());
    while text.len() < min_bytes {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    text
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
