//! Pipe tables whose header row names what each column holds ("| 许可方 | 被许可方 | 首付款 |
//! 里程碑上限 | 总额 |", "| Licensor | Licensee | Upfront | Milestones | Total |", or a slide's
//! "Partner | Upfront | Milestones | Total" without outer bars): an amount in a row takes the
//! role its column's header names when its own cell says nothing.

use dealscope_core::Span;

use crate::roles::{self, Role};

/// For each span (sorted), the role named by the header of the table column it sits in.
pub fn column_roles(text: &str, spans: &[Span]) -> Vec<Option<Role>> {
    let mut out = vec![None; spans.len()];
    if !text.contains(['|', '｜']) {
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
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        if !is_row(line) {
            header = None;
            continue;
        }
        if separator(line) {
            continue;
        }
        let Some(columns) = &header else {
            // The first row of a table is its header.
            header = Some(cells(line).map(|(_, c)| roles::label_role(c)).collect());
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

    fn roles_of(text: &str, needles: &[&str]) -> Vec<Option<&'static str>> {
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
        column_roles(text, &spans)
            .into_iter()
            .map(|r| r.map(|r| r.as_str()))
            .collect()
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
    }
}
