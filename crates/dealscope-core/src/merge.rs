//! Several reports of one deal become one deal.
//!
//! Rule (documented in docs/ARCHITECTURE.md): a report is the same deal as a stored one when
//! their licensor and licensee are the same companies (either way round) and they share an
//! asset — or, when either names no asset, were both announced, within 45 days of each
//! other. Merging fills what the stored deal lacks, and every value the report states is
//! kept as an observation, so a source that disagrees shows up as a conflict instead of
//! silently replacing or being dropped.
//!
//! Which value of a money term is *shown* ([`authority`]): a curated dataset row beats a
//! release by one of the deal's parties, which beats any other report (trade press, news);
//! between sources of equal standing, the later published statement wins; otherwise the
//! value stated first stays.

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
    // The shown value of each money term: the report's replaces the stored one when its
    // source stands higher, or as high and was published later.
    for kind in TermKind::ALL {
        let Some(theirs) = report.terms.get(kind).and_then(|t| t.money()) else {
            continue;
        };
        let Some(ours) = d.terms.get(kind).and_then(|t| t.money()) else {
            continue;
        };
        if ours == theirs {
            continue;
        }
        let (their_rank, their_date) = standing(report, kind, theirs);
        let (our_rank, our_date) = standing(stored, kind, ours);
        let later = matches!((their_date, our_date), (Some(t), Some(o)) if t > o);
        if their_rank > our_rank || (their_rank == our_rank && later) {
            *d.terms.get_mut(kind) = report.terms.get(kind).cloned();
        }
    }
    d.evidence.extend(report.evidence.iter().cloned());
    d.observations.extend(report.observations.iter().cloned());
    d.events.extend(report.events.iter().cloned());
    d.status = crate::event::status_after(&d.events, d.status);
    d
}

/// How much a source is trusted for a deal's terms: 3 a curated dataset; 2 a release by one
/// of the deal's parties (its headline, or its first sentence after the dateline, opens with
/// a party's name as the deal writes it — a heuristic: news that opens with a company name
/// counts too); 1 anything else.
pub fn authority(source: &crate::Source, deal: &Deal) -> u8 {
    if source.kind == crate::SourceKind::Dataset {
        return 3;
    }
    let title = source.title.as_deref().unwrap_or_default();
    // The headline, or the first sentence after a dateline ("SUZHOU, March 3, 2026 -- …").
    let after_dateline = [" -- ", " — ", " – ", "/ -- "]
        .iter()
        .find_map(|sep| title.split_once(sep).map(|(_, rest)| rest))
        .unwrap_or(title);
    let openings = [company_key(title), company_key(after_dateline)];
    let by_party = deal
        .licensors
        .iter()
        .chain(&deal.licensees)
        .map(|p| company_key(&p.name))
        .any(|k| k.len() >= 3 && openings.iter().any(|o| o.starts_with(&k)));
    if by_party { 2 } else { 1 }
}

/// The standing of the source that gave a deal's shown value of a term: the highest
/// authority among the sources whose observations state that value (a value without an
/// observation came with an imported dataset row: 3), and its publication date.
fn standing(deal: &Deal, kind: TermKind, value: crate::Money) -> (u8, Option<crate::PartialDate>) {
    let mut best: (u8, Option<crate::PartialDate>) = (0, None);
    for o in deal
        .observations
        .iter()
        .filter(|o| o.field == kind.as_str() && o.money == Some(value))
    {
        if let Some(src) = deal.sources.iter().find(|s| s.id == o.source) {
            let here = (authority(src, deal), src.published);
            if here.0 > best.0 || (here.0 == best.0 && here.1 > best.1) {
                best = here;
            }
        }
    }
    if best.0 == 0 {
        // Only imported dataset rows carry values without observations: documents and
        // reviewed extractions record one for every value they state.
        best.0 = 3;
    }
    best
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

    fn reported(deal_id: &str, title: &str, published: Option<&str>, milestones: i64) -> Deal {
        let mut d = deal(deal_id, "RemeGen", "AbbVie", "RC148", "2026-01-12");
        let source = crate::Source {
            id: crate::SourceId::from_content_hash(&format!(
                "{:0>64}",
                deal_id.len() + milestones as usize
            )),
            kind: crate::SourceKind::File,
            location: format!("{deal_id}.txt"),
            content_hash: None,
            title: Some(title.into()),
            published: published.map(|p| p.parse().unwrap()),
            language: None,
        };
        let money = Money::whole(milestones, Currency::USD);
        d.terms.milestones = Some(Term::Disclosed(Amount::up_to(money)));
        d.observations.push(crate::Observation {
            field: "milestones".into(),
            value: money.to_string(),
            money: Some(money),
            source: source.id.clone(),
            span: None,
            text: None,
        });
        d.sources.push(source);
        d
    }

    #[test]
    fn a_partys_own_release_beats_trade_press_and_later_beats_earlier() {
        let press = reported(
            "news",
            "Weekly roundup: five deals",
            Some("2026-01-13"),
            4_800,
        );
        let release = reported(
            "pr",
            "RemeGen Announces License Agreement With AbbVie",
            Some("2026-01-12"),
            4_950,
        );
        let m = merge(&press, &release);
        assert_eq!(
            m.terms.money(TermKind::Milestones),
            Some(Money::whole(4_950, Currency::USD)),
            "the party's release wins"
        );
        assert_eq!(m.observations.len(), 2, "both values kept");
        // The press report arriving after the release does not displace it.
        let m2 = merge(&release, &press);
        assert_eq!(
            m2.terms.money(TermKind::Milestones),
            Some(Money::whole(4_950, Currency::USD))
        );
        // Between two press reports, the later publication wins.
        let later = reported("news2", "Deal tracker update", Some("2026-02-01"), 4_900);
        let m3 = merge(&press, &later);
        assert_eq!(
            m3.terms.money(TermKind::Milestones),
            Some(Money::whole(4_900, Currency::USD))
        );
        // A curated dataset row is never displaced by a document.
        let mut curated = deal("c", "RemeGen", "AbbVie", "RC148", "2026-01-12");
        curated.terms.milestones = Some(Term::Disclosed(Amount::up_to(Money::whole(
            4_950,
            Currency::USD,
        ))));
        curated
            .sources
            .push(crate::Source::cited_url("https://example.invalid/release"));
        let m4 = merge(
            &curated,
            &reported("pr2", "RemeGen Announces", Some("2026-03-01"), 5_000),
        );
        assert_eq!(
            m4.terms.money(TermKind::Milestones),
            Some(Money::whole(4_950, Currency::USD))
        );
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
