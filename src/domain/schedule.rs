//! Rules about sessions: conflicts, delivered hours, attendance rates and what a series edit
//! may touch.

use super::availability::Availability;
use super::ids::{ActivityId, MemberId, PersonId, SessionId};
use super::session::{Attendance, Participant, Session};
use chrono::{NaiveDate, NaiveTime};

/// Something wrong with a booking. Conflicts warn; the user may save anyway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// A member is booked for another session at the same time.
    MemberDoubleBooked {
        /// The member.
        member: MemberId,
        /// The other session.
        other: SessionId,
    },
    /// A person is booked for another session at the same time.
    PersonDoubleBooked {
        /// The person.
        person: PersonId,
        /// The other session.
        other: SessionId,
    },
    /// More participants than places.
    OverCapacity {
        /// Places booked.
        booked: usize,
        /// Places available.
        capacity: u16,
    },
    /// The session falls outside a member's availability.
    OutsideAvailability {
        /// The member.
        member: MemberId,
    },
}

/// The conflicts of `session` with the `others` on its day (itself excluded), its capacity,
/// and its members' availability (`availability` holds one entry per member known).
pub fn conflicts(
    session: &Session,
    others: &[Session],
    capacity: u16,
    availability: &[Availability],
) -> Vec<Conflict> {
    let mut found = Vec::new();
    if session.cancelled {
        return found;
    }
    for other in others.iter().filter(|o| o.id != session.id && !o.cancelled && o.overlaps(session)) {
        for m in session.members.iter().filter(|m| other.members.contains(m)) {
            found.push(Conflict::MemberDoubleBooked { member: *m, other: other.id });
        }
        for p in &session.participants {
            if other
                .participants
                .iter()
                .any(|q| q.person == p.person && q.attendance != Attendance::CancelledByPerson)
            {
                found.push(Conflict::PersonDoubleBooked { person: p.person, other: other.id });
            }
        }
    }
    let capacity = session.capacity.unwrap_or(capacity);
    let booked =
        session.participants.iter().filter(|p| p.attendance != Attendance::CancelledByPerson).count();
    if booked > usize::from(capacity) {
        found.push(Conflict::OverCapacity { booked, capacity });
    }
    for m in &session.members {
        let Some(a) = availability.iter().find(|a| a.member == *m) else { continue };
        let inside = a
            .ranges_on(session.date)
            .iter()
            .any(|(from, to)| *from <= session.start && session.ends_at().time() <= *to)
            && session.ends_at().date() == session.date;
        if !inside {
            found.push(Conflict::OutsideAvailability { member: *m });
        }
    }
    found
}

/// True when the member turned up: not cancelled, not cancelled by the member, and at least
/// one place was attended or missed by the person (a did-not-attend place still costs).
pub fn delivered(session: &Session) -> bool {
    !session.cancelled
        && session
            .participants
            .iter()
            .any(|p| matches!(p.attendance, Attendance::Attended | Attendance::DidNotAttend))
}

/// Hours a member delivered in the sessions given (e.g. one month's).
pub fn hours_delivered(sessions: &[Session], member: MemberId) -> f64 {
    sessions.iter().filter(|s| s.members.contains(&member) && delivered(s)).map(Session::hours).sum()
}

/// A person's attendance: (attended, places they were expected at). Places cancelled by the
/// member, and places not yet marked, do not count against them.
pub fn attendance_of(sessions: &[Session], person: PersonId) -> (usize, usize) {
    let mut attended = 0;
    let mut expected = 0;
    for s in sessions.iter().filter(|s| !s.cancelled) {
        for p in s.participants.iter().filter(|p| p.person == person) {
            match p.attendance {
                Attendance::Attended => {
                    attended += 1;
                    expected += 1;
                }
                Attendance::DidNotAttend | Attendance::CancelledByPerson => expected += 1,
                Attendance::CancelledByMember | Attendance::Expected => {}
            }
        }
    }
    (attended, expected)
}

/// The occurrences of a series that an edit "from `from` on" may change: on or after `from`
/// and never in the past (before `today`).
pub fn editable_from(occurrences: &[Session], from: NaiveDate, today: NaiveDate) -> Vec<SessionId> {
    let start = from.max(today);
    occurrences.iter().filter(|s| s.date >= start).map(|s| s.id).collect()
}

/// What an edit changes in a session: only the fields that differ are set. Applying it to
/// the occurrence as stored (someone may have recorded attendance since the form opened) or to
/// each later occurrence of a series changes nothing else. The one rule for editing sessions,
/// used by the window and by imports alike.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionChange {
    /// A new date (one occurrence only; a series edit keeps each occurrence's own date).
    pub date: Option<NaiveDate>,
    /// A new activity.
    pub activity: Option<ActivityId>,
    /// A new start time.
    pub start: Option<NaiveTime>,
    /// A new length in minutes.
    pub minutes: Option<u16>,
    /// New delivering members.
    pub members: Option<Vec<MemberId>>,
    /// A new venue.
    pub venue: Option<String>,
    /// A new capacity (`Some(None)`: the activity's own).
    pub capacity: Option<Option<u16>>,
    /// New notes.
    pub notes: Option<String>,
    /// New participants: who takes part and who pays. A person already booked keeps their
    /// own attendance and note.
    pub participants: Option<Vec<Participant>>,
}

impl SessionChange {
    /// The fields in which `after` differs from `before` (members compared as a set;
    /// participants by who takes part and who pays, not by attendance).
    pub fn between(before: &Session, after: &Session) -> SessionChange {
        fn differs<T: PartialEq + Clone>(a: &T, b: &T) -> Option<T> {
            (a != b).then(|| b.clone())
        }
        let sorted = |m: &[MemberId]| {
            let mut m = m.to_vec();
            m.sort();
            m
        };
        let places = |s: &Session| s.participants.iter().map(|p| (p.person, p.payer)).collect::<Vec<_>>();
        SessionChange {
            date: differs(&before.date, &after.date),
            activity: differs(&before.activity, &after.activity),
            start: differs(&before.start, &after.start),
            minutes: differs(&before.minutes, &after.minutes),
            members: (sorted(&before.members) != sorted(&after.members)).then(|| after.members.clone()),
            venue: differs(&before.venue, &after.venue),
            capacity: differs(&before.capacity, &after.capacity),
            notes: differs(&before.notes, &after.notes),
            participants: (places(before) != places(after)).then(|| after.participants.clone()),
        }
    }

    /// True when it changes nothing.
    pub fn is_empty(&self) -> bool {
        *self == SessionChange::default()
    }

    /// The same change without a date (for a series: each occurrence keeps its own).
    pub fn without_date(&self) -> SessionChange {
        SessionChange { date: None, ..self.clone() }
    }

    /// `occurrence` with the change made.
    pub fn apply_to(&self, occurrence: &Session) -> Session {
        let mut s = occurrence.clone();
        if let Some(v) = self.date {
            s.date = v;
        }
        if let Some(v) = self.activity {
            s.activity = v;
        }
        if let Some(v) = self.start {
            s.start = v;
        }
        if let Some(v) = self.minutes {
            s.minutes = v;
        }
        if let Some(v) = &self.members {
            s.members = v.clone();
        }
        if let Some(v) = &self.venue {
            s.venue = v.clone();
        }
        if let Some(v) = self.capacity {
            s.capacity = v;
        }
        if let Some(v) = &self.notes {
            s.notes = v.clone();
        }
        if let Some(places) = &self.participants {
            s.participants = places
                .iter()
                .map(|p| match occurrence.participants.iter().find(|q| q.person == p.person) {
                    Some(stored) => Participant { payer: p.payer, ..stored.clone() },
                    None => p.clone(),
                })
                .collect();
        }
        s
    }
}

/// The Monday on or before `day` (weeks run Monday to Sunday, as ISO weeks do).
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    day - chrono::Days::new(u64::from(day.weekday().num_days_from_monday()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::availability::WeeklyRange;
    use crate::domain::person::Payer;
    use chrono::Weekday;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn session(id: u64, start: NaiveTime, minutes: u16, member: u64, people: &[u64]) -> Session {
        Session {
            id: SessionId(id),
            series: None,
            activity: ActivityId(1),
            members: vec![MemberId(member)],
            date: NaiveDate::from_ymd_opt(2026, 3, 3).unwrap(), // a Tuesday
            start,
            minutes,
            venue: String::new(),
            participants: people
                .iter()
                .map(|p| Participant {
                    person: PersonId(*p),
                    payer: Payer::SelfFunded,
                    attendance: Attendance::Expected,
                    note: String::new(),
                })
                .collect(),
            capacity: None,
            notes: String::new(),
            cancelled: false,
        }
    }

    #[test]
    fn double_bookings_capacity_and_availability() {
        let a = session(1, t(10, 0), 60, 1, &[1, 2, 3]);
        let b = session(2, t(10, 30), 60, 1, &[3]);
        let c = session(3, t(11, 0), 60, 2, &[1]); // touches a's end: no overlap
        let mut avail = Availability::empty(MemberId(1));
        avail.weekly.push(WeeklyRange { weekday: Weekday::Tue, start: t(9, 0), end: t(10, 45) });
        let found = conflicts(&a, &[a.clone(), b.clone(), c], 2, &[avail]);
        assert!(found.contains(&Conflict::MemberDoubleBooked { member: MemberId(1), other: SessionId(2) }));
        assert!(found.contains(&Conflict::PersonDoubleBooked { person: PersonId(3), other: SessionId(2) }));
        assert!(found.contains(&Conflict::OverCapacity { booked: 3, capacity: 2 }));
        assert!(
            found.contains(&Conflict::OutsideAvailability { member: MemberId(1) }),
            "ends at 11:00, after 10:45"
        );
        assert_eq!(found.len(), 4, "{found:?}");
    }

    #[test]
    fn a_session_inside_availability_and_alone_has_no_conflict() {
        let a = session(1, t(10, 0), 60, 1, &[1]);
        let mut avail = Availability::empty(MemberId(1));
        avail.weekly.push(WeeklyRange { weekday: Weekday::Tue, start: t(10, 0), end: t(11, 0) });
        assert!(conflicts(&a, std::slice::from_ref(&a), 8, &[avail]).is_empty());
    }

    #[test]
    fn hours_and_attendance_sums() {
        let mut a = session(1, t(10, 0), 90, 1, &[1, 2]);
        a.participants[0].attendance = Attendance::Attended;
        a.participants[1].attendance = Attendance::DidNotAttend;
        let mut b = session(2, t(14, 0), 60, 1, &[1]);
        b.participants[0].attendance = Attendance::CancelledByMember;
        let mut c = session(3, t(16, 0), 60, 1, &[1]);
        c.cancelled = true;
        let mut d = session(4, t(18, 0), 120, 1, &[1]);
        d.participants[0].attendance = Attendance::CancelledByPerson;
        let all = [a, b, c, d];
        assert_eq!(hours_delivered(&all, MemberId(1)), 1.5);
        assert_eq!(attendance_of(&all, PersonId(1)), (1, 2));
        assert_eq!(attendance_of(&all, PersonId(2)), (0, 1));
    }

    #[test]
    fn series_edits_never_touch_the_past() {
        let mut s: Vec<Session> = (0..5).map(|i| session(i + 1, t(10, 0), 60, 1, &[])).collect();
        for (i, x) in s.iter_mut().enumerate() {
            x.date = NaiveDate::from_ymd_opt(2026, 3, 2 + 7 * i as u32).unwrap();
        }
        let today = NaiveDate::from_ymd_opt(2026, 3, 16).unwrap();
        let from = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(editable_from(&s, from, today), vec![SessionId(3), SessionId(4), SessionId(5)]);
        let later = NaiveDate::from_ymd_opt(2026, 3, 24).unwrap();
        assert_eq!(editable_from(&s, later, today), vec![SessionId(5)]);
    }

    #[test]
    fn a_change_keeps_what_it_does_not_name_and_each_places_attendance() {
        let mut stored = session(1, t(10, 0), 60, 1, &[1, 2]);
        stored.participants[0].attendance = Attendance::Attended;
        stored.notes = "bring boots".into();
        let before = session(1, t(10, 0), 60, 1, &[1, 2]);
        let mut after = before.clone();
        after.start = t(11, 0);
        after.participants = session(1, t(10, 0), 60, 1, &[1, 3]).participants;
        after.participants[0].payer = Payer::Sds(crate::domain::SdsOption::DirectPayment);
        let change = SessionChange::between(&before, &after);
        assert_eq!(change.start, Some(t(11, 0)));
        assert_eq!((change.minutes, change.notes.clone(), change.members.clone()), (None, None, None));
        let changed = change.apply_to(&stored);
        assert_eq!((changed.id, changed.date, changed.start), (stored.id, stored.date, t(11, 0)));
        assert_eq!(changed.notes, "bring boots", "what the change does not name stays");
        let places: Vec<_> =
            changed.participants.iter().map(|p| (p.person.0, p.attendance, p.payer)).collect();
        assert_eq!(
            places,
            vec![
                (1, Attendance::Attended, Payer::Sds(crate::domain::SdsOption::DirectPayment)),
                (3, Attendance::Expected, Payer::SelfFunded)
            ]
        );
        assert!(SessionChange::between(&stored, &stored).is_empty());
        let mut reordered = stored.clone();
        reordered.members = vec![MemberId(1)];
        assert!(SessionChange::between(&stored, &reordered).is_empty());
    }
}
