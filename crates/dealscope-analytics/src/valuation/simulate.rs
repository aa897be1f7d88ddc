//! Monte Carlo simulation of what a deal actually pays: the asset's path through the
//! phases is drawn with the same rates the rNPV uses, so milestones are correlated (an
//! asset that fails phase 2 pays neither its phase-3 nor its approval milestone).

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Payment, Trigger, Valuation};
use crate::stats::quantile_sorted;

/// Percentiles of realised payments over the simulated runs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Simulation {
    /// Number of runs.
    pub runs: u32,
    /// The seed (the same seed gives the same result).
    pub seed: u64,
    /// 10th, 50th and 90th percentile and mean of the nominal sum paid.
    pub paid: Percentiles,
    /// The same for the present value of what was paid.
    pub present_value: Percentiles,
}

/// P10, P50, P90 and mean.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Percentiles {
    /// 10th percentile.
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub p10: Decimal,
    /// Median.
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub p50: Decimal,
    /// 90th percentile.
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub p90: Decimal,
    /// Mean (converges on the rNPV for present values).
    #[serde(with = "dealscope_core::money::decimal_number")]
    pub mean: Decimal,
}

impl Percentiles {
    fn of(mut values: Vec<Decimal>) -> Percentiles {
        values.sort_unstable();
        let q = |x| {
            quantile_sorted(&values, Decimal::new(x, 2))
                .unwrap_or_default()
                .round_dp(2)
        };
        Percentiles {
            p10: q(10),
            p50: q(50),
            p90: q(90),
            mean: crate::stats::mean(&values).unwrap_or_default().round_dp(2),
        }
    }
}

/// Simulates `runs` paths of the valued deal. Each run draws, stage by stage, whether the
/// asset advances (the transition probabilities), whether an approved asset reaches its
/// sales milestones, and for an asset approved at signing whether a further approval
/// comes. A payment is made when its trigger is reached.
pub fn simulate(v: &Valuation, runs: u32, seed: u64) -> Simulation {
    let mut rng = fastrand::Rng::with_seed(seed);
    let steps: Vec<f64> = v.steps.iter().map(|p| f(*p)).collect();
    let start = v.stage;
    let sales_p = f(v.sales_probability);
    let (mut paid, mut pv) = (
        Vec::with_capacity(runs as usize),
        Vec::with_capacity(runs as usize),
    );
    for _ in 0..runs {
        let mut reached = start;
        while reached < steps.len() && rng.f64() < steps[reached] {
            reached += 1;
        }
        let further = rng.f64() < steps[steps.len() - 1];
        let sales = rng.f64() < sales_p;
        let (mut sum, mut sum_pv) = (Decimal::ZERO, Decimal::ZERO);
        for p in &v.payments {
            if pays(p, reached, further, sales) {
                sum += p.amount;
                sum_pv += p.amount * p.discount_factor;
            }
        }
        paid.push(sum);
        pv.push(sum_pv);
    }
    Simulation {
        runs,
        seed,
        paid: Percentiles::of(paid),
        present_value: Percentiles::of(pv),
    }
}

/// Whether a payment is made on a path that reached stage `reached` (0 preclinical …
/// 5 approved).
fn pays(p: &Payment, reached: usize, further: bool, sales: bool) -> bool {
    let stage = |t: Trigger| match t {
        Trigger::Phase1Start => 1,
        Trigger::Phase2Start => 2,
        Trigger::Phase3Start => 3,
        Trigger::Filing => 4,
        _ => 5,
    };
    match p.trigger {
        Trigger::Signing | Trigger::NearTerm => true,
        Trigger::FurtherApproval => further,
        Trigger::Sales => reached >= 5 && sales,
        t => reached >= stage(t),
    }
}

fn f(d: Decimal) -> f64 {
    use rust_decimal::prelude::ToPrimitive;
    d.to_f64().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::super::*;
    use super::*;
    use dealscope_core::{Amount, Deal, DealId, Money, Party, Term, TherapeuticArea};

    #[test]
    fn the_mean_present_value_converges_on_the_rnpv_and_the_seed_repeats() {
        let mut d = Deal::new(
            DealId::new("x").unwrap(),
            vec![Party::named("A")],
            vec![Party::named("B")],
        );
        d.phase_at_signing = Some(Phase::Phase2);
        d.therapeutic_area = Some(TherapeuticArea::Oncology);
        let usd = |n| {
            Some(Term::Disclosed(Amount::exact(Money::whole(
                n,
                Currency::USD,
            ))))
        };
        d.terms.upfront = usd(100_000_000);
        d.terms.milestones = usd(1_000_000_000);
        let v = value(&d, &ValuationInput::new(), &Assumptions::builtin()).unwrap();
        let s = simulate(&v, 20_000, 7);
        let gap = (s.present_value.mean - v.rnpv).abs() / v.rnpv;
        assert!(
            gap < Decimal::new(3, 2),
            "mean PV {} vs rNPV {}",
            s.present_value.mean,
            v.rnpv
        );
        // Most phase-2 assets fail: the median run pays the upfront and little else.
        assert!(s.paid.p10 >= Decimal::from(100_000_000));
        assert!(s.paid.p50 < Decimal::from(300_000_000), "{}", s.paid.p50);
        assert!(s.paid.p90 > s.paid.p50);
        assert_eq!(simulate(&v, 2_000, 42), simulate(&v, 2_000, 42));
    }
}
