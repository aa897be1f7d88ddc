//! Profiling aid: money mentions with roles over one corpus language (`en` or `zh`),
//! joined and repeated to 4 MB, `REPS` times (default 5). Prints the mention count and
//! MB/s. `bench/instructions.sh` runs it under callgrind for instruction counts, which a
//! noisy VM does not blur.
#[path = "../benches/common/corpus_text.rs"]
mod corpus_text;

fn main() {
    let lang = std::env::args().nth(1).unwrap_or_else(|| "en".into());
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let text = corpus_text::corpus_of(&lang, 4 << 20);
    let clock = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..reps {
        n += dealscope_extract::mentions(std::hint::black_box(&text)).len();
    }
    let secs = clock.elapsed().as_secs_f64();
    println!(
        "{n} mentions, {:.1} MB/s",
        reps as f64 * text.len() as f64 / secs / 1e6
    );
}
