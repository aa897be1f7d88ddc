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

use aho_corasick::AhoCorasick;

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

/// Whether the words between two amounts end in a phrase that opens the second one
/// ("… milestones of up to roughly", "… worth", "… up to").
fn leads_into_next(words: &[Word]) -> bool {
    let bare = words
        .iter()
        .rposition(|w| {
            !matches!(
                w.as_str(),
                "roughly" | "about" | "approximately" | "around" | "nearly" | "some" | "up"
            )
        })
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
        "headline" | "headlines" => {
            w[0].len() == 4 && w[0].starts_with("20") && w[0].bytes().all(|b| b.is_ascii_digit())
        }
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
        // "The aggregate milestone payments … therefore total up to $1,148.0 million",
        // "Milestone payments remaining … amount to up to …": milestones summed by a verb.
        let summed_by_verb = || {
            matches!(
                bare_tail(&tail),
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
            }) || {
                let bare = bare_tail(&tail);
                bare.len() >= 2
                    && matches!(bare[bare.len() - 2], "the" | "a" | "potential" | "combined")
            }
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
        .rposition(|w| {
            !matches!(
                *w,
                "up" | "to" | "about" | "approximately" | "roughly" | "around" | "some" | "nearly"
            )
        })
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

/// Whether Chinese text names milestones other than the near-term ones ("首付款、近期付款及
/// 里程碑付款", not "首付款及近期里程碑").
fn zh_names_other_milestones(text: &str) -> bool {
    ["近期里程碑", "行使前里程碑", "行权前里程碑", "行權前里程碑"]
        .iter()
        .fold(text.to_string(), |t, w| t.replace(w, ""))
        .contains("里程碑")
}

/// "由4.5亿美元增至6.1亿美元": the words that change an amount into the next one.
pub(crate) const ZH_CHANGED_TO: &[&str] = &[
    "提高至",
    "提高到",
    "上调至",
    "上調至",
    "增加至",
    "增加到",
    "增至",
    "升至",
    "扩大至",
    "擴大至",
    "调整为",
    "調整為",
    "下调至",
    "下調至",
    "降至",
];

/// Chinese cues (simplified and traditional), longest first where one contains another.
const ZH_CUES: &[(&str, Role)] = &[
    ("首期付款", Role::Upfront),
    ("首付款", Role::Upfront),
    ("首付", Role::Upfront),
    ("签约即付", Role::Upfront),
    // "Summit将在交割时支付3亿美元"
    ("交割时支付", Role::Upfront),
    ("交割時支付", Role::Upfront),
    ("簽約即付", Role::Upfront),
    ("首期款", Role::Upfront),
    ("入门费", Role::Upfront),
    ("现金对价", Role::Upfront),
    // "交易的股权价值约为10亿美元": what a takeover pays for the shares.
    ("股权价值", Role::Upfront),
    ("股權價值", Role::Upfront),
    ("现金代价", Role::Upfront),
    ("現金代價", Role::Upfront),
    ("额外付款", Role::Milestone),
    ("額外付款", Role::Milestone),
    ("現金對價", Role::Upfront),
    ("或有付款", Role::Milestone),
    ("或有对价", Role::Milestone),
    ("或有對價", Role::Milestone),
    ("或有价值权", Role::Milestone),
    ("或有價值權", Role::Milestone),
    ("CVR", Role::Milestone),
    ("入門費", Role::Upfront),
    ("前期付款", Role::Upfront),
    // "以8亿美元前期对价收购普米斯": the consideration paid at closing.
    ("前期对价", Role::Upfront),
    // "首期对价：合计USD 1.25亿，其中USD 6,000万为现金首付款…": the first consideration.
    ("首期对价", Role::Upfront),
    ("首期對價", Role::Upfront),
    ("前期對價", Role::Upfront),
    ("一次性支付", Role::Upfront),
    ("一次性付款", Role::Upfront),
    ("upfront", Role::Upfront),
    ("Upfront", Role::Upfront),
    ("up-front", Role::Upfront),
    ("near-term", Role::NearTerm),
    ("Near-term", Role::NearTerm),
    ("milestones", Role::Milestone),
    ("milestone", Role::Milestone),
    // "- Milestones：… 合计up to USD 20亿", "- Total：up to约12 billion美元": English labels.
    ("Milestones", Role::Milestone),
    ("Total：", Role::Total),
    // "- Total up to 1.71 billion美元", "headline total $8.4B", "加上CVR，total up to约$1.2B"
    ("Total up to", Role::Total),
    ("total up to", Role::Total),
    // "total 不超过 US$845M"
    ("total 不超过", Role::Total),
    ("total 最高", Role::Total),
    ("total 逾", Role::Total),
    ("total约", Role::Total),
    ("headline total", Role::Total),
    ("Headline total", Role::Total),
    ("royalties", Role::Royalty),
    ("royalty", Role::Royalty),
    ("equity investment", Role::Equity),
    ("option fee", Role::Option),
    ("deal value", Role::Total),
    ("total value", Role::Total),
    // "（英文稿的写法是US$650 million upfront、up to US$5.6 billion in total）"
    ("in total", Role::Total),
    ("in milestones", Role::Milestone),
    ("预付款", Role::Upfront),
    ("預付款", Role::Upfront),
    ("签约金", Role::Upfront),
    // "签约时拿到3000万美元", "簽約時收取": what is paid at signing.
    ("签约时拿到", Role::Upfront),
    ("签约时收到", Role::Upfront),
    ("签约时获得", Role::Upfront),
    ("签约时收取", Role::Upfront),
    ("簽約時收取", Role::Upfront),
    ("簽約時獲得", Role::Upfront),
    ("签约付款", Role::Upfront),
    ("簽約付款", Role::Upfront),
    ("签约款", Role::Upfront),
    ("簽約金", Role::Upfront),
    ("以现金", Role::Upfront),
    ("以現金", Role::Upfront),
    // "技术转移完成后再付US$300M": what completing the technology transfer earns.
    // (A further payment: the rest of an upfront "余下…于完成技术转移后支付" stays one.)
    ("技术转移完成后再付", Role::NearTerm),
    ("技术转移完成后再支付", Role::NearTerm),
    ("技术转移完成后另付", Role::NearTerm),
    ("技术转移完成后另行支付", Role::NearTerm),
    ("完成技术转移后再付", Role::NearTerm),
    ("完成技术转移后再支付", Role::NearTerm),
    ("完成技术转移后另付", Role::NearTerm),
    ("完成技术转移后另行支付", Role::NearTerm),
    ("技術轉移完成後再付", Role::NearTerm),
    ("技術轉移完成後再支付", Role::NearTerm),
    ("技術轉移完成後另付", Role::NearTerm),
    ("技術轉移完成後另行支付", Role::NearTerm),
    ("完成技術轉移後再付", Role::NearTerm),
    ("完成技術轉移後再支付", Role::NearTerm),
    ("完成技術轉移後另付", Role::NearTerm),
    ("完成技術轉移後另行支付", Role::NearTerm),
    // "诺和诺德愿意先付2亿美元": what is paid first.
    ("先付", Role::Upfront),
    ("先行支付", Role::Upfront),
    ("近期里程碑", Role::NearTerm),
    ("近期付款", Role::NearTerm),
    ("近期或有付款", Role::NearTerm),
    ("近期", Role::NearTerm),
    ("股权投资", Role::Equity),
    ("股權投資", Role::Equity),
    ("认购总额", Role::Equity),
    ("認購總額", Role::Equity),
    ("认购股份", Role::Equity),
    ("認購股份", Role::Equity),
    ("认购", Role::Equity),
    ("認購", Role::Equity),
    ("选择权费", Role::Option),
    ("選擇權費", Role::Option),
    // "里程碑及选择权付款最高52亿美元": an option deal's milestones and option fees
    // together are its milestones.
    ("里程碑及选择权付款", Role::Milestone),
    ("里程碑及選擇權付款", Role::Milestone),
    ("里程碑和选择权付款", Role::Milestone),
    ("里程碑與選擇權付款", Role::Milestone),
    // "对应最高1.5亿美元的选择权付款"
    ("选择权付款", Role::Option),
    ("選擇權付款", Role::Option),
    ("选择权行使费", Role::Option),
    ("選擇權行使費", Role::Option),
    // "每加选一个需支付CHF 500万的项目选择费".
    ("选择费", Role::Option),
    ("選擇費", Role::Option),
    // "Veyrand行使选择权时支付1,000万美元", "行权时另付1000万美元": what exercising the option
    // costs.
    ("行使选择权时支付", Role::Option),
    ("行使选择权时另付", Role::Option),
    ("行使选择权时需支付", Role::Option),
    ("行使选择权时再支付", Role::Option),
    ("行使选择权时另行支付", Role::Option),
    ("行权时支付", Role::Option),
    ("行权时另付", Role::Option),
    ("行权时需支付", Role::Option),
    ("行权时再支付", Role::Option),
    ("行权时另行支付", Role::Option),
    ("行使選擇權時支付", Role::Option),
    ("行使選擇權時另付", Role::Option),
    ("行使選擇權時需支付", Role::Option),
    ("行使選擇權時再支付", Role::Option),
    ("行使選擇權時另行支付", Role::Option),
    ("行權時支付", Role::Option),
    ("行權時另付", Role::Option),
    ("行權時需支付", Role::Option),
    ("行權時再支付", Role::Option),
    ("行權時另行支付", Role::Option),
    ("期权费", Role::Option),
    ("期權費", Role::Option),
    ("行权费", Role::Option),
    ("行權費", Role::Option),
    ("行使费", Role::Option),
    ("行使費", Role::Option),
    ("里程碑", Role::Milestone),
    // "潜在付款总额最高为17亿美元" is the headline.
    ("潜在付款总额", Role::Total),
    ("潛在付款總額", Role::Total),
    ("潜在付款", Role::Milestone),
    ("里程碑付款总额", Role::Milestone),
    ("里程碑付款總額", Role::Milestone),
    ("里程碑总额", Role::Milestone),
    ("里程碑總額", Role::Milestone),
    ("里程碑金额", Role::Milestone),
    ("里程碑金額", Role::Milestone),
    ("潛在付款", Role::Milestone),
    ("开发里程碑", Role::Milestone),
    ("開發里程碑", Role::Milestone),
    ("研发里程碑", Role::Milestone),
    ("注册里程碑", Role::Milestone),
    ("註冊里程碑", Role::Milestone),
    ("监管里程碑", Role::Milestone),
    ("法规里程碑", Role::Milestone),
    ("法規里程碑", Role::Milestone),
    ("销售里程碑", Role::Milestone),
    ("銷售里程碑", Role::Milestone),
    ("商业化里程碑", Role::Milestone),
    ("商業化里程碑", Role::Milestone),
    ("或然价值权", Role::Milestone),
    ("或然價值權", Role::Milestone),
    ("交易总额", Role::Total),
    ("总交易额", Role::Total),
    ("總交易額", Role::Total),
    ("交易总金额", Role::Total),
    ("交易總金額", Role::Total),
    ("总交易金额", Role::Total),
    ("交易總額", Role::Total),
    ("潜在总额", Role::Total),
    ("潛在總額", Role::Total),
    ("合同总额", Role::Total),
    ("总金额", Role::Total),
    ("總金額", Role::Total),
    ("总价值", Role::Total),
    // "交易总价最高13亿美元"
    ("交易总价", Role::Total),
    ("交易總價", Role::Total),
    ("总值", Role::Total),
    ("总计", Role::Total),
    ("總計", Role::Total),
    ("现金总代价", Role::Upfront),
    ("現金總代價", Role::Upfront),
    ("现金代价", Role::Upfront),
    ("現金代價", Role::Upfront),
    ("总代价", Role::Total),
    ("總代價", Role::Total),
    // "整个交易最高7.75亿美元".
    ("整个交易", Role::Total),
    ("整個交易", Role::Total),
    ("整笔交易", Role::Total),
    ("整筆交易", Role::Total),
    ("总对价", Role::Total),
    ("總對價", Role::Total),
    ("總值", Role::Total),
    ("合共", Role::Total),
    ("總價值", Role::Total),
    ("总额", Role::Total),
    ("總額", Role::Total),
    ("合计", Role::Total),
    ("合計", Role::Total),
    ("销售提成", Role::Royalty),
    ("分级提成", Role::Royalty),
    ("分級提成", Role::Royalty),
    ("銷售提成", Role::Royalty),
    ("特许权使用费", Role::Royalty),
    ("特許權使用費", Role::Royalty),
    ("营业收入", Role::Other),
    ("營業收入", Role::Other),
    ("营收", Role::Other),
    ("營收", Role::Other),
    ("收入", Role::Other),
    ("净利润", Role::Other),
    ("淨利潤", Role::Other),
    ("利润", Role::Other),
    ("市值", Role::Other),
    // "我们对首付款的底线是一亿美元": what a seller would accept, no term of a deal.
    ("底线", Role::Other),
    ("底線", Role::Other),
    ("心理价位", Role::Other),
    ("心理價位", Role::Other),
    // "本次增资的投后估值为人民币13亿元": a valuation is no payment.
    ("估值", Role::Other),
    // What a broker thinks the share worth: "目标价由78.00元上调至86.50元". (Not 股权价值:
    // in a takeover, "对应股权价值约10亿美元" is the price paid.)
    ("目标价", Role::Other),
    ("目標價", Role::Other),
    // Cash and wealth-management products: "现金加上理财大约在人民币22.9亿元".
    ("理财", Role::Other),
    ("理財", Role::Other),
    ("融资", Role::Other),
    ("融資", Role::Other),
    ("募资", Role::Other),
    ("募資", Role::Other),
    ("股价", Role::Other),
    ("股價", Role::Other),
    ("预期", Role::Other),
    ("峰值", Role::Other),
    ("贷款", Role::Other),
    ("貸款", Role::Other),
    ("现金为", Role::Other),
    ("現金為", Role::Other),
    ("市场规模", Role::Other),
    ("市場規模", Role::Other),
    ("所得款项", Role::Other),
    ("所得款項", Role::Other),
    ("募资总额", Role::Other),
    ("募資總額", Role::Other),
    ("募集资金", Role::Other),
    ("现金及现金等价物", Role::Other),
    ("現金及現金等價物", Role::Other),
    ("现金储备", Role::Other),
    ("現金儲備", Role::Other),
    ("定期存款", Role::Other),
    ("預期", Role::Other),
    ("的现金", Role::Other),
    ("的現金", Role::Other),
    ("账上", Role::Other),
    ("賬上", Role::Other),
    ("开发费用", Role::Other),
    ("開發費用", Role::Other),
    ("研发费用", Role::Other),
    ("研发投入", Role::Other),
    ("研發投入", Role::Other),
    ("研发开支", Role::Other),
    ("研發開支", Role::Other),
    ("研發費用", Role::Other),
    ("基金", Role::Other),
    ("累计收到", Role::Other),
    ("累计收取", Role::Other),
    ("累計收取", Role::Other),
    ("累計收到", Role::Other),
    ("累计获得", Role::Other),
    ("累計獲得", Role::Other),
];

const ZH_CLAUSE_ENDS: &[char] = &['，', '。', '；', '：', ',', ';', '(', '（', ')', '）'];

/// Deal nouns that make an amount right before them the headline ("185亿美元减重药合作").
const ZH_DEAL_NOUNS: &[&str] = &[
    "合作", "交易", "协议", "協議", "授权", "授權", "许可", "許可", "大单",
];

/// Verbs a headline joins two companies with, right after the deal's value ("Kite最高16.4亿
/// 美元牵手普瑞金").
const ZH_DEAL_VERBS: &[&str] = &["牵手", "牽手", "携手", "攜手", "联手", "聯手"];

/// One automaton over word lists that are searched for again and again (a cue list is
/// read once per amount, a sentence check once per sentence).
fn automaton(words: &[&str]) -> AhoCorasick {
    AhoCorasick::new(words).expect("plain word patterns")
}

static ZH_CUE_MATCHER: LazyLock<AhoCorasick> =
    LazyLock::new(|| automaton(&ZH_CUES.iter().map(|(w, _)| *w).collect::<Vec<_>>()));

/// "首付之外还有44亿美元", "写成首付款之外的额外付款": a payment named only to set the
/// amount apart from it.
fn zh_excepted(text: &str, end: usize) -> bool {
    // ("付款总额（特许权使用费除外）": the royalties are what the total leaves out.)
    ["之外", "以外", "除外"]
        .iter()
        .any(|w| text[end..].starts_with(w))
}

/// "总额：连同里程碑付款，逾20亿美元": a payment named after 连同 ("together with") is what
/// the amount holds, not what it is (what follows "连同首付款在内的" is).
fn zh_held_with(text: &str, start: usize) -> bool {
    let clause = &text[text[..start].rfind(['，', '：', ':', '；']).unwrap_or(0)..start];
    ["连同", "連同"]
        .iter()
        .filter_map(|w| clause.rfind(w))
        .max()
        .is_some_and(|p| !clause[p..].contains("在内") && !clause[p..].contains("在內"))
}

/// "（不含特许权使用费及认购款项）": payments named as left out of the amount.
fn zh_left_out(text: &str, start: usize) -> bool {
    let clause = &text[text[..start]
        .rfind(['，', '：', '；', '）', ')'])
        .unwrap_or(0)..start];
    ["不含", "不包括", "不包含", "未含"]
        .iter()
        .any(|w| clause.contains(w))
}

fn zh_cue_before(text: &str) -> Option<Role> {
    // The cue that ends last; at the same end, the longer one ("近期里程碑" over "里程碑").
    let mut held = false;
    ZH_CUE_MATCHER
        .find_overlapping_iter(text)
        .filter(|m| {
            let with = zh_held_with(text, m.start());
            held |= with;
            !zh_excepted(text, m.end()) && !with && !zh_left_out(text, m.start())
        })
        .max_by_key(|m| (m.end(), m.len()))
        .map(|m| ZH_CUES[m.pattern().as_usize()].1)
        // "连同首付款，本公司…可收取的款项…最高为7亿美元": what holds the payments named is
        // the whole.
        .or_else(|| held.then_some(Role::Total))
}

fn zh_cue_after(text: &str) -> Option<Role> {
    // "16.4亿美元里绝大部分是里程碑": what most of the amount is makes it the whole.
    if ["里", "中", "當中", "当中"].iter().any(|w| {
        text.strip_prefix(w).is_some_and(|rest| {
            [
                "绝大部分",
                "絕大部分",
                "大部分",
                "多数",
                "多數",
                "大头",
                "大頭",
            ]
            .iter()
            .any(|m| rest.trim_start_matches('的').starts_with(m))
        })
    }) {
        return Some(Role::Total);
    }
    // "1.75亿美元加上股权投资": what is added to the amount is something else.
    if ["加上", "再加上", "外加", "连同", "連同"]
        .iter()
        .any(|w| text.starts_with(w))
    {
        return None;
    }
    // The cue that starts first; at the same start, the longer one.
    ZH_CUE_MATCHER
        .find_overlapping_iter(text)
        .filter(|m| !zh_excepted(text, m.end()))
        .min_by_key(|m| (m.start(), std::cmp::Reverse(m.len())))
        .map(|m| ZH_CUES[m.pattern().as_usize()].1)
}

/// Whether a sentence counts deals: a number before 笔 ("四笔", "157笔", "５笔", "多笔").
fn counted_deals(sentence: &str) -> bool {
    counted_deal_words(sentence).next().is_some()
}

/// The spans of "笔" after a count ("两笔", "94笔").
fn counted_deal_words(sentence: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    sentence
        .match_indices(['笔', '筆'])
        .filter(|(p, _)| {
            sentence[..*p].chars().next_back().is_some_and(|c| {
                c.is_ascii_digit()
                    || ('０'..='９').contains(&c)
                    || "二两兩三四五六七八九十百几幾多数數".contains(c)
            })
        })
        .map(|(p, w)| (p, p + w.len()))
}

/// "这三笔", "那两笔", "這幾筆": deals counted and pointed back to.
fn deals_pointed_back(sentence: &str) -> bool {
    counted_deal_words(sentence).any(|(p, _)| {
        let mut before = sentence[..p].chars().rev();
        before.next();
        before
            .next()
            .is_some_and(|c| matches!(c, '这' | '這' | '那'))
    })
}

/// The spans of deals summed right after a count word ("两笔合在一起", "三笔加起来"): from
/// "笔" to the end of the summing words.
fn summed_deal_words(sentence: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    sentence.match_indices(['笔', '筆']).filter_map(|(p, w)| {
        let after = &sentence[p + w.len()..];
        // "两笔首付加起来2.3亿美元": the payment summed may come between.
        let after = ["首付款", "首付", "预付款", "預付款"]
            .iter()
            .find_map(|x| after.strip_prefix(x))
            .unwrap_or(after);
        [
            "合在一起",
            "合起来",
            "合起來",
            "加起来",
            "加起來",
            "加在一起",
            "合计",
            "合計",
        ]
        .iter()
        .find(|s| after.starts_with(*s))
        .map(|s| (p, sentence.len() - after.len() + s.len()))
    })
}

/// Words of sentences about the market or many deals.
static ZH_AGGREGATE: LazyLock<AhoCorasick> = LazyLock::new(|| {
    automaton(&[
        // "平均每笔交易的总金额接近8.6亿美元": an average over deals.
        "平均每笔",
        "平均每筆",
        "平均单笔",
        "平均單筆",
        "行业",
        "行業",
        "全年",
        "年度交易",
        "交易数量",
        "今年以来",
        "今年以來",
        "年初至今",
        // "二至四季度合计约990亿美元": a period's tally.
        "季度合计",
        "季度合計",
        "季度累计",
        "季度累計",
        "半年合计",
        "半年合計",
        "统计",
        "統計",
        "同比",
        "中位数",
        "中位數",
        "赛道",
        "賽道",
        "数据显示",
        "數據顯示",
        "两份协议",
        "兩份協議",
        "两项协议",
        "兩項協議",
        "两份合作",
        "兩份合作",
        "两笔交易",
        "兩筆交易",
        "三次合作",
        "两次合作",
        "兩次合作",
        "多次合作",
        "三项协议",
        "三項協議",
        "多项协议",
        "多項協議",
        "两轮合作",
        "兩輪合作",
        "三轮合作",
        "三輪合作",
        "多轮合作",
        "多輪合作",
        "几次合作",
        "幾次合作",
        // Rumours are no deal's terms: "据市场传闻，…首付款或在3-5亿美元区间".
        "传闻",
        "傳聞",
        "据传",
        "據傳",
        "传言",
        "傳言",
        "据市场消息",
        "據市場消息",
        "市场消息称",
        "市場消息稱",
        "据知情人士",
        "有消息称",
        "有消息稱",
        "消息人士",
        "據知情人士",
        // A deal made up to make a point: "打个比方，一笔总额10亿美元、首付5000万美元的交易".
        "打个比方",
        "打個比方",
        "比如一笔",
        "比如一筆",
        "假设一笔",
        "假設一筆",
        // An unnamed deal in a commentary: "去年有一笔交易的首付款高达12亿美元".
        "有一笔交易",
        "有一筆交易",
        // What deals typically carry, a ranking's entry bar, a forecast of the year:
        // "首付款中枢明显上移", "8000万美元左右已较常见", "入榜门槛为首付款不低于1亿美元",
        // "首付款能否突破100亿美元".
        "中枢",
        "中樞",
        "较常见",
        "較常見",
        "入榜门槛",
        "入榜門檻",
        "上榜门槛",
        "上榜門檻",
        "能否突破",
    ])
});
/// Periods that make a sentence about the market only with a market word: "2025年一季度中国
/// 创新药对外授权交易总额", not "预计在2025年下半年确认为收入".
static ZH_PERIOD: LazyLock<AhoCorasick> = LazyLock::new(|| {
    automaton(&[
        "一季度",
        "二季度",
        "三季度",
        "四季度",
        "上半年",
        "下半年",
        "第一季",
        "第二季",
        "第三季",
        "第四季",
    ])
});
static ZH_MARKET: LazyLock<AhoCorasick> = LazyLock::new(|| {
    automaton(&[
        "中国创新药",
        "中國創新藥",
        "对外授权",
        "對外授權",
        "出海",
        "中国药企",
        "中國藥企",
    ])
});
static ZH_ROYALTY: LazyLock<AhoCorasick> =
    LazyLock::new(|| automaton(&["提成", "特许权", "特許權", "权利金", "權利金"]));
static ZH_OFFERING: LazyLock<AhoCorasick> = LazyLock::new(|| {
    automaton(&[
        "募资",
        "募資",
        "上市",
        "基石",
        "IPO",
        "招股",
        "发售",
        "發售",
        "回购",
        "回購",
        "募集资金",
        "募集資金",
        "配售",
        "定增",
        "增发",
        "增發",
    ])
});
static ZH_SALES: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(&["销售额", "銷售額"]));
static ZH_PART: LazyLock<AhoCorasick> = LazyLock::new(|| {
    automaton(&[
        "其中",
        "余下",
        "餘下",
        "剩余",
        "剩餘",
        "余款",
        "另外",
        "另",
        "第一期",
        "第二期",
        "第三期",
        "首期",
        "第一笔",
        "第二笔",
        "第一筆",
        "第二筆",
        "尾款",
    ])
});
static ZH_LATER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    automaton(&[
        "该笔",
        "此笔",
        "这笔",
        "該筆",
        "此筆",
        "這筆",
        "该款项",
        "該款項",
        "作为",
        "作為",
    ])
});

/// Roles in a Chinese sentence: a cue right after the amount ("12.5亿美元的首付款"), else the
/// nearest cue before it in its clause ("首付款12.5亿美元"), else before it earlier in the
/// sentence, else later in the clause. A conversion in brackets ("1亿美元（约合人民币7.2亿元）")
/// shares the role of the amount it restates. Sentences about the market ("全年", "行业")
/// make every amount `other`.
/// Chinese roles, and whether the sentence is about the market rather than one deal.
/// Where some words occur in a sentence, to find the last one before each amount without
/// reading the sentence again for every amount (which was quadratic in a sentence of many
/// amounts). The words must not overlap themselves ("分期", "里程碑：").
struct Occurrences {
    /// (end, start) of each occurrence, by end.
    by_end: Vec<(usize, usize)>,
    /// The latest start among the first k occurrences.
    latest_start: Vec<usize>,
}

impl Occurrences {
    fn of<'a>(text: &str, words: impl IntoIterator<Item = &'a str>) -> Self {
        Self::at(
            words
                .into_iter()
                .flat_map(|w| text.match_indices(w).map(|(p, w)| (p, p + w.len())))
                .collect(),
        )
    }

    /// From (start, end) spans.
    fn at(spans: Vec<(usize, usize)>) -> Self {
        let mut by_end: Vec<(usize, usize)> = spans.into_iter().map(|(s, e)| (e, s)).collect();
        by_end.sort_unstable();
        let latest_start = by_end
            .iter()
            .scan(0, |m, &(_, start)| {
                *m = start.max(*m);
                Some(*m)
            })
            .collect();
        Occurrences {
            by_end,
            latest_start,
        }
    }

    /// The start of the last occurrence that ends by `limit`: `text[..limit].rfind(w)` over
    /// the words.
    fn last_before(&self, limit: usize) -> Option<usize> {
        let k = self.by_end.partition_point(|&(end, _)| end <= limit);
        k.checked_sub(1).map(|k| self.latest_start[k])
    }

    /// Whether any occurrence ends by `limit`.
    fn any_before(&self, limit: usize) -> bool {
        self.by_end.first().is_some_and(|&(end, _)| end <= limit)
    }
}

fn assign_zh(sentence: &str, offset: usize, slots: &[Slot]) -> (Vec<Assigned>, bool) {
    // "两项协议打包披露，首付款合计1.85亿美元": two agreements disclosed as one deal are not
    // statistics.
    let bundled = ["打包", "一揽子", "一攬子"]
        .iter()
        .any(|w| sentence.contains(w));
    // "一位券商医药行业分析师表示": a speaker's title is not the industry's statistics.
    let industry_words = |part: &str| {
        ZH_AGGREGATE.find_iter(part).any(|m| {
            let word = &part[m.start()..m.end()];
            let next = &part[m.end()..];
            // "首付款6.5亿美元，是今年以来最大的一笔首付": this deal ranked, not a tally.
            let ranked = matches!(word, "今年以来" | "今年以來" | "年初至今")
                && next.starts_with(['最', '首']);
            let speaker = matches!(word, "行业" | "行業")
                && [
                    "分析师",
                    "分析師",
                    "人士",
                    "研究员",
                    "研究員",
                    "观察",
                    "觀察",
                    "专家",
                    "專家",
                ]
                .iter()
                .any(|t| next.starts_with(t));
            // "据第三方数据库统计，交易总额逾8.5亿美元": who counted, not a tally of many deals
            // (a tally says so with its own words: 今年以来, 全年, 行业 …).
            let source = matches!(word, "统计" | "統計")
                && next.starts_with(['，', ','])
                && part[..m.start()]
                    .rsplit(['，', ',', '。', '；'])
                    .next()
                    .is_some_and(|clause| clause.starts_with(['据', '據']));
            !ranked && !speaker && !source
        })
    };
    // "2026年1月，中国创新药对外授权总金额约300亿美元": the total of a kind of deal, not of
    // one deal ("本次对外授权总金额" is one).
    let category_total = |part: &str| {
        (part.contains('额') || part.contains('額'))
            && ZH_MARKET.find_iter(part).any(|m| {
                let next = part[m.end()..].trim_start_matches(['交', '易']);
                let this = part[..m.start()].chars().rev().take(4).collect::<String>();
                ["总金额", "總金額", "总额", "總額", "金额合计", "金額合計"]
                    .iter()
                    .any(|w| next.starts_with(w))
                    && !["次本", "次此", "笔这", "筆這", "笔该", "筆該"]
                        .iter()
                        .any(|w| this.contains(w))
            })
    };
    // "2024年中国创新药对外授权交易首付款合计41亿美元": a year's deals of a kind.
    let year_of_kind = |part: &str| {
        ZH_MARKET.find_iter(part).any(|m| {
            let head = part[..m.start()].trim_end_matches(['全', '的']);
            head.strip_suffix('年').is_some_and(|h| {
                let digits: Vec<char> = h.chars().rev().take(4).collect();
                digits.len() == 4
                    && digits
                        .iter()
                        .all(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
            })
        })
    };
    // "本月重点交易首付款合计：2.43亿美元": a period's deals summed.
    // ("当月披露总额约300亿美元，首付款约30亿美元": what the month's deals disclosed.)
    let period_sum = |part: &str| {
        ["本月", "本周", "本週", "当月", "當月", "本季度"]
            .iter()
            .any(|w| part.contains(w))
            && (part.contains("交易")
                && ["合计", "合計", "总计", "總計"]
                    .iter()
                    .any(|w| part.contains(w))
                || part.contains("披露总额")
                || part.contains("披露總額"))
    };
    // "TOP13首付款合计43.65亿美元", "TOP10的首付款加起来约30.2亿美元": a ranking summed.
    // (Single characters first: most sentences hold none of them.)
    let ranking_sum = |part: &str| {
        (part.contains('榜')
            || memchr::memchr(b'T', part.as_bytes()).is_some()
                && (part.contains("TOP") || part.contains("Top"))
            || part.contains('前') && (part.contains("前十") || part.contains("前10")))
            && ["合计", "合計", "加起来", "加起來", "总和", "總和"]
                .iter()
                .any(|w| part.contains(w))
    };
    let about_market = |part: &str| {
        category_total(part)
            || year_of_kind(part)
            || period_sum(part)
            || ranking_sum(part)
            || industry_words(part) && !bundled
            || ZH_PERIOD.is_match(part) && ZH_MARKET.is_match(part)
            // "四笔中国创新药对外授权交易", "157笔": deals counted ("这笔交易" is one), or
            // pointed back to ("12月这三笔，…合计约US$19.85亿").
            || ["交易", "对外授权", "對外授權", "授权交易"]
                .iter()
                .any(|w| part.contains(w))
                && counted_deals(part)
            || deals_pointed_back(part)
    };
    let aggregate = about_market(sentence);
    // "5000万美元首付款约合人民币3.6亿元，相当于公司去年全年营收的七成以上": the market or
    // the year may come in only as what one deal's amount is compared with.
    let compared_from = if aggregate {
        ["相当于", "相當於", "约占", "約佔", "占", "佔"]
            .iter()
            .filter_map(|w| sentence.find(w))
            .min()
            .filter(|&c| !about_market(&sentence[..c]))
    } else {
        None
    };
    let royalty_sentence = ZH_ROYALTY.is_match(sentence);
    let sales_sentence = ZH_SALES.is_match(sentence);
    // (Not "在纳斯达克上市的亘喜生物": a company described as listed.)
    let offering = ZH_OFFERING.find_iter(sentence).any(|m| {
        !(matches!(&sentence[m.start()..m.end()], "上市")
            && (sentence[m.end()..].starts_with('的') || sentence[m.end()..].starts_with("公司")))
    });
    let local = |a: usize, b: usize| within(sentence, offset, a, b);
    // Words each amount looks back for, found once for the sentence (and only looked for
    // when a character they all hold is there).
    let split_words = if sentence.contains('分') {
        Occurrences::of(
            sentence,
            ["分两期", "分兩期", "分三期", "分期", "分批", "分二期"],
        )
    } else {
        Occurrences::at(Vec::new())
    };
    let milestone_labels = if sentence.contains("里程碑") {
        Occurrences::of(
            sentence,
            ["里程碑：", "里程碑:", "里程碑付款：", "里程碑付款:"],
        )
    } else {
        Occurrences::at(Vec::new())
    };
    let (counted_at, summed_at) = if sentence.contains(['笔', '筆']) {
        (
            Occurrences::at(counted_deal_words(sentence).collect()),
            Occurrences::at(summed_deal_words(sentence).collect()),
        )
    } else {
        (Occurrences::at(Vec::new()), Occurrences::at(Vec::new()))
    };
    let n = slots.len();
    // Bracketed restatement right after an amount.
    let paired: Vec<bool> = (0..n)
        .map(|i| {
            i + 1 < n && {
                let between = local(slots[i].end, slots[i + 1].start).trim();
                let after = local(slots[i + 1].end, offset + sentence.len());
                // "（其中3000万美元以股份支付）": a part of the amount before, whatever follows.
                matches!(between, "（其中" | "(其中")
                    || [
                        "（约合",
                        "（約合",
                        "（约",
                        "（約",
                        "(约合",
                        "(约",
                        "（折合",
                        "（折合约",
                        "（折合約",
                        "（约相当于",
                        "（約相當於",
                        "（相当于",
                        "（相當於",
                        "（大约",
                        "（大約",
                        "(約合",
                        "(約",
                        "（即",
                        "（",
                        "(",
                    ]
                    .contains(&between)
                        && after.trim_start().starts_with(['）', ')'])
            }
        })
        .collect();
    let mut out: Vec<Assigned> = Vec::with_capacity(n);
    let mut tight_hits: Vec<bool> = Vec::with_capacity(n);
    for i in 0..n {
        if i > 0 && paired[i - 1] {
            out.push(out[i - 1]);
            tight_hits.push(tight_hits[i - 1]);
            continue;
        }
        // "首付款人民币6,000万元，分两期支付：…支付人民币3,500万元，…再支付人民币2,500万元":
        // instalments of the amount that was split.
        // (The last such word before the amount decides: the nearest amount that ends before
        // it is the one split. One search per amount, not one per pair of amounts, which was
        // cubic in a sentence of many amounts.)
        let split = split_words
            .last_before(slots[i].start - offset)
            .and_then(|q| {
                slots[..i]
                    .partition_point(|s| s.end - offset <= q)
                    .checked_sub(1)
            });
        if let Some(k) = split.filter(|&k| out[k].firm && out[k].role != Role::Other) {
            let between = local(slots[i - 1].end, slots[i].start);
            if zh_cue_before(between).is_none()
                && zh_cue_after(local(
                    slots[i].end,
                    slots
                        .get(i + 1)
                        .map_or(offset + sentence.len(), |s| s.start),
                ))
                .is_none()
            {
                out.push(out[k]);
                tight_hits.push(false);
                continue;
            }
        }
        let slot = slots[i];
        // The sentence up to the amount.
        let prior = local(offset, slot.start);
        // "按这个口径，单笔5.7亿美元的首付款…相当于去年全年首付款的约8%": one deal's amount
        // set against the statistics.
        // (Not "单笔首付款中位数约5000万美元": the median over many.)
        let single = || {
            let head = prior
                .trim_end_matches(|c: char| "约約高达達逾超过過".contains(c) || c.is_whitespace());
            head.ends_with("单笔") || head.ends_with("單筆")
        };
        let before_comparison = compared_from.is_some_and(|c| slot.end - offset <= c);
        // "8000万美元首付款在减重赛道不算高": an amount named as a payment, with the market
        // brought in only after it, is one deal's.
        let named_before_market = aggregate && {
            let end = slot.end - offset;
            let rest = &sentence[end..];
            let trimmed = rest.trim_start_matches('的');
            ZH_CUES
                .iter()
                .filter(|(_, r)| !matches!(r, Role::Other))
                .find(|(w, _)| trimmed.starts_with(w))
                .is_some_and(|(w, _)| {
                    let through = end + (rest.len() - trimmed.len()) + w.len();
                    // ("2024年的94笔、519亿美元和41亿美元首付款": deals counted before it.)
                    !about_market(&sentence[..through]) && !counted_deals(&sentence[..through])
                })
        };
        // "两笔减重药交易，首付款同样落在这个区间：今年6月，…授权再生元，首付款8000万美元": the
        // deals listed after the colon, each with its own payment; "荣昌生物—艾伯维（首付款
        // 6.5亿美元）和…两笔交易": a deal's payment in brackets after its parties.
        let listed_deal = aggregate && {
            let head = prior.trim_end_matches(|c: char| {
                "约約高达達逾超过過最".contains(c) || c.is_whitespace()
            });
            // (A headline among them too, when the items name who granted what: "…：乐普生物
            // 将MRG007授予ArriVent，…，交易总额约12亿美元".)
            let granted = |since: &str| {
                [
                    "授予",
                    "授权给",
                    "授權給",
                    "签署",
                    "簽署",
                    "达成",
                    "達成",
                    "许可给",
                ]
                .iter()
                .any(|v| since.contains(v))
            };
            ZH_CUES
                .iter()
                .filter(|(_, r)| *r != Role::Other)
                .find(|(w, _)| head.ends_with(w))
                .is_some_and(|(w, r)| {
                    let before_cue = &head[..head.len() - w.len()];
                    if *r == Role::Total
                        && !before_cue
                            .rfind('：')
                            .is_some_and(|c| granted(&before_cue[c..]))
                    {
                        return false;
                    }
                    let after = &sentence[slot.end - offset..];
                    let bracketed =
                        before_cue.ends_with(['（', '(']) && after.starts_with(['）', ')']);
                    let listed = before_cue.rfind('：').is_some_and(|c| {
                        let since = &before_cue[c..];
                        !about_market(since) && !counted_deals(since)
                    });
                    bracketed || listed
                })
        };
        // "两笔合在一起看，…首付款已经约2.39亿美元", "…两笔合计3.8亿美元": what follows the
        // sum of deals just counted is theirs together.
        let summed = counted_at.any_before(prior.len()) && summed_at.any_before(prior.len());
        if slot.per_share
            || summed
            || aggregate && !single() && !before_comparison && !named_before_market && !listed_deal
        {
            out.push(Assigned::new(Role::Other, MilestoneScope::default(), true));
            tight_hits.push(false);
            continue;
        }
        // Words after the amount (after the bracket of a paired restatement).
        let after_from = if paired[i] {
            let close = local(slots[i + 1].end, offset + sentence.len());
            slots[i + 1].end + close.find(['）', ')']).map_or(0, |p| p + 3)
        } else {
            slot.end
        };
        // Up to the next amount: "最高6.8亿美金的开发及注册里程碑付款及最高9亿美金的销售里程碑" gives the
        // first amount two kinds, not three.
        let next_start = slots
            .get(if paired[i] { i + 2 } else { i + 1 })
            .map_or(offset + sentence.len(), |s| s.start);
        let after_all = local(after_from, next_start.max(after_from));
        let after = &after_all[..after_all.find(ZH_CLAUSE_ENDS).unwrap_or(after_all.len())];
        let prev_end = if i > 0 { slots[i - 1].end } else { offset };
        let before_all = local(prev_end, slot.start);
        let clause_start = before_all.rfind(ZH_CLAUSE_ENDS).map_or(0, |p| {
            p + before_all[p..].chars().next().map_or(1, char::len_utf8)
        });
        let before = &before_all[clause_start..];
        // "支付1500万美元首付款及最高4.92亿美元的…里程碑付款": the cue right after the amount
        // before is that amount's, not this one's.
        // ("US$15M的近期里程碑付款及合共最高US$940M的…": after a "的" too.)
        let before = if i > 0 && clause_start == 0 {
            let lead = before.len() - before.trim_start_matches('的').len();
            ZH_CUE_MATCHER
                .find_overlapping_iter(&before[lead..])
                .filter(|m| m.start() == 0)
                .map(|m| m.end())
                .max()
                .map_or(before, |len| &before[lead + len..])
        } else {
            before
        };
        // ("$500M near-term" in a Chinese sentence: a space before an English cue; a space
        // before Chinese words sets a headline's parts apart: "最高13.8亿美元 股价一字涨停".)
        let tight = after.trim_start_matches('的');
        // "总额最高为19.2亿美元的潜在里程碑付款": "potential" before the payment it qualifies
        // (not "潜在付款总额", a cue of its own).
        let tight = match tight
            .strip_prefix("潜在")
            .or_else(|| tight.strip_prefix("潛在"))
        {
            Some(rest)
                if rest.starts_with(['里', '裡', '裏', '开', '開', '注', '註', '销', '銷']) =>
            {
                rest
            }
            _ => tight,
        };
        let tight = match tight.trim_start_matches(' ') {
            english if english.starts_with(|c: char| c.is_ascii_alphabetic()) => english,
            _ => tight,
        };
        // "合计" (in all) totals whatever the sentence named before it: "里程碑付款，合计最高…"
        // is a milestone sum, "合计最高20亿美元" alone a headline.
        let weak_total = |r: Option<Role>, text: &str| match r {
            Some(Role::Total)
                if ["合计", "合計", "合共", "总计", "總計"]
                    .iter()
                    .any(|w| text.contains(w)) =>
            {
                // The payment named before "合计" in this clause ("里程碑金合計最高"), else in
                // the clause before.
                let sum_at = ["合计", "合計", "合共", "总计", "總計"]
                    .iter()
                    .filter_map(|w| text.rfind(w))
                    .max()
                    .unwrap_or(0);
                let earlier =
                    before_all[..before_all.len() - before.len()].trim_end_matches(ZH_CLAUSE_ENDS);
                // "现金及等价物合计" is not a deal term; a clause before only lends a payment.
                // "支付合计不超过人民币2.4亿元的开发及注册里程碑款": or the one right after.
                // "去年全球销售额合计已超过200亿美元": sales summed.
                if ["销售额", "銷售額"]
                    .iter()
                    .any(|w| text[..sum_at].ends_with(w))
                {
                    return Some(Role::Other);
                }
                zh_cue_before(&text[..sum_at])
                    .or_else(|| {
                        zh_cue_after(after.trim_start_matches('的'))
                            .filter(|r| !matches!(r, Role::Other | Role::Total))
                    })
                    .or_else(|| zh_cue_before(earlier).filter(|r| *r != Role::Other))
                    .or(r)
            }
            other => other,
        };
        let mut firm = true;
        let tight_cue = ZH_CUES
            .iter()
            .find(|(w, _)| tight.starts_with(w))
            .map(|(_, r)| *r);
        tight_hits.push(tight_cue.is_some());
        // "两者合计最高9.7亿美元": the sum of the two amounts just named.
        let both = (i > 0 && ["两者", "二者", "兩者"].iter().any(|w| before.contains(w)))
            .then(|| out[i - 1].role)
            .filter(|r| *r != Role::Other);
        // "1.2 billion美元合作": a deal noun right after the amount names the headline.
        let tight_deal = ZH_DEAL_NOUNS
            .iter()
            .chain(ZH_DEAL_VERBS)
            .any(|w| tight.trim_start().starts_with(w))
            .then_some(Role::Total);
        // "以最高约12亿美元整体收购了亘喜生物": the most a takeover may cost is its headline.
        let bought_for_up_to = (before.trim_end_matches(['约', '約']).ends_with("以最高")
            && tight
                .trim_start_matches(['整', '体', '體', '全', '资', '資'])
                .starts_with(['收']))
        .then_some(Role::Total);
        // "$800M upfront + $500M near-term + up to $7.1B milestones = up to $8.4B": the
        // result of a sum of deal terms is the headline.
        let equals = (i > 0
            && (before.contains('=') || before.contains('＝'))
            && out[i - 1].role != Role::Other)
            .then_some(Role::Total);
        // "里程碑付款总额由最高4.5亿美元增至最高6.1亿美元": the new figure is what the old
        // one was.
        let changed_to = (i > 0
            && ZH_CHANGED_TO.iter().any(|w| {
                before
                    .trim_end_matches(['最', '高', '约', '約'])
                    .ends_with(w)
            })
            && out[i - 1].role != Role::Other)
            .then(|| out[i - 1].role);
        let mut role = tight_cue
            .or(tight_deal)
            .or(bought_for_up_to)
            .or(changed_to)
            .or(equals)
            .or(both)
            .or_else(|| weak_total(zh_cue_before(before), before))
            // "约120亿美元是假设…里程碑均达成的情况下公司可能获得的款项总额": what the amount
            // "is" is named at the end of its clause.
            .or_else(|| {
                after
                    .starts_with(['是', '为', '為'])
                    .then(|| zh_cue_before(after))
                    .flatten()
            })
            .or_else(|| zh_cue_after(after))
            .or_else(|| before.contains("有资格").then_some(Role::Milestone))
            // (Not "后续里程碑金额未披露，“超过8.5亿美元”只是下限": a payment said to be
            // undisclosed names no amount.)
            // ("· 里程碑合计：最高11.2亿美元": the payment named before "合计" too.)
            .or_else(|| {
                weak_total(zh_cue_before(before_all), before_all).filter(|_| {
                    !["未披露", "未公开", "未公開", "并未披露", "並未披露"]
                        .iter()
                        .any(|w| before_all.contains(w))
                })
            })
            // "「最高達6.15億美元」應更正為「最高達6.2億美元」": the figure it corrects.
            .or_else(|| {
                let corrects = ["更正為", "更正为", "改為", "改为"]
                    .iter()
                    .any(|w| before_all.contains(w));
                (corrects && i > 0)
                    .then(|| out[i - 1].role)
                    .filter(|r: &Role| *r != Role::Other)
            })
            // "其中3,000万美金于…支付，余下1,500万美金…": parts of the amount before.
            .or_else(|| {
                let part = ZH_PART.is_match(before);
                (part && i > 0)
                    .then(|| out[i - 1].role)
                    .filter(|r: &Role| *r != Role::Other)
            })
            // "…1亿美元（…），该笔近期里程碑付款将于…", "2000万美元由凯斯勒支付，…作为本次交易的
            // 首付款": a later clause says what the amount is.
            .or_else(|| zh_later_clause(after_all))
            // "185亿美元减重药合作": a deal noun a few characters on, with no preposition
            // between ("7500万美元在早期ADC授权中" is not a headline).
            .or_else(|| {
                let head: String = after.chars().take(8).collect();
                let noun = ZH_DEAL_NOUNS.iter().filter_map(|w| head.find(w)).min()?;
                (!head[..noun].contains(['在', '于', '於', '中', '对', '對']))
                    .then_some(Role::Total)
            })
            // "簽約金是30億日圓，大概兩千萬美金左右": an approximate amount in another
            // currency right after a payment is its conversion.
            .or_else(|| {
                let approx = [
                    "约",
                    "約",
                    "大概",
                    "大约",
                    "大約",
                    "折合",
                    "相当于",
                    "相當於",
                ]
                .iter()
                .any(|w| before.contains(w));
                (approx && i > 0 && slots[i - 1].currency != slot.currency)
                    .then(|| out[i - 1].role)
                    .filter(|r: &Role| *r != Role::Other)
            })
            // "於取得美國…的監管批准時支付最多2.2億美元": paid when an event is reached.
            .or_else(|| {
                let when = before.contains('时') || before.contains('時');
                let event = [
                    "批准", "获批", "獲批", "上市", "达成", "達成", "达到", "達到", "实现", "實現",
                    "给药", "給藥",
                ]
                .iter()
                .any(|w| before.contains(w));
                (when && event).then_some(Role::Milestone)
            })
            // "超过人民币10亿元但不超过人民币20亿元的部分，按12%计提": a royalty tier.
            .or_else(|| {
                (after.starts_with("的部分")
                    && (sentence.contains('%') || sentence.contains("计提")))
                .then_some(Role::Royalty)
            })
            .unwrap_or_else(|| {
                firm = false;
                Role::Other
            });
        // "首付款及近期里程碑合计1.1亿美元", "首付款及選擇權行使前里程碑付款，合計3,000萬美元": one
        // combined upfront figure; "首付款及里程碑付款总计最高15亿美元" is the headline.
        // `before` is the end of `before_all`: the words since the previous amount.
        // (Not the previous amount's own payment in a clause before: "2,500万美元首付款，并在
        // 达到里程碑时支付合计不超过5.71亿美元的里程碑付款".)
        let named = match before_all.find(ZH_CLAUSE_ENDS) {
            Some(end) if i > 0 && tight_hits[i - 1] => &before_all[end..],
            _ => before_all,
        };
        // ("首付款及里程碑付款總額最高為1.85億歐元" as well, but not "本次交易潜在总额".)
        let summed = [
            "合计",
            "合計",
            "总计",
            "總計",
            "合共",
            "付款总额",
            "付款總額",
        ]
        .iter()
        .any(|w| named.contains(w));
        // ("首付加近期款5.7亿美元": 首付 alone, joined to what it is summed with; not "3,000万
        // 美元现金首付、里程碑合计7.55亿美元", where it closes the amount before.)
        let upfront_named = ["首付款", "預付款", "预付款", "首期"]
            .iter()
            .any(|w| named.contains(w))
            || [
                "首付加",
                "首付及",
                "首付和",
                "首付与",
                "首付與",
                "首付+",
                "首付＋",
            ]
            .iter()
            .any(|w| named.contains(w));
        if matches!(role, Role::Total | Role::NearTerm | Role::Milestone) && upfront_named {
            let near = ["近期", "行使前", "行权前", "行權前", "前期"]
                .iter()
                .any(|w| named.contains(w));
            // "首付款、近期付款及里程碑付款合计不超过4.7亿美元": milestones named apart from
            // the near-term ones make the sum the headline.
            let other_milestones = zh_names_other_milestones(named);
            if near && summed && other_milestones {
                role = Role::Total;
            } else if near
                && (summed || role == Role::NearTerm)
                // ("连同首付款及近期里程碑付款，…潜在付款总额最高为11亿美元": the potential
                // payments together with those are the headline.)
                && !(role == Role::Total
                    && ["潜在", "潛在", "连同", "連同"]
                        .iter()
                        .any(|w| named.contains(w)))
            {
                role = Role::Upfront;
            } else if summed && named.contains("里程碑") {
                role = Role::Total;
            }
        }
        // "将获得合计1.75亿美元的款项，包括首付款、近期里程碑付款及选择权行使费": the parts
        // listed after a sum say what it is; the upfront with near-term payments is one
        // combined upfront.
        if role == Role::Total {
            let listed = &after_all[..after_all.find(['；', '。', ';']).unwrap_or(after_all.len())];
            if let Some(p) = ["包括", "包含", "包含了", "含"]
                .iter()
                .filter_map(|w| listed.find(w))
                .min()
            {
                let parts = &listed[p..];
                let milestones = zh_names_other_milestones(parts);
                if ["首付款", "预付款", "預付款"]
                    .iter()
                    .any(|w| parts.contains(w))
                    && parts.contains("近期")
                    && !milestones
                {
                    role = Role::Upfront;
                }
            }
        }
        // "有权收取选择权行权费及里程碑付款合计最高10.55亿美元": the option payments and the
        // milestones summed are the headline.
        // (Not "倘我們未保留選擇權資產…的權利": option assets are no option payment.)
        let option_named = [
            "行权费",
            "行權費",
            "期权费",
            "期權費",
            "选择权费",
            "選擇權費",
        ]
        .iter()
        .any(|w| named.contains(w));
        if role == Role::Milestone && option_named && summed && !upfront_named {
            role = Role::Total;
        }
        // "若辉瑞行使中国选择权，还需另付最高1.5亿美元", "…的选择权，行权时需另付最高1.5亿美元":
        // what exercising the option costs (not "行权后将支付最高2亿美元的里程碑").
        let exercise_pays = {
            let clause = before_all
                .rfind(['。', '；'])
                .map_or(before_all, |p| &before_all[p..]);
            let exercised = clause.contains("行权")
                || clause.contains("行權")
                || clause.contains("行使")
                    && (clause.contains("选择权") || clause.contains("選擇權"));
            let head = before.trim_end_matches(|c: char| "最高约約不超过過逾达達".contains(c));
            exercised
                && ["另付", "另获", "另獲", "再付", "支付", "付款"]
                    .iter()
                    .any(|w| head.ends_with(w))
                && zh_cue_after(after).is_none_or(|r| r == Role::Option)
        };
        if exercise_pays {
            role = Role::Option;
        }
        // "44亿美元到底含不含首付", "6亿美元（含首付款）": an amount that holds the upfront is
        // the headline.
        if role == Role::Upfront {
            let head: String = after
                .trim_start_matches(['（', '('])
                .chars()
                .take(8)
                .collect();
            // (Not "首付12亿美元含1亿美元认购新股": a part of the upfront held in it.)
            let holds = ["含", "包含", "包括"].iter().any(|w| head.contains(w))
                && ["首付", "预付", "預付"].iter().any(|w| head.contains(w));
            if holds && !tight_hits[i] {
                role = Role::Total;
            }
        }
        // "年度净销售额不超过人民币10亿元的部分，按8%计提": sales tiers of a royalty.
        let own_clause_sales = [before, after]
            .iter()
            .any(|c| ["销售额", "銷售額", "部分"].iter().any(|w| c.contains(w)));
        if royalty_sentence && role == Role::Other && sales_sentence && own_clause_sales {
            role = Role::Royalty;
        }
        // "…最高分别为2.15亿、3.5亿和6亿美元，合计最高11.65亿美元": the sum of the milestones
        // just listed.
        // (Not "首付款2亿美元，里程碑最高18亿美元，合计最高20亿美元": upfront and milestones.)
        if role == Role::Total
            && i > 0
            && prior.contains("里程碑")
            && !["首付", "预付", "預付", "前期付款", "签约", "簽約"]
                .iter()
                .any(|w| prior.contains(w))
            // (list members before it get their shared role only after this loop)
            && out[..i]
                .iter()
                .all(|a| a.role == Role::Milestone || a.role == Role::Other && !a.firm)
            && ["合计", "合計", "总计", "總計", "合共"]
                .iter()
                .any(|w| before_all.contains(w))
            && zh_cue_before(before_all).is_none_or(|r| r == Role::Total)
        {
            role = Role::Milestone;
        }
        // "信达收到2亿美元首付款，并有资格获得最高8.25亿美元的里程碑付款，合计10.25亿美元":
        // the sum of an upfront and milestones just stated is the headline.
        // (Not "其中开发和注册里程碑合计2亿美元": the clause names what it sums.)
        let sum_at = ["合计", "合計", "总计", "總計", "合共"]
            .iter()
            .filter_map(|w| before.find(w))
            .min();
        if role == Role::Milestone
            && sum_at.is_some_and(|p| zh_cue_before(&before[..p]).is_none())
            && out[..i].iter().any(|a| a.role == Role::Upfront)
            && out[..i].iter().any(|a| a.role == Role::Milestone)
        {
            role = Role::Total;
        }
        // "首付款中约5.7亿元人民币预计在2026年一次性确认为收入": the part of a payment to be
        // booked as revenue is no term (but "首付款5000万美元预计将在本年度确认为收入" is the
        // upfront itself).
        let named_tight = || {
            let head =
                before.trim_end_matches(|c: char| "约約逾近".contains(c) || c.is_whitespace());
            ZH_CUES.iter().any(|(w, _)| head.ends_with(w))
        };
        if [
            "确认为收入",
            "確認為收入",
            "确认收入",
            "確認收入",
            "计入收入",
            "計入收入",
        ]
        .iter()
        .any(|w| after.contains(w))
            && !named_tight()
        {
            role = Role::Other;
        }
        // "首付款大多在5000万至1亿美元之间": what deals habitually pay is no deal's term;
        // nor is a guess ("业内估计这笔交易的首付款可能在5000万至1亿美元之间").
        let clause_so_far = &prior[prior.rfind(ZH_CLAUSE_ENDS).unwrap_or(0)..];
        if [
            "大多",
            "大都",
            "通常",
            "往往",
            "多在",
            "多落在",
            "一般在",
            "普遍在",
            "估计",
            "估計",
            "估算",
            "猜测",
            "猜測",
            "推测",
            "推測",
            "可能在",
            "或在",
        ]
        .iter()
        .any(|w| clause_so_far.contains(w))
            // "首付款在1亿美元上下，里程碑在15亿美元左右": a ballpark, not a stated term.
            || clause_so_far.trim_end_matches(['约', '約']).ends_with('在')
                && ["上下", "左右"].iter().any(|w| after.starts_with(w))
        {
            role = Role::Other;
        }
        // "连同本次协议，…年内已自默沙东获得首付款合计8,200万美元": a sum over this deal
        // and others.
        let with_this = [
            "连同本次",
            "連同本次",
            "连同此次",
            "連同此次",
            "加上本次",
            "加上此次",
        ]
        .iter()
        .any(|w| sentence.contains(w));
        // "首付款與行權費合計1.55億美元已經確定到手": payments summed as money in hand.
        if (with_this || sentence.contains("到手")) && summed {
            role = Role::Other;
        }
        // "至今已从该合作中累计收到首付款及里程碑付款约1.8亿美元", "此前已收取的…，上述款项
        // 累计2,000万英镑": money already collected.
        let collected_sum = ["累计", "累計"].iter().any(|w| before.contains(w))
            && ["已收", "收到", "已收取"]
                .iter()
                .any(|w| sentence.contains(w));
        if collected_sum
            || [
                "累计收到",
                "累計收到",
                "累计获得",
                "累計獲得",
                "已累计",
                "已累計",
                "累计已收",
                "累計已收",
                "累计收取",
                "累計收取",
            ]
            .iter()
            .any(|w| before.contains(w))
        {
            role = Role::Other;
        }
        // "現金代價總額約108億港元", "额外付款总额": the sum of one kind of payment is that
        // payment, not the deal's headline.
        if role == Role::Total {
            let head =
                before.trim_end_matches(|c: char| "约約最高为為达達逾超过過高不至".contains(c));
            // ("潜在付款总额" sums every potential payment: the headline.)
            if let Some(stem) = head
                .strip_suffix("总额")
                .or_else(|| head.strip_suffix("總額"))
                .filter(|stem| !stem.ends_with("潜在付款") && !stem.ends_with("潛在付款"))
            {
                let kind = ZH_CUE_MATCHER
                    .find_overlapping_iter(stem)
                    .filter(|m| m.end() == stem.len())
                    .max_by_key(|m| m.len())
                    .map(|m| ZH_CUES[m.pattern().as_usize()].1);
                if let Some(r) = kind.filter(|r| !matches!(r, Role::Total | Role::Other)) {
                    role = r;
                }
            }
        }
        // "以最高9.5亿美元的对价收购普米斯生物": the consideration of an acquisition.
        if role == Role::Other
            && ["的对价收购", "的對價收購", "的总对价收购", "的總對價收購"]
                .iter()
                .any(|w| after.starts_with(w))
        {
            role = Role::Total;
        }
        // "总额200万元的青年学者奖励基金": what the amount is of, named right after it.
        if role == Role::Total {
            if let Some(of) = after.strip_prefix('的') {
                let head: String = of.chars().take(10).collect();
                if zh_cue_after(&head) == Some(Role::Other) {
                    role = Role::Other;
                }
            }
        }
        if matches!(role, Role::Equity | Role::Total) && offering {
            role = Role::Other;
        } else if role == Role::Total
            && (before.contains("认购") || before.contains("認購") || {
                // "…認購…股份，總對價為2.814億港元": the consideration of a subscription.
                ["对价", "對價", "代价", "代價"]
                    .iter()
                    .any(|w| before.contains(w))
                    && (sentence.contains("认购") || sentence.contains("認購"))
            })
        {
            // "認購事項之總代價為HK$2.34億": the price of a share subscription.
            role = Role::Equity;
        }
        // "里程碑：开发及注册最高1.35亿美元，销售最高3.2亿美元": under a milestones label, a
        // clause that opens with a kind of milestone is one.
        if role == Role::Other {
            let label = milestone_labels.last_before(prior.len());
            let clause = clause_so_far
                .trim_start_matches(ZH_CLAUSE_ENDS)
                .trim_start();
            if label.is_some_and(|at| !prior[at..].contains(['；', '。', '\n']))
                && ZH_MILESTONE_KINDS
                    .iter()
                    .any(|(w, _)| clause.starts_with(w))
            {
                role = Role::Milestone;
                firm = true;
            }
        }
        let scope = if role == Role::Milestone {
            // "…最高6.8亿美金的开发及注册里程碑付款及最高9亿美金": the words before the second
            // amount open with the first one's phrase, which names its kinds, not these.
            let own_before = if before.trim_start().starts_with('的') {
                before
                    .find("里程碑")
                    .map_or(before, |p| &before[p + "里程碑".len()..])
            } else {
                before
            };
            // "(4) 销售里程碑付款：合共最高8.4亿美元": a label before the colon names the kind.
            let earlier = &before_all[..before_all.len() - before.len()];
            let label = earlier
                .strip_suffix('：')
                .or_else(|| earlier.strip_suffix(':'))
                .map_or("", |l| {
                    let from = l
                        .rfind(ZH_CLAUSE_ENDS)
                        .map_or(0, |p| p + l[p..].chars().next().map_or(1, char::len_utf8));
                    &l[from..]
                });
            let scope = zh_milestone_scope(&[own_before, after, label]);
            // "4、销售里程碑：视…达到约定门槛的情况，累计不超过7.8亿美元": the label heading the
            // line names the kind of an amount whose own clause names none.
            if scope.kinds_named() == 0 {
                let line = &earlier[earlier.rfind('\n').map_or(0, |p| p + 1)..];
                let heading = line.find(['：', ':']).map_or("", |c| &line[..c]);
                // ("（五）销售里程碑：…": the item's number in brackets opens the heading.)
                let heading = ["（", "("]
                    .iter()
                    .find_map(|open| heading.strip_prefix(open))
                    .and_then(|rest| {
                        let close = rest.find(['）', ')'])?;
                        let after = close + rest[close..].chars().next()?.len_utf8();
                        (rest[..close].chars().count() <= 3).then(|| &rest[after..])
                    })
                    .unwrap_or(heading);
                if heading.contains("里程碑") && !heading.contains(ZH_CLAUSE_ENDS) {
                    zh_milestone_scope(&[heading])
                } else {
                    scope
                }
            } else {
                scope
            }
        } else {
            MilestoneScope::default()
        };
        // "「潛在付款總額」 指 …首付款及全部里程碑付款，最高為5.175億美元": in a definition,
        // the term defined names the amount.
        if let Some(term) = zh_defined_term(prior) {
            if let Some(r) = zh_cue_before(term).filter(|r| *r != Role::Other) {
                role = r;
            }
        }
        // "上述约53亿美元为假设…达成所有里程碑的金额": an amount the text points back to is the
        // one stated before, whatever its own clause says about it.
        let points_back = ["上述", "前述", "上述約", "上述约", "前述約", "前述约"]
            .iter()
            .any(|w| before.ends_with(w));
        if points_back {
            out.push(Assigned::new(role, scope, false));
            continue;
        }
        out.push(Assigned::new(role, scope, firm || role != Role::Other));
    }
    // A range takes the role its last member states: "此前1500万至2000万美元的预期".
    for i in (0..n.saturating_sub(1)).rev() {
        let between = local(slots[i].end, slots[i + 1].start).trim();
        if matches!(between, "至" | "到" | "-" | "–" | "~" | "～") && tight_hits[i + 1] {
            out[i] = out[i + 1];
        }
    }
    // Members of a list or range without a cue of their own share the role of the member
    // before: "介于5000万美元至8000万美元之间", "分别为3亿美元、5亿美元及12亿美元".
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for i in 0..n {
        let linked = i > 0
            && matches!(
                local(slots[i - 1].end, slots[i].start).trim(),
                "至" | "到" | "-" | "–" | "~" | "～" | "、" | "及" | "和" | "以及" | "与" | "或"
            );
        if linked {
            // A member without a cue takes the one before, `other` too ("峰值销售额在3-5亿美元").
            if !out[i].firm && (out[i - 1].firm || out[i - 1].role != Role::Other) {
                out[i] = out[i - 1];
            }
            if let Some(run) = runs.last_mut() {
                run.1 = i;
            }
        } else {
            runs.push((i, i));
        }
    }
    // "开发、注册及销售里程碑上限分别为A、B及C": one kind each, in the order named.
    for (first, last) in runs {
        let lead_from = if first == 0 {
            offset
        } else {
            slots[first - 1].end
        };
        let lead = local(lead_from, slots[first].start);
        let kinds = zh_kinds_in_order(lead);
        if last > first
            && (lead.contains("分别") || lead.contains("分別"))
            && kinds.len() == last - first + 1
        {
            for (slot, kind) in out[first..=last].iter_mut().zip(kinds) {
                if slot.role == Role::Milestone {
                    slot.scope = MilestoneScope::one(kind);
                }
            }
        }
    }
    // "1.6亿欧元首付款…总额最高14亿欧元，按当时汇率约合1.69亿美元和15亿美元": two conversions
    // after two amounts, in their order.
    for i in 2..n.saturating_sub(1) {
        let (a, b) = (slots[i - 2], slots[i - 1]);
        let (c, d) = (slots[i], slots[i + 1]);
        let converts = ["约合", "約合", "折合", "相当于", "相當於"]
            .iter()
            .any(|w| local(b.end, c.start).contains(w));
        let pair = matches!(
            local(c.end, d.start).trim(),
            "和" | "及" | "与" | "與" | "、"
        );
        if converts
            && pair
            && a.currency == b.currency
            && c.currency == d.currency
            && a.currency != c.currency
            && out[i - 2].role != Role::Other
            && out[i - 1].role != Role::Other
        {
            out[i] = out[i - 2];
            out[i + 1] = out[i - 1];
        }
    }
    // "2,500万美元（按1美元兑7.10元人民币计算，约合人民币1.78亿元）": a bracket that states its
    // rate before the conversion; the converted amount closing it is the payment before it
    // (the rate's own amounts stay what they are).
    for i in 0..n.saturating_sub(1) {
        let rest = local(slots[i].end, offset + sentence.len());
        if !rest.starts_with(['（', '(']) {
            continue;
        }
        let Some(close) = rest.find(['）', ')']) else {
            continue;
        };
        let close = slots[i].end + close;
        let Some(j) = (i + 1..n).take_while(|&j| slots[j].end <= close).last() else {
            continue;
        };
        let lead = local(slots[j - 1].end, slots[j].start);
        // ("（按本公告所採用之匯率1美元兌7.78港元計算，約相等於6.22億港元）", "（按1美元兌7.78港元
        // 計算約82.1億港元）".)
        let converts = [
            "约合",
            "約合",
            "折合",
            "相当于",
            "相當於",
            "相等于",
            "相等於",
            "计算",
            "計算",
        ]
        .iter()
        .any(|w| lead.contains(w));
        if j > i + 1
            && converts
            && local(slots[j].end, close).trim().is_empty()
            && slots[j].currency != slots[i].currency
            && out[j].role == Role::Other
        {
            out[j] = out[i];
        }
    }
    // "按1美元兑7.17元人民币计": the two sides of a rate are no payment.
    for j in 1..n {
        if matches!(
            local(slots[j - 1].end, slots[j].start).trim(),
            "兑" | "兌" | "=" | "＝"
        ) {
            out[j - 1] = Assigned::new(Role::Other, MilestoneScope::default(), true);
            out[j] = Assigned::new(Role::Other, MilestoneScope::default(), true);
        }
    }
    // "5亿美元首付款按1美元兑7.17元人民币计，约合人民币35.9亿元": the same without a bracket —
    // the conversion is the payment before the rate's two amounts.
    for j in 3..n {
        let lead = local(slots[j - 1].end, slots[j].start);
        let converts = ["约合", "約合", "折合"].iter().any(|w| lead.contains(w));
        let rate = ["兑", "兌", "="]
            .iter()
            .any(|w| local(slots[j - 2].end, slots[j - 1].start).contains(w));
        let k = j - 3;
        if converts
            && rate
            && out[j].role == Role::Other
            && out[k].role != Role::Other
            && slots[k].currency != slots[j].currency
            && !local(slots[k].end, slots[j - 2].start).contains(['。', '；'])
        {
            out[j] = out[k];
        }
    }
    // "…首付款及…近期里程碑付款；开发及注册里程碑…，销售里程碑…，上述款项合计不超过8.35亿美元": the
    // payments listed before, an upfront and milestones among them, summed are the headline.
    for i in 1..n {
        let listed = |r: Role| out[..i].iter().any(|a| a.role == r);
        if matches!(out[i].role, Role::Milestone | Role::Upfront | Role::Other)
            && listed(Role::Milestone)
            && (listed(Role::Upfront) || listed(Role::NearTerm))
            && sums_the_payments_above(local(slots[i - 1].end, slots[i].start))
        {
            out[i] = Assigned::new(Role::Total, MilestoneScope::default(), true);
        }
    }
    // "8.35亿美元为协议约定的首付款及各项里程碑付款的上限": an amount said to be the cap of an
    // upfront and the milestones together is the headline.
    for i in 0..n {
        // (The role first: most amounts are settled by it at once.)
        if !matches!(out[i].role, Role::Milestone | Role::Upfront) {
            continue;
        }
        let rest = local(
            slots[i].end,
            slots
                .get(i + 1)
                .map_or(offset + sentence.len(), |s| s.start),
        );
        if !rest.starts_with(['为', '為', '是']) {
            continue;
        }
        let clause = &rest[..rest.find(['，', '。', '；', ',']).unwrap_or(rest.len())];
        let both = ["首付", "预付", "預付"].iter().any(|w| clause.contains(w))
            && clause.contains("里程碑");
        let whole = ["上限", "总额", "總額", "总和", "總和", "合计", "合計"]
            .iter()
            .any(|w| clause.contains(w));
        if both && whole {
            out[i] = Assigned::new(Role::Total, MilestoneScope::default(), true);
        }
    }
    // "包括首付款和里程碑付款在内，最高可达3.5亿美元", "包括选择权行权费和里程碑在内最高10.55亿美元
    // 的付款": an amount said to hold milestones and another kind of payment is the headline.
    for i in 0..n {
        if out[i].role != Role::Milestone || aggregate {
            continue;
        }
        let before = local(
            if i > 0 { slots[i - 1].end } else { offset },
            slots[i].start,
        );
        let Some(close) = before.rfind("在内").or_else(|| before.rfind("在內")) else {
            continue;
        };
        let Some(open) = ["包括", "包含"]
            .iter()
            .filter_map(|w| before[..close].rfind(w))
            .max()
        else {
            continue;
        };
        let held = &before[open..close];
        let other_kind = [
            "首付",
            "预付",
            "預付",
            "行权费",
            "行權費",
            "选择权",
            "選擇權",
            "近期",
        ]
        .iter()
        .any(|w| held.contains(w));
        // (Only the few characters between "在内" and the amount: "最高可达", "，最高约", or a
        // clause naming who receives it, "，本公司及科倫博泰可收取的款項最高達", naming no other
        // payment.)
        let tail = &before[close..];
        let tail = tail.chars().count() <= 8
            || tail.chars().count() <= 28
                && !tail.contains(['。', '；', ';'])
                && zh_cue_before(&tail["在内".len()..]).is_none();
        if other_kind && held.contains("里程碑") && tail {
            out[i] = Assigned::new(Role::Total, MilestoneScope::default(), true);
        }
    }
    (out, aggregate)
}

/// "，上述款项合计不超过", "以上各项付款合計": the words before an amount that sum the payments
/// listed before it.
pub(crate) fn sums_the_payments_above(lead: &str) -> bool {
    ["上述", "以上", "前述"].iter().any(|w| lead.contains(w))
        && ["款项", "款項", "付款", "各项", "各項"]
            .iter()
            .any(|w| lead.contains(w))
        && ["合计", "合計", "总计", "總計", "共计", "共計", "合共"]
            .iter()
            .any(|w| lead.contains(w))
}

/// The term a definition line defines: "「潛在付款總額」　指　…" gives "潛在付款總額".
fn zh_defined_term(text: &str) -> Option<&str> {
    let line = &text[text.rfind('\n').map_or(0, |p| p + 1)..];
    let close = line.find(['」', '”'])?;
    let open = line[..close].rfind(['「', '“'])?;
    let rest = line[close..].trim_start_matches(['」', '”']);
    rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
        .starts_with('指')
        .then(|| &line[open + '「'.len_utf8()..close])
}

/// What a later clause of the sentence calls an amount: "，该笔近期里程碑付款…" (this
/// payment), "…，作为本次交易的首付款" (as the upfront), before the next amount.
fn zh_later_clause(after_all: &str) -> Option<Role> {
    let m = ZH_LATER.find(after_all)?;
    let rest = &after_all[m.end()..];
    let clause = &rest[..rest.find(ZH_CLAUSE_ENDS).unwrap_or(rest.len())];
    zh_cue_after(clause).filter(|r| *r != Role::Other)
}

/// The milestone kinds a Chinese phrase names, in the order written ("开发、注册及销售").
fn zh_kinds_in_order(text: &str) -> Vec<MilestoneKind> {
    let mut found: Vec<(usize, MilestoneKind)> = ZH_MILESTONE_KINDS
        .iter()
        .flat_map(|(w, k)| text.match_indices(w).map(move |(p, _)| (p, *k)))
        .collect();
    found.sort_by_key(|(p, _)| *p);
    let mut out: Vec<MilestoneKind> = Vec::new();
    for (_, k) in found {
        if out.last() != Some(&k) {
            out.push(k);
        }
    }
    out
}

/// Chinese words that name a kind of milestone.
const ZH_MILESTONE_KINDS: &[(&str, MilestoneKind)] = &[
    ("开发", MilestoneKind::Development),
    ("開發", MilestoneKind::Development),
    ("研发", MilestoneKind::Development),
    ("研發", MilestoneKind::Development),
    ("临床", MilestoneKind::Development),
    ("臨床", MilestoneKind::Development),
    ("注册", MilestoneKind::Regulatory),
    ("註冊", MilestoneKind::Regulatory),
    ("监管", MilestoneKind::Regulatory),
    ("監管", MilestoneKind::Regulatory),
    ("法规", MilestoneKind::Regulatory),
    ("法規", MilestoneKind::Regulatory),
    ("审批", MilestoneKind::Regulatory),
    ("審批", MilestoneKind::Regulatory),
    ("销售", MilestoneKind::Commercial),
    ("銷售", MilestoneKind::Commercial),
    ("商业化", MilestoneKind::Commercial),
    ("商業化", MilestoneKind::Commercial),
];

/// The kinds of milestone a Chinese clause names: "开发及注册里程碑" (two kinds), "销售里程碑".
fn zh_milestone_scope(clauses: &[&str]) -> MilestoneScope {
    MilestoneScope::of(
        ZH_MILESTONE_KINDS
            .iter()
            .filter(|(word, _)| clauses.iter().any(|c| c.contains(word)))
            .map(|(_, kind)| *kind),
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
mod tests {
    use super::*;
    use crate::money;

    #[test]
    fn a_stretch_of_a_sentence_has_the_words_read_from_it_alone() {
        // Cut anywhere, even inside a word, a stretch gives what reading it alone gives.
        for sentence in [
            "Under the Terms, BeiGene-Partner pays US$500m-plus up front (see Note 3).",
            "Zai Lab’s ÉCLAT deal — worth €1.2bn – closed; royalties: mid-teens.",
            "首付款US$80M，Milestones（up to $1.93B）：royalty Low double-digit",
        ] {
            let words = SentenceWords::new(sentence);
            let cuts: Vec<usize> = (0..=sentence.len())
                .filter(|&i| sentence.is_char_boundary(i))
                .collect();
            for &a in &cuts {
                for &b in cuts.iter().filter(|&&b| b >= a) {
                    assert_eq!(
                        words.between(a, b),
                        tokens(&sentence[a..b]),
                        "{:?}",
                        &sentence[a..b]
                    );
                }
            }
            assert_eq!(words.all(), tokens(sentence));
            assert!(words.between(1, 0).is_empty());
        }
    }

    #[test]
    fn payments_in_an_aggregate_amount_are_the_milestones_a_filing_lists() {
        let filing = "The Company shall pay Qirong (i) clinical and regulatory milestone payments in an aggregate amount not to exceed $140.0 million and (ii) sales-based milestone payments in an aggregate amount not to exceed $410.0 million, payable once yearly net sales first pass agreed levels, for aggregate potential milestone payments of up to $550.0 million.";
        let got = assigned(filing);
        assert_eq!(
            got.iter().map(|a| a.role).collect::<Vec<_>>(),
            [Role::Milestone; 3]
        );
        // The sum names no kind, though the clause before it speaks of sales.
        assert!(got[2].scope.is_overall(), "{:?}", got[2].scope);
        assert_eq!(got[1].scope.kind, Some(MilestoneKind::Commercial));
        // An amount that is the maximum aggregate amount is still the headline.
        let headline = assigned(
            "US$900 million is the maximum aggregate amount Qirong may receive under the agreement.",
        );
        assert_eq!(headline[0].role, Role::Total);
    }

    #[test]
    fn a_part_of_the_milestones_paid_for_sales_is_no_royalty() {
        let got = assigned(
            "Weilan is eligible for up to $760 million in milestones (a newsletter breaks that into $210 million for development and $550 million for sales), plus tiered royalties on net sales.",
        );
        assert_eq!(
            got.iter().map(|a| a.role).collect::<Vec<_>>(),
            [Role::Milestone; 3]
        );
        assert_eq!(got[2].scope.kind, Some(MilestoneKind::Commercial));
    }

    #[test]
    fn a_deal_put_at_an_amount_is_its_headline() {
        let got = assigned(
            "Weilan took $45 million up front and kept a 15% stake, in a transaction put at up to $1.9 billion.",
        );
        assert_eq!(got[1].role, Role::Total);
        let got = assigned(
            "Qiyun can earn up to $780 million in milestones, which puts the agreement at as much as $815 million.",
        );
        assert_eq!(got[1].role, Role::Total);
    }

    #[test]
    fn what_reporters_add_it_all_up_to_is_the_headline() {
        for sentence in [
            "Local brokers have been adding it all up to $2.3 billion.",
            "One newsletter adds it up to US$2.3 billion, royalties aside.",
        ] {
            assert_eq!(assigned(sentence)[0].role, Role::Total, "{sentence}");
        }
    }

    #[test]
    fn what_is_still_to_collect_after_an_upfront_is_the_milestones() {
        let got = assigned(
            "Qiyun gets $55 million upfront and can collect as much as $870 million more, plus royalties.",
        );
        assert_eq!(got[1].role, Role::Milestone);
        let got =
            assigned("Qiyun gets $55 million upfront, with as much as $870 million more to come.");
        assert_eq!(got[1].role, Role::Milestone);
    }

    #[test]
    fn a_deal_priced_at_an_amount_is_its_headline() {
        let got =
            assigned("The licence with Qiyun, signed on Monday, is priced at up to $925 million.");
        assert_eq!(got[0].role, Role::Total);
        // A share's price is no term.
        let got = assigned("Ardley buys $20 million of new Qiyun shares, priced at HK$14.20 each.");
        assert_eq!(got[1].role, Role::Other);
    }

    #[test]
    fn zh_an_amount_holding_milestones_and_another_payment_is_the_headline() {
        for sentence in [
            "四、潜在总金额：包括首付款和各项里程碑付款在内，最高可达4.6亿美元；",
            "栖岩生物有资格获得包括选择权行权费和里程碑在内最高8.8亿美元的付款。",
            "对方以2亿美元首付款收购该资产，另有最高5亿美元的里程碑付款，交易总价最高7亿美元。",
            "（三）包括上述首付款及近期付款以及里程碑付款在內，本公司及合作方可收取的款項最高達6.2億美元；",
        ] {
            let got = assigned(sentence);
            assert_eq!(got.last().unwrap().role, Role::Total, "{sentence}");
        }
        // Milestones alone stay milestones.
        let got = assigned("包括开发和销售里程碑在内，最高可达4.6亿美元。");
        assert_eq!(got[0].role, Role::Milestone);
        // An amount said to be the cap of the upfront and the milestones together.
        let got = assigned(
            "您好！6.2亿美元为协议约定的首付款及各项里程碑付款的上限，实际金额取决于研发进展。",
        );
        assert_eq!(got[0].role, Role::Total);
        // A clause after "在内" naming a payment of its own is that payment.
        let got = assigned("包括首付款和里程碑付款在内，公司还可获得销售里程碑最高5亿美元。");
        assert_eq!(got[0].role, Role::Milestone);
    }

    #[test]
    fn the_price_of_an_option_to_license_is_the_option() {
        for sentence in [
            "Ardley has paid Qiyun $16 million for an exclusive option to license QY-204.",
            "Ardley pays $16M for the right to license Qiyun's TROP2 ADC",
            "Ardley paid $16 million for the option and may exercise it next year.",
        ] {
            assert_eq!(assigned(sentence)[0].role, Role::Option, "{sentence}");
        }
        // The exclusive right to develop a drug is a licence; its price the upfront.
        let got = assigned(
            "Ardley paid $50 million upfront for the exclusive right to develop QY-204 in Europe.",
        );
        assert_eq!(got[0].role, Role::Upfront);
        // The fee due when the option is exercised.
        let got = assigned(
            "Ardley to pay US$15 million option fee at signing and US$45 million on exercise",
        );
        assert_eq!(got[1].role, Role::Option);
    }

    #[test]
    fn an_amount_that_buys_something_is_no_price_of_a_company() {
        for sentence in [
            "\"Fifteen million dollars buys us a look at the data before we commit.\"",
            "That is what the $90 million buys.",
        ] {
            assert_eq!(assigned(sentence)[0].role, Role::Other, "{sentence}");
        }
        assert_eq!(
            assigned("Ardley buys Qiyun for $1.2 billion.")[0].role,
            Role::Total
        );
        assert_eq!(
            assigned("Of that, $80M buys new Qiyun shares at HK$21.40.")[0].role,
            Role::Equity
        );
    }

    #[test]
    fn zh_a_numbered_heading_names_the_kind_of_milestone() {
        for sentence in [
            "3、销售里程碑：视年净销售额达到约定门槛的情况，累计不超过4.2亿美元。",
            "（五）销售里程碑：根据年净销售额达到约定门槛分期支付，累计不超过4.2亿美元。",
            "(5) 销售里程碑：根据年净销售额分期支付，累计不超过4.2亿美元。",
        ] {
            let got = assigned(sentence);
            assert_eq!(got[0].role, Role::Milestone, "{sentence}");
            assert_eq!(
                got[0].scope.kind,
                Some(MilestoneKind::Commercial),
                "{sentence}"
            );
        }
    }

    #[test]
    fn zh_a_floor_in_talks_is_no_term_and_money_at_signing_is_the_upfront() {
        assert_eq!(
            assigned("我们对首付款的底线是八千万美元，也愿意考虑共同开发。")[0].role,
            Role::Other
        );
        assert_eq!(
            assigned("答：那笔交易签约时拿到2500万美元，行权费没有公开。")[0].role,
            Role::Upfront
        );
    }

    #[test]
    fn zh_the_first_consideration_and_its_parts_are_the_upfront() {
        for sentence in [
            "首期对价合计9,000万美元，由4,000万美元现金和5,000万美元Ardley优先股构成。",
            "首期對價合計9,000萬美元，由4,000萬美元現金和5,000萬美元Ardley優先股構成。",
        ] {
            let got = assigned(sentence);
            assert!(
                got.iter().all(|a| a.role == Role::Upfront),
                "{sentence}: {got:?}"
            );
        }
    }

    /// What `assign` gives the amounts of one sentence.
    fn assigned(sentence: &str) -> Vec<Assigned> {
        let slots: Vec<Slot> = money::find(sentence)
            .iter()
            .map(|f| Slot {
                start: f.span.start,
                end: f.span.end,
                per_share: f.per_share,
                currency: f.currency,
            })
            .collect();
        assign(sentence, 0, &slots)
    }

    fn roles(sentence: &str) -> Vec<&'static str> {
        assigned(sentence)
            .into_iter()
            .map(|a| a.role.as_str())
            .collect()
    }

    #[test]
    fn item_labels_referred_to_part_no_clause() {
        assert_eq!(
            roles(
                "The maximum aggregate amount payable under items (a) to (c) above is US$205 million."
            ),
            ["total"]
        );
        assert_eq!(
            roles(
                "The milestone payments under (b) and (c) together amount to up to €310 million."
            ),
            ["milestone"]
        );
        // A label opening a list item still parts it from the one before.
        let words: Vec<String> = tokens("(a) $10 million upfront; (b) $20 million later")
            .iter()
            .map(|w| w.to_string())
            .collect();
        assert_eq!(words.iter().filter(|w| *w == "(").count(), 2, "{words:?}");
    }

    #[test]
    fn filing_sums_that_are_no_headline() {
        // Milestones summed by a verb are the milestones …
        assert_eq!(
            roles(
                "The aggregate milestone payments under the Agreement therefore total up to $862.0 million."
            ),
            ["milestone"]
        );
        assert_eq!(
            roles("Remaining milestone payments under the license amount to up to $410 million."),
            ["milestone"]
        );
        assert_eq!(
            roles(
                "The development and sales milestone payments together total up to €310 million."
            ),
            ["milestone"]
        );
        // … but several kinds summed, or the noun "total", are the headline.
        assert_eq!(
            roles(
                "The upfront payment, the option exercise fee and all milestone payments amount to up to $1.3 billion."
            ),
            ["total"]
        );
        assert_eq!(
            roles(
                "Milestones of up to $800 million, bringing the potential total to $850 million."
            ),
            ["milestone", "total"]
        );
        // What has been paid so far is no deal's value.
        assert_eq!(
            roles("In total, we have paid Qiantai $31.0 million under the license."),
            ["other"]
        );
        assert_eq!(
            roles("In total, Ravelston has now paid us US$22 million in cash."),
            ["other"]
        );
        // A lease's sums, a liability's fair value, an offering with its over-allotment.
        assert_eq!(
            roles(
                "Total base rent payable under the lease amendment over the term is approximately $6.2 million."
            ),
            ["other"]
        );
        assert_eq!(
            roles("Its fair value was $41.7 million as of December 31, 2025."),
            ["other"]
        );
        assert_eq!(
            roles(
                "Net proceeds will be approximately $120.5 million, or approximately $138.9 million if the underwriters exercise their option in full."
            ),
            ["other", "other"]
        );
    }

    #[test]
    fn potential_milestones_named_right_after_the_amount() {
        assert_eq!(
            roles("本集团另有权收取总额最高为19.2亿美元的潜在里程碑付款。"),
            ["milestone"]
        );
        assert_eq!(roles("潜在付款总额最高为19.2亿美元。"), ["total"]);
    }

    #[test]
    fn a_payment_left_out_by_chu_wai_names_no_role() {
        assert_eq!(
            roles("连同首付款，许可协议项下的付款总额（特许权使用费除外）最高可达12.6亿美元。"),
            ["total"]
        );
        assert_eq!(
            roles("許可協議項下的付款總額（特許權使用費除外）最高可達8.4億美元。"),
            ["total"]
        );
    }

    #[test]
    fn a_target_price_and_wealth_products_are_no_terms() {
        assert_eq!(
            roles("首付款到账后，现金加上理财大约在人民币22.9亿元。"),
            ["other"]
        );
        assert_eq!(
            roles("本次交易首付款较高，我们将目标价上调至86.50元。"),
            ["other"]
        );
    }

    #[test]
    fn chinese_rankings_typical_values_and_a_months_disclosures() {
        assert_eq!(roles("榜单前十的首付款加起来约21.4亿美元。"), ["other"]);
        assert_eq!(
            roles("TOP12首付款合计38.6亿美元，约占全年的一半。"),
            ["other"]
        );
        assert_eq!(roles("本榜入榜门槛为首付款不低于5000万美元。"), ["other"]);
        assert_eq!(
            roles("2025年以来，首付款中枢上移，6000万美元左右已较常见。"),
            ["other"]
        );
        assert_eq!(
            roles("当月披露总额约210亿美元，首付款约18亿美元。"),
            ["other", "other"]
        );
        // One deal in the same words stays a deal.
        assert_eq!(
            roles("本次交易首付款6000万美元，披露总额10.5亿美元。"),
            ["upfront", "total"]
        );
    }

    #[test]
    fn chinese_wholes_by_their_parts_and_a_periods_sum() {
        assert_eq!(
            roles("“9.6亿美元里绝大部分是里程碑，能兑现多少要看后面的数据。”"),
            ["total"]
        );
        assert_eq!(roles("· 本周重点交易首付款合计：1.85亿美元"), ["other"]);
        // One deal's upfront under its own label stays the upfront.
        assert_eq!(roles("· 首付款：1.85亿美元"), ["upfront"]);
    }

    #[test]
    fn kinds_named_before_the_shared_noun_and_peak_sales() {
        assert_eq!(
            roles(
                "Terms: US$80m upfront, up to US$150m development/regulatory and US$2.4bn sales milestones, headline US$2.63bn."
            ),
            ["upfront", "milestone", "milestone", "total"]
        );
        assert_eq!(
            roles(
                "We assume peak ex-China sales of US$2.2bn in 2033E, on which the licensor earns tiered royalties."
            ),
            ["other"]
        );
    }

    #[test]
    fn pools_named_by_what_they_hold() {
        assert_eq!(
            roles(
                "Qiantang is eligible to receive up to US$1.9 billion in milestone payments associated with technology transfer, development, regulatory approvals and commercialization."
            ),
            ["milestone"]
        );
        assert_eq!(
            roles("  - Total of upfront and milestone payments: up to ¥18.0 billion"),
            ["total"]
        );
        assert_eq!(
            roles(
                "Weilan will be eligible to receive up to $840 million in option fees and clinical development, regulatory and commercial milestones."
            ),
            ["milestone"]
        );
        assert_eq!(
            roles(
                "Qiantang stands to earn up to US$2.3 billion in option exercise fees and development and sales milestone payments."
            ),
            ["milestone"]
        );
        // A technology-transfer payment on its own stays near-term.
        assert_eq!(
            roles("Qiantang will receive $40 million upon completion of the technology transfer."),
            ["near_term"]
        );
    }

    #[test]
    fn milestone_shares_by_kind_and_sums_between_counted_deals() {
        assert_eq!(
            roles(
                "The milestone split: $1.2B for development and regulatory events, $6.4B for sales."
            ),
            ["milestone", "milestone"]
        );
        assert_eq!(
            roles(
                "Qiantang is eligible for up to €500m in milestones: €90m tied to development events, €110m to regulatory approvals and €300m to annual sales thresholds."
            ),
            ["milestone", "milestone", "milestone", "milestone"]
        );
        assert_eq!(
            roles(
                "Five cross-border licences since 2 January carry about US$2.1bn of upfront cash between them."
            ),
            ["other"]
        );
        // Two licensors of one deal share its payment.
        assert_eq!(
            roles(
                "In May, Qiantang and Weilan jointly licensed QT-07 to Ostrava, receiving upfront payments of US$30 million between them."
            ),
            ["upfront"]
        );
    }

    #[test]
    fn counted_deals_that_name_each_one() {
        assert_eq!(
            roles(
                "Qiantang has now signed three agreements with Ostrava, the latest in May for $90 million up front and up to $2.1 billion in milestone payments."
            ),
            ["upfront", "milestone"]
        );
        assert_eq!(
            roles(
                "The fortnight brought two more: Ostrava's ADC portfolio from Qiantang ($200 million upfront) and Kestrel's licence of WL-22 from Weilan for $45 million upfront."
            ),
            ["upfront", "upfront"]
        );
        // A period's count is still a tally.
        assert_eq!(
            roles(
                "Trackers counted 41 out-licensing deals by Chinese companies in the first quarter, worth US$29.4 billion in headline value."
            ),
            ["other"]
        );
    }

    #[test]
    fn chinese_conversions_sums_and_english_labels() {
        assert_eq!(
            roles("4亿美元首付款按1美元兑7.20元人民币计，约合人民币28.8亿元。"),
            ["upfront", "other", "other", "upfront"]
        );
        assert_eq!(
            roles("两笔首付加起来1.9亿美元，对公司收入来说不算大。"),
            ["other"]
        );
        assert_eq!(
            roles("- Total：up to约9 billion美元（前提是option全部行使）"),
            ["total"]
        );
        assert_eq!(
            roles("- Milestones：development + regulatory合计up to USD 15亿"),
            ["milestone"]
        );
    }

    #[test]
    fn chinese_option_exercise_fees_and_a_years_deals() {
        assert_eq!(
            roles("若Ostrava行使中国选择权，还需另付最高8000万美元。"),
            ["option"]
        );
        assert_eq!(
            roles(
                "Ostrava还将以5000万美元认购钱塘生物股份，并取得中国权利的选择权，行权时需另付最高8000万美元。"
            ),
            ["equity", "option"]
        );
        // Milestones due after exercise stay milestones.
        assert_eq!(
            roles("行权后，Ostrava将支付最高2亿美元的里程碑付款。"),
            ["milestone"]
        );
        assert_eq!(
            roles("2024年中国创新药对外授权交易首付款合计41亿美元，总金额519亿美元。"),
            ["other", "other"]
        );
        assert_eq!(
            roles("一年后Ostrava以6亿美元前期对价收购钱塘生物。"),
            ["upfront"]
        );
    }

    #[test]
    fn chinese_deals_listed_after_a_count_and_headline_verbs() {
        // Each deal listed after "两笔…：" keeps its terms, its headline too.
        assert_eq!(
            roles(
                "此前已有两笔同靶点交易可供比较：澜汐医药2025年3月将LX-07授予Brisland，首付款及近期里程碑合计5200万美元，交易总额约9亿美元；钱塘生物2024年11月与Kestrel签署选择权许可协议，首付款及行权前里程碑合计2500万美元，交易总额超过8亿美元。"
            ),
            ["upfront", "total", "upfront", "total"]
        );
        // Deals counted with 对外授权 make a tally.
        assert_eq!(
            roles("本周我们记录到3笔中国药企对外授权，披露首付款合计1.6亿美元。"),
            ["other"]
        );
        // A value right before a verb joining two companies is the headline.
        assert_eq!(roles("Ostrava最高9.8亿美元牵手钱塘生物"), ["total"]);
        // A part of the upfront held in it leaves it the upfront.
        assert_eq!(
            roles("首付8亿美元含5000万美元认购新股"),
            ["upfront", "equity"]
        );
    }

    #[test]
    fn a_comma_before_deals_counts_nothing() {
        assert_eq!(
            roles(
                "It builds on earlier work, including its agreements with Brisland Bio, under which Qiantang received upfront payments of US$45 million and US$70 million, respectively."
            ),
            ["upfront", "upfront"]
        );
        // A period's tally still is one.
        assert_eq!(
            roles(
                "Year to date, China-sourced ADC deals have carried $9 billion-plus in headline value."
            ),
            ["other"]
        );
    }

    #[test]
    fn terms_reworded_by_the_phrase_around_them() {
        assert_eq!(
            roles(
                "Brisland will pay $40.0 million upfront and has agreed to purchase $15.0 million of the Company's ADSs."
            ),
            ["upfront", "equity"]
        );
        assert_eq!(
            roles(
                "At closing, Ostrava subscribed for Qiantang shares for a total consideration of US$70 million."
            ),
            ["equity"]
        );
        assert_eq!(
            roles(
                "(2) development and sales milestone payments of up to an aggregate of US$1.5 billion; and"
            ),
            ["milestone"]
        );
        assert_eq!(
            roles(
                "Kestrel paid $60 million upfront — a package the two companies put at roughly $2.2 billion."
            ),
            ["upfront", "total"]
        );
        assert_eq!(
            roles(
                "Brisland is buying rights to an oral amylin drug in a deal that the partners' own numbers put at around $1.7 billion."
            ),
            ["total"]
        );
        assert_eq!(
            roles(
                "The rise reflects $3.1 million of the Kestrel upfront payment recognized as the transfer obligations were met."
            ),
            ["other"]
        );
        // A total of everything stays the headline.
        assert_eq!(
            roles("Upfront and milestone payments of up to an aggregate of US$1.6 billion."),
            ["total"]
        );
    }

    #[test]
    fn comparables_written_the_analysts_way() {
        assert_eq!(
            roles("• Qiantang → Brisland (TROP2 ADC, March 2024): $45M on $1.2B"),
            ["upfront", "total"]
        );
        assert_eq!(
            roles("What Ostrava put in on day one is $300M, for one Phase 2 asset."),
            ["upfront"]
        );
        assert_eq!(
            roles("• Weilan → Kestrel (platform, May): $60M upfront, \"about $2.4B\" on paper"),
            ["upfront", "total"]
        );
        // Not money spent on something.
        assert_eq!(
            roles("Last year Qiantang spent $40M on research and $15M on marketing."),
            ["other", "other"]
        );
    }

    #[test]
    fn deals_counted_to_be_listed_keep_their_terms() {
        assert_eq!(
            roles(
                "Qiantang has two earlier agreements with Brisland Bio: an antibody licence in March 2023 ($40m upfront, $1.1bn in total) and a platform collaboration in May 2024 ($65m upfront)."
            ),
            ["upfront", "total", "upfront"]
        );
        assert_eq!(
            roles(
                "- The week brought two oncology deals: Qiantang-Brisland (US$75m upfront) and Weilan-Kestrel (US$30m upfront)."
            ),
            ["upfront", "upfront"]
        );
        // Counted deals summed under a label stay a tally.
        assert_eq!(
            roles("Upfront cash disclosed in the four deals above: $88 million."),
            ["other"]
        );
        assert_eq!(
            roles("Deals with a combined headline of $3.1 billion were signed in May."),
            ["other"]
        );
    }

    #[test]
    fn an_expense_stated_is_what_the_books_show() {
        // Firmly: the same figure stated as the upfront elsewhere does not make it one.
        let text = "The Company paid Tianlu an upfront payment of $25.0 million in March. Acquired IPR&D expense was $25.0 million for the quarter, related to the upfront payment under the Tianlu Agreement.";
        let found: Vec<&str> = crate::mentions(text)
            .iter()
            .map(|m| m.role.as_str())
            .collect();
        assert_eq!(found, ["upfront", "other"]);
    }

    #[test]
    fn a_term_ranked_against_other_deals_ranks_against_their_same_term() {
        assert_eq!(
            roles(
                "The upfront is the third largest paid for a Chinese ADC, behind Ostrava's US$900m for Qiantang's QT-07 and ahead of Brisland's US$300m for Weilan's WL-22."
            ),
            ["upfront", "upfront"]
        );
        assert_eq!(
            roles("Its headline value trails only the $4.2 billion Kestrel agreed for HR-5."),
            ["total"]
        );
        // What is compared stays itself when it says what it is.
        assert_eq!(
            roles("The upfront is larger than Weilan's 2025 revenue of RMB 800 million."),
            ["other"]
        );
        // And without a term as the subject, nothing is ranked.
        assert_eq!(
            roles("Weilan's shares are now above the HK$42 placing price and ahead of the sector."),
            ["other"]
        );
    }

    #[test]
    fn a_long_subject_names_the_amount_its_verb_states() {
        assert_eq!(
            roles(
                "Following the amendment, the aggregate potential milestone payments for QX-118 and the newly added bispecific antibody are up to $740 million."
            ),
            ["milestone"]
        );
    }

    #[test]
    fn chinese_milestones_and_option_payments_are_milestones() {
        assert_eq!(
            roles("双方签下第三份协议，首付款1.2亿美元，里程碑及选择权付款最高30亿美元。"),
            ["upfront", "milestone"]
        );
    }

    #[test]
    fn what_exercising_an_option_costs_is_the_option_fee() {
        assert_eq!(
            roles("根据协议，公司将收取3,000万美元首付款；Orrin行使选择权时支付1,500万美元。"),
            ["upfront", "option"]
        );
        assert_eq!(
            roles("Orrin可选择获得后续分子的权利，行权时另付800万美元。"),
            ["option"]
        );
        // An upper bound reached only when every option is exercised stays what it is.
        assert_eq!(
            roles("40亿美元的里程碑付款是全部行使选择权时才可能达到的上限。"),
            ["milestone"]
        );
    }

    #[test]
    fn a_conversion_stating_its_rate_first_is_the_payment_before_it() {
        assert_eq!(
            roles(
                "首付款：Orrin应在生效后30日内支付3,000万美元（按1美元兑7.10元人民币计算，约合人民币2.13亿元）。"
            ),
            ["upfront", "other", "other", "upfront"]
        );
        // Announcements in Hong Kong: "約相等於", or the conversion right after "計算".
        assert_eq!(
            roles(
                "（1）Orrin須支付首付款5,000萬美元（按本公告所採用之匯率1美元兌7.80港元計算，約相等於3.9億港元）；"
            ),
            ["upfront", "other", "other", "upfront"]
        );
        assert_eq!(
            roles(
                "連同選擇權費用在內，可收取的款項合計最高8億美元（按1美元兌7.80港元計算約62.4億港元）。"
            ),
            ["total", "other", "other", "total"]
        );
    }

    #[test]
    fn payments_that_total_an_amount_are_those_payments() {
        assert_eq!(
            roles(
                "After these payments, the remaining potential milestone payments under the Orrin agreement total up to $410.0 million."
            ),
            ["milestone"]
        );
        // Payments of several kinds that total an amount are the headline.
        assert_eq!(
            roles("The upfront and milestone payments total up to $1.2 billion."),
            ["total"]
        );
        // "Total" as a noun stays the headline.
        assert_eq!(
            roles("Milestones bring the total up to $1.2 billion."),
            ["total"]
        );
    }

    #[test]
    fn the_parts_an_upfront_is_made_up_of_are_that_upfront() {
        assert_eq!(
            roles(
                "Orrin received upfront consideration of $40MM, made up of $25MM in cash and shares we valued at $15MM."
            ),
            ["upfront", "upfront", "upfront"]
        );
    }

    #[test]
    fn a_years_tallies_and_summed_upfronts_are_aggregates() {
        assert_eq!(
            roles("On this pace the full-year total will easily pass last year's $48.2bn."),
            ["other"]
        );
        assert_eq!(
            roles("That is already half of the $3.9bn upfront tally for the whole of 2024."),
            ["other"]
        );
        assert_eq!(
            roles("Add up the four largest upfronts of the quarter and the total comes to $1.6bn."),
            ["other"]
        );
        // Upfronts ranged over are those deals' upfronts, as the text stated them.
        let text = "Orrin pays $40M upfront for OR-7. Three upfronts between $12M and $40M, and one large financing.";
        let found: Vec<&str> = crate::mentions(text)
            .iter()
            .map(|m| m.role.as_str())
            .collect();
        assert_eq!(found, ["upfront", "other", "upfront"]);
    }

    #[test]
    fn what_taking_up_an_option_costs_is_the_exercise_fee() {
        assert_eq!(
            roles(
                "Orrin will pay a US$15mn option fee for OR-7, and a further US$50mn if it decides to take up the licence after the Phase 1 data."
            ),
            ["option", "option"]
        );
        assert_eq!(
            roles(
                "Orrin pays a $15M option fee, $50M more if it exercises, and up to $600M in milestones."
            ),
            ["option", "option", "milestone"]
        );
        // What every option and milestone adds up to stays the headline.
        assert_eq!(
            roles("The deal is worth about $9 billion if everything is exercised and hit."),
            ["total"]
        );
    }

    #[test]
    fn moving_the_manufacturing_process_earns_a_near_term_payment() {
        assert_eq!(
            roles(
                "A further payment of US$8 million falls due once the manufacturing process has been transferred."
            ),
            ["near_term"]
        );
        assert_eq!(
            roles(
                "A further US$8 million is payable on completion of the transfer of the manufacturing process."
            ),
            ["near_term"]
        );
    }

    #[test]
    fn a_payment_due_on_an_anniversary_keeps_the_name_it_was_given() {
        assert_eq!(
            roles(
                "The near-term payment of $15 million falls due on the first anniversary of the deal or at first dosing."
            ),
            ["near_term"]
        );
        // Without a name, a payment on the anniversary is a deferred upfront.
        assert_eq!(
            roles("Orrin will pay $10 million on the first anniversary of the effective date."),
            ["upfront"]
        );
    }

    #[test]
    fn kinds_named_after_an_amount_are_milestones_of_the_next_ones_word() {
        assert_eq!(
            roles(
                "The platform deal pays $90M upfront, up to $1.4B in development and $2.9B in sales milestones."
            ),
            ["upfront", "milestone", "milestone"]
        );
    }

    #[test]
    fn a_milestone_named_by_the_sales_that_pay_it_follows_its_list() {
        assert_eq!(
            roles(
                "Orrin pays €30 million upfront, up to €40 million in regulatory milestones and up to €90 million on sales."
            ),
            ["upfront", "milestone", "milestone"]
        );
        // Sales themselves stay what they are.
        assert_eq!(
            roles("It earned $300 million in milestones and $2 billion sales in 2025."),
            ["milestone", "other"]
        );
    }

    #[test]
    fn what_a_deal_is_reported_at_or_sums_to_is_its_headline() {
        assert_eq!(
            roles(
                "Orrin licensed OR-7 from Qiantang for $12 million upfront, in a deal reported at $380 million."
            ),
            ["upfront", "total"]
        );
        assert_eq!(
            roles(
                "Orrin paid $60 million upfront; press reports put the deal at more than $1 billion."
            ),
            ["upfront", "total"]
        );
        assert_eq!(
            roles(
                "Orrin bought the company: $600m upfront, mostly in cash, and up to $120m in milestones, for up to $720m."
            ),
            ["upfront", "milestone", "total"]
        );
        assert_eq!(
            roles("With the option fee and milestones, that deal can reach $510 million."),
            ["total"]
        );
    }

    #[test]
    fn what_an_asset_might_fetch_and_revenue_recognised_are_no_terms() {
        assert_eq!(
            roles("A Chinese ADC with early data might fetch $40 million or $50 million up front."),
            ["other", "other"]
        );
        assert_eq!(
            roles(
                "Licence income mainly comprised RMB120.4 million recognised in respect of the additional upfront payment."
            ),
            ["other"]
        );
    }

    #[test]
    fn what_a_deal_could_be_worth_after_a_condition_is_its_headline() {
        assert_eq!(
            roles(
                "Orrin paid $300 million up front; if every option is exercised and every milestone met, the arrangement could be worth about $7 billion."
            ),
            ["upfront", "total"]
        );
        // The subject right before the verb still names the payment.
        assert_eq!(
            roles("The development milestones could be worth up to $300 million."),
            ["milestone"]
        );
    }

    #[test]
    fn shares_bought_out_of_an_upfront_are_an_equity_investment() {
        assert_eq!(
            roles("Orrin pays $900M up front, of which $80M buys new Qiantang shares at HK$41.20."),
            ["upfront", "equity", "other"]
        );
        // Paid in the licensee's own stock, a part of the upfront stays the upfront.
        assert_eq!(
            roles("Orrin pays $60 million upfront, of which $20 million in shares of Orrin."),
            ["upfront", "upfront"]
        );
    }

    #[test]
    fn news_shorthand_names_its_terms() {
        assert_eq!(
            roles(
                "Orrin put $90M down for worldwide rights to the programmes, with up to $1.1B in milestones."
            ),
            ["upfront", "milestone"]
        );
        assert_eq!(
            roles(
                "UPDATE 1-Orrin bets up to $3.2 bln on Qiantang drugs in one of China's biggest licensing deals"
            ),
            ["total"]
        );
        assert_eq!(
            roles(
                "On the accounting: the twelve million dollar technology-transfer payment will be expensed when it becomes due."
            ),
            ["near_term"]
        );
    }

    #[test]
    fn a_term_opening_the_sentence_is_ranked_like_its_subject() {
        assert_eq!(
            roles(
                "At US$900mn, the upfront is the largest paid this year apart from Ostrava's US$1.1bn for QT-07, and well ahead of the US$300mn Brisland paid Weilan."
            ),
            ["upfront", "upfront", "upfront"]
        );
    }

    #[test]
    fn a_value_stated_after_a_comma_is_the_next_amounts() {
        assert_eq!(
            roles(
                "* Qiantang eligible for further milestone payments of up to US$640 million, with a total potential value exceeding US$700 million, plus royalties"
            ),
            ["milestone", "total"]
        );
        assert_eq!(
            roles(
                "The aggregate milestones payable under the amended agreement now total up to US$520 million."
            ),
            ["milestone"]
        );
    }

    #[test]
    fn a_payment_on_technology_transfer_listed_before_milestones_stays_near_term() {
        assert_eq!(
            roles(
                "These include the expected payment of $12 million upon technology transfer, potential milestone payments of up to $800 million and royalties."
            ),
            ["near_term", "milestone"]
        );
        // Technology transfer as one kind of milestone in a list stays a milestone.
        assert_eq!(
            roles(
                "Qiantang is eligible for up to US$1.9 billion in technology transfer, development, regulatory and commercial milestone payments."
            ),
            ["milestone"]
        );
    }

    #[test]
    fn chinese_acquisition_consideration_and_transfer_payments() {
        assert_eq!(
            roles("本周三，Orrin宣布以最高6.2亿美元的对价收购钱塘生物。"),
            ["total"]
        );
        assert_eq!(
            roles("条款：US$120M首付；技术转移完成后再付US$40M；里程碑最高US$900M。"),
            ["upfront", "near_term", "milestone"]
        );
        // The rest of an upfront paid on the transfer stays the upfront.
        assert_eq!(
            roles(
                "Orrin将支付预付款3,000万美金，其中2,000万美金于生效后支付，余下1,000万美金于完成技术转移后支付。"
            ),
            ["upfront", "upfront", "upfront"]
        );
    }

    #[test]
    fn chinese_shorthand_for_the_first_payment_and_the_whole_deal() {
        assert_eq!(
            roles("投资人表示，\"Orrin愿意先付1.5亿美元，本质上是买一张门票\"。"),
            ["upfront"]
        );
        assert_eq!(
            roles("投资者提问：整个交易最高6.4亿美元，里程碑节奏如何？"),
            ["total"]
        );
        // The cue right after the amount before, past a "的", is that amount's.
        assert_eq!(
            roles(
                "Orrin将支付US$40M首付款，另有US$10M的近期里程碑付款及合共最高US$700M的开发、注册和销售里程碑。"
            ),
            ["upfront", "near_term", "milestone"]
        );
    }

    #[test]
    fn milestones_listed_by_kind_after_a_label_are_all_milestones() {
        assert_eq!(
            roles("Milestones: up to $120M development, $200M regulatory and $700M sales."),
            ["milestone", "milestone", "milestone"]
        );
        assert_eq!(
            roles(
                "- Milestones: up to US$1.02bn, of which US$120mn development, US$200mn regulatory and US$700mn sales-based."
            ),
            ["milestone", "milestone", "milestone", "milestone"]
        );
    }

    #[test]
    fn a_package_overall_or_in_brackets_is_the_headline() {
        assert_eq!(
            roles(
                "Orrin licensed OR-7 to Kestrel for $60 million upfront and up to $800 million in milestones, a package of up to $860 million."
            ),
            ["upfront", "milestone", "total"]
        );
        assert_eq!(
            roles(
                "Qiantang put OR-7 into a NewCo for $12.5 million upfront and near-term and up to $410 million overall."
            ),
            ["upfront", "total"]
        );
        assert_eq!(
            roles(
                "- The Qiantang–Orrin ADC deal ($70M upfront, up to $950M) is still the quarter's largest."
            ),
            ["upfront", "total"]
        );
    }

    #[test]
    fn what_an_amendment_recalls_and_changes_keeps_its_name() {
        assert_eq!(
            roles(
                "Price of admission: $4M in extra upfront, on top of the $15M Orrin paid when the deal was signed last May."
            ),
            ["upfront", "upfront"]
        );
        assert_eq!(
            roles("The milestone pool rises to $960M from $910M, with new regulatory milestones."),
            ["milestone", "milestone"]
        );
        assert_eq!(
            roles("If Orrin exercises, Qiantang can earn up to $640 million more."),
            ["milestone"]
        );
        assert_eq!(
            roles("It was a $32M upfront-and-near-term package inside a headline of about $900M."),
            ["upfront", "total"]
        );
    }

    #[test]
    fn a_models_risk_adjusted_milestones_are_no_term() {
        assert_eq!(
            roles("Within that, risk-adjusted milestones contribute about US$0.4bn."),
            ["other"]
        );
        // A speaker's own numbers, and a year's headline with the upfronts taken out.
        assert_eq!(
            roles(
                "Discount that, and on my numbers it is worth between $4 billion and $6 billion."
            ),
            ["other", "other"]
        );
        assert_eq!(
            roles(
                "Take the 2024 headline, strip out the upfronts, and $48 billion in milestones is left."
            ),
            ["other"]
        );
    }

    #[test]
    fn milestones_listed_with_research_funding_are_the_pool() {
        assert_eq!(
            roles(
                "Qiming can earn up to $900 million more in research funding and development, regulatory and commercial milestones."
            ),
            ["milestone"]
        );
        assert_eq!(
            roles("Research funding of $12 million was paid."),
            ["other"]
        );
    }

    #[test]
    fn deals_listed_after_a_count_keep_their_payments() {
        assert_eq!(
            roles(
                "The week produced two large deals: Hualan's HL-7 to Pfizer for $400 million upfront, and Qiming's QM-2 to Bayer for $90 million upfront."
            ),
            ["upfront", "upfront"]
        );
        // Statistics after the colon stay statistics.
        assert_eq!(
            roles("The week produced two large deals: together they paid $490 million upfront."),
            ["other"]
        );
    }

    #[test]
    fn net_sales_milestones_are_milestones() {
        assert_eq!(
            roles("Jinlu may also receive up to $85.0 million in net sales milestone payments."),
            ["milestone"]
        );
    }

    #[test]
    fn a_speakers_supposition_is_no_term() {
        assert_eq!(
            roles("If they get $15 million to $25 million up front, I'd call that a fair price."),
            ["other", "other"]
        );
        assert_eq!(
            roles("If the trial succeeds, Qiming would receive up to $300 million in milestones."),
            ["milestone"]
        );
    }

    #[test]
    fn an_upfront_compound_before_package_is_the_upfront() {
        assert_eq!(
            roles("It was a $32M upfront-and-near-term package."),
            ["upfront"]
        );
    }

    #[test]
    fn what_was_collected_in_total_is_no_term() {
        assert_eq!(
            roles("Hualan says it has now collected $35M in total from the licence."),
            ["other"]
        );
    }

    #[test]
    fn a_bracketed_as_amended_is_an_aside() {
        assert_eq!(
            roles(
                "The total potential consideration under the Licence Agreement (as amended) is up to approximately US$640 million."
            ),
            ["total"]
        );
    }

    #[test]
    fn the_part_of_which_comes_soon_is_near_term() {
        assert_eq!(
            roles(
                "Kerrow pays $60 million upfront and up to $900 million in further payments, about $45 million of which falls due in the near term."
            ),
            ["upfront", "milestone", "near_term"]
        );
    }

    #[test]
    fn the_cash_left_after_a_payment_is_no_payment() {
        assert_eq!(
            roles(
                "After the cash part of the upfront, pro forma cash is US$19.5 million, enough to fund the trial."
            ),
            ["other"]
        );
    }

    #[test]
    fn a_total_label_names_the_headline() {
        assert_eq!(
            roles("Total of (i) and (ii): up to USD 4,300 million (approx. JPY 645 billion)"),
            ["total", "total"]
        );
        assert_eq!(
            roles("Total of upfront and milestones: up to USD 4,300 million"),
            ["total"]
        );
        assert_eq!(roles("Total revenue: USD 43 million"), ["other"]);
    }

    #[test]
    fn paying_the_licensor_up_to_is_the_headline() {
        assert_eq!(
            roles(
                "Ostrava agreed to pay Lianhua Pharma up to around €700m ($820m) for the rights."
            ),
            ["total", "total"]
        );
        assert_eq!(
            roles("Ostrava will pay Lianhua $40 million for the rights."),
            ["upfront"]
        );
    }

    #[test]
    fn a_run_of_agreements_is_no_count() {
        assert_eq!(
            roles(
                "It is Hualan's first licence since its run of agreements with Merck, which paid $58 million upfront in 2022."
            ),
            ["upfront"]
        );
    }

    #[test]
    fn shares_sold_to_investors_are_a_financing() {
        assert_eq!(
            roles(
                "Separately, Quarrow signed a securities purchase agreement with institutional investors for a private placement of $75 million of its common stock."
            ),
            ["other"]
        );
        // A partner buying alongside other investors still invests.
        assert_eq!(
            roles(
                "Quarrow will also buy $20 million of Jinhe's ordinary shares at the price paid by other investors in its next financing."
            ),
            ["equity"]
        );
    }

    #[test]
    fn a_payment_that_could_total_is_that_payment() {
        assert_eq!(
            roles("Development and sales milestone payments could total up to $410 million."),
            ["milestone"]
        );
        // An option deal's option fees and milestones together are its milestones.
        assert_eq!(
            roles(
                "Under the option agreement, option fees and milestone payments could total up to US$730 million."
            ),
            ["milestone"]
        );
        // With the upfront, or past a clause break, it is the headline.
        assert_eq!(
            roles("Upfront and milestone payments could total up to $410 million."),
            ["total"]
        );
        assert_eq!(
            roles("Milestones of $60M are development-based; total $75M."),
            ["milestone", "total"]
        );
    }

    #[test]
    fn the_agreements_of_one_deal_are_no_count() {
        // What the agreements have, or with whom they were made, is no count of deals.
        assert_eq!(
            roles(
                "Forward-looking statements include those about the benefits of the agreements with Tianhe Bio and the payment of the $45 million upfront payment."
            ),
            ["upfront"]
        );
        assert_eq!(
            roles("Under the terms of the agreements, Orrin will pay $45 million upfront."),
            ["upfront"]
        );
        // A quantity before "of" still counts, and an article-less "deals with" still values.
        assert_eq!(
            roles("Two of the agreements carried upfront payments of $45 million or more."),
            ["other"]
        );
        assert_eq!(
            roles("Deals with upfront payments above $100 million were rare this year."),
            ["other"]
        );
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
    fn tranches_and_inclusive_asides() {
        assert_eq!(
            roles(
                "The upfront is $90 million, paid in two tranches: $60 million at closing, expected in March, and $30 million a year later."
            ),
            ["upfront", "upfront", "upfront"]
        );
        assert_eq!(
            roles("So the potential deal value of $800 million is inclusive of the upfront."),
            ["total"]
        );
    }

    #[test]
    fn parts_conditions_and_habits() {
        assert_eq!(
            roles(
                "Upfront US$65mn, split into US$32.5mn in cash and US$32.5mn in Braveheart shares."
            ),
            ["upfront", "upfront", "upfront"]
        );
        // What comes after the parts is a term of its own.
        assert_eq!(
            roles(
                "Qiyun's $40 million upfront is split into $20 million in cash and $20 million in Ardley stock, with another $5 million due on transfer of the cell line and up to $610 million in milestones."
            ),
            ["upfront", "upfront", "upfront", "near_term", "milestone"]
        );
        // After a colon, shares "valued at" an amount are a part too.
        assert_eq!(
            roles(
                "- Upfront consideration of $50 million: $30 million in cash plus newly issued Ardley shares giving Qiyun a 12% stake valued at $20 million"
            ),
            ["upfront", "upfront", "upfront"]
        );
        // "half of it, or …, in cash and the other … in shares".
        assert_eq!(
            roles(
                "Ardley will make an upfront payment of 40 million U.S. dollars, half of it, or 20 million dollars, in cash and the other 20 million dollars in Ardley shares."
            ),
            ["upfront", "upfront", "upfront"]
        );
        // A part with a value of its own is still a part.
        assert_eq!(
            roles(
                "Qiyun received upfront consideration of $30MM, made up of $18MM in cash and Ardley shares that we valued at $12MM."
            ),
            ["upfront", "upfront", "upfront"]
        );
        assert_eq!(
            roles(
                "- Upfront consideration of US$9.0 million, comprising US$5.0 million in cash and US$4.0 million in Tarrow ordinary shares"
            ),
            ["upfront", "upfront", "upfront"]
        );
        assert_eq!(
            roles("BioNTech will pay $800 million for all outstanding shares of Biotheus."),
            ["upfront"]
        );
        assert_eq!(
            roles(
                "Marrowby pays a £4m option fee now and £22m if it exercises after Phase 1 data."
            ),
            ["option", "option"]
        );
        assert_eq!(
            roles(
                "The pact carries $500 million upfront and about $12 billion if everything is exercised and hit."
            ),
            ["upfront", "total"]
        );
        assert_eq!(
            roles("Payments could reach $3 billion if all options are exercised."),
            ["total"]
        );
        assert_eq!(
            roles("Aldergrove paid US$15 million last year when the Phase 1 study was completed."),
            ["milestone"]
        );
        assert_eq!(
            roles(
                "Several biotechs have licensed such drugs this year, often for upfront payments of $50 million to $200 million."
            ),
            ["other", "other"]
        );
        assert_eq!(
            roles(
                "We would put peak sales at US$800mn if the drug works; at these royalty rates that is meaningful."
            ),
            ["other"]
        );
        assert_eq!(
            roles(
                "One Bio paid $21.5 million upfront and $3.5 million on supply of material for its Phase 2, with up to $1.025 billion in milestones, a package reported at roughly $1.05 billion."
            ),
            ["upfront", "near_term", "milestone", "total"]
        );
        assert_eq!(
            roles("Would you ever do a $500 million upfront?"),
            ["other"]
        );
        assert_eq!(
            roles(
                "Taking into account the upfront payment, the near-term milestone and all milestone payments, the total consideration under the Agreement is up to US$1.09 billion, excluding royalties and the Subscription."
            ),
            ["total"]
        );
        assert_eq!(
            roles(
                "Up to $1.74 billion in further milestones, for total potential payments of up to $1.94 billion."
            ),
            ["milestone", "total"]
        );
        assert_eq!(
            roles(
                "Sales milestone payments of up to US$720 million, payable in tranches when annual net sales of the licensed products first reach US$0.5, 1.0 and 1.5 billion."
            ),
            ["milestone", "other", "other", "other"]
        );
        assert_eq!(
            roles(
                "At Akeso's election, approximately $25.1 million of the first installment will be satisfied in shares."
            ),
            ["upfront"]
        );
        assert_eq!(
            roles(
                "The Company expects to recognize acquired in-process research and development expense of $25.0 million for the upfront payment."
            ),
            ["other"]
        );
        assert_eq!(
            roles(
                "Calderwood expects to record the upfront payment of $25.0 million as acquired in-process research and development expense."
            ),
            ["other"]
        );
        assert_eq!(
            roles(
                "It spun three assets into a NewCo for $110 million in upfront and near-term payments and a 19.9% stake, with up to $5.925 billion more on the table."
            ),
            ["upfront", "milestone"]
        );
        assert_eq!(
            roles(
                "Including the upfront, Mabwell is eligible for up to $412.5 million in development, regulatory and commercial payments."
            ),
            ["total"]
        );
        assert_eq!(
            roles(
                "Terms: $20M upfront, milestones of up to roughly $2B, tiered royalties on future sales."
            ),
            ["upfront", "milestone"]
        );
        assert_eq!(
            roles(
                "It will pay $2.00 per ordinary share in cash, valuing the Nasdaq-listed company at about $1.0 billion."
            ),
            ["other", "upfront"]
        );
        assert_eq!(
            roles(
                "It will pay $2.00 per Gracell ordinary share in cash, valuing the Nasdaq-listed company at about $1.0 billion."
            ),
            ["other", "upfront"]
        );
        assert_eq!(
            roles("At that price Turning Point is valued at roughly $1.4 billion."),
            ["other"]
        );
        assert_eq!(
            roles("Altogether, the expansion is valued at up to $1.025 billion."),
            ["total"]
        );
        assert_eq!(
            roles(
                "Akeso can elect to take about $25.1 million of the first payment as newly issued shares."
            ),
            ["upfront"]
        );
        assert_eq!(
            roles(
                "Our guess is that the upfront is small, perhaps US$10 million to US$20 million."
            ),
            ["other", "other"]
        );
        assert_eq!(
            roles(
                "I-Mab licensed it for an upfront payment of US$180 million, with up to US$1.74 billion more in milestones, valuing that deal at as much as US$1.94 billion."
            ),
            ["upfront", "milestone", "total"]
        );
        assert_eq!(
            roles(
                "The US$517.5 million, or roughly HK$4 billion, covers an upfront payment together with development, regulatory and commercial milestones."
            ),
            ["total", "total"]
        );
        assert_eq!(
            roles("- Maximum total amount, including the upfront payment: JPY 70.5 billion"),
            ["total"]
        );
        assert_eq!(
            roles(
                "The upfront payment and all milestone payments amount to up to US$18.5 billion."
            ),
            ["total"]
        );
        assert_eq!(
            roles("RMB 150mn upfront, up to RMB 1bn including milestones."),
            ["upfront", "total"]
        );
        assert_eq!(
            roles("Kailera was capitalised with US$400mn by a consortium of investors."),
            ["other"]
        );
        assert_eq!(
            roles(
                "Together, the option fee, the exercise fee and the milestones amount to up to CHF 640 million."
            ),
            ["total"]
        );
        assert_eq!(
            roles(
                "Simcere is eligible for option fees together with milestone payments of up to US$1.055 billion in aggregate."
            ),
            ["milestone"]
        );
    }

    #[test]
    fn options_approvals_and_the_total_a_clause_is_about() {
        assert_eq!(
            roles("Cobbleton holds an opt-in right, exercisable for US$5 million before 2027."),
            ["option"]
        );
        assert_eq!(
            roles(
                "They paid a $10 million option fee and would have paid $40 million more to exercise."
            ),
            ["option", "option"]
        );
        assert_eq!(
            roles("A further $12 million becomes payable upon the first approval of RF-2290."),
            ["milestone"]
        );
        assert_eq!(
            roles(
                "The pool of development and regulatory milestones was raised from US$410 million to US$560 million."
            ),
            ["milestone", "milestone"]
        );
        assert_eq!(
            roles(
                "As upfront consideration, we paid Baihe $15.0 million in cash and issued shares."
            ),
            ["upfront"]
        );
        assert_eq!(
            roles(
                "It's $800 million up front, a small slice in its own shares, and then up to another hundred and fifty million dollars if certain milestones are hit."
            ),
            ["upfront", "milestone"]
        );
        assert_eq!(
            roles("The headline value of US$4.5 billion excludes the share subscription."),
            ["total"]
        );
        assert_eq!(
            roles(
                "(b) a payment of US$15 million upon completion of the transfer of manufacturing technology to Hartwell;"
            ),
            ["near_term"]
        );
        assert_eq!(
            roles("US$1.2 billion is the maximum aggregate amount that the Company may receive."),
            ["total"]
        );
        assert_eq!(
            roles("GSK will pay US$500 million upfront across the agreements."),
            ["upfront"]
        );
        assert_eq!(
            roles("\"The £634m is mostly sales milestones that only pay out later,\" she said."),
            ["other"]
        );
        assert_eq!(
            roles("We counted 23 disclosed private rounds, worth about $1.9 billion combined."),
            ["other"]
        );
        assert_eq!(
            roles("Total biotech equity issuance on mainland exchanges reached CNY 4.7 billion."),
            ["other"]
        );
        assert_eq!(
            roles("Greyhaven buys a slice of Dianshan's royalty on the pill for $310 million"),
            ["other"]
        );
        assert_eq!(
            roles(
                "Greyhaven Royalty Partners agreed to pay Dianshan $310 million in cash for part of the royalties it earns."
            ),
            ["other"]
        );
        assert_eq!(
            roles(
                "Bellmarsh agreed to up to $475 million in milestones, of which $140 million has already been received."
            ),
            ["milestone", "other"]
        );
        assert_eq!(
            roles(
                "The new payment brings total payments received under the agreement to US$95 million."
            ),
            ["other"]
        );
        assert_eq!(
            roles("Hansoh received $350m in upfront cash across the three deals."),
            ["other"]
        );
        assert_eq!(
            roles(
                "The total potential value of US$18.5 billion makes this one of the largest licensing deals ever signed."
            ),
            ["total"]
        );
        assert_eq!(
            roles(
                "The purchase carried US$300 million upfront and up to US$550 million in further payments."
            ),
            ["upfront", "milestone"]
        );
        assert_eq!(
            roles(
                "Pallister can earn up to US$190 million in milestones, which puts the package at up to US$220 million."
            ),
            ["milestone", "total"]
        );
        assert_eq!(
            roles(
                "Accordingly, the total amount that Kawanami may pay under the Agreement, including the upfront payment, is a maximum of ¥51.0 billion."
            ),
            ["total"]
        );
    }

    #[test]
    fn combined_upfronts_trends_and_valuations_at_signing() {
        assert_eq!(
            roles(
                "The Company shall receive upfront and near-term milestone payments in an aggregate amount of US$47 million."
            ),
            ["upfront"]
        );
        assert_eq!(
            roles(
                "Roche will pay Hansoh $80 million upfront, the latest in a string of licensing deals between Western pharma and Chinese biotechs."
            ),
            ["upfront"]
        );
        assert_eq!(
            roles(
                "Under the agreement, which was valued at up to US$1.1 billion at signing, Fenmore paid US$50 million."
            ),
            ["total", "upfront"]
        );
        assert_eq!(
            roles(
                "Halvard, which is valued at about $27 billion, has been spending heavily on trials."
            ),
            ["other"],
            "a company's value"
        );
        assert_eq!(
            roles("It signed the licence, which is valued at up to $1.2 billion."),
            ["total"]
        );
    }

    #[test]
    fn breakdowns_and_sums_of_what_came_before() {
        assert_eq!(
            roles(
                "Hengyan can earn up to $18M in near-term milestones over two years: $5, $5 and $8 million at IND clearance, first dosing and data."
            ),
            ["near_term", "near_term", "near_term", "near_term"]
        );
        assert_eq!(
            roles(
                "Yuecheng is eligible for development milestones of up to €190 million and commercial milestones of up to €690 million, together up to €880 million."
            ),
            ["milestone", "milestone", "milestone"]
        );
        assert_eq!(
            roles(
                "Tallis paid $650 million upfront, with up to $4.95 billion in milestones on top: $5.6 billion in all."
            ),
            ["upfront", "milestone", "total"]
        );
        assert_eq!(
            roles(
                "There are up to $640 million in development, regulatory and sales milestones, so $665 million in all."
            ),
            ["milestone", "total"]
        );
        assert_eq!(
            roles(
                "$120M upfront, partly in stock, plus up to $30M in milestones, so $150M all in."
            ),
            ["upfront", "milestone", "total"]
        );
        assert_eq!(
            roles(
                "In 2021 Halden took $200 million in cash in a package worth up to $2.6 billion."
            ),
            ["other", "total"]
        );
        assert_eq!(
            roles(
                "Halden paid an upfront payment of US$10 million in a transaction valued at up to US$412.5 million."
            ),
            ["upfront", "total"]
        );
        assert_eq!(
            roles(
                "Coherent receives US$20 million upfront and milestones of up to roughly US$2 billion."
            ),
            ["upfront", "milestone"]
        );
        assert_eq!(
            roles("The deal is worth up to JP¥15 billion in upfront and milestone payments."),
            ["total"]
        );
        assert_eq!(
            roles("Lindqvist lands $30M from Orrin in ADC option deal worth over $1B"),
            ["upfront", "total"]
        );
    }

    #[test]
    fn upfronts_of_many_deals() {
        assert_eq!(
            roles("Big pharma paid $100 million-plus upfronts for the first TL1A assets."),
            ["other"]
        );
    }

    #[test]
    fn a_timing_after_the_amount_beats_a_cue_from_an_earlier_clause() {
        assert_eq!(
            roles(
                "Qiaolin licensed QL-18 to Dunmore Bio for $65 million upfront, half of it in Dunmore shares, and a further $10 million after technology transfer."
            ),
            ["upfront", "near_term"]
        );
        // The signing named before "a further" times the upfront.
        assert_eq!(
            roles(
                "Dunmore pays an upfront fee of US$18 million (about RMB129 million) within 15 business days of signing, and a further US$4 million once the cell bank has been transferred to its contract manufacturer."
            ),
            ["upfront", "upfront", "near_term"]
        );
        // A bullet of its own: "a further" says the upfront came before.
        assert_eq!(
            roles(
                "- A further $8 million once the FDA clears Dunmore's investigational new drug application"
            ),
            ["near_term"]
        );
        assert_eq!(
            roles(
                "Dunmore pays $18 million on signing and a further $4 million upfront at closing."
            ),
            ["upfront", "upfront"]
        );
    }

    #[test]
    fn a_pronoun_stands_for_the_payments_named_before() {
        assert_eq!(
            roles(
                "Qiaolin's statement rolled the development and commercial payments together and put them at up to $1 billion."
            ),
            ["milestone"]
        );
        assert_eq!(roles("Analysts put it at up to $1 billion."), ["other"]);
    }

    #[test]
    fn what_a_party_gets_nothing_else_said_is_paid_now() {
        assert_eq!(
            roles(
                "Hengyan got $75 million upfront from Dunmore, and Qiaolin got $80 million from Brevant."
            ),
            ["upfront", "upfront"]
        );
    }

    #[test]
    fn what_an_amount_is_set_against_is_not_what_it_is() {
        assert_eq!(
            roles("Seven hundred million dollars in cash today beats a long milestone ladder."),
            ["other"]
        );
        assert_eq!(
            roles("Some reports described $4.4 billion as sitting on top of the upfront payment."),
            ["other"]
        );
    }

    #[test]
    fn a_period_label_opens_a_tally_but_a_timeline_entry_is_one_deal() {
        assert_eq!(
            roles("- January 2026: around $30B in headline value, about $3B upfront."),
            ["other", "other"]
        );
        assert_eq!(
            roles("- 2023: licensed SHR-19 to Dunmore Bio for $21.5 million upfront."),
            ["upfront"]
        );
    }

    #[test]
    fn royalty_tiers_on_both_sides_of_to() {
        assert_eq!(
            roles(
                "Royalties range from high single digits on annual net sales below US$500 million to mid-teens on annual net sales above US$1.5 billion."
            ),
            ["royalty", "royalty"]
        );
    }

    #[test]
    fn the_parts_of_an_upfront_are_the_upfront() {
        assert_eq!(
            roles(
                "Kestrel shall pay the Company an upfront payment of US$40 million (approximately RMB287 million), of which US$25 million is payable in cash and US$15 million shall be settled by issuing Kestrel shares to the Company."
            ),
            ["upfront", "upfront", "upfront", "upfront"]
        );
        assert_eq!(
            roles(
                "岚川生物的首付8000万美元由5000万美元现金和3000万美元股权组成，里程碑最高9亿美元。"
            ),
            ["upfront", "upfront", "upfront", "milestone"]
        );
        // Or listed after a colon.
        assert_eq!(
            roles(
                "Corvane pays $50 million upfront, half in cash and half in stock: $25 million in cash and $25 million in new Corvane shares."
            ),
            ["upfront", "upfront", "upfront"]
        );
        // A part with a term of its own keeps it; parts of a headline are not the upfront.
        assert_eq!(
            roles(
                "The deal is worth up to $900 million, of which $60 million is paid upfront and $840 million depends on milestones."
            ),
            ["total", "upfront", "milestone"]
        );
    }

    #[test]
    fn an_earlier_period_in_brackets_is_the_figure_before_it() {
        // (Over a whole document: the option fee's restatement elsewhere does not reach it.)
        let text = "Kestrel paid an option fee of US$4.0 million (HK$31.2 million) in 2022. Revenue for the year amounted to HK$55.0 million (2022: HK$31.2 million).";
        let got: Vec<&str> = crate::mentions(text)
            .iter()
            .map(|m| m.role.as_str())
            .collect();
        assert_eq!(got, ["option", "option", "other", "other"]);
    }

    #[test]
    fn in_total_after_a_clause_of_its_own_is_the_headline() {
        assert_eq!(
            roles(
                "Ostrava got up to $30M upfront and near-term, partly in equity, and up to $640M in total."
            ),
            ["upfront", "total"]
        );
        // Within one clause, "in total" sums the payment named before it.
        assert_eq!(
            roles("It carries milestone payments of more than $1.2 billion in total."),
            ["milestone"]
        );
    }

    #[test]
    fn a_lone_amount_all_in_is_the_whole_deal() {
        assert_eq!(roles("Up to $880M all in."), ["total"]);
        assert_eq!(
            roles("Brisland pays $40 million now, and the whole thing is up to $910 million."),
            ["upfront", "total"]
        );
        assert_eq!(roles("Licence revenue was $30M in all."), ["other"]);
    }

    #[test]
    fn a_headline_said_to_include_the_payments_and_its_conversion() {
        assert_eq!(
            roles(
                "€90M (~$97M) upfront, up to €820M (~$885M) including the option fee, tech transfer and milestones."
            ),
            ["upfront", "upfront", "total", "total"]
        );
        assert_eq!(
            roles("€25M upfront and €300M in sales milestones, €325M all in (~$351M)."),
            ["upfront", "milestone", "total", "total"]
        );
        // Kinds of one payment are not several payments.
        assert_eq!(
            roles("Up to $1.1 billion in milestones, including development and sales milestones."),
            ["milestone"]
        );
    }

    #[test]
    fn a_plus_sign_and_full_width_commas_part_the_terms() {
        assert_eq!(
            roles("$45M upfront + milestones up to $1.2B, royalties tiered."),
            ["upfront", "milestone"]
        );
        assert_eq!(
            roles("$45M upfront + milestones up to $1.2B，royalty low double-digit。"),
            ["upfront", "milestone"]
        );
    }

    #[test]
    fn pacts_counted_are_many_deals() {
        assert_eq!(
            roles(
                "Taken together, the two pacts have brought Qiantang $95 million in cash at signing."
            ),
            ["other"]
        );
    }

    #[test]
    fn what_an_amount_holds_together_with_it_is_not_what_it_is() {
        assert_eq!(
            roles("· 首付款：8000万美元；\n· 总额：连同里程碑付款，最高13亿美元；"),
            ["upfront", "total"]
        );
        assert_eq!(roles("连同首付款在内的交易总额最高约12亿美元。"), ["total"]);
        // What holds the payments named is the whole; payments left out are not what it is.
        assert_eq!(
            roles(
                "连同首付款，公司根据协议可收取的款项（不含特许权使用费及认购款项）最高为5亿美元。"
            ),
            ["total"]
        );
        assert_eq!(
            roles("· 岚川 × Brisland：Upfront US$20M，total 不超过 US$610M。"),
            ["upfront", "total"]
        );
    }

    #[test]
    fn sums_and_conditions() {
        assert_eq!(
            roles(
                "Aggregate upfront and milestone payments of up to US$148 million, plus royalties."
            ),
            ["total"]
        );
        assert_eq!(
            roles(
                "Commercial milestones of up to US$90 million are payable when annual net sales reach agreed thresholds."
            ),
            ["milestone"]
        );
        assert_eq!(
            roles(
                "Tokai may also receive sales milestones of up to JPY4.5 billion upon annual net sales of the product passing set levels."
            ),
            ["milestone"]
        );
        assert_eq!(
            roles("US$300 million falls due when the transaction closes."),
            ["upfront"]
        );
        assert_eq!(
            roles(
                "The agreement is valued at up to €735 million (approximately US$800 million) before royalties."
            ),
            ["total", "total"]
        );
        assert_eq!(
            roles("The cash portion values Lumiqen's equity at about $1.05 billion."),
            ["upfront"]
        );
        assert_eq!(
            roles(
                "An upfront payment of US$60 million, made up of US$30 million in cash up front and US$30 million settled in newly issued Dunmore shares."
            ),
            ["upfront", "upfront", "upfront"]
        );
    }

    #[test]
    fn an_approximate_amount_in_another_currency_is_a_conversion() {
        assert_eq!(
            roles(
                "The agreement is worth up to US$900 million including that payment, roughly 6.4 billion yuan at current rates."
            ),
            ["total", "total"]
        );
        assert_eq!(
            roles("Our conversion of the US$25m upfront is c.RMB179m."),
            ["upfront", "upfront"]
        );
        assert_eq!(
            roles("£18m upfront to Guanghe (~$23M at today's rate)"),
            ["upfront", "upfront"]
        );
        assert_eq!(
            roles(
                "Option fees, milestones and the technology access fee total up to US$648 million."
            ),
            ["total"]
        );
        assert_eq!(
            roles(
                "Including the upfront consideration, the agreement could be worth up to US$1.52 billion."
            ),
            ["total"]
        );
        assert_eq!(
            roles("The deal is worth $900 million, including an upfront payment of $60 million."),
            ["total", "upfront"]
        );
        assert_eq!(
            roles(
                "After that it's milestones, up to $1.1 billion across development, regulatory and sales, and then tiered royalties. So the whole thing is $1.175 billion all-in, before royalties."
            ),
            ["milestone", "total"]
        );
        // The same currency is another amount.
        assert_eq!(
            roles("The agreement is worth up to $900 million, roughly $40 million of it in 2026."),
            ["total", "other"]
        );
    }

    #[test]
    fn a_payment_due_on_a_near_event_is_near_term() {
        assert_eq!(
            roles(
                "Qiyue gets $60m upfront, USD15m due on US IND clearance, and up to $900m in milestones."
            ),
            ["upfront", "near_term", "milestone"]
        );
        assert_eq!(
            roles(
                "Dunmore will pay a license issue fee of $30.0 million and a further $4.0 million upon completion of the technology transfer."
            ),
            ["upfront", "near_term"]
        );
        assert_eq!(
            roles(
                "Qiyue can earn up to $2.1 billion in milestones, and that figure includes a $200 million payment tied to the transfer of technology to Dunmore."
            ),
            ["milestone", "near_term"]
        );
        assert_eq!(
            roles(
                "Qiyue expects collaboration revenue of between $40 million and $60 million, mainly from the technology transfer."
            ),
            ["other", "other"]
        );
        // Without an upfront before it, a payment is not read as near-term.
        assert_eq!(
            roles("The company paid $4.0 million upon completion of the audit."),
            ["upfront"]
        );
    }

    #[test]
    fn potential_payments_as_a_whole_or_still_to_come() {
        assert_eq!(
            roles(
                "Taken together, the agreement carries more than $2 billion in potential payments to Qiyue."
            ),
            ["total"]
        );
        assert_eq!(
            roles(
                "The deal brings Qiyue up to $900 million in potential payments, $40 million of it upfront."
            ),
            ["total", "upfront"]
        );
        assert_eq!(
            roles(
                "Dunmore paid $20 million upfront and agreed to more than $1 billion in further potential payments tied to development goals."
            ),
            ["upfront", "milestone"]
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
            roles(
                "This can be a $2 billion-a-year drug, with most of the milestones tied to sales."
            ),
            ["other"]
        );
        assert_eq!(
            roles(
                "Dunmore expects a pre-tax charge of $40 million related to the upfront payment."
            ),
            ["other"]
        );
        assert_eq!(
            roles("The round valued the company at roughly $310MM pre-money."),
            ["other"]
        );
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
    fn chinese_roles() {
        assert_eq!(
            roles(
                "根据协议，公司将获得12.5亿美元首付款，以及最高48亿美元的里程碑付款，交易总额最高达60.5亿美元。"
            ),
            ["upfront", "milestone", "total"]
        );
        assert_eq!(
            roles("辉瑞将向三生制药支付首付款12.5亿美元，并认购1亿美元股份。"),
            ["upfront", "equity"]
        );
        assert_eq!(roles("公司2025年营业收入人民币454.56亿元。"), ["other"]);
        assert_eq!(
            roles(
                "我們已支付入門費人民幣800萬元，並須於產品首次取得上市批准時支付人民幣2,000萬元。"
            ),
            ["upfront", "milestone"]
        );
        assert_eq!(
            roles("首付款合計4,000萬美元，分兩期支付：第一期2,500萬美元須於協議生效後支付。"),
            ["upfront", "upfront"]
        );
        assert_eq!(roles("聊聊这单：44亿美元到底含不含首付？"), ["total"]);
        assert_eq!(
            roles("约120亿美元是假设各项里程碑均达成的情况下公司可能获得的款项总额。"),
            ["total"]
        );
        assert_eq!(
            roles("单笔首付款中位数约5000万美元，较2025年略有下降。"),
            ["other"]
        );
        assert_eq!(
            roles(
                "現金代價總額約108億港元；若CVR全數兌現，額外付款總額約17.2億港元，交易總值最高約125億港元。"
            ),
            ["upfront", "milestone", "total"]
        );
        assert_eq!(
            roles("公司此前已收取的首付款及里程碑付款均无需退还，上述款项累计2,000万英镑。"),
            ["other"]
        );
        assert_eq!(
            roles("两项协议打包披露，首付款合计1.85亿美元，含首付款在内的总额为41.65亿美元；"),
            ["upfront", "total"]
        );
        assert_eq!(
            roles("把三次合作放在一起看，首付款累计3.45亿美元，潜在金额合计逾95亿美元。"),
            ["other", "other"]
        );
        assert_eq!(
            roles("里程碑付款最高分别为2.15亿、3.5亿和6亿美元，合计最高11.65亿美元。"),
            ["milestone", "milestone", "milestone", "milestone"]
        );
        assert_eq!(
            roles(
                "信达收到2亿美元首付款，并有资格获得最高8.25亿美元的里程碑付款，合计10.25亿美元。"
            ),
            ["upfront", "milestone", "total"]
        );
        assert_eq!(
            roles("首付款2亿美元，里程碑最高18亿美元，合计最高20亿美元。"),
            ["upfront", "milestone", "total"]
        );
        assert_eq!(
            roles("大会同期设立总额200万元的青年学者奖励基金。"),
            ["other"]
        );
        assert_eq!(
            roles("我们以每股约HK$12.40的价格回购H股，总代价约港幣1.2億元。"),
            ["other", "other"]
        );
        assert_eq!(
            roles("汀舟生物至今已从该合作中累计收到首付款及里程碑付款约1.8亿美元。"),
            ["other"]
        );
        assert_eq!(
            roles(
                "公司将支付首付款人民币6,000万元，分两期支付：生效后支付人民币3,500万元，满12个月后再支付人民币2,500万元。"
            ),
            ["upfront", "upfront", "upfront"]
        );
        assert_eq!(
            roles("公司还将支付合计不超过人民币2.4亿元的开发及注册里程碑款。"),
            ["milestone"]
        );
        assert_eq!(roles("本次收购的前期现金对价约为13亿美元；"), ["upfront"]);
        assert_eq!(
            roles("公司还可获得累计不超过10.25亿美元的临床开发、注册及销售里程碑付款。"),
            ["milestone"]
        );
        assert_eq!(
            roles("BioNTech将支付约8亿美元的首付款，以及最高1.5亿美元的或有付款。"),
            ["upfront", "milestone"]
        );
        assert_eq!(
            roles("如决定行使，须另行支付选择权行使费1,200万英镑。"),
            ["option"]
        );
        assert_eq!(
            roles("簽約金是30億日圓，大概兩千萬美金左右。"),
            ["upfront", "upfront"]
        );
        assert_eq!(
            roles("交易總價值「最高達6.15億美元」應更正為「最高達6.2億美元」。"),
            ["total", "total"]
        );
        assert_eq!(
            roles("若CVR全部兑现，买方还需额外支付约3亿美元。"),
            ["milestone"]
        );
        assert_eq!(
            roles("有的写“首付之外还有44亿美元”，交易总额最高约44亿美元。"),
            ["other", "total"]
        );
        assert_eq!(
            roles("后续开发、法规及销售里程碑金合計最高4.5億美元，交易總額最高約4.7億美元。"),
            ["milestone", "total"],
            "合计 after a milestone word in its own clause sums milestones"
        );
        assert_eq!(
            roles("2025年全年中国创新药对外授权交易总额达1356.55亿美元。"),
            ["other"]
        );
    }

    #[test]
    fn phrasings_from_the_second_development_corpus() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Upfront: $40M | Near-term: $15M | Milestones: up to $1.1B | Total: up to $1.155B",
                &["upfront", "near_term", "milestone", "total"],
            ),
            (
                "Milestones of up to roughly $2 billion bring the potential value to about $2.02 billion.",
                &["milestone", "total"],
            ),
            (
                "U.S.$30 million, payable within 30 days of the effective date, is the upfront fee.",
                &["upfront"],
            ),
            (
                "The aggregate potential consideration, excluding royalties and the equity purchase described below, is up to $412,500,000.",
                &["total"],
            ),
            (
                "It will purchase €10 million of newly issued shares at a 20% premium to the average closing price.",
                &["equity"],
            ),
            (
                "DualityBio is eligible for milestone payments of more than $1.5 billion in total.",
                &["milestone"],
            ),
            (
                "We paid $170.0 million (€155.9 million at the exchange rate on the payment date) upfront.",
                &["upfront", "upfront"],
            ),
            (
                "The deal, which could reach $1.02 billion if every milestone is met, is the third such licence.",
                &["total"],
            ),
            (
                "The offering would value the company at about HK$9.2 billion.",
                &["other"],
            ),
            ("Ipsen inks $1bn-plus ADC pact with Simcere", &["total"]),
        ];
        for (sentence, want) in cases {
            assert_eq!(&roles(sentence), want, "{sentence}");
        }
    }

    #[test]
    fn instalments_of_the_upfront() {
        assert_eq!(
            roles(
                "It comes in two tranches: $120 million is due at closing, and the remaining $80 million follows a year later."
            ),
            ["upfront", "upfront"]
        );
    }

    #[test]
    fn chinese_phrasings_from_the_second_development_corpus() {
        let cases: &[(&str, &[&str])] = &[
            (
                "首付款6500万美元，其中3250万美元为现金，另外3250万美元以Braveheart的股权支付。",
                &["upfront", "upfront", "upfront"],
            ),
            (
                "Crescent将向科伦博泰支付首付款8000万美元，另按年度净销售额支付分级特许权使用费。",
                &["upfront"],
            ),
            (
                "行权时将另行支付行权费，金额介于5000万美元至8000万美元之间。",
                &["option", "option"],
            ),
            (
                "2000万美元由凯斯勒向微澜支付，将于协议生效后30日内付清，作为本次交易的首付款。",
                &["upfront"],
            ),
            (
                "此外还将支付1亿美元（约合人民币7.1亿元），该笔近期里程碑付款将于首例患者给药后支付。",
                &["near_term", "near_term"],
            ),
            (
                "据本报不完全统计，今年以来欧洲药企支付的首付款合计已超过5亿美元。",
                &["other"],
            ),
            (
                "荣昌生物把双抗交给艾伯维，首付款6.5亿美元，是今年以来最大的一笔首付。",
                &["upfront"],
            ),
            (
                "翰森的两笔减重药交易，首付款同样落在这个区间：今年6月，HS-20094授权再生元，首付款8000万美元；更早的2024年12月，HS-10535授权默沙东，首付款1.12亿美元。",
                &["upfront", "upfront"],
            ),
            (
                "1月12日一天，荣昌生物—艾伯维（首付款6.5亿美元）和SciNeuro—诺华两笔交易，就合计贡献了超过8亿美元的首付款。",
                &["upfront", "other"],
            ),
            (
                "2025年中国药企对外授权交易共157笔：首付款合计约70亿美元。",
                &["other"],
            ),
            (
                "１０月对外授权回顾：共８笔交易，首付款合计４．１亿美元",
                &["other"],
            ),
            (
                "- Upfront USD 90M，milestones最高8.1亿美元，Total up to 9 billion美元",
                &["upfront", "milestone", "total"],
            ),
            (
                "- Milestones最高26亿美元，headline total $3.1B",
                &["milestone", "total"],
            ),
            ("11月这两笔，upfront合计约US$2.6亿，不到一成。", &["other"]),
            (
                "三笔放在一起，结构几乎一模一样：首付款在1亿美元上下，里程碑在15亿美元左右。",
                &["other", "other"],
            ),
            (
                "該協議項下的首付款及里程碑付款總額最高為1.85億歐元（約195.38百萬美元）。",
                &["total", "total"],
            ),
            (
                "Zenas将支付首付款及近期付款合计不超过1亿美元；本次交易潜在总额超过20亿美元。",
                &["upfront", "total"],
            ),
            (
                "市场层面，IL-23通路药物去年全球销售额合计已超过200亿美元。",
                &["other"],
            ),
            (
                "此外辉瑞享有中国区商业化选择权，对应最高1.5亿美元的选择权付款，不计入交易总额。",
                &["option"],
            ),
            (
                "· 里程碑：开发最高1亿美元，注册最高2亿美元，销售最高3.2亿美元",
                &["milestone", "milestone", "milestone"],
            ),
            (
                "一季度的33笔、366.3亿美元只是序幕，由此推算，二至四季度合计约990亿美元。",
                &["other", "other"],
            ),
            (
                "Calico将支付2,500万美元首付款，并在达到里程碑时支付合计不超过5.71亿美元的里程碑付款。",
                &["upfront", "milestone"],
            ),
            (
                "交易总额最高56亿美元（英文稿的写法是US$650 million upfront、up to US$5.6 billion in total）。",
                &["total", "upfront", "total"],
            ),
            (
                "本集團現金及現金等價物合計人民幣2,364.9百萬元（約合330百萬美元）。",
                &["other", "other"],
            ),
            (
                "募资总额约10.8億港元，扣除开支后所得款项净额约9.9億港元。",
                &["other", "other"],
            ),
            ("媒体报道这笔交易的潜在交易总价值约120亿美元。", &["total"]),
            (
                "楚衡医药本月与佩尔沃斯达成协议，佩尔沃斯先支付1500万美元选择权费。",
                &["option"],
            ),
            (
                "本周共有四笔对外授权交易，首付款合计约2亿美元。",
                &["other"],
            ),
        ];
        for (sentence, want) in cases {
            assert_eq!(&roles(sentence), want, "{sentence}");
        }
        let text = "开发、注册及销售里程碑上限分别为3亿美元、5亿美元及12亿美元。";
        let kinds: Vec<Option<MilestoneKind>> =
            assigned(text).iter().map(|a| a.scope.kind).collect();
        assert_eq!(
            kinds,
            [
                Some(MilestoneKind::Development),
                Some(MilestoneKind::Regulatory),
                Some(MilestoneKind::Commercial)
            ]
        );
    }

    #[test]
    fn chinese_milestone_kinds() {
        let text =
            "石药集团有资格获得最高35亿美元的开发及注册里程碑，以及最高138亿美元的销售里程碑。";
        let scopes: Vec<MilestoneScope> = assigned(text).into_iter().map(|a| a.scope).collect();
        assert_eq!(scopes[0].kinds_named(), 2);
        assert!(
            !scopes[0].is_overall(),
            "two kinds are a part, not the whole"
        );
        assert_eq!(scopes[1].kind, Some(MilestoneKind::Commercial));
        // A label before a colon names the kind: "(4) 销售里程碑付款：合共最高8.4亿美元".
        let text = "(4) 销售里程碑付款：合共最高8.4亿美元；";
        let slots: Vec<Slot> = money::find(text)
            .iter()
            .map(|f| Slot {
                start: f.span.start,
                end: f.span.end,
                per_share: f.per_share,
                currency: f.currency,
            })
            .collect();
        let assigned = assign(text, 0, &slots);
        assert_eq!(assigned[0].role, Role::Milestone);
        assert_eq!(assigned[0].scope.kind, Some(MilestoneKind::Commercial));
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

    #[test]
    fn a_headline_split_into_kinds_is_not_an_upfront_split_into_parts() {
        assert_eq!(
            roles(
                "The total amounts to up to US$1,060 million, comprising upfront payments of US$60 million (about HK$468 million) and milestone payments of up to US$1,000 million."
            ),
            ["total", "upfront", "upfront", "milestone"]
        );
        assert_eq!(
            roles("Upfront US$65mn, split into US$32.5mn in cash and US$32.5mn in shares."),
            ["upfront", "upfront", "upfront"]
        );
    }

    #[test]
    fn a_technology_transfer_payment_is_near_term() {
        assert_eq!(
            roles(
                "Abermoor will pay $15 million once Ruolin completes the transfer of manufacturing technology."
            ),
            ["near_term"]
        );
        assert_eq!(
            roles(
                "Kestrel pays $25 million upfront and a further $10 million upon completion of technology transfer."
            ),
            ["upfront", "near_term"]
        );
        assert_eq!(
            roles(
                "Halden could get up to $2.7 billion in milestones, including $300 million once the technology is transferred."
            ),
            ["milestone", "near_term"]
        );
        // A payment restated in another currency; a part of the payment a sentence opens
        // with; revenue explained by what it was for.
        assert_eq!(
            roles("At RMB7.10 per dollar, the upfront alone is worth about RMB2.1bn."),
            ["other", "upfront"]
        );
        assert_eq!(
            roles("Converted, the upfront payment is worth roughly $52 million."),
            ["upfront"]
        );
        assert_eq!(
            roles("Of the $900 million milestone pool, $700 million depends on sales thresholds."),
            ["milestone", "milestone"]
        );
        assert_eq!(
            roles(
                "Revenue recognised under the agreement amounted to RMB210.5 million, representing most of the option exercise fee."
            ),
            ["other"]
        );
        // An aside of what the figure leaves out is no cue of what it is.
        assert_eq!(
            roles(
                "The total potential consideration under the Agreement, before royalties, amounts to up to $640 million."
            ),
            ["total"]
        );
        // The price of shares bought from the partner is equity; of all outstanding shares a
        // takeover's price; of the filer's own shares no equity term of its deal.
        assert_eq!(
            roles(
                "Separately, the Company agreed to purchase ordinary shares of Dunhe for an aggregate purchase price of $12.0 million."
            ),
            ["equity"]
        );
        assert_eq!(
            roles(
                "Dunhe agreed to purchase shares of the Company's common stock for an aggregate purchase price of $12.0 million."
            ),
            ["other"]
        );
        // A timing after the amount yields to a payment named before it, not to another
        // timing.
        assert_eq!(
            roles(
                "Dunhe pays a EUR 5 million option fee at signing and a EUR 25 million fee upon exercise."
            ),
            ["option", "option"]
        );
        // "All in," opening a sentence states the headline.
        assert_eq!(
            roles("All in, it's seven hundred million dollars before the equity."),
            ["total"]
        );
        // (A sentence that opens "Alone is worth" leaves no word for a payment cue; it once
        // underflowed an index.)
        assert_eq!(roles("Alone is worth $5 million."), ["total"]);
        // A part "of that" is a part of the payment just named.
        assert_eq!(
            roles(
                "Up to $1.2B in further milestones, and only $300M of that was development and regulatory."
            ),
            ["milestone", "milestone"]
        );
        // The kind of deal, anywhere in the sentence, makes a statistic.
        assert_eq!(
            roles(
                "The tracker's count for China out-licensing in the first half was $41.2 billion of headline value."
            ),
            ["other"]
        );
        // An analyst's valuation is no term.
        assert_eq!(
            roles("Our DCF for the partnered milestones is RMB 41bn, unchanged."),
            ["other"]
        );
        // What no one pays is no term.
        assert_eq!(
            roles("To be fair, nobody is paying $600 million up front for a Phase 1 asset."),
            ["other"]
        );
        // What triggers a payment names it.
        assert_eq!(
            roles(
                "Completion of the technology transfer, which both sides expect next year, will trigger a payment of $40 million."
            ),
            ["near_term"]
        );
        assert_eq!(
            roles(
                "Approval in Europe, which Brisco expects in 2027, would trigger a further payment of $25 million."
            ),
            ["milestone"]
        );
        assert_eq!(
            roles("Exercise of the option by Brisco triggers a $30 million payment."),
            ["option"]
        );
        assert_eq!(
            roles("The impairment triggered a $12 million charge."),
            ["other"]
        );
        // A pool that holds a transfer payment among its kinds stays a milestone pool.
        assert_eq!(
            roles(
                "Brisco may earn milestone payments of up to $1.9 billion, which include payments linked to the transfer of technology as well as clinical and sales milestones."
            ),
            ["milestone"]
        );
        assert_eq!(
            roles(
                "Brisco is eligible for up to $1.9 billion in technology transfer, development and commercial milestone payments."
            ),
            ["milestone"]
        );
    }

    #[test]
    fn chinese_definitions_habits_and_sums_over_deals() {
        // The term a definition defines names its amount.
        assert_eq!(
            roles(
                "「潛在付款總額」　指　該協議項下應付的首付款及全部里程碑付款，最高為5.175億美元"
            ),
            ["total"]
        );
        // What deals usually pay is no deal's term, for every member of the range.
        assert_eq!(
            roles("早期双抗项目的首付款大多在5000万至1亿美元之间。"),
            ["other", "other"]
        );
        // A sum over this deal and an earlier one.
        assert_eq!(
            roles("连同本次协议，科伦博泰年内已自默沙东获得首付款合计8,200万美元。"),
            ["other"]
        );
        // Option payments and milestones summed are the headline.
        assert_eq!(
            roles("先声再明有权收取选择权行权费及里程碑付款合计最高10.55亿美元。"),
            ["total"]
        );
        // One deal set against the year's statistics; not a median over many.
        assert_eq!(
            roles("按这个口径，单笔5.7亿美元的首付款，相当于去年全年首付款的约8%。"),
            ["upfront"]
        );
        assert_eq!(
            roles("单笔首付款中位数约5000万美元，较去年全年略有下降。"),
            ["other"]
        );
        // A payment said to be undisclosed lends the amount after it no role.
        assert_ne!(
            roles("后续里程碑金额未披露，“超过8.5亿美元”只是下限。"),
            ["milestone"]
        );
        assert_eq!(
            roles(
                "倘我們未保留選擇權資產的權利，我們有資格收取最高合共9,300.0百萬美元的里程碑付款；"
            ),
            ["milestone"]
        );
        assert_eq!(
            roles("三項協議的首付款合共257.0百萬美元，潛在里程碑付款合共最高11,561.0百萬美元。"),
            ["other", "other"]
        );
        // Revenue to be booked from an upfront, and an upfront after another amount's cue.
        assert_eq!(
            roles("按照会计政策，首付款中约5.7亿元人民币预计在2026年一次性确认为收入。"),
            ["other"]
        );
        assert_eq!(
            roles("首付款5000万美元预计将在本年度确认为收入。"),
            ["upfront"]
        );
        assert_eq!(
            roles("Almirall将支付1500万美元首付款及最高4.92亿美元的开发、注册和销售里程碑付款。"),
            ["upfront", "milestone"]
        );
        // Deals made up to make a point, an unnamed deal, a sum over two rounds.
        assert_eq!(
            roles("打个比方，一笔总额10亿美元、首付5000万美元的交易，价值并不显然。"),
            ["other", "other"]
        );
        assert_eq!(roles("去年有一笔交易的首付款高达12亿美元。"), ["other"]);
        assert_eq!(
            roles("两轮合作算下来，舶望拿到的首付款已经达到3.45亿美元。"),
            ["other"]
        );
        // Rumours reported as market news.
        assert_eq!(
            roles("据市场消息，一家ADC企业正与海外药企洽谈，潜在首付款或在1亿至1.5亿美元之间。"),
            ["other", "other"]
        );
    }

    #[test]
    fn a_takeover_s_price_cvr_and_enterprise_value() {
        // The cash equity value is what the acquirer pays; the enterprise value is no payment.
        assert_eq!(
            roles(
                "Holmfirth will pay $6.20 in cash per share, for a cash equity value of approximately $2.4 billion."
            ),
            ["other", "upfront"]
        );
        assert_eq!(
            roles("The cash offer values Brenlow's fully diluted equity at about $880 million."),
            ["upfront"]
        );
        assert_eq!(
            roles(
                "Net of cash, the offer implies an enterprise value of approximately $610 million."
            ),
            ["other"]
        );
        // What the CVRs, not the deal, would be worth.
        assert_eq!(
            roles("The CVRs would be worth approximately $150 million in aggregate if paid."),
            ["milestone"]
        );
        assert_eq!(
            roles(
                "- One CVR per share pays $1.10 on EU approval, worth about $90 million in aggregate"
            ),
            ["other", "milestone"]
        );
        assert_eq!(
            roles("The deal would be worth up to $2 billion."),
            ["total"]
        );
        assert_eq!(
            roles("The licensor receives upfront consideration worth about $55 million."),
            ["upfront"]
        );
    }

    #[test]
    fn parts_of_a_payment_in_cash_or_shares_are_that_payment() {
        assert_eq!(
            roles("- Upfront: $48M ($30M cash + $18M stock at closing; $12M cash at 12 months)"),
            ["upfront", "upfront", "upfront", "upfront"]
        );
        assert_eq!(
            roles(
                "It gets $35 million at closing, of which $20 million in cash and $15 million in Ardent common stock issued at $9.80 per share."
            ),
            ["upfront", "upfront", "upfront", "other"]
        );
        // An investment in the licensor's shares is equity, and a cash balance is no part.
        assert_eq!(
            roles("Ardent pays $35 million upfront and makes a $15 million equity investment."),
            ["upfront", "equity"]
        );
        assert_eq!(roles("The company ended June with $220M cash."), ["other"]);
        assert_eq!(
            roles(
                "Qinlan takes home $35 million upfront, $25 million of it in cash and the rest in Marbury shares."
            ),
            ["upfront", "upfront"]
        );
    }

    #[test]
    fn parts_of_it_take_the_payment_s_role_and_their_own_kind() {
        let text = "Beyond that, Mudan can earn up to $890 million in milestones, $240 million of it on development and regulatory events and $650 million on sales, and royalties.";
        let got = assigned(text);
        let assigned: Vec<&str> = got.iter().map(|a| a.role.as_str()).collect();
        assert_eq!(assigned, ["milestone", "milestone", "milestone"]);
        assert!(got[0].scope.is_overall());
        assert_eq!(got[1].scope.kinds_named(), 2);
        assert_eq!(got[2].scope.kind, Some(MilestoneKind::Commercial));
        assert_eq!(
            roles(
                "Xiangshan can earn up to $520 million in milestones, $140 million of that tied to development and regulatory events and $380 million to annual sales thresholds."
            ),
            ["milestone", "milestone", "milestone"]
        );
    }

    #[test]
    fn kinds_in_parentheses_split_the_milestones_before_them() {
        assert_eq!(
            roles(
                "Up to $640M in milestones ($140M dev/reg, $500M sales), for a headline of up to $700M."
            ),
            ["milestone", "milestone", "milestone", "total"]
        );
        assert_eq!(
            roles("- Milestones: up to $720M (development/regulatory $170M; sales $550M)"),
            ["milestone", "milestone", "milestone"]
        );
        // Milestones summed are milestones, not the deal's total.
        assert_eq!(
            roles(
                "It may earn $170 million in development milestones and $550 million in sales milestones, i.e. up to $720 million in total milestones."
            ),
            ["milestone", "milestone", "milestone"]
        );
        assert_eq!(
            roles(
                "Milestones of up to $1 billion (the partner booked sales of $300 million last year)"
            ),
            ["milestone", "other"]
        );
    }

    #[test]
    fn chinese_one_deal_among_comparisons_titles_and_guesses() {
        // What follows the sum of deals just counted is theirs together; a valuation is no
        // payment.
        assert_eq!(
            roles("两笔合在一起看，霍尔登两个月内付出的首付款已经约1.6亿美元。"),
            ["other"]
        );
        assert_eq!(
            roles("首付款：QX-1的0.8亿美元与RT-2的1亿美元处于同一档次，两笔合计1.8亿美元。")[2],
            "other"
        );
        assert_eq!(
            roles(
                "公司以人民币3,000万元认购栖岩生物新增注册资本，本次增资的投后估值为人民币9亿元。"
            ),
            ["equity", "other"]
        );
        // The most a takeover may cost is its headline; a company described as listed is no
        // share offering.
        assert_eq!(
            roles("霍尔登更是以最高约9亿美元整体收购了在纳斯达克上市的栖岩生物。"),
            ["total"]
        );
        // A conversion in brackets, however it is introduced, shares the amount's role.
        assert_eq!(
            roles("(1) 默克將向許可方支付6,000萬美元（約相當於4.67億港元）的首付款；"),
            ["upfront", "upfront"]
        );
        // The year's revenue is only what the upfront is compared with.
        assert_eq!(
            roles(
                "按当前汇率计算，4000万美元首付款约合人民币2.9亿元，相当于公司去年全年营收的一半。"
            ),
            ["upfront", "upfront"]
        );
        assert_eq!(
            roles("2025年全年首付款合计70亿美元，占全球的三成。"),
            ["other"]
        );
        // An analyst's title names no industry statistics.
        assert_eq!(
            roles("一位医药行业分析师表示，此次首付款和近期里程碑合计6500万美元，略低于同类交易。"),
            ["upfront"]
        );
        // A guess at an undisclosed figure is no term.
        assert_eq!(
            roles("业内估计这笔交易的首付款可能在3000万至8000万美元之间。"),
            ["other", "other"]
        );
    }

    #[test]
    fn the_values_of_a_kind_of_deal_are_statistics() {
        assert_eq!(
            roles(
                "Compare that with February, when headline values reached about $22 billion and upfront payments about $2 billion."
            ),
            ["other", "other"]
        );
        assert_eq!(
            roles("2026年2月，中国创新药对外授权总金额约220亿美元，首付款约20亿美元。"),
            ["other", "other"]
        );
        assert_eq!(roles("本次对外授权总金额最高达12亿美元。"), ["total"]);
        // Who counted is no tally of many deals; a tally says what it counts.
        assert_eq!(
            roles("据第三方数据库统计，该交易总额逾6.5亿美元。"),
            ["total"]
        );
        assert_eq!(
            roles("据行业数据库统计，今年以来对外授权交易总额超过300亿美元。"),
            ["other"]
        );
    }

    #[test]
    fn sums_say_what_they_hold() {
        // Milestones named apart from the near-term payments: the headline.
        assert_eq!(
            roles("上述首付款、近期付款及里程碑付款合计不超过3.9亿美元。"),
            ["total"]
        );
        assert_eq!(roles("首付款及近期里程碑合计9000万美元。"), ["upfront"]);
        assert_eq!(
            roles("三、岱屿 × Halyard：首付加近期款6000万美元"),
            ["upfront"]
        );
        // 首付 closing the amount before it is that amount's.
        assert_eq!(
            roles("3,000万美元现金首付、里程碑合计7.55亿美元的结构是合理的。"),
            ["upfront", "milestone"]
        );
        assert_eq!(
            roles("连同首付款及近期里程碑付款，协议项下的潜在付款总额最高为9.6亿美元。"),
            ["total"]
        );
        // Parts listed after the sum.
        assert_eq!(
            roles("公司将获得合计1.2亿美元的款项，包括首付款、近期里程碑付款及选择权行使费；"),
            ["upfront"]
        );
        assert_eq!(
            roles("交易总额最高36亿美元，包括首付款、近期付款及里程碑付款。"),
            ["total"]
        );
        // English terms in a Chinese sentence, summed with "=".
        assert_eq!(
            roles(
                "$600M upfront + $300M near-term + up to $5.1B milestones = up to $6B，另有royalty。"
            ),
            ["upfront", "near_term", "milestone", "total"]
        );
        // A headline's parts set apart by a space.
        assert_eq!(
            roles("某生物双抗授权海外总额最高9.6亿美元 股价涨停"),
            ["total"]
        );
        assert_eq!(
            roles(
                "The total transaction amount under the License Agreement, excluding royalties and the Subscription described below, is up to US$850 million."
            ),
            ["total"]
        );
    }

    #[test]
    fn tallies_receipts_and_one_deal_in_two_agreements() {
        assert_eq!(
            roles("About $6 billion of last year's total was paid upfront."),
            ["other"]
        );
        assert_eq!(
            roles(
                "Rivenhall licensed two programs from Qingyu for $140 million upfront, in a pair of agreements worth up to $3.2 billion including that payment."
            ),
            ["upfront", "total"]
        );
        assert_eq!(
            roles(
                "The licence carries $40 million upfront, another $10 million when the manufacturing process has been transferred, and up to $900 million in total."
            ),
            ["upfront", "near_term", "total"]
        );
        // Money in hand is no term; a takeover's share value is its price.
        assert_eq!(
            roles("首付款与行权费合计1.2亿美元已经确定到手，余下的只是里程碑。"),
            ["other"]
        );
        assert_eq!(
            roles(
                "按此计算，交易的股权价值约为8亿美元；如CVR全部兑现，交易总价值最高约9.5亿美元。"
            ),
            ["upfront", "total"]
        );
    }

    #[test]
    fn amendments_platforms_and_money_paid_so_far() {
        // A long subject before a verb of change; an aside "as amended".
        assert_eq!(
            roles(
                "As a result of the Amendment, the aggregate milestone payments that Corlan may receive under the License Agreement, as amended, increase to up to $520.0 million."
            ),
            ["milestone"]
        );
        assert_eq!(
            roles(
                "With the exercise fee, the payments received and receivable by Corlan under the agreement will reach US$80 million."
            ),
            ["other"]
        );
        // What a payment is based on is its condition.
        assert_eq!(
            roles(
                "Corlan is also eligible for additional sales milestone payments of up to $70.0 million based on net sales in the added territories."
            ),
            ["milestone"]
        );
        // A list of milestones restated as one sum; the fee for a further target.
        assert_eq!(
            roles(
                "For each program, Qinghe can earn up to $30 million in development milestones and up to $150 million in sales milestones, or up to $180 million per program."
            ),
            ["milestone", "milestone", "milestone"]
        );
        assert_eq!(
            roles(
                "The partner can add a target by paying an expansion fee of $4 million per target."
            ),
            ["option"]
        );
        assert_eq!(
            roles("每加选一个靶点需支付CHF 300万的项目选择费。"),
            ["option"]
        );
        // Money paid so far is no term.
        assert_eq!(
            roles(
                "Corlan received a milestone of CHF 8 million, bringing the total paid to Corlan under the agreement to CHF 40 million."
            ),
            ["milestone", "other"]
        );
        // Deals said to be with Chinese companies are not counted deals.
        assert_eq!(
            roles(
                "Platform deals with Chinese companies have grown since Fenwei agreed to run discovery for Astell, for a $90 million upfront and a headline value of about $3.1 billion."
            ),
            ["upfront", "total"]
        );
    }

    #[test]
    fn chinese_conversions_in_order_receipts_and_averages() {
        assert_eq!(
            roles(
                "默克支付1.2亿欧元首付款，总额最高11亿欧元，按当时汇率约合1.27亿美元和11.7亿美元。"
            ),
            ["upfront", "total", "upfront", "total"]
        );
        assert_eq!(
            roles("截至本公告日，公司累计收取原协议项下款项3,000万美元。"),
            ["other"]
        );
        assert_eq!(
            roles("照此计算，平均每笔交易的总金额接近7.5亿美元，而首付款占比仅约5%。"),
            ["other"]
        );
        // An amount changed into another gives it its role.
        assert_eq!(
            roles(
                "里程碑付款总额由最高3.5亿美元增至最高5.1亿美元，交易总金额由最高3.8亿美元增至最高5.5亿美元。"
            ),
            ["milestone", "milestone", "total", "total"]
        );
        assert_eq!(
            roles("The milestone pool increases from up to $350 million to up to $510 million."),
            ["milestone", "milestone"]
        );
    }

    #[test]
    fn an_analyst_s_model_and_a_list_of_milestone_kinds() {
        assert_eq!(
            roles("In our model only US$0.9bn of the development milestones is paid before 2031."),
            ["other"]
        );
        assert_eq!(
            roles(
                "We value the portfolio at US$1.8bn on a risk-adjusted NPV basis, or HK$1.20 per share."
            ),
            ["other", "other"]
        );
        // The analyst's treatment of the real upfront keeps its role.
        assert_eq!(
            roles(
                "We assume that little of the pool is paid, and we treat the US$250m upfront as other income."
            ),
            ["upfront"]
        );
        assert_eq!(
            roles(
                "The breakdown of the milestones (US$2.5bn development/regulatory and US$9.8bn sales) comes from the filing."
            ),
            ["milestone", "milestone"]
        );
        assert_eq!(
            roles("It earned $300 million in milestones and $2 billion sales in 2025."),
            ["milestone", "other"]
        );
    }

    #[test]
    fn a_payment_net_of_tax_is_no_term() {
        assert_eq!(
            roles(
                "After withholding tax, the Company expects to receive approximately US$18.0 million from the Additional Upfront Payment."
            ),
            ["other"]
        );
        assert_eq!(
            roles("Corwen pays an upfront of $20 million, or $18 million after tax."),
            ["upfront", "other"]
        );
        assert_eq!(
            roles("The upfront payment of $20 million is subject to withholding tax."),
            ["upfront"]
        );
    }

    #[test]
    fn packages_remainders_kinds_of_deal_and_chinese_asides() {
        assert_eq!(
            roles(
                "Qinghe can earn up to about $600 million in milestones, so the whole package is roughly $650 million."
            ),
            ["milestone", "total"]
        );
        assert_eq!(
            roles(
                "The rest of the headline, up to $1.1 billion, comes as development, regulatory and commercial milestones."
            ),
            ["milestone"]
        );
        assert_eq!(
            roles(
                "Chinese out-licensing was worth about $48 billion last year on a headline basis."
            ),
            ["other"]
        );
        // What is added to an amount is something else; habits, rumours and money received
        // so far are no terms.
        assert_eq!(
            roles("真正落袋的1.2亿美元加上股权投资，已经很可观。"),
            ["other"]
        );
        assert_eq!(
            roles("I期ADC资产的首付款多落在4000万至8000万美元之间。"),
            ["other", "other"]
        );
        assert_eq!(
            roles("有消息称，某药企正在洽谈授权，首付款或超过2亿美元。"),
            ["other"]
        );
        assert_eq!(
            roles("连同首付款在内，公司已累计从该合作获得5,500万美元。"),
            ["other"]
        );
        // The market brought in only after an amount named as a payment.
        assert_eq!(
            roles("“7000万美元首付款在减重赛道不算高，买方看重的是数据。"),
            ["upfront"]
        );
        assert_eq!(
            roles("对比2024年的94笔、519亿美元和41亿美元首付款，交易笔数增长了六成。"),
            ["other", "other"]
        );
        // "合计" before a colon sums the payment named before it.
        assert_eq!(roles("· 里程碑合计：最高9.6亿美元"), ["milestone"]);
    }

    #[test]
    fn words_are_lower_cased_and_borrowed_when_they_already_were() {
        let text = "Ünited Pays ÉTAT, an upfront (of) CHF—ÅR";
        let words = tokens(text);
        let seen: Vec<&str> = words.iter().map(|w| w.as_str()).collect();
        assert_eq!(
            seen,
            [
                "ünited", "pays", "état", ",", "an", "upfront", "(", "of", ")", "chf", "—", "år"
            ]
        );
        // A word already in lower case points into the text; a lowered one is a copy.
        let inside = |w: &Word| text.as_bytes().as_ptr_range().contains(&w.as_ptr());
        assert!(inside(&words[4]) && inside(&words[5]) && inside(&words[3]));
        assert!(!inside(&words[0]) && !inside(&words[1]));
    }
}
