//! Links between catalysts and deals: a catalyst of an asset may trigger the milestones of
//! the deals that license it.

use dealscope_core::names::asset_key;
use dealscope_core::{Catalyst, CatalystKind, Deal, PartialDate};

/// The milestones a kind of catalyst may trigger.
pub fn triggers(kind: &CatalystKind) -> &'static str {
    match kind {
        CatalystKind::Readout | CatalystKind::TrialStart => "development milestones",
        CatalystKind::Filing => "regulatory milestones (filing)",
        CatalystKind::ApprovalDecision => "regulatory milestones",
        CatalystKind::Launch => "sales milestones and royalties",
        CatalystKind::Other(_) => "milestones",
    }
}

/// The deals covering the catalyst's asset (by asset id, else by any shared name, code or
/// alias), each with the milestones the catalyst may trigger.
pub fn deals_for<'a>(catalyst: &Catalyst, deals: &'a [Deal]) -> Vec<(&'a Deal, &'static str)> {
    let names: Vec<String> = catalyst.asset.names().map(asset_key).collect();
    deals
        .iter()
        .filter(|d| {
            d.assets.iter().any(|a| {
                (a.asset.is_some() && a.asset == catalyst.asset.asset)
                    || a.names().any(|n| names.contains(&asset_key(n)))
            })
        })
        .map(|d| (d, triggers(&catalyst.kind)))
        .collect()
}

/// Whether a catalyst's expected window overlaps the window from the start of `from` to the
/// end of `to` (either open).
pub fn in_window(c: &Catalyst, from: Option<PartialDate>, to: Option<PartialDate>) -> bool {
    from.is_none_or(|f| c.expected.end() >= f.start())
        && to.is_none_or(|t| c.expected.start() <= t.end())
}

/// The catalysts of a deal's assets.
pub fn catalysts_for<'a>(deal: &Deal, catalysts: &'a [Catalyst]) -> Vec<&'a Catalyst> {
    catalysts
        .iter()
        .filter(|c| !deals_for(c, std::slice::from_ref(deal)).is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealscope_core::{AssetRef, CatalystStatus, DealId, Party};

    #[test]
    fn a_readout_links_to_the_deal_naming_its_asset_by_any_alias() {
        let mut d = Deal::new(
            DealId::new("d").unwrap(),
            vec![Party::named("Akeso")],
            vec![Party::named("Summit")],
        );
        let mut asset = AssetRef::named("ivonescimab");
        asset.aliases = vec!["AK112".into(), "SMT112".into()];
        d.assets.push(asset);
        let other = Deal::new(DealId::new("o").unwrap(), vec![], vec![]);
        let c = Catalyst {
            asset: AssetRef::named("ak-112"),
            kind: CatalystKind::Readout,
            indication: None,
            trial_id: None,
            expected: "2026".parse().unwrap(),
            status: CatalystStatus::Expected,
            sources: vec![],
            evidence: vec![],
            reported: None,
            history: vec![],
        };
        let deals = [d, other];
        let linked = deals_for(&c, &deals);
        assert_eq!(linked.len(), 1);
        assert_eq!(linked[0].1, "development milestones");
        assert_eq!(catalysts_for(&deals[0], std::slice::from_ref(&c)).len(), 1);
    }
}
