//! Company names as one document uses them: full names (alias table or "… Therapeutics"),
//! the short names the document defines (`Regeneron Pharmaceuticals, Inc. ("Regeneron")`,
//! `… Limited (the "Company", together with its subsidiaries, the "Group")`), and the first
//! distinctive word of a full name ("Kestrel" for "Kestrel Bio", "Hengrui" for "Jiangsu
//! Hengrui Pharmaceuticals").

use dealscope_core::Span;

use crate::gazetteer::{CompanyHit, Gazetteer};

/// Words that start many company names and say nothing about which company.
const NOT_SHORT_NAMES: &[&str] = &[
    "Hong",
    "China",
    "Chinese",
    "Sino",
    "Merck",
    "Eli",
    "Johnson",
    "Bristol",
    "Global",
    "International",
    "American",
    "British",
    "Japan",
    "Korea",
    "Qilu",
    "First",
    "New",
    "The",
    "General",
];

/// Whether a word says nothing about which company: a mainland place (gazetteer's list)
/// or a generic word.
fn not_short_name(word: &str) -> bool {
    NOT_SHORT_NAMES.contains(&word) || crate::gazetteer::is_chinese_place(word)
}

/// Every reference to a company in one document, in order, not overlapping.
#[derive(Clone, Debug, Default)]
pub struct DocNames {
    hits: Vec<CompanyHit>,
    /// The company the document speaks for ("we"), when its heading names one.
    speaker: Option<CompanyHit>,
}

impl DocNames {
    /// Finds the companies of `text` and every short name it uses for them.
    pub fn build(text: &str, gazetteer: &Gazetteer) -> Self {
        let full = gazetteer.companies(text);
        let mut aliases: Vec<(String, CompanyHit)> = Vec::new();
        for h in &full {
            for defined in definitions_after(text, h.span.end) {
                aliases.push((defined, h.clone()));
            }
            for defined in zh_definitions_after(text, h.span.end) {
                aliases.push((defined, h.clone()));
            }
            if let Some(short) = short_name(&h.name) {
                // "Kelun" for "Sichuan Kelun-Biotech Biopharmaceutical" too.
                if let Some((head, _)) = short.split_once('-').filter(|(h, _)| h.len() >= 4) {
                    aliases.push((head.to_owned(), h.clone()));
                }
                aliases.push((short, h.clone()));
            }
            // "先聲" where the text wrote "先聲藥業", whatever the display name.
            if let Some(short) = zh_short_name(&h.written, h.id.is_some()) {
                aliases.push((short, h.clone()));
            }
        }
        // A contract's parties: "甲方：四川科伦博泰…", "乙方：默沙东", "授权方：…".
        for label in [
            "甲方",
            "乙方",
            "丙方",
            "授权方",
            "被授权方",
            "授權方",
            "被授權方",
            "许可方",
            "被许可方",
            "許可方",
            "被許可方",
        ] {
            for (p, _) in text.match_indices(label) {
                let rest = &text[p + label.len()..];
                let Some(body) = rest.strip_prefix(['：', ':']) else {
                    continue;
                };
                let at = text.len() - body.trim_start().len();
                let line_end = at
                    + body
                        .trim_start()
                        .find('\n')
                        .unwrap_or(body.trim_start().len());
                // The first company of the line: "甲方：四川科伦博泰生物医药股份有限公司" is found
                // by its short name inside.
                if let Some(h) = full
                    .iter()
                    .find(|h| at <= h.span.start && h.span.end <= line_end)
                {
                    aliases.push((label.to_owned(), h.clone()));
                }
            }
        }
        // A definitions table: "「要約人」　指　翊港醫藥集團有限公司".
        for (term, at) in zh_defined_terms(text) {
            if let Some(h) = full.iter().find(|h| h.span.start == at) {
                aliases.push((term, h.clone()));
            }
        }
        // A deal heading "3) Coherent -> MultiValent | CBP-1018": what stands on either side
        // of the arrow is a company, known to the table by its first word or not at all.
        for name in arrow_parties(text) {
            // (A name the table knows is found everywhere already; one read only on the
            // arrow line is not.)
            let covered = full
                .iter()
                .any(|h| h.id.is_some() && (h.written == name || name.contains(&h.written)));
            if covered {
                continue;
            }
            let who = gazetteer.company_by_first_word(name).unwrap_or(CompanyHit {
                span: Span { start: 0, end: 0 },
                written: name.to_owned(),
                name: name.to_owned(),
                id: None,
                country: None,
            });
            aliases.push((name.to_owned(), who));
        }
        // A document defining more names than this is a list of companies, not a deal
        // release; reading only the first keeps the time linear in the text.
        aliases.truncate(MAX_ALIASES);
        let mut hits = full;
        // A defined term read as a name of its own ("与認購方訂立" found "認購方") is the
        // company it is defined as.
        hits.retain(|h| {
            h.id.is_some()
                || !aliases
                    .iter()
                    .any(|(a, who)| h.written == *a && !Gazetteer::same_company(h, who))
        });
        let mut taken = Taken::of(&hits);
        for (alias, who) in aliases {
            let generic = matches!(
                alias.as_str(),
                "Company" | "Group" | "Issuer" | "Licensor" | "Licensee"
            );
            let needles: Vec<String> = if generic {
                vec![format!("the {alias}"), format!("The {alias}")]
            } else {
                vec![alias.clone()]
            };
            for needle in needles {
                for start in name_matches(text, &needle) {
                    let span = Span {
                        start,
                        end: start + needle.len(),
                    };
                    add_free(&mut hits, &mut taken, text, span, &who);
                }
            }
        }
        // A filing or call transcript headed by one company speaks for it: "we", "us" and
        // "the Company" are that company.
        let en_speaker = en_issuer(text, &hits);
        if let Some(issuer) = en_speaker.clone() {
            for needle in ["we", "We", "us", "the Company", "The Company"] {
                for start in crate::text::word_matches(text, needle) {
                    let span = Span {
                        start,
                        end: start + needle.len(),
                    };
                    add_free(&mut hits, &mut taken, text, span, &issuer);
                }
            }
        }
        // A Chinese announcement names its issuer in its header; a research note or a call
        // transcript in its first line ("砚湖生物（首次覆盖）：…", "鉑岩生物2025年度業績說明會").
        let chinese = text.chars().take(400).any(crate::text::is_han);
        let zh_speaker = zh_issuer(text, gazetteer).or_else(|| {
            chinese
                .then(|| first_line_company(text, &hits, true))
                .flatten()
        });
        let speaker = zh_speaker.clone().or(en_speaker);
        if let Some(issuer) = zh_speaker {
            let mut spans = zh_self_references(text);
            for word in ["我们", "我們"] {
                spans.extend(text.match_indices(word).map(|(p, w)| Span {
                    start: p,
                    end: p + w.len(),
                }));
            }
            for span in spans {
                add_free(&mut hits, &mut taken, text, span, &issuer);
            }
        } else if let Some(we) = hits
            .iter()
            .find(|h| h.id.is_none() && matches!(h.name.as_str(), "我们" | "我們"))
            .cloned()
        {
            // A first-person text that never names itself ("我們與葛蘭素史克訂立…"): its "we"
            // is one party throughout, named as written.
            for word in ["我们", "我們"] {
                for (p, w) in text.match_indices(word) {
                    let span = Span {
                        start: p,
                        end: p + w.len(),
                    };
                    add_free(&mut hits, &mut taken, text, span, &we);
                }
            }
        }
        // "fifteen million dollars of Lingfeng stock", "the Lingfeng agreement": a word named
        // twice as the owner of shares or the party of an agreement is a company.
        for name in partners_by_context(text) {
            let who = CompanyHit {
                span: Span { start: 0, end: 0 },
                written: name.to_owned(),
                name: name.to_owned(),
                id: None,
                country: None,
            };
            for start in name_matches(text, name) {
                let span = Span {
                    start,
                    end: start + name.len(),
                };
                add_free(&mut hits, &mut taken, text, span, &who);
            }
        }
        hits.sort_by_key(|h| h.span.start);
        // "认购三生制药1亿美元股份": a known name the alias table could not match where it is
        // glued to a digit, found again by its ending, is still that company.
        let mut known: std::collections::HashMap<String, CompanyHit> = Default::default();
        for h in hits.iter().filter(|h| h.id.is_some()) {
            known.entry(h.written.clone()).or_insert_with(|| h.clone());
        }
        for h in hits.iter_mut().filter(|h| h.id.is_none()) {
            if let Some(k) = known.get(&h.written) {
                h.name = k.name.clone();
                h.id = k.id.clone();
                h.country = k.country;
            }
        }
        merge_bracketed(text, &mut hits);
        unify_unknown(&mut hits);
        // "艾伯维继加科思之后…又一笔交易": a company named for an earlier deal is no party
        // of the one reported.
        hits.retain(|h| !follows_earlier(text, h.span));
        DocNames { hits, speaker }
    }

    /// The company the document speaks for, when its heading names one.
    pub fn speaker(&self) -> Option<&CompanyHit> {
        self.speaker.as_ref()
    }

    /// The country of a company by its display name, when known.
    pub fn country_of(&self, name: &str) -> Option<dealscope_core::CountryCode> {
        self.hits
            .iter()
            .find(|h| h.name == name)
            .and_then(|h| h.country)
    }

    /// The references inside a span.
    pub fn in_span(&self, span: Span) -> Vec<CompanyHit> {
        // The hits are in text order: read only those that start inside the span.
        let from = self.hits.partition_point(|h| h.span.start < span.start);
        self.hits[from..]
            .iter()
            .take_while(|h| h.span.start < span.end)
            .filter(|h| h.span.end <= span.end)
            .cloned()
            .collect()
    }
}

/// Capitalised words a document names at least twice, not opening a sentence, as the owner of
/// shares or the other party of an agreement ("Lingfeng stock", "the Lingfeng agreement",
/// "Lingfeng shares"): names of companies the tables and suffixes do not know.
fn partners_by_context(text: &str) -> Vec<&str> {
    const CONTEXTS: [&str; 6] = [
        " stock",
        " shares",
        " agreement",
        " deal",
        " licence",
        " license",
    ];
    // Words of the language that stand before those nouns.
    const NOT_NAMES: &[&str] = &[
        "License",
        "Licence",
        "Licensing",
        "Collaboration",
        "Purchase",
        "Option",
        "Merger",
        "Share",
        "Stock",
        "Asset",
        "Supply",
        "Master",
        "Framework",
        "Exclusive",
        "Amended",
        "Restated",
        "Development",
        "Research",
        "Credit",
        "Loan",
        "Services",
        "Transition",
        "Settlement",
        "Common",
        "Preferred",
        "Ordinary",
        "Series",
        "Class",
        "Company",
        "Group",
        "Subscription",
        "Securities",
        "Investment",
        "Royalty",
        "Commercial",
        "Manufacturing",
        "Original",
        "Global",
        "Regional",
        "China",
        "Chinese",
        "American",
        "European",
        "Japanese",
        "Korean",
        "Treasury",
        "Our",
        "The",
        "This",
        "That",
        "These",
        "Their",
        "Its",
        "New",
        "First",
        "Second",
        "Third",
        "Previous",
        "Prior",
        "Existing",
    ];
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for context in CONTEXTS {
        for (p, _) in text.match_indices(context) {
            let before = &text[..p];
            let start = before
                .char_indices()
                .rev()
                .find(|(_, c)| !c.is_ascii_alphanumeric())
                .map_or(0, |(q, c)| q + c.len_utf8());
            let word = &before[start..];
            let capitalised = word.len() >= 4
                && word.starts_with(|c: char| c.is_ascii_uppercase())
                && word[1..]
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
            // (Not at a sentence start, where any word is capitalised.)
            let opens = before[..start]
                .trim_end_matches([' ', '"', '\u{201c}'])
                .ends_with(['.', '!', '?', '\n', ':'])
                || before[..start].trim().is_empty();
            if capitalised && !opens && !NOT_NAMES.contains(&word) {
                match counts.iter_mut().find(|(w, _)| *w == word) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((word, 1)),
                }
            }
        }
    }
    counts
        .into_iter()
        .filter(|&(w, n)| {
            n >= 2
                && !dealscope_core::date::MONTH_NAMES
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(w))
        })
        .map(|(w, _)| w)
        .collect()
}

/// The most defined names ("(the \"Company\")", "「要約人」") a document is read for.
const MAX_ALIASES: usize = 64;

/// The spans the references found so far cover, to ask whether a new one overlaps any
/// without reading them all.
struct Taken {
    /// Start → end of each reference, when no two overlap (then the one starting last
    /// before a span is the only one that can reach into it).
    spans: std::collections::BTreeMap<usize, usize>,
    /// Some references overlap: every question reads all of them.
    overlapping: Option<Vec<Span>>,
}

impl Taken {
    fn of(hits: &[CompanyHit]) -> Self {
        let mut sorted: Vec<Span> = hits.iter().map(|h| h.span).collect();
        sorted.sort_by_key(|s| (s.start, s.end));
        let disjoint = sorted.windows(2).all(|w| w[0].end <= w[1].start)
            && sorted.iter().all(|s| s.start < s.end);
        Taken {
            spans: sorted.iter().map(|s| (s.start, s.end)).collect(),
            overlapping: (!disjoint).then_some(sorted),
        }
    }

    fn overlaps(&self, span: Span) -> bool {
        if let Some(all) = &self.overlapping {
            return all.iter().any(|h| h.start < span.end && span.start < h.end);
        }
        self.spans
            .range(..span.end)
            .next_back()
            .is_some_and(|(_, &end)| span.start < end)
    }

    fn add(&mut self, span: Span) {
        match &mut self.overlapping {
            Some(all) => all.push(span),
            None if span.start < span.end => {
                self.spans.insert(span.start, span.end);
            }
            // (An empty span overlaps nothing and is kept with the others.)
            None => {
                let mut all: Vec<Span> = self
                    .spans
                    .iter()
                    .map(|(&start, &end)| Span { start, end })
                    .collect();
                all.push(span);
                self.overlapping = Some(all);
            }
        }
    }
}

/// Adds a reference to `who` at `span` unless another reference already covers part of it.
fn add_free(
    hits: &mut Vec<CompanyHit>,
    taken: &mut Taken,
    text: &str,
    span: Span,
    who: &CompanyHit,
) {
    if !taken.overlaps(span) {
        taken.add(span);
        hits.push(CompanyHit {
            span,
            written: text[span.start..span.end].to_owned(),
            ..who.clone()
        });
    }
}

/// Where a short name stands on its own: an ASCII name not glued to ASCII letters or digits
/// ("持有Kestrel约15%" is Kestrel), a Chinese name anywhere (Chinese has no spaces).
fn name_matches<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let ascii = needle.is_ascii();
    text.match_indices(needle)
        .map(|(p, _)| p)
        .filter(move |&p| !ascii || crate::gazetteer::word_bounded(text, p, p + needle.len()))
}

/// A name the alias table does not know, written once in full and once without its place
/// ("Wuxi Lanshan Biotherapeutics", "Lanshan Biotherapeutics"), is one company: the longer
/// name stands for both.
fn unify_unknown(hits: &mut [CompanyHit]) {
    use std::collections::HashMap;
    // Each name once, ordered by its last reference (of two equally long candidates, the
    // one named last wins).
    let mut last: HashMap<&str, usize> = HashMap::new();
    for (k, h) in hits.iter().enumerate().filter(|(_, h)| h.id.is_none()) {
        last.insert(&h.name, k);
    }
    let mut names: Vec<(&str, usize)> = last.into_iter().collect();
    names.sort_by_key(|&(_, k)| k);
    let names: Vec<String> = names.into_iter().map(|(n, _)| n.to_owned()).collect();
    let chinese = |n: &str| n.chars().any(crate::text::is_han);
    // The longer English names by the words they end or start with: "Lanshan
    // Biotherapeutics" and "Biotherapeutics" for "Wuxi Lanshan Biotherapeutics".
    let mut by_part: HashMap<&str, Vec<&str>> = HashMap::new();
    for n in &names {
        for (p, _) in n.match_indices(' ') {
            by_part.entry(&n[p + 1..]).or_default().push(n);
            by_part.entry(&n[..p]).or_default().push(n);
        }
    }
    let chinese_names: Vec<&String> = names.iter().filter(|n| chinese(n)).collect();
    let mut longest: HashMap<&str, Option<&str>> = HashMap::new();
    for name in &names {
        let h = name.as_str();
        let longer = if chinese(h) {
            chinese_names
                .iter()
                .map(|n| n.as_str())
                .filter(|n| {
                    n.len() > h.len()
                        // "诺维尔" in "诺维尔制药", "曜石生物" in "上海曜石生物".
                        && (h.chars().count() >= 4 && n.contains(h)
                            || h.chars().count() >= 2
                                && (n.starts_with(h)
                                    || crate::gazetteer::starts_with_place(n)
                                        .is_some_and(|rest| rest.starts_with(h))))
                })
                .max_by_key(|n| n.len())
        } else {
            // "Lanshan Biotherapeutics" / "Wuxi Lanshan Biotherapeutics"; "Vesteria" /
            // "Vesteria Pharmaceuticals".
            by_part.get(h).and_then(|ns| {
                ns.iter()
                    .copied()
                    .filter(|n| n.len() > h.len())
                    .max_by_key(|n| n.len())
            })
        };
        longest.insert(h, longer);
    }
    for h in hits.iter_mut().filter(|h| h.id.is_none()) {
        if let Some(Some(n)) = longest.get(h.name.as_str()) {
            h.name = (*n).to_owned();
        }
    }
}

/// Names in brackets right after another name are the same company written another way:
/// "百络医药（Bailuo Pharma）", "Calico Life Sciences LLC (Calico)".
fn merge_bracketed(text: &str, hits: &mut [CompanyHit]) {
    for k in 1..hits.len() {
        let (prev, cur) = (&hits[k - 1], &hits[k]);
        let Some(between) = text.get(prev.span.end..cur.span.start) else {
            continue;
        };
        let after = text.get(cur.span.end..).unwrap_or("");
        let opens = matches!(between.trim(), "(" | "（" | "(“" | "（“" | "(\"" | "（\"");
        // "韦斯特里亚制药（Vesteria Pharmaceuticals，以下简称“Vesteria”）"
        // "Harrowgate Biosciences plc，以下简称…", "Vorhaven Pharma GmbH）": a legal form
        // may follow the name in the brackets.
        let mut rest = after.trim_start_matches(['"', '”']);
        if let Some(form) = crate::gazetteer::LEGAL_FORMS
            .iter()
            .find(|f| rest.trim_start().starts_with(**f))
        {
            rest = &rest.trim_start()[form.len()..];
        }
        let defined_next = rest.starts_with(['，', ',']) && {
            let next = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
            ["以下简称", "以下簡稱", "下称", "下稱", "简称", "簡稱"]
                .iter()
                .any(|w| next.starts_with(w))
        };
        // "东湖制药株式会社（Dongho Pharmaceutical，总部位于韩国首尔…）": the name first.
        let described_next = between.trim().starts_with('（') && rest.starts_with(['，', ',']);
        let closes = rest.starts_with([')', '）']) || defined_next || described_next;
        if opens && closes && !Gazetteer::same_company(prev, cur) {
            // The resolved one names both.
            let (from, to) = if cur.id.is_some() && prev.id.is_none() {
                (k, k - 1)
            } else {
                (k - 1, k)
            };
            let who = hits[from].clone();
            let target = &mut hits[to];
            target.name = who.name;
            target.id = who.id;
            target.country = who.country;
        }
    }
}

/// The company an English document speaks for: the only company its first line names
/// ("CLIMB BIO, INC.", "BioNTech SE - Annual Report on Form 20-F", "Dalian Binhai
/// Therapeutics (HKEX: 09177)"). A headline naming two companies has none.
fn en_issuer(text: &str, hits: &[CompanyHit]) -> Option<CompanyHit> {
    first_line_company(text, hits, false)
}

/// The company a first line is headed by: opening it, or, with `after_label`, right after a
/// column's label ("上证e互动｜衡川药业投资者问答").
fn first_line_company(text: &str, hits: &[CompanyHit], after_label: bool) -> Option<CompanyHit> {
    // A heading: the company opens one of the first lines ("Harborlight Healthcare
    // Conference — Fireside Chat" over "Delmore Therapeutics, Inc. (NASDAQ: DLMR)"), and more
    // text follows.
    let mut start = text.len() - text.trim_start().len();
    for _ in 0..3 {
        let line = &text[start..];
        let end = start + line.find('\n').unwrap_or(line.len());
        if end >= text.trim_end().len() {
            return None;
        }
        let in_line: Vec<&CompanyHit> = hits
            .iter()
            .filter(|h| start <= h.span.start && h.span.end <= end)
            .collect();
        if in_line.is_empty() {
            // Prose, not a heading.
            if text[start..end].trim_end().ends_with(['.', '。']) {
                return None;
            }
            start = end + 1 + (text[end + 1..].len() - text[end + 1..].trim_start().len());
            continue;
        }
        // "专访岷峰生物BD副总裁许澄：…": an interview names the company it speaks for.
        let interview = |lead: &str| {
            [
                "专访",
                "專訪",
                "独家专访",
                "獨家專訪",
                "对话",
                "對話",
                "采访",
                "採訪",
            ]
            .contains(&lead.trim())
        };
        let opens = |h: &&CompanyHit| {
            h.span.start == start
                || after_label
                    && (text[start..h.span.start]
                        .trim_end()
                        .ends_with(['｜', '|', '：', ':', '】'])
                        || interview(&text[start..h.span.start]))
                    && !text[start..h.span.start].contains(['，', '。', ','])
        };
        if !in_line.first().is_some_and(opens) {
            return None;
        }
        // "加科思-B（01167.HK）公司点评：…牵手阿斯利康": a company with its stock code opens a
        // research note about it, whoever else the line names.
        let first = in_line[0];
        let rest = text[first.span.end..end].trim_start_matches("-B");
        let coded = rest
            .strip_prefix(['（', '('])
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
        if coded {
            return Some(first.clone());
        }
        return match in_line.as_slice() {
            [one] => Some((*one).clone()),
            [first, rest @ ..] if rest.iter().all(|h| Gazetteer::same_company(first, h)) => {
                Some((*first).clone())
            }
            _ => None,
        };
    }
    None
}

/// Labels of an exchange announcement's header that name the issuer ("证券简称：迈威生物").
const ZH_ISSUER_LABELS: &[&str] = &[
    "证券简称",
    "證券簡稱",
    "股票简称",
    "股票簡稱",
    "公司简称",
    "公司簡稱",
    "股份简称",
    "股份簡稱",
];

/// The issuer of a Chinese exchange announcement: the short name its header gives, else a
/// head line that is a company's full name ("迈威（上海）生物科技股份有限公司"). Resolved through
/// the alias table when it knows the name.
fn zh_issuer(text: &str, gazetteer: &Gazetteer) -> Option<CompanyHit> {
    let head = &text[..crate::text::floor_boundary(text, 600)];
    let cjk = crate::text::is_han;
    let labelled = ZH_ISSUER_LABELS.iter().find_map(|label| {
        let p = head.find(label)? + label.len();
        let rest = head[p..].trim_start_matches([':', '：', ' ', '\u{3000}']);
        let start = head.len() - rest.len();
        let len: usize = rest
            .chars()
            .take_while(|c| cjk(*c) || c.is_ascii_alphanumeric())
            .take(12)
            .map(char::len_utf8)
            .sum();
        (len > 0).then_some((start, start + len))
    });
    let (start, end) = labelled.or_else(|| {
        let mut at = 0;
        head.split('\n').take(6).find_map(|line| {
            let line_start = at;
            at += line.len() + 1;
            let name = line.trim();
            let is_name = name.ends_with("有限公司")
                && name.chars().count() <= 30
                && !name.contains("交易")
                && !name.contains(['，', '。', ' ']);
            is_name.then(|| {
                let s = line_start + (line.len() - line.trim_start().len());
                (s, s + name.len())
            })
        })
    })?;
    let written = &text[start..end];
    let known = gazetteer
        .companies(written)
        .into_iter()
        .find(|h| h.id.is_some());
    Some(match known {
        Some(h) => CompanyHit {
            span: Span { start, end },
            written: written.to_owned(),
            ..h
        },
        None => CompanyHit {
            span: Span { start, end },
            written: written.to_owned(),
            name: written.to_owned(),
            id: None,
            country: None,
        },
    })
}

/// Where a Chinese announcement calls its issuer "公司" or "本公司"/"本集团": not inside a longer
/// noun ("子公司", "新公司", "有限公司", "制药公司").
fn zh_self_references(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for word in ["公司", "集团", "集團"] {
        for (p, _) in text.match_indices(word) {
            let prev = text[..p].chars().next_back();
            let own = prev == Some('本');
            let standalone = word == "公司"
                && prev.is_none_or(|c| {
                    !crate::text::is_han(c)
                        || matches!(c, '与' | '與' | '向' | '将' | '將' | '由' | '予' | '给' | '給' | '及' | '和' | '为' | '為' | '即' | '且')
                })
                // "公司债券", "公司章程": a noun modifier, not the issuer.
                && !text[p + word.len()..].starts_with(['债', '債', '章', '法']);
            if own {
                out.push(Span {
                    start: p - '本'.len_utf8(),
                    end: p + word.len(),
                });
            } else if standalone {
                out.push(Span {
                    start: p,
                    end: p + word.len(),
                });
            }
        }
    }
    out.sort_by_key(|s| s.start);
    out
}

/// Quoted names in a bracket right after a company name: `, Inc. ("Regeneron")`,
/// ` Company Limited (the "Company", together with its subsidiaries, the "Group")`.
fn definitions_after(text: &str, end: usize) -> Vec<String> {
    // "HUTCHMED (China) Limited (the "Company", …)": a bracket without a definition may come
    // before the one with it.
    let mut from = end;
    for _ in 0..2 {
        let rest = &text[from..];
        // (A bracket further than 90 bytes away is never read: only that far is searched.)
        let near = &rest[..crate::text::floor_boundary(rest, 91)];
        let Some(open) = near.find('(') else {
            return Vec::new();
        };
        let gap = &rest[..open];
        // "Takeda Pharmaceutical Company Limited, acting through one of its subsidiaries
        // ("Takeda" or the "Licensee")": the company acts through an affiliate it names.
        let acting = gap.contains(", acting through") && open <= 90 && !gap.contains('\n');
        // Otherwise only legal-form words may stand between the name and the bracket.
        if !acting
            && (open > 30
                || gap.contains(['.', '\n'])
                    && !gap.contains("Inc.")
                    && !gap.contains("Co.")
                    && !gap.contains("Ltd."))
        {
            return Vec::new();
        }
        let inside = &rest[open + 1..];
        // A bracket still open 1,000 bytes on defines nothing.
        let Some(close) = inside[..crate::text::floor_boundary(inside, 1000)].find(')') else {
            return Vec::new();
        };
        let mut limit = close.min(160);
        while !inside.is_char_boundary(limit) {
            limit -= 1;
        }
        let mut out = Vec::new();
        let mut parts = inside[..limit].split(['"', '“', '”']);
        parts.next();
        while let Some(quoted) = parts.next() {
            let q = quoted.trim();
            if !q.is_empty() && q.len() <= 40 && q.chars().next().is_some_and(char::is_uppercase) {
                out.push(q.to_owned());
            }
            parts.next();
        }
        if !out.is_empty() || inside[..close].contains(['"', '“', '”']) {
            return out;
        }
        from += open + 1 + close + 1;
    }
    Vec::new()
}

/// The names on either side of a deal heading's arrow ("1) Coherent -> MultiValent |
/// CBP-1018", "Qianling → Oldacre: oral GLP-1"): capitalised words, at most four, with no
/// second company joined in ("Harbour BioMed + Kelun-Biotech" is left to the table).
fn arrow_parties(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        for arrow in [" -> ", " → "] {
            let Some(at) = line.find(arrow) else {
                continue;
            };
            let left = line[..at].trim_end();
            // "Simcere (via Simcere Zaiming)": the name before a bracket.
            let left = match left.strip_suffix(')') {
                Some(rest) => rest.rfind('(').map_or(left, |o| rest[..o].trim_end()),
                None => left,
            };
            let left = left
                .char_indices()
                .rev()
                .find(|(_, c)| {
                    matches!(
                        c,
                        '|' | ':' | ')' | '\u{20e3}' | '•' | '*' | '）' | '：' | '｜'
                    )
                })
                .map_or(left, |(p, c)| &left[p + c.len_utf8()..])
                .trim();
            // List markers: "- ", "1. ".
            let left = left.strip_prefix("- ").unwrap_or(left);
            let left = match left.split_once(". ") {
                Some((n, rest)) if n.bytes().all(|b| b.is_ascii_digit()) => rest,
                _ => left,
            }
            .trim();
            let right = &line[at + arrow.len()..];
            let right = right
                .find(['|', '(', ':', ',', ';', '—', '–', '（', '：', '，', '｜'])
                .map_or(right, |p| &right[..p])
                .trim();
            for side in [left, right] {
                let words: Vec<&str> = side.split_whitespace().collect();
                let named = !words.is_empty()
                    && words.len() <= 4
                    && words
                        .iter()
                        .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
                    && !side.contains(['+', '&', '/', '$', '€', '£', '¥']);
                if named {
                    out.push(side);
                }
            }
        }
    }
    out
}

/// Generic words that a Chinese filing defines for its issuer; the issuer rule reads them.
const ZH_GENERIC_TERMS: &[&str] = &["公司", "本公司", "集团", "集團", "本集团", "本集團"];

/// "（以下简称“云帆生物”）" right after a Chinese name.
fn zh_definitions_after(text: &str, end: usize) -> Vec<String> {
    let rest = &text[end..];
    let Some(inner) = rest.strip_prefix('（').or_else(|| rest.strip_prefix('(')) else {
        return Vec::new();
    };
    let close = inner.find(['）', ')']).unwrap_or(inner.len()).min(120);
    let mut limit = close;
    while !inner.is_char_boundary(limit) {
        limit -= 1;
    }
    let inner = &inner[..limit];
    let Some(p) = ["以下简称", "以下簡稱", "下称", "下稱", "简称", "簡稱"]
        .iter()
        .find_map(|w| inner.find(w).map(|p| p + w.len()))
    else {
        return Vec::new();
    };
    quoted_terms(&inner[p..])
}

/// Terms in Chinese or English quotation marks: “X”, 「X」, "X".
fn quoted_terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut parts = text.split(['"', '“', '”', '「', '」']);
    parts.next();
    while let Some(q) = parts.next() {
        let q = q.trim();
        if !q.is_empty() && q.chars().count() <= 20 && !ZH_GENERIC_TERMS.contains(&q) {
            out.push(q.to_owned());
        }
        parts.next();
    }
    out
}

/// Terms a definitions table defines, with where the definition's name starts:
/// "「要約人」　指　翊港醫藥集團有限公司".
fn zh_defined_terms(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    // A definitions table in pipes: "｜沃尔黑文、合作方｜指｜沃尔黑文制药有限公司（…）｜".
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let cells: Vec<(usize, &str)> = line
            .match_indices(['｜', '|'])
            .map(|(p, m)| p + m.len())
            .zip(line.match_indices(['｜', '|']).map(|(p, _)| p).skip(1))
            .map(|(a, b)| (a, &line[a..b]))
            .filter(|(_, c)| !c.trim().is_empty())
            .collect();
        if let [(_, terms), (_, marker), (at, name), ..] = cells.as_slice() {
            if marker.trim() == "指" {
                let lead = name.len() - name.trim_start().len();
                for term in terms.split(['、', '或', '/']) {
                    let term = term.trim();
                    if !term.is_empty() && !ZH_GENERIC_TERMS.contains(&term) {
                        out.push((term.to_owned(), line_start + at + lead));
                    }
                }
            }
        }
        line_start += line.len();
    }
    for (open, _) in text.match_indices('「') {
        let inner = &text[open + '「'.len_utf8()..];
        let Some(close) = inner.find('」').filter(|c| *c <= 60) else {
            continue;
        };
        let term = inner[..close].trim();
        let after = &inner[close + '」'.len_utf8()..];
        let trimmed = after.trim_start_matches([' ', '\u{3000}', '\t']);
        let Some(body) = trimmed.strip_prefix('指') else {
            continue;
        };
        let name = body.trim_start_matches([' ', '\u{3000}', '\t']);
        let at = text.len() - name.len();
        if !term.is_empty() && !ZH_GENERIC_TERMS.contains(&term) {
            out.push((term.to_owned(), at));
        }
        // "「被授權方」或「認購方」 指…": every term of the line names the same company.
        let mut before = &text[..open];
        while let Some(rest) = ["或", "、", "及"]
            .iter()
            .find_map(|j| before.strip_suffix(j))
            .and_then(|r| r.strip_suffix('」'))
        {
            let Some(o) = rest.rfind('「').filter(|o| rest.len() - o <= 60) else {
                break;
            };
            let earlier = rest[o + '「'.len_utf8()..].trim();
            if !earlier.is_empty() && !ZH_GENERIC_TERMS.contains(&earlier) {
                out.push((earlier.to_owned(), at));
            }
            before = &rest[..o];
        }
    }
    out
}

/// A Chinese name without its company ending: "布兰福德" for "布兰福德制药". Two characters
/// ("先声" for "先声药业") only for a company of the alias table; for a name found by its
/// ending, two-character stems such as "华东" are words too often.
fn zh_short_name(written: &str, known: bool) -> Option<String> {
    let stem = crate::gazetteer::ZH_SUFFIXES
        .iter()
        .find_map(|s| written.strip_suffix(s))?;
    let stem = crate::gazetteer::starts_with_place(stem).unwrap_or(stem);
    let least = if known { 2 } else { 3 };
    (stem.chars().count() >= least && stem.chars().all(crate::text::is_han))
        .then(|| stem.to_owned())
}

/// The distinctive first word of a multi-word company name, if it can stand alone.
fn short_name(name: &str) -> Option<String> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    let first = if not_short_name(first) {
        words.next()?
    } else {
        first
    };
    words.next()?; // a one-word remainder is the name itself
    let word = first.trim_end_matches([',', '.']);
    let ok = word.chars().count() >= 4
        && word.chars().next().is_some_and(char::is_uppercase)
        && !not_short_name(word);
    ok.then(|| word.to_owned())
}

/// Whether a company is named as the one before ("继加科思之后", "繼加科思之後"): a
/// comparison with an earlier deal.
fn follows_earlier(text: &str, name: Span) -> bool {
    let from = crate::text::floor_boundary(text, name.start.saturating_sub(6));
    let to = crate::text::floor_boundary(text, (name.end + 9).min(text.len()));
    let before = &text[from..name.start];
    let after = &text[name.end..to];
    (before.ends_with('继') || before.ends_with('繼'))
        && (after.starts_with("之后") || after.starts_with("之後"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defined_and_short_names_refer_to_their_company() {
        let text = "Hansoh Pharmaceutical Group Company Limited (the \"Company\", together with its subsidiaries, the \"Group\") and Regeneron Pharmaceuticals, Inc. (\"Regeneron\") agreed. The Group grants Regeneron a license. Kestrel Bio said Kestrel will pay.";
        let names = DocNames::build(text, &Gazetteer::default());
        let written: Vec<(&str, &str)> = names
            .hits
            .iter()
            .map(|h| (h.written.as_str(), h.name.as_str()))
            .collect();
        assert!(
            written.contains(&("The Group", "Hansoh Pharmaceutical Group Company Limited")),
            "{written:?}"
        );
        assert!(
            written.contains(&("Regeneron", "Regeneron Pharmaceuticals")),
            "{written:?}"
        );
        assert!(written.contains(&("Kestrel", "Kestrel Bio")), "{written:?}");
    }

    #[test]
    fn a_word_named_twice_as_a_partner_is_a_company() {
        let text = "We are paying $40 million up front and buying $10 million of Qiaolin stock. The Qiaolin agreement covers one molecule. Under the License Agreement we hold the rights.";
        let found = written_as(text);
        assert!(found.iter().any(|(w, _)| w == "Qiaolin"), "{found:?}");
        assert!(!found.iter().any(|(w, _)| w == "License"), "{found:?}");
        // Once is not enough.
        assert!(
            !written_as("The Qiaolin agreement covers one molecule.")
                .iter()
                .any(|(w, _)| w == "Qiaolin")
        );
    }

    #[test]
    fn a_definition_after_a_place_in_brackets_or_an_acting_affiliate() {
        let text = "Quenwick Biotech (Shanghai) Limited (the \"Company\") entered into an agreement with Dornfeld Pharma GmbH, acting through one of its affiliates (\"Dornfeld\" or the \"Licensee\"). The Licensee will pay the Company $30 million.";
        let found = written_as(text);
        let is = |written: &str, name: &str| found.contains(&(written.to_owned(), name.to_owned()));
        assert!(is("the Company", "Quenwick Biotech"), "{found:?}");
        assert!(is("The Licensee", "Dornfeld Pharma"), "{found:?}");
    }

    #[test]
    fn long_multibyte_brackets_do_not_panic() {
        // Found by cargo-fuzz: a bracket longer than the scan window, cut inside a character.
        let text = format!("Lumora Therapeutics ({}\"Lumora\")", "恒".repeat(80));
        let _ = DocNames::build(&text, &Gazetteer::default());
    }

    #[test]
    fn the_sides_of_a_deal_headings_arrow_are_companies() {
        let table = |id: &str, name: &str| dealscope_core::Company {
            id: dealscope_core::CompanyId::new(id).unwrap(),
            name_en: name.into(),
            name_zh: None,
            aliases: vec![],
            country: None,
            tickers: vec![],
            kind: None,
        };
        // "Coherent" is a word of the language, so the table's short name is not read
        // everywhere; under a heading's arrow it is the table's one Coherent.
        let g = Gazetteer::new(&[table("coherent", "Coherent Biopharma")], &[]);
        let text = "This week\n\n2) Coherent -> Tallowmere | CBP-1018 | announced Dec 22\n$20M upfront; Coherent also takes a 20% stake in Tallowmere.\n- Kelun-Biotech -> Quennell Bio (Dec 4): $80M upfront.\n3️⃣ Qianling → Oldacre（10月）\nA coherent plan.\n- Kelham -> Ostwick (Dec 22): KX-12. $9M upfront and a stake in Ostwick for Kelham.";
        let found: Vec<(String, String)> = DocNames::build(text, &g)
            .hits
            .into_iter()
            .map(|h| (h.written, h.name))
            .collect();
        let has = |w: &str, n: &str| found.contains(&(w.to_owned(), n.to_owned()));
        assert!(has("Coherent", "Coherent Biopharma"), "{found:?}");
        assert!(has("Tallowmere", "Tallowmere"), "{found:?}");
        assert!(has("Quennell Bio", "Quennell Bio"), "{found:?}");
        assert!(has("Oldacre", "Oldacre"), "{found:?}");
        assert!(has("Qianling", "Qianling"), "{found:?}");
        // Two references to Coherent, none to the lower-case word; an unknown name read on
        // the arrow line is found wherever else it is written.
        assert_eq!(found.iter().filter(|(w, _)| w == "Coherent").count(), 2);
        assert_eq!(found.iter().filter(|(w, _)| w == "Tallowmere").count(), 2);
        assert_eq!(found.iter().filter(|(w, _)| w == "Kelham").count(), 2);
    }

    fn written_as(text: &str) -> Vec<(String, String)> {
        DocNames::build(text, &Gazetteer::default())
            .hits
            .into_iter()
            .map(|h| (h.written, h.name))
            .collect()
    }

    #[test]
    fn a_chinese_announcement_calls_its_issuer_the_company() {
        let text = "证券代码：688999　证券简称：云帆生物\n关于签署许可协议的公告\n公司与Vesteria Pharma签署协议，本公司将获得首付款。子公司及新公司不是发行人。";
        let found = written_as(text);
        let issuer: Vec<&str> = found
            .iter()
            .filter(|(_, name)| name == "云帆生物")
            .map(|(w, _)| w.as_str())
            .collect();
        assert_eq!(issuer, ["云帆生物", "公司", "本公司"], "{found:?}");
        // Without a header there is no issuer to refer to.
        assert!(
            !written_as("公司与Vesteria Pharma签署协议。")
                .iter()
                .any(|(w, _)| w == "公司")
        );
    }

    #[test]
    fn a_filing_speaks_for_the_company_that_heads_it() {
        let text = "Tamsin Therapeutics, Inc. - Quarterly Report\n\nIn May the Company licensed HX-7 from Haixi Biopharma, and we paid $20 million to Haixi.";
        let found = written_as(text);
        for own in ["the Company", "we"] {
            assert!(
                found.contains(&(own.into(), "Tamsin Therapeutics".into())),
                "{own}: {found:?}"
            );
        }
        // A headline that names two companies speaks for neither.
        let news = "Tamsin Therapeutics Licenses HX-7 from Haixi Biopharma\n\nWe think the price is fair, said an analyst.";
        assert!(!written_as(news).iter().any(|(w, _)| w == "We"));
        // A conference heads the transcript, the company the line below.
        let chat = "Harborlight Healthcare Conference — Fireside Chat\nDelmore Therapeutics, Inc. (NASDAQ: DLMR)\n\nClaire Ventimiglia, Senior Biotechnology Analyst\n\nNATHAN OKORO: We paid fifty million dollars up front.";
        let found = written_as(chat);
        assert!(
            found.contains(&("We".into(), "Delmore Therapeutics".into())),
            "{found:?}"
        );
        assert!(
            !found
                .iter()
                .any(|(w, _)| w.contains("Harborlight") || w.contains("Senior")),
            "{found:?}"
        );
    }

    #[test]
    fn chinese_definitions_and_first_line_speakers() {
        let table = "釋義\n「要約人」　指　翊港醫藥集團有限公司\n要約人將以現金支付。";
        let found = written_as(table);
        assert!(
            found.contains(&("要約人".into(), "翊港醫藥集團有限公司".into())),
            "{found:?}"
        );
        // Every term of a line, and not the term read as a name of its own.
        let table = "香港交易及結算所有限公司對本公告之內容概不負責。\n釋義\n「被授權方」或「認購方」　指灃嶺製藥股份公司（Fenling Pharma AG）\n同日，本公司與認購方訂立認購協議。";
        let found = written_as(table);
        for term in ["被授權方", "認購方"] {
            assert!(
                found.contains(&(term.into(), "灃嶺製藥股份公司".into())),
                "{found:?}"
            );
        }
        assert!(
            found.iter().all(|(w, n)| w != "認購方" || n != "認購方"),
            "{found:?}"
        );
        assert!(
            found.iter().all(|(w, _)| !w.contains("結算所")),
            "an exchange is not a company: {found:?}"
        );
        let release = "江苏云帆生物科技有限公司（以下简称“云帆”）今日宣布合作。云帆将获得首付款。";
        let found = written_as(release);
        assert!(
            found.contains(&("云帆".into(), "江苏云帆生物科技有限公司".into())),
            "{found:?}"
        );
        let contract = "（一）协议双方\n甲方：四川云帆生物医药股份有限公司\n乙方：Vesteria Pharma\n乙方将向甲方支付首付款。";
        let found = written_as(contract);
        assert!(
            found
                .iter()
                .any(|(w, n)| w == "乙方" && n == "Vesteria Pharma"),
            "{found:?}"
        );
        assert!(
            found.iter().any(|(w, n)| w == "甲方" && n.contains("云帆")),
            "{found:?}"
        );
        // A definitions table in pipes, and an English name in brackets with its legal form.
        let pipes = "｜沃尔黑文、合作方｜指｜沃尔黑文制药有限公司（Vorhaven Pharma GmbH）｜\n合作方将支付首付款。";
        let found = written_as(pipes);
        assert!(
            found.contains(&("合作方".into(), "沃尔黑文制药有限公司".into())),
            "{found:?}"
        );
        assert!(
            found.contains(&("Vorhaven Pharma".into(), "沃尔黑文制药有限公司".into())),
            "{found:?}"
        );
        // A Korean legal name, its English name first in a bracket that goes on.
        let korean = "东湖制药株式会社（Dongho Pharmaceutical，总部位于韩国首尔）宣布合作。";
        let found = written_as(korean);
        assert!(
            found.contains(&("Dongho Pharmaceutical".into(), "东湖制药株式会社".into())),
            "{found:?}"
        );
        // A known company's two-character stem, and a research note's 【label】 heading.
        let note =
            "【公司點評】先聲藥業（02096.HK）：授權益普生\n\n這是先聲年內第二筆對外授權，公司表示…";
        let table = dealscope_core::Company {
            id: dealscope_core::CompanyId::new("simcere").unwrap(),
            name_en: "Simcere Pharmaceutical Group".into(),
            name_zh: Some("先声药业".into()),
            aliases: vec![],
            country: None,
            tickers: vec![],
            kind: None,
        };
        let g = Gazetteer::new(&[table], &[]);
        let names = DocNames::build(note, &g);
        let found: Vec<(String, String)> = names
            .hits
            .iter()
            .map(|h| (h.written.clone(), h.name.clone()))
            .collect();
        for w in ["先聲", "公司"] {
            assert!(
                found.contains(&(w.into(), "Simcere Pharmaceutical Group".into())),
                "{w}: {found:?}"
            );
        }
        let interview = "专访岷峰生物BD副总裁：一笔交易的结构设计\n\n问：首付多少？\n答：2022年我们把MF-03授权给了湖北远川药业有限公司。";
        let found = written_as(interview);
        assert!(
            found.contains(&("我们".into(), "岷峰生物".into())),
            "{found:?}"
        );
        let call =
            "鉑岩生物2025年度業績說明會\n\n我們把BY-0418的海外權益授予Ashcombe Therapeutics。";
        let found = written_as(call);
        assert!(
            found.contains(&("我們".into(), "鉑岩生物".into())),
            "{found:?}"
        );
    }

    #[test]
    fn a_name_in_brackets_is_the_same_company() {
        let found =
            written_as("百络医药（Bailuo Pharma）将权益授予Kestrel Immunology；Kestrel持有股份。");
        assert!(
            found.contains(&("Bailuo Pharma".into(), "百络医药".into())),
            "{found:?}"
        );
        assert!(
            found.contains(&("Kestrel".into(), "Kestrel Immunology".into())),
            "a short name glued to Chinese text: {found:?}"
        );
    }

    #[test]
    fn place_names_are_not_short_names() {
        assert_eq!(
            short_name("Jiangsu Hengrui Pharmaceuticals").as_deref(),
            Some("Hengrui")
        );
        assert_eq!(short_name("Shanghai Pharma"), None);
        assert_eq!(short_name("Akeso"), None);
    }
}
