//! Documents: a file's bytes → its text (checked, decoded, HTML stripped) → the deals the
//! extractor reads in it, as domain records with evidence and observations.

use std::path::Path;

use dealscope_core::{
    Amount, Approval, AssetId, AssetRef, Catalyst, CatalystStatus, CompanyId, Currency, Deal,
    DealId, Event, EventKind, Evidence, Language, Observation, Party, Royalty, Source, SourceId,
    SourceKind, Span, Term, TermKind,
};
use dealscope_extract::{ExtractedDeal, Extraction, Field, Gazetteer, Mention, Role};
use sha2::{Digest, Sha256};

/// The default size limit for one document: 50 MB.
pub const DEFAULT_MAX_BYTES: u64 = 50 * 1024 * 1024;

/// Why a file could not be read as a document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    /// The file has no bytes.
    #[error("empty file")]
    Empty,
    /// The file is larger than the limit.
    #[error("{size} bytes is over the limit of {limit} bytes (raise it with --max-bytes)")]
    TooLarge {
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The bytes are not text.
    #[error("not text: {0}")]
    NotText(String),
    /// A format dealscope does not read (yet).
    #[error("unsupported format: {0}")]
    Unsupported(String),
}

/// A document's text and where it came from.
#[derive(Clone, Debug)]
pub struct Document {
    /// Identity and provenance; the id is the SHA-256 of the file's bytes.
    pub source: Source,
    /// `txt`, `md`, `html` or `pdf`.
    pub format: &'static str,
    /// The text that evidence spans index into (for HTML, its visible text).
    pub text: String,
}

/// The formats `read` understands, by file extension.
pub fn format_of(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" | "text" => "txt",
        "md" | "markdown" => "md",
        "html" | "htm" => "html",
        "pdf" => "pdf",
        "csv" => "csv",
        "json" | "jsonl" => "json",
        _ => return None,
    })
}

/// Reads a document from its bytes. `path` is used for the format and as the location.
pub fn read(path: &Path, bytes: &[u8], max_bytes: u64) -> Result<Document, DocumentError> {
    if bytes.is_empty() {
        return Err(DocumentError::Empty);
    }
    if bytes.len() as u64 > max_bytes {
        return Err(DocumentError::TooLarge {
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    let format = match format_of(path) {
        Some(f @ ("txt" | "md" | "html")) => f,
        Some("pdf") => {
            return Err(DocumentError::Unsupported(
                "PDF: use read_pdf with a text layer extracted in isolation".into(),
            ));
        }
        Some(other) => {
            return Err(DocumentError::Unsupported(format!(
                "{other} is not a document format"
            )));
        }
        None => {
            return Err(DocumentError::Unsupported(
                "unknown extension (use .txt, .md, .html)".into(),
            ));
        }
    };
    if bytes.contains(&0) {
        return Err(DocumentError::NotText(
            "contains NUL bytes (binary data?)".into(),
        ));
    }
    let (raw, _encoding) = decode(bytes)?;
    let text = if format == "html" {
        crate::html::to_text(&raw).text
    } else {
        raw
    };
    if text.trim().is_empty() {
        return Err(DocumentError::NotText("no text in it".into()));
    }
    Ok(document(path, bytes, format, text))
}

/// A PDF document from its bytes and the text layer extracted from them (see
/// [`crate::pdf`]). A PDF whose text layer is empty is a scan: an error that says so.
pub fn read_pdf(
    path: &Path,
    bytes: &[u8],
    text: String,
    max_bytes: u64,
) -> Result<Document, DocumentError> {
    if bytes.len() as u64 > max_bytes {
        return Err(DocumentError::TooLarge {
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    if text.trim().is_empty() {
        return Err(DocumentError::NotText(
            "scanned PDF without a text layer (run OCR on it first)".into(),
        ));
    }
    Ok(document(path, bytes, "pdf", text))
}

fn document(path: &Path, bytes: &[u8], format: &'static str, text: String) -> Document {
    let hash = hex(&Sha256::digest(bytes));
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| l.chars().take(200).collect());
    let language = Some(match dealscope_extract::lang(&text) {
        "zh" => Language::Chinese,
        _ => Language::English,
    });
    Document {
        source: Source {
            id: SourceId::from_content_hash(&hash),
            kind: SourceKind::File,
            location: path.display().to_string(),
            content_hash: Some(hash),
            title,
            // The dateline's date, when the text opens with one: what "later statement" means.
            published: dealscope_extract::deals::dateline(&text).map(|(d, _)| d),
            language,
        },
        format,
        text,
    }
}

/// Decodes text in any common encoding: UTF-8 (with or without BOM) as is; otherwise the
/// encoding chardetng guesses (GBK/GB18030, Big5, Shift_JIS, windows-1252 …). Bytes that
/// are invalid in the detected encoding are an error naming it, never replaced silently.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), DocumentError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), "UTF-8"));
    }
    // Not UTF-8 (checked above), and never ISO-2022-JP (an escape-based encoding that can
    // hide markup from HTML processing).
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(DocumentError::NotText(format!(
            "not valid UTF-8, and invalid as {} too",
            encoding.name()
        )));
    }
    Ok((text.into_owned(), encoding.name()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Catalysts the document announces, each with the document as source and the spans of its
/// asset and date as evidence; the dateline date places "within the year" and is the date
/// of the report.
pub fn catalysts(doc: &Document, gazetteer: &Gazetteer) -> Vec<Catalyst> {
    let today = dealscope_extract::deals::dateline(&doc.text).map(|(d, _)| d);
    dealscope_extract::catalysts::find(&doc.text, gazetteer, today)
        .into_iter()
        .map(|c| {
            let evidence = |field: &str, span: Span| Evidence {
                source: doc.source.id.clone(),
                field: field.to_owned(),
                text: doc.text[span.start..span.end].to_owned(),
                span,
            };
            let asset_id = gazetteer
                .assets(&doc.text[c.asset_span.start..c.asset_span.end])
                .into_iter()
                .next()
                .and_then(|h| h.id);
            Catalyst {
                asset: AssetRef {
                    asset: asset_id,
                    ..AssetRef::named(&c.asset)
                },
                kind: c.kind,
                indication: None,
                trial_id: None,
                expected: c.expected,
                status: CatalystStatus::Expected,
                sources: vec![doc.source.clone()],
                evidence: vec![
                    evidence("asset", c.asset_span),
                    evidence("expected", c.date_span),
                ],
                reported: today,
                history: Vec::new(),
            }
        })
        .collect()
}

/// Approvals the document reports, each with the document as source; a sentence without a
/// date takes the dateline's.
pub fn approvals(doc: &Document, gazetteer: &Gazetteer) -> Vec<Approval> {
    let dateline = dealscope_extract::deals::dateline(&doc.text).map(|(d, _)| d);
    dealscope_extract::approvals::find(&doc.text, gazetteer, dateline)
        .into_iter()
        .map(|a| {
            let asset = gazetteer
                .assets(&doc.text[a.product_span.start..a.product_span.end])
                .into_iter()
                .next()
                .and_then(|h| h.id);
            Approval {
                agency: a.agency,
                date: a.date,
                asset: Some(AssetRef {
                    asset,
                    ..AssetRef::named(&a.product)
                }),
                product: a.product,
                indication: None,
                category: a.category,
                origin: a.origin,
                pathway: a.pathway,
                sources: vec![doc.source.clone()],
            }
        })
        .collect()
}

/// The deals of a document as domain records: every value with its evidence span and an
/// observation, ids derived from the document so re-reading it gives the same ids.
pub fn deals(doc: &Document, gazetteer: &Gazetteer) -> (Extraction, Vec<Deal>) {
    let x = dealscope_extract::extract(&doc.text, gazetteer);
    let deals = x
        .deals
        .iter()
        .enumerate()
        .filter(|(_, d)| d.licensor.is_some() || d.licensee.is_some() || !d.terms.is_empty())
        .map(|(i, d)| to_deal(doc, &x.mentions, d, i))
        .collect();
    (x, deals)
}

fn to_deal(doc: &Document, mentions: &[Mention], d: &ExtractedDeal, index: usize) -> Deal {
    let source = &doc.source;
    let digest = Sha256::digest(format!("{}#{index}", source.id).as_bytes());
    let id = DealId::new(&format!("DOC-{}", &hex(&digest)[..12])).expect("a valid id");
    let party = |f: &Option<Field<String>>| -> Vec<Party> {
        f.iter()
            .map(|f| Party {
                company: f.id.as_deref().and_then(|i| CompanyId::new(i).ok()),
                ..Party::named(&f.value)
            })
            .collect()
    };
    let mut deal = Deal::new(id, party(&d.licensor), party(&d.licensee));
    let mut evidence = Vec::new();
    let mut observations = Vec::new();
    let mut note = |field: &str,
                    value: String,
                    money: Option<dealscope_core::Money>,
                    span: Span,
                    text: &str| {
        evidence.push(Evidence {
            source: source.id.clone(),
            field: field.to_owned(),
            span,
            text: text.to_owned(),
        });
        observations.push(Observation {
            field: field.to_owned(),
            value,
            money,
            source: source.id.clone(),
            span: Some(span),
            text: Some(text.to_owned()),
        });
    };
    for (field, f) in [("licensor", &d.licensor), ("licensee", &d.licensee)] {
        if let Some(f) = f {
            note(field, f.value.clone(), None, f.span, &f.text);
        }
    }
    deal.assets = d
        .assets
        .iter()
        .map(|a| AssetRef {
            asset: a.id.as_deref().and_then(|i| AssetId::new(i).ok()),
            ..AssetRef::named(&a.value)
        })
        .collect();
    deal.modality = d.modality.as_ref().map(|f| f.value.clone());
    deal.targets = d.targets.iter().map(|f| f.value.clone()).collect();
    deal.deal_type = d.deal_type.as_ref().map(|f| f.value.clone());
    deal.territory = d.territory.as_ref().map(|f| f.value.clone());
    deal.announced = d.announced.as_ref().map(|f| f.value);
    if let Some(r) = &d.royalty {
        deal.terms.royalty = Some(Royalty {
            text: r.value.clone(),
            tiers: Vec::new(),
        });
        note("royalty", r.value.clone(), None, r.span, &r.text);
    }
    for (kind, role) in [
        (TermKind::Upfront, Role::Upfront),
        (TermKind::NearTerm, Role::NearTerm),
        (TermKind::Equity, Role::Equity),
        (TermKind::OptionFee, Role::Option),
        (TermKind::Milestones, Role::Milestone),
        (TermKind::Total, Role::Total),
    ] {
        // US dollars first; otherwise the currency the document used.
        let chosen =
            dealscope_extract::deals::term(d, mentions, role, Currency::USD).or_else(|| {
                d.terms
                    .iter()
                    .map(|&i| &mentions[i])
                    .find(|m| m.role == role)
                    .and_then(|m| dealscope_extract::deals::term(d, mentions, role, m.currency))
            });
        let Some(i) = chosen else { continue };
        let m = &mentions[i];
        let money = dealscope_core::Money::new(m.value, m.currency);
        let includes = if kind == TermKind::Upfront && combined_with_near_term(&doc.text, m) {
            vec![TermKind::NearTerm]
        } else {
            Vec::new()
        };
        *deal.terms.get_mut(kind) = Some(Term::Disclosed(Amount {
            money,
            bound: m.bound,
            includes,
            text: Some(m.text.clone()),
        }));
        note(
            kind.as_str(),
            money.to_string(),
            Some(money),
            m.span,
            &m.text,
        );
    }
    // The timeline: the announcement, then what the document says happened since.
    let sentence_text = |span: Span| doc.text[span.start..span.end].to_owned();
    // A document that reports later events (a closing, a termination) is not the
    // announcement: its date is not the signing date.
    if let Some(a) = d.announced.as_ref().filter(|_| d.events.is_empty()) {
        deal.events.push(Event {
            kind: EventKind::Signing,
            date: Some(a.value),
            amount: None,
            source: source.id.clone(),
            span: a.span,
            text: a.text.clone(),
        });
    }
    for e in &d.events {
        deal.events.push(Event {
            kind: e.kind.clone(),
            date: e.date,
            amount: e
                .amount
                .map(|i| dealscope_core::Money::new(mentions[i].value, mentions[i].currency)),
            source: source.id.clone(),
            span: e.span,
            text: sentence_text(e.span),
        });
    }
    deal.status = dealscope_core::event::status_after(&deal.events, deal.status);
    deal.sources = vec![source.clone()];
    deal.evidence = evidence;
    deal.observations = observations;
    deal
}

/// "$75M in upfront and near-term payments": one figure for both.
fn combined_with_near_term(text: &str, m: &Mention) -> bool {
    let after: String = text[m.span.end..]
        .chars()
        .take(40)
        .collect::<String>()
        .to_ascii_lowercase();
    after.contains("upfront and near-term") || after.contains("upfront and near term")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_encodings_are_detected_and_decoded() {
        let text = "恒瑞医药宣布与葛兰素史克达成许可协议，首付款5亿美元，潜在交易总额约120亿美元。";
        for enc in [encoding_rs::GBK, encoding_rs::GB18030, encoding_rs::BIG5] {
            let sample = if enc == encoding_rs::BIG5 {
                "恆瑞醫藥宣布與葛蘭素史克達成許可協議，首付款5億美元，潛在交易總額約120億美元。"
            } else {
                text
            };
            let (bytes, _, unmappable) = enc.encode(sample);
            assert!(!unmappable);
            let (decoded, name) = decode(&bytes).unwrap();
            assert_eq!(decoded, sample, "{}", enc.name());
            assert_ne!(name, "UTF-8");
        }
    }

    #[test]
    fn documents_are_checked_before_reading() {
        let p = Path::new("a.txt");
        assert_eq!(read(p, b"", 10).unwrap_err(), DocumentError::Empty);
        assert!(matches!(
            read(p, b"0123456789ab", 10),
            Err(DocumentError::TooLarge {
                size: 12,
                limit: 10
            })
        ));
        assert!(matches!(
            read(p, b"a\x00b", 10),
            Err(DocumentError::NotText(_))
        ));
        assert!(matches!(
            read(Path::new("a.doc"), b"abc", 10),
            Err(DocumentError::Unsupported(_))
        ));
        let latin1 = read(p, b"Caf\xe9 paid $5 million", 100).unwrap();
        assert_eq!(latin1.text, "Café paid $5 million");
        // The id is the hash of the bytes: the same bytes, the same source.
        assert_eq!(
            read(p, b"x", 10).unwrap().source.id,
            read(Path::new("b.txt"), b"x", 10).unwrap().source.id
        );
    }
}
