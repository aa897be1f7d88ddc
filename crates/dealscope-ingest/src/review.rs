//! Reviewed extractions: the JSON lines `dealscope extract --format json` prints, checked and
//! corrected by a person, fed back as deal reports. Each line is its own source (a reviewer's
//! statement about the document it names), so where the reviewer disagrees with what the
//! extractor read, the stored deal shows the conflict instead of silently changing.

use dealscope_core::rust_decimal::Decimal;
use dealscope_core::{
    Amount, AssetRef, Bound, Currency, Deal, DealId, DealType, Evidence, Modality, Money,
    Observation, PartialDate, Party, Royalty, Source, SourceId, SourceKind, Span, Term, TermKind,
};
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// One line of `dealscope extract --format json`, as far as ingestion reads it.
#[derive(Debug, Deserialize)]
pub struct ReviewedDocument {
    /// The document the line describes, as it was given to `extract`.
    pub file: String,
    /// Its deals.
    #[serde(default)]
    pub deals: Vec<ReviewedDeal>,
}

/// A deal of a reviewed line.
#[derive(Debug, Deserialize)]
pub struct ReviewedDeal {
    licensor: Option<String>,
    licensee: Option<String>,
    #[serde(default)]
    assets: Vec<String>,
    modality: Option<String>,
    #[serde(default)]
    targets: Vec<String>,
    deal_type: Option<String>,
    territory: Option<String>,
    upfront_usd: Option<serde_json::Number>,
    near_term_usd: Option<serde_json::Number>,
    equity_usd: Option<serde_json::Number>,
    milestones_usd: Option<serde_json::Number>,
    total_usd: Option<serde_json::Number>,
    royalty: Option<String>,
    announced: Option<String>,
}

/// Why a reviewed line cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ReviewError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Parses one line.
pub fn parse_line(line: &str, number: usize) -> Result<ReviewedDocument, ReviewError> {
    serde_json::from_str(line).map_err(|e| ReviewError {
        line: number,
        message: format!("not an extraction line ({e})"),
    })
}

/// The source a reviewed line stands for: its own bytes hashed, located at `file:line`.
pub fn source_of(line: &str, json_path: &str, number: usize, document: &str) -> Source {
    let hash: String = Sha256::digest(line.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Source {
        id: SourceId::from_content_hash(&hash),
        kind: SourceKind::Dataset,
        location: format!("{json_path}:{number}"),
        content_hash: Some(hash),
        title: Some(format!("reviewed extraction of {document}")),
        published: None,
        language: None,
    }
}

/// The reports of a reviewed line; `text` is the named document's text, where evidence is
/// looked up (a value the text does not contain is kept without a span).
pub fn reports(
    doc: &ReviewedDocument,
    source: &Source,
    text: &str,
    number: usize,
) -> Result<Vec<Deal>, ReviewError> {
    let err = |message: String| ReviewError {
        line: number,
        message,
    };
    doc.deals
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let digest: String = Sha256::digest(format!("{}#{i}", source.id).as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let id = DealId::new(&format!("REV-{}", &digest[..12])).expect("a valid id");
            let names = |n: &Option<String>| n.iter().map(|n| Party::named(n)).collect();
            let mut deal = Deal::new(id, names(&d.licensor), names(&d.licensee));
            deal.assets = d.assets.iter().map(|a| AssetRef::named(a)).collect();
            deal.modality = d.modality.as_deref().map(Modality::parse);
            deal.targets = d.targets.clone();
            deal.deal_type = d.deal_type.as_deref().map(DealType::parse);
            deal.territory = d.territory.clone();
            deal.announced = d
                .announced
                .as_deref()
                .map(str::parse::<PartialDate>)
                .transpose()
                .map_err(|e| err(format!("announced: {e}")))?;
            let mut evidence = Vec::new();
            let mut observations = Vec::new();
            let mut observe =
                |field: &str, value: String, money: Option<Money>, quote: Option<&str>| {
                    let span = quote.and_then(|q| {
                        text.find(q).map(|start| Span {
                            start,
                            end: start + q.len(),
                        })
                    });
                    if let Some(span) = span {
                        evidence.push(Evidence {
                            source: source.id.clone(),
                            field: field.to_owned(),
                            span,
                            text: text[span.start..span.end].to_owned(),
                        });
                    }
                    observations.push(Observation {
                        field: field.to_owned(),
                        value,
                        money,
                        source: source.id.clone(),
                        span,
                        text: quote.map(str::to_owned),
                    });
                };
            for (field, party) in [("licensor", &d.licensor), ("licensee", &d.licensee)] {
                if let Some(p) = party {
                    observe(field, p.clone(), None, Some(p));
                }
            }
            for (kind, value) in [
                (TermKind::Upfront, &d.upfront_usd),
                (TermKind::NearTerm, &d.near_term_usd),
                (TermKind::Equity, &d.equity_usd),
                (TermKind::Milestones, &d.milestones_usd),
                (TermKind::Total, &d.total_usd),
            ] {
                let Some(n) = value else { continue };
                let amount = Decimal::from_str_exact(&n.to_string())
                    .map_err(|_| err(format!("{}: {n} is not an amount", kind.as_str())))?;
                if amount.is_sign_negative() {
                    return Err(err(format!("{}: {n} is negative", kind.as_str())));
                }
                let money = Money::new(amount, Currency::USD);
                let bound = if matches!(kind, TermKind::Milestones | TermKind::Total) {
                    Bound::UpTo
                } else {
                    Bound::Exact
                };
                *deal.terms.get_mut(kind) = Some(Term::Disclosed(Amount {
                    money,
                    bound,
                    includes: Vec::new(),
                    text: None,
                }));
                observe(kind.as_str(), money.to_string(), Some(money), None);
            }
            deal.terms.royalty = d.royalty.clone().map(|text| Royalty {
                text,
                tiers: Vec::new(),
            });
            deal.sources = vec![source.clone()];
            deal.evidence = evidence;
            deal.observations = observations;
            Ok(deal)
        })
        .collect()
}
