//! The window's copy of the co-op on the server: an in-memory redb store (never on disk)
//! that views read like a file, brought up to date by the worker one commit batch at a time.

use crate::data::{AnyRecords, CheckReport, DataError, DataStore, Reads};
use crate::pg::Changes;
use crate::store::RedbStore;

/// The co-op as the server held it at the last commit this window has heard of.
pub struct Replica {
    store: RedbStore,
    /// Where it comes from: "user@host:port/database".
    server: String,
    /// Added to the copy's own generation, so a fresh copy (after a reload) never repeats a
    /// number the views have cached under.
    base: u64,
}

impl std::fmt::Debug for Replica {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Replica").field("server", &self.server).finish_non_exhaustive()
    }
}

impl Replica {
    /// An empty copy of the co-op at `server`, numbering its generations after `base`.
    pub(crate) fn empty(server: &str, base: u64) -> Result<Replica, DataError> {
        Ok(Replica { store: RedbStore::in_memory(server)?, server: server.to_string(), base })
    }

    /// Adds a batch of records read from the server (the first load).
    pub(crate) fn load(&self, records: &AnyRecords) -> Result<(), DataError> {
        self.store.transact(&mut |tx| tx.put_all_as_is(records))
    }

    /// Applies what commits on the server changed, in one transaction: deletions first, then
    /// the records as they are now, the settings and the flags.
    pub(crate) fn apply(&self, changes: &Changes) -> Result<(), DataError> {
        self.store.transact(&mut |tx| {
            for id in &changes.deleted {
                tx.delete_any(*id)?;
            }
            for records in &changes.written {
                tx.put_all_as_is(records)?;
            }
            if let Some(settings) = &changes.settings {
                tx.put_settings(settings)?;
            }
            if changes.set_up && !tx.is_set_up()? {
                tx.mark_set_up()?;
            }
            if changes.demo && !tx.is_demo()? {
                tx.mark_demo()?;
            }
            tx.put_audit_as_is(&changes.audit)
        })
    }

    /// The number of the last audit entry the copy holds (0 when none).
    pub(crate) fn last_audit_entry(&self) -> Result<u64, DataError> {
        let last = self.store.audit_trail(&crate::domain::AuditFilter::default(), Some(1))?;
        Ok(last.first().map_or(0, |e| e.seq))
    }

    fn with_reads<T>(&self, read: impl FnOnce(&dyn Reads) -> Result<T, DataError>) -> Result<T, DataError> {
        read(&self.store)
    }
}

crate::data::reads_through!(Replica, with_reads);

impl DataStore for Replica {
    fn location(&self) -> String {
        self.server.clone()
    }

    fn generation(&self) -> u64 {
        self.base + self.store.generation()
    }

    /// Changes go to the server (through the worker), never into the copy directly.
    fn transact(&self, _action: &mut crate::data::Action<'_>) -> Result<(), DataError> {
        Err(DataError::conflict(crate::t!("team-w-changes-on-server")))
    }

    fn scrub(&mut self) -> Result<(), DataError> {
        Ok(())
    }

    fn compact(&mut self) -> Result<(), DataError> {
        Ok(())
    }

    fn check(&self) -> Result<CheckReport, DataError> {
        self.store.check()
    }
}
