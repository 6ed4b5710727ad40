//! Backups of the file: a consistent copy taken inside one read transaction (never a raw
//! copy of a file being written), written beside its destination and renamed there when
//! whole. Values are copied as stored, with the wrapped keys, so a protected file's backups
//! are protected with the same key.

use super::RedbStore;
use super::erase::{Keys, copy_live_data, sync_folder_of};
use super::seal::Seal;
use crate::data::{BackupJob, DataError};
use redb::{Database, ReadTransaction};
use std::path::Path;

impl RedbStore {
    /// Takes the snapshot now (cheap: a read transaction); the job writes it to a file later,
    /// on any thread, while this store goes on being used.
    pub(super) fn snapshot_job(&self) -> Result<BackupJob, DataError> {
        if self.memory {
            return Err(DataError::conflict(crate::t!(
                "store-not-own-file",
                path = self.path.display().to_string()
            )));
        }
        let read = self.reader()?;
        Ok(Box::new(move |out: &Path| write_snapshot(read, out)))
    }
}

/// Where a backup is written before it is renamed to `out`: the name any open of `out`
/// sweeps away (`FILE.compact-tmp`), so a backup cut short never leaves a copy lying about.
fn partial_path(out: &Path) -> std::path::PathBuf {
    super::erase::fresh_copy_path(out)
}

fn write_snapshot(read: ReadTransaction, out: &Path) -> Result<(), DataError> {
    let partial = partial_path(out);
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| DataError::Io { path, source }
    };
    if let Some(folder) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(io(folder))?;
    }
    if partial.exists() {
        std::fs::remove_file(&partial).map_err(io(&partial))?;
    }
    let written = Database::create(&partial)
        .map_err(DataError::from)
        .and_then(|db| copy_live_data(&read, &db, &Seal::Plain, None, &Keys::Keep));
    drop(read);
    if let Err(e) = written {
        std::fs::remove_file(&partial).ok();
        return Err(e);
    }
    // redb made the copy's commit durable; the rename makes it appear whole or not at all.
    std::fs::rename(&partial, out).map_err(io(out))?;
    sync_folder_of(out);
    Ok(())
}
