//! Tables whose caption or header states a unit ("单位：万元　币种：人民币", "(in
//! thousands)", "Amounts … are in thousands of U.S. dollars", "RMB'000", "(US$ million)"):
//! their bare numbers are money in that unit, and an amount written in a cell without a
//! scale ("$38,150") is in that unit too.
//!
//! A caption opens a table that starts within a few lines; a unit in a table's own lines
//! (a header cell "金额（万元）", a column line "RMB'000   RMB'000") opens it too. The table
//! ends at the first line of prose. Rows are pipe rows ("| a | b |") or lines whose columns
//! are set apart by two or more spaces, as filings print them.

use std::sync::LazyLock;

use dealscope_core::rust_decimal::Decimal;
use dealscope_core::{Bound, Currency, Span};

use crate::money::Found;
use crate::roles::{self, Role};
use crate::tables;

/// The unit of a table's amounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Unit {
    /// Stated with the unit ("RMB'000", "币种：人民币"), if it was.
    currency: Option<Currency>,
    /// What one written unit is worth: 1,000 for "'000", 10,000 for 万元.
    scale: Decimal,
}

/// Words that may state a unit, all found in one pass: "单位："/"單位：" by their shared
/// 位, "thousand(s)", "'000", "million)", "millions".
static MAY_STATE: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    let words = [
        "位：",
        "位:",
        "thousand",
        "Thousand",
        "'000",
        "’000",
        "illion)",
        "illions",
        "$m)",
        "$M)",
        "$ M)",
        "$MM)",
        "$mn)",
        "$bn)",
        "$ m)",
        "€m)",
        "Bm)",
        "Dm)",
        "B m)",
        "D m)",
        "元）",
        "元)",
        "mn)",
        "bn)",
        "(in €",
        "(in EUR",
        "(in US$",
        "(in USD",
        "(in RMB",
        "(in HK$",
        "m, except",
        "n, except",
        // "(CHF m)", "(GBP m)", "(£m)", "(Unit: 100 million yen)".
        "F m)",
        "Fm)",
        "P m)",
        "Pm)",
        "£m)",
        "yen)",
    ];
    // Leftmost-first matching lets one vectorised pass look for all of them; the matches it
    // skips overlap one it reports, so they are on the same line.
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(words)
        .expect("plain words")
});

/// Where a unit may be stated, in text order (at least once on every line that may state
/// one; the callers read lines).
fn may_state(text: &str) -> Vec<usize> {
    MAY_STATE.find_iter(text).map(|m| m.start()).collect()
}

/// Whether the unit table holding the amount at `at` schedules a deal's payments
/// ("（二）付款安排（单位：万美元）", "Payments under the agreement (in thousands)") rather
/// than reporting what was booked ("收入", "revenue recognized"): its caption, and the lines
/// between the caption and the amount, say which.
pub(crate) fn schedules_payments(text: &str, at: usize) -> bool {
    let floor = |i: usize| crate::text::floor_boundary(text, i);
    let window_start = floor(at.saturating_sub(800));
    let Some(caption) = may_state(&text[window_start..at])
        .last()
        .map(|p| window_start + p)
    else {
        return false;
    };
    let from = text[..caption].rfind('\n').map_or(0, |p| p + 1);
    let to = text[..at].rfind('\n').map_or(at, |p| p + 1).max(from);
    let head = text[from..to].to_lowercase();
    let payments = ["付款", "支付", "对价", "對價", "payment", "consideration"]
        .iter()
        .any(|w| head.contains(w));
    let booked = [
        "收入", "确认", "確認", "revenue", "recogni", "income", "年度", "ended",
    ]
    .iter()
    .any(|w| head.contains(w));
    payments && !booked
}

/// How many lines after a caption its table may start (a blank line, a title).
const CAPTION_REACH: usize = 3;

/// A cell of a unit table.
struct Cell {
    /// The cell's text, trimmed.
    span: Span,
    unit: Unit,
    /// The role its column's header names, in a table printed with spaces (pipe tables are
    /// read by [`tables::column_roles`]).
    column: Option<Role>,
}

/// Adds the bare numbers of unit tables to `found` (kept in text order) and scales the
/// amounts in their cells that carry no scale of their own. Returns, for each amount of the
/// result, `None` outside such tables, else the role its column names, if any.
pub(crate) fn apply(text: &str, found: &mut Vec<Found>) -> Vec<Option<Option<Role>>> {
    // (The closing bracket first: it rules out almost every amount at once.)
    found.retain(|f| {
        !(text.as_bytes().get(f.span.end) == Some(&b')') && states_a_unit(text, f.span)
            || counts_in_units(&text[..f.span.start]))
    });
    let cells = unit_cells(text);
    if cells.is_empty() {
        return vec![None; found.len()];
    }
    let mut in_table: Vec<Option<Option<Role>>> = vec![None; found.len()];
    let mut added: Vec<(Found, Option<Role>)> = Vec::new();
    for cell in &cells {
        let cell_text = &text[cell.span.start..cell.span.end];
        // An amount already read in the cell ("$38,150"): scaled when it has no scale.
        let mut read = false;
        // (`found` is in text order: only the amounts from the cell's start are looked at.)
        let first = found.partition_point(|f| f.span.start < cell.span.start);
        for (f, flag) in found[first..]
            .iter_mut()
            .zip(in_table[first..].iter_mut())
            .take_while(|(f, _)| f.span.start < cell.span.end)
        {
            if f.span.end <= cell.span.end {
                read = true;
                let unscaled =
                    text[f.span.start..f.span.end].ends_with(|c: char| c.is_ascii_digit());
                if unscaled && cell.unit.currency.is_none_or(|c| c == f.currency) && flag.is_none()
                {
                    f.value *= cell.unit.scale;
                }
                *flag = Some(cell.column);
            }
        }
        if read {
            continue;
        }
        let Some((at, len, number, bound)) = cell_amount(cell_text) else {
            continue;
        };
        let span = Span {
            start: cell.span.start + at,
            end: cell.span.start + at + len,
        };
        // A unit without its currency takes the one the document wrote last before the table.
        let currency = cell.unit.currency.or_else(|| {
            let before = found.partition_point(|f| f.span.start < span.start);
            before.checked_sub(1).map(|k| found[k].currency)
        });
        let Some(currency) = currency else {
            continue;
        };
        added.push((
            Found {
                span,
                value: number * cell.unit.scale,
                currency,
                bound,
                per_share: false,
            },
            cell.column,
        ));
    }
    if added.is_empty() {
        return in_table;
    }
    let mut merged: Vec<(Found, Option<Option<Role>>)> = std::mem::take(found)
        .into_iter()
        .zip(in_table)
        .chain(added.into_iter().map(|(f, column)| (f, Some(column))))
        .collect();
    merged.sort_by_key(|(f, _)| f.span.start);
    let (all, flags) = merged.into_iter().unzip();
    *found = all;
    flags
}

/// The cells of every table stated in a unit, in text order. Only the lines around a
/// statement of a unit are read.
fn unit_cells(text: &str) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::new();
    // The text is read up to here.
    let mut done = 0;
    // A line found to state no unit: its other candidate words need no second look.
    let mut no_unit_to = 0;
    for m in may_state(text) {
        if m < done || m < no_unit_to {
            continue;
        }
        let line_start = text[..m].rfind('\n').map_or(0, |p| p + 1);
        let line_end = text[m..].find('\n').map_or(text.len(), |p| m + p);
        if unit_of(&text[line_start..line_end]).is_none() {
            no_unit_to = line_end;
            continue;
        }
        // Header lines right above a line of units ("Upfront", "payment" over "US$'000").
        let mut from = line_start;
        for _ in 0..4 {
            if from <= done.max(1) {
                break;
            }
            let prev_start = text[..from - 1].rfind('\n').map_or(0, |p| p + 1);
            let prev = text[prev_start..from - 1].trim_end_matches('\r');
            if !(is_spaced(prev) && is_column_header(prev)) {
                break;
            }
            from = prev_start;
        }
        done = read_block(text, from.max(done), &mut cells);
    }
    cells
}

/// Whether a line has two spaces (or a tab, or an ideographic space beside another space)
/// in a row somewhere, as columns need.
pub(crate) fn is_spaced(line: &str) -> bool {
    line.contains("  ")
        || line.contains('\t')
        // Chinese filings set columns apart with ideographic spaces ("首付款　　　2,150").
        || line.contains("\u{3000}\u{3000}")
        || line.contains("\u{3000} ")
        || line.contains(" \u{3000}")
}

/// Reads the table a unit statement at `from` opens (a caption, or a line of the table
/// itself) into `cells`; returns where the table ended.
fn read_block(text: &str, from: usize, cells: &mut Vec<Cell>) -> usize {
    let mut active: Option<Unit> = None;
    let mut pending: Option<(Unit, usize)> = None;
    let mut started = false;
    // The header lines of a table printed with spaces ("Upfront", "payment", "US$'000").
    let mut headers: Vec<&str> = Vec::new();
    // A pipe table whose header cells state their own units ("| 产品 | 首付款（亿美元） |"):
    // each column's unit; columns without one hold no money.
    let mut column_units: Vec<Option<Unit>> = Vec::new();
    // Columns a pipe header heads with a percentage ("本期比上年同期增减（%）", "Change (%)"):
    // their cells are rates, not amounts in the table's unit.
    let mut percent_columns: Vec<usize> = Vec::new();
    let mut at = from;
    for line in text[from..].split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            // A blank line neither opens nor closes a table.
            continue;
        }
        if started && active.is_none() && pending.is_none() {
            return start;
        }
        if !started && headers.len() > 6 {
            return start;
        }
        let stated = if MAY_STATE.is_match(body) {
            unit_of(body)
        } else {
            None
        };
        let pipe_row = body.contains('|') || body.contains('｜');
        let spaced = is_spaced(body);
        let column_row = !pipe_row && spaced && is_column_row(body);
        if !pipe_row && !column_row {
            if spaced && is_column_header(body) {
                // "                 Upfront        Maximum milestone": a header line.
                // ("(RMB bn)      Old    New": a header line stating the table's unit.)
                if let Some(unit) = stated {
                    active = Some(unit);
                    started = true;
                }
                headers.push(body);
                continue;
            }
            // "Cash, cash equivalents and" over "marketable securities     284,712": a row's
            // label wrapped onto a line of its own stays in the table.
            let next = text[at..].split('\n').next().unwrap_or("");
            let wrapped_label = active.is_some()
                && body.trim().len() <= 60
                && !body.trim_end().ends_with(['.', '。', ':', '：'])
                && is_spaced(next)
                && is_column_row(next);
            if wrapped_label {
                continue;
            }
            // Prose: it ends a table, and it may be a caption for the next one.
            active = None;
            headers.clear();
            pending = match stated {
                Some(unit) => Some((unit, CAPTION_REACH)),
                None => pending.and_then(|(unit, left)| (left > 1).then_some((unit, left - 1))),
            };
            started |= pending.is_some();
            continue;
        }
        // "每股基本虧損（人民幣元）   (0.27)   (0.74)": a row of figures whose label states its
        // own unit keeps that unit to itself; the rows after it stay in the table's.
        let own_unit = stated.filter(|_| {
            active.is_some()
                && (column_row && has_number(body) || pipe_row && has_pipe_number(body))
                && row_label_unit(body, pipe_row).is_some()
        });
        if own_unit.is_none() {
            match stated {
                Some(unit) => active = Some(unit),
                None if active.is_none() => active = pending.take().map(|(unit, _)| unit),
                None => {}
            }
        }
        let Some(unit) = own_unit.or(active) else {
            continue;
        };
        started = true;
        if column_row && stated.is_some() && !has_number(body) {
            // "                    US$'000        US$'000": a header line of units.
            headers.push(body);
            continue;
        }
        if pipe_row && stated.is_some() && !has_pipe_number(body) {
            column_units = tables::cells(body)
                .skip(1)
                .map(|(_, c)| zh_column_unit(c))
                .collect();
            if column_units.iter().all(Option::is_none) {
                column_units.clear();
            }
        }
        if pipe_row {
            let heads: Vec<usize> = tables::cells(body)
                .skip(1)
                .enumerate()
                .filter(|(_, (_, c))| {
                    c.contains(['%', '％']) && !c.bytes().any(|b| b.is_ascii_digit())
                })
                .map(|(k, _)| k)
                .collect();
            if !heads.is_empty() {
                percent_columns = heads;
            }
        }
        let row_cells: Vec<(usize, &str)> = if pipe_row {
            // The first column names the row.
            tables::cells(body).skip(1).collect()
        } else {
            column_cells(body)
        };
        // "Total  200,000": a sum over the rows is no deal's term.
        let total_row = !pipe_row && {
            let label = body.trim_start().to_ascii_lowercase();
            label.starts_with("total") || label.starts_with("合计") || label.starts_with("合計")
        };
        // What the row is about: a pipe row's first cell, else the whole line.
        let row_label = if pipe_row {
            tables::cells(body).next().map_or("", |(_, c)| c)
        } else {
            body
        };
        // "| 市盈率（倍） | 33 | 30 |", "P/E (x)", "Gross margin (%)": multiples and rates, no
        // money.
        let ratio_row = [
            "（倍）",
            "(倍)",
            "市盈率",
            "市净率",
            "市淨率",
            "P/E",
            "(x)",
            "(%)",
            "（%）",
        ]
        .iter()
        .any(|w| row_label.contains(w));
        if ratio_row {
            continue;
        }
        // "Loss per share (RMB) | (0.98) | (1.51)": a row of per-share amounts is not in the
        // table's scale.
        let per_share = {
            let label = row_label.to_ascii_lowercase();
            label.contains("per share") || label.contains("每股") || label.contains("per ads")
        };
        for (k, (offset, cell)) in row_cells.into_iter().enumerate() {
            if pipe_row && percent_columns.contains(&k) {
                continue;
            }
            let unit = if per_share {
                Unit {
                    currency: unit.currency,
                    scale: Decimal::ONE,
                }
            } else {
                unit
            };
            let unit = if pipe_row && !column_units.is_empty() {
                match column_units.get(k).copied().flatten() {
                    Some(unit) => unit,
                    None => continue,
                }
            } else {
                unit
            };
            let trimmed = cell.trim();
            let lead = cell.len() - cell.trim_start().len();
            let column = if pipe_row || total_row {
                None
            } else {
                column_role(&headers, body, offset, cell.len())
            };
            // "Value (RMB m)   Per share (HK$)": a header that states its own column's unit.
            let unit = if pipe_row {
                unit
            } else {
                spaced_column_unit(&headers, body, offset, cell.len()).unwrap_or(unit)
            };
            cells.push(Cell {
                span: Span {
                    start: start + offset + lead,
                    end: start + offset + lead + trimmed.len(),
                },
                unit,
                column,
            });
        }
    }
    text.len()
}

/// The role a header names for the column under `offset..offset + len` of `row`: the header
/// words that stand over it, read together ("Upfront" "payment" → upfront).
fn column_role(headers: &[&str], row: &str, offset: usize, len: usize) -> Option<Role> {
    let mut label = String::new();
    for words in header_words_over(headers, row, offset, len) {
        label.push_str(words);
        label.push(' ');
    }
    roles::label_role(&label).filter(|r| *r != Role::Other)
}

/// The unit the header words over a column state for it alone, in a table printed with
/// spaces: "Value (RMB m)" (a scale and a currency), "Per share (HK$)" (a currency, each
/// cell one unit of it).
fn spaced_column_unit(headers: &[&str], row: &str, offset: usize, len: usize) -> Option<Unit> {
    header_words_over(headers, row, offset, len).find_map(|words| {
        let lower = words.to_lowercase();
        let open = lower.find('(')?;
        let inner = lower[open + 1..].trim_end().strip_suffix(')')?.trim();
        if lower.contains("per share") || lower.contains("每股") {
            return bracket_currency(inner).map(|c| Unit {
                currency: Some(c),
                scale: Decimal::ONE,
            });
        }
        short_unit(&lower).map(|(c, scale)| Unit {
            currency: Some(c),
            scale: Decimal::from(scale),
        })
    })
}

/// The header cells that stand over `offset..offset + len` of `row` (columns counted in
/// characters), top header line first.
fn header_words_over<'h>(
    headers: &'h [&str],
    row: &str,
    offset: usize,
    len: usize,
) -> impl Iterator<Item = &'h str> {
    let from = row[..offset].chars().count();
    let to = from + row[offset..offset + len].chars().count();
    headers.iter().flat_map(move |header| {
        column_cells_all(header)
            .into_iter()
            .filter(move |(p, words)| {
                let a = header[..*p].chars().count();
                a < to && from < a + words.chars().count()
            })
            .map(|(_, words)| words)
    })
}

/// Whether a line is a header of a table printed with spaces: it opens with spaces or has
/// three columns, and no number but years.
fn is_column_header(line: &str) -> bool {
    (line.starts_with("    ")
        || line.starts_with("\u{3000}\u{3000}")
        || column_cells_all(line).len() >= 3)
        && !has_number(line)
        && !line.trim_end().ends_with(['.', '。'])
}

/// Whether a pipe row holds a number that is not a year.
fn has_pipe_number(line: &str) -> bool {
    tables::cells(line).any(|(_, c)| cell_amount(c).is_some())
}

/// Whether a line holds a number that is not a year.
fn has_number(line: &str) -> bool {
    column_cells_all(line)
        .iter()
        .any(|(_, c)| cell_amount(c).is_some())
}

/// A cell's amount: its byte offset and length in the cell, the number and its bound.
/// "170,000", "(681)" (a negative in a statement: the number is the amount), "30,000 (1)"
/// (a footnote mark), "more than 1,500,000", "约7,126.40".
fn cell_amount(cell: &str) -> Option<(usize, usize, Decimal, Bound)> {
    let mut rest = cell.trim();
    // "2025.07", "2024-12": a month in a date column, not an amount.
    if let Some((year, month)) = rest.split_once(['.', '-', '/']) {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if crate::text::is_year(year)
            && digits(month)
            && month.len() <= 2
            && (1..=12).contains(&month.parse::<u8>().unwrap_or(0))
        {
            return None;
        }
    }
    let mut bound = Bound::Exact;
    for (word, b) in [
        ("more than", Bound::AtLeast),
        ("over", Bound::AtLeast),
        ("up to", Bound::UpTo),
        ("approximately", Bound::About),
        ("~", Bound::About),
        ("approx.", Bound::About),
        ("about", Bound::About),
        // "累计不超过4,000": at most, summed over the payments of the row.
        ("累计不超过", Bound::UpTo),
        ("累計不超過", Bound::UpTo),
        ("不超过", Bound::UpTo),
        ("不超過", Bound::UpTo),
        ("最高", Bound::UpTo),
        ("超过", Bound::AtLeast),
        ("约", Bound::About),
        ("約", Bound::About),
    ] {
        if rest.len() >= word.len()
            && rest.is_char_boundary(word.len())
            && rest[..word.len()].eq_ignore_ascii_case(word)
        {
            rest = rest[word.len()..].trim_start();
            bound = b;
            break;
        }
    }
    // A footnote mark after the number: "30,000 (1)", "1,200 (a)", "975,000*", and a letter
    // glued to it: "1,250(a)".
    let rest = match rest.rfind('(') {
        Some(p)
            if p > 0 && {
                let mark = rest[p + 1..].trim_end_matches(')');
                let letters = mark.len() <= 3 && mark.bytes().all(|b| b.is_ascii_lowercase());
                let spaced = rest[..p].ends_with(' ');
                !mark.is_empty()
                    && (spaced && (letters || mark.bytes().all(|b| b.is_ascii_digit()))
                        || letters && rest[..p].ends_with(|c: char| c.is_ascii_digit()))
            } =>
        {
            rest[..p].trim_end()
        }
        _ => rest,
    };
    let rest = rest.trim_end_matches(['*', '†', '‡', '§']);
    // A note marked in full-width brackets: "1,500（注1）", "4,500（注1、注2）".
    let rest = match rest.rfind("（注") {
        Some(p) if p > 0 && rest.ends_with('）') => rest[..p].trim_end(),
        _ => rest,
    };
    // "$ 16,000" on a statement's first and total rows, "$ (96,312)": a sign printed apart
    // from the number.
    let rest = rest.strip_prefix('$').map_or(rest, str::trim_start);
    let inner = rest
        .strip_prefix(['(', '（'])
        .and_then(|c| c.strip_suffix([')', '）']))
        .unwrap_or(rest);
    let number = bare_number(inner)?;
    let at = inner.as_ptr() as usize - cell.as_ptr() as usize;
    Some((at, inner.len(), number, bound))
}

/// The unit a row's label states in brackets ("每股基本虧損（人民幣元）"): the first cell of
/// a pipe row, the text before the first figure of a row printed with spaces.
fn row_label_unit(body: &str, pipe_row: bool) -> Option<Unit> {
    let label = if pipe_row {
        tables::cells(body).next().map_or("", |(_, c)| c)
    } else {
        let end = column_cells(body).first().map_or(0, |&(p, _)| p);
        &body[..end]
    };
    zh_column_unit(label)
}

/// The unit a line states, if any.
fn unit_of(line: &str) -> Option<Unit> {
    chinese_unit(line)
        .or_else(|| english_unit(line))
        .or_else(|| tables::cells(line).find_map(|(_, c)| zh_column_unit(c)))
}

/// "首付款（亿美元）", "金额（万元）": a header cell whose bracket holds only a unit states
/// the unit of its own column.
fn zh_column_unit(cell: &str) -> Option<Unit> {
    let open = cell.find(['（', '('])?;
    let inner = cell[open..].trim_start_matches(['（', '(']);
    let inner = inner[..inner.find(['）', ')'])?].trim();
    if inner.chars().count() > 6
        || !inner.ends_with('元')
        || inner.contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let scale = zh_scale(inner)?;
    Some(Unit {
        currency: Some(crate::money::zh_currency_named(inner).unwrap_or(Currency::CNY)),
        scale: Decimal::from(scale),
    })
}

/// What one unit a Chinese statement of units names is worth: 百万 a million, 亿 …, 元 one.
fn zh_scale(stated: &str) -> Option<i64> {
    Some(if stated.contains("百万") || stated.contains("百萬") {
        1_000_000
    } else if stated.contains('亿') || stated.contains('億') {
        100_000_000
    } else if stated.contains('万') || stated.contains('萬') {
        10_000
    } else if stated.contains('千') {
        1_000
    } else if stated.contains('元') {
        1
    } else {
        return None;
    })
}

/// "单位：万元", "单位：人民币万元", "金额单位：元", "（单位：万美元）", with "币种：人民币".
fn chinese_unit(line: &str) -> Option<Unit> {
    let at = line.find("单位").or_else(|| line.find("單位"))?;
    let rest = line[at + "单位".len()..].trim_start_matches([':', '：', ' ', '\u{3000}']);
    let stated: String = rest
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(c, '）' | ')' | '，' | ',' | '；' | '。'))
        .take(8)
        .collect();
    let scale = zh_scale(&stated)?;
    // "币种：美元" elsewhere on the line names the currency when the unit does not.
    let currency = crate::money::zh_currency_named(&stated)
        .or_else(|| crate::money::zh_currency_named(line))
        .unwrap_or(Currency::CNY);
    Some(Unit {
        currency: Some(currency),
        scale: Decimal::from(scale),
    })
}

/// "(in thousands)", "in thousands of U.S. dollars", "RMB'000", "(US$ million)".
fn english_unit(line: &str) -> Option<Unit> {
    let lower = line.to_lowercase().replace('’', "'");
    let currency = english_currency(&lower);
    // "US$'000", "RMB'000", "HK$'000": a column line or a caption.
    if let Some(p) = lower.find("'000") {
        let marker = lower[..p].trim_end();
        // The marker is the last few characters before it.
        let from = marker.char_indices().rev().nth(3).map_or(0, |(k, _)| k);
        let currency = english_currency(&marker[from..]);
        return currency.map(|c| Unit {
            currency: Some(c),
            scale: Decimal::from(1_000),
        });
    }
    // "(US$m)", "(RMB mn)", "(€bn)": a column's unit, written short.
    if let Some((currency, scale)) = short_unit(&lower) {
        return Some(Unit {
            currency: Some(currency),
            scale: Decimal::from(scale),
        });
    }
    // "(Unit: 100 million yen)", "(Millions of yen)": a scale, then a currency.
    if let Some((currency, scale)) = scale_currency_bracket(&lower) {
        return Some(Unit {
            currency: Some(currency),
            scale: Decimal::from(scale),
        });
    }
    // "Key figures (in € million, unaudited)": a currency and a scale opening a bracket.
    if let Some((currency, scale)) = currency_scale_bracket(&lower) {
        return Some(Unit {
            currency: Some(currency),
            scale: Decimal::from(scale),
        });
    }
    let scale = if lower.contains("(in thousands")
        || lower.contains("in thousands of") && currency.is_some()
        || lower.contains("in thousands)")
        || unit_in_brackets(&lower, "thousand")
        || lower.contains("in thousands,")
    {
        1_000
    } else if lower.contains("(in millions")
        || lower.contains("in millions of") && currency.is_some()
        || currency.is_some() && unit_in_brackets(&lower, "million")
    {
        1_000_000
    } else {
        return None;
    };
    Some(Unit {
        currency,
        scale: Decimal::from(scale),
    })
}

/// "(US$m)", "(usd mn)", "(rmbm)", "(€bn)" in a lower-cased line: a bracket holding only a
/// currency and a short scale.
fn short_unit(lower: &str) -> Option<(Currency, i64)> {
    lower.match_indices('(').find_map(|(open, _)| {
        let inner = &lower[open + 1..];
        let inner = inner[..inner.find(')')?].trim();
        // ("(RMB m, except per-share)": what the unit leaves out follows a comma.)
        let inner = match inner.split_once(", except") {
            Some((unit, _)) => unit.trim_end(),
            None => inner,
        };
        let (marker, scale) = [
            ("mn", 1_000_000),
            ("mm", 1_000_000),
            ("m", 1_000_000),
            ("bn", 1_000_000_000),
        ]
        .iter()
        .find_map(|(s, v)| inner.strip_suffix(s).map(|m| (m.trim_end(), *v)))?;
        // (A bare "$" too: "(US$m)" is written "($m)".)
        let currency = if marker == "$" {
            Currency::USD
        } else {
            bracket_currency(marker)?
        };
        Some((currency, scale))
    })
}

/// "(in € million, unaudited)", "(in US$ thousands, except per share data)": a bracket
/// opening with a currency and a scale, and holding no number.
fn currency_scale_bracket(lower: &str) -> Option<(Currency, i64)> {
    lower.match_indices("(in ").find_map(|(open, _)| {
        let inner = &lower[open + 4..];
        let inner = &inner[..inner.find(')')?];
        if inner.contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let head = inner.split(',').next()?.trim();
        let (marker, scale) = [
            ("thousands", 1_000),
            ("thousand", 1_000),
            ("millions", 1_000_000),
            ("million", 1_000_000),
            ("billions", 1_000_000_000),
            ("billion", 1_000_000_000),
        ]
        .iter()
        .find_map(|(w, v)| head.strip_suffix(w).map(|m| (m.trim_end(), *v)))?;
        Some((bracket_currency(marker)?, scale))
    })
}

/// "(unit: 100 million yen)", "(millions of yen)", "(100 million yen)" in a lower-cased line:
/// a bracket holding a scale (a hundred of them, as Japanese tables count in 億, "oku"), then
/// a currency, and nothing else.
fn scale_currency_bracket(lower: &str) -> Option<(Currency, i64)> {
    lower.match_indices('(').find_map(|(open, _)| {
        let inner = &lower[open + 1..];
        scale_then_currency(&inner[..inner.find(')')?])
    })
}

/// The unit "unit: 100 million yen" or "millions of yen" states (lower-cased).
fn scale_then_currency(unit: &str) -> Option<(Currency, i64)> {
    let unit = unit.trim();
    let unit = ["unit:", "units:", "unit :"]
        .iter()
        .find_map(|p| unit.strip_prefix(p))
        .unwrap_or(unit)
        .trim_start();
    let (hundreds, rest) = match unit.strip_prefix("100 ") {
        Some(rest) => (100, rest),
        None => (1, unit),
    };
    let (scale, rest) = [
        ("thousands of ", 1_000),
        ("thousand ", 1_000),
        ("millions of ", 1_000_000),
        ("million ", 1_000_000),
        ("billions of ", 1_000_000_000),
        ("billion ", 1_000_000_000),
    ]
    .iter()
    .find_map(|(w, v)| rest.strip_prefix(w).map(|r| (*v, r.trim())))?;
    let currency = match rest {
        "dollars" | "us dollars" | "u.s. dollars" => Currency::USD,
        "euros" => Currency::EUR,
        "swiss francs" => Currency::CHF,
        other => bracket_currency(other)?,
    };
    Some((currency, hundreds * scale))
}

/// Whether an amount is the unit of a table stated in a bracket ("(Unit: 100 million yen)",
/// "\"(100 million yen)\" means …"), not an amount of money.
fn states_a_unit(text: &str, span: Span) -> bool {
    let Some(open) = text[..span.start].rfind('(') else {
        return false;
    };
    text[span.end..].starts_with(')')
        && span.start - open <= 8
        && scale_then_currency(&text[open + 1..span.end].to_lowercase()).is_some()
}

/// "amounts are shown in units of one hundred million yen": what follows is a unit.
fn counts_in_units(before: &str) -> bool {
    let before = before.trim_end();
    let ends = |w: &str| {
        before
            .len()
            .checked_sub(w.len())
            .and_then(|k| before.get(k..))
            .is_some_and(|tail| tail.eq_ignore_ascii_case(w))
    };
    ends("units of") || ends("unit of")
}

/// The currency a marker inside a unit bracket names ("us$", "rmb", "hk$", "€"), lower-cased.
fn bracket_currency(marker: &str) -> Option<Currency> {
    match marker {
        "us$" | "usd" => Some(Currency::USD),
        "rmb" | "cny" => Some(Currency::CNY),
        "hk$" | "hkd" => Some(Currency::HKD),
        "€" | "eur" => Some(Currency::EUR),
        "chf" => Some(Currency::CHF),
        "£" | "gbp" => Some(Currency::GBP),
        "jpy" | "yen" => Some(Currency::JPY),
        _ => None,
    }
}

/// "(US$ million)", "(RMB millions)": a bracket holding a unit and no number ("(approximately
/// US$40 million)" is an amount).
fn unit_in_brackets(lower: &str, unit: &str) -> bool {
    lower.match_indices(unit).any(|(p, _)| {
        let after = lower[p + unit.len()..].trim_start_matches('s');
        let Some(open) = lower[..p].rfind('(') else {
            return false;
        };
        after.starts_with(')') && !lower[open..p].contains(|c: char| c.is_ascii_digit())
    })
}

/// The currency an English unit names: "u.s. dollars", "us$", "rmb", "hk$" ….
fn english_currency(lower: &str) -> Option<Currency> {
    const NAMES: [(&str, Currency); 13] = [
        ("hk$", Currency::HKD),
        ("hkd", Currency::HKD),
        ("hong kong dollars", Currency::HKD),
        ("rmb", Currency::CNY),
        ("renminbi", Currency::CNY),
        ("cny", Currency::CNY),
        ("eur", Currency::EUR),
        ("€", Currency::EUR),
        ("yen", Currency::JPY),
        ("jpy", Currency::JPY),
        ("us$", Currency::USD),
        ("usd", Currency::USD),
        ("dollars", Currency::USD),
    ];
    NAMES
        .iter()
        .find(|(w, _)| lower.contains(w))
        .map(|(_, c)| *c)
        .or_else(|| lower.contains('$').then_some(Currency::USD))
}

/// Whether a line is a row of a table printed with spaces: columns set apart by two or more
/// spaces (or a tab), a short first column, and some column a number or a unit.
fn is_column_row(line: &str) -> bool {
    let cells = column_cells(line);
    !cells.is_empty()
        && line.trim().chars().count() <= 160
        && cells.iter().any(|(_, c)| {
            let c = c.trim();
            cell_amount(c).is_some()
                || matches!(c, "-" | "--" | "–" | "—")
                || is_placeholder(c)
                || c.contains("'000")
                || short_unit(&c.to_lowercase()).is_some()
        })
        // A sentence is no row ("n.a." closing a row is a cell).
        && (!line.trim_end().ends_with(['.', '。'])
            || cells.last().is_some_and(|(_, c)| is_placeholder(c.trim())))
}

/// A cell standing for an amount not given: "n.a.", "n.d." (not disclosed), "n.m.".
fn is_placeholder(cell: &str) -> bool {
    matches!(
        cell,
        "n.a." | "N.A." | "n.m." | "N.M." | "n.d." | "N.D." | "n/a" | "N/A" | "undisclosed"
    )
}

/// Every cell of a line printed with spaces, its first column too.
pub(crate) fn column_cells_all(line: &str) -> Vec<(usize, &str)> {
    let indented = format!("  {line}");
    column_cells(&indented)
        .into_iter()
        .map(|(p, c)| (p - 2, &line[p - 2..p - 2 + c.len()]))
        .collect()
}

/// The cells of a line printed with spaces after its first column (the row's name), with
/// their byte offsets; all of them when the line opens with spaces (a header of units).
fn column_cells(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut cell_start: Option<usize> = None;
    let mut gap = 0;
    let mut first = true;
    let indented = line.starts_with([' ', '\t', '\u{3000}']);
    for (p, c) in line.char_indices() {
        if c == ' ' || c == '\t' || c == '\u{3000}' {
            gap += if c == ' ' { 1 } else { 2 };
            continue;
        }
        if cell_start.is_none() || gap >= 2 {
            if let Some(s) = cell_start {
                // (Trimmed from the cell's own start: a cell may be all Unicode spaces.)
                let end = s + line[s..p].trim_end().len();
                if !first || indented {
                    out.push((s, &line[s..end]));
                }
                first = false;
            }
            cell_start = Some(p);
        }
        gap = 0;
    }
    if let Some(s) = cell_start {
        let end = s + line[s..].trim_end().len();
        if !first || indented {
            out.push((s, &line[s..end]));
        }
    }
    out
}

/// A cell that holds only a number ("7,126.40", "38150"), not a year ("2025"), a share
/// ("81.28%") or a dash; zero is no amount.
fn bare_number(cell: &str) -> Option<Decimal> {
    let grouped = cell.contains(',');
    let digits: String = cell.chars().filter(|c| *c != ',').collect();
    let (whole, fraction) = digits.split_once('.').unwrap_or((&digits, ""));
    let well_formed = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
        && (!digits.contains('.') || !fraction.is_empty())
        && (!grouped || groups_of_three(cell));
    if !well_formed {
        return None;
    }
    let year = !grouped && fraction.is_empty() && crate::text::is_year(whole);
    let value: Decimal = digits.parse().ok()?;
    (!year && !value.is_zero()).then_some(value)
}

/// "1,234,567.8": groups of three after the first.
fn groups_of_three(cell: &str) -> bool {
    let whole = cell.split('.').next().unwrap_or(cell);
    let mut groups = whole.split(',');
    let head = groups.next().unwrap_or("");
    (1..=3).contains(&head.len()) && groups.all(|g| g.len() == 3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money;

    fn read(text: &str) -> Vec<(String, String, String, bool)> {
        let mut found = money::find(text);
        let flags: Vec<bool> = apply(text, &mut found)
            .iter()
            .map(Option::is_some)
            .collect();
        found
            .iter()
            .zip(flags)
            .map(|(f, t)| {
                (
                    text[f.span.start..f.span.end].to_owned(),
                    f.value.normalize().to_string(),
                    f.currency.to_string(),
                    t,
                )
            })
            .collect()
    }

    /// The amounts `apply` read in unit tables: each cell's text and value.
    fn table_cells(text: &str) -> Vec<(String, String)> {
        read(text)
            .into_iter()
            .filter(|x| x.3)
            .map(|x| (x.0, x.1))
            .collect()
    }

    #[test]
    fn a_month_in_a_date_column_is_no_amount() {
        let text = "表5：代表性交易（单位：亿美元）\n\
            | 交易 | 公告时间 | 首付款 |\n\
            |---|---|---|\n\
            | 甲—乙 | 2025.07 | 5.00 |\n\
            | 丙—丁 | 2024-12 | 1.10 |\n";
        assert_eq!(
            table_cells(text),
            [
                ("5.00".into(), "500000000".into()),
                ("1.10".into(), "110000000".into())
            ]
        );
    }

    #[test]
    fn chinese_cells_with_a_cap_or_a_note_mark() {
        let text = "付款安排（单位：万欧元）\n\
            | 款项 | 金额 |\n\
            |---|---|\n\
            | 首付款 | 2,400（注1） |\n\
            | 注册里程碑 | 累计不超过5,000 |\n\
            | 销售里程碑 | 累計不超過12,000 |\n";
        assert_eq!(
            table_cells(text),
            [
                ("2,400".into(), "24000000".into()),
                ("5,000".into(), "50000000".into()),
                ("12,000".into(), "120000000".into()),
            ]
        );
    }

    #[test]
    fn units_stated_as_a_scale_then_a_currency() {
        // A Japanese disclosure counts in hundreds of millions of yen; the caption's own
        // "100 million yen" is the unit, no amount.
        let text = "Revised forecast (Unit: 100 million yen)\n\
            \x20                 Revenue    Operating profit\n\
            Previous (A)         1,862         240\n\
            Revised (B)          1,862         195\n";
        assert_eq!(
            read(text)
                .into_iter()
                .map(|x| (x.0, x.1, x.2))
                .collect::<Vec<_>>(),
            [
                ("1,862".into(), "186200000000".into(), "JPY".into()),
                ("240".into(), "24000000000".into(), "JPY".into()),
                ("1,862".into(), "186200000000".into(), "JPY".into()),
                ("195".into(), "19500000000".into(), "JPY".into()),
            ]
        );
        // Nor is a unit explained in prose.
        assert!(
            read("\"(100 million yen)\" means figures in units of one hundred million yen.")
                .is_empty()
        );
        // A broker's table in Swiss francs or pounds, written short.
        let text = "Estimate changes (CHF m)\n\
            \x20          2025E old   2025E new\n\
            Opex            66          77\n";
        assert_eq!(
            table_cells(text),
            [
                ("66".into(), "66000000".into()),
                ("77".into(), "77000000".into())
            ]
        );
        assert_eq!(read(text)[0].2, "CHF");
    }

    #[test]
    fn a_chinese_caption_gives_bare_cells_their_unit() {
        let text = "营业收入25,318.62万元。\n\n单位：万元　币种：人民币\n\n| 合作方 | 2025年度 | 2024年度 |\n|---|---|---|\n| Corriden | 7,126.40 | 14,228.60 |\n| 鲁岱药业 | 3,000.00 | — |\n\n注：2025年度收入为里程碑。";
        let got = read(text);
        let cells: Vec<(&str, &str, &str)> = got
            .iter()
            .filter(|x| x.3)
            .map(|x| (x.0.as_str(), x.1.as_str(), x.2.as_str()))
            .collect();
        assert_eq!(
            cells,
            [
                ("7,126.40", "71264000", "CNY"),
                ("14,228.60", "142286000", "CNY"),
                ("3,000.00", "30000000", "CNY")
            ]
        );
        // The amount in prose keeps its own unit and is no cell.
        assert_eq!(got[0].0, "25,318.62万元");
        assert!(!got[0].3);
    }

    #[test]
    fn dollar_signs_and_double_dashes_in_a_statement_in_thousands() {
        let text = "Research expense was as follows (in thousands):\n\n                              2025          2024\nWellan licence fee        $     --      $ 22,000\nWellan milestone             5,000            --\nTotal                     $ 5,000       $ 22,000\n\nNo milestone was accrued.";
        assert_eq!(
            table_cells(text),
            [
                ("$ 22,000".to_owned(), "22000000".to_owned()),
                ("5,000".to_owned(), "5000000".to_owned()),
                ("$ 5,000".to_owned(), "5000000".to_owned()),
                ("$ 22,000".to_owned(), "22000000".to_owned()),
            ]
        );
    }

    #[test]
    fn a_slide_caption_in_capital_millions() {
        for caption in [
            "Slide 4 | Recent ADC licences ($M)",
            "Comparable deals (US$MM)",
        ] {
            let text = format!("{caption}\nPartner | Upfront | Headline\nQiantang | 65 | 1,240\n");
            assert_eq!(
                table_cells(&text),
                [
                    ("65".to_owned(), "65000000".to_owned()),
                    ("1,240".to_owned(), "1240000000".to_owned()),
                ],
                "{caption}"
            );
        }
    }

    #[test]
    fn a_row_that_states_its_own_unit_keeps_it_to_itself() {
        let text = "財務摘要（單位為人民幣千元）\n\n                            2025年        2024年\n收入                        88,420        61,905\n每股虧損（人民幣元）          (0.31)        (0.52)\n現金及定期存款（年末）     942,118       701,560\n\n董事會不建議派發末期股息。";
        assert_eq!(
            table_cells(text),
            [
                ("88,420".to_owned(), "88420000".to_owned()),
                ("61,905".to_owned(), "61905000".to_owned()),
                ("0.31".to_owned(), "0.31".to_owned()),
                ("0.52".to_owned(), "0.52".to_owned()),
                ("942,118".to_owned(), "942118000".to_owned()),
                ("701,560".to_owned(), "701560000".to_owned()),
            ]
        );
    }

    #[test]
    fn header_lines_indented_with_ideographic_spaces_keep_the_caption_open() {
        // Three header lines under the caption, each set in with U+3000, as a results
        // announcement prints them: the caption still reaches the rows.
        let text = "中期業績摘要\n（單位：人民幣千元）\n\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}截至6月30日止六個月\n\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}2025年\u{3000}\u{3000}2024年\n\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}（未經審核）（未經審核）\n收入\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}52,310\u{3000}\u{3000}18,775\n研發開支\u{3000}\u{3000}\u{3000}（120,904）\u{3000}（98,617）\n\n本公司董事會欣然宣佈上述業績。";
        assert_eq!(
            table_cells(text),
            [
                ("52,310".to_owned(), "52310000".to_owned()),
                ("18,775".to_owned(), "18775000".to_owned()),
                ("120,904".to_owned(), "120904000".to_owned()),
                ("98,617".to_owned(), "98617000".to_owned()),
            ]
        );
    }

    #[test]
    fn a_footnote_letter_after_a_cell_is_no_part_of_it() {
        let text = "Table 2: Deals (US$m)\n\n| Partner | Upfront | Headline |\n|---|---|---|\n| Orrin | 1,000 | 1,200 (a) |\n| Qiantang | 175 (b) | 4,575 (iv) |\n\n(a) Includes a CVR.";
        let cells: Vec<(String, String)> = table_cells(text);
        let want = [
            ("1,000", "1000000000"),
            ("1,200", "1200000000"),
            ("175", "175000000"),
            ("4,575", "4575000000"),
        ];
        assert_eq!(cells, want.map(|(a, b)| (a.to_string(), b.to_string())));
        // Glued to the number in a table printed with spaces.
        let text = "Exhibit 3: Top upfronts this year (US$m)\n\nLicensor     Licensee     Upfront    Milestones\nOrrin        Kestrel      640(a)     2,100\nQiantang     Brisland     95         1,340(b)\n\n(a) Includes near-term payments.";
        let cells: Vec<(String, String)> = table_cells(text);
        let want = [
            ("640", "640000000"),
            ("2,100", "2100000000"),
            ("95", "95000000"),
            ("1,340", "1340000000"),
        ];
        assert_eq!(cells, want.map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn a_header_states_the_unit_of_its_own_column() {
        let text = "Our target price rises to HK$22.40.\n\nTable 2: Sum of the parts\nComponent                 Method    Value (RMB m)   Per share (HK$)\nQT-07 ex-China            rNPV              2,150             7.02\nNet cash                  -                 1,320             4.31\n";
        let got: Vec<(String, String, String)> = read(text)
            .into_iter()
            .filter(|x| x.3)
            .map(|x| (x.0, x.1, x.2))
            .collect();
        let want = [
            ("2,150", "2150000000", "CNY"),
            ("7.02", "7.02", "HKD"),
            ("1,320", "1320000000", "CNY"),
            ("4.31", "4.31", "HKD"),
        ];
        assert_eq!(
            got,
            want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        );
        // A valuation's "Value" heads no deal's value.
        let mut found = money::find(text);
        let columns = apply(text, &mut found);
        assert!(columns.iter().flatten().all(Option::is_none), "{columns:?}");
    }

    #[test]
    fn multiples_and_rates_in_a_unit_table_are_no_money() {
        let text = "公司营业收入持续增长。\n\n单位：百万元人民币\n\n| 指标 | 2025E | 2026E |\n|---|---|---|\n| 营业收入 | 1,250 | 1,610 |\n| 市盈率（倍） | 41 | 32 |\n| 毛利率（%） | 88 | 89 |\n";
        let cells: Vec<String> = table_cells(text)
            .into_iter()
            .map(|(cell, _)| cell)
            .collect();
        assert_eq!(cells, ["1,250", "1,610"]);
    }

    #[test]
    fn a_row_of_undisclosed_terms_and_marked_cells_stay_in_the_table() {
        let text = "Upfronts are rising, to $60 million on average.\n\nTable: this month's licences ($m)\nDeal                        Upfront   Milestones   Headline\nQiantang -> Ostrava          60        1,100        1,160\nWeilan -> Brisland           n.d.      n.d.         n.d.\nHengrun -> Kestrel           35†       640          675\n† plus $10m on IND clearance.";
        let cells: Vec<String> = table_cells(text)
            .into_iter()
            .map(|(cell, _)| cell)
            .collect();
        assert_eq!(cells, ["60", "1,100", "1,160", "35", "640", "675"]);
    }

    #[test]
    fn a_row_label_wrapped_onto_two_lines_stays_in_the_table() {
        let text = "Licence revenue rose to $12.4 million.\n\nCondensed data (unaudited)\n(in thousands)\n\n                          2025        2024\nLicence revenue          12,400       3,100\n\n                          Sep 30, 2025   Dec 31, 2024\nCash, cash equivalents and\nshort-term investments    188,230        205,911\n\nThe Company expects its cash to last into 2027.";
        let cells: Vec<String> = table_cells(text)
            .into_iter()
            .map(|(cell, _)| cell)
            .collect();
        assert_eq!(cells, ["12,400", "3,100", "188,230", "205,911"]);
    }

    #[test]
    fn a_dollar_sign_apart_from_a_bracketed_number_is_its_currency() {
        let text = "Cash was $120.4 million at quarter end.\n\nThe following table summarizes our cash flows (in thousands):\n\n                                              2025              2024\nNet cash used in operating activities      $ (81,240)        $ (55,107)\nNet cash provided by financing activities      12,905             1,180\n";
        let cells: Vec<String> = table_cells(text)
            .into_iter()
            .map(|(cell, _)| cell)
            .collect();
        assert_eq!(cells, ["81,240", "55,107", "12,905", "1,180"]);
    }

    #[test]
    fn a_short_unit_caption_opens_a_table_and_per_share_rows_keep_their_value() {
        let text = "Revenue was RMB210.4 million.\n\nForecasts (RMB mn)\nFY Dec | 2024A | 2025E\nRevenue | 433 | 1,052\nLoss per share (RMB) | (0.77) | 0.12\n\nWe rate the shares Buy.";
        let cells: Vec<(String, String)> = table_cells(text);
        let want = [
            ("433", "433000000"),
            ("1,052", "1052000000"),
            ("0.77", "0.77"),
            ("0.12", "0.12"),
        ];
        assert_eq!(cells, want.map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn a_unit_opening_a_bracket_or_a_header_row_opens_its_table() {
        let text = "Revenue rose to €12.1 million.\n\nKey figures (in € million, unaudited)\n\n                     9M 2024    9M 2023\nRevenue                 12.1        9.4\nNet loss                20.6       18.2\n\nEstimates\n\n                  2025E          2026E\n(RMB bn)        Old   New      Old   New\nRevenue         3.2   3.5      3.6   4.0\n\nWe rate the shares Buy.";
        let cells: Vec<(String, String)> = table_cells(text);
        let want = [
            ("12.1", "12100000"),
            ("9.4", "9400000"),
            ("20.6", "20600000"),
            ("18.2", "18200000"),
            ("3.2", "3200000000"),
            ("3.5", "3500000000"),
            ("3.6", "3600000000"),
            ("4.0", "4000000000"),
        ];
        assert_eq!(cells, want.map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn a_short_unit_may_say_what_it_leaves_out() {
        let text = "Revenue grew.\n\nFigure 1: our estimates (RMB m, except per-share)\n\n                 2025E     2026E\nRevenue         21,300    24,050\n";
        let cells: Vec<(String, String)> = table_cells(text);
        let want = [("21,300", "21300000000"), ("24,050", "24050000000")];
        assert_eq!(cells, want.map(|(a, b)| (a.to_string(), b.to_string())));
    }

    #[test]
    fn a_column_of_percentages_holds_no_amounts() {
        let text = "单位：万元　币种：人民币\n\n| 项目 | 2024年 | 2023年 | 本期比上年同期增减（%） |\n|---|---|---|---|\n| 营业收入 | 30,112.40 | 1,508.20 | 1,896.58 |\n| 研发费用 | 41,020.75 | 38,466.10 | 6.64 |\n";
        let cells: Vec<String> = table_cells(text)
            .into_iter()
            .map(|(cell, _)| cell)
            .collect();
        assert_eq!(cells, ["30,112.40", "1,508.20", "41,020.75", "38,466.10"]);
    }

    #[test]
    fn a_tilde_before_a_cell_is_about() {
        let got = read(
            "Figure 1: deals (US$m)\n\n| Partner | Upfront | Headline |\n| Dunhe | 500 | ~12,000 |\n",
        );
        assert!(
            got.contains(&("12,000".into(), "12000000000".into(), "USD".into(), true)),
            "{got:?}"
        );
    }

    #[test]
    fn header_cells_stating_their_own_unit_scale_only_their_columns() {
        let text = "表2：近期对外授权交易\n| 序号 | 授权方 | 首付款（亿美元） | 潜在总额（亿美元） |\n| 1 | 栖岩生物 | 0.70 | 6.055 |\n| 2 | 鹭汀医药 | 8.00 | 84.00 |\n资料来源：公司公告。";
        let cells: Vec<(String, String)> = table_cells(text);
        let want = [
            ("0.70", "70000000"),
            ("6.055", "605500000"),
            ("8.00", "800000000"),
            ("84.00", "8400000000"),
        ];
        assert_eq!(cells, want.map(|(a, b)| (a.to_owned(), b.to_owned())));
        // A bracket holding an amount states no unit.
        assert!(
            read("| 授权方 | 首付款（约1亿美元） |\n| 栖岩生物 | 0.70 |\n")
                .iter()
                .all(|x| !x.3)
        );
    }

    #[test]
    fn a_schedule_of_payments_gives_its_cells_the_roles_of_their_rows() {
        let roles_of = |text: &str| -> Vec<(String, String, &'static str)> {
            crate::mentions(text)
                .into_iter()
                .map(|m| (m.text, m.value.normalize().to_string(), m.role.as_str()))
                .collect()
        };
        // Columns set apart by ideographic spaces, as Chinese filings print them.
        let schedule = "（二）付款安排（单位：万美元）：\n\n款项　　　　　　金额　　　　条件\n首付款　　　　　1,800　　　　协议生效后支付\n近期付款　　　　400　　　　　技术转移后支付\n里程碑款　　　　86,000　　　累计上限\n合计　　　　　　88,200　　　—\n\n（三）其他事项。\n";
        assert_eq!(
            roles_of(schedule),
            [
                ("1,800".into(), "18000000".into(), "upfront"),
                ("400".into(), "4000000".into(), "near_term"),
                ("86,000".into(), "860000000".into(), "milestone"),
                ("88,200".into(), "882000000".into(), "total"),
            ]
        );
        // What was booked is no term, whatever its rows are called.
        let booked = "本期确认收入情况（单位：万元）：\n\n项目　　　　　　2025年度　　　2024年度\n里程碑款　　　　3,200.00　　　1,500.00\n合计　　　　　　3,200.00　　　1,500.00\n\n以上为经审计数据。\n";
        assert!(
            roles_of(booked).iter().all(|m| m.2 == "other"),
            "{:?}",
            roles_of(booked)
        );
    }

    #[test]
    fn english_captions_and_column_units() {
        // A caption in thousands scales the cells that carry a currency but no scale.
        let text = "Amounts in the table below are in thousands of U.S. dollars.\n\n| Revenue | 2025 | 2024 |\n| License revenue | $38,150 | - |\n| Total | $39,570 | - |\n\nCash was $12.5 million.";
        let got = read(text);
        assert_eq!(
            got.iter()
                .map(|x| (x.0.as_str(), x.1.as_str(), x.3))
                .collect::<Vec<_>>(),
            [
                ("$38,150", "38150000", true),
                ("$39,570", "39570000", true),
                ("$12.5 million", "12500000", false)
            ]
        );
        // A column line of units opens a table printed with spaces.
        let text = "Licensing income by partner\n                          2025        2024\n                       RMB'000     RMB'000\nPartner A                12,500       8,000\nPartner B                 (1,250)          -\nTotal                    11,250       8,000\n\nThe Group will keep investing in research.";
        let got = read(text);
        assert_eq!(
            got.iter()
                .map(|x| (x.0.as_str(), x.1.as_str(), x.2.as_str()))
                .collect::<Vec<_>>(),
            [
                ("12,500", "12500000", "CNY"),
                ("8,000", "8000000", "CNY"),
                ("1,250", "1250000", "CNY"),
                ("11,250", "11250000", "CNY"),
                ("8,000", "8000000", "CNY")
            ]
        );
        // "(in thousands)" without a currency takes the document's.
        let text = "Revenue was $10.3 million and consisted of the following (in thousands):\n\nLicense    $    9,800\nServices          500\n";
        let got = read(text);
        assert_eq!(
            got.iter()
                .map(|x| (x.0.as_str(), x.1.as_str()))
                .collect::<Vec<_>>(),
            [
                ("$10.3 million", "10300000"),
                ("9,800", "9800000"),
                ("500", "500000")
            ]
        );
    }

    /// Every amount after `apply`: its text, value, column role and bound.
    fn cells(text: &str) -> Vec<(&str, String, Option<&str>, Bound)> {
        let mut found = money::find(text);
        let columns = apply(text, &mut found);
        found
            .iter()
            .zip(&columns)
            .map(|(f, c)| {
                (
                    &text[f.span.start..f.span.end],
                    f.value.normalize().to_string(),
                    c.flatten().map(|r| r.as_str()),
                    f.bound,
                )
            })
            .collect()
    }

    #[test]
    fn a_header_printed_with_spaces_names_its_columns() {
        let text = "Our two licences in brief:\n\n                                Upfront        Maximum milestone\nPartner                         payment        payments\n                                US$'000        US$'000\nAlderhook / QX-11               45,000 (1)     more than 900,000\nBrantmoor / QX-27               12,000         310,000 (2)\nTotal                           57,000\n\n(1) Includes a near-term payment.\n";
        assert_eq!(
            cells(text),
            [
                ("45,000", "45000000".into(), Some("upfront"), Bound::Exact),
                (
                    "900,000",
                    "900000000".into(),
                    Some("milestone"),
                    Bound::AtLeast
                ),
                ("12,000", "12000000".into(), Some("upfront"), Bound::Exact),
                (
                    "310,000",
                    "310000000".into(),
                    Some("milestone"),
                    Bound::Exact
                ),
                // A total row sums the partners: no column role.
                ("57,000", "57000000".into(), None, Bound::Exact),
            ]
        );
    }

    #[test]
    fn a_short_unit_under_each_header_and_rows_closed_by_n_a() {
        let text = "Figure 3: comparable licences\n\nSigned   Licensor   Licensee   Upfront   Milestones   Headline\n                               (US$m)      (US$m)       (US$m)\nMar-24   Qiaolin    Verrow         62       1,140        n.a.\nSep-25   Dunhe      Maltby        110*        890       1,000\n\n* Includes a near-term payment. Source: company filings.\n";
        assert_eq!(
            cells(text),
            [
                ("62", "62000000".into(), Some("upfront"), Bound::Exact),
                (
                    "1,140",
                    "1140000000".into(),
                    Some("milestone"),
                    Bound::Exact
                ),
                ("110", "110000000".into(), Some("upfront"), Bound::Exact),
                ("890", "890000000".into(), Some("milestone"), Bound::Exact),
                ("1,000", "1000000000".into(), Some("total"), Bound::Exact),
            ]
        );
        // A bracketed amount is no unit.
        assert!(english_unit("paid (US$5m) upfront").is_none());
    }

    proptest::proptest! {
        /// Two spaces of either kind in a row, or a tab, make a line spaced; nothing else does.
        #[test]
        fn spaced_lines_are_two_spaces_in_a_row(line in "[ \t\u{3000}、a首€]{0,12}") {
            let spaces = |c: char| c == ' ' || c == '\u{3000}';
            let chars: Vec<char> = line.chars().collect();
            let expected = chars.contains(&'\t')
                || chars.windows(2).any(|w| spaces(w[0]) && spaces(w[1]));
            proptest::prop_assert_eq!(is_spaced(&line), expected);
        }

        /// Any text near a unit statement: no panic, spans on the text, amounts in order.
        #[test]
        fn never_panics_and_spans_are_valid(
            text in "(单位：万元|US\\$'000|\\(in thousands\\)|[ \n\t\r|,.()0-9a-z位：'’\u{85}\u{a0}\u{2028}\u{3000}]|7,126.40|  |　|合计|Total){0,40}"
        ) {
            let mut found = money::find(&text);
            let flags = apply(&text, &mut found);
            proptest::prop_assert_eq!(flags.len(), found.len());
            for pair in found.windows(2) {
                proptest::prop_assert!(pair[0].span.start <= pair[1].span.start);
            }
            for f in &found {
                proptest::prop_assert!(text.get(f.span.start..f.span.end).is_some());
            }
        }
    }

    #[test]
    fn cells_of_unicode_spaces_do_not_panic() {
        // Found by fuzzing: a cell made of spaces the column reader does not count as a gap.
        let text =
            "\r\t]up2\u{85}May  \u{2028}$2May\u{a0}upMay    2 thousand)\n  \u{85}  1,200\u{a0}  ";
        let mut found = money::find(text);
        let flags = apply(text, &mut found);
        assert_eq!(flags.len(), found.len());
        for line in text.lines() {
            for (at, cell) in column_cells_all(line) {
                assert_eq!(&line[at..at + cell.len()], cell);
            }
        }
    }

    #[test]
    fn no_unit_no_cells() {
        // Years, shares, counts and prose stay numbers.
        for text in [
            "| Partner | Patients | Year |\n| A | 1,200 | 2025 |",
            "单位：万元\n\n本公司2025年共有员工1,200人。\n",
            "In thousands of hospitals, 1,200 beds    2,400 beds",
            "  a. An upfront payment of 6.0 billion yen (approximately US$40 million) will be paid.\n  b. Milestones of up to JPY 13.5 billion (approx. USD 90 million)    are due",
            "Revenue (in thousands)\n| Item | 2025 |\n| A | 81.28% |",
        ] {
            assert!(read(text).iter().all(|x| !x.3), "{text}: {:?}", read(text));
        }
    }
}
