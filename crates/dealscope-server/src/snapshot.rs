//! What the server reads from: every deal, company and document text, loaded once per store
//! change.

use std::collections::HashMap;

use dealscope_analytics::Directory;
use dealscope_core::{
    Approval, Asset, AssetId, Catalyst, Company, CompanyId, Deal, DealId, SourceId,
};
use dealscope_store::{DealQuery, SqliteStore, Store};

/// The store's contents at one moment.
pub struct Snapshot {
    /// Every deal, newest first.
    pub deals: Vec<Deal>,
    /// Every company.
    pub companies: Vec<Company>,
    /// Every asset.
    pub assets: Vec<Asset>,
    /// Every catalyst, soonest first.
    pub catalysts: Vec<Catalyst>,
    /// Every approval, oldest first.
    pub approvals: Vec<Approval>,
    /// Company names and countries.
    pub directory: Directory,
    /// The text of every ingested document, by source.
    pub documents: HashMap<SourceId, String>,
    by_id: HashMap<DealId, usize>,
    company_by_id: HashMap<CompanyId, usize>,
}

impl Snapshot {
    /// Reads the store.
    pub fn read(store: &SqliteStore) -> anyhow::Result<Snapshot> {
        let deals = store.deals(&DealQuery::default())?;
        let companies = store.companies()?;
        let assets = store.assets()?;
        let catalysts = store.catalysts()?;
        let mut documents = HashMap::new();
        for source in deals.iter().flat_map(|d| &d.sources) {
            if documents.contains_key(&source.id) || source.content_hash.is_none() {
                continue;
            }
            if let Some(text) = store.document_text(&source.id)? {
                documents.insert(source.id.clone(), text);
            }
        }
        let mut snap = Snapshot::new(deals, companies, assets, documents);
        snap.catalysts = catalysts;
        snap.approvals = store.approvals()?;
        Ok(snap)
    }

    /// A snapshot of these records.
    pub fn new(
        deals: Vec<Deal>,
        companies: Vec<Company>,
        assets: Vec<Asset>,
        documents: HashMap<SourceId, String>,
    ) -> Snapshot {
        Snapshot {
            by_id: deals
                .iter()
                .enumerate()
                .map(|(i, d)| (d.id.clone(), i))
                .collect(),
            company_by_id: companies
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.clone(), i))
                .collect(),
            directory: Directory::new(&companies),
            deals,
            companies,
            assets,
            catalysts: Vec::new(),
            approvals: Vec::new(),
            documents,
        }
    }

    /// A deal by id.
    pub fn deal(&self, id: &DealId) -> Option<&Deal> {
        self.by_id.get(id).map(|&i| &self.deals[i])
    }

    /// An asset by id.
    pub fn asset(&self, id: &AssetId) -> Option<&Asset> {
        self.assets.iter().find(|a| &a.id == id)
    }

    /// The deals a company is party to, in snapshot order; with `role` (`licensor` or
    /// `licensee`), only those where it has that role.
    pub fn deals_of<'s>(&'s self, id: &'s CompanyId, role: Option<&'s str>) -> Vec<&'s Deal> {
        self.deals
            .iter()
            .filter(|d| {
                let mine = crate::api::party_of(d, id);
                mine.is_some() && (role.is_none() || mine == role)
            })
            .collect()
    }

    /// A company by id.
    pub fn company(&self, id: &CompanyId) -> Option<&Company> {
        self.company_by_id.get(id).map(|&i| &self.companies[i])
    }
}
