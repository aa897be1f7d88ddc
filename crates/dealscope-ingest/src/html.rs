//! HTML to plain text, keeping a map from every text byte back to the HTML source, so that
//! a span the extractor reports in the text can be shown in the original page.
//!
//! Tokenising is html5gum's (WHATWG-compliant, recovers from broken markup). This module
//! decides what is text: it drops scripts, styles and other non-content elements, turns
//! block elements into line breaks, collapses runs of white space to one space, and decodes
//! character references.

use dealscope_core::Span;
use html5gum::{DefaultEmitter, Token, Tokenizer};

/// The text of an HTML document with its map back to the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HtmlText {
    /// The text.
    pub text: String,
    /// For each byte of `text`, the source bytes it came from (`[start, end)`).
    source: Vec<(u32, u32)>,
}

impl HtmlText {
    /// The source span of a text span: from the first source byte of its first character
    /// to the last source byte of its last character.
    pub fn source_span(&self, span: Span) -> Option<Span> {
        if span.start >= span.end || span.end > self.source.len() {
            return None;
        }
        Some(Span {
            start: self.source[span.start].0 as usize,
            end: self.source[span.end - 1].1 as usize,
        })
    }
}

/// Elements whose content is not document text.
const SKIPPED: &[&[u8]] = &[
    b"script",
    b"style",
    b"noscript",
    b"template",
    b"svg",
    b"head",
];
/// Elements that start and end a line.
const BLOCKS: &[&[u8]] = &[
    b"p",
    b"div",
    b"br",
    b"li",
    b"ul",
    b"ol",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"tr",
    b"table",
    b"section",
    b"article",
    b"header",
    b"footer",
    b"blockquote",
    b"pre",
    b"hr",
    b"title",
    b"dd",
    b"dt",
    b"figcaption",
    b"main",
    b"aside",
    b"nav",
];
/// Elements that separate cells with a space.
const CELLS: &[&[u8]] = &[b"td", b"th"];

struct Builder {
    text: String,
    source: Vec<(u32, u32)>,
    /// The last thing written was white space (or nothing on this line).
    at_space: bool,
}

impl Builder {
    fn push(&mut self, ch: char, from: (u32, u32)) {
        let mut buf = [0u8; 4];
        let s = ch.encode_utf8(&mut buf);
        self.text.push_str(s);
        for _ in 0..s.len() {
            self.source.push(from);
        }
        self.at_space = false;
    }

    fn space(&mut self, at: u32) {
        if !self.at_space && !self.text.is_empty() {
            self.text.push(' ');
            self.source.push((at, at));
            self.at_space = true;
        }
    }

    fn newline(&mut self, at: u32) {
        while self.text.ends_with(' ') {
            self.text.pop();
            self.source.pop();
        }
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
            self.source.push((at, at));
        }
        self.at_space = true;
    }

    /// Appends a text token: `decoded` is its text, `raw` the source slice at `offset`.
    fn text(&mut self, decoded: &str, raw: &str, offset: usize) {
        let mut raw_chars = raw.char_indices().peekable();
        for ch in decoded.chars() {
            // Align the decoded character with the source: the same character, or a
            // character reference ("&amp;", "&#36;") that produced it.
            let from = match raw_chars.peek().copied() {
                Some((i, '&')) if reference_end(&raw[i..]).is_some() => {
                    let end = i + reference_end(&raw[i..]).expect("checked");
                    while raw_chars.peek().is_some_and(|(j, _)| *j < end) {
                        raw_chars.next();
                    }
                    (offset + i, offset + end)
                }
                Some((i, c)) if c == ch => {
                    raw_chars.next();
                    (offset + i, offset + i + c.len_utf8())
                }
                // Not aligned (the tokenizer normalised something): the whole token.
                _ => (offset, offset + raw.len()),
            };
            let from = (from.0 as u32, from.1 as u32);
            if ch.is_whitespace() {
                self.space(from.0);
            } else {
                self.push(ch, from);
            }
        }
    }
}

/// The length of a character reference at the start of `raw` ("&amp;", "&#36;", "&#x24;").
fn reference_end(raw: &str) -> Option<usize> {
    let body = raw.strip_prefix('&')?;
    let end = body.find(';')?;
    let name = &body[..end];
    let ok = !name.is_empty()
        && end <= 32
        && name
            .strip_prefix('#')
            .unwrap_or(name)
            .chars()
            .all(|c| c.is_ascii_alphanumeric());
    ok.then_some(end + 2)
}

/// The text of an HTML document. Never fails: broken markup yields what a browser would
/// show as text, give or take layout.
pub fn to_text(html: &str) -> HtmlText {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    let mut b = Builder {
        text: String::with_capacity(html.len() / 2),
        source: Vec::with_capacity(html.len() / 2),
        at_space: true,
    };
    let mut skipping: Vec<Vec<u8>> = Vec::new();
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if SKIPPED.contains(&name.as_slice()) && !tag.self_closing {
                    skipping.push(name);
                } else if skipping.is_empty() {
                    if BLOCKS.contains(&name.as_slice()) {
                        b.newline(tag.span.start as u32);
                    } else if CELLS.contains(&name.as_slice()) {
                        b.space(tag.span.start as u32);
                    }
                }
            }
            Token::EndTag(tag) => {
                let name = tag.name.to_ascii_lowercase();
                if skipping.last() == Some(&name) {
                    skipping.pop();
                } else if skipping.is_empty() && BLOCKS.contains(&name.as_slice()) {
                    b.newline(tag.span.start as u32);
                }
            }
            Token::String(s) if skipping.is_empty() => {
                let decoded = String::from_utf8_lossy(&s.value);
                let (start, end) = (s.span.start.min(html.len()), s.span.end.min(html.len()));
                let raw = html.get(start..end).unwrap_or("");
                b.text(&decoded, raw, start);
            }
            _ => {}
        }
    }
    while b.text.ends_with([' ', '\n']) {
        b.text.pop();
        b.source.pop();
    }
    HtmlText {
        text: b.text,
        source: b.source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_blocks_entities_and_the_map_back() {
        let html = "<html><head><title>x</title><script>var a = '$9 billion';</script></head>\
                    <body><h1>Deal</h1><p>Akeso &amp; Summit:\n   <b>$500&nbsp;million</b> upfront.</p>\
                    <table><tr><td>Total</td><td>US&#36;5 billion</td></tr></table></body></html>";
        let t = to_text(html);
        // White space, no-break spaces included, collapses to one space.
        assert_eq!(
            t.text,
            "Deal\nAkeso & Summit: $500 million upfront.\nTotal US$5 billion"
        );
        assert!(!t.text.contains("$9"), "script content is not text");
        for needle in ["$500 million", "US$5 billion", "Akeso & Summit"] {
            let start = t.text.find(needle).unwrap();
            let span = t
                .source_span(Span {
                    start,
                    end: start + needle.len(),
                })
                .unwrap();
            let source = &html[span.start..span.end];
            match needle {
                "$500 million" => assert_eq!(source, "$500&nbsp;million"),
                "US$5 billion" => assert_eq!(source, "US&#36;5 billion"),
                _ => assert_eq!(source, "Akeso &amp; Summit"),
            }
        }
    }

    #[test]
    fn broken_markup_still_gives_text() {
        let t = to_text("<p>Upfront of <b>$50 million<p>and <<< more </div></span>");
        assert!(t.text.contains("$50 million"), "{:?}", t.text);
        assert_eq!(t.source.len(), t.text.len());
        assert_eq!(to_text("").text, "");
    }
}
