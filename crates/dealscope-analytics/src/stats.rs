//! Small exact statistics over decimals.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// An exact running sum of decimals, kept as an integer at the largest scale seen: adding
/// money amounts this way is several times faster than `Decimal` addition, which dominated
/// aggregates over 100 000 deals. Falls back to `Decimal` addition on (unlikely) overflow.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ExactSum {
    mantissa: i128,
    scale: u32,
    overflowed: Option<Decimal>,
}

impl ExactSum {
    /// Adds a value.
    pub fn add(&mut self, d: Decimal) {
        if let Some(total) = &mut self.overflowed {
            *total += d;
            return;
        }
        let (mut m, s) = (d.mantissa(), d.scale());
        if s > self.scale {
            match 10i128
                .checked_pow(s - self.scale)
                .and_then(|f| self.mantissa.checked_mul(f))
            {
                Some(v) => (self.mantissa, self.scale) = (v, s),
                None => return self.overflow(d),
            }
        } else if s < self.scale {
            match 10i128
                .checked_pow(self.scale - s)
                .and_then(|f| m.checked_mul(f))
            {
                Some(v) => m = v,
                None => return self.overflow(d),
            }
        }
        match self.mantissa.checked_add(m) {
            Some(v) => self.mantissa = v,
            None => self.overflow(d),
        }
    }

    fn overflow(&mut self, d: Decimal) {
        self.overflowed = Some(self.value() + d);
    }

    /// The sum.
    pub fn value(&self) -> Decimal {
        self.overflowed.unwrap_or_else(|| {
            Decimal::try_from_i128_with_scale(self.mantissa, self.scale).unwrap_or_else(|_| {
                // Beyond 96 bits at this scale: drop scale until it fits (rounds).
                let mut m = self.mantissa;
                let mut s = self.scale;
                while s > 0 {
                    m /= 10;
                    s -= 1;
                    if let Ok(d) = Decimal::try_from_i128_with_scale(m, s) {
                        return d;
                    }
                }
                Decimal::MAX
            })
        })
    }
}

impl std::iter::Sum<Decimal> for ExactSum {
    fn sum<I: Iterator<Item = Decimal>>(iter: I) -> Self {
        let mut s = ExactSum::default();
        iter.for_each(|d| s.add(d));
        s
    }
}

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

/// The median like [`median`], in linear time by partial ordering of the values in place
/// (their order afterwards is unspecified).
pub fn median_in_place(values: &mut [Decimal]) -> Option<Decimal> {
    if values.is_empty() {
        return None;
    }
    let (n, mid) = (values.len(), values.len() / 2);
    // Amounts usually share one scale: then their integer mantissas order them, and
    // comparing those is several times cheaper than comparing decimals.
    let scale = values[0].scale();
    let (below, &mut upper, _) = if values.iter().all(|v| v.scale() == scale) {
        values.select_nth_unstable_by_key(mid, |v| v.mantissa())
    } else {
        values.select_nth_unstable(mid)
    };
    Some(if n % 2 == 1 {
        upper
    } else {
        let lower = below.iter().max().copied().unwrap_or(upper);
        (lower + upper) / Decimal::TWO
    })
}

/// The arithmetic mean, or `None` for no values.
pub fn mean(values: &[Decimal]) -> Option<Decimal> {
    if values.is_empty() {
        return None;
    }
    let sum = values.iter().copied().sum::<ExactSum>().value();
    sum.checked_div(Decimal::from(values.len()))
}

/// The `q`-quantile (0 ≤ q ≤ 1) of values already sorted ascending, by linear
/// interpolation between closest ranks (the "type 7" definition spreadsheets use):
/// position `q·(n−1)`. `None` for no values.
pub fn quantile_sorted(sorted: &[Decimal], q: Decimal) -> Option<Decimal> {
    let last = sorted.len().checked_sub(1)?;
    let pos = q.clamp(Decimal::ZERO, Decimal::ONE) * Decimal::from(last);
    let lower = pos.floor();
    let i = lower.to_usize()?;
    let frac = pos - lower;
    let low = sorted[i];
    Some(match sorted.get(i + 1) {
        Some(&high) if !frac.is_zero() => low + (high - low) * frac,
        _ => low,
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
        let mixed = vec![
            Decimal::new(15, 1),
            Decimal::from(1),
            Decimal::new(-25, 2),
            Decimal::from(3),
        ];
        assert_eq!(
            median_in_place(&mut mixed.clone()),
            Some(Decimal::new(125, 2))
        );
        for v in [
            mixed,
            d(&[5, 1, 3]),
            d(&[4, 1, 3, 2]),
            d(&[7]),
            d(&[2, 2, 9, 1, 1, 5]),
        ] {
            assert_eq!(median_in_place(&mut v.clone()), median(&v));
        }
    }

    #[test]
    fn exact_sums_match_decimal_addition() {
        let values = [
            Decimal::new(125, 2),
            Decimal::from(7_000_000_000i64),
            Decimal::new(-3, 1),
            Decimal::new(1, 6),
            Decimal::from(42),
        ];
        let want: Decimal = values.iter().sum();
        let got: ExactSum = values.iter().copied().sum();
        assert_eq!(got.value(), want);
        assert_eq!(ExactSum::default().value(), Decimal::ZERO);
        let mut big = ExactSum::default();
        big.add(Decimal::MAX);
        big.add(Decimal::new(1, 20));
        assert!(big.value() > Decimal::from_i128_with_scale(10i128.pow(27), 0));
    }

    #[test]
    fn quantiles_interpolate_like_a_spreadsheet() {
        // Spreadsheet PERCENTILE.INC of 10, 20, 30, 40: p25 = 17.5, p50 = 25, p75 = 32.5.
        let v = d(&[10, 20, 30, 40]);
        let q = |x: i64| quantile_sorted(&v, Decimal::new(x, 2)).unwrap();
        assert_eq!(q(25), Decimal::new(175, 1));
        assert_eq!(q(50), Decimal::from(25));
        assert_eq!(q(75), Decimal::new(325, 1));
        assert_eq!(q(100), Decimal::from(40));
        assert_eq!(q(0), Decimal::from(10));
        assert_eq!(quantile_sorted(&[], Decimal::ONE), None);
        assert_eq!(
            quantile_sorted(&d(&[7]), Decimal::new(9, 1)),
            Some(Decimal::from(7))
        );
        assert_eq!(mean(&d(&[1, 2, 6])), Some(Decimal::from(3)));
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
