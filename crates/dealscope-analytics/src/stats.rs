//! Small exact statistics over decimals.

use rust_decimal::Decimal;

/// The median of the values, exact (the mean of the two middle values for an even count),
/// or `None` for no values.
pub fn median(values: &[Decimal]) -> Option<Decimal> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort();
    let mid = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]) / Decimal::TWO
    })
}

/// `part / whole`, or `None` when the whole is zero.
pub fn ratio(part: Decimal, whole: Decimal) -> Option<Decimal> {
    if whole.is_zero() {
        None
    } else {
        part.checked_div(whole)
    }
}

/// Growth from `before` to `now` as a fraction (0.5 = +50 %), or `None` when `before` is
/// zero (growth from nothing is not a number).
pub fn growth(now: Decimal, before: Decimal) -> Option<Decimal> {
    ratio(now - before, before)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(v: &[i64]) -> Vec<Decimal> {
        v.iter().copied().map(Decimal::from).collect()
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&d(&[5, 1, 3])), Some(Decimal::from(3)));
        assert_eq!(median(&d(&[4, 1, 3, 2])), Some(Decimal::new(25, 1)));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn growth_and_ratio() {
        assert_eq!(
            growth(Decimal::from(157), Decimal::from(94))
                .unwrap()
                .round_dp(4),
            Decimal::new(6702, 4)
        );
        assert_eq!(growth(Decimal::from(3), Decimal::ZERO), None);
        assert_eq!(
            ratio(Decimal::from(7), Decimal::from(140)),
            Some(Decimal::new(5, 2))
        );
    }
}
