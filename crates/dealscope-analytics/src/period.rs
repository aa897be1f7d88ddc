//! Calendar periods for grouping deals: years, quarters, months.

use std::fmt;

use dealscope_core::PartialDate;

/// How finely to group by date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Granularity {
    /// Calendar years.
    Year,
    /// Calendar quarters.
    Quarter,
    /// Calendar months.
    Month,
}

impl Granularity {
    /// `year`, `quarter` or `month`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Granularity::Year => "year",
            Granularity::Quarter => "quarter",
            Granularity::Month => "month",
        }
    }

    fn per_year(self) -> u32 {
        match self {
            Granularity::Year => 1,
            Granularity::Quarter => 4,
            Granularity::Month => 12,
        }
    }
}

/// One year, quarter or month. Written `2025`, `2025-Q1`, `2025-03`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    year: i32,
    /// 1-based quarter or month; 1 for years.
    index: u32,
    granularity_rank: u8,
}

impl Period {
    /// The period of a granularity that contains a date, or `None` when the date is too
    /// coarse to place (a deal dated "2025" has no quarter).
    pub fn of(date: &PartialDate, granularity: Granularity) -> Option<Period> {
        let index = match granularity {
            Granularity::Year => 1,
            Granularity::Quarter => date.quarter_of()?,
            Granularity::Month => date.month_of()?,
        };
        Some(Period::new(date.year(), index, granularity))
    }

    fn new(year: i32, index: u32, granularity: Granularity) -> Period {
        Period {
            year,
            index,
            granularity_rank: match granularity {
                Granularity::Year => 0,
                Granularity::Quarter => 1,
                Granularity::Month => 2,
            },
        }
    }

    /// The granularity.
    pub fn granularity(&self) -> Granularity {
        match self.granularity_rank {
            0 => Granularity::Year,
            1 => Granularity::Quarter,
            _ => Granularity::Month,
        }
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The following period.
    pub fn next(&self) -> Period {
        let n = self.granularity().per_year();
        if self.index == n {
            Period::new(self.year + 1, 1, self.granularity())
        } else {
            Period::new(self.year, self.index + 1, self.granularity())
        }
    }

    /// The same period one year earlier (for year-on-year growth).
    pub fn year_before(&self) -> Period {
        Period::new(self.year - 1, self.index, self.granularity())
    }
}

/// Serialises a period (or anything displayable) as its text: `2025`, `2025-Q1`.
pub fn serialize_display<T: fmt::Display, S: serde::Serializer>(
    value: &T,
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_str(value)
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.granularity() {
            Granularity::Year => write!(f, "{}", self.year),
            Granularity::Quarter => write!(f, "{}-Q{}", self.year, self.index),
            Granularity::Month => write!(f, "{}-{:02}", self.year, self.index),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    #[test]
    fn dates_fall_into_periods_when_precise_enough() {
        assert_eq!(
            Period::of(&d("2025-05-20"), Granularity::Quarter)
                .unwrap()
                .to_string(),
            "2025-Q2"
        );
        assert_eq!(
            Period::of(&d("2025-05"), Granularity::Month)
                .unwrap()
                .to_string(),
            "2025-05"
        );
        assert_eq!(
            Period::of(&d("2025-Q4"), Granularity::Year)
                .unwrap()
                .to_string(),
            "2025"
        );
        assert_eq!(Period::of(&d("2025"), Granularity::Quarter), None);
        assert_eq!(Period::of(&d("2025-Q4"), Granularity::Month), None);
        assert_eq!(Period::of(&d("2025-H1"), Granularity::Quarter), None);
    }

    #[test]
    fn next_and_year_before_wrap_correctly() {
        let q4 = Period::of(&d("2025-12-31"), Granularity::Quarter).unwrap();
        assert_eq!(q4.next().to_string(), "2026-Q1");
        assert_eq!(q4.year_before().to_string(), "2024-Q4");
        let dec = Period::of(&d("2025-12"), Granularity::Month).unwrap();
        assert_eq!(dec.next().to_string(), "2026-01");
        let y = Period::of(&d("2025"), Granularity::Year).unwrap();
        assert_eq!(y.next().to_string(), "2026");
        assert!(y < y.next());
    }
}
