//! Planning: free time (availability minus exceptions minus booked sessions), weekly hours,
//! demand from the waiting list, and ranked suggestions for a waiting referral.

use super::activity::{Activity, Format, PriceUnit};
use super::availability::Availability;
use super::ids::{ActivityId, MemberId, SessionId};
use super::member::Member;
use super::money::Money;
use super::person::Person;
use super::referral::Referral;
use super::session::{Attendance, Session};
use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// Minutes since midnight; the end of the day is 1440.
type Minute = i32;

fn minute(t: NaiveTime) -> Minute {
    (t.hour() * 60 + t.minute()) as Minute
}

fn time_of(m: Minute) -> NaiveTime {
    let m = m.clamp(0, 1439) as u32;
    NaiveTime::from_hms_opt(m / 60, m % 60, 0).unwrap_or(NaiveTime::MIN)
}

/// Merges ranges that overlap or touch.
fn merge(mut ranges: Vec<(Minute, Minute)>) -> Vec<(Minute, Minute)> {
    ranges.retain(|(a, b)| b > a);
    ranges.sort();
    let mut out: Vec<(Minute, Minute)> = Vec::new();
    for (a, b) in ranges {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// The part of `session` that falls on `date`, in minutes (a session crossing midnight is
/// clipped at the end of the day; one that started the day before counts from 0).
fn booked_on(session: &Session, date: NaiveDate) -> Option<(Minute, Minute)> {
    let start = session.starts_at();
    let end = session.ends_at();
    let day_start = date.and_time(NaiveTime::MIN);
    let day_end = day_start + chrono::Duration::days(1);
    if end <= day_start || start >= day_end {
        return None;
    }
    let from = if start < day_start { 0 } else { minute(start.time()) };
    let to = if end >= day_end { 1440 } else { minute(end.time()) };
    Some((from, to))
}

/// Free time ranges of a member on `date`: availability (after exceptions) minus the
/// member's sessions (`sessions` may hold others; cancelled ones do not count).
pub fn free_minutes(
    availability: &Availability,
    date: NaiveDate,
    sessions: &[Session],
) -> Vec<(Minute, Minute)> {
    let available =
        merge(availability.ranges_on(date).into_iter().map(|(a, b)| (minute(a), minute(b))).collect());
    let busy = merge(
        sessions
            .iter()
            .filter(|s| !s.cancelled && s.members.contains(&availability.member))
            .filter_map(|s| booked_on(s, date))
            .collect(),
    );
    let mut free = Vec::new();
    for (a, b) in available {
        let mut cursor = a;
        for (x, y) in busy.iter().filter(|(x, y)| *y > a && *x < b) {
            if *x > cursor {
                free.push((cursor, *x));
            }
            cursor = cursor.max(*y);
        }
        if cursor < b {
            free.push((cursor, b));
        }
    }
    free
}

/// A member's hours in the week starting `monday`: (available, booked, free).
pub fn week_hours(availability: &Availability, sessions: &[Session], monday: NaiveDate) -> (f64, f64, f64) {
    let mut available = 0.0;
    let mut free = 0.0;
    for d in 0..7 {
        let date = monday + Days::new(d);
        available += availability.minutes_on(date) as f64 / 60.0;
        free += free_minutes(availability, date, sessions).iter().map(|(a, b)| f64::from(b - a)).sum::<f64>()
            / 60.0;
    }
    let booked: f64 = sessions
        .iter()
        .filter(|s| !s.cancelled && s.members.contains(&availability.member))
        .filter(|s| s.date >= monday && s.date < monday + Days::new(7))
        .map(Session::hours)
        .sum();
    // `+ 0.0` turns the -0.0 of an empty sum into 0.0, so nothing shows "-0.0".
    (available + 0.0, booked + 0.0, free + 0.0)
}

/// Hours a week the waiting list needs, per activity: each referral still to be matched needs one session
/// of each of its chosen activities, at the activity's default length.
pub fn demand_hours(waiting: &[Referral], activities: &[Activity]) -> Vec<(ActivityId, f64)> {
    let mut out: Vec<(ActivityId, f64)> = Vec::new();
    for r in waiting.iter().filter(|r| r.status().needs_match()) {
        for a in &r.activities {
            let Some(activity) = activities.iter().find(|x| x.id == *a) else { continue };
            // A group session serves many: its hours are shared by its capacity.
            let hours = f64::from(activity.default_minutes) / 60.0 / f64::from(activity.capacity.max(1));
            match out.iter_mut().find(|(id, _)| id == a) {
                Some(entry) => entry.1 += hours,
                None => out.push((*a, hours)),
            }
        }
    }
    out
}

/// One suggested booking for a waiting referral.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The activity.
    pub activity: ActivityId,
    /// The member who would deliver it.
    pub member: MemberId,
    /// When.
    pub start: NaiveDateTime,
    /// Length in minutes.
    pub minutes: u16,
    /// An existing group session with room, if joining one.
    pub join: Option<SessionId>,
    /// Higher is better.
    pub score: i32,
    /// Why it ranks where it does, in words.
    pub reasons: Vec<String>,
    /// What one session costs for this person.
    pub cost: Money,
}

/// Everything the matcher looks at.
pub struct MatchInput<'a> {
    /// The waiting referral.
    pub referral: &'a Referral,
    /// Its person.
    pub person: &'a Person,
    /// The catalogue.
    pub activities: &'a [Activity],
    /// Active members.
    pub members: &'a [Member],
    /// Members' availability.
    pub availability: &'a [Availability],
    /// Sessions in the window (and the weeks around it).
    pub sessions: &'a [Session],
    /// First day to look at.
    pub from: NaiveDate,
    /// How many weeks ahead.
    pub weeks: u32,
}

fn interested(person: &Person, referral: &Referral, activity: &Activity) -> bool {
    referral.activities.contains(&activity.id)
        || person.interests.iter().any(|i| {
            let i = i.to_lowercase();
            let name = activity.name.to_lowercase();
            !i.is_empty() && (name.contains(&i) || i.contains(&name))
        })
}

/// Ranked suggestions (best first) for a waiting referral: activity + member + free slot (or a
/// group session with room) in the next `weeks` weeks.
pub fn suggest(input: &MatchInput<'_>) -> Vec<Suggestion> {
    let MatchInput { referral, person, activities, members, availability, sessions, from, weeks } = *input;
    let until = from + Days::new(u64::from(weeks) * 7);
    let mut out = Vec::new();
    let candidates: Vec<&Activity> =
        activities.iter().filter(|a| !a.archived && interested(person, referral, a)).collect();
    for activity in candidates {
        for member in members.iter().filter(|m| !m.archived && m.activities.contains(&activity.id)) {
            let Some(avail) = availability.iter().find(|a| a.member == member.id) else { continue };
            let cost = match (activity.format, activity.price_unit) {
                (Format::Group, PriceUnit::PerPerson) => activity.price,
                _ => Money(member.hourly_rate.0 * i64::from(activity.default_minutes) / 60),
            };
            let mut base = 40;
            let mut reasons = vec![crate::t!(
                "dom-plan-offers",
                activity = activity.name.as_str(),
                person = person.display_name()
            )];
            if !person.village.is_empty()
                && member.villages.iter().any(|v| v.eq_ignore_ascii_case(&person.village))
            {
                base += 25;
                reasons.push(crate::t!("dom-plan-serves", village = person.village.as_str()));
            } else if !person.village.is_empty() {
                reasons.push(crate::t!("dom-plan-not-serving", village = person.village.as_str()));
            }
            let (slot, join) = match first_place(activity, member, avail, sessions, from, until) {
                Some(found) => found,
                None => continue,
            };
            base += 20;
            let monday = slot.date() - Days::new(u64::from(slot.date().weekday().num_days_from_monday()));
            let (_, booked, _) = week_hours(avail, sessions, monday);
            let hours_left = avail.max_hours_per_week.map(|m| f64::from(m) - booked);
            match hours_left {
                Some(left) if left * 60.0 >= f64::from(activity.default_minutes) || join.is_some() => {
                    base += 10;
                    reasons.push(crate::t!("dom-plan-hours-left", hours = format!("{left:.1}")));
                }
                Some(left) => {
                    reasons.push(crate::t!("dom-plan-only-hours-left", hours = format!("{left:.1}")))
                }
                None => {
                    base += 10;
                    reasons.push(crate::t!("dom-plan-no-weekly-limit"));
                }
            }
            let cheapness = ((4500 - cost.0.min(4500)) / 450) as i32;
            base += cheapness;
            reasons.push(crate::t!("dom-plan-costs", cost = cost.to_string()));
            let when = crate::i18n::datetime(slot, "%a %-d %b %H:%M");
            reasons.insert(
                2.min(reasons.len()),
                match join {
                    Some(_) => {
                        crate::t!("dom-plan-group-has-room", activity = activity.name.as_str(), when = when)
                    }
                    None => crate::t!(
                        "dom-plan-free-slot",
                        when = when,
                        minutes = activity.default_minutes.to_string()
                    ),
                },
            );
            out.push(Suggestion {
                activity: activity.id,
                member: member.id,
                start: slot,
                minutes: activity.default_minutes,
                join,
                score: base,
                reasons,
                cost,
            });
        }
    }
    out.sort_by(|a, b| b.score.cmp(&a.score).then(a.start.cmp(&b.start)).then(a.member.cmp(&b.member)));
    out
}

/// The first place for one more person: a group session of this member with room, or the
/// first free slot that fits the activity's length.
fn first_place(
    activity: &Activity,
    member: &Member,
    avail: &Availability,
    sessions: &[Session],
    from: NaiveDate,
    until: NaiveDate,
) -> Option<(NaiveDateTime, Option<SessionId>)> {
    if activity.format == Format::Group {
        let mut groups: Vec<&Session> = sessions
            .iter()
            .filter(|s| !s.cancelled && s.activity == activity.id && s.members.contains(&member.id))
            .filter(|s| s.date >= from && s.date < until)
            .filter(|s| {
                let booked =
                    s.participants.iter().filter(|p| p.attendance != Attendance::CancelledByPerson).count();
                booked < usize::from(s.capacity.unwrap_or(activity.capacity))
            })
            .collect();
        groups.sort_by_key(|s| s.starts_at());
        if let Some(s) = groups.first() {
            return Some((s.starts_at(), Some(s.id)));
        }
    }
    let need = Minute::from(activity.default_minutes);
    let mut day = from;
    while day < until {
        for (a, b) in free_minutes(avail, day, sessions) {
            // Start on the hour or half hour.
            let start = (a + 29) / 30 * 30;
            if start + need <= b {
                return Some((day.and_time(time_of(start)), None));
            }
        }
        day = day + Days::new(1);
    }
    None
}

#[cfg(test)]
mod tests;
