//! Erasing a person for good: every record about them goes in one transaction, then the live
//! data is rewritten into a fresh file that replaces the old one atomically, because redb is
//! copy-on-write and does not wipe freed pages — old copies of the person's records would
//! otherwise survive in the file's bytes.

use super::records::{Index, Kind};
use super::{META, REFERRAL_GLANCES, Store, StoreError, index_table, table};
use crate::domain::{Assessment, Contact, Person, PersonId, Referral, Session};
use redb::{Database, ReadableDatabase, ReadableMultimapTable, ReadableTable};
use std::path::Path;

/// What an erasure removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErasureReport {
    /// Referrals deleted.
    pub referrals: usize,
    /// Contact log entries deleted.
    pub contacts: usize,
    /// Assessments deleted.
    pub assessments: usize,
    /// Sessions the person was taken out of (the sessions themselves stay for the others).
    pub sessions: usize,
}

impl Store {
    /// Deletes the person and every record about them in one transaction, then compacts the
    /// file so none of their bytes survive. Consumes the store and returns it reopened.
    pub fn erase_person(self, person: PersonId) -> Result<(Store, ErasureReport), StoreError> {
        let report = self.write(|w| {
            if w.get::<Person>(person.0)?.is_none() {
                return Err(StoreError::Conflict(format!("there is no person with id {person}")));
            }
            let mut report = ErasureReport::default();
            for id in w.ids_in(Index::ReferralsByPerson, person.0)? {
                report.referrals += usize::from(w.delete::<Referral>(id)?);
            }
            for id in w.ids_in(Index::ContactsByPerson, person.0)? {
                report.contacts += usize::from(w.delete::<Contact>(id)?);
            }
            for id in w.ids_in(Index::AssessmentsByPerson, person.0)? {
                report.assessments += usize::from(w.delete::<Assessment>(id)?);
            }
            for id in w.ids_in(Index::SessionsByPerson, person.0)? {
                if let Some(mut session) = w.get::<Session>(id)? {
                    session.participants.retain(|p| p.person != person);
                    w.put(&mut session)?;
                    report.sessions += 1;
                }
            }
            w.delete::<Person>(person.0)?;
            Ok(report)
        })?;
        let store = self.compact_into_fresh_file()?;
        Ok((store, report))
    }

    /// Copies the live data into a new file beside this one, then swaps it in atomically.
    /// If anything fails before the swap, the original file is left as it was.
    pub fn compact_into_fresh_file(self) -> Result<Store, StoreError> {
        let path = self.path.clone();
        let fresh = path.with_extension("redb.compact-tmp");
        let io = |e: std::io::Error| StoreError::Io(format!("{}: {e}", fresh.display()));
        if fresh.exists() {
            std::fs::remove_file(&fresh).map_err(io)?;
        }
        copy_live_data(&self.db, &fresh)?;
        drop(self);
        std::fs::rename(&fresh, &path).map_err(io)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && let Ok(handle) = std::fs::File::open(dir)
        {
            // Make the rename itself durable (best effort: not every platform opens folders).
            let _ = handle.sync_all();
        }
        Store::open(&path, super::OpenMode::ExistingOnly)
    }
}

fn copy_live_data(source: &Database, target: &Path) -> Result<(), StoreError> {
    let out = Database::create(target).map_err(|e| StoreError::Database(e.to_string()))?;
    let read = source.begin_read()?;
    let write = out.begin_write()?;
    {
        let from = read.open_table(META)?;
        let mut to = write.open_table(META)?;
        for entry in from.iter()? {
            let (k, v) = entry?;
            to.insert(k.value(), v.value())?;
        }
        let derived = [REFERRAL_GLANCES];
        for definition in Kind::ALL.map(table).into_iter().chain(derived) {
            let from = read.open_table(definition)?;
            let mut to = write.open_table(definition)?;
            for entry in from.iter()? {
                let (k, v) = entry?;
                to.insert(k.value(), v.value())?;
            }
        }
        for index in Index::ALL {
            let from = read.open_multimap_table(index_table(index))?;
            let mut to = write.open_multimap_table(index_table(index))?;
            for entry in from.iter()? {
                let (k, ids) = entry?;
                for id in ids {
                    to.insert(k.value(), id?.value())?;
                }
            }
        }
    }
    write.commit()?;
    Ok(())
}
