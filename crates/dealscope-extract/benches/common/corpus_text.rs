//! The benchmark input, shared by `benches/extract.rs` and `examples/prof_mentions.rs`.

use std::path::Path;

/// The documents of `corpus/<lang>` joined with blank lines, repeated to at least
/// `min_bytes`.
pub fn corpus_of(lang: &str, min_bytes: usize) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../corpus")
        .join(lang);
    let mut docs: Vec<String> = std::fs::read_dir(&dir)
        .expect("corpus language folder")
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
