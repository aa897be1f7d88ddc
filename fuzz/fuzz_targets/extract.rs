//! Any bytes into the extractor: no panic, and every span it returns lies on character
//! boundaries of the text and covers the text it reports.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let gazetteer = dealscope_extract::Gazetteer::default();
    let x = dealscope_extract::extract(&text, &gazetteer);
    for m in &x.mentions {
        assert_eq!(text.get(m.span.start..m.span.end), Some(m.text.as_str()));
    }
    for d in &x.deals {
        for f in d.licensor.iter().chain(d.licensee.iter()).chain(d.assets.iter()) {
            assert_eq!(text.get(f.span.start..f.span.end), Some(f.text.as_str()));
        }
    }
});
