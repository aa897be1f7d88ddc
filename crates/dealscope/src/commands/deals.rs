//! `dealscope deals list|show`.

use std::io::Write;
use std::path::Path;

use dealscope_core::{Deal, DealId, Party, Term, TermKind};
use dealscope_store::Store;

use crate::Outcome;
use crate::cli::{DealsCommand, Format, ListArgs};
use crate::output;

/// Runs a `deals` subcommand.
pub fn run(db: &Path, cmd: DealsCommand) -> anyhow::Result<Outcome> {
    let store = crate::open_existing(db)?;
    let mut out = std::io::stdout().lock();
    match cmd {
        DealsCommand::List(args) => list(&store, &args, &mut out),
        DealsCommand::Show { id, format } => show(&store, &id, format, &mut out),
    }
}

fn list(store: &impl Store, args: &ListArgs, out: &mut impl Write) -> anyhow::Result<Outcome> {
    let mut query = args.filters.query();
    query.sort = args.sort.into();
    query.limit = args.limit;
    query.offset = args.offset;
    let deals = store.deals(&query)?;
    if let Some(path) = &args.out {
        crate::report::emit(&output::deals_report(&deals), args.format, Some(path))?;
        return Ok(if deals.is_empty() {
            Outcome::NothingFound
        } else {
            Outcome::Done
        });
    }
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &deals)?;
            writeln!(out)?;
        }
        Format::Csv => output::deals_report(&deals).print(Format::Csv.into(), &mut *out)?,
        Format::Table => {
            if deals.is_empty() {
                writeln!(out, "no deals match")?;
            } else {
                writeln!(out, "{}", output::deals_table(&deals))?;
                writeln!(
                    out,
                    "{} deal(s). * = total computed from parts; ≥ = lower bound; amounts as announced.",
                    deals.len()
                )?;
            }
        }
    }
    Ok(if deals.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Done
    })
}

fn show(
    store: &impl Store,
    id: &str,
    format: Format,
    out: &mut impl Write,
) -> anyhow::Result<Outcome> {
    let Ok(deal_id) = DealId::new(id) else {
        eprintln!("no deal {id:?}");
        return Ok(Outcome::NothingFound);
    };
    let Some(deal) = store.deal(&deal_id)? else {
        eprintln!("no deal {id}; `dealscope deals list` shows the ids");
        return Ok(Outcome::NothingFound);
    };
    match format {
        Format::Json | Format::Csv => {
            serde_json::to_writer_pretty(&mut *out, &deal)?;
            writeln!(out)?;
        }
        Format::Table => {
            card(&deal, out)?;
            let catalysts = store.catalysts()?;
            let mine = dealscope_analytics::links::catalysts_for(&deal, &catalysts);
            if !mine.is_empty() {
                writeln!(
                    out,
                    "  catalysts (may trigger {})",
                    dealscope_analytics::links::triggers(&mine[0].kind)
                )?;
                for c in mine {
                    let was: Vec<String> =
                        c.history.iter().map(|h| h.expected.to_string()).collect();
                    writeln!(
                        out,
                        "    {} {} {}{} ({}{})",
                        c.expected,
                        c.asset.name,
                        c.kind.label(),
                        c.indication
                            .as_deref()
                            .map(|i| format!(" — {i}"))
                            .unwrap_or_default(),
                        c.status.label(),
                        if was.is_empty() {
                            String::new()
                        } else {
                            format!("; was {}", was.join(", "))
                        }
                    )?;
                }
            }
        }
    }
    Ok(Outcome::Done)
}

/// `dealscope conflicts`: every deal whose sources disagree, field by field.
pub fn conflicts(db: &Path) -> anyhow::Result<Outcome> {
    let store = crate::open_existing(db)?;
    let mut out = std::io::stdout().lock();
    let mut any = false;
    for deal in store.deals(&dealscope_store::DealQuery::default())? {
        let found = dealscope_core::observation::conflicts(&deal.observations);
        if found.is_empty() {
            continue;
        }
        any = true;
        writeln!(
            out,
            "{}  {} → {}",
            deal.id,
            deal.licensor_names(),
            deal.licensee_names()
        )?;
        write_conflicts(&found, &deal, &mut out)?;
    }
    if !any {
        writeln!(out, "no deal has sources that disagree")?;
        return Ok(Outcome::NothingFound);
    }
    Ok(Outcome::Done)
}

fn write_conflicts(
    found: &[dealscope_core::Conflict],
    deal: &Deal,
    out: &mut impl Write,
) -> std::io::Result<()> {
    for c in found {
        writeln!(out, "  {} — sources disagree:", c.field)?;
        for o in &c.values {
            let location = deal
                .sources
                .iter()
                .find(|s| s.id == o.source)
                .map_or(o.source.as_str(), |s| s.location.as_str());
            let quote = o
                .text
                .as_deref()
                .map(|t| format!(" \"{t}\""))
                .unwrap_or_default();
            writeln!(out, "    {}{quote}  ← {location}", o.value)?;
        }
    }
    Ok(())
}

/// A readable card with every field of a deal.
fn card(d: &Deal, out: &mut impl Write) -> std::io::Result<()> {
    let parties = |ps: &[Party]| {
        ps.iter()
            .map(|p| {
                let mut s = p.name.clone();
                if let Some(c) = &p.company {
                    s += &format!(" [{c}]");
                }
                if let Some(c) = p.country {
                    s += &format!(" ({c})");
                }
                s
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let line = |out: &mut dyn Write, label: &str, value: Option<String>| -> std::io::Result<()> {
        match value {
            Some(v) if !v.is_empty() => writeln!(out, "  {label:<18}{v}"),
            _ => Ok(()),
        }
    };
    writeln!(out, "{}", d.id)?;
    line(out, "announced", d.announced.map(|a| a.to_string()))?;
    line(out, "status", Some(d.status.to_string()))?;
    line(out, "licensor", Some(parties(&d.licensors)))?;
    line(out, "licensee", Some(parties(&d.licensees)))?;
    let assets = d
        .assets
        .iter()
        .map(|a| {
            let mut s = a.name.clone();
            if !a.aliases.is_empty() {
                s += &format!(" (also {})", a.aliases.join(", "));
            }
            if let Some(id) = &a.asset {
                s += &format!(" [{id}]");
            }
            s
        })
        .collect::<Vec<_>>()
        .join("; ");
    line(out, "assets", Some(assets))?;
    line(
        out,
        "deal type",
        d.deal_type.as_ref().map(ToString::to_string),
    )?;
    line(
        out,
        "modality",
        d.modality.as_ref().map(ToString::to_string),
    )?;
    line(out, "targets", Some(d.targets.join(", ")))?;
    line(
        out,
        "therapeutic area",
        d.therapeutic_area.as_ref().map(ToString::to_string),
    )?;
    line(out, "indication", d.indication.clone())?;
    line(
        out,
        "phase at signing",
        d.phase_at_signing.as_ref().map(ToString::to_string),
    )?;
    line(out, "territory", d.territory.clone())?;
    writeln!(out, "  terms")?;
    for kind in TermKind::ALL {
        let Some(term) = d.terms.get(kind) else {
            continue;
        };
        let text = match term {
            Term::Undisclosed => "undisclosed".to_owned(),
            Term::Disclosed(a) | Term::Computed(a) => {
                let mut s = format!(
                    "{} ({}), {}, {}",
                    a.money,
                    a.money.compact(),
                    term.state(),
                    a.bound.as_str().replace('_', " ")
                );
                if !a.includes.is_empty() {
                    let inc: Vec<&str> = a.includes.iter().map(TermKind::as_str).collect();
                    s += &format!(", includes {}", inc.join(", "));
                }
                if let Some(t) = &a.text {
                    s += &format!(" — \"{t}\"");
                }
                s
            }
        };
        writeln!(out, "    {:<16}{text}", kind.as_str())?;
    }
    if let Some(r) = &d.terms.royalty {
        writeln!(out, "    {:<16}{}", "royalty", r.text)?;
        for t in &r.tiers {
            let above = t
                .above
                .map(|m| format!(" above {}", m.compact()))
                .unwrap_or_default();
            writeln!(out, "    {:<16}{}%{above}", "", t.rate_pct)?;
        }
    }
    line(
        out,
        "original currency",
        d.currency_original.map(|c| c.to_string()),
    )?;
    line(out, "notes", d.notes.clone())?;
    if !d.events.is_empty() {
        writeln!(out, "  timeline")?;
        let mut events: Vec<&dealscope_core::Event> = d.events.iter().collect();
        events.sort_by_key(|e| (e.date.is_none(), e.date));
        for e in events {
            let when = e
                .date
                .map_or_else(|| "undated".to_owned(), |d| d.to_string());
            let amount = e
                .amount
                .map(|m| format!(" {}", m.compact()))
                .unwrap_or_default();
            let location = d
                .sources
                .iter()
                .find(|s| s.id == e.source)
                .map_or(e.source.as_str(), |s| s.location.as_str());
            writeln!(out, "    {when:<11} {}{amount} ← {location}", e.kind)?;
        }
    }
    let found = dealscope_core::observation::conflicts(&d.observations);
    if !found.is_empty() {
        writeln!(
            out,
            "  conflicts (shown value kept; every source's value below)"
        )?;
        write_conflicts(&found, d, out)?;
    }
    writeln!(out, "  sources")?;
    for (i, s) in d.sources.iter().enumerate() {
        writeln!(out, "    [{}] {}", i + 1, s.location)?;
    }
    for e in &d.evidence {
        writeln!(
            out,
            "    {} ← {} bytes {}..{}: \"{}\"",
            e.field, e.source, e.span.start, e.span.end, e.text
        )?;
    }
    Ok(())
}
