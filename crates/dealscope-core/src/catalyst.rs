//! Expected events per asset: readouts, filings, approval decisions, launches — with the
//! precision their date was given in, and the history of every date a source gave them, so
//! a slip is recorded rather than overwritten.

use serde::{Deserialize, Serialize};

use crate::vocab::vocabulary;
use crate::{AssetRef, Evidence, PartialDate, Source};

vocabulary! {
    /// What is expected to happen.
    pub enum CatalystKind {
        /// Clinical data readout (topline or full).
        Readout => "readout" | "data readout" | "topline data" | "topline" | "data" | "读出",
        /// First patient dosed / trial start.
        TrialStart => "trial start" | "first patient dosed" | "initiation" | "启动",
        /// Regulatory filing (NDA, BLA, MAA).
        Filing => "filing" | "submission" | "nda submission" | "bla submission" | "申报",
        /// Regulatory decision (PDUFA date, NMPA approval).
        ApprovalDecision => "approval decision" | "approval" | "pdufa" | "decision" | "获批",
        /// Commercial launch.
        Launch => "launch" | "commercial launch" | "上市",
    }
}

vocabulary! {
    /// Where a catalyst stands.
    pub enum CatalystStatus {
        /// Still expected.
        Expected => "expected" | "upcoming" | "planned",
        /// It happened.
        Happened => "happened" | "occurred" | "done" | "reported",
        /// A later report moved it later.
        Slipped => "slipped" | "delayed",
        /// It will not happen.
        Cancelled => "cancelled" | "canceled" | "discontinued",
    }
}

/// An expected event for an asset.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalyst {
    /// The asset concerned.
    pub asset: AssetRef,
    /// Readout, filing, decision …
    pub kind: CatalystKind,
    /// The indication, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indication: Option<String>,
    /// Trial registry id (NCT…, CTR…), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_id: Option<String>,
    /// When it is expected, with the precision the source gave.
    pub expected: PartialDate,
    /// Expected, happened, slipped, cancelled.
    pub status: CatalystStatus,
    /// Sources that reported it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Supporting spans.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// When the source reported it (for ordering reports of the same catalyst).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported: Option<PartialDate>,
    /// Every earlier expected date, oldest first, with when it was reported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<DateChange>,
}

/// An expected date as one report gave it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateChange {
    /// The expected date then.
    pub expected: PartialDate,
    /// When that was reported, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported: Option<PartialDate>,
    /// Where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// What a new report did to a stored catalyst.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Update {
    /// Same date (or an older report): nothing but a further source.
    Confirmed,
    /// A finer date inside the old window ("2026" → "2H26").
    Refined,
    /// A window that starts after the old one ends: a slip.
    Slipped,
    /// A window that ends before the old one starts: moved earlier.
    PulledIn,
    /// The status changed (happened, cancelled).
    StatusChanged,
}

impl Catalyst {
    /// The identity two reports of one catalyst share: the asset, the kind and the
    /// indication (names compared loosely).
    pub fn key(&self) -> String {
        let indication = self
            .indication
            .as_deref()
            .map(crate::names::asset_key)
            .unwrap_or_default();
        format!(
            "{}|{}|{indication}",
            self.asset.asset.as_ref().map_or_else(
                || crate::names::asset_key(&self.asset.name),
                |a| a.as_str().to_owned()
            ),
            crate::names::asset_key(self.kind.label())
        )
    }

    /// Takes a newer report of the same catalyst into this one. The earlier date goes to
    /// the history whenever the date changes; a report older than the one stored only adds
    /// its sources (a stale date never overwrites a newer one).
    pub fn update(&mut self, report: Catalyst) -> Update {
        for s in report.sources {
            if !self.sources.iter().any(|x| x.id == s.id) {
                self.sources.push(s);
            }
        }
        self.evidence.extend(report.evidence);
        if self.indication.is_none() {
            self.indication = report.indication;
        }
        if self.trial_id.is_none() {
            self.trial_id = report.trial_id;
        }
        let stale = matches!((report.reported, self.reported), (Some(new), Some(old)) if new < old);
        if stale {
            return Update::Confirmed;
        }
        if matches!(
            report.status,
            CatalystStatus::Happened | CatalystStatus::Cancelled
        ) && report.status != self.status
        {
            self.status = report.status;
            self.reported = report.reported.or(self.reported);
            return Update::StatusChanged;
        }
        let (old, new) = (self.expected, report.expected);
        if old == new {
            self.reported = report.reported.or(self.reported);
            return Update::Confirmed;
        }
        let change = if new.start() > old.end() {
            Update::Slipped
        } else if new.end() < old.start() {
            Update::PulledIn
        } else {
            Update::Refined
        };
        self.history.push(DateChange {
            expected: old,
            reported: self.reported,
            source: self.sources.first().map(|s| s.location.clone()),
        });
        self.expected = new;
        self.reported = report.reported.or(self.reported);
        self.status = match change {
            Update::Slipped => CatalystStatus::Slipped,
            _ if self.status == CatalystStatus::Slipped => CatalystStatus::Slipped,
            _ => CatalystStatus::Expected,
        };
        change
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(expected: &str, reported: &str) -> Catalyst {
        Catalyst {
            asset: AssetRef::named("AK112"),
            kind: CatalystKind::Readout,
            indication: Some("1L squamous NSCLC".into()),
            trial_id: None,
            expected: expected.parse().unwrap(),
            status: CatalystStatus::Expected,
            sources: Vec::new(),
            evidence: Vec::new(),
            reported: Some(reported.parse().unwrap()),
            history: Vec::new(),
        }
    }

    #[test]
    fn a_later_window_is_a_slip_kept_in_the_history() {
        let mut c = report("2026-H1", "2026-01-10");
        assert_eq!(c.key(), report("2027", "2026-03-01").key());
        assert_eq!(c.update(report("2026-Q2", "2026-02-01")), Update::Refined);
        assert_eq!(c.status, CatalystStatus::Expected);
        assert_eq!(c.update(report("2026-H2", "2026-05-01")), Update::Slipped);
        assert_eq!(c.status, CatalystStatus::Slipped);
        assert_eq!(c.expected.to_string(), "2026-H2");
        let was: Vec<String> = c.history.iter().map(|h| h.expected.to_string()).collect();
        assert_eq!(was, ["2026-H1", "2026-Q2"]);
        // An older report does not move the date back.
        assert_eq!(c.update(report("2026-Q1", "2026-01-01")), Update::Confirmed);
        assert_eq!(c.expected.to_string(), "2026-H2");
    }

    #[test]
    fn happened_and_cancelled_change_the_status() {
        let mut c = report("2026", "2026-01-10");
        let mut done = report("2026-06-30", "2026-07-01");
        done.status = CatalystStatus::Happened;
        assert_eq!(c.update(done), Update::StatusChanged);
        assert_eq!(c.status, CatalystStatus::Happened);
    }
}
