//! Several reports of one deal become one deal.
//!
//! Rule (documented in docs/ARCHITECTURE.md): a report is the same deal as a stored one when
//! their licensor and licensee are the same companies (either way round) and they share an
//! asset — or, when either names no asset, were both announced, within 45 days of each
//! other. Merging keeps the stored deal's shown values and fills what it lacks;
//! every value the report states is kept as an observation, so a source that disagrees shows
//! up as a conflict instead of silently replacing or being dropped.

use crate::names::{asset_key, company_key};
use crate::{Deal, Party, TermKind};

fn same_party(a: &Party, b: &Party) -> bool {
    match (&a.company, &b.company) {
        (Some(x), Some(y)) => x == y,
        _ => company_key(&a.name) == company_key(&b.name),
    }
}

fn overlap(a: &[Party], b: &[Party]) -> bool {
    a.iter().any(|x| b.iter().any(|y| same_party(x, y)))
}

/// Two asset names match when their keys are equal, or when one is a code written as a
/// word inside the other's description ("HRS-9821" in "HRS-9821 + up to 11 further
/// programs").
fn same_asset_name(a: &str, b: &str) -> bool {
    if asset_key(a) == asset_key(b) {
        return true;
    }
    let contains_word = |long: &str, short: &str| {
        let short_key = asset_key(short);
        short_key.len() >= 4
            && long
                .split(|c: char| {
                    c.is_whitespace() || matches!(c, ';' | ',' | '+' | '(' | ')' | '/')
                })
                .any(|w| asset_key(w) == short_key)
    };
    contains_word(a, b) || contains_word(b, a)
}

/// Whether a report describes the same transaction as a stored deal.
pub fn same_deal(stored: &Deal, report: &Deal) -> bool {
    let straight = overlap(&stored.licensors, &report.licensors)
        && overlap(&stored.licensees, &report.licensees);
    let swapped = overlap(&stored.licensors, &report.licensees)
        && overlap(&stored.licensees, &report.licensors);
    if !(straight || swapped) {
        return false;
    }
    // Without an asset on both sides only close announcement dates tie two reports
    // together; repeat partners (three Kelun–Merck deals in a year) must stay apart.
    if stored.assets.is_empty() || report.assets.is_empty() {
        return match (stored.announced, report.announced) {
            (Some(a), Some(b)) => (a.start() - b.start()).num_days().abs() <= 45,
            _ => false,
        };
    }
    stored.assets.iter().any(|a| {
        report.assets.iter().any(|b| match (&a.asset, &b.asset) {
            (Some(x), Some(y)) => x == y,
            _ => a.names().any(|n| b.names().any(|m| same_asset_name(n, m))),
        })
    })
}

/// Folds a report into a stored deal (see the module docs for the rule). A report that
/// matched with licensor and licensee the other way round is read in the stored deal's
/// orientation: a later mention such as "X ended its agreement with Y" says little about
/// who licensed to whom.
pub fn merge(stored: &Deal, report: &Deal) -> Deal {
    let straight = overlap(&stored.licensors, &report.licensors)
        && overlap(&stored.licensees, &report.licensees);
    let mut report = report.clone();
    if !straight {
        std::mem::swap(&mut report.licensors, &mut report.licensees);
        for o in &mut report.observations {
            o.field = match o.field.as_str() {
                "licensor" => "licensee".to_owned(),
                "licensee" => "licensor".to_owned(),
                _ => std::mem::take(&mut o.field),
            };
        }
        for e in &mut report.evidence {
            e.field = match e.field.as_str() {
                "licensor" => "licensee".to_owned(),
                "licensee" => "licensor".to_owned(),
                _ => std::mem::take(&mut e.field),
            };
        }
    }
    let report = &report;
    let mut d = stored.clone();
    d.announced = d.announced.or(report.announced);
    for a in &report.assets {
        let known = d.assets.iter().any(|x| {
            x.names()
                .any(|n| a.names().any(|m| asset_key(n) == asset_key(m)))
        });
        if !known {
            d.assets.push(a.clone());
        }
    }
    d.modality = d.modality.or_else(|| report.modality.clone());
    if d.targets.is_empty() {
        d.targets = report.targets.clone();
    }
    d.therapeutic_area = d
        .therapeutic_area
        .or_else(|| report.therapeutic_area.clone());
    d.indication = d.indication.or_else(|| report.indication.clone());
    d.phase_at_signing = d
        .phase_at_signing
        .or_else(|| report.phase_at_signing.clone());
    d.deal_type = d.deal_type.or_else(|| report.deal_type.clone());
    d.territory = d.territory.or_else(|| report.territory.clone());
    for kind in TermKind::ALL {
        if d.terms.get(kind).is_none() {
            *d.terms.get_mut(kind) = report.terms.get(kind).cloned();
        }
    }
    if d.terms.royalty.is_none() {
        d.terms.royalty = report.terms.royalty.clone();
    }
    for s in &report.sources {
        if !d.sources.iter().any(|x| x.id == s.id) {
            d.sources.push(s.clone());
        }
    }
    d.evidence.extend(report.evidence.iter().cloned());
    d.observations.extend(report.observations.iter().cloned());
    d.events.extend(report.events.iter().cloned());
    d.status = crate::event::status_after(&d.events, d.status);
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Amount, AssetRef, Currency, DealId, Money, Term};

    fn deal(id: &str, licensor: &str, licensee: &str, asset: &str, date: &str) -> Deal {
        let mut d = Deal::new(
            DealId::new(id).unwrap(),
            vec![Party::named(licensor)],
            vec![Party::named(licensee)],
        );
        if !asset.is_empty() {
            d.assets = vec![AssetRef::named(asset)];
        }
        d.announced = Some(date.parse().unwrap());
        d
    }

    #[test]
    fn same_parties_and_asset_is_the_same_deal() {
        let a = deal("A", "RemeGen", "AbbVie", "RC148", "2026-01-12");
        assert!(same_deal(
            &a,
            &deal(
                "B",
                "Remegen Co., Ltd.",
                "AbbVie Inc.",
                "rc-148",
                "2026-01-13"
            )
        ));
        assert!(
            same_deal(&a, &deal("B", "AbbVie", "RemeGen", "RC148", "2026-01-13")),
            "roles swapped"
        );
        assert!(
            !same_deal(&a, &deal("B", "RemeGen", "AbbVie", "RC18", "2026-01-13")),
            "other asset"
        );
        assert!(!same_deal(
            &a,
            &deal("B", "RemeGen", "Pfizer", "RC148", "2026-01-13")
        ));
        assert!(
            same_deal(&a, &deal("B", "RemeGen", "AbbVie", "", "2026-02-01")),
            "no asset, close date"
        );
        assert!(
            !same_deal(&a, &deal("B", "RemeGen", "AbbVie", "", "2026-06-01")),
            "no asset, far date"
        );
        let mut undated = deal("B", "RemeGen", "AbbVie", "", "2026-01-12");
        undated.announced = None;
        assert!(
            !same_deal(&a, &undated),
            "no asset and no date: not enough to merge"
        );
        let described = deal(
            "C",
            "Hengrui",
            "GSK",
            "HRS-9821 + up to 11 further programs",
            "2025-07-27",
        );
        assert!(same_deal(
            &described,
            &deal("D", "Hengrui", "GSK", "HRS-9821", "2025-07-28")
        ));
        assert!(!same_deal(
            &described,
            &deal("D", "Hengrui", "GSK", "HRS-98", "2025-07-28")
        ));
    }

    #[test]
    fn merging_fills_gaps_and_keeps_shown_values() {
        let usd = |n| Money::whole(n, Currency::USD);
        let mut stored = deal("A", "RemeGen", "AbbVie", "RC148", "2026-01-12");
        stored.terms.upfront = Some(Term::Disclosed(Amount::exact(usd(650_000_000))));
        let mut report = deal("B", "RemeGen", "AbbVie", "RC148", "2026-01-12");
        report.terms.upfront = Some(Term::Disclosed(Amount::exact(usd(600_000_000))));
        report.terms.milestones = Some(Term::Disclosed(Amount::up_to(usd(4_950_000_000))));
        let m = merge(&stored, &report);
        assert_eq!(m.id.as_str(), "A");
        assert_eq!(m.terms.money(TermKind::Upfront), Some(usd(650_000_000)));
        assert_eq!(
            m.terms.money(TermKind::Milestones),
            Some(usd(4_950_000_000))
        );
        assert_eq!(m.assets.len(), 1);
    }
}
