//! Dates with their precision: a day, a month, a quarter, a half-year or a year.
//!
//! Sources often give only a window ("topline data in 2H26", "approval expected in 2026").
//! [`PartialDate`] keeps exactly what was said; [`PartialDate::start`] and
//! [`PartialDate::end`] give the window's first and last day.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How precise a [`PartialDate`] is, finest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// A calendar day.
    Day,
    /// A calendar month.
    Month,
    /// A calendar quarter.
    Quarter,
    /// A half-year.
    Half,
    /// A calendar year.
    Year,
}

/// A date known to a day, month, quarter, half-year or year.
///
/// Canonical text: `2026-05-20`, `2026-05`, `2026-Q3`, `2026-H2`, `2026`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartialDate {
    /// An exact day.
    Day(NaiveDate),
    /// A month of a year (month 1–12).
    Month {
        /// The year.
        year: i32,
        /// 1–12.
        month: u32,
    },
    /// A quarter of a year (1–4).
    Quarter {
        /// The year.
        year: i32,
        /// 1–4.
        quarter: u32,
    },
    /// A half of a year (1–2).
    Half {
        /// The year.
        year: i32,
        /// 1 or 2.
        half: u32,
    },
    /// A whole year.
    Year(i32),
}

/// Why a date text was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date {input:?}: {reason}")]
pub struct DateError {
    /// The text as given.
    pub input: String,
    /// What is wrong with it.
    pub reason: String,
}

fn err(input: &str, reason: impl Into<String>) -> DateError {
    DateError {
        input: input.to_owned(),
        reason: reason.into(),
    }
}

const MIN_YEAR: i32 = 1900;
const MAX_YEAR: i32 = 2200;

impl PartialDate {
    /// A day.
    pub fn day(year: i32, month: u32, day: u32) -> Result<Self, DateError> {
        PartialDate::month(year, month)?;
        NaiveDate::from_ymd_opt(year, month, day)
            .map(PartialDate::Day)
            .ok_or_else(|| err(&format!("{year}-{month}-{day}"), "no such day"))
    }

    /// A month (1–12).
    pub fn month(year: i32, month: u32) -> Result<Self, DateError> {
        check_year(year)?;
        if !(1..=12).contains(&month) {
            return Err(err(&format!("{year}-{month}"), "month must be 1–12"));
        }
        Ok(PartialDate::Month { year, month })
    }

    /// A quarter (1–4).
    pub fn quarter(year: i32, quarter: u32) -> Result<Self, DateError> {
        check_year(year)?;
        if !(1..=4).contains(&quarter) {
            return Err(err(&format!("Q{quarter} {year}"), "quarter must be 1–4"));
        }
        Ok(PartialDate::Quarter { year, quarter })
    }

    /// A half-year (1–2).
    pub fn half(year: i32, half: u32) -> Result<Self, DateError> {
        check_year(year)?;
        if !(1..=2).contains(&half) {
            return Err(err(&format!("H{half} {year}"), "half must be 1 or 2"));
        }
        Ok(PartialDate::Half { year, half })
    }

    /// A year.
    pub fn year_only(year: i32) -> Result<Self, DateError> {
        check_year(year)?;
        Ok(PartialDate::Year(year))
    }

    /// The year the date falls in.
    pub fn year(&self) -> i32 {
        match *self {
            PartialDate::Day(d) => d.year(),
            PartialDate::Month { year, .. }
            | PartialDate::Quarter { year, .. }
            | PartialDate::Half { year, .. }
            | PartialDate::Year(year) => year,
        }
    }

    /// How precise the date is.
    pub fn precision(&self) -> DatePrecision {
        match self {
            PartialDate::Day(_) => DatePrecision::Day,
            PartialDate::Month { .. } => DatePrecision::Month,
            PartialDate::Quarter { .. } => DatePrecision::Quarter,
            PartialDate::Half { .. } => DatePrecision::Half,
            PartialDate::Year(_) => DatePrecision::Year,
        }
    }

    /// The first day of the window.
    pub fn start(&self) -> NaiveDate {
        let ymd = |y, m| NaiveDate::from_ymd_opt(y, m, 1).expect("validated on construction");
        match *self {
            PartialDate::Day(d) => d,
            PartialDate::Month { year, month } => ymd(year, month),
            PartialDate::Quarter { year, quarter } => ymd(year, 3 * quarter - 2),
            PartialDate::Half { year, half } => ymd(year, 6 * half - 5),
            PartialDate::Year(year) => ymd(year, 1),
        }
    }

    /// The last day of the window.
    pub fn end(&self) -> NaiveDate {
        let last_of = |y: i32, m: u32| {
            let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            NaiveDate::from_ymd_opt(ny, nm, 1)
                .and_then(|d| d.pred_opt())
                .expect("validated on construction")
        };
        match *self {
            PartialDate::Day(d) => d,
            PartialDate::Month { year, month } => last_of(year, month),
            PartialDate::Quarter { year, quarter } => last_of(year, 3 * quarter),
            PartialDate::Half { year, half } => last_of(year, 6 * half),
            PartialDate::Year(year) => last_of(year, 12),
        }
    }

    /// Whether `day` falls inside the window.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start() <= day && day <= self.end()
    }

    /// The quarter (1–4) the window lies in, when it lies in one.
    pub fn quarter_of(&self) -> Option<u32> {
        match *self {
            PartialDate::Day(d) => Some((d.month() - 1) / 3 + 1),
            PartialDate::Month { month, .. } => Some((month - 1) / 3 + 1),
            PartialDate::Quarter { quarter, .. } => Some(quarter),
            PartialDate::Half { .. } | PartialDate::Year(_) => None,
        }
    }

    /// The month (1–12) the window lies in, when it lies in one.
    pub fn month_of(&self) -> Option<u32> {
        match *self {
            PartialDate::Day(d) => Some(d.month()),
            PartialDate::Month { month, .. } => Some(month),
            _ => None,
        }
    }
}

fn check_year(year: i32) -> Result<(), DateError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(err(
            &year.to_string(),
            format!("year must be between {MIN_YEAR} and {MAX_YEAR}"),
        ))
    }
}

impl From<NaiveDate> for PartialDate {
    fn from(d: NaiveDate) -> Self {
        PartialDate::Day(d)
    }
}

/// Windows order by their first day, then finer before coarser.
impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.start(), self.precision()).cmp(&(other.start(), other.precision()))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PartialDate::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            PartialDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            PartialDate::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
            PartialDate::Half { year, half } => write!(f, "{year:04}-H{half}"),
            PartialDate::Year(year) => write!(f, "{year:04}"),
        }
    }
}

/// Parses the canonical forms and the common ways documents write dates and windows:
///
/// * days: `2026-05-20`, `2026/5/20`, `May 20, 2026`, `20 May 2026`, `2026年5月20日`
/// * months: `2026-05`, `May 2026`, `2026年5月`
/// * quarters: `2026-Q3`, `Q3 2026`, `3Q26`, `3Q 2026`, `third quarter of 2026`, `2026年第三季度`
/// * halves: `2026-H2`, `H2 2026`, `2H26`, `second half of 2026`, `2026年下半年`
/// * years: `2026`, `2026年`
///
/// Two-digit years mean 20xx. Out-of-range parts ("Q5 2026", "2026-13") are errors.
impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        parse_date(input).map_err(|e| DateError {
            input: input.to_owned(),
            ..e
        })
    }
}

fn parse_date(input: &str) -> Result<PartialDate, DateError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(err(input, "empty"));
    }
    if s.contains('年') {
        return parse_chinese(input, s);
    }
    let lower = s.to_ascii_lowercase().replace(',', " ");
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        [one] => parse_compact(input, one),
        [a, b] => parse_two_words(input, a, b),
        [a, b, c] => parse_three_words(input, a, b, c),
        _ => parse_phrase(input, &words),
    }
}

/// One token: `2026`, `2026-05-20`, `2026/05`, `2026-Q3`, `2026-H2`, `3Q26`, `2H26`, `Q3-2026`.
fn parse_compact(input: &str, tok: &str) -> Result<PartialDate, DateError> {
    if let Some(parts) = split_numeric(tok) {
        return match parts.as_slice() {
            [y] if tok.len() == 4 => PartialDate::year_only(*y as i32),
            [y, m] if *y >= 1000 => PartialDate::month(*y as i32, *m),
            [y, m, d] if *y >= 1000 => PartialDate::day(*y as i32, *m, *d),
            _ => Err(err(input, "expected YYYY, YYYY-MM or YYYY-MM-DD")),
        };
    }
    // 2026-q3, 2026-h2
    if let Some((y, rest)) = tok.split_once(['-', '/']) {
        if let Ok(year) = y.parse::<i32>() {
            if y.len() == 4 {
                return period_token(input, rest, year);
            }
        }
        if is_vague(y) {
            return Err(err(input, VAGUE));
        }
        // q3-2026, h2-2026
        if let Ok(year) = rest.parse::<i32>() {
            return period_token(input, y, full_year(input, rest, year)?);
        }
    }
    // 3q26, 2h2026, q326 is not accepted (ambiguous)
    let bytes = tok.as_bytes();
    if bytes.len() >= 4 && bytes[0].is_ascii_digit() && matches!(bytes[1], b'q' | b'h') {
        let year_text = &tok[2..];
        let year = year_text
            .parse::<i32>()
            .map_err(|_| err(input, "expected a year after the period"))?;
        let year = full_year(input, year_text, year)?;
        let n = u32::from(bytes[0] - b'0');
        return if bytes[1] == b'q' {
            PartialDate::quarter(year, n)
        } else {
            PartialDate::half(year, n)
        };
    }
    Err(err(input, "not a recognised date"))
}

/// `q3` / `h2` / `3q` / `2h` with a known year.
fn period_token(input: &str, tok: &str, year: i32) -> Result<PartialDate, DateError> {
    let b = tok.as_bytes();
    let (kind, n) = match b {
        [k @ (b'q' | b'h'), n] if n.is_ascii_digit() => (*k, u32::from(n - b'0')),
        [n, k @ (b'q' | b'h')] if n.is_ascii_digit() => (*k, u32::from(n - b'0')),
        _ => return Err(err(input, "expected Qn or Hn")),
    };
    if kind == b'q' {
        PartialDate::quarter(year, n)
    } else {
        PartialDate::half(year, n)
    }
}

fn parse_two_words(input: &str, a: &str, b: &str) -> Result<PartialDate, DateError> {
    let year = || {
        b.parse::<i32>()
            .map_err(|_| err(input, "expected a year"))
            .and_then(|y| full_year(input, b, y))
    };
    if let Some(month) = month_from_name(a) {
        return PartialDate::month(year()?, month);
    }
    if matches!(a.as_bytes().first(), Some(b'q' | b'h')) || a.ends_with(['q', 'h']) {
        return period_token(input, a, year()?);
    }
    if is_vague(a) {
        return Err(err(input, VAGUE));
    }
    Err(err(input, "not a recognised date"))
}

fn parse_three_words(input: &str, a: &str, b: &str, c: &str) -> Result<PartialDate, DateError> {
    let year: i32 = c.parse().map_err(|_| err(input, "expected a year last"))?;
    if c.len() != 4 {
        return Err(err(input, "expected a four-digit year"));
    }
    // May 20 2026
    if let (Some(month), Ok(day)) = (month_from_name(a), b.parse::<u32>()) {
        return PartialDate::day(year, month, day);
    }
    // 20 May 2026
    if let (Ok(day), Some(month)) = (a.parse::<u32>(), month_from_name(b)) {
        return PartialDate::day(year, month, day);
    }
    parse_phrase(input, &[a, b, c])
}

/// "second half of 2026", "the third quarter of 2026", "first half 2026".
fn parse_phrase(input: &str, words: &[&str]) -> Result<PartialDate, DateError> {
    let words: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !matches!(*w, "the" | "of" | "in"))
        .collect();
    if let [ordinal, unit, year] = words.as_slice() {
        let n = match *ordinal {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            "fourth" | "4th" => 4,
            _ => return Err(err(input, "not a recognised date")),
        };
        let y: i32 = year
            .parse()
            .map_err(|_| err(input, "expected a year last"))?;
        return match *unit {
            "quarter" => PartialDate::quarter(y, n),
            "half" => PartialDate::half(y, n),
            _ => Err(err(input, "expected quarter or half")),
        };
    }
    Err(err(input, "not a recognised date"))
}

/// `2026年`, `2026年5月`, `2026年5月20日`, `2026年第三季度`, `2026年下半年`, `2026年Q3`.
fn parse_chinese(input: &str, s: &str) -> Result<PartialDate, DateError> {
    let (year_text, rest) = s.split_once('年').expect("caller checked");
    let year: i32 = year_text
        .trim()
        .parse()
        .map_err(|_| err(input, "expected digits before 年"))?;
    let rest = rest.trim();
    if rest.is_empty() || rest == "内" || rest == "底" {
        return PartialDate::year_only(year);
    }
    match rest {
        "上半年" => return PartialDate::half(year, 1),
        "下半年" => return PartialDate::half(year, 2),
        _ => {}
    }
    if let Some(q) = rest
        .strip_prefix('第')
        .and_then(|r| r.strip_suffix("季度"))
        .or_else(|| rest.strip_suffix("季度"))
    {
        let n = chinese_small_number(q).ok_or_else(|| err(input, "unknown quarter"))?;
        return PartialDate::quarter(year, n);
    }
    if let Some(q) = rest.strip_prefix(['Q', 'q']) {
        let n = q.parse().map_err(|_| err(input, "unknown quarter"))?;
        return PartialDate::quarter(year, n);
    }
    if let Some((m, d)) = rest.split_once('月') {
        let month = chinese_small_number(m).ok_or_else(|| err(input, "unknown month"))?;
        let d = d.trim().trim_end_matches(['日', '号']);
        if d.is_empty() {
            return PartialDate::month(year, month);
        }
        let day = chinese_small_number(d).ok_or_else(|| err(input, "unknown day"))?;
        return PartialDate::day(year, month, day);
    }
    Err(err(input, "not a recognised date"))
}

/// Arabic digits or a Chinese numeral up to 31 (一, 十二, 二十一, 三十一).
fn chinese_small_number(s: &str) -> Option<u32> {
    let s = s.trim();
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let digit = |c: char| {
        "〇一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32)
    };
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [d] => digit(*d),
        ['十', u] => Some(10 + digit(*u)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', u] => Some(10 * digit(*t)? + digit(*u)?),
        _ => None,
    }
}

/// Splits `2026-05-20`, `2026/5/20`, `2026.05` into numbers when the token is only digits
/// and one kind of separator.
fn split_numeric(tok: &str) -> Option<Vec<u32>> {
    let sep = tok.chars().find(|c| !c.is_ascii_digit());
    let parts: Vec<&str> = match sep {
        None => vec![tok],
        Some(sep @ ('-' | '/' | '.')) => tok.split(sep).collect(),
        Some(_) => return None,
    };
    parts
        .iter()
        .map(|p| {
            if p.is_empty() || p.len() > 4 {
                None
            } else {
                p.parse().ok()
            }
        })
        .collect()
}

const VAGUE: &str = "vague windows such as mid/early/late are not dates; say H1, Q2 or the year";

fn is_vague(word: &str) -> bool {
    matches!(word, "mid" | "early" | "late" | "end")
}

fn full_year(input: &str, text: &str, year: i32) -> Result<i32, DateError> {
    match text.len() {
        2 => Ok(2000 + year),
        4 => Ok(year),
        _ => Err(err(input, "expected a two- or four-digit year")),
    }
}

/// English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_from_name(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    MONTH_NAMES
        .iter()
        .position(|m| {
            w == *m || (w.len() == 3 && m.starts_with(w)) || (w == "sept" && *m == "september")
        })
        .map(|i| i as u32 + 1)
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> PartialDate {
        s.parse().unwrap_or_else(|e| panic!("{s:?}: {e}"))
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn canonical_forms_round_trip() {
        for s in ["2026-05-20", "2026-05", "2026-Q3", "2026-H2", "2026"] {
            assert_eq!(p(s).to_string(), s);
        }
    }

    #[test]
    fn windows_have_first_and_last_day() {
        let h2 = p("2H26");
        assert_eq!(
            h2,
            PartialDate::Half {
                year: 2026,
                half: 2
            }
        );
        assert_eq!((h2.start(), h2.end()), (day(2026, 7, 1), day(2026, 12, 31)));
        let q1 = p("Q1 2024");
        assert_eq!((q1.start(), q1.end()), (day(2024, 1, 1), day(2024, 3, 31)));
        let feb = p("2024-02");
        assert_eq!(feb.end(), day(2024, 2, 29), "leap year");
        let y = p("2026");
        assert_eq!(y.precision(), DatePrecision::Year);
        assert!(y.contains(day(2026, 12, 31)) && !y.contains(day(2027, 1, 1)));
    }

    #[test]
    fn english_spellings() {
        assert_eq!(p("Q3 2026"), PartialDate::quarter(2026, 3).unwrap());
        assert_eq!(p("3Q26"), PartialDate::quarter(2026, 3).unwrap());
        assert_eq!(p("3Q 2026"), PartialDate::quarter(2026, 3).unwrap());
        assert_eq!(p("q3-2026"), PartialDate::quarter(2026, 3).unwrap());
        assert_eq!(p("H1 2026"), PartialDate::half(2026, 1).unwrap());
        assert_eq!(
            p("second half of 2026"),
            PartialDate::half(2026, 2).unwrap()
        );
        assert_eq!(
            p("the third quarter of 2025"),
            PartialDate::quarter(2025, 3).unwrap()
        );
        assert_eq!(p("May 2026"), PartialDate::month(2026, 5).unwrap());
        assert_eq!(p("Sept 2025"), PartialDate::month(2025, 9).unwrap());
        assert_eq!(
            p("January 12, 2026"),
            PartialDate::day(2026, 1, 12).unwrap()
        );
        assert_eq!(p("12 Jan 2026"), PartialDate::day(2026, 1, 12).unwrap());
        assert_eq!(p("2026/1/12"), PartialDate::day(2026, 1, 12).unwrap());
    }

    #[test]
    fn chinese_spellings() {
        assert_eq!(p("2025年5月20日"), PartialDate::day(2025, 5, 20).unwrap());
        assert_eq!(p("2026年5月"), PartialDate::month(2026, 5).unwrap());
        assert_eq!(p("2026年"), PartialDate::year_only(2026).unwrap());
        assert_eq!(p("2026年下半年"), PartialDate::half(2026, 2).unwrap());
        assert_eq!(p("2026年第三季度"), PartialDate::quarter(2026, 3).unwrap());
        assert_eq!(
            p("2026年十二月三十一日"),
            PartialDate::day(2026, 12, 31).unwrap()
        );
    }

    #[test]
    fn impossible_dates_are_errors_naming_the_problem() {
        for (bad, why) in [
            ("Q5 2026", "quarter"),
            ("2026-13", "month"),
            ("2025-02-29", "no such day"),
            ("H3 2026", "half"),
            ("mid-2026", "vague"),
            ("mid 2026", "vague"),
            ("next year", "recognised"),
            ("1850", "year"),
            ("", "empty"),
        ] {
            let e = bad.parse::<PartialDate>().unwrap_err();
            assert!(e.to_string().contains(why), "{bad:?} → {e}");
        }
    }

    #[test]
    fn ordering_is_by_start_then_precision() {
        let mut v = [p("2026"), p("2026-01-05"), p("2025-H2"), p("2026-Q1")];
        v.sort();
        let shown: Vec<String> = v.iter().map(ToString::to_string).collect();
        // Q1 and the year both start on 1 January; the finer one sorts first.
        assert_eq!(shown, ["2025-H2", "2026-Q1", "2026", "2026-01-05"]);
    }

    #[test]
    fn serde_uses_canonical_text() {
        let json = serde_json::to_string(&p("2H26")).unwrap();
        assert_eq!(json, "\"2026-H2\"");
        let back: PartialDate = serde_json::from_str("\"Q4 2025\"").unwrap();
        assert_eq!(back, PartialDate::quarter(2025, 4).unwrap());
    }
}
