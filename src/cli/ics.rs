//! `carecoop ics --member NAME_OR_ID | --person REF --data DB --out FILE.ics [--weeks N]`.

use crate::data::ReadsExt;
use crate::domain::Member;
use crate::report::ics::{Whose, calendar};
use crate::t;
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
                .with_context(|| t!("cli-ics-no-member", wanted = wanted))?;
            (Whose::Member(found.id), t!("cli-ics-member-calendar", name = found.name.as_str()))
        }
        (None, Some(reference)) => {
            let p = store
                .person_by_ref(reference)?
                .with_context(|| t!("cli-no-person", reference = reference))?;
            (Whose::Person(p.id), t!("cli-ics-person-calendar", name = p.display_name().to_string()))
        }
        _ => bail!("{}", t!("cli-ics-member-or-person")),
    };
    let today = super::today();
    let text = calendar(store.as_ref(), whose, today, weeks, &name)?;
    let events = text.matches("BEGIN:VEVENT").count();
    std::fs::write(out, text).with_context(|| t!("cli-cannot-write", file = out.display().to_string()))?;
    println!("{}", t!("cli-ics-wrote", count = events, weeks = weeks, file = out.display().to_string()));
    Ok(())
}
