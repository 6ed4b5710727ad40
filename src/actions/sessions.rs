//! Booking, occurrences, attendance, series edits and booking a suggestion.

use super::Done;
use crate::data::{AnyId, DataError, DataStore, ReadsExt, Transaction, TransactionExt, WriteExt};
use crate::domain::planning::Suggestion;
use crate::domain::schedule::{Conflict, SessionChange, conflicts, editable_from};
use crate::domain::{
    Activity, Attendance, Participant, Payer, Person, Referral, ReferralId, ReferralStatus, Series, SeriesId,
    Session, SessionId,
};
use chrono::NaiveDate;

/// Stores new sessions: a one-off, or a new series (stored first) with every occurrence.
/// Returns how many occurrences were stored.
pub(super) fn store_new(
    tx: &mut dyn Transaction,
    series: Option<&mut Series>,
    sessions: &mut [Session],
) -> Result<usize, DataError> {
    for place in sessions.iter().flat_map(|s| &s.participants) {
        tx.require::<Person>(place.person, "person")?;
    }
    if let Some(series) = series {
        let id = tx.put(series)?;
        sessions.iter_mut().for_each(|s| s.series = Some(id));
    }
    for session in sessions.iter_mut() {
        tx.put(session)?;
    }
    Ok(sessions.len())
}

/// Books new sessions in one transaction.
pub(super) fn book(
    store: &dyn DataStore,
    mut series: Option<Series>,
    mut sessions: Vec<Session>,
) -> Result<Done, DataError> {
    let n = store.write(|tx| store_new(tx, series.as_mut(), &mut sessions))?;
    Ok(Done::new(match series {
        Some(_) => crate::t!("act-series-booked", count = n),
        None => crate::t!("act-session-booked"),
    }))
}

/// Changes one occurrence as stored now (attendance recorded meanwhile is kept).
pub(super) fn edit_occurrence(
    tx: &mut dyn Transaction,
    id: SessionId,
    change: &SessionChange,
) -> Result<usize, DataError> {
    if change.is_empty() {
        return Ok(0);
    }
    let stored: Session = tx.require(id, "session")?;
    for place in change.participants.iter().flatten() {
        tx.require::<Person>(place.person, "person")?;
    }
    tx.put(&mut change.apply_to(&stored))?;
    Ok(1)
}

/// Records attendance for one occurrence, on the session as it is now.
pub(super) fn record_attendance(
    store: &dyn DataStore,
    id: SessionId,
    places: Vec<Participant>,
) -> Result<Done, DataError> {
    store.write(|tx| {
        let mut session: Session = tx.require(id, "session")?;
        // Only whether each person came (and the note) changes: someone booked in or out
        // since the panel opened keeps their place, or stays out.
        for stored in &mut session.participants {
            if let Some(recorded) = places.iter().find(|p| p.person == stored.person) {
                stored.attendance = recorded.attendance;
                stored.note = recorded.note.clone();
            }
        }
        tx.put(&mut session)
    })?;
    Ok(Done::new(crate::t!("act-attendance-saved")))
}

/// Cancels or restores one occurrence.
pub(super) fn set_cancelled(
    store: &dyn DataStore,
    id: SessionId,
    cancelled: bool,
) -> Result<Done, DataError> {
    store.write(|tx| {
        let mut session: Session = tx.require(id, "session")?;
        session.cancelled = cancelled;
        tx.put(&mut session)
    })?;
    Ok(Done::new(if cancelled {
        crate::t!("act-session-cancelled")
    } else {
        crate::t!("act-session-restored")
    }))
}

/// The occurrences of `series` an edit from `from` may change (never the past).
fn editable(
    tx: &dyn Transaction,
    series: SeriesId,
    from: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<Session>, DataError> {
    let occurrences = tx.sessions_of_series(series)?;
    let ids = editable_from(&occurrences, from, today);
    Ok(occurrences.into_iter().filter(|s| ids.contains(&s.id)).collect())
}

/// Makes `change` (less any date: each keeps its own) to every editable occurrence of
/// `series`; returns how many.
pub(super) fn edit_series_from(
    tx: &mut dyn Transaction,
    series: SeriesId,
    from: NaiveDate,
    change: &SessionChange,
    today: NaiveDate,
) -> Result<usize, DataError> {
    let change = change.without_date();
    if change.is_empty() {
        return Ok(0);
    }
    for place in change.participants.iter().flatten() {
        tx.require::<Person>(place.person, "person")?;
    }
    let occurrences = editable(tx, series, from, today)?;
    for occurrence in &occurrences {
        tx.put(&mut change.apply_to(occurrence))?;
    }
    Ok(occurrences.len())
}

/// Cancels every editable occurrence of `series` not already cancelled; returns how many.
pub(super) fn cancel_series_from(
    tx: &mut dyn Transaction,
    series: SeriesId,
    from: NaiveDate,
    today: NaiveDate,
) -> Result<usize, DataError> {
    let mut n = 0;
    for mut s in editable(tx, series, from, today)?.into_iter().filter(|s| !s.cancelled) {
        s.cancelled = true;
        tx.put(&mut s)?;
        n += 1;
    }
    Ok(n)
}

/// Creates the suggested session (or adds the person to the group session with room) and
/// moves the referral to matched. Returns the session's id.
pub(super) fn book_suggestion(
    tx: &mut dyn Transaction,
    referral: ReferralId,
    suggestion: &Suggestion,
    today: NaiveDate,
) -> Result<SessionId, DataError> {
    let mut r: Referral = tx.require(referral, "referral")?;
    if !r.status().needs_match() {
        return Err(DataError::conflict(crate::t!(
            "act-referral-already",
            status = r.status().label().to_lowercase()
        )));
    }
    let person: Person = tx.require(r.person, "person")?;
    let place = Participant {
        person: person.id,
        payer: person.default_payer.unwrap_or(Payer::SelfFunded),
        attendance: Attendance::Expected,
        note: String::new(),
    };
    let id = match suggestion.join {
        Some(existing) => {
            let mut session: Session = tx.require(existing, "session")?;
            if !session.participants.iter().any(|p| p.person == person.id) {
                session.participants.push(place);
            }
            refuse_clash(&mut *tx, &session)?;
            tx.put(&mut session)?
        }
        None => {
            let activity: Activity = tx.require(suggestion.activity, "activity")?;
            let mut session = Session {
                id: SessionId::NEW,
                series: None,
                activity: activity.id,
                members: vec![suggestion.member],
                date: suggestion.start.date(),
                start: suggestion.start.time(),
                minutes: suggestion.minutes,
                venue: activity.venue.clone(),
                participants: vec![place],
                capacity: None,
                notes: String::new(),
                cancelled: false,
            };
            refuse_clash(&mut *tx, &session)?;
            tx.put(&mut session)?
        }
    };
    if !r.activities.contains(&suggestion.activity) {
        r.activities.push(suggestion.activity);
    }
    r.set_status(ReferralStatus::Matched, today.max(r.status_since()), "booked from a suggestion");
    tx.put(&mut r)?;
    Ok(id)
}

/// A suggestion was made from what was booked when it was worked out; inside the booking's
/// transaction, refuse it if the session has since filled up, or the member or the person has
/// since been booked at that time (two link workers booking the last place: one is told).
fn refuse_clash(tx: &mut dyn Transaction, session: &Session) -> Result<(), DataError> {
    // Two link workers booking the same member or person at the same moment: only one
    // commits, and the other, tried again, sees the first's booking.
    let mut claimed: Vec<AnyId> = session.members.iter().map(|m| AnyId::Member(*m)).collect();
    claimed.extend(session.participants.iter().map(|p| AnyId::Person(p.person)));
    tx.claim(&claimed)?;
    let activity: Activity = tx.require(session.activity, "activity")?;
    let same_day = tx.sessions_between(session.date, session.date)?;
    for clash in conflicts(session, &same_day, activity.capacity, &[]) {
        let why = match clash {
            Conflict::OverCapacity { capacity, .. } => crate::t!("act-session-full", count = capacity),
            Conflict::MemberDoubleBooked { .. } => crate::t!("act-member-since-booked"),
            Conflict::PersonDoubleBooked { .. } => crate::t!("act-person-since-booked"),
            Conflict::OutsideAvailability { .. } => continue,
        };
        return Err(DataError::conflict(crate::t!("act-choose-another", why = why)));
    }
    Ok(())
}
