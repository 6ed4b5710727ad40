//! Booking a suggestion for a waiting referral, inside one write transaction.

use super::{StoreError, Writer};
use crate::domain::planning::Suggestion;
use crate::domain::{
    Activity, Attendance, Participant, Payer, Person, Referral, ReferralId, ReferralStatus, Session,
    SessionId,
};
use chrono::NaiveDate;

/// Creates the suggested session (or adds the person to the group session with room) and
/// moves the referral to matched. Returns the session's id. Call inside [`super::Store::write`]
/// so both changes land together or not at all.
pub fn book_suggestion(
    w: &mut Writer<'_>,
    referral: ReferralId,
    suggestion: &Suggestion,
    today: NaiveDate,
) -> Result<SessionId, StoreError> {
    let mut r: Referral =
        w.get(referral.0)?.ok_or_else(|| StoreError::Conflict("that referral no longer exists".into()))?;
    if !r.status().needs_match() {
        return Err(StoreError::Conflict(format!(
            "the referral is already {}",
            r.status().label().to_lowercase()
        )));
    }
    let person: Person =
        w.get(r.person.0)?.ok_or_else(|| StoreError::Conflict("that person no longer exists".into()))?;
    let place = Participant {
        person: person.id,
        payer: person.default_payer.unwrap_or(Payer::SelfFunded),
        attendance: Attendance::Expected,
        note: String::new(),
    };
    let id = match suggestion.join {
        Some(existing) => {
            let mut session: Session = w
                .get(existing.0)?
                .ok_or_else(|| StoreError::Conflict("that session no longer exists".into()))?;
            if !session.participants.iter().any(|p| p.person == person.id) {
                session.participants.push(place);
            }
            w.put(&mut session)?;
            existing
        }
        None => {
            let activity: Activity = w
                .get(suggestion.activity.0)?
                .ok_or_else(|| StoreError::Conflict("that activity no longer exists".into()))?;
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
            SessionId(w.put(&mut session)?)
        }
    };
    if !r.activities.contains(&suggestion.activity) {
        r.activities.push(suggestion.activity);
    }
    r.set_status(ReferralStatus::Matched, today.max(r.status_since()), "booked from a suggestion");
    w.put(&mut r)?;
    Ok(id)
}
