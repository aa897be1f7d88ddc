//! What analytics needs to know about companies: display names and countries.

use std::collections::HashMap;

use dealscope_core::{Company, CompanyId, CountryCode, Party};

/// Company names and countries by id, for grouping deals by party and for country rules.
#[derive(Clone, Debug, Default)]
pub struct Directory {
    names: HashMap<CompanyId, String>,
    countries: HashMap<CompanyId, CountryCode>,
}

impl Directory {
    /// A directory of these companies.
    pub fn new(companies: &[Company]) -> Self {
        let mut d = Directory::default();
        for c in companies {
            d.names.insert(c.id.clone(), c.name_en.clone());
            if let Some(cc) = c.country {
                d.countries.insert(c.id.clone(), cc);
            }
        }
        d
    }

    /// The party's country as the deal states it, else its company's.
    pub fn country(&self, party: &Party) -> Option<CountryCode> {
        party.country.or_else(|| {
            party
                .company
                .as_ref()
                .and_then(|c| self.countries.get(c).copied())
        })
    }

    /// The name a party is grouped under: its company's English name when resolved (so
    /// "Merck & Co." and "MSD" count together), else the name as written.
    pub fn name<'a>(&'a self, party: &'a Party) -> &'a str {
        party
            .company
            .as_ref()
            .and_then(|c| self.names.get(c))
            .map_or(party.name.as_str(), String::as_str)
    }
}
