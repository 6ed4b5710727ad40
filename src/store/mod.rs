//! The embedded backend: one redb file holding the whole co-op, implementing the data
//! interface ([`crate::data`]). Everything redb-specific stays in this module: tables, the
//! codec ([`codec`]), secondary indexes, person summaries and referral glances
//! ([`records`], kept by [`write`] in the same transaction as their records), the file lock,
//! repair and upgrade on open ([`open`]), `check`, and compaction.

mod audit;
mod backup;
mod check;
pub(crate) mod codec;
mod erase;
mod erased;
mod error;
mod open;
mod protect;
mod query;
pub(crate) mod records;
pub(crate) mod seal;
mod upgrade;
mod write;

use crate::data::{Action, CheckReport, DataError, DataStore, OpenMode};
use records::{Index, Kind};
use redb::{Database, MultimapTableDefinition, ReadableDatabase, TableDefinition};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use write::Writer;

/// The schema version this build writes. A file with a higher one is refused, clearly.
///
/// 1: records and indexes. 2: adds `person_summaries` and `referral_glances` (a schema-1 file
/// is upgraded the first time it is opened, in one transaction). 3: adds the audit trail
/// (`audit_trail`), so a build that does not know it refuses the file rather than dropping
/// the trail when it rewrites the file. 4: adds the list of people erased (`carecoop_erased`),
/// for the same reason. 5: adds the co-op's register of members, share ledger and meetings
/// (`register`, `share_ledger`, `meetings`), and moves each worker's "member since" and
/// "share paid" from their member record into the register (`upgrade`).
pub const SCHEMA_VERSION: u64 = 5;

/// The metadata table: schema version, id counters, set-up flag.
const META: TableDefinition<&str, u64> = TableDefinition::new("carecoop_meta");
const META_SCHEMA: &str = "schema_version";
const META_SET_UP: &str = "set_up";
const META_DEMO: &str = "demo";
/// Set in the same transaction as an erasure; the rewritten file never has it. A file opened
/// with it set is rewritten before anything else (the erasure was cut short).
const META_SCRUB_OWED: &str = "scrub_owed";

/// Every referral at a glance, keyed by [`records::glance_key`] (status, then id): a covering
/// index, so the waiting list is one range read with no record lookups. Kept in the same
/// transaction as the referrals.
const REFERRAL_GLANCES: TableDefinition<u64, &[u8]> = TableDefinition::new(REFERRAL_GLANCES_NAME);
const REFERRAL_GLANCES_NAME: &str = "referral_glances";

fn table(kind: Kind) -> TableDefinition<'static, u64, &'static [u8]> {
    TableDefinition::new(kind.table_name())
}

/// Every table of `u64 key -> stored value`: the records, the derived tables, the audit trail
/// and the erased list. Opening creates them; a rewrite copies them.
fn value_tables() -> impl Iterator<Item = &'static str> {
    Kind::ALL.map(Kind::table_name).into_iter().chain([
        REFERRAL_GLANCES_NAME,
        audit::AUDIT_NAME,
        erased::ERASED_NAME,
    ])
}

fn index_table(index: Index) -> MultimapTableDefinition<'static, u64, u64> {
    MultimapTableDefinition::new(index.table_name())
}

/// An open carecoop data file.
pub struct RedbStore {
    db: Database,
    path: PathBuf,
    /// Bumped after every committed write, so views can cache reads until data changes.
    generation: AtomicU64,
    /// Why the store cannot be used (the file could not be reopened after a rewrite): every
    /// call fails with this instead of reaching the stand-in database.
    broken: Option<String>,
    /// Not a file of its own ([`RedbStore::in_memory`], [`RedbStore::on_backend`]): there is
    /// no file to rewrite, so scrubbing and protecting are refused or not needed.
    memory: bool,
    /// Kept on a caller's storage backend ([`RedbStore::on_backend`]) rather than in memory.
    backend: bool,
    /// How values are kept: sealed under the data key in a file protected with a passphrase.
    seal: seal::Seal,
    /// The data key of a protected file (to wrap it under a new passphrase), zeroed on drop.
    data_key: Option<zeroize::Zeroizing<[u8; 32]>>,
}

impl std::fmt::Debug for RedbStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedbStore").field("path", &self.path).finish_non_exhaustive()
    }
}

impl RedbStore {
    /// Opens `path`, creating an empty co-op there when `mode` allows and the file is missing.
    ///
    /// Refuses, leaving the file byte-for-byte untouched: a file held by another carecoop
    /// process, a file that is not a carecoop database, a file from a newer carecoop.
    ///
    /// First of all it finishes an erasure that was cut short (a crash, a kill, a power cut):
    /// a leftover copy from an interrupted rewrite is removed, and a file whose erasure was
    /// committed but not yet rewritten is rewritten now, so no erased person's bytes stay in
    /// the folder.
    pub fn open(path: &Path, mode: OpenMode) -> Result<RedbStore, DataError> {
        RedbStore::open_with(path, mode, None)
    }

    /// [`RedbStore::open`], unlocking a file protected with a passphrase with `secret` (its
    /// passphrase or its recovery key; ignored for a file without one). A protected file
    /// without it is [`DataError::Locked`]; with a wrong one, [`DataError::WrongPassphrase`];
    /// either way nothing is changed.
    pub fn open_with(path: &Path, mode: OpenMode, secret: Option<&str>) -> Result<RedbStore, DataError> {
        erase::remove_stray_copy(path)?;
        let (db, data_key) = open::open_and_unlock(path, mode, Some(secret))?;
        let mut store = RedbStore {
            seal: data_key.as_ref().map_or(seal::Seal::Plain, |k| seal::Seal::with_key(k)),
            data_key,
            db,
            path: path.to_path_buf(),
            generation: AtomicU64::new(0),
            broken: None,
            memory: false,
            backend: false,
        };
        store.init_tables()?;
        if store.scrub_owed()? {
            store.compact_into_fresh_file()?;
        }
        Ok(store)
    }

    /// True when an erasure was committed and the file not yet rewritten after it.
    fn scrub_owed(&self) -> Result<bool, DataError> {
        let txn = self.reader()?;
        let meta = txn.open_table(META)?;
        Ok(meta.get(META_SCRUB_OWED)?.is_some_and(|v| v.value() == 1))
    }

    /// An empty co-op held in memory only, never written to disk: a team window's copy of
    /// the co-op on the server (see `crate::team`). `label` is what [`DataStore::location`]
    /// says. Scrubbing it does nothing: none of it is ever on disk.
    pub fn in_memory(label: &str) -> Result<RedbStore, DataError> {
        RedbStore::not_a_file(redb::backends::InMemoryBackend::new(), label, false)
    }

    /// A store on `backend` that is not a file of its own (`on_backend`: a caller's backend).
    fn not_a_file(
        backend: impl redb::StorageBackend,
        label: &str,
        on_backend: bool,
    ) -> Result<RedbStore, DataError> {
        let db = Database::builder().create_with_backend(backend)?;
        let store = RedbStore {
            db,
            path: PathBuf::from(label),
            generation: AtomicU64::new(0),
            broken: None,
            memory: true,
            backend: on_backend,
            seal: seal::Seal::Plain,
            data_key: None,
        };
        store.init_tables()?;
        Ok(store)
    }

    /// A co-op kept on any redb storage `backend` (created empty when the backend is), named
    /// `label`: the seam that lets tests stand a simulated disk under the store (one that
    /// loses power after the N-th sync, fills up, or vanishes) and reopen what it kept. Like
    /// [`RedbStore::in_memory`] it has no file to rewrite, so an erasure's scrub is refused
    /// with [`DataError::Conflict`] rather than claimed.
    pub fn on_backend(backend: impl redb::StorageBackend, label: &str) -> Result<RedbStore, DataError> {
        let store = RedbStore::not_a_file(backend, label, true)?;
        if store.scrub_owed()? {
            return Err(DataError::Conflict(crate::t!("store-backend-scrub-owed", label = label)));
        }
        Ok(store)
    }

    /// Builds a new co-op at `path` all or nothing: `build` fills a fresh file beside it
    /// (`FILE.compact-tmp`, the name every open sweeps away), which is compacted, made durable
    /// and then renamed over `path` in one step. Killed or failed part way, `path` is as it
    /// was (missing, or the co-op it held) and the next open of `path` removes the partial
    /// copy. `carecoop generate` and `carecoop copy` write files this way.
    pub fn create_whole<T>(
        path: &Path,
        build: impl FnOnce(&mut RedbStore) -> Result<T, DataError>,
    ) -> Result<T, DataError> {
        RedbStore::replace_whole(path, None, None, build)
    }

    /// [`RedbStore::create_whole`], starting from a copy of the co-op in `seed` (a backup,
    /// opened with `secret` if protected, and upgraded if older) instead of an empty one:
    /// restoring a backup.
    pub fn replace_whole<T>(
        path: &Path,
        seed: Option<&Path>,
        secret: Option<&str>,
        build: impl FnOnce(&mut RedbStore) -> Result<T, DataError>,
    ) -> Result<T, DataError> {
        erase::remove_stray_copy(path)?;
        let fresh = erase::fresh_copy_path(path);
        let built = (|| {
            let mode = match seed {
                Some(from) => {
                    std::fs::copy(from, &fresh)
                        .map_err(|source| DataError::Io { path: from.to_path_buf(), source })?;
                    OpenMode::ExistingOnly
                }
                None => OpenMode::CreateIfMissing,
            };
            let mut store = RedbStore::open_with(&fresh, mode, secret)?;
            let out = build(&mut store)?;
            store.compact()?;
            Ok(out)
        })();
        // The store is closed here; redb made every commit durable.
        let out = match built {
            Ok(out) => out,
            Err(e) => {
                erase::remove_stray_copy(path).ok();
                return Err(e);
            }
        };
        if let Err(source) = std::fs::rename(&fresh, path) {
            erase::remove_stray_copy(path).ok();
            return Err(DataError::Io { path: path.to_path_buf(), source });
        }
        erase::sync_folder_of(path);
        Ok(out)
    }

    /// The database, unless the store is broken.
    fn usable(&self) -> Result<&Database, DataError> {
        match &self.broken {
            None => Ok(&self.db),
            Some(why) => Err(DataError::Conflict(why.clone())),
        }
    }

    /// A read transaction on the database.
    fn reader(&self) -> Result<redb::ReadTransaction, DataError> {
        Ok(self.usable()?.begin_read()?)
    }

    /// The file this store reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Creates every table and index (so reads never meet a missing table), stamps the schema
    /// version on a new file and upgrades an older one, rebuilding the derived tables (person
    /// summaries, referral glances) when they are missing. A file that is already up to date is
    /// only read, so opening it costs no commit.
    fn init_tables(&self) -> Result<(), DataError> {
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
            txn.open_table(audit::AUDIT)?;
            txn.open_table(erased::ERASED)?;
            // A file with data (it has a schema version) gains what it lacks, built from its
            // records; a new file has nothing to derive from.
            if version.is_some() && (version < Some(2) || derived_missing) {
                Writer::new(&txn, &self.seal).rebuild_derived()?;
            }
            // Schema 5: a worker's co-op membership moves from their record into the register.
            if version.is_some() && version < Some(5) {
                Writer::new(&txn, &self.seal).move_shares_into_register()?;
            }
            txn.open_table(META)?.insert(META_SCHEMA, SCHEMA_VERSION)?;
        }
        txn.commit()?;
        Ok(())
    }

    /// The file's schema version and the names of the tables it lacks.
    fn missing_tables(&self) -> Result<(Option<u64>, Vec<&'static str>), DataError> {
        let txn = self.db.begin_read()?;
        let version = match txn.open_table(META) {
            Ok(meta) => meta.get(META_SCHEMA)?.map(|v| v.value()),
            Err(redb::TableError::TableDoesNotExist(_)) => None,
            Err(e) => return Err(e.into()),
        };
        let mut missing = Vec::new();
        for name in value_tables() {
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

impl DataStore for RedbStore {
    fn location(&self) -> String {
        self.path.display().to_string()
    }

    fn generation(&self) -> u64 {
        self.generation.load(Ordering::Relaxed)
    }

    fn transact(&self, action: &mut Action<'_>) -> Result<(), DataError> {
        let txn = self.usable()?.begin_write()?;
        let result = {
            let mut writer = Writer::new(&txn, &self.seal);
            action(&mut writer)
        };
        match result {
            Ok(()) => {
                txn.commit()?;
                self.generation.fetch_add(1, Ordering::Relaxed);
                Ok(())
            }
            Err(e) => {
                // The action's own error is the one to report; dropping an aborted
                // transaction cannot leave anything behind.
                txn.abort().ok();
                Err(e)
            }
        }
    }

    fn scrub(&mut self) -> Result<(), DataError> {
        self.usable()?;
        if self.memory {
            // In memory, nothing was ever on disk. On a storage backend the rewrite cannot
            // happen; say so rather than claim it.
            return match self.backend {
                false => Ok(()),
                true => Err(DataError::Conflict(crate::t!(
                    "store-backend-no-scrub",
                    path = self.path.display().to_string()
                ))),
            };
        }
        self.compact_into_fresh_file()
    }

    fn compact(&mut self) -> Result<(), DataError> {
        self.usable()?;
        self.db.compact()?;
        Ok(())
    }

    fn check(&self) -> Result<CheckReport, DataError> {
        check::check(self.usable()?, &self.seal)
    }

    fn snapshot(&self) -> Result<crate::data::BackupJob, DataError> {
        self.snapshot_job()
    }

    fn is_protected(&self) -> bool {
        RedbStore::is_protected(self)
    }

    fn protect(
        &mut self,
        change: &crate::data::Protection,
    ) -> Result<Option<crate::data::Secret>, DataError> {
        use crate::data::Protection as P;
        match change {
            P::Protect(passphrase) => RedbStore::protect(self, passphrase.expose()).map(Some),
            P::Change(passphrase) => self.change_passphrase(passphrase.expose()).map(|()| None),
            P::Remove => self.unprotect().map(|()| None),
        }
    }
}
