//! Importing sessions: `date,start,minutes,activity,members,participants,venue,repeat,repeat_until`
//! (`repeat` none, weekly or fortnightly; members by name; participants by person reference;
//! lists with `;`). A row matching a stored occurrence (same date, start and activity)
//! updates it — and, for a series, its later occurrences (never past ones).

use super::{ImportErrors, ImportKind, ImportPlan, RowReader, Sheet, read_rows};
use crate::domain::schedule::SessionChange;
use crate::domain::{
    Activity, Attendance, Member, Participant, Payer, Person, Repeat, Series, SeriesEnd, SeriesId, Session,
    SessionId,
};
use chrono::NaiveDate;

/// The sessions layout, exactly as documented and exported.
pub const SESSION_COLUMNS: &[&str] =
    &["date", "start", "minutes", "activity", "members", "participants", "venue", "repeat", "repeat_until"];

/// One row's effect. Changes to stored sessions are [`SessionChange`]s (only what the row
/// changes), applied by the actions layer with the one rule for editing sessions and, for a
/// series, only from the row's date on and never in the past
/// (`domain::schedule::editable_from`). A row exactly as exported changes nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum SessionImport {
    /// A new one-off session, or a new series (stored first; its id is then set on the
    /// occurrences) with every occurrence.
    New {
        /// The new series, for a repeating row.
        series: Option<Series>,
        /// The occurrences to store.
        sessions: Vec<Session>,
    },
    /// A stored occurrence changed as the row says.
    Occurrence {
        /// The occurrence.
        session: SessionId,
        /// What the row changes.
        change: SessionChange,
    },
    /// A stored series changed as the row says, from `from` on.
    SeriesFrom {
        /// The series.
        series: SeriesId,
        /// The row's date.
        from: NaiveDate,
        /// What the row changes.
        change: SessionChange,
    },
}

/// What is already stored, for matching and names.
pub struct SessionContext<'a> {
    /// Activities by name.
    pub activities: &'a [Activity],
    /// Members by name.
    pub members: &'a [Member],
    /// People by reference.
    pub people: &'a [Person],
    /// Stored sessions (to match rows to occurrences).
    pub sessions: &'a [Session],
}

/// Reads a sessions file. For a stored occurrence, a column the file leaves out changes
/// nothing.
pub fn plan_sessions(
    sheet: &Sheet,
    cx: &SessionContext<'_>,
) -> Result<ImportPlan<SessionImport>, ImportErrors> {
    plan(sheet, cx).map_err(|e| e.placed(sheet))
}

fn plan(sheet: &Sheet, cx: &SessionContext<'_>) -> Result<ImportPlan<SessionImport>, ImportErrors> {
    let rows = read_rows(sheet, ImportKind::Sessions)?;
    let mut errors = Vec::new();
    let mut plan = ImportPlan { added: Vec::new(), updated: Vec::new() };
    for row in &rows {
        let mut r = RowReader { row, errors: &mut errors };
        let date = r.date("date");
        if row.get("date").is_empty() {
            r.fail("date", crate::t!("imp-required"));
        }
        let start = r.time("start");
        if row.get("start").is_empty() {
            r.fail("start", crate::t!("imp-required"));
        }
        let activity_name = row.get("activity");
        let activity = cx.activities.iter().find(|a| a.name.eq_ignore_ascii_case(activity_name));
        if activity.is_none() {
            r.fail("activity", crate::t!("imp-no-activity", name = activity_name));
        }
        let minutes = match r.number("minutes", 1..=1440) {
            Some(m) => Some(m as u16),
            None if row.get("minutes").is_empty() => activity.map(|a| a.default_minutes),
            None => None,
        };
        let mut members = Vec::new();
        for name in r.list("members") {
            match cx.members.iter().find(|m| m.name.eq_ignore_ascii_case(&name)) {
                Some(m) => members.push(m.id),
                None => r.fail("members", crate::t!("imp-no-member", name = name.as_str())),
            }
        }
        if members.is_empty() && row.get("members").is_empty() {
            r.fail("members", crate::t!("imp-session-needs-member"));
        }
        let mut participants = Vec::new();
        for reference in r.list("participants") {
            match cx.people.iter().find(|p| p.reference == reference) {
                Some(p) => participants.push(Participant {
                    person: p.id,
                    payer: p.default_payer.unwrap_or(Payer::SelfFunded),
                    attendance: Attendance::Expected,
                    note: String::new(),
                }),
                None => r.fail("participants", crate::t!("imp-no-person", reference = reference.as_str())),
            }
        }
        let repeat = match crate::domain::choice::loose(row.get("repeat")).as_str() {
            "" | "none" | "no" | "does_not_repeat" | "once" | "one_off" => None,
            _ => match Repeat::from_key(row.get("repeat")) {
                Some(rep) => Some(rep),
                None => {
                    r.fail("repeat", crate::t!("imp-bad-repeat", text = row.get("repeat")));
                    None
                }
            },
        };
        let until = r.date("repeat_until");
        if repeat.is_some() && until.is_none() && row.get("repeat_until").is_empty() {
            r.fail("repeat_until", crate::t!("imp-required-repeats"));
        }
        if let (Some(d), Some(u)) = (date, until)
            && u < d
        {
            r.fail("repeat_until", crate::t!("imp-before-first-date"));
        }
        let (Some(date), Some(start), Some(activity), Some(minutes)) = (date, start, activity, minutes)
        else {
            continue;
        };
        if r.errors.iter().any(|e| e.line == row.line) {
            continue;
        }
        let venue = match row.get("venue") {
            "" => activity.venue.clone(),
            v => v.to_string(),
        };
        let template = Session {
            id: SessionId::NEW,
            series: None,
            activity: activity.id,
            members,
            date,
            start,
            minutes,
            venue,
            participants,
            capacity: None,
            notes: String::new(),
            cancelled: false,
        };
        if let Err(invalid) = template.validate() {
            for p in invalid.0 {
                r.fail(p.field, p.message);
            }
            continue;
        }
        let existing =
            cx.sessions.iter().find(|s| s.date == date && s.start == start && s.activity == activity.id);
        match (existing, repeat) {
            (Some(found), _) => {
                // Only the columns the file has, and only where they differ from what is stored:
                // capacity, notes, payers and attendance have no column and stay as they are.
                let mut change = SessionChange::default();
                let mut members = template.members.clone();
                let mut stored_members = found.members.clone();
                members.sort();
                stored_members.sort();
                if members != stored_members {
                    change.members = Some(template.members.clone());
                }
                let people = |s: &Session| s.participants.iter().map(|p| p.person).collect::<Vec<_>>();
                if row.has("participants") && people(&template) != people(found) {
                    let places = template
                        .participants
                        .iter()
                        .map(|p| {
                            found.participants.iter().find(|q| q.person == p.person).unwrap_or(p).clone()
                        })
                        .collect();
                    change.participants = Some(places);
                }
                change.minutes =
                    (row.has("minutes") && template.minutes != found.minutes).then_some(template.minutes);
                change.venue =
                    (row.has("venue") && template.venue != found.venue).then(|| template.venue.clone());
                plan.updated.push(match (found.series, repeat) {
                    (Some(series), Some(_)) => SessionImport::SeriesFrom { series, from: date, change },
                    _ => SessionImport::Occurrence { session: found.id, change },
                });
            }
            (None, Some(repeat)) => {
                let series = Series {
                    id: SeriesId::NEW,
                    first: date,
                    repeat,
                    end: SeriesEnd::Until(until.unwrap_or(date)),
                };
                let sessions =
                    series.dates().into_iter().map(|d| Session { date: d, ..template.clone() }).collect();
                plan.added.push(SessionImport::New { series: Some(series), sessions });
            }
            (None, None) => plan.added.push(SessionImport::New { series: None, sessions: vec![template] }),
        }
    }
    if errors.is_empty() { Ok(plan) } else { Err(ImportErrors(errors)) }
}
