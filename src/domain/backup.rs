//! Backups: which copies to keep, how they are named, and the list of people erased (so an
//! erased person never comes back from a backup).

use super::PersonId;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Someone erased, remembered by their id (never given to anyone else) and reference only: no
/// other personal data. Restoring a backup taken before the erasure erases them again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasedPerson {
    /// The erased person's id.
    pub id: PersonId,
    /// Their reference, as the audit trail keeps it.
    pub reference: String,
    /// The day they were erased.
    pub on: NaiveDate,
}

/// How many backups to keep: the newest of each of the last `daily` days that have one, and
/// the newest of each of the last `weekly` ISO weeks that have one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rotation {
    /// Days kept (default 7).
    pub daily: u16,
    /// Weeks kept (default 8).
    pub weekly: u16,
}

impl Default for Rotation {
    fn default() -> Self {
        Rotation { daily: 7, weekly: 8 }
    }
}

/// The moments of the backups to keep out of `taken` (any order), as [`Rotation`] says. A
/// backup is kept when it is the newest of a kept day or of a kept week; every backup of the
/// newest day is kept (a mistake made this afternoon can still go back to this morning).
pub fn to_keep(taken: &[NaiveDateTime], rotation: Rotation) -> BTreeSet<NaiveDateTime> {
    let mut newest_first: Vec<NaiveDateTime> = taken.to_vec();
    newest_first.sort_unstable_by(|a, b| b.cmp(a));
    newest_first.dedup();
    let mut keep = BTreeSet::new();
    let (mut days, mut weeks) = (Vec::new(), Vec::new());
    let latest = newest_first.first().map(NaiveDateTime::date);
    for moment in newest_first {
        let day = moment.date();
        if Some(day) == latest && rotation.daily > 0 {
            keep.insert(moment);
        }
        let week = (day.iso_week().year(), day.iso_week().week());
        if !days.contains(&day) && days.len() < usize::from(rotation.daily) {
            days.push(day);
            keep.insert(moment);
        }
        if !weeks.contains(&week) && weeks.len() < usize::from(rotation.weekly) {
            weeks.push(week);
            keep.insert(moment);
        }
    }
    keep
}

/// The file name of a backup of the data file named `stem`, taken at `at`:
/// `coop 2026-12-03 0930.redb`.
pub fn file_name(stem: &str, at: NaiveDateTime) -> String {
    format!("{stem} {}.redb", at.format("%Y-%m-%d %H%M%S"))
}

/// When a backup of `stem` named `name` was taken, if `name` is one.
pub fn taken_at(stem: &str, name: &str) -> Option<NaiveDateTime> {
    let moment = name.strip_prefix(stem)?.strip_prefix(' ')?.strip_suffix(".redb")?;
    NaiveDateTime::parse_from_str(moment, "%Y-%m-%d %H%M%S").ok()
}

#[cfg(test)]
mod tests;
