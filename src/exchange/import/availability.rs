//! Importing availability: weekly patterns `member,weekday,start,end` (weekday mon..sun, times
//! HH:MM) and exceptions `member,from,to,kind`. A member named in a patterns file gets exactly
//! the ranges the file lists; exceptions are added to those already held.

use super::{ImportErrors, ImportKind, ImportPlan, RowReader, Sheet, read_rows};
use crate::domain::{Availability, AvailabilityException, ExceptionKind, Member, WeeklyRange};
use chrono::Weekday;

fn weekday(text: &str) -> Option<Weekday> {
    let t = text.trim().to_ascii_lowercase();
    let known = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "tues",
        "weds",
        "thur",
        "thurs",
    ];
    if t.len() > 3 && !known.contains(&t.as_str()) {
        return None;
    }
    match t.get(..3)? {
        "mon" => Some(Weekday::Mon),
        "tue" => Some(Weekday::Tue),
        "wed" => Some(Weekday::Wed),
        "thu" => Some(Weekday::Thu),
        "fri" => Some(Weekday::Fri),
        "sat" => Some(Weekday::Sat),
        "sun" => Some(Weekday::Sun),
        _ => None,
    }
}

fn member_of<'a>(members: &'a [Member], name: &str) -> Option<&'a Member> {
    members.iter().find(|m| m.name.eq_ignore_ascii_case(name.trim()) || m.id.0.to_string() == name.trim())
}

/// Reads a weekly patterns file into each named member's new availability.
pub fn plan_availability(
    sheet: &Sheet,
    members: &[Member],
    existing: &[Availability],
) -> Result<ImportPlan<Availability>, ImportErrors> {
    weekly(sheet, members, existing).map_err(|e| e.placed(sheet))
}

fn weekly(
    sheet: &Sheet,
    members: &[Member],
    existing: &[Availability],
) -> Result<ImportPlan<Availability>, ImportErrors> {
    let rows = read_rows(sheet, ImportKind::Availability)?;
    let mut errors = Vec::new();
    let mut out: Vec<Availability> = Vec::new();
    for row in &rows {
        let mut r = RowReader { row, errors: &mut errors };
        let member = member_of(members, row.get("member"));
        if member.is_none() {
            r.fail("member", crate::t!("imp-no-member", name = row.get("member")));
        }
        let day = weekday(row.get("weekday"));
        if day.is_none() {
            r.fail("weekday", crate::t!("imp-not-weekday", text = row.get("weekday")));
        }
        let time = |r: &mut RowReader<'_>, field: &str| {
            let t = r.time(field);
            if t.is_none() && r.row.get(field).is_empty() {
                r.fail(field, crate::t!("imp-required"));
            }
            t
        };
        let (start, end) = (time(&mut r, "start"), time(&mut r, "end"));
        let (Some(member), Some(weekday), Some(start), Some(end)) = (member, day, start, end) else {
            continue;
        };
        if end <= start {
            r.fail("end", crate::t!("imp-after-start"));
            continue;
        }
        let index = match out.iter().position(|a| a.member == member.id) {
            Some(i) => i,
            None => {
                let mut a = existing
                    .iter()
                    .find(|a| a.member == member.id)
                    .cloned()
                    .unwrap_or_else(|| Availability::empty(member.id));
                a.weekly.clear();
                out.push(a);
                out.len() - 1
            }
        };
        let slot = &mut out[index];
        slot.weekly.push(WeeklyRange { weekday, start, end });
    }
    if !errors.is_empty() {
        return Err(ImportErrors(errors));
    }
    let (updated, added) = out.into_iter().partition(|a| existing.iter().any(|e| e.member == a.member));
    Ok(ImportPlan { added, updated })
}

/// Reads an exceptions file and adds the exceptions to each member's availability.
pub fn plan_exceptions(
    sheet: &Sheet,
    members: &[Member],
    existing: &[Availability],
) -> Result<ImportPlan<Availability>, ImportErrors> {
    exceptions(sheet, members, existing).map_err(|e| e.placed(sheet))
}

fn exceptions(
    sheet: &Sheet,
    members: &[Member],
    existing: &[Availability],
) -> Result<ImportPlan<Availability>, ImportErrors> {
    let rows = read_rows(sheet, ImportKind::Exceptions)?;
    let mut errors = Vec::new();
    let mut out: Vec<Availability> = Vec::new();
    for row in &rows {
        let mut r = RowReader { row, errors: &mut errors };
        let member = member_of(members, row.get("member"));
        if member.is_none() {
            r.fail("member", crate::t!("imp-no-member", name = row.get("member")));
        }
        let (from, to) = (r.date("from"), r.date("to"));
        for (field, value) in [("from", from), ("to", to)] {
            if value.is_none() && row.get(field).is_empty() {
                r.fail(field, crate::t!("imp-required"));
            }
        }
        let kind = ExceptionKind::from_key(row.get("kind"));
        if kind.is_none() {
            r.fail(
                "kind",
                crate::t!("imp-not-kind", text = row.get("kind"), keys = ExceptionKind::keys_list()),
            );
        }
        let (Some(member), Some(from), Some(to), Some(kind)) = (member, from, to, kind) else { continue };
        if to < from {
            r.fail("to", crate::t!("imp-before-first-day"));
            continue;
        }
        let index = match out.iter().position(|a| a.member == member.id) {
            Some(i) => i,
            None => {
                out.push(
                    existing
                        .iter()
                        .find(|a| a.member == member.id)
                        .cloned()
                        .unwrap_or_else(|| Availability::empty(member.id)),
                );
                out.len() - 1
            }
        };
        let slot = &mut out[index];
        let exception = AvailabilityException { from, to, kind };
        if !slot.exceptions.contains(&exception) {
            slot.exceptions.push(exception);
        }
    }
    if !errors.is_empty() {
        return Err(ImportErrors(errors));
    }
    let (updated, added) = out.into_iter().partition(|a| existing.iter().any(|e| e.member == a.member));
    Ok(ImportPlan { added, updated })
}
