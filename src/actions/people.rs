//! People, referrals, plans, contacts, assessments and erasure.

use super::Done;
use crate::data::{DataError, DataStore, ReadsExt, Transaction, TransactionExt, WriteExt};
use crate::domain::validate::FieldError;
use crate::domain::wellbeing::Scored;
use crate::domain::{
    Activity, ActivityId, Assessment, Contact, ErasedPerson, Goal, GoalStatus, Person, PersonId, Referral,
    ReferralId, ReferralStatus,
};
use chrono::NaiveDate;

/// A new referral, with its person when they are new: one transaction. For someone already
/// stored only the referral is written (their record as stored now stays as it is).
pub(super) fn intake(
    store: &dyn DataStore,
    mut person: Person,
    mut referral: Referral,
    today: NaiveDate,
) -> Result<Done, DataError> {
    if person.id.is_new() {
        person.validate(today)?;
    }
    store.write(|tx| {
        referral.person = if person.id.is_new() {
            tx.put(&mut person)?
        } else {
            tx.require::<Person>(person.id, "person")?.id
        };
        tx.put(&mut referral)
    })?;
    Ok(Done::new(crate::t!(
        "act-referral-saved-for",
        name = person.name.as_str(),
        reference = person.reference.as_str()
    )))
}

/// A person's profile, checked against today's date (no birth date in the future), saved
/// onto the person as stored now: their plan (changed by its own actions) is kept.
pub(super) fn save_person(
    store: &dyn DataStore,
    person: Person,
    today: NaiveDate,
) -> Result<Done, DataError> {
    person.validate(today)?;
    store.write(|tx| {
        let stored: Person = tx.require(person.id, "person")?;
        tx.put(&mut Person { plan: stored.plan, ..person.clone() })
    })?;
    Ok(Done::new(crate::t!("act-saved-named", name = person.name.as_str())))
}

/// Moves a referral to `status`, dated today but never before its current status began.
pub(super) fn change_status(
    store: &dyn DataStore,
    id: ReferralId,
    status: ReferralStatus,
    note: &str,
    today: NaiveDate,
) -> Result<Done, DataError> {
    store.write(|tx| {
        let mut referral: Referral = tx.require(id, "referral")?;
        if referral.status() == status {
            return Err(DataError::conflict(crate::t!(
                "act-referral-already",
                status = status.label().to_lowercase()
            )));
        }
        let when = today.max(referral.status_since());
        referral.set_status(status, when, note.trim());
        tx.put(&mut referral)
    })?;
    Ok(Done::new(crate::t!("act-referral-status-saved", status = status.label())))
}

/// Changes one goal of a person's plan, read afresh inside the transaction.
fn change_goal(
    store: &dyn DataStore,
    person: PersonId,
    index: usize,
    change: impl FnOnce(&mut Goal),
) -> Result<(), DataError> {
    store.write(|tx| {
        let mut p: Person = tx.require(person, "person")?;
        let goal = p.plan.get_mut(index).ok_or_else(|| DataError::gone("goal"))?;
        change(goal);
        tx.put(&mut p)
    })?;
    Ok(())
}

/// Adds a goal to a person's plan.
pub(super) fn add_goal(store: &dyn DataStore, person: PersonId, goal: Goal) -> Result<Done, DataError> {
    if goal.text.trim().is_empty() {
        return Err(
            crate::domain::ValidationError(vec![FieldError::new("goal", crate::t!("dom-required"))]).into()
        );
    }
    store.write(|tx| {
        let mut p: Person = tx.require(person, "person")?;
        p.plan.push(goal);
        tx.put(&mut p)
    })?;
    Ok(Done::new(crate::t!("act-goal-added")))
}

/// Sets the status of one goal.
pub(super) fn set_goal_status(
    store: &dyn DataStore,
    person: PersonId,
    index: usize,
    status: GoalStatus,
) -> Result<Done, DataError> {
    change_goal(store, person, index, |g| g.status = status)?;
    Ok(Done::new(crate::t!("act-goal-status", number = (index + 1).to_string(), status = status.label())))
}

/// Chooses the activities for one goal: each must be in the catalogue, and each is kept once,
/// in the order given.
pub(super) fn set_goal_activities(
    store: &dyn DataStore,
    person: PersonId,
    index: usize,
    mut activities: Vec<ActivityId>,
) -> Result<Done, DataError> {
    let mut seen = std::collections::HashSet::new();
    activities.retain(|a| seen.insert(*a));
    store.write(|tx| {
        for a in &activities {
            tx.require::<Activity>(*a, "activity")?;
        }
        let mut p: Person = tx.require(person, "person")?;
        let goal = p.plan.get_mut(index).ok_or_else(|| DataError::gone("goal"))?;
        goal.activities = activities.clone();
        tx.put(&mut p)
    })?;
    Ok(Done::new(crate::t!(
        "act-goal-activities",
        number = (index + 1).to_string(),
        count = activities.len()
    )))
}

/// Records or corrects an assessment; an incomplete one is kept but not scored.
pub(super) fn save_assessment(store: &dyn DataStore, mut assessment: Assessment) -> Result<Done, DataError> {
    store.write(|tx| {
        tx.require::<Person>(assessment.person, "person")?;
        tx.put(&mut assessment)
    })?;
    Ok(Done::new(match assessment.scored() {
        Some(Scored::Incomplete { .. }) => crate::t!("act-assessment-saved-incomplete"),
        _ => crate::t!("act-assessment-saved"),
    }))
}

/// What the erasure says it kept, and why: the register of members is a legal record (in
/// English; [`register_kept`] gives it in the interface language).
pub const REGISTER_KEPT: &str = "Their entry in the co-op's register of members is kept (name, address, \
shares and dates), as s.30 of the Co-operative and Community Benefit Societies Act 2014 requires; \
it can be removed once they have ceased to be a member for the period in the co-op's rules";

/// What the erasure says it kept, and why, in the interface language.
pub fn register_kept() -> String {
    crate::t!("act-register-kept")
}

/// What erasing one person removed.
struct Erased {
    reference: String,
    referrals: usize,
    contacts: usize,
    assessments: usize,
    sessions: usize,
    /// Register entries kept (no longer linked to the care records).
    kept_in_register: usize,
}

/// Deletes the person and every record about them inside `tx` (they are taken out of the
/// sessions they shared, which stay for the others), noting that a scrub is owed.
fn erase_in(tx: &mut dyn Transaction, person: PersonId, today: NaiveDate) -> Result<Erased, DataError> {
    let Some(found) = tx.get::<Person>(person)? else {
        return Err(DataError::conflict(crate::t!("act-no-person-with-id", id = person.to_string())));
    };
    let referrals = tx.referrals_of_person(found.id)?;
    for r in &referrals {
        tx.delete::<Referral>(r.id)?;
    }
    let contacts = tx.contacts_of_person(found.id)?;
    for c in &contacts {
        tx.delete::<Contact>(c.id)?;
    }
    let assessments = tx.assessments_of_person(found.id)?;
    for a in &assessments {
        tx.delete::<Assessment>(a.id)?;
    }
    let sessions = tx.sessions_of_person(found.id)?;
    for mut session in sessions.iter().cloned() {
        session.participants.retain(|p| p.person != found.id);
        tx.put(&mut session)?;
    }
    tx.delete::<Person>(found.id)?;
    // The register of members is the law's, not a care record: the entry stays.
    let kept_in_register = super::coop::unlink_person(tx, found.id)?;
    // Committed with the deletions: if the scrub that follows is cut short, the next open of
    // the file finishes it.
    tx.note_erasure()?;
    // Remembered by id and reference only: a backup taken before cannot bring them back.
    tx.remember_erased(&ErasedPerson { id: found.id, reference: found.reference.clone(), on: today })?;
    Ok(Erased {
        reference: found.reference,
        referrals: referrals.len(),
        contacts: contacts.len(),
        assessments: assessments.len(),
        sessions: sessions.len(),
        kept_in_register,
    })
}

/// Scrubs the store after an erasure of `who`, so none of their bytes survive.
fn scrub_after(store: &mut dyn DataStore, who: &str) -> Result<(), DataError> {
    store
        .scrub()
        .map_err(|e| DataError::ErasedNotScrubbed { reference: who.to_string(), source: Box::new(e) })
}

/// Erases one person and every record about them in one transaction, then scrubs the store.
pub(super) fn erase(
    store: &mut dyn DataStore,
    person: PersonId,
    today: NaiveDate,
) -> Result<Done, DataError> {
    let e = store.write(|tx| erase_in(tx, person, today))?;
    scrub_after(store, &e.reference)?;
    let message = crate::t!(
        "act-erased-one",
        reference = e.reference.as_str(),
        referrals = e.referrals,
        contacts = e.contacts,
        assessments = e.assessments,
        sessions = e.sessions
    );
    Ok(Done::new(if e.kept_in_register > 0 { format!("{message}. {}", register_kept()) } else { message }))
}

/// Erases several people (people due for review), all in one transaction or none, then
/// scrubs the store once.
pub(super) fn erase_many(
    store: &mut dyn DataStore,
    people: &[PersonId],
    today: NaiveDate,
) -> Result<Done, DataError> {
    if people.is_empty() {
        return Err(DataError::conflict(crate::t!("act-erase-none-chosen")));
    }
    let erased =
        store.write(|tx| people.iter().map(|p| erase_in(tx, *p, today)).collect::<Result<Vec<_>, _>>())?;
    let references: Vec<&str> = erased.iter().map(|e| e.reference.as_str()).collect();
    scrub_after(store, &references.join(", "))?;
    let n = erased.len();
    let message = crate::t!("act-erased-many", count = n, references = references.join(", "));
    Ok(Done::new(if erased.iter().any(|e| e.kept_in_register > 0) {
        format!("{message}. {}", register_kept())
    } else {
        message
    }))
}
