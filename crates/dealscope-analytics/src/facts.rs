//! Facts: what the counting rules and aggregates read from each deal, copied out once.
//!
//! A [`Deal`] is close to a kilobyte with its parties, terms and evidence spread over the
//! heap; the counting rules need a few dozen bytes of it. Building [`Facts`] once per loaded
//! portfolio (the CLI per command, a server per store change) lets every query scan a
//! compact array instead: 100 000 deals are a few megabytes.

use std::collections::HashMap;

use dealscope_core::{
    CountryCode, Deal, DealId, DealStatus, DealType, EventKind, Modality, Money, PartialDate,
    Phase, TermKind, TherapeuticArea,
};

use crate::dimension::{Dimension, NOT_RECORDED};
use crate::directory::Directory;
use crate::groups::Groups;

/// One side's parties (licensors or licensees): each one's country and name id, two kept
/// inline, more boxed.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Side {
    inline: [PartyFact; 2],
    parties: u8,
    more: Option<Box<[PartyFact]>>,
}

/// A party's country (when known) and name id.
type PartyFact = (Option<CountryCode>, u32);

impl Side {
    fn of(parties: &[dealscope_core::Party], directory: &Directory, names: &mut Groups) -> Side {
        let all: Vec<PartyFact> = parties
            .iter()
            .map(|p| (directory.country(p), names.id(directory.name(p))))
            .collect();
        let mut side = Side::default();
        match all.len() {
            n @ 0..=2 => {
                side.inline[..n].copy_from_slice(&all);
                side.parties = n as u8;
            }
            _ => side.more = Some(all.into_boxed_slice()),
        }
        side
    }

    fn all(&self) -> &[PartyFact] {
        match &self.more {
            Some(more) => more,
            None => &self.inline[..usize::from(self.parties)],
        }
    }

    /// Each party's country (`None` when unknown), in party order.
    pub fn countries(&self) -> impl Iterator<Item = Option<CountryCode>> + '_ {
        self.all().iter().map(|(c, _)| *c)
    }

    /// Each party's name id in [`Facts::parties`], in party order.
    pub fn names(&self) -> impl Iterator<Item = u32> + '_ {
        self.all().iter().map(|(_, n)| *n)
    }
}

/// One deal's facts.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Fact {
    pub announced: Option<PartialDate>,
    pub closed: Option<PartialDate>,
    pub upfront: Option<Money>,
    pub total: Option<Money>,
    pub equity: Option<Money>,
    pub with_terms: bool,
    pub terminated: bool,
    /// Index of the deal type in [`DealType::KNOWN`]; [`OTHER_TYPE`] or [`NO_TYPE`].
    pub deal_type: u8,
    pub licensors: Side,
    pub licensees: Side,
    /// Vocabulary codes (index in `KNOWN`, [`OTHER_TYPE`] or [`NO_TYPE`]).
    pub modality: u8,
    pub area: u8,
    pub phase: u8,
    /// The first targets as ids in [`Facts::targets`] (lower-cased); more are read from
    /// the deal.
    pub targets: [u32; 3],
    pub n_targets: u8,
}

/// A vocabulary value's code: its index in the known values, [`OTHER_TYPE`] for a
/// spelling outside them, [`NO_TYPE`] for none.
pub(crate) fn code<T: PartialEq>(value: Option<&T>, known: &[T]) -> u8 {
    match value {
        None => NO_TYPE,
        Some(v) => known
            .iter()
            .position(|k| k == v)
            .and_then(|i| u8::try_from(i).ok())
            .unwrap_or(OTHER_TYPE),
    }
}

/// The vocabularies' labels by code, so that a key needs no read of the deal.
static MODALITY_LABELS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| Modality::KNOWN.iter().map(Modality::label).collect());
static AREA_LABELS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    TherapeuticArea::KNOWN
        .iter()
        .map(TherapeuticArea::label)
        .collect()
});
static PHASE_LABELS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| Phase::KNOWN.iter().map(Phase::label).collect());
static TYPE_LABELS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| DealType::KNOWN.iter().map(DealType::label).collect());

/// A group key: a party by id, or a text.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Key<'k> {
    /// A party name id.
    Party(u32),
    /// A label.
    Text(&'k str),
}

/// Group ids for keys, with party ids mapped without hashing their names again.
pub(crate) struct KeyGroups {
    /// The groups.
    pub groups: Groups,
    by_party: Vec<u32>,
}

impl KeyGroups {
    /// Empty, for the parties of `facts`.
    pub fn new(facts: &Facts<'_>) -> Self {
        KeyGroups {
            groups: Groups::default(),
            by_party: vec![u32::MAX; facts.party_count()],
        }
    }

    /// The group id of a key.
    pub fn id(&mut self, facts: &Facts<'_>, key: Key<'_>) -> u32 {
        match key {
            Key::Text(t) => self.groups.id(t),
            Key::Party(p) => {
                let slot = &mut self.by_party[p as usize];
                if *slot == u32::MAX {
                    *slot = self.groups.id(facts.party_name(p));
                }
                *slot
            }
        }
    }
}

/// A deal type outside the vocabulary.
pub(crate) const OTHER_TYPE: u8 = 254;
/// No deal type recorded.
pub(crate) const NO_TYPE: u8 = 255;

/// The deals of a portfolio with their facts, in the same order.
#[derive(Clone, Debug)]
pub struct Facts<'a> {
    pub(crate) deals: &'a [Deal],
    pub(crate) rows: Vec<Fact>,
    pub(crate) targets: Groups,
    /// Party names (each party's company name when resolved, else as written).
    pub(crate) parties: Groups,
    /// Row of each deal id.
    ids: HashMap<&'a str, usize>,
}

impl<'a> Facts<'a> {
    /// Reads the facts of every deal; the directory fills in countries the deals do not
    /// state.
    pub fn new(deals: &'a [Deal], directory: &Directory) -> Self {
        let mut targets = Groups::default();
        let mut parties = Groups::default();
        let rows = deals
            .iter()
            .map(|d| {
                let mut ids = [0u32; 3];
                for (slot, t) in ids.iter_mut().zip(&d.targets) {
                    *slot = targets.id(&t.to_lowercase());
                }
                let money = |k: TermKind| d.terms.money(k);
                let known = |k: TermKind| d.terms.get(k).is_some_and(|t| t.amount().is_some());
                Fact {
                    announced: d.announced,
                    closed: d
                        .events
                        .iter()
                        .filter(|e| e.kind == EventKind::Closing)
                        .filter_map(|e| e.date)
                        .max(),
                    upfront: money(TermKind::Upfront),
                    total: money(TermKind::Total),
                    equity: money(TermKind::Equity),
                    with_terms: TermKind::ALL.into_iter().any(known),
                    terminated: d.status == DealStatus::Terminated,
                    deal_type: code(d.deal_type.as_ref(), DealType::KNOWN),
                    modality: code(d.modality.as_ref(), Modality::KNOWN),
                    area: code(d.therapeutic_area.as_ref(), TherapeuticArea::KNOWN),
                    phase: code(d.phase_at_signing.as_ref(), Phase::KNOWN),
                    targets: ids,
                    n_targets: u8::try_from(d.targets.len()).unwrap_or(u8::MAX),
                    licensors: Side::of(&d.licensors, directory, &mut parties),
                    licensees: Side::of(&d.licensees, directory, &mut parties),
                }
            })
            .collect();
        Facts {
            deals,
            rows,
            targets,
            parties,
            ids: deals
                .iter()
                .enumerate()
                .map(|(i, d)| (d.id.as_str(), i))
                .collect(),
        }
    }

    /// Calls `f` with each group the deal in `row` falls into for a dimension: one for
    /// single-valued dimensions (`(not recorded)` when empty), one per party for party
    /// dimensions (a joint party's group may come twice).
    pub fn for_each_key(&self, row: usize, dimension: Dimension, mut f: impl FnMut(&str)) {
        self.for_each_key_ref(row, dimension, |k| match k {
            Key::Party(id) => f(&self.parties.names[id as usize]),
            Key::Text(t) => f(t),
        });
    }

    /// Like [`Facts::for_each_key`], with parties as ids (no string to hash).
    pub(crate) fn for_each_key_ref(
        &self,
        row: usize,
        dimension: Dimension,
        mut f: impl FnMut(Key<'_>),
    ) {
        let (deal, fact) = (&self.deals[row], &self.rows[row]);
        let label = |code: u8, known: &'static [&'static str], written: Option<&'a str>| match code
        {
            NO_TYPE => NOT_RECORDED,
            OTHER_TYPE => written.unwrap_or(NOT_RECORDED),
            c => known[usize::from(c)],
        };
        let side = |d: Dimension| match d {
            Dimension::Licensee | Dimension::LicenseeCountry => &fact.licensees,
            _ => &fact.licensors,
        };
        match dimension {
            Dimension::Modality => f(Key::Text(label(
                fact.modality,
                &MODALITY_LABELS,
                deal.modality.as_ref().map(|m| m.label()),
            ))),
            Dimension::Area => f(Key::Text(label(
                fact.area,
                &AREA_LABELS,
                deal.therapeutic_area.as_ref().map(|a| a.label()),
            ))),
            Dimension::Phase => f(Key::Text(label(
                fact.phase,
                &PHASE_LABELS,
                deal.phase_at_signing.as_ref().map(|p| p.label()),
            ))),
            Dimension::DealType => f(Key::Text(label(
                fact.deal_type,
                &TYPE_LABELS,
                deal.deal_type.as_ref().map(|t| t.label()),
            ))),
            Dimension::Target => f(Key::Text(
                deal.targets.first().map_or(NOT_RECORDED, String::as_str),
            )),
            Dimension::Licensee | Dimension::Licensor => {
                let mut any = false;
                for id in side(dimension).names() {
                    any = true;
                    f(Key::Party(id));
                }
                if !any {
                    f(Key::Text(NOT_RECORDED));
                }
            }
            Dimension::LicenseeCountry | Dimension::LicensorCountry => {
                let mut any = false;
                for c in side(dimension).countries() {
                    any = true;
                    f(Key::Text(
                        c.as_ref().map_or(NOT_RECORDED, CountryCode::as_str),
                    ));
                }
                if !any {
                    f(Key::Text(NOT_RECORDED));
                }
            }
        }
    }

    /// The display name of a party id.
    pub(crate) fn party_name(&self, id: u32) -> &str {
        &self.parties.names[id as usize]
    }

    /// Number of distinct party names.
    pub(crate) fn party_count(&self) -> usize {
        self.parties.names.len()
    }

    /// The row of a deal id.
    pub fn row_of(&self, id: &DealId) -> Option<usize> {
        self.ids.get(id.as_str()).copied()
    }

    /// The deals.
    pub fn deals(&self) -> &'a [Deal] {
        self.deals
    }

    /// Number of deals.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are no deals.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}
