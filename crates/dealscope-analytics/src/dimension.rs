//! Dimensions a breakdown can split deals by.

use std::fmt;
use std::str::FromStr;

/// One way of grouping deals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dimension {
    /// Modality of the lead asset.
    Modality,
    /// The lead asset's first target.
    Target,
    /// Therapeutic area of the lead indication.
    Area,
    /// Phase at signing.
    Phase,
    /// Deal type.
    DealType,
    /// Each licensee (a deal with two licensees counts for both).
    Licensee,
    /// Each licensor.
    Licensor,
    /// Licensee country.
    LicenseeCountry,
    /// Licensor country.
    LicensorCountry,
}

impl Dimension {
    /// Every dimension.
    pub const ALL: [Dimension; 9] = [
        Dimension::Modality,
        Dimension::Target,
        Dimension::Area,
        Dimension::Phase,
        Dimension::DealType,
        Dimension::Licensee,
        Dimension::Licensor,
        Dimension::LicenseeCountry,
        Dimension::LicensorCountry,
    ];

    /// The name used on the command line and in outputs.
    pub fn as_str(&self) -> &'static str {
        match self {
            Dimension::Modality => "modality",
            Dimension::Target => "target",
            Dimension::Area => "area",
            Dimension::Phase => "phase",
            Dimension::DealType => "deal-type",
            Dimension::Licensee => "licensee",
            Dimension::Licensor => "licensor",
            Dimension::LicenseeCountry => "licensee-country",
            Dimension::LicensorCountry => "licensor-country",
        }
    }

    /// Whether one deal can fall into several groups (joint parties).
    pub fn is_multi_valued(&self) -> bool {
        matches!(
            self,
            Dimension::Licensee
                | Dimension::Licensor
                | Dimension::LicenseeCountry
                | Dimension::LicensorCountry
        )
    }
}

/// The group of deals whose field is empty.
pub const NOT_RECORDED: &str = "(not recorded)";

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Dimension {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let wanted = s.trim().to_ascii_lowercase().replace('_', "-");
        let alias = match wanted.as_str() {
            "therapeutic-area" => "area",
            "type" => "deal-type",
            "phase-at-signing" => "phase",
            other => other,
        };
        Dimension::ALL
            .into_iter()
            .find(|d| d.as_str() == alias)
            .ok_or_else(|| {
                let known: Vec<&str> = Dimension::ALL.iter().map(Dimension::as_str).collect();
                format!("unknown dimension {s:?}; known: {}", known.join(", "))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Directory, Facts};
    use dealscope_core::{Company, CompanyId, Deal, DealId, Modality, Party};

    #[test]
    fn parties_group_under_their_company_name() {
        let mut a = Party::named("MSD");
        a.company = Some(CompanyId::new("merck").unwrap());
        let mut d = Deal::new(
            DealId::new("x").unwrap(),
            vec![Party::named("Hengrui")],
            vec![a, Party::named("Unknown Bio")],
        );
        d.modality = Some(Modality::Adc);
        let dir = Directory::new(&[Company::new(
            CompanyId::new("merck").unwrap(),
            "Merck & Co.",
        )]);
        let deals = [d];
        let facts = Facts::new(&deals, &dir);
        let keys = |dim: Dimension| {
            let mut k = Vec::new();
            facts.for_each_key(0, dim, |s| k.push(s.to_owned()));
            k
        };
        assert_eq!(keys(Dimension::Licensee), ["Merck & Co.", "Unknown Bio"]);
        assert_eq!(keys(Dimension::Modality), ["ADC"]);
        assert_eq!(keys(Dimension::Target), [NOT_RECORDED]);
        assert_eq!(
            keys(Dimension::LicenseeCountry),
            [NOT_RECORDED, NOT_RECORDED]
        );
        assert_eq!(keys(Dimension::Phase), [NOT_RECORDED]);
    }

    #[test]
    fn names_parse_with_common_spellings() {
        assert_eq!("deal_type".parse(), Ok(Dimension::DealType));
        assert_eq!("Therapeutic-Area".parse(), Ok(Dimension::Area));
        let e = "colour".parse::<Dimension>().unwrap_err();
        assert!(e.contains("known: modality, target"), "{e}");
    }
}
