//! Dates in the interface language: chrono's patterns, with `%A`, `%a`, `%B` and `%b`
//! (weekday and month names) taken from the translation files, so a Welsh screen reads
//! "Dydd Mawrth 24 Tachwedd 2026" where an English one reads "Tuesday 24 November 2026".

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};

use super::static_text;

const MONTH_LONG: [&str; 12] = [
    "month-long-1",
    "month-long-2",
    "month-long-3",
    "month-long-4",
    "month-long-5",
    "month-long-6",
    "month-long-7",
    "month-long-8",
    "month-long-9",
    "month-long-10",
    "month-long-11",
    "month-long-12",
];
const MONTH_SHORT: [&str; 12] = [
    "month-short-1",
    "month-short-2",
    "month-short-3",
    "month-short-4",
    "month-short-5",
    "month-short-6",
    "month-short-7",
    "month-short-8",
    "month-short-9",
    "month-short-10",
    "month-short-11",
    "month-short-12",
];
const WEEKDAY_LONG: [&str; 7] = [
    "weekday-long-1",
    "weekday-long-2",
    "weekday-long-3",
    "weekday-long-4",
    "weekday-long-5",
    "weekday-long-6",
    "weekday-long-7",
];
const WEEKDAY_SHORT: [&str; 7] = [
    "weekday-short-1",
    "weekday-short-2",
    "weekday-short-3",
    "weekday-short-4",
    "weekday-short-5",
    "weekday-short-6",
    "weekday-short-7",
];

/// Every message id this module makes at run time (for the key tests).
pub fn ids() -> impl Iterator<Item = &'static str> {
    MONTH_LONG.iter().chain(&MONTH_SHORT).chain(&WEEKDAY_LONG).chain(&WEEKDAY_SHORT).copied()
}

/// The weekday's full name ("Monday", "Dydd Llun") in this thread's language.
pub fn weekday_name(day: Weekday) -> &'static str {
    static_text(WEEKDAY_LONG[day.num_days_from_monday() as usize], "")
}

/// The weekday's short name ("Mon", "Llun") in this thread's language.
pub fn weekday_short(day: Weekday) -> &'static str {
    static_text(WEEKDAY_SHORT[day.num_days_from_monday() as usize], "")
}

/// The month's full name (1 = January) in this thread's language.
pub fn month_name(month: u32) -> &'static str {
    let i = (month.clamp(1, 12) - 1) as usize;
    static_text(MONTH_LONG[i], "")
}

/// Replaces the name specifiers with the names, escaping any `%` a name could hold.
fn localise_pattern(pattern: &str, weekday: usize, month: usize) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(spec) = chars.next() else {
            out.push('%');
            break;
        };
        let name = match spec {
            'A' => Some(static_text(WEEKDAY_LONG[weekday], "")),
            'a' => Some(static_text(WEEKDAY_SHORT[weekday], "")),
            'B' => Some(static_text(MONTH_LONG[month], "")),
            'b' => Some(static_text(MONTH_SHORT[month], "")),
            _ => None,
        };
        match name {
            Some(name) => out.push_str(&name.replace('%', "%%")),
            None => {
                out.push('%');
                out.push(spec);
            }
        }
    }
    out
}

/// A date by a chrono pattern (`"%a %-d %b %Y"`), names in this thread's language.
pub fn date(d: NaiveDate, pattern: &str) -> String {
    let pattern = localise_pattern(pattern, d.weekday().num_days_from_monday() as usize, d.month0() as usize);
    d.format(&pattern).to_string()
}

/// A date and time by a chrono pattern (`"%a %-d %b %H:%M"`), names in this thread's language.
pub fn datetime(t: NaiveDateTime, pattern: &str) -> String {
    let pattern = localise_pattern(pattern, t.weekday().num_days_from_monday() as usize, t.month0() as usize);
    t.format(&pattern).to_string()
}
