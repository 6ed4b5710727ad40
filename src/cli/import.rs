//! `carecoop import KIND FILE --data DB`: all-or-nothing CSV import.

use super::ImportKind;
use crate::actions::{Action, ImportBatch, apply};
use crate::data::ReadsExt;
use crate::domain::{Activity, Assessment, Availability, Member, Person, Referral, Session};
use crate::exchange::import::{
    SessionContext, plan_activities, plan_assessments, plan_availability, plan_exceptions, plan_members,
    plan_people, plan_referrals, plan_sessions,
};
use anyhow::Context;
use std::path::Path;

/// Reads `file`, checks every row, then stores all of it in one transaction (or nothing).
pub fn run(path: &Path, kind: ImportKind, file: &Path) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let mut store = super::open_for_writing(path)?;
    let today = super::today();
    let s = store.as_ref();
    let not_imported = || format!("{} was not imported", file.display());
    let batch = match kind {
        ImportKind::Members => ImportBatch::Members(
            plan_members(&text, &s.all::<Member>()?, &s.all::<Activity>()?).with_context(not_imported)?,
        ),
        ImportKind::Activities => {
            ImportBatch::Activities(plan_activities(&text, &s.all::<Activity>()?).with_context(not_imported)?)
        }
        ImportKind::People => {
            ImportBatch::People(plan_people(&text, &s.all::<Person>()?, today).with_context(not_imported)?)
        }
        ImportKind::Referrals => ImportBatch::Referrals(
            plan_referrals(&text, &s.all::<Person>()?, &s.all::<Referral>()?, today)
                .with_context(not_imported)?,
        ),
        ImportKind::Assessments => ImportBatch::Assessments(
            plan_assessments(&text, &s.all::<Person>()?, &s.all::<Assessment>()?, today)
                .with_context(not_imported)?,
        ),
        ImportKind::Sessions => {
            let (activities, members, people, sessions) =
                (s.all::<Activity>()?, s.all::<Member>()?, s.all::<Person>()?, s.all::<Session>()?);
            let cx = SessionContext {
                activities: &activities,
                members: &members,
                people: &people,
                sessions: &sessions,
            };
            ImportBatch::Sessions(plan_sessions(&text, &cx).with_context(not_imported)?)
        }
        ImportKind::Availability | ImportKind::Exceptions => {
            let members = s.all::<Member>()?;
            let existing = s.all::<Availability>()?;
            let plan = if kind == ImportKind::Availability {
                plan_availability(&text, &members, &existing)
            } else {
                plan_exceptions(&text, &members, &existing)
            };
            ImportBatch::Availability(plan.with_context(not_imported)?)
        }
    };
    let done = apply(store.as_mut(), Action::Import(Box::new(batch)), today).with_context(not_imported)?;
    println!("{}.", done.message);
    Ok(())
}
