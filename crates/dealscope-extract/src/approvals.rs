//! Approvals in news text: a regulator, an approval that happened, a product, and when —
//! "The NMPA approved AK112 for …", "国家药监局批准……上市". Expected approvals are catalysts,
//! not approvals: a sentence that expects ("expected", "预计", "有望") is skipped.

use dealscope_core::{Agency, ApprovalCategory, ApprovalOrigin, PartialDate, Span};

use crate::catalysts::dates;
use crate::gazetteer::Gazetteer;
use crate::text::sentences;

/// An approval read from a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtractedApproval {
    /// The regulator.
    pub agency: Agency,
    /// The product (an asset name as written).
    pub product: String,
    /// Where it is named.
    pub product_span: Span,
    /// When (a date in the sentence, else the document's dateline).
    pub date: PartialDate,
    /// Chemical, biologic, TCM, when the sentence says.
    pub category: Option<ApprovalCategory>,
    /// Domestic or imported, when the sentence says.
    pub origin: Option<ApprovalOrigin>,
    /// Priority review, conditional approval, breakthrough therapy … when stated.
    pub pathway: Option<String>,
    /// The sentence.
    pub sentence: Span,
}

const AGENCIES: &[(Agency, &[&str])] = &[
    (
        Agency::Nmpa,
        &[
            "nmpa",
            "national medical products administration",
            "国家药监局",
            "国家药品监督管理局",
            "cfda",
        ],
    ),
    (Agency::Fda, &["fda", "food and drug administration"]),
    (
        Agency::Ema,
        &["european commission", "ema ", "european medicines agency"],
    ),
    (Agency::Pmda, &["pmda", "mhlw"]),
];

const APPROVED: &[&str] = &[
    "approved",
    "granted approval",
    "granted marketing authorization",
    "has approved",
    "获批上市",
    "批准上市",
    "获得批准",
    "正式获批",
    "获批",
    "批准",
];

const NOT_YET: &[&str] = &[
    "expect",
    "anticipat",
    "plan",
    "will ",
    "may ",
    "预计",
    "有望",
    "计划",
    "将",
];

const PATHWAYS: &[(&str, &str)] = &[
    ("priority review", "priority review"),
    ("conditional", "conditional approval"),
    ("accelerated approval", "accelerated approval"),
    ("breakthrough", "breakthrough therapy"),
    ("优先审评", "priority review"),
    ("附条件", "conditional approval"),
    ("突破性治疗", "breakthrough therapy"),
];

/// Approvals in `text`; `dateline` dates those whose sentence gives no date.
pub fn find(
    text: &str,
    gazetteer: &Gazetteer,
    dateline: Option<PartialDate>,
) -> Vec<ExtractedApproval> {
    let mut out = Vec::new();
    for s in sentences(text) {
        let sentence = &text[s.start..s.end];
        let lower = sentence.to_lowercase();
        if lower.len() != sentence.len() || NOT_YET.iter().any(|c| lower.contains(c)) {
            continue;
        }
        if !APPROVED.iter().any(|c| lower.contains(c)) {
            continue;
        }
        let Some(agency) = AGENCIES
            .iter()
            .find(|(_, cues)| cues.iter().any(|c| lower.contains(c)))
            .map(|(a, _)| a.clone())
        else {
            continue;
        };
        let Some(product) = gazetteer.assets(sentence).into_iter().next() else {
            continue;
        };
        let date = dates(&lower, None)
            .into_iter()
            .map(|(d, _)| d)
            .next()
            .or(dateline);
        let Some(date) = date else { continue };
        let category = [
            (
                ApprovalCategory::Chemical,
                &["chemical drug", "small molecule", "化学药", "化药"][..],
            ),
            (
                ApprovalCategory::Biologic,
                &[
                    "biologic",
                    "biological",
                    "生物制品",
                    "生物药",
                    "单抗",
                    "双抗",
                ][..],
            ),
            (
                ApprovalCategory::Tcm,
                &["traditional chinese medicine", "中药"][..],
            ),
        ]
        .into_iter()
        .find(|(_, cues)| cues.iter().any(|c| lower.contains(c)))
        .map(|(c, _)| c);
        let origin = if ["imported", "进口"].iter().any(|c| lower.contains(c)) {
            Some(ApprovalOrigin::Imported)
        } else if ["domestic", "国产", "自主研发"]
            .iter()
            .any(|c| lower.contains(c))
        {
            Some(ApprovalOrigin::Domestic)
        } else {
            None
        };
        out.push(ExtractedApproval {
            agency,
            product: product.written,
            product_span: Span {
                start: s.start + product.span.start,
                end: s.start + product.span.end,
            },
            date,
            category,
            origin,
            pathway: PATHWAYS
                .iter()
                .find(|(cue, _)| lower.contains(cue))
                .map(|(_, p)| (*p).to_owned()),
            sentence: s,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::catalysts::tests::gazetteer;

    #[test]
    fn english_and_chinese_approvals_with_their_details() {
        let g = gazetteer();
        let found = find(
            "On April 29, 2025, the NMPA approved ivonescimab, a domestic biologic, under priority review.",
            &g,
            None,
        );
        assert_eq!(found.len(), 1);
        let a = &found[0];
        assert_eq!(a.agency, Agency::Nmpa);
        assert_eq!(a.product, "ivonescimab");
        assert_eq!(a.date.to_string(), "2025-04-29");
        assert_eq!(a.category, Some(ApprovalCategory::Biologic));
        assert_eq!(a.origin, Some(ApprovalOrigin::Domestic));
        assert_eq!(a.pathway.as_deref(), Some("priority review"));

        let dateline = PartialDate::day(2025, 5, 6).unwrap();
        let found = find(
            "国家药监局批准依沃西单抗（AK112）新适应症上市，该药为国产生物制品。",
            &g,
            Some(dateline),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].date, dateline,
            "no date in the sentence: the dateline"
        );
        assert_eq!(found[0].origin, Some(ApprovalOrigin::Domestic));
    }

    #[test]
    fn expected_approvals_and_other_agencies_words_are_not_approvals() {
        let g = gazetteer();
        let day = Some(PartialDate::day(2025, 5, 6).unwrap());
        for text in [
            "Akeso expects the NMPA to approve AK112 in 2026.",
            "AK112有望于2026年获批上市。",
            "The company approved a budget for AK112 in 2025.",
        ] {
            assert!(find(text, &g, day).is_empty(), "{text}");
        }
    }
}
