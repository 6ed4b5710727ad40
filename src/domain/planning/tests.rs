use super::*;
use crate::domain::availability::{AvailabilityException, ExceptionKind, WeeklyRange};
use crate::domain::ids::PersonId;
use crate::domain::person::Payer;
use crate::domain::referral::ReferralSource;
use crate::domain::session::Participant;
use chrono::Weekday;

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn tuesday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 3).unwrap()
}

fn session(id: u64, member: u64, date: NaiveDate, start: NaiveTime, minutes: u16) -> Session {
    Session {
        id: SessionId(id),
        series: None,
        activity: ActivityId(1),
        members: vec![MemberId(member)],
        date,
        start,
        minutes,
        venue: String::new(),
        participants: vec![],
        capacity: None,
        notes: String::new(),
        cancelled: false,
    }
}

fn avail(ranges: &[(Weekday, NaiveTime, NaiveTime)]) -> Availability {
    let mut a = Availability::empty(MemberId(1));
    a.weekly = ranges.iter().map(|(w, s, e)| WeeklyRange { weekday: *w, start: *s, end: *e }).collect();
    a
}

#[test]
fn free_time_is_pattern_minus_exceptions_minus_sessions() {
    let a = avail(&[(Weekday::Tue, t(9, 0), t(12, 0)), (Weekday::Tue, t(12, 0), t(15, 0))]);
    // Touching ranges merge: 9–15; a session 10–11 leaves 9–10 and 11–15.
    let s = [session(1, 1, tuesday(), t(10, 0), 60)];
    assert_eq!(free_minutes(&a, tuesday(), &s), vec![(540, 600), (660, 900)]);
    // A session overlapping the end of the range only trims it.
    let s = [session(1, 1, tuesday(), t(14, 30), 90)];
    assert_eq!(free_minutes(&a, tuesday(), &s), vec![(540, 870)]);
    // Another member's session, and a cancelled one, do not count.
    let mut cancelled = session(2, 1, tuesday(), t(9, 0), 60);
    cancelled.cancelled = true;
    let s = [session(1, 2, tuesday(), t(9, 0), 60), cancelled];
    assert_eq!(free_minutes(&a, tuesday(), &s), vec![(540, 900)]);
    // An exception wipes the day.
    let mut off = a.clone();
    off.exceptions.push(AvailabilityException {
        from: tuesday(),
        to: tuesday(),
        kind: ExceptionKind::Unavailable,
    });
    assert!(free_minutes(&off, tuesday(), &[]).is_empty());
}

#[test]
fn midnight_is_the_end_of_the_day() {
    let a = avail(&[(Weekday::Tue, t(20, 0), t(23, 59))]);
    // 23:00 for 90 minutes crosses midnight: it takes 23:00–24:00 from Tuesday.
    let late = [session(1, 1, tuesday(), t(23, 0), 90)];
    assert_eq!(free_minutes(&a, tuesday(), &late), vec![(1200, 1380)]);
    // And 00:00–00:30 from Wednesday.
    let wed = avail(&[(Weekday::Wed, t(0, 0), t(2, 0))]);
    assert_eq!(free_minutes(&wed, tuesday().succ_opt().unwrap(), &late), vec![(30, 120)]);
}

#[test]
fn week_hours_add_up() {
    let a = avail(&[(Weekday::Tue, t(9, 0), t(13, 0)), (Weekday::Thu, t(10, 0), t(12, 0))]);
    let monday = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let s = [session(1, 1, tuesday(), t(10, 0), 90)];
    assert_eq!(week_hours(&a, &s, monday), (6.0, 1.5, 4.5));
}

fn activity(id: u64, name: &str, format: Format, capacity: u16) -> Activity {
    Activity {
        id: ActivityId(id),
        name: name.into(),
        category: String::new(),
        format,
        capacity,
        venue: "Hall".into(),
        village: String::new(),
        default_minutes: 60,
        price: Money(800),
        price_unit: if format == Format::Group { PriceUnit::PerPerson } else { PriceUnit::PerHour },
        archived: false,
    }
}

#[test]
fn ranking_prefers_interest_village_room_and_cost() {
    let walk = activity(1, "Nature walk", Format::OneToOne, 1);
    let yoga = activity(2, "Gentle yoga", Format::Group, 8);
    let mut near = Member::named("Near");
    near.id = MemberId(1);
    near.activities = vec![ActivityId(1)];
    near.villages = vec!["Comrie".into()];
    near.hourly_rate = Money::pounds(30);
    let mut far = Member::named("Far");
    far.id = MemberId(2);
    far.activities = vec![ActivityId(1)];
    far.villages = vec!["Alyth".into()];
    far.hourly_rate = Money::pounds(20);
    let mut teacher = Member::named("Teacher");
    teacher.id = MemberId(3);
    teacher.activities = vec![ActivityId(2)];
    let mut person = Person::new("P0001", "Morag");
    person.id = PersonId(1);
    person.village = "Comrie".into();
    person.interests = vec!["walk".into()];
    let referral = Referral::new(person.id, tuesday(), ReferralSource::Gp);
    let mut avails = Vec::new();
    for m in 1..=3 {
        let mut a = avail(&[(Weekday::Wed, t(10, 0), t(12, 0))]);
        a.member = MemberId(m);
        a.max_hours_per_week = Some(10);
        avails.push(a);
    }
    let members = [near, far, teacher];
    let activities = [walk, yoga];
    let input = MatchInput {
        referral: &referral,
        person: &person,
        activities: &activities,
        members: &members,
        availability: &avails,
        sessions: &[],
        from: tuesday(),
        weeks: 2,
    };
    let s = suggest(&input);
    // Yoga does not match the person's interests; both walkers do, and "Near" serves Comrie.
    assert_eq!(s.iter().map(|x| x.member.0).collect::<Vec<_>>(), vec![1, 2]);
    assert!(s[0].score > s[1].score);
    assert_eq!(s[0].start, NaiveDate::from_ymd_opt(2026, 3, 4).unwrap().and_time(t(10, 0)));
    assert!(s[0].reasons.iter().any(|r| r == "serves Comrie"), "{:?}", s[0].reasons);
    assert!(s[1].reasons.iter().any(|r| r.contains("does not list Comrie")));

    // Interested in yoga too: a group session with room is offered to join.
    let mut referral = referral.clone();
    referral.activities = vec![ActivityId(2)];
    let mut group = session(9, 3, NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(), t(11, 0), 60);
    group.activity = ActivityId(2);
    group.participants = vec![Participant {
        person: PersonId(7),
        payer: Payer::SelfFunded,
        attendance: Attendance::Expected,
        note: String::new(),
    }];
    let sessions = [group];
    let input = MatchInput { referral: &referral, sessions: &sessions, ..input };
    let s = suggest(&input);
    let yoga = s.iter().find(|x| x.activity == ActivityId(2)).unwrap();
    assert_eq!(yoga.join, Some(SessionId(9)));
    assert!(yoga.reasons.iter().any(|r| r.contains("has room")));
}
