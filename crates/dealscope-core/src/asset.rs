//! Drug assets: code names, INN, partner codes, modality, targets, stage.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::company::slug;
use crate::{InvalidValue, Modality, Phase, TherapeuticArea};

/// An asset's stable identifier, a lower-case slug (`ivonescimab`, `ssgj-707`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AssetId(String);

impl AssetId {
    /// Validates a slug: lower-case ASCII letters, digits, `-` and `_`, 1–64 characters.
    pub fn new(id: &str) -> Result<Self, InvalidValue> {
        slug("asset id", id).map(AssetId)
    }

    /// The slug.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AssetId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A drug candidate or product.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asset {
    /// Stable identifier.
    pub id: AssetId,
    /// The originator's code name (`AK112`, `SKB264`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// International non-proprietary name (`ivonescimab`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inn: Option<String>,
    /// Partner codes, brand names, abbreviations (`SMT112`, `sac-TMT`, `MK-2870`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The company that discovered it, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub originator: Option<String>,
    /// What kind of drug it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<Modality>,
    /// Molecular targets, lead first (`PD-1`, `VEGF`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<String>,
    /// Therapeutic areas of its indications.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub therapeutic_areas: Vec<TherapeuticArea>,
    /// Most advanced stage anywhere in the world, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<Phase>,
    /// Where the names were read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
}

impl Asset {
    /// Every name the asset is known by: code, INN and aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.code
            .as_deref()
            .into_iter()
            .chain(self.inn.as_deref())
            .chain(self.aliases.iter().map(String::as_str))
    }
}
