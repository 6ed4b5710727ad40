//! Opening a dataset: picks the backend for a `--data` location. Today every location is a
//! file, opened by the embedded redb backend ([`crate::store::RedbStore`]).

use crate::data::{DataError, DataStore, OpenMode};
use std::path::Path;

/// Opens the dataset at `location` with the backend that serves it.
pub fn open(location: &Path, mode: OpenMode) -> Result<Box<dyn DataStore>, DataError> {
    Ok(Box::new(crate::store::RedbStore::open(location, mode)?))
}
