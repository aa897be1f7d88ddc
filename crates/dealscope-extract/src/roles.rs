//! Giving each money mention its role from the sentence around it.
//!
//! A sentence is cut at its mentions. The words right after a mention, up to the first
//! clause break, are its *postfix* ("$500 million **upfront**", "$4.5 billion **in
//! milestones**"); the words before it back to the previous break are its *prefix* ("an
//! **upfront payment of** $650 million", "for **a total of** up to $5 billion"). A cue close
//! after the amount decides first, then the nearest cue before it, then a cue further after.
//! Sentences about many deals at once (industry totals) make every amount `other`.

use std::fmt;

use serde::Serialize;

/// What a money amount is in a deal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Paid at signing or closing.
    Upfront,
    /// Near-term payments named apart from the upfront.
    NearTerm,
    /// Equity investment in the licensor.
    Equity,
    /// Option fees and option exercise payments.
    Option,
    /// Development, regulatory or commercial milestones.
    Milestone,
    /// The headline value of a deal.
    Total,
    /// A royalty amount or royalty threshold.
    Royalty,
    /// Anything else: revenue, market size, financing, share prices, industry totals.
    Other,
}

impl Role {
    /// The snake-case name used in output.
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::Upfront => "upfront",
            Role::NearTerm => "near_term",
            Role::Equity => "equity",
            Role::Option => "option",
            Role::Milestone => "milestone",
            Role::Total => "total",
            Role::Royalty => "royalty",
            Role::Other => "other",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Kind of milestone, when the text says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneKind {
    /// Development milestones (trial starts, data).
    Development,
    /// Regulatory milestones (filings, approvals).
    Regulatory,
    /// Commercial / sales milestones.
    Commercial,
}

/// Cue phrases, lower-case words. Longer phrases are listed before their prefixes.
const CUES: &[(&[&str], Role)] = &[
    // "upfront and near-term" is one combined upfront figure.
    (&["upfront"], Role::Upfront),
    (&["up-front"], Role::Upfront),
    (&["up", "front"], Role::Upfront),
    (&["initial", "payment"], Role::Upfront),
    (&["initial", "payments"], Role::Upfront),
    (&["signing", "fee"], Role::Upfront),
    (&["one-time", "payment"], Role::Upfront),
    (&["down", "payment"], Role::Upfront),
    (&["near-term"], Role::NearTerm),
    (&["near", "term"], Role::NearTerm),
    (&["equity", "investment"], Role::Equity),
    (&["equity"], Role::Equity),
    (&["subscribe"], Role::Equity),
    (&["subscription"], Role::Equity),
    (&["share", "purchase"], Role::Equity),
    (&["new", "shares"], Role::Equity),
    (&["stake"], Role::Equity),
    (&["shares", "worth"], Role::Equity),
    (&["shares", "valued"], Role::Equity),
    (&["option", "fee"], Role::Option),
    (&["option", "fees"], Role::Option),
    (&["option", "exercise"], Role::Option),
    (&["exercise", "fee"], Role::Option),
    (&["option", "payment"], Role::Option),
    (&["option", "payments"], Role::Option),
    (&["opt-in"], Role::Option),
    (&["exercise"], Role::Option),
    (&["milestone"], Role::Milestone),
    (&["milestones"], Role::Milestone),
    (&["contingent"], Role::Milestone),
    (&["earn-out"], Role::Milestone),
    (&["earnout"], Role::Milestone),
    (&["potential", "payments"], Role::Milestone),
    (&["royalty"], Role::Royalty),
    (&["royalties"], Role::Royalty),
    (&["total"], Role::Total),
    (&["totaling"], Role::Total),
    (&["totalling"], Role::Total),
    (&["worth"], Role::Total),
    (&["valued"], Role::Total),
    (&["value"], Role::Total),
    (&["aggregate"], Role::Total),
    (&["headline"], Role::Total),
    (&["biobucks"], Role::Total),
    // Not deal terms.
    (&["per", "share"], Role::Other),
    (&["share", "price"], Role::Other),
    (&["revenue"], Role::Other),
    (&["revenues"], Role::Other),
    (&["net", "sales"], Role::Other),
    (&["sales"], Role::Other),
    (&["net", "profit"], Role::Other),
    (&["profit"], Role::Other),
    (&["profits"], Role::Other),
    (&["net", "income"], Role::Other),
    (&["income"], Role::Other),
    (&["loss"], Role::Other),
    (&["earnings"], Role::Other),
    (&["market"], Role::Other),
    (&["capitalization"], Role::Other),
    (&["capitalisation"], Role::Other),
    (&["valuation"], Role::Other),
    (&["financing"], Role::Other),
    (&["funding"], Role::Other),
    (&["raised"], Role::Other),
    (&["raise"], Role::Other),
    (&["round"], Role::Other),
    (&["series"], Role::Other),
    (&["ipo"], Role::Other),
    (&["proceeds"], Role::Other),
    (&["cash"], Role::Other),
    (&["price"], Role::Other),
    (&["dividend"], Role::Other),
    (&["expenses"], Role::Other),
    (&["spending"], Role::Other),
    (&["budget"], Role::Other),
    (&["fund"], Role::Other),
    (&["offering"], Role::Other),
    (&["placing"], Role::Other),
    (&["turnover"], Role::Other),
    (&["guidance"], Role::Other),
    (&["costs"], Role::Other),
    (&["cost"], Role::Other),
];

/// Deal nouns name the headline only right after the amount: "a $1.2 billion deal",
/// "a $5 billion licensing agreement". Elsewhere ("under the agreement, X receives …")
/// they say nothing about the amount.
const TIGHT_TOTAL: &[&str] = &[
    "deal",
    "deals",
    "agreement",
    "pact",
    "transaction",
    "collaboration",
    "acquisition",
    "buyout",
    "license",
    "licensing",
    "licence",
    "partnership",
    "tie-up",
    "takeover",
];

/// Words that end a clause inside a sentence.
const BREAKS: &[&str] = &[
    "and",
    "plus",
    "with",
    "while",
    "including",
    "includes",
    "include",
    "of",
    "whereas",
    "as",
    "which",
    "but",
    "or",
    "for",
    "to",
    "from",
];

/// How far a cue may be from its amount, in words.
const NEAR_AFTER: usize = 4;
const FAR_AFTER: usize = 8;
const NEAR_BEFORE: usize = 10;

/// A word of a context with its position, lower-cased; punctuation is a word too.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for ch in text.chars() {
        if ch.is_alphanumeric() || ch == '-' || ch == '&' || ch == '\'' {
            word.extend(ch.to_lowercase());
        } else {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            if matches!(ch, ',' | ';' | ':' | '(' | ')' | '—' | '–') {
                out.push(ch.to_string());
            }
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

fn cue_at(words: &[String], at: usize) -> Option<(Role, usize)> {
    CUES.iter().find_map(|(phrase, role)| {
        let end = at + phrase.len();
        (end <= words.len()
            && words[at..end]
                .iter()
                .zip(phrase.iter())
                .all(|(w, p)| w == p))
        .then_some((*role, phrase.len()))
    })
}

/// The cue phrase that ends at word `end` (longest first): its role and first word.
fn cue_ending_at(words: &[String], end: usize) -> Option<(Role, usize)> {
    let mut best: Option<(Role, usize)> = None;
    for (phrase, role) in CUES {
        let n = phrase.len();
        if n > end + 1 {
            continue;
        }
        let start = end + 1 - n;
        if words[start..=end]
            .iter()
            .zip(phrase.iter())
            .all(|(w, p)| w == p)
            && best.is_none_or(|(_, s)| start < s)
        {
            best = Some((*role, start));
        }
    }
    best
}

/// The index where the first clause break of a context starts, if any.
fn first_break(words: &[String]) -> Option<usize> {
    words.iter().position(|w| is_break(w))
}

fn is_break(w: &str) -> bool {
    matches!(w, "," | ";" | ":" | "(" | ")" | "—" | "–") || BREAKS.contains(&w)
}

/// The words after an amount that belong to it: up to the first clause break, except that
/// a list of qualifiers stays whole ("in development, regulatory and commercial
/// milestones"), and a break word right after the amount is kept ("of upfront").
fn postfix_of(words: &[String]) -> Vec<String> {
    let qualifier = |w: &str| {
        matches!(
            w,
            "development"
                | "developmental"
                | "regulatory"
                | "commercial"
                | "commercialization"
                | "clinical"
                | "sales"
                | "sales-based"
                | "approval"
                | "launch"
                | "and"
                | ","
                | "or"
                | "certain"
                | "other"
                | "potential"
                | "future"
                | "near-term"
        ) || w.starts_with("milestone")
    };
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if k > 0 && is_break(w) {
            let keep = qualifier(&words[k - 1]) && words.get(k + 1).is_some_and(|n| qualifier(n));
            if !keep {
                break;
            }
        }
        out.push(w.clone());
    }
    out
}

/// Signals that a sentence is about many deals or the whole market.
fn is_aggregate(sentence: &[String]) -> bool {
    let plural_deals = |w: &str| {
        matches!(
            w,
            "deals" | "transactions" | "agreements" | "licensing-deals"
        )
    };
    for (i, w) in sentence.iter().enumerate() {
        if matches!(
            w.as_str(),
            "industry"
                | "sector"
                | "sector's"
                | "industry's"
                | "nationwide"
                | "cumulative"
                | "cumulatively"
                | "volume"
                | "year-to-date"
                | "ytd"
        ) {
            return true;
        }
        // "in the first month of 2026", "so far this year"
        if matches!(w.as_str(), "month" | "quarter" | "half" | "year")
            && i > 0
            && matches!(
                sentence[i - 1].as_str(),
                "first" | "second" | "third" | "fourth" | "whole" | "full"
            )
        {
            return true;
        }
        if plural_deals(w) {
            // "157 deals", "157 out-licensing deals", "deals worth", "such deals"
            let before = &sentence[i.saturating_sub(3)..i];
            if before.iter().any(|b| {
                b.chars().all(|c| c.is_ascii_digit() || c == ',')
                    || matches!(
                        b.as_str(),
                        "these"
                            | "such"
                            | "all"
                            | "of"
                            | "bd"
                            | "out-licensing"
                            | "licensing"
                            | "outbound"
                    )
            }) {
                return true;
            }
            if sentence.get(i + 1).is_some_and(|n| {
                matches!(
                    n.as_str(),
                    "worth"
                        | "totaling"
                        | "totalling"
                        | "totaled"
                        | "totalled"
                        | "valued"
                        | "reached"
                        | "with"
                )
            }) {
                return true;
            }
        }
    }
    false
}

/// A mention for role assignment: its byte span and whether it is a per-share price.
#[derive(Clone, Copy, Debug)]
pub struct Slot {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// A price per share.
    pub per_share: bool,
}

/// Assigns roles to the mentions of one sentence (`slots` sorted, inside `sentence`, whose
/// first byte is at `offset` in the document).
pub fn assign(sentence: &str, offset: usize, slots: &[Slot]) -> Vec<(Role, Option<MilestoneKind>)> {
    let sentence_words = tokens(sentence);
    let aggregate = is_aggregate(&sentence_words);
    let mut prefixes: Vec<Vec<String>> = Vec::with_capacity(slots.len());
    let mut postfixes: Vec<Vec<String>> = Vec::with_capacity(slots.len());
    let mut previous_end = offset;
    for (i, slot) in slots.iter().enumerate() {
        let left = &sentence[previous_end - offset..slot.start - offset];
        let left_words = tokens(left);
        // The prefix is what follows the first break after the previous mention.
        let prefix = if i == 0 {
            left_words
        } else {
            match first_break(&left_words) {
                Some(b) => left_words[b..].to_vec(),
                None => Vec::new(),
            }
        };
        prefixes.push(prefix);
        let next_start = slots
            .get(i + 1)
            .map_or(offset + sentence.len(), |s| s.start);
        let right_words = tokens(&sentence[slot.end - offset..next_start - offset]);
        let postfix = postfix_of(&right_words);
        postfixes.push(postfix);
        previous_end = slot.end;
    }

    slots
        .iter()
        .enumerate()
        .map(|(i, slot)| {
            if slot.per_share {
                return (Role::Other, None);
            }
            let post = &postfixes[i];
            let pre = &prefixes[i];
            let after = |limit: usize| {
                (0..post.len().min(limit)).find_map(|p| cue_at(post, p).map(|c| (c, p)))
            };
            let before = || {
                (0..pre.len()).rev().take(NEAR_BEFORE).find_map(|p| {
                    cue_ending_at(pre, p).map(|(r, start)| ((r, p + 1 - start), start))
                })
            };
            let tight = post
                .iter()
                .take(2)
                .any(|w| TIGHT_TOTAL.contains(&w.as_str()));
            let (role, at, words) =
                match after(NEAR_AFTER).or_else(|| tight.then_some(((Role::Total, 1), 0))) {
                    Some(((r, _), p)) => (r, p, post.as_slice()),
                    None => match before() {
                        Some(((r, _), p)) => (r, p, pre.as_slice()),
                        None => match after(FAR_AFTER) {
                            Some(((r, _), p)) => (r, p, post.as_slice()),
                            None => return (Role::Other, None),
                        },
                    },
                };
            let role = refine(role, words, at, &sentence_words);
            if aggregate && role != Role::Royalty {
                return (Role::Other, None);
            }
            let kind = (role == Role::Milestone)
                .then(|| milestone_kind(words))
                .flatten();
            (role, kind)
        })
        .collect()
}

/// Adjusts a cue's role with the words around it.
fn refine(role: Role, words: &[String], at: usize, sentence: &[String]) -> Role {
    let has = |w: &str| sentence.iter().any(|s| s == w);
    match role {
        // "net sales above $1 billion" in a royalty sentence is a royalty threshold.
        Role::Other
            if words.get(at).is_some_and(|w| w == "net" || w == "sales")
                && (has("royalty") || has("royalties")) =>
        {
            Role::Royalty
        }
        // "sales milestones", "sales-based milestones"
        Role::Other
            if words.get(at).is_some_and(|w| w == "sales")
                && words[at..]
                    .iter()
                    .take(3)
                    .any(|w| w.starts_with("milestone")) =>
        {
            Role::Milestone
        }
        // An equity cue in a financing round is the round, not a deal term.
        Role::Equity if has("series") || has("ipo") || has("financing") => Role::Other,
        _ => role,
    }
}

fn milestone_kind(words: &[String]) -> Option<MilestoneKind> {
    let mut kinds = Vec::new();
    for w in words {
        let k = match w.as_str() {
            "development" | "developmental" | "clinical" => MilestoneKind::Development,
            "regulatory" | "approval" => MilestoneKind::Regulatory,
            "commercial" | "sales" | "sales-based" | "commercialization" => {
                MilestoneKind::Commercial
            }
            _ => continue,
        };
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    match kinds.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money;

    fn roles(sentence: &str) -> Vec<&'static str> {
        let found = money::find(sentence);
        let slots: Vec<Slot> = found
            .iter()
            .map(|f| Slot {
                start: f.span.start,
                end: f.span.end,
                per_share: f.per_share,
            })
            .collect();
        assign(sentence, 0, &slots)
            .into_iter()
            .map(|(r, _)| r.as_str())
            .collect()
    }

    #[test]
    fn three_roles_in_one_sentence() {
        assert_eq!(
            roles(
                "Under the terms, Akeso will receive $500 million upfront and is eligible for up to $4.5 billion in milestones, for a total of up to $5 billion."
            ),
            ["upfront", "milestone", "total"]
        );
        assert_eq!(
            roles(
                "The agreement involves a $650 million upfront payment and potential milestone payments reaching up to $4.95 billion."
            ),
            ["upfront", "milestone"]
        );
        assert_eq!(
            roles(
                "Pfizer will pay an upfront payment of $1.25 billion, make a $100 million equity investment, and pay up to $4.8 billion in development, regulatory and commercial milestones."
            ),
            ["upfront", "equity", "milestone"]
        );
    }

    #[test]
    fn totals_and_other_amounts() {
        assert_eq!(
            roles("The deal, worth up to $5 billion, was signed on Monday."),
            ["total"]
        );
        assert_eq!(
            roles("It struck a $1.2 billion licensing deal with Merck."),
            ["total"]
        );
        assert_eq!(
            roles("Revenue rose to RMB 45.456 billion in 2025."),
            ["other"]
        );
        assert_eq!(roles("The placing price was HK$95.5 per share."), ["other"]);
        assert_eq!(
            roles("The company raised $200 million in a Series C financing."),
            ["other"]
        );
        assert_eq!(
            roles(
                "Chinese firms signed 157 out-licensing deals with a total value of $135.7 billion in 2025, with upfront payments of $7 billion."
            ),
            ["other", "other"]
        );
    }

    #[test]
    fn near_term_option_royalty() {
        assert_eq!(
            roles(
                "The company gets $80 million upfront, including $20 million in near-term payments."
            ),
            ["upfront", "near_term"]
        );
        assert_eq!(
            roles("Takeda may pay an option exercise fee of $50 million."),
            ["option"]
        );
        assert_eq!(
            roles("Royalties step up to the mid-teens on annual net sales above $1 billion."),
            ["royalty"]
        );
        assert_eq!(
            roles("It is eligible for up to $200 million in sales milestones."),
            ["milestone"]
        );
    }
}
