//! What one sentence carries into the next: statistics that go on in a sentence naming
//! nobody, and the parts of an amount the sentence before stated.

use std::sync::LazyLock;

/// Whether a sentence counts deals ("157 out-licensing deals", "94 transactions",
/// "出海交易157笔"); words are read only where such a noun occurs (the common case reads none).
pub(crate) fn counts_deals(sentence: &str) -> bool {
    if sentence.contains('笔') || sentence.contains('筆') {
        return sentence
            .match_indices(['笔', '筆'])
            .any(|(p, _)| sentence[..p].ends_with(|c: char| c.is_ascii_digit()));
    }
    // (Searchers built once: most sentences are short, and building one per call costs more
    // than the search.)
    static NOUNS: LazyLock<[memchr::memmem::Finder<'static>; 5]> = LazyLock::new(|| {
        [
            "deals",
            "transactions",
            "agreements",
            "licences",
            "licenses",
        ]
        .map(memchr::memmem::Finder::new)
    });
    let may_count = NOUNS.iter().any(|f| f.find(sentence.as_bytes()).is_some());
    may_count && counts_words(&crate::roles::tokens(sentence))
}

/// Whether a sentence opens with the part of an amount stated before it: "Of this, …",
/// "第二期…", "余下…", "其中…".
pub(crate) fn splits_previous(sentence: &str) -> bool {
    [
        "of this",
        "of that",
        "of the total",
        "of these",
        "of it",
        // "… payable in two installments. The first installment of $300.0 million is …"
        "the first installment",
        "the first instalment",
        "the first tranche",
    ]
    .iter()
    .any(|p| {
        sentence
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    }) || [
        "第二期",
        "第三期",
        "第二笔",
        "第二筆",
        "余下",
        "餘下",
        "剩余",
        "剩餘",
        "其余",
        "其餘",
        "尾款",
        "其中",
    ]
    .iter()
    .any(|p| sentence.starts_with(p))
}

/// Whether counted words hold a number before a deal noun.
fn counts_words(words: &[crate::roles::Word]) -> bool {
    words.windows(3).any(|w| {
        (w[0].bytes().all(|b| b.is_ascii_digit())
            // "Six China-sourced deals came with numbers attached"
            || matches!(
                w[0].as_str(),
                "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "dozen"
            ))
            && w[1..].iter().any(|x| {
                matches!(
                    x.as_str(),
                    "deals" | "transactions" | "agreements" | "licences" | "licenses"
                )
            })
    })
}

/// Whether a Chinese sentence names no one: no Latin capitals but currency codes, and no
/// word that ends a company name ("仅今年1月，交易总额就约300亿美元，首付款约30亿美元。").
pub(crate) fn zh_names_nobody(sentence: &str) -> bool {
    const COMPANY_WORDS: [&str; 16] = [
        "公司",
        "集团",
        "集團",
        "生物",
        "医药",
        "醫藥",
        "药业",
        "藥業",
        "制药",
        "製藥",
        "生技",
        "甲方",
        "乙方",
        "本公司",
        "药企",
        "藥企",
    ];
    // Short company names carry no mark ("诺华将支付…"): only a sentence that opens as a
    // continuation is read as one.
    const OPENERS: [&str; 14] = [
        "仅",
        "僅",
        "其中",
        "同期",
        "而",
        "此外",
        "今年",
        "去年",
        "单月",
        "單月",
        // "已披露的美元首付款合计5500万美元": the sum of the deals just counted.
        "已披露",
        "已公布",
        "合计",
        "合計",
    ];
    // "2026年刚开年，仅1月份的交易总额就约为300亿美元": a period opens the sentence.
    let period_opens = {
        let digits = sentence.len()
            - sentence
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        digits > 0 && sentence[digits..].starts_with(['年', '月'])
    };
    (OPENERS.iter().any(|o| sentence.starts_with(o)) || period_opens)
        && !COMPANY_WORDS.iter().any(|w| sentence.contains(w))
        && !sentence.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && !matches!(
                    w,
                    "US" | "USD" | "RMB" | "HK" | "HKD" | "CNY" | "EUR" | "JPY"
                )
        })
}

/// Whether an English sentence names no one: no capitalised word but currency codes and
/// a common first word ("Upfront cash was about US$7bn, or roughly 5% of the headline.").
pub(crate) fn names_nobody(sentence: &str) -> bool {
    let mut words = sentence.split_whitespace();
    let common_start = words.next().is_some_and(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
                .as_str(),
            "the"
                | "only"
                | "a"
                | "an"
                | "this"
                | "that"
                | "these"
                | "those"
                | "it"
                | "upfront"
                | "up-front"
                | "total"
                | "combined"
                | "cash"
                | "in"
                | "of"
                | "and"
                | "but"
                | "together"
                | "by"
                | "for"
                | "on"
                | "at"
                | "with"
                | "median"
                | "average"
                | "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
        )
    });
    common_start
        && !sentence.chars().any(crate::text::is_han)
        && words.all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !w.starts_with(|c: char| c.is_ascii_uppercase())
                || w.starts_with("US")
                || w.starts_with("HK")
                || ["RMB", "CNY", "EUR", "GBP", "JPY", "CHF"]
                    .iter()
                    .any(|c| w.starts_with(c))
                // "And in January of this year, headline values reached …"
                || dealscope_core::date::MONTH_NAMES
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(w))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carried_from_sentence_to_sentence() {
        assert!(counts_deals(
            "Chinese firms signed 157 out-licensing deals in 2025."
        ));
        assert!(!counts_deals("The deals were signed in 2025."));
        assert!(names_nobody(
            "Upfront cash was about US$7bn, or 5% of the headline."
        ));
        assert!(!names_nobody("Dunmore paid $30 million upfront."));
        assert!(counts_deals(
            "2025年全年中国创新药出海交易157笔、总额1356.55亿美元；"
        ));
        assert!(zh_names_nobody(
            "仅今年1月，交易总额就约300亿美元，首付款约30亿美元。"
        ));
        assert!(!zh_names_nobody("诺华将支付首付款1.65亿美元。"));
        assert!(!zh_names_nobody("恒瑞医药将获得首付款1.6亿美元。"));
        assert!(splits_previous("Of this, US$8 million is due at signing."));
        assert!(splits_previous("第二期1,500萬美元於完成技術轉移後支付。"));
        assert!(!splits_previous("The rest depends on milestones."));
    }
}
