//! Opening a dataset: picks the backend for a `--data` location. A `postgres://` URL opens
//! the co-op's server ([`crate::pg::PgStore`], team mode); anything else is a file, opened by
//! the embedded redb backend ([`crate::store::RedbStore`]).

use crate::data::{DataError, DataStore, OpenMode, Secret};
use std::path::Path;

/// Opens the dataset at `location` with the backend that serves it.
pub fn open(location: &Path, mode: OpenMode) -> Result<Box<dyn DataStore>, DataError> {
    open_with(location, mode, None)
}

/// [`open`], unlocking a file protected with a passphrase with `secret` (its passphrase or
/// recovery key): without it such a file is [`DataError::Locked`].
pub fn open_with(
    location: &Path,
    mode: OpenMode,
    secret: Option<&Secret>,
) -> Result<Box<dyn DataStore>, DataError> {
    match location.to_str() {
        Some(url) if crate::pg::connect::is_server_url(url) => {
            Ok(Box::new(crate::pg::PgStore::open(url, mode)?))
        }
        _ => Ok(Box::new(crate::store::RedbStore::open_with(location, mode, secret.map(Secret::expose))?)),
    }
}

/// Builds a new co-op file at `path` all or nothing ([`crate::store::RedbStore::create_whole`]):
/// `build` fills a fresh file beside it, which replaces `path` in one rename once whole.
pub fn create_file_whole<T>(
    path: &Path,
    build: impl FnOnce(&mut dyn DataStore) -> Result<T, DataError>,
) -> Result<T, DataError> {
    crate::store::RedbStore::create_whole(path, |store| build(store))
}

/// Replaces the file `path` all or nothing with the co-op in the file `seed` (opened with
/// `secret` if protected, upgraded if older), changed by `build` first
/// ([`crate::store::RedbStore::replace_whole`]): restoring a backup.
pub fn replace_file_whole<T>(
    path: &Path,
    seed: &Path,
    secret: Option<&Secret>,
    build: impl FnOnce(&mut dyn DataStore) -> Result<T, DataError>,
) -> Result<T, DataError> {
    crate::store::RedbStore::replace_whole(path, Some(seed), secret.map(Secret::expose), |store| build(store))
}

/// True when `location` names a server rather than a file.
pub fn is_server(location: &Path) -> bool {
    location.to_str().is_some_and(crate::pg::connect::is_server_url)
}

/// A location as people should read it: a file's path, or a server URL without its password.
pub fn describe(location: &Path) -> String {
    match location.to_str() {
        Some(url) if is_server(location) => crate::pg::connect::redact(url),
        _ => location.display().to_string(),
    }
}
