//! Finding money amounts in English text.
//!
//! One linear pass over the bytes finds every number (digits or number words) with what
//! stands around it: a currency marker before (`$`, `US$`, `USD`, `RMB`, `€` …), a scale
//! after (`million`, `bn`, `m` …), a currency word after (`dollars`, `yuan` …). A second pass
//! links ranges and lists that share a scale or currency (`$1-2 billion`, `$50, $75 and
//! $100 million`). A number is money only when it has a currency of its own or by such a
//! link: dates, percentages, patient counts, drug codes and tickers never have one.

use dealscope_core::rust_decimal::Decimal;
use dealscope_core::{Bound, Currency, Scale, Span};

/// A money amount found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Byte span of the amount (marker, number, scale, currency word).
    pub span: Span,
    /// Exact value in full units of the currency.
    pub value: Decimal,
    /// The currency.
    pub currency: Currency,
    /// "up to", "more than", "about" … written before it.
    pub bound: Bound,
    /// A price per share ("HK$95.5 per share").
    pub per_share: bool,
}

/// A number with what surrounds it, before linking.
#[derive(Clone, Debug)]
struct Token {
    start: usize,
    end: usize,
    number: Decimal,
    scale: Option<Scale>,
    currency: Option<Currency>,
    /// End of the number and scale, before any currency word.
    scaled_end: usize,
    /// Where the number itself begins (after any currency marker).
    number_start: usize,
    /// The currency written after the amount, if any.
    suffix: Option<Currency>,
}

/// Adds a token unless it would overlap the one before: a currency word that ends one
/// amount cannot also start the next ("5 USD65 …"), so the later token gives up its marker
/// and keeps only its own currency word, if any.
fn push_token(tokens: &mut Vec<Token>, mut t: Token) {
    if let Some(last) = tokens.last() {
        if last.end > t.number_start {
            return;
        }
        if last.end > t.start {
            t.start = t.number_start;
            t.currency = t.suffix;
        }
    }
    tokens.push(t);
}

/// Options that depend on the whole document.
#[derive(Clone, Copy, Debug)]
pub struct ScanOptions {
    /// What `¥` means: CNY unless the document is about yen.
    pub yen_sign: Currency,
    /// Whether `yen_sign` is settled for every `¥` of the document (by the rate its
    /// conversions imply), not only where nearby words say nothing.
    pub yen_settled: bool,
}

impl ScanOptions {
    /// Decides `¥` from the document: JPY when it speaks of yen and not of yuan.
    /// A document that speaks of both takes the one it names more often.
    pub fn for_text(text: &str) -> Self {
        // One pass over the text for both lists (the first six words name yen).
        static WORDS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
            std::sync::LazyLock::new(|| {
                // Leftmost-first for the vectorised search; no word overlaps another, so
                // the counts are those of every word on its own.
                aho_corasick::AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                    .build([
                        " yen",
                        "JPY",
                        "JP¥",
                        "JP￥",
                        "日元",
                        "日圓",
                        "yuan",
                        "RMB",
                        "Rmb",
                        "CNY",
                        "renminbi",
                        "Renminbi",
                        "人民币",
                        "人民幣",
                    ])
                    .expect("plain words")
            });
        // Only the sign is in question: a text without it needs no counting.
        if memchr::memmem::find(text.as_bytes(), "¥".as_bytes()).is_none()
            && memchr::memmem::find(text.as_bytes(), "￥".as_bytes()).is_none()
        {
            return ScanOptions {
                yen_sign: Currency::CNY,
                yen_settled: false,
            };
        }
        let (mut yen, mut yuan) = (0usize, 0usize);
        // A release from Tokyo or by a company listed there speaks of yen without saying so
        // ("approximately ¥19.5 billion*", "converted at ¥150 = US$1").
        if ["TOKYO", "OSAKA", "(TSE:", "TSE: ", "Tokyo Stock Exchange"]
            .iter()
            .any(|w| text.contains(w))
        {
            yen += 2;
        }
        for m in WORDS.find_iter(text) {
            if m.pattern().as_usize() < 6 {
                yen += 1;
            } else {
                yuan += 1;
            }
        }
        ScanOptions {
            yen_sign: if yen > yuan {
                Currency::JPY
            } else {
                Currency::CNY
            },
            yen_settled: false,
        }
    }
}

/// All money amounts in `text`, in order.
pub fn find(text: &str) -> Vec<Found> {
    let opts = ScanOptions::for_text(text);
    let found = find_with(text, opts);
    // "¥2.5 billion (approximately US$16 million)": the rate a conversion implies says
    // which `¥` the document means, wherever the words around it point.
    match yen_by_conversion(text, &found) {
        Some(yen_sign)
            if found
                .iter()
                .any(|f| yen_signed(text, f) && f.currency != yen_sign) =>
        {
            find_with(
                text,
                ScanOptions {
                    yen_sign,
                    yen_settled: true,
                },
            )
        }
        _ => found,
    }
}

/// Whether an amount is written with the `¥` sign.
fn yen_signed(text: &str, f: &Found) -> bool {
    text[f.span.start..f.span.end].contains(['¥', '￥'])
}

/// The currency `¥` stands for by the rates its conversions to dollars imply: about 7 yuan
/// or about 150 yen to the dollar ("¥2.5 billion (approximately US$16 million)", "at ¥157 =
/// US$1"). `None` without such a pair, or when pairs disagree.
fn yen_by_conversion(text: &str, found: &[Found]) -> Option<Currency> {
    let (mut yen, mut yuan) = (0, 0);
    for pair in found.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (sign, dollars) = match (yen_signed(text, a), yen_signed(text, b)) {
            (true, false) if b.currency == Currency::USD => (a, b),
            (false, true) if a.currency == Currency::USD => (b, a),
            _ => continue,
        };
        if b.span.start.saturating_sub(a.span.end) > 40 || dollars.value.is_zero() {
            continue;
        }
        let rate = sign.value / dollars.value;
        if (Decimal::from(80)..=Decimal::from(250)).contains(&rate) {
            yen += 1;
        } else if (Decimal::new(55, 1)..=Decimal::new(85, 1)).contains(&rate) {
            yuan += 1;
        }
    }
    match (yen, yuan) {
        (0, 0) => None,
        (_, 0) => Some(Currency::JPY),
        (0, _) => Some(Currency::CNY),
        _ => None,
    }
}

/// All money amounts in `text`, in order, with document options given.
pub fn find_with(text: &str, opts: ScanOptions) -> Vec<Found> {
    let tokens = scan(text, opts);
    link(text, tokens)
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Pass 1: every number with its surroundings.
fn scan(text: &str, opts: ScanOptions) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    // Whether the document speaks of dollars, read once when first needed.
    let mut dollars: Option<bool> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            let at_start = i == 0 || !is_word_byte(bytes[i - 1]) || glued_code_before(bytes, i);
            // "HRS-5346", "IL-2", "JAB-3068": digits after a letter code and a separator.
            // "US$800mn-1.0bn" is a range: the letters before the hyphen are a scale.
            let in_code = i >= 2
                && matches!(bytes[i - 1], b'-' | b'.' | b'/')
                && bytes[i - 2].is_ascii_alphabetic()
                && !scale_ends_at(text, i - 1);
            let (end, number) = read_number(bytes, i);
            if at_start && !in_code {
                if let Some(number) = number {
                    if let Some(t) = build_token(text, i, i, end, number, opts) {
                        push_token(&mut tokens, t);
                    }
                }
            }
            i = end.max(i + 1);
            // Skip the rest of an alphanumeric run ("5346A", "3rd").
            while i < bytes.len() && is_word_byte(bytes[i]) {
                i += 1;
            }
        } else if b.is_ascii_alphabetic() && (i == 0 || !is_word_byte(bytes[i - 1])) {
            let word_end = word_end(bytes, i);
            if let Some((number, end)) = read_number_words(text, i, word_end) {
                if let Some(mut t) = build_token(text, i, i, end, number, opts) {
                    // "Astellas pays a hundred and thirty million up front": said aloud, a
                    // payment in a document that speaks of dollars needs no currency word.
                    if t.currency.is_none()
                        && t.scale.is_some()
                        && (spoken_payment_after(text, t.end) || spoken_term(text, t.start, t.end))
                        && *dollars.get_or_insert_with(|| {
                            memchr::memchr(b'$', bytes).is_some()
                                || memchr::memmem::find(bytes, b"dollar").is_some()
                        })
                    {
                        t.currency = Some(Currency::USD);
                    }
                    // "in the four USD deals above": a small number word and a code is a
                    // count of deals in that currency, not money.
                    let coded = text[t.scaled_end..t.end]
                        .trim()
                        .bytes()
                        .all(|b| b.is_ascii_uppercase());
                    if t.scale.is_none() && coded {
                        t.currency = None;
                    }
                    if t.currency.is_some() {
                        let end = t.end;
                        push_token(&mut tokens, t);
                        i = end.max(i + 1);
                        continue;
                    }
                }
            }
            i = word_end;
        } else if b == 0xEF
            && text[i..].starts_with(|c: char| ('０'..='９').contains(&c))
            && !text[..i]
                .ends_with(|c: char| ('０'..='９').contains(&c) || c.is_ascii_alphanumeric())
        {
            // Fullwidth digits ("１２．５亿美元"): read as ASCII, spans stay on the original bytes.
            let mut digits = String::new();
            let mut end = i;
            for (k, c) in text[i..].char_indices() {
                let ascii = match c {
                    '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
                    '．' | '.' => '.',
                    '，' | ',' => {
                        // A thousands separator only when three digits follow.
                        let rest: Vec<char> =
                            text[i + k + c.len_utf8()..].chars().take(4).collect();
                        let digit = |c: &char| ('０'..='９').contains(c) || c.is_ascii_digit();
                        if rest.len() >= 3
                            && rest[..3].iter().all(digit)
                            && rest.get(3).is_none_or(|c| !digit(c))
                        {
                            end = i + k + c.len_utf8();
                            continue;
                        }
                        break;
                    }
                    _ if c.is_ascii_digit() => c,
                    _ => break,
                };
                digits.push(ascii);
                end = i + k + c.len_utf8();
            }
            let digits = digits.trim_end_matches('.');
            if let Ok(number) = Decimal::from_str_exact(digits) {
                if let Some(t) = build_token(text, i, i, end, number, opts) {
                    push_token(&mut tokens, t);
                }
            }
            i = end.max(i + 3);
        } else if b >= 0xE3 {
            // Chinese numerals ("十二亿元"): a run of numeral characters with a currency
            // after it.
            let ch = text[i..].chars().next().expect("a char starts here");
            let prev = text[..i].chars().next_back();
            // "数十亿美元", "几百万": vague, not an amount.
            let vague = prev.is_some_and(|c| matches!(c, '数' | '數' | '几' | '幾' | '上'));
            // "（金额单位：百万美元）", "千万元级": a unit without a number before it.
            let unit_only = matches!(ch, '百' | '千' | '万' | '萬' | '亿' | '億');
            if is_zh_numeral(ch) && !prev.is_some_and(is_zh_numeral) && !vague && !unit_only {
                let run_end = text[i..]
                    .char_indices()
                    .find(|(_, c)| !is_zh_numeral(*c))
                    .map_or(text.len(), |(k, _)| i + k);
                if let Some(value) = zh_number(&text[i..run_end]) {
                    if let Some(t) = build_token(text, i, i, run_end, value, opts) {
                        // (Not a cashtag's "$联邦制药(03933)$ 三生…": a sign before a bare
                        // numeral; a numeral amount has a scale or a currency word after it.)
                        if t.currency.is_some() && (t.suffix.is_some() || t.scale.is_some()) {
                            let end = t.end;
                            push_token(&mut tokens, t);
                            i = end;
                            continue;
                        }
                    }
                }
                i = run_end;
                continue;
            }
            i += ch.len_utf8();
        } else {
            i += 1;
        }
    }
    tokens
}

/// Whether a scale written right after digits ends at `end` ("800mn", "1.2bn", "5 million").
fn scale_ends_at(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes();
    let mut start = end;
    while start > 0 && bytes[start - 1].is_ascii_alphabetic() {
        start -= 1;
    }
    let before = text[..start].trim_end_matches(' ');
    before.ends_with(|c: char| c.is_ascii_digit())
        && matches!(
            &text[start..end],
            "m" | "mn" | "M" | "MM" | "mm" | "b" | "bn" | "B" | "million" | "billion"
        )
}

/// `USD110`, `RMB45`, `US$1`: a currency code glued to the digits.
fn glued_code_before(bytes: &[u8], i: usize) -> bool {
    const CODES: [&[u8]; 11] = [
        b"USD", b"RMB", b"CNY", b"HKD", b"EUR", b"GBP", b"JPY", b"CHF", b"KRW", b"Rmb", b"SFr",
    ];
    CODES.iter().any(|c| {
        i >= c.len()
            && &bytes[i - c.len()..i] == *c
            && (i == c.len() || !bytes[i - c.len() - 1].is_ascii_alphabetic())
    })
}

fn word_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// Digits with `,` thousands groups and a `.` decimal part: returns the end and the value.
fn read_number(bytes: &[u8], start: usize) -> (usize, Option<Decimal>) {
    let mut i = start;
    let mut digits = String::new();
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        digits.push(bytes[i] as char);
        i += 1;
    }
    // Thousands groups: ",ddd" not followed by another digit.
    while i + 4 <= bytes.len()
        && bytes[i] == b','
        && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit)
        && (i + 4 == bytes.len() || !bytes[i + 4].is_ascii_digit())
    {
        digits.extend(bytes[i + 1..i + 4].iter().map(|&b| b as char));
        i += 4;
    }
    if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
        digits.push('.');
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            digits.push(bytes[i] as char);
            i += 1;
        }
    }
    if digits.len() > 24 {
        return (i, None);
    }
    (i, Decimal::from_str_exact(&digits).ok())
}

/// Skips spaces (ASCII and no-break) between parts of an amount; at most `max` bytes.
fn skip_space(text: &str, mut i: usize, max: usize) -> usize {
    let limit = i + max;
    while i < text.len() && i < limit {
        let rest = &text[i..];
        if rest.starts_with(' ') || rest.starts_with('\t') {
            i += 1;
        } else if rest.starts_with('\u{a0}') || rest.starts_with('\u{202f}') {
            i += rest.chars().next().map_or(1, char::len_utf8);
        } else {
            break;
        }
    }
    i
}

/// Skips spaces backwards; at most `max` bytes.
fn skip_space_back(text: &str, mut i: usize, max: usize) -> usize {
    let limit = i.saturating_sub(max);
    while i > limit {
        let before = &text[..i];
        if before.ends_with(' ') || before.ends_with('\t') {
            i -= 1;
        } else if let Some(c) = before
            .chars()
            .next_back()
            .filter(|c| matches!(c, '\u{a0}' | '\u{202f}'))
        {
            i -= c.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// The currency marker written just before byte `i`, with where it starts.
fn prefix_currency(text: &str, i: usize, opts: ScanOptions) -> Option<(usize, Currency)> {
    let mut j = skip_space_back(text, i, 2);
    // "RMB\n1.27 billion": a currency code ending a wrapped line (a letter code only; a sign
    // is glued to its number).
    if text[..j].ends_with('\n') {
        let line_end = j - 1 - usize::from(text[..j - 1].ends_with('\r'));
        let k = skip_space_back(text, line_end, 2);
        let code = text[..k].len() >= 3
            && text[..k].is_char_boundary(k - 3)
            && matches!(
                &text[k - 3..k],
                "RMB" | "USD" | "EUR" | "HKD" | "CNY" | "JPY" | "GBP" | "CHF"
            );
        // (Not a year opening the next line: "figures in RMB\n2025 was …".)
        let number = &text[i..];
        let digits = number.bytes().take_while(u8::is_ascii_digit).count();
        let year = digits == 4
            && crate::text::is_year(&number[..4])
            && !number[4..].starts_with(['.', ',']);
        if code && !year {
            j = k;
        }
    }
    let before = &text[..j];
    let bytes = before.as_bytes();
    // Every sign and code below ends in "$", ".", a capital, "Rmb", "SFr" or a character
    // that is not ASCII: most numbers ("in 2025", "(31%") are refused here.
    match bytes.last() {
        None => return None,
        Some(&b)
            if b.is_ascii()
                && !(matches!(b, b'$' | b'.' | b'b' | b'r') || b.is_ascii_uppercase()) =>
        {
            return None;
        }
        _ => {}
    }
    let boundary = |start: usize| start == 0 || !bytes[start - 1].is_ascii_alphabetic();
    if let Some(rest) = before.strip_suffix('$') {
        const DOLLARS: [(&str, &str); 10] = [
            ("U.S.", "USD"),
            ("US", "USD"),
            ("HK", "HKD"),
            ("NT", "TWD"),
            ("NZ", "NZD"),
            ("A", "AUD"),
            ("C", "CAD"),
            ("S", "SGD"),
            ("R", "BRL"),
            ("MX", "MXN"),
        ];
        for (p, code) in DOLLARS {
            if rest.ends_with(p) && boundary(rest.len() - p.len()) {
                return Some((rest.len() - p.len(), Currency::new(code).ok()?));
            }
        }
        return Some((rest.len(), Currency::USD));
    }
    for (sign, cur) in [
        ("JP¥", Currency::JPY),
        ("JP￥", Currency::JPY),
        ("€", Currency::EUR),
        ("£", Currency::GBP),
        ("₩", Currency::KRW),
        ("SFr.", Currency::CHF),
        ("SFr", Currency::CHF),
        ("Sfr", Currency::CHF),
        ("Rmb", Currency::CNY),
    ] {
        if let Some(rest) = before.strip_suffix(sign) {
            let glued_word =
                sign.chars().all(|c| c.is_ascii_alphabetic() || c == '.') && !boundary(rest.len());
            if !glued_word {
                return Some((rest.len(), cur));
            }
        }
    }
    for sign in ["¥", "￥"] {
        if let Some(rest) = before.strip_suffix(sign) {
            return Some((rest.len(), yen_sign_near(text, rest.len(), opts)));
        }
    }
    for (word, cur) in [
        ("ＵＳＤ", Currency::USD),
        ("ＲＭＢ", Currency::CNY),
        ("ＣＮＹ", Currency::CNY),
        ("ＨＫＤ", Currency::HKD),
        ("＄", Currency::USD),
        ("人民币", Currency::CNY),
        ("人民幣", Currency::CNY),
        ("港币", Currency::HKD),
        ("港幣", Currency::HKD),
        ("港元", Currency::HKD),
        ("美元", Currency::USD),
        ("美金", Currency::USD),
        ("欧元", Currency::EUR),
        ("歐元", Currency::EUR),
        ("英镑", Currency::GBP),
        ("英鎊", Currency::GBP),
        ("日元", Currency::JPY),
        ("瑞士法郎", Currency::CHF),
    ] {
        if let Some(rest) = before.strip_suffix(word) {
            return Some((rest.len(), cur));
        }
    }
    const CODES: [&str; 9] = [
        "USD", "RMB", "CNY", "HKD", "EUR", "GBP", "JPY", "CHF", "KRW",
    ];
    for code in CODES {
        if before.ends_with(code) && boundary(before.len() - 3) {
            let cur = if code == "RMB" {
                Currency::CNY
            } else {
                Currency::new(code).ok()?
            };
            return Some((before.len() - 3, cur));
        }
    }
    None
}

/// What `¥` means at one place: yen when the nearby text (the same paragraph, ±300 bytes)
/// speaks of yen and not of yuan; otherwise the document's choice.
fn yen_sign_near(text: &str, at: usize, opts: ScanOptions) -> Currency {
    if opts.yen_settled {
        return opts.yen_sign;
    }
    let floor = |i: usize| crate::text::floor_boundary(text, i);
    let window = &text[floor(at.saturating_sub(300))..floor(at + 300)];
    let has_word = |w: &str| crate::text::find_word(window, w).is_some();
    let yen = ["yen", "JPY", "Japan", "Japanese"]
        .iter()
        .any(|w| has_word(w));
    let yuan = ["yuan", "RMB", "CNY", "renminbi", "Renminbi"]
        .iter()
        .any(|w| has_word(w));
    match (yen, yuan) {
        (true, false) => Currency::JPY,
        (false, true) => Currency::CNY,
        _ => opts.yen_sign,
    }
}

/// A scale word after the number: returns the scale and the end.
fn scale_after(text: &str, i: usize) -> Option<(Scale, usize)> {
    let bytes = text.as_bytes();
    let mut j = skip_space(text, i, 2);
    // A table cell wrapped onto the next line: "USD4,800\n          million".
    if bytes.get(j) == Some(&b'\n') {
        let wrapped = skip_space(text, j + 1, 80);
        if wrapped > j + 1 || bytes.get(j + 1).is_some_and(u8::is_ascii_alphabetic) {
            j = wrapped;
        }
    }
    // "$1.2-billion deal"
    if j == i && j < bytes.len() && bytes[j] == b'-' {
        j += 1;
    }
    let end = word_end(bytes, j);
    if end == j || (end < bytes.len() && bytes[end].is_ascii_digit()) {
        return None;
    }
    let word = &text[j..end];
    // Single capital letters other than M/B/K/T and lower-case "b"/"t" written with a
    // space are too ambiguous ("$5 T-cell"); accept them glued only.
    let glued = j == i;
    let scale = match word {
        "M" | "m" | "MM" | "mm" | "B" | "b" | "K" | "k" | "T" | "t" if !glued => {
            if word == "M" || word == "MM" || word == "B" {
                Scale::from_word(word)?
            } else {
                return None;
            }
        }
        _ => Scale::from_word(word)?,
    };
    // A letter scale must not be the start of a longer word ("5 mg"): word_end covers it.
    // Korean and wire headlines abbreviate with a dot: "100 bil. won", "3 mil. dollars".
    if matches!(word, "bil" | "mil") {
        return (bytes.get(end) == Some(&b'.')).then_some((scale, end + 1));
    }
    Some((scale, end))
}

/// A Chinese scale right after a number, glued or after one space: 万亿, 亿, 千万, 百万, 万.
fn zh_scale_after(text: &str, i: usize) -> Option<(Scale, usize)> {
    let j = line_wrap(text, skip_space(text, i, 1));
    let rest = &text[j..];
    [
        "万亿", "萬億", "千万", "千萬", "百万", "百萬", "亿", "億", "万", "萬",
    ]
    .iter()
    .find(|w| rest.starts_with(**w))
    .and_then(|w| Scale::from_word(w).map(|s| (s, j + w.len())))
    // "人民幣355,012千元": a financial statement's thousands, before a currency.
    .or_else(|| {
        let k = j + '千'.len_utf8();
        (rest.starts_with('千') && zh_currency_after(text, k).is_some_and(|(_, e)| e > k))
            .then_some((Scale::Thousand, k))
    })
}

/// Chinese currency words, longest first where one holds another (人民币元 before 人民币).
const ZH_CURRENCY_WORDS: [(&str, Currency); 22] = [
    ("瑞士法郎", Currency::CHF),
    ("瑞郎", Currency::CHF),
    ("美元", Currency::USD),
    ("韩元", Currency::KRW),
    ("韓元", Currency::KRW),
    ("韓圜", Currency::KRW),
    ("美金", Currency::USD),
    ("人民币元", Currency::CNY),
    ("人民幣元", Currency::CNY),
    ("人民币", Currency::CNY),
    ("人民幣", Currency::CNY),
    ("港元", Currency::HKD),
    ("港币", Currency::HKD),
    ("港幣", Currency::HKD),
    ("欧元", Currency::EUR),
    ("歐元", Currency::EUR),
    ("日元", Currency::JPY),
    ("日圓", Currency::JPY),
    ("日圆", Currency::JPY),
    ("英镑", Currency::GBP),
    ("英鎊", Currency::GBP),
    ("元", Currency::CNY),
];

/// A Chinese currency word right after an amount (glued or after one space).
fn zh_currency_after(text: &str, i: usize) -> Option<(Currency, usize)> {
    let j = line_wrap(text, skip_space(text, i, 1));
    let rest = &text[j..];
    ZH_CURRENCY_WORDS
        .iter()
        .find(|(w, _)| rest.starts_with(w))
        .map(|(w, c)| (*c, j + w.len()))
        // "3.15億美\n元", "人民\n币": a word broken by the line's end after one of its
        // characters (three bytes each) or two.
        .or_else(|| {
            let bytes = rest.as_bytes();
            let head_len = [3, 6]
                .into_iter()
                .find(|&k| matches!(bytes.get(k), Some(b'\n' | b'\r')))?;
            let head = rest.get(..head_len)?;
            let after = line_wrap(text, j + head_len);
            ZH_CURRENCY_WORDS.iter().find_map(|(w, c)| {
                let tail = w.strip_prefix(head).filter(|t| !t.is_empty())?;
                text[after..]
                    .starts_with(tail)
                    .then(|| (*c, after + tail.len()))
            })
        })
}

/// Where the text goes on after a line break at `i` inside a Chinese amount, as text
/// wrapped at a fixed width breaks it ("1億\n美元", "6,400\n  万欧元"): past the break
/// and the next line's indent, when a character or digit ends the line and one opens the
/// next. Otherwise `i`.
fn line_wrap(text: &str, i: usize) -> usize {
    let rest = &text[i..];
    let Some(next) = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))
    else {
        return i;
    };
    let indent = next.len() - next.trim_start_matches([' ', '\u{3000}']).len();
    let opens = next[indent..]
        .chars()
        .next()
        .is_some_and(|c| crate::text::is_han(c) || c.is_ascii_digit());
    let ends = text[..i]
        .chars()
        .next_back()
        .is_some_and(|c| crate::text::is_han(c) || c.is_ascii_digit());
    if opens && ends {
        text.len() - next.len() + indent
    } else {
        i
    }
}

/// The currency a Chinese text names anywhere ("币种：美元", "人民币万元"), a bare 元 aside.
pub(crate) fn zh_currency_named(text: &str) -> Option<Currency> {
    ZH_CURRENCY_WORDS
        .iter()
        .filter(|(w, _)| *w != "元")
        .find(|(w, _)| text.contains(w))
        .map(|(_, c)| *c)
}

/// The value of a number written in Chinese numerals ("十二亿", "三千五百万", "一亿二千万").
fn zh_number(run: &str) -> Option<Decimal> {
    // "一点二五亿": a decimal point, then units that scale the whole number.
    if let Some((int, rest)) = run.split_once(['点', '點']) {
        let digits = |s: &str| -> Option<String> {
            s.chars()
                .map(|c| zh_digit(c).map(|d| char::from(b'0' + d as u8)))
                .collect()
        };
        let units_at = rest
            .find(|c: char| zh_digit(c).is_none())
            .unwrap_or(rest.len());
        let (frac, units) = rest.split_at(units_at);
        if int.is_empty() || frac.is_empty() {
            return None;
        }
        let number: Decimal = format!("{}.{}", digits(int)?, digits(frac)?).parse().ok()?;
        let mut scale = Decimal::ONE;
        for c in units.chars() {
            scale *= Decimal::from(match c {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                '万' | '萬' => 10_000,
                '亿' | '億' => 100_000_000,
                _ => return None,
            });
        }
        let value = number * scale;
        return (!value.is_zero()).then_some(value);
    }
    let (mut total, mut section, mut number) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    for c in run.chars() {
        if let Some(d) = zh_digit(c) {
            number = Decimal::from(d);
            continue;
        }
        match c {
            '十' | '百' | '千' | '拾' | '佰' | '仟' => {
                let unit = Decimal::from(match c {
                    '十' | '拾' => 10,
                    '百' | '佰' => 100,
                    _ => 1000,
                });
                let n = if number.is_zero() {
                    Decimal::ONE
                } else {
                    number
                };
                section += n * unit;
                number = Decimal::ZERO;
            }
            '万' | '萬' => {
                total += (section + number) * Decimal::from(10_000);
                section = Decimal::ZERO;
                number = Decimal::ZERO;
            }
            '亿' | '億' => {
                total = (total + section + number) * Decimal::from(100_000_000);
                section = Decimal::ZERO;
                number = Decimal::ZERO;
            }
            _ => return None,
        }
    }
    let value = total + section + number;
    (!value.is_zero()).then_some(value)
}

fn is_zh_numeral(c: char) -> bool {
    matches!(
        c,
        '〇' | '零'
            | '一'
            | '二'
            | '两'
            | '兩'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '萬'
            | '亿'
            | '億'
            | '点'
            | '點'
            // Financial numerals ("人民币壹亿伍仟万元").
            | '壹'
            | '贰'
            | '貳'
            | '叁'
            | '參'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
    )
}

/// A single Chinese digit.
fn zh_digit(c: char) -> Option<i64> {
    "〇一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .map(|p| p as i64)
        .or_else(|| {
            "〇壹贰叁肆伍陆柒捌玖"
                .chars()
                .position(|d| d == c)
                .map(|p| p as i64)
        })
        .or(match c {
            '零' => Some(0),
            '两' | '兩' | '貳' => Some(2),
            '參' => Some(3),
            '陸' => Some(6),
            _ => None,
        })
}

/// Whether a payment is named right after a spoken amount: "… million up front", "… in
/// "Our upfront is sixty million, and then fifteen million when tech transfer is done": a
/// spoken amount in a clause about a deal's payments, followed
/// by no noun it could count ("sixty million patients").
fn spoken_term(text: &str, start: usize, end: usize) -> bool {
    let rest = text[end..].trim_start_matches(' ');
    let next = rest
        .split(|c: char| !c.is_ascii_alphabetic() && c != '-')
        .next()
        .unwrap_or("");
    let follows = next.is_empty() && rest.starts_with([',', '.', ';', ':', ')'])
        || matches!(next, "when" | "on" | "tied" | "once" | "if");
    if !follows {
        return false;
    }
    // The clause before, back to a sentence's end (a few dozen words at most).
    let from = crate::text::floor_boundary(text, start.saturating_sub(160));
    let before = &text[from..start];
    let clause = &before[before.rfind(['.', '?', '!', '\n']).map_or(0, |p| p + 1)..];
    let clause = clause.to_ascii_lowercase();
    [
        "upfront",
        "up front",
        "milestone",
        "headline",
        "near-term",
        "equity",
    ]
    .iter()
    .any(|w| clause.contains(w))
}

/// milestones", "… near-term", "… all in", "… million more." (at the clause's end).
fn spoken_payment_after(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches(' ');
    // (The longest phrase is 13 bytes: a few more are enough, cut at a character boundary.)
    let lower = rest[..crate::text::floor_boundary(rest, rest.len().min(24))].to_ascii_lowercase();
    [
        "up front",
        "upfront",
        "up-front",
        "near-term",
        "near term",
        "in milestones",
        "in milestone",
        "in near-term",
        "in upfront",
        "all in",
        // "a hundred million in equity", "the nine hundred and eighty-five million of
        // milestones", "the ten million milestone", "a five billion headline".
        "in equity",
        "of milestone",
        "milestone",
        "headline",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
        || lower.starts_with("more")
            && (lower[4..].starts_with(['.', ',', ';'])
                || ["more in ", "more up front", "more upfront"]
                    .iter()
                    .any(|w| lower.starts_with(w)))
}

/// Currency words read after an amount, with their ISO codes (longer phrases first).
const SUFFIX_WORDS: [(&str, &str); 25] = [
    ("Hong Kong dollars", "HKD"),
    ("HK dollars", "HKD"),
    ("US dollars", "USD"),
    ("U.S. dollars", "USD"),
    // "the fifteen million US dollar milestone"
    ("US dollar", "USD"),
    ("U.S. dollar", "USD"),
    ("Swiss francs", "CHF"),
    ("pounds sterling", "GBP"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("bucks", "USD"),
    ("USD", "USD"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("Renminbi", "CNY"),
    ("RMB", "CNY"),
    ("CNY", "CNY"),
    ("HKD", "HKD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("EUR", "EUR"),
    ("yen", "JPY"),
    ("JPY", "JPY"),
    ("pounds", "GBP"),
    ("GBP", "GBP"),
];

/// A currency word after the amount ("dollars", "yuan", "USD").
fn suffix_currency(text: &str, i: usize) -> Option<(Currency, usize)> {
    let mut j = skip_space(text, i, 2);
    if j == i {
        // A hyphenated compound names the currency in a word: "a 6-billion-yen cheque",
        // "a 2-billion-dollar deal".
        let hyphenated = ["-yen", "-dollar", "-euro", "-yuan", "-pound", "-won"]
            .iter()
            .any(|w| text[i..].starts_with(w));
        if !hyphenated {
            return None;
        }
        j = i + 1;
    }
    let rest = &text[j..];
    // Every currency word opens with one of these letters, in either case: most numbers ("31%
    // of", "2025,") are refused here.
    if !rest.as_bytes().first().is_some_and(|b| {
        matches!(
            b.to_ascii_lowercase(),
            b'h' | b'u'
                | b's'
                | b'p'
                | b'd'
                | b'b'
                | b'y'
                | b'r'
                | b'c'
                | b'e'
                | b'j'
                | b'g'
                | b'f'
                | b'w'
                | b'k'
        )
    }) {
        return None;
    }
    // "1,375 won", "KRW" after the number.
    if let Some(end) = ["won", "KRW"]
        .iter()
        .find(|w| rest.starts_with(*w))
        .map(|w| j + w.len())
        .filter(|&e| e == text.len() || !text.as_bytes()[e].is_ascii_alphanumeric())
    {
        return Some((Currency::KRW, end));
    }
    // A wire's capitals: "160 MLN EUROS", "1.5 BILLION US DOLLARS" (not a singular: "12
    // EURO MARKETS").
    let in_capitals = |w: &str| {
        w.bytes().any(|b| b.is_ascii_lowercase())
            && !matches!(w, "euro" | "dollar")
            && rest.len() >= w.len()
            && rest
                .bytes()
                .zip(w.bytes())
                .all(|(r, b)| r == b.to_ascii_uppercase())
    };
    for (w, code) in SUFFIX_WORDS
        .iter()
        .chain([("CHF", "CHF"), ("francs", "CHF"), ("pence", "GBP")].iter())
    {
        if rest.starts_with(w) || in_capitals(w) {
            let end = j + w.len();
            let after = &text.as_bytes()[end..];
            // "the six dollar-priced licences": a compound naming a currency, no amount.
            let compound = after.first() == Some(&b'-')
                && after.get(1).is_some_and(|b| b.is_ascii_alphabetic());
            if after.first().is_none_or(|b| !b.is_ascii_alphanumeric()) && !compound {
                return Some((Currency::new(code).ok()?, end));
            }
        }
    }
    None
}

fn build_token(
    text: &str,
    start: usize,
    number_start: usize,
    number_end: usize,
    number: Decimal,
    opts: ScanOptions,
) -> Option<Token> {
    let prefix = prefix_currency(text, number_start, opts);
    let (scale, scaled_end) =
        match scale_after(text, number_end).or_else(|| zh_scale_after(text, number_end)) {
            Some((s, e)) => (Some(s), e),
            None => (None, number_end),
        };
    let suffix = suffix_currency(text, scaled_end).or_else(|| zh_currency_after(text, scaled_end));
    // "38 pence per share": a hundredth of a pound.
    let pence = scale.is_none()
        && prefix.is_none()
        && suffix.is_some_and(|(_, end)| text[..end].ends_with("pence"));
    let number = if pence {
        number.checked_div(Decimal::ONE_HUNDRED)?
    } else {
        number
    };
    let start = prefix.map_or(start, |(p, _)| p);
    let currency = prefix.map(|p| p.1).or(suffix.map(|s| s.0));
    let end = suffix.map_or(scaled_end, |s| s.1);
    Some(Token {
        start,
        end,
        number,
        scale,
        currency,
        scaled_end,
        number_start,
        suffix: suffix.map(|s| s.0),
    })
}

/// The units of numbers in words, in value order.
const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// The tens of numbers in words, from twenty.
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Whether a word is one a number in words opens with: a unit, a ten, "half", "hundred" or
/// "quarter", in any case. Read at every word, so without an allocation (the list is
/// [`UNITS`] and [`TENS`] spelled out, which a test keeps in step).
fn opens_number_word(raw: &str) -> bool {
    // (Their first letters: most words are refused before they are lower-cased.)
    if !(3..=9).contains(&raw.len())
        || !matches!(
            raw.as_bytes()[0].to_ascii_lowercase(),
            b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'h' | b'q'
        )
    {
        return false;
    }
    let mut lower = [0u8; 9];
    for (l, b) in lower.iter_mut().zip(raw.bytes()) {
        *l = b.to_ascii_lowercase();
    }
    matches!(
        &lower[..raw.len()],
        b"zero"
            | b"one"
            | b"two"
            | b"three"
            | b"four"
            | b"five"
            | b"six"
            | b"seven"
            | b"eight"
            | b"nine"
            | b"ten"
            | b"eleven"
            | b"twelve"
            | b"thirteen"
            | b"fourteen"
            | b"fifteen"
            | b"sixteen"
            | b"seventeen"
            | b"eighteen"
            | b"nineteen"
            | b"twenty"
            | b"thirty"
            | b"forty"
            | b"fifty"
            | b"sixty"
            | b"seventy"
            | b"eighty"
            | b"ninety"
            | b"half"
            | b"hundred"
            | b"quarter"
    )
}

/// Number words: "one billion", "a half-billion", "half a billion", "two hundred million",
/// "twenty five million". Returns the value before any scale and the end of the words
/// (the scale is read by [`scale_after`]), or the value with scale applied when the scale
/// is glued by a hyphen ("half-billion"). `first` is the end of the word at `start`.
fn read_number_words(text: &str, start: usize, first: usize) -> Option<(Decimal, usize)> {
    let bytes = text.as_bytes();
    // This runs at every word: most words are refused here, without an allocation.
    let raw = &text[start..first];
    if !opens_number_word(raw) {
        return None;
    }
    let w = raw.to_ascii_lowercase();
    // The word before, to read "hundred and forty" and "quarter of a" (never the whole text
    // before: this runs at every word).
    let mut previous = String::new();
    // "several hundred thousand dollars", "a couple hundred million" state no number.
    if w == "hundred" {
        let before = &text[crate::text::floor_boundary(text, start.saturating_sub(10))..start];
        let vague = before.split_whitespace().next_back().is_some_and(|p| {
            matches!(
                p.to_ascii_lowercase().as_str(),
                "several" | "few" | "many" | "couple"
            )
        });
        if vague {
            return None;
        }
    }
    let mut value = Decimal::ZERO;
    let mut current = Decimal::ZERO;
    let mut i = start;
    let mut end = start;
    // A number is a few words; a long run of number words is not read from each of its
    // words to its end (that would be quadratic).
    for _ in 0..16 {
        let we = word_end(bytes, i);
        if we == i {
            break;
        }
        let w = text[i..we].to_ascii_lowercase();
        if let Some(n) = UNITS.iter().position(|u| *u == w) {
            // "five five billion" is no number (digits said one by one are read after
            // "point" only).
            if end > start && UNITS[1..10].contains(&previous.as_str()) {
                break;
            }
            current += Decimal::from(n as i64);
        } else if let Some(n) = TENS.iter().position(|u| *u == w) {
            current += Decimal::from(20 + 10 * n as i64);
        } else if w == "hundred" {
            current = current.max(Decimal::ONE) * Decimal::ONE_HUNDRED;
        } else if w == "half" {
            current += Decimal::new(5, 1);
        } else if w == "quarter" {
            // "a quarter of a billion dollars", "a quarter-billion"
            current += Decimal::new(25, 2);
        } else if w == "point" && end > start && UNITS[..10].contains(&previous.as_str()) {
            // Spoken decimals: "five point two billion", "one point two five".
            let mut scale = Decimal::ONE;
            let mut j = we + 1;
            let mut digits_end = None;
            let mut read = 0;
            while j < bytes.len() && bytes[j - 1] == b' ' && read < 6 {
                read += 1;
                let de = word_end(bytes, j);
                let d = text[j..de].to_ascii_lowercase();
                // "one point oh five five": a spoken zero.
                let digit = if d == "oh" {
                    Some(0)
                } else {
                    UNITS[..10].iter().position(|u| *u == d)
                };
                let Some(n) = digit else {
                    break;
                };
                scale /= Decimal::TEN;
                current += scale * Decimal::from(n as i64);
                digits_end = Some(de);
                j = de + 1;
            }
            if let Some(de) = digits_end {
                end = de;
            }
            break;
        } else if (w == "a" && end > start) || (w == "of" && previous == "quarter") {
            // "half a billion", "a quarter of a billion"
        } else if w == "and"
            && (UNITS.contains(&previous.as_str()) || TENS.contains(&previous.as_str()))
            && text
                .get(we + 1..)
                .is_some_and(|r| r.starts_with("a half ") || r.starts_with("a quarter "))
        {
            // "twenty-one and a half million dollars"
            previous = w;
            i = we + 1;
            continue;
        } else if w == "and" && previous == "hundred" {
            // "three hundred and forty": only when a number word follows.
            let ne = word_end(bytes, we + 1);
            let next = text.get(we + 1..ne).unwrap_or("").to_ascii_lowercase();
            if !(UNITS.contains(&next.as_str()) || TENS.contains(&next.as_str())) {
                break;
            }
            previous = w;
            i = we + 1;
            continue;
        } else {
            break;
        }
        previous = w;
        end = we;
        // Connectors between number words: space or hyphen ("twenty-five").
        let next = if we < bytes.len() && (bytes[we] == b' ' || bytes[we] == b'-') {
            we + 1
        } else {
            break;
        };
        // A hyphenated scale ends the words: "half-billion".
        if bytes[we] == b'-' {
            if let Some((scale, _)) = scale_after(text, we) {
                let _ = scale;
                break;
            }
        }
        i = next;
    }
    value += current;
    if value.is_zero() {
        return None;
    }
    Some((value, end))
}

/// Connectors that join members of a list or range sharing a scale.
fn list_connector(between: &str) -> bool {
    matches!(
        between.trim(),
        "," | "-"
            | "–"
            | "—"
            | "to"
            | "and"
            | "or"
            | ", and"
            | ", or"
            | "and/or"
            | "至"
            | "到"
            | "~"
            | "－"
            | "～"
            | "、"
            | "和"
            | "及"
    )
}

/// Connectors of a range whose second member may omit the currency (`$1-2 billion`).
fn range_connector(between: &str) -> bool {
    matches!(
        between.trim(),
        "-" | "–" | "to" | "至" | "到" | "~" | "－" | "～"
    )
}

/// Pass 2: currencies flow right through ranges, scales flow left through lists; tokens
/// with a currency become amounts.
fn link(text: &str, mut tokens: Vec<Token>) -> Vec<Found> {
    for k in 1..tokens.len() {
        let (a, b) = (&tokens[k - 1], &tokens[k]);
        // A price range without a scale ("HK$23.40-26.80"): the second price is the higher
        // one and written with the same decimals.
        let price_range = a.scale.is_none()
            && b.scale.is_none()
            && a.number < b.number
            && b.number < a.number * Decimal::TEN
            && text[a.number_start..a.scaled_end].contains('.')
            && text[b.number_start..b.scaled_end].contains('.')
            && !text[b.end..].starts_with('%');
        if b.currency.is_none()
            && a.currency.is_some()
            && (b.scale.is_some() || price_range)
            && a.end <= b.start
            && range_connector(&text[a.end..b.start])
        {
            tokens[k].currency = tokens[k - 1].currency;
        }
    }
    // Chinese ranges and lists name the currency last: "1亿至2亿美元", "1500万至2000万美元",
    // "分别为80亿、120亿和220亿韩元".
    for k in (0..tokens.len().saturating_sub(1)).rev() {
        let (a, b) = (&tokens[k], &tokens[k + 1]);
        if a.currency.is_none()
            && b.currency.is_some()
            && a.scale.is_some()
            && a.end <= b.start
            && matches!(
                text[a.end..b.start].trim(),
                "至" | "到"
                    | "~"
                    | "～"
                    | "－"
                    | "-"
                    | "—"
                    | "——"
                    | "–"
                    | "、"
                    | "和"
                    | "及"
                    | "以及"
                    // "首付款是一条上升曲线：2700万→6300万→1.3亿美元"
                    | "→"
            )
        {
            tokens[k].currency = tokens[k + 1].currency;
        }
    }
    // A list with the currency on its first member and the scale on its last: "US$5.0,
    // 7.5 and 12.5 million", "RMB 300, 600 and 1,000 million".
    let mut k = 0;
    while k < tokens.len() {
        let first = &tokens[k];
        if first.currency.is_none() || first.scale.is_some() {
            k += 1;
            continue;
        }
        let mut last = k;
        while last + 1 < tokens.len() {
            let (a, b) = (&tokens[last], &tokens[last + 1]);
            if b.currency.is_some()
                || a.end > b.start
                || !list_connector(&text[a.end..b.start])
                || (last > k && a.scale.is_some())
            {
                break;
            }
            last += 1;
            if tokens[last].scale.is_some() {
                break;
            }
        }
        // "US$5 and 7 million shares" counts shares after a price.
        let counted = text[tokens[last].end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| {
                let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                matches!(
                    w,
                    "shares" | "ADSs" | "H" | "units" | "patients" | "people" | "doses" | "tonnes"
                )
            });
        if last > k && tokens[last].scale.is_some() && !counted {
            let (currency, scale) = (first.currency, tokens[last].scale);
            for t in &mut tokens[k..=last] {
                t.currency = currency;
                t.scale = scale;
            }
        }
        k = last.max(k + 1);
    }
    // A bare lower bound shares scale and currency: "3-5亿美元", "1 to 2 billion dollars".
    for k in (0..tokens.len().saturating_sub(1)).rev() {
        let (a, b) = (&tokens[k], &tokens[k + 1]);
        if a.scale.is_none()
            && a.currency.is_none()
            && b.scale.is_some()
            && b.currency.is_some()
            && a.number < b.number
            && a.end <= b.start
            && matches!(
                text[a.end..b.start].trim(),
                "至" | "到" | "~" | "～" | "－" | "-" | "–" | "to"
            )
        {
            tokens[k].scale = tokens[k + 1].scale;
            tokens[k].currency = tokens[k + 1].currency;
        }
    }
    for k in (0..tokens.len().saturating_sub(1)).rev() {
        let (a, b) = (&tokens[k], &tokens[k + 1]);
        if a.scale.is_none()
            && b.scale.is_some()
            && a.currency.is_some()
            && b.currency.is_some()
            && a.end <= b.start
            && list_connector(&text[a.scaled_end.min(a.end)..b.start])
        {
            tokens[k].scale = tokens[k + 1].scale;
        }
    }
    tokens
        .into_iter()
        .filter_map(|t| {
            let currency = t.currency?;
            let value = match t.scale {
                Some(s) => s.apply(t.number)?,
                None => t.number,
            };
            if value.is_zero() {
                return None;
            }
            Some(Found {
                span: Span {
                    start: t.start,
                    end: t.end,
                },
                value,
                currency,
                bound: bound_before(text, t.start),
                per_share: per_share_after(text, t.end) || per_share_before(text, t.start),
            })
        })
        .collect()
}

/// "up to", "more than", "approximately" … written just before an amount.
fn bound_before(text: &str, start: usize) -> Bound {
    let window_start = text[..start]
        .char_indices()
        .rev()
        .take(24)
        .last()
        .map_or(start, |(i, _)| i);
    let before = text[window_start..start].to_ascii_lowercase();
    let before = before.trim_end();
    const UP_TO: [&str; 4] = ["up to", "as much as", "upwards of", "a maximum of"];
    const AT_LEAST: [&str; 9] = [
        "more than",
        "over",
        "at least",
        "in excess of",
        "exceeding",
        "exceed",
        "above",
        "no less than",
        "north of",
    ];
    const ABOUT: [&str; 9] = [
        "approximately",
        "approx.",
        "about",
        "around",
        "nearly",
        "almost",
        "roughly",
        "some",
        "~",
    ];
    let ends = |list: &[&str]| {
        list.iter().any(|w| {
            before.ends_with(w)
                && before[..before.len() - w.len()]
                    .chars()
                    .last()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
    };
    // Chinese markers stand glued to the words before them ("金额最高").
    const ZH: [(&str, Bound); 11] = [
        ("不超过", Bound::UpTo),
        ("最高", Bound::UpTo),
        ("最多", Bound::UpTo),
        ("至多", Bound::UpTo),
        ("高达", Bound::UpTo),
        ("超过", Bound::AtLeast),
        ("逾", Bound::AtLeast),
        ("以上", Bound::AtLeast),
        ("大约", Bound::About),
        ("约", Bound::About),
        ("近", Bound::About),
    ];
    if let Some((_, b)) = ZH.iter().find(|(w, _)| before.ends_with(w)) {
        return *b;
    }
    if ends(&UP_TO) {
        Bound::UpTo
    } else if ends(&AT_LEAST) {
        Bound::AtLeast
    } else if ends(&ABOUT) {
        Bound::About
    } else {
        Bound::Exact
    }
}

/// "每股港币95.5元", "每股作价", "每股价格为": a Chinese per-share price.
fn per_share_before(text: &str, start: usize) -> bool {
    // "每股10.00港元", "每股認購股份10.00港元", "每股发行价为": 每股 within a few characters.
    let before = text[..start].trim_end();
    let near: String = {
        let tail: Vec<char> = before.chars().rev().take(12).collect();
        tail.into_iter().rev().collect()
    };
    ["每股", "每份"].iter().any(|w| {
        near.rfind(w)
            .is_some_and(|p| !near[p..].contains(['，', '。', '；', ',', ';']))
    })
}

/// "per share", "a share", "per ordinary share", "per Subscription Share", "per ADS".
fn per_share_after(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start();
    if rest.starts_with("/share") || rest.starts_with("/ADS") {
        return true;
    }
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    match words.next() {
        Some("per" | "a" | "each") => words.take(3).any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "share" | "ads" | "adr" | "h-share" | "unit"
            )
        }),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_number_word_filter_lets_every_number_word_through() {
        for w in UNITS
            .iter()
            .chain(&TENS)
            .chain(&["half", "hundred", "quarter"])
        {
            assert!(opens_number_word(w), "{w}");
            assert!(opens_number_word(&w.to_ascii_uppercase()), "{w}");
        }
        for w in ["a", "milestone", "billion", "tenfold", "once", "twentyone"] {
            assert!(!opens_number_word(w), "{w}");
        }
    }

    fn amounts(text: &str) -> Vec<(String, String, &'static str)> {
        find(text)
            .into_iter()
            .map(|f| {
                let cur: &'static str = match f.currency.code() {
                    "USD" => "USD",
                    "CNY" => "CNY",
                    "HKD" => "HKD",
                    "EUR" => "EUR",
                    "GBP" => "GBP",
                    "JPY" => "JPY",
                    "CHF" => "CHF",
                    "KRW" => "KRW",
                    _ => "other",
                };
                (
                    text[f.span.start..f.span.end].to_owned(),
                    f.value.normalize().to_string(),
                    cur,
                )
            })
            .collect()
    }

    fn one(text: &str) -> (String, String, &'static str) {
        let a = amounts(text);
        assert_eq!(a.len(), 1, "{text:?} → {a:?}");
        a.into_iter().next().unwrap()
    }

    #[test]
    fn chinese_amounts_broken_by_a_wrapped_line() {
        // A PDF's text layer breaks lines at a fixed width, inside amounts too.
        assert_eq!(
            one("公司将收取首付款1億\n美元，"),
            ("1億\n美元".into(), "100000000".into(), "USD")
        );
        assert_eq!(
            one("里程碑付款累计不超过3.15億美\n元。"),
            ("3.15億美\n元".into(), "315000000".into(), "USD")
        );
        assert_eq!(
            one("首付款为6,400\n　　万欧元"),
            ("6,400\n　　万欧元".into(), "64000000".into(), "EUR")
        );
        // A number ending a line is no amount of what opens the next one.
        assert!(amounts("研发投入增长12\n项目进展顺利").is_empty());
        assert!(amounts("编号2025-07\nEUR").is_empty());
    }

    #[test]
    fn a_currency_code_ending_a_wrapped_line() {
        assert_eq!(
            one("raised a combined\nRMB\n1.27 billion in the offering"),
            ("RMB\n1.27 billion".into(), "1270000000".into(), "CNY")
        );
        // A year opening the line after a code is still no amount.
        assert!(amounts("figures in RMB\n2025 was a strong year").is_empty());
    }

    #[test]
    fn pence_and_oku() {
        // A UK placing price in pence is a hundredth of a pound.
        assert_eq!(
            one("new shares at 38 pence per share"),
            ("38 pence".into(), "0.38".into(), "GBP")
        );
        // "Oku" is the Japanese hundred million (億).
        assert_eq!(
            one("the upfront was 50 oku yen"),
            ("50 oku yen".into(), "5000000000".into(), "JPY")
        );
    }

    #[test]
    fn markers_before_and_after() {
        let cases = [
            ("a $650 million upfront", "$650 million", "650000000", "USD"),
            (
                "US$4.95 billion in milestones",
                "US$4.95 billion",
                "4950000000",
                "USD",
            ),
            (
                "U.S.$1.2 billion deal",
                "U.S.$1.2 billion",
                "1200000000",
                "USD",
            ),
            ("USD 110 million", "USD 110 million", "110000000", "USD"),
            ("USD110 million", "USD110 million", "110000000", "USD"),
            (
                "650 million dollars",
                "650 million dollars",
                "650000000",
                "USD",
            ),
            (
                "RMB 45.456 billion",
                "RMB 45.456 billion",
                "45456000000",
                "CNY",
            ),
            ("CNY 2.3 billion", "CNY 2.3 billion", "2300000000", "CNY"),
            ("1.2 billion yuan", "1.2 billion yuan", "1200000000", "CNY"),
            ("¥800 million", "¥800 million", "800000000", "CNY"),
            ("HK$95.5 per share", "HK$95.5", "95.5", "HKD"),
            ("HKD 1.1 billion", "HKD 1.1 billion", "1100000000", "HKD"),
            ("€150 million", "€150 million", "150000000", "EUR"),
            ("EUR 1.2 billion", "EUR 1.2 billion", "1200000000", "EUR"),
            ("150 million euros", "150 million euros", "150000000", "EUR"),
            ("£40 million", "£40 million", "40000000", "GBP"),
            ("GBP 12 million", "GBP 12 million", "12000000", "GBP"),
            ("JPY 5 billion", "JPY 5 billion", "5000000000", "JPY"),
            ("CHF 80 million", "CHF 80 million", "80000000", "CHF"),
            ("SFr 30 million", "SFr 30 million", "30000000", "CHF"),
            ("JP¥1.7 trillion", "JP¥1.7 trillion", "1700000000000", "JPY"),
            ("₩6.5 billion", "₩6.5 billion", "6500000000", "KRW"),
            ("KRW 26 billion", "KRW 26 billion", "26000000000", "KRW"),
            ("1,375 won a share", "1,375 won", "1375", "KRW"),
            ("Rmb220m upfront", "Rmb220m", "220000000", "CNY"),
            (
                "| USD4,800\n                million |",
                "USD4,800\n                million",
                "4800000000",
                "USD",
            ),
        ];
        for (text, surface, value, cur) in cases {
            assert_eq!(one(text), (surface.into(), value.into(), cur), "{text}");
        }
        assert_eq!(one("5 billion yen in Japan").2, "JPY");
        assert_eq!(
            one("a ¥800 million payment from a Japanese yen account").2,
            "JPY"
        );
    }

    #[test]
    fn scales_and_separators() {
        for (text, value) in [
            ("$1.25bn", "1250000000"),
            ("$200m upfront", "200000000"),
            ("$200M", "200000000"),
            ("$1.5B", "1500000000"),
            ("$35MM", "35000000"),
            ("$3.5 mn", "3500000"),
            ("$1,250,000,000", "1250000000"),
            ("$12,500,000.50", "12500000.5"),
            ("$2 trillion market", "2000000000000"),
            ("$500 thousand", "500000"),
            ("$40k", "40000"),
            ("a $1.2-billion deal", "1200000000"),
            ("one billion dollars", "1000000000"),
            ("a half-billion dollars", "500000000"),
            ("half a billion dollars", "500000000"),
            ("twenty-five million dollars", "25000000"),
            ("two hundred million euros", "200000000"),
            ("three hundred and forty million dollars", "340000000"),
            ("a quarter of a billion dollars", "250000000"),
            ("five point two billion dollars", "5200000000"),
            ("one point two five billion dollars", "1250000000"),
        ] {
            assert_eq!(one(text).1, value, "{text}");
        }
        assert!(find("it can cost several hundred thousand dollars per patient").is_empty());
        assert_eq!(one("a hundred million dollars").1, "100000000");
        assert_eq!(one("a half-billion dollars").0, "half-billion dollars");
    }

    #[test]
    fn a_spoken_payment_in_a_document_of_dollars_needs_no_currency_word() {
        let spoken = "It cost five billion dollars. Ardent pays a hundred and ten million up front, with up to one point two billion in milestones and forty million more.";
        let a = amounts(spoken);
        assert_eq!(
            a.iter()
                .map(|x| (x.0.as_str(), x.1.as_str()))
                .collect::<Vec<_>>(),
            [
                ("five billion dollars", "5000000000"),
                ("hundred and ten million", "110000000"),
                ("one point two billion", "1200000000"),
                ("forty million", "40000000"),
            ]
        );
        // Without a payment after it, or in a document without dollars, a number is no money.
        assert_eq!(
            amounts("It cost five billion dollars. Ninety million patients.").len(),
            1
        );
        assert!(amounts("Ardent pays a hundred and ten million up front.").is_empty());
        assert_eq!(one("thirty-five million bucks").1, "35000000");
        // A small number word before a code counts deals in that currency.
        assert!(amounts("in the four USD deals above").is_empty());
        assert_eq!(one("two million USD").1, "2000000");
    }

    #[test]
    fn spoken_terms_in_a_call_about_a_deal_are_dollars() {
        // An executive on a call, in a transcript that prints "$" elsewhere.
        let call = "Revenue was $4.1 million. Our upfront is forty million, then twelve million once the transfer is done, and the milestones come to six hundred and ten million on the clinical side. The eight hundred million of milestones is separate, and so is the twenty million milestone next year. A three billion headline, plus seventy million in equity.";
        let a = amounts(call);
        assert_eq!(
            a.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            [
                "$4.1 million",
                "forty million",
                "twelve million",
                "six hundred and ten million",
                "eight hundred million",
                "twenty million",
                "three billion",
                "seventy million",
            ]
        );
        // Not a count after it, nor a clause about no payment, nor a vague "couple hundred".
        for text in [
            "Revenue was $4.1 million. Our upfront covers forty million patients.",
            "Revenue was $4.1 million. The region has forty million, and growing.",
            "Revenue was $4.1 million. We might pay a couple hundred million up front.",
        ] {
            assert_eq!(amounts(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn every_currency_word_after_an_amount_is_read() {
        for (word, code) in SUFFIX_WORDS.iter().chain(
            [
                ("CHF", "CHF"),
                ("francs", "CHF"),
                ("won", "KRW"),
                ("KRW", "KRW"),
            ]
            .iter(),
        ) {
            // (Wire capitals for all but the singulars and the won.)
            for written in [word.to_string(), word.to_ascii_uppercase()] {
                if matches!(written.as_str(), "EURO" | "DOLLAR" | "WON") {
                    continue;
                }
                let text = format!("it paid 25 million {written} at signing");
                let found = find(&text);
                assert_eq!(found.len(), 1, "{text}");
                assert_eq!(found[0].currency.to_string(), *code, "{text}");
            }
        }
    }

    #[test]
    fn a_currency_in_a_compound_adjective_is_no_amount() {
        assert!(find("the four dollar-priced licences above").is_empty());
        assert!(find("three euro-denominated bonds").is_empty());
        assert_eq!(find("a 2-billion-dollar deal").len(), 1);
        assert_eq!(find("paid 40 million dollars, all in cash").len(), 1);
    }

    #[test]
    fn ranges_and_lists_share_scale_and_currency() {
        let a = amounts("$1-2 billion");
        assert_eq!(
            a.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            ["1000000000", "2000000000"]
        );
        assert_eq!((a[0].0.as_str(), a[1].0.as_str()), ("$1", "2 billion"));
        let a = amounts("payments of $50, $75 and $100 million");
        assert_eq!(
            a.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            ["50000000", "75000000", "100000000"]
        );
        let a = amounts("between $50 million and $75 million");
        assert_eq!(a.len(), 2);
        let a = amounts("$5 to $10 million");
        assert_eq!(
            a.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            ["5000000", "10000000"]
        );
        // A price range shares its currency; a ratio or a code does not make one.
        let a = amounts("a marketing range of HK$23.40-26.80 per share");
        assert_eq!(
            a.iter().map(|x| (x.0.as_str(), x.2)).collect::<Vec<_>>(),
            [("HK$23.40", "HKD"), ("26.80", "HKD")]
        );
        assert_eq!(amounts("priced at $14.50-2026 guidance").len(), 1);
        // The currency on the first member, the scale on the last.
        let a = amounts("milestones of US$5.0, 7.5 and 12.5 million");
        assert_eq!(
            a.iter()
                .map(|x| (x.0.as_str(), x.1.as_str()))
                .collect::<Vec<_>>(),
            [
                ("US$5.0", "5000000"),
                ("7.5", "7500000"),
                ("12.5 million", "12500000")
            ]
        );
        assert_eq!(amounts("sales of RMB 300, 600 and 1,000 million").len(), 3);
        assert_eq!(amounts("paid US$5 in 2024 and 2025 million").len(), 1);
        assert_eq!(amounts("USD 15 and 20 million").len(), 2);
        assert_eq!(
            one("Twenty-one and a half million dollars up front"),
            (
                "Twenty-one and a half million dollars".into(),
                "21500000".into(),
                "USD"
            )
        );
        assert_eq!(
            one("signs a 100 bil. won licence"),
            ("100 bil. won".into(), "100000000000".into(), "KRW")
        );
        assert_eq!(
            one("and then up to one point oh four five billion dollars in milestones"),
            (
                "one point oh four five billion dollars".into(),
                "1045000000".into(),
                "USD"
            )
        );
        assert_eq!(
            one("that is the twelve million US dollar milestone"),
            ("twelve million US dollar".into(), "12000000".into(), "USD")
        );
        // A wire's capitals.
        assert_eq!(
            one("* SAYS IT GETS UPFRONT PAYMENT OF 75 MLN EUROS"),
            ("75 MLN EUROS".into(), "75000000".into(), "EUR")
        );
        assert_eq!(
            one("* DEAL WORTH UP TO 2.1 BILLION US DOLLARS IN TOTAL"),
            ("2.1 BILLION US DOLLARS".into(), "2100000000".into(), "USD")
        );
        assert!(amounts("* SAYS 12 EURO MARKETS APPROVED").is_empty());
        let a = amounts("peak sales at US$800mn-1.0bn");
        assert_eq!(
            a.iter()
                .map(|x| (x.0.as_str(), x.1.as_str()))
                .collect::<Vec<_>>(),
            [("US$800mn", "800000000"), ("1.0bn", "1000000000")]
        );
        assert!(amounts("the HRS-1893 and IBI-362 programmes").is_empty());
        assert_eq!(amounts("at US$5 and 7 million shares").len(), 1);
        assert_eq!(amounts("shares rose from $4.10 to 52.3% of float").len(), 1);
    }

    #[test]
    fn hyphenated_currency_words() {
        assert_eq!(
            one("handed over a 6-billion-yen cheque"),
            ("6-billion-yen".into(), "6000000000".into(), "JPY")
        );
        assert_eq!(
            one("a 2-billion-dollar deal"),
            ("2-billion-dollar".into(), "2000000000".into(), "USD")
        );
        assert!(amounts("a five-year-old company").is_empty());
    }

    #[test]
    fn numbers_that_are_not_money() {
        for text in [
            "On May 20, 2025, the company dosed 120 patients in a Phase 3 trial.",
            "GLP-1 and HRS-5346 and JAB-3068 and BL-B01D1 and SHR-A1811",
            "shares of 01530.HK and 600276.SH rose 12.5% to a record",
            "deal value rose 258% year on year in Q1 2025",
            "157 deals in 2025, up from 94 in 2024",
            "data expected in 2H26; the 10-K was filed",
            "CLDN18.2 and B7-H3 and IL-2 programmes",
            "triple-negative, HER2-negative and HER2-low breast cancer",
        ] {
            assert_eq!(amounts(text), vec![], "{text}");
        }
    }

    #[test]
    fn bounds_and_per_share() {
        let f = find(
            "eligible for up to $4.5 billion and more than $2 billion and approximately $30 million",
        );
        assert_eq!(
            f.iter().map(|f| f.bound).collect::<Vec<_>>(),
            [Bound::UpTo, Bound::AtLeast, Bound::About]
        );
        let f = find("at HK$10.74 per share, or HK$1.1 billion");
        assert!(f[0].per_share && !f[1].per_share);
    }

    proptest::proptest! {
        /// Writing an amount the way documents do and reading it back gives the amount.
        #[test]
        fn written_amounts_read_back(
            units in 1u64..1_000_000,
            cents in 0u32..1000,
            decimals in 0u32..4,
            marker in 0usize..6,
            scale in 0usize..8,
            grouped in proptest::bool::ANY,
        ) {
            let number = Decimal::new(units as i64 * 1000 + i64::from(cents), 3).round_dp(decimals);
            let plain = number.normalize().to_string();
            let written = if grouped { crate::money::tests::group(&plain) } else { plain };
            let (prefix, suffix, currency) = [
                ("$", "", Currency::USD),
                ("US$", "", Currency::USD),
                ("USD ", "", Currency::USD),
                ("RMB", "", Currency::CNY),
                ("€", "", Currency::EUR),
                ("", " dollars", Currency::USD),
            ][marker];
            let (word, factor) = [
                ("", 1i64), (" million", 1_000_000), (" billion", 1_000_000_000), ("bn", 1_000_000_000),
                ("m", 1_000_000), ("M", 1_000_000), (" thousand", 1_000), ("B", 1_000_000_000),
            ][scale];
            let text = format!("The company said it would receive {prefix}{written}{word}{suffix} in cash.");
            let found = find(&text);
            proptest::prop_assert_eq!(found.len(), 1, "{}", text);
            proptest::prop_assert_eq!(found[0].value, number * Decimal::from(factor), "{}", text);
            proptest::prop_assert_eq!(found[0].currency, currency);
            let surface = &text[found[0].span.start..found[0].span.end];
            proptest::prop_assert!(surface.ends_with(&format!("{word}{suffix}")), "{}", surface);
        }

        /// Any input: no panic, and every span lies on character boundaries.
        #[test]
        fn never_panics_and_spans_are_valid(text in "\\PC{0,200}") {
            for f in find(&text) {
                proptest::prop_assert!(text.get(f.span.start..f.span.end).is_some());
            }
            let _ = crate::mentions(&text);
        }
    }

    /// Inserts `,` thousands separators into a plain decimal.
    pub(super) fn group(plain: &str) -> String {
        let (int, frac) = plain
            .split_once('.')
            .map_or((plain, None), |(i, f)| (i, Some(f)));
        let mut out = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        match frac {
            Some(f) => format!("{out}.{f}"),
            None => out,
        }
    }

    #[test]
    fn chinese_amounts() {
        for (text, surface, value, cur) in [
            ("首付款12.5亿美元", "12.5亿美元", "1250000000", "USD"),
            (
                "营业收入人民币454.56亿元",
                "人民币454.56亿元",
                "45456000000",
                "CNY",
            ),
            ("首付款4.5億美元", "4.5億美元", "450000000", "USD"),
            ("股权投资1,000万美元", "1,000万美元", "10000000", "USD"),
            ("总额十二亿元", "十二亿元", "1200000000", "CNY"),
            (
                "首付款1.25 billion美元",
                "1.25 billion美元",
                "1250000000",
                "USD",
            ),
            ("USD 1.25亿", "USD 1.25亿", "125000000", "USD"),
            ("募资3500万港元", "3500万港元", "35000000", "HKD"),
            ("里程碑付款最高48亿美元", "48亿美元", "4800000000", "USD"),
            ("三千五百万欧元", "三千五百万欧元", "35000000", "EUR"),
            ("一亿二千万元", "一亿二千万元", "120000000", "CNY"),
            (
                "金额为人民币壹亿伍仟万元",
                "人民币壹亿伍仟万元",
                "150000000",
                "CNY",
            ),
            ("貳仟萬港元", "貳仟萬港元", "20000000", "HKD"),
            (
                "營業收入人民幣355,012千元",
                "人民幣355,012千元",
                "355012000",
                "CNY",
            ),
            (
                "首付款１２．５亿美元",
                "１２．５亿美元",
                "1250000000",
                "USD",
            ),
            (
                "股权投资１，０００万美元",
                "１，０００万美元",
                "10000000",
                "USD",
            ),
        ] {
            assert_eq!(one(text), (surface.into(), value.into(), cur), "{text}");
        }
        let a = amounts("首付款是一条上升曲线：2700万→6300万→1.3亿美元");
        assert_eq!(
            a.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
            ["27000000", "63000000", "130000000"]
        );
        // A range joined by a dash shares the currency written last.
        let a = amounts("峰值销售额有望达到20亿—30亿美元");
        assert_eq!(
            a.iter()
                .map(|x| (x.0.as_str(), x.1.as_str(), x.2))
                .collect::<Vec<_>>(),
            [
                ("20亿", "2000000000", "USD"),
                ("30亿美元", "3000000000", "USD")
            ]
        );
        let f = find("里程碑付款最高48亿美元，约3亿元，逾5亿美元");
        assert_eq!(
            f.iter().map(|x| x.bound).collect::<Vec<_>>(),
            [Bound::UpTo, Bound::About, Bound::AtLeast]
        );
        // Not money: counts, dates, percentages, codes.
        for text in [
            "十二亿人口",
            "2025年5月20日",
            "增长258%",
            "三期临床",
            "HRS-5346",
            "第一季度",
            // A unit without a number.
            "图表14：首付款占比（金额单位：百万美元）",
            "千万元级的首付",
        ] {
            assert_eq!(amounts(text), vec![], "{text}");
        }
    }

    #[test]
    fn the_yen_sign_follows_the_document() {
        let tokyo = "TOKYO, May 29, 2025 -- The company will pay US$130 million (approximately ¥19.5 billion) upfront.";
        assert_eq!(find(tokyo)[1].currency, Currency::JPY);
        let shanghai = "SHANGHAI, May 29, 2025 -- Revenue was ¥1.2 billion.";
        assert_eq!(find(shanghai)[0].currency, Currency::CNY);
    }

    #[test]
    fn the_yen_sign_follows_the_rate_its_conversions_imply() {
        // A notice naming yuan for its partner's capital still means yen by its own rate.
        let notice = "Upfront payment: ¥3.0 billion (approximately US$20 million)\n\nThe partner's registered capital is RMB 300 million.\n\nThe forecasts (revenue of ¥150.0 billion) remain unchanged. Amounts are translated at ¥150 = US$1.";
        let currencies: Vec<Currency> = find(notice).iter().map(|f| f.currency).collect();
        assert_eq!(
            currencies,
            [
                Currency::JPY,
                Currency::USD,
                Currency::CNY,
                Currency::JPY,
                Currency::JPY,
                Currency::USD
            ]
        );
        // About seven to the dollar is yuan, even in a story set in Japan.
        let yuan = "The Japanese partner pays ¥700 million (about US$97 million) upfront.";
        assert_eq!(find(yuan)[0].currency, Currency::CNY);
    }

    #[test]
    fn a_cashtag_before_a_numeral_is_no_amount() {
        let post = "$钱塘生物(02877)$ 三月份的笔记翻出来，首付十二亿元，另有$ 五亿美元里程碑。";
        let texts: Vec<&str> = find(post)
            .iter()
            .map(|f| &post[f.span.start..f.span.end])
            .collect();
        assert_eq!(texts, ["十二亿元", "$ 五亿美元"]);
    }

    #[test]
    fn a_currency_word_belongs_to_one_amount_only() {
        // Found by cargo-fuzz: "USD" both ends "5 USD" and starts "USD65".
        let text = "5 USD65 and 3 USD 65USD buys";
        let found = find(text);
        for w in found.windows(2) {
            assert!(w[0].span.end <= w[1].span.start, "{found:?}");
        }
        let _ = crate::mentions(text);
    }

    #[test]
    fn spans_are_exact_byte_ranges() {
        let text = "收到 US$1.2 billion — “$50m” upfront";
        for f in find(text) {
            let s = &text[f.span.start..f.span.end];
            assert!(s.contains('$'), "{s}");
        }
    }
}
