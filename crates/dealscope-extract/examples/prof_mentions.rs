//! Profiling aid: money mentions with roles over one corpus language (`en` or `zh`),
//! joined and repeated to 4 MB, `REPS` times (default 5). Prints the mention count and
//! MB/s. `bench/instructions.sh` runs it under callgrind for instruction counts, which a
//! noisy VM does not blur.
fn main() {
    let lang = std::env::args().nth(1).unwrap_or_else(|| "en".into());
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../corpus")
        .join(&lang);
    let mut docs: Vec<String> = std::fs::read_dir(&dir)
        .expect("corpus language folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).expect("UTF-8 corpus file"))
        .collect();
    docs.sort();
    let one = docs.join("\n\n");
    let mut text = String::new();
    while text.len() < 4 << 20 {
        text.push_str(&one);
        text.push_str("\n\n");
    }
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
