//! Deal filters, sorting and pagination over the snapshot, shared by the API and the
//! dashboard. Every parameter is parsed and checked here; a bad one is a 400 naming it.

use dealscope_analytics::Directory;
use dealscope_core::chrono::NaiveDate;
use dealscope_core::{
    Company, CountryCode, Currency, Deal, DealType, Modality, PartialDate, Phase, TermKind,
    TherapeuticArea,
};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::error::ApiError;

/// Query parameters of a deal listing. All optional; unknown values are errors.
#[derive(Clone, Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DealParams {
    /// Words that must appear in the parties, assets, targets, indication or territory
    /// (case-insensitive; Chinese matched as written).
    pub q: Option<String>,
    /// Announced on or after (`2024`, `2025-Q2`, `2025-05`, `2025-05-20`).
    pub from: Option<String>,
    /// Announced on or before (the end of the window given).
    pub to: Option<String>,
    /// Modality (any common spelling).
    pub modality: Option<String>,
    /// Deal type.
    pub deal_type: Option<String>,
    /// Phase at signing.
    pub phase: Option<String>,
    /// Therapeutic area.
    pub area: Option<String>,
    /// A party: company id, English or Chinese name, alias or ticker code.
    pub party: Option<String>,
    /// Licensor country (ISO code).
    pub licensor_country: Option<String>,
    /// Licensee country (ISO code).
    pub licensee_country: Option<String>,
    /// `date` (newest first, default), `oldest`, `upfront`, `total` (largest USD first).
    pub sort: Option<String>,
    /// Page size, 1–500 (default 50).
    pub limit: Option<usize>,
    /// Deals to skip (default 0).
    pub offset: Option<usize>,
}

/// Parsed, checked filters.
#[derive(Clone, Debug, Default)]
pub struct DealFilter {
    words: Vec<String>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    modality: Option<Modality>,
    deal_type: Option<DealType>,
    phase: Option<Phase>,
    area: Option<TherapeuticArea>,
    party: Option<String>,
    licensor_country: Option<CountryCode>,
    licensee_country: Option<CountryCode>,
    sort: Sort,
    /// Page size.
    pub limit: usize,
    /// Deals skipped.
    pub offset: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum Sort {
    #[default]
    Newest,
    Oldest,
    Upfront,
    Total,
}

fn vocab<T>(
    field: &str,
    value: &Option<String>,
    known: impl Fn(&str) -> Option<T>,
    labels: impl Fn() -> Vec<String>,
) -> Result<Option<T>, ApiError> {
    match value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => known(v).map(Some).ok_or_else(|| {
            ApiError::bad(
                field,
                format!("unknown {field} {v:?}; known: {}", labels().join(", ")),
            )
        }),
    }
}

fn window(field: &str, value: &Option<String>) -> Result<Option<PartialDate>, ApiError> {
    match value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => v
            .parse::<PartialDate>()
            .map(Some)
            .map_err(|e| ApiError::bad(field, format!("{field}: {e}"))),
    }
}

fn country(field: &str, value: &Option<String>) -> Result<Option<CountryCode>, ApiError> {
    match value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => CountryCode::new(v)
            .map(Some)
            .map_err(|e| ApiError::bad(field, e.to_string())),
    }
}

impl DealParams {
    /// Checks every parameter.
    pub fn parse(&self) -> Result<DealFilter, ApiError> {
        let limit = self.limit.unwrap_or(50);
        if !(1..=500).contains(&limit) {
            return Err(ApiError::bad("limit", "limit must be between 1 and 500"));
        }
        let sort = match self.sort.as_deref().unwrap_or("date") {
            "date" | "" => Sort::Newest,
            "oldest" => Sort::Oldest,
            "upfront" => Sort::Upfront,
            "total" => Sort::Total,
            other => {
                return Err(ApiError::bad(
                    "sort",
                    format!("unknown sort {other:?}; known: date, oldest, upfront, total"),
                ));
            }
        };
        let labels = |known: &[&str]| known.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        Ok(DealFilter {
            words: self
                .q
                .as_deref()
                .unwrap_or_default()
                .split_whitespace()
                .map(str::to_lowercase)
                .collect(),
            from: window("from", &self.from)?.map(|d| d.start()),
            to: window("to", &self.to)?.map(|d| d.end()),
            modality: vocab("modality", &self.modality, Modality::known, || {
                labels(
                    &Modality::KNOWN
                        .iter()
                        .map(Modality::label)
                        .collect::<Vec<_>>(),
                )
            })?,
            deal_type: vocab("deal_type", &self.deal_type, DealType::known, || {
                labels(
                    &DealType::KNOWN
                        .iter()
                        .map(DealType::label)
                        .collect::<Vec<_>>(),
                )
            })?,
            phase: vocab("phase", &self.phase, Phase::known, || {
                labels(&Phase::KNOWN.iter().map(Phase::label).collect::<Vec<_>>())
            })?,
            area: vocab("area", &self.area, TherapeuticArea::known, || {
                labels(
                    &TherapeuticArea::KNOWN
                        .iter()
                        .map(TherapeuticArea::label)
                        .collect::<Vec<_>>(),
                )
            })?,
            party: self
                .party
                .as_deref()
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned),
            licensor_country: country("licensor_country", &self.licensor_country)?,
            licensee_country: country("licensee_country", &self.licensee_country)?,
            sort,
            limit,
            offset: self.offset.unwrap_or(0),
        })
    }
}

impl DealFilter {
    /// The matching deals in order (before pagination).
    pub fn select<'a>(
        &self,
        deals: &'a [Deal],
        companies: &[Company],
        directory: &Directory,
    ) -> Vec<&'a Deal> {
        let party_ids: Vec<&dealscope_core::CompanyId> = match &self.party {
            None => Vec::new(),
            Some(p) => companies
                .iter()
                .filter(|c| c.id.as_str() == p || c.names().any(|n| n.eq_ignore_ascii_case(p)))
                .map(|c| &c.id)
                .collect(),
        };
        let mut out: Vec<&Deal> = deals
            .iter()
            .filter(|d| {
                let day = d.announced.map(|a| a.start());
                self.from.is_none_or(|f| day.is_some_and(|x| x >= f))
                    && self.to.is_none_or(|t| day.is_some_and(|x| x <= t))
                    && (self.modality.is_none() || d.modality == self.modality)
                    && (self.deal_type.is_none() || d.deal_type == self.deal_type)
                    && (self.phase.is_none() || d.phase_at_signing == self.phase)
                    && (self.area.is_none() || d.therapeutic_area == self.area)
                    && self
                        .licensor_country
                        .is_none_or(|c| d.licensors.iter().any(|p| directory.country(p) == Some(c)))
                    && self
                        .licensee_country
                        .is_none_or(|c| d.licensees.iter().any(|p| directory.country(p) == Some(c)))
                    && self.party.as_ref().is_none_or(|p| {
                        d.licensors.iter().chain(&d.licensees).any(|x| {
                            x.name.eq_ignore_ascii_case(p)
                                || x.company.as_ref().is_some_and(|c| party_ids.contains(&c))
                        })
                    })
                    && self.words.iter().all(|w| haystack(d).contains(w.as_str()))
            })
            .collect();
        let usd = |d: &Deal, k: TermKind| {
            d.terms
                .money(k)
                .filter(|m| m.currency == Currency::USD)
                .map(|m| m.amount)
        };
        match self.sort {
            Sort::Newest => out.sort_by(|a, b| b.announced.cmp(&a.announced).then(a.id.cmp(&b.id))),
            Sort::Oldest => out.sort_by(|a, b| a.announced.cmp(&b.announced).then(a.id.cmp(&b.id))),
            Sort::Upfront => out.sort_by(|a, b| {
                usd(b, TermKind::Upfront)
                    .cmp(&usd(a, TermKind::Upfront))
                    .then(a.id.cmp(&b.id))
            }),
            Sort::Total => out.sort_by(|a, b| {
                usd(b, TermKind::Total)
                    .cmp(&usd(a, TermKind::Total))
                    .then(a.id.cmp(&b.id))
            }),
        }
        out
    }
}

/// The searchable text of a deal, lower-cased.
pub fn haystack(d: &Deal) -> String {
    let mut s = String::new();
    for p in d.licensors.iter().chain(&d.licensees) {
        s.push_str(&p.name);
        s.push(' ');
    }
    for a in &d.assets {
        for n in a.names() {
            s.push_str(n);
            s.push(' ');
        }
    }
    for t in &d.targets {
        s.push_str(t);
        s.push(' ');
    }
    for t in [&d.indication, &d.territory, &d.notes]
        .into_iter()
        .flatten()
    {
        s.push_str(t);
        s.push(' ');
    }
    s.push_str(d.id.as_str());
    s.to_lowercase()
}
