//! The PostgreSQL server the team-mode tests use, and a fresh database per test.

use std::sync::atomic::{AtomicU32, Ordering};

/// The server to test against, or `None` (with a note) when there is none.
pub fn server() -> Option<String> {
    match std::env::var("CARECOOP_TEST_PG") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but CARECOOP_TEST_PG is not set: the PostgreSQL tests must run in CI"
            );
            // Straight to the terminal (the test harness captures eprintln!), once per run.
            static SAID: std::sync::Once = std::sync::Once::new();
            SAID.call_once(|| {
                use std::io::Write;
                let note =
                    "PostgreSQL tests skipped: set CARECOOP_TEST_PG=postgres://USER@HOST:PORT/DB to run them";
                writeln!(std::io::stderr(), "{note}").ok();
            });
            None
        }
    }
}

/// A database made for one test, dropped when the test ends.
pub struct FreshDatabase {
    admin: String,
    name: String,
    /// Its URL.
    pub url: String,
}

impl FreshDatabase {
    /// A new, empty database on the test server (`None` when there is no server to test).
    pub fn new() -> Option<FreshDatabase> {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let admin = server()?;
        let name = format!("carecoop_test_{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let mut client = postgres::Client::connect(&admin, postgres::NoTls)
            .expect("the test server accepts the admin URL");
        client.batch_execute(&format!("CREATE DATABASE {name}")).expect("a test database can be created");
        let url = with_database(&admin, &name);
        Some(FreshDatabase { admin, name, url })
    }
}

impl Drop for FreshDatabase {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            c.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name)).ok();
        }
    }
}

/// `url` with its database replaced by `name`.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let server = base.rsplit_once('/').map_or(base, |(s, _)| s);
    match query {
        Some(q) => format!("{server}/{name}?{q}"),
        None => format!("{server}/{name}"),
    }
}

/// `url` signed in as `user` instead.
pub fn as_user(url: &str, user: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("a URL");
    let host = rest.split_once('@').map_or(rest, |(_, h)| h);
    format!("{scheme}://{user}@{host}")
}
