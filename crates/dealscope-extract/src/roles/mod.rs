//! Giving each money mention its role from the sentence around it.
//!
//! A sentence is cut at its mentions. The words right after a mention, up to the first
//! clause break, are its *postfix* ("$500 million **upfront**", "$4.5 billion **in
//! milestones**"); the words before it back to the previous break are its *prefix* ("an
//! **upfront payment of** $650 million", "for **a total of** up to $5 billion"). A cue close
//! after the amount decides first, then the nearest cue before it, then a cue further after.
//! Sentences about many deals at once (industry totals) make every amount `other`.

use std::fmt;
use std::sync::LazyLock;

use serde::Serialize;

mod zh;
use zh::*;
pub(crate) use zh::{ZH_CHANGED_TO, sums_the_payments_above};

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

/// The kinds of milestone an amount covers, as the text says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct MilestoneScope {
    /// The one kind, when exactly one is named.
    pub kind: Option<MilestoneKind>,
    /// The kinds named, one bit each (`1 << kind as u8`); none = the text does not say.
    kinds: u8,
}

impl MilestoneScope {
    /// The scope of the kinds a text names (repeats count once).
    fn of(named: impl Iterator<Item = MilestoneKind>) -> Self {
        named.fold(MilestoneScope::default(), |mut scope, k| {
            scope.kinds |= 1 << k as u8;
            scope.kind = match scope.kinds_named() {
                1 => Some(k),
                _ => None,
            };
            scope
        })
    }

    /// The scope of one kind.
    pub fn one(kind: MilestoneKind) -> Self {
        MilestoneScope::of(std::iter::once(kind))
    }

    /// How many kinds are named (0 = the text does not say).
    pub fn kinds_named(&self) -> u32 {
        self.kinds.count_ones()
    }

    /// Whether the text names this kind.
    pub fn names(&self, kind: MilestoneKind) -> bool {
        self.kinds & (1 << kind as u8) != 0
    }

    /// Whether the amount is stated for milestones as a whole (no kind named, or all three).
    pub fn is_overall(&self) -> bool {
        self.kinds_named() == 0 || self.kinds_named() >= 3
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

impl MilestoneKind {
    /// Every kind.
    pub const ALL: [MilestoneKind; 3] = [
        MilestoneKind::Development,
        MilestoneKind::Regulatory,
        MilestoneKind::Commercial,
    ];
}

/// Cue phrases, lower-case words. Longer phrases are listed before their prefixes.
const CUES: &[(&[&str], Role)] = &[
    // "upfront and near-term" is one combined upfront figure.
    (&["upfront"], Role::Upfront),
    // Upfronts of several deals ("$100 million-plus upfronts for the first TL1A assets").
    (&["upfronts"], Role::Other),
    (&["up-front"], Role::Upfront),
    (&["up", "front"], Role::Upfront),
    (&["initial", "payment"], Role::Upfront),
    // "upfront consideration worth about $70 million".
    (&["upfront", "consideration"], Role::Upfront),
    (&["up-front", "consideration"], Role::Upfront),
    (&["at", "signing"], Role::Upfront),
    (&["on", "signing"], Role::Upfront),
    (&["upon", "signing"], Role::Upfront),
    (&["initial", "payments"], Role::Upfront),
    (&["signing", "fee"], Role::Upfront),
    (&["access", "fee"], Role::Upfront),
    (&["aggregate", "amount"], Role::Total),
    // "milestone payments contingent upon … events, in an aggregate amount not to exceed
    // $95.0 million, …": in filings, payments "in an aggregate amount" are the milestones
    // listed before.
    (&["in", "an", "aggregate", "amount"], Role::Milestone),
    (&["package", "at"], Role::Total),
    // "so the whole package is roughly $755 million".
    (&["whole", "package"], Role::Total),
    (&["entire", "package"], Role::Total),
    (&["total", "package"], Role::Total),
    (&["package", "reported", "at"], Role::Total),
    (&["package", "valued", "at"], Role::Total),
    // "…, a package of up to $1.045 billion", "and up to $520 million overall".
    (&["package", "of"], Role::Total),
    // "a $47M upfront-and-near-term package inside a headline of about $1.2B".
    (&["upfront-and-near-term"], Role::Upfront),
    (&["overall"], Role::Total),
    // "in a deal reported at $412.5 million", "press reports put the deal at more than".
    (&["deal", "reported", "at"], Role::Total),
    // "Takeda bets up to $11.4 bln on Innovent cancer drugs".
    (&["bets", "up", "to"], Role::Total),
    (&["betting", "up", "to"], Role::Total),
    (&["put", "the", "deal", "at"], Role::Total),
    // "Chinese financial media have been adding it all up to $6.05 billion": the deal's
    // payments summed by someone who reports it.
    (&["it", "all", "up", "to"], Role::Total),
    (&["adding", "it", "up", "to"], Role::Total),
    (&["add", "it", "up", "to"], Role::Total),
    (&["adds", "it", "up", "to"], Role::Total),
    // "Takeda's agreement with Innovent …, filed in Hong Kong on October 22, is priced at up
    // to $11.4 billion" (shares priced at a price each are per-share amounts, no terms).
    (&["is", "priced", "at"], Role::Total),
    (&["deal", "priced", "at"], Role::Total),
    // "…, and kept a 19.9% stake, in a deal put at up to $6.035 billion"
    (&["deal", "put", "at"], Role::Total),
    (&["transaction", "put", "at"], Role::Total),
    (&["agreement", "put", "at"], Role::Total),
    (&["licence", "put", "at"], Role::Total),
    (&["license", "put", "at"], Role::Total),
    (&["puts", "the", "deal", "at"], Role::Total),
    (&["putting", "the", "deal", "at"], Role::Total),
    // "…, which puts the agreement at as much as $1.64 billion".
    (&["put", "the", "agreement", "at"], Role::Total),
    (&["puts", "the", "agreement", "at"], Role::Total),
    (&["putting", "the", "agreement", "at"], Role::Total),
    (&["puts", "the", "transaction", "at"], Role::Total),
    (&["putting", "the", "transaction", "at"], Role::Total),
    (&["further", "payments"], Role::Milestone),
    (&["exercise", "for"], Role::Option),
    (&["exercised", "for"], Role::Option),
    (&["exercisable", "for"], Role::Option),
    (&["first", "approval"], Role::Milestone),
    (&["upon", "approval"], Role::Milestone),
    (&["all-in"], Role::Total),
    (&["one-time", "payment"], Role::Upfront),
    (&["down", "payment"], Role::Upfront),
    (&["at", "closing"], Role::Upfront),
    (&["of", "signing"], Role::Upfront),
    (&["license", "fee"], Role::Upfront),
    (&["issue", "fee"], Role::Upfront),
    (&["licence", "fee"], Role::Upfront),
    (&["cash", "consideration"], Role::Upfront),
    (&["deferred", "payments"], Role::Upfront),
    (&["deferred", "payment"], Role::Upfront),
    (&["anniversary", "payment"], Role::Upfront),
    (&["first", "anniversary"], Role::Upfront),
    (&["anniversary", "payments"], Role::Upfront),
    (&["upon", "closing"], Role::Upfront),
    (&["on", "closing"], Role::Upfront),
    (&["transaction", "closes"], Role::Upfront),
    (&["deal", "closes"], Role::Upfront),
    (&["near-term"], Role::NearTerm),
    (&["near", "term"], Role::NearTerm),
    (&["technology", "transfer"], Role::NearTerm),
    (&["tech", "transfer"], Role::NearTerm),
    (&["equity", "investment"], Role::Equity),
    (&["newly", "issued"], Role::Equity),
    (&["ordinary", "shares"], Role::Equity),
    (&["common", "stock"], Role::Equity),
    (&["common", "shares"], Role::Equity),
    (&["in", "stock"], Role::Equity),
    // "$800 million for all outstanding shares of Biotheus": the price of a company.
    (&["outstanding", "shares"], Role::Upfront),
    (&["share", "capital"], Role::Upfront),
    (&["stock"], Role::Equity),
    (&["shares"], Role::Equity),
    (&["closed", "at"], Role::Other),
    (&["closing", "price"], Role::Other),
    (&["shares", "closed"], Role::Other),
    (&["shares", "rose"], Role::Other),
    (&["shares", "fell"], Role::Other),
    (&["shares", "jumped"], Role::Other),
    (&["shares", "traded"], Role::Other),
    (&["stock", "price"], Role::Other),
    (&["of", "stock"], Role::Equity),
    (&["subscription", "price"], Role::Equity),
    (&["equity"], Role::Equity),
    (&["subscribe"], Role::Equity),
    (&["subscription"], Role::Equity),
    (&["share", "purchase"], Role::Equity),
    (&["new", "shares"], Role::Equity),
    (&["stake"], Role::Equity),
    (&["shares", "worth"], Role::Equity),
    // "of which $100M buys new Innovent shares".
    (&["buys", "new"], Role::Equity),
    (&["buys", "shares"], Role::Equity),
    (&["buy", "new", "shares"], Role::Equity),
    (&["shares", "valued"], Role::Equity),
    (&["option", "fee"], Role::Option),
    // "by paying an expansion fee of $5 million per target": buying a further option.
    (&["expansion", "fee"], Role::Option),
    (&["expansion", "fees"], Role::Option),
    (&["option", "fees"], Role::Option),
    (&["option", "exercise"], Role::Option),
    (&["exercise", "fees"], Role::Option),
    (&["exercise", "fee"], Role::Option),
    (&["option", "payment"], Role::Option),
    (&["option", "payments"], Role::Option),
    (&["opt-in"], Role::Option),
    (&["upon", "exercise"], Role::Option),
    // "US$20 million option fee at signing and US$60 million on exercise".
    (&["on", "exercise"], Role::Option),
    (&["at", "exercise"], Role::Option),
    (&["to", "exercise"], Role::Option),
    (&["milestone"], Role::Milestone),
    (&["milestones"], Role::Milestone),
    (&["contingent", "payments"], Role::Milestone),
    (&["contingent", "consideration"], Role::Milestone),
    (&["cvrs"], Role::Milestone),
    (&["cvr"], Role::Milestone),
    (&["contingent", "payment"], Role::Milestone),
    (&["achievement"], Role::Milestone),
    (&["earn-out"], Role::Milestone),
    (&["earnout"], Role::Milestone),
    (&["potential", "payments"], Role::Milestone),
    (&["success-based"], Role::Milestone),
    (&["tied", "to"], Role::Milestone),
    (&["linked", "to"], Role::Milestone),
    (&["contingent", "on"], Role::Milestone),
    (&["contingent", "upon"], Role::Milestone),
    (&["sales-based"], Role::Milestone),
    (&["event-based"], Role::Milestone),
    (&["royalty"], Role::Royalty),
    (&["royalties"], Role::Royalty),
    // "up to $845 million in total milestones": the milestones summed, not the deal.
    (&["total", "milestones"], Role::Milestone),
    (&["total", "milestone", "payments"], Role::Milestone),
    (&["total"], Role::Total),
    (&["totaling"], Role::Total),
    (&["totalling"], Role::Total),
    (&["worth"], Role::Total),
    (&["valued"], Role::Total),
    (&["value"], Role::Total),
    // "…, which values the licence at up to $1.235 billion"
    (&["values", "the", "licence"], Role::Total),
    (&["values", "the", "license"], Role::Total),
    (&["values", "the", "deal"], Role::Total),
    (&["values", "the", "agreement"], Role::Total),
    (&["values", "the", "transaction"], Role::Total),
    (&["values", "the", "collaboration"], Role::Total),
    (&["values", "the", "package"], Role::Total),
    (&["aggregate", "value"], Role::Total),
    (&["aggregate", "consideration"], Role::Total),
    (&["potential", "consideration"], Role::Total),
    (&["total", "consideration"], Role::Total),
    (&["could", "reach"], Role::Total),
    (&["would", "reach"], Role::Total),
    (&["may", "reach"], Role::Total),
    (&["could", "be", "worth"], Role::Total),
    (&["bringing"], Role::Total),
    (&["acquire"], Role::Total),
    (&["buy"], Role::Total),
    (&["buys"], Role::Total),
    (&["acquires"], Role::Total),
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
    (&["market", "value"], Role::Other),
    (&["market", "cap"], Role::Other),
    (&["capitalization"], Role::Other),
    (&["capitalisation"], Role::Other),
    (&["valuation"], Role::Other),
    // A takeover's price net of the target's cash and debt, not a payment.
    (&["enterprise", "value"], Role::Other),
    // "for a cash equity value of approximately $1.35 billion": what a takeover pays.
    (&["cash", "equity", "value"], Role::Upfront),
    (&["financing"], Role::Other),
    (&["capitalised", "with"], Role::Other),
    (&["capitalized", "with"], Role::Other),
    (&["funding"], Role::Other),
    (&["raised"], Role::Other),
    (&["raise"], Role::Other),
    (&["round"], Role::Other),
    (&["series"], Role::Other),
    (&["ipo"], Role::Other),
    (&["proceeds"], Role::Other),
    (&["cash", "position"], Role::Other),
    // "cash and cash equivalents", not "$15.0 million in cash and issued … shares".
    (&["cash", "and", "cash"], Role::Other),
    (&["cash", "and", "marketable"], Role::Other),
    (&["cash", "and", "short-term"], Role::Other),
    (&["cash", "and", "investments"], Role::Other),
    (&["pro", "forma", "cash"], Role::Other),
    (&["cash", "balance"], Role::Other),
    (&["cash", "reserves"], Role::Other),
    (&["cash", "on", "hand"], Role::Other),
    (&["cash", "runway"], Role::Other),
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
    (&["pre-money"], Role::Other),
    (&["issuance"], Role::Other),
    (&["buyback"], Role::Other),
    (&["buybacks"], Role::Other),
    (&["post-money"], Role::Other),
    (&["charge"], Role::Other),
    (&["impairment"], Role::Other),
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
    "bet",
    "bets",
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
    "whereas",
    "as",
    "which",
    "but",
    "or",
    "for",
    "to",
    "from",
    "if",
    "unless",
    "inclusive",
    "excluding",
    "because",
    // "valued at up to €735 million before royalties"
    "before",
    // "US$4.575 billion quoted by the companies excludes the share subscription"
    "excludes",
    "exclude",
    // "Seven hundred million dollars in cash today beats a long milestone ladder": what it
    // is set against.
    "beats",
    "beat",
    "versus",
    "vs",
    "outweighs",
    "trumps",
    // "$4.4 billion as sitting on top of the upfront payment": in addition to it.
    "top",
    "atop",
];

/// How far a cue may be from its amount, in words.
const FAR_AFTER: usize = 8;
const NEAR_BEFORE: usize = 10;

/// A lower-cased word of a sentence. Most words of a press release are lower case already;
/// those are borrowed from the text, and only the others are copied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Word<'a>(std::borrow::Cow<'a, str>);

impl Word<'_> {
    /// The word as text.
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Word<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Word<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Word<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

/// The words of a context in order, lower-cased; punctuation is a word too.
pub(crate) fn tokens(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    read_words(text, |w, _, _| out.push(w));
    out
}

/// A sentence's words read once, each with its byte span, so that the words of any stretch
/// of the sentence are taken from them instead of being read again.
pub(crate) struct SentenceWords<'a> {
    text: &'a str,
    words: Vec<Word<'a>>,
    spans: Vec<(usize, usize)>,
}

impl<'a> SentenceWords<'a> {
    /// Reads the words of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        let mut words = Vec::with_capacity(text.len() / 5 + 1);
        let mut spans = Vec::with_capacity(text.len() / 5 + 1);
        read_words(text, |w, s, e| {
            words.push(w);
            spans.push((s, e));
        });
        SentenceWords { text, words, spans }
    }

    /// All the words of the sentence.
    pub(crate) fn all(&self) -> &[Word<'a>] {
        &self.words
    }

    /// The words [`tokens`] reads in `text[a..b]` (none when that is no slice of the text):
    /// whole words are borrowed, and a word the stretch cuts is read from its cut piece.
    /// A stretch that cuts no word is a slice of the sentence's words, not a copy.
    pub(crate) fn between(&self, a: usize, b: usize) -> std::borrow::Cow<'_, [Word<'_>]> {
        use std::borrow::Cow;
        if self.text.get(a..b).is_none() {
            return Cow::Borrowed(&[]);
        }
        let first = self.spans.partition_point(|&(_, e)| e <= a);
        let count = self.spans[first..].partition_point(|&(s, _)| s < b);
        let inside = &self.spans[first..first + count];
        if inside.first().is_none_or(|&(s, _)| s >= a) && inside.last().is_none_or(|&(_, e)| e <= b)
        {
            return Cow::Borrowed(&self.words[first..first + count]);
        }
        let mut out = Vec::with_capacity(16);
        for (k, &(s, e)) in self.spans[first..].iter().enumerate() {
            if s >= b {
                break;
            }
            if s >= a && e <= b {
                out.push(Word(std::borrow::Cow::Borrowed(
                    self.words[first + k].as_str(),
                )));
            } else {
                read_words(&self.text[s.max(a)..e.min(b)], |w, _, _| out.push(w));
            }
        }
        Cow::Owned(out)
    }
}

/// Reads the words of `text` for [`tokens`], giving each with its byte span.
fn read_words<'a>(text: &'a str, mut push: impl FnMut(Word<'a>, usize, usize)) {
    use std::borrow::Cow;
    // `upper`: some character of the word changes when lower-cased.
    fn word(w: &str, ascii: bool, upper: bool) -> Cow<'_, str> {
        match (ascii, upper) {
            (_, false) => Cow::Borrowed(w),
            (true, true) => Cow::Owned(w.to_ascii_lowercase()),
            (false, true) => Cow::Owned(w.to_lowercase()),
        }
    }
    let mut start: Option<usize> = None;
    let (mut ascii, mut upper) = (true, false);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Most of a press release is ASCII: read it byte by byte, and decode only the rest.
        let b = bytes[i];
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'&' | b'\'') {
                if start.is_none() {
                    start = Some(i);
                    (ascii, upper) = (true, false);
                }
                upper |= b.is_ascii_uppercase();
            } else {
                if let Some(s) = start.take() {
                    push(Word(word(&text[s..i], ascii, upper)), s, i);
                }
                if matches!(b, b'(' | b')') && in_label_list(text, i) {
                    // "(b) and (c)", "items (a) to (c)": labels referred to, no clause.
                } else if matches!(b, b',' | b';' | b':' | b'(' | b')' | b'|' | b'+') {
                    push(Word(Cow::Borrowed(&text[i..i + 1])), i, i + 1);
                }
            }
            i += 1;
            continue;
        }
        let ch = text[i..].chars().next().expect("a character starts here");
        let i_next = i + ch.len_utf8();
        if ch.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
                upper = false;
            }
            ascii = false;
            upper |= ch.to_lowercase().ne(std::iter::once(ch));
        } else {
            if let Some(s) = start.take() {
                push(Word(word(&text[s..i], ascii, upper)), s, i);
            }
            if matches!(ch, '—' | '–') {
                push(Word(Cow::Borrowed(&text[i..i_next])), i, i_next);
            }
            // Full-width punctuation in mixed notes ("up to $1.93B，royalty …") parts clauses
            // as the ASCII marks do.
            let mark = match ch {
                '，' => ",",
                '；' => ";",
                '：' => ":",
                '（' => "(",
                '）' => ")",
                _ => "",
            };
            if !mark.is_empty() {
                push(Word(Cow::Borrowed(mark)), i, i_next);
            }
        }
        i = i_next;
    }
    if let Some(s) = start {
        push(Word(word(&text[s..], ascii, upper)), s, text.len());
    }
}

/// Whether the bracket at `at` belongs to a list or range of item labels ("(b) and (c)",
/// "(a) to (c)", "(i), (ii) or (iii)"): a letter, roman numeral or number of up to three
/// characters in brackets, joined to another such label.
fn in_label_list(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    // The label's opening bracket.
    let open = if bytes[at] == b'(' {
        at
    } else {
        match text[..at].rfind('(') {
            Some(o) if at - o <= 4 => o,
            _ => return false,
        }
    };
    let Some(close) = text[open + 1..].find(')').map(|c| open + 1 + c) else {
        return false;
    };
    let label = |inner: &str| {
        (1..=3).contains(&inner.len())
            && inner
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    };
    if !label(&text[open + 1..close]) || (bytes[at] == b')' && at != close) {
        return false;
    }
    let joined = |gap: &str| matches!(gap, " and " | " to " | " or " | ", " | " through ");
    let next_label = text[close + 1..].find('(').is_some_and(|o| {
        let o = close + 1 + o;
        joined(&text[close + 1..o])
            && text[o + 1..]
                .find(')')
                .is_some_and(|c| label(&text[o + 1..o + 1 + c]))
    });
    let prev_label = text[..open].rfind(')').is_some_and(|c| {
        joined(&text[c + 1..open]) && text[..c].rfind('(').is_some_and(|o| label(&text[o + 1..c]))
    });
    next_label || prev_label
}

/// A character that belongs to a word for [`tokens`].
fn is_word_char(ch: char) -> bool {
    ch.is_ascii_alphanumeric()
        || ch == '-'
        || ch == '&'
        || ch == '\''
        || !ch.is_ascii() && ch.is_alphanumeric()
}

/// The byte spans (relative to `text`) of the words [`tokens`] reads there that `wanted`
/// accepts (lower-cased).
fn word_spans(text: &str, wanted: impl Fn(&str) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let check = |s: usize, e: usize, out: &mut Vec<(usize, usize)>| {
        if wanted(&text[s..e].to_lowercase()) {
            out.push((s, e));
        }
    };
    for (i, ch) in text.char_indices() {
        if is_word_char(ch) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            check(s, i, &mut out);
        }
    }
    if let Some(s) = start {
        check(s, text.len(), &mut out);
    }
    out
}

/// Cue phrases by one of their words, each list in `CUES` order. The keys are our own words,
/// so a fixed-seed fast hash serves (SipHash's flood resistance is not needed here).
type CueIndex = std::collections::HashMap<&'static str, Vec<usize>, foldhash::fast::FixedState>;

/// The cue phrases by their first and by their last word: a lookup reads a handful of
/// phrases instead of all of them.
static CUES_BY_FIRST: LazyLock<CueIndex> = LazyLock::new(|| index_cues(|p| p[0]));
static CUES_BY_LAST: LazyLock<CueIndex> = LazyLock::new(|| index_cues(|p| p[p.len() - 1]));

fn index_cues(key: impl Fn(&[&'static str]) -> &'static str) -> CueIndex {
    let mut map = CueIndex::default();
    for (k, (phrase, _)) in CUES.iter().enumerate() {
        map.entry(key(phrase)).or_default().push(k);
    }
    map
}

fn cue_at(words: &[Word], at: usize) -> Option<(Role, usize)> {
    let candidates = CUES_BY_FIRST.get(words.get(at)?.as_str())?;
    candidates.iter().find_map(|&k| {
        let (phrase, role) = CUES[k];
        let end = at + phrase.len();
        (end <= words.len()
            && words[at..end]
                .iter()
                .zip(phrase.iter())
                .all(|(w, p)| w == p))
        .then_some((role, phrase.len()))
    })
}

/// The cue phrase that ends at word `end` (longest first): its role and first word.
fn cue_ending_at(words: &[Word], end: usize) -> Option<(Role, usize)> {
    let mut best: Option<(Role, usize)> = None;
    let candidates = words.get(end).and_then(|w| CUES_BY_LAST.get(w.as_str()))?;
    for &k in candidates {
        let (phrase, role) = &CUES[k];
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

/// "… three large deals: RemeGen's RC148 to AbbVie for $650 million upfront, MediLink's YL201
/// to Roche for $570 million …": for each amount of a sentence about many deals, whether it
/// stands in a listing after a colon — the words before the colon count deals, the words
/// since name a party ("to") and a price ("for") and count nothing — so that each deal
/// listed keeps its own payment. The text is read once, piece by piece from one amount to the
/// next (a piece counts deals, or names "to" or "for", for all the amounts after it), so a
/// long listing costs one pass.
fn listed_after_colon(sentence: &str, offset: usize, slots: &[Slot], aggregate: bool) -> Vec<bool> {
    if !aggregate || !sentence.contains(':') {
        return vec![false; slots.len()];
    }
    let mut out = Vec::with_capacity(slots.len());
    // Whether the words before the last colon count deals, and what the listing since says.
    let (mut head_counts, mut in_listing) = (false, false);
    let (mut to, mut price, mut counts) = (false, false, false);
    let mut from = 0;
    for slot in slots {
        let at = (slot.start - offset).min(sentence.len());
        let piece = sentence.get(from..at).unwrap_or("");
        let (before_colon, since_colon) = match piece.rfind(':') {
            Some(c) => (&piece[..c], Some(&piece[c + 1..])),
            None => (piece, None),
        };
        let read = |text: &str, counts: &mut bool, to: &mut bool, price: &mut bool| {
            let words = tokens(text);
            *counts |= is_aggregate(&words);
            *to |= words.iter().any(|w| w == "to");
            *price |= words.iter().any(|w| w == "for");
        };
        match since_colon {
            Some(item) => {
                // A new colon: what stood before it, and a listing that starts afresh.
                let mut head = head_counts || in_listing && counts;
                let (mut t, mut p) = (false, false);
                read(before_colon, &mut head, &mut t, &mut p);
                head_counts = head;
                in_listing = true;
                (to, price, counts) = (false, false, false);
                read(item, &mut counts, &mut to, &mut price);
            }
            None if in_listing => read(piece, &mut counts, &mut to, &mut price),
            None => {
                let (mut t, mut p) = (false, false);
                read(piece, &mut head_counts, &mut t, &mut p);
            }
        }
        out.push(in_listing && head_counts && !counts && to && price);
        from = at;
    }
    out
}

/// Where the subject of the verb at `at` ends, past modal words before it ("milestone
/// payments could potentially total …" → after "payments").
fn subject_end_before(words: &[Word], at: usize) -> usize {
    let mut end = at;
    while end > 0
        && matches!(
            words[end - 1].as_str(),
            "could"
                | "would"
                | "may"
                | "might"
                | "will"
                | "can"
                | "potentially"
                | "together"
                | "collectively"
                | "in"
                | "aggregate"
        )
    {
        end -= 1;
    }
    end
}

/// The role a table header names ("首付款", "里程碑上限", "总额", "Upfront", "Milestones",
/// "Headline value"), if any.
pub(crate) fn label_role(label: &str) -> Option<Role> {
    if label.chars().any(crate::text::is_han) {
        // "项目投资总额", "拟使用募集资金金额": a project's budget, not a deal's total.
        if [
            "投资总额",
            "投資總額",
            "募集",
            "收入",
            "营收",
            "營收",
            "融资",
            "融資",
        ]
        .iter()
        .any(|w| label.contains(w))
        {
            return None;
        }
        return zh_cue_after(label);
    }
    let words = tokens(label);
    // "Value (RMB m)" alone heads a valuation's column, not a deal's value ("Deal value",
    // "Headline value" do).
    let deal_word = |w: &Word| {
        matches!(
            w.as_str(),
            "deal" | "headline" | "total" | "potential" | "transaction" | "contract" | "aggregate"
        )
    };
    if words.iter().any(|w| w == "value") && !words.iter().any(deal_word) {
        return None;
    }
    // "Sales milestones": the payment named, not the sales it is paid on.
    let cues: Vec<Role> = (0..words.len())
        .filter_map(|p| cue_at(&words, p).map(|(r, _)| r))
        .collect();
    cues.iter()
        .copied()
        .find(|r| *r != Role::Other)
        .or_else(|| {
            words
                .iter()
                .any(|w| matches!(w.as_str(), "headline" | "total" | "value"))
                .then_some(Role::Total)
        })
        .or(cues.first().copied())
}

fn is_break(w: &str) -> bool {
    is_punctuation(w) || BREAKS.contains(&w)
}

/// Words that may chain a cue phrase: "in development, regulatory and commercial
/// milestones", "in upfront and near-term payments".
fn qualifier(w: &str) -> bool {
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
            | "upfront"
            | "up-front"
            | "payment"
            | "payments"
            | "fee"
            | "fees"
            | "in"
            | "cash"
            | "contingent"
            | "additional"
    ) || w.starts_with("milestone")
}

fn is_punctuation(w: &str) -> bool {
    matches!(w, "," | ";" | ":" | "(" | ")" | "—" | "–" | "|")
}

/// The words after an amount that belong to it: up to the first clause break, or to the
/// end of its first cue phrase and the qualifiers chained to it. A list of qualifiers stays
/// whole ("in development, regulatory and commercial milestones").
fn postfix_of<'w, 'a>(words: &'w [Word<'a>]) -> &'w [Word<'a>] {
    let mut cue_seen = false;
    let mut k = 0;
    while k < words.len() {
        let w = words[k].as_str();
        // A clause that starts right after the amount is not about it: ", and …",
        // "includes …", "plus …".
        if k == 0
            && (is_punctuation(w)
                || matches!(
                    w,
                    "and"
                        | "plus"
                        | "if"
                        | "unless"
                        | "while"
                        | "whereas"
                        | "but"
                        | "with"
                        | "includes"
                        | "include"
                        | "including"
                        | "comprises"
                        | "comprising"
                        | "consisting"
                        | "excluding"
                        | "inclusive"
                        | "before"
                        | "excludes"
                        | "exclude"
                ))
            // "below US$500 million to mid-teens on …": "to" opens the next tier, but "to be
            // paid at closing" still describes the amount.
            // … and so does "to exercise" ("would have paid $40 million to exercise").
            || k == 0 && w == "to" && words.get(1).is_some_and(|n| n != "be" && n != "exercise")
        {
            break;
        }
        if cue_seen && !qualifier(w) {
            break;
        }
        // A cue that opens with a break word still names the amount ("$40 million more to
        // exercise").
        if k > 0 && is_break(w) && (cue_seen || cue_at(words, k).is_none()) {
            // ("$20M upfront, milestones of up to $2B": a comma after a cue ends the phrase;
            // "in upfront and milestone payments" goes on.)
            // ("$20 million upfront and milestones of up to $2 billion": the milestones
            // are the next amount's.)
            let keep = !(cue_seen && is_punctuation(w))
                && qualifier(&words[k - 1])
                && words.get(k + 1).is_some_and(|n| qualifier(n))
                && !(w == "and"
                    && leads_into_next(words)
                    && !words[k + 1..]
                        .iter()
                        .any(|w| is_punctuation(w) || w == "and"));
            if !keep {
                break;
            }
        }
        // A cue phrase is taken whole ("technology transfer").
        let len = cue_at(words, k).map_or(1, |(_, n)| {
            cue_seen = true;
            n
        });
        k += len;
        // The phrase ends with its head noun: "upfront payment", "milestone payments".
        let head = matches!(
            words[k - 1].as_str(),
            "payment" | "payments" | "fee" | "fees" | "milestones"
        );
        if cue_seen && head {
            break;
        }
    }
    // (The phrase is always the words from the amount on.)
    &words[..k]
}

/// Whether `words` end with the phrase `phrase`.
fn ends_with(words: &[Word], phrase: &[&str]) -> bool {
    words.len() >= phrase.len()
        && words[words.len() - phrase.len()..]
            .iter()
            .zip(phrase)
            .all(|(w, p)| w == p)
}

/// The words of an amount's own clause: those after it up to the first punctuation.
fn own_clause<'w, 'a>(right: &'w [Word<'a>]) -> &'w [Word<'a>] {
    let end = right
        .iter()
        .position(|w| is_punctuation(w))
        .unwrap_or(right.len());
    &right[..end]
}

/// A word that hedges or bounds the amount after it ("roughly", "up" of "up to").
fn is_hedge(w: &str) -> bool {
    matches!(
        w,
        "roughly" | "about" | "approximately" | "around" | "nearly" | "some" | "up"
    )
}

/// Whether the words between two amounts end in a phrase that opens the second one
/// ("… milestones of up to roughly", "… worth", "… up to").
fn leads_into_next(words: &[Word]) -> bool {
    let bare = words
        .iter()
        .rposition(|w| !is_hedge(w))
        .map_or(&words[..0], |k| &words[..=k]);
    bare.last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "of" | "to" | "worth" | "totaling" | "totalling" | "reaching" | "valued"
        )
    })
}

/// Signals that a sentence is about many deals or the whole market.
pub(crate) fn is_aggregate(sentence: &[Word]) -> bool {
    // "signed two licensing agreements …, one of which carries a headline value of …"
    if sentence
        .windows(3)
        .any(|w| w[0] == "one" && w[1] == "of" && matches!(w[2].as_str(), "which" | "them"))
    {
        return false;
    }
    // (A `match`, not a list search: it is asked of every word of every sentence with money.)
    let market_word = |w: &str| {
        matches!(
            w,
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
                | "average"
                | "median"
                | "clustered"
                | "typically"
                // "licensed such drugs …, often for upfront payments of $50 million to $200
                // million"
                | "often"
                | "usually"
                | "commonly"
        )
    };
    const COUNTING: &[&str] = &[
        "these",
        "such",
        "all",
        "of",
        "bd",
        "out-licensing",
        "licensing",
        "outbound",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "several",
        "many",
    ];
    // "- January 2026: around $30B in headline value, about $3B upfront": a period's tally
    // under its label.
    // (A timeline's "- 2023: licensed SHR-1905 to One Bio for $21.5M" is one deal: the label
    // must open a figure.)
    let label: Vec<&str> = sentence
        .iter()
        .map(|w| w.as_str())
        .skip_while(|w| matches!(*w, "-" | "•" | "*"))
        .take(4)
        .collect();
    let figure = |w: &&str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                *w,
                "around" | "about" | "roughly" | "some" | "nearly" | "over" | "more" | "almost"
            )
    };
    let year =
        |w: &str| w.len() == 4 && w.starts_with("20") && w.bytes().all(|b| b.is_ascii_digit());
    let period = |w: &str| {
        dealscope_core::date::MONTH_NAMES
            .iter()
            .any(|m| m.eq_ignore_ascii_case(w))
            || matches!(
                w,
                "q1" | "q2" | "q3" | "q4" | "h1" | "h2" | "1q" | "2q" | "3q" | "4q"
            )
    };
    if matches!(label.as_slice(), [p, y, ":", f] if period(p) && year(y) && figure(f))
        || matches!(label.as_slice(), [y, ":", f, ..] if year(y) && figure(f))
    {
        return true;
    }
    // "Chinese out-licensing was worth about $51.9 billion last year": a kind of deal as the
    // subject.
    if sentence.len() >= 2
        && matches!(sentence[0].as_str(), "chinese" | "china's" | "china")
        && matches!(
            sentence[1].as_str(),
            "out-licensing" | "licensing" | "biotechs" | "drugmakers" | "companies" | "biopharma"
        )
    {
        return true;
    }
    // "PharmCube's count for China out-licensing in the first quarter was …": the kind of
    // deal anywhere, unless one deal of that kind is named ("its largest China licensing
    // deal").
    if sentence.windows(3).any(|w| {
        matches!(w[0].as_str(), "chinese" | "china" | "china's")
            && matches!(w[1].as_str(), "out-licensing" | "outlicensing")
            && !matches!(
                w[2].as_str(),
                "deal" | "agreement" | "transaction" | "pact" | "partner" | "licence" | "license"
            )
    }) {
        return true;
    }
    // "About $7 billion of last year's total was paid upfront": a year's tally; "when
    // headline values reached about $30 billion": the values of many deals. (One pass, the
    // second word first: it rules out most pairs.)
    if sentence.windows(2).any(|w| match w[1].as_str() {
        "total" | "tally" | "haul" | "sum" | "deals" => {
            w[0].ends_with("year's")
                || w[0].ends_with("quarter's")
                || w[0].ends_with("month's")
                // "the full-year total will pass …", "the $4.1bn upfront tally for 2024".
                || matches!(w[0].as_str(), "full-year" | "half-year" | "year-to-date")
                || w[1] == "tally" && matches!(w[0].as_str(), "upfront" | "headline" | "deal")
        }
        "values" => matches!(w[0].as_str(), "headline" | "disclosed" | "total"),
        // "If you take the 2025 headline and strip out the upfronts": a year's sum.
        "headline" | "headlines" => year(&w[0]),
        _ => false,
    }) {
        return true;
    }
    // "Six cross-border licences … carry about US$3.0bn of upfront cash between them" (not
    // two co-licensors "receiving … US$45 million between them": the deals are counted).
    // (The rare words first: the count is looked for only in such a sentence.)
    let counted_licences = || {
        sentence.windows(5).any(|w| {
            let count = w[0].starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    w[0].as_str(),
                    "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
                );
            count
                && w[1..].iter().any(|n| {
                    matches!(
                        n.as_str(),
                        "deals" | "licences" | "licenses" | "agreements" | "transactions"
                    )
                })
        })
    };
    if sentence
        .windows(2)
        .any(|w| w[0] == "between" && w[1] == "them")
        && counted_licences()
    {
        return true;
    }
    // "Year to date, China-sourced cardiometabolic deals have carried $10 billion-plus".
    if sentence.windows(3).any(|w| {
        matches!(w[0].as_str(), "year" | "quarter" | "month") && w[1] == "to" && w[2] == "date"
    }) {
        return true;
    }
    for (i, w) in sentence.iter().enumerate() {
        // (The market word first: it rules out most words at once.)
        let market_word = market_word(w);
        // "industry observers said" is about a source, not about the market.
        let source = market_word
            && sentence.get(i + 1).is_some_and(|n| {
                matches!(
                    n.as_str(),
                    "observers"
                        | "analysts"
                        | "sources"
                        | "watchers"
                        | "experts"
                        | "insiders"
                        | "executives"
                )
            });
        // "the average closing price" is a share price, not a market average.
        let price = w == "average"
            && sentence.get(i + 1).is_some_and(|n| {
                matches!(
                    n.as_str(),
                    "closing" | "trading" | "daily" | "price" | "share" | "weighted"
                )
            });
        if market_word && !source && !price {
            return true;
        }
        if matches!(
            w.as_str(),
            "deals"
                | "transactions"
                | "agreements"
                // "Taken together, the two pacts have brought Kelun $82 million …"
                | "pacts"
                | "rounds"
                | "financings"
                | "ipos"
                | "issuers"
                // "Add up the five largest upfronts of the half".
                | "upfronts"
        ) {
            // "157 deals", "157 out-licensing deals", "across the three deals", "such deals"
            let before = &sentence[i.saturating_sub(3)..i];
            // "one of the largest licensing deals ever signed": a comparison, not a count ("two
            // of the biggest licensing agreements of 2025" counts).
            let near = &sentence[i.saturating_sub(6)..i];
            // Upfronts counted are summed ("add up the five largest upfronts … the total comes
            // to"), not ranged over ("Three upfronts between $9M and $45M" are three deals').
            if w == "upfronts"
                && !sentence.iter().any(|v| {
                    matches!(
                        v.as_str(),
                        "total" | "sum" | "add" | "combined" | "together" | "altogether"
                    )
                })
            {
                continue;
            }
            // Nor is "the latest in a string of licensing deals".
            let trend = near.iter().any(|b| {
                matches!(
                    b.as_str(),
                    "latest" | "string" | "spate" | "wave" | "flurry" | "run"
                )
            });
            if trend {
                continue;
            }
            // ("in one of China's biggest licensing deals" too.)
            let superlative = near
                .windows(3)
                .any(|w| w[0] == "one" && w[1] == "of" && (w[2] == "the" || w[2].ends_with("'s")))
                && near.iter().any(|b| {
                    matches!(
                        b.as_str(),
                        "largest" | "biggest" | "richest" | "most" | "highest" | "costliest"
                    )
                });
            if superlative {
                continue;
            }
            // ("in a pair of agreements worth up to $4.165 billion": one deal signed as two
            // agreements, as "two agreements" are not.)
            let pair = w == "agreements"
                && before
                    .iter()
                    .any(|b| matches!(b.as_str(), "pair" | "set" | "package" | "bundle"));
            // "of" counts after a quantity ("two of the agreements", "most of the deals"),
            // not after what a deal has ("the terms of the agreements").
            let from = i.saturating_sub(3);
            let counted = !pair
                && before.iter().enumerate().any(|(j, b)| {
                    // (A number, "157" or "1,200"; not the comma token.)
                    b.starts_with(|c: char| c.is_ascii_digit())
                        && b.chars().all(|c| c.is_ascii_digit() || c == ',')
                        || COUNTING.contains(&b.as_str())
                            && (b != "of"
                                || (from + j)
                                    .checked_sub(1)
                                    .and_then(|q| sentence.get(q))
                                    .is_none_or(|q| {
                                        q.chars().all(|c| c.is_ascii_digit())
                                            || COUNTING.contains(&q.as_str())
                                            || matches!(
                                                q.as_str(),
                                                "most"
                                                    | "half"
                                                    | "many"
                                                    | "some"
                                                    | "several"
                                                    | "none"
                                                    | "any"
                                                    | "majority"
                                                    | "number"
                                                    | "handful"
                                                    | "dozens"
                                                    | "hundreds"
                                            )
                                    }))
                });
            // ("the agreements with Kelun-Biotech" says with whom: "the" names the deals.)
            let definite = i > 0 && sentence[i - 1] == "the";
            let valued = sentence.get(i + 1).is_some_and(|n| {
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
                // ("deals with Chinese companies have grown larger since …", "agreements with
                // AstraZeneca" say with whom: "with" counts before what the deals carry.)
                && !(n == "with" && definite)
                && (n != "with"
                    || sentence.get(i + 2).is_some_and(|c| {
                        let carried = |w: &str| {
                            matches!(
                                w,
                                "combined"
                                    | "total"
                                    | "totals"
                                    | "upfront"
                                    | "upfronts"
                                    | "headline"
                                    | "aggregate"
                                    | "disclosed"
                                    | "value"
                                    | "values"
                                    | "collective"
                                    | "cumulative"
                            )
                        };
                        carried(c.as_str())
                            || c.starts_with(|d: char| d.is_ascii_digit())
                            || matches!(c.as_str(), "a" | "an")
                                && sentence.get(i + 3).is_some_and(|d| carried(d.as_str()))
                    }))
            });
            // "its two earlier agreements with AstraZeneca: an Lp(a) licence ($100m upfront,
            // …) and a discovery collaboration ($110m upfront)": deals counted to be listed
            // one by one, each with its own terms.
            let figure = |n: &Word| n.starts_with(|c: char| c.is_ascii_digit() || c == '$');
            let listed = sentence[i + 1..]
                .iter()
                .take(8)
                .take_while(|n| !figure(n))
                .position(|n| n == ":")
                .is_some_and(|c| {
                    // (Each item a deal of its own kind, named before its figures; not "deals
                    // above: $62 million", "a similar template: a modest upfront, …".)
                    let item = &sentence[i + 1 + c + 1..];
                    // "two cardiometabolic deals: Argo-Novartis (US$160m upfront) and …": a
                    // pair of companies names each item.
                    let pair_named = matches!(item, [w, b, ..] if b == "(" && w.split_once('-')
                    .is_some_and(|(a, z)| {
                        a.len() >= 3
                            && z.len() >= 3
                            && a.bytes().all(|x| x.is_ascii_alphabetic())
                            && z.bytes().all(|x| x.is_ascii_alphabetic())
                    }));
                    pair_named
                        || item.iter().take_while(|n| !figure(n)).any(|n| {
                            matches!(
                                n.as_str(),
                                "licence"
                                    | "license"
                                    | "deal"
                                    | "agreement"
                                    | "collaboration"
                                    | "partnership"
                                    | "option"
                                    | "newco"
                                    | "acquisition"
                                    // "AstraZeneca's obesity portfolio from CSPC ($1.2
                                    // billion upfront)": what was bought, and from whom.
                                    | "portfolio"
                                    | "asset"
                                    | "from"
                            )
                        })
                });
            // "has now signed three agreements with Novartis, the latest in September for
            // $160 million up front": the count names the deals, one of them has the terms.
            let one_of_them = sentence[i + 1..]
                .iter()
                .take(8)
                .take_while(|n| !figure(n))
                .collect::<Vec<_>>()
                .windows(3)
                .any(|w| {
                    *w[0] == ","
                        && *w[1] == "the"
                        && matches!(
                            w[2].as_str(),
                            "latest" | "newest" | "last" | "first" | "second" | "third"
                        )
                });
            if !pair && (counted && !listed && !one_of_them || valued) {
                return true;
            }
        }
    }
    false
}

/// Terms the cue words around an amount misname, told by the phrase they sit in (`before`:
/// the words left of the amount, `after`: those right of it; `role`: what the cues said).
fn reworded_term(before: &[Word], after: &[Word], role: Role) -> Option<Role> {
    let tail: Vec<&str> = before
        .iter()
        .rev()
        .take(10)
        .rev()
        .map(|w| w.as_str())
        .collect();
    let head: Vec<&str> = after.iter().take(8).map(|w| w.as_str()).collect();
    let shares = |w: &&str| {
        matches!(
            *w,
            "shares" | "share" | "stock" | "ads" | "adss" | "depositary" | "ordinary"
        )
    };
    // "has agreed to purchase $20.0 million of the Company's ADSs": shares bought.
    let bought = tail.last().is_some_and(|w| {
        matches!(
            *w,
            "purchase" | "purchases" | "buy" | "buys" | "acquire" | "subscribe"
        )
    }) || tail.ends_with(&["subscribe", "for"]);
    if role == Role::Other
        && bought
        && head.first() == Some(&"of")
        && head.iter().take(6).any(shares)
    {
        return Some(Role::Equity);
    }
    // "Pfizer subscribed for 3SBio shares for a total consideration of US$100 million".
    let subscribed = tail.iter().any(|w| w.starts_with("subscri")) && tail.iter().any(shares);
    if subscribed && tail.ends_with(&["consideration", "of"]) {
        return Some(Role::Equity);
    }
    if role == Role::Total {
        let bare = bare_tail(&tail);
        // "The aggregate milestone payments … therefore total up to $1,148.0 million",
        // "Milestone payments remaining … amount to up to …": milestones summed by a verb.
        let summed_by_verb = || {
            matches!(
                bare,
                [.., "total" | "totals" | "totaled" | "totalled"]
                    | [
                        ..,
                        "amount" | "amounts" | "amounted" | "come" | "comes",
                        "to"
                    ]
            )
        };
        // (Not the sum of several kinds, "the option fee, the exercise fee and the
        // milestones amount to", nor the noun: "bringing the potential total to".)
        let kinds_listed = || {
            before.iter().any(|w| {
                w.starts_with("upfront")
                    || w.starts_with("bring")
                    || matches!(
                        w.as_str(),
                        "fee" | "fees" | "option" | "royalties" | "consideration"
                    )
            }) || bare.len() >= 2
                && matches!(bare[bare.len() - 2], "the" | "a" | "potential" | "combined")
        };
        if summed_by_verb() && tail.iter().any(|w| w.starts_with("milestone")) && !kinds_listed() {
            return Some(Role::Milestone);
        }
        // "In total, we have paid Liaohe $48.0 million", "In total, Gorsedene has now paid
        // us US$38 million in cash": what has been paid so far, not what the deal is worth.
        let paid_so_far = tail.windows(3).any(|w| {
            matches!(w[0], "have" | "has" | "had")
                && (matches!(w[1], "paid" | "received" | "collected")
                    || w[1] == "now" && matches!(w[2], "paid" | "received" | "collected"))
        });
        // "total base rent payable under the amendment … is approximately $8.9 million",
        // "total undiscounted payments under our operating leases were $52.6 million": a
        // lease's sums.
        let lease = || {
            before.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "rent" | "rents" | "lease" | "leases" | "sublease"
                )
            })
        };
        if paid_so_far || lease() {
            return Some(Role::Other);
        }
    }
    // "Its fair value was $74.8 million as of December 31": a liability measured, not paid.
    if matches!(
        tail.as_slice(),
        [.., "fair", "value", "was" | "were" | "is"]
    ) {
        return Some(Role::Other);
    }
    // "or approximately $178.6 million if the underwriters exercise their option in full": an
    // offering's proceeds.
    if role == Role::Option
        && head.iter().any(|w| {
            matches!(
                *w,
                "underwriters" | "underwriter" | "underwriters'" | "over-allotment"
            )
        })
    {
        return Some(Role::Other);
    }
    // "milestone payments of up to an aggregate of US$2 billion": the milestones summed.
    if role == Role::Total
        && tail.ends_with(&["aggregate", "of"])
        && tail.iter().any(|w| w.starts_with("milestone"))
        && !tail.iter().any(|w| w.starts_with("upfront"))
    {
        return Some(Role::Milestone);
    }
    // "a package the companies put at roughly $5.3 billion", "a deal that the two companies'
    // figures put at about $2 billion", "rounded the package to about $5.3B": the value put
    // on the whole.
    if role == Role::Other {
        let bare: Vec<&str> = tail
            .iter()
            .copied()
            .filter(|w| {
                !matches!(
                    *w,
                    "about" | "roughly" | "approximately" | "around" | "some"
                )
            })
            .collect();
        let whole = |w: &&str| matches!(*w, "package" | "deal" | "transaction" | "collaboration");
        let put_at = bare.ends_with(&["put", "at"]) || bare.ends_with(&["puts", "at"]);
        let rounded = bare
            .iter()
            .rposition(|w| w.starts_with("round"))
            .is_some_and(|p| bare.last() == Some(&"to") && bare[p..].iter().any(whole));
        if put_at && bare.iter().rev().take(10).any(whole) || rounded {
            return Some(Role::Total);
        }
        // "and the whole thing is up to $1.275 billion": the whole deal as the subject.
        let whole_deal = tail.windows(2).any(|w| {
            w[0] == "whole"
                && matches!(
                    w[1],
                    "thing" | "deal" | "package" | "agreement" | "transaction" | "pact"
                )
        });
        if whole_deal && matches!(tail.last(), Some(&("is" | "was" | "to" | "at" | "of"))) {
            return Some(Role::Total);
        }
    }
    // "Total of upfront and milestone payments: up to ¥23.0 billion": the two summed.
    if matches!(role, Role::Milestone | Role::Upfront)
        && tail.windows(2).any(|w| w[0] == "total" && w[1] == "of")
        && tail.iter().any(|w| w.starts_with("upfront"))
        && tail.iter().any(|w| w.starts_with("milestone"))
    {
        return Some(Role::Total);
    }
    // "up to $1.055 billion in option fees and … milestones", "in option exercise fees and
    // …": a pool of both.
    if matches!(role, Role::Option | Role::Milestone | Role::Other)
        && (head.starts_with(&["in", "option", "fees", "and"])
            || head.starts_with(&["in", "option", "exercise", "fees", "and"]))
        && after.iter().take(16).any(|w| w.starts_with("milestone"))
    {
        return Some(Role::Milestone);
    }
    // "peak ex-China sales of US$3.5bn": a forecast of sales, whatever royalties are near.
    if tail.contains(&"peak") && tail.ends_with(&["sales", "of"]) {
        return Some(Role::Other);
    }
    // "$4.6 million of the Velloran upfront payment recognized as …": revenue booked.
    if head.first() == Some(&"of")
        && head
            .iter()
            .any(|w| matches!(*w, "recognized" | "recognised"))
        && head.iter().any(|w| w.starts_with("payment"))
    {
        return Some(Role::Other);
    }
    None
}

/// Words with the hedges and "up to" before an amount left off their end ("total up to
/// approximately" → "total").
fn bare_tail<'a, 'w>(tail: &'a [&'w str]) -> &'a [&'w str] {
    let keep = tail
        .iter()
        .rposition(|w| !is_hedge(w) && *w != "to")
        .map_or(0, |k| k + 1);
    // ("amount to up to": the verb's own "to" stays.)
    match tail.get(keep..keep + 1) {
        Some(["to"])
            if matches!(
                tail[..keep].last(),
                Some(&("amount" | "amounts" | "amounted" | "come" | "comes"))
            ) =>
        {
            &tail[..=keep]
        }
        _ => &tail[..keep],
    }
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
    /// Its currency.
    pub currency: dealscope_core::Currency,
}

/// The role given to one mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Assigned {
    /// What the amount is.
    pub role: Role,
    /// The milestone kinds it covers (milestones only).
    pub scope: MilestoneScope,
    /// Whether the sentence itself decided: false for an amount left `other` for want of a
    /// cue in its own clause, which a restatement of the same amount elsewhere in the
    /// document may settle ("the full $650 million" after "$650 million upfront").
    pub firm: bool,
}

impl Assigned {
    fn new(role: Role, scope: MilestoneScope, firm: bool) -> Self {
        Assigned { role, scope, firm }
    }
}

/// Assigns roles to the mentions of one sentence (`slots` sorted, inside `sentence`, whose
/// first byte is at `offset` in the document).
pub fn assign(sentence: &str, offset: usize, slots: &[Slot]) -> Vec<Assigned> {
    assign_in(sentence, offset, slots).0
}

/// [`assign`], and whether the sentence is about many deals or the market (English only;
/// read once here rather than again by the caller).
pub(crate) fn assign_in(sentence: &str, offset: usize, slots: &[Slot]) -> (Vec<Assigned>, bool) {
    let (mut assigned, aggregate) = if sentence.chars().any(crate::text::is_han) {
        assign_zh(sentence, offset, slots)
    } else {
        assign_en(sentence, offset, slots)
    };
    parts_of_upfront(sentence, offset, slots, &mut assigned);
    prior_periods(sentence, offset, slots, &mut assigned);
    (assigned, aggregate)
}

/// "revenue … amounted to HK$59.2 million (2021: HK$62.0 million)", "营业收入1.2亿元
/// （2024年：0.8亿元）": the same figure for an earlier period is what the figure before it
/// is, whatever else the document says of that amount.
fn prior_periods(sentence: &str, offset: usize, slots: &[Slot], assigned: &mut [Assigned]) {
    let local = |a: usize, b: usize| within(sentence, offset, a, b);
    for i in 1..slots.len() {
        let gap = local(slots[i - 1].end, slots[i].start).trim();
        let Some(inner) = gap.strip_prefix(['(', '（']) else {
            continue;
        };
        let inner = inner.trim_start_matches("FY").trim_start_matches("fy");
        let Some(year) = inner.get(..4) else {
            continue;
        };
        let label = inner[4..].trim_start_matches(['年', ' ']);
        if year.starts_with("20")
            && year.bytes().all(|b| b.is_ascii_digit())
            && matches!(label, ":" | "：" | "年：")
        {
            // (Said here, whatever the document says of the same amount elsewhere.)
            assigned[i] = Assigned {
                firm: true,
                ..assigned[i - 1]
            };
        }
    }
}

/// The text of document bytes `a..b` inside `sentence`, whose first byte is at `offset`.
/// Spans never overlap; should one ever (`b < a`), or run past the sentence's end, its context
/// is empty rather than a panic.
fn within(sentence: &str, offset: usize, a: usize, b: usize) -> &str {
    sentence.get(a - offset..b.max(a) - offset).unwrap_or("")
}

/// "an upfront payment of US$65 million, of which US$32.5 million shall be paid in cash and
/// US$32.5 million … by the issue of shares", "首付6500万美元由3250万美元现金和3250万美元
/// 股权构成": the parts an upfront is split into are the upfront too, whatever they are paid
/// in (a part with a deal term of its own keeps it).
fn parts_of_upfront(sentence: &str, offset: usize, slots: &[Slot], assigned: &mut [Assigned]) {
    let local = |a: usize, b: usize| within(sentence, offset, a, b);
    let mut k = 0;
    while k + 1 < slots.len() {
        if assigned[k].role != Role::Upfront {
            k += 1;
            continue;
        }
        // Conversions of the whole in brackets come first ("(approximately RMB461.5
        // million), of which").
        let mut first = k + 1;
        while first < slots.len()
            && assigned[first].role == Role::Upfront
            && local(slots[first - 1].end, slots[first].start)
                .trim()
                .ends_with('(')
        {
            first += 1;
        }
        if first == slots.len() {
            break;
        }
        let gap = local(slots[first - 1].end, slots[first].start);
        // ("$65 million upfront, split evenly between cash and stock: $32.5 million in cash
        // and $32.5 million in newly issued shares": a colon after the upfront lists them.)
        let opening = gap.trim_start_matches([')', ' ']);
        // ("65 million U.S. dollars, half of it, or 32.5 million dollars, in cash and the other
        // 32.5 million dollars in Braveheart shares".)
        let english = [
            ", of which",
            ", half of it, or",
            ", half of which,",
            ", half of it (",
        ]
        .iter()
        .any(|lead| opening.starts_with(lead))
            && gap.len() <= 40
            || gap.trim_end().ends_with(':') && gap.len() <= 60 && !gap.contains(['.', ';']);
        // ("首期对价合计1.25亿美元，由6,000万美元现金和6,500万美元…优先股构成".)
        let chinese = matches!(gap.trim().trim_start_matches(['，', ',']), "由");
        if !(english || chinese) {
            k += 1;
            continue;
        }
        // The parts: amounts joined by short links ("现金和", "shall be paid in cash and").
        let mut last = first;
        while last + 1 < slots.len() {
            let link = local(slots[last].end, slots[last + 1].start);
            let joined = if chinese {
                link.chars().count() <= 6 && link.ends_with('和') || link.ends_with('、')
            } else {
                // ("$40 million in cash plus newly issued Ardwell shares giving Tingshan a 15%
                // stake valued at $25 million": the shares' value is the second part.)
                let valued = link.len() <= 110
                    && link.contains(" plus ")
                    && (link.ends_with("valued at ") || link.ends_with("worth "));
                let and = link.ends_with(" and ")
                    || link.ends_with(" and the other ")
                    || link.ends_with(" and the remaining ");
                (link.len() <= 60 && and || valued) && !link.contains([';', '.'])
            };
            if !joined {
                break;
            }
            last += 1;
        }
        if first == last {
            k = last + 1;
            continue;
        }
        // "由…构成" says the parts make up the whole.
        if chinese {
            let rest = local(slots[last].end, offset + sentence.len());
            let clause = &rest[..rest.find(['，', '。', '；']).unwrap_or(rest.len())];
            if !["构成", "組成", "组成", "構成"]
                .iter()
                .any(|w| clause.contains(w))
            {
                k = last + 1;
                continue;
            }
        }
        for a in &mut assigned[first..=last] {
            // (A part "valued at" an amount reads as a headline on its own.)
            if matches!(a.role, Role::Other | Role::Equity | Role::Total) {
                a.role = Role::Upfront;
                a.scope = MilestoneScope::default();
                a.firm = true;
            }
        }
        k = last + 1;
    }
}

fn assign_en(sentence: &str, offset: usize, slots: &[Slot]) -> (Vec<Assigned>, bool) {
    let sw = SentenceWords::new(sentence);
    let sentence_words = sw.all();
    // The words of a stretch of the sentence, between two document offsets.
    let words_in = |a: usize, b: usize| sw.between(a - offset, b.max(a) - offset);
    // "Would you ever do a $500 million upfront?": a question about what might be is no
    // deal's term ("Could you say how the $650 million will …" asks about one).
    let hypothetical = sentence.trim_end().ends_with('?')
        && sentence_words.len() >= 2
        && matches!(sentence_words[0].as_str(), "would" | "could" | "might")
        && matches!(sentence_words[1].as_str(), "you" | "they" | "we")
        && slots.iter().all(|s| {
            let before = sentence[..s.start.saturating_sub(offset).min(sentence.len())].trim_end();
            !before.ends_with("the") && !before.ends_with("that")
        });
    // "Our guess is that the upfront is small, perhaps US$10 million to US$20 million": a
    // guess at an undisclosed term is no term.
    // So is what an analyst's model assumes ("in our model only US$1.1bn of the … milestones
    // is paid before 2032", "we value the portfolio at US$2.4bn").
    // "nobody is paying six hundred million up front for a Phase 1 asset": what no one pays
    // is no term.
    let nobody = sentence_words.windows(4).any(|w| {
        (w[0] == "nobody" || w[0] == "no-one" || w[0] == "no" && w[1] == "one")
            && w[1..]
                .iter()
                .any(|v| matches!(v.as_str(), "pays" | "paying" | "pay" | "paid"))
    });
    // "If they get $20 million to $40 million up front …, I'd call that a good result": a
    // speaker's supposition (not "If the trial succeeds, Kelun would receive …").
    let supposed = sentence_words.len() >= 2
        && sentence_words[0] == "if"
        && matches!(sentence_words[1].as_str(), "they" | "we" | "you")
        && sentence_words
            .iter()
            .any(|w| matches!(w.as_str(), "i'd" | "we'd" | "i'll"));
    let guess = nobody
        || supposed
        || sentence_words.iter().any(|w| {
            matches!(
                w.as_str(),
                "guess" | "perhaps" | "speculated" | "reckon" | "estimated" | "estimates"
            )
        })
        || sentence_words.windows(2).any(|w| match w[0].as_str() {
            "our" => matches!(
                w[1].as_str(),
                "model" | "forecast" | "estimate" | "dcf" | "numbers"
            ),
            // "on my numbers it is worth somewhere between $9 billion and $12 billion".
            "my" => matches!(
                w[1].as_str(),
                "model" | "numbers" | "estimate" | "maths" | "math"
            ),
            "we" => matches!(w[1].as_str(), "model" | "value" | "forecast"),
            "risk-adjusted" => matches!(w[1].as_str(), "npv" | "milestones" | "value" | "payments"),
            // "a Chinese ADC with Phase 1 data might fetch $50 million up front": what such
            // an asset would be paid, not a deal.
            "might" | "could" | "would" => matches!(w[1].as_str(), "fetch" | "command"),
            "rnpv" => true,
            _ => false,
        });
    // "A deal with $60 million upfront and a $1.5 billion headline is, on those odds, worth
    // …": any deal of that shape, not one deal.
    let any_deal = sentence_words.len() >= 3
        && sentence_words[0] == "a"
        && matches!(
            sentence_words[1].as_str(),
            "deal" | "licence" | "license" | "transaction" | "pact"
        )
        && sentence_words[2] == "with";
    let market = is_aggregate(sentence_words);
    let aggregate = hypothetical || guess || any_deal || market;
    let local = |a: usize, b: usize| within(sentence, offset, a, b);
    let n = slots.len();

    // "JPY 5 billion (approximately US$33 million) upfront": a conversion in brackets right
    // after an amount is the same payment; both read the words after the bracket.
    let paired: Vec<bool> = (0..n)
        .map(|i| {
            i + 1 < n && {
                let between = local(slots[i].end, slots[i + 1].start).trim();
                // (Most amounts are not followed by a bracket: no lower-cased copy for them.)
                between.starts_with('(') && {
                    let between = between.to_ascii_lowercase();
                    let after = local(
                        slots[i + 1].end,
                        slots
                            .get(i + 2)
                            .map_or(offset + sentence.len(), |s| s.start),
                    );
                    // "(€155.9 million at the exchange rate on the payment date)": a few words
                    // may follow the restated amount before the bracket closes.
                    let closes = after.find(')').is_some_and(|c| {
                        c <= 80 && !after[..c].contains(|ch: char| ch.is_ascii_digit() || ch == '(')
                    });
                    matches!(
                        between.as_str(),
                        "(" | "(approximately"
                            | "(about"
                            | "(approx."
                            | "(around"
                            | "(or"
                            | "(roughly"
                            | "(c."
                            | "(ca."
                            | "(~"
                            | "(some"
                            | "(equivalent to"
                            | "(equivalent to approximately"
                            | "(equivalent to about"
                            | "(i.e."
                            | "(approximately equivalent to"
                    ) && closes
                }
            }
        })
        .collect();

    // Right-hand words of each amount, to the next amount or the sentence end.
    let rights: Vec<std::borrow::Cow<[Word]>> = (0..n)
        .map(|i| {
            let j = if paired[i] { i + 1 } else { i };
            let next = slots
                .get(j + 1)
                .map_or(offset + sentence.len(), |s| s.start);
            let words = words_in(slots[j].end, next);
            let close = words.iter().position(|w| w == ")").filter(|_| paired[i]);
            match (close, words) {
                (None, words) => words,
                (Some(close), std::borrow::Cow::Borrowed(w)) => {
                    std::borrow::Cow::Borrowed(&w[close + 1..])
                }
                (Some(close), std::borrow::Cow::Owned(mut w)) => {
                    w.drain(..=close);
                    std::borrow::Cow::Owned(w)
                }
            }
        })
        .collect();
    // "Milestones of $2 billion bring the potential value to $2.02 billion": the words
    // between two amounts name the second one when they are "verb … to".
    let linking: Vec<bool> = (0..n)
        .map(|i| i + 1 < n && !paired[i] && links_to_next(&rights[i]))
        .collect();
    let postfixes: Vec<&[Word]> = rights
        .iter()
        .zip(&linking)
        .map(|(r, &l)| if l { &r[..0] } else { postfix_of(r) })
        .collect();
    // Left-hand words: what the previous amount's own phrase left over.
    let prefixes: Vec<std::borrow::Cow<[Word]>> = (0..n)
        .map(|i| {
            if i == 0 {
                words_in(offset, slots[0].start)
            } else if paired[i - 1] {
                words_in(offset, slots[i - 1].start)
            } else {
                // What the previous amount's own phrase left over.
                let prev_right = &rights[i - 1];
                std::borrow::Cow::Borrowed(
                    &prev_right[postfixes[i - 1].len().min(prev_right.len())..],
                )
            }
        })
        .collect();

    let listed_after_colon = listed_after_colon(sentence, offset, slots, aggregate);
    let mut weak = vec![false; n];
    let mut soft = vec![false; n];
    let mut out: Vec<(Role, MilestoneScope, bool)> = (0..n)
        .map(|i| {
            if slots[i].per_share {
                return (Role::Other, MilestoneScope::default(), true);
            }
            let post: &[Word] = postfixes[i];
            let pre: &[Word] = &without_exclusions(&prefixes[i]);
            let after =
                (0..post.len().min(FAR_AFTER)).find_map(|p| cue_at(post, p).map(|(r, _)| (r, p)));
            // "That is what the $150 million buys", "Twenty million dollars buys us a clear
            // view …": the amount buying something is no price of a company.
            // ("$100M buys new Innovent shares" is the equity.)
            let after = after.filter(|&(r, p)| {
                !(p == 0
                    && r == Role::Total
                    && matches!(post.first().map(|w| w.as_str()), Some("buys" | "buy")))
            });
            // "up to $1.5B in research funding and milestones": milestones listed with
            // something else name the pool.
            let after = match after {
                Some((Role::Other, p)) => {
                    // (Read on in all the words after the amount: its phrase ends at the
                    // first cue.)
                    let r = &rights[i];
                    let listed = r[p.min(r.len())..]
                        .iter()
                        .take(3)
                        .take_while(|w| !is_punctuation(w))
                        .position(|w| w == "and")
                        .and_then(|a| {
                            (p + a + 1..r.len().min(p + a + 10))
                                .find_map(|q| cue_at(r, q).map(|(role, _)| (role, q)))
                        })
                        .filter(|(role, _)| *role == Role::Milestone);
                    match listed {
                        Some((role, _)) => Some((role, p)),
                        None => after,
                    }
                }
                other => other,
            };
            // "… are payable when annual net sales reach …", "… in aggregate upon annual net
            // sales reaching …": a condition's sales are not what the amount is ("falls due
            // when the transaction closes" is).
            let after = after.filter(|&(r, p)| {
                r != Role::Other
                    || !post[..p].iter().any(|w| {
                        matches!(w.as_str(), "when" | "once" | "where" | "until" | "upon")
                    })
                    // "… of up to $90.0 million based on net sales in the added territories".
                    && !post[..p].windows(2).any(|w| w[0] == "based" && w[1] == "on")
            });
            // "The £634m is mostly sales milestones": what the amount is made of, not what it
            // is.
            let after = after.filter(|&(_, p)| {
                !post[..p].iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "mostly" | "largely" | "mainly" | "chiefly" | "partly" | "primarily"
                    )
                })
            });
            let before_cue = || {
                let nearest = (0..pre.len())
                    .rev()
                    .take(NEAR_BEFORE)
                    .find_map(|p| cue_ending_at(pre, p));
                // "Equity subscription (at closing) USD100 million": a timing word yields to
                // the payment named before it; so does "raised from" ("the pool of milestones
                // was raised from US$410 million").
                let raised = |start: usize| {
                    pre[start] == "raised"
                        && pre.get(start + 1).is_some_and(|w| w == "from" || w == "to")
                };
                // "the aggregate milestone payments that Beiyuan may receive under the
                // License Agreement increase to up to": past a long subject, the verb of
                // change leads back to the payment the clause opens with.
                let nearest = nearest.or_else(|| {
                    let qualifiers = pre
                        .iter()
                        .rev()
                        .take_while(|w| {
                            matches!(
                                w.as_str(),
                                "up" | "to"
                                    | "approximately"
                                    | "about"
                                    | "roughly"
                                    | "nearly"
                                    | "a"
                                    | "maximum"
                                    | "of"
                            )
                        })
                        .count();
                    let verb = pre.len().checked_sub(qualifiers + 1)?;
                    let changes = matches!(
                        pre[verb].as_str(),
                        "increase" | "increases" | "increased" | "rise" | "rises" | "rose"
                            | "grow" | "grows" | "grew" | "climb" | "climbs" | "amount"
                            | "amounts" | "come" | "comes" | "reach" | "reaches"
                            // "The milestone payments for SHR-4849 and the second
                            // antibody are up to …": past a long subject, its verb.
                            | "are" | "is"
                    );
                    if !changes {
                        return None;
                    }
                    let opens = pre[..verb]
                        .iter()
                        .rposition(|w| matches!(w.as_str(), ";" | ":" | "(" | ")" | ","))
                        .map_or(0, |p| p + 1);
                    (opens..verb).find_map(|p| {
                        cue_at(pre, p)
                            .filter(|(r, _)| *r != Role::Other)
                            .map(|(r, _)| (r, p))
                    })
                });
                // "the remaining potential milestone payments under the agreement total up
                // to": "total" as the verb of its subject, which names the payment.
                let nearest = match nearest {
                    Some((Role::Total, at)) if total_as_verb(pre, at) => {
                        let opens = pre[..at]
                            .iter()
                            .rposition(|w| matches!(w.as_str(), ";" | ":" | "(" | ")" | ","))
                            .map_or(0, |p| p + 1);
                        let named: Vec<(Role, usize)> = (opens..at)
                            .filter_map(|q| cue_at(pre, q).map(|(r, _)| (r, q)))
                            .filter(|(r, _)| *r != Role::Other)
                            .collect();
                        match named.first() {
                            Some(&(r, q))
                                if r != Role::Total && named.iter().all(|(o, _)| *o == r) =>
                            {
                                Some((r, q))
                            }
                            _ => nearest,
                        }
                    }
                    other => other,
                };
                let nearest = match nearest {
                    Some((_, start)) if is_timing(pre, start) || raised(start) => (0..start)
                        .rev()
                        .take(NEAR_BEFORE)
                        .find_map(|p| cue_ending_at(pre, p))
                        .or(nearest),
                    other => other,
                };
                // "The aggregate deal value of upfront and milestone payments is …",
                // "Aggregate of upfront and milestones": the head of the phrase is a total.
                let clause = pre
                    .iter()
                    .rposition(|w| matches!(w.as_str(), ";" | ":" | "(" | ")"))
                    .map_or(0, |p| p + 1);
                let head = &pre[clause..];
                // "Aggregate upfront and milestone payments of up to …": the two summed (but
                // "upfront and near-term milestone payments in an aggregate amount of" is the
                // combined upfront).
                let near_term = head
                    .windows(2)
                    .any(|w| w[0] == "near-term" && w[1].starts_with("milestone"));
                // So is "Together, the option fee, the exercise fee and the milestones amount
                // to up to …", every payment of an option deal; "option fees together with
                // milestone payments of up to …" leaves the upfront out and stays milestones.
                let fees = head
                    .iter()
                    .filter(|w| matches!(w.as_str(), "fee" | "fees"))
                    .count();
                let paid_now = head.iter().any(|w| w == "upfront" || w == "up-front")
                    || fees >= 2
                        && head.iter().any(|w| w == "option")
                        && head.iter().any(|w| w == "exercise");
                // "The upfront payment and all milestone payments amount to up to …".
                let sum_verb = head.windows(2).any(|w| {
                    matches!(w[0].as_str(), "amount" | "amounts" | "add" | "adds" | "sum")
                        && matches!(w[1].as_str(), "to" | "up")
                });
                let summed = (sum_verb
                    || head.iter().any(|w| {
                        matches!(
                            w.as_str(),
                            "aggregate" | "combined" | "total" | "together" | "altogether"
                        )
                    }))
                    && paid_now
                    && head.iter().any(|w| w.starts_with("milestone"))
                    && !near_term;
                let combined_upfront =
                    near_term && head.iter().any(|w| w == "upfront" || w == "up-front");
                // (A takeover's "cash equity value of" is its price, its "enterprise value
                // of" no payment at all.)
                let head_total = summed
                    || head.windows(2).enumerate().any(|(k, w)| {
                        w[1] == "of"
                            && matches!(w[0].as_str(), "value" | "aggregate" | "total")
                            && !(w[0] == "value"
                                && k > 0
                                && matches!(head[k - 1].as_str(), "equity" | "enterprise"))
                    });
                // "the total amount that Kawanami may pay under the Agreement is a maximum of":
                // the clause is about the total, whatever it says on the way.
                // ("payments in an aggregate amount of" sums the payments just named.)
                // ("The total transaction amount under the License Agreement" too.)
                let total_phrase = |words: &[Word]| {
                    let summed = |w: &str| {
                        matches!(w, "amount" | "value" | "consideration" | "payments" | "potential")
                    };
                    words.windows(2).enumerate().rposition(|(k, w)| {
                        matches!(w[0].as_str(), "total" | "aggregate" | "overall")
                            && (summed(&w[1])
                                || matches!(w[1].as_str(), "transaction" | "deal" | "contract")
                                    && words.get(k + 2).is_some_and(|n| summed(n)))
                            && !(k >= 2 && words[k - 2] == "in")
                    })
                };
                let about_total = total_phrase(head).map(|p| clause + p);
                // "- Maximum total amount, including the upfront payment: JPY 70.5 billion":
                // a label before a colon names the amount after it.
                let label_total = pre.last().is_some_and(|w| w == ":") && {
                    let label_end = pre.len() - 1;
                    let label_start = pre[..label_end]
                        .iter()
                        .rposition(|w| matches!(w.as_str(), ";" | ":" | "(" | ")" | "-" | "•"))
                        .map_or(0, |p| p + 1);
                    let label = &pre[label_start..label_end];
                    label.first().is_some_and(|w| {
                        matches!(w.as_str(), "maximum" | "total" | "aggregate" | "overall")
                    }) && total_phrase(label).is_some()
                };
                match nearest {
                    _ if label_total => Some((Role::Total, pre.len() - 1)),
                    // "Taking into account the upfront payment … and all milestone payments,
                    // the total consideration under the Agreement is up to …".
                    Some((r, start))
                        if about_total.is_some_and(|p| p >= start) && r != Role::Other =>
                    {
                        Some((Role::Total, about_total.unwrap_or(start)))
                    }
                    Some((_, start)) if combined_upfront => Some((Role::Upfront, start)),
                    Some((r, start)) if head_total && r != Role::Total && r != Role::Other => {
                        let _ = start;
                        Some((Role::Total, start))
                    }
                    None if about_total.is_some() => Some((Role::Total, 0)),
                    other => other,
                }
            };
            // Looked up once: several rules below ask for it.
            let before_found = before_cue();
            let before = || before_found;
            // "a $1.2 billion deal", "$1bn-plus ADC pact", "$2bn prostate cancer deal".
            let tight = rights[i]
                .iter()
                .take(4)
                .take_while(|w| !is_break(w))
                .any(|w| TIGHT_TOTAL.contains(&w.as_str()));
            // A timing phrase after the amount ("at signing", "upon achievement") yields to
            // a payment named before it ("an option fee of CHF 20 million at signing").
            let after = match after {
                // (Not to one from an earlier clause: "half of it in Braveheart shares, and a
                // further $10 million after technology transfer".)
                // (Not to another timing: "a EUR 8 million option fee at signing and a EUR 30
                // million fee upon exercise".)
                Some((_, p))
                    if is_timing(post, p)
                        && before().is_some_and(|(_, b)| {
                            !pre[b..].iter().any(|w| is_punctuation(w)) && !is_timing(pre, b)
                        }) =>
                {
                    None
                }
                // "milestone payments of more than $1.5 billion in total": the sum of what
                // was named before (not in a clause of its own: "…, part of it in equity,
                // and up to $970M in total").
                Some((Role::Total, p))
                    if p > 0
                        && post[p - 1] == "in"
                        && before().is_some_and(|(r, b)| {
                            r != Role::Other
                                && !pre[b..].windows(2).any(|w| w[0] == "," && w[1] == "and")
                        }) =>
                {
                    None
                }
                other => other,
            };
            // "the up to $500 million deal linked to milestones": a deal noun right after
            // the amount names the headline before anything further on.
            let noun_first = rights[i]
                .iter()
                .find(|w| !matches!(w.as_str(), "-plus" | "plus" | "+"))
                .is_some_and(|w| TIGHT_TOTAL.contains(&w.as_str()));
            let after = if noun_first { None } else { after };
            let found = match after {
                Some((r, p)) => Some((r, p, post)),
                None => match before() {
                    // "… American depositary shares, and then up to another $150 million if
                    // certain milestones are hit": a cue from an earlier clause yields to
                    // the condition the amount's own clause states.
                    Some((r, p))
                        if pre[p..].iter().any(|w| is_punctuation(w))
                            && predicate(&rights[i]).is_some_and(|(m, _, _)| m != r) =>
                    {
                        predicate(&rights[i])
                    }
                    // "the upfront alone is worth about RMB8.5bn": a payment restated in
                    // another currency is still that payment.
                    Some((Role::Total, p)) if worth_restates(pre, p).is_some() => {
                        worth_restates(pre, p).map(|(r, at)| (r, at, pre))
                    }
                    Some((r, p)) => Some((r, p, pre)),
                    None if tight => Some((Role::Total, 0, post)),
                    // "is eligible to receive up to $X": what one is eligible for is
                    // contingent on milestones.
                    None if pre.iter().rev().take(NEAR_BEFORE).any(|w| w == "eligible") => {
                        Some((Role::Milestone, 0, pre))
                    }
                    // Not revenue explained by what it was for: "Revenue recognised …
                    // amounted to RMB610.3 million, representing … the option exercise fee".
                    None if pre.first().is_some_and(|w| matches!(w.as_str(), "revenue" | "revenues"))
                        && explained(&rights[i]).is_some() =>
                    {
                        Some((Role::Other, 0, pre))
                    }
                    // "$30 million, covering the upfront payment and …": an explaining
                    // clause right after the amount; "$30 million, payable within 30 days,
                    // is the upfront fee" / "… as the upfront payment".
                    None => explained(&rights[i])
                        .or_else(|| predicate(&rights[i]))
                        // "Marlowe pays $90 million in cash": what a party pays, nothing
                        // else said, is paid now.
                        .or_else(|| {
                            let pay = |w: &Word| {
                                matches!(w.as_str(), "pays" | "paid" | "pay" | "paying")
                            };
                            // "would pay up to €1.1bn for rights", "to pay Simcere up to
                            // around €900m": a ceiling is the headline (past the payee, a
                            // few words without punctuation).
                            let n = pre
                                .iter()
                                .rposition(|w| {
                                    !matches!(
                                        w.as_str(),
                                        "around" | "about" | "approximately" | "roughly" | "some"
                                    )
                                })
                                .map_or(0, |p| p + 1);
                            if n >= 3 && pre[n - 2] == "up" && pre[n - 1] == "to" {
                                let payer = pre[..n - 2]
                                    .iter()
                                    .rev()
                                    .take(5)
                                    .take_while(|w| !is_punctuation(w))
                                    .any(pay);
                                if payer {
                                    return Some((Role::Total, 0, pre));
                                }
                            }
                            // "Innovent got $80 million from Roche": what a party gets, the
                            // same.
                            let gets = |w: &Word| {
                                matches!(
                                    w.as_str(),
                                    "got" | "gets" | "lands" | "landed" | "pockets" | "pocketed"
                                )
                            };
                            pre.iter()
                                .rev()
                                .take(2)
                                .any(|w| pay(w) || gets(w))
                                .then_some((Role::Upfront, 0, pre))
                        })
                        // "rolled the development and commercial payments together and put
                        // them at up to $1 billion": the payments the pronoun stands for ("put
                        // it at" is the deal).
                        .or_else(|| {
                            let bare: Vec<&str> = pre
                                .iter()
                                .map(|w| w.as_str())
                                .filter(|w| {
                                    !matches!(
                                        *w,
                                        "up" | "to" | "about" | "approximately" | "roughly"
                                    )
                                })
                                .collect();
                            let pronoun = matches!(
                                bare.as_slice(),
                                [.., "put" | "puts" | "capped" | "caps" | "pegged" | "pegs",
                                    "them" | "those", "at"]
                            );
                            if !pronoun {
                                return None;
                            }
                            let whole = words_in(offset, slots[i].start);
                            // ("the development and commercial payments": payments of
                            // milestone kinds.)
                            let kinds_paid = whole.windows(4).any(|w| {
                                milestone_scope(&w[..3]).kinds_named() > 0
                                    && w[3].starts_with("payment")
                            });
                            (0..whole.len())
                                .rev()
                                .find_map(|p| cue_ending_at(&whole, p))
                                .map(|(r, _)| r)
                                .or(kinds_paid.then_some(Role::Milestone))
                                .filter(|r| {
                                    matches!(r, Role::Milestone | Role::Upfront | Role::Total)
                                })
                                .map(|r| (r, 0, pre))
                        }),
                },
            };
            // "of which $140 million has already been received", "received to date": money
            // already collected, not a term.
            let r = &rights[i];
            // So is "brings total payments received under the agreement to US$95 million".
            // (The ten words nearest before the amount, and the four nearest: slices, no copy.)
            let near_pre = &pre[pre.len().saturating_sub(10)..];
            let nearest = &pre[pre.len().saturating_sub(4)..];
            let collected = r.iter().take(6).any(|w| w == "already")
                && r.iter().take(8).any(|w| matches!(w.as_str(), "received" | "collected"))
                || r.windows(2).take(6).any(|w| w[0] == "to" && w[1] == "date")
                || near_pre.iter().any(|w| matches!(w.as_str(), "received" | "collected"))
                    && near_pre
                        .iter()
                        .any(|w| {
                            matches!(
                                w.as_str(),
                                "total" | "cumulative" | "so" | "date" | "bringing" | "brings"
                            )
                        })
                // "Lepu says it has now collected $55M in total".
                || nearest.iter().any(|w| matches!(w.as_str(), "received" | "collected"))
                    && matches!(
                        r.get(..2).map(|w| [w[0].as_str(), w[1].as_str()]),
                        Some(["in", "total" | "all"] | ["so", "far"])
                    )
                // "bringing the total paid to Xiyan under the agreement to CHF 55 million".
                || near_pre.iter().any(|w| w == "paid")
                    && near_pre
                        .iter()
                        .any(|w| matches!(w.as_str(), "bringing" | "brings" | "cumulative"));
            // "After withholding tax, the Company expects to receive approximately US$22.5
            // million from the Additional Upfront Payment": a payment net of tax is no term.
            let taxed = near_pre
                .iter()
                .any(|w| matches!(w.as_str(), "withholding" | "after-tax"))
                || near_pre
                    .windows(2)
                    .any(|w| matches!([w[0].as_str(), w[1].as_str()], ["of" | "after", "tax"]))
                || {
                    let word = |k: usize| r.get(k).map_or("", |w| w.as_str());
                    matches!(
                        [word(0), word(1), word(2)],
                        ["after", "tax" | "withholding" | "taxes", ..]
                            | ["net", "of", "tax" | "taxes" | "withholding"]
                            | ["after-tax", ..]
                    )
                };
            if collected || taxed {
                return (Role::Other, MilestoneScope::default(), true);
            }
            let Some((role, at, words)) = found else {
                weak[i] = !aggregate;
                return (Role::Other, MilestoneScope::default(), false);
            };
            // "a $2 billion-a-year drug", "$500 million annually": a yearly sales rate, unless
            // it is a royalty tier's threshold.
            let r = &rights[i];
            let yearly = r.first().is_some_and(|w| {
                matches!(w.as_str(), "-a-year" | "a-year" | "annually" | "-per-year")
            }) || r.len() >= 2
                && matches!(
                    (r[0].as_str(), r[1].as_str()),
                    ("a" | "per" | "each", "year") | ("per", "annum")
                );
            if yearly && role != Role::Royalty {
                return (Role::Other, MilestoneScope::default(), true);
            }
            // The "pays $X" default is a guess a restatement elsewhere may correct ("Merck
            // KGaA pays $85m …" in a headline, "$85 million option exercise fee" below).
            // So is a cue from an earlier clause ("a fund that holds BeiGene shares, said the
            // $650 million would …").
            soft[i] =
                role == Role::Upfront && at == 0 && std::ptr::eq(words, pre) && before().is_none()
                    || std::ptr::eq(words, pre) && words[at..].iter().any(|w| is_punctuation(w))
                    // So is "Merck's $588M bet" when the text states $588 million as the
                    // upfront: a headline's deal noun names whatever figure it leads with.
                    || role == Role::Total && after.is_none() && before().is_none() && tight;
            // An `other` cue from an earlier clause ("… in cash, so the $200m payment") or a
            // few words away ("how the $650 million will hit the income statement") does
            // not settle what the amount is.
            if role == Role::Other {
                let far = if std::ptr::eq(words, pre) {
                    words.len() - at > 4
                        || words[at..].iter().any(|w| is_punctuation(w) || w == "so")
                } else {
                    at >= 3
                };
                weak[i] = far && !aggregate;
            }
            let role = refine(role, words, at, sentence_words);
            // "… $310 million in cash for part of the royalties Dianshan earns": paid for
            // royalties, not a royalty term.
            let for_royalties = r.iter().take(6).position(|w| w == "for").is_some_and(|p| {
                r[p + 1..]
                    .iter()
                    .take(5)
                    .any(|w| w.starts_with("royalt"))
            });
            let role = if role == Role::Royalty && for_royalties {
                Role::Other
            } else {
                role
            };
            if aggregate && role != Role::Royalty && !(role != Role::Other && listed_after_colon[i])
            {
                weak[i] = false;
                return (Role::Other, MilestoneScope::default(), true);
            }
            if role != Role::Other {
                weak[i] = false;
            }
            let kind = if role == Role::Milestone {
                // "up to $195.0 million upon the achievement of specified development and
                // regulatory milestones": the kinds may come with the condition.
                let cued = milestone_scope(words);
                // "…, and (ii) sales-based milestone payments … first reaching specified
                // thresholds, for aggregate potential milestone payments of up to $985.0
                // million": a clause that sums names no kind of its own, whatever the clauses
                // before it name.
                let clause = &words[words[..at]
                    .iter()
                    .rposition(|w| is_punctuation(w))
                    .map_or(0, |p| p + 1)..];
                let sums = clause
                    .iter()
                    .any(|w| matches!(w.as_str(), "aggregate" | "total" | "combined"));
                if std::ptr::eq(words, pre) && sums && milestone_scope(clause).kinds_named() == 0 {
                    MilestoneScope::default()
                } else if cued.kinds_named() == 0 && !std::ptr::eq(words, pre) {
                    milestone_scope(own_clause(&rights[i]))
                } else {
                    cued
                }
            } else {
                MilestoneScope::default()
            };
            (role, kind, true)
        })
        .collect();

    // "up to US$4.4 billion including that payment, roughly 31.2 billion yuan", "the US$25m
    // upfront is c.RMB179m": an amount in another currency, approximating the one before,
    // is its conversion.
    for i in 1..n {
        // "(~$23M at today's rate)" too.
        let approx = prefixes[i].last().is_some_and(|w| {
            matches!(
                w.as_str(),
                "roughly" | "about" | "approximately" | "around" | "c" | "circa" | "some" | "("
            )
        });
        if !out[i].2
            && approx
            && slots[i].currency != slots[i - 1].currency
            && out[i - 1].2
            && out[i - 1].0 != Role::Other
        {
            out[i] = out[i - 1];
            weak[i] = false;
        }
    }

    // "$300 million falls due at closing, and the remaining $200 million …": the rest of
    // the payment before.
    for i in 1..n {
        let last: Vec<&str> = prefixes[i]
            .iter()
            .rev()
            .take(4)
            .map(|w| w.as_str())
            .collect();
        let rest = last.iter().take(3).any(|w| {
            matches!(
                *w,
                "remaining" | "balance" | "remainder" | "rest" | "including" | "includes"
            )
        }) || last.contains(&"which") && last.contains(&"of")
            || last.contains(&"amount") && last.contains(&"of");
        if !out[i].2 && rest && out[i - 1].0 != Role::Other {
            out[i] = out[i - 1];
            weak[i] = false;
        }
    }

    // "Upfront: $60M ($25M cash + $15M stock at closing)", "$40 million at closing, of which
    // $25 million in cash and $15 million in Pendleford common stock": the parts of a
    // payment, in cash or in shares, are that payment.
    let form = |i: usize| -> Option<&str> {
        let r: Vec<&str> = own_clause(&rights[i])
            .iter()
            .take(5)
            .map(|w| w.as_str())
            .collect();
        // "$35 million upfront, $25 million of it in cash and the rest in shares"
        let of_it = match r.as_slice() {
            ["of", "it" | "that" | "this", ..] => 2,
            _ => 0,
        };
        let first = r[of_it..]
            .iter()
            .position(|w| w != &"in")
            .map_or(of_it, |p| p + of_it);
        if r.get(first) == Some(&"cash") {
            return Some("cash");
        }
        let stock = r
            .iter()
            .take(4)
            .any(|w| matches!(*w, "stock" | "shares" | "ads" | "adss" | "equity"))
            && !r.iter().any(|w| {
                matches!(
                    *w,
                    "investment" | "subscription" | "purchase" | "premium" | "stake" | "price"
                    // "of which $100M buys new Innovent shares": an equity investment.
                    | "buys" | "buy" | "buying" | "subscribes" | "subscribing"
                )
            });
        stock.then_some("stock")
    };
    for i in 1..n {
        let Some(parent) = (0..i).rev().find(|&k| out[k].0 != Role::Other) else {
            continue;
        };
        if !matches!(out[parent].0, Role::Upfront | Role::NearTerm) {
            continue;
        }
        let own = out[i].0;
        let part = match form(i) {
            Some("stock") => own == Role::Equity || !out[i].2,
            Some(_) => own == Role::Other,
            None => false,
        };
        if !part {
            continue;
        }
        let links = |between: &[Word]| {
            !between.is_empty()
                && between.iter().all(|w| {
                    matches!(
                        w.as_str(),
                        "(" | "+" | "and" | "," | "of" | "which" | "in" | "cash" | "plus" | "paid"
                    )
                })
        };
        // (Or after the payment's own words: "$35 million upfront, $25 million in cash".)
        let linked = links(&words_in(slots[parent].end, slots[i].start))
            || parent + 1 == i && !paired[parent] && links(&prefixes[i]);
        if linked {
            out[i] = out[parent];
            weak[i] = false;
        }
    }

    // "up to $890 million in milestones, $240 million of it on development and regulatory
    // events and $650 million on sales": the parts of the payment before, each of its kind.
    let mut i = 1;
    while i < n {
        let r = &rights[i];
        let of_it = r.len() >= 3
            && r[0] == "of"
            && matches!(r[1].as_str(), "it" | "that" | "this")
            && matches!(r[2].as_str(), "on" | "for" | "upon" | "tied" | "linked");
        let parent = out[i - 1];
        if !of_it
            || !matches!(parent.0, Role::Milestone | Role::Upfront | Role::NearTerm)
            || out[i].2 && out[i].0 != Role::Other && out[i].0 != parent.0
        {
            i += 1;
            continue;
        }
        let scope = |words: &[Word]| {
            if parent.0 == Role::Milestone {
                milestone_scope(words)
            } else {
                MilestoneScope::default()
            }
        };
        let own = own_clause(&rights[i]);
        out[i] = (parent.0, scope(own), true);
        weak[i] = false;
        // "… and $650 million on sales": the next part of the list.
        if own.last().is_some_and(|w| w == "and") && i + 1 < n {
            let next = own_clause(&rights[i + 1]);
            if next
                .first()
                .is_some_and(|w| matches!(w.as_str(), "on" | "for" | "upon" | "tied" | "to"))
            {
                out[i + 1] = (parent.0, scope(next), true);
                weak[i + 1] = false;
                i += 1;
            }
        }
        i += 1;
    }

    // "up to €43 million in regulatory milestones and up to €100 million on sales": the next
    // member of a list of milestones, named by the event that pays it.
    for i in 1..n {
        let r = &rights[i];
        let on_sales = r
            .first()
            .is_some_and(|w| matches!(w.as_str(), "on" | "upon" | "tied" | "linked"))
            && r[1..]
                .iter()
                .take(3)
                .any(|w| matches!(w.as_str(), "sales" | "commercial" | "commercialization"));
        let between = &prefixes[i];
        let tail: Vec<&str> = between.iter().map(|w| w.as_str()).collect();
        let listed = matches!(
            tail.as_slice(),
            [.., "and"] | [.., "and", "up", "to"] | [.., "and", "a", "further"] | [.., ","]
        );
        if on_sales && listed && out[i - 1].0 == Role::Milestone && out[i].0 == Role::Other {
            out[i] = (Role::Milestone, milestone_scope(&r[..r.len().min(4)]), true);
            weak[i] = false;
        }
    }

    // A changed figure and the figure it changes share a role, in either order: "The
    // milestone pool rises to $1.147B from $1.093B" (the old figure after the new), "The
    // milestone pool increases from up to $450 million to up to $610 million" (the new after
    // the old).
    for i in 1..n {
        if out[i].2 || out[i - 1].0 == Role::Other {
            continue;
        }
        let gap = local(slots[i - 1].end, slots[i].start).trim_start();
        // (Read as words only when they can match.)
        let (old_after, new_after) = (gap.contains("from"), gap.starts_with("to "));
        if !old_after && !new_after {
            continue;
        }
        let between = words_in(slots[i - 1].end, slots[i].start);
        let words: Vec<&str> = between.iter().map(|w| w.as_str()).collect();
        let old_after_new = old_after
            && out[i].0 == Role::Other
            && matches!(
                words.as_slice(),
                ["from"] | ["from", "up", "to"] | ["from", "about"]
            )
            && prefixes[i - 1].iter().rev().take(5).any(|w| {
                matches!(
                    w.as_str(),
                    "rises"
                        | "rose"
                        | "increases"
                        | "increased"
                        | "grows"
                        | "grew"
                        | "climbs"
                        | "goes"
                        | "raised"
                        | "lifted"
                        | "lifts"
                )
            });
        let new_after_old = new_after
            && matches!(
                words.as_slice(),
                ["to"] | ["to", "up", "to"] | ["to", "a", "maximum", "of"] | ["to", "about"]
            )
            && prefixes[i - 1]
                .iter()
                .rev()
                .find(|w| !matches!(w.as_str(), "up" | "to" | "about" | "approximately"))
                .is_some_and(|w| w == "from");
        if old_after_new || new_after_old {
            out[i] = out[i - 1];
            weak[i] = false;
        }
    }

    // "up to $40 million in development milestones … and up to $210 million in sales
    // milestones, or up to $345 million per program": the list restated as one sum.
    for i in 1..n {
        if out[i].2
            || out[i - 1].0 != Role::Milestone
            || !local(slots[i - 1].end, slots[i].start).contains("or")
        {
            continue;
        }
        let between = words_in(slots[i - 1].end, slots[i].start);
        let tail: Vec<&str> = between.iter().rev().take(4).map(|w| w.as_str()).collect();
        let restated = matches!(tail.as_slice(), ["to", "up", "or", ","] | ["or", ","]);
        if restated {
            out[i] = out[i - 1];
            out[i].1 = MilestoneScope::default();
            weak[i] = false;
        }
    }

    // "(US$3.5bn development/regulatory and US$13.8bn sales)": "sales" after a member of a
    // list of milestones names the next kind, not a sales figure.
    for i in 1..n {
        if out[i].0 != Role::Other || out[i - 1].0 != Role::Milestone {
            continue;
        }
        let kind_after = rights[i]
            .first()
            .is_some_and(|w| matches!(w.as_str(), "sales" | "commercial"))
            && rights[i]
                .get(1)
                .is_none_or(|w| is_punctuation(w) || matches!(w.as_str(), "milestones" | "and"));
        let listed = matches!(
            words_in(slots[i - 1].end, slots[i].start)
                .last()
                .map(|w| w.as_str()),
            Some("and" | "," | ";")
        );
        if kind_after && listed {
            out[i] = (
                Role::Milestone,
                MilestoneScope::one(MilestoneKind::Commercial),
                true,
            );
            weak[i] = false;
        }
    }

    // "Milestones: up to $845M (development/regulatory $195M; sales $650M)": the kinds in
    // parentheses after milestones split them; "sales" there names no sales figure.
    let bracketed = sentence.contains('(');
    for i in 1..n {
        if !bracketed || !matches!(out[i].0, Role::Other | Role::Milestone) {
            continue;
        }
        // The milestone amount the open parenthesis follows.
        let parent = (0..i)
            .rev()
            .take_while(|&k| !local(slots[k].end, slots[i].start).contains(')'))
            .find(|&k| {
                out[k].0 == Role::Milestone && local(slots[k].end, slots[i].start).contains('(')
            });
        let Some(parent) = parent else {
            continue;
        };
        let gap = local(slots[parent].end, slots[i].start);
        let label_start = gap.rfind(['(', ';', ',']).map_or(0, |p| p + 1);
        let is_kinds = |label: &[Word]| {
            !label.is_empty()
                && label.iter().all(|w| {
                    matches!(
                        w.as_str(),
                        "development"
                            | "regulatory"
                            | "sales"
                            | "commercial"
                            | "clinical"
                            | "dev"
                            | "reg"
                            | "dev/reg"
                            | "/"
                            | "and"
                            | "&"
                            | "-based"
                            | "sales-based"
                    )
                })
        };
        let before = words_in(slots[parent].end + label_start, slots[i].start);
        // ("($285M dev/reg, $600M sales)": or the kind after the amount.)
        let after = own_clause(&rights[i]);
        let label = if is_kinds(&before) {
            Some(&before[..])
        } else if is_kinds(after) {
            Some(after)
        } else {
            None
        };
        if let Some(label) = label {
            out[i] = (Role::Milestone, milestone_scope(label), true);
            weak[i] = false;
        }
    }

    // "Milestones: up to $155M development, $240M regulatory and $900M sales", "of which
    // US$155mn development, US$240mn regulatory and US$900mn sales-based": the next member of
    // a list of milestones, each named by its kind.
    let kind = |w: &str| {
        matches!(
            w,
            "development" | "regulatory" | "clinical" | "commercial" | "sales" | "sales-based"
        )
    };
    // "the Innovent–Roche DLL3 ADC deal ($80M upfront, up to $1.08B)": a deal's terms in
    // brackets, the upfront and then what it can reach.
    for i in 1..n {
        if out[i].2 || out[i].0 != Role::Other || out[i - 1].0 != Role::Upfront {
            continue;
        }
        let between = words_in(slots[i - 1].end, slots[i].start);
        let reach = matches!(
            between
                .iter()
                .map(|w| w.as_str())
                .collect::<Vec<_>>()
                .as_slice(),
            ["upfront" | "up-front", ",", "up", "to"] | ["upfront" | "up-front", ",", "worth"]
        );
        let opened = local(offset, slots[i - 1].start).trim_end();
        let of_deal = opened.strip_suffix('(').is_some_and(|b| {
            let last = b
                .trim_end()
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            matches!(
                last.as_str(),
                "deal" | "licence" | "license" | "agreement" | "pact" | "transaction"
            )
        });
        if reach && of_deal && local(slots[i].end, offset + sentence.len()).starts_with(')') {
            out[i] = (Role::Total, MilestoneScope::default(), true);
            weak[i] = false;
        }
    }

    // (A member's "sales" names its kind here, not revenue.)
    for i in 1..n {
        if out[i].0 != Role::Other || out[i - 1].0 != Role::Milestone {
            continue;
        }
        let between = words_in(slots[i - 1].end, slots[i].start);
        let listed = between.first().is_some_and(|w| kind(w))
            && between
                .iter()
                .all(|w| kind(w) || matches!(w.as_str(), "," | "and" | "up" | "to"));
        let own = rights[i].first().is_some_and(|w| kind(w));
        if listed && own {
            let named: Vec<Word> = rights[i]
                .iter()
                .take_while(|w| kind(w) || w.as_str() == "and")
                .cloned()
                .collect();
            out[i] = (Role::Milestone, milestone_scope(&named), true);
            weak[i] = false;
        }
    }

    // "a further US$65mn if it decides to take up the licence", "$65M more if it exercises":
    // what taking up an option costs is the exercise fee.
    for i in 0..n {
        if out[i].2 || out[i].0 != Role::Other {
            continue;
        }
        let r = &rights[i];
        let from = usize::from(r.first().is_some_and(|w| w == "more"));
        let conditional = r
            .get(from)
            .is_some_and(|w| matches!(w.as_str(), "if" | "when" | "should" | "once"));
        let near: Vec<&str> = r
            .iter()
            .skip(from + 1)
            .take(9)
            .take_while(|w| !is_punctuation(w))
            .map(|w| w.as_str())
            .collect();
        let exercises = near.iter().enumerate().any(|(k, w)| {
            matches!(*w, "exercises" | "exercise" | "exercised" | "opts")
                || matches!(*w, "take" | "takes")
                    && near.get(k + 1) == Some(&"up")
                    && near[k + 2..]
                        .iter()
                        .take(3)
                        .any(|n| matches!(*n, "licence" | "license" | "option" | "rights"))
        });
        // (Not "about $12 billion if everything is exercised and hit": the headline.)
        let everything = near
            .iter()
            .any(|w| matches!(*w, "everything" | "every" | "all" | "each"));
        if conditional && exercises && !everything {
            out[i] = (Role::Option, MilestoneScope::default(), true);
            weak[i] = false;
        }
    }

    // "up to $1.62B in development and $3.6B in sales milestones": the kinds named after the
    // first amount are milestones the second one's word names.
    for i in 0..n.saturating_sub(1) {
        let r = &rights[i];
        let kinds = r.len() >= 3
            && r[0] == "in"
            && r[r.len() - 1] == "and"
            && r[1..r.len() - 1].iter().all(|w| {
                matches!(
                    w.as_str(),
                    "development" | "regulatory" | "clinical" | "sales" | "commercial" | "and"
                )
            });
        if kinds && !out[i].2 && out[i].0 == Role::Other && out[i + 1].0 == Role::Milestone {
            out[i] = (Role::Milestone, milestone_scope(&r[1..]), true);
            weak[i] = false;
        }
    }

    // "The upfront is $120 million, paid in two tranches: $70 million on closing … and $50
    // million twelve months later": an instalment without a cue of its own is part of the
    // amount that was split.
    let tranche = |w: &str| {
        matches!(
            w,
            "tranche" | "tranches" | "instalment" | "instalments" | "installment" | "installments"
        )
    };
    let split_sentence = sentence_words.iter().any(|w| tranche(w));
    let tranche_words: Vec<(usize, usize)> = if split_sentence {
        word_spans(sentence, tranche)
            .into_iter()
            .map(|(s, e)| (s + offset, e + offset))
            .collect()
    } else {
        Vec::new()
    };
    for i in 1..n {
        if out[i].2 || !split_sentence {
            continue;
        }
        // "payable in tranches when net sales first reach US$0.5, 1.0 and 1.5 billion": the
        // members of a list follow their list, not the split.
        if is_list_link(local(slots[i - 1].end, slots[i].start)) {
            continue;
        }
        // The nearest amount before the last instalment word that ends before this one.
        let last_word = tranche_words
            .iter()
            .rev()
            .find(|&&(_, end)| end <= slots[i].start)
            .map(|&(start, _)| start);
        // (Amounts do not overlap, so their ends are in order too.)
        let split =
            last_word.and_then(|t| slots[..i].partition_point(|s| s.end <= t).checked_sub(1));
        if let Some(k) = split.filter(|&k| out[k].2 && out[k].0 != Role::Other) {
            out[i] = out[k];
            weak[i] = false;
        }
    }

    // "$90m upfront, USD25m due on US IND clearance", "a further $5.0 million upon
    // completion of the transfer of manufacturing know-how": a payment without a name of its
    // own, due on a near event, after the upfront, is near-term.
    for i in 0..n {
        // ("… within 30 days of signing, and a further US$7 million once the transfer of the
        // manufacturing process …": the signing named before belongs to the upfront.)
        let p = &prefixes[i];
        let further = ends_with(p, &["a", "further"])
            || ends_with(p, &["an", "additional"])
            || ends_with(p, &["another"]);
        let named_after = rights[i]
            .first()
            .is_some_and(|w| matches!(w.as_str(), "upfront" | "up-front"));
        let firm = out[i].2 && !(further && out[i].0 == Role::Upfront && !named_after);
        // ("- A further $15 million once the FDA clears … IND": a bullet of its own after the
        // upfront's; "a further" says a payment came before.)
        if firm || !(further || (0..i).any(|k| out[k].0 == Role::Upfront)) {
            continue;
        }
        let due = condition(
            &rights[i],
            3,
            &[
                "upon",
                "on",
                "due",
                "following",
                "after",
                "at",
                "payable",
                "when",
                "once",
            ],
            7,
        );
        let near_event = due.is_some_and(|clause| {
            clause.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "completion"
                        | "transfer"
                        | "transferred"
                        | "clearance"
                        | "clears"
                        | "cleared"
                        | "ind"
                        | "investigational"
                        | "dosing"
                        | "dosed"
                        | "initiation"
                        | "acceptance"
                        | "delivery"
                        | "supply"
                        | "know-how"
                )
            })
        });
        if near_event {
            out[i] = (Role::NearTerm, MilestoneScope::default(), true);
            weak[i] = false;
        }
    }

    // "Upfront US$65mn, split into US$32.5mn in cash and US$32.5mn in Braveheart shares":
    // the parts of a payment are that payment, whatever form each part takes.
    // (The words between the whole and its first part: "US$1,060 million, comprising upfront
    // payments of US$60 million (about HK$468 million) and milestone payments …" splits the
    // headline, not the upfront.)
    for i in 1..n {
        if paired[i - 1] {
            continue;
        }
        let p = words_in(slots[i - 1].end, slots[i].start);
        let splits = p.iter().any(|w| w == "comprising")
            || p.windows(3)
                .any(|w| w[0] == "made" && w[1] == "up" && w[2] == "of")
            || p.windows(2).any(|w| {
                matches!(
                    (w[0].as_str(), w[1].as_str()),
                    ("split" | "divided" | "broken", "into" | "between")
                        | ("consisting" | "made", "of")
                )
            });
        if !splits || !out[i - 1].2 || !matches!(out[i - 1].0, Role::Upfront | Role::Equity) {
            continue;
        }
        let whole = out[i - 1];
        let mut k = i;
        while k < n {
            out[k] = whole;
            weak[k] = false;
            if k + 1 >= n || local(slots[k].end, slots[k + 1].start).contains([';', '.']) {
                break;
            }
            // "…, with another $10 million due after technology transfer and up to $1.013
            // billion in milestones": what follows the parts is a term of its own.
            let link = words_in(slots[k].end, slots[k + 1].start);
            let another = link
                .iter()
                .any(|w| matches!(w.as_str(), "another" | "plus" | "while"));
            // (A part "that we valued at $12MM" is still a part.)
            let own_term = out[k + 1].2
                && matches!(
                    out[k + 1].0,
                    Role::Milestone | Role::NearTerm | Role::Option | Role::Royalty
                );
            if another || own_term {
                break;
            }
            k += 1;
        }
    }

    // "recognize … expense of $25.0 million for the upfront payment", "record the upfront
    // payment of $25.0 million as acquired in-process research and development expense":
    // what the books show, not a term.
    for i in 0..n {
        let p = &prefixes[i];
        // ("Acquired IPR&D expense was $60.0 million … related to the upfront payment".)
        let expensed_before = p.len() >= 2
            && matches!(
                p[p.len() - 1].as_str(),
                "of" | "was" | "were" | "totaled" | "totalled"
            )
            && matches!(p[p.len() - 2].as_str(), "expense" | "expenses" | "charge");
        let r = &rights[i];
        // ("The $35.0 million upfront for MD-5120 will be recorded as acquired …".)
        let booked_as = r.iter().take(2).position(|w| w == "as").is_some_and(|k| {
            r[k + 1..].iter().take(8).any(|w| {
                matches!(
                    w.as_str(),
                    "expense" | "expenses" | "expensed" | "charge" | "revenue"
                )
            })
        });
        // "buys new Qiantang shares at HK$41.20": the price of a share, whatever the
        // payment around it.
        let share_price = prefixes[i].len() >= 2
            && prefixes[i][prefixes[i].len() - 1] == "at"
            && matches!(
                prefixes[i][prefixes[i].len() - 2].as_str(),
                "shares" | "share" | "ads" | "adss"
            )
            && local(slots[i].start, slots[i].end).ends_with(|c: char| c.is_ascii_digit());
        if share_price {
            out[i] = (Role::Other, MilestoneScope::default(), true);
            weak[i] = false;
            continue;
        }
        // "on top of the $18M Glenmark paid when the deal was signed": paid at signing.
        let at_signing = !out[i].2 && out[i].0 == Role::Other && {
            let near: Vec<&str> = r.iter().take(9).map(|w| w.as_str()).collect();
            near.iter()
                .take(4)
                .position(|w| *w == "paid")
                .is_some_and(|p| {
                    matches!(near.get(p + 1), Some(&("when" | "at" | "on" | "upon")))
                        && near[p + 1..]
                            .iter()
                            .take(5)
                            .any(|w| matches!(*w, "signed" | "signing" | "signature"))
                })
        };
        // "DualityBio can earn up to $975 million more", "… can collect as much as $1.34
        // billion more": what is still to be earned.
        let more_to_earn = !out[i].2
            && out[i].0 == Role::Other
            && r.first().is_some_and(|w| w == "more")
            && matches!(
                prefixes[i]
                    .iter()
                    .rev()
                    .take(4)
                    .map(|w| w.as_str())
                    .collect::<Vec<_>>()
                    .as_slice(),
                ["to", "up", "earn" | "receive" | "collect", ..]
                    | ["as", "much", "as", "earn" | "receive" | "collect"]
            );
        // "$22 million for an exclusive option to license SXP-771", "$12 million for the right
        // to license WQB-2290": the price of an option (not "for the exclusive right to
        // develop …", a licence's upfront).
        let for_option =
            matches!(out[i].0, Role::Other | Role::Upfront) && out[i].1.kind.is_none() && {
                let w: Vec<&str> = r.iter().take(6).map(|w| w.as_str()).collect();
                let w = match w.as_slice() {
                    ["for", "an" | "the", "exclusive", rest @ ..] => rest,
                    ["for", "an" | "the", rest @ ..] => rest,
                    _ => &[][..],
                };
                matches!(
                    w,
                    ["option", ..]
                        | [
                            "right",
                            "to",
                            "license" | "licence" | "obtain" | "decide",
                            ..
                        ]
                )
            };
        if for_option {
            out[i] = (Role::Option, MilestoneScope::default(), true);
            weak[i] = false;
            continue;
        }
        if at_signing || more_to_earn {
            let role = if at_signing {
                Role::Upfront
            } else {
                Role::Milestone
            };
            out[i] = (role, MilestoneScope::default(), true);
            weak[i] = false;
            continue;
        }
        // "up to €1.4B (~$1.5B) including tech transfer, the option fee and milestones": an
        // amount said to include milestones and another kind of payment is the headline (so
        // is its conversion in brackets).
        let converted = i + 1 < n
            && r.first().is_some_and(|w| w == "(")
            && r.len() == 1
            && slots[i + 1].currency != slots[i].currency;
        let said_after: &[Word] = if converted {
            let next = &rights[i + 1];
            &next[usize::from(next.first().is_some_and(|w| w == ")"))..]
        } else {
            r
        };
        if said_after
            .first()
            .is_some_and(|w| matches!(w.as_str(), "including" | "includes"))
        {
            let listed: Vec<&str> = said_after[1..]
                .iter()
                .take(12)
                .take_while(|w| !matches!(w.as_str(), ";" | "(" | ")"))
                .map(|w| w.as_str())
                .collect();
            let milestones = listed.iter().any(|w| w.starts_with("milestone"));
            let another = listed.iter().any(|w| {
                matches!(
                    *w,
                    "upfront" | "up-front" | "option" | "transfer" | "exercise"
                )
            });
            if milestones && another && out[i].0 != Role::Total {
                out[i] = (Role::Total, MilestoneScope::default(), true);
                weak[i] = false;
                if converted {
                    out[i + 1] = out[i];
                    weak[i + 1] = false;
                }
                continue;
            }
        }
        if let Some(role) = reworded_term(&prefixes[i], r, out[i].0) {
            out[i] = (role, MilestoneScope::default(), true);
            weak[i] = false;
            continue;
        }
        // "What GSK committed to on day one is $500M": paid on day one.
        let day_one = |w: &[Word]| {
            w.windows(2).any(|p| p[0] == "day" && p[1] == "one") || w.iter().any(|v| v == "day-one")
        };
        let tail = &prefixes[i][prefixes[i].len().saturating_sub(5)..];
        let on_day_one = !out[i].2
            && out[i].0 == Role::Other
            && (day_one(tail)
                && tail
                    .last()
                    .is_some_and(|w| matches!(w.as_str(), "is" | "was"))
                || r.first().is_some_and(|w| w == "on") && day_one(&r[..r.len().min(3)]));
        // '"nearly $5.3B" on paper': the value the deal claims.
        let on_paper =
            !out[i].2 && out[i].0 == Role::Other && r.len() >= 2 && r[0] == "on" && r[1] == "paper";
        // "Hengrui → IDEAYA (DLL3 ADC, Dec 2024): $75M on $1.045B": an upfront on its
        // headline, the way comparables are listed.
        let upfront_on = |k: usize| {
            k + 1 < n
                && !out[k].2
                && !out[k + 1].2
                && out[k].0 == Role::Other
                && out[k + 1].0 == Role::Other
                && local(slots[k].end, slots[k + 1].start) == " on "
                && slots[k].currency == slots[k + 1].currency
        };
        if upfront_on(i) {
            out[i] = (Role::Upfront, MilestoneScope::default(), true);
            out[i + 1] = (Role::Total, MilestoneScope::default(), true);
            weak[i] = false;
            weak[i + 1] = false;
            continue;
        }
        // "$3.5B for development and regulatory events, $13.8B for sales", "€95m tied to
        // development events, €135m to regulatory approvals": a milestone share named by kind.
        let kind_share = out[i].0 == Role::Other
            && out[..i].iter().any(|o| o.0 == Role::Milestone)
            && r.first()
                .is_some_and(|w| matches!(w.as_str(), "for" | "to"))
            && r.iter().skip(1).take(3).any(|w| {
                matches!(
                    w.as_str(),
                    "sales"
                        | "commercial"
                        | "development"
                        | "regulatory"
                        | "approval"
                        | "approvals"
                )
            });
        // "up to US$200m development/regulatory and US$5.725bn sales milestones": kinds
        // before "and", the milestones named once after the next amount.
        let kinds_before_next = out[i].0 == Role::Other
            && i + 1 < n
            && out[i + 1].0 == Role::Milestone
            && !r.is_empty()
            && r.iter().all(|w| {
                matches!(
                    w.as_str(),
                    "development" | "regulatory" | "clinical" | "sales" | "commercial" | "and"
                )
            })
            && r.last().is_some_and(|w| w == "and");
        let kind_share = kind_share || kinds_before_next;
        if kind_share {
            out[i] = (Role::Milestone, MilestoneScope::default(), true);
            weak[i] = false;
            continue;
        }
        if on_day_one || on_paper {
            let role = if on_day_one {
                Role::Upfront
            } else {
                Role::Total
            };
            out[i] = (role, MilestoneScope::default(), true);
            weak[i] = false;
            continue;
        }
        // "Kite put $120M down for worldwide rights": a down payment.
        let put_down = r.first().is_some_and(|w| w == "down")
            && prefixes[i]
                .last()
                .is_some_and(|w| matches!(w.as_str(), "put" | "puts" | "putting"));
        if put_down && !out[i].2 {
            out[i] = (Role::Upfront, MilestoneScope::default(), true);
            weak[i] = false;
            continue;
        }
        // "income … comprised RMB142.1 million recognised in respect of the additional upfront
        // payment": revenue booked for a payment, not the payment.
        let recognised = r
            .first()
            .is_some_and(|w| matches!(w.as_str(), "recognised" | "recognized"))
            && r.get(1)
                .is_some_and(|w| matches!(w.as_str(), "in" | "for" | "from" | "as" | "under"));
        if expensed_before || booked_as || recognised {
            out[i] = (Role::Other, MilestoneScope::default(), true);
            weak[i] = false;
        }
    }

    // "$25.1 million of the first installment", "US$10 million of the upfront": a part of
    // the upfront. "the Shares, with a value of approximately $25.1 million": the worth of
    // something, which the text states elsewhere, not a headline.
    for i in 0..n {
        let r = &rights[i];
        // (Not "$4.6 million of the Velloran upfront payment recognized as …": revenue.)
        let booked = r
            .iter()
            .take(8)
            .any(|w| matches!(w.as_str(), "recognized" | "recognised"));
        let of_upfront = !booked
            && r.first().is_some_and(|w| w == "of")
            && r.get(1).is_some_and(|w| w == "the")
            && (r[2..].iter().take(2).any(|w| {
                matches!(
                    w.as_str(),
                    "installment" | "instalment" | "tranche" | "upfront" | "up-front"
                )
            }) || r
                .get(2)
                .is_some_and(|w| matches!(w.as_str(), "first" | "initial"))
                && r.get(3).is_some_and(|w| w.starts_with("payment")));
        // "$2.00 per share in cash …, valuing the company at about $1.0 billion": the price of
        // a takeover paid in cash.
        let p = &prefixes[i];
        let valued_company = p
            .iter()
            .rev()
            .take(6)
            .any(|w| matches!(w.as_str(), "valuing" | "values" | "value"))
            && p.iter().rev().take(4).any(|w| w == "company")
            // "$2.00 per Gracell ordinary share in cash"
            && sentence_words.windows(4).any(|w| {
                w[0] == "per"
                    && w[1..].iter().any(|x| {
                        x.starts_with("share") || matches!(x.as_str(), "ordinary" | "ads" | "adss")
                    })
            })
            && sentence_words.iter().any(|w| w == "cash");
        // "…, valuing that deal at as much as US$1.94 billion": the headline.
        let valued_deal = p.iter().rev().take(8).any(|w| w == "valuing")
            && p.iter()
                .rev()
                .take(6)
                .any(|w| TIGHT_TOTAL.contains(&w.as_str()));
        if valued_deal {
            out[i] = (Role::Total, MilestoneScope::default(), true);
            weak[i] = false;
            continue;
        }
        // "The US$517.5 million … covers an upfront payment together with development,
        // regulatory and commercial milestones": the sum of both is the headline.
        let covers = r
            .iter()
            .take(8)
            .position(|w| matches!(w.as_str(), "covers" | "covering" | "comprises" | "spans"));
        let covers_both = covers.is_some_and(|k| {
            let rest = &r[k + 1..];
            rest.iter()
                .take(6)
                .any(|w| w == "upfront" || w == "up-front")
                // ("covering the upfront payment and pre-option milestones" is paid now.)
                && rest.iter().take(16).enumerate().any(|(j, w)| {
                    w.starts_with("milestone")
                        && !(j > 0
                            && matches!(rest[j - 1].as_str(), "pre-option" | "near-term" | "initial"))
                })
        });
        if covers_both {
            out[i] = (Role::Total, MilestoneScope::default(), true);
            weak[i] = false;
            // … and so is the amount it converts ("The US$517.5 million, or roughly HK$4
            // billion, covers …").
            let converts = prefixes[i].last().is_some_and(|w| {
                matches!(w.as_str(), "roughly" | "about" | "approximately" | "around")
            });
            if i > 0 && converts && slots[i].currency != slots[i - 1].currency {
                out[i - 1] = out[i];
                weak[i - 1] = false;
            }
            continue;
        }
        if of_upfront || valued_company {
            out[i] = (Role::Upfront, MilestoneScope::default(), true);
            weak[i] = false;
            continue;
        }
        // So is "which had a fair value of $14.5 million".
        if out[i].0 == Role::Total && {
            let whole = local(offset, slots[i].start).trim_end();
            let near = &whole[crate::text::floor_boundary(whole, whole.len().saturating_sub(40))..];
            let before = near.to_ascii_lowercase();
            let before = before
                .trim_end_matches("approximately")
                .trim_end_matches("about")
                .trim_end();
            before.ends_with("with a value of") || before.ends_with("fair value of")
        } {
            out[i] = (Role::Other, MilestoneScope::default(), false);
            weak[i] = true;
        }
    }

    // "$110 million in upfront and near-term payments …, with up to $5.925 billion more on
    // the table": what may follow the upfront is milestones.
    for i in 1..n {
        let more = rights[i]
            .first()
            .is_some_and(|w| w == "more" || w == "further");
        let ceiling = ends_with(&prefixes[i], &["up", "to"])
            || ends_with(&prefixes[i], &["as", "much", "as"]);
        if more
            && ceiling
            && out[..i].iter().any(|o| o.0 == Role::Upfront)
            && out[i].0 != Role::Milestone
        {
            out[i] = (Role::Milestone, MilestoneScope::default(), true);
            weak[i] = false;
        }
    }

    // "Including the upfront, Mabwell is eligible for up to $412.5 million in development,
    // regulatory and commercial payments": the payments with the upfront are the headline.
    let opens_including = sentence_words
        .first()
        .is_some_and(|w| w == "including" || w == "inclusive")
        && sentence_words
            .iter()
            .take(4)
            .any(|w| w == "upfront" || w == "up-front");
    if opens_including {
        for o in out.iter_mut().filter(|o| o.0 == Role::Milestone) {
            *o = (Role::Total, MilestoneScope::default(), true);
        }
    }

    // "RMB 150mn upfront, up to RMB 1bn including milestones": an amount that includes a
    // kind of payment, itself unnamed, is the headline.
    for i in 0..n {
        if out[i].2 && !soft[i] {
            continue;
        }
        let r = &rights[i];
        let includes = match r.first().map(|w| w.as_str()) {
            Some("including" | "incl" | "incl.") => 1,
            Some("inclusive") if r.get(1).is_some_and(|w| w == "of") => 2,
            _ => continue,
        };
        let kind = r[includes..]
            .iter()
            .take(3)
            .any(|w| w.starts_with("milestone") || matches!(w.as_str(), "upfront" | "up-front"));
        if kind {
            out[i] = (Role::Total, MilestoneScope::default(), true);
            weak[i] = false;
        }
    }

    // "a further $10 million upon completion of technology transfer", "$300 million once the
    // technology is transferred": the payment for a technology transfer is a near-term one.
    for i in 0..n {
        if matches!(
            out[i].0,
            Role::Total | Role::Equity | Role::Option | Role::Royalty
        ) {
            continue;
        }
        let Some(clause) = condition(
            &rights[i],
            4,
            &["when", "once", "upon", "on", "after", "for"],
            10,
        ) else {
            continue;
        };
        let technology = clause.iter().any(|w| w == "technology");
        let transfer = clause
            .iter()
            .any(|w| matches!(w.as_str(), "transfer" | "transfers" | "transferred"));
        if technology && transfer {
            out[i] = (Role::NearTerm, MilestoneScope::default(), true);
            weak[i] = false;
        }
    }

    // "£4m option fee now and £22m if it exercises": what is due on exercise is an option
    // payment; "paid US$15 million last year when the Phase 1 study was completed": what a
    // party paid on a trial or regulatory event is a milestone.
    for i in 0..n {
        if out[i].2 && !soft[i] {
            continue;
        }
        // "… US$15 million last year when …"
        let Some(clause) = condition(
            &rights[i],
            4,
            &["if", "when", "once", "should", "upon", "on", "after"],
            8,
        ) else {
            continue;
        };
        let exercise = clause.iter().take(4).any(|w| {
            matches!(
                w.as_str(),
                "exercise" | "exercises" | "exercised" | "exercising"
            )
        });
        // "… about $12 billion if everything is exercised and hit": what every option and
        // milestone adds up to is the headline.
        let every = clause
            .first()
            .is_some_and(|w| matches!(w.as_str(), "all" | "every" | "everything"));
        if exercise && every {
            out[i] = (Role::Total, MilestoneScope::default(), true);
            weak[i] = false;
        } else if exercise {
            out[i] = (Role::Option, MilestoneScope::default(), true);
            weak[i] = false;
        } else if out[i].0 == Role::Upfront
            && clause.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "study" | "trial" | "phase" | "approval" | "approved" | "dosed" | "dosing"
                )
            })
            && clause.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "completed"
                        | "started"
                        | "began"
                        | "initiated"
                        | "approved"
                        | "dosed"
                        | "met"
                        | "achieved"
                        | "granted"
                        | "read"
                )
            })
        {
            out[i] = (Role::Milestone, MilestoneScope::default(), true);
            weak[i] = false;
        }
    }

    // "up to $18M in near-term milestones over two years: $5, $5 and $8 million at …": a
    // list after a colon breaks down the amount before it.
    for i in 1..n {
        if !out[i].2
            && prefixes[i]
                .last()
                .is_some_and(|w| matches!(w.as_str(), ":" | "–" | "—"))
            && out[i - 1].2
            && out[i - 1].0 != Role::Other
        {
            out[i] = out[i - 1];
            weak[i] = false;
        }
    }
    // "Up to $1.275B all in.": said of a sentence's first amount with no cue of its own, the
    // whole deal (not "Revenue was $30M in all.").
    if n > 0
        && out[0].0 == Role::Other
        && !out[0].2
        && matches!(own_clause(&rights[0]), [a, b] if in_all(a, b))
    {
        out[0] = (Role::Total, MilestoneScope::default(), true);
        weak[0] = false;
    }
    // "… milestones of up to €190 million and … of up to €690 million, together up to €880
    // million": the sum of the milestones just named (of an upfront and milestones, the total).
    // ("…: $5.6 billion in all.", "…, or $5.6 billion all told.", "so $950M all in.")
    for i in 1..n {
        let summing = prefixes[i].iter().any(|w| {
            matches!(
                w.as_str(),
                "together" | "combined" | "altogether" | "all-in"
            )
        });
        // (Said after the amount, it overrules a cue before.)
        let told = matches!(own_clause(&rights[i]), [a, b] if in_all(a, b));
        if (told || !out[i].2 && summing) && out[..i].iter().all(|o| o.0 != Role::Other) {
            // ("up to $640 million in … milestones, so $665 million in all": one milestone
            // figure and more is the whole deal.)
            let role = if out[..i].iter().all(|o| o.0 == Role::Milestone) && !(told && i == 1) {
                Role::Milestone
            } else {
                Role::Total
            };
            out[i] = (role, MilestoneScope::default(), true);
            weak[i] = false;
            // "€185M all in (~$195.4M)": its conversion in brackets goes with it.
            let converted = i + 1 < n
                && slots[i + 1].currency != slots[i].currency
                && prefixes[i + 1].last().is_some_and(|w| w == "(")
                && out[i + 1].0 == Role::Other;
            if converted {
                out[i + 1] = out[i];
                weak[i + 1] = false;
            }
        }
    }

    // "it agreed to purchase ordinary shares of Linyue for an aggregate purchase price of
    // $15.0 million": the price of shares bought from the partner is an equity investment
    // (not all outstanding shares: a takeover; not an offering or a round).
    for i in 0..n {
        if out[i].0 != Role::Other {
            continue;
        }
        let pre = &prefixes[i];
        let buys = pre.iter().enumerate().any(|(k, w)| {
            matches!(
                w.as_str(),
                "purchase"
                    | "purchases"
                    | "purchased"
                    | "buy"
                    | "buys"
                    | "bought"
                    | "subscribe"
                    | "subscribes"
                    | "subscribed"
            ) && pre[k + 1..]
                .iter()
                .take(4)
                .any(|n| matches!(n.as_str(), "shares" | "stock"))
        });
        // (Nor the filer's own shares, bought by its partner: "Junshi agreed to purchase
        // shares of the Company's common stock".)
        let takeover_or_round = pre.iter().any(|w| {
            matches!(
                w.as_str(),
                "outstanding"
                    | "offering"
                    | "ipo"
                    | "placing"
                    | "series"
                    | "round"
                    | "company's"
                    | "our"
                    | "us"
            )
        });
        let priced = pre
            .iter()
            .rev()
            .take(6)
            .any(|w| matches!(w.as_str(), "price" | "for"));
        if buys && priced && !takeover_or_round {
            out[i] = (Role::Equity, MilestoneScope::default(), true);
            weak[i] = false;
        }
    }

    // "a private placement of $60 million of its common stock with new and existing
    // institutional investors": shares sold to investors are a financing, not a partner's
    // equity investment.
    // (Not a partner buying "at the price paid by other investors in that round".)
    let financing = sentence_words.windows(2).any(|w| {
        w[1] == "investors"
            && matches!(
                w[0].as_str(),
                "institutional"
                    | "accredited"
                    | "existing"
                    | "healthcare"
                    | "specialist"
                    | "qualified"
            )
    }) && sentence_words
        .iter()
        .any(|w| matches!(w.as_str(), "placement" | "offering" | "financing"));
    if financing {
        for i in 0..n {
            if out[i].0 == Role::Equity {
                out[i] = (Role::Other, MilestoneScope::default(), true);
                weak[i] = false;
            }
        }
    }

    // "a $47M upfront-and-near-term package": a payment named in one compound word before a
    // deal noun is that payment, not the headline.
    for i in 0..n {
        let compound = rights[i].first().is_some_and(|w| {
            ["upfront-and-", "upfront-plus-", "up-front-and-"]
                .iter()
                .any(|p| w.starts_with(p))
        });
        if compound {
            out[i] = (Role::Upfront, MilestoneScope::default(), true);
            weak[i] = false;
        }
    }

    // "up to $1.34 billion in further payments, around $70 million of which is expected in
    // the near term": the part said to come soon is near-term.
    for i in 1..n {
        let r = &rights[i];
        let of_which = r.len() >= 2 && r[0] == "of" && r[1] == "which";
        let near = r
            .iter()
            .skip(2)
            .take(8)
            .take_while(|w| !is_punctuation(w))
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w[0] == "near" && w[1] == "term")
            || r.iter().skip(2).take(8).any(|w| w == "near-term");
        if of_which && near {
            out[i] = (Role::NearTerm, MilestoneScope::default(), true);
            weak[i] = false;
        }
    }

    // "Total of (i) and (ii): up to USD 11,400 million": a label that opens with "total"
    // names the first amount after its colon, whatever payments it lists.
    if n > 0 {
        let before = words_in(offset, slots[0].start);
        let colon = before.iter().position(|w| w == ":");
        let labelled = colon.is_some_and(|c| {
            c <= 12
                && matches!(before.first().map(|w| w.as_str()), Some("total" | "aggregate"))
                && before.len() - c <= 4
                // (Not "Total revenue:", "Total operating expenses:".)
                && !(0..c).any(|p| cue_at(&before[..c], p).is_some_and(|(r, _)| r == Role::Other))
                && !before[..c].iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "revenue" | "revenues" | "expenses" | "assets" | "liabilities" | "cash"
                            | "income" | "loss" | "sales" | "costs" | "equity" | "debt"
                    )
                })
        });
        if labelled {
            out[0] = (Role::Total, MilestoneScope::default(), true);
            weak[0] = false;
        }
    }

    // "All in, it's nine hundred and fifty million dollars before the equity": a sentence
    // that opens with "all in" or "all told" states the headline first.
    if n > 0 && !out[0].2 && out[0].0 == Role::Other {
        let opens = matches!(&prefixes[0][..], [a, b, c, ..] if in_all(a, b) && c == ",");
        if opens {
            out[0] = (Role::Total, MilestoneScope::default(), true);
            weak[0] = false;
        }
    }

    // "up to $1.74B in further milestones, and only $840M of that was development and
    // regulatory": a part "of that" is a part of the payment just named.
    for i in 1..n {
        let of_that = matches!(
            &rights[i][..],
            [a, b, ..] if a == "of" && matches!(b.as_str(), "that" | "it" | "this" | "which")
        );
        if of_that
            && out[i].0 == Role::Other
            && !out[i].2
            && matches!(
                out[i - 1].0,
                Role::Milestone | Role::Upfront | Role::NearTerm
            )
        {
            out[i] = (out[i - 1].0, milestone_scope(&rights[i]), true);
            weak[i] = false;
        }
    }

    // "Of the US$17.3bn milestone pool here, US$13.8bn depends on sales thresholds": a part
    // of the payment the sentence opens with is that payment.
    for i in 1..n {
        let opens_with_of_the = matches!(
            &prefixes[i - 1][..],
            [a, b] if a == "of" && b == "the"
        );
        if opens_with_of_the
            && out[i].0 == Role::Other
            && out[i - 1].0 != Role::Other
            && out[i - 1].0 != Role::Total
            && prefixes[i].last().is_some_and(|w| w == ",")
        {
            out[i] = (out[i - 1].0, out[i - 1].1, true);
            weak[i] = false;
        }
    }

    // Members of a list or range share one role ("milestones of $50, $75 and $100 million";
    // "between $500 million and $1 billion"): a member without a cue of its own takes the
    // role of the member that has one.
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j + 1 < n && !paired[j] && is_list_link(local(slots[j].end, slots[j + 1].start)) {
            j += 1;
        }
        if j > i {
            if let Some(&(role, kind, _)) = out[i..=j].iter().find(|(_, _, cued)| *cued) {
                for slot in &mut out[i..=j] {
                    if !slot.2 {
                        *slot = (role, kind, true);
                    }
                }
            }
        }
        i = j + 1;
    }
    // "a $300 million payment tied to the transfer of technology": a technology-transfer
    // payment is near-term, whatever the sentence filed it under.
    for i in 0..n {
        let r = &rights[i];
        // "technology transfer", "the transfer of (manufacturing) technology / know-how".
        let near: Vec<&str> = r
            .iter()
            .take(12)
            .take_while(|w| !matches!(w.as_str(), ";" | "("))
            .map(|w| w.as_str())
            .collect();
        let tech_transfer = near.iter().enumerate().any(|(k, w)| {
            *w == "transfer"
                && (k > 0 && matches!(near[k - 1], "technology" | "tech")
                    || near[k + 1..]
                        .iter()
                        .take(4)
                        .any(|n| matches!(*n, "technology" | "know-how")))
                || matches!(*w, "technology-transfer" | "tech-transfer")
                // "on completion of the transfer of the manufacturing process", "once the
                // manufacturing process has been transferred".
                || matches!(*w, "transfer" | "transferred")
                    && near[k.saturating_sub(4)..(k + 5).min(near.len())]
                        .contains(&"manufacturing")
        });
        // "milestone payments of up to $2.7 billion, which include payments associated with
        // the transfer of technology as well as …": a pool that includes such a payment.
        let pool = matches!(near.first(), Some(&","))
            && matches!(
                near.get(1),
                Some(&("which" | "including" | "includes" | "that"))
            );
        // "up to US$2.7 billion in technology transfer, development, regulatory and commercial
        // milestone payments": technology transfer as one kind in a list of milestones.
        // (Kinds of milestone only between: not "upon technology transfer, potential
        // milestone payments of up to $1.05 billion", the next item of a list.)
        let listed = near.iter().position(|w| *w == "transfer").is_some_and(|k| {
            near.get(k + 1) == Some(&",")
                && near[k + 2..]
                    .iter()
                    .take(8)
                    .position(|w| w.starts_with("milestone"))
                    .is_some_and(|m| {
                        near[k + 2..k + 2 + m].iter().all(|w| {
                            matches!(
                                *w,
                                "development"
                                    | "regulatory"
                                    | "clinical"
                                    | "commercial"
                                    | "sales"
                                    | "sales-based"
                                    | "and"
                                    | ","
                            )
                        })
                    })
        });
        // "up to US$2.7 billion in milestone payments associated with technology transfer,
        // development, regulatory approvals and commercialization": milestones named first,
        // the transfer one kind of several.
        let listed = listed
            || near.iter().position(|w| *w == "transfer").is_some_and(|k| {
                near[..k].iter().any(|w| w.starts_with("milestone"))
                    && near.get(k + 1) == Some(&",")
            });
        if tech_transfer && listed && matches!(out[i].0, Role::NearTerm | Role::Milestone) {
            out[i] = (Role::Milestone, MilestoneScope::default(), true);
            weak[i] = false;
            continue;
        }
        // "Completion of the technology transfer … will trigger a payment of $300 million":
        // what triggers a payment names it; an event other than a transfer makes it a
        // milestone ("Approval in Japan would trigger a $50 million payment").
        let pre = &prefixes[i];
        let trigger = pre.iter().rev().take(5).position(|w| {
            matches!(
                w.as_str(),
                "trigger" | "triggers" | "triggered" | "triggering"
            )
        });
        if let Some(p) = trigger.filter(|_| out[i].0 == Role::Other && !out[i].2) {
            let subject = &pre[..pre.len() - 1 - p];
            let transfer = subject
                .windows(2)
                .any(|w| matches!(w[0].as_str(), "technology" | "tech") && w[1] == "transfer")
                || subject.windows(3).any(|w| {
                    w[0] == "transfer"
                        && w[1] == "of"
                        && matches!(w[2].as_str(), "technology" | "know-how")
                });
            let exercise = subject.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "exercise" | "exercises" | "exercised" | "option"
                )
            });
            out[i] = if transfer {
                (Role::NearTerm, MilestoneScope::default(), true)
            } else if exercise {
                (Role::Option, MilestoneScope::default(), true)
            } else {
                (Role::Milestone, milestone_scope(subject), true)
            };
            weak[i] = false;
            continue;
        }
        // Not revenue "from the technology transfer": a cued `other` stays.
        if tech_transfer
            && !pool
            && (out[i].0 == Role::Milestone || out[i].0 == Role::Other && !out[i].2)
        {
            out[i] = (Role::NearTerm, MilestoneScope::default(), true);
            weak[i] = false;
        }
    }

    // "$800m upfront, …, and up to $150m in milestones, for up to $950m": the sum closing a
    // list of terms; "With the option fee and milestones, that deal can reach $605.5 million":
    // what the payments named first add up to.
    let opener_sums = matches!(
        sentence_words.first().map(|w| w.as_str()),
        Some("with" | "including" | "counting" | "adding")
    ) && {
        let comma = sentence_words.iter().position(|w| w == ",").unwrap_or(0);
        let mut kinds: Vec<Role> = (1..comma)
            .filter_map(|q| cue_at(&sentence_words[..comma], q).map(|(r, _)| r))
            .filter(|r| !matches!(r, Role::Other | Role::Total | Role::Royalty))
            .collect();
        kinds.dedup();
        kinds.len() >= 2
            && slots.first().is_some_and(|s| {
                words_in(offset, s.start).iter().position(|w| w == ",") == Some(comma)
            })
    };
    for i in 0..n {
        let closes_list = (ends_with(&prefixes[i], &[",", "for", "up", "to"])
            || ends_with(&prefixes[i], &[",", "for", "as", "much", "as"])
            || ends_with(&prefixes[i], &[",", "for"]))
            && out[..i].iter().any(|o| o.0 == Role::Upfront)
            && out[..i].iter().any(|o| o.0 == Role::Milestone);
        let summed = opener_sums && i == 0 && out[i].0 != Role::Other;
        if (closes_list && out[i].0 == Role::Other && !out[i].2) || summed {
            out[i] = (Role::Total, MilestoneScope::default(), true);
            weak[i] = false;
        }
    }

    // "The upfront is the second largest paid for a PD-1/VEGF bispecific, behind Pfizer's
    // US$1.25bn for 3SBio's SSGJ-707 and ahead of Merck's US$588m for LaNova's LM-299": what
    // a term is ranked against is the same term of other deals.
    if let Some((role, from)) = compared_term(sentence, sentence_words).filter(|_| !aggregate) {
        for i in 0..n {
            // (And the figure the sentence opens with: "At US$1.2bn, the upfront is …".)
            let opener = i == 0 && sentence_words.first().is_some_and(|w| w == "at");
            if out[i].0 == Role::Other && !out[i].2 && (slots[i].start >= offset + from || opener) {
                out[i] = (role, MilestoneScope::default(), true);
                weak[i] = false;
            }
        }
    }

    for i in 0..n {
        if paired[i] {
            out[i + 1] = out[i];
            weak[i + 1] = weak[i];
        }
    }
    let assigned = out
        .into_iter()
        .zip(weak)
        .zip(soft)
        .map(|(((r, k, _), weak), soft)| Assigned::new(r, k, (r != Role::Other || !weak) && !soft))
        .collect();
    (assigned, market)
}

/// "in all", "all told", "all in": the words that sum what was named.
/// A sentence ranking one deal's term against others' ("The upfront is the second largest
/// …, behind …", "Its headline trails only …"): the term's role and where the comparison
/// starts in the sentence (bytes), past which amounts without a cue are that term too.
fn compared_term(sentence: &str, words: &[Word]) -> Option<(Role, usize)> {
    // The subject: "the / its / this upfront (payment)", "the headline (value)", perhaps
    // after the figure it puts first ("At US$1.2bn, the upfront is the largest …").
    let opens = if words.first().is_some_and(|w| w == "at") {
        words.iter().take(8).position(|w| w == ",")? + 1
    } else {
        0
    };
    let words = &words[opens..];
    let verb = words.iter().take(5).position(|w| {
        matches!(
            w.as_str(),
            "is" | "was" | "ranks" | "ranked" | "trails" | "tops" | "beats" | "exceeds" | "sits"
        )
    })?;
    let subject = &words[..verb];
    if !matches!(
        subject.first().map(|w| w.as_str()),
        Some("the" | "its" | "this" | "that")
    ) {
        return None;
    }
    let role = if subject
        .iter()
        .any(|w| matches!(w.as_str(), "upfront" | "up-front"))
    {
        Role::Upfront
    } else if subject
        .iter()
        .any(|w| matches!(w.as_str(), "headline" | "total"))
    {
        Role::Total
    } else {
        return None;
    };
    let lower = sentence.to_ascii_lowercase();
    let from = [
        " behind ",
        " ahead of ",
        " than ",
        " below ",
        " above ",
        " trailing ",
        " after ",
        " second only to ",
        " apart from ",
        " except ",
        " other than ",
        " compared with ",
        " compared to ",
        " versus ",
        " vs ",
        " vs. ",
    ]
    .iter()
    .filter_map(|c| lower.find(c))
    .min()?;
    Some((role, from))
}

/// "payments … total up to", "milestones totalling": the word at `at` is the verb "total",
/// with only qualifiers ("up to", "about") between it and the amount.
fn total_as_verb(pre: &[Word], at: usize) -> bool {
    let qualifiers_only = pre[at + 1..].iter().all(|w| {
        matches!(
            w.as_str(),
            "up" | "to"
                | "about"
                | "approximately"
                | "roughly"
                | "nearly"
                | "some"
                | "as"
                | "much"
                | "more"
                | "than"
        )
    });
    if !qualifiers_only {
        return false;
    }
    // ("… under the amended agreement now total up to": past an adverb.)
    let at_verb = at;
    let at = if at >= 2
        && matches!(
            pre[at - 1].as_str(),
            "now" | "then" | "together" | "collectively"
        ) {
        at - 1
    } else {
        at
    };
    match pre[at_verb].as_str() {
        "totals" | "totaled" | "totalled" | "totaling" | "totalling" => true,
        "total" => at.checked_sub(1).is_some_and(|b| {
            let w = pre[b].as_str();
            w.ends_with('s') && !matches!(w, "its" | "this" | "was" | "is" | "has" | "as" | "us")
                || matches!(
                    w,
                    "agreement" | "deal" | "licence" | "license" | "collaboration"
                )
        }),
        _ => false,
    }
}

fn in_all(a: &str, b: &str) -> bool {
    a == "in" && b == "all" || a == "all" && matches!(b, "told" | "in")
}

/// "the upfront alone is worth": a payment cue before "(alone) is/was worth" at `p`, restated
/// in another unit; its role and first word.
fn worth_restates(pre: &[Word], p: usize) -> Option<(Role, usize)> {
    if pre[p] != "worth" || p < 2 || !matches!(pre[p - 1].as_str(), "is" | "was") {
        return None;
    }
    // (Checked: "Alone is worth …" opening a sentence leaves no word for a cue.)
    let k = (p - 2).checked_sub(usize::from(pre[p - 2] == "alone"))?;
    // "the upfront payment is worth": the payment's name ends before "payment".
    let k = match pre[k].as_str() {
        "payment" | "payments" | "fee" | "fees" => k.checked_sub(1)?,
        _ => k,
    };
    cue_ending_at(pre, k)
        .filter(|(r, _)| matches!(r, Role::Upfront | Role::NearTerm | Role::Equity))
}

/// The cue of a clause that explains the amount before it: ", covering the upfront
/// payment", ", consisting of an upfront payment …".
fn explained<'w, 'a>(right: &'w [Word<'a>]) -> Option<(Role, usize, &'w [Word<'a>])> {
    let comma = right.iter().take(3).position(|w| w == ",")?;
    let rest = &right[comma + 1..];
    let starts = rest.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "covering" | "consisting" | "comprising" | "representing" | "made" | "being"
        )
    });
    if !starts {
        return None;
    }
    (1..rest.len().min(FAR_AFTER)).find_map(|p| {
        cue_at(rest, p)
            .filter(|(r, _)| !matches!(r, Role::Total | Role::Other))
            .map(|(r, _)| (r, p, rest))
    })
}

/// Whether the words between two amounts are a verb phrase ending in "to" that names the
/// second amount: "bring the potential value to", "takes the total to", "lifting the deal
/// value to about".
fn links_to_next(right: &[Word]) -> bool {
    let Some(first) = right.first() else {
        return false;
    };
    let verb = matches!(
        first.as_str(),
        "bring"
            | "brings"
            | "brought"
            | "take"
            | "takes"
            | "took"
            | "lift"
            | "lifts"
            | "push"
            | "pushes"
            | "raise"
            | "raises"
            | "put"
            | "puts"
            | "increase"
            | "increases"
    );
    let to = right.iter().rposition(|w| w == "to").is_some_and(|t| {
        right[t + 1..].iter().all(|w| {
            matches!(
                w.as_str(),
                "about"
                    | "approximately"
                    | "around"
                    | "roughly"
                    | "nearly"
                    | "up"
                    | "to"
                    | "as"
                    | "much"
                    | "more"
                    | "than"
            )
        })
    });
    // "$200 million in cash in a package worth up to $2.6 billion": the package's worth is
    // the next amount's, not this one's.
    let worth_of_next = || {
        let words: Vec<&str> = right.iter().map(|w| w.as_str()).collect();
        let bare = words
            .iter()
            .rposition(|w| {
                !matches!(
                    *w,
                    "up" | "to"
                        | "about"
                        | "approximately"
                        | "some"
                        | "over"
                        | "more"
                        | "than"
                        | "nearly"
                        | "roughly"
                        | "around"
                        | "as"
                        | "much"
                )
            })
            .map_or(&words[..0], |k| &words[..=k]);
        // ("… in a transaction valued at up to US$412.5 million" as well.)
        let head = match bare {
            [head @ .., "valued", "at"] | [head @ .., "worth"] => head,
            _ => return false,
        };
        // ("… from GSK in ADC option deal worth over $1B": a few words may name the deal.)
        let deal_noun = head.last().is_some_and(|w| {
            matches!(
                *w,
                "package"
                    | "deal"
                    | "agreement"
                    | "pact"
                    | "transaction"
                    | "licence"
                    | "license"
                    | "collaboration"
                    | "partnership"
            )
        });
        deal_noun
            && head.iter().rev().take(5).any(|w| *w == "in")
            && !right.iter().any(|w| is_punctuation(w))
            && cue_at(right, 0).is_none()
    };
    // "up to US$975 million, with a total potential value exceeding US$1 billion": a value
    // the next amount states.
    let value_of_next = || {
        let words: Vec<&str> = right.iter().map(|w| w.as_str()).collect();
        let [",", "with" | "and" | "for", "a" | "an" | "the", rest @ ..] = words.as_slice() else {
            return false;
        };
        rest.iter().position(|w| *w == "value").is_some_and(|v| {
            rest[..v].iter().all(|w| {
                matches!(
                    *w,
                    "total" | "potential" | "aggregate" | "overall" | "deal" | "headline"
                )
            }) && rest[v + 1..].iter().all(|w| {
                matches!(
                    *w,
                    "of" | "exceeding"
                        | "above"
                        | "over"
                        | "more"
                        | "than"
                        | "up"
                        | "to"
                        | "about"
                        | "approximately"
                        | "at"
                        | "topping"
                        | "approaching"
                        | "nearly"
                )
            })
        })
    };
    verb && to && !right.iter().any(|w| is_punctuation(w)) || worth_of_next() || value_of_next()
}

/// The condition an amount is due on: the clause that one of `openers` opens within `reach`
/// words after the amount ("… $300 million once the technology is transferred"), its first
/// `len` words up to any punctuation, the opener left out.
fn condition<'w, 'a>(
    right: &'w [Word<'a>],
    reach: usize,
    openers: &[&str],
    len: usize,
) -> Option<&'w [Word<'a>]> {
    let p = right
        .iter()
        .take(reach)
        .position(|w| openers.contains(&w.as_str()))?;
    let rest = &right[p + 1..];
    let end = rest
        .iter()
        .take(len)
        .take_while(|w| !is_punctuation(w))
        .count();
    Some(&rest[..end])
}

/// A prefix without its exclusions: "consideration under the Agreement, excluding royalties
/// and the equity purchase described below, is up to" loses "excluding … ,".
fn without_exclusions<'w, 'a>(words: &'w [Word<'a>]) -> std::borrow::Cow<'w, [Word<'a>]> {
    let excluding = |w: &Word| {
        matches!(
            w.as_str(),
            "excluding" | "except" | "excludes" | "counting" | "inclusive"
        )
    };
    // ", as amended," is an aside too: "the aggregate milestone payments … under the
    // License Agreement, as amended, increase to up to".
    // So is ", before royalties,": "the total potential consideration …, before royalties,
    // amounts to up to".
    let amended = |k: usize| {
        matches!(
            (words[k].as_str(), words.get(k + 1).map(|n| n.as_str())),
            ("as", Some("amended")) | ("before", Some("royalties" | "royalty"))
        ) && k > 0
            && words[k - 1] == ","
    };
    // "under the License Agreement (as amended) is up to …": the bracketed form.
    let bracketed = |k: usize| {
        k > 0
            && words[k - 1] == "("
            && words[k] == "as"
            && words.get(k + 1).is_some_and(|n| n == "amended")
            && words.get(k + 2).is_some_and(|c| c == ")")
    };
    if !words
        .iter()
        .enumerate()
        .any(|(k, w)| excluding(w) || w == "including" || amended(k) || bracketed(k))
    {
        return std::borrow::Cow::Borrowed(words);
    }
    let mut out: Vec<Word> = Vec::with_capacity(words.len());
    let mut skipping = false;
    let mut skip_to = 0;
    for (k, w) in words.iter().enumerate() {
        if k < skip_to {
            continue;
        }
        if bracketed(k) {
            out.pop();
            skip_to = k + 3;
            continue;
        }
        if amended(k) && words[k..].iter().any(|x| x == ",") {
            // (With the comma before it: the clause goes on.)
            out.pop();
            skipping = true;
            continue;
        }
        // "The aggregate transaction value, counting the upfront and … milestones, is …";
        // "Including the upfront consideration, the agreement could be worth …" (but not
        // "…, including an upfront payment of": that clause names the amount).
        let closed_including = w == "including" && words[k..].iter().any(|x| x == ",");
        if closed_including
            || matches!(
                w.as_str(),
                "excluding" | "except" | "excludes" | "counting" | "inclusive"
            )
        {
            skipping = true;
            continue;
        }
        if skipping {
            if w == "," {
                skipping = false;
            }
            continue;
        }
        out.push(w.clone());
    }
    std::borrow::Cow::Owned(out)
}

/// The role a later predicate gives an amount: "$30 million, payable within 30 days, is the
/// upfront fee", "RMB 150 million will be paid … as the upfront payment".
fn predicate<'w, 'a>(right: &'w [Word<'a>]) -> Option<(Role, usize, &'w [Word<'a>])> {
    // "…, is tied to development … milestones", "may follow if certain milestones are reached"
    let linked = right.iter().enumerate().position(|(k, w)| {
        matches!(
            w.as_str(),
            "tied" | "linked" | "contingent" | "subject" | "if" | "once" | "upon"
        ) && k < 6
    });
    if let Some(at) = linked {
        let rest = &right[at + 1..];
        let found = (0..rest.len().min(8)).find_map(|p| {
            cue_at(rest, p)
                .filter(|(r, _)| *r == Role::Milestone)
                .map(|(r, _)| (r, p, rest))
        });
        if found.is_some() {
            return found;
        }
    }
    // "The rest of the headline, up to $1.25 billion, comes as development, regulatory and
    // commercial milestones".
    if let Some(k) = right
        .windows(2)
        .position(|w| matches!(w[0].as_str(), "comes" | "come") && w[1] == "as")
        .filter(|&k| k < 4)
    {
        if let found @ Some(_) = payment_cue_in(&right[k + 2..], 6) {
            return found;
        }
    }
    // "The rest, up to $1.13 billion, is milestones across …"
    if let Some(k) = right
        .iter()
        .position(|w| matches!(w.as_str(), "is" | "are"))
        .filter(|&k| k < 4)
    {
        if let Some((r, _)) =
            cue_at(right, k + 1).filter(|(r, _)| !matches!(r, Role::Other | Role::Total))
        {
            return Some((r, k + 1, right));
        }
    }
    let at = right.iter().enumerate().position(|(k, w)| {
        matches!(w.as_str(), "is" | "as" | "represents" | "constitutes")
            && right
                .get(k + 1)
                .is_some_and(|n| matches!(n.as_str(), "the" | "a" | "an" | "its" | "their"))
    })?;
    payment_cue_in(&right[at + 2..], 3)
}

/// The first payment (not a headline, not `other`) named within the first `reach` words.
fn payment_cue_in<'w, 'a>(
    words: &'w [Word<'a>],
    reach: usize,
) -> Option<(Role, usize, &'w [Word<'a>])> {
    (0..words.len().min(reach)).find_map(|p| {
        cue_at(words, p)
            .filter(|(r, _)| !matches!(r, Role::Total | Role::Other))
            .map(|(r, _)| (r, p, words))
    })
}

/// Cues that say when a payment falls due rather than what it is.
fn is_timing(words: &[Word], at: usize) -> bool {
    matches!(
        (
            words.get(at).map(|w| w.as_str()),
            words.get(at + 1).map(|w| w.as_str())
        ),
        (
            Some("at" | "on" | "upon" | "of"),
            Some("signing" | "exercise" | "closing")
        ) | (Some("transaction" | "deal"), Some("closes"))
            | (Some("technology" | "tech"), Some("transfer"))
            | (Some("achievement"), _)
            // "the near-term payment of $20 million falls due on the first anniversary".
            | (Some("first"), Some("anniversary"))
    )
}

fn is_list_link(between: &str) -> bool {
    matches!(
        between.trim(),
        "," | "and" | "or" | ", and" | ", or" | "-" | "–" | "to" | "and/or"
    )
}

/// Adjusts a cue's role with the words around it.
fn refine(role: Role, words: &[Word], at: usize, sentence: &[Word]) -> Role {
    let has = |w: &str| sentence.iter().any(|s| s == w);
    match role {
        // "(… $345 million for development and $902.5 million for sales)" after milestones:
        // the part of them paid for sales, whatever the royalties after the bracket.
        Role::Other
            if words.get(at).is_some_and(|w| w == "sales")
                && at >= 1
                && words[at - 1] == "for"
                && words
                    .get(at + 1)
                    .is_none_or(|w| is_punctuation(w) || w == "and" || w == "or")
                && (has("milestones") || has("milestone")) =>
        {
            Role::Milestone
        }
        // "sales milestones", "sales-based milestones", "net sales milestone payments"
        Role::Other
            if (words.get(at).is_some_and(|w| w == "sales")
                || words.get(at).is_some_and(|w| w == "net")
                    && words.get(at + 1).is_some_and(|w| w == "sales"))
                && words[at..]
                    .iter()
                    .take(4)
                    .any(|w| w.starts_with("milestone")) =>
        {
            Role::Milestone
        }
        // "milestones, up to $1.1 billion across development, regulatory and sales": a
        // milestone kind, not a sales figure.
        Role::Other
            if words.get(at).is_some_and(|w| w == "sales")
                && at >= 2
                && matches!(words[at - 1].as_str(), "and" | "or" | ",")
                && matches!(
                    words[at - 2].as_str(),
                    "regulatory" | "development" | "approval" | "clinical"
                ) =>
        {
            Role::Milestone
        }
        // "net sales above $1 billion" in a royalty sentence is a royalty threshold; "peak
        // sales at US$800mn" is a forecast.
        Role::Other
            if words.get(at).is_some_and(|w| w == "net" || w == "sales")
                && !(at > 0 && matches!(words[at - 1].as_str(), "peak" | "annual-peak"))
                && (has("royalty") || has("royalties") || has("tier") || has("tiered")) =>
        {
            Role::Royalty
        }
        // An equity cue in a financing round or share offering is not a deal term ("a
        // $25 million equity stake priced at a premium to its last financing round" is).
        Role::Equity
            if ["ipo", "cornerstone", "placing"].iter().any(|w| has(w))
                || words
                    .iter()
                    .any(|w| matches!(w.as_str(), "series" | "financing" | "offering")) =>
        {
            Role::Other
        }
        // "US$32.5 million settled in newly issued Braveheart shares": the form an upfront is
        // paid in, not an equity investment.
        Role::Equity
            if words[..at]
                .iter()
                .rev()
                .take(5)
                .any(|w| matches!(w.as_str(), "settled" | "paid" | "payable"))
                && (has("upfront") || has("up-front") || has("front")) =>
        {
            Role::Upfront
        }
        // "Greyhaven buys a slice of Dianshan's royalty … for $310 million": the price of
        // royalties sold, not a royalty term.
        Role::Royalty
            if words[..at].iter().any(|w| {
                matches!(
                    w.as_str(),
                    "buys"
                        | "buy"
                        | "buying"
                        | "bought"
                        | "sells"
                        | "sell"
                        | "sold"
                        | "selling"
                        | "purchase"
                        | "purchases"
                        | "monetize"
                        | "monetise"
                        | "monetization"
                        | "monetisation"
                )
            }) =>
        {
            Role::Other
        }
        // "The cash portion values Lumiqen's equity at about $1.05 billion": the price of a
        // takeover, not an equity investment.
        Role::Equity
            if words[..at]
                .iter()
                .rev()
                .take(5)
                .take_while(|w| !is_punctuation(w))
                .any(|w| matches!(w.as_str(), "values" | "valuing" | "value")) =>
        {
            if has("cash") {
                Role::Upfront
            } else {
                Role::Total
            }
        }
        // "upfront and near-term payments totaling $17.5 million": the payment named
        // before "totaling" is what the amount is.
        Role::Total
            if matches!(
                words.get(at).map(|w| w.as_str()),
                Some(
                    "totaling"
                        | "totalling"
                        | "totaled"
                        | "totalled"
                        | "amounting"
                        | "could"
                        | "would"
                        | "may"
                        | "worth"
                        | "total"
                )
            ) && at > 0
                // "option exercise fees total up to …", "milestone payments could total up
                // to …", not "for a total consideration of".
                && (words[at] != "total" || {
                    // (The payment named within the subject's last words: "milestone
                    // payments".)
                    let end = subject_end_before(words, at);
                    (end.saturating_sub(2)..end).any(|p| {
                        !words[p..end].iter().any(|w| is_punctuation(w))
                            && cue_ending_at(&words[..end], p).is_some()
                    })
                })
                // (Not "sales could total …", but "sales milestone payments could total …".)
                && !words[..at]
                    .iter()
                    .enumerate()
                    .rev()
                    .take_while(|(_, w)| !is_punctuation(w))
                    .any(|(p, w)| {
                        matches!(w.as_str(), "market" | "sales" | "revenue" | "revenues")
                            && !words[p + 1..at].iter().any(|n| n.starts_with("milestone"))
                    }) =>
        {
            // "option fees, milestones and the technology access fee total up to …": several
            // payments summed are the headline.
            let clause: Vec<&Word> = words[..at]
                .iter()
                .rev()
                .take(14)
                .take_while(|w| !matches!(w.as_str(), ";" | ":" | "(" | ")"))
                .collect();
            let clause: Vec<Word> = clause.into_iter().rev().cloned().collect();
            let mut named: Vec<Role> = (0..clause.len())
                .filter_map(|p| cue_at(&clause, p).map(|(r, _)| r))
                .filter(|r| !matches!(r, Role::Other | Role::Total))
                .collect();
            named.dedup();
            // ("option fees and milestone payments could total up to …" are the milestones of
            // an option deal.)
            let option_milestones = named
                .iter()
                .all(|r| matches!(r, Role::Option | Role::Milestone));
            if named.len() >= 2 && words[at] == "total" && !option_milestones {
                return Role::Total;
            }
            // "development milestones worth up to …": only the words right before "worth",
            // past a verb ("the CVRs would be worth approximately …").
            let mut subject_end = at;
            if words[at] == "total" {
                subject_end = subject_end_before(words, at);
            }
            if words[at] == "worth" {
                while subject_end > 0
                    && matches!(
                        words[subject_end - 1].as_str(),
                        "be" | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "would"
                            | "could"
                            | "may"
                            | "might"
                            | "will"
                            | "each"
                            | "together"
                            | "collectively"
                    )
                {
                    subject_end -= 1;
                }
            }
            // ("…, the arrangement could be worth about": the subject's last words only, not
            // an "if every milestone is met" before them.)
            let modal_worth = words.get(at + 1).is_some_and(|w| w == "be")
                && words.get(at + 2).is_some_and(|w| w == "worth");
            let reach = if words[at] == "total" {
                2 + at - subject_end
            } else if words[at] == "worth" {
                1 + at - subject_end
            } else if modal_worth {
                2
            } else {
                6
            };
            // "One CVR per share pays $0.60 on approval, worth approximately $200 million in
            // aggregate": what the sentence opens with is worth that much.
            let cvr_clause = words[at] == "worth"
                && at > 0
                && words[at - 1] == ","
                && sentence
                    .iter()
                    .take(4)
                    .any(|w| matches!(w.as_str(), "cvr" | "cvrs"));
            if cvr_clause {
                return Role::Milestone;
            }
            (at.saturating_sub(reach)..at)
                .rev()
                .find_map(|p| cue_ending_at(&words[..at], p))
                .map(|(r, start)| refine(r, words, start, sentence))
                .filter(|r| !matches!(r, Role::Total | Role::Other))
                .unwrap_or(Role::Total)
        }
        // "the global market … could reach $2.5 bn": a market forecast.
        Role::Total
            if matches!(
                words.get(at).map(|w| w.as_str()),
                Some("could" | "would" | "may")
            ) && words[..at]
                .iter()
                .rev()
                .take_while(|w| !is_punctuation(w))
                .any(|w| matches!(w.as_str(), "market" | "sales" | "revenue" | "revenues")) =>
        {
            Role::Other
        }
        // "up to JP¥15 billion in upfront and milestone payments": the two summed are the
        // headline.
        // ("US$20 million upfront and milestones of up to US$2 billion" names two.)
        Role::Upfront
            if words.get(at + 1).is_some_and(|w| w == "and")
                && words
                    .get(at + 2)
                    .is_some_and(|w| w.starts_with("milestone") || w == "development")
                && !words.get(at + 3).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "of" | "up" | "worth" | "totaling" | "totalling" | "valued" | "reaching"
                    )
                }) =>
        {
            Role::Total
        }
        // "was last valued at $1.1 billion", "valued the company at $310MM": a company
        // valuation.
        Role::Total
            if words.get(at).is_some_and(|w| w == "valued")
                && (at > 0
                    && matches!(words[at - 1].as_str(), "last" | "company" | "currently")
                    // "At that price Turning Point is valued at roughly $1.4 billion": a
                    // company, not a deal, is what is valued.
                    || at >= 2
                        && matches!(words[at - 1].as_str(), "is" | "was" | "now")
                        && words[at - 2].starts_with(|c: char| c.is_alphanumeric())
                        && !TIGHT_TOTAL.contains(&words[at - 2].as_str())
                        && (has("price") || has("stock") || has("market"))
                    || words
                        .get(at + 1..at + 3)
                        .is_some_and(|n| n[0] == "the" && n[1] == "company" || n[0] == "it")
                    // "BeiGene, which is valued at about $27 billion": a name, not a deal or
                    // an asset code, valued at a round estimate.
                    || at >= 4
                        && matches!(words[at - 1].as_str(), "is" | "was")
                        && words[at - 2] == "which"
                        && words[at - 3] == ","
                        && words[at - 4].chars().all(|c| c.is_alphabetic())
                        && !TIGHT_TOTAL.contains(&words[at - 4].as_str())
                        && !matches!(
                            words[at - 4].as_str(),
                            "package" | "option" | "arrangement" | "contract" | "programme"
                                | "program" | "asset" | "rights" | "drug" | "candidate"
                        )
                        && words.get(at + 2).is_some_and(|w| {
                            matches!(w.as_str(), "about" | "roughly" | "approximately" | "around")
                        })) =>
        {
            Role::Other
        }
        // "for a total consideration of US$105 million" in a share subscription.
        // (Not "the headline value … excludes the share subscription", nor "…, excluding
        // royalties and the Subscription".)
        Role::Total
            if (has("subscribe") || has("subscription"))
                && !["excluding", "excludes", "exclude", "excluded"]
                    .iter()
                    .any(|w| has(w))
                && words[at..]
                    .iter()
                    .take(3)
                    .any(|w| w == "consideration" || w == "price") =>
        {
            Role::Equity
        }
        // "upfront and near-term payments", "up front and near term": one combined upfront
        // figure.
        Role::NearTerm
            if at >= 2
                && words[at - 1] == "and"
                && matches!(words[at - 2].as_str(), "upfront" | "up-front" | "front") =>
        {
            Role::Upfront
        }
        // "near-term milestone payments of up to USD 30 million"
        Role::Milestone
            if at >= 1
                && (words[at - 1] == "near-term"
                    || at >= 2 && words[at - 2] == "near" && words[at - 1] == "term") =>
        {
            Role::NearTerm
        }
        // "upfront and development, regulatory and sales milestones together add up to":
        // upfront and milestones summed are the headline.
        Role::Milestone
            if words[..at]
                .iter()
                .rev()
                .take_while(|w| !matches!(w.as_str(), ";" | ":" | "(" | ")"))
                .any(|w| matches!(w.as_str(), "upfront" | "up-front"))
                && words[at..].iter().any(|w| {
                    matches!(w.as_str(), "together" | "combined" | "add" | "adds" | "sum")
                }) =>
        {
            Role::Total
        }
        // "Taken together, the agreement carries more than $1 billion in potential payments",
        // "… $1 billion in potential payments, $45 million of it upfront": the whole, not
        // what is still to come ("$1 billion in further potential payments").
        Role::Milestone
            if words.get(at).is_some_and(|w| w == "potential")
                && words.get(at + 1).is_some_and(|w| w.starts_with("payment"))
                && !(at > 0 && matches!(words[at - 1].as_str(), "further" | "additional"))
                && (at > 0 && words[at - 1] == "total"
                    || has("together")
                    || has("altogether")
                    || has("overall")
                    || has("combined")
                    || has("upfront")
                        && (has("including")
                            || has("inclusive")
                            || sentence.windows(2).any(|w| {
                                w[0] == "of" && matches!(w[1].as_str(), "it" | "which")
                            }))) =>
        {
            Role::Total
        }
        // "value the company at about HK$9.2 billion": a company valuation.
        Role::Total
            if words.get(at).is_some_and(|w| w == "value")
                && words[at..].iter().take(4).any(|w| w == "company") =>
        {
            Role::Other
        }
        _ => role,
    }
}

fn milestone_scope(words: &[Word]) -> MilestoneScope {
    MilestoneScope::of(words.iter().filter_map(|w| match w.as_str() {
        "development" | "developmental" | "clinical" | "dev" => Some(MilestoneKind::Development),
        "regulatory" | "approval" | "reg" => Some(MilestoneKind::Regulatory),
        "commercial" | "sales" | "sales-based" | "sales-related" | "commercialization"
        | "commercialisation" | "commercial-stage" => Some(MilestoneKind::Commercial),
        _ => None,
    }))
}

#[cfg(test)]
mod tests;
