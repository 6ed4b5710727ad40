//! Team mode against a real PostgreSQL server: setting it up, the roles' rights enforced by
//! the server, and copying a co-op from a file to a server and back. Skipped (saying so)
//! without `CARECOOP_TEST_PG`; required under `CI=true`.

mod common;
mod conformance;

use carecoop::actions::{Action, apply};
use carecoop::data::{DataError, DataStore, OpenMode, Reads};
use carecoop::domain::{Person, Referral, ReferralSource};
use carecoop::pg::PgStore;
use common::pg::{FreshDatabase, as_user};
use common::{carecoop, demo, text};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
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
    // A link worker may erase a person; rewriting the tables afterwards is the owner's, who
    // runs `server scrub`.
    let bill = coordinator.person_by_ref("P0002").unwrap().unwrap().id;
    let erased = apply(&mut link_worker, Action::ErasePerson(bill), today());
    assert!(matches!(erased, Err(DataError::ErasedNotScrubbed { .. })), "{erased:?}");
    assert!(coordinator.person_by_ref("P0002").unwrap().is_none(), "erased all the same");
    let scrub = carecoop(&["server", "scrub", "--data", &db.url]);
    assert!(scrub.status.success(), "{}", text(&scrub.stderr));
    assert!(text(&scrub.stdout).contains("nothing erased remains"), "{}", text(&scrub.stdout));
    let refused = carecoop(&["server", "scrub", "--data", &as_user(&db.url, &worker)]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused.stderr).contains("owner must run this"), "{}", text(&refused.stderr));
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

/// A server written by the build before the register (schema 5): opening it runs migration 6,
/// which enters each worker who was a co-op member in the register, with their share in the
/// ledger, and rewrites their record without the two old fields, all in one transaction.
#[test]
fn a_server_before_the_register_moves_workers_shares_into_it_when_opened() {
    use carecoop::data::ReadsExt;
    use carecoop::domain::{LedgerEntry, Member, RegisterEntry, RegisterLink};
    let Some(db) = FreshDatabase::new() else { return };
    let mut admin = postgres::Client::connect(&db.url, postgres::NoTls).unwrap();
    for migration in &carecoop::pg::schema::MIGRATIONS[..5] {
        admin.batch_execute(migration).unwrap();
    }
    admin.batch_execute("INSERT INTO carecoop_meta VALUES ('schema_version', 5)").unwrap();
    let mut json = serde_json::to_value(Member::named("Isla MacLeod")).unwrap();
    json["id"] = serde_json::json!(7);
    json["joined"] = serde_json::json!("2021-08-23");
    json["member_since"] = serde_json::json!("2021-09-22");
    json["share_paid"] = serde_json::json!(1000);
    let mut never = serde_json::to_value(Member::named("Fiona Drummond")).unwrap();
    never["id"] = serde_json::json!(8);
    never["member_since"] = serde_json::Value::Null;
    never["share_paid"] = serde_json::json!(0);
    for (id, record) in [(7_i64, &json), (8, &never)] {
        admin
            .execute(
                "INSERT INTO members (id, name, role, hourly_rate_pence, archived, record) VALUES ($1, $2, 'carer', 2500, false, $3)",
                &[&id, &record["name"].as_str().unwrap(), &postgres::types::Json(record)],
            )
            .unwrap();
    }
    admin.batch_execute("SELECT setval('member_ids', 8)").unwrap();
    let store = PgStore::open(&db.url, OpenMode::ExistingOnly).unwrap();
    let entries = store.all::<RegisterEntry>().unwrap();
    assert_eq!(entries.len(), 1, "only the worker who was a member: {entries:?}");
    assert_eq!(entries[0].link, RegisterLink::Worker(carecoop::domain::MemberId(7)));
    assert_eq!(entries[0].admitted, chrono::NaiveDate::from_ymd_opt(2021, 9, 22).unwrap());
    let ledger = store.all::<LedgerEntry>().unwrap();
    assert_eq!((ledger.len(), ledger[0].shares, ledger[0].amount.0), (1, 10, 1000));
    let stored: serde_json::Value = admin
        .query_one("SELECT record FROM members WHERE id = 7", &[])
        .map(|r| r.get::<_, postgres::types::Json<serde_json::Value>>(0).0)
        .unwrap();
    assert!(stored.get("member_since").is_none() && stored.get("share_paid").is_none(), "{stored}");
    assert!(store.check().unwrap().problems.is_empty());
    let version: i64 =
        admin.query_one("SELECT value FROM carecoop_meta WHERE key = 'schema_version'", &[]).unwrap().get(0);
    assert_eq!(version, carecoop::pg::schema::SCHEMA_VERSION);
}

/// Each referral booked with `suggestion` at the same moment, each on its own connection, as
/// two windows would.
fn book_at_once(
    url: &str,
    referrals: &[carecoop::domain::ReferralId],
    suggestion: &carecoop::domain::planning::Suggestion,
) -> Vec<Result<carecoop::actions::Done, DataError>> {
    let barrier = std::sync::Barrier::new(referrals.len());
    std::thread::scope(|scope| {
        let handles: Vec<_> = referrals
            .iter()
            .map(|referral| {
                let barrier = &barrier;
                scope.spawn(move || {
                    let mut store = PgStore::open(url, OpenMode::ExistingOnly)?;
                    barrier.wait();
                    apply(
                        &mut store,
                        Action::BookSuggestion(*referral, Box::new(suggestion.clone())),
                        today(),
                    )
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("a booking thread")).collect()
    })
}

#[test]
fn two_link_workers_booking_the_last_place_one_succeeds_one_is_told() {
    let Some(db) = FreshDatabase::new() else { return };
    let (s, session, referrals) = {
        let mut store = PgStore::open(&db.url, OpenMode::CreateIfMissing).unwrap();
        conformance::last_place(&mut store)
    };
    for _ in 0..3 {
        let results = book_at_once(&db.url, &referrals, &conformance::join(&s, session));
        let store = PgStore::open(&db.url, OpenMode::ExistingOnly).unwrap();
        let booked: carecoop::domain::Session =
            carecoop::data::ReadsExt::get(&store, session).unwrap().unwrap();
        assert_eq!(booked.participants.len(), 2, "never over capacity: {results:?}");
        let ok = results.iter().filter(|r| r.is_ok()).count();
        if ok == 1 {
            let told = results.iter().find_map(|r| r.as_ref().err()).unwrap().to_string();
            assert!(told.contains("now full") || told.contains("at the same moment"), "{told}");
            assert!(store.check().unwrap().is_consistent());
            return;
        }
        // Neither got through (both saw the other's change at once): try again, as people would.
        assert_eq!(ok, 0, "{results:?}");
    }
    panic!("three rounds and nobody could book the last place");
}

#[test]
fn two_link_workers_booking_one_member_at_the_same_hour_one_succeeds_one_is_told() {
    let Some(db) = FreshDatabase::new() else { return };
    let (s, _, referrals) = {
        let mut store = PgStore::open(&db.url, OpenMode::CreateIfMissing).unwrap();
        conformance::last_place(&mut store)
    };
    // Each books a new session with the same member at the same hour (11:00, free until now).
    let mut new_session = conformance::join(&s, carecoop::domain::SessionId(0));
    new_session.join = None;
    new_session.start = conformance::day(20).and_hms_opt(11, 0, 0).unwrap();
    for _ in 0..20 {
        let results = book_at_once(&db.url, &referrals, &new_session);
        let store = PgStore::open(&db.url, OpenMode::ExistingOnly).unwrap();
        let at_eleven: Vec<_> = store
            .sessions_of_member(s.member)
            .unwrap()
            .into_iter()
            .filter(|x| x.date == conformance::day(20) && x.start == new_session.start.time())
            .collect();
        assert!(at_eleven.len() <= 1, "the member was booked twice at 11:00: {results:?}");
        if let Some(booked) = at_eleven.first() {
            assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
            let told = results.iter().find_map(|r| r.as_ref().err()).unwrap().to_string();
            assert!(told.contains("since been booked") || told.contains("at the same moment"), "{told}");
            assert_eq!(booked.participants.len(), 1);
            return;
        }
        assert!(results.iter().all(|r| r.is_err()), "{results:?}");
    }
    panic!("twenty rounds and nobody could book the member");
}

#[test]
fn a_change_made_in_one_window_reaches_the_others_within_two_seconds() {
    use carecoop::data::{TransactionExt, WriteExt};
    let Some(db) = FreshDatabase::new() else { return };
    let mine = PgStore::open(&db.url, OpenMode::CreateIfMissing).unwrap();
    let theirs = PgStore::open(&db.url, OpenMode::ExistingOnly).unwrap();
    let seen = theirs.generation();
    mine.write(|tx| tx.put(&mut Person::new("P0001", "Agnes Dewar"))).unwrap();
    let started = std::time::Instant::now();
    while theirs.generation() == seen {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(2),
            "the other window never heard of the change"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(theirs.person_summaries().unwrap().len(), 1, "and reading again shows it");
    // A change that rolled back is not announced.
    let quiet = theirs.generation();
    let failed = mine.write(|tx| {
        tx.put(&mut Person::new("P0002", "Bill McIntyre"))?;
        Err::<(), _>(DataError::conflict("changed my mind"))
    });
    assert!(failed.is_err());
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(theirs.generation(), quiet);
}
