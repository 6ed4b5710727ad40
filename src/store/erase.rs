//! Scrubbing after an erasure: redb is copy-on-write and does not wipe freed pages, so old
//! copies of deleted records would survive in the file's bytes. The live data is rewritten
//! into a fresh file that replaces the old one atomically.

use super::records::{Index, Kind};
use super::{META, META_SCRUB_OWED, REFERRAL_GLANCES, RedbStore, index_table, table};
use crate::data::{DataError, OpenMode};
use redb::{Database, ReadableDatabase, ReadableMultimapTable, ReadableTable};
use std::path::Path;

impl RedbStore {
    /// Copies the live data into a new file beside this one, then swaps it in atomically and
    /// reopens it. If anything fails before the swap, the original file is left as it was.
    pub(super) fn compact_into_fresh_file(&mut self) -> Result<(), DataError> {
        let path = self.path.clone();
        let fresh = fresh_copy_path(&path);
        let io = |source| DataError::Io { path: fresh.clone(), source };
        if fresh.exists() {
            std::fs::remove_file(&fresh).map_err(io)?;
        }
        if let Err(e) = copy_live_data(&self.db, &fresh) {
            // Nothing was swapped: the open file is as it was. Leave no partial copy behind.
            std::fs::remove_file(&fresh).ok();
            return Err(e);
        }
        // Close the file before replacing it (Windows refuses to rename over an open file):
        // an empty in-memory database stands in until the file is reopened, and `broken`
        // makes every call fail meanwhile, so nothing can be written into it.
        let placeholder = Database::builder().create_with_backend(redb::backends::InMemoryBackend::new())?;
        self.broken = Some("the data file is being rewritten".into());
        drop(std::mem::replace(&mut self.db, placeholder));
        let swapped = std::fs::rename(&fresh, &path).map_err(io);
        if swapped.is_ok()
            && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && let Ok(handle) = std::fs::File::open(dir)
        {
            // Make the rename itself durable (best effort: not every platform opens folders).
            handle.sync_all().ok();
        }
        // Whichever file is at `path` now is whole: the old one if the rename failed, the
        // fresh one if it succeeded. Reopen it, whatever happened.
        let reopened = RedbStore::open(&path, OpenMode::ExistingOnly);
        self.generation.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        match reopened {
            Ok(store) => {
                self.db = store.db;
                self.broken = None;
                swapped
            }
            Err(e) => {
                self.broken = Some(format!(
                    "{} could not be reopened after it was rewritten ({e}); close carecoop and open it again",
                    path.display()
                ));
                Err(e)
            }
        }
    }
}

/// Where the rewrite is made before it replaces the file.
fn fresh_copy_path(path: &Path) -> std::path::PathBuf {
    path.with_extension("redb.compact-tmp")
}

/// Removes the copy an interrupted rewrite left beside `path` (a whole co-op, never to be
/// left lying about; the file itself is whole, and is rewritten again if it owes it).
pub(super) fn remove_stray_copy(path: &Path) -> Result<(), DataError> {
    let fresh = fresh_copy_path(path);
    match std::fs::remove_file(&fresh) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(DataError::Io { path: fresh, source }),
    }
}

fn copy_live_data(source: &Database, target: &Path) -> Result<(), DataError> {
    let out = Database::create(target)?;
    let read = source.begin_read()?;
    let write = out.begin_write()?;
    {
        let from = read.open_table(META)?;
        let mut to = write.open_table(META)?;
        for entry in from.iter()? {
            let (k, v) = entry?;
            // The rewritten file owes no scrub: it holds only live data.
            if k.value() != META_SCRUB_OWED {
                to.insert(k.value(), v.value())?;
            }
        }
        // The audit trail is copied as it is: an erased person's entries hold only their
        // reference, and the chain stays whole.
        let derived = [REFERRAL_GLANCES, super::audit::AUDIT];
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
