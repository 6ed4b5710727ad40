//! Team mode against a real PostgreSQL server: setting it up, the roles' rights enforced by
//! the server, and copying a co-op from a file to a server and back. Skipped (saying so)
//! without `CARECOOP_TEST_PG`; required under `CI=true`.

mod common;

use carecoop::actions::{Action, apply};
use carecoop::data::{DataError, DataStore, OpenMode, Reads};
use carecoop::domain::{Person, Referral, ReferralSource};
use carecoop::pg::PgStore;
use common::pg::FreshDatabase;
use common::{carecoop, demo, text};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// `url` signed in as `user` instead.
fn as_user(url: &str, user: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let host = rest.split_once('@').map_or(rest, |(_, h)| h);
    format!("{scheme}://{user}@{host}")
}

#[test]
fn a_co_op_moves_to_the_server_and_back_unchanged() {
    let Some(db) = FreshDatabase::new() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let setup = carecoop(&["server", "setup", "--data", &db.url]);
    assert!(setup.status.success(), "{}", text(&setup.stderr));
    let up = carecoop(&["copy", "--from", &file, "--to", &db.url]);
    assert!(up.status.success(), "{}", text(&up.stderr));
    assert!(text(&up.stdout).contains("the counts match"), "{}", text(&up.stdout));
    let check = carecoop(&["check", "--data", &db.url]);
    assert!(check.status.success(), "{}{}", text(&check.stdout), text(&check.stderr));
    // Copying again into a database that holds a co-op is refused.
    let again = carecoop(&["copy", "--from", &file, "--to", &db.url]);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("already holds a co-op"), "{}", text(&again.stderr));
    let back = dir.path().join("back.redb").display().to_string();
    let down = carecoop(&["copy", "--from", &db.url, "--to", &back]);
    assert!(down.status.success(), "{}", text(&down.stderr));
    for kind in ["members", "activities", "people", "referrals", "sessions", "assessments", "funds"] {
        let a = carecoop(&["export", kind, "--data", &file, "--format", "csv"]);
        let b = carecoop(&["export", kind, "--data", &db.url, "--format", "csv"]);
        let c = carecoop(&["export", kind, "--data", &back, "--format", "csv"]);
        assert_eq!(text(&b.stdout), text(&a.stdout), "{kind} on the server");
        assert_eq!(text(&c.stdout), text(&a.stdout), "{kind} back in a file");
    }
    let person = carecoop(&["export", "person", "P0001", "--data", &db.url]);
    assert_eq!(text(&person.stdout), text(&carecoop(&["export", "person", "P0001", "--data", &file]).stdout));
}

#[test]
fn each_role_may_do_what_the_server_grants_it() {
    let Some(db) = FreshDatabase::new() else { return };
    let setup = carecoop(&["server", "setup", "--data", &db.url]);
    assert!(setup.status.success(), "{}", text(&setup.stderr));
    let suffix = std::process::id();
    let (viewer, worker) = (format!("viewer_{suffix}"), format!("worker_{suffix}"));
    for (name, role) in [(&viewer, "viewer"), (&worker, "link_worker")] {
        // No password in the environment and no terminal: a login for peer or certificate
        // authentication, and the command says so.
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_carecoop"))
            .args(["server", "add-user", name, "--role", role, "--data", &db.url])
            .env_remove("CARECOOP_NEW_PASSWORD")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(text(&out.stdout).contains("without a password"), "{}", text(&out.stdout));
    }
    let mut coordinator = PgStore::open(&db.url, OpenMode::ExistingOnly).unwrap();
    apply(
        &mut coordinator,
        Action::Intake(
            Box::new(Person::new("P0001", "Agnes Dewar")),
            Box::new(Referral::new(carecoop::domain::PersonId::NEW, today(), ReferralSource::Gp)),
        ),
        today(),
    )
    .unwrap();

    let mut reader = PgStore::open(&as_user(&db.url, &viewer), OpenMode::ExistingOnly).unwrap();
    assert_eq!(reader.person_summaries().unwrap().len(), 1, "a viewer reads");
    let refused = apply(
        &mut reader,
        Action::Intake(
            Box::new(Person::new("P0002", "Bill McIntyre")),
            Box::new(Referral::new(carecoop::domain::PersonId::NEW, today(), ReferralSource::Gp)),
        ),
        today(),
    );
    assert!(matches!(refused, Err(DataError::NotAllowed { .. })), "{refused:?}");
    assert!(refused.unwrap_err().to_string().contains(&viewer));

    let mut link_worker = PgStore::open(&as_user(&db.url, &worker), OpenMode::ExistingOnly).unwrap();
    apply(
        &mut link_worker,
        Action::Intake(
            Box::new(Person::new("P0002", "Bill McIntyre")),
            Box::new(Referral::new(carecoop::domain::PersonId::NEW, today(), ReferralSource::Gp)),
        ),
        today(),
    )
    .unwrap();
    let settings = apply(&mut link_worker, Action::SaveSettings(Box::default()), today());
    assert!(
        matches!(settings, Err(DataError::NotAllowed { .. })),
        "a link worker may not change settings: {settings:?}"
    );
    assert_eq!(
        coordinator.person_summaries().unwrap().len(),
        2,
        "the coordinator sees the link worker's intake"
    );
    // Who changed a record is kept beside it.
    let mut admin = postgres::Client::connect(&db.url, postgres::NoTls).unwrap();
    let by: String =
        admin.query_one("SELECT changed_by FROM people WHERE reference = 'P0002'", &[]).unwrap().get(0);
    assert_eq!(by, worker);
    assert!(coordinator.check().unwrap().is_consistent());
}

#[test]
fn a_database_of_another_program_or_a_newer_carecoop_is_refused_untouched() {
    let Some(db) = FreshDatabase::new() else { return };
    let mut admin = postgres::Client::connect(&db.url, postgres::NoTls).unwrap();
    admin.batch_execute("CREATE TABLE invoices (id int)").unwrap();
    let err = PgStore::open(&db.url, OpenMode::CreateIfMissing).unwrap_err();
    assert!(err.to_string().contains("is not a carecoop database"), "{err}");
    let tables: i64 =
        admin.query_one("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", &[]).unwrap().get(0);
    assert_eq!(tables, 1, "nothing was created beside the other program's table");
    admin.batch_execute("DROP TABLE invoices").unwrap();
    drop(PgStore::open(&db.url, OpenMode::CreateIfMissing).unwrap());
    admin.batch_execute("UPDATE carecoop_meta SET value = 99 WHERE key = 'schema_version'").unwrap();
    let err = PgStore::open(&db.url, OpenMode::ExistingOnly).unwrap_err();
    assert!(err.to_string().contains("newer version of carecoop"), "{err}");
    let unreachable = carecoop(&["check", "--data", "postgres://nobody@127.0.0.1:1/x"]);
    assert_eq!(unreachable.status.code(), Some(1));
    assert!(
        text(&unreachable.stderr).contains("cannot reach the co-op's server at 127.0.0.1:1"),
        "{}",
        text(&unreachable.stderr)
    );
}
