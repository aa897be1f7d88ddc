//! `dealscope value`: a deal's risk-adjusted value with every payment and assumption.

use std::path::Path;

use anyhow::Context;
use dealscope_analytics::valuation::{Milestone, Trigger, simulate::simulate};
use dealscope_analytics::value;
use dealscope_core::rust_decimal::Decimal;
use dealscope_core::{DealId, Money};
use dealscope_store::Store;

use crate::Outcome;
use crate::cli::{Format, ValueArgs};
use crate::commands::analysis;
use crate::report::{Cell, Report, Show};

/// Values one deal and prints the payments, the rNPV and the assumptions.
pub fn run(db: &Path, args: &ValueArgs) -> anyhow::Result<Outcome> {
    let store = crate::open_existing(db)?;
    let id = DealId::new(&args.deal).context("deal id")?;
    let Some(deal) = store.deal(&id)? else {
        eprintln!("no deal {id} in {}", db.display());
        return Ok(Outcome::NothingFound);
    };
    let (assumptions, mut input) = analysis::valuation(&args.valuation)?;
    input.milestones = args
        .milestone
        .iter()
        .map(|m| milestone(m))
        .collect::<anyhow::Result<_>>()?;
    input.royalty = analysis::royalty(args.peak_sales, args.royalty_rate);
    let v = value(&deal, &input, &assumptions).map_err(|e| anyhow::anyhow!("{e}"))?;
    let sim = args.simulate.map(|n| simulate(&v, n, args.seed));

    if args.json || (args.format == Format::Json && args.out.is_none()) {
        let mut doc = serde_json::to_value(&v)?;
        if let Some(s) = &sim {
            doc["simulation"] = serde_json::to_value(s)?;
        }
        println!("{}", serde_json::to_string_pretty(&doc)?);
        return Ok(Outcome::Done);
    }
    let c = v.currency;
    let m = |d: Decimal| Money::new(d, c).compact();
    let mut r = Report::new(format!(
        "rNPV of {} for its licensor ({} → {}), {} at signing, discount {}",
        deal.id,
        deal.licensor_names(),
        deal.licensee_names(),
        v.phase_at_signing,
        v.discount_rate
    ));
    r.column("kind", "payment", Show::Both)
        .column("trigger", "trigger", Show::Both)
        .column("amount", "amount", Show::Both)
        .column("probability", "probability", Show::Both)
        .column("years", "years", Show::Both)
        .column("discount_factor", "discount factor", Show::Both)
        .column("present_value", "present value", Show::Both);
    for p in &v.payments {
        r.row(vec![
            Cell::Text(p.kind.as_str().into()),
            Cell::Text(p.trigger.to_string()),
            Cell::Money(Some(p.amount), c),
            Cell::Number(Some(p.probability.round_dp(4))),
            Cell::Number(Some(p.years)),
            Cell::Number(Some(p.discount_factor.round_dp(4))),
            Cell::Money(Some(p.present_value), c),
        ]);
    }
    r.notes.push(format!(
        "rNPV {} · headline {} · rNPV ÷ headline {} · upfront ÷ headline {} · P(approval) {}",
        m(v.rnpv),
        m(v.headline),
        crate::output::percent(v.rnpv_share, false),
        crate::output::percent(v.upfront_share, false),
        v.probability_of_approval.round_dp(4)
    ));
    if let Some(s) = &sim {
        r.notes.push(format!(
            "Simulation ({} runs, seed {}): paid P10 {} · P50 {} · P90 {} (mean {}); present value P10 {} · P50 {} · P90 {} (mean {})",
            s.runs, s.seed,
            m(s.paid.p10), m(s.paid.p50), m(s.paid.p90), m(s.paid.mean),
            m(s.present_value.p10), m(s.present_value.p50), m(s.present_value.p90), m(s.present_value.mean)
        ));
    }
    r.notes.push("Assumptions:".into());
    r.notes
        .extend(v.assumptions.iter().map(|a| format!("  - {a}")));
    crate::report::emit(&r, args.format, args.out.as_deref())?;
    Ok(Outcome::Done)
}

fn milestone(text: &str) -> anyhow::Result<Milestone> {
    let (trigger, amount) = text.split_once('=').with_context(|| {
        format!("--milestone {text:?}: write TRIGGER=AMOUNT, e.g. approval=200000000")
    })?;
    let trigger = Trigger::parse(trigger).with_context(|| {
        format!("--milestone {text:?}: unknown trigger {trigger:?}; known: phase1_start, phase2_start, phase3_start, filing, approval, further_approval, sales")
    })?;
    let amount = Decimal::from_str_exact(amount.trim().replace('_', "").as_str())
        .ok()
        .filter(|a| *a >= Decimal::ZERO)
        .with_context(|| {
            format!("--milestone {text:?}: the amount is not a non-negative number")
        })?;
    Ok(Milestone { trigger, amount })
}
