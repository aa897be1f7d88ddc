//! Company names as one document uses them: full names (alias table or "… Therapeutics"),
//! the short names the document defines (`Regeneron Pharmaceuticals, Inc. ("Regeneron")`,
//! `… Limited (the "Company", together with its subsidiaries, the "Group")`), and the first
//! distinctive word of a full name ("Kestrel" for "Kestrel Bio", "Hengrui" for "Jiangsu
//! Hengrui Pharmaceuticals").

use dealscope_core::Span;

use crate::gazetteer::{CompanyHit, Gazetteer};

/// Words that start many company names and say nothing about which company.
const NOT_SHORT_NAMES: &[&str] = &[
    "Shanghai",
    "Beijing",
    "Suzhou",
    "Hangzhou",
    "Shenzhen",
    "Jiangsu",
    "Sichuan",
    "Zhejiang",
    "Guangzhou",
    "Chengdu",
    "Nanjing",
    "Wuhan",
    "Tianjin",
    "Shenyang",
    "Hong",
    "China",
    "Chinese",
    "Sino",
    "Merck",
    "Eli",
    "Johnson",
    "Bristol",
    "Global",
    "International",
    "American",
    "British",
    "Japan",
    "Korea",
    "Shandong",
    "Hunan",
    "Hubei",
    "Guangdong",
    "Fujian",
    "Jiangxi",
    "Anhui",
    "Henan",
    "Hebei",
    "Yunnan",
    "Qilu",
    "First",
    "New",
    "The",
    "General",
];

/// Every reference to a company in one document, in order, not overlapping.
#[derive(Clone, Debug, Default)]
pub struct DocNames {
    hits: Vec<CompanyHit>,
}

impl DocNames {
    /// Finds the companies of `text` and every short name it uses for them.
    pub fn build(text: &str, gazetteer: &Gazetteer) -> Self {
        let full = gazetteer.companies(text);
        let mut aliases: Vec<(String, CompanyHit)> = Vec::new();
        for h in &full {
            for defined in definitions_after(text, h.span.end) {
                aliases.push((defined, h.clone()));
            }
            if let Some(short) = short_name(&h.name) {
                aliases.push((short, h.clone()));
            }
        }
        let mut hits = full;
        for (alias, who) in aliases {
            let generic = matches!(
                alias.as_str(),
                "Company" | "Group" | "Issuer" | "Licensor" | "Licensee"
            );
            let needles: Vec<String> = if generic {
                vec![format!("the {alias}"), format!("The {alias}")]
            } else {
                vec![alias.clone()]
            };
            for needle in needles {
                for start in crate::text::word_matches(text, &needle) {
                    let end = start + needle.len();
                    let free = !hits
                        .iter()
                        .any(|h| h.span.start < end && start < h.span.end);
                    if free {
                        hits.push(CompanyHit {
                            span: Span { start, end },
                            written: needle.clone(),
                            name: who.name.clone(),
                            id: who.id.clone(),
                            country: who.country,
                        });
                    }
                }
            }
        }
        hits.sort_by_key(|h| h.span.start);
        DocNames { hits }
    }

    /// The country of a company by its display name, when known.
    pub fn country_of(&self, name: &str) -> Option<dealscope_core::CountryCode> {
        self.hits
            .iter()
            .find(|h| h.name == name)
            .and_then(|h| h.country)
    }

    /// The references inside a span.
    pub fn in_span(&self, span: Span) -> Vec<CompanyHit> {
        self.hits
            .iter()
            .filter(|h| span.start <= h.span.start && h.span.end <= span.end)
            .cloned()
            .collect()
    }
}

/// Quoted names in a bracket right after a company name: `, Inc. ("Regeneron")`,
/// ` Company Limited (the "Company", together with its subsidiaries, the "Group")`.
fn definitions_after(text: &str, end: usize) -> Vec<String> {
    let rest = &text[end..];
    let Some(open) = rest.find('(') else {
        return Vec::new();
    };
    // Only legal-form words may stand between the name and the bracket.
    if open > 30
        || rest[..open].contains(['.', '\n'])
            && !rest[..open].contains("Inc.")
            && !rest[..open].contains("Co.")
            && !rest[..open].contains("Ltd.")
    {
        return Vec::new();
    }
    let inside = &rest[open + 1..];
    let Some(close) = inside.find(')') else {
        return Vec::new();
    };
    let mut limit = close.min(160);
    while !inside.is_char_boundary(limit) {
        limit -= 1;
    }
    let inside = &inside[..limit];
    let mut out = Vec::new();
    let mut parts = inside.split(['"', '“', '”']);
    parts.next();
    while let Some(quoted) = parts.next() {
        let q = quoted.trim();
        if !q.is_empty() && q.len() <= 40 && q.chars().next().is_some_and(char::is_uppercase) {
            out.push(q.to_owned());
        }
        parts.next();
    }
    out
}

/// The distinctive first word of a multi-word company name, if it can stand alone.
fn short_name(name: &str) -> Option<String> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    let first = if NOT_SHORT_NAMES.contains(&first) {
        words.next()?
    } else {
        first
    };
    words.next()?; // a one-word remainder is the name itself
    let word = first.trim_end_matches([',', '.']);
    let ok = word.chars().count() >= 4
        && word.chars().next().is_some_and(char::is_uppercase)
        && !NOT_SHORT_NAMES.contains(&word);
    ok.then(|| word.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defined_and_short_names_refer_to_their_company() {
        let text = "Hansoh Pharmaceutical Group Company Limited (the \"Company\", together with its subsidiaries, the \"Group\") and Regeneron Pharmaceuticals, Inc. (\"Regeneron\") agreed. The Group grants Regeneron a license. Kestrel Bio said Kestrel will pay.";
        let names = DocNames::build(text, &Gazetteer::default());
        let written: Vec<(&str, &str)> = names
            .hits
            .iter()
            .map(|h| (h.written.as_str(), h.name.as_str()))
            .collect();
        assert!(
            written.contains(&("The Group", "Hansoh Pharmaceutical Group Company Limited")),
            "{written:?}"
        );
        assert!(
            written.contains(&("Regeneron", "Regeneron Pharmaceuticals")),
            "{written:?}"
        );
        assert!(written.contains(&("Kestrel", "Kestrel Bio")), "{written:?}");
    }

    #[test]
    fn long_multibyte_brackets_do_not_panic() {
        // Found by cargo-fuzz: a bracket longer than the scan window, cut inside a character.
        let text = format!("Lumora Therapeutics ({}\"Lumora\")", "恒".repeat(80));
        let _ = DocNames::build(&text, &Gazetteer::default());
    }

    #[test]
    fn place_names_are_not_short_names() {
        assert_eq!(
            short_name("Jiangsu Hengrui Pharmaceuticals").as_deref(),
            Some("Hengrui")
        );
        assert_eq!(short_name("Shanghai Pharma"), None);
        assert_eq!(short_name("Akeso"), None);
    }
}
