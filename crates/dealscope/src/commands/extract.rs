//! `dealscope extract PATH… --format json | --mentions`: read documents, print what the
//! extractor finds. This output is a documented contract (see README).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use dealscope_core::rust_decimal::Decimal;
use dealscope_core::{Currency, Span};
use dealscope_extract::{Extraction, Field, Gazetteer, Mention, Role};
use dealscope_ingest::html::HtmlText;
use dealscope_store::Store;
use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::Outcome;
use crate::cli::ImportKind;

/// Extracts every file and prints one JSON line per document (or per mention). A file that
/// cannot be read is reported on stderr; the others are still processed, and the exit
/// status is then 1.
pub fn run(db: &Path, files: &[PathBuf], mentions_only: bool) -> anyhow::Result<Outcome> {
    let gazetteer = gazetteer(db)?;
    let mut out = std::io::stdout().lock();
    let mut failed = 0;
    for file in files {
        let doc = match read_document(file) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("error: {e:#}");
                failed += 1;
                continue;
            }
        };
        let name = file.display().to_string();
        let at = |span: Span| doc.source_span(span);
        if mentions_only {
            for m in dealscope_extract::mentions(&doc.text) {
                serde_json::to_writer(&mut out, &mention_line(&name, &m, &at))?;
                writeln!(out)?;
            }
        } else {
            let x = dealscope_extract::extract(&doc.text, &gazetteer);
            serde_json::to_writer(&mut out, &document(&name, &x, &at))?;
            writeln!(out)?;
        }
    }
    Ok(if failed > 0 {
        Outcome::NothingFound
    } else {
        Outcome::Done
    })
}

/// A document's text, and for HTML the map from text spans back to file offsets.
struct Document {
    text: String,
    html: Option<HtmlText>,
}

impl Document {
    /// Where a text span lies in the file.
    fn source_span(&self, span: Span) -> Span {
        match &self.html {
            Some(h) => h.source_span(span).unwrap_or(span),
            None => span,
        }
    }
}

fn read_document(file: &Path) -> anyhow::Result<Document> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    if dealscope_ingest::document::format_of(file) == Some("pdf") {
        let text = crate::isolate::pdf_text(&bytes)
            .map_err(|e| anyhow::anyhow!("{}: {e:#}", file.display()))?;
        return Ok(Document { text, html: None });
    }
    if bytes.contains(&0) {
        anyhow::bail!("{}: not text (contains NUL bytes)", file.display());
    }
    let (text, _) = dealscope_ingest::document::decode(&bytes)
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    let is_html = file
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    Ok(if is_html {
        let html = dealscope_ingest::html::to_text(&text);
        Document {
            text: html.text.clone(),
            html: Some(html),
        }
    } else {
        Document { text, html: None }
    })
}

/// Names to resolve parties and assets: the store's when it exists, else the bundled
/// sample tables.
fn gazetteer(db: &Path) -> anyhow::Result<Gazetteer> {
    if db.exists() {
        let store = dealscope_store::SqliteStore::open(db)?;
        return gazetteer_of(&store);
    }
    gazetteer_of_sample()
}

/// The store's companies and assets as a gazetteer; the bundled tables when it has none.
pub fn gazetteer_of(store: &impl Store) -> anyhow::Result<Gazetteer> {
    let companies = store.companies()?;
    if companies.is_empty() {
        return gazetteer_of_sample();
    }
    Ok(Gazetteer::new(&companies, &store.assets()?))
}

fn gazetteer_of_sample() -> anyhow::Result<Gazetteer> {
    let table = |kind: ImportKind| {
        crate::sample::FILES
            .iter()
            .find(|(k, _, _)| *k == kind)
            .map_or("", |(_, _, contents)| *contents)
            .as_bytes()
    };
    Ok(dealscope_ingest::gazetteer_from_csv(
        table(ImportKind::Companies),
        table(ImportKind::Assets),
    )?)
}

#[derive(Serialize)]
struct MentionLine<'a> {
    file: &'a str,
    #[serde(with = "dealscope_core::money::decimal_number")]
    value: Decimal,
    currency: String,
    text: &'a str,
    start: usize,
    end: usize,
    role: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    subtype: Option<dealscope_extract::MilestoneKind>,
}

fn mention_line<'a>(file: &'a str, m: &'a Mention, at: &dyn Fn(Span) -> Span) -> MentionLine<'a> {
    let span = at(m.span);
    MentionLine {
        file,
        value: m.value,
        currency: m.currency.to_string(),
        text: &m.text,
        start: span.start,
        end: span.end,
        role: m.role.as_str(),
        subtype: m.milestone,
    }
}

fn evidence(span: Span, text: &str, at: &dyn Fn(Span) -> Span) -> Value {
    let s = at(span);
    json!({"start": s.start, "end": s.end, "text": text})
}

fn number(d: Decimal) -> Value {
    serde_json::to_value(MoneyNumber(d)).unwrap_or(Value::Null)
}

#[derive(Serialize)]
#[serde(transparent)]
struct MoneyNumber(#[serde(with = "dealscope_core::money::decimal_number")] Decimal);

fn document(file: &str, x: &Extraction, at: &dyn Fn(Span) -> Span) -> Value {
    let mentions: Vec<MentionLine> = x
        .mentions
        .iter()
        .map(|m| mention_line(file, m, at))
        .collect();
    let deals: Vec<Value> = x
        .deals
        .iter()
        .map(|d| {
            let mut deal = Map::new();
            let mut ev = Map::new();
            fn field_evidence<T>(f: &Field<T>, at: &dyn Fn(Span) -> Span) -> Value {
                evidence(f.span, &f.text, at)
            }
            let evidence_of = |f: Option<&Field<String>>| f.map(|f| field_evidence(f, at));
            // List fields: one span per item, in order.
            let list_evidence = |fs: &[Field<String>]| {
                (!fs.is_empty()).then(|| Value::Array(fs.iter().map(|f| field_evidence(f, at)).collect()))
            };
            let mut put = |key: &str, value: Value, e: Option<Value>| {
                if let Some(e) = e {
                    ev.insert(key.to_owned(), e);
                }
                deal.insert(key.to_owned(), value);
            };
            put("licensor", json!(d.licensor.as_ref().map(|f| &f.value)), evidence_of(d.licensor.as_ref()));
            put("licensee", json!(d.licensee.as_ref().map(|f| &f.value)), evidence_of(d.licensee.as_ref()));
            put("assets", json!(d.assets.iter().map(|f| &f.value).collect::<Vec<_>>()), list_evidence(&d.assets));
            put("modality", json!(d.modality.as_ref().map(|f| f.value.label())), d.modality.as_ref().map(|f| field_evidence(f, at)));
            put("targets", json!(d.targets.iter().map(|f| &f.value).collect::<Vec<_>>()), list_evidence(&d.targets));
            put("deal_type", json!(d.deal_type.as_ref().map(|f| f.value.label())), d.deal_type.as_ref().map(|f| field_evidence(f, at)));
            put("territory", json!(d.territory.as_ref().map(|f| &f.value)), evidence_of(d.territory.as_ref()));
            for (key, role) in [
                ("upfront_usd", Role::Upfront),
                ("near_term_usd", Role::NearTerm),
                ("equity_usd", Role::Equity),
                ("milestones_usd", Role::Milestone),
                ("total_usd", Role::Total),
            ] {
                let i = dealscope_extract::deals::term(d, &x.mentions, role, Currency::USD);
                let m = i.map(|i| &x.mentions[i]);
                put(
                    key,
                    m.map_or(Value::Null, |m| number(m.value)),
                    m.map(|m| evidence(m.span, &m.text, at)),
                );
            }
            put("royalty", json!(d.royalty.as_ref().map(|f| &f.value)), evidence_of(d.royalty.as_ref()));
            put("announced", json!(d.announced.as_ref().map(|f| f.value.to_string())), d.announced.as_ref().map(|f| field_evidence(f, at)));
            let terms: Vec<Value> = d
                .terms
                .iter()
                .map(|&i| {
                    let m = &x.mentions[i];
                    let s = at(m.span);
                    json!({"role": m.role.as_str(), "value": number(m.value), "currency": m.currency.to_string(), "start": s.start, "end": s.end, "text": m.text})
                })
                .collect();
            deal.insert("terms".into(), Value::Array(terms));
            deal.insert("evidence".into(), Value::Object(ev));
            Value::Object(deal)
        })
        .collect();
    json!({"file": file, "lang": x.lang, "mentions": mentions, "deals": deals})
}
