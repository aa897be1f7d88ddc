//! Co-licensors: two companies that grant one licence together ("InnoCare and Keymed … have
//! jointly licensed CM355 to Prolium", "和铂医药宣布与科伦博泰一道，将…授予Windward"). They are
//! one side of the deal, reported as "InnoCare Pharma; Keymed Biosciences".

use dealscope_core::Span;

use crate::deals::ZH_GRANTS;
use crate::gazetteer::{CompanyHit, Gazetteer};
use crate::names::DocNames;

/// What may stand between two names written as one side: "A and B", "A 与 B", "A + B",
/// "A宣布与B".
const JOINERS: &[&str] = &[
    "and",
    "&",
    "+",
    "与",
    "與",
    "和",
    "及",
    "、",
    "宣布与",
    "宣佈與",
    "联同",
    "連同",
];

/// Words saying that the two act together.
const JOINT_WORDS: &[&str] = &["jointly", "together", "their", "co-licensors"];
const ZH_JOINT_WORDS: &[&str] = &[
    "一道", "联手", "聯手", "共同", "联合", "聯合", "一同", "两家", "兩家",
];

/// The pairs of companies a document names as one side of a deal.
#[derive(Debug, Default)]
pub struct CoParties {
    /// Display names of the two, in the order written, and of their counterparty.
    pairs: Vec<(String, String, String)>,
}

impl CoParties {
    /// Finds, in each sentence, two companies joined as one side ("A and B", tickers in
    /// brackets allowed between) and followed by a third, their counterparty, where the
    /// sentence says they act together or grants rights to that third company.
    pub fn find(text: &str, sentences: &[Span], names: &DocNames) -> Self {
        let mut pairs: Vec<(String, String, String)> = Vec::new();
        for s in sentences {
            let sentence = &text[s.start..s.end];
            let mut hits = names.in_span(*s);
            hits.sort_by_key(|h| h.span.start);
            // "上海澈言生物科技有限公司（以下简称“澈言生物”）": one company, written twice.
            hits.dedup_by(|b, a| Gazetteer::same_company(a, b));
            // A table row: "| Keymed Biosciences; InnoCare Pharma | Prolium Biosciences |" —
            // two companies in one cell face the company in the next.
            for w in hits.windows(3) {
                let (a, b, c) = (&w[0], &w[1], &w[2]);
                let gap = text[a.span.end..b.span.start].trim();
                let cells = text[b.span.end..c.span.start].contains(['|', '｜']);
                if matches!(gap, ";" | "；" | "/" | "、")
                    && cells
                    && !text[a.span.end..b.span.start].contains(['|', '｜'])
                    && !Gazetteer::same_company(a, b)
                {
                    pairs.push((a.name.clone(), b.name.clone(), c.name.clone()));
                }
            }
            // (Read once per sentence, when a window needs it.)
            let mut joint_sentence: Option<bool> = None;
            for w in hits.windows(3) {
                let (a, b, c) = (&w[0], &w[1], &w[2]);
                if Gazetteer::same_company(a, b)
                    || Gazetteer::same_company(a, c)
                    || Gazetteer::same_company(b, c)
                    || !joined(&text[a.span.end..b.span.start])
                {
                    continue;
                }
                let between = &text[b.span.end..c.span.start];
                let joint = *joint_sentence.get_or_insert_with(|| {
                    crate::text::words(sentence).any(|w| JOINT_WORDS.contains(&w.as_str()))
                        || ZH_JOINT_WORDS.iter().any(|w| sentence.contains(w))
                });
                let grants_to_c = ZH_GRANTS.iter().any(|g| between.contains(g))
                    || (crate::text::words(between).any(|w| w.starts_with("licens"))
                        && crate::text::words(between).last().as_deref() == Some("to"));
                if joint || grants_to_c {
                    pairs.push((a.name.clone(), b.name.clone(), c.name.clone()));
                }
            }
            // "Ebersfeld in-licenses … from Shanghai Jinqiao Biotech and Nanjing Heming", "哈罗盖特
            // 引进澈言生物与旻川医药…", "哈罗盖特…与澈言生物（…）及旻川医药（…）签署…": a licence
            // from, or an agreement with, two companies.
            for w in hits.windows(3) {
                let (c, a, b) = (&w[0], &w[1], &w[2]);
                let to_a = &text[c.span.end..a.span.start];
                let after_b = &text[b.span.end
                    ..crate::text::floor_boundary(text, (b.span.end + 90).min(text.len()))];
                let after_b = after_b.split(['。', '\n']).next().unwrap_or("");
                let from = crate::text::words(to_a).last() == Some("from".to_owned())
                    || ["引进", "引進", "引入"].iter().any(|w| to_a.contains(w))
                    || to_a.trim_end().ends_with(['与', '與', '和', '同'])
                        && [
                            "签署", "簽署", "达成", "達成", "订立", "訂立", "签订", "簽訂",
                        ]
                        .iter()
                        .any(|v| after_b.contains(v));
                if from
                    && !Gazetteer::same_company(a, b)
                    && !Gazetteer::same_company(a, c)
                    && !Gazetteer::same_company(b, c)
                    && joined(&text[a.span.end..b.span.start])
                {
                    pairs.push((a.name.clone(), b.name.clone(), c.name.clone()));
                }
            }
        }
        CoParties { pairs }
    }

    /// Whether two references name the two companies of one side.
    pub fn same_side(&self, a: &CompanyHit, b: &CompanyHit) -> bool {
        self.pairs
            .iter()
            .any(|(x, y, _)| (x == &a.name && y == &b.name) || (x == &b.name && y == &a.name))
    }

    /// Whether two display names are the two companies of one side.
    pub fn same_side_names(&self, a: &str, b: &str) -> bool {
        self.pairs
            .iter()
            .any(|(x, y, _)| (x == a && y == b) || (x == b && y == a))
    }

    /// The side a company belongs to in a deal with `counterparty`, written "A; B", when
    /// the two were named as one side facing it.
    pub fn side_of(&self, name: &str, counterparty: &str) -> Option<String> {
        self.pairs
            .iter()
            .find(|(x, y, c)| (x == name || y == name) && c == counterparty)
            .map(|(x, y, _)| format!("{x}; {y}"))
    }
}

/// Whether the text between two names joins them: a joiner, with bracketed tickers or
/// descriptions around it ("InnoCare Pharma (HKEX: 09969) and Keymed").
fn joined(gap: &str) -> bool {
    let mut plain = String::with_capacity(gap.len());
    let mut depth = 0usize;
    for ch in gap.chars() {
        match ch {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(ch),
            _ => {}
        }
    }
    // What a name's match left of its legal form: "Co., Ltd. and".
    let rest: Vec<&str> = plain
        .split_whitespace()
        .skip_while(|w| crate::gazetteer::LEGAL_FORMS.contains(&w.trim_end_matches(',')))
        .collect();
    let rest = rest.join(" ");
    JOINERS.contains(&rest.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '，'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joiners_allow_bracketed_tickers_only() {
        assert!(joined(" (HKEX: 09969; SSE: 688428) and "));
        assert!(joined("与"));
        assert!(joined(" + "));
        assert!(joined(" Co., Ltd. (HKEX: 09990) and "));
        assert!(!joined(" signed an agreement with "));
        assert!(!joined(" and its partner "));
    }
}
