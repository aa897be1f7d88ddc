//! Companies: names in English and Chinese, aliases, country, exchange tickers.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::InvalidValue;
use crate::vocab::vocabulary;

/// A company's stable identifier: a short lower-case slug such as `akeso` or `3sbio`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CompanyId(String);

impl CompanyId {
    /// Validates a slug: lower-case ASCII letters, digits, `-` and `_`, 1–64 characters.
    pub fn new(id: &str) -> Result<Self, InvalidValue> {
        slug("company id", id).map(CompanyId)
    }

    /// The slug.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CompanyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Checks a slug identifier (shared by company and asset ids).
pub(crate) fn slug(what: &'static str, id: &str) -> Result<String, InvalidValue> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if ok {
        Ok(id.to_owned())
    } else {
        Err(InvalidValue::new(
            what,
            id,
            "use 1–64 lower-case letters, digits, '-' or '_'",
        ))
    }
}

/// An ISO 3166-1 alpha-2 country code, upper-case (`CN`, `US`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Mainland China.
    pub const CN: CountryCode = CountryCode(*b"CN");
    /// United States.
    pub const US: CountryCode = CountryCode(*b"US");

    /// Parses two ASCII letters, case-insensitively.
    pub fn new(code: &str) -> Result<Self, InvalidValue> {
        match code.trim().as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => Ok(CountryCode([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
            ])),
            _ => Err(InvalidValue::new(
                "country code",
                code,
                "expected an ISO 3166-1 alpha-2 code such as CN or US",
            )),
        }
    }

    /// The two-letter code.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("country codes are ASCII")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryCode({})", self.as_str())
    }
}

impl FromStr for CountryCode {
    type Err = InvalidValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CountryCode::new(s)
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        CountryCode::new(&s).map_err(serde::de::Error::custom)
    }
}

vocabulary! {
    /// What kind of company it is.
    pub enum CompanyKind {
        /// Research-driven biotech.
        Biotech => "biotech" | "biotechnology",
        /// Established pharmaceutical company.
        Pharma => "pharma" | "pharmaceutical" | "big pharma",
        /// Contract research / development / manufacturing organisation.
        Cxo => "CXO" | "cro" | "cdmo" | "cmo",
        /// Company formed around a licensed asset.
        NewCo => "NewCo" | "new co",
        /// Investor or fund.
        Investor => "investor" | "fund" | "venture capital",
    }
}

vocabulary! {
    /// A stock exchange.
    pub enum Exchange {
        /// Hong Kong Stock Exchange (codes like 01530).
        Hkex => "HKEX" | "hk" | "hkse" | "sehk",
        /// Shanghai Stock Exchange, including STAR (codes like 600276, 688336).
        Sse => "SSE" | "sh" | "ss" | "shanghai",
        /// Shenzhen Stock Exchange (codes like 300750).
        Szse => "SZSE" | "sz" | "shenzhen",
        /// Nasdaq.
        Nasdaq => "NASDAQ" | "nasdaqgs" | "nasdaqgm",
        /// New York Stock Exchange.
        Nyse => "NYSE" | "n",
        /// London Stock Exchange main market.
        Lse => "LSE" | "l" | "lon",
        /// Nasdaq Stockholm.
        Sto => "STO" | "st",
        /// SIX Swiss Exchange.
        Six => "SIX" | "sw",
        /// Tokyo Stock Exchange.
        Tse => "TSE" | "t" | "tyo",
        /// London AIM.
        Aim => "AIM",
    }
}

/// A listing: exchange and code, written `HKEX:01530`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ticker {
    /// The exchange.
    pub exchange: Exchange,
    /// The code on that exchange, upper-case (`01530`, `BGNE`).
    pub code: String,
}

impl Ticker {
    /// Parses `HKEX:01530`, `NASDAQ: BGNE`, and the suffix forms `01530.HK`, `600276.SH`,
    /// `300750.SZ`. An unknown exchange is an error: a ticker that cannot be placed is
    /// worse than none.
    pub fn parse(text: &str) -> Result<Self, InvalidValue> {
        let t = text.trim();
        let bad = |reason| InvalidValue::new("ticker", text, reason);
        let (exchange, code) = if let Some((ex, code)) = t.split_once(':') {
            (ex.trim(), code.trim())
        } else if let Some((code, ex)) = t.rsplit_once('.') {
            (ex.trim(), code.trim())
        } else {
            return Err(bad(
                "expected EXCHANGE:CODE (HKEX:01530) or CODE.SUFFIX (01530.HK)",
            ));
        };
        let exchange = Exchange::known(exchange).ok_or_else(|| {
            bad("unknown exchange; known: HKEX SSE SZSE NASDAQ NYSE LSE STO SIX TSE AIM")
        })?;
        if code.is_empty()
            || !code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        {
            return Err(bad("the code must be letters and digits"));
        }
        let code = match exchange {
            // HKEX codes are written with or without leading zeros; store five digits.
            Exchange::Hkex if code.len() < 5 && code.chars().all(|c| c.is_ascii_digit()) => {
                format!("{code:0>5}")
            }
            _ => code.to_ascii_uppercase(),
        };
        Ok(Ticker { exchange, code })
    }
}

impl fmt::Display for Ticker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.exchange, self.code)
    }
}

impl Serialize for Ticker {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Ticker {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ticker::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// A company that licenses, buys or develops drug assets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Company {
    /// Stable identifier.
    pub id: CompanyId,
    /// English name as used in deal records.
    pub name_en: String,
    /// Chinese name, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_zh: Option<String>,
    /// Other names: short names, former names, subsidiaries that sign contracts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Country of headquarters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    /// Exchange listings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tickers: Vec<Ticker>,
    /// Biotech, pharma, CXO, NewCo …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CompanyKind>,
}

impl Company {
    /// A company with an id and an English name and nothing else known yet.
    pub fn new(id: CompanyId, name_en: &str) -> Self {
        Company {
            id,
            name_en: name_en.trim().to_owned(),
            name_zh: None,
            aliases: Vec::new(),
            country: None,
            tickers: Vec::new(),
            kind: None,
        }
    }

    /// Whether a ticker as a user or a price file writes it (`HKEX:01530`, `01530.HK`, or the
    /// bare code `01530`) is one of the company's listings.
    pub fn has_ticker(&self, text: &str) -> bool {
        Ticker::parse(text).is_ok_and(|t| self.tickers.contains(&t))
            || self
                .tickers
                .iter()
                .any(|t| t.code.eq_ignore_ascii_case(text.trim()))
    }

    /// Every name the company is known by: English, Chinese, aliases and ticker codes.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name_en.as_str())
            .chain(self.name_zh.as_deref())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.tickers.iter().map(|t| t.code.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ticker_matches_in_any_common_form() {
        let mut c = Company::new(CompanyId::new("hengrui").unwrap(), "Jiangsu Hengrui");
        c.tickers = vec![Ticker::parse("HKEX:01276").unwrap()];
        for written in ["HKEX:01276", "01276.HK", "1276.HK", "01276"] {
            assert!(c.has_ticker(written), "{written}");
        }
        assert!(!c.has_ticker("SSE:600276"));
        assert!(!c.has_ticker("HSI"));
    }

    #[test]
    fn tickers_in_both_notations() {
        let t = Ticker::parse("HKEX:01530").unwrap();
        assert_eq!(
            (t.exchange.clone(), t.code.as_str()),
            (Exchange::Hkex, "01530")
        );
        assert_eq!(Ticker::parse("01530.HK").unwrap(), t);
        assert_eq!(Ticker::parse("1530.hk").unwrap(), t);
        assert_eq!(
            Ticker::parse("600276.SH").unwrap().to_string(),
            "SSE:600276"
        );
        assert_eq!(Ticker::parse("300750.SZ").unwrap().exchange, Exchange::Szse);
        assert_eq!(
            Ticker::parse("NASDAQ: bgne").unwrap().to_string(),
            "NASDAQ:BGNE"
        );
        for bad in ["01530", "XETRA:BAYN", "HKEX:", "HKEX:01 530"] {
            assert!(Ticker::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn ids_and_countries_are_validated() {
        assert!(CompanyId::new("3sbio").is_ok());
        assert!(CompanyId::new("3SBio").is_err());
        assert!(CompanyId::new("").is_err());
        assert_eq!(CountryCode::new("cn").unwrap(), CountryCode::CN);
        assert!(CountryCode::new("China").is_err());
    }
}
