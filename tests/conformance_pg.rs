//! The data interface's conformance suite, run against the PostgreSQL backend (team mode).
//!
//! Needs a server: `CARECOOP_TEST_PG=postgres://USER@HOST:PORT/DB` naming a database whose
//! user may create databases (`.ci/run` starts a throwaway one). Each case gets a fresh
//! database, dropped afterwards. Without the variable the cases say they were skipped, except
//! under `CI=true`, where a missing server is a failure.

mod common;
mod conformance;

use carecoop::data::OpenMode;
use carecoop::pg::PgStore;
use common::pg::FreshDatabase;

fn fresh() -> Option<(FreshDatabase, PgStore)> {
    let db = FreshDatabase::new()?;
    let store = PgStore::open(&db.url, OpenMode::CreateIfMissing).expect("the new database opens");
    Some((db, store))
}

conformance_suite!(fresh);
