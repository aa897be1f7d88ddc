//! Assembling deal records from sentences: who licensed what to whom, on what terms.
//!
//! A deal starts at a sentence that uses deal language (license, agreement, acquire,
//! option, NewCo …) and names two companies that are not the pair of the deal before.
//! Later sentences add to the current deal until the next one starts. Amounts with a deal
//! role join the deal of the sentence they are in.

use dealscope_core::{Currency, DealType, Modality, PartialDate, Span};
use serde::Serialize;

use crate::coparties::CoParties;
use crate::gazetteer::{self, CompanyHit, Gazetteer};
use crate::roles::{MilestoneKind, Role};
use crate::{Field, Mention, mentions_within};

/// A deal read from one document. Every field carries the span it was read from.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ExtractedDeal {
    /// Party granting rights.
    pub licensor: Option<Field<String>>,
    /// Party receiving rights (or acquirer).
    pub licensee: Option<Field<String>>,
    /// Assets by code or INN, as written.
    pub assets: Vec<Field<String>>,
    /// Modality of the lead asset.
    pub modality: Option<Field<Modality>>,
    /// Molecular targets.
    pub targets: Vec<Field<String>>,
    /// Structure of the deal.
    pub deal_type: Option<Field<DealType>>,
    /// Rights granted, as written.
    pub territory: Option<Field<String>>,
    /// Indices into the document's mentions of this deal's terms.
    pub terms: Vec<usize>,
    /// Royalty terms in words.
    pub royalty: Option<Field<String>>,
    /// Announcement date.
    pub announced: Option<Field<PartialDate>>,
    /// What the document says happened to the deal since (closing, termination …).
    pub events: Vec<crate::events::ExtractedEvent>,
    /// Company ids of the parties, when resolved.
    #[serde(skip)]
    pub party_ids: (Option<String>, Option<String>),
    /// Whether the deal's text speaks of sales milestones without a figure ("as well as
    /// additional payments upon specified net sales milestones"): a milestone figure for the
    /// other kinds is then only a part.
    #[serde(skip)]
    pub sales_unquantified: bool,
    /// Terms priced per programme or target ("up to $300 million per program"): they are
    /// the deal's terms, but not its figures, which are for the whole deal.
    #[serde(skip)]
    pub per_unit: Vec<usize>,
}

const TRIGGERS: &[&str] = &[
    "license",
    "licence",
    "licensing",
    "licensed",
    "licenses",
    "in-license",
    "in-licenses",
    "in-licensed",
    "in-licensing",
    "out-license",
    "out-licensing",
    "out-licensed",
    "agreement",
    "agreements",
    "collaboration",
    "acquire",
    "acquires",
    "acquired",
    "acquisition",
    "option",
    "newco",
    "rights",
    "deal",
    "partnership",
    "transaction",
    "merger",
    "buy",
    "buys",
];

/// Chinese deal language.
const ZH_TRIGGERS: &[&str] = &[
    "许可",
    "授权",
    "协议",
    "合作",
    "收购",
    "选择权",
    "期权",
    "NewCo",
    "授予",
    "授權",
    "許可",
    "協議",
    "收購",
    "選擇權",
    "引进",
    "引進",
    "转让",
    "轉讓",
];

fn lower_words(text: &str) -> Vec<String> {
    crate::text::words(text).collect()
}

/// The most parties a window is read for: a sentence naming more companies is a list, and
/// reading only its first ones keeps the time linear in the text.
const MAX_PARTIES: usize = 32;

/// The first reference to each different party in a window of references (two co-licensors
/// are one party), up to [`MAX_PARTIES`].
fn distinct<'w>(window: &'w [(CompanyHit, Span)], co: &CoParties) -> Vec<&'w (CompanyHit, Span)> {
    // `Gazetteer::same_company` with each name's key computed once.
    let mut d: Vec<(&(CompanyHit, Span), String)> = Vec::new();
    for c in window {
        let key = dealscope_core::names::company_key(&c.0.name);
        let same = |(x, x_key): &(&(CompanyHit, Span), String)| match (&x.0.id, &c.0.id) {
            (Some(a), Some(b)) => a == b,
            _ => *x_key == key,
        };
        if !d.iter().any(|x| same(x) || co.same_side(&x.0.0, &c.0)) {
            d.push((c, key));
            if d.len() == MAX_PARTIES {
                break;
            }
        }
    }
    d.into_iter().map(|(c, _)| c).collect()
}

/// Licensor/licensee evidence in a sentence for a party at `hit`: positive for the party
/// granting rights or receiving money, negative for the one receiving rights or paying.
fn party_score(sentence: &str, offset: usize, hit: &CompanyHit) -> i32 {
    // A hit outside the sentence (a heading's company lent to it) reads no cue.
    let before = hit
        .span
        .start
        .checked_sub(offset)
        .and_then(|p| sentence.get(..p))
        .unwrap_or("");
    let after = hit
        .span
        .end
        .checked_sub(offset)
        .and_then(|p| sentence.get(p..))
        .unwrap_or("");
    let b: Vec<String> = lower_words(before);
    let a: Vec<String> = lower_words(after);
    let last = |n: usize| {
        b.iter()
            .rev()
            .take(n)
            .map(String::as_str)
            .collect::<Vec<_>>()
    };
    let n: Vec<&str> = a.iter().take(6).map(String::as_str).collect();
    let mut score = 0;
    // "Hefei Chaohu Medicines -> Brevant Therapeutics": from licensor to licensee; a
    // digest's "深圳科岚医药 × Aurenz" names the licensor first, less surely.
    if after.trim_start().starts_with(['→', '➔']) || after.trim_start().starts_with("->") {
        score += 2;
    }
    if before.trim_end().ends_with(['→', '➔']) || before.trim_end().ends_with("->") {
        score -= 2;
    }
    // "Ardmoor <- Lianyungang Beigu": the licensee takes from the licensor.
    if after.trim_start().starts_with('←') || after.trim_start().starts_with("<-") {
        score -= 2;
    }
    if before.trim_end().ends_with('←') || before.trim_end().ends_with("<-") {
        score += 2;
    }
    if after.trim_start().starts_with('×') {
        score += 1;
    }
    if before.trim_end().ends_with('×') {
        score -= 1;
    }
    // "… from X": the source of the rights; but "got $75 million upfront from X": the payer.
    if last(2).contains(&"from") {
        let money = last(5).iter().any(|w| {
            matches!(
                *w,
                "million" | "billion" | "m" | "mn" | "bn" | "upfront" | "payment" | "fee"
            )
        });
        score += if money { -3 } else { 3 };
    }
    // "Lumora's ADC", "Lumora Therapeutics' ADC": the owner of the asset; but "AstraZeneca's
    // $1.2 billion takeover of Gracell": the buyer.
    if ["'s", "’s", "' ", "’ "]
        .iter()
        .any(|p| after.starts_with(p))
    {
        let buys = n.iter().take(5).any(|w| {
            matches!(
                *w,
                "takeover" | "acquisition" | "purchase" | "buyout" | "in-licensing"
            )
        });
        score += if buys { -3 } else { 2 };
    }
    // "We are paying forty-five million dollars up front": the payer (not ", paying the
    // Chinese biotech …", whose subject comes before).
    if matches!(n.first(), Some(&("is" | "are" | "was" | "were")))
        && matches!(n.get(1), Some(&("paying" | "buying" | "acquiring")))
    {
        score -= 3;
    }
    // "will pay Lumora $35MM": the payee.
    if last(2)
        .iter()
        .any(|w| matches!(*w, "pay" | "pays" | "paid"))
    {
        score += 2;
    }
    // "Lumora grants Brightwater exclusive rights": the grantee.
    if last(2)
        .iter()
        .any(|w| matches!(*w, "grants" | "granted" | "grant" | "granting"))
    {
        score -= 2;
    }
    // "X granted …", "X out-licensed …"
    if n.iter().any(|w| {
        matches!(
            *w,
            "granted" | "grants" | "grant" | "out-licensed" | "out-licenses"
        )
    }) {
        score += 2;
    }
    // "X will receive $500 million" (money in) but "X receives an option / rights" (rights in).
    if let Some(k) = n.iter().position(|w| {
        matches!(
            *w,
            "receive" | "receives" | "received" | "got" | "gets" | "lands" | "landed"
        )
    }) {
        let rights = n[k + 1..].iter().take(4).any(|w| {
            w.starts_with("right")
                || w.starts_with("option")
                || w.starts_with("licen")
                || *w == "exclusive"
        });
        score += if rights { -2 } else { 2 };
    }
    // "X licensed … to Y" grants; "X licensed global rights … from Y" receives.
    if n.iter().any(|w| matches!(*w, "licensed" | "licenses")) && !n.contains(&"in-licensed") {
        score += if a.iter().any(|w| w == "from") { -3 } else { 1 };
    }
    // "Haibin is the licensee here and Pallister the licensor": said outright.
    let said = |role: &str| {
        n.iter()
            .take(4)
            .position(|w| *w == role)
            .is_some_and(|p| p > 0 && matches!(n[p - 1], "the" | "a" | "as"))
    };
    if said("licensor") {
        score += 4;
    }
    if said("licensee") {
        score -= 4;
    }
    // "developed by X", "discovered by X": the originator.
    let originated = last(1).first() == Some(&"by")
        && last(2).iter().any(|w| {
            matches!(
                *w,
                "developed" | "discovered" | "invented" | "owned" | "originated" | "created"
            )
        });
    if originated {
        score += 2;
    }
    // "licensed … to X" names the licensee, but "a payment … to X" the payee.
    if !originated && last(2).iter().any(|w| matches!(*w, "to" | "by")) {
        let paying = last(8).iter().any(|w| {
            matches!(
                *w,
                "pay" | "pays" | "paid" | "payment" | "payments" | "upfront" | "fee"
            )
        });
        score += if paying { 2 } else { -2 };
    }
    if n.iter().any(|w| {
        matches!(
            *w,
            "pay"
                | "pays"
                | "paid"
                | "obtain"
                | "obtains"
                | "acquire"
                | "acquires"
                | "in-license"
                | "in-licenses"
                | "in-licensed"
                | "gains"
                | "gain"
                | "obtained"
                | "took"
                | "takes"
        )
    }) {
        score -= 3;
    }
    score + zh_party_score(before, after)
}

/// Words granting rights to the party named next ("授予X", "许可给X").
pub(crate) const ZH_GRANTS: &[&str] = &[
    "授予",
    "授权给",
    "授權予",
    "授權給",
    "许可给",
    "許可給",
    "转让给",
    "轉讓給",
];

/// The same evidence in Chinese: "向X支付" / "X将获得…首付款" (payee, licensor), "授予X" /
/// "X将向…支付" / "X引进" (grantee or payer, licensee), "从X引进" (source of the rights).
fn zh_party_score(before: &str, after: &str) -> i32 {
    // Digits do not count ("邓莫尔制药已于2025年6月一次性支付…"), nor does the next clause:
    // in "授予布雷福德製藥，並已收取首付款" the payee is the subject, not the grantee; "的授權
    // 協議" names the agreement, not who grants.
    let head: String = after
        .chars()
        .take_while(|c| !matches!(c, '，' | '。' | '；' | ','))
        .filter(|c| !c.is_ascii_digit())
        .take(50)
        .collect::<String>()
        .replace("授權協議", "")
        .replace("授权协议", "");
    // "从康诺亚与乐普生物的合资公司KYM Biosciences引进": the owners named before a joint
    // venture or a subsidiary only describe it; the preposition before them is the owned
    // company's, and the owners read no cue.
    // The prepositions a company's name may stand after: 从/自 (from), 向 (to).
    const PREPOSITIONS: [char; 4] = ['从', '自', '從', '向'];
    const OWNED: [&str; 7] = [
        "合资公司",
        "合資公司",
        "子公司",
        "附属公司",
        "附屬公司",
        "旗下",
        "旗下的",
    ];
    let owns_next = {
        let lead: String = after.chars().take(20).collect();
        OWNED
            .iter()
            .filter_map(|w| lead.find(w))
            .min()
            .is_some_and(|p| {
                let between = &lead[..p];
                !between.contains(['，', '。', '；', ','])
                    && ![
                        "引进", "引進", "授权", "授權", "授予", "支付", "获得", "獲得", "签署",
                        "簽署", "收购", "收購",
                    ]
                    .iter()
                    .any(|v| between.contains(v))
            })
    };
    if owns_next {
        return 0;
    }
    let before = match OWNED.iter().find(|w| before.ends_with(*w)) {
        Some(w) => {
            let owners = &before[..before.len() - w.len()];
            let reach = crate::text::floor_boundary(owners, owners.len().saturating_sub(45));
            owners[reach..]
                .rfind(PREPOSITIONS)
                .filter(|&p| !owners[reach + p..].contains(['，', '。', '；']))
                .map_or(before, |p| {
                    let c = owners[reach + p..].chars().next().map_or(0, char::len_utf8);
                    &owners[..reach + p + c]
                })
        }
        None => before,
    };
    // "从韩国Sohwa Therapeutics引进": a country between the preposition and the name.
    let before = gazetteer::ZH_COUNTRIES
        .iter()
        .find_map(|c| before.strip_suffix(c))
        .filter(|b| b.ends_with(PREPOSITIONS))
        .unwrap_or(before);
    let tail: String = {
        let t: Vec<char> = before.chars().rev().take(6).collect();
        t.into_iter().rev().collect()
    };
    // "1. 璟澄生物 × Sohwa（1月）：从韩国引进…": the verbs after a pair are its first
    // company's.
    let second_of_pair = tail.trim_end().ends_with(['×', '✕', '&']);
    // "向公司支付", "授予布雷福德": a name after a preposition or a granting verb is its
    // object; the verbs after it are its subject's.
    let grantee = ZH_GRANTS.iter().any(|w| tail.ends_with(w));
    let object = grantee
        || [
            "向",
            "从",
            "自",
            "從",
            "支付给",
            "支付給",
            "付给",
            "付給",
            "支付予",
        ]
        .iter()
        .any(|w| tail.ends_with(w));
    let head = if object || second_of_pair {
        String::new()
    } else {
        head
    };
    let mut score = 0;
    // "米德兰是在获得鼎曜生物授权后取得…": what X obtains is rights, not money.
    let clause = after
        .find(['，', '。', '；', ','])
        .map_or(after, |e| &after[..e]);
    let obtains_rights = !object
        && ["获得", "獲得", "取得"].iter().any(|w| {
            clause.find(w).is_some_and(|p| {
                let object = &clause[p..];
                [
                    "授权",
                    "授權",
                    "许可",
                    "許可",
                    "权益",
                    "權益",
                    "选择权",
                    "選擇權",
                ]
                .iter()
                .any(|r| object.contains(r))
                    && !["付款", "美元", "费", "費", "里程碑", "人民币", "人民幣"]
                        .iter()
                        .any(|m| object.contains(m))
            })
        });
    if obtains_rights {
        score -= 4;
    }
    // "X从Y引进": Y grants; "X从BMS拿到8亿美元预付款": money taken from Y is Y's to pay.
    if ["从", "自", "從"].iter().any(|w| tail.ends_with(w)) {
        let paid_by = ["拿到", "获得", "獲得", "收取", "收到", "取得"]
            .iter()
            .filter_map(|w| clause.find(w).map(|p| &clause[p..]))
            .any(|taken| {
                [
                    "美元",
                    "首付",
                    "预付",
                    "預付",
                    "付款",
                    "人民币",
                    "人民幣",
                    "港元",
                    "欧元",
                ]
                .iter()
                .any(|m| taken.contains(m))
            });
        score += if paid_by { -3 } else { 3 };
    }
    if tail.ends_with('向') {
        score += 2;
    }
    // "…首付款将由璟岸医药支付给东湖制药": the payee.
    if ["支付给", "支付給", "付给", "付給", "支付予"]
        .iter()
        .any(|w| tail.ends_with(w))
    {
        score += 3;
    }
    if grantee {
        score -= 2;
    }
    // A granting verb: "X授权Y", "X将…授予Y"; not the noun of "X…达成的…授权为例".
    let grants = ["授予", "授權", "授权"].iter().any(|w| {
        head.find(w).is_some_and(|p| {
            p == 0
                || ["将", "將", "把", "已", "拟", "擬"]
                    .iter()
                    .any(|v| head[..p].contains(v))
        })
    });
    if grants
        || [
            "将获得",
            "將獲得",
            "拿到",
            "获得",
            "獲得",
            "可获得",
            "收取",
            "有资格",
            "有資格",
        ]
        .iter()
        .any(|w| head.contains(w))
    {
        score += 2;
    }
    // (Not "信达生物与礼来签约：3.5亿美元首付款买下…": past a colon, a payment is what buys.)
    let paid_for = |p: usize| {
        head[..p].rfind('：').is_some_and(|c| {
            ["美元", "元", "首付"]
                .iter()
                .any(|m| head[c..p].contains(m))
        })
    };
    if [
        "支付", "將向", "将向", "引进", "引進", "引入", "收购", "收購", "买下", "買下",
    ]
    .iter()
    .any(|w| head.find(w).is_some_and(|p| !paid_for(p)))
    {
        score -= 3;
    }
    // "朔禾医药与Halverd达成…协议，引进…": a clause without a subject that brings rights in
    // goes on with the subject of the one before (not with the partner after 与).
    let clause_before = before
        .rsplit(['，', '。', '；', ','])
        .next()
        .unwrap_or(before);
    let partner = ["与", "與", "和", "及", "同", "向", "从", "從"]
        .iter()
        .any(|w| clause_before.contains(w));
    if !object && !partner {
        let next = after
            .find(['，', ','])
            .map(|c| after[c..].trim_start_matches(['，', ',']))
            .unwrap_or("");
        if ["引进", "引進", "引入"].iter().any(|w| next.starts_with(w)) {
            score -= 3;
        }
    }
    score
}

/// Phrases that state a territory, longest first.
const TERRITORIES: &[&str] = &[
    "outside of Greater China",
    "outside Greater China",
    "outside of mainland China",
    "outside mainland China",
    "outside of China",
    "outside China",
    "excluding Greater China",
    "excluding mainland China",
    "excluding China",
    "ex-Greater China",
    "ex-China",
    "global ex-China",
    "in Greater China",
    "in mainland China",
    "in the United States",
    "worldwide",
    "global rights",
    "globally",
    "大中华区以外",
    "除中国以外",
    "中国以外的全球",
    "中国以外",
];

/// A press release's dateline below its headline and bullets: "TOKYO, January 23, 2023 –
/// Takeda …", "SUZHOU, China, Jan. 3, 2024 /PRNewswire/ --", "Shanghai, the People's
/// Republic of China, 4 December 2023" (a line that is a place and a date), within the first
/// 2,000 bytes.
fn dateline_line(text: &str) -> Option<(PartialDate, Span)> {
    let head = &text[..crate::text::floor_boundary(text, 2000)];
    let mut at = 0;
    for line in head.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.trim_end();
        let Some((date, span)) = dateline(body) else {
            continue;
        };
        let place = body[..span.start].trim_end();
        let rest = body[span.end..].trim_start();
        let placed = place.is_empty() || place.ends_with(',') && place.len() <= 80;
        let ends = rest.is_empty()
            || ["–", "-", "—", "/", "(", ":"]
                .iter()
                .any(|w| rest.starts_with(w));
        if placed && ends {
            return Some((
                date,
                Span {
                    start: start + span.start,
                    end: start + span.end,
                },
            ));
        }
    }
    None
}

/// The dateline date of a press release ("SHANGHAI, May 20, 2025 /PRNewswire/ --",
/// "2025年5月20日", "4 December 2023"): the earliest date to the day in the first 400
/// characters.
pub fn dateline(text: &str) -> Option<(PartialDate, Span)> {
    if let Some(found) = zh_date(text) {
        return Some(found);
    }
    let head_end = text.char_indices().nth(400).map_or(text.len(), |(i, _)| i);
    let head = &text[..head_end];
    // "May", "June" … as documents write them.
    let capitalised: Vec<String> = dealscope_core::date::MONTH_NAMES
        .iter()
        .map(|m| m[..1].to_ascii_uppercase() + &m[1..])
        .collect();
    let mut best: Option<(PartialDate, Span)> = None;
    for m in &capitalised {
        for abbrev in [m.as_str(), &m[..3]] {
            let mut from = 0;
            while let Some(pos) = head[from..].find(abbrev) {
                let start = from + pos;
                from = start + abbrev.len();
                let rest = &head[start..];
                // "May 20, 2025" or "Jan. 12, 2026"
                let end = rest
                    .char_indices()
                    .take(20)
                    .filter(|(_, c)| c.is_ascii_digit())
                    .map(|(i, _)| i + 1)
                    .last();
                let Some(end) = end else { continue };
                // "4 December 2023": the day written first.
                let day_digits = head[..start]
                    .strip_suffix(' ')
                    .map(|b| b.bytes().rev().take_while(u8::is_ascii_digit).count())
                    .filter(|n| (1..=2).contains(n))
                    .unwrap_or(0);
                let day_first = day_digits > 0 && {
                    // (Only when no day follows the month: "4 December 2023", not "… 4 May 20, 2025".)
                    let after_month = rest[abbrev.len()..].trim_start_matches(['.', ' ']);
                    let digits = after_month.bytes().take_while(u8::is_ascii_digit).count();
                    digits == 4
                };
                let (start, end) = if day_first {
                    (start - day_digits - 1, end + day_digits + 1)
                } else {
                    (start, end)
                };
                let candidate = head[start..start + end].replace('.', "");
                if let Ok(d) = candidate.parse::<PartialDate>() {
                    if d.precision() == dealscope_core::DatePrecision::Day
                        && best.as_ref().is_none_or(|(_, s)| start < s.start)
                    {
                        best = Some((
                            d,
                            Span {
                                start,
                                end: start + end,
                            },
                        ));
                    }
                }
            }
        }
    }
    best
}

/// The first full Chinese date ("2025年5月20日") in `text`.
fn zh_date(text: &str) -> Option<(PartialDate, Span)> {
    let head = &text[..crate::text::floor_boundary(text, 400)];
    for (p, _) in head.match_indices('年') {
        let start = head[..p]
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_digit())
            .last()
            .map(|(i, _)| i)?;
        let rest = &head[p..];
        let Some(day_end) = rest.find('日') else {
            continue;
        };
        let end = p + day_end + '日'.len_utf8();
        if end - start > 20 {
            continue;
        }
        if let Ok(d) = head[start..end].parse::<PartialDate>() {
            if d.precision() == dealscope_core::DatePrecision::Day {
                return Some((d, Span { start, end }));
            }
        }
    }
    zh_date_without_year(text, head)
}

/// "5月20日" at the head of a report that does not repeat the year: the year comes from the
/// context — the latest year the text mentions ("2025年…"; a deal is announced after the
/// years it looks back on). Without any year in the text there is no date.
fn zh_date_without_year(text: &str, head: &str) -> Option<(PartialDate, Span)> {
    let year = text
        .match_indices('年')
        .filter_map(|(p, _)| {
            let digits = text.get(p.checked_sub(4)?..p)?;
            let y: i32 = digits.parse().ok()?;
            (2000..=2099).contains(&y).then_some(y)
        })
        .max()?;
    for (p, _) in head.match_indices('月') {
        let month: String = head[..p]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if month.is_empty() || month.len() > 2 {
            continue;
        }
        let start = p - month.len();
        // A month after a year is a full date (read above) or a month-only date.
        if head[..start].ends_with('年') {
            continue;
        }
        let rest = &head[p + '月'.len_utf8()..];
        let day: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if day.is_empty() || !rest[day.len()..].starts_with('日') {
            continue;
        }
        let end = p + '月'.len_utf8() + day.len() + '日'.len_utf8();
        let (Ok(m), Ok(d)) = (month.parse::<u32>(), day.parse::<u32>()) else {
            continue;
        };
        if let Ok(date) = PartialDate::day(year, m, d) {
            return Some((date, Span { start, end }));
        }
    }
    None
}

/// Deal type from the words of the deal's sentences. An acquisition is the purchase of a
/// company or asset, not "an option to acquire rights".
fn deal_type(text: &str) -> Option<(DealType, usize, usize)> {
    let lower = text.to_ascii_lowercase();
    let find = |needles: &[&str]| {
        needles
            .iter()
            .filter_map(|n| lower.find(n).map(|p| (p, p + n.len())))
            .min()
    };
    let acquisition = || {
        let mut from = 0;
        if let Some(p) = lower.find("收购") {
            return Some((p, p + "收购".len()));
        }
        while let Some(p) = ["acquire", "acquisition", "buyout", "merger"]
            .iter()
            .filter_map(|n| lower[from..].find(n).map(|q| (from + q, n.len())))
            .min()
        {
            let (start, len) = p;
            from = start + len;
            let after: Vec<String> = crate::text::words(&lower[start..]).take(6).collect();
            let before: Vec<String> = crate::text::words(&lower[..start]).collect();
            // "acquire rights", and the accounting term "acquired in-process research and
            // development", are not the purchase of a company.
            let rights = after.iter().any(|w| {
                w.starts_with("right")
                    || w.starts_with("licen")
                    || w == "option"
                    || w == "in-process"
                    || w == "ipr&d"
            });
            let option = before
                .iter()
                .rev()
                .take(3)
                .any(|w| w == "option" || w == "options");
            // "US acquirers often quantify only …": buyers in general.
            let buyers = after.first().is_some_and(|w| w == "acquirers");
            if !rights && !option && !buyers {
                let end = start
                    + lower[start..]
                        .find(|c: char| !c.is_ascii_alphabetic())
                        .unwrap_or(lower.len() - start);
                return Some((start, end));
            }
        }
        None
    };
    let rules: [(DealType, &[&str]); 5] = [
        (
            DealType::NewCo,
            &[
                "newco",
                "newly formed company",
                "new company formed",
                "newly created company",
                "newly established company",
                "newco模式",
                "新公司",
                "新成立",
                "newly established",
                "newly launched",
                "new company",
            ],
        ),
        (
            DealType::Option,
            &[
                "option to license",
                "exclusive option",
                "option to acquire",
                "option agreement",
                "option-to-license",
                "option to in-license",
                "选择权",
                "期权",
            ],
        ),
        (
            DealType::CoDevelopment,
            &[
                "co-develop",
                "co-commercial",
                "jointly develop",
                "co-promot",
                "合作开发",
                "共同开发",
                "共同商业化",
            ],
        ),
        (
            DealType::Platform,
            &[
                "platform",
                "discovery collaboration",
                "research collaboration",
            ],
        ),
        (
            DealType::License,
            &[
                "license",
                "licence",
                "licensing",
                "licensed",
                "exclusive rights",
                "global rights",
                "worldwide rights",
                "rights to",
                "许可",
                "授权",
                "授予",
                "权益",
            ],
        ),
    ];
    if let Some((s, e)) = find(rules[0].1) {
        return Some((DealType::NewCo, s, e));
    }
    if let Some((s, e)) = acquisition() {
        return Some((DealType::Acquisition, s, e));
    }
    // Otherwise the structure named first: "an exclusive option and license agreement" is
    // an option; "a license … and an option to acquire China rights" a license.
    rules[1..]
        .iter()
        .filter_map(|(t, needles)| find(needles).map(|(s, e)| (t.clone(), s, e)))
        .min_by_key(|(_, s, _)| *s)
}

/// Modality named in a text: the first known spelling, whole words.
/// Every spelling of every modality, lower-cased, in one automaton (pattern `k` names
/// `MODALITY_NEEDLES.1[k]`): one pass over a deal's text instead of one per spelling.
static MODALITY_NEEDLES: std::sync::LazyLock<(aho_corasick::AhoCorasick, Vec<Modality>)> =
    std::sync::LazyLock::new(|| {
        let mut needles: Vec<String> = Vec::new();
        let mut values: Vec<Modality> = Vec::new();
        for (value, (label, synonyms)) in Modality::KNOWN.iter().zip(Modality::synonyms()) {
            let label_lower = label.to_ascii_lowercase();
            let spellings = std::iter::once(label_lower.as_str()).chain(synonyms.iter().copied());
            for s in spellings {
                if s.len() < 3 || s == "antibody" || s == "protein" {
                    continue;
                }
                // Synonyms are normalised (spaces for punctuation): both spellings, and the
                // plural ("monoclonal antibodies").
                // (Antibodies only: "vaccines" and "peptides" in an About section describe a
                // company, not the asset.)
                let plural = match s.strip_suffix("antibody") {
                    Some(stem) if !stem.is_empty() => format!("{stem}antibodies"),
                    _ => s.to_owned(),
                };
                for needle in [s.to_owned(), s.replace(' ', "-"), plural] {
                    needles.push(needle);
                    values.push(value.clone());
                }
            }
        }
        let automaton = aho_corasick::AhoCorasick::new(&needles).expect("plain words");
        (automaton, values)
    });

fn modality(text: &str) -> Option<(Modality, usize, usize)> {
    let lower = text.to_ascii_lowercase();
    let (automaton, values) = &*MODALITY_NEEDLES;
    // Whole words only; the earliest, and at one place the longest ("bispecific ADC"), the
    // first listed on a tie.
    let bounded = |p: usize, e: usize| {
        lower[..p]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
            && lower[e..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    };
    let best = automaton
        .find_overlapping_iter(&lower)
        .filter(|m| bounded(m.start(), m.end()))
        .map(|m| {
            (
                m.start(),
                std::cmp::Reverse(m.end()),
                m.pattern().as_usize(),
            )
        })
        .min()
        .map(|(p, std::cmp::Reverse(e), k)| (p, e, values[k].clone()));
    // "bispecific antibody-drug conjugate" and "ADC" written after "bispecific".
    best.map(|(s, e, m)| (m, s, e)).or_else(|| {
        // "a highly selective oral inhibitor of VEGFR-1": an oral inhibitor is a small
        // molecule.
        let p = crate::text::find_word(&lower, "oral")?;
        let after: Vec<String> = crate::text::words(&lower[p..]).take(5).collect();
        let k = after.iter().position(|w| {
            matches!(
                w.as_str(),
                "inhibitor" | "inhibitors" | "antagonist" | "degrader" | "blocker"
            )
        })?;
        let end = p + lower[p..].find(after[k].as_str())? + after[k].len();
        Some((Modality::SmallMolecule, p, end))
    })
}

/// The roles that make an amount a deal's own term.
const KEY_ROLES: [Role; 3] = [Role::Upfront, Role::Milestone, Role::Total];

/// Builds deals from a document's sentences and role-tagged mentions.
pub fn assemble(
    text: &str,
    sentences: &[Span],
    mentions: &[Mention],
    gazetteer: &Gazetteer,
) -> Vec<ExtractedDeal> {
    // A figure a correction replaces is not a deal term (its role stays what it claimed).
    let corrected: Vec<Mention> = mentions
        .iter()
        .map(|m| {
            let mut m = m.clone();
            if superseded(text, m.span) {
                m.role = Role::Other;
            }
            m
        })
        .collect();
    let mentions = corrected.as_slice();
    debug_assert!(mentions.is_sorted_by_key(|m| m.span.start));
    let names = crate::names::DocNames::build(text, gazetteer);
    let co = CoParties::find(text, sentences, &names);
    let mut deals: Vec<ExtractedDeal> = Vec::new();
    let mut spans: Vec<Vec<Span>> = Vec::new(); // sentences of each deal
    let mut current: Option<usize> = None;
    let mut previous: Option<Span> = None;
    let mut previous_triggered = false;
    // Terms stated before any deal could be started ("阿斯利康將支付1.85億美元的首付款" in a
    // release that names the licensor only later): they join the first deal.
    let mut early_terms: Vec<Span> = Vec::new();
    // A line of terms heading the deal named right below it.
    let mut pending: Vec<Span> = Vec::new();
    // Past a "Forward-looking statements" heading a release only repeats itself with
    // caveats ("The payment of milestones of up to USD 2.3 billion depends on …").
    let mut boilerplate = false;
    let mut lead_ins = std::collections::HashMap::new();
    // Where a blank line starts ("\n\n", overlapping), to ask whether a stretch of the text
    // crosses a paragraph without reading it.
    let blank_lines: Vec<usize> = text
        .as_bytes()
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w == b"\n\n")
        .map(|(i, _)| i)
        .collect();
    let crosses_paragraph = |from: usize, to: usize| {
        let k = blank_lines.partition_point(|&p| p < from);
        blank_lines.get(k).is_some_and(|&p| p + 2 <= to)
    };
    // Sentences holding two deals, each in a clause of its own, are read clause by clause
    // (not a headline: it names several deals at once on purpose).
    let sentences: Vec<Span> = sentences
        .iter()
        .enumerate()
        .flat_map(|(k, s)| {
            if k == 0 {
                vec![*s]
            } else {
                deal_clauses(text, *s, mentions, &names, &co)
            }
        })
        .collect();
    let sentences = sentences.as_slice();
    for (k, s) in sentences.iter().enumerate() {
        let sentence = &text[s.start..s.end];
        let heading = sentence.trim().trim_end_matches(':').to_ascii_lowercase();
        if matches!(
            heading.as_str(),
            "forward-looking statements"
                | "forward looking statements"
                | "safe harbor statement"
                | "safe harbor"
                | "cautionary statement"
                | "cautionary note regarding forward-looking statements"
                | "前瞻性陈述"
                | "前瞻性陳述"
        ) {
            boilerplate = true;
        } else if boilerplate && k > 0 && {
            // A slide deck's cautionary slide comes first: the next slide ("---", "Slide 3")
            // is content again.
            let gap = &text[sentences[k - 1].end..s.start];
            gap.lines().any(|l| {
                let l = l.trim();
                l.len() >= 3 && l.bytes().all(|b| matches!(b, b'-' | b'*' | b'_' | b'='))
            }) || sentence
                .strip_prefix("Slide ")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        } {
            boilerplate = false;
        }
        if boilerplate {
            continue;
        }
        let words = lower_words(sentence);
        let triggered = words.iter().any(|w| TRIGGERS.contains(&w.as_str()))
            || ZH_TRIGGERS.iter().any(|t| sentence.contains(t));
        let has_terms = mentions_within(mentions, *s)
            .any(|(_, m)| !matches!(m.role, Role::Other | Role::Royalty));
        let aggregate = crate::roles::is_aggregate(&crate::roles::tokens(sentence));
        // A headline often names several deals at once; the body says which is which.
        let headline =
            k == 0 && !sentence.trim_end().ends_with(['.', '!', '?']) && sentences.len() > 1;
        // A sentence that also speaks of the market ("…, adding to a fast-growing list of
        // Western deals for Chinese ADCs") still reports its own deal when it names its two
        // parties with deal language.
        // Parties in this sentence first, then in the one before ("GSK licensed
        // HS-20089 … GSK paid $85m upfront; Hansoh became eligible …").
        let mut window: Vec<(CompanyHit, Span)> = names
            .in_span(*s)
            .into_iter()
            .filter(|h| !owner_in_apposition(text, h.span))
            .map(|h| (h, *s))
            .collect();
        let own = window.len();
        let own_distinct = distinct(&window, &co).len();
        // "2. US$80m upfront" above "Sichuan Kelun-Biotech … -> Crescent Biopharma": terms
        // that open a paragraph without a company head the deal its next line names.
        let heads_next = has_terms
            && own == 0
            && !headline
            && (k == 0 || text[sentences[k - 1].end..s.start].contains("\n\n"))
            && sentences.get(k + 1).is_some_and(|n| {
                let next: Vec<(CompanyHit, Span)> =
                    names.in_span(*n).into_iter().map(|h| (h, *n)).collect();
                // … naming a pair other than the deal under way.
                let key = |h: &CompanyHit| {
                    h.id.as_ref()
                        .map_or_else(|| h.name.clone(), |i| i.to_string())
                };
                let ongoing = current.is_some_and(|c| {
                    next.iter().all(|(h, _)| {
                        let k = Some(key(h));
                        deals[c].party_ids.0 == k || deals[c].party_ids.1 == k
                    })
                });
                !text[s.end..n.start].contains("\n\n")
                    && distinct(&next, &co).len() >= 2
                    && !ongoing
            });
        if heads_next {
            pending.push(*s);
            previous = Some(*s);
            previous_triggered = triggered;
            continue;
        }
        let own_pair = triggered && own_distinct >= 2;
        // "Brisland Bio (US) | SX-101 | Jan 2025 | … | US$40M | up to US$1.06B | US$1.1B": a
        // table row naming one partner is a deal of that partner with the company the
        // document speaks for, not with the partner of the row above.
        let table_row = has_terms
            && own_distinct == 1
            && sentence.matches(['|', '｜']).count() >= 2
            && names
                .speaker()
                .is_some_and(|me| !Gazetteer::same_company(&window[0].0, me));
        if table_row {
            if let Some(me) = names.speaker() {
                window.push((me.clone(), me.span));
            }
        }
        // "Look at what Hengrui has done this year:" above "- March: … to MSD, $200 million
        // upfront …": an item of a list naming one partner is a deal with the one company its
        // lead-in names.
        let lead_in = if has_terms && own_distinct == 1 && !table_row {
            list_lead_in(text, *s, &mut lead_ins).and_then(|line| {
                let hits = names.in_span(line);
                let first = hits.first()?;
                (hits.iter().all(|h| Gazetteer::same_company(h, first))
                    && !Gazetteer::same_company(first, &window[0].0))
                .then(|| (first.clone(), line))
            })
        } else {
            None
        };
        let table_row = table_row || lead_in.is_some();
        window.extend(lead_in);
        if (triggered || has_terms) && (!aggregate || own_pair) && !headline {
            if own_distinct < 2 && !table_row {
                if let Some(p) = previous {
                    window.extend(names.in_span(p).into_iter().map(|h| (h, p)));
                }
            }
            // A deal sheet names the parties a few lines above its terms ("1) Hefei Chaohu
            // Medicines -> Brevant Therapeutics / Asset: … / Upfront: $40M | …"): terms
            // look further back within their paragraph.
            let mut back = k.saturating_sub(1);
            // With a company of its own the sentence may look back past a paragraph for the
            // other party ("公司与武田就…" after a paragraph about the same company); without
            // one, only within its paragraph.
            let same_paragraph = k > 0 && !text[sentences[k - 1].end..s.start].contains("\n\n");
            while has_terms
                && (same_paragraph || own_distinct >= 1)
                && distinct(&window, &co).len() < 2
                && back > 0
                && k - back < 5
                && !text[sentences[back - 1].end..sentences[back].start].contains("\n\n")
            {
                back -= 1;
                let p = sentences[back];
                window.extend(names.in_span(p).into_iter().map(|h| (h, p)));
            }
            // "[Slide 23 - Deal 2: option on XR-17 from Suzhou Xinrun Biologics] / - Option
            // fee: $15M": a sheet of terms under a heading naming one company, in a document
            // that speaks for another, is a deal between the two.
            if own == 0 && has_terms && distinct(&window, &co).len() == 1 {
                if let Some(me) = names.speaker() {
                    if !Gazetteer::same_company(&window[0].0, me) {
                        // (Scored on its own span: no cue either way.)
                        window.push((me.clone(), me.span));
                    }
                }
            }
            let distinct = distinct(&window, &co);
            if distinct.len() >= 2 {
                let scored: Vec<(i32, &CompanyHit)> = distinct
                    .iter()
                    .map(|(c, in_sentence)| {
                        (
                            party_score(
                                &text[in_sentence.start..in_sentence.end],
                                in_sentence.start,
                                c,
                            ),
                            c,
                        )
                    })
                    .collect();
                let (licensor, licensee) = pick_parties(&scored);
                // "11月，又以1.85亿美元首付款获得诚益生物…的权益": the one company a sentence
                // of terms names is a party; the sentences before lend only the other side.
                let (licensor, licensee) = match scored
                    .iter()
                    .filter(|(_, h)| s.start <= h.span.start && h.span.end <= s.end)
                    .collect::<Vec<_>>()
                    .as_slice()
                {
                    [(mine, me)] if has_terms => {
                        let others = scored.iter().filter(|(_, h)| !std::ptr::eq(*h, *me));
                        if *mine >= 0 {
                            others
                                .min_by_key(|(v, h)| (*v, h.span.start))
                                .filter(|(v, _)| v < mine)
                                .map_or((licensor, licensee), |(_, o)| (*me, *o))
                        } else {
                            others
                                .max_by_key(|(v, h)| (*v, std::cmp::Reverse(h.span.start)))
                                .filter(|(v, _)| v > mine)
                                .map_or((licensor, licensee), |(_, o)| (*o, *me))
                        }
                    }
                    _ => (licensor, licensee),
                };
                let key = |h: &CompanyHit| {
                    Some(
                        h.id.as_ref()
                            .map_or_else(|| h.name.clone(), |i| i.to_string()),
                    )
                };
                let ids = (key(licensor), key(licensee));
                let same_pair = current.is_some_and(|c| {
                    let p = &deals[c].party_ids;
                    (p.0 == ids.0 && p.1 == ids.1) || (p.0 == ids.1 && p.1 == ids.0)
                });
                // A sentence that only carries terms may use companies of the sentence
                // before, but only to start a deal, never to switch an ongoing one.
                let after_deal_words = has_terms && previous_triggered;
                // Parties named in the terms' own paragraph may start a deal as well, and so
                // may a heading line right before ("2. LaNova / Turning Point: LM-302").
                let heading_before = previous.is_some_and(|p| {
                    let line = text[p.start..p.end].trim_end();
                    !line.ends_with(['.', '。', '!', '?'])
                        && text[p.end..s.start].contains('\n')
                        && names.in_span(p).len() >= 2
                });
                // "That is a … ADC from Shouxi Biopharma in Suzhou. We paid $40 million …":
                // terms right after a sentence naming a new partner, in a paragraph after the
                // one that started the deal under way, are that partner's.
                let new_paragraph = has_terms
                    && same_paragraph
                    && !sentence.chars().any(crate::text::is_han)
                    && current.is_some_and(|c| {
                        spans[c]
                            .first()
                            .is_some_and(|first| crosses_paragraph(first.end, s.start))
                    });
                let paragraph = back + 1 < k || heading_before || new_paragraph;
                // "The deal is worth up to $1.163 billion." names no company: it is about
                // the deal under way, not about the companies of the sentence before.
                if !same_pair
                    && (own >= 2
                        || table_row
                        || current.is_none()
                        || own >= 1 && (triggered || after_deal_words)
                        || paragraph)
                {
                    deals.push(ExtractedDeal {
                        licensor: Some(party_field(licensor)),
                        licensee: Some(party_field(licensee)),
                        party_ids: ids,
                        ..ExtractedDeal::default()
                    });
                    // The sentences that named a party belong to the deal too.
                    // (Not the name of the company the document speaks for, added above:
                    // it is no sentence of this deal.)
                    let speaker = names.speaker().map(|me| me.span);
                    let earliest = window
                        .iter()
                        .filter(|(_, sp)| sp.start < s.start && Some(*sp) != speaker)
                        .map(|(_, sp)| sp.start)
                        .min();
                    // Not those already in the deal before: their terms are that deal's. A
                    // heading without terms may be both ("[Slide 23 - Deal 2: option on
                    // XR-17 from Suzhou Xinrun Biologics]" names the asset of the deal below).
                    let shared_heading = |sp: &Span| {
                        !text[sp.start..sp.end]
                            .trim_end()
                            .ends_with(['.', '。', '!', '?', ';', '；'])
                            && !mentions_within(mentions, *sp).any(|(_, m)| m.role != Role::Other)
                    };
                    let taken = |sp: &Span| {
                        current.is_some_and(|c| spans[c].contains(sp)) && !shared_heading(sp)
                    };
                    let borrowed: Vec<Span> = match earliest {
                        Some(from) if own < 2 => sentences[..k]
                            .iter()
                            .filter(|sp| sp.start >= from && !taken(sp))
                            .copied()
                            .collect(),
                        _ => Vec::new(),
                    };
                    let mut own_spans = std::mem::take(&mut pending);
                    own_spans.extend(borrowed);
                    spans.push(own_spans);
                    current = Some(deals.len() - 1);
                }
            } else if current.is_none() && has_terms && triggered {
                // A deal whose parties are not named ("a leading drug maker signed a
                // licensing agreement … $650 million upfront").
                deals.push(ExtractedDeal {
                    licensor: distinct.first().map(|(h, _)| party_field(h)),
                    ..ExtractedDeal::default()
                });
                spans.push(Vec::new());
                current = Some(deals.len() - 1);
            }
        }
        // The paragraph below a heading of terms ends without starting a deal: the terms
        // stay where they would have gone.
        let paragraph_ends = sentences
            .get(k + 1)
            .is_none_or(|n| text[s.end..n.start].contains("\n\n"));
        if !pending.is_empty() && paragraph_ends {
            match current {
                Some(c) => {
                    spans[c].append(&mut pending);
                    spans[c].sort_by_key(|s| s.start);
                }
                None => early_terms.append(&mut pending),
            }
        }
        if let Some(c) = current {
            if c == 0 && !early_terms.is_empty() {
                let mut first = std::mem::take(&mut early_terms);
                first.retain(|e| !spans[0].contains(e));
                first.append(&mut spans[0]);
                spans[0] = first;
            }
            spans[c].push(*s);
        } else if has_terms && !aggregate && !headline {
            early_terms.push(*s);
        }
        previous = Some(*s);
        previous_triggered = triggered;
    }

    // "答：Kvarnholm将支付首付款2,500万美元；交易总额不超过5.8亿美元。" in an IR record that
    // names no partner the reader knows: terms a document states without any deal starting
    // are still its deal, of the company the document speaks for.
    if deals.is_empty()
        && early_terms
            .iter()
            .flat_map(|s| mentions_within(mentions, *s))
            .any(|(_, m)| KEY_ROLES.contains(&m.role))
    {
        deals.push(ExtractedDeal {
            licensor: names.speaker().map(party_field),
            ..ExtractedDeal::default()
        });
        spans.push(std::mem::take(&mut early_terms));
    }
    reattach_footnotes(text, &mut spans);
    let (mut deals, spans) = split_repeated_terms(text, deals, spans, mentions);
    // A deal that found one party only takes the other from the document: a company it calls
    // "the licensor" or "the licensee", else the one other company it names.
    if deals.len() == 1 && deals[0].licensee.is_none() {
        if let Some(known) = deals[0].licensor.clone() {
            if let Some((other, is_licensor)) = counterparty(text, &names, &known, &co) {
                let field = party_field(&other);
                let id = Some(
                    other
                        .id
                        .as_ref()
                        .map_or_else(|| other.name.clone(), |i| i.to_string()),
                );
                let d = &mut deals[0];
                let known_id = d
                    .party_ids
                    .0
                    .clone()
                    .or_else(|| Some(known.id.clone().unwrap_or_else(|| known.value.clone())));
                if is_licensor {
                    d.licensee = Some(known);
                    d.licensor = Some(field);
                    d.party_ids = (id, known_id);
                } else {
                    d.licensee = Some(field);
                    d.party_ids = (known_id, id);
                }
            }
        }
    }
    // The sentence that started a deal may not say who grants what; the rest of the deal's
    // sentences often do ("Lumora grants Brightwater …", "Brightwater will pay Lumora …").
    // A headline says who does what most plainly ("Thornbury In-Licenses NH-840 from
    // Haimen"); it counts with the deal's own sentences.
    let headline = sentences
        .first()
        .filter(|s| {
            !text[s.start..s.end].trim_end().ends_with(['.', '!', '?']) && sentences.len() > 1
        })
        .copied();
    let orient_with_headline = |deal: &mut ExtractedDeal, sents: &[Span]| {
        let with_headline: Vec<Span> = headline
            .filter(|h| !sents.contains(h))
            .into_iter()
            .chain(sents.iter().copied())
            .collect();
        orient(text, deal, &with_headline, &names);
    };
    for (deal, sents) in deals.iter_mut().zip(&spans) {
        orient_with_headline(deal, sents);
    }
    // Co-licensors are one side ("InnoCare Pharma; Keymed Biosciences"), whichever of them
    // a record's sentences named.
    for d in &mut deals {
        let (Some(a), Some(b)) = (&mut d.licensor, &mut d.licensee) else {
            continue;
        };
        if let Some(side) = co.side_of(&a.value, &b.value) {
            a.value = side.clone();
            d.party_ids.0 = Some(side);
        } else if let Some(side) = co.side_of(&b.value, &a.value) {
            b.value = side.clone();
            d.party_ids.1 = Some(side);
        }
    }
    let (mut deals, mut spans, turned) = merge_same_pair(deals, spans, mentions);
    // Records read the other way round were merged into the first: the sentences of both,
    // taken together, say who grants what ("Innovent-Lilly …", "Innovent -> Lilly"). Not
    // when the pair has another record: two deals of one pair may run each way (a swap).
    let mut records_of: std::collections::HashMap<Option<(String, String)>, usize> =
        std::collections::HashMap::new();
    if turned.contains(&true) {
        for d in &deals {
            *records_of.entry(pair_key(&d.party_ids)).or_default() += 1;
        }
    }
    for k in (0..deals.len()).filter(|&k| turned[k]) {
        if records_of.get(&pair_key(&deals[k].party_ids)) == Some(&1) {
            orient_with_headline(&mut deals[k], &spans[k]);
        }
    }
    // "Mabwell licenses IL-11 antibody to Alphabet's Calico in deal worth up to $596 mln": the
    // headline states the terms of the one deal whose party it names.
    let named_in_headline = |deal: &ExtractedDeal| {
        headline.is_some_and(|h| {
            names.in_span(h).iter().any(|c| {
                let key =
                    c.id.as_ref()
                        .map_or_else(|| c.name.clone(), |i| i.to_string());
                deal.party_ids.0.as_deref() == Some(key.as_str())
                    || deal.party_ids.1.as_deref() == Some(key.as_str())
            })
        })
    };
    let headlined: Vec<usize> = (0..deals.len())
        .filter(|&k| named_in_headline(&deals[k]))
        .collect();
    if let (Some(h), [k]) = (headline, headlined.as_slice()) {
        let total_in =
            |sp: &Span| mentions_within(mentions, *sp).any(|(_, m)| m.role == Role::Total);
        // Only what the body leaves out: a headline total when the body states none.
        if total_in(&h) && !spans[*k].iter().any(total_in) && !spans[*k].contains(&h) {
            spans[*k].insert(0, h);
        }
    }
    for (deal, sents) in deals.iter_mut().zip(&spans) {
        fill_details(text, sentences, deal, sents, gazetteer);
        deal.events = crate::events::find(text, sents, mentions);
        let mut terms: Vec<usize> = sents
            .iter()
            .flat_map(|s| mentions_within(mentions, *s))
            .filter(|(_, m)| m.role != Role::Other)
            .map(|(i, _)| i)
            .collect();
        terms.sort_unstable();
        terms.dedup();
        deal.per_unit = terms
            .iter()
            .copied()
            .filter(|&i| priced_per_unit(text, mentions[i].span))
            .collect();
        deal.terms = terms;
    }
    // "The $300 million technology-transfer payment is part of the $2.7 billion milestone
    // pool": an amount written with "the" that an earlier deal already states is that
    // deal's, not the one under way, when its sentence names no one ("surpassing the $200
    // million that Eli Lilly paid Innovent" is the named deal's).
    let names_no_one = |m: &Mention| {
        // The sentences are in text order and do not overlap: the one holding the mention
        // is the last that starts at or before it.
        let k = sentences.partition_point(|s| s.start <= m.span.start);
        k.checked_sub(1)
            .map(|k| sentences[k])
            .filter(|s| m.span.end <= s.end)
            .is_some_and(|s| names.in_span(s).is_empty())
    };
    // A headline figure needs no "the": "If it's even a fraction of that, $950 million looks
    // cheap" restates the headline of an earlier deal that stated it with its own upfront
    // (a deal with another upfront is another deal, not a record split off the same one).
    let restated_headline = |i: usize| mentions[i].role == Role::Total;
    let upfronts = |d: &ExtractedDeal| -> Vec<_> {
        d.terms
            .iter()
            .filter(|&&i| mentions[i].role == Role::Upfront)
            .map(|&i| (mentions[i].value, mentions[i].currency))
            .collect()
    };
    for k in 1..deals.len() {
        let (before, rest) = deals.split_at_mut(k);
        let ours = upfronts(&rest[0]);
        let theirs: Vec<Vec<_>> = before.iter().map(upfronts).collect();
        rest[0].terms.retain(|&i| {
            let the = crate::follows_the(text, mentions[i].span);
            if !(the || restated_headline(i)) || !names_no_one(&mentions[i]) {
                return true;
            }
            !before.iter().zip(&theirs).any(|(d, theirs)| {
                let another_deal = the || {
                    let currency = |u: &&(_, Currency)| u.1 == mentions[i].currency;
                    theirs.iter().any(|u| currency(&u))
                        && !theirs.iter().filter(currency).any(|u| ours.contains(u))
                };
                another_deal
                    && d.terms.iter().any(|&j| {
                        j < i
                            && mentions[j].value == mentions[i].value
                            && mentions[j].currency == mentions[i].currency
                            && (the || restated_headline(j))
                    })
            })
        });
    }
    // "公司控股子公司四川科伦博泰…", "its subsidiary Simcere Zaiming": a parent and its
    // subsidiary named together are no deal, unless terms pass between them.
    let subsidiaries = subsidiary_pairs(text, &names);
    let mut k = 0;
    while k < deals.len() {
        let d = &deals[k];
        let named = |f: &Option<Field<String>>| f.as_ref().map(|f| f.value.clone());
        let pair = (named(&d.licensor), named(&d.licensee));
        let related = match pair {
            (Some(a), Some(b)) => subsidiaries
                .iter()
                .any(|(p, c)| (p == &a && c == &b) || (p == &b && c == &a)),
            _ => false,
        };
        if related && d.terms.is_empty() {
            deals.remove(k);
            spans.remove(k);
        } else {
            k += 1;
        }
    }
    // A deal split off another shares its structure when its own sentences do not say.
    for k in 1..deals.len() {
        // (The same two companies the other way round too: a reciprocal licence.)
        let (a, b) = (&deals[k].party_ids, &deals[k - 1].party_ids);
        let same_two = a == b || (a.0 == b.1 && a.1 == b.0);
        if deals[k].deal_type.is_none() && same_two {
            deals[k].deal_type = deals[k - 1].deal_type.clone();
        }
    }
    // Otherwise the headline says it ("… In-Licenses …"), or, in a report of one deal, the
    // rest of the document does.
    let untyped = deals.iter().any(|d| d.deal_type.is_none());
    let whole = if untyped {
        crate::text::simplified(text)
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let fallback = headline
        .filter(|_| untyped)
        .and_then(|h| {
            deal_type(&whole[h.start..h.end]).map(|(t, s, e)| (t, h.start + s, h.start + e))
        })
        .or_else(|| {
            (untyped && deals.len() == 1)
                .then(|| deal_type(&whole))
                .flatten()
        });
    if let Some((t, s, e)) = fallback {
        for d in deals.iter_mut().filter(|d| d.deal_type.is_none()) {
            d.deal_type = Some(Field {
                value: t.clone(),
                span: Span { start: s, end: e },
                text: text[s..e].to_owned(),
                id: None,
            });
        }
    }
    // A date in the deal's own first sentence ("On June 2, 2025, Hansoh licensed …"),
    // else the document's dateline.
    let doc_date =
        dateline(&text[..crate::text::floor_boundary(text, 300)]).or_else(|| dateline_line(text));
    for (d, sents) in deals.iter_mut().zip(&spans) {
        let own = sents.first().and_then(|s| {
            dateline(&text[s.start..s.end]).map(|(date, span)| {
                (
                    date,
                    Span {
                        start: span.start + s.start,
                        end: span.end + s.start,
                    },
                )
            })
        });
        if let Some((date, span)) = own.or(doc_date) {
            d.announced = Some(Field {
                value: date,
                span,
                text: text[span.start..span.end].to_owned(),
                id: None,
            });
        }
    }
    deals
}

/// Whether a correction notice replaces the amount at `span`: "incorrectly stated as US$53
/// million", "not US$1.153 billion as originally stated", "原文為：「…2,000萬美元…」",
/// "「最高達6.15億美元」應更正為…".
fn superseded(text: &str, span: Span) -> bool {
    let before =
        &text[crate::text::floor_boundary(text, span.start.saturating_sub(150))..span.start];
    let after = &text[span.end..crate::text::floor_boundary(text, (span.end + 60).min(text.len()))];
    let after_quote = after.trim_start_matches(['」', '』', '"', '”', '’', '\'', ' ', '）', ')']);
    if [
        "應更正為",
        "应更正为",
        "更正為",
        "更正为",
        "應改為",
        "应改为",
    ]
    .iter()
    .any(|w| after_quote.starts_with(w))
    {
        return true;
    }
    // "$6M in extra upfront, on top of the $18M Glenmark paid when the deal was signed": what
    // an amendment adds to is the earlier figure.
    if before.ends_with("on top of the ") || before.ends_with("in addition to the ") {
        let paid = after.trim_start().split(' ').take(3).any(|w| w == "paid");
        if paid {
            return true;
        }
    }
    // The original wording, quoted after 原文為 and before any 更正.
    let original = ["原文為", "原文为", "原文是", "誤載為", "误载为"]
        .iter()
        .filter_map(|w| before.rfind(w))
        .max();
    if let Some(at) = original {
        let since = &before[at..];
        if !since.contains("更正") && !since.contains("改為") && !since.contains("改为") {
            return true;
        }
    }
    // "Certain reports stated … an upfront payment of US$1.2 billion. The Board wishes to
    // clarify that this statement is incorrect." / "有媒体报道…首付款为3亿美元。该报道不实".
    let reported = [
        "report", "stated", "媒体", "媒體", "报道", "報道", "传闻", "傳聞",
    ]
    .iter()
    .any(|w| before.to_lowercase().contains(w));
    let next = &text[span.end..crate::text::floor_boundary(text, (span.end + 200).min(text.len()))];
    let denied = [
        "incorrect",
        "inaccurate",
        "not accurate",
        "不实",
        "不實",
        "有误",
        "有誤",
        "不准确",
        "不準確",
        "失实",
        "失實",
    ]
    .iter()
    .any(|w| next.to_lowercase().contains(w));
    if reported && denied {
        return true;
    }
    let lower_before = before.to_ascii_lowercase();
    let tail = lower_before.trim_end();
    // "the pool … was raised from US$410 million to US$560 million", "由4.1亿美元提高至…": the
    // figure an amendment replaced.
    // ("… increases from up to $450 million to up to $610 million": past the bound.)
    let tail = tail
        .trim_end_matches(" up to")
        .trim_end_matches(" about")
        .trim_end_matches(" approximately");
    let changed = [
        "raised",
        "increased",
        "increase",
        "increases",
        "rise",
        "rises",
        "rose",
        "grow",
        "grows",
        "grew",
        "reduced",
        "lowered",
        "revised",
        "cut",
        "amended",
    ]
    .iter()
    .any(|w| tail.rsplit(' ').take(4).any(|t| t == *w));
    if tail.ends_with(" from") && changed && after.trim_start().starts_with("to ") {
        return true;
    }
    // ("里程碑付款总额由最高4.5亿美元增至最高6.1亿美元": with the bound between.)
    let unbounded = before.trim_end_matches(['最', '高', '约', '約', '逾', '不', '超', '过', '過']);
    if ["由", "从", "從"].iter().any(|w| unbounded.ends_with(w))
        && crate::roles::ZH_CHANGED_TO
            .iter()
            .any(|w| after.starts_with(w))
    {
        return true;
    }
    let lower_after = after.to_ascii_lowercase();
    [
        "incorrectly stated as",
        "incorrectly reported as",
        "erroneously stated as",
        "mistakenly stated as",
        "previously reported as",
        "originally stated as",
    ]
    .iter()
    .any(|w| tail.ends_with(w))
        || tail.ends_with(" not")
            && ["as originally", "as previously", "as stated", "as reported"]
                .iter()
                .any(|w| lower_after.trim_start().starts_with(w))
}

/// "IDEAYA | … | US$75M" above "(1) Covers the HRS-9821 licence …; total potential value
/// ~US$12B": a footnote below a table speaks of the row that carries its marker ("GSK | … |
/// US$500M (1)"), not of the last row before it.
fn reattach_footnotes(text: &str, spans: &mut [Vec<Span>]) {
    let is_row = |s: &Span| text[s.start..s.end].matches(['|', '｜']).count() >= 2;
    for from in 0..spans.len() {
        let mut k = 0;
        while k < spans[from].len() {
            let note = spans[from][k];
            let marker = crate::tables::footnote_marker(&text[note.start..note.end]);
            // The deal whose table row, above the note, carries the marker.
            let to = marker.and_then(|m| {
                (0..spans.len()).find(|&d| {
                    spans[d].iter().any(|r| {
                        r.end <= note.start && is_row(r) && text[r.start..r.end].contains(m)
                    })
                })
            });
            match to {
                Some(to) if to != from => {
                    spans[from].remove(k);
                    spans[to].push(note);
                    spans[to].sort_by_key(|s| s.start);
                }
                _ => k += 1,
            }
        }
    }
}

/// Whether a company is named only as an owner of the one before it: "KYM Biosciences, the
/// Chengdu-based joint venture of Keymed Biosciences and Lepu Biopharma, …".
fn owner_in_apposition(text: &str, name: Span) -> bool {
    let from = crate::text::floor_boundary(text, name.start.saturating_sub(80));
    let before = &text[from..name.start];
    let Some(cut) = before.rfind([',', '(', ';', '.']) else {
        return false;
    };
    let aside = before[cut + 1..].trim_start().to_ascii_lowercase();
    ["the ", "a ", "an "].iter().any(|a| aside.starts_with(a))
        && [
            "joint venture of ",
            "joint venture between ",
            "subsidiary of ",
            "unit of ",
            "spin-off of ",
            "spinout of ",
            "spin-out of ",
        ]
        .iter()
        .any(|w| aside.contains(w))
}

/// The lead-in line of the list holding the sentence at `s`, when `s` is a list item ("- …",
/// "• …") and the lines above it are items up to one that ends with a colon.
///
/// `memo` keeps the answer found from each item's line, so that every item of a long list
/// reads upwards only to the item before it.
fn list_lead_in(
    text: &str,
    s: Span,
    memo: &mut std::collections::HashMap<usize, Option<Span>>,
) -> Option<Span> {
    let first = text[..s.start].rfind('\n').map_or(0, |p| p + 1);
    if !is_list_item(&text[first..s.end]) {
        return None;
    }
    let found = lead_in_above(text, first, memo);
    memo.insert(first, found);
    found
}

/// Whether a line is a list item ("- …", "• …").
fn is_list_item(line: &str) -> bool {
    line.trim_start().starts_with(['-', '•', '*', '·'])
}

/// The lead-in above the list line starting at `start`, reading up through items and
/// single blank lines.
fn lead_in_above(
    text: &str,
    mut start: usize,
    memo: &std::collections::HashMap<usize, Option<Span>>,
) -> Option<Span> {
    while start > 0 {
        if let Some(&known) = memo.get(&start) {
            return known;
        }
        let above = text[..start - 1].rfind('\n').map_or(0, |p| p + 1);
        let line = text[above..start - 1].trim_end();
        if line.is_empty() || is_list_item(line) {
            if line.is_empty() && text[..above].ends_with("\n\n") {
                return None;
            }
            start = above;
            continue;
        }
        return line.ends_with(':').then_some(Span {
            start: above,
            end: above + line.len(),
        });
    }
    None
}

/// "in March this year ", "and in October 2023 ": lowercase words and at least one month or
/// year, nothing else.
fn is_time_phrase(words: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut dated = false;
    for w in words.split_whitespace() {
        let w = w.trim_end_matches(',');
        if MONTHS.contains(&w)
            || w.len() == 4 && w.starts_with("20") && w.bytes().all(|b| b.is_ascii_digit())
        {
            dated = true;
        } else if !w.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
    }
    dated
}

/// "Coherent licensed CBP-1018 to MultiValent for $20 million upfront …, and Simcere's
/// subsidiary licensed SIM0613 to Ipsen in a deal valued at up to $1.06 billion": a sentence
/// holding clauses that each name their own pair of companies with their own terms is read as
/// one sentence per clause, so each clause starts its own deal. A clause starts at a company
/// named right after ", " or "; " (and an optional "and "); one without two companies and a
/// term of its own, or naming the same companies as the clause before, stays with it.
fn deal_clauses(
    text: &str,
    s: Span,
    mentions: &[Mention],
    names: &crate::names::DocNames,
    co: &CoParties,
) -> Vec<Span> {
    let hits = names.in_span(s);
    if hits.len() < 3 || hits.len() > MAX_PARTIES {
        return vec![s];
    }
    let key = |h: &CompanyHit| {
        h.id.as_ref().map_or_else(
            || dealscope_core::names::company_key(&h.name),
            |i| i.to_string(),
        )
    };
    // Where a clause may start: at a comma, a semicolon or an "and" a few lowercase words
    // before a company (", and Simcere's subsidiary …", " and ahead of Merck's …"), which
    // may say when (", and in March this year Novo Nordisk paid …").
    let mut cuts: Vec<usize> = Vec::new();
    for h in &hits[1..] {
        let mut from = h.span.start.saturating_sub(40).max(s.start);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let tail = &text[from..h.span.start];
        let Some((at, sep)) = [", ", "; ", " and "]
            .iter()
            .filter_map(|sep| tail.rfind(sep).map(|i| (i, sep)))
            .max_by_key(|(i, _)| *i)
        else {
            continue;
        };
        let words = &tail[at + sep.len()..];
        let plain = words.bytes().all(|b| b.is_ascii_lowercase() || b == b' ');
        if !(plain && words.len() <= 24 || is_time_phrase(words)) {
            continue;
        }
        let at = from + at + 1;
        if at > s.start && cuts.last().is_none_or(|&last| last < at) {
            cuts.push(at);
        }
    }
    // "…, behind Pfizer's US$1.25bn for 3SBio's SSGJ-707", "and well ahead of the US$500mn that
    // GSK paid Hengrui": a comparison opens a clause about another deal.
    let sentence = &text[s.start..s.end];
    for phrase in [
        " behind ",
        " ahead of ",
        " apart from ",
        " compared with ",
        " versus ",
    ] {
        let mut from = 0;
        while let Some(p) = sentence[from..].find(phrase) {
            cuts.push(s.start + from + p + 1);
            from += p + phrase.len();
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    if cuts.is_empty() {
        return vec![s];
    }
    // Each piece with the companies it names and whether it states a term.
    let bounds: Vec<usize> = std::iter::once(s.start)
        .chain(cuts)
        .chain(std::iter::once(s.end))
        .collect();
    let mut pieces: Vec<(Span, Vec<String>, bool)> = Vec::new();
    // A first piece stating terms without naming a company is about the deal under way ("At
    // US$1.2bn, the upfront is the largest …"): the pieces after it do not join it.
    let mut open_terms = false;
    for (k, w) in bounds.windows(2).enumerate() {
        let span = Span {
            start: w[0],
            end: w[1],
        };
        let window: Vec<(CompanyHit, Span)> = hits
            .iter()
            .filter(|h| span.start <= h.span.start && h.span.end <= span.end)
            .map(|h| (h.clone(), span))
            .collect();
        let mut keys: Vec<String> = distinct(&window, co).iter().map(|(h, _)| key(h)).collect();
        keys.sort();
        let terms = mentions_within(mentions, span)
            .any(|(_, m)| !matches!(m.role, Role::Other | Role::Royalty));
        let whole = keys.len() >= 2 && terms;
        if k == 0 {
            open_terms = keys.is_empty() && terms;
        }
        let after_open = pieces.len() == 1 && open_terms;
        match pieces.last_mut() {
            Some((last, last_keys, last_whole))
                if !whole || !*last_whole && !after_open || *last_keys == keys =>
            {
                last.end = span.end;
                if !*last_whole || last_keys.is_empty() {
                    *last_keys = keys;
                    *last_whole = whole;
                }
            }
            _ => pieces.push((span, keys, whole)),
        }
    }
    if pieces.len() < 2 {
        return vec![s];
    }
    pieces.into_iter().map(|(span, _, _)| span).collect()
}

/// One article can report several deals between the same two companies ("the first deal
/// … the second …"). A second, different upfront starts a new deal with the same parties.
fn split_repeated_terms(
    text: &str,
    deals: Vec<ExtractedDeal>,
    spans: Vec<Vec<Span>>,
    mentions: &[Mention],
) -> (Vec<ExtractedDeal>, Vec<Vec<Span>>) {
    let text_of = |s: Span| &text[s.start..s.end];
    let mut out_deals = Vec::with_capacity(deals.len());
    let mut out_spans = Vec::with_capacity(spans.len());
    for (deal, sents) in deals.into_iter().zip(spans) {
        let mut current: Vec<Span> = Vec::new();
        let mut upfront: Option<dealscope_core::rust_decimal::Decimal> = None;
        for s in sents
            .into_iter()
            .flat_map(|s| clauses_of_two_deals(text, s, mentions))
        {
            let new_upfront = mentions_within(mentions, s)
                .find(|(_, m)| m.role == Role::Upfront)
                .map(|(_, m)| m.value);
            // "The payment is split into two parts: $300 million at closing and the
            // remaining $200 million …": instalments of the upfront, not a second deal.
            let instalment = new_upfront.is_some_and(|new| {
                let lower = text_of(s).to_ascii_lowercase();
                upfront.is_some_and(|old| new < old)
                    && [
                        "remaining",
                        "balance",
                        "instalment",
                        "installment",
                        "tranche",
                        "split",
                        // "现金部分6千万美元": the cash part of the upfront.
                        "部分",
                        "其中",
                        "余下",
                        "餘下",
                        "分期",
                    ]
                    .iter()
                    .any(|w| lower.contains(w))
                    // (Not "其中，2020年8月，本公司將…授予禮來，並收取2億美元首付款": a grant
                    // in the sentence makes it an earlier deal.)
                    && !["授予", "授權", "授权", "licensed", "granted"]
                        .iter()
                        .any(|w| text_of(s).contains(w))
            });
            if let (Some(old), Some(new)) = (upfront, new_upfront) {
                if old != new && !current.is_empty() && !instalment {
                    out_deals.push(deal.clone());
                    out_spans.push(std::mem::take(&mut current));
                    upfront = None;
                }
            }
            if upfront.is_none() {
                upfront = new_upfront;
            }
            current.push(s);
        }
        out_deals.push(deal);
        out_spans.push(current);
    }
    (out_deals, out_spans)
}

/// "…that started with YS2302018, for which AZ paid US$100m upfront with up to US$1.92bn in
/// milestones, and continued with last June's platform deal, which brought US$110m upfront
/// and a headline of about US$5.3bn": one sentence with two different upfronts is cut
/// before the clause of the second, so that each deal keeps its own terms.
fn clauses_of_two_deals(text: &str, s: Span, mentions: &[Mention]) -> Vec<Span> {
    let upfronts: Vec<&Mention> = mentions_within(mentions, s)
        .filter(|(_, m)| m.role == Role::Upfront)
        .map(|(_, m)| m)
        .collect();
    let [first, second] = upfronts.as_slice() else {
        return vec![s];
    };
    if first.value == second.value || first.currency != second.currency {
        return vec![s];
    }
    let between = &text[first.span.end..second.span.start];
    // ("an Lp(a) licence ($100m upfront, $2.02bn in total) and a discovery collaboration
    // ($110m upfront)": each item's bracket closes its terms.)
    let Some(cut) = between
        .rfind(", and ")
        .or_else(|| between.rfind("; "))
        .or_else(|| between.rfind(") and "))
    else {
        return vec![s];
    };
    let at = first.span.end + cut + 1;
    // (Parts of one payment are not two deals: "of which $25 million in cash and …".)
    let lower = between.to_ascii_lowercase();
    let parts = [
        "of which",
        "remaining",
        "balance",
        "tranche",
        "instalment",
        "installment",
    ]
    .iter()
    .any(|w| lower.contains(w));
    if parts {
        return vec![s];
    }
    vec![
        Span {
            start: s.start,
            end: at,
        },
        Span {
            start: at,
            end: s.end,
        },
    ]
}

/// A report that comes back to a deal after talking of another ("KYM … AstraZeneca …; the
/// CSPC deal …; KYM received $63 million …") splits it in two records: records of the same
/// licensor and licensee whose stated terms do not disagree are one deal.
fn merge_same_pair(
    deals: Vec<ExtractedDeal>,
    spans: Vec<Vec<Span>>,
    mentions: &[Mention],
) -> (Vec<ExtractedDeal>, Vec<Vec<Span>>, Vec<bool>) {
    const TERMS: [Role; 4] = [Role::Upfront, Role::Total, Role::Equity, Role::NearTerm];
    type Stated = [Option<(dealscope_core::rust_decimal::Decimal, Currency)>; 4];
    // The first amount of each of `TERMS` that a record's sentences state.
    let stated = |sents: &[Span]| -> Stated {
        let mut first: [Option<usize>; 4] = [None; 4];
        for (i, m) in sents.iter().flat_map(|s| mentions_within(mentions, *s)) {
            if let Some(r) = TERMS.iter().position(|&r| r == m.role) {
                first[r] = Some(first[r].map_or(i, |f| f.min(i)));
            }
        }
        first.map(|f| f.map(|i| (mentions[i].value, mentions[i].currency)))
    };
    let mut out_deals: Vec<ExtractedDeal> = Vec::with_capacity(deals.len());
    let mut out_spans: Vec<Vec<Span>> = Vec::with_capacity(spans.len());
    let mut out_stated: Vec<Stated> = Vec::with_capacity(spans.len());
    let mut turned: Vec<bool> = Vec::with_capacity(spans.len());
    let mut by_pair: std::collections::HashMap<(String, String), Vec<usize>> =
        std::collections::HashMap::new();
    let mut unnamed_at: Vec<usize> = Vec::new();
    for (deal, sents) in deals.into_iter().zip(spans) {
        // A record whose parties were not named yet ("根据协议条款，…首付款…") takes those of
        // the first named record after it ("布兰福德是从澄屿生物引进…").
        let unnamed = |d: &ExtractedDeal| d.party_ids == (None, None);
        let own = stated(&sents);
        // Records of the same pair, either way round ("Muyun wanted a partner …" may have
        // turned a later mention of it), and records naming no one yet: looked up by pair,
        // not by scanning every record (a listing of thousands of deals).
        let key = pair_key(&deal.party_ids);
        let agrees = |j: usize| {
            out_stated[j].iter().zip(&own).all(|pair| match pair {
                (Some(a), Some(b)) => a == b,
                _ => true,
            })
        };
        let same = key.as_ref().and_then(|k| {
            by_pair
                .get(k)
                .into_iter()
                .flatten()
                .chain(&unnamed_at)
                .copied()
                .filter(|&j| agrees(j))
                .min()
        });
        match same {
            Some(j) => {
                turned[j] |= !unnamed(&out_deals[j]) && out_deals[j].party_ids != deal.party_ids;
                if unnamed(&out_deals[j]) {
                    out_deals[j].licensor = deal.licensor.clone();
                    out_deals[j].licensee = deal.licensee.clone();
                    out_deals[j].party_ids = deal.party_ids.clone();
                    unnamed_at.retain(|&u| u != j);
                    if let Some(k) = key {
                        by_pair.entry(k).or_default().push(j);
                    }
                }
                for s in sents {
                    if !out_spans[j].contains(&s) {
                        out_spans[j].push(s);
                    }
                }
                out_spans[j].sort_by_key(|s| s.start);
                out_stated[j] = stated(&out_spans[j]);
            }
            None => {
                let j = out_deals.len();
                if unnamed(&deal) {
                    unnamed_at.push(j);
                } else if let Some(k) = key {
                    by_pair.entry(k).or_default().push(j);
                }
                out_deals.push(deal);
                out_spans.push(sents);
                out_stated.push(own);
                turned.push(false);
            }
        }
    }
    (out_deals, out_spans, turned)
}

/// "up to $300 million per program", "US$15 million per programme", "每个靶点最高1亿美元": an
/// amount for each of several programmes or targets, not for the deal.
fn priced_per_unit(text: &str, span: Span) -> bool {
    let after = text[span.end..].trim_start();
    let after = &after[..crate::text::floor_boundary(after, after.len().min(24))];
    let lower = after.to_ascii_lowercase();
    let english = ["per ", "for each ", "for every "].iter().any(|lead| {
        lower.strip_prefix(lead).is_some_and(|rest| {
            [
                "program",
                "target",
                "product",
                "asset",
                "molecule",
                "candidate",
            ]
            .iter()
            .any(|unit| rest.starts_with(unit))
        })
    });
    let before =
        &text[crate::text::floor_boundary(text, span.start.saturating_sub(60))..span.start];
    let clause = before
        .rsplit(['，', '；', '。', ',', ';'])
        .next()
        .unwrap_or(before);
    let chinese = [
        "每个项目",
        "每個項目",
        "每个靶点",
        "每個靶點",
        "每款产品",
        "每款產品",
        "每个产品",
        "每個產品",
        "单个项目",
        "單個項目",
    ]
    .iter()
    .any(|w| clause.contains(w));
    english || chinese
}

/// The two parties of a record named on both sides, in a fixed order (either way round is
/// one pair).
fn pair_key(ids: &(Option<String>, Option<String>)) -> Option<(String, String)> {
    let (a, b) = (ids.0.as_ref()?, ids.1.as_ref()?);
    Some(if a <= b {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    })
}

/// Swaps licensor and licensee when the deal's sentences, taken together, point the other
/// way.
fn orient(text: &str, deal: &mut ExtractedDeal, sents: &[Span], names: &crate::names::DocNames) {
    let (Some(a), Some(b)) = (&deal.licensor, &deal.licensee) else {
        return;
    };
    let score_of = |f: &Field<String>| -> i32 {
        sents
            .iter()
            .flat_map(|s| names.in_span(*s).into_iter().map(move |h| (h, *s)))
            .filter(|(h, _)| h.name == f.value)
            .map(|(h, s)| party_score(&text[s.start..s.end], s.start, &h))
            .sum::<i32>()
            // The China-based party is usually the one granting rights; a name written
            // only in Chinese is very likely China-based.
            + names.country_of(&f.value).filter(|c| c.as_str() == "CN").map_or(0, |_| 2)
            // A name written in Chinese is likely, not surely, China-based.
            + i32::from(f.value.chars().any(crate::text::is_han))
    };
    if score_of(b) > score_of(a) {
        std::mem::swap(&mut deal.licensor, &mut deal.licensee);
        deal.party_ids = (deal.party_ids.1.clone(), deal.party_ids.0.clone());
    }
}

/// "公司拟以5000万美元认购Coherus的普通股", "Akeso will buy $30 million of Summit shares": a
/// licensor buying its licensee's shares makes no equity term of the deal (equity is the
/// licensee investing in the licensor); the amount is `other`.
pub fn shares_of_the_licensee(text: &str, mentions: &mut [Mention], deals: &mut [ExtractedDeal]) {
    let mut theirs: Vec<usize> = Vec::new();
    for d in deals.iter() {
        let Some(licensee) = &d.licensee else {
            continue;
        };
        // The name as written, resolved, and its first word ("Coherus").
        let first = licensee
            .value
            .split_whitespace()
            .next()
            .filter(|w| w.len() >= 4 && w.is_ascii())
            .unwrap_or("");
        let names = [licensee.value.as_str(), licensee.text.as_str(), first];
        for &i in &d.terms {
            let m = &mentions[i];
            if m.role != Role::Equity {
                continue;
            }
            let to = crate::text::floor_boundary(text, (m.span.end + 60).min(text.len()));
            let after = text[m.span.end..to]
                .split(['。', ';', '；'])
                .next()
                .unwrap_or("");
            let buys = ["认购", "認購", "subscribe", "purchase", "buy"]
                .iter()
                .filter_map(|w| after.find(w).map(|p| p + w.len()))
                .min();
            let bought = buys.is_some_and(|p| {
                let object = &after[p..];
                let head = &object[..crate::text::floor_boundary(object, 40.min(object.len()))];
                names.iter().any(|n| !n.is_empty() && head.contains(n))
                    && ["股", "share", "stock"].iter().any(|w| object.contains(w))
            });
            // "a $50 million equity investment in Coherus", "purchase $50 million of Coherus
            // common stock": the licensee named right after the amount as what is bought.
            let invested_in = names
                .iter()
                .filter(|n| !n.is_empty())
                .filter_map(|n| after.find(n).map(|p| (p, n.len())))
                .min()
                .is_some_and(|(p, n)| {
                    let gap: Vec<&str> = after[..p].split_whitespace().collect();
                    let object = &after[p + n..];
                    !gap.is_empty()
                        && gap.iter().all(|w| {
                            matches!(*w, "of" | "in" | "into" | "equity" | "investment" | "worth")
                        })
                        && (gap.contains(&"investment")
                            || gap.last() == Some(&"of")
                                && ["share", "stock"].iter().any(|w| {
                                    object[..crate::text::floor_boundary(
                                        object,
                                        30.min(object.len()),
                                    )]
                                        .contains(w)
                                }))
                });
            // "公司同意对Coherus进行5,000万美元的股权投资": the licensee named before the
            // amount as what is invested in.
            let from = crate::text::floor_boundary(text, m.span.start.saturating_sub(40));
            let before = &text[from..m.span.start];
            let zh_invested_in = names.iter().filter(|n| !n.is_empty()).any(|n| {
                ["对", "對", "向", "入股"]
                    .iter()
                    .any(|v| before.contains(&format!("{v}{n}")))
            }) && ["股权投资", "股權投資", "股份"]
                .iter()
                .any(|w| after.contains(w));
            if bought || invested_in || zh_invested_in {
                theirs.push(i);
            }
        }
    }
    for d in deals.iter_mut() {
        d.terms.retain(|i| !theirs.contains(i));
    }
    for i in theirs {
        mentions[i].role = Role::Other;
    }
}

/// Parent and subsidiary (display names) a document declares: "公司控股子公司X", "全资子公司X",
/// "its subsidiary X", "its wholly owned subsidiary X".
fn subsidiary_pairs(text: &str, names: &crate::names::DocNames) -> Vec<(String, String)> {
    let all = names.in_span(Span {
        start: 0,
        end: text.len(),
    });
    let mut out = Vec::new();
    for (k, child) in all.iter().enumerate() {
        let from = crate::text::floor_boundary(text, child.span.start.saturating_sub(40));
        let before = &text[from..child.span.start];
        let Some(at) = ["子公司", "附属公司", "附屬公司", "subsidiary "]
            .iter()
            .filter_map(|w| before.rfind(w).map(|p| (p, w.len())))
            .filter(|&(p, n)| before[p + n..].trim().is_empty() || before[p + n..].len() <= 3)
            .map(|(p, _)| from + p)
            .next()
        else {
            continue;
        };
        // The owner: the company written last before "子公司" / "subsidiary", close to it.
        let owner = all[..k]
            .iter()
            .rev()
            .find(|h| h.span.end <= at && at - h.span.end <= 16);
        if let Some(owner) = owner.filter(|o| !Gazetteer::same_company(o, child)) {
            out.push((owner.name.clone(), child.name.clone()));
        }
    }
    out
}

/// The other party of a document's one deal: a company written as "the licensor" or "the
/// licensee" ("The licensor, Suzhou Lingque Biopharma, …"; `true` for a licensor), else the
/// only other company the document names.
fn counterparty(
    text: &str,
    names: &crate::names::DocNames,
    known: &Field<String>,
    co: &CoParties,
) -> Option<(CompanyHit, bool)> {
    let all = names.in_span(Span {
        start: 0,
        end: text.len(),
    });
    let others: Vec<&CompanyHit> = all
        .iter()
        .filter(|h| h.name != known.value && !co.same_side_names(&h.name, &known.value))
        .collect();
    let labelled = others.iter().find_map(|h| {
        let before = text[..h.span.start]
            .trim_end()
            .trim_end_matches(',')
            .to_lowercase();
        let after = text[h.span.end..]
            .trim_start_matches([',', ' '])
            .to_lowercase();
        let grantee = ["被许可方", "被許可方", "被授权方", "被授權方"]
            .iter()
            .any(|w| before.ends_with(w));
        let grantor = !grantee
            && ["许可方", "許可方", "授权方", "授權方"]
                .iter()
                .any(|w| before.ends_with(w));
        let says = |role: &str| {
            before.ends_with(&format!("the {role}"))
                || after.starts_with(&format!("the {role}"))
                || if role == "licensor" { grantor } else { grantee }
        };
        if says("licensor") {
            Some(((*h).clone(), true))
        } else if says("licensee") {
            Some(((*h).clone(), false))
        } else {
            None
        }
    });
    labelled.or_else(|| {
        let first = others.first()?;
        others
            .iter()
            .all(|h| Gazetteer::same_company(h, first))
            .then(|| ((*first).clone(), false))
    })
}

fn party_field(h: &CompanyHit) -> Field<String> {
    Field {
        value: h.name.clone(),
        span: h.span,
        text: h.written.clone(),
        id: h.id.as_ref().map(|i| i.to_string()),
    }
}

fn pick_parties<'h>(scored: &[(i32, &'h CompanyHit)]) -> (&'h CompanyHit, &'h CompanyHit) {
    let max = scored
        .iter()
        .max_by_key(|(s, h)| (*s, std::cmp::Reverse(h.span.start)))
        .expect("two parties");
    let min = scored
        .iter()
        .min_by_key(|(s, h)| (*s, h.span.start))
        .expect("two parties");
    if max.0 > min.0 {
        return (max.1, min.1);
    }
    // No textual evidence: the party based in China is the licensor (the out-licensing
    // direction this product tracks); else the order written.
    let (a, b) = (scored[0].1, scored[1].1);
    let cn = |h: &CompanyHit| h.country.is_some_and(|c| c.as_str() == "CN");
    if cn(b) && !cn(a) { (b, a) } else { (a, b) }
}

fn fill_details(
    text: &str,
    sentences: &[Span],
    deal: &mut ExtractedDeal,
    sents: &[Span],
    gazetteer: &Gazetteer,
) {
    // Runs of adjacent sentences: a deal whose sentences are apart (a table row and its
    // footnote) does not take the details of the rows between them.
    let mut runs: Vec<Span> = Vec::new();
    for s in sents {
        match runs.last_mut() {
            Some(run) if run.end <= s.start && text[run.end..s.start].trim().is_empty() => {
                run.end = s.end;
            }
            _ => runs.push(*s),
        }
    }
    for region in runs {
        fill_details_from(text, deal, region, gazetteer);
    }
    deal.sales_unquantified |= sents
        .iter()
        .any(|s| sales_milestones_unquantified(&text[s.start..s.end]));
    // "QT-11 is a highly selective oral inhibitor of …": the asset's own description, where
    // the document gives it, when the deal's sentences name no modality.
    if deal.modality.is_none() {
        // (The words right after the asset's name, in its sentence: "Fruquintinib, a highly
        // selective oral inhibitor …", "SHR-1905是一款…单抗".)
        let described = deal.assets.iter().find_map(|asset| {
            sentences.iter().find_map(|s| {
                let at = s.start + text[s.start..s.end].find(asset.text.as_str())?;
                let end = crate::text::floor_boundary(text, (at + 160).min(s.end));
                let folded = crate::text::simplified(&text[at..end]);
                modality(&folded).map(|(m, a, b)| (m, at + a, at + b))
            })
        });
        if let Some((m, a, b)) = described {
            deal.modality = Some(Field {
                value: m,
                span: Span { start: a, end: b },
                text: text[a..b].to_owned(),
                id: None,
            });
        }
    }
}

/// Whether an English sentence speaks of sales milestones in a clause without a number
/// ("Sales milestones exist, the companies said, but were not quantified", "… and the rest
/// tied to sales").
fn sales_milestones_unquantified(sentence: &str) -> bool {
    const SALES: [&str; 6] = [
        "sales milestone",
        "sales-based milestone",
        "sales-related milestone",
        "commercial milestone",
        "commercialization milestone",
        "tied to sales",
    ];
    if sentence.chars().any(crate::text::is_han) {
        return false;
    }
    let lower = sentence.to_ascii_lowercase();
    let pieces: Vec<&str> = lower
        .split([',', ';', '.'])
        .flat_map(|clause| clause.split(" and "))
        .collect();
    // (Not the last of a list of kinds: "linked to clinical, regulatory and commercial
    // milestones".)
    let kind = |piece: &str| {
        piece.split_whitespace().next_back().is_some_and(|w| {
            matches!(
                w,
                "development" | "clinical" | "regulatory" | "approval" | "commercial" | "sales"
            )
        })
    };
    pieces.iter().enumerate().any(|(k, piece)| {
        SALES.iter().any(|w| piece.contains(w))
            && !piece.contains(|c: char| c.is_ascii_digit())
            && !(k > 0 && kind(pieces[k - 1]))
    })
}

/// What one stretch of a deal's text says of its assets, modality, targets, structure,
/// territory and royalty; a detail found in an earlier stretch is kept.
fn fill_details_from(text: &str, deal: &mut ExtractedDeal, region: Span, gazetteer: &Gazetteer) {
    let body = &text[region.start..region.end];
    let at = |s: usize, e: usize| Span {
        start: region.start + s,
        end: region.start + e,
    };
    let field = |v: String, s: usize, e: usize| Field {
        value: v,
        span: at(s, e),
        text: body[s..e].to_owned(),
        id: None,
    };
    for a in gazetteer.assets(body) {
        if deal.assets.iter().any(|x| x.text == a.written) || deal.assets.len() >= 4 {
            continue;
        }
        deal.assets.push(Field {
            value: a.written.clone(),
            span: at(a.span.start, a.span.end),
            text: a.written,
            id: a.id.map(|i| i.to_string()),
        });
    }
    // Words are looked for in simplified characters; values are cut from the original.
    let folded = crate::text::simplified(body);
    if let Some((m, s, e)) = modality(&folded).filter(|_| deal.modality.is_none()) {
        deal.modality = Some(Field {
            value: m,
            span: at(s, e),
            text: body[s..e].to_owned(),
            id: None,
        });
    }
    for (t, span) in gazetteer::targets(body) {
        if !deal.targets.iter().any(|x| x.value == t) {
            deal.targets.push(field(t, span.start, span.end));
        }
    }
    if let Some((t, s, e)) = deal_type(&folded).filter(|_| deal.deal_type.is_none()) {
        deal.deal_type = Some(Field {
            value: t,
            span: at(s, e),
            text: body[s..e].to_owned(),
            id: None,
        });
    }
    let lower = folded.to_ascii_lowercase();
    if let Some((s, e)) = TERRITORIES
        .iter()
        .filter(|_| deal.territory.is_none())
        .filter_map(|t| {
            lower
                .find(&t.to_ascii_lowercase())
                .map(|p| (p, p + t.len()))
        })
        .min_by_key(|(s, e)| (*s, std::cmp::Reverse(*e)))
    {
        deal.territory = Some(field(body[s..e].to_owned(), s, e));
    }
    if let Some(p) = lower.find("royalt").filter(|_| deal.royalty.is_none()) {
        // The royalty phrase: back to "tiered"/"double-digit" qualifiers, on to the clause end.
        let sentence_start = lower[..p].rfind(['.', '\n']).map_or(0, |i| i + 1);
        let clause_start = lower[sentence_start..p]
            .rfind([',', ';'])
            .map_or(sentence_start, |i| sentence_start + i + 1);
        let end = lower[p..]
            .find(['.', ';', '\n'])
            .map_or(lower.len(), |i| p + i);
        let s = clause_start
            + (body[clause_start..end].len() - body[clause_start..end].trim_start().len());
        deal.royalty = Some(field(
            body[s..end].trim_end().to_owned(),
            s,
            s + body[s..end].trim_end().len(),
        ));
    }
}

/// The amount of a role among a deal's terms, in one currency: the first one stated.
/// Milestones are a deal's stated maximum: one figure, or an overall figure (no kind, or
/// all kinds named) at least as large as every part. Parts alone ("development milestones
/// of up to $180 million and sales milestones of up to $400 million") give none, since
/// dealscope never adds figures up.
pub fn term(
    deal: &ExtractedDeal,
    mentions: &[Mention],
    role: Role,
    currency: Currency,
) -> Option<usize> {
    let mut of_role = deal
        .terms
        .iter()
        .copied()
        .filter(|&i| mentions[i].role == role && mentions[i].currency == currency)
        .filter(|i| !deal.per_unit.contains(i))
        // A milestone already received ("received a first milestone payment of $20 million")
        // is an event, not the deal's milestone maximum.
        // The same amount restated later ("milestone revenue of $15 million") is that
        // payment too.
        .filter(|&i| {
            role != Role::Milestone
                || !deal.events.iter().any(|e| {
                    e.kind == dealscope_core::EventKind::PaymentReceived
                        && e.amount.is_some_and(|a| {
                            a == i
                                || mentions[a].value == mentions[i].value
                                    && mentions[a].currency == mentions[i].currency
                                // "… of JPY 500 million, or US$3.3 million": its conversion.
                                || i == a + 1
                                    && mentions[i].currency != mentions[a].currency
                                    && e.span.start <= mentions[i].span.start
                                    && mentions[i].span.end <= e.span.end
                        })
                })
        });
    if role == Role::Upfront {
        // "we paid $15.0 million in cash and issued shares …, for aggregate upfront
        // consideration of $29.5 million": the whole, wherever it is stated.
        return of_role.max_by_key(|&i| (mentions[i].value, std::cmp::Reverse(i)));
    }
    if role != Role::Milestone {
        return of_role.next();
    }
    // "「11.3億美元只是上限」" after the milestones were discussed: a milestone figure equal to
    // the headline of a deal with an upfront is the headline restated, not the milestones,
    // when another milestone figure is stated.
    let stated = |r: Role| {
        deal.terms
            .iter()
            .filter(move |&&i| mentions[i].role == r && mentions[i].currency == currency)
    };
    let has_upfront = stated(Role::Upfront).next().is_some();
    let headline = |i: usize| stated(Role::Total).any(|&t| mentions[t].value == mentions[i].value);
    let mut all: Vec<usize> = of_role.collect();
    if has_upfront && all.iter().any(|&i| !headline(i)) {
        all.retain(|&i| !headline(i));
    }
    let same_value = all
        .iter()
        .all(|&j| mentions[j].value == mentions[all[0]].value);
    // "up to $195.0 million upon … development and regulatory milestones, as well as
    // additional payments upon … net sales milestones": a part, the whole not stated (the
    // same figure restated is still that part).
    let scope = |j: usize| mentions[j].milestone_scope;
    if deal.sales_unquantified
        && same_value
        && all
            .iter()
            .any(|&j| scope(j).kinds_named() >= 1 && !scope(j).names(MilestoneKind::Commercial))
        && !all
            .iter()
            .any(|&j| scope(j).names(MilestoneKind::Commercial))
    {
        return None;
    }
    match all.as_slice() {
        [] => None,
        [one] => Some(*one),
        _ if same_value => Some(all[0]),
        _ => all.iter().copied().find(|&i| {
            let own = scope(i);
            // "development and regulatory milestones of up to $195 million" beside "up to
            // $1 billion in development and commercial milestones": two statements of one
            // maximum, the larger covering sales; parts of different kinds are not.
            let overlapping = || {
                own.kinds_named() >= 2
                    && own.names(MilestoneKind::Commercial)
                    && all.iter().all(|&j| {
                        j == i
                            || MilestoneKind::ALL
                                .iter()
                                .any(|&k| scope(j).names(k) && own.names(k))
                    })
            };
            (own.is_overall() || overlapping())
                && all.iter().all(|&j| mentions[j].value <= mentions[i].value)
        }),
    }
}

#[cfg(test)]
mod dateline_tests {
    use super::*;

    #[test]
    fn a_chinese_day_without_a_year_takes_the_year_from_the_context() {
        let text = "5月20日晚间，三生制药公告称与辉瑞签订独家许可协议。公司2024年营业收入约91亿元，预计2025年完成交割。";
        let (d, span) = dateline(text).unwrap();
        assert_eq!(d.to_string(), "2025-05-20");
        assert_eq!(&text[span.start..span.end], "5月20日");
        assert!(
            dateline("5月20日晚间，三生制药公告称与辉瑞签订独家许可协议。").is_none(),
            "no year anywhere"
        );
        // A full date wins.
        assert_eq!(
            dateline("2025年5月20日，三生制药宣布。")
                .unwrap()
                .0
                .to_string(),
            "2025-05-20"
        );
    }
}

#[cfg(test)]
mod correction_tests {
    use super::superseded;
    use dealscope_core::Span;

    fn at(text: &str, needle: &str) -> bool {
        let start = text.find(needle).unwrap();
        superseded(
            text,
            Span {
                start,
                end: start + needle.len(),
            },
        )
    }

    #[test]
    fn figures_a_correction_replaces() {
        let en = "The upfront payment was incorrectly stated as US$53 million. The correct figure is US$35 million. The total is up to US$1.135 billion, not US$1.153 billion as originally stated.";
        assert!(at(en, "US$53 million"));
        assert!(!at(en, "US$35 million"));
        assert!(!at(en, "US$1.135 billion"));
        assert!(at(en, "US$1.153 billion"));
        let zh = "該段原文為：\n\n「首付款2,000萬美元。」\n\n應更正為：\n\n「首付款2,500萬美元。」交易總價值「最高達6.15億美元」應更正為「最高達6.2億美元」。";
        assert!(at(zh, "2,000萬美元"));
        assert!(!at(zh, "2,500萬美元"));
        assert!(at(zh, "6.15億美元"));
        assert!(!at(zh, "6.2億美元"));
        let amended = "The pool of milestones was raised from US$410 million to US$560 million; 里程碑由4.1亿美元提高至5.6亿美元。";
        assert!(at(amended, "US$410 million"));
        assert!(!at(amended, "US$560 million"));
        assert!(at(amended, "4.1亿美元"));
        assert!(!at(amended, "5.6亿美元"));
        let denied = "Certain reports stated that the agreement provides for an upfront payment of US$1.2 billion. The Board wishes to clarify that this statement is incorrect. The upfront payment is US$45 million.";
        assert!(at(denied, "US$1.2 billion"));
        assert!(!at(denied, "US$45 million"));
    }
}

#[cfg(test)]
mod party_tests {
    use super::zh_party_score;

    #[test]
    fn chinese_party_cues_read_the_name_s_own_clause() {
        // The grantee, although the sentence goes on to what the grantor received.
        assert!(zh_party_score("本公司將產品權利授予", "，並已收取首付款8,000萬美元") < 0);
        // A payer, past a date.
        assert!(zh_party_score("", "已于2025年6月一次性支付3,500万美元前期付款") < 0);
        // The object of 向 pays nothing; a noun 授权 grants nothing.
        assert!(zh_party_score("应于30日内向", "支付人民币1.5亿元") > 0);
        assert_eq!(
            zh_party_score("以", "与阿尔托纳制药今年初达成的同靶点三抗PH-019授权为例"),
            0
        );
        // Naming the agreement says nothing of who grants.
        assert_eq!(
            zh_party_score("本公司與", "於2025年11月14日訂立的授權協議"),
            0
        );
        // The payee.
        assert!(zh_party_score("", "将获得1亿美元首付款") > 0);
        assert!(zh_party_score("首付款将由璟岸医药支付给", "。") > 0);
        assert!(zh_party_score("首付款将由", "支付给东湖制药。") < 0);
    }
}

#[cfg(test)]
mod merge_tests {
    use super::*;

    /// A record of the pair `(licensor, licensee)` over one span.
    fn record(pair: (&str, &str), span: Span) -> (ExtractedDeal, Vec<Span>) {
        let deal = ExtractedDeal {
            party_ids: (Some(pair.0.to_owned()), Some(pair.1.to_owned())),
            ..ExtractedDeal::default()
        };
        (deal, vec![span])
    }

    #[test]
    fn records_of_one_pair_merge_whichever_way_round_each_was_read() {
        let text = "Qiyun takes $80 million up front. So it is $80 million up front all in. Qiyun takes $95 million up front.";
        let mentions = crate::mentions(text);
        let sentence = |k: usize| crate::text::sentences(text)[k];
        let (deals, spans): (Vec<_>, Vec<_>) = [
            record(("qiyun", "ardley"), sentence(0)),
            record(("ardley", "qiyun"), sentence(1)),
            // A different upfront is a different deal, whichever way round.
            record(("ardley", "qiyun"), sentence(2)),
        ]
        .into_iter()
        .unzip();
        let (deals, spans, turned) = merge_same_pair(deals, spans, &mentions);
        assert_eq!(deals.len(), 2);
        assert_eq!(spans[0], [sentence(0), sentence(1)]);
        // The merged record is marked, so that both records' sentences decide who licenses
        // whom; the other was read one way only.
        assert_eq!(turned, [true, false]);
    }
}

#[cfg(test)]
mod assembly_tests {
    use crate::{Extraction, Gazetteer, extract};

    /// The text of every deal's terms.
    fn terms(x: &Extraction) -> Vec<Vec<&str>> {
        x.deals
            .iter()
            .map(|d| {
                d.terms
                    .iter()
                    .map(|&i| x.mentions[i].text.as_str())
                    .collect()
            })
            .collect()
    }

    /// Licensor and licensee of every deal.
    fn pairs(x: &Extraction) -> Vec<(String, String)> {
        x.deals
            .iter()
            .map(|d| {
                (
                    d.licensor.as_ref().unwrap().value.clone(),
                    d.licensee.as_ref().unwrap().value.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn a_deck_s_cautionary_slide_does_not_silence_the_slides_after_it() {
        let text = "Kirigaoka Pharma R&D Day\n\n---\nSlide 2\nCautionary statement\nThese materials contain forward-looking statements.\n\n---\nSlide 8\nKR-311, in-licensed from Hangzhou Yunqi Biotech (2025)\n- Terms: Kirigaoka Pharma pays Hangzhou Yunqi Biotech an upfront of US$25 million\n- Milestones: up to US$300 million\n";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(x.deals.len(), 1, "{:?}", x.deals);
        // Terms after a release's own forward-looking section stay out.
        let release = "Kirigaoka Pharma licensed KR-311 from Hangzhou Yunqi Biotech for US$25 million upfront.\n\nForward-Looking Statements\nKirigaoka Pharma may pay Hangzhou Yunqi Biotech up to US$300 million in milestones.\n";
        let x = extract(release, &Gazetteer::default());
        assert_eq!(x.deals.len(), 1);
        assert_eq!(x.deals[0].terms.len(), 1, "{:?}", x.deals[0]);
    }

    #[test]
    fn the_headline_names_the_structure_and_the_direction() {
        let text = "Thornbury Oncology In-Licenses NH-840 from Nantong Haimen Biologics\n\nBOSTON, January 14, 2026 -- Thornbury Oncology, Inc. today announced an agreement with Nantong Haimen Biologics Co., Ltd. for NH-840. Thornbury will pay $20 million upfront. The company expects to record it as acquired in-process research and development.";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(x.deals.len(), 1, "{:?}", x.deals);
        let d = &x.deals[0];
        assert_eq!(
            d.licensor.as_ref().unwrap().value,
            "Nantong Haimen Biologics"
        );
        assert_eq!(d.licensee.as_ref().unwrap().value, "Thornbury Oncology");
        let t = d.deal_type.as_ref().unwrap();
        assert_eq!(t.value, dealscope_core::DealType::License);
        assert_eq!(
            &text[t.span.start..t.span.end],
            t.text,
            "evidence is the headline's word"
        );
    }

    #[test]
    fn two_companies_licensing_together_are_one_side() {
        let text = "Nanjing Qiyue Biotech Co., Ltd. (HKEX: 09990) and Wuxi Lanfeng Pharma Co., Ltd. today announced that they have jointly licensed QL-21 to Harrowgate Therapeutics, Inc. Qiyue and Lanfeng will share an upfront payment of $30 million. Separately, Qiyue licensed QY-7 to Dunmore Bio, Inc. for $12 million upfront.";
        let x = extract(text, &Gazetteer::default());
        let found = pairs(&x);
        assert_eq!(
            found,
            [
                (
                    "Nanjing Qiyue Biotech; Wuxi Lanfeng Pharma".into(),
                    "Harrowgate Therapeutics".into()
                ),
                ("Nanjing Qiyue Biotech".into(), "Dunmore Bio".into())
            ],
            "the joint sentence does not make Qiyue's own deal a joint one"
        );
        let text = "哈罗盖特生物宣布，已与上海澈言生物科技有限公司（以下简称“澈言生物”）及北京旻川医药科技有限公司签署独家许可协议。哈罗盖特将支付首付款5,400万美元。";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(
            x.deals[0].licensor.as_ref().unwrap().value,
            "上海澈言生物科技有限公司; 北京旻川医药科技有限公司"
        );
        let table = "| Licensor | Licensee | Upfront |\n|---|---|---|\n| Nanjing Qiyue Biotech; Wuxi Lanfeng Pharma | Harrowgate Therapeutics | $40M |\n";
        let x = extract(table, &Gazetteer::default());
        assert_eq!(
            pairs(&x),
            [(
                "Nanjing Qiyue Biotech; Wuxi Lanfeng Pharma".into(),
                "Harrowgate Therapeutics".into()
            )]
        );
        let text = "Harrowgate Therapeutics in-licenses QL-9 from Nanjing Qiyue Biotech and Wuxi Lanfeng Pharma\n\nThe agreement is worth up to $500 million.";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(
            x.deals[0].licensor.as_ref().unwrap().value,
            "Nanjing Qiyue Biotech; Wuxi Lanfeng Pharma"
        );
    }

    #[test]
    fn a_licensee_release_names_the_licensor_last() {
        let text = "哈罗盖特制药引进口服小分子　首付款3000万美元\n\n美国波士顿，2025年6月3日——哈罗盖特制药今日宣布签署独家许可协议。根据协议，哈罗盖特将以现金支付3000万美元作为首付款。\n\nQX-12由总部位于无锡的岚峰生物发现。哈罗盖特是在获得无锡岚峰生物医药有限公司授权后取得上述权利的。";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(x.deals.len(), 1, "{:?}", x.deals);
        let d = &x.deals[0];
        assert_eq!(
            d.licensor.as_ref().unwrap().value,
            "无锡岚峰生物医药有限公司"
        );
        assert_eq!(d.licensee.as_ref().unwrap().value, "哈罗盖特制药");
        assert_eq!(d.terms.len(), 1, "the upfront stays with the deal");
    }

    #[test]
    fn a_numbered_tracker_heads_each_deal_with_its_upfront() {
        let text = "DEAL TRACKER\n\n1. US$100m upfront\n   Nanjing Qiyue Biotech -> Harrowgate Therapeutics\n   Also payable: up to US$1.2bn in milestones\n\n2. US$80m upfront\n   Wuxi Lanfeng Pharma -> Dunmore Bio\n   Also payable: milestones of up to US$900m\n";
        let x = extract(text, &Gazetteer::default());
        let terms = terms(&x);
        assert_eq!(
            terms,
            [vec!["US$100m", "US$1.2bn"], vec!["US$80m", "US$900m"]]
        );
    }

    #[test]
    fn a_parent_announcing_its_subsidiary_s_deal_adds_no_deal_with_it() {
        let text = "证券简称：岚峰药业\n\n关于控股子公司岚峰生物与Harrowgate Therapeutics签订许可协议的公告\n\n公司控股子公司无锡岚峰生物医药有限公司（以下简称“岚峰生物”）与Harrowgate Therapeutics签订许可协议。Harrowgate将向岚峰生物支付首付款3000万美元。";
        let x = extract(text, &Gazetteer::default());
        let pairs = pairs(&x);
        assert_eq!(
            pairs,
            [(
                "无锡岚峰生物医药有限公司".into(),
                "Harrowgate Therapeutics".into()
            )]
        );
    }

    #[test]
    fn each_row_of_a_partner_table_is_a_deal_with_the_issuer() {
        let text = "Yichang Sanxia Biopharma\n2026 Interim Results\n\nOur partnering track record\nPartner | Asset | Signed | Upfront | Milestones | Total\nBrisland Bio (US) | SX-101 | Jan 2025 | US$40M | up to US$1.06B | US$1.1B\nNorrvik Pharma (Sweden) | SX-220 | Oct 2025 | US$25M | up to US$410M | US$435M\n";
        let x = extract(text, &Gazetteer::default());
        let pairs: Vec<(String, String)> = x
            .deals
            .iter()
            .map(|d| {
                (
                    d.licensor.as_ref().unwrap().value.clone(),
                    d.licensee.as_ref().unwrap().value.clone(),
                )
            })
            .collect();
        assert_eq!(
            pairs,
            [
                ("Yichang Sanxia Biopharma".into(), "Brisland Bio".into()),
                ("Yichang Sanxia Biopharma".into(), "Norrvik Pharma".into())
            ]
        );
    }

    #[test]
    fn a_table_footnote_belongs_to_the_row_that_carries_its_marker() {
        let text = "Hangzhou Qiantang Biologics\nCapital Markets Day 2026\n\nOur partnerships\nPartner | Asset | Signed | Upfront | Milestones\nOstrava Pharma (Czechia) | QT-11 | Feb 2025 | US$60M (1) | up to US$900M\nHallam Bio (UK) | QT-27 | Jun 2025 | US$25M | up to US$400M\nVantor Therapeutics (US) | QT-35 | Jan 2026 | US$10M | up to US$150M\n(1) Ostrava also holds options on two further programmes; up to US$2.5B in total if all are exercised.\n";
        let x = extract(text, &Gazetteer::default());
        let terms: Vec<(String, Vec<&str>)> = x
            .deals
            .iter()
            .map(|d| d.licensee.as_ref().unwrap().value.clone())
            .zip(terms(&x))
            .collect();
        // Each row is its own deal (no row borrows the rows above it), and the footnote's
        // total is the first row's, not the last one's.
        assert_eq!(
            terms,
            [
                (
                    "Ostrava Pharma".into(),
                    vec!["US$60M", "US$900M", "US$2.5B"]
                ),
                ("Hallam Bio".into(), vec!["US$25M", "US$400M"]),
                ("Vantor Therapeutics".into(), vec!["US$10M", "US$150M"]),
            ]
        );
    }

    #[test]
    fn figures_per_programme_are_no_figures_of_the_deal() {
        let figure = |text: &str, role: crate::Role| {
            let x = extract(text, &Gazetteer::default());
            let usd = dealscope_core::Currency::USD;
            super::term(&x.deals[0], &x.mentions, role, usd).map(|i| x.mentions[i].text.clone())
        };
        let text = "Corran Bio and Suzhou Weiting Pharma entered a discovery collaboration on three targets. Corran pays $20 million upfront. For each program it licenses, Weiting can earn up to $250 million per program in development and sales milestones.";
        assert_eq!(
            figure(text, crate::Role::Upfront).as_deref(),
            Some("$20 million")
        );
        assert_eq!(figure(text, crate::Role::Milestone), None);
        let text = "Corran Bio licensed QX-31 from Suzhou Weiting Pharma for $20 million upfront and up to $250 million in milestones.";
        assert_eq!(
            figure(text, crate::Role::Milestone).as_deref(),
            Some("$250 million")
        );
    }

    #[test]
    fn two_statements_of_the_milestones_give_the_one_covering_sales() {
        let milestones = |text: &str| {
            let x = extract(text, &Gazetteer::default());
            let usd = dealscope_core::Currency::USD;
            super::term(&x.deals[0], &x.mentions, crate::Role::Milestone, usd)
                .map(|i| x.mentions[i].text.clone())
        };
        let overlapping = "Corran Bio licensed QX-31 from Suzhou Weiting Pharma for $25 million upfront. Corran put the development and regulatory milestones at up to $195 million and said commercial milestones would come on top. Weiting said it could receive up to $1 billion in development and commercial milestones.";
        assert_eq!(milestones(overlapping).as_deref(), Some("$1 billion"));
        // Parts of different kinds are never added up, nor is one of them the whole.
        let parts = "Corran Bio licensed QX-31 from Suzhou Weiting Pharma for $25 million upfront. Weiting is eligible for development milestones of up to $90 million and for regulatory and commercial milestones of up to $600 million.";
        assert_eq!(milestones(parts), None);
        // So in Chinese, where each cap is a numbered line under its own label.
        let lines = "杭州钱塘生物医药股份有限公司与Orrin Therapeutics签署独家许可协议。协议主要条款如下：\n1、首付款：协议生效后30日内，Orrin向公司支付3,000万美元；\n2、开发及注册里程碑：视临床进展情况，累计不超过1.8亿美元；\n3、销售里程碑：视年度净销售额达到约定门槛的情况，累计不超过5.2亿美元；\n4、合同总金额不超过7.3亿美元。";
        assert_eq!(milestones(lines), None);
        // A figure for some kinds, with sales milestones said to exist but not quantified, is
        // a part too; without that, it is the figure the deal states.
        let unquantified = "Corran Bio licensed QX-31 from Suzhou Weiting Pharma for $25 million upfront. Corran will pay up to $410 million upon specified development and regulatory milestones, as well as additional payments upon specified net sales milestones.";
        assert_eq!(milestones(unquantified), None);
        let listed = "Corran Bio licensed QX-31 from Suzhou Weiting Pharma for $25 million upfront. Corran will pay up to $410 million upon specified development and regulatory milestones.";
        assert_eq!(milestones(listed).as_deref(), Some("$410 million"));
        assert!(!super::sales_milestones_unquantified(
            "Weiting gets US$1.825 billion linked to clinical, regulatory and commercial milestones."
        ));
    }

    #[test]
    fn a_later_paragraph_naming_a_new_partner_before_its_terms_starts_its_deal() {
        let text = "Marrow Bay Therapeutics - investor day remarks\n\nOur first programme is MB-11, which we licensed from Qianhu Biologics Co., Ltd. last spring. We paid $30 million upfront, with up to $500 million in milestones.\n\nOur second programme is MB-24. It is a bispecific antibody from Nanxi Biopharma Co., Ltd. in Suzhou. We paid $45 million at signing. Milestones go up to $700 million.";
        let x = extract(text, &Gazetteer::default());
        let found = pairs(&x);
        assert_eq!(
            found,
            [
                ("Qianhu Biologics".into(), "Marrow Bay Therapeutics".into()),
                ("Nanxi Biopharma".into(), "Marrow Bay Therapeutics".into())
            ]
        );
        assert_eq!(
            terms(&x),
            [
                vec!["$30 million", "$500 million"],
                vec!["$45 million", "$700 million"]
            ]
        );
    }

    #[test]
    fn a_digest_line_points_from_licensee_to_licensor() {
        let text = "January in review\n\nDunmore <- Xuchang Fengling (announced Jan 15). An option deal. Dunmore pays a US$18 million option fee for FL-07. Total potential value is about US$983 million.\n\nPellamy <- Kaifeng Mudan (announced Jan 20). MD-51 for $35 million upfront and a headline of $937.5 million.";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(
            pairs(&x),
            [
                ("Xuchang Fengling".into(), "Dunmore".into()),
                ("Kaifeng Mudan".into(), "Pellamy".into())
            ]
        );
    }

    #[test]
    fn money_from_a_company_comes_from_the_licensee() {
        let text = "Hangzhou Qiantang Biologics got $75 million upfront from Dunmore Therapeutics for its DLL3 antibody-drug conjugate under a licence signed last year.";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(
            pairs(&x),
            [(
                "Hangzhou Qiantang Biologics".into(),
                "Dunmore Therapeutics".into()
            )]
        );
    }

    #[test]
    fn an_earlier_grant_to_the_same_partner_is_another_deal() {
        let text = "信達生物宣布與禮來訂立許可協議，禮來將向信達生物支付3.5億美元首付款，並有資格支付最高85億美元的里程碑付款。該協議為雙方的第七項合作。其中，2020年8月，信達生物將信迪利單抗的海外權利授予禮來，並收取2億美元首付款，另有資格收取最高8.25億美元的里程碑付款。";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(
            terms(&x),
            [vec!["3.5億美元", "85億美元"], vec!["2億美元", "8.25億美元"]]
        );
    }

    #[test]
    fn buyers_in_general_make_no_acquisition() {
        let text = "Corran Bio licensed QX-31 from Suzhou Weiting Pharma for $25 million upfront. US acquirers often quantify only the near-term payments.";
        let x = extract(text, &Gazetteer::default());
        let t = x.deals[0].deal_type.as_ref().map(|t| t.value.clone());
        assert_eq!(t, Some(dealscope_core::DealType::License));
    }

    #[test]
    fn an_amendment_s_deal_carries_the_figures_it_changed_to() {
        let usd = |x: &Extraction| -> Vec<(Option<i64>, Option<i64>, Option<i64>)> {
            let get = |d: &super::ExtractedDeal, r: crate::roles::Role| {
                super::term(d, &x.mentions, r, dealscope_core::Currency::USD).map(|i| {
                    x.mentions[i]
                        .value
                        .normalize()
                        .to_string()
                        .parse::<i64>()
                        .unwrap()
                })
            };
            x.deals
                .iter()
                .map(|d| {
                    (
                        get(d, crate::roles::Role::Upfront),
                        get(d, crate::roles::Role::Milestone),
                        get(d, crate::roles::Role::Total),
                    )
                })
                .collect()
        };
        let english = "Hangzhou Qiantang Biologics and Ostrava Pharma amended their licence agreement. Ostrava will pay an additional upfront payment of $15 million. The milestone pool increases from up to $450 million to up to $610 million, and total potential payments rise from $480 million to $652 million.";
        let x = extract(english, &Gazetteer::default());
        assert_eq!(
            usd(&x),
            [(Some(15_000_000), Some(610_000_000), Some(652_000_000))]
        );
        let chinese = "江苏沅川药业股份有限公司与Pennard Pharmaceuticals签署补充协议。Pennard将支付新增首付款1,200万美元。补充协议生效后，里程碑付款总额由最高4.5亿美元增至最高6.1亿美元，交易总金额由最高4.8亿美元增至最高6.52亿美元。";
        let x = extract(chinese, &Gazetteer::default());
        assert_eq!(
            usd(&x),
            [(Some(12_000_000), Some(610_000_000), Some(652_000_000))]
        );
    }

    #[test]
    fn terms_no_deal_sentence_starts_are_still_the_documents_deal() {
        let text = "证券简称：澜汐医药　　公告编号：2026-011\n\n投资者关系活动记录表\n\n问：本次合作的付款安排？\n\n答：Ostrava将先支付3,000万美元首付款，另有不超过6.2亿美元的里程碑付款，交易总额不超过6.5亿美元。\n\n问：公司目前的现金状况？\n\n答：截至2025年末，账上资金约人民币9亿元。";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(terms(&x), [["3,000万美元", "6.2亿美元", "6.5亿美元"]]);
        // A document without deal terms holds no deal.
        let cash_only = "答：截至2025年末，账上资金约人民币9亿元，营业收入约3亿元。";
        assert!(extract(cash_only, &Gazetteer::default()).deals.is_empty());
    }

    #[test]
    fn a_payment_past_a_colon_buys_for_no_party() {
        let text = "信达生物与礼来再度签约：3.5亿美元首付款买下多个早期项目的优先权\n\n这并非信达生物今年唯一的大单。去年10月，信达生物与武田达成合作：首付款12亿美元，其中包括武田以1亿美元认购信达生物新股，交易总额最高114亿美元。";
        let x = extract(text, &Gazetteer::default());
        let takeda = x
            .deals
            .iter()
            .find(|d| d.terms.iter().any(|&i| x.mentions[i].text == "12亿美元"))
            .expect("the Takeda deal");
        assert_eq!(takeda.licensor.as_ref().unwrap().value, "信达生物");
        assert_eq!(takeda.licensee.as_ref().unwrap().value, "武田");
        let equity = x.mentions.iter().find(|m| m.text == "1亿美元").unwrap();
        assert_eq!(equity.role, crate::Role::Equity);
    }

    #[test]
    fn sales_related_milestones_are_a_part_of_their_own_kind() {
        let text = "Ostrava Pharma will pay Hangzhou Qiantang Biologics an upfront payment of $600m for QT-07. Qiantang is eligible to receive up to $1.5bn in development and regulatory milestones and up to $6.2bn in sales-related milestones.";
        let x = extract(text, &Gazetteer::default());
        let usd = dealscope_core::Currency::USD;
        // Two caps of different kinds, no overall figure: no milestone maximum.
        assert_eq!(
            super::term(&x.deals[0], &x.mentions, crate::Role::Milestone, usd),
            None
        );
    }

    #[test]
    fn an_amendment_leaves_the_deal_its_added_upfront() {
        let text = "Orrin Therapeutics has added Korea to its licence for Qiantang Biologics' ADC QT-07. Orrin pays $4M in extra upfront, on top of the $15M Orrin paid when the deal was signed last May. The milestone pool rises to $960M.";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(terms(&x), [["$4M", "$960M"]]);
        let usd = dealscope_core::Currency::USD;
        let upfront = super::term(&x.deals[0], &x.mentions, crate::Role::Upfront, usd);
        assert_eq!(upfront.map(|i| x.mentions[i].text.as_str()), Some("$4M"));
    }

    #[test]
    fn deals_listed_with_their_terms_in_brackets_stay_apart() {
        let text = "Hangzhou Qiantang Biologics licensed QT-07 to Ostrava Pharma for $900 million upfront. The deal dwarfs Qiantang's two earlier agreements with Brisland Bio: an antibody licence in March 2023 ($40m upfront, $1.1bn in total) and a platform collaboration in May 2024 ($65m upfront).";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(
            terms(&x),
            [vec!["$900 million"], vec!["$40m", "$1.1bn"], vec!["$65m"]]
        );
    }

    #[test]
    fn one_sentence_with_two_upfronts_holds_two_deals() {
        let text = "Hangzhou Qiantang Biologics announced a licence with Ostrava Pharma. The deal extends a relationship that started with QT-07, for which Ostrava paid US$90m upfront with up to US$1.4bn in milestones, and continued with last year's platform deal, which brought US$60m upfront and a headline of about US$2.9bn.";
        let x = extract(text, &Gazetteer::default());
        let terms = terms(&x);
        assert_eq!(
            terms,
            [vec!["US$90m", "US$1.4bn"], vec!["US$60m", "US$2.9bn"]]
        );
    }

    #[test]
    fn a_clause_saying_when_starts_a_deal_of_its_own() {
        let text = "Rivals have paid more. Kestrel Health put €150m upfront into Suzhou Hengrun Biotech's HR-5 in May 2024, in a deal worth up to €1.1bn, and in January this year Ravensworth Oncology handed Chengdu Jinsha Pharma $210m upfront for JS-9, with the package valued at up to $1.9bn.";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(
            pairs(&x),
            [
                (
                    "Suzhou Hengrun Biotech".to_string(),
                    "Kestrel Health".to_string()
                ),
                (
                    "Chengdu Jinsha Pharma".to_string(),
                    "Ravensworth Oncology".to_string()
                ),
            ]
        );
        assert_eq!(
            terms(&x),
            [vec!["€150m", "€1.1bn"], vec!["$210m", "$1.9bn"]]
        );
    }

    #[test]
    fn clauses_naming_their_own_pairs_are_deals_of_their_own() {
        let text = "Year-end deal notes\n\nDecember was busy. On December 18, Hangzhou Qiantang Biologics licensed QT-07 to Ostrava Pharma for $30 million upfront and roughly $900 million in milestones, and Nanjing Weilan Therapeutics licensed its ADC WL-22 to Brisland Bio in a deal valued at up to $1.2 billion. The month also brought two more: Suzhou Hengrun Biotech's bispecific HR-5 to Kestrel Health for $80 million upfront, and Chengdu Jinsha Pharma's oral inhibitor JS-9 to Ravensworth Oncology for $45 million upfront.";
        let x = extract(text, &Gazetteer::default());
        let by_licensor: Vec<(String, String, Vec<&str>)> = pairs(&x)
            .into_iter()
            .zip(terms(&x))
            .map(|((a, b), t)| (a, b, t))
            .collect();
        let expected = [
            (
                "Hangzhou Qiantang Biologics",
                "Ostrava Pharma",
                vec!["$30 million", "$900 million"],
            ),
            (
                "Nanjing Weilan Therapeutics",
                "Brisland Bio",
                vec!["$1.2 billion"],
            ),
            (
                "Suzhou Hengrun Biotech",
                "Kestrel Health",
                vec!["$80 million"],
            ),
            (
                "Chengdu Jinsha Pharma",
                "Ravensworth Oncology",
                vec!["$45 million"],
            ),
        ];
        assert_eq!(by_licensor.len(), expected.len(), "{by_licensor:?}");
        for ((a, b, t), (ea, eb, et)) in by_licensor.iter().zip(&expected) {
            assert_eq!((a.as_str(), b.as_str(), t), (*ea, *eb, et));
        }
        // Ranked against others, each compared deal is one of its own.
        let ranked = "Kestrel Health will pay Suzhou Hengrun Biotech $80 million upfront for HR-5. The upfront is the third largest for a Chinese bispecific, behind Ostrava Pharma's $900 million for Hangzhou Qiantang Biologics' QT-07 and ahead of Brisland Bio's $60 million for Nanjing Weilan Therapeutics' WL-22.";
        let x = extract(ranked, &Gazetteer::default());
        assert_eq!(
            pairs(&x),
            [
                (
                    "Suzhou Hengrun Biotech".to_string(),
                    "Kestrel Health".to_string()
                ),
                (
                    "Hangzhou Qiantang Biologics".to_string(),
                    "Ostrava Pharma".to_string()
                ),
                (
                    "Nanjing Weilan Therapeutics".to_string(),
                    "Brisland Bio".to_string()
                ),
            ]
        );
        assert_eq!(
            terms(&x),
            [["$80 million"], ["$900 million"], ["$60 million"]]
        );
        // The deal under way ranked first, then the deals it is compared with.
        let opened = "Kestrel Health will pay Suzhou Hengrun Biotech $400 million upfront for HR-5. At $400 million, the upfront is the largest this year apart from Ostrava Pharma's $900 million for Hangzhou Qiantang Biologics' QT-07, and well ahead of the $60 million that Brisland Bio paid Nanjing Weilan Therapeutics.";
        let x = extract(opened, &Gazetteer::default());
        assert_eq!(
            terms(&x),
            [
                vec!["$400 million", "$400 million"],
                vec!["$900 million"],
                vec!["$60 million"]
            ]
        );
        // One pair in both clauses is one deal.
        let same = "Background. Hangzhou Qiantang Biologics licensed QT-07 to Ostrava Pharma for $30 million upfront, and Ostrava Pharma will pay Hangzhou Qiantang Biologics up to $900 million in milestones.";
        assert_eq!(extract(same, &Gazetteer::default()).deals.len(), 1);
    }

    #[test]
    fn a_dateline_below_the_headline_and_bullets_dates_the_deal() {
        let announced = |text: &str| -> Vec<String> {
            extract(text, &Gazetteer::default())
                .deals
                .iter()
                .map(|d| d.announced.as_ref().unwrap().value.to_string())
                .collect()
        };
        let release = "Ostrava Pharma Enters into Exclusive License Agreement with Hangzhou Qiantang Biologics for QT-11 Outside Greater China\n\n- Ostrava to make an upfront payment of US$60 million upon closing; Qiantang eligible for up to US$900 million in additional development, regulatory and commercial milestone payments, plus royalties on net sales\n- QT-11 is a highly selective oral inhibitor in Phase 2 in China for two solid tumours with few treatment options\n\nBASEL, Switzerland, March 9, 2026 /PRNewswire/ -- Ostrava Pharma today announced an exclusive license agreement with Hangzhou Qiantang Biologics for QT-11.";
        assert_eq!(announced(release), ["2026-03-09"]);
        // A place and a date written day first, as Hong Kong announcements sign off.
        let hkex = "VOLUNTARY ANNOUNCEMENT\nLICENSE AGREEMENT WITH OSTRAVA PHARMA\n\nThe board of directors of Hangzhou Qiantang Biologics (the \"Company\") is pleased to announce that the Company has entered into a license agreement with Ostrava Pharma, under which Ostrava will pay an upfront payment of US$60 million and milestone payments of up to US$900 million. The agreement grants Ostrava the rights outside Greater China to QT-11, an oral inhibitor for solid tumours in Phase 2 trials in China, and the Company keeps all rights in Greater China.\n\nBy order of the Board\nHangzhou, the People's Republic of China, 9 March 2026\n";
        assert_eq!(announced(hkex), ["2026-03-09"]);
    }

    #[test]
    fn the_asset_s_own_description_gives_the_modality() {
        let modality = |text: &str| -> Vec<Option<String>> {
            extract(text, &Gazetteer::default())
                .deals
                .iter()
                .map(|d| d.modality.as_ref().map(|m| m.value.to_string()))
                .collect()
        };
        let text = "Ostrava Pharma has licensed QT-11 from Hangzhou Qiantang Biologics for an upfront payment of US$60 million.\n\nQT-11 is a highly selective oral inhibitor of FGFR2 in Phase 2 trials in China.";
        assert_eq!(modality(text), [Some("small molecule".to_owned())]);
        let text = "Ostrava Pharma has licensed QT-12 from Hangzhou Qiantang Biologics for an upfront payment of US$60 million.\n\nQT-12 belongs to a family of humanised monoclonal antibodies against TSLP.";
        assert_eq!(modality(text), [Some("monoclonal antibody".to_owned())]);
    }

    #[test]
    fn a_company_named_for_an_earlier_deal_is_no_party() {
        let company = |id: &str, en: &str, zh: &str| {
            let mut c =
                dealscope_core::Company::new(dealscope_core::CompanyId::new(id).unwrap(), en);
            c.name_zh = Some(zh.to_owned());
            c
        };
        let g = Gazetteer::new(
            &[
                company("imab", "I-Mab", "天境生物"),
                company("abbvie", "AbbVie", "艾伯维"),
                company("jacobio", "Jacobio Pharmaceuticals", "加科思"),
            ],
            &[],
        );
        let text = "2020年9月4日，天境生物宣布与艾伯维达成全球战略合作。这也是艾伯维今年继加科思之后在中国达成的又一笔早期资产交易。艾伯维将支付1.8亿美元首付款。";
        let x = extract(text, &g);
        assert_eq!(x.deals.len(), 1, "{:?}", x.deals);
        assert_eq!(x.deals[0].licensor.as_ref().unwrap().value, "I-Mab");
        assert_eq!(x.deals[0].terms.len(), 1);
    }

    #[test]
    fn a_milestone_received_is_no_maximum_in_either_currency() {
        let text = "Asahara Pharma licensed LJ-502 from Hangzhou Lujing Biosciences for an upfront payment of JPY 2.5 billion, or US$16.7 million. In November 2025, Asahara dosed the first patient, which triggered a development milestone payment of JPY 500 million, or US$3.3 million.";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(x.deals.len(), 1, "{:?}", x.deals);
        let usd = dealscope_core::Currency::USD;
        let upfront = crate::deals::term(&x.deals[0], &x.mentions, crate::Role::Upfront, usd);
        assert_eq!(
            upfront.map(|i| x.mentions[i].text.as_str()),
            Some("US$16.7 million")
        );
        assert_eq!(
            crate::deals::term(&x.deals[0], &x.mentions, crate::Role::Milestone, usd),
            None
        );
    }

    #[test]
    fn a_licensor_buying_its_licensee_s_shares_is_no_equity_term() {
        let text = "岚峰生物宣布将QL-3授予Harrowgate Therapeutics。Harrowgate将向岚峰生物支付首付款3000万美元，并以1000万美元的股权投资认购岚峰生物新股。同时，岚峰生物拟以500万美元认购Harrowgate的普通股。";
        let x = extract(text, &Gazetteer::default());
        let roles: Vec<(&str, &str)> = x
            .mentions
            .iter()
            .map(|m| (m.text.as_str(), m.role.as_str()))
            .collect();
        assert_eq!(
            roles,
            [
                ("3000万美元", "upfront"),
                ("1000万美元", "equity"),
                ("500万美元", "other")
            ]
        );
        assert_eq!(x.deals[0].terms.len(), 2);
        let text = "岚峰生物宣布将QL-3授予Harrowgate Therapeutics，Harrowgate将支付首付款3000万美元。岚峰生物同意对Harrowgate进行500万美元的股权投资。";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(x.mentions[1].role, crate::Role::Other, "{:?}", x.mentions);
        for text in [
            "Harrowgate Therapeutics licensed QL-3 from Suzhou Lanfeng Biotech for $30 million upfront. Lanfeng will also make a $5 million equity investment in Harrowgate.",
            "Harrowgate Therapeutics licensed QL-3 from Suzhou Lanfeng Biotech for $30 million upfront. Separately, Lanfeng agreed to purchase $5 million of Harrowgate common stock.",
        ] {
            let x = extract(text, &Gazetteer::default());
            assert_eq!(
                x.mentions[1].role,
                crate::Role::Other,
                "{text}: {:?}",
                x.mentions
            );
        }
    }

    #[test]
    fn the_licensor_named_once_in_apposition_completes_the_deal() {
        let text = "Harrowgate Therapeutics Obtains Rights to QL-7\n\nBOSTON, March 3, 2026 -- Harrowgate Therapeutics, Inc. will pay $40 million upfront for QL-7.\n\nThe licensor, Suzhou Lingque Biopharma, keeps the rights in China.";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(x.deals.len(), 1, "{:?}", x.deals);
        let d = &x.deals[0];
        assert_eq!(
            d.licensor.as_ref().unwrap().value,
            "Suzhou Lingque Biopharma"
        );
        assert_eq!(
            d.licensee.as_ref().unwrap().value,
            "Harrowgate Therapeutics"
        );
    }

    #[test]
    fn the_possessor_of_a_takeover_is_the_buyer() {
        let text = "Since Harrowgate Therapeutics' $1.2 billion takeover of Nanjing Qiyue Biotech in December, prices have risen.";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(
            pairs(&x),
            [(
                "Nanjing Qiyue Biotech".into(),
                "Harrowgate Therapeutics".into()
            )]
        );
    }

    #[test]
    fn a_chinese_licensee_in_licensing_from_the_west() {
        let text = "Shantou Haibin Pharmaceutical said it had in-licensed the China rights to PLT-55, a drug developed by Pallister Therapeutics. Haibin is the licensee here and Pallister the licensor. An upfront payment of US$30 million goes to Pallister.";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(
            pairs(&x),
            [(
                "Pallister Therapeutics".into(),
                "Shantou Haibin Pharmaceutical".into()
            )]
        );
    }

    #[test]
    fn money_taken_from_a_company_is_that_company_s_to_pay() {
        let text = "年底对外授权交易集中落地。本月栖岩生物从哈罗盖特制药拿到6亿美元预付款，双方未披露里程碑金额。";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(pairs(&x), [("栖岩生物".into(), "哈罗盖特制药".into())]);
    }

    #[test]
    fn owners_of_a_joint_venture_describe_it_and_a_later_sentence_names_one_new_party() {
        let text = "据记者梳理，这是霍尔登制药今年在中国的第二笔交易。今年3月，霍尔登制药以5000万美元首付款从栖岩生物与鹭汀医药的合资公司Varnholt Biosciences引进QX-7，里程碑付款最高8亿美元。9月，又以1.2亿美元首付款获得砚湖生物口服小分子RT-9在中国以外的权益，交易总额约15亿美元。";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(
            pairs(&x),
            [
                ("Varnholt Biosciences".into(), "霍尔登制药".into()),
                ("砚湖生物".into(), "霍尔登制药".into())
            ]
        );
    }

    #[test]
    fn a_chinese_company_bringing_rights_in_is_the_licensee() {
        let pair = |text: &str| pairs(&extract(text, &Gazetteer::default()));
        // A country between the preposition and the name.
        assert_eq!(
            pair(
                "1月13日，港股上市的璟岚生物宣布从韩国Sorvik Therapeutics引进TL1A单抗SV-12的大中华区权益，首付款1,500万美元。"
            ),
            [("Sorvik Therapeutics".into(), "璟岚生物".into())]
        );
        // A clause without a subject goes on with the subject before; a kind of company
        // ("临床阶段生物技术公司") is no name.
        assert_eq!(
            pair(
                "榕溪医药与总部位于美国的临床阶段生物技术公司Halbrook Therapeutics达成大中华区独家许可协议，引进口服小分子HB-7。首付款为2,000万美元。"
            ),
            [("Halbrook Therapeutics".into(), "榕溪医药".into())]
        );
        // The verbs after a pair are its first company's.
        assert_eq!(
            pair(
                "2025年引进交易回顾：\n\n1. 榕溪医药 × Halbrook Therapeutics（6月）：引进口服小分子HB-7的大中华区权益，首付款USD 2,000万，潜在总额高达2亿美元。"
            ),
            [("Halbrook Therapeutics".into(), "榕溪医药".into())]
        );
    }

    #[test]
    fn a_speaker_paying_is_the_licensee() {
        let text = "Harwick Pharma, Inc. - Conference Call on the QX-9 License Agreement\n\nChief Executive Officer: We are paying $40 million up front, and we are buying $10 million of Qiaolin stock. The Qiaolin agreement covers QX-9 only.\n";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(pairs(&x), [("Qiaolin".into(), "Harwick Pharma".into())]);
    }

    #[test]
    fn a_list_ranked_by_upfront_gives_each_item_its_upfront() {
        let text = "The upfront league table\n\nThis year we rank licences by what the licensee paid at signing.\n\n1. Suzhou Qiaolin Bio → Harwick Pharma: $300m\n\nQL-1 for the world outside China, with up to $900m in milestones.\n\n2. Nanjing Dunhe Biotech → Marlowe Therapeutics: $120m\n\nDH-7, milestones of up to $1.1bn.\n\n3. Hefei Lanshan Bio → Brisco Pharma: $60m\n\nLS-3, up to $640m more.\n";
        let x = extract(text, &Gazetteer::default());
        let upfronts: Vec<Option<&str>> = x
            .deals
            .iter()
            .map(|d| {
                crate::deals::term(
                    d,
                    &x.mentions,
                    crate::Role::Upfront,
                    dealscope_core::Currency::USD,
                )
                .map(|i| x.mentions[i].text.as_str())
            })
            .collect();
        assert_eq!(
            upfronts,
            [Some("$300m"), Some("$120m"), Some("$60m")],
            "{:?}",
            x.deals
        );
        // Without the ranking, a bare amount after a deal line stays unread.
        let plain = text
            .replace("The upfront league table", "Deal notes")
            .replace(
                "This year we rank licences by what the licensee paid at signing.",
                "Three licences.",
            );
        let x = extract(&plain, &Gazetteer::default());
        assert!(
            x.mentions
                .iter()
                .all(|m| m.text != "$300m" || m.role == crate::Role::Other)
        );
    }

    #[test]
    fn the_owners_of_a_joint_venture_in_apposition_are_no_parties() {
        let text = "Harwick Pharma signed its second licence this year. In February the company paid $63 million upfront to Varn Biosciences, the Chengdu-based joint venture of Qiaolin Bio and Lepwood Biopharma, for QX-9.\n";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(
            pairs(&x),
            [("Varn Biosciences".into(), "Harwick Pharma".into())]
        );
    }

    #[test]
    fn each_item_of_a_list_is_a_deal_with_the_company_its_lead_in_names() {
        let text = "Deal notes\n\nLook at what Suzhou Qiaolin Bio has done this year:\n\n- March: QL-1, an oral inhibitor, to Harwick Pharma, $50 million upfront and up to $700 million in milestones.\n- July: the Dunmore Therapeutics pact, $80 million upfront and up to $1 billion in milestones.\n";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(
            pairs(&x),
            [
                ("Suzhou Qiaolin Bio".into(), "Harwick Pharma".into()),
                ("Suzhou Qiaolin Bio".into(), "Dunmore Therapeutics".into())
            ]
        );
    }

    #[test]
    fn a_slide_of_terms_under_a_partner_heading_is_a_deal_with_the_speaker() {
        let text = "Selvigen AG - Capital Markets Day 2026\nSession 3: Business development\n\nANNIKA: We have done two deals.\n\n[Slide 23 - Deal 2: option on XR-17 from Suzhou Xinrun Biologics]\n- Option fee: $15M, paid at signing\n- Headline value: up to $670M\n";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(
            pairs(&x),
            [("Suzhou Xinrun Biologics".into(), "Selvigen AG".into())]
        );
    }

    #[test]
    fn a_headline_total_completes_a_one_deal_report() {
        let text = "Qiyue licenses QL-5 to Harrowgate in deal worth up to $596 mln\n\nSHANGHAI, June 26 (Wirecast) - Nanjing Qiyue Biotech said it had granted Harrowgate Therapeutics rights to QL-5. Harrowgate will pay $25 mln upfront and up to $571 mln in milestones.";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(x.deals.len(), 1, "{:?}", x.deals);
        let total = crate::deals::term(
            &x.deals[0],
            &x.mentions,
            crate::Role::Total,
            dealscope_core::Currency::USD,
        );
        assert_eq!(total.map(|i| x.mentions[i].text.as_str()), Some("$596 mln"));
    }

    #[test]
    fn an_amount_written_with_the_that_an_earlier_deal_states_stays_with_it() {
        let text = "Harrowgate Therapeutics agreed to pay Nanjing Qiyue Biotech $500 million upfront for QL-5, and Qiyue could get up to $2.4 billion in milestones.\n\nA day earlier, Dunmore Pharma said it would buy Brackenfold Bio for $700 million upfront and up to $100 million in milestones.\n\n- The $2.4 billion milestone pool includes a transfer payment.\n";
        let x = extract(text, &Gazetteer::default());
        let milestones = |k: usize| {
            crate::deals::term(
                &x.deals[k],
                &x.mentions,
                crate::Role::Milestone,
                dealscope_core::Currency::USD,
            )
            .map(|i| x.mentions[i].text.clone())
        };
        assert_eq!(x.deals.len(), 2, "{:?}", x.deals);
        assert_eq!(milestones(0).as_deref(), Some("$2.4 billion"));
        assert_eq!(milestones(1).as_deref(), Some("$100 million"));
    }

    #[test]
    fn a_headline_broken_down_after_it_stays_with_its_deal() {
        let text = "Harwick Bio will buy Tessaly Therapeutics outright. The price tag is up to $620 million. Split it up and you get $540 million in cash at closing and then up to $80 million more if milestones are met.\n\nTwo years ago Harwick licensed TS-11 from Tessaly for $30 million upfront and $400 million in milestones. Even so, $620 million looks cheap.\n";
        let x = extract(text, &Gazetteer::default());
        let total = |k: usize| {
            crate::deals::term(
                &x.deals[k],
                &x.mentions,
                crate::Role::Total,
                dealscope_core::Currency::USD,
            )
            .map(|i| x.mentions[i].span.start)
        };
        assert_eq!(x.deals.len(), 2, "{:?}", x.deals);
        assert_eq!(total(0), text.find("$620 million"));
        assert_eq!(total(1), None);
    }

    #[test]
    fn a_milestone_figure_equal_to_the_headline_is_the_headline_restated() {
        let text = "岚峰生物与哈罗盖特签署许可协议。哈罗盖特将支付4亿美元首期付款，岚峰生物另可收取最多7.3亿美元的里程碑付款，协议总值最高可达11.3亿美元。\n\n有基金经理表示，里程碑付款能否全数到手仍取决于审批进度，11.3亿美元只是里程碑全部达成时的上限。";
        let x = extract(text, &Gazetteer::default());
        let milestones = crate::deals::term(
            &x.deals[0],
            &x.mentions,
            crate::Role::Milestone,
            dealscope_core::Currency::USD,
        );
        assert_eq!(
            milestones.map(|i| x.mentions[i].text.as_str()),
            Some("7.3亿美元"),
            "{:?}",
            x.mentions
        );
    }

    #[test]
    fn the_cash_part_of_an_upfront_is_no_second_deal() {
        let text = "粤杉生物将YS-118的海外权益授予Foxglove Bio。Foxglove将向粤杉生物支付首付款8000万美元。粤杉生物董事长表示：“现金部分6千万美元足以覆盖国内II期费用。”";
        let x = extract(text, &Gazetteer::default());
        assert_eq!(x.deals.len(), 1, "{:?}", x.deals);
    }

    #[test]
    fn forward_looking_statements_repeat_no_terms() {
        let text = "Nanjing Qiyue Biotech licensed QL-1 to Harrowgate Therapeutics for $150 million upfront and up to $2.3 billion in milestones. Separately, Nanjing Qiyue Biotech licensed QL-2 to Dunmore Bio for $20 million upfront and up to $330 million in milestones.\n\nForward-looking statements\nThe payment of milestones of up to $2.3 billion depends on research progress.";
        let x = extract(text, &Gazetteer::default());
        let milestones = crate::deals::term(
            &x.deals[1],
            &x.mentions,
            crate::Role::Milestone,
            dealscope_core::Currency::USD,
        );
        assert_eq!(
            milestones.map(|i| x.mentions[i].text.as_str()),
            Some("$330 million")
        );
    }

    #[test]
    fn a_deal_sheet_names_parties_above_their_terms() {
        let text = "WEEKLY LEDGER\n\n1) Hefei Chaohu Medicines -> Brevant Therapeutics\nAsset: CH-5521\nUpfront: $40M | Milestones: up to $1.1B\n\n2) Quennell Pharma in-licenses ZX-88 from Zhuhai Xiangzhou Bio\nOption fee: $35MM | Total: $640MM\n";
        let x = extract(text, &Gazetteer::default());
        let pairs = pairs(&x);
        assert_eq!(
            pairs,
            [
                (
                    "Hefei Chaohu Medicines".into(),
                    "Brevant Therapeutics".into()
                ),
                ("Zhuhai Xiangzhou Bio".into(), "Quennell Pharma".into())
            ]
        );
        assert_eq!(
            x.deals[0].terms.len(),
            2,
            "the first sheet's terms stay with it"
        );
    }
}
