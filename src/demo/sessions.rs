//! Demo sessions: weekly groups and one-to-one befriending over about three months, with
//! attendance marked for the past ones.

use super::people::DemoPerson;
use super::roster::Catalogue;
use super::shift;
use crate::data::{DataError, Transaction, TransactionExt};
use crate::domain::{
    Activity, Attendance, Format, Member, Participant, Repeat, Series, SeriesEnd, SeriesId, Session,
    SessionId,
};
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use rand::Rng;
use rand::rngs::SmallRng;

/// When each group meets: activity name, weekday, start hour and minute.
const GROUP_TIMES: &[(&str, Weekday, u32, u32)] = &[
    ("Gentle yoga", Weekday::Mon, 11, 0),
    ("Nature walk", Weekday::Tue, 10, 0),
    ("Therapeutic creative writing", Weekday::Wed, 10, 30),
    ("Photography lessons", Weekday::Wed, 14, 0),
    ("Gardening group", Weekday::Thu, 10, 0),
    ("Community herbalism", Weekday::Fri, 13, 30),
    ("Arts and crafts workshop", Weekday::Sat, 10, 0),
];

/// The first `weekday` on or after `date`.
fn next_weekday(date: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead =
        (7 + weekday.num_days_from_monday() as i64 - date.weekday().num_days_from_monday() as i64) % 7;
    shift(date, ahead)
}

fn time(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN)
}

fn attendance(date: NaiveDate, today: NaiveDate, rng: &mut SmallRng) -> Attendance {
    if date >= today {
        return Attendance::Expected;
    }
    match rng.random_range(0..100) {
        0..86 => Attendance::Attended,
        86..93 => Attendance::DidNotAttend,
        93..97 => Attendance::CancelledByPerson,
        _ => Attendance::CancelledByMember,
    }
}

struct Occurrences<'a> {
    activity: &'a Activity,
    members: Vec<crate::domain::MemberId>,
    weekday: Weekday,
    start: NaiveTime,
    people: Vec<&'a DemoPerson>,
}

fn write_series(
    w: &mut dyn Transaction,
    plan: &Occurrences<'_>,
    today: NaiveDate,
    rng: &mut SmallRng,
) -> Result<(), DataError> {
    let first = next_weekday(shift(today, -63), plan.weekday);
    let last = shift(today, 28);
    let all_dates =
        Series { id: SeriesId::NEW, first, repeat: Repeat::Weekly, end: SeriesEnd::Until(last) }.dates();
    let here = |date: NaiveDate, p: &DemoPerson| p.from <= date && p.until.is_none_or(|u| date <= u);
    // A one-to-one series runs only while its person takes part; a group runs throughout.
    let dates: Vec<NaiveDate> = all_dates
        .into_iter()
        .filter(|d| plan.activity.format != Format::OneToOne || plan.people.iter().any(|p| here(*d, p)))
        .collect();
    let (Some(first), Some(last)) = (dates.first().copied(), dates.last().copied()) else { return Ok(()) };
    let mut series = Series { id: SeriesId::NEW, first, repeat: Repeat::Weekly, end: SeriesEnd::Until(last) };
    w.put(&mut series)?;
    for date in dates {
        let participants: Vec<Participant> = plan
            .people
            .iter()
            .filter(|p| here(date, p))
            .take(usize::from(plan.activity.capacity))
            .map(|p| Participant {
                person: p.person.id,
                payer: p.payer,
                attendance: attendance(date, today, rng),
                note: String::new(),
            })
            .collect();
        let mut session = Session {
            id: SessionId::NEW,
            series: Some(series.id),
            activity: plan.activity.id,
            members: plan.members.clone(),
            date,
            start: plan.start,
            minutes: plan.activity.default_minutes,
            venue: plan.activity.venue.clone(),
            participants,
            capacity: None,
            notes: String::new(),
            cancelled: false,
        };
        w.put(&mut session)?;
    }
    Ok(())
}

/// A member's regular booking: weekday, start and end.
pub(super) type Booking = (crate::domain::MemberId, Weekday, NaiveTime, NaiveTime);

pub(super) fn write_sessions(
    w: &mut dyn Transaction,
    catalogue: &Catalogue,
    members: &[Member],
    people: &[DemoPerson],
    today: NaiveDate,
    rng: &mut SmallRng,
) -> Result<Vec<Booking>, DataError> {
    let mut booked: Vec<Booking> = Vec::new();
    let mut note = |plan: &Occurrences<'_>| {
        let end = plan.start + chrono::Duration::minutes(i64::from(plan.activity.default_minutes));
        for m in &plan.members {
            booked.push((*m, plan.weekday, plan.start, end));
        }
    };
    let offering = |activity: &Activity| -> Vec<crate::domain::MemberId> {
        members.iter().filter(|m| m.activities.contains(&activity.id)).map(|m| m.id).collect()
    };
    for (name, weekday, hour, minute) in GROUP_TIMES {
        let Some(activity) = catalogue.activities.iter().find(|a| a.name == *name) else {
            continue;
        };
        let plan = Occurrences {
            activity,
            members: offering(activity)
                .into_iter()
                .take(if activity.capacity >= 10 { 2 } else { 1 })
                .collect(),
            weekday: *weekday,
            start: time(*hour, *minute),
            people: people.iter().filter(|p| p.joins.contains(&activity.id)).collect(),
        };
        if !plan.members.is_empty() {
            write_series(w, &plan, today, rng)?;
            note(&plan);
        }
    }
    // One-to-one: each person with their own member, weekday and hour.
    let weekdays = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri];
    for activity in catalogue.activities.iter().filter(|a| a.format == Format::OneToOne) {
        let givers = offering(activity);
        for (k, person) in people.iter().filter(|p| p.joins.contains(&activity.id)).enumerate() {
            if givers.is_empty() {
                break;
            }
            let plan = Occurrences {
                activity,
                members: vec![givers[k % givers.len()]],
                weekday: weekdays[k % weekdays.len()],
                start: time(10 + 2 * (k as u32 % 3), 0),
                people: vec![person],
            };
            write_series(w, &plan, today, rng)?;
            note(&plan);
        }
    }
    Ok(booked)
}
