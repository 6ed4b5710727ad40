//! Scrubbing after an erasure: redb is copy-on-write and does not wipe freed pages, so old
//! copies of deleted records would survive in the file's bytes. The live data is rewritten
//! into a fresh file that replaces the old one atomically.

use super::records::Index;
use super::seal::{KEYS, Seal};
use super::{META, META_SCRUB_OWED, RedbStore, index_table};
use crate::data::{DataError, OpenMode};
use redb::{Database, ReadableDatabase, ReadableMultimapTable, ReadableTable, TableDefinition};
use std::path::Path;

impl RedbStore {
    /// Copies the live data into a new file beside this one, then swaps it in atomically and
    /// reopens it. If anything fails before the swap, the original file is left as it was.
    pub(super) fn compact_into_fresh_file(&mut self) -> Result<(), DataError> {
        self.rewrite(None, Keys::Keep)
    }

    /// [`Self::compact_into_fresh_file`], sealing every value afresh with `to` (a passphrase
    /// added or removed) and keeping, replacing or dropping the wrapped keys. The store goes
    /// on with `to` only once the new file has replaced the old.
    pub(super) fn rewrite(&mut self, to: Option<Seal>, keys: Keys) -> Result<(), DataError> {
        let path = self.path.clone();
        let fresh = fresh_copy_path(&path);
        let io = |source| DataError::Io { path: fresh.clone(), source };
        if fresh.exists() {
            std::fs::remove_file(&fresh).map_err(io)?;
        }
        let copied = Database::create(&fresh)
            .map_err(DataError::from)
            .and_then(|out| copy_live_data(&self.db.begin_read()?, &out, &self.seal, to.as_ref(), &keys));
        if let Err(e) = copied {
            // Nothing was swapped: the open file is as it was. Leave no partial copy behind.
            std::fs::remove_file(&fresh).ok();
            return Err(e);
        }
        // Close the file before replacing it (Windows refuses to rename over an open file):
        // an empty in-memory database stands in until the file is reopened, and `broken`
        // makes every call fail meanwhile, so nothing can be written into it.
        let placeholder = Database::builder().create_with_backend(redb::backends::InMemoryBackend::new())?;
        self.broken = Some(crate::t!("store-being-rewritten"));
        drop(std::mem::replace(&mut self.db, placeholder));
        let swapped = std::fs::rename(&fresh, &path).map_err(io);
        if swapped.is_ok() {
            sync_folder_of(&path);
            if let Some(to) = to {
                self.seal = to;
            }
        }
        // Whichever file is at `path` now is whole: the old one if the rename failed, the
        // fresh one if it succeeded (and `seal` is the one its values are kept with). Reopen
        // it, whatever happened.
        let reopened = super::open::open_database(&path, OpenMode::ExistingOnly);
        self.generation.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        match reopened {
            Ok(db) => {
                self.db = db;
                self.broken = None;
                swapped
            }
            Err(e) => {
                self.broken = Some(crate::t!(
                    "store-not-reopened",
                    path = path.display().to_string(),
                    error = e.to_string()
                ));
                Err(e)
            }
        }
    }
}

/// What a rewrite does with the wrapped data keys.
pub(super) enum Keys {
    /// Copies them as they are.
    Keep,
    /// Writes these instead (a passphrase added).
    Replace(Vec<(&'static str, Vec<u8>)>),
    /// Leaves them out (the passphrase removed).
    Drop,
}

/// Where the rewrite is made before it replaces the file.
/// Makes a rename into `path`'s folder durable (best effort: not every platform opens
/// folders).
pub(super) fn sync_folder_of(path: &Path) {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(handle) = std::fs::File::open(dir)
    {
        handle.sync_all().ok();
    }
}

/// Where a rewrite (or a whole new file, [`RedbStore::create_whole`]) is built before it is
/// renamed over `path`.
pub(super) fn fresh_copy_path(path: &Path) -> std::path::PathBuf {
    path.with_extension("redb.compact-tmp")
}

/// Removes the copy an interrupted rewrite left beside `path` (a whole co-op, never to be
/// left lying about; the file itself is whole, and is rewritten again if it owes it), and the
/// copy a rewrite of that copy may have left (a restore erasing someone again).
pub(super) fn remove_stray_copy(path: &Path) -> Result<(), DataError> {
    let fresh = fresh_copy_path(path);
    remove_if_there(&fresh_copy_path(&fresh))?;
    remove_if_there(&fresh)
}

fn remove_if_there(fresh: &Path) -> Result<(), DataError> {
    let fresh = fresh.to_path_buf();
    if std::fs::symlink_metadata(&fresh).is_err() {
        // Nothing to remove (and a read-only folder refuses even a removal of nothing).
        return Ok(());
    }
    match std::fs::remove_file(&fresh) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(DataError::Io { path: fresh, source }),
    }
}

/// Copies every live value of the snapshot `read` into `out`, opened with `from` and sealed with `to`
/// (as they are when `to` is `None`), and the wrapped keys as `keys` says.
pub(super) fn copy_live_data(
    read: &redb::ReadTransaction,
    out: &Database,
    from: &Seal,
    to: Option<&Seal>,
    keys: &Keys,
) -> Result<(), DataError> {
    let write = out.begin_write()?;
    {
        let from_meta = read.open_table(META)?;
        let mut to_meta = write.open_table(META)?;
        for entry in from_meta.iter()? {
            let (k, v) = entry?;
            // The rewritten file owes no scrub: it holds only live data.
            if k.value() != META_SCRUB_OWED {
                to_meta.insert(k.value(), v.value())?;
            }
        }
        // The audit trail is copied as it is: an erased person's entries hold only their
        // reference, and the chain stays whole.
        for name in super::value_tables() {
            let definition: TableDefinition<u64, &[u8]> = TableDefinition::new(name);
            let from_table = read.open_table(definition)?;
            let mut to_table = write.open_table(definition)?;
            for entry in from_table.iter()? {
                let (k, v) = entry?;
                match to {
                    None => to_table.insert(k.value(), v.value())?,
                    Some(to) => {
                        let plain = from.open(name, k.value(), v.value())?.into_owned();
                        to_table.insert(k.value(), to.seal(name, k.value(), plain).as_slice())?
                    }
                };
            }
        }
        for index in Index::ALL {
            let from_index = read.open_multimap_table(index_table(index))?;
            let mut to_index = write.open_multimap_table(index_table(index))?;
            for entry in from_index.iter()? {
                let (k, ids) = entry?;
                for id in ids {
                    to_index.insert(k.value(), id?.value())?;
                }
            }
        }
        match keys {
            Keys::Keep => match read.open_table(KEYS) {
                Ok(from_keys) => {
                    let mut to_keys = write.open_table(KEYS)?;
                    for entry in from_keys.iter()? {
                        let (k, v) = entry?;
                        to_keys.insert(k.value(), v.value())?;
                    }
                }
                // A file without a passphrase has no keys to keep.
                Err(redb::TableError::TableDoesNotExist(_)) => {}
                Err(e) => return Err(e.into()),
            },
            Keys::Replace(wrapped) => {
                let mut to_keys = write.open_table(KEYS)?;
                for (name, bytes) in wrapped {
                    to_keys.insert(*name, bytes.as_slice())?;
                }
            }
            Keys::Drop => {}
        }
    }
    write.commit()?;
    Ok(())
}
