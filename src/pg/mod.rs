//! Team mode: the co-op's data on a PostgreSQL server, behind the same data interface as the
//! file ([`crate::data`]). Several link workers and the coordinator open the same database;
//! the server's roles decide who may change what ([`admin`]).
//!
//! - [`connect`]: `postgres://` URLs with libpq's conventions, TLS by rustls.
//! - [`schema`]: versioned migrations; tables an analyst can query with plain SQL.
//! - [`rows`]: the queries, and [`write`]: the writes, inside one server transaction.

pub mod admin;
mod audit;
mod bulk;
mod changes;
mod check;
pub mod connect;
mod rows;
pub mod schema;
mod upgrade;
mod write;

use crate::data::{Action, CheckReport, DataError, DataStore, OpenMode, Reads};
pub use changes::Changes;
use connect::Address;
use postgres::IsolationLevel;
use rows::{PgTx, sql_error};
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

/// An open connection to the co-op's server.
pub struct PgStore {
    client: RefCell<postgres::Client>,
    address: Address,
    /// Bumped after every commit made through this connection, and when others' are heard of.
    generation: AtomicU64,
    /// When the server's notifications were last looked for.
    heard_at: RefCell<std::time::Instant>,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore").field("server", &self.address.display).finish_non_exhaustive()
    }
}

impl PgStore {
    /// Connects to the server at `url` and checks the database is carecoop's (creating the
    /// tables in an empty database when `mode` allows, and upgrading an older one). A server
    /// that cannot be reached, a refused login, a database of another program or of a newer
    /// carecoop: one clear error each, and nothing changed.
    pub fn open(url: &str, mode: OpenMode) -> Result<PgStore, DataError> {
        let address = connect::parse(url)?;
        let client = connect::connect(&address)?;
        let store = PgStore {
            client: RefCell::new(client),
            address,
            generation: AtomicU64::new(0),
            heard_at: RefCell::new(std::time::Instant::now()),
        };
        store.prepare(mode)?;
        // Every commit anyone makes notifies the others (see `transact`), so views reload.
        let user = store.address.user.clone();
        store.client()?.batch_execute("LISTEN carecoop_changes").map_err(|e| sql_error(e, &user))?;
        Ok(store)
    }

    /// Who is connected to which server: "user@host:port/database".
    pub fn who(&self) -> &str {
        &self.address.display
    }

    /// True once the connection to the server has been lost (a network failure, the server
    /// stopped); the store cannot be used again, open a new one.
    pub fn is_closed(&self) -> bool {
        self.client.try_borrow().is_ok_and(|c| c.is_closed())
    }

    fn client(&self) -> Result<std::cell::RefMut<'_, postgres::Client>, DataError> {
        self.client.try_borrow_mut().map_err(|_| DataError::conflict(crate::t!("pg-connection-busy")))
    }

    /// Runs `work` in one server transaction and commits it; any error rolls it back.
    fn in_transaction<T>(
        &self,
        read_only: bool,
        work: impl FnOnce(&mut PgTx<'_, '_>) -> Result<T, DataError>,
    ) -> Result<T, DataError> {
        let user = self.address.user.as_str();
        let mut client = self.client()?;
        let mut txn = client
            .build_transaction()
            // One snapshot for the whole action. Two actions writing the same row: the second
            // fails (`DataError::Contention`) and is tried again; a rule checked by reading
            // (no member booked twice at once) claims its records (`Transaction::claim`), so
            // it becomes such a row.
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(read_only)
            .start()
            .map_err(|e| sql_error(e, user))?;
        let result = {
            let mut tx = PgTx::new(&mut txn, user);
            work(&mut tx)
        };
        match result {
            Ok(value) => {
                txn.commit().map_err(|e| sql_error(e, user))?;
                Ok(value)
            }
            // Dropping the transaction rolls it back.
            Err(e) => Err(e),
        }
    }

    fn with_reads<T>(&self, read: impl FnOnce(&dyn Reads) -> Result<T, DataError>) -> Result<T, DataError> {
        self.in_transaction(true, |tx| read(tx))
    }

    /// Checks the schema; creates or upgrades it when allowed.
    fn prepare(&self, mode: OpenMode) -> Result<(), DataError> {
        let location = self.address.display.clone();
        self.in_transaction(false, |tx| {
            // One carecoop at a time creates or upgrades the tables.
            tx.batch("SELECT pg_advisory_xact_lock(727272)")?;
            let has_meta = tx.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'carecoop_meta'", &[])?
                .unwrap_or(0)
                > 0;
            let version = if has_meta {
                tx.scalar("SELECT value FROM carecoop_meta WHERE key = 'schema_version'", &[])?.unwrap_or(0)
            } else {
                let tables = tx.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()", &[])?.unwrap_or(0);
                if mode == OpenMode::ExistingOnly {
                    return Err(DataError::NotCarecoopServer {
                        location: location.clone(),
                        reason: crate::t!("pg-no-carecoop-tables"),
                    });
                }
                if tables > 0 {
                    return Err(DataError::NotCarecoopServer {
                        location: location.clone(),
                        reason: crate::t!("pg-other-tables", count = tables),
                    });
                }
                0
            };
            if version > schema::SCHEMA_VERSION {
                return Err(DataError::NewerSchema {
                    location: location.clone(),
                    found: u64::try_from(version).unwrap_or(0),
                    supported: u64::try_from(schema::SCHEMA_VERSION).unwrap_or(0),
                });
            }
            for (n, migration) in schema::MIGRATIONS.iter().enumerate().skip(usize::try_from(version).unwrap_or(0)) {
                tx.batch(migration)?;
                if n + 1 == 6 {
                    upgrade::move_shares_into_register(tx)?;
                }
                tx.set_meta("schema_version", i64::try_from(n + 1).unwrap_or(i64::MAX))?;
            }
            Ok(())
        })
    }
}

crate::data::reads_through!(PgStore, with_reads);

/// The tables a person's records live in, rewritten by [`DataStore::scrub`].
const SCRUBBED: &[&str] = &[
    "people",
    "referrals",
    "contacts",
    "assessments",
    "sessions",
    "places",
    "person_summaries",
    "carecoop_claims",
];

impl DataStore for PgStore {
    fn location(&self) -> String {
        self.address.display.clone()
    }

    /// Changes after this connection's own commits and, within a second or so, after anyone
    /// else's: their commits' notifications are collected here at most once a second, waiting
    /// at most a millisecond for the network.
    fn generation(&self) -> u64 {
        let due =
            self.heard_at.try_borrow().is_ok_and(|at| at.elapsed() >= std::time::Duration::from_secs(1));
        if due
            && let (Ok(mut client), Ok(mut at)) =
                (self.client.try_borrow_mut(), self.heard_at.try_borrow_mut())
        {
            use postgres::fallible_iterator::FallibleIterator;
            *at = std::time::Instant::now();
            let mut pending = client.notifications();
            let mut heard = pending.iter().count().unwrap_or(0);
            // The non-blocking look only sees what has already been read from the socket;
            // a one-millisecond wait lets the connection read what the server has sent.
            if heard == 0 {
                heard = pending.timeout_iter(std::time::Duration::from_millis(1)).count().unwrap_or(0);
            }
            if heard > 0 {
                self.generation.fetch_add(1, Ordering::Relaxed);
            }
        }
        self.generation.load(Ordering::Relaxed)
    }

    fn transact(&self, action: &mut Action<'_>) -> Result<(), DataError> {
        self.in_transaction(false, |tx| {
            action(tx)?;
            // Number the commit last, under a lock held until it commits, so commits are
            // numbered in the order they become visible (windows catch up by number), and
            // tell every listening window when (and only if) it commits.
            // The audit entries are written under the same lock, so they follow commit order.
            let audited = !tx.audit.borrow().is_empty();
            tx.batch(
                "SELECT pg_advisory_xact_lock(727273); INSERT INTO carecoop_commits DEFAULT VALUES; \
                 NOTIFY carecoop_changes",
            )?;
            tx.write_audit()?;
            Ok(audited)
        })
        .map(|audited| {
            self.generation.fetch_add(1, Ordering::Relaxed);
            // Link the new entries into the chain now. The change is committed whatever
            // happens here: entries a failure leaves unlinked are linked by the next seal,
            // anyone's, and `carecoop audit --verify` seals before it checks.
            if audited {
                self.seal_audit().ok();
            }
        })
    }

    fn scrub(&mut self) -> Result<(), DataError> {
        // VACUUM FULL rewrites the tables, so deleted rows leave no copy in their files (it
        // needs the tables' owner: a coordinator's or administrator's login).
        // A login that does not own a table gets only a warning from VACUUM, and the table is
        // skipped: look first, so a scrub never reports done when it was not.
        let user = self.address.user.clone();
        let mut client = self.client()?;
        let not_owned: i64 = client
            .query_one(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = ANY($1) \
                 AND NOT pg_has_role(current_user, tableowner, 'USAGE')",
                &[&SCRUBBED],
            )
            .map_err(|e| sql_error(e, &user))?
            .get(0);
        if not_owned > 0 {
            return Err(DataError::NotAllowed { user });
        }
        client.batch_execute(&format!("VACUUM FULL {}", SCRUBBED.join(", "))).map_err(|e| sql_error(e, &user))
    }

    fn compact(&mut self) -> Result<(), DataError> {
        let user = self.address.user.clone();
        self.client()?.batch_execute("VACUUM").map_err(|e| sql_error(e, &user))
    }

    fn check(&self) -> Result<CheckReport, DataError> {
        self.in_transaction(true, |tx| tx.check())
    }
}
