//! Backups and restores: round trips equal on every export, later erasures re-applied,
//! rotation, consistency while another write commits, protected backups, and a server's
//! co-op backed up as a file copy.

mod common;

use carecoop::actions::{Action, apply};
use carecoop::data::{DataStore, OpenMode, Reads, ReadsExt};
use carecoop::domain::Person;
use carecoop::domain::backup::{Rotation, file_name};
use carecoop::store::RedbStore;
use common::{carecoop, demo, text};
use std::path::Path;

const TABLES: &[&str] = &["members", "activities", "people", "referrals", "sessions", "assessments", "funds"];

fn exports(data: &str) -> Vec<String> {
    TABLES
        .iter()
        .map(|t| {
            let out = carecoop(&["export", t, "--format", "csv", "--data", data]);
            assert!(out.status.success(), "{}", text(&out.stderr));
            text(&out.stdout)
        })
        .collect()
}

fn ok(args: &[&str]) -> String {
    let out = carecoop(args);
    assert!(out.status.success(), "carecoop {args:?}: {}{}", text(&out.stdout), text(&out.stderr));
    text(&out.stdout)
}

fn people_csv(dir: &Path, n: usize) -> String {
    let csv = dir.join("people.csv");
    let mut rows = format!(
        "{}
",
        common::PEOPLE_HEADER
    );
    for i in 0..n {
        rows.push_str(&format!(",Later Person {i},,,,,,,,,,2026-01-05,no\n"));
    }
    std::fs::write(&csv, rows).unwrap();
    csv.display().to_string()
}

#[test]
fn a_backup_restored_over_later_changes_gives_back_every_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let before = exports(&db);
    let backup = dir.path().join("monday.redb").display().to_string();
    let said = ok(&["backup", "--data", &db, "--out", &backup]);
    assert!(said.contains("Backed up"), "{said}");
    ok(&["import", "people", &people_csv(dir.path(), 5), "--data", &db]);
    assert_ne!(exports(&db), before);
    // A backup never overwrites a file, and a restore never replaces one without --force.
    let again = carecoop(&["backup", "--data", &db, "--out", &backup]);
    assert!(!again.status.success() && text(&again.stderr).contains("already exists"));
    let refused = carecoop(&["restore", &backup, "--data", &db]);
    assert!(
        !refused.status.success() && text(&refused.stderr).contains("--force"),
        "{}",
        text(&refused.stderr)
    );
    let said = ok(&["restore", &backup, "--data", &db, "--force"]);
    assert!(said.contains("Kept the file as it was in"), "{said}");
    assert_eq!(exports(&db), before, "every export as it was when the backup was taken");
    ok(&["check", "--data", &db]);
    // The file as it was before the restore is kept, with the later people in it.
    let kept = std::fs::read_dir(dir.path().join("backups")).unwrap().next().unwrap().unwrap().path();
    let kept_store = RedbStore::open(&kept, OpenMode::ExistingOnly).unwrap();
    assert!(kept_store.all::<Person>().unwrap().iter().any(|p| p.name == "Later Person 4"));
    // The trail says so.
    let trail = ok(&["audit", "--action", "restored", "--data", &db]);
    assert!(trail.contains("restored from a backup"), "{trail}");
}

#[test]
fn restoring_a_backup_erases_again_everyone_erased_since() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let store = RedbStore::open(Path::new(&db), OpenMode::ExistingOnly).unwrap();
    let erased: Person = store.person_by_ref("P0003").unwrap().unwrap();
    drop(store);
    let backup = dir.path().join("before.redb").display().to_string();
    ok(&["backup", "--data", &db, "--out", &backup]);
    ok(&["erase", "person", "P0003", "--yes", "--data", &db]);
    let said = ok(&["restore", &backup, "--data", &db, "--force"]);
    assert!(said.contains("Erased again (erased after the backup was taken): P0003"), "{said}");
    let store = RedbStore::open(Path::new(&db), OpenMode::ExistingOnly).unwrap();
    assert!(store.person_by_ref("P0003").unwrap().is_none(), "the erased person does not come back");
    assert_eq!(store.erased_people().unwrap().len(), 1, "the list of erased people is carried over");
    drop(store);
    let bytes = std::fs::read(&db).unwrap();
    assert!(
        !bytes.windows(erased.name.len()).any(|w| w == erased.name.as_bytes()),
        "no byte of {} in the restored file",
        erased.name
    );
    // An even older backup restored over this one erases them too (the list came along).
    ok(&["restore", &backup, "--data", &db, "--force"]);
    let store = RedbStore::open(Path::new(&db), OpenMode::ExistingOnly).unwrap();
    assert!(store.person_by_ref("P0003").unwrap().is_none());
}

#[test]
fn rotation_keeps_seven_days_and_eight_weeks() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("backups");
    std::fs::create_dir(&folder).unwrap();
    let data = dir.path().join("coop.redb");
    let last = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    for back in 0..70 {
        let at = (last - chrono::Days::new(back)).and_hms_opt(17, 30, 0).unwrap();
        std::fs::write(folder.join(file_name("coop", at)), b"a backup").unwrap();
    }
    std::fs::write(folder.join("other 2026-01-01 000000.redb"), b"another file's backup").unwrap();
    std::fs::write(folder.join("notes.txt"), b"not a backup").unwrap();
    let removed = carecoop::backup::rotate(&folder, &data, Rotation::default()).unwrap();
    let left = carecoop::backup::list(&folder, &data);
    assert_eq!(left.len(), 13, "7 days and 6 further weeks: {left:?}");
    assert_eq!(removed.len(), 70 - 13);
    assert!(folder.join("notes.txt").exists() && folder.join("other 2026-01-01 000000.redb").exists());
}

#[test]
fn a_backup_is_the_co_op_as_it_was_when_taken_while_other_writes_commit() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("coop.redb");
    carecoop::demo::write_demo_file(&db, common::today()).unwrap();
    let mut store = RedbStore::open(&db, OpenMode::ExistingOnly).unwrap();
    let people = store.count::<Person>().unwrap();
    let job = store.snapshot().unwrap();
    // Another write commits after the snapshot and before (and while) it is written.
    let add = |store: &mut RedbStore, i: usize| {
        let person = Person::new(&format!("P9{i:03}"), &format!("Concurrent Person {i}"));
        let referral = carecoop::domain::Referral::new(
            carecoop::domain::PersonId::NEW,
            common::today(),
            carecoop::domain::ReferralSource::SelfReferral,
        );
        apply(store, Action::Intake(Box::new(person), Box::new(referral)), common::today()).unwrap();
    };
    add(&mut store, 0);
    let out = dir.path().join("snapshot.redb");
    let writer = std::thread::spawn({
        let out = out.clone();
        move || job(&out)
    });
    for i in 1..20 {
        add(&mut store, i);
    }
    writer.join().unwrap().unwrap();
    assert_eq!(store.count::<Person>().unwrap(), people + 20);
    drop(store);
    let backup = RedbStore::open(&out, OpenMode::ExistingOnly).unwrap();
    assert_eq!(backup.count::<Person>().unwrap(), people, "the backup is the co-op at the snapshot");
    assert!(backup.check().unwrap().problems.is_empty());
}

#[test]
fn a_protected_files_backup_is_protected_with_the_same_key() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_carecoop"))
            .args(args)
            .env("CARECOOP_PASSPHRASE", "correct horse battery")
            .output()
            .unwrap()
    };
    assert!(run(&["protect", "--data", &db]).status.success());
    let backup = dir.path().join("sealed.redb").display().to_string();
    let out = run(&["backup", "--data", &db, "--out", &backup]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let bytes = std::fs::read(&backup).unwrap();
    assert!(!bytes.windows(11).any(|w| w == b"Agnes Dewar"), "no name in the backup's bytes");
    let refused = carecoop(&["check", "--data", &backup]);
    assert!(!refused.status.success(), "the backup needs the passphrase");
    assert!(run(&["check", "--data", &backup]).status.success(), "and opens with it");
    let restored = run(&["restore", &backup, "--data", &db, "--force"]);
    assert!(restored.status.success(), "{}", text(&restored.stderr));
    assert!(run(&["check", "--data", &db]).status.success());
}

#[test]
fn a_server_is_backed_up_as_a_file_copy_and_says_so() {
    let Some(server) = common::pg::FreshDatabase::new() else { return };
    let dir = tempfile::tempdir().unwrap();
    ok(&["demo", "--data", &server.url]);
    let out = dir.path().join("server-copy.redb").display().to_string();
    let said = ok(&["backup", "--data", &server.url, "--out", &out]);
    assert!(said.contains("file-backend copy") && said.contains("pg_dump"), "{said}");
    ok(&["check", "--data", &out]);
    let people = RedbStore::open(Path::new(&out), OpenMode::ExistingOnly).unwrap().count::<Person>().unwrap();
    assert!(people > 0);
}
