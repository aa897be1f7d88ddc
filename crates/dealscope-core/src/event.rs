//! Lifecycle events of a deal after it is announced: closing, option exercise, amendment,
//! termination, payments received.

use serde::{Deserialize, Serialize};

use crate::vocab::vocabulary;
use crate::{DealStatus, Money, PartialDate, SourceId, Span};

vocabulary! {
    /// What happened to a deal.
    pub enum EventKind {
        /// The agreement was signed or announced.
        Signing => "signing" | "signed" | "announced",
        /// The transaction closed (conditions met).
        Closing => "closing" | "closed" | "completion" | "completed",
        /// An option under the deal was exercised.
        OptionExercise => "option exercise" | "option exercised",
        /// The deal was amended or expanded.
        Amendment => "amendment" | "amended" | "expansion" | "expanded",
        /// The deal ended; rights went back.
        Termination => "termination" | "terminated" | "rights returned",
        /// A payment under the deal was received (upfront tranche, milestone).
        PaymentReceived => "payment received" | "received",
    }
}

/// One thing that happened to a deal, as a source reported it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// What happened.
    pub kind: EventKind,
    /// When, as precisely as the source says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The amount, for payments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// The source that reported it.
    pub source: SourceId,
    /// Where in the source.
    pub span: Span,
    /// The sentence it was read from.
    pub text: String,
}

/// The status a deal has after its events: a termination ends it; otherwise the latest of
/// closing, option exercise or amendment (in date order, undated last) sets it.
pub fn status_after(events: &[Event], current: DealStatus) -> DealStatus {
    if events.iter().any(|e| e.kind == EventKind::Termination) {
        return DealStatus::Terminated;
    }
    let mut ordered: Vec<&Event> = events.iter().collect();
    ordered.sort_by_key(|e| (e.date.is_none(), e.date));
    ordered
        .iter()
        .rev()
        .find_map(|e| match e.kind {
            EventKind::Closing => Some(DealStatus::Completed),
            EventKind::OptionExercise => Some(DealStatus::OptionExercised),
            EventKind::Amendment => Some(DealStatus::Amended),
            _ => None,
        })
        .unwrap_or(current)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(kind: EventKind, date: &str) -> Event {
        Event {
            kind,
            date: Some(date.parse().unwrap()),
            amount: None,
            source: SourceId::from_stored("s".into()),
            span: Span { start: 0, end: 1 },
            text: String::new(),
        }
    }

    #[test]
    fn status_follows_the_events() {
        let signed = [ev(EventKind::Signing, "2025-01-01")];
        assert_eq!(
            status_after(&signed, DealStatus::Announced),
            DealStatus::Announced
        );
        let closed = [
            ev(EventKind::Signing, "2025-01-01"),
            ev(EventKind::Closing, "2025-03-01"),
        ];
        assert_eq!(
            status_after(&closed, DealStatus::Announced),
            DealStatus::Completed
        );
        let ended = [
            ev(EventKind::Closing, "2025-03-01"),
            ev(EventKind::Termination, "2024-01-01"),
        ];
        assert_eq!(
            status_after(&ended, DealStatus::Announced),
            DealStatus::Terminated
        );
    }
}
