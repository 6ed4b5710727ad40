//! The audit trail from the outside: `carecoop audit` on a file and on a server, its JSON,
//! its filters, `--verify` catching an altered entry, and on a server the grants (insert only)
//! and the login stamped by the server whatever the client says. The server tests are skipped
//! (saying so) without `CARECOOP_TEST_PG` and required under `CI=true`.

mod common;

use carecoop::actions::{Action, apply};
use carecoop::data::{DataError, OpenMode, Reads};
use carecoop::domain::AuditFilter;
use carecoop::pg::PgStore;
use common::pg::{FreshDatabase, as_user};
use common::{carecoop, demo, text};
use redb::{ReadableDatabase, TableDefinition};

const AUDIT: TableDefinition<u64, &[u8]> = TableDefinition::new("audit_trail");

fn json(out: &std::process::Output) -> Vec<serde_json::Map<String, serde_json::Value>> {
    assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    value.as_array().expect("an array").iter().map(|v| v.as_object().expect("objects").clone()).collect()
}

fn actions(entries: &[serde_json::Map<String, serde_json::Value>]) -> Vec<String> {
    entries.iter().map(|e| e["action"].as_str().unwrap().to_string()).collect()
}

/// Replaces `from` with `to` (the same length) inside entry `seq` of a file's trail, as
/// someone editing the file's bytes would.
fn alter_entry(file: &str, seq: u64, from: &str, to: &str) {
    let db = redb::Database::open(file).unwrap();
    let bytes = {
        let read = db.begin_read().unwrap();
        read.open_table(AUDIT).unwrap().get(seq).unwrap().unwrap().value().to_vec()
    };
    let at = bytes.windows(from.len()).position(|w| w == from.as_bytes()).expect("the text is in the entry");
    let mut altered = bytes.clone();
    altered[at..at + to.len()].copy_from_slice(to.as_bytes());
    let write = db.begin_write().unwrap();
    write.open_table(AUDIT).unwrap().insert(seq, altered.as_slice()).unwrap();
    write.commit().unwrap();
}

#[test]
fn the_cli_lists_filters_and_verifies_a_files_trail() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    assert!(carecoop(&["export", "person", "P0001", "--data", &file]).status.success());
    assert!(carecoop(&["erase", "person", "P0002", "--yes", "--data", &file]).status.success());
    assert!(carecoop(&["export", "people", "--format", "csv", "--data", &file]).status.success());

    let all = json(&carecoop(&["audit", "--json", "--data", &file]));
    assert_eq!(actions(&all), ["exported person", "erased person", "exported"]);
    for entry in &all {
        let mut keys: Vec<&str> = entry.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["action", "at", "detail", "kind", "record", "user"]);
        assert!(chrono::DateTime::parse_from_rfc3339(entry["at"].as_str().unwrap()).is_ok());
        assert!(!entry["user"].as_str().unwrap().is_empty());
    }
    assert_eq!((all[1]["kind"].as_str(), all[1]["record"].as_str()), (Some("person"), Some("P0002")));
    assert_eq!(all[2]["detail"], "people (csv)");
    let whole = serde_json::to_string(&all).unwrap();
    for personal in ["Agnes", "Dewar"] {
        assert!(!whole.contains(personal), "the trail names no one: {whole}");
    }

    let theirs = json(&carecoop(&["audit", "--json", "--person", "p0001", "--data", &file]));
    assert_eq!(actions(&theirs), ["exported person"]);
    let erased = json(&carecoop(&["audit", "--json", "--action", "erased", "--data", &file]));
    assert_eq!(erased.len(), 1);
    let user = all[0]["user"].as_str().unwrap();
    assert_eq!(json(&carecoop(&["audit", "--json", "--user", user, "--data", &file])).len(), 3);
    let long_ago = carecoop(&["audit", "--from", "2000-01-01", "--to", "2000-01-31", "--data", &file]);
    assert!(text(&long_ago.stdout).contains("No audit entries match."), "{}", text(&long_ago.stdout));
    let table = carecoop(&["audit", "--data", &file]);
    assert!(text(&table.stdout).contains("erased person"), "{}", text(&table.stdout));
    assert!(text(&table.stdout).contains("3 entries"), "{}", text(&table.stdout));

    let verify = carecoop(&["audit", "--verify", "--data", &file]);
    assert!(verify.status.success(), "{}", text(&verify.stderr));
    assert!(text(&verify.stdout).contains("intact: 3 entries"), "{}", text(&verify.stdout));
    let mixed = carecoop(&["audit", "--verify", "--person", "P0001", "--data", &file]);
    assert_eq!(mixed.status.code(), Some(1), "--verify checks the whole trail, never a filtered part");

    alter_entry(&file, 2, "erased", "viewed");
    let broken = carecoop(&["audit", "--verify", "--data", &file]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(text(&broken.stderr).contains("broken at entry 2"), "{}", text(&broken.stderr));
    let check = carecoop(&["check", "--data", &file]);
    assert!(
        text(&check.stderr).contains("the audit trail is broken at entry 2"),
        "{}{}",
        text(&check.stdout),
        text(&check.stderr)
    );
}

#[test]
fn an_old_file_opens_and_starts_its_trail() {
    // The demo is written without actions, so it has no entries; an action adds the first,
    // linked to nothing before it.
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    assert_eq!(json(&carecoop(&["audit", "--json", "--data", &file])).len(), 0);
    assert!(text(&carecoop(&["audit", "--data", &file]).stdout).contains("No audit entries."));
    assert!(carecoop(&["export", "person", "P0003", "--data", &file]).status.success());
    let verify = carecoop(&["audit", "--verify", "--data", &file]);
    assert!(text(&verify.stdout).contains("intact: 1 entries"), "{}", text(&verify.stdout));
}

#[test]
fn on_a_server_every_login_adds_entries_none_changes_them_and_verify_finds_tampering() {
    let Some(db) = FreshDatabase::new() else { return };
    assert!(carecoop(&["server", "setup", "--data", &db.url]).status.success());
    let suffix = std::process::id();
    let (viewer, worker, coordinator) =
        (format!("aviewer_{suffix}"), format!("aworker_{suffix}"), format!("acoord_{suffix}"));
    for (name, role) in [(&viewer, "viewer"), (&worker, "link_worker"), (&coordinator, "coordinator")] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_carecoop"))
            .args(["server", "add-user", name, "--role", role, "--data", &db.url])
            .env_remove("CARECOOP_NEW_PASSWORD")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let mut worker_store = PgStore::open(&as_user(&db.url, &worker), OpenMode::ExistingOnly).unwrap();
    let person = carecoop::domain::Person::new("P0001", "Agnes Dewar");
    let referral = carecoop::domain::Referral::new(
        carecoop::domain::PersonId::NEW,
        today,
        carecoop::domain::ReferralSource::Gp,
    );
    apply(&mut worker_store, Action::Intake(Box::new(person), Box::new(referral)), today).unwrap();
    let agnes = worker_store.person_by_ref("P0001").unwrap().unwrap().id;
    // A viewer changes nothing, but opening a page is noted all the same.
    let mut viewer_store = PgStore::open(&as_user(&db.url, &viewer), OpenMode::ExistingOnly).unwrap();
    apply(&mut viewer_store, Action::RecordView(agnes), today).unwrap();
    // Only a coordinator reads the trail.
    let refused = worker_store.audit_trail(&AuditFilter::default(), None);
    assert!(matches!(refused, Err(DataError::NotAllowed { .. })), "{refused:?}");
    let coordinator_url = as_user(&db.url, &coordinator);
    let entries = json(&carecoop(&["audit", "--json", "--data", &coordinator_url]));
    let who: Vec<(&str, &str)> =
        entries.iter().map(|e| (e["user"].as_str().unwrap(), e["action"].as_str().unwrap())).collect();
    assert_eq!(who, [(worker.as_str(), "took referral"), (viewer.as_str(), "viewed person")]);

    // No login may change or remove an entry, nor sign one as someone else.
    for login in [&worker, &coordinator, &viewer] {
        let mut client = postgres::Client::connect(&as_user(&db.url, login), postgres::NoTls).unwrap();
        for sql in ["UPDATE carecoop_audit SET action = 'nothing'", "DELETE FROM carecoop_audit"] {
            let err = client.batch_execute(sql).unwrap_err();
            let message = err.as_db_error().map(|e| e.message().to_string()).unwrap_or_default();
            assert!(message.contains("permission denied"), "{login}: {sql}: {err:?}");
        }
    }
    let mut forger = postgres::Client::connect(&as_user(&db.url, &worker), postgres::NoTls).unwrap();
    forger
        .batch_execute(
            "INSERT INTO carecoop_audit (at, login, action, kind, record, person, detail, hash) \
             VALUES ('1999-01-01T00:00:00Z', 'mallory', 'viewed person', 'person', 'P0001', 'P0001', '', '\\x00')",
        )
        .unwrap();
    let verify = carecoop(&["audit", "--verify", "--data", &coordinator_url]);
    assert!(verify.status.success(), "{}{}", text(&verify.stdout), text(&verify.stderr));
    assert!(text(&verify.stdout).contains("intact: 3 entries"), "{}", text(&verify.stdout));
    let last = json(&carecoop(&["audit", "--json", "--data", &coordinator_url])).pop().unwrap();
    assert_eq!(last["user"], worker.as_str(), "the server stamps the login, whatever was sent");
    assert_ne!(last["at"], "1999-01-01T00:00:00Z", "and the time");

    // The schema's owner can still alter a row; the chain shows it.
    let mut owner = postgres::Client::connect(&db.url, postgres::NoTls).unwrap();
    owner.batch_execute("UPDATE carecoop_audit SET login = 'someone_else' WHERE n = 2").unwrap();
    let broken = carecoop(&["audit", "--verify", "--data", &coordinator_url]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(text(&broken.stderr).contains("broken at entry 2"), "{}", text(&broken.stderr));
}
