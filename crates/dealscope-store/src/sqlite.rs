//! The embedded store: one SQLite file, WAL mode, foreign keys on, versioned migrations.

use std::collections::HashMap;
use std::path::Path;
use std::str::FromStr;

use chrono::NaiveDate;
use dealscope_core::names::{asset_key, company_key};
use dealscope_core::{
    Amount, Approval, Asset, AssetId, AssetRef, Bound, Catalyst, CatalystUpdate, Company,
    CompanyId, CompanyKind, CountryCode, Currency, Deal, DealId, DealStatus, DealType, Evidence,
    Language, Modality, Money, Observation, PartialDate, Party, Phase, Royalty, RoyaltyTier,
    Source, SourceId, SourceKind, Span, Term, TermKind, TherapeuticArea, Ticker,
};
use rusqlite::OptionalExtension;
use rusqlite::types::Value;
use rusqlite::{Connection, Transaction, params, params_from_iter};
use rust_decimal::Decimal;

use crate::{
    CatalystWrite, DealQuery, DealSort, DocumentRecord, IngestOutcome, Store, StoreCounts,
    StoreError, WriteSummary,
};

/// Schema migrations, applied in order; `PRAGMA user_version` records the last one applied.
const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("../migrations/sqlite/0001_init.sql")),
    (2, include_str!("../migrations/sqlite/0002_documents.sql")),
    (3, include_str!("../migrations/sqlite/0003_events.sql")),
    (4, include_str!("../migrations/sqlite/0004_catalysts.sql")),
    (5, include_str!("../migrations/sqlite/0005_prices.sql")),
];

/// The embedded SQLite store.
pub struct SqliteStore {
    conn: Connection,
}

fn db(context: &'static str) -> impl Fn(rusqlite::Error) -> StoreError {
    move |e| StoreError::Database {
        context,
        source: Box::new(e),
    }
}

fn corrupt(what: impl Into<String>, reason: impl ToString) -> StoreError {
    StoreError::Corrupt {
        what: what.into(),
        reason: reason.to_string(),
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let open_err = |e: rusqlite::Error| StoreError::Open {
            path: path.display().to_string(),
            source: Box::new(e),
        };
        let conn = Connection::open(path).map_err(open_err)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(open_err)?;
        Self::init(conn)
    }

    /// A private in-memory store, for tests and one-off computations.
    pub fn open_in_memory() -> Result<Self, StoreError> {
        let conn = Connection::open_in_memory().map_err(|e| StoreError::Open {
            path: ":memory:".into(),
            source: Box::new(e),
        })?;
        Self::init(conn)
    }

    fn init(mut conn: Connection) -> Result<Self, StoreError> {
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(db("enabling foreign keys"))?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(db("setting synchronous mode"))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(db("setting the busy timeout"))?;
        conn.set_prepared_statement_cache_capacity(128);
        migrate(&mut conn)?;
        Ok(SqliteStore { conn })
    }

    /// The schema version of the open store.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(db("reading the schema version"))
    }

    /// The SQLite journal mode in use (`wal` for file stores).
    pub fn journal_mode(&self) -> Result<String, StoreError> {
        self.conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .map_err(db("reading the journal mode"))
    }
}

/// Runs a statement through the connection's statement cache: writes repeat the same few
/// statements for every record, and preparing each once matters at ingest speed.
fn exec(conn: &Connection, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<usize> {
    conn.prepare_cached(sql)?.execute(params)
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let current: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(db("reading the schema version"))?;
    let latest = MIGRATIONS.last().map_or(0, |m| m.0);
    if current > latest {
        return Err(StoreError::TooNew {
            found: current,
            supported: latest,
        });
    }
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > current) {
        let tx = conn.transaction().map_err(db("starting a migration"))?;
        tx.execute_batch(sql).map_err(db("applying a migration"))?;
        tx.pragma_update(None, "user_version", version)
            .map_err(db("recording the schema version"))?;
        tx.commit().map_err(db("committing a migration"))?;
    }
    Ok(())
}

impl Store for SqliteStore {
    fn upsert_companies(&mut self, companies: &[Company]) -> Result<WriteSummary, StoreError> {
        let tx = self.conn.transaction().map_err(db("starting a write"))?;
        let mut summary = WriteSummary::default();
        for company in companies {
            match load_companies(&tx, Some(company.id.as_str()))?.pop() {
                Some(existing) if existing == *company => summary.unchanged += 1,
                existing => {
                    write_company(&tx, company)?;
                    if existing.is_some() {
                        summary.updated += 1;
                    } else {
                        summary.inserted += 1;
                    }
                }
            }
        }
        exec(
            &tx,
            "UPDATE deal_parties SET company_id = (
                 SELECT MIN(n.company_id) FROM company_names n
                 WHERE n.key = deal_parties.name_key HAVING COUNT(*) = 1)
             WHERE company_id IS NULL",
            [],
        )
        .map_err(db("linking deal parties to companies"))?;
        tx.commit().map_err(db("committing companies"))?;
        Ok(summary)
    }

    fn upsert_assets(&mut self, assets: &[Asset]) -> Result<WriteSummary, StoreError> {
        let tx = self.conn.transaction().map_err(db("starting a write"))?;
        let mut summary = WriteSummary::default();
        for asset in assets {
            match load_assets(&tx, Some(asset.id.as_str()))?.pop() {
                Some(existing) if existing == *asset => summary.unchanged += 1,
                existing => {
                    write_asset(&tx, asset)?;
                    if existing.is_some() {
                        summary.updated += 1;
                    } else {
                        summary.inserted += 1;
                    }
                }
            }
        }
        link_unlinked_deal_assets(&tx)?;
        tx.commit().map_err(db("committing assets"))?;
        Ok(summary)
    }

    fn upsert_catalysts(&mut self, reports: &[Catalyst]) -> Result<CatalystWrite, StoreError> {
        let tx = self.conn.transaction().map_err(db("starting a write"))?;
        let out = write_catalysts(&tx, reports)?;
        tx.commit().map_err(db("committing catalysts"))?;
        Ok(out)
    }

    fn catalysts(&self) -> Result<Vec<Catalyst>, StoreError> {
        let mut out = Vec::new();
        for_each_row(
            &self.conn,
            "SELECT key, record FROM catalysts ORDER BY key",
            &[],
            |r| {
                let (key, json): (String, String) = (r.get(0)?, r.get(1)?);
                match serde_json::from_str::<Catalyst>(&json) {
                    Ok(c) => out.push(Ok(c)),
                    Err(e) => out.push(Err(corrupt(format!("catalyst {key}"), e))),
                }
                Ok(())
            },
        )?;
        let mut list = out.into_iter().collect::<Result<Vec<_>, _>>()?;
        list.sort_by(|a, b| {
            a.expected
                .start()
                .cmp(&b.expected.start())
                .then(a.key().cmp(&b.key()))
        });
        Ok(list)
    }

    fn upsert_approvals(&mut self, approvals: &[Approval]) -> Result<WriteSummary, StoreError> {
        let tx = self.conn.transaction().map_err(db("starting a write"))?;
        let summary = write_approvals(&tx, approvals)?;
        tx.commit().map_err(db("committing approvals"))?;
        Ok(summary)
    }

    fn upsert_prices(
        &mut self,
        closes: &[(String, NaiveDate, Decimal)],
    ) -> Result<WriteSummary, StoreError> {
        let tx = self.conn.transaction().map_err(db("starting a write"))?;
        let mut summary = WriteSummary::default();
        for (ticker, date, close) in closes {
            let stored: Option<String> = tx
                .query_row(
                    "SELECT close FROM prices WHERE ticker = ?1 AND date = ?2",
                    rusqlite::params![ticker, date.to_string()],
                    |r| r.get(0),
                )
                .optional()
                .map_err(db("reading a price"))?;
            let text = close.normalize().to_string();
            match stored {
                Some(s) if s == text => {
                    summary.unchanged += 1;
                    continue;
                }
                Some(_) => summary.updated += 1,
                None => summary.inserted += 1,
            }
            tx.execute(
                "INSERT INTO prices (ticker, date, close) VALUES (?1, ?2, ?3)
                 ON CONFLICT(ticker, date) DO UPDATE SET close = excluded.close",
                rusqlite::params![ticker, date.to_string(), text],
            )
            .map_err(db("writing a price"))?;
        }
        tx.commit().map_err(db("committing prices"))?;
        Ok(summary)
    }

    fn prices(&self, ticker: &str) -> Result<Vec<(NaiveDate, Decimal)>, StoreError> {
        let mut out = Vec::new();
        for_each_row(
            &self.conn,
            "SELECT date, close FROM prices WHERE ticker = ?1 ORDER BY date",
            &[Value::Text(ticker.to_owned())],
            |r| {
                let (d, c): (String, String) = (r.get(0)?, r.get(1)?);
                out.push(
                    NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                        .map_err(|e| corrupt(format!("price date of {ticker}"), e))
                        .and_then(|d| {
                            Decimal::from_str_exact(&c)
                                .map(|c| (d, c))
                                .map_err(|e| corrupt(format!("close of {ticker}"), e))
                        }),
                );
                Ok(())
            },
        )?;
        out.into_iter().collect()
    }

    fn price_tickers(&self) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        for_each_row(
            &self.conn,
            "SELECT DISTINCT ticker FROM prices ORDER BY ticker",
            &[],
            |r| {
                out.push(r.get(0)?);
                Ok(())
            },
        )?;
        Ok(out)
    }

    fn approvals(&self) -> Result<Vec<Approval>, StoreError> {
        let mut out = Vec::new();
        for_each_row(
            &self.conn,
            "SELECT key, record FROM approvals ORDER BY date, key",
            &[],
            |r| {
                let (key, json): (String, String) = (r.get(0)?, r.get(1)?);
                out.push(
                    serde_json::from_str::<Approval>(&json)
                        .map_err(|e| corrupt(format!("approval {key}"), e)),
                );
                Ok(())
            },
        )?;
        out.into_iter().collect()
    }

    fn upsert_deals(&mut self, deals: &[Deal]) -> Result<WriteSummary, StoreError> {
        let tx = self.conn.transaction().map_err(db("starting a write"))?;
        let mut summary = WriteSummary::default();
        for deal in deals {
            let mut deal = deal.clone();
            link_names(&tx, &mut deal)?;
            let selection = Selection::one(deal.id.as_str());
            let existing = load_deals(&tx, &selection)?.pop();
            if let Some(stored) = &existing {
                keep_other_sources(stored, &mut deal);
            }
            match existing {
                Some(existing) if existing == deal => summary.unchanged += 1,
                existing => {
                    write_deal(&tx, &deal)?;
                    if existing.is_some() {
                        summary.updated += 1;
                    } else {
                        summary.inserted += 1;
                    }
                }
            }
        }
        tx.commit().map_err(db("committing deals"))?;
        Ok(summary)
    }

    fn deals(&self, query: &DealQuery) -> Result<Vec<Deal>, StoreError> {
        if query.limit.is_none() {
            // A listing without a limit may read the whole store: reading it page by page
            // through `pread` dominated loading 100 000 deals. A larger page cache and a
            // memory-mapped file make it faster; they are set only here, so that writing
            // (ingest) keeps its memory flat however large the store grows.
            self.conn
                .pragma_update(None, "cache_size", -65_536)
                .map_err(db("setting the page cache size"))?;
            self.conn
                .pragma_update(None, "mmap_size", 268_435_456)
                .map_err(db("setting the memory-map size"))?;
        }
        load_deals(&self.conn, &Selection::from_query(query))
    }

    fn deal(&self, id: &DealId) -> Result<Option<Deal>, StoreError> {
        Ok(load_deals(&self.conn, &Selection::one(id.as_str()))?.pop())
    }

    fn companies(&self) -> Result<Vec<Company>, StoreError> {
        load_companies(&self.conn, None)
    }

    fn company(&self, id: &CompanyId) -> Result<Option<Company>, StoreError> {
        Ok(load_companies(&self.conn, Some(id.as_str()))?.pop())
    }

    fn assets(&self) -> Result<Vec<Asset>, StoreError> {
        load_assets(&self.conn, None)
    }

    fn asset(&self, id: &AssetId) -> Result<Option<Asset>, StoreError> {
        Ok(load_assets(&self.conn, Some(id.as_str()))?.pop())
    }

    fn ingest_document(
        &mut self,
        doc: &DocumentRecord,
        reports: &[Deal],
    ) -> Result<IngestOutcome, StoreError> {
        let tx = self.conn.transaction().map_err(db("starting a write"))?;
        let seen: i64 = tx
            .query_row(
                "SELECT COUNT(*) FROM documents WHERE source_id = ?1",
                [doc.source.id.as_str()],
                |r| r.get(0),
            )
            .map_err(db("checking for a stored document"))?;
        if seen > 0 {
            return Ok(IngestOutcome {
                duplicate: true,
                ..IngestOutcome::default()
            });
        }
        write_source(&tx, &doc.source)?;
        exec(
            &tx,
            "INSERT INTO documents (source_id, path, format, text, byte_len, ingested_at)
             VALUES (?1, ?2, ?3, ?4, ?5, datetime('now'))",
            params![
                doc.source.id.as_str(),
                doc.path,
                doc.format,
                doc.text,
                doc.text.len() as i64
            ],
        )
        .map_err(db("writing a document"))?;
        let mut outcome = IngestOutcome::default();
        for report in reports {
            let mut report = report.clone();
            link_names(&tx, &mut report)?;
            let side = |parties: &[dealscope_core::Party]| {
                let companies: Vec<String> = parties
                    .iter()
                    .filter_map(|p| p.company.as_ref().map(|c| c.to_string()))
                    .collect();
                let keys: Vec<String> = parties.iter().map(|p| company_key(&p.name)).collect();
                (companies, keys)
            };
            let (a, b) = (side(&report.licensors), side(&report.licensees));
            let candidates = if a.1.is_empty() || b.1.is_empty() {
                Vec::new()
            } else {
                load_deals(&tx, &Selection::between((&a.0, &a.1), (&b.0, &b.1)))?
            };
            // Deals this same document reported are distinct by construction: the
            // extractor already decided they differ.
            match candidates
                .iter()
                .filter(|c| !c.sources.iter().any(|s| s.id == doc.source.id))
                .find(|c| dealscope_core::merge::same_deal(c, &report))
            {
                Some(stored) => {
                    let merged = dealscope_core::merge::merge(stored, &report);
                    write_deal(&tx, &merged)?;
                    if !dealscope_core::observation::conflicts(&merged.observations).is_empty() {
                        outcome.with_conflicts.push(merged.id.clone());
                    }
                    outcome.merged.push(merged.id);
                }
                None => {
                    write_deal(&tx, &report)?;
                    outcome.created.push(report.id);
                }
            }
        }
        outcome.catalysts = write_catalysts(&tx, &doc.catalysts)?;
        outcome.approvals = write_approvals(&tx, &doc.approvals)?.inserted;
        tx.commit().map_err(db("committing a document"))?;
        Ok(outcome)
    }

    fn unresolved_parties(&self) -> Result<Vec<(String, usize)>, StoreError> {
        unresolved_names(&self.conn, "deal_parties", "company_id")
    }

    fn unresolved_assets(&self) -> Result<Vec<(String, usize)>, StoreError> {
        unresolved_names(&self.conn, "deal_assets", "asset_id")
    }

    fn merge_entity(&mut self, name: &str, into: &CompanyId) -> Result<usize, StoreError> {
        let tx = self.conn.transaction().map_err(db("starting a merge"))?;
        let Some(mut target) = load_companies(&tx, Some(into.as_str()))?.pop() else {
            return Err(StoreError::Invalid {
                record: format!("company {into}"),
                reason: "no such company".into(),
            });
        };
        let before: i64 = tx
            .query_row(
                "SELECT COUNT(*) FROM deal_parties WHERE company_id = ?1",
                [into.as_str()],
                |r| r.get(0),
            )
            .map_err(db("counting parties"))?;
        let absorbed = if name == into.as_str() {
            None
        } else {
            load_companies(&tx, Some(name))?.pop()
        };
        match &absorbed {
            Some(other) => {
                for n in other.names().map(str::to_owned).collect::<Vec<_>>() {
                    if !target.names().any(|t| t == n) {
                        target.aliases.push(n);
                    }
                }
                for t in &other.tickers {
                    if !target.tickers.contains(t) {
                        target.tickers.push(t.clone());
                    }
                }
                exec(
                    &tx,
                    "UPDATE deal_parties SET company_id = ?1 WHERE company_id = ?2",
                    params![into.as_str(), other.id.as_str()],
                )
                .map_err(db("relinking parties"))?;
                exec(
                    &tx,
                    "DELETE FROM companies WHERE id = ?1",
                    [other.id.as_str()],
                )
                .map_err(db("removing the merged company"))?;
            }
            None => {
                if !target.names().any(|t| t == name) {
                    target.aliases.push(name.trim().to_owned());
                }
            }
        }
        write_company(&tx, &target)?;
        exec(
            &tx,
            "UPDATE deal_parties SET company_id = ?1 WHERE company_id IS NULL AND name_key IN
                 (SELECT key FROM company_names WHERE company_id = ?1)",
            [into.as_str()],
        )
        .map_err(db("linking parties"))?;
        let after: i64 = tx
            .query_row(
                "SELECT COUNT(*) FROM deal_parties WHERE company_id = ?1",
                [into.as_str()],
                |r| r.get(0),
            )
            .map_err(db("counting parties"))?;
        tx.commit().map_err(db("committing a merge"))?;
        Ok((after - before) as usize)
    }

    fn document_text(&self, source: &SourceId) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row(
                "SELECT text FROM documents WHERE source_id = ?1",
                [source.as_str()],
                |r| r.get(0),
            )
            .map(Some)
            .or_else(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => Ok(None),
                e => Err(db("reading a document")(e)),
            })
    }

    fn counts(&self) -> Result<StoreCounts, StoreError> {
        let count = |sql: &str| -> Result<usize, StoreError> {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n as usize)
                .map_err(db("counting rows"))
        };
        Ok(StoreCounts {
            deals: count("SELECT COUNT(*) FROM deals")?,
            companies: count("SELECT COUNT(*) FROM companies")?,
            assets: count("SELECT COUNT(*) FROM assets")?,
            sources: count("SELECT COUNT(*) FROM sources")?,
            documents: count("SELECT COUNT(*) FROM documents")?,
            unresolved_parties: count(
                "SELECT COUNT(*) FROM deal_parties WHERE company_id IS NULL",
            )?,
        })
    }
}

// ---------------------------------------------------------------------------------------
// Companies and assets

fn write_company(tx: &Transaction, c: &Company) -> Result<(), StoreError> {
    let id = c.id.as_str();
    exec(
        tx,
        "INSERT INTO companies (id, name_en, name_zh, country, kind) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(id) DO UPDATE SET name_en = excluded.name_en, name_zh = excluded.name_zh,
             country = excluded.country, kind = excluded.kind",
        params![
            id,
            c.name_en,
            c.name_zh,
            c.country.map(|x| x.to_string()),
            c.kind.as_ref().map(CompanyKind::label)
        ],
    )
    .map_err(db("writing a company"))?;
    for table in ["company_aliases", "company_tickers", "company_names"] {
        exec(
            tx,
            &format!("DELETE FROM {table} WHERE company_id = ?1"),
            [id],
        )
        .map_err(db("replacing company names"))?;
    }
    for (i, alias) in c.aliases.iter().enumerate() {
        exec(
            tx,
            "INSERT INTO company_aliases (company_id, position, alias) VALUES (?1, ?2, ?3)",
            params![id, i as i64, alias],
        )
        .map_err(db("writing a company alias"))?;
    }
    for (i, t) in c.tickers.iter().enumerate() {
        exec(tx,
            "INSERT INTO company_tickers (company_id, position, exchange, code) VALUES (?1, ?2, ?3, ?4)",
            params![id, i as i64, t.exchange.label(), t.code],
        )
        .map_err(db("writing a ticker"))?;
    }
    for key in c.names().map(company_key).filter(|k| !k.is_empty()) {
        exec(
            tx,
            "INSERT OR IGNORE INTO company_names (key, company_id) VALUES (?1, ?2)",
            params![key, id],
        )
        .map_err(db("indexing company names"))?;
    }
    Ok(())
}

fn load_companies(conn: &Connection, id: Option<&str>) -> Result<Vec<Company>, StoreError> {
    let filter = if id.is_some() { "WHERE id = ?1" } else { "" };
    let child_filter = if id.is_some() {
        "WHERE company_id = ?1"
    } else {
        ""
    };
    let args: Vec<Value> = id.map(|i| Value::Text(i.to_owned())).into_iter().collect();

    let mut stmt = conn
        .prepare(&format!(
            "SELECT id, name_en, name_zh, country, kind FROM companies {filter} ORDER BY id"
        ))
        .map_err(db("reading companies"))?;
    let rows = stmt
        .query_map(params_from_iter(args.iter()), |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })
        .map_err(db("reading companies"))?;
    let mut companies = Vec::new();
    let mut index = HashMap::new();
    for row in rows {
        let (id, name_en, name_zh, country, kind) = row.map_err(db("reading companies"))?;
        index.insert(id.clone(), companies.len());
        companies.push(Company {
            id: CompanyId::new(&id).map_err(|e| corrupt("company id", e))?,
            name_en,
            name_zh,
            aliases: Vec::new(),
            country: country
                .map(|c| CountryCode::new(&c))
                .transpose()
                .map_err(|e| corrupt(format!("country of company {id}"), e))?,
            tickers: Vec::new(),
            kind: kind.map(|k| CompanyKind::parse(&k)),
        });
    }
    for_each_row(
        conn,
        &format!(
            "SELECT company_id, alias FROM company_aliases {child_filter} ORDER BY company_id, position"
        ),
        &args,
        |r| {
            let (cid, alias): (String, String) = (r.get(0)?, r.get(1)?);
            if let Some(&i) = index.get(&cid) {
                companies[i].aliases.push(alias);
            }
            Ok(())
        },
    )?;
    let mut bad_ticker = None;
    for_each_row(
        conn,
        &format!(
            "SELECT company_id, exchange, code FROM company_tickers {child_filter} ORDER BY company_id, position"
        ),
        &args,
        |r| {
            let (cid, ex, code): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            match Ticker::parse(&format!("{ex}:{code}")) {
                Ok(t) => {
                    if let Some(&i) = index.get(&cid) {
                        companies[i].tickers.push(t);
                    }
                }
                Err(e) => bad_ticker = Some(corrupt(format!("ticker of company {cid}"), e)),
            }
            Ok(())
        },
    )?;
    match bad_ticker {
        Some(e) => Err(e),
        None => Ok(companies),
    }
}

fn write_asset(tx: &Transaction, a: &Asset) -> Result<(), StoreError> {
    let id = a.id.as_str();
    exec(
        tx,
        "INSERT INTO assets (id, code, inn, originator, modality, phase, source_url)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT(id) DO UPDATE SET code = excluded.code, inn = excluded.inn,
             originator = excluded.originator, modality = excluded.modality,
             phase = excluded.phase, source_url = excluded.source_url",
        params![
            id,
            a.code,
            a.inn,
            a.originator,
            a.modality.as_ref().map(Modality::label),
            a.phase.as_ref().map(Phase::label),
            a.source_url
        ],
    )
    .map_err(db("writing an asset"))?;
    for table in [
        "asset_aliases",
        "asset_targets",
        "asset_areas",
        "asset_names",
    ] {
        exec(
            tx,
            &format!("DELETE FROM {table} WHERE asset_id = ?1"),
            [id],
        )
        .map_err(db("replacing asset names"))?;
    }
    let lists: [(&str, &str, Vec<&str>); 3] = [
        (
            "asset_aliases",
            "alias",
            a.aliases.iter().map(String::as_str).collect(),
        ),
        (
            "asset_targets",
            "target",
            a.targets.iter().map(String::as_str).collect(),
        ),
        (
            "asset_areas",
            "area",
            a.therapeutic_areas
                .iter()
                .map(TherapeuticArea::label)
                .collect(),
        ),
    ];
    for (table, column, values) in lists {
        for (i, v) in values.iter().enumerate() {
            exec(
                tx,
                &format!("INSERT INTO {table} (asset_id, position, {column}) VALUES (?1, ?2, ?3)"),
                params![id, i as i64, v],
            )
            .map_err(db("writing asset details"))?;
        }
    }
    for key in a.names().map(asset_key).filter(|k| !k.is_empty()) {
        exec(
            tx,
            "INSERT OR IGNORE INTO asset_names (key, asset_id) VALUES (?1, ?2)",
            params![key, id],
        )
        .map_err(db("indexing asset names"))?;
    }
    Ok(())
}

fn load_assets(conn: &Connection, id: Option<&str>) -> Result<Vec<Asset>, StoreError> {
    let filter = if id.is_some() { "WHERE id = ?1" } else { "" };
    let child_filter = if id.is_some() {
        "WHERE asset_id = ?1"
    } else {
        ""
    };
    let args: Vec<Value> = id.map(|i| Value::Text(i.to_owned())).into_iter().collect();
    let mut assets = Vec::new();
    let mut index = HashMap::new();
    let mut bad_id = None;
    for_each_row(
        conn,
        &format!(
            "SELECT id, code, inn, originator, modality, phase, source_url FROM assets {filter} ORDER BY id"
        ),
        &args,
        |r| {
            let id: String = r.get(0)?;
            let modality: Option<String> = r.get(4)?;
            let phase: Option<String> = r.get(5)?;
            match AssetId::new(&id) {
                Ok(asset_id) => {
                    index.insert(id, assets.len());
                    assets.push(Asset {
                        id: asset_id,
                        code: r.get(1)?,
                        inn: r.get(2)?,
                        aliases: Vec::new(),
                        originator: r.get(3)?,
                        modality: modality.map(|m| Modality::parse(&m)),
                        targets: Vec::new(),
                        therapeutic_areas: Vec::new(),
                        phase: phase.map(|p| Phase::parse(&p)),
                        source_url: r.get(6)?,
                    });
                }
                Err(e) => bad_id = Some(corrupt("asset id", e)),
            }
            Ok(())
        },
    )?;
    if let Some(e) = bad_id {
        return Err(e);
    }
    for (table, column) in [
        ("asset_aliases", "alias"),
        ("asset_targets", "target"),
        ("asset_areas", "area"),
    ] {
        for_each_row(
            conn,
            &format!(
                "SELECT asset_id, {column} FROM {table} {child_filter} ORDER BY asset_id, position"
            ),
            &args,
            |r| {
                let (aid, value): (String, String) = (r.get(0)?, r.get(1)?);
                if let Some(&i) = index.get(&aid) {
                    let a = &mut assets[i];
                    match table {
                        "asset_aliases" => a.aliases.push(value),
                        "asset_targets" => a.targets.push(value),
                        _ => a.therapeutic_areas.push(TherapeuticArea::parse(&value)),
                    }
                }
                Ok(())
            },
        )?;
    }
    Ok(assets)
}

/// Links deal assets written before their asset was known.
/// Stores catalyst reports inside a transaction (see `Store::upsert_catalysts`).
fn write_catalysts(tx: &Transaction, reports: &[Catalyst]) -> Result<CatalystWrite, StoreError> {
    let mut out = CatalystWrite::default();
    for report in reports {
        let mut report = report.clone();
        if report.asset.asset.is_none() {
            report.asset.asset = resolve_asset(tx, report.asset.names())?;
        }
        let key = report.key();
        let stored: Option<String> = tx
            .query_row("SELECT record FROM catalysts WHERE key = ?1", [&key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(db("reading a catalyst"))?;
        let record = match stored {
            None => {
                out.inserted += 1;
                report
            }
            Some(json) => {
                let mut c: Catalyst = serde_json::from_str(&json)
                    .map_err(|e| corrupt(format!("catalyst {key}"), e))?;
                let before = c.clone();
                match c.update(report) {
                    CatalystUpdate::Slipped => out.slipped.push(key.clone()),
                    _ if c == before => {
                        out.unchanged += 1;
                        continue;
                    }
                    _ => {}
                }
                out.updated += 1;
                c
            }
        };
        let json = serde_json::to_string(&record).map_err(|e| corrupt("catalyst", e))?;
        tx.execute(
            "INSERT INTO catalysts (key, asset_name, asset_id, kind, expected, status, record)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(key) DO UPDATE SET asset_name = excluded.asset_name,
               asset_id = excluded.asset_id, kind = excluded.kind,
               expected = excluded.expected, status = excluded.status, record = excluded.record",
            rusqlite::params![
                key,
                record.asset.name,
                record.asset.asset.as_ref().map(|a| a.as_str().to_owned()),
                record.kind.label(),
                record.expected.to_string(),
                record.status.label(),
                json
            ],
        )
        .map_err(db("writing a catalyst"))?;
    }
    Ok(out)
}

/// Stores approvals inside a transaction (see `Store::upsert_approvals`).
fn write_approvals(tx: &Transaction, approvals: &[Approval]) -> Result<WriteSummary, StoreError> {
    let mut summary = WriteSummary::default();
    for a in approvals {
        let key = format!(
            "{}|{}|{}|{}",
            a.agency.label(),
            a.date,
            dealscope_core::names::asset_key(&a.product),
            a.indication
                .as_deref()
                .map(dealscope_core::names::asset_key)
                .unwrap_or_default()
        );
        let json = serde_json::to_string(a).map_err(|e| corrupt("approval", e))?;
        let stored: Option<String> = tx
            .query_row("SELECT record FROM approvals WHERE key = ?1", [&key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(db("reading an approval"))?;
        match stored {
            Some(s) if s == json => {
                summary.unchanged += 1;
                continue;
            }
            Some(_) => summary.updated += 1,
            None => summary.inserted += 1,
        }
        tx.execute(
            "INSERT INTO approvals (key, agency, date, product, category, origin, record)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT(key) DO UPDATE SET agency = excluded.agency, date = excluded.date,
               product = excluded.product, category = excluded.category,
               origin = excluded.origin, record = excluded.record",
            rusqlite::params![
                key,
                a.agency.label(),
                a.date.to_string(),
                a.product,
                a.category.as_ref().map(|c| c.label().to_owned()),
                a.origin.as_ref().map(|o| o.label().to_owned()),
                json
            ],
        )
        .map_err(db("writing an approval"))?;
    }
    Ok(summary)
}

/// Names in a deal table whose link column is empty, with how many deals use each, most
/// used first. `table` and `link` are constants of this module, never input.
fn unresolved_names(
    conn: &Connection,
    table: &str,
    link: &str,
) -> Result<Vec<(String, usize)>, StoreError> {
    let mut out = Vec::new();
    for_each_row(
        conn,
        &format!(
            "SELECT MIN(name), COUNT(DISTINCT deal_id) FROM {table} WHERE {link} IS NULL
             GROUP BY name_key ORDER BY COUNT(DISTINCT deal_id) DESC, MIN(name)"
        ),
        &[],
        |r| {
            out.push((r.get(0)?, r.get::<_, i64>(1)? as usize));
            Ok(())
        },
    )?;
    Ok(out)
}

fn link_unlinked_deal_assets(tx: &Transaction) -> Result<(), StoreError> {
    let mut unlinked: Vec<(String, i64, Vec<String>)> = Vec::new();
    for_each_row(
        tx,
        "SELECT a.deal_id, a.position, a.name, l.alias FROM deal_assets a
         LEFT JOIN deal_asset_aliases l ON l.deal_id = a.deal_id AND l.asset_position = a.position
         WHERE a.asset_id IS NULL ORDER BY a.deal_id, a.position, l.position",
        &[],
        |r| {
            let (deal_id, pos, name): (String, i64, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let alias: Option<String> = r.get(3)?;
            match unlinked.last_mut() {
                Some((d, p, names)) if *d == deal_id && *p == pos => names.extend(alias),
                _ => unlinked.push((deal_id, pos, std::iter::once(name).chain(alias).collect())),
            }
            Ok(())
        },
    )?;
    for (deal_id, pos, names) in unlinked {
        if let Some(asset) = resolve_asset(tx, names.iter().map(String::as_str))? {
            exec(
                tx,
                "UPDATE deal_assets SET asset_id = ?1 WHERE deal_id = ?2 AND position = ?3",
                params![asset.as_str(), deal_id, pos],
            )
            .map_err(db("linking deal assets to assets"))?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Deals

/// The one asset that the first matching name refers to. The name as written decides;
/// aliases are tried only when it matches nothing. A name shared by several assets links
/// to none.
fn resolve_asset<'n>(
    conn: &Connection,
    names: impl Iterator<Item = &'n str>,
) -> Result<Option<AssetId>, StoreError> {
    let mut stmt = conn
        .prepare_cached("SELECT asset_id FROM asset_names WHERE key = ?1 LIMIT 2")
        .map_err(db("resolving asset names"))?;
    for name in names {
        let ids: Vec<String> = stmt
            .query_map([asset_key(name)], |r| r.get(0))
            .and_then(Iterator::collect)
            .map_err(db("resolving asset names"))?;
        match ids.as_slice() {
            [] => continue,
            [only] => {
                return AssetId::new(only)
                    .map(Some)
                    .map_err(|e| corrupt("asset id", e));
            }
            _ => return Ok(None),
        }
    }
    Ok(None)
}

/// A record written again (a re-imported CSV row) replaces its own fields but must not lose
/// what other sources contributed: their sources, evidence and observations stay, and so do
/// the assets and the gaps they filled (folded in by the same rule as ingestion).
fn keep_other_sources(stored: &Deal, incoming: &mut Deal) {
    let other = |id: &SourceId| !incoming.sources.iter().any(|s| &s.id == id);
    if !stored.sources.iter().any(|s| other(&s.id)) {
        return;
    }
    let mut contribution = stored.clone();
    contribution.sources.retain(|s| other(&s.id));
    contribution.evidence.retain(|e| other(&e.source));
    contribution.observations.retain(|o| other(&o.source));
    contribution.events.retain(|e| other(&e.source));
    *incoming = dealscope_core::merge::merge(incoming, &contribution);
}

/// Links parties and assets that carry no link yet to the one record their name matches.
fn link_names(tx: &Transaction, deal: &mut Deal) -> Result<(), StoreError> {
    let mut company_stmt = tx
        .prepare_cached("SELECT company_id FROM company_names WHERE key = ?1 LIMIT 2")
        .map_err(db("resolving company names"))?;
    for party in deal.licensors.iter_mut().chain(deal.licensees.iter_mut()) {
        if party.company.is_none() {
            let ids: Vec<String> = company_stmt
                .query_map([company_key(&party.name)], |r| r.get(0))
                .and_then(Iterator::collect)
                .map_err(db("resolving company names"))?;
            if let [only] = ids.as_slice() {
                party.company = Some(CompanyId::new(only).map_err(|e| corrupt("company id", e))?);
            }
        }
    }
    for asset in &mut deal.assets {
        if asset.asset.is_none() {
            asset.asset = resolve_asset(tx, asset.names())?;
        }
    }
    Ok(())
}

fn write_deal(tx: &Transaction, deal: &Deal) -> Result<(), StoreError> {
    let id = deal.id.as_str();
    let record = || format!("deal {id}");
    let announced = deal.announced.as_ref();
    exec(
        tx,
        "INSERT INTO deals (id, announced, announced_start, announced_end, deal_type, modality,
             therapeutic_area, indication, phase_at_signing, territory, currency_original,
             status, royalty_text, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
         ON CONFLICT(id) DO UPDATE SET announced = excluded.announced,
             announced_start = excluded.announced_start, announced_end = excluded.announced_end,
             deal_type = excluded.deal_type, modality = excluded.modality,
             therapeutic_area = excluded.therapeutic_area, indication = excluded.indication,
             phase_at_signing = excluded.phase_at_signing, territory = excluded.territory,
             currency_original = excluded.currency_original, status = excluded.status,
             royalty_text = excluded.royalty_text, notes = excluded.notes",
        params![
            id,
            announced.map(ToString::to_string),
            announced.map(|d| d.start().to_string()),
            announced.map(|d| d.end().to_string()),
            deal.deal_type.as_ref().map(DealType::label),
            deal.modality.as_ref().map(Modality::label),
            deal.therapeutic_area.as_ref().map(TherapeuticArea::label),
            deal.indication,
            deal.phase_at_signing.as_ref().map(Phase::label),
            deal.territory,
            deal.currency_original.map(|c| c.to_string()),
            deal.status.label(),
            deal.terms.royalty.as_ref().map(|r| r.text.as_str()),
            deal.notes,
        ],
    )
    .map_err(db("writing a deal"))?;
    for table in [
        "deal_parties",
        "deal_asset_aliases",
        "deal_assets",
        "deal_targets",
        "deal_terms",
        "royalty_tiers",
        "evidence",
        "observations",
        "deal_events",
        "deal_sources",
    ] {
        exec(tx, &format!("DELETE FROM {table} WHERE deal_id = ?1"), [id])
            .map_err(db("replacing deal details"))?;
    }
    for (role, parties) in [("licensor", &deal.licensors), ("licensee", &deal.licensees)] {
        for (i, p) in parties.iter().enumerate() {
            exec(tx,
                "INSERT INTO deal_parties (deal_id, role, position, name, name_key, company_id, country)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    id,
                    role,
                    i as i64,
                    p.name,
                    company_key(&p.name),
                    p.company.as_ref().map(CompanyId::as_str),
                    p.country.map(|c| c.to_string())
                ],
            )
            .map_err(|e| match e {
                rusqlite::Error::SqliteFailure(f, _)
                    if f.code == rusqlite::ErrorCode::ConstraintViolation =>
                {
                    StoreError::Invalid {
                        record: record(),
                        reason: format!("{role} {:?} links to an unknown company", p.name),
                    }
                }
                e => db("writing a deal party")(e),
            })?;
        }
    }
    for (i, a) in deal.assets.iter().enumerate() {
        exec(tx,
            "INSERT INTO deal_assets (deal_id, position, name, name_key, asset_id) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, i as i64, a.name, asset_key(&a.name), a.asset.as_ref().map(AssetId::as_str)],
        )
        .map_err(db("writing a deal asset"))?;
        for (j, alias) in a.aliases.iter().enumerate() {
            exec(tx,
                "INSERT INTO deal_asset_aliases (deal_id, asset_position, position, alias) VALUES (?1, ?2, ?3, ?4)",
                params![id, i as i64, j as i64, alias],
            )
            .map_err(db("writing a deal asset alias"))?;
        }
    }
    for (i, t) in deal.targets.iter().enumerate() {
        exec(
            tx,
            "INSERT INTO deal_targets (deal_id, position, target) VALUES (?1, ?2, ?3)",
            params![id, i as i64, t],
        )
        .map_err(db("writing a deal target"))?;
    }
    for kind in TermKind::ALL {
        let Some(term) = deal.terms.get(kind) else {
            continue;
        };
        let amount = term.amount();
        let minor = amount
            .map(|a| a.money.to_minor_units())
            .transpose()
            .map_err(|e| StoreError::Invalid {
                record: record(),
                reason: format!("{kind}: {e}"),
            })?;
        let includes = amount.filter(|a| !a.includes.is_empty()).map(|a| {
            a.includes
                .iter()
                .map(TermKind::as_str)
                .collect::<Vec<_>>()
                .join(",")
        });
        exec(tx,
            "INSERT INTO deal_terms (deal_id, kind, state, amount_minor, currency, bound, includes, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                id,
                kind.as_str(),
                term.state(),
                minor,
                amount.map(|a| a.money.currency.to_string()),
                amount.map(|a| a.bound.as_str()),
                includes,
                amount.and_then(|a| a.text.as_deref()),
            ],
        )
        .map_err(db("writing a deal term"))?;
    }
    if let Some(royalty) = &deal.terms.royalty {
        for (i, tier) in royalty.tiers.iter().enumerate() {
            let above = tier
                .above
                .map(|m| {
                    m.to_minor_units()
                        .map(|minor| (minor, m.currency.to_string()))
                })
                .transpose()
                .map_err(|e| StoreError::Invalid {
                    record: record(),
                    reason: format!("royalty threshold: {e}"),
                })?;
            exec(tx,
                "INSERT INTO royalty_tiers (deal_id, position, rate_pct, above_minor, above_currency)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    id,
                    i as i64,
                    tier.rate_pct.to_string(),
                    above.as_ref().map(|a| a.0),
                    above.map(|a| a.1)
                ],
            )
            .map_err(db("writing a royalty tier"))?;
        }
    }
    for (i, source) in deal.sources.iter().enumerate() {
        write_source(tx, source)?;
        exec(
            tx,
            "INSERT INTO deal_sources (deal_id, position, source_id) VALUES (?1, ?2, ?3)",
            params![id, i as i64, source.id.as_str()],
        )
        .map_err(|e| match e {
            rusqlite::Error::SqliteFailure(f, _)
                if f.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
                StoreError::Invalid {
                    record: record(),
                    reason: format!("source {} is listed twice", source.id),
                }
            }
            e => db("linking a deal source")(e),
        })?;
    }
    for (i, ev) in deal.evidence.iter().enumerate() {
        if !deal.sources.iter().any(|s| s.id == ev.source) {
            return Err(StoreError::Invalid {
                record: record(),
                reason: format!(
                    "evidence for {} cites source {} that the deal does not list",
                    ev.field, ev.source
                ),
            });
        }
        exec(
            tx,
            "INSERT INTO evidence (deal_id, position, source_id, field, start, end, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                id,
                i as i64,
                ev.source.as_str(),
                ev.field,
                ev.span.start as i64,
                ev.span.end as i64,
                ev.text
            ],
        )
        .map_err(db("writing evidence"))?;
    }
    for (i, o) in deal.observations.iter().enumerate() {
        if !deal.sources.iter().any(|s| s.id == o.source) {
            return Err(StoreError::Invalid {
                record: record(),
                reason: format!(
                    "observation of {} cites source {} that the deal does not list",
                    o.field, o.source
                ),
            });
        }
        let minor = o
            .money
            .map(|m| m.to_minor_units())
            .transpose()
            .map_err(|e| StoreError::Invalid {
                record: record(),
                reason: format!("observation of {}: {e}", o.field),
            })?;
        exec(tx,
            "INSERT INTO observations (deal_id, position, field, value, amount_minor, currency, source_id, start, end, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                id,
                i as i64,
                o.field,
                o.value,
                minor,
                o.money.map(|m| m.currency.to_string()),
                o.source.as_str(),
                o.span.map(|s| s.start as i64),
                o.span.map(|s| s.end as i64),
                o.text
            ],
        )
        .map_err(db("writing an observation"))?;
    }
    for (i, ev) in deal.events.iter().enumerate() {
        if !deal.sources.iter().any(|s| s.id == ev.source) {
            return Err(StoreError::Invalid {
                record: record(),
                reason: format!(
                    "event {} cites source {} that the deal does not list",
                    ev.kind, ev.source
                ),
            });
        }
        let minor = ev
            .amount
            .map(|m| m.to_minor_units())
            .transpose()
            .map_err(|e| StoreError::Invalid {
                record: record(),
                reason: format!("event {}: {e}", ev.kind),
            })?;
        exec(tx,
            "INSERT INTO deal_events (deal_id, position, kind, date, amount_minor, currency, source_id, start, end, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                id,
                i as i64,
                ev.kind.label(),
                ev.date.map(|d| d.to_string()),
                minor,
                ev.amount.map(|m| m.currency.to_string()),
                ev.source.as_str(),
                ev.span.start as i64,
                ev.span.end as i64,
                ev.text
            ],
        )
        .map_err(db("writing an event"))?;
    }
    Ok(())
}

/// Inserts a source, or fills the fields an existing row lacks (never erases one).
fn write_source(tx: &Transaction, s: &Source) -> Result<(), StoreError> {
    exec(
        tx,
        "INSERT INTO sources (id, kind, location, content_hash, title, published, language)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT(id) DO UPDATE SET
             content_hash = COALESCE(sources.content_hash, excluded.content_hash),
             title = COALESCE(sources.title, excluded.title),
             published = COALESCE(sources.published, excluded.published),
             language = COALESCE(sources.language, excluded.language)",
        params![
            s.id.as_str(),
            s.kind.as_str(),
            s.location,
            s.content_hash,
            s.title,
            s.published.map(|d| d.to_string()),
            s.language.as_ref().map(Language::label)
        ],
    )
    .map_err(db("writing a source"))?;
    Ok(())
}

/// A parameterised `SELECT d.id FROM deals d …` that picks deals in order; child tables are
/// read with `WHERE deal_id IN (<selection>)` and the same parameters.
struct Selection {
    sql: String,
    args: Vec<Value>,
}

impl Selection {
    fn one(id: &str) -> Self {
        Selection {
            sql: "SELECT d.id FROM deals d WHERE d.id = ?1".into(),
            args: vec![Value::Text(id.to_owned())],
        }
    }

    /// Deals with a party matching each of two sides (either role): the only deals a
    /// report between those sides can be merged into. A side is its company ids and name keys.
    fn between(a: (&[String], &[String]), b: (&[String], &[String])) -> Self {
        let mut args: Vec<Value> = Vec::new();
        let mut holes = |values: &[String]| {
            let start = args.len();
            args.extend(values.iter().map(|v| Value::Text(v.clone())));
            let list = (start + 1..=args.len())
                .map(|n| format!("?{n}"))
                .collect::<Vec<_>>()
                .join(", ");
            if list.is_empty() {
                "NULL".to_owned()
            } else {
                list
            }
        };
        let mut side = |(companies, keys): (&[String], &[String])| {
            let c = holes(companies);
            let k = holes(keys);
            format!(
                "SELECT deal_id FROM deal_parties WHERE company_id IN ({c}) OR name_key IN ({k})"
            )
        };
        let (sa, sb) = (side(a), side(b));
        Selection {
            sql: format!(
                "SELECT d.id FROM deals d WHERE d.id IN ({sa}) AND d.id IN ({sb}) ORDER BY d.id"
            ),
            args,
        }
    }

    fn from_query(q: &DealQuery) -> Self {
        let mut sql = String::from("SELECT d.id FROM deals d WHERE 1 = 1");
        let mut args: Vec<Value> = Vec::new();
        /// Binds a value and returns its placeholder.
        fn arg(args: &mut Vec<Value>, v: Value) -> String {
            args.push(v);
            format!("?{}", args.len())
        }
        if let Some(from) = q.from {
            let p = arg(&mut args, Value::Text(from.to_string()));
            sql += &format!(" AND d.announced_start >= {p}");
        }
        if let Some(to) = q.to {
            let p = arg(&mut args, Value::Text(to.to_string()));
            sql += &format!(" AND d.announced_start <= {p}");
        }
        for (role, country) in [
            ("licensor", q.licensor_country),
            ("licensee", q.licensee_country),
        ] {
            if let Some(country) = country {
                let p = arg(&mut args, Value::Text(country.to_string()));
                sql += &format!(
                    " AND EXISTS (SELECT 1 FROM deal_parties p LEFT JOIN companies c ON c.id = p.company_id
                       WHERE p.deal_id = d.id AND p.role = '{role}' AND COALESCE(p.country, c.country) = {p})"
                );
            }
        }
        let labels = [
            ("modality", q.modality.as_ref().map(Modality::label)),
            ("deal_type", q.deal_type.as_ref().map(DealType::label)),
            ("phase_at_signing", q.phase.as_ref().map(Phase::label)),
            (
                "therapeutic_area",
                q.therapeutic_area.as_ref().map(TherapeuticArea::label),
            ),
        ];
        for (column, label) in labels {
            if let Some(label) = label {
                let p = arg(&mut args, Value::Text(label.to_owned()));
                sql += &format!(" AND d.{column} = {p} COLLATE NOCASE");
            }
        }
        if let Some(party) = &q.party {
            let id = arg(&mut args, Value::Text(party.trim().to_owned()));
            let key = arg(&mut args, Value::Text(company_key(party)));
            sql += &format!(
                " AND EXISTS (SELECT 1 FROM deal_parties p WHERE p.deal_id = d.id AND (
                     p.company_id = {id} OR p.name_key = {key}
                     OR p.company_id IN (SELECT company_id FROM company_names WHERE key = {key})))"
            );
        }
        let usd_term = |kind: &str| {
            format!(
                "(SELECT t.amount_minor FROM deal_terms t WHERE t.deal_id = d.id
                  AND t.kind = '{kind}' AND t.currency = 'USD') DESC NULLS LAST,"
            )
        };
        sql += " ORDER BY ";
        sql += &match q.sort {
            DealSort::Newest => String::new(),
            DealSort::Oldest => "d.announced_start ASC NULLS LAST, d.id ASC,".into(),
            DealSort::Upfront => usd_term("upfront"),
            DealSort::Total => usd_term("total"),
        };
        sql += " d.announced_start DESC NULLS LAST, d.id DESC";
        let limit = arg(&mut args, Value::Integer(q.limit.map_or(-1, i64::from)));
        let offset = arg(&mut args, Value::Integer(i64::from(q.offset)));
        sql += &format!(" LIMIT {limit} OFFSET {offset}");
        Selection { sql, args }
    }
}

fn for_each_row(
    conn: &Connection,
    sql: &str,
    args: &[Value],
    mut f: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<()>,
) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached(sql).map_err(db("preparing a read"))?;
    let mut rows = stmt
        .query(params_from_iter(args.iter()))
        .map_err(db("reading rows"))?;
    while let Some(row) = rows.next().map_err(db("reading rows"))? {
        f(row).map_err(db("reading a row"))?;
    }
    Ok(())
}

fn load_deals(conn: &Connection, sel: &Selection) -> Result<Vec<Deal>, StoreError> {
    let mut order: Vec<String> = Vec::new();
    for_each_row(conn, &sel.sql, &sel.args, |r| {
        order.push(r.get(0)?);
        Ok(())
    })?;
    if order.is_empty() {
        return Ok(Vec::new());
    }
    let within = format!("IN ({})", sel.sql);

    // Raw rows first; conversion errors are collected and reported after the read.
    let mut deals: HashMap<String, Deal> = HashMap::with_capacity(order.len());
    let mut problems: Vec<StoreError> = Vec::new();
    for_each_row(
        conn,
        &format!(
            "SELECT id, announced, deal_type, modality, therapeutic_area, indication,
                    phase_at_signing, territory, currency_original, status, royalty_text, notes
             FROM deals WHERE id {within}"
        ),
        &sel.args,
        |r| {
            let id: String = r.get(0)?;
            let announced: Option<String> = r.get(1)?;
            let currency: Option<String> = r.get(8)?;
            let royalty_text: Option<String> = r.get(10)?;
            let deal_id = match DealId::new(&id) {
                Ok(d) => d,
                Err(e) => {
                    problems.push(corrupt("deal id", e));
                    return Ok(());
                }
            };
            let mut deal = Deal::new(deal_id, Vec::new(), Vec::new());
            deal.announced = match announced.map(|a| PartialDate::from_str(&a)).transpose() {
                Ok(a) => a,
                Err(e) => {
                    problems.push(corrupt(format!("announcement date of deal {id}"), e));
                    None
                }
            };
            deal.deal_type = r.get::<_, Option<String>>(2)?.map(|s| DealType::parse(&s));
            deal.modality = r.get::<_, Option<String>>(3)?.map(|s| Modality::parse(&s));
            deal.therapeutic_area = r
                .get::<_, Option<String>>(4)?
                .map(|s| TherapeuticArea::parse(&s));
            deal.indication = r.get(5)?;
            deal.phase_at_signing = r.get::<_, Option<String>>(6)?.map(|s| Phase::parse(&s));
            deal.territory = r.get(7)?;
            deal.currency_original = match currency.map(|c| Currency::new(&c)).transpose() {
                Ok(c) => c,
                Err(e) => {
                    problems.push(corrupt(format!("original currency of deal {id}"), e));
                    None
                }
            };
            deal.status = DealStatus::parse(&r.get::<_, String>(9)?);
            deal.terms.royalty = royalty_text.map(|text| Royalty {
                text,
                tiers: Vec::new(),
            });
            deal.notes = r.get(11)?;
            deals.insert(id, deal);
            Ok(())
        },
    )?;

    for_each_row(
        conn,
        &format!(
            "SELECT deal_id, role, name, company_id, country FROM deal_parties
             WHERE deal_id {within} ORDER BY deal_id, role, position"
        ),
        &sel.args,
        |r| {
            let (deal_id, role, name): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let company: Option<String> = r.get(3)?;
            let country: Option<String> = r.get(4)?;
            let party = Party {
                company: company.and_then(|c| match CompanyId::new(&c) {
                    Ok(c) => Some(c),
                    Err(e) => {
                        problems.push(corrupt("company id", e));
                        None
                    }
                }),
                country: country.and_then(|c| match CountryCode::new(&c) {
                    Ok(c) => Some(c),
                    Err(e) => {
                        problems.push(corrupt(format!("party country in deal {deal_id}"), e));
                        None
                    }
                }),
                name,
            };
            if let Some(deal) = deals.get_mut(&deal_id) {
                if role == "licensor" {
                    deal.licensors.push(party);
                } else {
                    deal.licensees.push(party);
                }
            }
            Ok(())
        },
    )?;

    for_each_row(
        conn,
        &format!(
            "SELECT deal_id, name, asset_id FROM deal_assets
             WHERE deal_id {within} ORDER BY deal_id, position"
        ),
        &sel.args,
        |r| {
            let (deal_id, name): (String, String) = (r.get(0)?, r.get(1)?);
            let asset: Option<String> = r.get(2)?;
            let asset = asset.and_then(|a| match AssetId::new(&a) {
                Ok(a) => Some(a),
                Err(e) => {
                    problems.push(corrupt("asset id", e));
                    None
                }
            });
            if let Some(deal) = deals.get_mut(&deal_id) {
                deal.assets.push(AssetRef {
                    name,
                    aliases: Vec::new(),
                    asset,
                });
            }
            Ok(())
        },
    )?;

    for_each_row(
        conn,
        &format!(
            "SELECT deal_id, asset_position, alias FROM deal_asset_aliases
             WHERE deal_id {within} ORDER BY deal_id, asset_position, position"
        ),
        &sel.args,
        |r| {
            let (deal_id, pos, alias): (String, i64, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            if let Some(asset) = deals
                .get_mut(&deal_id)
                .and_then(|d| d.assets.get_mut(pos as usize))
            {
                asset.aliases.push(alias);
            }
            Ok(())
        },
    )?;

    for_each_row(
        conn,
        &format!(
            "SELECT deal_id, target FROM deal_targets WHERE deal_id {within} ORDER BY deal_id, position"
        ),
        &sel.args,
        |r| {
            let (deal_id, target): (String, String) = (r.get(0)?, r.get(1)?);
            if let Some(deal) = deals.get_mut(&deal_id) {
                deal.targets.push(target);
            }
            Ok(())
        },
    )?;

    for_each_row(
        conn,
        &format!(
            "SELECT deal_id, kind, state, amount_minor, currency, bound, includes, text
             FROM deal_terms WHERE deal_id {within}"
        ),
        &sel.args,
        |r| {
            let deal_id: String = r.get(0)?;
            let kind: String = r.get(1)?;
            let state: String = r.get(2)?;
            let minor: Option<i64> = r.get(3)?;
            let currency: Option<String> = r.get(4)?;
            let bound: Option<String> = r.get(5)?;
            let includes: Option<String> = r.get(6)?;
            let text: Option<String> = r.get(7)?;
            match read_term(&kind, &state, minor, currency, bound, includes, text) {
                Ok((kind, term)) => {
                    if let Some(deal) = deals.get_mut(&deal_id) {
                        *deal.terms.get_mut(kind) = Some(term);
                    }
                }
                Err(reason) => problems.push(corrupt(format!("{kind} of deal {deal_id}"), reason)),
            }
            Ok(())
        },
    )?;

    for_each_row(
        conn,
        &format!(
            "SELECT deal_id, rate_pct, above_minor, above_currency FROM royalty_tiers
             WHERE deal_id {within} ORDER BY deal_id, position"
        ),
        &sel.args,
        |r| {
            let deal_id: String = r.get(0)?;
            let rate: String = r.get(1)?;
            let above_minor: Option<i64> = r.get(2)?;
            let above_currency: Option<String> = r.get(3)?;
            let tier = Decimal::from_str_exact(&rate)
                .map_err(|e| e.to_string())
                .and_then(|rate_pct| {
                    let above = match (above_minor, above_currency) {
                        (Some(m), Some(c)) => Some(Money::from_minor_units(
                            m,
                            Currency::new(&c).map_err(|e| e.to_string())?,
                        )),
                        _ => None,
                    };
                    Ok(RoyaltyTier { rate_pct, above })
                });
            match tier {
                Ok(tier) => {
                    if let Some(royalty) = deals
                        .get_mut(&deal_id)
                        .and_then(|d| d.terms.royalty.as_mut())
                    {
                        royalty.tiers.push(tier);
                    }
                }
                Err(reason) => {
                    problems.push(corrupt(format!("royalty tier of deal {deal_id}"), reason))
                }
            }
            Ok(())
        },
    )?;

    for_each_row(
        conn,
        &format!(
            "SELECT ds.deal_id, s.id, s.kind, s.location, s.content_hash, s.title, s.published, s.language
             FROM deal_sources ds JOIN sources s ON s.id = ds.source_id
             WHERE ds.deal_id {within} ORDER BY ds.deal_id, ds.position"
        ),
        &sel.args,
        |r| {
            let deal_id: String = r.get(0)?;
            let kind: String = r.get(2)?;
            let published: Option<String> = r.get(6)?;
            let language: Option<String> = r.get(7)?;
            let Some(kind) = SourceKind::parse(&kind) else {
                problems.push(corrupt(format!("source kind in deal {deal_id}"), kind));
                return Ok(());
            };
            let published = match published.map(|p| PartialDate::from_str(&p)).transpose() {
                Ok(p) => p,
                Err(e) => {
                    problems.push(corrupt(format!("source date in deal {deal_id}"), e));
                    None
                }
            };
            let source = Source {
                id: SourceId::from_stored(r.get(1)?),
                kind,
                location: r.get(3)?,
                content_hash: r.get(4)?,
                title: r.get(5)?,
                published,
                language: language.map(|l| Language::parse(&l)),
            };
            if let Some(deal) = deals.get_mut(&deal_id) {
                deal.sources.push(source);
            }
            Ok(())
        },
    )?;

    for_each_row(
        conn,
        &format!(
            "SELECT deal_id, source_id, field, start, end, text FROM evidence
             WHERE deal_id {within} ORDER BY deal_id, position"
        ),
        &sel.args,
        |r| {
            let deal_id: String = r.get(0)?;
            let ev = Evidence {
                source: SourceId::from_stored(r.get(1)?),
                field: r.get(2)?,
                span: Span {
                    start: r.get::<_, i64>(3)? as usize,
                    end: r.get::<_, i64>(4)? as usize,
                },
                text: r.get(5)?,
            };
            if let Some(deal) = deals.get_mut(&deal_id) {
                deal.evidence.push(ev);
            }
            Ok(())
        },
    )?;

    for_each_row(
        conn,
        &format!(
            "SELECT deal_id, field, value, amount_minor, currency, source_id, start, end, text
             FROM observations WHERE deal_id {within} ORDER BY deal_id, position"
        ),
        &sel.args,
        |r| {
            let deal_id: String = r.get(0)?;
            let minor: Option<i64> = r.get(3)?;
            let currency: Option<String> = r.get(4)?;
            let money = stored_money(minor, currency.as_deref()).unwrap_or_else(|reason| {
                problems.push(corrupt(
                    format!("observation amount in deal {deal_id}"),
                    reason,
                ));
                None
            });
            let (start, end): (Option<i64>, Option<i64>) = (r.get(6)?, r.get(7)?);
            let o = Observation {
                field: r.get(1)?,
                value: r.get(2)?,
                money,
                source: SourceId::from_stored(r.get(5)?),
                span: start.zip(end).map(|(s, e)| Span {
                    start: s as usize,
                    end: e as usize,
                }),
                text: r.get(8)?,
            };
            if let Some(deal) = deals.get_mut(&deal_id) {
                deal.observations.push(o);
            }
            Ok(())
        },
    )?;

    for_each_row(
        conn,
        &format!(
            "SELECT deal_id, kind, date, amount_minor, currency, source_id, start, end, text
             FROM deal_events WHERE deal_id {within} ORDER BY deal_id, position"
        ),
        &sel.args,
        |r| {
            let deal_id: String = r.get(0)?;
            let date: Option<String> = r.get(2)?;
            let minor: Option<i64> = r.get(3)?;
            let currency: Option<String> = r.get(4)?;
            let amount = stored_money(minor, currency.as_deref()).unwrap_or_else(|reason| {
                problems.push(corrupt(format!("event amount in deal {deal_id}"), reason));
                None
            });
            let date = match date.map(|d| PartialDate::from_str(&d)).transpose() {
                Ok(d) => d,
                Err(e) => {
                    problems.push(corrupt(format!("event date in deal {deal_id}"), e));
                    None
                }
            };
            let ev = dealscope_core::Event {
                kind: dealscope_core::EventKind::parse(&r.get::<_, String>(1)?),
                date,
                amount,
                source: SourceId::from_stored(r.get(5)?),
                span: Span {
                    start: r.get::<_, i64>(6)? as usize,
                    end: r.get::<_, i64>(7)? as usize,
                },
                text: r.get(8)?,
            };
            if let Some(deal) = deals.get_mut(&deal_id) {
                deal.events.push(ev);
            }
            Ok(())
        },
    )?;

    if let Some(problem) = problems.into_iter().next() {
        return Err(problem);
    }
    Ok(order
        .into_iter()
        .filter_map(|id| deals.remove(&id))
        .collect())
}

/// Money read back from integer minor units and a currency code (both or neither).
fn stored_money(minor: Option<i64>, currency: Option<&str>) -> Result<Option<Money>, String> {
    match (minor, currency) {
        (Some(m), Some(c)) => Ok(Some(Money::from_minor_units(
            m,
            Currency::new(c).map_err(|e| e.to_string())?,
        ))),
        (None, None) => Ok(None),
        _ => Err("an amount without a currency, or a currency without an amount".into()),
    }
}

fn read_term(
    kind: &str,
    state: &str,
    minor: Option<i64>,
    currency: Option<String>,
    bound: Option<String>,
    includes: Option<String>,
    text: Option<String>,
) -> Result<(TermKind, Term), String> {
    let kind = TermKind::parse(kind).ok_or_else(|| format!("unknown term kind {kind:?}"))?;
    let amount = || -> Result<Amount, String> {
        let minor = minor.ok_or("missing amount")?;
        let currency = Currency::new(currency.as_deref().ok_or("missing currency")?)
            .map_err(|e| e.to_string())?;
        let bound = match bound.as_deref() {
            None => Bound::Exact,
            Some(b) => Bound::parse(b).ok_or_else(|| format!("unknown bound {b:?}"))?,
        };
        let includes = includes
            .as_deref()
            .unwrap_or("")
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| TermKind::parse(s).ok_or_else(|| format!("unknown term kind {s:?}")))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Amount {
            money: Money::from_minor_units(minor, currency),
            bound,
            includes,
            text: text.clone(),
        })
    };
    let term = match state {
        "disclosed" => Term::Disclosed(amount()?),
        "computed" => Term::Computed(amount()?),
        "undisclosed" => Term::Undisclosed,
        other => return Err(format!("unknown state {other:?}")),
    };
    Ok((kind, term))
}

// Tests that exercise SQL details the trait does not expose.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_set_the_schema_version_and_are_rerunnable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let store = SqliteStore::open(&path).unwrap();
        assert_eq!(
            store.schema_version().unwrap(),
            MIGRATIONS.last().unwrap().0
        );
        assert_eq!(store.journal_mode().unwrap(), "wal");
        drop(store);
        // Opening again applies nothing and keeps the version.
        let store = SqliteStore::open(&path).unwrap();
        assert_eq!(
            store.schema_version().unwrap(),
            MIGRATIONS.last().unwrap().0
        );
    }

    #[test]
    fn a_store_from_a_newer_dealscope_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        drop(SqliteStore::open(&path).unwrap());
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        drop(conn);
        match SqliteStore::open(&path) {
            Err(StoreError::TooNew {
                found: 99,
                supported,
            }) if supported == MIGRATIONS.last().unwrap().0 => {}
            other => panic!("expected TooNew, got {:?}", other.map(|_| ())),
        }
    }

    #[test]
    fn foreign_keys_are_enforced() {
        let store = SqliteStore::open_in_memory().unwrap();
        let r = store.conn.execute(
            "INSERT INTO deal_targets (deal_id, position, target) VALUES ('nope', 0, 'PD-1')",
            [],
        );
        assert!(r.is_err(), "orphan row accepted");
    }
}
