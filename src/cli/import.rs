//! `carecoop import members|activities FILE --data DB`: all-or-nothing CSV import.

use super::ImportKind;
use crate::domain::{Activity, Member};
use crate::domain::{Assessment, Session};
use crate::domain::{Person, Referral};
use crate::exchange::import::{SessionContext, plan_availability, plan_exceptions, plan_sessions};
use crate::exchange::import::{plan_activities, plan_assessments, plan_members, plan_people, plan_referrals};
use crate::store::{OpenMode, Store};
use anyhow::Context;
use std::path::Path;

/// Reads `file`, checks every row, then stores all of it in one transaction (or nothing).
pub fn run(path: &Path, kind: ImportKind, file: &Path) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let store = Store::open(path, OpenMode::CreateIfMissing)?;
    let today = chrono::Local::now().date_naive();
    let summary = match kind {
        ImportKind::Members => {
            let mut plan = plan_members(&text, &store.all::<Member>()?, &store.all::<Activity>()?)
                .with_context(|| format!("{} was not imported", file.display()))?;
            store.write(|w| plan.records_mut().try_for_each(|m| w.put(m).map(drop)))?;
            plan.summary("members")
        }
        ImportKind::Activities => {
            let mut plan = plan_activities(&text, &store.all::<Activity>()?)
                .with_context(|| format!("{} was not imported", file.display()))?;
            store.write(|w| plan.records_mut().try_for_each(|a| w.put(a).map(drop)))?;
            plan.summary("activities")
        }
        ImportKind::People => {
            let mut plan = plan_people(&text, &store.all::<Person>()?, today)
                .with_context(|| format!("{} was not imported", file.display()))?;
            store.write(|w| plan.records_mut().try_for_each(|p| w.put(p).map(drop)))?;
            plan.summary("people")
        }
        ImportKind::Referrals => {
            let mut plan = plan_referrals(&text, &store.all::<Person>()?, &store.all::<Referral>()?, today)
                .with_context(|| format!("{} was not imported", file.display()))?;
            store.write(|w| plan.records_mut().try_for_each(|r| w.put(r).map(drop)))?;
            plan.summary("referrals")
        }
        ImportKind::Assessments => {
            let mut plan =
                plan_assessments(&text, &store.all::<Person>()?, &store.all::<Assessment>()?, today)
                    .with_context(|| format!("{} was not imported", file.display()))?;
            store.write(|w| plan.records_mut().try_for_each(|a| w.put(a).map(drop)))?;
            plan.summary("assessments")
        }
        ImportKind::Sessions => {
            let (activities, members, people, sessions) = (
                store.all::<Activity>()?,
                store.all::<Member>()?,
                store.all::<Person>()?,
                store.all::<Session>()?,
            );
            let cx = SessionContext {
                activities: &activities,
                members: &members,
                people: &people,
                sessions: &sessions,
            };
            let mut plan = plan_sessions(&text, &cx, today)
                .with_context(|| format!("{} was not imported", file.display()))?;
            store.write(|w| {
                plan.records_mut().try_for_each(|row| {
                    if let Some(series) = &mut row.series {
                        let id = crate::domain::SeriesId(w.put(series)?);
                        row.sessions.iter_mut().for_each(|s| s.series = Some(id));
                    }
                    row.sessions.iter_mut().try_for_each(|s| w.put(s).map(drop))
                })
            })?;
            let occurrences: usize = plan.added.iter().chain(&plan.updated).map(|r| r.sessions.len()).sum();
            format!("{} ({occurrences} occurrences)", plan.summary("session rows"))
        }
        ImportKind::Availability | ImportKind::Exceptions => {
            let members = store.all::<Member>()?;
            let existing = store.all::<crate::domain::Availability>()?;
            let plan = if kind == ImportKind::Availability {
                plan_availability(&text, &members, &existing)
            } else {
                plan_exceptions(&text, &members, &existing)
            };
            let mut plan = plan.with_context(|| format!("{} was not imported", file.display()))?;
            store.write(|w| plan.records_mut().try_for_each(|a| w.put(a).map(drop)))?;
            plan.summary("members' availability")
        }
    };
    println!("Imported {summary}.");
    Ok(())
}
