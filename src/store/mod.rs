//! The store: one redb file holding the whole co-op. The only code that knows tables.
//!
//! Views and commands use the narrow API below — domain types in, domain types out; no redb
//! type leaves this module — so a second backend (PostgreSQL, later) can implement the same
//! methods. Every value is a version tag plus postcard payload ([`codec`]); secondary indexes
//! are multimap tables updated in the same write transaction as their records ([`write`]).
//! [`Store::write`] runs one closure in one transaction: one user action, one commit.

mod booking;
pub mod check;
pub mod codec;
mod erase;
mod error;
mod open;
mod query;
pub mod records;
mod write;

pub use booking::book_suggestion;
pub use check::CheckReport;
pub use erase::ErasureReport;
pub use error::StoreError;
pub use open::OpenMode;
pub use records::{Index, Kind, Record};
pub use write::Writer;

use redb::{Database, MultimapTableDefinition, ReadableDatabase, ReadableTable, TableDefinition};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The schema version this build writes. A file with a higher one is refused, clearly.
pub const SCHEMA_VERSION: u64 = 1;

/// The metadata table: schema version, id counters, set-up flag.
const META: TableDefinition<&str, u64> = TableDefinition::new("carecoop_meta");
const META_SCHEMA: &str = "schema_version";
const META_SET_UP: &str = "set_up";
const META_DEMO: &str = "demo";

fn table(kind: Kind) -> TableDefinition<'static, u64, &'static [u8]> {
    TableDefinition::new(kind.table_name())
}

fn index_table(index: Index) -> MultimapTableDefinition<'static, u64, u64> {
    MultimapTableDefinition::new(index.table_name())
}

/// An open carecoop data file.
pub struct Store {
    db: Database,
    path: PathBuf,
    /// Bumped after every committed write, so views can cache reads until data changes.
    generation: AtomicU64,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish_non_exhaustive()
    }
}

impl Store {
    /// Opens `path`, creating an empty co-op there when `mode` allows and the file is missing.
    ///
    /// Refuses, leaving the file byte-for-byte untouched: a file held by another carecoop
    /// process, a file that is not a carecoop database, a file from a newer carecoop.
    pub fn open(path: &Path, mode: OpenMode) -> Result<Store, StoreError> {
        let db = open::open_database(path, mode)?;
        let store = Store { db, path: path.to_path_buf(), generation: AtomicU64::new(0) };
        store.init_tables()?;
        Ok(store)
    }

    /// The file this store reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A number that changes after every committed write (for caching reads).
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Relaxed)
    }

    /// Runs `action` in one write transaction and commits it; on any error nothing changes.
    pub fn write<T>(
        &self,
        action: impl FnOnce(&mut Writer<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let txn = self.db.begin_write()?;
        let result = {
            let mut writer = Writer::new(&txn);
            action(&mut writer)
        };
        match result {
            Ok(value) => {
                txn.commit()?;
                self.generation.fetch_add(1, Ordering::Relaxed);
                Ok(value)
            }
            Err(e) => {
                txn.abort()?;
                Err(e)
            }
        }
    }

    /// True once the user has chosen how to start (empty co-op or demo) for this file.
    pub fn is_set_up(&self) -> Result<bool, StoreError> {
        let txn = self.db.begin_read()?;
        let meta = txn.open_table(META)?;
        Ok(meta.get(META_SET_UP)?.is_some_and(|v| v.value() == 1))
    }

    /// True when the file holds the demo co-op (written by `carecoop demo` or the welcome
    /// screen), so the window can say so.
    pub fn is_demo(&self) -> Result<bool, StoreError> {
        let txn = self.db.begin_read()?;
        let meta = txn.open_table(META)?;
        Ok(meta.get(META_DEMO)?.is_some_and(|v| v.value() == 1))
    }

    /// Creates every table and index (so reads never meet a missing table) and stamps the
    /// schema version on a new file.
    fn init_tables(&self) -> Result<(), StoreError> {
        let txn = self.db.begin_write()?;
        {
            let mut meta = txn.open_table(META)?;
            if meta.get(META_SCHEMA)?.is_none() {
                meta.insert(META_SCHEMA, SCHEMA_VERSION)?;
            }
            for kind in Kind::ALL {
                txn.open_table(table(kind))?;
            }
            for index in Index::ALL {
                txn.open_multimap_table(index_table(index))?;
            }
        }
        txn.commit()?;
        Ok(())
    }
}
