//! Pipe tables whose header row names what each column holds ("| 许可方 | 被许可方 | 首付款 |
//! 里程碑上限 | 总额 |", "| Licensor | Licensee | Upfront | Milestones | Total |", or a slide's
//! "Partner | Upfront | Milestones | Total" without outer bars): an amount in a row takes the
//! role its column's header names when its own cell says nothing.

use dealscope_core::Span;

use crate::roles::{self, Role};

/// For each span (sorted), the role named by the header of the table column it sits in.
pub fn column_roles(text: &str, spans: &[Span]) -> Vec<Option<Role>> {
    let mut out = vec![None; spans.len()];
    // (Byte searches: a `char` pattern would decode the whole text.)
    if memchr::memchr(b'|', text.as_bytes()).is_none()
        && memchr::memmem::find(text.as_bytes(), "｜".as_bytes()).is_none()
    {
        return out;
    }
    // "| a | b |" or, as slides and plain-text exports write it, "a | b | c".
    let is_row = |line: &str| {
        // (Most lines hold no bar: one fast search settles them.)
        if !line.contains('|') && !line.contains('｜') {
            return false;
        }
        let bars = line.bytes().filter(|&b| b == b'|').count() + line.matches('｜').count();
        bars >= 2 || line.trim_start().starts_with(['|', '｜'])
    };
    let separator = |line: &str| {
        line.chars()
            .all(|c| matches!(c, '|' | '｜' | '-' | ':' | ' ' | '\t' | '—' | '\r'))
    };
    let mut header: Option<Vec<Option<Role>>> = None;
    // Only lines holding a bar can be rows: the lines between are stepped over in one search
    // (each kind of bar's next position is kept until it is passed).
    let mut ascii_bar = memchr::memchr(b'|', text.as_bytes());
    let mut wide_bar = memchr::memmem::find(text.as_bytes(), "｜".as_bytes());
    let mut at = 0;
    while at < text.len() {
        if ascii_bar.is_some_and(|b| b < at) {
            ascii_bar = memchr::memchr(b'|', &text.as_bytes()[at..]).map(|p| at + p);
        }
        if wide_bar.is_some_and(|b| b < at) {
            wide_bar =
                memchr::memmem::find(&text.as_bytes()[at..], "｜".as_bytes()).map(|p| at + p);
        }
        let Some(bar) = ascii_bar.into_iter().chain(wide_bar).min() else {
            break;
        };
        let start = text[at..bar].rfind('\n').map_or(at, |p| at + p + 1);
        if start > at {
            // Lines without a bar end a table.
            header = None;
        }
        at = text[bar..].find('\n').map_or(text.len(), |p| bar + p + 1);
        let line = &text[start..at];
        if !is_row(line) {
            header = None;
            continue;
        }
        if separator(line) {
            continue;
        }
        let Some(columns) = &header else {
            // The first row of a table is its header, unless it holds amounts itself ("BUY |
            // Target price: HK$19.50 | …" over "Market cap: HK$7.8bn | …" in a note's
            // masthead).
            let holds_amount = {
                let from = spans.partition_point(|s| s.start < start);
                spans.get(from).is_some_and(|s| s.end <= at)
            };
            if !holds_amount {
                // "| 赛道 | 交易数 | 首付款合计 | …": rows that each count deals hold sums over
                // them, whatever their columns are called.
                let counts_deals = cells(line).any(|(_, c)| {
                    let c = c.trim().to_lowercase();
                    [
                        "交易数",
                        "交易數",
                        "交易数量",
                        "交易數量",
                        "笔数",
                        "筆數",
                        "deals",
                        "no. of deals",
                        "number of deals",
                        "# deals",
                        "deal count",
                    ]
                    .contains(&c.as_str())
                });
                header = Some(
                    cells(line)
                        .map(|(_, c)| {
                            if counts_deals {
                                Some(Role::Other)
                            } else {
                                roles::label_role(c)
                            }
                        })
                        .collect(),
                );
            }
            continue;
        };
        for (column, (offset, cell)) in cells(line).enumerate() {
            let Some(role) = columns.get(column).copied().flatten() else {
                continue;
            };
            let cell_span = Span {
                start: start + offset,
                end: start + offset + cell.len(),
            };
            for (k, s) in spans.iter().enumerate() {
                if cell_span.start <= s.start && s.end <= cell_span.end {
                    out[k] = Some(role);
                }
            }
        }
    }
    out
}

/// For each span (sorted), the role named by the label in the first cell of its row, in a
/// table whose rows name the terms ("Upfront payment      US$35 million      US$60 million",
/// "| Aggregate milestones | up to US$900 million | up to US$1,000 million |").
pub fn row_roles(text: &str, spans: &[Span]) -> Vec<Option<Role>> {
    let mut out = vec![None; spans.len()];
    let mut k = 0;
    while k < spans.len() {
        let line_start = text[..spans[k].start].rfind('\n').map_or(0, |p| p + 1);
        let line_end = text[spans[k].start..]
            .find('\n')
            .map_or(text.len(), |p| spans[k].start + p);
        let first = k;
        while k < spans.len() && spans[k].start < line_end {
            k += 1;
        }
        let line = &text[line_start..line_end];
        let piped = line.contains('|') || line.contains('｜');
        if !piped && !crate::units::is_spaced(line) {
            continue;
        }
        let cells: Vec<(usize, &str)> = if piped {
            cells(line).collect()
        } else {
            crate::units::column_cells_all(line)
        };
        let Some(&(at, label)) = cells.first() else {
            continue;
        };
        // The label holds no amount and is short; the row has cells after it.
        let label_end = line_start + at + label.len();
        let short = label.split_whitespace().count() <= 8 && label.chars().count() <= 60;
        if cells.len() < 2 || !short || spans[first..k].iter().any(|s| s.start < label_end) {
            continue;
        }
        // "Headline value | 135.7 | 145.0" under "| 2025A | 2026E |": a series over years
        // (a market's, a company's) names no deal's term.
        if under_year_columns(text, line_start) {
            continue;
        }
        // "Total potential payments (2)": a footnote mark is no word.
        let role = roles::label_role(label).filter(|r| *r != Role::Other);
        for slot in &mut out[first..k] {
            *slot = role;
        }
    }
    out
}

/// Whether the table row starting at `line_start` sits under a header of years ("| 2025A |
/// 2026E (old) |", "FY2024   FY2025"): the lines above it up to a blank line, at most six.
fn under_year_columns(text: &str, line_start: usize) -> bool {
    let year = |w: &str| {
        let w = w
            .trim_start_matches("FY")
            .trim_end_matches(['A', 'E', 'F', 'e', 'a']);
        w.len() == 4 && w.starts_with("20") && w.bytes().all(|b| b.is_ascii_digit())
    };
    text[..line_start]
        .lines()
        .rev()
        .take(6)
        .take_while(|l| !l.trim().is_empty())
        .any(|l| {
            // (A header: every number on it a year, not a row of data.)
            let words = || l.split(|c: char| c == '|' || c.is_whitespace());
            words().filter(|w| year(w)).count() >= 2
                && words().all(|w| year(w) || !w.starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// The marker a table's footnote opens with: "(1)", "[2]" (not "1)", which numbers a list).
pub(crate) fn footnote_marker(line: &str) -> Option<&str> {
    let line = line.trim_start();
    let close = match line.as_bytes().first()? {
        b'(' => b')',
        b'[' => b']',
        _ => return None,
    };
    let digits = line[1..].bytes().take_while(u8::is_ascii_digit).count();
    ((1..=2).contains(&digits) && line.as_bytes().get(1 + digits) == Some(&close))
        .then(|| &line[..digits + 2])
}

/// The cells of a table row with their byte offsets in the line: the text between bars, and
/// before the first or after the last bar when the row is written without outer bars.
pub(crate) fn cells(line: &str) -> impl Iterator<Item = (usize, &str)> {
    let body = line.trim_end_matches(['\n', '\r']);
    let mut bounds = vec![0];
    let mut ends = Vec::new();
    for (p, c) in body.char_indices().filter(|(_, c)| matches!(c, '|' | '｜')) {
        ends.push(p);
        bounds.push(p + c.len_utf8());
    }
    ends.push(body.len());
    let last = bounds.len() - 1;
    bounds
        .into_iter()
        .zip(ends)
        .enumerate()
        // Outer bars leave empty cells at either end: they are no columns.
        .filter(move |&(k, (a, b))| !((k == 0 || k == last) && body[a..b].trim().is_empty()))
        .map(move |(_, (a, b))| (a, &body[a..b]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `read` says of the first place of each needle in `text`.
    fn read_at(
        read: fn(&str, &[Span]) -> Vec<Option<Role>>,
        text: &str,
        needles: &[&str],
    ) -> Vec<Option<&'static str>> {
        let spans: Vec<Span> = needles
            .iter()
            .map(|n| {
                let p = text.find(n).unwrap();
                Span {
                    start: p,
                    end: p + n.len(),
                }
            })
            .collect();
        read(text, &spans)
            .into_iter()
            .map(|r| r.map(|r| r.as_str()))
            .collect()
    }

    fn roles_of(text: &str, needles: &[&str]) -> Vec<Option<&'static str>> {
        read_at(column_roles, text, needles)
    }

    #[test]
    fn a_row_under_years_names_no_term() {
        let series = "Figure 2: deal value (US$bn)\n\n                  | 2025A | 2026E\nHeadline value    | 131.2 | 150.0\nUpfront payments  | 6.8   | 8.1\n";
        let deals = "Licensor | Licensee | Signed\nQiantang | Ostrava | 2025\nUpfront payment   | $40M | up to $1.1B\n";
        let read = |text: &str, needles: &[&str]| read_at(row_roles, text, needles);
        assert_eq!(read(series, &["131.2", "6.8"]), [None, None]);
        assert_eq!(read(deals, &["$40M"]), [Some("upfront")]);
    }

    #[test]
    fn a_header_names_its_column() {
        let zh = "| 许可方 | 被许可方 | 首付款 | 里程碑上限 | 总额 |\n|---|---|---|---|---|\n| 岚峰生物 | 哈罗盖特 | 1亿美元 | 19.2亿美元 | 20.2亿美元 |\n";
        assert_eq!(
            roles_of(zh, &["1亿美元", "19.2亿美元", "20.2亿美元"]),
            [Some("upfront"), Some("milestone"), Some("total")]
        );
        let en = "| Licensor | Licensee | Upfront | Milestones | Headline value |\n| Qiyue | Dunmore | $40M | $1.1B | $1.14B |\n\nRevenue was $5M.";
        assert_eq!(
            roles_of(en, &["$40M", "$1.1B", "$1.14B", "$5M"]),
            [Some("upfront"), Some("milestone"), Some("total"), None]
        );
        let slide = "Partner | Asset | Upfront | Milestones | Total\nBrisland Bio (US) | SX-101 | US$40M | up to US$1.06B | US$1.1B\n";
        assert_eq!(
            roles_of(slide, &["US$40M", "US$1.06B", "US$1.1B"]),
            [Some("upfront"), Some("milestone"), Some("total")]
        );
        // Rows that count deals hold sums over them.
        let sectors = "| 领域 | 交易数 | 首付款合计（亿美元） | 总额合计（亿美元） |\n|---|---|---|---|\n| 自免 | 5 | 3.20 | 41.50 |\n";
        assert_eq!(
            roles_of(sectors, &["3.20", "41.50"]),
            [Some("other"), Some("other")]
        );
        // A first row holding amounts is no header: a research note's masthead.
        let masthead = "BUY | Target price: HK$31.00 | Last close: HK$27.40\nMarket value: HK$12.6bn | Free float: 64% | 52-week range: HK$18.20-33.75\n";
        assert_eq!(
            roles_of(masthead, &["HK$31.00", "HK$27.40", "HK$12.6bn", "HK$18.20"]),
            [None, None, None, None]
        );
    }

    #[test]
    fn a_row_label_names_its_amounts() {
        let rows = "Term                     Before              As amended\nUpfront payment          US$35 million       US$60 million (1)\nSales milestones         up to US$650 million  up to US$820 million\nTotal potential payments  up to US$935 million  up to US$1,060 million\n\nThe Company has  received US$5 million.";
        assert_eq!(
            read_at(
                row_roles,
                rows,
                &[
                    "US$35 million",
                    "US$60 million",
                    "US$650 million",
                    "US$820 million",
                    "US$935 million",
                    "US$1,060 million",
                    "US$5 million",
                ]
            ),
            [
                Some("upfront"),
                Some("upfront"),
                Some("milestone"),
                Some("milestone"),
                Some("total"),
                Some("total"),
                None
            ]
        );
    }
}
