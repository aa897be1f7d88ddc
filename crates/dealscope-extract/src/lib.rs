//! Extraction: from a document's text to money mentions with roles and deal records, every
//! value with the byte span it was read from.
//!
//! **Invariants:** no I/O; never fails on odd input (it returns what it found); every value
//! it returns points at the bytes of the text it was given; alias tables only name parties
//! and assets — a deal term that is not in the text is not in the output.

pub mod approvals;
mod carry;
pub mod catalysts;
pub mod coparties;
pub mod deals;
pub mod events;
pub mod gazetteer;
pub mod money;
pub mod names;
pub mod roles;
pub mod tables;
pub mod text;
mod units;

use dealscope_core::rust_decimal::Decimal;
use dealscope_core::{Bound, Currency, Span};
use serde::Serialize;

pub use deals::ExtractedDeal;
pub use gazetteer::Gazetteer;
pub use roles::{MilestoneKind, MilestoneScope, Role};

/// A money amount in a document, with its role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Byte span in the text.
    pub span: Span,
    /// The text of the span.
    pub text: String,
    /// Exact value in full units.
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub value: Decimal,
    /// ISO currency.
    pub currency: Currency,
    /// What the amount is.
    pub role: Role,
    /// Kind of milestone, when exactly one is stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone: Option<MilestoneKind>,
    /// Which kinds of milestone the amount covers.
    #[serde(skip)]
    pub milestone_scope: roles::MilestoneScope,
    /// "up to", "more than" …
    pub bound: Bound,
    /// A price per share.
    pub per_share: bool,
}

/// A value read from a document, with where it was read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Field<T> {
    /// The value.
    pub value: T,
    /// Byte span in the text.
    pub span: Span,
    /// The text of the span.
    pub text: String,
    /// The id it resolved to in an alias table, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// Everything read from one document.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Extraction {
    /// `en` or `zh`.
    pub lang: &'static str,
    /// Money amounts in order.
    pub mentions: Vec<Mention>,
    /// Deals, in order of first mention.
    pub deals: Vec<ExtractedDeal>,
}

/// The mentions inside `span`, with their indices; `mentions` are in text order (as
/// [`mentions`] returns them), so only those starting inside the span are read.
pub(crate) fn mentions_within(
    mentions: &[Mention],
    span: Span,
) -> impl Iterator<Item = (usize, &Mention)> {
    let from = mentions.partition_point(|m| m.span.start < span.start);
    mentions[from..]
        .iter()
        .enumerate()
        .map(move |(i, m)| (from + i, m))
        .take_while(move |(_, m)| m.span.start < span.end)
        .filter(move |(_, m)| m.span.end <= span.end)
}

/// Money mentions of `text` with roles; the fast path when deals are not needed.
pub fn mentions(text: &str) -> Vec<Mention> {
    let mut found = money::find(text);
    // "单位：万元", "(in thousands)": the bare numbers of a table stated in a unit.
    let in_unit_table = units::apply(text, &mut found);
    if found.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(found.len());
    let mut firm = Vec::with_capacity(found.len());
    // "| 许可方 | 被许可方 | 首付款 | … |": the column's header says what a bare amount is.
    let spans: Vec<Span> = found.iter().map(|f| f.span).collect();
    let columns = tables::column_roles(text, &spans);
    // "Sales milestones      up to US$650 million      up to US$820 million": the row's label.
    let rows = tables::row_roles(text, &spans);
    let mut k = 0;
    let mut previous_aggregate: Option<usize> = None;
    let mut moneyless: Option<Span> = None;
    let mut previous_role: Option<(Role, roles::MilestoneScope)> = None;
    // The end of the sentence before, when it stated an upfront or near-term payment.
    let mut upfront_before: Option<usize> = None;
    for s in text::sentences(text) {
        let start = k;
        while k < found.len() && found[k].span.start < s.end {
            k += 1;
        }
        let in_sentence = &found[start..k];
        if in_sentence.is_empty() {
            moneyless = Some(s);
            continue;
        }
        // "Six China-sourced deals came with numbers attached. Those three alone add up to
        // about $2.7B": a count without money just before still opens statistics (read
        // only here, so that sentences without money cost nothing).
        if previous_aggregate.is_none() {
            previous_aggregate = moneyless
                .filter(|m| text[m.end..s.start].trim().is_empty())
                .filter(|m| carry::counts_deals(&text[m.start..m.end]))
                .map(|m| m.end);
        }
        let slots: Vec<roles::Slot> = in_sentence
            .iter()
            .map(|f| roles::Slot {
                start: f.span.start.max(s.start),
                end: f.span.end.min(s.end),
                per_share: f.per_share,
                currency: f.currency,
            })
            .collect();
        let sentence = &text[s.start..s.end];
        let (mut roles, market) = roles::assign_in(sentence, s.start, &slots);
        // "… puts 2025 at 157 deals worth US$135.7bn. Upfront cash was about US$7bn.": a
        // sentence that names nobody goes on with the statistics before it.
        let continues = previous_aggregate.is_some_and(|end: usize| {
            !text[end..s.start].contains("\n\n")
                && (carry::names_nobody(sentence) || carry::zh_names_nobody(sentence))
        });
        if continues && !market {
            for a in roles.iter_mut().filter(|a| a.role != Role::Royalty) {
                a.role = Role::Other;
                a.firm = true;
            }
        }
        // "… signed out-licensing deals worth roughly $30 billion in January": statistics
        // about deals, counted or not, go on in the next sentence that names nobody.
        // "2025年一季度，对外授权总金额达到366.3亿美元，同比增长258%" too.
        let about_deals = market
            && [
                "deals",
                "transactions",
                "agreements",
                "licences",
                "licenses",
                "交易",
                "授权",
                "授權",
            ]
            .iter()
            .any(|w| sentence.contains(w));
        previous_aggregate =
            (about_deals || carry::counts_deals(sentence) || continues).then_some(s.end);
        // "… an upfront licence fee of US$12 million. Of this, US$8 million is due …",
        // "…分兩期支付：第一期…；第二期1,500萬美元…": parts of the amount the sentence before
        // ended with.
        let part_of_previous = carry::splits_previous(sentence);
        if let Some((role, scope)) = previous_role.filter(|_| part_of_previous) {
            for a in roles.iter_mut().filter(|a| !a.firm) {
                a.role = role;
                a.scope = scope;
                a.firm = true;
            }
        }
        for (j, a) in roles.iter_mut().enumerate() {
            if let Some(role) = rows[start + j].filter(|_| !a.firm || a.role == Role::Other) {
                a.role = role;
                a.firm = true;
            }
            if let Some(role) = columns[start + j].filter(|_| !a.firm || a.role == Role::Other) {
                a.role = role;
                a.firm = true;
            }
            // A figure of a statement in thousands (revenue recognised, cash) is no deal
            // term unless its column names one, or its row does in a schedule of payments
            // ("付款安排（单位：万美元）… 首付款　　2,150　　协议生效后支付").
            if let Some(column) = in_unit_table[start + j] {
                let row = rows[start + j]
                    .filter(|_| units::schedules_payments(text, in_sentence[j].span.start));
                a.role = column.or(columns[start + j]).or(row).unwrap_or(Role::Other);
                a.firm = true;
            }
        }
        // "…2,800万美元首付款及1,200万美元近期里程碑付款；开发及注册里程碑…，销售里程碑…，上述款项
        // 合计不超过8.35亿美元": the payments listed since an upfront in the sentence before,
        // summed, are the headline.
        if upfront_before.is_some_and(|end| !text[end..s.start].contains('\n')) {
            for (j, a) in roles.iter_mut().enumerate().skip(1) {
                let (from, to) = (in_sentence[j - 1].span.end, in_sentence[j].span.start);
                let lead = &text[from.min(to)..to];
                if a.role == Role::Milestone && roles::sums_the_payments_above(lead) {
                    a.role = Role::Total;
                    a.scope = roles::MilestoneScope::default();
                    a.firm = true;
                }
            }
        }
        upfront_before = roles
            .iter()
            .any(|a| matches!(a.role, Role::Upfront | Role::NearTerm))
            .then_some(s.end);
        previous_role = roles
            .iter()
            .rev()
            .find(|a| a.firm && a.role != Role::Other)
            .map(|a| (a.role, a.scope));
        for (f, mut a) in in_sentence.iter().zip(roles) {
            // "| Total | $39,570 |" in a table in thousands: no deal is worth under a million.
            if a.role == Role::Total && f.value < Decimal::from(1_000_000) {
                a.role = Role::Other;
            }
            // "a further payment of up to $0.30 in cash if a milestone is met": an amount of a
            // few units is a per-share price, never a deal term.
            if a.role != Role::Other && f.value < Decimal::from(1_000) {
                a.role = Role::Other;
            }
            out.push(Mention {
                span: f.span,
                text: text[f.span.start..f.span.end].to_owned(),
                value: f.value,
                currency: f.currency,
                role: a.role,
                milestone: a.scope.kind,
                milestone_scope: a.scope,
                bound: f.bound,
                per_share: f.per_share,
            });
            firm.push(a.firm);
        }
    }
    ranked_by_upfront(text, &mut out, &mut firm);
    broken_down_after(text, &mut out, &mut firm);
    settle_restatements(text, &mut out, &firm);
    footnoted_parts(text, &mut out);
    out
}

/// "The upfront league table … we rank 2023's deals by what the licensee paid at signing"
/// over "1. Sichuan Biokin → Bristol Myers Squibb: $800m": in a list ranked by upfront, the one
/// amount that closes each numbered item's line is that deal's upfront.
fn ranked_by_upfront(text: &str, mentions: &mut [Mention], firm: &mut [bool]) {
    let line_start = |m: &Mention| text[..m.span.start].rfind('\n').map_or(0, |p| p + 1);
    let items: Vec<usize> = (0..mentions.len())
        .filter(|&k| {
            let m = &mentions[k];
            // (The amount ends its line: checked first, it spares reading back a paragraph.)
            let rest =
                text[m.span.end..].trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
            let ends_line = rest.is_empty() || rest.starts_with('\n');
            if firm[k] || m.role != Role::Other || !ends_line {
                return false;
            }
            let head = text[line_start(m)..m.span.start].trim_start();
            let numbered = head.split_once(['.', ')']).is_some_and(|(n, _)| {
                let n = n.trim_end_matches('=');
                !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit())
            });
            numbered && head.trim_end().ends_with(':')
        })
        .collect();
    let Some(&first) = items.first() else {
        return;
    };
    if items.len() < 3 {
        return;
    }
    let intro = text[..line_start(&mentions[first])].to_lowercase();
    let ranked_by_upfront = intro.split(['.', '\n']).any(|sentence| {
        ["rank", "league table", "top "]
            .iter()
            .any(|w| sentence.contains(w))
            && ["upfront", "up-front", "up front", "at signing"]
                .iter()
                .any(|w| sentence.contains(w))
    });
    if ranked_by_upfront {
        for k in items {
            mentions[k].role = Role::Upfront;
            firm[k] = true;
        }
    }
}

/// "the number on the screen is up to $950 million. Break it down and it's eight hundred
/// million dollars up front … and then up to another hundred and fifty million dollars": an
/// amount its sentence left undecided is the headline when the payments stated right after it
/// (an upfront and at least one other term, in the same paragraph) add up to it exactly.
fn broken_down_after(text: &str, mentions: &mut [Mention], firm: &mut [bool]) {
    for k in 0..mentions.len() {
        if firm[k] || mentions[k].role != Role::Other || mentions[k].per_share {
            continue;
        }
        let mut sum = Decimal::ZERO;
        let mut upfront = false;
        for (j, part) in mentions.iter().enumerate().skip(k + 1).take(4) {
            let between = &text[mentions[j - 1].span.end..part.span.start];
            if part.currency != mentions[k].currency
                || between.contains("\n\n")
                || !matches!(
                    part.role,
                    Role::Upfront | Role::NearTerm | Role::Equity | Role::Milestone
                )
            {
                break;
            }
            upfront |= part.role == Role::Upfront;
            sum += part.value;
            if sum == mentions[k].value && upfront && j > k + 1 {
                mentions[k].role = Role::Total;
                firm[k] = true;
                break;
            }
        }
    }
}

/// "Braveheart Bio | HRS-1893 | US$65M (2) | …" over "(2) US$32.5M in cash and US$32.5M in
/// Braveheart shares": the amounts of a footnote paid in cash or in shares are parts of the
/// payment whose cell carries the footnote's marker.
fn footnoted_parts(text: &str, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        if !matches!(mentions[k].role, Role::Other | Role::Equity) {
            continue;
        }
        let line_start = text[..mentions[k].span.start]
            .rfind('\n')
            .map_or(0, |p| p + 1);
        let line = &text[line_start..];
        // ("(2) US$32.5M in cash …", its bracket at the line's start.)
        let Some(marker) = tables::footnote_marker(line).filter(|_| line.starts_with('(')) else {
            continue;
        };
        let after = text[mentions[k].span.end..].trim_start();
        let form = [
            "in cash",
            "cash",
            "in shares",
            "in stock",
            "in common stock",
        ]
        .iter()
        .any(|w| after.starts_with(w))
            || after
                .split_whitespace()
                .take(3)
                .any(|w| w.starts_with("shares") || w.starts_with("stock"));
        if !form {
            continue;
        }
        // The cell above that carries the marker right after its amount.
        let cell = mentions[..k].iter().rev().find(|m| {
            text[m.span.end..]
                .trim_start_matches(' ')
                .starts_with(marker)
                && text[m.span.start..line_start].matches('\n').count() <= 12
        });
        if let Some(role) = cell
            .map(|m| m.role)
            .filter(|r| matches!(r, Role::Upfront | Role::NearTerm))
        {
            mentions[k].role = role;
        }
    }
}

/// An amount its own sentence left undecided takes the role of the same amount stated with
/// a role elsewhere in the document: the headline's "pays US$650 million for RC148" is the
/// body's "US$650 million upfront", and "the full $650 million" later is too.
///
/// "how much of the $12 billion was tied to option fees": an amount written with "the",
/// and no payment named right after it, points back to the same amount stated before.
fn settle_restatements(text: &str, mentions: &mut [Mention], firm: &[bool]) {
    // The first amount of each value stated with a role, found in one pass.
    // (foldhash: a fast hash, still seeded per process against crafted keys.)
    let mut stated: foldhash::HashMap<(Decimal, Currency), (Role, roles::MilestoneScope)> =
        Default::default();
    for (m, f) in mentions.iter().zip(firm) {
        if *f && m.role != Role::Other {
            stated
                .entry((m.value.normalize(), m.currency))
                .or_insert((m.role, m.milestone_scope));
        }
    }
    if stated.is_empty() {
        return;
    }
    for (m, f) in mentions.iter_mut().zip(firm) {
        if *f && !points_back(text, m.span) {
            continue;
        }
        if let Some(&(role, scope)) = stated.get(&(m.value.normalize(), m.currency)) {
            // A headline's "$588M bet" is the upfront when the text says so, but its "$2bn
            // deal" is not the "$2 billion" of milestones: a guessed total yields only to an
            // upfront.
            if m.role == Role::Total && role != Role::Upfront {
                continue;
            }
            m.role = role;
            m.milestone = scope.kind;
            m.milestone_scope = scope;
        }
    }
}

/// "the $12 billion was …": the amount follows "the" and no payment is named right after it.
fn points_back(text: &str, span: Span) -> bool {
    if !follows_the(text, span) {
        return false;
    }
    let after: String = text[span.end..]
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    roles::label_role(&after).is_none()
}

/// Whether an amount is written right after "the" ("the $2.7 billion milestone pool").
pub(crate) fn follows_the(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end_matches(' ');
    before.len() < span.start
        && before
            .rsplit(|c: char| !c.is_ascii_alphabetic())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
}

/// Reads a document: money mentions with roles and the deals they belong to.
pub fn extract(text: &str, gazetteer: &Gazetteer) -> Extraction {
    let mut mentions = mentions(text);
    let sentences = text::sentences(text);
    let mut deals = deals::assemble(text, &sentences, &mentions, gazetteer);
    deals::shares_of_the_licensee(text, &mut mentions, &mut deals);
    Extraction {
        lang: lang(text),
        mentions,
        deals,
    }
}

/// `zh` when a fifth or more of the letters are CJK ideographs, else `en`.
pub fn lang(text: &str) -> &'static str {
    let (mut cjk, mut letters) = (0usize, 0usize);
    for c in text.chars().take(20_000) {
        if crate::text::is_han(c) {
            cjk += 1;
            letters += 1;
        } else if c.is_alphabetic() {
            letters += 1;
        }
    }
    if letters > 0 && cjk * 5 >= letters {
        "zh"
    } else {
        "en"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(String, &'static str)> {
        mentions(text)
            .into_iter()
            .map(|m| (m.text, m.role.as_str()))
            .collect()
    }

    #[test]
    fn an_amount_wrapped_onto_the_next_line_keeps_its_sentence() {
        // A 10-K note as EDGAR's text gives it: the amount opens the line after its cue.
        let text = "\
Note 7. License Agreement with Baisha Pharmaceutical

In January 2026, the Company entered into an exclusive license agreement with Baisha
Pharmaceutical Co., Ltd. (\"Baisha\") for rights to BSP-118 outside Greater China. Under
the agreement, the Company paid Baisha a non-refundable, one-time upfront payment of
$18.0 million, which was recorded as research and development expense. The Company may
be required to pay up to $62.5 million upon the achievement of specified development
and regulatory milestones and up to $310.0 million upon the achievement of specified
sales milestones, plus tiered royalties on net sales of licensed products.

As of March 31, 2026, the Company had cash and cash equivalents of $142.7 million.
";
        assert_eq!(
            roles(text),
            [
                ("$18.0 million".to_owned(), "upfront"),
                ("$62.5 million".to_owned(), "milestone"),
                ("$310.0 million".to_owned(), "milestone"),
                ("$142.7 million".to_owned(), "other"),
            ]
        );
    }

    #[test]
    fn a_footnote_s_cash_and_shares_are_parts_of_the_marked_payment() {
        let text = "Partner | Asset | Upfront | Milestones\nHallam Bio | QT-27 | US$40M (2) | up to US$600M\nVantor Therapeutics | QT-35 | US$10M | up to US$150M\n\n(2) US$20M in cash and US$20M in Hallam shares.\n";
        assert_eq!(
            roles(text),
            [
                ("US$40M".to_owned(), "upfront"),
                ("US$600M".to_owned(), "milestone"),
                ("US$10M".to_owned(), "upfront"),
                ("US$150M".to_owned(), "milestone"),
                ("US$20M".to_owned(), "upfront"),
                ("US$20M".to_owned(), "upfront"),
            ]
        );
    }

    #[test]
    fn a_restated_amount_keeps_the_role_it_was_given() {
        let text = "Halvard pays $650 million for QS-1190\n\nHalvard will pay $650 million upfront. Could you say how the $650 million will hit the income statement? Revenue was $650 million too.";
        let found = roles(text);
        assert_eq!(found[0].1, "upfront", "the headline: {found:?}");
        assert_eq!(found[2].1, "upfront", "a later reference: {found:?}");
        assert_eq!(
            found[3].1, "other",
            "an amount its own clause calls revenue stays other: {found:?}"
        );
        // Nothing to take the role from: an amount stays other.
        assert_eq!(
            roles("Could you say how the $80 million will hit the income statement?")[0].1,
            "other"
        );
    }

    #[test]
    fn statistics_go_on_in_a_sentence_that_names_nobody() {
        let found = roles(
            "The tracker puts 2025 at 157 out-licensing deals worth US$135.7bn. Upfront cash was about US$7bn, or 5% of the headline.\n\nQiyue will receive $20 million upfront.",
        );
        assert_eq!(found[1].1, "other", "{found:?}");
        assert_eq!(found[2].1, "upfront", "a new paragraph: {found:?}");
        let found = roles(
            "The tracker puts 2025 at 157 deals worth US$135.7bn. January 2026 alone brought about $30bn in headline value and $3bn in upfronts.",
        );
        assert_eq!(found[1].1, "other", "{found:?}");
        assert_eq!(found[2].1, "other", "{found:?}");
        // A sentence naming a company reports its own deal.
        let found = roles(
            "Chinese developers signed out-licensing deals worth roughly $30 billion in January. Only about $3 billion of that was paid upfront.",
        );
        assert_eq!(found[1].1, "other", "{found:?}");
        let found = roles(
            "Six China-sourced deals came with numbers attached. Those three alone add up to about $2.7B in headline value.",
        );
        assert_eq!(found[0].1, "other", "{found:?}");
        let found = roles(
            "Chinese firms signed 157 out-licensing deals worth $135.7 billion in 2025. Dunmore paid $30 million upfront.",
        );
        assert_eq!(found[1].1, "upfront", "{found:?}");
    }

    #[test]
    fn the_amount_written_with_the_is_the_one_stated_before() {
        let found = roles(
            "Tarnwick will pay $400 million upfront in a pact that could be worth about $9 billion. Neither side said how much of the $9 billion was tied to option fees rather than milestones.",
        );
        assert_eq!(found[2].1, "total", "{found:?}");
        // A payment named right after it is its own.
        let found = roles(
            "Tarnwick will pay $400 million upfront. It also owes the $400 million milestone set in 2023.",
        );
        assert_eq!(found[1].1, "milestone", "{found:?}");
    }

    #[test]
    fn statistics_go_on_in_a_month_and_any_deal_of_a_shape_is_none() {
        let found = roles(
            "In the first quarter, 33 deals carried $36.6 billion in headline value. And in January of this year, headline values reached about $30 billion, with roughly $3 billion paid upfront.",
        );
        assert_eq!(
            found.iter().map(|x| x.1).collect::<Vec<_>>(),
            ["other", "other", "other"]
        );
        let found = roles(
            "A deal with $60 million upfront and a $1.5 billion headline is worth a fraction of that to the licensor.",
        );
        assert_eq!(
            found.iter().map(|x| x.1).collect::<Vec<_>>(),
            ["other", "other"]
        );
        // An analyst's estimate of a future upfront, and money received so far.
        let found = roles(
            "She estimated that the asset could fetch a $40-60 million upfront. Yunmo earned a $10 million milestone in May, bringing the cash it has received under the agreement to $35 million.",
        );
        assert_eq!(
            found.iter().map(|x| x.1).collect::<Vec<_>>(),
            ["other", "other", "milestone", "other"]
        );
    }

    #[test]
    fn chinese_statistics_go_on_in_a_sentence_opening_with_a_period_or_a_sum() {
        let found = roles(
            "2025年一季度，对外授权总金额达到366.3亿美元，同比增长258%；2026年刚开年，仅1月份的交易总额就约为300亿美元，首付款约30亿美元。",
        );
        assert_eq!(
            found.iter().map(|x| x.1).collect::<Vec<_>>(),
            ["other", "other", "other"]
        );
        let found = roles("本周共有4笔对外授权交易公开披露。已披露的美元首付款合计5500万美元。");
        assert_eq!(found[0].1, "other", "{found:?}");
        // A company's own deal after the statistics keeps its terms.
        let found = roles(
            "本周共有4笔对外授权交易公开披露。\n\n2025年5月，岚峰生物宣布获得首付款8000万美元。",
        );
        assert_eq!(found[0].1, "upfront", "{found:?}");
    }

    #[test]
    fn a_sentence_opening_with_of_this_splits_the_amount_before() {
        let found = roles(
            "Dunmore will pay an upfront licence fee of US$12 million. Of this, US$8 million is due within 30 days and the remaining US$4 million on the first anniversary.",
        );
        assert_eq!(
            found.iter().map(|f| f.1).collect::<Vec<_>>(),
            ["upfront", "upfront", "upfront"],
            "{found:?}"
        );
    }

    #[test]
    fn a_second_instalment_after_a_semicolon_is_still_the_upfront() {
        let found = roles(
            "首付款合計4,000萬美元，分兩期支付：第一期2,500萬美元於生效後支付；第二期1,500萬美元於完成技術轉移後支付。",
        );
        assert_eq!(
            found.iter().map(|f| f.1).collect::<Vec<_>>(),
            ["upfront", "upfront", "upfront"],
            "{found:?}"
        );
    }

    #[test]
    fn the_payments_above_summed_past_a_semicolon_are_the_headline() {
        let found = roles(
            "Ardley将支付1,500万美元首付款及500万美元近期里程碑付款；开发及注册里程碑付款累计不超过1.2亿美元，销售里程碑付款累计不超过3亿美元，上述款项合计不超过4.4亿美元。",
        );
        assert_eq!(
            found.iter().map(|f| f.1).collect::<Vec<_>>(),
            ["upfront", "near_term", "milestone", "milestone", "total"],
            "{found:?}"
        );
        // Milestones summed with no upfront before are the milestones.
        let found = roles(
            "开发里程碑累计不超过1.2亿美元，销售里程碑累计不超过3亿美元，上述里程碑合计不超过4.2亿美元。",
        );
        assert_eq!(found.last().unwrap().1, "milestone", "{found:?}");
    }

    #[test]
    fn a_guessed_upfront_yields_to_what_the_text_states() {
        let text = "Merck KGaA pays $85m to take pimicotinib global\n\nMerck KGaA exercised its option and will pay an option exercise fee of $85 million. Separately, Brevant pays $20 million.";
        let found = roles(text);
        assert_eq!(found[0].1, "option", "{found:?}");
        assert_eq!(
            found[2].1, "upfront",
            "nothing else said: paid now; {found:?}"
        );
    }

    #[test]
    fn an_amount_pointed_back_to_is_the_one_stated_before() {
        let found = roles(
            "本次交易總額最高約53億美元。上述約53億美元為假設全部項目均獲行使並達成所有里程碑的金額。",
        );
        assert_eq!(
            found.iter().map(|f| f.1).collect::<Vec<_>>(),
            ["total", "total"],
            "{found:?}"
        );
    }

    #[test]
    fn a_chinese_range_takes_the_role_stated_after_it() {
        let found = roles("点评：本次首付款高于我们此前1500万至2000万美元的预期。");
        assert_eq!(
            found.iter().map(|(_, r)| *r).collect::<Vec<_>>(),
            ["other", "other"],
            "{found:?}"
        );
    }
}
