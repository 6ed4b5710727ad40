//! Opening a file safely: never touch a file that is not ours or is held by another process.

use super::{META, META_SCHEMA, SCHEMA_VERSION};
use crate::data::{DataError, OpenMode};
use redb::{Database, DatabaseError, ReadOnlyDatabase, ReadableDatabase, TableError};
use std::io::Read;
use std::path::Path;

/// redb's file signature: the first bytes of every redb database.
const REDB_MAGIC: [u8; 9] = [b'r', b'e', b'd', b'b', 0x1A, 0x0A, 0xA9, 0x0D, 0x0A];

fn map_open_error(path: &Path, e: DatabaseError) -> DataError {
    match e {
        DatabaseError::DatabaseAlreadyOpen | DatabaseError::LockProtocolMismatch => {
            DataError::AlreadyOpen { path: path.to_path_buf() }
        }
        DatabaseError::UpgradeRequired(v) => DataError::NotCarecoop {
            path: path.to_path_buf(),
            reason: crate::t!("store-old-format", format = v.to_string()),
        },
        DatabaseError::Storage(redb::StorageError::Io(e))
            if matches!(
                e.kind(),
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
            ) =>
        {
            DataError::ReadOnly { path: path.to_path_buf() }
        }
        DatabaseError::Storage(redb::StorageError::Io(source)) => {
            DataError::Io { path: path.to_path_buf(), source }
        }
        other => DataError::NotCarecoop { path: path.to_path_buf(), reason: other.to_string() },
    }
}

/// Opens (or creates) the redb database at `path` after checking it is a carecoop file.
pub(crate) fn open_database(path: &Path, mode: OpenMode) -> Result<Database, DataError> {
    open_and_unlock(path, mode, None).map(|(db, _)| db)
}

/// The data key of a protected file, zeroed when dropped.
pub(crate) type DataKey = zeroize::Zeroizing<[u8; 32]>;

/// [`open_database`], and when `unlock` is given, the data key of a file protected with a
/// passphrase, unlocked with the secret it holds. A protected file without the secret, or with
/// a wrong one, is refused before anything is opened for writing, so it is left byte for
/// byte as it was.
pub(crate) fn open_and_unlock(
    path: &Path,
    mode: OpenMode,
    unlock: Option<Option<&str>>,
) -> Result<(Database, Option<DataKey>), DataError> {
    if !path.exists() {
        if mode == OpenMode::ExistingOnly {
            return Err(DataError::Missing { path: path.to_path_buf() });
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|e| DataError::Io { path: parent.to_path_buf(), source: e })?;
        }
        return Database::create(path).map(|db| (db, None)).map_err(|e| map_open_error(path, e));
    }
    check_signature(path)?;
    // Look before opening for writing: a read-only open neither repairs nor upgrades, so a
    // foreign redb file or a newer carecoop file is left exactly as it was.
    match ReadOnlyDatabase::open(path) {
        Ok(db) => {
            check_schema(path, &db)?;
            let key = unlock.map(|secret| super::protect::unlock(&db, path, secret)).transpose()?.flatten();
            drop(db);
            Database::open(path).map(|db| (db, key)).map_err(|e| map_open_error(path, e))
        }
        // Not closed cleanly (carecoop was killed, or the computer lost power): only a
        // writable open can repair it. redb's repair restores the last committed state.
        Err(DatabaseError::RepairAborted) => {
            let db = Database::open(path).map_err(|e| map_open_error(path, e))?;
            check_schema(path, &db)?;
            let key = unlock.map(|secret| super::protect::unlock(&db, path, secret)).transpose()?.flatten();
            Ok((db, key))
        }
        Err(e) => Err(map_open_error(path, e)),
    }
}

fn check_signature(path: &Path) -> Result<(), DataError> {
    let not_ours = |reason: &str| DataError::NotCarecoop { path: path.to_path_buf(), reason: reason.into() };
    if path.is_dir() {
        return Err(not_ours(&crate::t!("store-is-folder")));
    }
    let mut file =
        std::fs::File::open(path).map_err(|e| DataError::Io { path: path.to_path_buf(), source: e })?;
    let mut head = [0u8; REDB_MAGIC.len()];
    let mut read = 0;
    while read < head.len() {
        match file.read(&mut head[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => {
                return Err(DataError::Io { path: path.to_path_buf(), source: e });
            }
        }
    }
    if read == 0 {
        return Err(not_ours(&crate::t!("store-file-empty")));
    }
    if read < head.len() || head != REDB_MAGIC {
        return Err(not_ours(&crate::t!("store-no-signature")));
    }
    Ok(())
}

fn check_schema(path: &Path, db: &impl ReadableDatabase) -> Result<(), DataError> {
    let txn = db.begin_read()?;
    let meta = match txn.open_table(META) {
        Ok(t) => t,
        Err(TableError::Storage(e)) => return Err(e.into()),
        Err(_) => {
            return Err(DataError::NotCarecoop {
                path: path.to_path_buf(),
                reason: crate::t!("store-other-program"),
            });
        }
    };
    let found = meta.get(META_SCHEMA)?.map(|v| v.value()).ok_or_else(|| DataError::NotCarecoop {
        path: path.to_path_buf(),
        reason: crate::t!("store-no-schema-version"),
    })?;
    if found > SCHEMA_VERSION {
        return Err(DataError::NewerSchema {
            location: path.display().to_string(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}
