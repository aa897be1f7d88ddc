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

use dealscope_core::{Currency, Deal, DealId, Phase, TermKind};
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
    /// Which rates were used (`therapeutic area oncology` …).
    pub rates: String,
    /// The phase-transition rates.
    #[serde(serialize_with = "transitions_json")]
    pub transitions: Transitions,
    /// The phase durations and their group.
    #[serde(serialize_with = "durations_json")]
    pub durations: (Durations, String),
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

fn durations_json<S: serde::Serializer>(d: &(Durations, String), s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(6))?;
    m.serialize_entry("group", &d.1)?;
    m.serialize_entry("phase1", &d.0.phase1.to_string())?;
    m.serialize_entry("phase2", &d.0.phase2.to_string())?;
    m.serialize_entry("phase3", &d.0.phase3.to_string())?;
    m.serialize_entry("review", &d.0.review.to_string())?;
    m.serialize_entry("source", &d.0.source)?;
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

/// Values one deal for its licensor.
pub fn value(deal: &Deal, input: &ValuationInput, a: &Assumptions) -> Result<Valuation, NotValued> {
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
    let currencies = deal.terms.currencies();
    let currency = match currencies.as_slice() {
        [c] => *c,
        [] => return Err(not("no amount disclosed".into())),
        _ => return Err(not("terms are in several currencies".into())),
    };
    let amount = |k: TermKind| deal.terms.money(k).map(|m| m.amount);
    let (transitions, rates) =
        a.transitions_for(deal.therapeutic_area.as_ref(), deal.modality.as_ref());
    let (durations, duration_group) = a.durations_for(deal.therapeutic_area.as_ref());
    let steps = Steps::new(a, &transitions, durations);
    let mut notes = vec![
        format!(
            "signed at the start of {} (stage taken from the deal record)",
            phase.label()
        ),
        format!(
            "phase-transition rates: {rates}: P1→P2 {}, P2→P3 {}, P3→filing {}, filing→approval {} ({})",
            transitions.p1_to_p2,
            transitions.p2_to_p3,
            transitions.p3_to_filing,
            transitions.filing_to_approval,
            transitions.source
        ),
        format!(
            "phase durations ({duration_group}): P1 {} y, P2 {} y, P3 {} y, review {} y ({})",
            durations.phase1,
            durations.phase2,
            durations.phase3,
            durations.review,
            durations.source
        ),
        format!("discount rate {r} per year, (1 + r)^-t on expected years from signing"),
    ];
    if s == 0 {
        notes.push(format!(
            "preclinical → phase 1: probability {} over {} years (dealscope default; the reference data have no preclinical rate)",
            a.preclinical_to_p1, a.preclinical_years
        ));
    }

    let mut lines: Vec<(PaymentKind, Trigger, Decimal)> = Vec::new();
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
        notes.push(format!(
            "near-term payments certain, paid {} years after signing (dealscope default)",
            a.near_term_years
        ));
    }
    if let Some(o) = amount(TermKind::OptionFee) {
        lines.push((PaymentKind::OptionFee, Trigger::NearTerm, o));
        notes.push("option fee treated as certain and near-term".into());
    }
    if amount(TermKind::Equity).is_some() {
        notes.push(
            "equity investment left out: it buys shares, it does not pay for the asset".into(),
        );
    }

    if input.milestones.is_empty() {
        let certain: Decimal = lines.iter().map(|l| l.2).sum();
        let lump = match (amount(TermKind::Milestones), amount(TermKind::Total)) {
            (Some(m), _) => Some(m),
            (None, Some(total)) if total > certain => {
                notes.push(format!(
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
            lines.extend(split_lump(lump, s, a, &mut notes));
        }
    } else {
        for m in &input.milestones {
            lines.push((m.trigger.kind(), m.trigger, m.amount));
        }
        notes.push("milestones itemised by the user".into());
    }

    match &input.royalty {
        None => notes.push(
            "royalties omitted: give a peak-sales assumption and a rate to value them".into(),
        ),
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
            notes.push(format!(
                "royalties: {} of net sales ramping linearly to {} over {} years after approval, for {} years, each year paid at its end",
                ry.rate, ry.peak_sales, ry.years_to_peak, ry.years
            ));
        }
    }

    let mut payments = Vec::with_capacity(lines.len());
    for (kind, trigger, amt) in lines {
        let (p, t) = when(trigger, s, &steps, a);
        let df = discount_factor(r, t).ok_or_else(|| not("discount factor overflow".into()))?;
        payments.push(Payment {
            kind,
            trigger,
            amount: amt,
            probability: p,
            years: t,
            discount_factor: df,
            present_value: (amt * p * df).round_dp(2),
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
    let share = |x: Decimal| crate::stats::ratio(x, headline).map(|v| v.round_dp(6));
    Ok(Valuation {
        deal_id: deal.id.clone(),
        currency,
        discount_rate: r,
        phase_at_signing: phase.label().to_owned(),
        rates,
        probability_of_approval: steps.reach(s, 5).0,
        transitions: transitions.clone(),
        durations: (durations.clone(), duration_group.to_owned()),
        payments,
        nominal,
        headline,
        rnpv,
        rnpv_share: share(rnpv),
        upfront_share: amount(TermKind::Upfront).and_then(share),
        assumptions: notes,
        steps: steps.p,
        stage: s,
        sales_probability: a.sales_probability,
    })
}

/// Splits a lump milestone total by the assumptions' split from stage `s`.
fn split_lump(
    lump: Decimal,
    s: usize,
    a: &Assumptions,
    notes: &mut Vec<String>,
) -> Vec<(PaymentKind, Trigger, Decimal)> {
    let dev_triggers: Vec<Trigger> = [
        Trigger::Phase1Start,
        Trigger::Phase2Start,
        Trigger::Phase3Start,
        Trigger::Filing,
    ]
    .into_iter()
    .filter(|t| t.stage().is_some_and(|k| k > s))
    .collect();
    let sp = &a.split;
    let dev = (lump * sp.development).round_dp(2);
    let sales = (lump * sp.sales).round_dp(2);
    let mut reg = lump - dev - sales;
    let mut out = Vec::new();
    notes.push(format!(
        "lump milestones {} split {} development / {} regulatory / {} sales (dealscope default; sales milestones are usually most of an \"up to\" total)",
        lump.normalize(),
        sp.development,
        sp.regulatory,
        sp.sales
    ));
    if dev_triggers.is_empty() {
        reg += dev;
        notes.push(
            "no development event ahead: the development share is paid with the regulatory share"
                .into(),
        );
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
        let names: Vec<String> = dev_triggers.iter().map(ToString::to_string).collect();
        notes.push(format!(
            "development share spread evenly over {}",
            names.join(", ")
        ));
    }
    let reg_trigger = if s >= 5 {
        notes.push("approved at signing: regulatory milestones taken to pay on approval in a further market (one review at the filing → approval rate)".into());
        Trigger::FurtherApproval
    } else {
        Trigger::Approval
    };
    if !reg.is_zero() {
        out.push((PaymentKind::Regulatory, reg_trigger, reg));
    }
    if !sales.is_zero() {
        out.push((PaymentKind::Sales, Trigger::Sales, sales));
        notes.push(format!(
            "sales milestones paid {} years after approval with probability {} once approved (dealscope default)",
            a.sales_delay_years, a.sales_probability
        ));
    }
    out
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

/// Values every deal; those that cannot be valued are returned with the reason.
pub fn value_all<'a>(
    deals: impl IntoIterator<Item = &'a Deal>,
    input: &ValuationInput,
    a: &Assumptions,
) -> (Vec<Valuation>, Vec<NotValued>) {
    let mut valued = Vec::new();
    let mut not = Vec::new();
    for d in deals {
        match value(d, input, a) {
            Ok(v) => valued.push(v),
            Err(e) => not.push(e),
        }
    }
    (valued, not)
}

#[cfg(test)]
mod tests;
