use super::*;
use dealscope_core::{Amount, Modality, Money, Party, Term, TherapeuticArea};
use proptest::prelude::*;

fn usd(n: i64) -> Option<Term> {
    Some(Term::Disclosed(Amount::exact(Money::whole(
        n,
        Currency::USD,
    ))))
}

fn deal(phase: Phase, upfront: i64, milestones: Option<i64>, total: Option<i64>) -> Deal {
    let mut d = Deal::new(
        DealId::new("t").unwrap(),
        vec![Party::named("A")],
        vec![Party::named("B")],
    );
    d.phase_at_signing = Some(phase);
    d.therapeutic_area = Some(TherapeuticArea::Oncology);
    d.modality = Some(Modality::Adc);
    d.terms.upfront = usd(upfront);
    d.terms.milestones = milestones.and_then(usd);
    d.terms.total = total.and_then(usd);
    d
}

fn f(d: Decimal) -> f64 {
    d.to_string().parse().unwrap()
}

/// The example, computed here by hand from the published oncology rates
/// (P1→P2 0.488, P2→P3 0.246, P3→filing 0.477, filing→approval 0.920) and durations
/// (P1 2.7 y, P2 3.7 y, P3 3.1 y, review 0.8 y) at 10 %.
#[test]
fn phase_1_oncology_deal_by_hand() {
    let d = deal(Phase::Phase1, 50_000_000, None, Some(350_000_000));
    let input = ValuationInput {
        milestones: vec![
            Milestone {
                trigger: Trigger::Phase3Start,
                amount: Decimal::from(100_000_000),
            },
            Milestone {
                trigger: Trigger::Approval,
                amount: Decimal::from(200_000_000),
            },
        ],
        ..ValuationInput::new()
    };
    let v = value(&d, &input, &Assumptions::builtin()).unwrap();

    let p_p3 = 0.488 * 0.246; // 0.120048
    let t_p3 = 2.7 + 3.7; // 6.4 years
    let p_appr = p_p3 * 0.477 * 0.920; // 0.05268...
    let t_appr = t_p3 + 3.1 + 0.8; // 10.3 years
    let pv_p3 = 100e6 * p_p3 / 1.1f64.powf(t_p3);
    let pv_appr = 200e6 * p_appr / 1.1f64.powf(t_appr);
    let expected = 50e6 + pv_p3 + pv_appr;

    assert_eq!(v.payments.len(), 3);
    let [up, p3, appr] = [&v.payments[0], &v.payments[1], &v.payments[2]];
    assert_eq!(
        (up.trigger, up.present_value),
        (Trigger::Signing, Decimal::from(50_000_000))
    );
    assert_eq!(p3.trigger, Trigger::Phase3Start);
    assert!((f(p3.probability) - p_p3).abs() < 1e-9);
    assert_eq!(f(p3.years), t_p3);
    assert!(
        (f(p3.present_value) - pv_p3).abs() < 1.0,
        "{} vs {pv_p3}",
        p3.present_value
    );
    assert!((f(appr.probability) - p_appr).abs() < 1e-9);
    assert!((f(appr.years) - t_appr).abs() < 1e-12);
    assert!(
        (f(appr.present_value) - pv_appr).abs() < 1.0,
        "{} vs {pv_appr}",
        appr.present_value
    );
    assert!(
        (f(v.rnpv) - expected).abs() < 2.0,
        "{} vs {expected}",
        v.rnpv
    );
    assert_eq!(v.headline, Decimal::from(350_000_000));
    assert_eq!(v.upfront_share, Some(Decimal::new(142857, 6)));
    assert!(
        v.assumptions
            .iter()
            .any(|a| a.starts_with("royalties omitted"))
    );
}

#[test]
fn a_lump_total_is_split_and_said_so() {
    let d = deal(Phase::Phase2, 100, None, Some(1_100));
    let v = value(&d, &ValuationInput::new(), &Assumptions::builtin()).unwrap();
    // 1 000 of milestones: 150 development over phase 3 start and filing, 250 approval,
    // 600 sales.
    let by_trigger: Vec<(Trigger, i64)> = v
        .payments
        .iter()
        .map(|p| (p.trigger, i64::try_from(p.amount).unwrap()))
        .collect();
    assert_eq!(
        by_trigger,
        [
            (Trigger::Signing, 100),
            (Trigger::Phase3Start, 75),
            (Trigger::Filing, 75),
            (Trigger::Approval, 250),
            (Trigger::Sales, 600)
        ]
    );
    assert_eq!(v.nominal, v.headline);
    assert!(
        v.assumptions
            .iter()
            .any(|a| a.contains("milestones computed as headline total minus"))
    );
    assert!(
        v.assumptions
            .iter()
            .any(|a| a.contains("split 0.15 development"))
    );
}

#[test]
fn approved_assets_pay_regulatory_on_further_approvals() {
    let d = deal(Phase::Approved, 10, Some(100), None);
    let v = value(&d, &ValuationInput::new(), &Assumptions::builtin()).unwrap();
    let reg = v
        .payments
        .iter()
        .find(|p| p.kind == PaymentKind::Regulatory)
        .unwrap();
    assert_eq!(reg.trigger, Trigger::FurtherApproval);
    assert_eq!(
        reg.amount,
        Decimal::from(40),
        "development share folded into regulatory"
    );
    assert_eq!(reg.probability, Decimal::new(92, 2));
}

#[test]
fn deals_that_cannot_be_valued_say_why() {
    let mut d = deal(Phase::Phase1, 1, None, None);
    d.phase_at_signing = None;
    let e = value(&d, &ValuationInput::new(), &Assumptions::builtin()).unwrap_err();
    assert_eq!(e.reason, "phase at signing not recorded");
    let d = deal(Phase::Phase1, 1, None, None);
    let bad = ValuationInput {
        discount_rate: Decimal::new(-1, 2),
        ..ValuationInput::new()
    };
    assert!(
        value(&d, &bad, &Assumptions::builtin())
            .unwrap_err()
            .reason
            .contains("outside [0, 1]")
    );
}

#[test]
fn royalties_are_valued_only_when_asked() {
    let d = deal(Phase::Phase3, 0, Some(0), None);
    let input = ValuationInput {
        royalty: Some(RoyaltyInput {
            peak_sales: Decimal::from(1000),
            rate: Decimal::new(1, 1),
            years_to_peak: 2,
            years: 3,
        }),
        ..ValuationInput::new()
    };
    let v = value(&d, &input, &Assumptions::builtin()).unwrap();
    let royalties: Vec<i64> = v
        .payments
        .iter()
        .filter(|p| p.kind == PaymentKind::Royalty)
        .map(|p| i64::try_from(p.amount).unwrap())
        .collect();
    assert_eq!(
        royalties,
        [50, 100, 100],
        "10 % of sales ramping 500 → 1000"
    );
}

fn phase(i: usize) -> Phase {
    [
        Phase::Preclinical,
        Phase::Phase1,
        Phase::Phase2,
        Phase::Phase3,
        Phase::Filed,
        Phase::Approved,
    ][i]
        .clone()
}

fn trigger(i: usize) -> Trigger {
    [
        Trigger::Phase1Start,
        Trigger::Phase2Start,
        Trigger::Phase3Start,
        Trigger::Filing,
        Trigger::Approval,
        Trigger::Sales,
    ][i]
}

prop_compose! {
    fn schedule()(items in prop::collection::vec((0usize..6, 1i64..1_000_000_000), 0..5)) -> Vec<Milestone> {
        items.into_iter().map(|(t, a)| Milestone { trigger: trigger(t), amount: Decimal::from(a) }).collect()
    }
}

proptest! {
    #[test]
    fn rnpv_never_exceeds_the_headline(
        stage in 0usize..6,
        upfront in 0i64..2_000_000_000,
        milestones in 0i64..20_000_000_000,
        itemised in schedule(),
        rate in 0i64..=100,
    ) {
        let d = deal(phase(stage), upfront, Some(milestones), None);
        let input = ValuationInput { discount_rate: Decimal::new(rate, 2), milestones: itemised, royalty: None };
        let v = value(&d, &input, &Assumptions::builtin()).unwrap();
        prop_assert!(v.rnpv <= v.headline, "{} > {}", v.rnpv, v.headline);
        prop_assert!(v.rnpv >= Decimal::from(upfront));
    }

    #[test]
    fn rnpv_rises_when_the_phase_at_signing_advances(
        stage in 0usize..5,
        upfront in 0i64..2_000_000_000,
        itemised in schedule(),
        rate in 0i64..=30,
    ) {
        let input = ValuationInput { discount_rate: Decimal::new(rate, 2), milestones: itemised, royalty: None };
        let a = Assumptions::builtin();
        let earlier = value(&deal(phase(stage), upfront, None, None), &input, &a).unwrap();
        let later = value(&deal(phase(stage + 1), upfront, None, None), &input, &a).unwrap();
        prop_assert!(later.rnpv >= earlier.rnpv, "{} < {}", later.rnpv, earlier.rnpv);
    }

    #[test]
    fn rnpv_falls_when_the_discount_rate_rises(
        stage in 0usize..6,
        milestones in 1i64..20_000_000_000,
        rate in 0i64..50,
        step in 1i64..50,
    ) {
        let d = deal(phase(stage), 1_000, Some(milestones), None);
        let a = Assumptions::builtin();
        let at = |r| value(&d, &ValuationInput { discount_rate: Decimal::new(r, 2), ..ValuationInput::new() }, &a).unwrap().rnpv;
        prop_assert!(at(rate + step) <= at(rate));
    }
}
