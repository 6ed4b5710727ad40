//! Every older file opens. `tests/fixtures/schemaN.redb` is the demo co-op as the last build
//! that wrote schema N left it, and `tests/fixtures/schemaN/` holds that build's own CSV
//! exports of it. Each fixture is opened (and so upgraded) by this build, must then `check`
//! clean, carry today's schema, and export every value the old build exported, unchanged
//! (columns added since are new; none may be lost). A fixture for every schema up to
//! `SCHEMA_VERSION` must exist, so moving the schema without adding one fails here.
//! `schema3-protected.redb` is `schema3.redb` protected with the passphrase "fixture
//! passphrase 3". How each fixture was made: `tests/fixtures/README.md`.

mod common;

use carecoop::data::{DataStore, Reads};
use carecoop::store::{RedbStore, SCHEMA_VERSION};
use common::{carecoop, text};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The tables every schema's build could export.
const TABLES: &[&str] = &["members", "activities", "people", "referrals", "sessions", "assessments", "funds"];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// A CSV export as rows of column → value.
fn rows(csv: &str) -> Vec<HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    reader
        .records()
        .map(|r| header.iter().cloned().zip(r.unwrap().iter().map(str::to_string)).collect())
        .collect()
}

fn schema_of(file: &Path) -> u64 {
    let db = redb::ReadOnlyDatabase::open(file).unwrap();
    let txn = redb::ReadableDatabase::begin_read(&db).unwrap();
    let meta: redb::TableDefinition<&str, u64> = redb::TableDefinition::new("carecoop_meta");
    txn.open_table(meta).unwrap().get("schema_version").unwrap().unwrap().value()
}

#[test]
fn there_is_a_fixture_for_every_schema() {
    for schema in 1..=SCHEMA_VERSION {
        let file = fixtures().join(format!("schema{schema}.redb"));
        assert!(
            file.exists() && fixtures().join(format!("schema{schema}")).is_dir(),
            "SCHEMA_VERSION is {SCHEMA_VERSION}, but there is no fixture for schema {schema}: write \
             {} and its exports with the build that writes schema {schema} (tests/fixtures/README.md says how)",
            file.display()
        );
        assert_eq!(schema_of(&file), schema, "{} was written by schema {schema}", file.display());
    }
}

/// Opens a copy of `fixture` with today's build (with `passphrase` when it is protected) and
/// checks it upgrades and exports every value in `exports` unchanged.
fn opens_and_exports_what_it_held(fixture: &str, exports: &str, passphrase: Option<&str>) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("coop.redb");
    std::fs::copy(fixtures().join(fixture), &file).unwrap();
    let data = file.display().to_string();
    let run = |args: &[&str]| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_carecoop"));
        cmd.args(args);
        if let Some(p) = passphrase {
            cmd.env("CARECOOP_PASSPHRASE", p);
        }
        cmd.output().unwrap()
    };
    let check = run(&["check", "--data", &data]);
    assert!(check.status.success(), "{fixture}: {}{}", text(&check.stdout), text(&check.stderr));
    // The register is exported from schema 5 on.
    let register = fixtures().join(format!("{exports}/register.csv")).exists().then_some("register");
    for table in TABLES.iter().copied().chain(register) {
        let expected = std::fs::read_to_string(fixtures().join(format!("{exports}/{table}.csv"))).unwrap();
        let export = run(&["export", table, "--format", "csv", "--data", &data]);
        assert!(export.status.success(), "{fixture} {table}: {}", text(&export.stderr));
        let (old, new) = (rows(&expected), rows(&text(&export.stdout)));
        assert_eq!(old.len(), new.len(), "{fixture}: {table} rows");
        assert!(!old.is_empty(), "{fixture}: the fixture has {table}");
        for (i, (before, after)) in old.iter().zip(&new).enumerate() {
            for (column, value) in before {
                assert_eq!(
                    after.get(column),
                    Some(value),
                    "{fixture}: {table} line {} column {column} changed in the upgrade",
                    i + 2
                );
            }
        }
    }
    let store = RedbStore::open_with(&file, carecoop::data::OpenMode::ExistingOnly, passphrase).unwrap();
    assert!(store.check().unwrap().problems.is_empty());
    drop(store);
    assert_eq!(schema_of(&file), SCHEMA_VERSION, "{fixture} is upgraded when opened");
}

#[test]
fn every_older_file_opens_upgrades_and_exports_what_it_held() {
    for schema in 1..=SCHEMA_VERSION {
        opens_and_exports_what_it_held(&format!("schema{schema}.redb"), &format!("schema{schema}"), None);
    }
}

#[test]
fn the_list_of_erased_people_survives_and_older_files_start_with_none() {
    for schema in 1..=SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("coop.redb");
        std::fs::copy(fixtures().join(format!("schema{schema}.redb")), &file).unwrap();
        let store = RedbStore::open(&file, carecoop::data::OpenMode::ExistingOnly).unwrap();
        let erased: Vec<String> = store.erased_people().unwrap().into_iter().map(|p| p.reference).collect();
        let expected: Vec<String> = if schema >= 4 { vec!["P0040".into()] } else { vec![] };
        assert_eq!(erased, expected, "schema {schema}");
    }
}

#[test]
fn a_protected_file_opens_with_its_passphrase_and_holds_what_it_held() {
    opens_and_exports_what_it_held("schema3-protected.redb", "schema3", Some("fixture passphrase 3"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("coop.redb");
    std::fs::copy(fixtures().join("schema3-protected.redb"), &file).unwrap();
    let refused = carecoop(&["check", "--data", &file.display().to_string()]);
    assert!(!refused.status.success(), "without the passphrase it is refused");
}

/// Schema 5 moved each worker's "member since" and "share paid" into the register: every
/// worker of the schema-4 demo is entered in the worker members class, admitted on the day
/// they became a member, with their £10 as an issue of ten £1 shares, and the check is clean.
#[test]
fn workers_shares_move_into_the_register_when_an_older_file_opens() {
    use carecoop::data::ReadsExt;
    use carecoop::domain::{LedgerEntry, LedgerKind, Member, RegisterEntry, RegisterLink};
    for (fixture, passphrase) in
        [("schema4.redb", None), ("schema3-protected.redb", Some("fixture passphrase 3"))]
    {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("coop.redb");
        std::fs::copy(fixtures().join(fixture), &file).unwrap();
        let store = RedbStore::open_with(&file, carecoop::data::OpenMode::ExistingOnly, passphrase).unwrap();
        let (members, entries, ledger) = (
            store.all::<Member>().unwrap(),
            store.all::<RegisterEntry>().unwrap(),
            store.all::<LedgerEntry>().unwrap(),
        );
        assert_eq!(entries.len(), members.len(), "{fixture}: every worker was a co-op member");
        for e in &entries {
            let RegisterLink::Worker(m) = e.link else { panic!("{fixture}: {e:?} is not a worker") };
            let worker = members.iter().find(|w| w.id == m).unwrap();
            assert_eq!((e.name.as_str(), e.class.as_str()), (worker.name.as_str(), "Worker members"));
            assert!(worker.joined.is_some_and(|j| e.admitted > j), "{fixture}: admitted after joining");
            let lines: Vec<&LedgerEntry> = ledger.iter().filter(|l| l.entry == e.id).collect();
            assert_eq!(lines.len(), 1, "{fixture}");
            assert_eq!((lines[0].kind, lines[0].shares, lines[0].amount.0), (LedgerKind::Issue, 10, 1000));
        }
        assert!(store.check().unwrap().problems.is_empty());
        drop(store);
        // Opening again moves nothing twice.
        let again = RedbStore::open_with(&file, carecoop::data::OpenMode::ExistingOnly, passphrase).unwrap();
        assert_eq!(again.all::<RegisterEntry>().unwrap().len(), members.len());
    }
}
