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
pub use query::PersonHistory;
pub use records::{Index, Kind, Record};
pub use write::Writer;

use redb::{Database, MultimapTableDefinition, ReadableDatabase, TableDefinition};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The schema version this build writes. A file with a higher one is refused, clearly.
///
/// 1: records and indexes. 2: adds `person_summaries` and `referral_glances` (a schema-1 file
/// is upgraded the first time it is opened, in one transaction).
pub const SCHEMA_VERSION: u64 = 2;

/// The metadata table: schema version, id counters, set-up flag.
const META: TableDefinition<&str, u64> = TableDefinition::new("carecoop_meta");
const META_SCHEMA: &str = "schema_version";
const META_SET_UP: &str = "set_up";
const META_DEMO: &str = "demo";

/// Every referral at a glance, keyed by [`records::glance_key`] (status, then id): a covering
/// index, so the waiting list is one range read with no record lookups. Kept in the same
/// transaction as the referrals.
const REFERRAL_GLANCES: TableDefinition<u64, &[u8]> = TableDefinition::new(REFERRAL_GLANCES_NAME);
const REFERRAL_GLANCES_NAME: &str = "referral_glances";

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

    /// Gives the space freed by earlier transactions back to the file system (after a bulk
    /// write such as `generate`, whose many rewrites leave the file larger than its data).
    pub fn compact(&mut self) -> Result<(), StoreError> {
        self.db.compact().map_err(|e| StoreError::Database(e.to_string()))?;
        Ok(())
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

    /// Creates every table and index (so reads never meet a missing table), stamps the schema
    /// version on a new file and upgrades an older one, rebuilding the derived tables (person
    /// summaries, referral glances) when they are missing. A file that is already up to date is
    /// only read, so opening it costs no commit.
    fn init_tables(&self) -> Result<(), StoreError> {
        let (version, missing) = self.missing_tables()?;
        if version == Some(SCHEMA_VERSION) && missing.is_empty() {
            return Ok(());
        }
        let derived_missing = missing
            .iter()
            .any(|name| *name == Kind::PersonSummary.table_name() || *name == REFERRAL_GLANCES_NAME);
        let txn = self.db.begin_write()?;
        {
            for kind in Kind::ALL {
                txn.open_table(table(kind))?;
            }
            for index in Index::ALL {
                txn.open_multimap_table(index_table(index))?;
            }
            txn.open_table(REFERRAL_GLANCES)?;
            // A file with data (it has a schema version) gains what it lacks, built from its
            // records; a new file has nothing to derive from.
            if version.is_some() && (version < Some(2) || derived_missing) {
                Writer::new(&txn).rebuild_derived()?;
            }
            txn.open_table(META)?.insert(META_SCHEMA, SCHEMA_VERSION)?;
        }
        txn.commit()?;
        Ok(())
    }

    /// The file's schema version and the names of the tables it lacks.
    fn missing_tables(&self) -> Result<(Option<u64>, Vec<&'static str>), StoreError> {
        let txn = self.db.begin_read()?;
        let version = match txn.open_table(META) {
            Ok(meta) => meta.get(META_SCHEMA)?.map(|v| v.value()),
            Err(redb::TableError::TableDoesNotExist(_)) => None,
            Err(e) => return Err(e.into()),
        };
        let mut missing = Vec::new();
        let names = Kind::ALL.map(Kind::table_name).into_iter().chain([REFERRAL_GLANCES_NAME]);
        for name in names {
            let definition: TableDefinition<u64, &[u8]> = TableDefinition::new(name);
            match txn.open_table(definition) {
                Ok(_) => {}
                Err(redb::TableError::TableDoesNotExist(_)) => missing.push(name),
                Err(e) => return Err(e.into()),
            }
        }
        for index in Index::ALL {
            match txn.open_multimap_table(index_table(index)) {
                Ok(_) => {}
                Err(redb::TableError::TableDoesNotExist(_)) => missing.push(index.table_name()),
                Err(e) => return Err(e.into()),
            }
        }
        Ok((version, missing))
    }
}
