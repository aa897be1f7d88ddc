//! The dealscope domain model.
//!
//! Everything the rest of dealscope talks about — [`Money`], [`PartialDate`], the closed
//! vocabularies ([`Modality`], [`DealType`], [`Phase`], [`TherapeuticArea`] …), [`Deal`],
//! [`Company`], [`Asset`], [`Source`] and [`Evidence`], [`Catalyst`] and [`Approval`] — lives
//! here as plain, serde-serialisable data.
//!
//! **Invariant:** this crate does no I/O and depends on no storage, network or UI crate.
//! Money is exact ([`rust_decimal::Decimal`] with an ISO 4217 [`Currency`]); conversion
//! between currencies only happens through an explicit, dated [`FxRate`].

pub use chrono;
pub use rust_decimal;

pub mod approval;
pub mod asset;
pub mod catalyst;
pub mod company;
pub mod date;
pub mod deal;
pub mod event;
pub mod merge;
pub mod money;
pub mod names;
pub mod observation;
pub mod source;
pub mod vocab;

pub use approval::{Agency, Approval, ApprovalCategory, ApprovalOrigin};
pub use asset::{Asset, AssetId};
pub use catalyst::{Catalyst, CatalystKind, CatalystStatus, DateChange, Update as CatalystUpdate};
pub use company::{Company, CompanyId, CompanyKind, CountryCode, Exchange, Ticker};
pub use date::{DatePrecision, PartialDate};
pub use deal::{
    Amount, AssetRef, Bound, Deal, DealId, Party, Royalty, RoyaltyTier, Term, TermKind, Terms,
};
pub use event::{Event, EventKind};
pub use money::{Currency, FxRate, Money, MoneyError, Scale};
pub use observation::{Conflict, Observation};
pub use source::{Evidence, Source, SourceId, SourceKind, Span};
pub use vocab::{DealStatus, DealType, Language, Modality, Phase, TherapeuticArea};

/// An identifier or code that failed validation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {what} {input:?}: {reason}")]
pub struct InvalidValue {
    /// What was being parsed ("country code", "ticker", ...).
    pub what: &'static str,
    /// The rejected input, as given.
    pub input: String,
    /// Why it was rejected.
    pub reason: &'static str,
}

impl InvalidValue {
    pub(crate) fn new(what: &'static str, input: &str, reason: &'static str) -> Self {
        InvalidValue {
            what,
            input: input.to_owned(),
            reason,
        }
    }
}
