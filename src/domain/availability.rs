//! When a member can work: a weekly pattern of time ranges, with exceptions.

use super::choice::choice_enum;
use super::ids::MemberId;
use super::validate::{Problems, ValidationError};
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// One available time range on a weekday, e.g. Tuesday 10:00–16:00.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyRange {
    /// The day of the week.
    pub weekday: Weekday,
    /// From.
    pub start: NaiveTime,
    /// To (after `start`).
    pub end: NaiveTime,
}

impl WeeklyRange {
    /// Length in minutes.
    pub fn minutes(&self) -> i64 {
        (self.end - self.start).num_minutes().max(0)
    }
}

choice_enum!(
    /// What an exception to the weekly pattern means.
    ExceptionKind {
        Unavailable => ("unavailable", "Unavailable", "away", "leave", "holiday", "off"),
        ExtraAvailable => ("extra", "Extra available day", "extra day", "available", "extra available"),
    }
);

/// A date range that departs from the weekly pattern (a holiday, or an extra day).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AvailabilityException {
    /// First day (inclusive).
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// Unavailable, or extra available.
    pub kind: ExceptionKind,
}

/// A member's availability.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Availability {
    /// Whose availability (also the record's key: one per member).
    pub member: MemberId,
    /// The weekly pattern.
    pub weekly: Vec<WeeklyRange>,
    /// Holidays and extra days.
    pub exceptions: Vec<AvailabilityException>,
    /// Most hours a week the member wants to work.
    pub max_hours_per_week: Option<u16>,
}

/// The working hours assumed on an extra available day.
pub const EXTRA_DAY: (u32, u32) = (9, 17);

impl Availability {
    /// An empty availability for `member`.
    pub fn empty(member: MemberId) -> Availability {
        Availability { member, weekly: Vec::new(), exceptions: Vec::new(), max_hours_per_week: None }
    }

    /// The available time ranges on `date`, after exceptions.
    pub fn ranges_on(&self, date: NaiveDate) -> Vec<(NaiveTime, NaiveTime)> {
        let covering =
            |kind| self.exceptions.iter().any(|e| e.kind == kind && e.from <= date && date <= e.to);
        if covering(ExceptionKind::Unavailable) {
            return Vec::new();
        }
        let mut ranges: Vec<(NaiveTime, NaiveTime)> =
            self.weekly.iter().filter(|r| r.weekday == date.weekday()).map(|r| (r.start, r.end)).collect();
        if ranges.is_empty() && covering(ExceptionKind::ExtraAvailable) {
            let (from, to) = EXTRA_DAY;
            if let (Some(s), Some(e)) =
                (NaiveTime::from_hms_opt(from, 0, 0), NaiveTime::from_hms_opt(to, 0, 0))
            {
                ranges.push((s, e));
            }
        }
        ranges.sort();
        ranges
    }

    /// Available minutes on `date`, overlapping ranges counted once.
    pub fn minutes_on(&self, date: NaiveDate) -> i64 {
        let mut total = 0;
        let mut covered_until: Option<NaiveTime> = None;
        for (start, end) in self.ranges_on(date) {
            let from = covered_until.map_or(start, |c| c.max(start));
            if end > from {
                total += (end - from).num_minutes();
            }
            covered_until = Some(covered_until.map_or(end, |c| c.max(end)));
        }
        total
    }

    /// Checks the rules availability must satisfy before it is saved.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut p = Problems::default();
        if self.weekly.iter().any(|r| r.end <= r.start) {
            p.add("end", crate::t!("dom-availability-range-order"));
        }
        if self.exceptions.iter().any(|e| e.to < e.from) {
            p.add("to", crate::t!("dom-availability-exception-order"));
        }
        p.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn minutes_respect_overlaps_and_exceptions() {
        let tuesday = NaiveDate::from_ymd_opt(2026, 3, 3).unwrap();
        let mut a = Availability::empty(MemberId(1));
        a.weekly.push(WeeklyRange { weekday: Weekday::Tue, start: t(10, 0), end: t(12, 0) });
        a.weekly.push(WeeklyRange { weekday: Weekday::Tue, start: t(11, 0), end: t(13, 0) });
        a.weekly.push(WeeklyRange { weekday: Weekday::Tue, start: t(13, 0), end: t(14, 0) });
        assert_eq!(a.minutes_on(tuesday), 240);
        a.exceptions.push(AvailabilityException {
            from: tuesday,
            to: tuesday,
            kind: ExceptionKind::Unavailable,
        });
        assert_eq!(a.minutes_on(tuesday), 0);
        let wednesday = tuesday.succ_opt().unwrap();
        assert_eq!(a.minutes_on(wednesday), 0);
        a.exceptions.push(AvailabilityException {
            from: wednesday,
            to: wednesday,
            kind: ExceptionKind::ExtraAvailable,
        });
        assert_eq!(a.minutes_on(wednesday), 8 * 60);
    }
}
