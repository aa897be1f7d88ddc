//! Observations: every value a source stated for a deal field, and the conflicts between
//! sources that disagree.

use serde::{Deserialize, Serialize};

use crate::{Money, SourceId, Span};

/// One source's statement of one field of a deal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Observation {
    /// The field (`upfront`, `milestones`, `total`, `licensee` …).
    pub field: String,
    /// The value in canonical text (`USD 650000000`, `Pfizer`).
    pub value: String,
    /// The amount, for money fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub money: Option<Money>,
    /// The source that said it.
    pub source: SourceId,
    /// Where in the source's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The words it was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A field for which sources state different values.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// The field.
    pub field: String,
    /// One observation per distinct value, in the order first seen.
    pub values: Vec<Observation>,
}

/// Fields whose values sources can disagree on: the money terms and the parties. (Free
/// text such as royalty wording differs between any two writers and is not compared.)
fn comparable(field: &str) -> bool {
    matches!(
        field,
        "upfront"
            | "near_term"
            | "equity"
            | "option_fee"
            | "milestones"
            | "total"
            | "licensor"
            | "licensee"
    )
}

/// The fields whose observations from different sources disagree. Money fields compare
/// amounts (`USD 4.8B` vs `USD 4.95B`); a value restated by a second source is agreement,
/// not conflict; two values within one source are that source's own ambiguity, not a
/// disagreement between sources.
pub fn conflicts(observations: &[Observation]) -> Vec<Conflict> {
    let mut out: Vec<Conflict> = Vec::new();
    for o in observations.iter().filter(|o| comparable(&o.field)) {
        let same = |a: &Observation| match (a.money, o.money) {
            (Some(x), Some(y)) => x == y,
            _ => a.value == o.value,
        };
        match out.iter_mut().find(|c| c.field == o.field) {
            Some(c) => {
                if !c.values.iter().any(same) {
                    c.values.push(o.clone());
                }
            }
            None => out.push(Conflict {
                field: o.field.clone(),
                values: vec![o.clone()],
            }),
        }
    }
    out.retain(|c| c.values.len() > 1 && c.values.iter().any(|v| v.source != c.values[0].source));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Currency;

    fn obs(field: &str, usd: i64, source: &str) -> Observation {
        let money = Money::whole(usd, Currency::USD);
        Observation {
            field: field.into(),
            value: money.to_string(),
            money: Some(money),
            source: SourceId::from_stored(source.into()),
            span: None,
            text: None,
        }
    }

    #[test]
    fn disagreeing_sources_make_a_conflict_and_restatements_do_not() {
        let all = [
            obs("milestones", 4_800_000_000, "a"),
            obs("upfront", 650_000_000, "a"),
            obs("milestones", 4_950_000_000, "b"),
            obs("upfront", 650_000_000, "b"),
            obs("milestones", 4_800_000_000, "c"),
        ];
        let c = conflicts(&all);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].field, "milestones");
        let sources: Vec<&str> = c[0].values.iter().map(|o| o.source.as_str()).collect();
        assert_eq!(sources, ["a", "b"]);
        // Two values within one source are not a conflict between sources.
        assert!(conflicts(&[obs("total", 1, "a"), obs("total", 2, "a")]).is_empty());
    }
}
