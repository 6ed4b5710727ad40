//! The week's capacity and demand, shortfalls in words, and suggestions for a referral.

use crate::data::{DataError, Reads, ReadsExt};
use crate::domain::planning::{MatchInput, Suggestion, demand_hours, free_minutes, suggest, week_hours};
use crate::domain::{
    Activity, ActivityId, Availability, Member, MemberId, Person, Referral, ReferralStatus, Session,
};
use chrono::{Days, NaiveDate};
use serde::Serialize;

/// One member's week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemberWeek {
    /// The member's id.
    #[serde(skip)]
    pub id: MemberId,
    /// Name.
    pub member: String,
    /// Villages served.
    #[serde(skip)]
    pub villages: Vec<String>,
    /// Activities offered.
    #[serde(skip)]
    pub activities: Vec<ActivityId>,
    /// Per day Monday..Sunday: (available, booked, free) hours.
    #[serde(skip)]
    pub days: Vec<(f64, f64, f64)>,
    /// Hours available in the week.
    pub available_hours: f64,
    /// Hours booked.
    pub booked_hours: f64,
    /// Hours free.
    pub free_hours: f64,
}

/// The week's plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekPlan {
    /// The Monday.
    pub week_start: NaiveDate,
    /// Per member.
    pub members: Vec<MemberWeek>,
    /// Totals over members: available, booked, free.
    pub available_hours: f64,
    /// Booked hours over members.
    pub booked_hours: f64,
    /// Free hours over members.
    pub free_hours: f64,
    /// Hours a week the waiting list needs.
    pub demand_hours: f64,
    /// Demand per activity name.
    pub demand_by_activity: Vec<(String, f64)>,
    /// Shortfalls in words, e.g. "3.0 hours short for Nature walk (waiting in Comrie)".
    pub shortfalls: Vec<String>,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0 + 0.0
}

/// The plan of the week starting `monday` (any day is moved back to its Monday).
pub fn week_plan(store: &dyn Reads, day: NaiveDate) -> Result<WeekPlan, DataError> {
    let monday = crate::domain::schedule::monday_of(day);
    let sessions = store.sessions_between(monday, monday + Days::new(6))?;
    let members: Vec<Member> = store.all::<Member>()?.into_iter().filter(|m| !m.archived).collect();
    let activities = store.all::<Activity>()?;
    let waiting = store.referrals_with_status(ReferralStatus::NEEDS_MATCH)?;
    let mut rows = Vec::new();
    for m in &members {
        let a = store.availability_of(m.id)?;
        let days = (0..7)
            .map(|d| {
                let date = monday + Days::new(d);
                let available = a.minutes_on(date) as f64 / 60.0;
                let booked: f64 = sessions
                    .iter()
                    .filter(|s| s.date == date && !s.cancelled && s.members.contains(&m.id))
                    .map(Session::hours)
                    .sum();
                let free: f64 =
                    free_minutes(&a, date, &sessions).iter().map(|(x, y)| f64::from(y - x)).sum::<f64>()
                        / 60.0;
                (available + 0.0, booked + 0.0, free + 0.0)
            })
            .collect::<Vec<_>>();
        let (available, booked, free) = week_hours(&a, &sessions, monday);
        rows.push(MemberWeek {
            id: m.id,
            member: m.name.clone(),
            villages: m.villages.clone(),
            activities: m.activities.clone(),
            days,
            available_hours: round1(available),
            booked_hours: round1(booked),
            free_hours: round1(free),
        });
    }
    let demand = demand_hours(&waiting, &activities);
    let name = |id: ActivityId| {
        activities
            .iter()
            .find(|a| a.id == id)
            .map_or_else(|| crate::t!("report-an-activity"), |a| a.name.clone())
    };
    let people: Vec<Person> = store.get_many(&waiting.iter().map(|r| r.person).collect::<Vec<_>>())?;
    let mut shortfalls = Vec::new();
    for (activity, hours) in &demand {
        let supply: f64 = rows.iter().filter(|r| r.activities.contains(activity)).map(|r| r.free_hours).sum();
        if supply + 1e-9 < *hours {
            let mut villages: Vec<&str> = waiting
                .iter()
                .filter(|r| r.activities.contains(activity))
                .filter_map(|r| people.iter().find(|p| p.id == r.person))
                .map(|p| p.village.as_str())
                .filter(|v| !v.is_empty())
                .collect();
            villages.sort_unstable();
            villages.dedup();
            shortfalls.push(crate::t!(
                "report-shortfall",
                hours = format!("{:.1}", hours - supply),
                activity = name(*activity),
                villages = if villages.is_empty() {
                    crate::t!("report-shortfall-no-village")
                } else {
                    villages.join(", ")
                }
            ));
        }
    }
    Ok(WeekPlan {
        week_start: monday,
        available_hours: round1(rows.iter().map(|r| r.available_hours).sum()),
        booked_hours: round1(rows.iter().map(|r| r.booked_hours).sum()),
        free_hours: round1(rows.iter().map(|r| r.free_hours).sum()),
        demand_hours: round1(demand.iter().map(|(_, h)| h).sum()),
        demand_by_activity: demand.iter().map(|(a, h)| (name(*a), round1(*h))).collect(),
        members: rows,
        shortfalls,
    })
}

/// Suggestions for a person's waiting referral, best first; `None` when they have no
/// referral on the waiting list.
pub fn match_person(
    store: &dyn Reads,
    person: &Person,
    from: NaiveDate,
    weeks: u32,
) -> Result<Option<(Referral, Vec<Suggestion>)>, DataError> {
    let Some(referral) =
        store.referrals_of_person(person.id)?.into_iter().rev().find(|r| r.status().needs_match())
    else {
        return Ok(None);
    };
    let members: Vec<Member> = store.all::<Member>()?.into_iter().filter(|m| !m.archived).collect();
    let availability: Vec<Availability> =
        members.iter().map(|m| store.availability_of(m.id)).collect::<Result<_, _>>()?;
    let sessions: Vec<Session> =
        store.sessions_between(from - Days::new(7), from + Days::new(u64::from(weeks) * 7 + 7))?;
    let activities = store.all::<Activity>()?;
    let input = MatchInput {
        referral: &referral,
        person,
        activities: &activities,
        members: &members,
        availability: &availability,
        sessions: &sessions,
        from,
        weeks,
    };
    let list = suggest(&input);
    Ok(Some((referral, list)))
}

/// The next `weeks` weeks from the week of `day`: Monday, available, booked and demand hours.
pub fn weeks_ahead(
    store: &dyn Reads,
    day: NaiveDate,
    weeks: u32,
) -> Result<Vec<(NaiveDate, f64, f64, f64)>, DataError> {
    let monday = crate::domain::schedule::monday_of(day);
    let members: Vec<Member> = store.all::<Member>()?.into_iter().filter(|m| !m.archived).collect();
    let availability: Vec<Availability> =
        members.iter().map(|m| store.availability_of(m.id)).collect::<Result<_, _>>()?;
    let last = monday + Days::new(u64::from(weeks) * 7);
    let sessions = store.sessions_between(monday, last)?;
    let waiting = store.referrals_with_status(ReferralStatus::NEEDS_MATCH)?;
    let demand: f64 = demand_hours(&waiting, &store.all::<Activity>()?).iter().map(|(_, h)| h).sum();
    Ok((0..weeks)
        .map(|w| {
            let start = monday + Days::new(u64::from(w) * 7);
            let (mut available, mut booked) = (0.0, 0.0);
            for a in &availability {
                let (av, bo, _) = week_hours(a, &sessions, start);
                available += av;
                booked += bo;
            }
            (start, round1(available), round1(booked), round1(demand))
        })
        .collect())
}
