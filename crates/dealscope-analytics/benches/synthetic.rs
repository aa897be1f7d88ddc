//! A deterministic synthetic portfolio for benchmarks: deals spread over 2015–2026 with
//! the sample data's mix of modalities, areas, phases, types and party names.

use dealscope_core::{
    Amount, CountryCode, Currency, Deal, DealId, DealType, Modality, Money, PartialDate, Party,
    Phase, Term, TherapeuticArea,
};

/// `n` deals from a fixed seed.
pub fn deals(n: usize) -> Vec<Deal> {
    let mut rng = fastrand::Rng::with_seed(20_251_125);
    let licensees = 300;
    let licensors = 600;
    let targets = [
        "PD-1", "VEGF", "TROP2", "HER2", "GLP-1", "CLDN18.2", "B7-H3", "PCSK9", "IL-23", "CD3",
        "KRAS", "EGFR",
    ];
    (0..n)
        .map(|i| {
            let mut licensor = Party::named(&format!("Licensor {}", rng.usize(0..licensors)));
            licensor.country = Some(CountryCode::new("CN").unwrap());
            let mut licensee = Party::named(&format!("Licensee {}", rng.usize(0..licensees)));
            licensee.country =
                Some(CountryCode::new(["US", "CH", "GB", "JP", "DE"][rng.usize(0..5)]).unwrap());
            let mut d = Deal::new(
                DealId::new(&format!("SYN-{i:06}")).unwrap(),
                vec![licensor],
                vec![licensee],
            );
            d.announced = Some(
                PartialDate::day(rng.i32(2015..=2026), rng.u32(1..=12), rng.u32(1..=28)).unwrap(),
            );
            d.modality = Some(Modality::KNOWN[rng.usize(0..Modality::KNOWN.len())].clone());
            d.therapeutic_area =
                Some(TherapeuticArea::KNOWN[rng.usize(0..TherapeuticArea::KNOWN.len())].clone());
            d.phase_at_signing = Some(Phase::KNOWN[rng.usize(0..Phase::KNOWN.len())].clone());
            d.deal_type = Some(DealType::KNOWN[rng.usize(0..DealType::KNOWN.len())].clone());
            d.targets = vec![targets[rng.usize(0..targets.len())].to_owned()];
            let usd = |m: u64| Money::whole(m as i64 * 1_000_000, Currency::USD);
            let upfront = rng.u64(1..=1_000);
            let milestones = rng.u64(0..=10_000);
            if rng.u8(0..10) > 0 {
                d.terms.upfront = Some(Term::Disclosed(Amount::exact(usd(upfront))));
                d.terms.milestones = Some(Term::Disclosed(Amount::up_to(usd(milestones))));
                d.terms.total = Some(Term::Disclosed(Amount::up_to(usd(upfront + milestones))));
            }
            if rng.u8(0..10) == 0 {
                d.terms.equity = Some(Term::Disclosed(Amount::exact(usd(rng.u64(10..=200)))));
            }
            d
        })
        .collect()
}
