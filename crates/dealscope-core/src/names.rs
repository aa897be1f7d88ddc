//! Name keys for resolving companies and assets written in different ways.
//!
//! `"Jiangsu Hengrui Pharmaceuticals Co., Ltd."` and `"jiangsu hengrui pharmaceuticals"`
//! must find the same company; `"MK-2870"` and `"mk2870"` the same asset. The keys here are
//! what alias tables are indexed by. They only ever *name* things: no deal term comes from
//! an alias table.

/// Legal-form words dropped from the end of company names.
const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "co",
    "corp",
    "corporation",
    "plc",
    "ag",
    "sa",
    "se",
    "llc",
    "gmbh",
    "bv",
    "nv",
    "kk",
    "company",
    "holdings",
    "有限公司",
    "股份有限公司",
];

/// The lookup key of a company name: lower-case, punctuation folded to spaces, trailing
/// legal forms removed. Chinese characters are kept as they are.
pub fn company_key(name: &str) -> String {
    let normal = crate::vocab::normalize_spelling(name);
    let mut words: Vec<&str> = normal.split(' ').filter(|w| !w.is_empty()).collect();
    while words.len() > 1 && words.last().is_some_and(|w| LEGAL_SUFFIXES.contains(w)) {
        words.pop();
    }
    let mut key = words.join(" ");
    for suffix in ["股份有限公司", "有限公司"] {
        if let Some(stripped) = key.strip_suffix(suffix) {
            if !stripped.is_empty() {
                key = stripped.to_owned();
            }
        }
    }
    key
}

/// The lookup key of an asset name: lower-case letters and digits only, so `MK-2870`,
/// `MK 2870` and `mk2870` share a key.
pub fn asset_key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn company_keys_ignore_case_punctuation_and_legal_forms() {
        assert_eq!(
            company_key("Jiangsu Hengrui Pharmaceuticals Co., Ltd."),
            "jiangsu hengrui pharmaceuticals"
        );
        assert_eq!(company_key("AbbVie Inc."), "abbvie");
        assert_eq!(company_key("BioNTech SE"), company_key("biontech"));
        assert_eq!(company_key("3SBio"), "3sbio");
        assert_eq!(company_key("江苏恒瑞医药股份有限公司"), "江苏恒瑞医药");
        // A name that is only a legal form keeps it rather than becoming empty.
        assert_eq!(company_key("Limited"), "limited");
    }

    #[test]
    fn asset_keys_ignore_separators() {
        assert_eq!(asset_key("MK-2870"), asset_key("mk 2870"));
        assert_eq!(asset_key("BL-B01D1"), "blb01d1");
        assert_ne!(asset_key("HRS-5346"), asset_key("HRS-5345"));
    }
}
