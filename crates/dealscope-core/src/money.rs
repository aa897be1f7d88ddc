//! Exact money: a decimal amount with its ISO 4217 currency.
//!
//! Amounts are [`Decimal`]s, never floats. Storage uses integer minor units
//! ([`Money::to_minor_units`]); conversion between currencies is an explicit operation with a
//! dated [`FxRate`] ([`Money::convert`]) and never happens implicitly.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Why a money value could not be built, converted or combined.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    /// The currency code is not three ASCII letters.
    #[error("invalid currency code {0:?}: expected three letters such as USD")]
    InvalidCurrency(String),
    /// The amount text is not a decimal number.
    #[error("invalid amount {0:?}: expected a decimal number such as 650000000 or 95.5")]
    InvalidAmount(String),
    /// Two amounts in different currencies were combined.
    #[error("currency mismatch: {0} and {1}")]
    CurrencyMismatch(Currency, Currency),
    /// The amount has more decimals than the currency's minor unit (e.g. 0.001 USD).
    #[error("{0} has more decimals than the minor unit of its currency")]
    SubMinorUnit(Money),
    /// The amount does not fit the storage range.
    #[error("amount out of range: {0}")]
    Overflow(String),
    /// A rate was applied to money of another currency.
    #[error("rate {rate} does not convert from {from}")]
    WrongRate {
        /// The rate's description.
        rate: String,
        /// The currency of the money that was to be converted.
        from: Currency,
    },
}

/// An ISO 4217 alphabetic currency code, stored upper-case.
#[derive(Clone, Copy, Eq, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

// Compared byte by byte: the derived comparison of a 3-byte array calls `memcmp`, which
// showed up in profiles of aggregates over 100 000 deals.
impl PartialEq for Currency {
    fn eq(&self, other: &Self) -> bool {
        let ([a, b, c], [x, y, z]) = (self.0, other.0);
        a == x && b == y && c == z
    }
}

impl std::hash::Hash for Currency {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl Currency {
    /// United States dollar.
    pub const USD: Currency = Currency(*b"USD");
    /// Chinese renminbi (yuan).
    pub const CNY: Currency = Currency(*b"CNY");
    /// Hong Kong dollar.
    pub const HKD: Currency = Currency(*b"HKD");
    /// Euro.
    pub const EUR: Currency = Currency(*b"EUR");
    /// Pound sterling.
    pub const GBP: Currency = Currency(*b"GBP");
    /// Japanese yen.
    pub const JPY: Currency = Currency(*b"JPY");
    /// Swiss franc.
    pub const CHF: Currency = Currency(*b"CHF");
    /// South Korean won.
    pub const KRW: Currency = Currency(*b"KRW");

    /// Parses a three-letter code, case-insensitively ("usd" → USD).
    pub fn new(code: &str) -> Result<Self, MoneyError> {
        let bytes = code.trim().as_bytes();
        match bytes {
            [a, b, c] if bytes.iter().all(u8::is_ascii_alphabetic) => Ok(Currency([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
                c.to_ascii_uppercase(),
            ])),
            _ => Err(MoneyError::InvalidCurrency(code.to_owned())),
        }
    }

    /// The three-letter code.
    pub fn code(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).expect("currency codes are ASCII")
    }

    /// Number of decimals of the minor unit (ISO 4217 exponent): 2 for USD, 0 for JPY.
    pub fn minor_exponent(&self) -> u32 {
        match &self.0 {
            b"JPY" | b"KRW" | b"CLP" | b"ISK" | b"VND" | b"XOF" | b"XAF" | b"PYG" | b"UGX" => 0,
            b"BHD" | b"KWD" | b"OMR" | b"JOD" | b"TND" | b"LYD" | b"IQD" => 3,
            _ => 2,
        }
    }

    /// The prefix analysts usually write before amounts ("US$", "HK$", "RMB ", "€").
    pub fn prefix(&self) -> String {
        match &self.0 {
            b"USD" => "US$".into(),
            b"HKD" => "HK$".into(),
            b"EUR" => "€".into(),
            b"GBP" => "£".into(),
            b"CNY" => "RMB ".into(),
            b"JPY" => "¥".into(),
            _ => format!("{} ", self.code()),
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Currency({})", self.code())
    }
}

impl FromStr for Currency {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Currency::new(s)
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Currency::new(&s).map_err(serde::de::Error::custom)
    }
}

/// An exact amount of money in one currency.
///
/// Equality compares values, not representations: `USD 1.50 == USD 1.5`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
pub struct Money {
    /// The amount in major units (dollars, yuan), exact.
    #[serde(with = "decimal_number")]
    pub amount: Decimal,
    /// The currency.
    pub currency: Currency,
}

impl Money {
    /// Money from an exact amount in major units.
    pub fn new(amount: Decimal, currency: Currency) -> Self {
        Money { amount, currency }
    }

    /// Money from a whole number of major units (`Money::whole(650_000_000, USD)`).
    pub fn whole(units: i64, currency: Currency) -> Self {
        Money::new(Decimal::from(units), currency)
    }

    /// Money from integer minor units (cents for USD, yen for JPY).
    pub fn from_minor_units(minor: i64, currency: Currency) -> Self {
        Money::new(Decimal::new(minor, currency.minor_exponent()), currency)
    }

    /// The amount in integer minor units, for storage. Fails rather than rounds when the
    /// amount has a fraction of a minor unit, and when it does not fit an `i64`.
    pub fn to_minor_units(&self) -> Result<i64, MoneyError> {
        let scaled = self
            .amount
            .checked_mul(Decimal::from(10_i64.pow(self.currency.minor_exponent())))
            .ok_or_else(|| MoneyError::Overflow(self.to_string()))?;
        if !scaled.fract().is_zero() {
            return Err(MoneyError::SubMinorUnit(*self));
        }
        i64::try_from(scaled).map_err(|_| MoneyError::Overflow(self.to_string()))
    }

    /// Sum of two amounts of the same currency.
    pub fn checked_add(&self, other: &Money) -> Result<Money, MoneyError> {
        if self.currency != other.currency {
            return Err(MoneyError::CurrencyMismatch(self.currency, other.currency));
        }
        let amount = self
            .amount
            .checked_add(other.amount)
            .ok_or_else(|| MoneyError::Overflow(format!("{self} + {other}")))?;
        Ok(Money::new(amount, self.currency))
    }

    /// Converts with an explicit, dated rate. Money already in the rate's target currency
    /// is returned unchanged.
    pub fn convert(&self, rate: &FxRate) -> Result<Money, MoneyError> {
        if self.currency == rate.to {
            return Ok(*self);
        }
        if self.currency != rate.from {
            return Err(MoneyError::WrongRate {
                rate: rate.to_string(),
                from: self.currency,
            });
        }
        let amount = self
            .amount
            .checked_mul(rate.rate)
            .ok_or_else(|| MoneyError::Overflow(format!("{self} × {}", rate.rate)))?;
        Ok(Money::new(amount, rate.to))
    }

    /// A short form for tables and prose: `US$650M`, `US$4.95B`, `HK$95.5`, `RMB 45.456B`.
    /// Exact: no digit of the amount is dropped below a thousandth of the scale.
    pub fn compact(&self) -> String {
        let (scaled, suffix) = compact_parts(self.amount);
        format!("{}{}{}", self.currency.prefix(), scaled, suffix)
    }
}

/// Splits an amount into a scaled figure and its suffix (B, M, K or none), rounding to at
/// most three decimals of the scale.
fn compact_parts(amount: Decimal) -> (String, &'static str) {
    let abs = amount.abs();
    let (divisor, suffix) = if abs >= Decimal::from(1_000_000_000_000_i64) {
        (Decimal::from(1_000_000_000_000_i64), "T")
    } else if abs >= Decimal::from(1_000_000_000) {
        (Decimal::from(1_000_000_000), "B")
    } else if abs >= Decimal::from(1_000_000) {
        (Decimal::from(1_000_000), "M")
    } else {
        (Decimal::ONE, "")
    };
    let scaled = (amount / divisor).round_dp(3).normalize();
    (scaled.to_string(), suffix)
}

/// `USD 650,000,000` — the code, then the exact amount with thousands separators.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.currency, group_thousands(self.amount))
    }
}

/// Formats a decimal with `,` between thousands, keeping every decimal digit.
pub fn group_thousands(amount: Decimal) -> String {
    let text = amount.normalize().to_string();
    let (sign, rest) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    match frac {
        Some(frac) => format!("{sign}{grouped}.{frac}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Parses `USD 650000000`, `650,000,000 USD`, `USD650000000` or `EUR 1.5`: the canonical,
/// machine-written forms. Natural-language amounts ("$1.25 billion") are the extractor's job.
impl FromStr for Money {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let (code, number) =
            if s.len() >= 3 && s.as_bytes()[..3].iter().all(u8::is_ascii_alphabetic) {
                (&s[..3], &s[3..])
            } else if s.len() >= 3
                && s.as_bytes()[s.len() - 3..]
                    .iter()
                    .all(u8::is_ascii_alphabetic)
            {
                (&s[s.len() - 3..], &s[..s.len() - 3])
            } else {
                return Err(MoneyError::InvalidCurrency(s.to_owned()));
            };
        Ok(Money::new(parse_decimal(number)?, Currency::new(code)?))
    }
}

/// Parses a plain decimal number, allowing `,` thousands separators and surrounding spaces.
pub fn parse_decimal(text: &str) -> Result<Decimal, MoneyError> {
    let cleaned: String = text.trim().chars().filter(|c| *c != ',').collect();
    if cleaned.is_empty()
        || !cleaned
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
    {
        return Err(MoneyError::InvalidAmount(text.to_owned()));
    }
    Decimal::from_str_exact(&cleaned).map_err(|_| MoneyError::InvalidAmount(text.to_owned()))
}

/// A multiplier written after a number: "million", "bn", "亿".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scale {
    /// ×1.
    Unit,
    /// ×1,000.
    Thousand,
    /// ×10,000 (万).
    TenThousand,
    /// ×1,000,000.
    Million,
    /// ×10,000,000 (千万).
    TenMillion,
    /// ×100,000,000 (亿).
    HundredMillion,
    /// ×1,000,000,000.
    Billion,
    /// ×1,000,000,000,000.
    Trillion,
}

impl Scale {
    /// The factor this scale multiplies by.
    pub fn factor(self) -> Decimal {
        Decimal::from(match self {
            Scale::Unit => 1_i64,
            Scale::Thousand => 1_000,
            Scale::TenThousand => 10_000,
            Scale::Million => 1_000_000,
            Scale::TenMillion => 10_000_000,
            Scale::HundredMillion => 100_000_000,
            Scale::Billion => 1_000_000_000,
            Scale::Trillion => 1_000_000_000_000,
        })
    }

    /// The scale named by an English word or abbreviation (`million`, `mn`, `m`, `MM`,
    /// `billion`, `bn`, `b`, `thousand`, `k`, `trillion`, `tn`), or by 万 / 亿 / 万亿 (and
    /// Japanese "oku", 億).
    /// Single letters are case-sensitive where case decides (`M`/`m` both mean million,
    /// `B`/`b` billion, `K`/`k` thousand, `T`/`t` trillion).
    pub fn from_word(word: &str) -> Option<Scale> {
        // Lower-cased on the stack: the longest scale word ("trillions") has 9 bytes.
        let mut buf = [0u8; 12];
        let bytes = word.as_bytes();
        if bytes.len() > buf.len() {
            return None;
        }
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s.to_ascii_lowercase();
        }
        // (ASCII lower-casing keeps UTF-8 valid.)
        let lower = std::str::from_utf8(&buf[..bytes.len()]).ok()?;
        Some(match lower {
            "thousand" | "k" => Scale::Thousand,
            "million" | "millions" | "mn" | "mln" | "m" | "mm" | "mio" | "mil" => Scale::Million,
            "billion" | "billions" | "bn" | "bln" | "b" | "bil" => Scale::Billion,
            "trillion" | "trillions" | "tn" | "t" => Scale::Trillion,
            "万" | "萬" => Scale::TenThousand,
            // (Japanese 億, "oku", is the same hundred million: "50 oku yen".)
            "亿" | "億" | "oku" => Scale::HundredMillion,
            "百万" | "百萬" => Scale::Million,
            "千万" | "千萬" => Scale::TenMillion,
            "万亿" | "萬億" => Scale::Trillion,
            _ => return None,
        })
    }

    /// Applies the scale to a number written in a document ("1.25" × billion).
    pub fn apply(self, number: Decimal) -> Option<Decimal> {
        number.checked_mul(self.factor())
    }
}

/// A dated exchange rate: one unit of `from` buys `rate` units of `to`, on `date`,
/// according to `source`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FxRate {
    /// Currency converted from.
    pub from: Currency,
    /// Currency converted to.
    pub to: Currency,
    /// Units of `to` per unit of `from`.
    pub rate: Decimal,
    /// The day the rate applies to.
    pub date: NaiveDate,
    /// Where the rate comes from (publisher, series).
    pub source: String,
}

impl fmt::Display for FxRate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "1 {} = {} {} on {} ({})",
            self.from, self.rate, self.to, self.date, self.source
        )
    }
}

/// Serialises a [`Decimal`] as a JSON number that reads back to the same value: integers
/// as integers, short fractions (≤ 15 significant digits) as their shortest decimal form,
/// anything longer as a string. Accepts numbers and strings when reading.
pub mod decimal_number {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serializer, de};

    /// Writes the decimal as described in the module docs.
    pub fn serialize<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        let normal = value.normalize();
        if normal.scale() == 0 {
            if let Ok(i) = i64::try_from(normal) {
                return s.serialize_i64(i);
            }
        }
        let digits = normal.mantissa().unsigned_abs().to_string().len();
        if digits <= 15 {
            if let Ok(f) = normal.to_string().parse::<f64>() {
                return s.serialize_f64(f);
            }
        }
        s.serialize_str(&normal.to_string())
    }

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Repr {
        Int(i64),
        Float(f64),
        Text(String),
    }

    /// Reads a decimal from a JSON integer, float or string.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        match Repr::deserialize(d)? {
            Repr::Int(i) => Ok(Decimal::from(i)),
            // Rust prints floats in their shortest round-trip form, which is the decimal
            // that was written.
            Repr::Float(f) => Decimal::from_str_exact(&f.to_string())
                .map_err(|e| de::Error::custom(e.to_string())),
            Repr::Text(t) => super::parse_decimal(&t).map_err(de::Error::custom),
        }
    }

    /// The same for `Option<Decimal>`: `None` is `null`.
    pub mod option {
        use rust_decimal::Decimal;
        use serde::{Deserialize, Deserializer, Serializer};

        /// Writes the decimal as a number, or `null`.
        pub fn serialize<S: Serializer>(value: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
            match value {
                Some(v) => super::serialize(v, s),
                None => s.serialize_none(),
            }
        }

        /// Reads a number, string or `null`.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
            #[derive(Deserialize)]
            struct Wrap(#[serde(with = "super")] Decimal);
            Ok(Option::<Wrap>::deserialize(d)?.map(|Wrap(v)| v))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn usd(s: &str) -> Money {
        Money::new(Decimal::from_str_exact(s).unwrap(), Currency::USD)
    }

    #[test]
    fn currency_codes_are_validated_and_uppercased() {
        assert_eq!(Currency::new("usd").unwrap(), Currency::USD);
        assert_eq!(Currency::new(" Hkd ").unwrap(), Currency::HKD);
        for bad in ["US", "USDX", "U$D", "", "美元"] {
            assert!(Currency::new(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn minor_units_round_trip_per_currency_exponent() {
        let m = usd("135655000000");
        assert_eq!(m.to_minor_units().unwrap(), 13_565_500_000_000);
        assert_eq!(
            Money::from_minor_units(13_565_500_000_000, Currency::USD),
            m
        );
        let yen = Money::whole(1_500, Currency::JPY);
        assert_eq!(yen.to_minor_units().unwrap(), 1_500);
        assert_eq!(usd("95.5").to_minor_units().unwrap(), 9_550);
    }

    #[test]
    fn sub_minor_amounts_are_refused_not_rounded() {
        assert!(matches!(
            usd("0.005").to_minor_units(),
            Err(MoneyError::SubMinorUnit(_))
        ));
        assert!(
            Money::new(Decimal::from_str_exact("1.5").unwrap(), Currency::JPY)
                .to_minor_units()
                .is_err()
        );
        assert!(matches!(
            usd("100000000000000000").to_minor_units(),
            Err(MoneyError::Overflow(_))
        ));
    }

    #[test]
    fn equality_is_by_value_and_currency() {
        assert_eq!(usd("1.50"), usd("1.5"));
        assert_ne!(usd("1"), Money::whole(1, Currency::HKD));
    }

    #[test]
    fn adding_different_currencies_is_an_error() {
        let sum = usd("650000000").checked_add(&usd("4950000000")).unwrap();
        assert_eq!(sum, usd("5600000000"));
        assert_eq!(
            usd("1").checked_add(&Money::whole(1, Currency::EUR)),
            Err(MoneyError::CurrencyMismatch(Currency::USD, Currency::EUR))
        );
    }

    #[test]
    fn conversion_needs_a_matching_dated_rate() {
        let rate = FxRate {
            from: Currency::CNY,
            to: Currency::USD,
            rate: Decimal::from_str_exact("0.1390").unwrap(),
            date: NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
            source: "test rate".into(),
        };
        let rmb = Money::whole(1_000_000, Currency::CNY);
        assert_eq!(rmb.convert(&rate).unwrap(), usd("139000"));
        assert_eq!(usd("5").convert(&rate).unwrap(), usd("5"));
        assert!(Money::whole(1, Currency::EUR).convert(&rate).is_err());
    }

    #[test]
    fn parses_canonical_forms() {
        assert_eq!("USD 650000000".parse::<Money>().unwrap(), usd("650000000"));
        assert_eq!(
            "650,000,000 USD".parse::<Money>().unwrap(),
            usd("650000000")
        );
        assert_eq!("usd650000000".parse::<Money>().unwrap(), usd("650000000"));
        assert_eq!(
            "HKD 95.5".parse::<Money>().unwrap(),
            Money::new(Decimal::from_str_exact("95.5").unwrap(), Currency::HKD)
        );
        for bad in ["650000000", "USD", "USD 6.5e8", "USD one", "$650"] {
            assert!(bad.parse::<Money>().is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn formats_exact_and_compact() {
        assert_eq!(usd("135655000000").to_string(), "USD 135,655,000,000");
        assert_eq!(usd("-1234.5").to_string(), "USD -1,234.5");
        assert_eq!(usd("650000000").compact(), "US$650M");
        assert_eq!(usd("4950000000").compact(), "US$4.95B");
        assert_eq!(usd("135655000000").compact(), "US$135.655B");
        assert_eq!(usd("3500000").compact(), "US$3.5M");
        assert_eq!(
            Money::whole(45_456_000_000, Currency::CNY).compact(),
            "RMB 45.456B"
        );
        assert_eq!(
            Money::new(Decimal::from_str_exact("95.5").unwrap(), Currency::HKD).compact(),
            "HK$95.5"
        );
    }

    #[test]
    fn scale_words() {
        assert_eq!(Scale::from_word("bn"), Some(Scale::Billion));
        assert_eq!(Scale::from_word("MM"), Some(Scale::Million));
        assert_eq!(Scale::from_word("亿"), Some(Scale::HundredMillion));
        assert_eq!(Scale::from_word("phase"), None);
        let v = Scale::Billion
            .apply(Decimal::from_str_exact("1.25").unwrap())
            .unwrap();
        assert_eq!(v, Decimal::from(1_250_000_000));
        assert_eq!(
            Scale::HundredMillion.apply(Decimal::from_str_exact("454.56").unwrap()),
            Some(Decimal::from(45_456_000_000_i64))
        );
    }

    #[test]
    fn json_amounts_are_numbers_that_read_back_exactly() {
        let m = usd("4950000000");
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"amount":4950000000,"currency":"USD"}"#);
        let hk = Money::new(Decimal::from_str_exact("95.5").unwrap(), Currency::HKD);
        assert_eq!(
            serde_json::to_string(&hk).unwrap(),
            r#"{"amount":95.5,"currency":"HKD"}"#
        );
        let back: Money = serde_json::from_str(r#"{"amount":"12.345","currency":"usd"}"#).unwrap();
        assert_eq!(back, usd("12.345"));
    }

    proptest! {
        #[test]
        fn minor_units_round_trip(minor in -1_000_000_000_000_000_i64..1_000_000_000_000_000) {
            let m = Money::from_minor_units(minor, Currency::USD);
            prop_assert_eq!(m.to_minor_units().unwrap(), minor);
        }

        #[test]
        fn display_parses_back(minor in 0_i64..1_000_000_000_000_000) {
            let m = Money::from_minor_units(minor, Currency::EUR);
            let back: Money = m.to_string().parse().unwrap();
            prop_assert_eq!(back, m);
        }

        #[test]
        fn json_round_trips(minor in -1_000_000_000_000_000_i64..1_000_000_000_000_000) {
            let m = Money::from_minor_units(minor, Currency::USD);
            let back: Money = serde_json::from_str(&serde_json::to_string(&m).unwrap()).unwrap();
            prop_assert_eq!(back, m);
        }
    }
}
