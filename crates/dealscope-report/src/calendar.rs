//! The catalyst calendar as iCalendar (RFC 5545), for calendar applications.

use dealscope_analytics::links;
use dealscope_core::{Catalyst, Deal};

/// The deals a catalyst may trigger milestones of, as `ID (milestones)` joined by `; `.
pub fn linked(c: &Catalyst, deals: &[Deal]) -> String {
    links::deals_for(c, deals)
        .iter()
        .map(|(d, m)| format!("{} ({m})", d.id))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The calendar as iCalendar: one all-day event spanning each catalyst's window, with a
/// stable UID so a calendar application updates it when the date slips.
pub fn ics(catalysts: &[Catalyst], deals: &[Deal]) -> String {
    use icalendar::{Calendar, Component, Event, EventLike};
    let mut cal = Calendar::new();
    cal.name("dealscope catalysts");
    for c in catalysts {
        let indication = c
            .indication
            .as_deref()
            .map(|i| format!(" — {i}"))
            .unwrap_or_default();
        let mut description = format!(
            "Expected {} (precision: {:?}); status {}.",
            c.expected,
            c.expected.precision(),
            c.status.label()
        );
        if !c.history.is_empty() {
            let was: Vec<String> = c.history.iter().map(|h| h.expected.to_string()).collect();
            description.push_str(&format!(" Earlier dates: {}.", was.join(", ")));
        }
        let deals = linked(c, deals);
        if !deals.is_empty() {
            description.push_str(&format!(" May trigger: {deals}."));
        }
        let event = Event::new()
            .uid(&format!("{}@dealscope", c.key().replace(['|', ' '], "-")))
            .summary(&format!("{} {}{indication}", c.asset.name, c.kind.label()))
            .description(&description)
            .starts(c.expected.start())
            .ends(c.expected.end().succ_opt().unwrap_or(c.expected.end()))
            .done();
        cal.push(event);
    }
    cal.done().to_string()
}
