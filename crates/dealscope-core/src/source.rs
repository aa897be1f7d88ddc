//! Where facts come from: sources (documents, web pages, datasets) and evidence spans.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Language, PartialDate};

/// A source's identifier: `sha256:<hex>` of the document's bytes when they were read,
/// or `url:<address>` / `file:<path>` for a source that was cited but not read.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SourceId(String);

impl SourceId {
    /// The id of a document whose bytes hash to `sha256_hex`.
    pub fn from_content_hash(sha256_hex: &str) -> Self {
        SourceId(format!("sha256:{sha256_hex}"))
    }

    /// The id of a cited location that was not read.
    pub fn from_location(kind: SourceKind, location: &str) -> Self {
        let prefix = match kind {
            SourceKind::Url => "url",
            SourceKind::File => "file",
            SourceKind::Dataset => "dataset",
        };
        SourceId(format!("{prefix}:{}", location.trim()))
    }

    /// Wraps an id read back from storage.
    pub fn from_stored(id: String) -> Self {
        SourceId(id)
    }

    /// The id text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SourceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What kind of thing a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A web address.
    Url,
    /// A local file.
    File,
    /// A curated dataset (CSV, spreadsheet).
    Dataset,
}

impl SourceKind {
    /// The lower-case name used in storage and output.
    pub fn as_str(&self) -> &'static str {
        match self {
            SourceKind::Url => "url",
            SourceKind::File => "file",
            SourceKind::Dataset => "dataset",
        }
    }

    /// Parses the lower-case name.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "url" => Some(SourceKind::Url),
            "file" => Some(SourceKind::File),
            "dataset" => Some(SourceKind::Dataset),
            _ => None,
        }
    }
}

/// A document or dataset that facts were taken from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Identifier (content hash or location).
    pub id: SourceId,
    /// URL, file or dataset.
    pub kind: SourceKind,
    /// The address or path, as given.
    pub location: String,
    /// SHA-256 of the bytes read, hex, when the document itself was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_hash: Option<String>,
    /// Title or headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// Language of the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
}

impl Source {
    /// A cited web address that was not read by dealscope.
    pub fn cited_url(url: &str) -> Self {
        Source {
            id: SourceId::from_location(SourceKind::Url, url),
            kind: SourceKind::Url,
            location: url.trim().to_owned(),
            content_hash: None,
            title: None,
            published: None,
            language: None,
        }
    }
}

/// A half-open byte range `[start, end)` into a document's UTF-8 text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The text the span covers, if it lies on character boundaries inside `text`.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}

/// The place in a source a field's value was read from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The source document.
    pub source: SourceId,
    /// The field it supports (`upfront`, `licensee`, `announced` …).
    pub field: String,
    /// Byte span in the source's text.
    pub span: Span,
    /// The covered text, kept so evidence reads without the document at hand.
    pub text: String,
}
