//! Calendars for phones: RFC 5545 (.ics) for a member or a person, with stable UIDs so a
//! re-import updates rather than duplicates, RRULEs for regular series, and Europe/London
//! local times with a VTIMEZONE.

use crate::data::{DataError, Reads, ReadsExt};
use crate::domain::{Activity, Member, Repeat, Series, SeriesId, Session};
use chrono::{Days, NaiveDate};
use std::collections::{BTreeMap, HashMap};

/// Whose calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose {
    /// A member's sessions.
    Member(crate::domain::MemberId),
    /// A person's sessions.
    Person(crate::domain::PersonId),
}

const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:19700329T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:19701025T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// Escapes text for a property value.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// Folds a content line at 75 octets (never inside a UTF-8 character) and ends it with CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn local(date: NaiveDate, time: chrono::NaiveTime) -> String {
    date.and_time(time).format("%Y%m%dT%H%M%S").to_string()
}

/// Everything an event needs besides the session itself.
struct Names<'a> {
    activities: &'a HashMap<u64, Activity>,
    members: &'a HashMap<u64, String>,
}

fn event(out: &mut String, uid: &str, s: &Session, names: &Names<'_>, rrule: Option<String>, stamp: &str) {
    let fallback = crate::t!("report-ics-session");
    let activity = names.activities.get(&s.activity.0).map_or(fallback.as_str(), |a| a.name.as_str());
    let who: Vec<&str> =
        s.members.iter().filter_map(|m| names.members.get(&m.0).map(String::as_str)).collect();
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{uid}"));
    line(out, &format!("DTSTAMP:{stamp}"));
    line(out, &format!("DTSTART;TZID=Europe/London:{}", local(s.date, s.start)));
    line(out, &format!("DURATION:PT{}M", s.minutes));
    if let Some(rule) = rrule {
        line(out, &format!("RRULE:{rule}"));
    }
    line(out, &format!("SUMMARY:{}", escape(activity)));
    if !s.venue.is_empty() {
        line(out, &format!("LOCATION:{}", escape(&s.venue)));
    }
    let mut description = crate::t!("report-ics-with", names = who.join(", "));
    if !s.notes.is_empty() {
        description.push_str(&format!("\n{}", s.notes));
    }
    line(out, &format!("DESCRIPTION:{}", escape(&description)));
    if s.cancelled {
        line(out, "STATUS:CANCELLED");
    }
    line(out, "END:VEVENT");
}

/// True when a series' occurrences in the window form an unbroken regular run: same time,
/// length and venue, none cancelled, spaced exactly by the series' interval.
fn regular(series: &Series, occurrences: &[&Session]) -> bool {
    let step = match series.repeat {
        Repeat::Weekly => 7,
        Repeat::Fortnightly => 14,
    };
    let Some(first) = occurrences.first() else { return false };
    occurrences.iter().all(|s| {
        !s.cancelled
            && s.start == first.start
            && s.minutes == first.minutes
            && s.venue == first.venue
            && s.participants == first.participants
    }) && occurrences.windows(2).all(|w| (w[1].date - w[0].date).num_days() == step)
}

/// The calendar of `whose` sessions from `from` for `weeks` weeks, as an .ics document.
pub fn calendar(
    store: &dyn Reads,
    whose: Whose,
    from: NaiveDate,
    weeks: u32,
    name: &str,
) -> Result<String, DataError> {
    // A date past the calendar's end (year 262143) means "everything from `from` on".
    let until = from.checked_add_days(Days::new(u64::from(weeks) * 7)).unwrap_or(NaiveDate::MAX);
    let all = match whose {
        Whose::Member(m) => store.sessions_of_member(m)?,
        Whose::Person(p) => store.sessions_of_person(p)?,
    };
    let sessions: Vec<Session> = all.into_iter().filter(|s| s.date >= from && s.date < until).collect();
    let activities: HashMap<u64, Activity> =
        store.all::<Activity>()?.into_iter().map(|a| (a.id.0, a)).collect();
    let members: HashMap<u64, String> =
        store.all::<Member>()?.into_iter().map(|m| (m.id.0, m.name)).collect();
    let names = Names { activities: &activities, members: &members };
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//carecoop//carecoop calendar//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    line(&mut out, "X-WR-TIMEZONE:Europe/London");
    out.push_str(VTIMEZONE);
    let mut by_series: BTreeMap<SeriesId, Vec<&Session>> = BTreeMap::new();
    for s in &sessions {
        match s.series {
            Some(series) => by_series.entry(series).or_default().push(s),
            None => event(&mut out, &format!("session-{}@carecoop", s.id), s, &names, None, &stamp),
        }
    }
    for (series_id, occurrences) in by_series {
        let series = store.get::<Series>(series_id)?;
        match series {
            Some(series) if occurrences.len() > 1 && regular(&series, &occurrences) => {
                let interval = if series.repeat == Repeat::Fortnightly { 2 } else { 1 };
                let rule = format!("FREQ=WEEKLY;INTERVAL={interval};COUNT={}", occurrences.len());
                event(
                    &mut out,
                    &format!("series-{series_id}@carecoop"),
                    occurrences[0],
                    &names,
                    Some(rule),
                    &stamp,
                );
            }
            _ => {
                for s in occurrences {
                    event(&mut out, &format!("session-{}@carecoop", s.id), s, &names, None, &stamp);
                }
            }
        }
    }
    line(&mut out, "END:VCALENDAR");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets() {
        let mut out = String::new();
        line(&mut out, &format!("DESCRIPTION:{}", "é".repeat(60)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(escape("a,b;c\nd\\"), "a\\,b\\;c\\nd\\\\");
    }
}
