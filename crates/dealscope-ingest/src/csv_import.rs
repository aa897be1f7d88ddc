//! Reading the sample-data CSV files (`deals.csv`, `companies.csv`, `asset_aliases.csv`,
//! columns as documented in `data/README.md`) into domain records.
//!
//! A file is read completely before anything is returned: the first bad row stops the read
//! with a [`CsvError`] naming file, line and column, so a caller that writes only on `Ok`
//! never writes part of a file.

use std::collections::HashMap;
use std::io::Read;

use dealscope_core::{
    Agency, Amount, Approval, ApprovalCategory, ApprovalOrigin, Asset, AssetId, AssetRef, Bound,
    Catalyst, CatalystKind, CatalystStatus, Company, CompanyId, CompanyKind, CountryCode, Currency,
    Deal, DealId, DealType, Modality, Money, PartialDate, Party, Phase, Royalty, Source, Term,
    TermKind, TherapeuticArea, Ticker,
};

/// A CSV file that could not be read, with the place of the first problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {}{message}", column.as_ref().map(|c| format!("column {c}: ")).unwrap_or_default())]
pub struct CsvError {
    /// The file as named by the caller.
    pub file: String,
    /// 1-based line number (1 = header).
    pub line: u64,
    /// The column at fault, when one is.
    pub column: Option<String>,
    /// What is wrong.
    pub message: String,
}

/// Records read from a file, with notes about values kept as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed<T> {
    /// The records, in file order.
    pub records: Vec<T>,
    /// Things a user may want to check (`line 12: modality "radioligand" kept as written`).
    pub warnings: Vec<String>,
}

/// The largest amount accepted in a deal column: US$1 trillion. Larger figures are
/// typing errors (an extra zero group), not deals.
const MAX_PLAUSIBLE_USD: i64 = 1_000_000_000_000;

const DEAL_COLUMNS: &[&str] = &[
    "deal_id",
    "announced",
    "licensor",
    "licensor_country",
    "licensee",
    "licensee_country",
    "asset",
    "asset_aliases",
    "modality",
    "targets",
    "therapeutic_area",
    "lead_indication",
    "phase_at_deal",
    "deal_type",
    "territory",
    "upfront_usd",
    "near_term_usd",
    "equity_usd",
    "milestones_usd",
    "total_usd",
    "royalty",
    "currency_original",
    "source_url",
    "source_url_2",
    "notes",
];

const COMPANY_COLUMNS: &[&str] = &[
    "company_id",
    "name_en",
    "name_zh",
    "aliases",
    "country",
    "exchange_tickers",
    "type",
];

const ASSET_COLUMNS: &[&str] = &[
    "asset_id",
    "code",
    "inn",
    "aliases",
    "originator",
    "modality",
    "targets",
    "source_url",
];

const CATALYST_COLUMNS: &[&str] = &[
    "catalyst_id",
    "asset",
    "kind",
    "indication",
    "trial_id",
    "expected",
    "status",
    "reported",
    "source_url",
    "source_name",
    "notes",
];

const APPROVAL_COLUMNS: &[&str] = &[
    "approval_id",
    "agency",
    "date",
    "product",
    "asset",
    "indication",
    "category",
    "origin",
    "pathway",
    "source_url",
];

/// Reads `catalysts.csv`: expected events per asset, with the date as precise as the
/// source gave it (`2026`, `2026-H2`, `2026-Q3`, `2026-09`, `2026-09-15`).
pub fn read_catalysts(input: impl Read, file: &str) -> Result<Parsed<Catalyst>, CsvError> {
    read_rows(
        input,
        file,
        CATALYST_COLUMNS,
        "catalyst_id",
        catalyst_from_row,
    )
}

/// Reads `approvals.csv`.
pub fn read_approvals(input: impl Read, file: &str) -> Result<Parsed<Approval>, CsvError> {
    read_rows(
        input,
        file,
        APPROVAL_COLUMNS,
        "approval_id",
        approval_from_row,
    )
}

fn date(row: &Row<'_>, column: &str) -> Result<Option<PartialDate>, CsvError> {
    row.optional(column)
        .map(|d| {
            d.parse::<PartialDate>()
                .map_err(|e| row.error(column, e.to_string()))
        })
        .transpose()
}

fn catalyst_from_row(row: &mut Row<'_>) -> Result<Catalyst, CsvError> {
    let kind_text = row.required("kind")?;
    let kind = CatalystKind::known(kind_text).ok_or_else(|| {
        let known: Vec<&str> = CatalystKind::KNOWN
            .iter()
            .map(CatalystKind::label)
            .collect();
        row.error(
            "kind",
            format!("unknown kind {kind_text:?}; known: {}", known.join(", ")),
        )
    })?;
    let status = match row.optional("status") {
        None => CatalystStatus::Expected,
        Some(s) => CatalystStatus::known(&s).ok_or_else(|| {
            row.error(
                "status",
                format!("unknown status {s:?}; known: expected, happened, slipped, cancelled"),
            )
        })?,
    };
    let expected = date(row, "expected")?.ok_or_else(|| row.error("expected", "empty"))?;
    let sources = row
        .optional("source_url")
        .map(|u| {
            let mut s = Source::cited_url(&u);
            s.title = row.optional("source_name");
            vec![s]
        })
        .unwrap_or_default();
    Ok(Catalyst {
        asset: AssetRef::named(row.required("asset")?),
        kind,
        indication: row.optional("indication"),
        trial_id: row.optional("trial_id"),
        expected,
        status,
        sources,
        evidence: Vec::new(),
        reported: date(row, "reported")?,
        history: Vec::new(),
    })
}

fn approval_from_row(row: &mut Row<'_>) -> Result<Approval, CsvError> {
    let agency_text = row.required("agency")?;
    let agency = Agency::known(agency_text).ok_or_else(|| {
        row.error(
            "agency",
            format!("unknown agency {agency_text:?}; known: NMPA, FDA, EMA, PMDA"),
        )
    })?;
    Ok(Approval {
        agency,
        date: date(row, "date")?.ok_or_else(|| row.error("date", "empty"))?,
        product: row.required("product")?.to_owned(),
        asset: row.optional("asset").map(|a| AssetRef::named(&a)),
        indication: row.optional("indication"),
        category: row.vocab(
            "category",
            ApprovalCategory::parse,
            ApprovalCategory::is_known,
        ),
        origin: row.vocab("origin", ApprovalOrigin::parse, ApprovalOrigin::is_known),
        pathway: row.optional("pathway"),
        sources: row
            .optional("source_url")
            .map(|u| vec![Source::cited_url(&u)])
            .unwrap_or_default(),
    })
}

/// Reads `deals.csv`. Amount columns are whole US dollars; see `data/README.md`.
pub fn read_deals(input: impl Read, file: &str) -> Result<Parsed<Deal>, CsvError> {
    read_rows(input, file, DEAL_COLUMNS, "deal_id", deal_from_row)
}

/// Reads `companies.csv`.
pub fn read_companies(input: impl Read, file: &str) -> Result<Parsed<Company>, CsvError> {
    read_rows(input, file, COMPANY_COLUMNS, "company_id", company_from_row)
}

/// Reads `asset_aliases.csv`.
pub fn read_assets(input: impl Read, file: &str) -> Result<Parsed<Asset>, CsvError> {
    read_rows(input, file, ASSET_COLUMNS, "asset_id", asset_from_row)
}

/// One data row with its header map and position, for typed field access with errors that
/// name the place.
struct Row<'a> {
    record: &'a csv::StringRecord,
    columns: &'a HashMap<String, usize>,
    file: &'a str,
    line: u64,
    warnings: &'a mut Vec<String>,
}

impl Row<'_> {
    fn error(&self, column: &str, message: impl Into<String>) -> CsvError {
        CsvError {
            file: self.file.to_owned(),
            line: self.line,
            column: Some(column.to_owned()),
            message: message.into(),
        }
    }

    fn warn(&mut self, message: String) {
        self.warnings
            .push(format!("{}:{}: {message}", self.file, self.line));
    }

    /// The trimmed cell; empty when blank.
    fn text(&self, column: &str) -> &str {
        self.columns
            .get(column)
            .and_then(|&i| self.record.get(i))
            .map_or("", str::trim)
    }

    fn optional(&self, column: &str) -> Option<String> {
        Some(self.text(column))
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    }

    fn required(&self, column: &str) -> Result<&str, CsvError> {
        match self.text(column) {
            "" => Err(self.error(column, "is empty but required")),
            text => Ok(text),
        }
    }

    /// `;`-separated list, trimmed, blanks dropped.
    fn list(&self, column: &str) -> Vec<String> {
        split_list(self.text(column))
    }

    fn country(&self, column: &str) -> Result<Option<CountryCode>, CsvError> {
        match self.text(column) {
            "" => Ok(None),
            text => CountryCode::new(text)
                .map(Some)
                .map_err(|e| self.error(column, e.reason)),
        }
    }

    /// A vocabulary value; unknown spellings are kept (and noted) unless they are the
    /// dataset's own catch-all word `other`.
    fn vocab<T: PartialEq>(
        &mut self,
        column: &str,
        parse: impl Fn(&str) -> T,
        is_known: impl Fn(&T) -> bool,
    ) -> Option<T> {
        let text = self.text(column).to_owned();
        if text.is_empty() {
            return None;
        }
        let value = parse(&text);
        if !is_known(&value) && !text.eq_ignore_ascii_case("other") {
            self.warn(format!(
                "{column} {text:?} is not a known spelling; kept as written"
            ));
        }
        Some(value)
    }

    /// A whole-dollar USD amount, or `None` when blank.
    fn usd(&self, column: &str) -> Result<Option<Money>, CsvError> {
        let text = self.text(column);
        if text.is_empty() {
            return Ok(None);
        }
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(self.error(
                column,
                format!("{text:?} is not a whole number of US dollars (write 1250000000, no separators or signs)"),
            ));
        }
        let value: i64 = text
            .parse()
            .ok()
            .filter(|v| *v <= MAX_PLAUSIBLE_USD)
            .ok_or_else(|| {
                self.error(
                    column,
                    format!("{text} is more than US$1 trillion; check the zeros"),
                )
            })?;
        Ok(Some(Money::whole(value, Currency::USD)))
    }
}

fn split_list(text: &str) -> Vec<String> {
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn read_rows<T>(
    input: impl Read,
    file: &str,
    expected: &[&str],
    id_column: &str,
    convert: impl Fn(&mut Row<'_>) -> Result<T, CsvError>,
) -> Result<Parsed<T>, CsvError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(input);
    let at = |line: u64, column: Option<&str>, message: String| CsvError {
        file: file.to_owned(),
        line,
        column: column.map(str::to_owned),
        message,
    };
    let headers = reader
        .headers()
        .map_err(|e| {
            at(
                1,
                None,
                format!("cannot read the header: {}", csv_message(&e)),
            )
        })?
        .clone();
    let columns: HashMap<String, usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| (h.trim().trim_start_matches('\u{feff}').to_owned(), i))
        .collect();
    if let Some(missing) = expected.iter().find(|c| !columns.contains_key(**c)) {
        return Err(at(
            1,
            Some(missing),
            format!(
                "missing from the header (expected columns: {})",
                expected.join(", ")
            ),
        ));
    }
    let mut warnings = Vec::new();
    if let Some(extra) = headers
        .iter()
        .find(|h| !expected.contains(&h.trim().trim_start_matches('\u{feff}')))
    {
        warnings.push(format!("{file}:1: column {extra:?} is not used"));
    }
    let mut records = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(at(line, None, csv_message(&e)));
            }
        }
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let mut row = Row {
            record: &record,
            columns: &columns,
            file,
            line,
            warnings: &mut warnings,
        };
        let id = row.required(id_column)?.to_owned();
        if let Some(first) = seen.insert(id.clone(), line) {
            return Err(row.error(id_column, format!("{id:?} already appears on line {first}")));
        }
        records.push(convert(&mut row)?);
    }
    Ok(Parsed { records, warnings })
}

fn csv_message(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("row has {len} fields, the header has {expected_len}"),
        csv::ErrorKind::Utf8 { .. } => "not valid UTF-8 (save the file as UTF-8)".into(),
        _ => e.to_string(),
    }
}

fn deal_from_row(row: &mut Row<'_>) -> Result<Deal, CsvError> {
    let id = DealId::new(row.required("deal_id")?).map_err(|e| row.error("deal_id", e.reason))?;
    let parties = |row: &Row<'_>,
                   column: &str,
                   country: Option<CountryCode>|
     -> Result<Vec<Party>, CsvError> {
        let names = split_list(row.required(column)?);
        Ok(names
            .iter()
            .map(|n| Party {
                country,
                ..Party::named(n)
            })
            .collect())
    };
    let licensors = parties(row, "licensor", row.country("licensor_country")?)?;
    let licensees = parties(row, "licensee", row.country("licensee_country")?)?;
    let mut deal = Deal::new(id, licensors, licensees);

    deal.announced = match row.text("announced") {
        "" => None,
        text => Some(
            text.parse::<PartialDate>()
                .map_err(|e| row.error("announced", e.to_string()))?,
        ),
    };
    deal.assets = asset_refs(row.list("asset"), row.list("asset_aliases"));
    deal.modality = row.vocab("modality", Modality::parse, Modality::is_known);
    deal.targets = row.list("targets");
    deal.therapeutic_area = row.vocab(
        "therapeutic_area",
        TherapeuticArea::parse,
        TherapeuticArea::is_known,
    );
    deal.indication = row.optional("lead_indication");
    deal.phase_at_signing = row.vocab("phase_at_deal", Phase::parse, Phase::is_known);
    deal.deal_type = row.vocab("deal_type", DealType::parse, DealType::is_known);
    deal.territory = row.optional("territory");
    deal.notes = row.optional("notes");

    // The dataset states its conventions in the notes column: "COMBINED" marks an upfront
    // that includes near-term payments, "total computed" a sum of parts, "lower bound" a
    // "more than" headline.
    let notes = deal.notes.as_deref().unwrap_or("").to_ascii_lowercase();
    let combined = notes.contains("combined");
    let total_computed = notes.contains("total computed") || notes.contains("total_usd computed");
    let lower_bound = notes.contains("lower bound");

    let amount = |money: Money, bound: Bound| Amount {
        money,
        bound,
        includes: Vec::new(),
        text: None,
    };
    deal.terms.upfront = row.usd("upfront_usd")?.map(|m| {
        let mut a = amount(m, Bound::Exact);
        if combined {
            a.includes.push(TermKind::NearTerm);
        }
        Term::Disclosed(a)
    });
    deal.terms.near_term = row
        .usd("near_term_usd")?
        .map(|m| Term::Disclosed(amount(m, Bound::Exact)));
    deal.terms.equity = row
        .usd("equity_usd")?
        .map(|m| Term::Disclosed(amount(m, Bound::Exact)));
    deal.terms.milestones = row
        .usd("milestones_usd")?
        .map(|m| Term::Disclosed(amount(m, Bound::UpTo)));
    deal.terms.total = row.usd("total_usd")?.map(|m| {
        let bound = if lower_bound {
            Bound::AtLeast
        } else {
            Bound::UpTo
        };
        if total_computed {
            Term::Computed(amount(m, bound))
        } else {
            Term::Disclosed(amount(m, bound))
        }
    });
    deal.terms.royalty = row.optional("royalty").map(|text| Royalty {
        text,
        tiers: Vec::new(),
    });
    deal.currency_original = match row.text("currency_original") {
        "" => None,
        text => {
            Some(Currency::new(text).map_err(|e| row.error("currency_original", e.to_string()))?)
        }
    };
    check_total(row, &deal)?;

    for column in ["source_url", "source_url_2"] {
        if let Some(url) = row.optional(column) {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(row.error(column, format!("{url:?} is not an http(s) address")));
            }
            deal.sources.push(Source::cited_url(&url));
        }
    }
    Ok(deal)
}

/// A headline total smaller than the upfront it contains is a data error.
fn check_total(row: &Row<'_>, deal: &Deal) -> Result<(), CsvError> {
    let money = |k| deal.terms.money(k).map(|m: Money| m.amount);
    if let (Some(total), Some(upfront)) = (money(TermKind::Total), money(TermKind::Upfront)) {
        let at_least = deal
            .terms
            .total
            .as_ref()
            .and_then(|t| t.amount())
            .is_some_and(|a| a.bound == Bound::AtLeast);
        if total < upfront && !at_least {
            return Err(row.error(
                "total_usd",
                format!("{total} is less than the upfront {upfront}"),
            ));
        }
    }
    Ok(())
}

/// Pairs asset names with their aliases: position by position when the counts match,
/// all to the one asset when there is one, else to none (names still resolve by name).
fn asset_refs(names: Vec<String>, aliases: Vec<String>) -> Vec<AssetRef> {
    let paired = names.len() == aliases.len();
    let single = names.len() == 1;
    names
        .into_iter()
        .enumerate()
        .map(|(i, name)| AssetRef {
            aliases: if paired {
                vec![aliases[i].clone()]
            } else if single {
                aliases.clone()
            } else {
                Vec::new()
            },
            ..AssetRef::named(&name)
        })
        .collect()
}

fn company_from_row(row: &mut Row<'_>) -> Result<Company, CsvError> {
    let id = CompanyId::new(row.required("company_id")?)
        .map_err(|e| row.error("company_id", e.reason))?;
    let tickers = row
        .list("exchange_tickers")
        .iter()
        .map(|t| Ticker::parse(t).map_err(|e| row.error("exchange_tickers", e.to_string())))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Company {
        id,
        name_en: row.required("name_en")?.to_owned(),
        name_zh: row.optional("name_zh"),
        aliases: row.list("aliases"),
        country: row.country("country")?,
        tickers,
        kind: row.vocab("type", CompanyKind::parse, CompanyKind::is_known),
    })
}

fn asset_from_row(row: &mut Row<'_>) -> Result<Asset, CsvError> {
    let id =
        AssetId::new(row.required("asset_id")?).map_err(|e| row.error("asset_id", e.reason))?;
    Ok(Asset {
        id,
        code: row.optional("code"),
        inn: row.optional("inn"),
        aliases: row.list("aliases"),
        originator: row.optional("originator"),
        // This column describes ("small molecule (oral)"); find the modality named in it.
        modality: row.vocab("modality", Modality::classify, Modality::is_known),
        targets: row.list("targets"),
        therapeutic_areas: Vec::new(),
        phase: None,
        source_url: row.optional("source_url"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "deal_id,announced,licensor,licensor_country,licensee,licensee_country,asset,asset_aliases,modality,targets,therapeutic_area,lead_indication,phase_at_deal,deal_type,territory,upfront_usd,near_term_usd,equity_usd,milestones_usd,total_usd,royalty,currency_original,source_url,source_url_2,notes";

    fn deals(rows: &str) -> Result<Parsed<Deal>, CsvError> {
        read_deals(format!("{HEADER}\n{rows}").as_bytes(), "t.csv")
    }

    #[test]
    fn a_full_row_becomes_a_deal() {
        let p = deals(
            "X-1,2025-05-20,Alpha Bio; Beta Pharma,CN,Gamma,US,AB-101; AB-102,GX-1; GX-2,antibody-drug conjugate,TROP2;HER3,oncology,NSCLC,phase 1/2,exclusive license,ex-China,45000000,5000000,,900000000,950000000,tiered,USD,https://a.example/1,https://b.example/2,upfront is COMBINED; total computed",
        )
        .unwrap();
        let d = &p.records[0];
        assert_eq!(d.id.as_str(), "X-1");
        assert_eq!(d.licensors.len(), 2);
        assert_eq!(d.licensors[1].name, "Beta Pharma");
        assert_eq!(d.licensors[1].country, Some(CountryCode::CN));
        assert_eq!(d.assets[1].aliases, vec!["GX-2".to_owned()]);
        assert_eq!(d.modality, Some(Modality::Adc));
        assert_eq!(d.phase_at_signing, Some(Phase::Phase1));
        assert_eq!(d.deal_type, Some(DealType::License));
        assert_eq!(d.targets, vec!["TROP2".to_owned(), "HER3".to_owned()]);
        let upfront = d.terms.upfront.as_ref().unwrap().amount().unwrap();
        assert_eq!(upfront.money, Money::whole(45_000_000, Currency::USD));
        assert_eq!(upfront.includes, vec![TermKind::NearTerm]);
        assert!(matches!(d.terms.total, Some(Term::Computed(_))));
        assert_eq!(d.terms.equity, None);
        assert_eq!(d.sources.len(), 2);
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let good = "A,2025-01-01,L,CN,E,US,,,ADC,,oncology,,,license,,1,,,,,,USD,,,";
        let cases = [
            (
                "A2,2025-01-01,L,CN,E,US,,,ADC,,,,,,,12.5,,,,,,USD,,,",
                "upfront_usd",
                "whole number",
            ),
            (
                "A2,2025-13-01,L,CN,E,US,,,ADC,,,,,,,,,,,,,USD,,,",
                "announced",
                "month",
            ),
            (
                "A2,2025-01-01,L,China,E,US,,,,,,,,,,,,,,,,USD,,,",
                "licensor_country",
                "alpha-2",
            ),
            (
                "A2,2025-01-01,,CN,E,US,,,,,,,,,,,,,,,,USD,,,",
                "licensor",
                "required",
            ),
            (
                "A,2025-01-01,L,CN,E,US,,,,,,,,,,,,,,,,USD,,,",
                "deal_id",
                "line 2",
            ),
            (
                "A2,2025-01-01,L,CN,E,US,,,,,,,,,,5000000000000,,,,,,USD,,,",
                "upfront_usd",
                "trillion",
            ),
            (
                "A2,2025-01-01,L,CN,E,US,,,,,,,,,,500,,,,100,,USD,,,",
                "total_usd",
                "less than",
            ),
            (
                "A2,2025-01-01,L,CN,E,US,,,,,,,,,,,,,,,,dollars,,,",
                "currency_original",
                "currency",
            ),
            (
                "A2,2025-01-01,L,CN,E,US,,,,,,,,,,,,,,,,USD,www.x.com,,",
                "source_url",
                "http",
            ),
        ];
        for (row, column, words) in cases {
            let e = deals(&format!("{good}\n{row}")).unwrap_err();
            assert_eq!((e.file.as_str(), e.line), ("t.csv", 3), "{row}");
            assert_eq!(e.column.as_deref(), Some(column), "{row}: {e}");
            assert!(e.to_string().contains(words), "{row}: {e}");
        }
    }

    #[test]
    fn a_short_row_and_a_missing_column_are_errors() {
        let e = deals("A,2025-01-01,L,CN").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("4 fields"), "{e}");
        let e = read_deals("deal_id,announced\nA,2025".as_bytes(), "h.csv").unwrap_err();
        assert_eq!((e.line, e.column.as_deref()), (1, Some("licensor")));
    }

    #[test]
    fn unknown_spellings_are_kept_and_noted() {
        let p = deals("A,2025,L,CN,E,US,,,radioligand,,other,,,licence,,,,,,,,USD,,,").unwrap();
        assert_eq!(
            p.records[0].modality,
            Some(Modality::Other("radioligand".into()))
        );
        assert_eq!(p.records[0].deal_type, Some(DealType::License));
        assert_eq!(p.warnings.len(), 1, "{:?}", p.warnings);
        assert!(p.warnings[0].starts_with("t.csv:2: modality"));
    }

    #[test]
    fn invalid_utf8_is_an_error_with_a_line() {
        let mut bytes = format!("{HEADER}\n").into_bytes();
        bytes.extend_from_slice(b"A,2025,L\xff,CN,E,US,,,,,,,,,,,,,,,,USD,,,\n");
        let e = read_deals(bytes.as_slice(), "bin.csv").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("UTF-8"), "{e}");
    }

    #[test]
    fn companies_and_assets() {
        let c = read_companies(
            "company_id,name_en,name_zh,aliases,country,exchange_tickers,type\nakeso,Akeso,康方生物,Akeso Inc.,CN,HKEX:09926;09926.HK,biotech\n".as_bytes(),
            "c.csv",
        )
        .unwrap();
        assert_eq!(c.records[0].name_zh.as_deref(), Some("康方生物"));
        assert_eq!(c.records[0].tickers.len(), 2);
        let e = read_companies(
            "company_id,name_en,name_zh,aliases,country,exchange_tickers,type\nx,X,,,CN,FOO:1,biotech\n".as_bytes(),
            "c.csv",
        )
        .unwrap_err();
        assert_eq!(e.column.as_deref(), Some("exchange_tickers"));
        let a = read_assets(
            "asset_id,code,inn,aliases,originator,modality,targets,source_url\nivonescimab,AK112,ivonescimab,SMT112,Akeso,bispecific antibody,PD-1;VEGF,https://x.example\n".as_bytes(),
            "a.csv",
        )
        .unwrap();
        assert_eq!(a.records[0].modality, Some(Modality::BispecificAntibody));
        assert_eq!(
            a.records[0].targets,
            vec!["PD-1".to_owned(), "VEGF".to_owned()]
        );
    }
}
