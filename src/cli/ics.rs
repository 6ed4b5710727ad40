//! `carecoop ics --member NAME_OR_ID | --person REF --data DB --out FILE.ics [--weeks N]`.

use crate::data::ReadsExt;
use crate::domain::Member;
use crate::report::ics::{Whose, calendar};
use anyhow::{Context, bail};
use std::path::Path;

/// Writes the member's or person's calendar for the next `weeks` weeks.
pub fn run(
    path: &Path,
    member: Option<&str>,
    person: Option<&str>,
    out: &Path,
    weeks: u32,
) -> anyhow::Result<()> {
    let store = super::open_existing(path)?;
    let (whose, name) = match (member, person) {
        (Some(wanted), None) => {
            let members = store.all::<Member>()?;
            let found = members
                .iter()
                .find(|m| m.id.0.to_string() == wanted.trim() || m.name.eq_ignore_ascii_case(wanted.trim()))
                .with_context(|| format!("there is no member named or numbered '{wanted}'"))?;
            (Whose::Member(found.id), format!("{}: carecoop sessions", found.name))
        }
        (None, Some(reference)) => {
            let p =
                store.person_by_ref(reference)?.with_context(|| format!("there is no person {reference}"))?;
            (Whose::Person(p.id), format!("{}: sessions", p.display_name()))
        }
        _ => bail!("give exactly one of --member NAME_OR_ID or --person REF"),
    };
    let today = super::today();
    let text = calendar(store.as_ref(), whose, today, weeks, &name)?;
    let events = text.matches("BEGIN:VEVENT").count();
    std::fs::write(out, text).with_context(|| format!("cannot write {}", out.display()))?;
    println!("Wrote {events} event(s) for the next {weeks} weeks to {}", out.display());
    Ok(())
}
