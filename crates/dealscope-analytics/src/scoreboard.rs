//! The scoreboard: per period, how many deals, what they were worth, and how that grew.

use std::collections::{BTreeMap, HashSet};

use dealscope_core::chrono::NaiveDate;
use dealscope_core::{Currency, Deal, DealId, Money, PartialDate, TermKind};
use rust_decimal::Decimal;

use crate::period::{Granularity, Period};
use crate::stats::{growth, median, ratio};

/// One period's figures. Money is in the scoreboard's currency.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreboardRow {
    /// The period.
    pub period: Period,
    /// Deals announced in the period.
    pub deals: usize,
    /// Deals with at least one known amount (disclosed or computed).
    pub with_terms: usize,
    /// Sum of known headline totals.
    pub headline: Money,
    /// How many deals had a known headline total.
    pub headline_n: usize,
    /// Sum of known upfronts.
    pub upfront: Money,
    /// How many deals had a known upfront.
    pub upfront_n: usize,
    /// Median of known headline totals.
    pub median_headline: Option<Money>,
    /// Median of known upfronts.
    pub median_upfront: Option<Money>,
    /// Σ upfront ÷ Σ headline over the deals that disclosed both.
    pub upfront_share: Option<Decimal>,
    /// How many deals disclosed both upfront and headline.
    pub upfront_share_n: usize,
    /// Growth in deal count against the same period a year earlier.
    pub yoy_deals: Option<Decimal>,
    /// Growth in headline sum against the same period a year earlier.
    pub yoy_headline: Option<Decimal>,
}

/// Figures per period plus an account of every deal that could not be placed or summed.
#[derive(Clone, Debug, PartialEq)]
pub struct Scoreboard {
    /// Year, quarter or month.
    pub granularity: Granularity,
    /// The currency money figures are in.
    pub currency: Currency,
    /// One row per period from the first to the last dated deal, empty periods included.
    pub rows: Vec<ScoreboardRow>,
    /// Deals without an announcement date.
    pub undated: Vec<DealId>,
    /// Deals dated too coarsely for the granularity (a year-only date in a quarterly view).
    pub too_coarse: Vec<DealId>,
    /// Deals counted, but whose amounts are in another currency and were left out of sums.
    pub other_currency: Vec<DealId>,
}

/// A deal's known amount of a kind in the scoreboard currency; `Err` if in another.
fn amount(deal: &Deal, kind: TermKind, currency: Currency) -> Result<Option<Decimal>, ()> {
    match deal.terms.money(kind) {
        None => Ok(None),
        Some(m) if m.currency == currency => Ok(Some(m.amount)),
        Some(_) => Err(()),
    }
}

/// Builds the scoreboard of `deals` by `granularity`, with money in `currency`.
pub fn scoreboard(deals: &[Deal], granularity: Granularity, currency: Currency) -> Scoreboard {
    let mut board = Scoreboard {
        granularity,
        currency,
        rows: Vec::new(),
        undated: Vec::new(),
        too_coarse: Vec::new(),
        other_currency: Vec::new(),
    };
    let mut by_period: BTreeMap<Period, Vec<&Deal>> = BTreeMap::new();
    for deal in deals {
        match &deal.announced {
            None => board.undated.push(deal.id.clone()),
            Some(date) => match Period::of(date, granularity) {
                None => board.too_coarse.push(deal.id.clone()),
                Some(p) => by_period.entry(p).or_default().push(deal),
            },
        }
    }
    let (Some(&first), Some(&last)) = (by_period.keys().next(), by_period.keys().next_back())
    else {
        return board;
    };

    let mut rows: BTreeMap<Period, ScoreboardRow> = BTreeMap::new();
    let mut period = first;
    loop {
        let in_period = by_period.get(&period).map_or(&[][..], Vec::as_slice);
        let row = period_row(period, in_period, currency, &mut board.other_currency);
        rows.insert(period, row);
        if period == last {
            break;
        }
        period = period.next();
    }
    let previous: BTreeMap<Period, (usize, Decimal)> = rows
        .iter()
        .map(|(p, r)| (*p, (r.deals, r.headline.amount)))
        .collect();
    for (p, row) in rows.iter_mut() {
        if let Some(&(deals_before, headline_before)) = previous.get(&p.year_before()) {
            row.yoy_deals = growth(Decimal::from(row.deals), Decimal::from(deals_before));
            row.yoy_headline = growth(row.headline.amount, headline_before);
        }
    }
    board.rows = rows.into_values().collect();
    board
}

/// Like [`scoreboard`], for a view that starts on `from`: deals announced before `from` may
/// be passed in so that the first periods get their year-on-year growth, but they produce
/// no rows and are not reported as left out.
pub fn scoreboard_from(
    deals: &[Deal],
    granularity: Granularity,
    currency: Currency,
    from: NaiveDate,
) -> Scoreboard {
    let mut board = scoreboard(deals, granularity, currency);
    let first = Period::of(&PartialDate::Day(from), granularity).expect("a day has every period");
    board.rows.retain(|r| r.period >= first);
    let before: HashSet<&DealId> = deals
        .iter()
        .filter(|d| d.announced.is_some_and(|a| a.start() < from))
        .map(|d| &d.id)
        .collect();
    board.too_coarse.retain(|id| !before.contains(id));
    board.other_currency.retain(|id| !before.contains(id));
    board
}

fn period_row(
    period: Period,
    deals: &[&Deal],
    currency: Currency,
    other_currency: &mut Vec<DealId>,
) -> ScoreboardRow {
    let mut headlines = Vec::new();
    let mut upfronts = Vec::new();
    let (mut share_upfront, mut share_headline, mut share_n) = (Decimal::ZERO, Decimal::ZERO, 0);
    let mut with_terms = 0;
    for deal in deals {
        if deal.terms.has_disclosed_amount() {
            with_terms += 1;
        }
        match (
            amount(deal, TermKind::Total, currency),
            amount(deal, TermKind::Upfront, currency),
        ) {
            (Ok(total), Ok(upfront)) => {
                headlines.extend(total);
                upfronts.extend(upfront);
                if let (Some(t), Some(u)) = (total, upfront) {
                    share_headline += t;
                    share_upfront += u;
                    share_n += 1;
                }
            }
            _ => other_currency.push(deal.id.clone()),
        }
    }
    let money = |amount: Decimal| Money::new(amount, currency);
    ScoreboardRow {
        period,
        deals: deals.len(),
        with_terms,
        headline: money(headlines.iter().sum()),
        headline_n: headlines.len(),
        upfront: money(upfronts.iter().sum()),
        upfront_n: upfronts.len(),
        median_headline: median(&headlines).map(money),
        median_upfront: median(&upfronts).map(money),
        upfront_share: ratio(share_upfront, share_headline),
        upfront_share_n: share_n,
        yoy_deals: None,
        yoy_headline: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dealscope_core::{Amount, DealId, Party, Term};

    fn deal(id: &str, date: Option<&str>, upfront: Option<i64>, total: Option<i64>) -> Deal {
        let mut d = Deal::new(
            DealId::new(id).unwrap(),
            vec![Party::named("L")],
            vec![Party::named("E")],
        );
        d.announced = date.map(|s| s.parse().unwrap());
        let usd = |n| Money::whole(n, Currency::USD);
        d.terms.upfront = upfront.map(|u| Term::Disclosed(Amount::exact(usd(u))));
        d.terms.total = total.map(|t| Term::Disclosed(Amount::up_to(usd(t))));
        d
    }

    fn usd(n: i64) -> Money {
        Money::whole(n, Currency::USD)
    }

    #[test]
    fn yearly_figures_by_hand() {
        let deals = vec![
            deal("a", Some("2023-03-01"), Some(10), Some(100)),
            deal("b", Some("2023-09-01"), None, Some(300)),
            deal("c", Some("2025-01-10"), Some(50), Some(1000)),
            deal("d", Some("2025-06-30"), Some(30), None),
            deal("e", Some("2025"), None, None),
            deal("f", None, Some(1), Some(2)),
        ];
        let b = scoreboard(&deals, Granularity::Year, Currency::USD);
        let shown: Vec<String> = b.rows.iter().map(|r| r.period.to_string()).collect();
        assert_eq!(shown, ["2023", "2024", "2025"], "empty 2024 is kept");
        let (r23, r24, r25) = (&b.rows[0], &b.rows[1], &b.rows[2]);
        assert_eq!(
            (r23.deals, r23.with_terms, r23.headline_n, r23.upfront_n),
            (2, 2, 2, 1)
        );
        assert_eq!(r23.headline, usd(400));
        assert_eq!(r23.median_headline, Some(usd(200)));
        // Share only over deal a, the one with both figures: 10 / 100.
        assert_eq!(r23.upfront_share, Some(Decimal::new(1, 1)));
        assert_eq!(r23.upfront_share_n, 1);
        assert_eq!(r24.deals, 0);
        assert_eq!(r24.median_headline, None, "no figure is not zero");
        assert_eq!((r25.deals, r25.with_terms), (3, 2));
        assert_eq!(r25.upfront, usd(80));
        assert_eq!(r25.median_upfront, Some(usd(40)));
        assert_eq!(
            r25.yoy_deals, None,
            "2024 had no deals: growth from zero is undefined"
        );
        assert_eq!(r24.yoy_deals, Some(Decimal::from(-1)));
        assert_eq!(b.undated, vec![DealId::new("f").unwrap()]);
        assert!(b.too_coarse.is_empty());
    }

    #[test]
    fn quarters_count_coarse_dates_apart_and_compare_with_the_year_before() {
        let deals = vec![
            deal("a", Some("2024-02-01"), None, Some(100)),
            deal("b", Some("2025-02-01"), None, Some(150)),
            deal("c", Some("2025-03-01"), None, Some(50)),
            deal("y", Some("2025"), None, Some(999)),
        ];
        let b = scoreboard(&deals, Granularity::Quarter, Currency::USD);
        assert_eq!(b.rows.len(), 5, "2024-Q1 .. 2025-Q1");
        let last = b.rows.last().unwrap();
        assert_eq!(last.period.to_string(), "2025-Q1");
        assert_eq!(last.yoy_deals, Some(Decimal::ONE));
        assert_eq!(last.yoy_headline, Some(Decimal::ONE));
        assert_eq!(b.too_coarse, vec![DealId::new("y").unwrap()]);
    }

    #[test]
    fn amounts_in_another_currency_are_counted_but_not_summed() {
        let mut eur = deal("eur", Some("2025-01-01"), None, None);
        eur.terms.total = Some(Term::Disclosed(Amount::up_to(Money::whole(
            500,
            Currency::EUR,
        ))));
        let deals = vec![eur, deal("usd", Some("2025-02-01"), None, Some(100))];
        let b = scoreboard(&deals, Granularity::Year, Currency::USD);
        assert_eq!(b.rows[0].deals, 2);
        assert_eq!(b.rows[0].headline, usd(100));
        assert_eq!(b.rows[0].headline_n, 1);
        assert_eq!(b.other_currency, vec![DealId::new("eur").unwrap()]);
    }

    #[test]
    fn a_view_from_a_date_keeps_growth_against_earlier_deals() {
        let deals = vec![
            deal("a", Some("2024-05-01"), None, Some(100)),
            deal("coarse-before", Some("2024"), None, None),
            deal("b", Some("2025-05-01"), None, Some(300)),
        ];
        let from = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        let b = scoreboard_from(&deals, Granularity::Quarter, Currency::USD, from);
        let shown: Vec<String> = b.rows.iter().map(|r| r.period.to_string()).collect();
        assert_eq!(shown, ["2025-Q1", "2025-Q2"]);
        assert_eq!(b.rows[1].yoy_headline, Some(Decimal::TWO));
        assert!(
            b.too_coarse.is_empty(),
            "a deal before the view is not reported"
        );
    }

    #[test]
    fn no_dated_deals_gives_no_rows() {
        let b = scoreboard(
            &[deal("x", None, None, None)],
            Granularity::Month,
            Currency::USD,
        );
        assert!(b.rows.is_empty());
        assert_eq!(b.undated.len(), 1);
    }
}
