//! Storage for dealscope: the [`Store`] trait and its embedded SQLite implementation.
//!
//! The trait is the only thing analytics, ingestion and the CLI see. It speaks domain types
//! ([`Deal`], [`Company`], [`Asset`]) and a small query type ([`DealQuery`]), so a
//! PostgreSQL implementation can be added beside [`SqliteStore`] without touching callers.
//!
//! Invariants:
//! * This crate is the only one that contains SQL, and all SQL is parameterised.
//! * Every write method is one transaction: it either stores everything it was given or
//!   nothing.
//! * Writes are idempotent by id: writing the same record twice changes nothing and is
//!   reported as `unchanged`.
//! * Money is stored as integer minor units with its currency, never as a float.

use chrono::NaiveDate;
use dealscope_core::{
    Approval, Asset, AssetId, Catalyst, Company, CompanyId, CountryCode, Deal, DealId, DealType,
    Modality, Phase, Source, SourceId, TherapeuticArea,
};

mod sqlite;

pub use sqlite::SqliteStore;

/// What a store operation can fail with.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be opened or created.
    #[error("cannot open store {path}: {source}")]
    Open {
        /// The path given.
        path: String,
        /// The backend's error.
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// The store was written by a newer dealscope.
    #[error(
        "store schema version {found} is newer than this dealscope supports ({supported}); upgrade dealscope"
    )]
    TooNew {
        /// Version found in the file.
        found: i64,
        /// Latest version this build knows.
        supported: i64,
    },
    /// A record cannot be stored as given (e.g. an amount finer than its currency's minor
    /// unit). Nothing from the batch was written.
    #[error("cannot store {record}: {reason}")]
    Invalid {
        /// Which record (`deal CNOUT-2025-054`).
        record: String,
        /// Why.
        reason: String,
    },
    /// A stored value could not be read back into the domain model.
    #[error("stored {what} is invalid: {reason}")]
    Corrupt {
        /// Which value.
        what: String,
        /// Why it is invalid.
        reason: String,
    },
    /// The database reported an error.
    #[error("database error while {context}: {source}")]
    Database {
        /// What the store was doing.
        context: &'static str,
        /// The backend's error.
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

/// How many records a write inserted, changed, or found already identical.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WriteSummary {
    /// New ids.
    pub inserted: usize,
    /// Existing ids whose content changed.
    pub updated: usize,
    /// Existing ids whose content was already identical.
    pub unchanged: usize,
}

/// Sort order for deal listings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DealSort {
    /// Newest announcement first (the default).
    #[default]
    Newest,
    /// Oldest announcement first.
    Oldest,
    /// Largest USD upfront first; deals without a USD upfront last.
    Upfront,
    /// Largest USD headline total first; deals without a USD total last.
    Total,
}

/// Which deals to read. Every filter is optional; the default reads all deals, newest first.
///
/// Date filters apply to the first day of the announcement window: a deal dated only
/// "2025" counts as announced on 2025-01-01 for range filters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DealQuery {
    /// Announced on or after this day.
    pub from: Option<NaiveDate>,
    /// Announced on or before this day.
    pub to: Option<NaiveDate>,
    /// At least one licensor in this country (the party's stated country, else its
    /// company's).
    pub licensor_country: Option<CountryCode>,
    /// At least one licensee in this country.
    pub licensee_country: Option<CountryCode>,
    /// Lead-asset modality.
    pub modality: Option<Modality>,
    /// Deal type.
    pub deal_type: Option<DealType>,
    /// Phase at signing.
    pub phase: Option<Phase>,
    /// Therapeutic area.
    pub therapeutic_area: Option<TherapeuticArea>,
    /// A party (licensor or licensee) by company id or any of its names.
    pub party: Option<String>,
    /// Order of results.
    pub sort: DealSort,
    /// At most this many deals.
    pub limit: Option<u32>,
    /// Skip this many deals first.
    pub offset: u32,
}

/// A document read from a file, ready to be stored with the deals read from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentRecord {
    /// The source row (its id is the content hash).
    pub source: Source,
    /// The path as given.
    pub path: String,
    /// `txt`, `md`, `html` …
    pub format: String,
    /// The text that evidence spans index into.
    pub text: String,
    /// Catalysts read from the document, stored in the same transaction.
    pub catalysts: Vec<Catalyst>,
    /// Approvals read from the document, stored in the same transaction.
    pub approvals: Vec<Approval>,
}

/// What storing one document did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IngestOutcome {
    /// The same bytes were stored before; nothing was written.
    pub duplicate: bool,
    /// Deals the document created.
    pub created: Vec<DealId>,
    /// Stored deals the document's reports were merged into.
    pub merged: Vec<DealId>,
    /// Of those, deals whose sources now disagree on some field.
    pub with_conflicts: Vec<DealId>,
    /// What the document's catalysts did.
    pub catalysts: CatalystWrite,
    /// New approvals the document reported.
    pub approvals: usize,
}

/// Row counts, for summaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StoreCounts {
    /// Deals.
    pub deals: usize,
    /// Companies.
    pub companies: usize,
    /// Assets.
    pub assets: usize,
    /// Sources.
    pub sources: usize,
    /// Ingested documents.
    pub documents: usize,
    /// Deal parties not linked to a company.
    pub unresolved_parties: usize,
}

/// A deal store. Implementations: [`SqliteStore`] (embedded, default); PostgreSQL later.
pub trait Store {
    /// Inserts or replaces companies by id, in one transaction. Deal parties that were not
    /// yet linked to a company are linked when a new name matches exactly one company.
    fn upsert_companies(&mut self, companies: &[Company]) -> Result<WriteSummary, StoreError>;

    /// Inserts or replaces assets by id, in one transaction, and links deal assets that
    /// were not yet linked.
    fn upsert_assets(&mut self, assets: &[Asset]) -> Result<WriteSummary, StoreError>;

    /// Inserts or replaces deals by id, in one transaction. Parties and assets without a
    /// link are linked to the company or asset whose names match exactly one record.
    fn upsert_deals(&mut self, deals: &[Deal]) -> Result<WriteSummary, StoreError>;

    /// Deals matching a query, in the query's order, with all their fields and sources.
    fn deals(&self, query: &DealQuery) -> Result<Vec<Deal>, StoreError>;

    /// One deal by id.
    fn deal(&self, id: &DealId) -> Result<Option<Deal>, StoreError>;

    /// All companies, by id.
    fn companies(&self) -> Result<Vec<Company>, StoreError>;

    /// One company by id.
    fn company(&self, id: &CompanyId) -> Result<Option<Company>, StoreError>;

    /// All assets, by id.
    fn assets(&self) -> Result<Vec<Asset>, StoreError>;

    /// One asset by id.
    fn asset(&self, id: &AssetId) -> Result<Option<Asset>, StoreError>;

    /// Row counts.
    fn counts(&self) -> Result<StoreCounts, StoreError>;

    /// Stores a document and the deals read from it, in one transaction: the source, the
    /// document text, and each report either merged into the stored deal it describes
    /// (see `dealscope_core::merge`) or stored as a new deal. A document whose bytes were
    /// stored before changes nothing (`duplicate`).
    fn ingest_document(
        &mut self,
        doc: &DocumentRecord,
        reports: &[Deal],
    ) -> Result<IngestOutcome, StoreError>;

    /// Party names not linked to any company, with how many deals name each.
    fn unresolved_parties(&self) -> Result<Vec<(String, usize)>, StoreError>;

    /// Asset names in deals not linked to any asset (no alias-table entry), with how many
    /// deals name each; an entry in `asset_aliases.csv` resolves them on the next import.
    fn unresolved_assets(&self) -> Result<Vec<(String, usize)>, StoreError>;

    /// Makes `name` a name of company `into`, in one transaction: when `name` is another
    /// company's id, that company is folded in (its names become aliases, its deal parties
    /// are relinked, it is removed); otherwise `name` becomes an alias and the parties it
    /// names are linked. Deals keep every party as written and all their evidence. Returns
    /// how many deal parties now point at `into` that did not before.
    fn merge_entity(&mut self, name: &str, into: &CompanyId) -> Result<usize, StoreError>;

    /// The stored text of an ingested document.
    fn document_text(&self, source: &SourceId) -> Result<Option<String>, StoreError>;

    /// Stores catalyst reports in one transaction. A report of a stored catalyst (same
    /// asset, kind and indication) updates it through `Catalyst::update`: a later window is
    /// recorded as a slip, with the earlier date kept in its history.
    fn upsert_catalysts(&mut self, reports: &[Catalyst]) -> Result<CatalystWrite, StoreError>;

    /// Every catalyst, soonest first.
    fn catalysts(&self) -> Result<Vec<Catalyst>, StoreError>;

    /// Stores approvals in one transaction, idempotently.
    fn upsert_approvals(&mut self, approvals: &[Approval]) -> Result<WriteSummary, StoreError>;

    /// Every approval, oldest first.
    fn approvals(&self) -> Result<Vec<Approval>, StoreError>;

    /// Stores daily closes `(ticker, date, close)` in one transaction (a day stored before
    /// is replaced).
    fn upsert_prices(
        &mut self,
        closes: &[(String, chrono::NaiveDate, rust_decimal::Decimal)],
    ) -> Result<WriteSummary, StoreError>;

    /// A ticker's closes, oldest first.
    fn prices(
        &self,
        ticker: &str,
    ) -> Result<Vec<(chrono::NaiveDate, rust_decimal::Decimal)>, StoreError>;

    /// Tickers with stored prices.
    fn price_tickers(&self) -> Result<Vec<String>, StoreError>;
}

/// What storing catalyst reports did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CatalystWrite {
    /// New catalysts.
    pub inserted: usize,
    /// Stored catalysts a report changed (a finer date, a slip, a status, a source).
    pub updated: usize,
    /// Reports that changed nothing.
    pub unchanged: usize,
    /// Keys of the catalysts that slipped.
    pub slipped: Vec<String>,
}
