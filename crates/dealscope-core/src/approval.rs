//! Regulatory approvals (NMPA, FDA, EMA).
//!
//! The catalysts issue fills in import and extraction; the shape is here so the rest of the
//! system can be designed around it.

use serde::{Deserialize, Serialize};

use crate::vocab::vocabulary;
use crate::{AssetRef, PartialDate, Source};

vocabulary! {
    /// The regulator.
    pub enum Agency {
        /// China's National Medical Products Administration.
        Nmpa => "NMPA" | "cfda" | "国家药监局" | "国家药品监督管理局",
        /// US Food and Drug Administration.
        Fda => "FDA" | "us fda",
        /// European Medicines Agency / European Commission.
        Ema => "EMA" | "ec" | "european commission",
        /// Japan's Pharmaceuticals and Medical Devices Agency.
        Pmda => "PMDA" | "mhlw",
    }
}

vocabulary! {
    /// NMPA's product category.
    pub enum ApprovalCategory {
        /// Chemical drug.
        Chemical => "chemical" | "chemical drug" | "化学药" | "化药",
        /// Biological product.
        Biologic => "biologic" | "biological" | "biological product" | "生物制品" | "生物药",
        /// Traditional Chinese medicine.
        Tcm => "TCM" | "traditional chinese medicine" | "中药",
    }
}

vocabulary! {
    /// Whether the product was developed in the approving country.
    pub enum ApprovalOrigin {
        /// Developed domestically.
        Domestic => "domestic" | "国产",
        /// Imported.
        Imported => "imported" | "import" | "进口",
    }
}

/// A marketing approval.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval {
    /// The regulator.
    pub agency: Agency,
    /// Approval date, with precision.
    pub date: PartialDate,
    /// Product name as approved.
    pub product: String,
    /// The asset, when linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asset: Option<AssetRef>,
    /// Approved indication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indication: Option<String>,
    /// Chemical, biologic, TCM.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<ApprovalCategory>,
    /// Domestic or imported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<ApprovalOrigin>,
    /// Priority review, conditional, breakthrough … when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pathway: Option<String>,
    /// Sources that reported it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}
