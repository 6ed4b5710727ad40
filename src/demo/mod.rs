//! The demo co-op: a rural Perthshire co-op of about 30 members, 40 people referred from every
//! source, a 10-person GP pilot with WEMWBS before/during/after (9 of 10 improve), three months
//! of sessions with attendance, weekly availability and two funds; and the co-op's own
//! register of members, share ledger, last year's AGM and a board meeting.
//!
//! Deterministic (seeded) and relative to `today`, so the calendar is never empty. All names
//! are fictional. The demo is written into its own file, never into real data.

mod coop;
mod people;
mod roster;
mod sessions;

use crate::backends;
use crate::data::{DataError, DataStore, OpenMode, WriteExt};
use chrono::NaiveDate;
use rand::SeedableRng;
use rand::rngs::SmallRng;
use std::path::Path;

/// The seed that makes the demo the same every time.
const SEED: u64 = 2026;

/// Writes the whole demo co-op into `store` in one transaction, dated around `today`.
pub fn write_demo(store: &dyn DataStore, today: NaiveDate) -> Result<(), DataError> {
    let mut rng = SmallRng::seed_from_u64(SEED);
    store.write(|w| {
        let catalogue = roster::write_activities(w, today)?;
        let members = roster::write_members(w, &catalogue, today, &mut rng)?;
        let funds = roster::write_funds(w, &catalogue, today)?;
        let people = people::write_people(w, &catalogue, &funds, today, &mut rng)?;
        let booked = sessions::write_sessions(w, &catalogue, &members, &people, today, &mut rng)?;
        roster::write_availability(w, &members, &booked, today)?;
        coop::write_coop(w, &members, &people, today)?;
        w.mark_set_up()?;
        w.mark_demo()?;
        Ok(())
    })
}

/// Writes the demo into the file at `path`, replacing an existing *carecoop* file atomically:
/// the demo is written to a temporary file beside it and renamed over it. A file that is not a
/// carecoop file, or is open in another window, is refused and left untouched.
pub fn write_demo_file(path: &Path, today: NaiveDate) -> Result<(), DataError> {
    if !path.exists() {
        let store = backends::open(path, OpenMode::CreateIfMissing)?;
        return write_demo(store.as_ref(), today);
    }
    // Opening proves the file is ours and not held elsewhere; then close it again.
    drop(backends::open(path, OpenMode::ExistingOnly)?);
    let tmp = path.with_extension("redb.demo-tmp");
    let io = |source| DataError::Io { path: tmp.clone(), source };
    if tmp.exists() {
        std::fs::remove_file(&tmp).map_err(io)?;
    }
    {
        let store = backends::open(&tmp, OpenMode::CreateIfMissing)?;
        write_demo(store.as_ref(), today)?;
    }
    std::fs::rename(&tmp, path).map_err(io)
}

/// Adds `days` (may be negative) to `date`.
fn shift(date: NaiveDate, days: i64) -> NaiveDate {
    date + chrono::Duration::days(days)
}
