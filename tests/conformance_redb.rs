//! The data interface's conformance suite, run against the embedded redb backend.

mod conformance;

use carecoop::data::OpenMode;
use carecoop::store::RedbStore;

/// A fresh, empty data file in its own folder (the folder goes when the test ends).
/// The embedded backend needs nothing outside the test, so it is never skipped.
fn fresh() -> Option<(tempfile::TempDir, RedbStore)> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let store =
        RedbStore::open(&dir.path().join("coop.redb"), OpenMode::CreateIfMissing).expect("a new file opens");
    Some((dir, store))
}

conformance_suite!(fresh);
