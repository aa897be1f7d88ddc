//! Catalysts in text: an asset, an event to come (a readout, a filing, an approval decision,
//! a launch, a trial start) and when it is expected, with the precision the text gives —
//! "topline data expected in the second half of 2026", "预计2026年下半年读出III期数据".
//!
//! A sentence yields a catalyst only when it names an asset, an event, an expectation
//! ("expected", "plans", "will", "预计", "有望" …) and a date; past events ("reported data
//! in 2025") are not catalysts.

use dealscope_core::{CatalystKind, PartialDate, Span};

use crate::gazetteer::Gazetteer;
use crate::text::sentences;

/// A catalyst read from a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtractedCatalyst {
    /// The asset as written.
    pub asset: String,
    /// Where the asset is named.
    pub asset_span: Span,
    /// What is expected.
    pub kind: CatalystKind,
    /// When, as precisely as the text says.
    pub expected: PartialDate,
    /// Where the date is written.
    pub date_span: Span,
    /// The sentence.
    pub sentence: Span,
}

/// Event cues, checked in order (a filing cue before a launch cue: 上市申请 is a filing).
const KINDS: &[(CatalystKind, &[&str])] = &[
    (
        CatalystKind::Filing,
        &[
            "filing",
            "submission",
            "submit",
            "file a",
            "nda",
            "bla",
            "marketing application",
            "上市申请",
            "申报",
            "递交",
        ],
    ),
    (
        CatalystKind::ApprovalDecision,
        &[
            "pdufa",
            "approval decision",
            "regulatory decision",
            "approval",
            "approve",
            "获批",
            "批准",
        ],
    ),
    (
        CatalystKind::Readout,
        &[
            "topline", "top-line", "readout", "read out", "read-out", "data", "results", "读出",
            "数据",
        ],
    ),
    (
        CatalystKind::Launch,
        &["launch", "commercial availability", "上市"],
    ),
    (
        CatalystKind::TrialStart,
        &[
            "first patient",
            "initiate",
            "initiation",
            "start a",
            "begin",
            "启动",
            "首例",
        ],
    ),
];

const EXPECT: &[&str] = &[
    "expect",
    "anticipat",
    "plan",
    "will ",
    "guid",
    "on track",
    "scheduled",
    "should ",
    "slated",
    "within the year",
    "later this year",
    "预计",
    "有望",
    "计划",
    "将于",
    "将在",
    "将",
];

/// Catalysts in `text`. `today` places relative dates ("within the year", "年内"); without
/// it they are skipped.
pub fn find(
    text: &str,
    gazetteer: &Gazetteer,
    today: Option<PartialDate>,
) -> Vec<ExtractedCatalyst> {
    let mut out = Vec::new();
    for s in sentences(text) {
        let sentence = &text[s.start..s.end];
        let lower = sentence.to_lowercase();
        if lower.len() != sentence.len() {
            continue; // lower-casing changed byte offsets; such text is not worth the risk
        }
        if !EXPECT.iter().any(|c| lower.contains(c)) {
            continue;
        }
        let Some(kind) = KINDS
            .iter()
            .find(|(_, cues)| cues.iter().any(|c| lower.contains(c)))
            .map(|(k, _)| k.clone())
        else {
            continue;
        };
        // The report's own date (a dateline inside the sentence) is not what is expected.
        let Some((expected, date)) = dates(&lower, today)
            .into_iter()
            .find(|(d, _)| Some(*d) != today)
        else {
            continue;
        };
        let Some(asset) = gazetteer.assets(sentence).into_iter().next() else {
            continue;
        };
        out.push(ExtractedCatalyst {
            asset: asset.written,
            asset_span: Span {
                start: s.start + asset.span.start,
                end: s.start + asset.span.end,
            },
            kind,
            expected,
            date_span: Span {
                start: s.start + date.start,
                end: s.start + date.end,
            },
            sentence: s,
        });
    }
    out
}

fn year_at(text: &str, at: usize) -> Option<i32> {
    let digits = text.get(at..at + 4)?;
    let y: i32 = digits.parse().ok()?;
    let before_ok = at == 0 || !text.as_bytes()[at - 1].is_ascii_digit();
    let after_ok = text
        .as_bytes()
        .get(at + 4)
        .is_none_or(|b| !b.is_ascii_digit());
    ((2000..=2099).contains(&y) && before_ok && after_ok).then_some(y)
}

/// Date expressions in lower-cased text, most precise first, with their spans.
pub fn dates(text: &str, today: Option<PartialDate>) -> Vec<(PartialDate, Span)> {
    let mut found: Vec<(PartialDate, Span)> = Vec::new();
    let span = |start: usize, end: usize| Span { start, end };
    // Every four-digit year, and what is written around it.
    for (at, _) in text.match_indices("20") {
        let Some(year) = year_at(text, at) else {
            continue;
        };
        let before = &text[..at];
        let after = &text[at + 4..];
        let halves = [
            ("first half of ", 1),
            ("second half of ", 2),
            ("1h ", 1),
            ("2h ", 2),
            ("h1 ", 1),
            ("h2 ", 2),
            ("early ", 1),
            ("late ", 2),
            ("early-", 1),
            ("late-", 2),
        ];
        if let Some((w, h)) = halves.iter().find(|(w, _)| before.ends_with(w)) {
            found.push((
                PartialDate::half(year, *h).expect("1 or 2"),
                span(at - w.len(), at + 4),
            ));
            continue;
        }
        let quarters = [
            ("q1 ", 1),
            ("q2 ", 2),
            ("q3 ", 3),
            ("q4 ", 4),
            ("first quarter of ", 1),
            ("second quarter of ", 2),
            ("third quarter of ", 3),
            ("fourth quarter of ", 4),
            ("end of ", 4),
            ("year-end ", 4),
        ];
        if let Some((w, q)) = quarters.iter().find(|(w, _)| before.ends_with(w)) {
            found.push((
                PartialDate::quarter(year, *q).expect("1-4"),
                span(at - w.len(), at + 4),
            ));
            continue;
        }
        // "September 15, 2026".
        if let Some((m, d, start)) = month_day_before(before) {
            if let Ok(date) = PartialDate::day(year, m, d) {
                found.push((date, span(start, at + 4)));
                continue;
            }
        }
        if let Some(m) = dealscope_core::date::MONTH_NAMES
            .iter()
            .position(|m| before.ends_with(&format!("{m} ")))
        {
            let name_len = dealscope_core::date::MONTH_NAMES[m].len() + 1;
            found.push((
                PartialDate::month(year, m as u32 + 1).expect("1-12"),
                span(at - name_len, at + 4),
            ));
            continue;
        }
        // Chinese: 2026年下半年, 2026年第三季度, 2026年底, 2026年9月, 2026年.
        if let Some(rest) = after.strip_prefix('年') {
            let end = at + 4 + '年'.len_utf8();
            let zh_half = [("上半年", 1), ("下半年", 2)];
            if let Some((w, h)) = zh_half.iter().find(|(w, _)| rest.starts_with(w)) {
                found.push((
                    PartialDate::half(year, *h).expect("1 or 2"),
                    span(at, end + w.len()),
                ));
                continue;
            }
            let zh_quarter = [
                ("第一季度", 1),
                ("第二季度", 2),
                ("第三季度", 3),
                ("第四季度", 4),
                ("一季度", 1),
                ("二季度", 2),
                ("三季度", 3),
                ("四季度", 4),
                ("年底", 4),
                ("底", 4),
                ("末", 4),
            ];
            if let Some((w, q)) = zh_quarter.iter().find(|(w, _)| rest.starts_with(w)) {
                found.push((
                    PartialDate::quarter(year, *q).expect("1-4"),
                    span(at, end + w.len()),
                ));
                continue;
            }
            let month: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if let Ok(m) = month.parse::<u32>() {
                if rest[month.len()..].starts_with('月') && (1..=12).contains(&m) {
                    let e = end + month.len() + '月'.len_utf8();
                    let after_month = &text[e..];
                    let day: String = after_month
                        .chars()
                        .take_while(char::is_ascii_digit)
                        .collect();
                    if let Some(d) = day
                        .parse::<u32>()
                        .ok()
                        .filter(|_| after_month[day.len()..].starts_with('日'))
                        .and_then(|d| PartialDate::day(year, m, d).ok())
                    {
                        found.push((d, span(at, e + day.len() + '日'.len_utf8())));
                        continue;
                    }
                    found.push((PartialDate::month(year, m).expect("1-12"), span(at, e)));
                    continue;
                }
            }
            found.push((PartialDate::year_only(year).expect("a year"), span(at, end)));
            continue;
        }
        // "mid-2026" says no more than the year; so does a bare year.
        found.push((
            PartialDate::year_only(year).expect("a year"),
            span(at, at + 4),
        ));
    }
    // 2H26, H2'26, 1H 26.
    for (at, m) in text.match_indices('h') {
        let b = text.as_bytes();
        let half = if at > 0
            && (b[at - 1] == b'1' || b[at - 1] == b'2')
            && (at < 2 || !b[at - 2].is_ascii_alphanumeric())
        {
            Some(((b[at - 1] - b'0') as u32, at - 1))
        } else if matches!(b.get(at + 1), Some(b'1' | b'2'))
            && (at == 0 || !b[at - 1].is_ascii_alphanumeric())
        {
            Some(((b[at + 1] - b'0') as u32, at))
        } else {
            None
        };
        let Some((h, start)) = half else { continue };
        let digits_at = if start == at { at + 2 } else { at + m.len() };
        let rest = &text[digits_at..];
        let rest_trim = rest.trim_start_matches([' ', '\'']);
        let skipped = rest.len() - rest_trim.len();
        let yy: String = rest_trim.chars().take_while(char::is_ascii_digit).collect();
        if yy.len() == 2 && !found.iter().any(|(_, s)| s.start <= start && start < s.end) {
            let year = 2000 + yy.parse::<i32>().unwrap_or(0);
            found.push((
                PartialDate::half(year, h).expect("1 or 2"),
                span(start, digits_at + skipped + 2),
            ));
        }
    }
    // Relative: within the year, later this year, 年内, 今年.
    if let Some(t) = today {
        for cue in [
            "within the year",
            "later this year",
            "this year",
            "年内",
            "今年",
        ] {
            if let Some(at) = text.find(cue) {
                found.push((
                    PartialDate::year_only(t.year()).expect("a year"),
                    span(at, at + cue.len()),
                ));
                break;
            }
        }
    }
    found.sort_by_key(|(d, s)| (d.precision(), s.start));
    found
}

/// `"… september 15, "` → (9, 15, byte where the month name starts).
fn month_day_before(before: &str) -> Option<(u32, u32, usize)> {
    let trimmed = before
        .strip_suffix(", ")
        .or_else(|| before.strip_suffix(' '))?;
    let digits: String = trimmed
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let day: u32 = digits.chars().rev().collect::<String>().parse().ok()?;
    let name_end = trimmed.len() - digits.len();
    let head = trimmed[..name_end].strip_suffix(' ')?;
    let m = dealscope_core::date::MONTH_NAMES
        .iter()
        .position(|m| head.ends_with(m))?;
    let start = head.len() - dealscope_core::date::MONTH_NAMES[m].len();
    Some((m as u32 + 1, day, start))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use dealscope_core::{Asset, AssetId};

    /// An alias table with one asset: ivonescimab (AK112, SMT112, 依沃西单抗).
    pub(crate) fn gazetteer() -> Gazetteer {
        let mut a = Asset {
            id: AssetId::new("ivonescimab").unwrap(),
            code: Some("AK112".into()),
            inn: Some("ivonescimab".into()),
            aliases: vec!["SMT112".into()],
            originator: None,
            modality: None,
            targets: vec![],
            therapeutic_areas: vec![],
            phase: None,
            source_url: None,
        };
        a.aliases.push("依沃西单抗".into());
        Gazetteer::new(&[], &[a])
    }

    fn one(text: &str) -> ExtractedCatalyst {
        let today = Some(PartialDate::day(2026, 2, 15).unwrap());
        let found = find(text, &gazetteer(), today);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn english_forms_with_their_precision() {
        let c = one("Summit expects topline data for ivonescimab in the second half of 2026.");
        assert_eq!(c.kind, CatalystKind::Readout);
        assert_eq!(c.expected.to_string(), "2026-H2");
        assert_eq!(c.asset, "ivonescimab");
        let text = "A BLA submission for AK112 is planned for Q3 2027.";
        let c = one(text);
        assert_eq!(
            (c.kind.clone(), c.expected.to_string()),
            (CatalystKind::Filing, "2027-Q3".into())
        );
        assert_eq!(&text[c.date_span.start..c.date_span.end], "Q3 2027");
        assert_eq!(
            one("Phase 3 results for SMT112 are anticipated 2H26.")
                .expected
                .to_string(),
            "2026-H2"
        );
        assert_eq!(
            one("Key data for AK112 are expected to be read out within the year.")
                .expected
                .to_string(),
            "2026"
        );
        assert_eq!(
            one("The company plans to launch AK112 in September 2027.")
                .expected
                .to_string(),
            "2027-09"
        );
        assert_eq!(
            one("AK112 data are expected mid-2026.")
                .expected
                .to_string(),
            "2026"
        );
        assert_eq!(
            one("The FDA set a PDUFA date of September 15, 2026 for AK112, the company expects.")
                .expected
                .to_string(),
            "2026-09-15"
        );
    }

    #[test]
    fn chinese_forms() {
        let text = "公司预计2026年下半年读出依沃西单抗的III期数据。";
        let c = one(text);
        assert_eq!(
            (c.kind.clone(), c.expected.to_string()),
            (CatalystKind::Readout, "2026-H2".into())
        );
        assert_eq!(&text[c.date_span.start..c.date_span.end], "2026年下半年");
        assert_eq!(
            one("AK112有望于2027年第一季度获批上市。").kind,
            CatalystKind::ApprovalDecision
        );
        assert_eq!(
            one("AK112有望于2027年第一季度获批上市。")
                .expected
                .to_string(),
            "2027-Q1"
        );
        assert_eq!(
            one("公司计划于2026年9月递交AK112的上市申请。")
                .expected
                .to_string(),
            "2026-09"
        );
        // The dateline (the report's own date, 2026-02-15) is not the expected date.
        assert_eq!(
            one("2026年2月15日，公司预计2026年下半年读出AK112的数据。")
                .expected
                .to_string(),
            "2026-H2"
        );
    }

    #[test]
    fn past_events_and_sentences_without_an_asset_or_date_are_not_catalysts() {
        let g = gazetteer();
        let today = Some(PartialDate::day(2026, 2, 15).unwrap());
        for text in [
            "Summit reported topline data for ivonescimab in 2025.",
            "Topline data are expected in the second half of 2026.",
            "Summit expects topline data for ivonescimab soon.",
        ] {
            assert!(find(text, &g, today).is_empty(), "{text}");
        }
    }
}
