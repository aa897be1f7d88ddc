//! Risk-adjusted net present value (rNPV) of a deal to its licensor.
//!
//! * Upfront, near-term and option-fee payments are certain; upfront is paid at signing,
//!   near-term payments after [`Assumptions::near_term_years`].
//! * Each milestone is weighted by the probability of the asset reaching its trigger from
//!   the phase at signing, using the phase-transition rates of its therapeutic area (or
//!   modality, see [`Assumptions::transitions_for`]), and discounted over the phase
//!   durations. A deal is taken to be signed at the start of its phase.
//! * A lump milestone total is split by [`Assumptions::split`]: the development share
//!   evenly over the development events still ahead (phase starts, filing), the regulatory
//!   share on approval, the sales share [`Assumptions::sales_delay_years`] after approval.
//!   With no development event ahead (filed or approved assets) the development share moves
//!   to regulatory; for an approved asset the regulatory share is taken to pay on approvals
//!   in further markets (one more review at the filing → approval rate).
//! * Royalties only from a user's peak-sales assumption; omitted (and said so) otherwise.
//! * Equity purchases are not value for the asset and are left out.
//!
//! Everything is exact decimal arithmetic except `(1 + r)^t` for fractional `t`, computed
//! by `rust_decimal`'s `powd` and rounded to 8 places; present values are rounded to cents.

pub mod assumptions;
pub mod simulate;

use std::collections::HashMap;
use std::sync::Arc;

use dealscope_core::{Currency, Deal, DealId, Modality, Money, Phase, TermKind, TherapeuticArea};
use rust_decimal::{Decimal, MathematicalOps};
use serde::Serialize;

pub use assumptions::{Assumptions, Durations, MilestoneSplit, RatesError, Transitions};

/// What a payment is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentKind {
    /// Paid at signing.
    Upfront,
    /// Non-contingent payment soon after signing.
    NearTerm,
    /// Option fee (treated as certain).
    OptionFee,
    /// Development milestone.
    Development,
    /// Regulatory (approval) milestone.
    Regulatory,
    /// Sales milestone.
    Sales,
    /// Royalty on net sales for one year.
    Royalty,
}

impl PaymentKind {
    /// The snake-case name.
    pub fn as_str(&self) -> &'static str {
        match self {
            PaymentKind::Upfront => "upfront",
            PaymentKind::NearTerm => "near_term",
            PaymentKind::OptionFee => "option_fee",
            PaymentKind::Development => "development",
            PaymentKind::Regulatory => "regulatory",
            PaymentKind::Sales => "sales",
            PaymentKind::Royalty => "royalty",
        }
    }
}

/// The event a payment waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Trigger {
    /// Signing (certain).
    Signing,
    /// Shortly after signing (certain).
    NearTerm,
    /// First dosing in phase 1.
    Phase1Start,
    /// Start of phase 2.
    Phase2Start,
    /// Start of phase 3.
    Phase3Start,
    /// Acceptance of the marketing application.
    Filing,
    /// First approval.
    Approval,
    /// Approval in a further market (for an asset approved at signing).
    FurtherApproval,
    /// Reaching sales thresholds after approval.
    Sales,
    /// A year of royalties on sales (1-based year after approval).
    RoyaltyYear(u32),
}

impl Trigger {
    /// Parses `phase1_start`, `phase2_start`, `phase3_start`, `filing`, `approval`,
    /// `further_approval`, `sales` (the names used on the command line).
    pub fn parse(text: &str) -> Option<Trigger> {
        Some(
            match text.trim().to_ascii_lowercase().replace('-', "_").as_str() {
                "phase1_start" | "p1_start" => Trigger::Phase1Start,
                "phase2_start" | "p2_start" => Trigger::Phase2Start,
                "phase3_start" | "p3_start" => Trigger::Phase3Start,
                "filing" => Trigger::Filing,
                "approval" => Trigger::Approval,
                "further_approval" => Trigger::FurtherApproval,
                "sales" => Trigger::Sales,
                _ => return None,
            },
        )
    }

    /// The milestone kind a trigger usually pays.
    pub fn kind(&self) -> PaymentKind {
        match self {
            Trigger::Signing => PaymentKind::Upfront,
            Trigger::NearTerm => PaymentKind::NearTerm,
            Trigger::Phase1Start
            | Trigger::Phase2Start
            | Trigger::Phase3Start
            | Trigger::Filing => PaymentKind::Development,
            Trigger::Approval | Trigger::FurtherApproval => PaymentKind::Regulatory,
            Trigger::Sales => PaymentKind::Sales,
            Trigger::RoyaltyYear(_) => PaymentKind::Royalty,
        }
    }

    /// The development stage reached by the trigger (0 preclinical … 5 approved).
    fn stage(&self) -> Option<usize> {
        match self {
            Trigger::Phase1Start => Some(1),
            Trigger::Phase2Start => Some(2),
            Trigger::Phase3Start => Some(3),
            Trigger::Filing => Some(4),
            Trigger::Approval | Trigger::Sales | Trigger::RoyaltyYear(_) => Some(5),
            Trigger::Signing | Trigger::NearTerm | Trigger::FurtherApproval => None,
        }
    }
}

impl std::fmt::Display for Trigger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Trigger::Signing => f.write_str("signing"),
            Trigger::NearTerm => f.write_str("near term"),
            Trigger::Phase1Start => f.write_str("phase 1 start"),
            Trigger::Phase2Start => f.write_str("phase 2 start"),
            Trigger::Phase3Start => f.write_str("phase 3 start"),
            Trigger::Filing => f.write_str("filing"),
            Trigger::Approval => f.write_str("approval"),
            Trigger::FurtherApproval => f.write_str("approval in a further market"),
            Trigger::Sales => f.write_str("sales thresholds"),
            Trigger::RoyaltyYear(y) => write!(f, "royalties, sales year {y}"),
        }
    }
}

/// A milestone the user itemised: an amount paid on a trigger.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Milestone {
    /// What it waits for.
    pub trigger: Trigger,
    /// How much, in the deal's currency.
    pub amount: Decimal,
}

/// Royalty assumption: `rate` of net sales that ramp linearly to `peak_sales` over
/// `years_to_peak` years after approval and stay there until `years` years of sales.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RoyaltyInput {
    /// Peak annual net sales, in the deal's currency.
    pub peak_sales: Decimal,
    /// Royalty rate as a fraction (0.12 = 12 %).
    pub rate: Decimal,
    /// Years from launch to peak.
    pub years_to_peak: u32,
    /// Years of royalties.
    pub years: u32,
}

/// How to value a deal.
#[derive(Clone, Debug, PartialEq)]
pub struct ValuationInput {
    /// Annual discount rate (0.10 = 10 %), in [0, 1].
    pub discount_rate: Decimal,
    /// Itemised milestones replacing the lump split, when the user knows them.
    pub milestones: Vec<Milestone>,
    /// Royalties, when the user gives a sales assumption.
    pub royalty: Option<RoyaltyInput>,
}

impl ValuationInput {
    /// A 10 % discount rate, no itemised milestones, no royalties.
    pub fn new() -> Self {
        ValuationInput {
            discount_rate: Decimal::new(10, 2),
            milestones: Vec::new(),
            royalty: None,
        }
    }
}

impl Default for ValuationInput {
    fn default() -> Self {
        ValuationInput::new()
    }
}

/// One payment with its probability, timing, discount factor and present value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Payment {
    /// Upfront, development milestone …
    pub kind: PaymentKind,
    /// What it waits for.
    pub trigger: Trigger,
    /// Nominal amount.
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub amount: Decimal,
    /// Probability it is paid.
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub probability: Decimal,
    /// Expected years from signing.
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub years: Decimal,
    /// `1 / (1 + r)^years`.
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub discount_factor: Decimal,
    /// `amount × probability × discount_factor`, to the cent.
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub present_value: Decimal,
}

/// A deal's risk-adjusted value with every payment and assumption.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Valuation {
    /// The deal.
    pub deal_id: DealId,
    /// Currency of every amount.
    pub currency: Currency,
    /// Annual discount rate.
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub discount_rate: Decimal,
    /// Phase at signing.
    pub phase_at_signing: String,
    /// The rates and durations used (shared by the valuations of deals alike).
    #[serde(flatten)]
    pub basis: Arc<Basis>,
    /// Probability of approval from the phase at signing.
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub probability_of_approval: Decimal,
    /// Every payment, in trigger order.
    pub payments: Vec<Payment>,
    /// Sum of the nominal amounts valued.
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub nominal: Decimal,
    /// The headline total as stated (or the nominal sum when none was).
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub headline: Decimal,
    /// Sum of present values.
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub rnpv: Decimal,
    /// rNPV ÷ headline.
    #[serde(with = "dealscope_core::money::decimal_number::option")]
    pub rnpv_share: Option<Decimal>,
    /// Upfront ÷ headline.
    #[serde(with = "dealscope_core::money::decimal_number::option")]
    pub upfront_share: Option<Decimal>,
    /// Every assumption made, in words.
    pub assumptions: Vec<String>,
    /// Probability of each step from stage i to i + 1 (preclinical … filed), for the
    /// simulation.
    #[serde(skip)]
    pub(crate) steps: [Decimal; 5],
    /// Stage at signing (0 preclinical … 5 approved).
    #[serde(skip)]
    pub(crate) stage: usize,
    /// Probability an approved product reaches its sales milestones.
    #[serde(skip)]
    pub(crate) sales_probability: Decimal,
}

/// The phase-transition rates and durations a valuation used, and how they were chosen.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Basis {
    /// Which rates (`therapeutic area oncology` …).
    pub rates: String,
    /// The phase-transition rates.
    #[serde(serialize_with = "transitions_json")]
    pub transitions: Transitions,
    /// The phase durations' group.
    pub duration_group: String,
    /// The phase durations.
    #[serde(serialize_with = "durations_json")]
    pub durations: Durations,
}

impl Basis {
    fn of(a: &Assumptions, area: Option<&TherapeuticArea>, modality: Option<&Modality>) -> Basis {
        let (transitions, rates) = a.transitions_for(area, modality);
        let (durations, group) = a.durations_for(area);
        Basis {
            rates,
            transitions,
            duration_group: group.to_owned(),
            durations: durations.clone(),
        }
    }
}

fn transitions_json<S: serde::Serializer>(t: &Transitions, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(5))?;
    m.serialize_entry("p1_to_p2", &t.p1_to_p2.to_string())?;
    m.serialize_entry("p2_to_p3", &t.p2_to_p3.to_string())?;
    m.serialize_entry("p3_to_filing", &t.p3_to_filing.to_string())?;
    m.serialize_entry("filing_to_approval", &t.filing_to_approval.to_string())?;
    m.serialize_entry("source", &t.source)?;
    m.end()
}

fn durations_json<S: serde::Serializer>(d: &Durations, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(5))?;
    m.serialize_entry("phase1", &d.phase1.to_string())?;
    m.serialize_entry("phase2", &d.phase2.to_string())?;
    m.serialize_entry("phase3", &d.phase3.to_string())?;
    m.serialize_entry("review", &d.review.to_string())?;
    m.serialize_entry("source", &d.source)?;
    m.end()
}

/// Why a deal could not be valued.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{deal}: not valued: {reason}")]
pub struct NotValued {
    /// The deal.
    pub deal: DealId,
    /// Why, in words.
    pub reason: String,
}

/// Development stages by index: 0 preclinical, 1–3 phases, 4 filed, 5 approved.
fn stage_of(phase: &Phase) -> Option<usize> {
    Some(match phase {
        Phase::Preclinical => 0,
        Phase::Phase1 => 1,
        Phase::Phase2 => 2,
        Phase::Phase3 => 3,
        Phase::Filed => 4,
        Phase::Approved => 5,
        Phase::Other(_) => return None,
    })
}

/// The probabilities and durations of each step from stage `i` to `i + 1`.
struct Steps {
    p: [Decimal; 5],
    years: [Decimal; 5],
}

impl Steps {
    fn new(a: &Assumptions, t: &Transitions, d: &Durations) -> Steps {
        Steps {
            p: [
                a.preclinical_to_p1,
                t.p1_to_p2,
                t.p2_to_p3,
                t.p3_to_filing,
                t.filing_to_approval,
            ],
            years: [a.preclinical_years, d.phase1, d.phase2, d.phase3, d.review],
        }
    }

    /// Probability and years from stage `from` to stage `to`; (1, 0) when already there.
    fn reach(&self, from: usize, to: usize) -> (Decimal, Decimal) {
        (from..to).fold((Decimal::ONE, Decimal::ZERO), |(p, t), i| {
            (p * self.p[i], t + self.years[i])
        })
    }
}

/// Values one deal for its licensor, with every assumption written out.
pub fn value(deal: &Deal, input: &ValuationInput, a: &Assumptions) -> Result<Valuation, NotValued> {
    Valuer::new(a, input).value(deal)
}

/// Values deals one after another, reusing discount factors and rates between them.
pub struct Valuer<'a> {
    assumptions: &'a Assumptions,
    input: &'a ValuationInput,
    detail: bool,
    timing: Timing,
    scratch: Vec<Payment>,
    bases: HashMap<(Option<TherapeuticArea>, Option<Modality>), Arc<Basis>>,
}

impl<'a> Valuer<'a> {
    /// A valuer whose valuations list every assumption in words.
    pub fn new(assumptions: &'a Assumptions, input: &'a ValuationInput) -> Self {
        Valuer {
            assumptions,
            input,
            detail: true,
            timing: Timing::default(),
            scratch: Vec::new(),
            bases: HashMap::new(),
        }
    }

    /// A valuer for portfolios: the same figures, `assumptions` left empty (value one deal
    /// with [`value`] to read them).
    pub fn figures_only(assumptions: &'a Assumptions, input: &'a ValuationInput) -> Self {
        Valuer {
            detail: false,
            ..Valuer::new(assumptions, input)
        }
    }

    /// Values one deal.
    pub fn value(&mut self, deal: &Deal) -> Result<Valuation, NotValued> {
        let basis = self.basis(deal);
        let mut notes = Notes {
            on: self.detail,
            lines: Vec::new(),
        };
        let mut payments = Vec::with_capacity(8);
        let core = value_with(
            deal,
            self.input,
            self.assumptions,
            basis.clone(),
            &mut self.timing,
            &mut notes,
            &mut payments,
        )?;
        let share = |x: Decimal| crate::stats::ratio(x, core.headline).map(|v| v.round_dp(6));
        let phase = deal.phase_at_signing.as_ref().map_or("", |p| p.label());
        Ok(Valuation {
            deal_id: deal.id.clone(),
            currency: core.currency,
            basis,
            discount_rate: self.input.discount_rate,
            phase_at_signing: phase.to_owned(),
            probability_of_approval: core.steps[core.stage.min(5)..].iter().product(),
            payments,
            nominal: core.nominal,
            headline: core.headline,
            rnpv: core.rnpv,
            rnpv_share: share(core.rnpv),
            upfront_share: core.upfront.and_then(share),
            assumptions: notes.lines,
            steps: core.steps,
            stage: core.stage,
            sales_probability: self.assumptions.sales_probability,
        })
    }

    /// The rNPV of one deal, without the payment list or the assumptions: the same
    /// computation as [`Valuer::value`], for portfolios.
    pub fn rnpv(&mut self, deal: &Deal) -> Result<Money, NotValued> {
        let basis = self.basis(deal);
        let mut notes = Notes {
            on: false,
            lines: Vec::new(),
        };
        let mut payments = std::mem::take(&mut self.scratch);
        let core = value_with(
            deal,
            self.input,
            self.assumptions,
            basis,
            &mut self.timing,
            &mut notes,
            &mut payments,
        );
        self.scratch = payments;
        core.map(|c| Money::new(c.rnpv, c.currency))
    }

    fn basis(&mut self, deal: &Deal) -> Arc<Basis> {
        let key = (deal.therapeutic_area.clone(), deal.modality.clone());
        let a = self.assumptions;
        self.bases
            .entry(key)
            .or_insert_with_key(|(area, modality)| {
                Arc::new(Basis::of(a, area.as_ref(), modality.as_ref()))
            })
            .clone()
    }
}

/// Computed once and reused: discount factors by years, and probability, years, discount
/// factor and their product by (trigger, stage at signing, rates).
#[derive(Default)]
struct Timing {
    discount: HashMap<Decimal, Decimal>,
    by_trigger: HashMap<(Trigger, usize, usize), When>,
}

/// Probability, years, discount factor and probability × discount factor of a trigger.
type When = (Decimal, Decimal, Decimal, Decimal);

/// Assumption lines, written only when asked for (formatting them dominates portfolio runs).
struct Notes {
    on: bool,
    lines: Vec<String>,
}

impl Notes {
    fn add(&mut self, line: impl FnOnce() -> String) {
        if self.on {
            self.lines.push(line());
        }
    }
}

fn value_with(
    deal: &Deal,
    input: &ValuationInput,
    a: &Assumptions,
    basis: Arc<Basis>,
    timing: &mut Timing,
    notes: &mut Notes,
    payments: &mut Vec<Payment>,
) -> Result<Core, NotValued> {
    let not = |reason: String| NotValued {
        deal: deal.id.clone(),
        reason,
    };
    let r = input.discount_rate;
    if r < Decimal::ZERO || r > Decimal::ONE {
        return Err(not(format!("discount rate {r} is outside [0, 1]")));
    }
    let phase = deal
        .phase_at_signing
        .as_ref()
        .ok_or_else(|| not("phase at signing not recorded".into()))?;
    let s = stage_of(phase)
        .ok_or_else(|| not(format!("phase {:?} is not a known stage", phase.label())))?;
    let mut known = TermKind::ALL
        .iter()
        .filter_map(|k| deal.terms.money(*k).map(|m| m.currency));
    let currency = known
        .next()
        .ok_or_else(|| not("no amount disclosed".into()))?;
    if known.any(|c| c != currency) {
        return Err(not("terms are in several currencies".into()));
    }
    let amount = |k: TermKind| deal.terms.money(k).map(|m| m.amount);
    let (transitions, durations) = (&basis.transitions, &basis.durations);
    let (rates, duration_group) = (&basis.rates, &basis.duration_group);
    let steps = Steps::new(a, transitions, durations);
    notes.add(|| {
        format!(
            "stage at signing: {} (from the deal record), taken as the start of that stage",
            phase.label()
        )
    });
    notes.add(|| {
        format!(
            "phase-transition rates: {rates}: P1→P2 {}, P2→P3 {}, P3→filing {}, filing→approval {} ({})",
            transitions.p1_to_p2,
            transitions.p2_to_p3,
            transitions.p3_to_filing,
            transitions.filing_to_approval,
            transitions.source
        )
    });
    notes.add(|| {
        format!(
            "phase durations ({duration_group}): P1 {} y, P2 {} y, P3 {} y, review {} y ({})",
            durations.phase1,
            durations.phase2,
            durations.phase3,
            durations.review,
            durations.source
        )
    });
    notes.add(|| format!("discount rate {r} per year, (1 + r)^-t on expected years from signing"));
    if s == 0 {
        notes.add(|| format!(
            "preclinical → phase 1: probability {} over {} years (dealscope default; the reference data have no preclinical rate)",
            a.preclinical_to_p1, a.preclinical_years
        ));
    }

    let mut lines: Vec<(PaymentKind, Trigger, Decimal)> = Vec::with_capacity(8);
    let upfront_includes_near_term = deal
        .terms
        .upfront
        .as_ref()
        .and_then(|t| t.amount())
        .is_some_and(|am| am.includes.contains(&TermKind::NearTerm));
    if let Some(u) = amount(TermKind::Upfront) {
        lines.push((PaymentKind::Upfront, Trigger::Signing, u));
    }
    if let Some(n) = amount(TermKind::NearTerm).filter(|_| !upfront_includes_near_term) {
        lines.push((PaymentKind::NearTerm, Trigger::NearTerm, n));
        notes.add(|| {
            format!(
                "near-term payments certain, paid {} years after signing (dealscope default)",
                a.near_term_years
            )
        });
    }
    if let Some(o) = amount(TermKind::OptionFee) {
        lines.push((PaymentKind::OptionFee, Trigger::NearTerm, o));
        notes.add(|| "option fee treated as certain and near-term".into());
    }
    if amount(TermKind::Equity).is_some() {
        notes.add(|| {
            "equity investment left out: it buys shares, it does not pay for the asset".into()
        });
    }

    if input.milestones.is_empty() {
        let certain: Decimal = lines.iter().map(|l| l.2).sum();
        let lump = match (amount(TermKind::Milestones), amount(TermKind::Total)) {
            (Some(m), _) => Some(m),
            (None, Some(total)) if total > certain => {
                notes.add(|| format!(
                    "milestones computed as headline total minus certain payments: {} − {} = {}",
                    total.normalize(),
                    certain.normalize(),
                    (total - certain).normalize()
                ));
                Some(total - certain)
            }
            _ => None,
        };
        if let Some(lump) = lump.filter(|l| !l.is_zero()) {
            split_lump(lump, s, a, notes, &mut lines);
        }
    } else {
        for m in &input.milestones {
            lines.push((m.trigger.kind(), m.trigger, m.amount));
        }
        notes.add(|| "milestones itemised by the user".into());
    }

    match &input.royalty {
        None => notes.add(|| {
            "royalties omitted: give a peak-sales assumption and a rate to value them".into()
        }),
        Some(ry) => {
            for y in 1..=ry.years {
                let ramp = Decimal::from(y.min(ry.years_to_peak.max(1)))
                    / Decimal::from(ry.years_to_peak.max(1));
                lines.push((
                    PaymentKind::Royalty,
                    Trigger::RoyaltyYear(y),
                    (ry.peak_sales * ramp * ry.rate).round_dp(2),
                ));
            }
            notes.add(|| format!(
                "royalties: {} of net sales ramping linearly to {} over {} years after approval, for {} years, each year paid at its end",
                ry.rate, ry.peak_sales, ry.years_to_peak, ry.years
            ));
        }
    }

    payments.clear();
    for (kind, trigger, amt) in lines {
        // Probability, time and discount depend only on the trigger, the stage at signing
        // and the rates: computed once per combination.
        let key = (trigger, s, Arc::as_ptr(&basis) as usize);
        let (p, t, df, weight) = match timing.by_trigger.get(&key) {
            Some(known) => *known,
            None => {
                let (p, t) = when(trigger, s, &steps, a);
                let df = match timing.discount.get(&t) {
                    Some(df) => *df,
                    None => {
                        let df = discount_factor(r, t)
                            .ok_or_else(|| not("discount factor overflow".into()))?;
                        timing.discount.insert(t, df);
                        df
                    }
                };
                // 12 places keep a $100B payment's value exact to the cent and the
                // product within 96 bits (a wider one is several times slower).
                let weight = (p * df).round_dp(12);
                timing.by_trigger.insert(key, (p, t, df, weight));
                (p, t, df, weight)
            }
        };
        payments.push(Payment {
            kind,
            trigger,
            amount: amt,
            probability: p,
            years: t,
            discount_factor: df,
            present_value: (amt * weight).round_dp(2),
        });
    }
    payments.sort_by_key(|p| p.years);
    let nominal: Decimal = payments
        .iter()
        .filter(|p| p.kind != PaymentKind::Royalty)
        .map(|p| p.amount)
        .sum();
    let rnpv: Decimal = payments.iter().map(|p| p.present_value).sum();
    let headline = amount(TermKind::Total).unwrap_or(nominal);
    Ok(Core {
        currency,
        stage: s,
        steps: steps.p,
        nominal,
        headline,
        rnpv,
        upfront: amount(TermKind::Upfront),
    })
}

/// The figures of a valuation besides its payments and notes.
struct Core {
    currency: Currency,
    stage: usize,
    steps: [Decimal; 5],
    nominal: Decimal,
    headline: Decimal,
    rnpv: Decimal,
    upfront: Option<Decimal>,
}

/// Splits a lump milestone total by the assumptions' split from stage `s`.
fn split_lump(
    lump: Decimal,
    s: usize,
    a: &Assumptions,
    notes: &mut Notes,
    out: &mut Vec<(PaymentKind, Trigger, Decimal)>,
) {
    const DEVELOPMENT: [Trigger; 4] = [
        Trigger::Phase1Start,
        Trigger::Phase2Start,
        Trigger::Phase3Start,
        Trigger::Filing,
    ];
    // The events after stage s: trigger i reaches stage i + 1.
    let dev_triggers = &DEVELOPMENT[s.min(4)..];
    let sp = &a.split;
    let dev = (lump * sp.development).round_dp(2);
    let sales = (lump * sp.sales).round_dp(2);
    let mut reg = lump - dev - sales;
    notes.add(|| format!(
        "lump milestones {} split {} development / {} regulatory / {} sales (dealscope default; sales milestones are usually most of an \"up to\" total)",
        lump.normalize(),
        sp.development,
        sp.regulatory,
        sp.sales
    ));
    if dev_triggers.is_empty() {
        reg += dev;
        notes.add(|| {
            "no development event ahead: the development share is paid with the regulatory share"
                .into()
        });
    } else {
        let each = (dev / Decimal::from(dev_triggers.len())).round_dp(2);
        for (i, t) in dev_triggers.iter().enumerate() {
            let amt = if i + 1 == dev_triggers.len() {
                dev - each * Decimal::from(i)
            } else {
                each
            };
            out.push((PaymentKind::Development, *t, amt));
        }
        notes.add(|| {
            let names: Vec<String> = dev_triggers.iter().map(ToString::to_string).collect();
            format!("development share spread evenly over {}", names.join(", "))
        });
    }
    let reg_trigger = if s >= 5 {
        notes.add(|| "approved at signing: regulatory milestones taken to pay on approval in a further market (one review at the filing → approval rate)".into());
        Trigger::FurtherApproval
    } else {
        Trigger::Approval
    };
    if !reg.is_zero() {
        out.push((PaymentKind::Regulatory, reg_trigger, reg));
    }
    if !sales.is_zero() {
        out.push((PaymentKind::Sales, Trigger::Sales, sales));
        notes.add(|| format!(
            "sales milestones paid {} years after approval with probability {} once approved (dealscope default)",
            a.sales_delay_years, a.sales_probability
        ));
    }
}

/// Probability and expected years of a trigger from stage `s`.
fn when(trigger: Trigger, s: usize, steps: &Steps, a: &Assumptions) -> (Decimal, Decimal) {
    match trigger {
        Trigger::Signing => (Decimal::ONE, Decimal::ZERO),
        Trigger::NearTerm => (Decimal::ONE, a.near_term_years),
        Trigger::FurtherApproval => (steps.p[4], steps.years[4]),
        Trigger::Sales => {
            let (p, t) = steps.reach(s, 5);
            (p * a.sales_probability, t + a.sales_delay_years)
        }
        Trigger::RoyaltyYear(y) => {
            let (p, t) = steps.reach(s, 5);
            (p, t + Decimal::from(y))
        }
        other => {
            let k = other.stage().unwrap_or(5);
            steps.reach(s, k.max(s))
        }
    }
}

/// `1 / (1 + r)^t`, rounded to 8 places.
pub fn discount_factor(r: Decimal, years: Decimal) -> Option<Decimal> {
    if years.is_zero() || r.is_zero() {
        return Some(Decimal::ONE);
    }
    let growth = (Decimal::ONE + r).checked_powd(years)?;
    Decimal::ONE.checked_div(growth).map(|d| d.round_dp(8))
}

/// The rNPV of every deal, in input order, or why it could not be valued.
///
/// Large portfolios are split across the machine's cores (scoped threads); the figures do
/// not depend on the split.
pub fn rnpv_all(
    deals: &[Deal],
    input: &ValuationInput,
    a: &Assumptions,
) -> Vec<Result<Money, NotValued>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = deals.len().div_ceil(threads).max(PARALLEL_FROM);
    std::thread::scope(|scope| {
        let handles: Vec<_> = deals
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let mut valuer = Valuer::figures_only(a, input);
                    part.iter().map(|d| valuer.rnpv(d)).collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("valuation threads do not panic"))
            .collect()
    })
}

/// Below this many deals per thread, threads cost more than they save.
const PARALLEL_FROM: usize = 2_000;

#[cfg(test)]
mod tests;
