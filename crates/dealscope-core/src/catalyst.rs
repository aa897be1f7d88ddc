//! Expected events per asset: readouts, filings, approval decisions, launches.
//!
//! The catalysts issue fills in import, extraction and slip history; the shape is here so
//! the store and analytics can be designed around it.

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
}
