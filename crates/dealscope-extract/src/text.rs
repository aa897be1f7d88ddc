//! Sentences and words with byte spans.

use std::borrow::Cow;

use dealscope_core::Span;

/// Whether a character is a CJK unified ideograph (the Chinese characters of names, cues
/// and amounts).
pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Whether a word is a year of the last two centuries: four digits opening with 19 or 20
/// ("2025", not "2,025" or "1,862").
pub fn is_year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// The largest char boundary at or below `i` (and at most the text's length).
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `text` with traditional Chinese characters written in simplified form ("翰森製藥" →
/// "翰森制药"), for matching names and cue words in either script. Every character keeps
/// its byte length, so a span found in the result is the same span in `text`; a character
/// whose simplified form would be longer or shorter stays as it is.
pub fn simplified(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b >= 0xE3) {
        return Cow::Borrowed(text);
    }
    let converted = simplet2s::convert(text);
    let aligned = converted.len() == text.len()
        && converted
            .chars()
            .zip(text.chars())
            .all(|(a, b)| a.len_utf8() == b.len_utf8());
    if converted == text {
        Cow::Borrowed(text)
    } else if aligned {
        Cow::Owned(converted)
    } else {
        let mut out = String::with_capacity(text.len());
        let mut buf = [0u8; 4];
        for c in text.chars() {
            let one = simplet2s::convert(c.encode_utf8(&mut buf));
            if one.len() == c.len_utf8() {
                out.push_str(&one);
            } else {
                out.push(c);
            }
        }
        Cow::Owned(out)
    }
}

/// Words after which a period does not end a sentence.
const ABBREVIATIONS: [&str; 28] = [
    "inc", "co", "ltd", "corp", "mr", "ms", "dr", "no", "vs", "approx", "e.g", "i.e", "u.s", "u.k",
    "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "etc",
];

/// Sentence spans of `text`, in order, covering every non-blank part of it.
///
/// A sentence ends at `.`, `!`, `?`, `。`, `！`, `？` or `；` followed by a space or the
/// end, or at a line break, except after common abbreviations ("Inc.", "U.S.") and inside
/// numbers ("1.25"). In text wrapped at a fixed width (filings, PDF text layers, e-mail), a
/// line break inside a paragraph is no sentence end: see [`wrap_width`].
pub fn sentences(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let wrap = wrap_width(text);
    let mut line_start = 0;
    let push = |s: usize, e: usize, out: &mut Vec<Span>| {
        let piece = &text[s..e];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        if lead + trail < piece.len() {
            out.push(Span {
                start: s + lead,
                end: e - trail,
            });
        }
    };
    // The bytes that may end a sentence, found by two vectorised searches of three bytes
    // each; each search's next hit is kept until the reading passes it, so every byte is
    // searched once.
    let find = |from: usize, [x, y, z]: [u8; 3]| {
        memchr::memchr3(x, y, z, &bytes[from..]).map_or(usize::MAX, |p| from + p)
    };
    const PROSE: [u8; 3] = [b'\n', b'.', b'!'];
    // "?", and the lead bytes of 。 (0xE3) and of ！ ？ ； (0xEF).
    const OTHERS: [u8; 3] = [b'?', 0xE3, 0xEF];
    let (mut next_prose, mut next_other) = (find(0, PROSE), find(0, OTHERS));
    let mut i = 0;
    while i < bytes.len() {
        if next_prose < i {
            next_prose = find(i, PROSE);
        }
        if next_other < i {
            next_other = find(i, OTHERS);
        }
        i = next_prose.min(next_other);
        if i == usize::MAX {
            break;
        }
        let b = bytes[i];
        if b == b'\n' {
            if !wrap.is_some_and(|width| wraps_on(text, line_start, i, width)) {
                push(start, i, &mut out);
                start = i + 1;
            }
            line_start = i + 1;
        } else if matches!(b, b'.' | b'!' | b'?') {
            let next_is_space = i + 1 == bytes.len() || bytes[i + 1].is_ascii_whitespace();
            if next_is_space
                && !(b == b'.'
                    && (is_abbreviation(text, i)
                        || is_enumerator(text, i)
                        || inside_pipe_cell(bytes, i)))
            {
                push(start, i + 1, &mut out);
                start = i + 1;
            }
        } else if b >= 0xE0 {
            // Full-width sentence ends: 。！？； (three bytes each).
            let rest = &text[i..];
            // ("（约10,581亿港元；按1美元兑7.8港元换算）": a semicolon inside brackets
            // separates the bracket's parts, not sentences.)
            let bracketed = || rest.starts_with('；') && inside_brackets(&text[start..i]);
            if ["。", "！", "？", "；"].iter().any(|p| rest.starts_with(p)) && !bracketed() {
                push(start, i + 3, &mut out);
                start = i + 3;
                i += 3;
                continue;
            }
        }
        i += 1;
    }
    push(start, bytes.len(), &mut out);
    out
}

/// The width a text is hard-wrapped at, if it is: most of its lines are filled to within a
/// quarter of the longest, and that is at most 200 bytes (about 65 Chinese characters).
/// Text written one paragraph to a line has a few very long lines and is not wrapped.
pub fn wrap_width(text: &str) -> Option<usize> {
    const MAX_WIDTH: usize = 200;
    let (mut lines, mut widest) = (0usize, 0usize);
    let lengths = || {
        text.split('\n')
            .map(|l| l.trim_end().len())
            .filter(|&n| n > 0)
    };
    for n in lengths() {
        lines += 1;
        widest = widest.max(n);
        if widest > MAX_WIDTH {
            return None;
        }
    }
    // (Filled lines are at least 40 bytes: a list of short items is not wrapped prose.)
    let full = |n: usize| n * 4 >= widest * 3 && n >= 40;
    let filled = lengths().filter(|&n| full(n)).count();
    (filled >= 5 && filled * 5 >= lines * 2).then_some(widest)
}

/// Whether the line `[start, end)` of text wrapped at `width` runs on into the next line:
/// it is filled, stops without a sentence or clause end, and the next line goes on with
/// prose (not a blank line, a list item or a table row).
fn wraps_on(text: &str, start: usize, end: usize, width: usize) -> bool {
    let line = text[start..end].trim_end();
    if line.len() * 4 < width * 3
        || line.ends_with(['.', ':', ';', '!', '?', '|', '。', '：', '；', '！', '？'])
    {
        return false;
    }
    let rest = &text[end + 1..];
    let next = rest[..rest.find('\n').unwrap_or(rest.len())].trim();
    // "- …", "• …", "(a) …", "(iv) …", "1. …", "12) …", "a) …", "iv. …": an item of a list.
    let marked = |open: &str, close: char| {
        open.split_once(close).is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
                || n.len() == 1 && n.bytes().all(|b| b.is_ascii_alphabetic())
                || !n.is_empty() && n.len() <= 4 && n.bytes().all(|b| b"ivx".contains(&b))
        })
    };
    let list_item = next.starts_with(['-', '*', '•', '·', '|'])
        || next.strip_prefix('(').is_some_and(|n| marked(n, ')'))
        || next.strip_prefix('（').is_some_and(|n| marked(n, '）'))
        || marked(next, '.')
        || marked(next, ')');
    !next.is_empty() && !list_item && !tabular(next) && !tabular(line.trim_start())
}

/// Whether a line is a row of a table printed with spaces: a gap of four spaces or more, or
/// two gaps of three. (Justified prose pads its gaps to two or three spaces: "a
/// non-refundable  upfront  payment".)
fn tabular(line: &str) -> bool {
    let (mut threes, mut run) = (0, 0);
    for b in line.bytes() {
        if b == b' ' || b == b'\t' {
            run += if b == b'\t' { 4 } else { 1 };
            if run == 4 {
                return true;
            }
            if run == 3 {
                threes += 1;
                if threes == 2 {
                    return true;
                }
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Whether a bracket opened in `text` is still open at its end.
fn inside_brackets(text: &str) -> bool {
    let depth = text.chars().fold(0i32, |d, c| match c {
        '（' | '(' => d + 1,
        '）' | ')' => (d - 1).max(0),
        _ => d,
    });
    depth > 0
}

/// "| 500 | n.a. | ~12,000 |": a dot that ends a cell of a pipe row, a bar after it on its
/// line, ends no sentence.
fn inside_pipe_cell(bytes: &[u8], dot: usize) -> bool {
    // (Only up to the first byte that is not a space: every sentence end is checked, so
    // reading the rest of a paragraph each time would be quadratic.)
    bytes[dot + 1..]
        .iter()
        .find(|&&b| b == b'\n' || !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'|')
}

/// "1." or "12." opening a line: a list item's number, not a sentence.
fn is_enumerator(text: &str, dot: usize) -> bool {
    // Looks back a few bytes only: one or two digits, then spaces, then the line's start.
    let bytes = text.as_bytes();
    let mut i = dot;
    while i > 0 && dot - i < 2 && bytes[i - 1].is_ascii_digit() {
        i -= 1;
    }
    if i == dot {
        return false;
    }
    let digits_start = i;
    while i > 0 && digits_start - i < 8 && matches!(bytes[i - 1], b' ' | b'\t') {
        i -= 1;
    }
    i == 0 || bytes[i - 1] == b'\n'
}

fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace() || *c == '(' || *c == '"')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = before[word_start..].to_ascii_lowercase();
    if word.len() == 1 && word.chars().all(|c| c.is_ascii_alphabetic()) {
        return true; // initials: "J. Smith", "U.S." letter by letter
    }
    let listed = ABBREVIATIONS.contains(&word.as_str())
        || ABBREVIATIONS.contains(&word.trim_end_matches('.'));
    // "… Nanxi Biopharma Co., Ltd. We paid $45 million": a company suffix, then a word that
    // opens a sentence, ends the sentence.
    let suffix = matches!(word.trim_end_matches('.'), "inc" | "ltd" | "co" | "corp");
    listed && !(suffix && opens_sentence(&text[dot + 1..]))
}

/// Whether the text after a period starts with a word that opens a sentence, not a name.
fn opens_sentence(after: &str) -> bool {
    let word = after
        .trim_start_matches(' ')
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        word,
        "We" | "The" | "It" | "Its" | "This" | "These" | "Under" | "Our" | "They" | "Both"
    )
}

/// Start offsets of `needle` in `haystack` where it stands as a whole word: no letter or
/// digit (of any script) right before or after it.
pub fn word_matches<'a>(haystack: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    haystack
        .match_indices(needle)
        .map(|(p, _)| p)
        .filter(move |&p| {
            let before = haystack[..p].chars().next_back();
            let after = haystack[p + needle.len()..].chars().next();
            before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric())
        })
}

/// The first whole-word occurrence of `needle` in `haystack`.
pub fn find_word(haystack: &str, needle: &str) -> Option<usize> {
    word_matches(haystack, needle).next()
}

/// Lower-cased words of a piece of text (letters, digits, `-` inside words).
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '&'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_company_suffix_before_a_sentence_opener_ends_the_sentence() {
        assert_eq!(
            split("It is an antibody from Nanxi Biopharma Co., Ltd. We paid $45 million."),
            [
                "It is an antibody from Nanxi Biopharma Co., Ltd.",
                "We paid $45 million."
            ]
        );
        assert_eq!(
            split("Qiaolin Inc. announced a deal with Dunmore Co. Ltd. on Monday."),
            ["Qiaolin Inc. announced a deal with Dunmore Co. Ltd. on Monday."]
        );
    }

    /// A filing's paragraph as EDGAR text and PDF text layers give it: wrapped at about 90
    /// columns, with an indented list and a heading.
    const WRAPPED: &str = "\
Item 1.01 Entry into a Material Definitive Agreement.

On March 3, 2026, Tallowmere Therapeutics, Inc. (the \"Company\") entered into a license
agreement with Qingshan Biologics Co., Ltd. under which the Company will pay a non-refundable
upfront payment of $31.5 million. The Company has also agreed to make payments as follows:

  (a) development milestone payments of up to $90.0 million in the aggregate upon the
      achievement of specified clinical events; and
  (b) sales milestone payments of up to $400.0 million in the aggregate.

Item 9.01 Financial Statements and Exhibits.
";

    #[test]
    fn a_line_break_inside_a_wrapped_paragraph_ends_no_sentence() {
        assert!(wrap_width(WRAPPED).is_some());
        let split = split(WRAPPED);
        assert!(split.contains(
            &"On March 3, 2026, Tallowmere Therapeutics, Inc. (the \"Company\") entered into a license
agreement with Qingshan Biologics Co., Ltd. under which the Company will pay a non-refundable
upfront payment of $31.5 million."
        ), "{split:#?}");
        // A list item runs on over its own wrapped lines, and each item is its own sentence.
        assert!(split.contains(
            &"(a) development milestone payments of up to $90.0 million in the aggregate upon the
      achievement of specified clinical events; and"
        ), "{split:#?}");
        assert!(
            split.contains(
                &"(b) sales milestone payments of up to $400.0 million in the aggregate."
            )
        );
        // The heading and the sentence before the list stay apart from what follows.
        assert!(split.contains(&"Item 1.01 Entry into a Material Definitive Agreement."));
        assert!(split.contains(&"The Company has also agreed to make payments as follows:"));
    }

    #[test]
    fn a_semicolon_inside_brackets_ends_no_sentence() {
        assert_eq!(
            split(
                "全年披露总额1,356亿美元（约10,581亿港元；按1美元兑7.8港元换算），首付款约70亿美元。次年开局平稳；一月较少。"
            ),
            [
                "全年披露总额1,356亿美元（约10,581亿港元；按1美元兑7.8港元换算），首付款约70亿美元。",
                "次年开局平稳；",
                "一月较少。"
            ]
        );
    }

    #[test]
    fn justified_lines_and_lettered_items_run_on() {
        // A PDF's justified text pads its gaps; a bracket opening a line is no list item
        // unless it holds a letter or number.
        let text = "\
The Board is pleased to announce that on 9 March 2026 the Company and Vantmoor Biologics
entered into a licence agreement in respect of the Company's bispecific antibody HRB-617.

    (c)  Upfront payment.  Vantmoor will pay the Company a non-refundable  upfront  payment
         of US$42 million (approximately HK$327.6 million) within thirty days of the
         effective date, and a further amount on completion of the technology transfer
         (approximately 15% of the upfront payment) as set out below.
";
        let split = split(text);
        assert!(
            split.iter().any(|s| s.starts_with("Vantmoor will pay")
                && s.contains("US$42 million")
                && s.ends_with("as set out below.")),
            "{split:#?}"
        );
        // A table printed with spaces keeps its rows apart.
        assert!(tabular("Upfront payment        42.0        327.6"));
        assert!(!tabular(
            "a non-refundable  upfront  payment of   US$42 million"
        ));
    }

    #[test]
    fn text_written_a_paragraph_to_a_line_is_not_wrapped() {
        let text = "Lindqvist Bio licenses a TROP2 antibody\n\
            Hangzhou-based Yuehe Pharma granted Lindqvist Bio rights outside Greater China to its \
            TROP2 antibody YH-204 for $60 million upfront and up to $1.1 billion in milestones, \
            the companies said on Tuesday in a joint statement issued before markets opened\n\
            Yuehe shares rose 8% in Hong Kong.\n";
        assert_eq!(wrap_width(text), None);
        assert_eq!(split(text).len(), 3);
        // Short lines of a list are no wrapped prose either.
        let list = "Terms\n- $20 million upfront\n- $15 million near-term\n- up to $700 million\n";
        assert_eq!(wrap_width(list), None);
        assert_eq!(split(list).len(), 4);
    }

    #[test]
    fn simplified_keeps_every_span() {
        let text = "翰森製藥（03692.HK）與再生元簽署協議，首付款8,000萬美元。Hansoh";
        let s = simplified(text);
        assert_eq!(
            s,
            "翰森制药（03692.HK）与再生元签署协议，首付款8,000万美元。Hansoh"
        );
        assert_eq!(s.len(), text.len());
        assert!(matches!(
            simplified("Hansoh and Regeneron"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn whole_words_only() {
        let text = "the deal was disclosed, then closed.";
        let at = find_word(text, "closed").unwrap();
        assert_eq!(
            &text[at - 5..at],
            "then ",
            "the standalone word, not the end of disclosed"
        );
        assert_eq!(find_word("Boyuan yuan", "yuan"), Some(7));
        assert_eq!(find_word("disclosed", "closed"), None);
        // A CJK character next to it is a letter too: only the standalone 元 counts.
        assert_eq!(word_matches("人元 元", "元").collect::<Vec<_>>(), [7]);
    }

    #[test]
    fn splits_on_sentence_ends_not_abbreviations_or_decimals() {
        assert_eq!(
            split("Akeso Inc. will get $1.25 billion. The U.S. rights go to Summit.\nNext line"),
            [
                "Akeso Inc. will get $1.25 billion.",
                "The U.S. rights go to Summit.",
                "Next line"
            ]
        );
        assert_eq!(
            split("首付款12.5亿美元。里程碑付款最高48亿美元；"),
            ["首付款12.5亿美元。", "里程碑付款最高48亿美元；"]
        );
        assert!(split("  \n \n").is_empty());
        // A list item's number is not a sentence.
        assert_eq!(
            split("2. US$80m upfront\n   Qiyue -> Dunmore"),
            ["2. US$80m upfront", "Qiyue -> Dunmore"]
        );
        // A dot ending a cell of a pipe row ends no sentence.
        assert_eq!(
            split(
                "| Jul-25 | GSK | 500 | n.a. | ~12,000 |\n| Sep-25 | Glenmark | 18 | 1,093 | n.a. |"
            ),
            [
                "| Jul-25 | GSK | 500 | n.a. | ~12,000 |",
                "| Sep-25 | Glenmark | 18 | 1,093 | n.a. |"
            ]
        );
    }
}
