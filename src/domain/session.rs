//! Sessions (one occurrence of an activity) and recurring series, with attendance per person.

use super::choice::choice_enum;
use super::ids::{ActivityId, MemberId, PersonId, SeriesId, SessionId};
use super::person::Payer;
use super::validate::{Problems, ValidationError};
use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

choice_enum!(
    /// Whether a participant came.
    Attendance {
        Expected => ("expected", "Not yet marked"),
        Attended => ("attended", "Attended"),
        DidNotAttend => ("did_not_attend", "Did not attend", "DNA"),
        CancelledByPerson => ("cancelled_by_person", "Cancelled by person"),
        CancelledByMember => ("cancelled_by_member", "Cancelled by member"),
    }
);

/// A person's place in a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// Who.
    pub person: PersonId,
    /// Who pays for the place.
    pub payer: Payer,
    /// Whether they came.
    pub attendance: Attendance,
    /// A note about this place (e.g. why they missed it).
    pub note: String,
}

/// One occurrence of an activity at a date and time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Assigned by the store.
    pub id: SessionId,
    /// The series this occurrence belongs to, if any.
    pub series: Option<SeriesId>,
    /// What is delivered.
    pub activity: ActivityId,
    /// Who delivers it.
    pub members: Vec<MemberId>,
    /// The day.
    pub date: NaiveDate,
    /// Start time (Europe/London local time).
    pub start: NaiveTime,
    /// Length in minutes.
    pub minutes: u16,
    /// Where.
    pub venue: String,
    /// Who takes part.
    pub participants: Vec<Participant>,
    /// Capacity when it differs from the activity's.
    pub capacity: Option<u16>,
    /// Free-text notes.
    pub notes: String,
    /// A cancelled occurrence is kept (and costs nothing).
    pub cancelled: bool,
}

impl Session {
    /// When it starts.
    pub fn starts_at(&self) -> NaiveDateTime {
        self.date.and_time(self.start)
    }

    /// When it ends.
    pub fn ends_at(&self) -> NaiveDateTime {
        self.starts_at() + chrono::Duration::minutes(i64::from(self.minutes))
    }

    /// Length in hours.
    pub fn hours(&self) -> f64 {
        f64::from(self.minutes) / 60.0
    }

    /// How many participants attended.
    pub fn attended_count(&self) -> usize {
        self.participants.iter().filter(|p| p.attendance == Attendance::Attended).count()
    }

    /// True when two sessions overlap in time (touching ends do not overlap).
    pub fn overlaps(&self, other: &Session) -> bool {
        self.starts_at() < other.ends_at() && other.starts_at() < self.ends_at()
    }

    /// Checks the rules a session must satisfy before it is saved.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut p = Problems::default();
        if self.activity.is_new() {
            p.add("activity", crate::t!("dom-no-activity-chosen"));
        }
        if self.members.is_empty() {
            p.add("members", crate::t!("dom-session-needs-member"));
        }
        if self.minutes == 0 || self.minutes > 24 * 60 {
            p.add("minutes", crate::t!("dom-minutes-range"));
        }
        let mut people: Vec<PersonId> = self.participants.iter().map(|p| p.person).collect();
        people.sort();
        if people.windows(2).any(|w| w[0] == w[1]) {
            p.add("participants", crate::t!("dom-session-person-twice"));
        }
        p.into_result()
    }
}

choice_enum!(
    /// How often a series repeats.
    Repeat {
        Weekly => ("weekly", "Weekly", "every week"),
        Fortnightly => ("fortnightly", "Fortnightly", "every two weeks", "every 2 weeks", "biweekly"),
    }
);

/// When a series stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SeriesEnd {
    /// The last possible date (inclusive).
    Until(NaiveDate),
    /// This many occurrences.
    Count(u16),
}

/// A recurring series; its occurrences are stored as sessions that point back to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Series {
    /// Assigned by the store.
    pub id: SeriesId,
    /// The date of the first occurrence.
    pub first: NaiveDate,
    /// Weekly or fortnightly.
    pub repeat: Repeat,
    /// When it stops.
    pub end: SeriesEnd,
}

/// The most occurrences one series may have (about ten years weekly), a guard against typos.
pub const MAX_OCCURRENCES: usize = 520;

impl Series {
    /// The dates of every occurrence, in order.
    pub fn dates(&self) -> Vec<NaiveDate> {
        let step = match self.repeat {
            Repeat::Weekly => 7,
            Repeat::Fortnightly => 14,
        };
        let mut out = Vec::new();
        let mut day = self.first;
        loop {
            let more = match self.end {
                SeriesEnd::Until(until) => day <= until,
                SeriesEnd::Count(n) => out.len() < usize::from(n),
            };
            if !more || out.len() >= MAX_OCCURRENCES {
                break;
            }
            out.push(day);
            match day.checked_add_days(Days::new(step)) {
                Some(next) => day = next,
                None => break,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn series_expands_until_and_count() {
        let s = Series {
            id: SeriesId(1),
            first: d(2026, 3, 2),
            repeat: Repeat::Weekly,
            end: SeriesEnd::Until(d(2026, 3, 30)),
        };
        assert_eq!(s.dates().len(), 5);
        let f = Series { repeat: Repeat::Fortnightly, end: SeriesEnd::Count(3), ..s };
        assert_eq!(f.dates(), vec![d(2026, 3, 2), d(2026, 3, 16), d(2026, 3, 30)]);
    }

    #[test]
    fn touching_sessions_do_not_overlap() {
        let base = Session {
            id: SessionId(1),
            series: None,
            activity: ActivityId(1),
            members: vec![MemberId(1)],
            date: d(2026, 3, 2),
            start: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            minutes: 60,
            venue: String::new(),
            participants: vec![],
            capacity: None,
            notes: String::new(),
            cancelled: false,
        };
        let later = Session { start: NaiveTime::from_hms_opt(11, 0, 0).unwrap(), ..base.clone() };
        assert!(!base.overlaps(&later));
        let overlapping = Session { start: NaiveTime::from_hms_opt(10, 59, 0).unwrap(), ..base.clone() };
        assert!(base.overlaps(&overlapping));
    }
}

/// Hours Europe/London is ahead of UTC on `date` at local time `time`: 1 during British Summer
/// Time (from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
/// October), 0 otherwise. Session times are stored as London wall-clock times.
pub fn london_offset_hours(date: NaiveDate, time: NaiveTime) -> i64 {
    use chrono::Datelike;
    let last_sunday = |month: u32| -> Option<NaiveDate> {
        let first_next = if month == 12 {
            NaiveDate::from_ymd_opt(date.year() + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(date.year(), month + 1, 1)
        }?;
        let last = first_next.pred_opt()?;
        Some(last - chrono::Days::new(u64::from(last.weekday().num_days_from_sunday())))
    };
    let (Some(spring), Some(autumn)) = (last_sunday(3), last_sunday(10)) else { return 0 };
    let local = date.and_time(time);
    // Clocks go forward at 01:00 GMT (local 01:00) and back at 01:00 GMT (local 02:00 BST).
    let starts = spring.and_hms_opt(1, 0, 0);
    let ends = autumn.and_hms_opt(2, 0, 0);
    match (starts, ends) {
        (Some(s), Some(e)) if local >= s && local < e => 1,
        _ => 0,
    }
}

#[cfg(test)]
mod clock_change_tests {
    use super::*;

    #[test]
    fn a_weekly_series_keeps_its_local_time_across_both_clock_changes() {
        let ten = NaiveTime::from_hms_opt(10, 0, 0).unwrap();
        // October 2026: clocks go back on Sunday 25 October.
        let autumn = Series {
            id: SeriesId(1),
            first: NaiveDate::from_ymd_opt(2026, 10, 13).unwrap(),
            repeat: Repeat::Weekly,
            end: SeriesEnd::Count(4),
        };
        let dates = autumn.dates();
        assert_eq!(dates.len(), 4);
        let utc_hours: Vec<i64> = dates.iter().map(|d| 10 - london_offset_hours(*d, ten)).collect();
        assert_eq!(utc_hours, vec![9, 9, 10, 10], "10:00 local is 09:00 UTC in BST and 10:00 UTC after");
        // March 2027: clocks go forward on Sunday 28 March.
        let spring = Series {
            id: SeriesId(2),
            first: NaiveDate::from_ymd_opt(2027, 3, 16).unwrap(),
            repeat: Repeat::Fortnightly,
            end: SeriesEnd::Until(NaiveDate::from_ymd_opt(2027, 4, 14).unwrap()),
        };
        let dates = spring.dates();
        assert_eq!(
            dates,
            vec![
                NaiveDate::from_ymd_opt(2027, 3, 16).unwrap(),
                NaiveDate::from_ymd_opt(2027, 3, 30).unwrap(),
                NaiveDate::from_ymd_opt(2027, 4, 13).unwrap()
            ]
        );
        let utc_hours: Vec<i64> = dates.iter().map(|d| 10 - london_offset_hours(*d, ten)).collect();
        assert_eq!(utc_hours, vec![10, 9, 9]);
    }

    #[test]
    fn the_change_happens_at_the_right_hour() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap(); // last Sunday of March 2026
        assert_eq!(london_offset_hours(day, NaiveTime::from_hms_opt(0, 59, 0).unwrap()), 0);
        assert_eq!(london_offset_hours(day, NaiveTime::from_hms_opt(2, 0, 0).unwrap()), 1);
        let back = NaiveDate::from_ymd_opt(2026, 10, 25).unwrap();
        assert_eq!(london_offset_hours(back, NaiveTime::from_hms_opt(1, 30, 0).unwrap()), 1);
        assert_eq!(london_offset_hours(back, NaiveTime::from_hms_opt(2, 0, 0).unwrap()), 0);
    }
}
