//! Lifecycle events in a deal's sentences: closing, option exercise, amendment,
//! termination, payments received. Only what the text says has happened — "is expected to
//! close", "may exercise", "will receive" are not events.

use dealscope_core::{EventKind, PartialDate, Span};
use serde::Serialize;

use crate::{Mention, Role};

/// An event read from a sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ExtractedEvent {
    /// What happened.
    pub kind: EventKind,
    /// When, if the sentence says.
    pub date: Option<PartialDate>,
    /// For payments: index of the amount among the document's mentions.
    pub amount: Option<usize>,
    /// The sentence.
    pub span: Span,
}

const FUTURE: &[&str] = &[
    "will",
    "would",
    "may",
    "might",
    "could",
    "expected",
    "expects",
    "expect",
    "plans",
    "intends",
    "upon",
    "subject",
    "eligible",
    "if",
    "once",
    "when",
    "potential",
    "can",
];

fn words(s: &str) -> Vec<String> {
    crate::text::words(s).collect()
}

fn has_phrase(w: &[String], phrase: &[&str]) -> bool {
    w.windows(phrase.len())
        .any(|win| win.iter().zip(phrase).all(|(a, b)| a == b))
}

/// A Chinese sentence that reports a payment received: "公司获得2000万美元里程碑付款",
/// "已收到…", "触发…里程碑付款" — not "将获得", "有资格获得", "最高可获得".
fn zh_received(sentence: &str) -> bool {
    let got = ["收到", "获得", "獲得", "触发", "觸發", "收取"]
        .iter()
        .any(|w| sentence.contains(w));
    let ahead = [
        "将",
        "將",
        "有资格",
        "有資格",
        "可获得",
        "可獲得",
        "最高",
        "有望",
        "预计",
        "預計",
        "不超过",
        "不超過",
        "可收取",
        // "本集團有權於達成若干…里程碑後收取最多合共2,000,000,000美元": a right to be paid.
        "有权",
        "有權",
        "最多",
    ]
    .iter()
    .any(|w| sentence.contains(w));
    got && !ahead
        && ["里程碑", "付款", "款项", "款項"]
            .iter()
            .any(|w| sentence.contains(w))
}

/// The events a deal's sentences report.
pub fn find(text: &str, sentences: &[Span], mentions: &[Mention]) -> Vec<ExtractedEvent> {
    let mut out = Vec::new();
    for s in sentences {
        let sentence = &text[s.start..s.end];
        let w = words(sentence);
        // Case matters: "may" is a modal verb, "May" a month.
        // ("… when the first patients were dosed": a condition in the past is no future.)
        let tokens: Vec<&str> = sentence
            .split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty())
            .collect();
        let future = tokens.iter().enumerate().any(|(k, t)| {
            FUTURE.contains(t)
                && !(matches!(*t, "when" | "once")
                    && tokens[k + 1..]
                        .iter()
                        .take(5)
                        .any(|n| matches!(*n, "was" | "were" | "had" | "did")))
        });
        let any = |list: &[&str]| w.iter().any(|x| list.contains(&x.as_str()));
        // "首批患者完成给药后，公司获得2000万美元里程碑付款", "… and a first $20 million
        // milestone followed the next year": a milestone paid, named as such.
        // "… and it got a first $20M milestone in June 2021 when the first patients were
        // dosed": a first milestone got or earned is one paid.
        let named_milestone = zh_received(sentence)
            || any(&["followed", "got", "earned", "banked", "pocketed"])
                && any(&["milestone"])
                && any(&["first"]);
        let kind = if any(&["terminated", "terminate", "termination", "terminates"])
            || has_phrase(&w, &["rights", "returned"])
            || has_phrase(&w, &["returned", "the", "rights"])
        {
            Some(EventKind::Termination)
        } else if any(&["exercised"]) && any(&["option", "options"]) {
            Some(EventKind::OptionExercise)
        } else if any(&["amended", "amendment", "expanded"]) {
            Some(EventKind::Amendment)
        } else if (has_phrase(&w, &["has", "closed"])
            || has_phrase(&w, &["closed", "on"])
            || has_phrase(&w, &["was", "completed"])
            || has_phrase(&w, &["has", "completed"])
            || has_phrase(&w, &["completion", "of", "the"]))
            && !any(&["expected", "upon", "pending"])
        {
            Some(EventKind::Closing)
        } else if any(&[
            "received",
            "receipt",
            "collected",
            "triggering",
            "triggered",
        ]) || named_milestone
        {
            // "dosed the first patient …, triggering a $15 million milestone payment",
            // "首批患者完成给药后，公司获得2000万美元里程碑付款"
            Some(EventKind::PaymentReceived)
        } else {
            None
        };
        let Some(kind) = kind else { continue };
        // Termination and amendment are facts even in forward-looking prose only when the
        // verb is past; every kind is skipped in sentences about what may happen.
        if future {
            continue;
        }
        // The amount that follows the verb ("… paid $45 million upfront, and in 2021 the
        // company received a first milestone payment of $20 million" → $20 million).
        let verb_at = [
            "received",
            "receipt",
            "collected",
            "triggering",
            "triggered",
            "closed",
            "completed",
            "exercised",
        ]
        .iter()
        // Whole words only: "closed" is not in "disclosed".
        .filter_map(|v| crate::text::find_word(sentence, v))
        .min()
        .map_or(s.start, |p| s.start + p);
        let deal_amount = |m: &Mention| {
            s.start <= m.span.start
                && m.span.end <= s.end
                && matches!(
                    m.role,
                    Role::Upfront | Role::Milestone | Role::NearTerm | Role::Option | Role::Equity
                )
        };
        // A maximum ("up to") is never what was received.
        let received = |m: &Mention| {
            kind != EventKind::PaymentReceived || m.bound != dealscope_core::Bound::UpTo
        };
        // A received payment is a milestone where the sentence states one ("AbbVie had paid
        // $45 million upfront, and a first $20 million milestone followed").
        let received_milestone = (kind == EventKind::PaymentReceived && named_milestone)
            .then(|| {
                mentions
                    .iter()
                    .position(|m| deal_amount(m) && received(m) && m.role == Role::Milestone)
            })
            .flatten();
        // "an upfront payment of US$60 million, received in July 2024": the participle
        // says what happened to the amount right before it.
        let participle = mentions.iter().position(|m| {
            deal_amount(m)
                && m.span.end <= verb_at
                && sentence
                    .get(m.span.end - s.start..verb_at - s.start)
                    .is_some_and(|between| between.trim() == ",")
        });
        let amount = received_milestone
            .or(participle)
            .or_else(|| {
                mentions
                    .iter()
                    .position(|m| deal_amount(m) && received(m) && m.span.start >= verb_at)
            })
            .or_else(|| mentions.iter().position(deal_amount));
        if kind == EventKind::PaymentReceived && amount.is_none() {
            continue;
        }
        out.push(ExtractedEvent {
            kind,
            date: date_in(sentence),
            amount,
            span: *s,
        });
    }
    out
}

/// A date in a sentence: a full date, "in May 2025", or "in 2021".
fn date_in(sentence: &str) -> Option<PartialDate> {
    // "May", "June" … as documents write them.
    let capitalised: Vec<String> = dealscope_core::date::MONTH_NAMES
        .iter()
        .map(|m| m[..1].to_ascii_uppercase() + &m[1..])
        .collect();
    let tokens: Vec<&str> = sentence
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.' || c == ';')
        .filter(|t| !t.is_empty())
        .collect();
    // Every full or month date in the sentence; one introduced by "on", "in", "effective" or
    // "as of" is the event's own date, the first one otherwise (often a dateline).
    let mut found: Vec<(bool, PartialDate)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if capitalised.iter().any(|m| m == t) {
            let day = tokens
                .get(i + 1)
                .and_then(|d| d.parse::<u32>().ok())
                .filter(|d| (1..=31).contains(d));
            let year_at = if day.is_some() { i + 2 } else { i + 1 };
            if let Some(year) = tokens.get(year_at).and_then(|y| y.parse::<i32>().ok()) {
                let text = match day {
                    Some(d) => format!("{t} {d} {year}"),
                    None => format!("{t} {year}"),
                };
                if let Ok(d) = text.parse() {
                    let introduced = i > 0
                        && matches!(
                            tokens[i - 1].to_ascii_lowercase().as_str(),
                            "on" | "in" | "effective" | "of" | "from"
                        );
                    found.push((introduced, d));
                }
            }
        }
    }
    if let Some((_, d)) = found
        .iter()
        .find(|(introduced, _)| *introduced)
        .or(found.first())
    {
        return Some(*d);
    }
    tokens.windows(2).find_map(|w| {
        (w[0].eq_ignore_ascii_case("in") && w[1].len() == 4)
            .then(|| w[1].parse::<i32>().ok())
            .flatten()
            .and_then(|y| PartialDate::year_only(y).ok())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(EventKind, Option<String>)> {
        let mentions = crate::mentions(text);
        let sentences = crate::text::sentences(text);
        find(text, &sentences, &mentions)
            .into_iter()
            .map(|e| (e.kind, e.date.map(|d| d.to_string())))
            .collect()
    }

    #[test]
    fn a_first_milestone_got_is_one_paid() {
        let text = "Tavan only later said the upfront had been $45M, and it got a first $20M milestone in June 2021 when the first patients were dosed.";
        let mentions = crate::mentions(text);
        let events = find(text, &crate::text::sentences(text), &mentions);
        assert_eq!(
            events
                .iter()
                .map(|e| (e.kind.clone(), e.amount.map(|a| mentions[a].text.as_str())))
                .collect::<Vec<_>>(),
            [(EventKind::PaymentReceived, Some("$20M"))]
        );
    }

    #[test]
    fn what_was_received_is_the_amount_the_participle_follows_never_a_maximum() {
        let text = "The consideration comprises an upfront payment of US$40 million, received in May 2024, and milestone payments of up to US$900 million.";
        let mentions = crate::mentions(text);
        let events = find(text, &crate::text::sentences(text), &mentions);
        assert_eq!(events.len(), 1);
        assert_eq!(
            events[0].amount.map(|a| mentions[a].text.as_str()),
            Some("US$40 million")
        );
    }

    #[test]
    fn past_events_count_and_future_ones_do_not() {
        assert_eq!(
            kinds("In 2021 the company received a first milestone payment of $20 million."),
            [(EventKind::PaymentReceived, Some("2021".to_owned()))]
        );
        assert_eq!(
            kinds("The company will receive $20 million upon approval."),
            []
        );
        let received = kinds("2021年首批两名患者完成给药后，公司获得2000万美元里程碑付款。");
        assert_eq!(received.len(), 1);
        assert_eq!(received[0].0, EventKind::PaymentReceived);
        assert_eq!(kinds("公司将获得最高2000万美元里程碑付款。"), []);
        assert_eq!(
            kinds("本集團有權於達成若干里程碑後收取最多合共2,000,000,000美元的里程碑付款。"),
            []
        );
        assert_eq!(
            kinds(
                "In May 2025 the partner dosed the first patient, triggering a $15 million milestone payment."
            ),
            [(EventKind::PaymentReceived, Some("2025-05".to_owned()))]
        );
        assert_eq!(
            kinds("The transaction closed on July 24, 2025."),
            [(EventKind::Closing, Some("2025-07-24".to_owned()))]
        );
        assert_eq!(
            kinds("The transaction is expected to close in the third quarter."),
            []
        );
        assert_eq!(
            kinds("Biogen terminated the agreement in February 2023."),
            [(EventKind::Termination, Some("2023-02".to_owned()))]
        );
        assert_eq!(
            kinds("GSK exercised its option for the program in May 2025.")[0].0,
            EventKind::OptionExercise
        );
        assert_eq!(kinds("GSK may exercise the option after Phase 1."), []);
    }
}
