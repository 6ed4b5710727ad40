//! The window in team mode, against a real PostgreSQL server: it loads the co-op on a worker
//! thread, shows others' changes without a restart, refuses a save over someone else's
//! change (showing both and letting the user apply theirs on top), says "read only" to a
//! viewer, and says when the connection is lost and comes back. Skipped (saying so) without
//! `CARECOOP_TEST_PG`; required under `CI=true`.

mod common;

use carecoop::actions::{Action, apply};
use carecoop::data::{OpenMode, ReadsExt};
use carecoop::domain::Member;
use carecoop::pg::PgStore;
use carecoop::ui::{AppState, CarecoopApp, Paths};
use common::pg::FreshDatabase;
use common::{carecoop, demo, text, today};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// A server database holding the demo co-op.
fn demo_server(dir: &std::path::Path) -> Option<FreshDatabase> {
    let db = FreshDatabase::new()?;
    let file = demo(dir);
    let setup = carecoop(&["server", "setup", "--data", &db.url]);
    assert!(setup.status.success(), "{}", text(&setup.stderr));
    let copy = carecoop(&["copy", "--from", &file, "--to", &db.url]);
    assert!(copy.status.success(), "{:?}: {}{}", copy.status, text(&copy.stdout), text(&copy.stderr));
    Some(db)
}

/// A window opened on `url` (as `--data URL` would), at window size.
fn window(url: &str, dir: &std::path::Path) -> Harness<'static, CarecoopApp> {
    let paths =
        Paths { data: PathBuf::from(url), demo: dir.join("other.redb"), exports: Some(dir.to_path_buf()) };
    let app = CarecoopApp::new(paths, AppState::default(), today());
    Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CarecoopApp| app.app_ui(ui), app)
}

/// Draws frames (as the window would, woken by its worker) until `done`; fails after 20 s.
fn wait_until(
    h: &mut Harness<'static, CarecoopApp>,
    what: &str,
    done: impl Fn(&Harness<'static, CarecoopApp>) -> bool,
) -> Duration {
    let start = Instant::now();
    loop {
        h.step();
        if done(h) {
            return start.elapsed();
        }
        assert!(start.elapsed() < Duration::from_secs(20), "waited 20 s for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn shows(h: &Harness<'static, CarecoopApp>, text: &str) -> bool {
    h.query_by_label_contains(text).is_some()
}

fn press(h: &mut Harness<'static, CarecoopApp>, label: &str) {
    h.get_by_role_and_label(Role::Button, label).click_accesskit();
    h.step();
    h.step();
}

fn member_named(store: &PgStore, name: &str) -> Member {
    store.all::<Member>().unwrap().into_iter().find(|m| m.name == name).expect("the demo member")
}

#[test]
fn the_window_loads_the_co_op_and_shows_others_changes_without_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let Some(db) = demo_server(dir.path()) else { return };
    let mut h = window(&db.url, dir.path());
    wait_until(&mut h, "the roster", |h| shows(h, "Fiona Drummond"));
    assert!(shows(&h, "Team server, connected as"), "the status bar says who is connected to which server");
    // Someone else renames a member on the server.
    let mut other = PgStore::open(&db.url, OpenMode::ExistingOnly).unwrap();
    let mut fiona = member_named(&other, "Fiona Drummond");
    fiona.name = "Fiona Drummond-Reid".into();
    apply(&mut other, Action::SaveMember(Box::new(fiona)), today()).unwrap();
    let took = wait_until(&mut h, "someone else's change", |h| shows(h, "Fiona Drummond-Reid"));
    eprintln!("another window's change appeared after {} ms", took.as_millis());
    assert!(took < Duration::from_secs(5), "live refresh took {took:?}");
    // The coordinator's audit trail tab shows that change, with the login that made it.
    press(&mut h, "Settings");
    h.get_by_label("Audit trail").click();
    wait_until(&mut h, "the audit trail", |h| shows(h, "changed member"));
    assert!(h.query_all_by_label("postgres").next().is_some(), "the server login that made the change");
}

#[test]
fn a_save_over_someone_elses_change_is_refused_shown_and_can_be_applied_on_top() {
    let dir = tempfile::tempdir().unwrap();
    let Some(db) = demo_server(dir.path()) else { return };
    let mut h = window(&db.url, dir.path());
    wait_until(&mut h, "the roster", |h| shows(h, "Fiona Drummond"));
    h.get_by_label("Fiona Drummond").click();
    wait_until(&mut h, "the member form", |h| {
        h.query_by_role_and_label(Role::Button, "Save member").is_some()
    });
    // While the form is open, someone else changes her phone number.
    let mut other = PgStore::open(&db.url, OpenMode::ExistingOnly).unwrap();
    let mut theirs = member_named(&other, "Fiona Drummond");
    theirs.phone = "01738 000111".into();
    apply(&mut other, Action::SaveMember(Box::new(theirs)), today()).unwrap();
    // This window changes her email, and saves.
    h.get_by_role_and_label(Role::TextInput, "Email").focus();
    h.step();
    h.get_by_role_and_label(Role::TextInput, "Email").type_text(".uk");
    h.step();
    press(&mut h, "Save member");
    wait_until(&mut h, "the conflict window", |h| shows(h, "Someone else changed this"));
    assert!(shows(&h, "changed by postgres"), "says whose change it was");
    assert!(shows(&h, "01738 000111"), "shows their version");
    let stored = member_named(&other, "Fiona Drummond");
    assert_eq!(stored.phone, "01738 000111", "nothing of this window's save was written");
    assert!(!stored.email.ends_with(".uk"));
    press(&mut h, "Apply my changes on top");
    wait_until(&mut h, "the save", |h| {
        !shows(h, "Someone else changed this") && shows(h, "Saved Fiona Drummond")
    });
    let both = member_named(&other, "Fiona Drummond");
    assert_eq!(both.phone, "01738 000111", "their change kept");
    assert!(both.email.ends_with(".uk"), "this window's change applied on top: {}", both.email);
}

#[test]
fn undo_works_through_the_server_and_is_refused_over_another_windows_change() {
    let dir = tempfile::tempdir().unwrap();
    let Some(db) = demo_server(dir.path()) else { return };
    let mut h = window(&db.url, dir.path());
    wait_until(&mut h, "the roster", |h| shows(h, "Fiona Drummond"));
    h.get_by_label("Fiona Drummond").click();
    wait_until(&mut h, "the member form", |h| {
        h.query_by_role_and_label(Role::Button, "Save member").is_some()
    });
    h.get_by_role_and_label(Role::TextInput, "Email").focus();
    h.step();
    h.get_by_role_and_label(Role::TextInput, "Email").type_text(".uk");
    h.step();
    press(&mut h, "Save member");
    wait_until(&mut h, "the Undo button", |h| {
        h.query_by_role_and_label(Role::Button, "Undo: changed member (Fiona Drummond)").is_some()
    });
    press(&mut h, "Undo: changed member (Fiona Drummond)");
    wait_until(&mut h, "the undo", |h| shows(h, "Undid: changed member (Fiona Drummond)"));
    let other = PgStore::open(&db.url, OpenMode::ExistingOnly).unwrap();
    assert!(!member_named(&other, "Fiona Drummond").email.ends_with(".uk"), "undone on the server");
    press(&mut h, "Redo: changed member (Fiona Drummond)");
    wait_until(&mut h, "the redo", |h| shows(h, "Redid: changed member (Fiona Drummond)"));
    assert!(member_named(&other, "Fiona Drummond").email.ends_with(".uk"), "redone on the server");
    // Another window changes her phone: this window's undo is refused, and nothing changes.
    let mut other = other;
    let mut theirs = member_named(&other, "Fiona Drummond");
    theirs.phone = "01738 000222".into();
    apply(&mut other, Action::SaveMember(Box::new(theirs)), today()).unwrap();
    press(&mut h, "Undo: changed member (Fiona Drummond)");
    wait_until(&mut h, "the refusal", |h| shows(h, "has changed since"));
    let stored = member_named(&other, "Fiona Drummond");
    assert!(stored.email.ends_with(".uk") && stored.phone == "01738 000222", "nothing was undone");
}

#[test]
fn a_viewer_is_told_the_window_is_read_only_and_the_server_refuses_their_saves() {
    let dir = tempfile::tempdir().unwrap();
    let Some(db) = demo_server(dir.path()) else { return };
    let name = format!("viewer_{}", std::process::id());
    let add = carecoop(&["server", "add-user", &name, "--role", "viewer", "--data", &db.url]);
    assert!(add.status.success(), "{}", text(&add.stderr));
    let (scheme, rest) = db.url.split_once("://").unwrap();
    let host = rest.split_once('@').map_or(rest, |(_, h)| h);
    let url = format!("{scheme}://{name}@{host}");
    let mut h = window(&url, dir.path());
    wait_until(&mut h, "the roster", |h| shows(h, "Fiona Drummond"));
    assert!(shows(&h, "(read only)"), "the status bar says read only");
    assert!(h.query_by_role_and_label(Role::Button, "Add member").is_none(), "no edit controls for a viewer");
    h.get_by_label("Fiona Drummond").click();
    wait_until(&mut h, "the member's details", |h| {
        h.query_by_role_and_label(Role::Button, "Close").is_some()
    });
    for edit in ["Save member", "Archive member"] {
        assert!(h.query_by_role_and_label(Role::Button, edit).is_none(), "a viewer is offered {edit}");
    }
    let mut admin = PgStore::open(&db.url, OpenMode::ExistingOnly).unwrap();
    let before = member_named(&admin, "Fiona Drummond");
    // Through the same actions the window sends, the server refuses a viewer's save.
    let mut viewer = PgStore::open(&url, OpenMode::ExistingOnly).unwrap();
    let mut changed = before.clone();
    changed.phone = "0000".into();
    assert!(apply(&mut viewer, Action::SaveMember(Box::new(changed)), today()).is_err());
    assert_eq!(member_named(&admin, "Fiona Drummond"), before);
    apply(&mut admin, Action::SetMemberArchived(before.id, false), today()).unwrap();
}

#[test]
fn a_lost_connection_is_shown_and_the_window_reconnects() {
    let dir = tempfile::tempdir().unwrap();
    let Some(db) = demo_server(dir.path()) else { return };
    let mut h = window(&db.url, dir.path());
    wait_until(&mut h, "the roster", |h| shows(h, "Fiona Drummond"));
    // The server drops every connection to this database and takes no new ones for now (as a
    // restart or a network cut does).
    let name = db.url.rsplit('/').next().unwrap().split('?').next().unwrap().to_string();
    let mut admin = postgres::Client::connect(&common::pg::server().unwrap(), postgres::NoTls).unwrap();
    admin
        .batch_execute(&format!(
            "ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false; \
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
        ))
        .unwrap();
    wait_until(&mut h, "the lost-connection banner", |h| shows(h, "Connection to the co-op's server lost"));
    assert!(shows(&h, "Fiona Drummond"), "the co-op stays readable meanwhile");
    // A save made meanwhile is refused, and its form stays as typed.
    h.get_by_label("Fiona Drummond").click();
    wait_until(&mut h, "the member form", |h| {
        h.query_by_role_and_label(Role::Button, "Save member").is_some()
    });
    h.get_by_role_and_label(Role::TextInput, "Email").focus();
    h.step();
    h.get_by_role_and_label(Role::TextInput, "Email").type_text(".scot");
    h.step();
    press(&mut h, "Save member");
    wait_until(&mut h, "the refusal", |h| shows(h, "Not saved"));
    assert!(shows(&h, "open again as you typed it"));
    let typed = h.get_by_role_and_label(Role::TextInput, "Email").value().unwrap_or_default();
    assert!(typed.ends_with(".scot"), "the form keeps what was typed: {typed}");
    // So does a contact logged meanwhile on a person's page.
    press(&mut h, "People");
    h.get_by_label("Agnes Dewar").click();
    wait_until(&mut h, "Agnes's page", |h| {
        h.query_by_role_and_label(Role::Button, "Back to people").is_some()
    });
    h.get_by_role_and_label(Role::TextInput, "Contact note").focus();
    h.step();
    h.get_by_role_and_label(Role::TextInput, "Contact note").type_text("Rang about the walk");
    h.step();
    press(&mut h, "Log contact");
    // Opening the page could not be noted in the audit trail either: that is said too.
    wait_until(&mut h, "the second refusal", |h| shows(h, "(2 more)"));
    let note = h.get_by_role_and_label(Role::TextInput, "Contact note").value().unwrap_or_default();
    assert_eq!(note, "Rang about the walk", "the contact form keeps what was typed");
    // And an assessment entered meanwhile: its answers are still there.
    press(&mut h, "Wellbeing");
    press(&mut h, "Person");
    h.get_by_role_and_label(Role::TextInput, "Find person").focus();
    h.step();
    h.get_by_role_and_label(Role::TextInput, "Find person").type_text("Agnes Dewar");
    h.step();
    h.get_by_label("Agnes Dewar (P0001)").click_accesskit();
    h.step();
    press(&mut h, "Record assessment");
    for _ in 0..2 {
        h.key_press(egui::Key::Num3);
        h.step();
    }
    press(&mut h, "Save assessment");
    wait_until(&mut h, "the third refusal", |h| shows(h, "(3 more)"));
    assert!(
        shows(&h, "Not scored yet: items 3, 4, 5"),
        "the assessment form is open again with its two answers"
    );
    press(&mut h, "People");
    assert!(shows(&h, "Connection to the co-op's server lost"));
    admin.batch_execute(&format!("ALTER DATABASE {name} WITH ALLOW_CONNECTIONS true")).unwrap();
    wait_until(&mut h, "reconnection", |h| !shows(h, "Connection to the co-op's server lost"));
    press(&mut h, "Log contact");
    wait_until(&mut h, "the contact saved", |h| shows(h, "Contact saved"));
    // Back on Members, the member form is still open as typed: save it now.
    press(&mut h, "Members");
    wait_until(&mut h, "the member form", |h| {
        h.query_by_role_and_label(Role::Button, "Save member").is_some()
    });
    let typed = h.get_by_role_and_label(Role::TextInput, "Email").value().unwrap_or_default();
    assert!(typed.ends_with(".scot"), "{typed}");
    press(&mut h, "Save member");
    wait_until(&mut h, "the save once it is back", |h| shows(h, "Saved Fiona Drummond"));
    let check = PgStore::open(&db.url, OpenMode::ExistingOnly).unwrap();
    assert!(member_named(&check, "Fiona Drummond").email.ends_with(".scot"));
    // Changes made meanwhile arrive once it is back.
    let mut other = PgStore::open(&db.url, OpenMode::ExistingOnly).unwrap();
    let mut fiona = member_named(&other, "Fiona Drummond");
    fiona.name = "Fiona Back".into();
    apply(&mut other, Action::SaveMember(Box::new(fiona)), today()).unwrap();
    wait_until(&mut h, "the change after reconnecting", |h| shows(h, "Fiona Back"));
}

#[test]
fn a_server_that_cannot_be_reached_is_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    if common::pg::server().is_none() {
        return;
    }
    let mut h = window("postgres://nobody@127.0.0.1:9/carecoop", dir.path());
    wait_until(&mut h, "the message", |h| shows(h, "Cannot reach the co-op's server"));
    h.get_by_role_and_label(Role::Button, "Try now");
}

#[test]
fn the_welcome_screen_connects_to_a_server_and_remembers_it_without_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let Some(db) = demo_server(dir.path()) else { return };
    let (user_host, database) = db.url.trim_start_matches("postgres://").rsplit_once('/').unwrap();
    let (user, host_port) = user_host.split_once('@').unwrap();
    let (host, port) = host_port.rsplit_once(':').unwrap();
    let mut h = window(&dir.path().join("coop.redb").display().to_string(), dir.path());
    h.run();
    press(&mut h, "Connect to the co-op's server");
    for (label, value) in [
        ("Server", host),
        ("Port", port),
        ("Database", database),
        ("User name", user),
        ("Password", "secret"),
    ] {
        let role = if label == "Password" { Role::PasswordInput } else { Role::TextInput };
        h.get_by_role_and_label(role, label).focus();
        h.step();
        for _ in 0..12 {
            h.key_press(egui::Key::Backspace);
        }
        h.get_by_role_and_label(role, label).type_text(value);
        h.step();
    }
    // The test server speaks without TLS.
    h.get_by_role_and_label(Role::CheckBox, "Encrypt the connection (TLS)").click();
    h.step();
    press(&mut h, "Connect");
    wait_until(&mut h, "the co-op from the server", |h| shows(h, "Fiona Drummond"));
    let remembered = h.state().state().server.clone().unwrap();
    assert!(remembered.contains(host) && remembered.contains(database), "{remembered}");
    assert!(!remembered.contains("secret"), "the password is never remembered: {remembered}");
}

#[test]
fn the_windows_copy_of_a_co_op_larger_than_one_batch_matches_the_server() {
    use carecoop::data::{DataStore, Reads, RecordKind};
    let dir = tempfile::tempdir().unwrap();
    let Some(db) = FreshDatabase::new() else { return };
    let file = dir.path().join("small.redb").display().to_string();
    let generate = carecoop(&["generate", "--scale", "small", "--data", &file]);
    assert!(generate.status.success(), "{}", text(&generate.stderr));
    assert!(carecoop(&["server", "setup", "--data", &db.url]).status.success());
    let copy = carecoop(&["copy", "--from", &file, "--to", &db.url]);
    assert!(copy.status.success(), "{:?}: {}{}", copy.status, text(&copy.stdout), text(&copy.stderr));
    let link = carecoop::team::TeamLink::open(&db.url, || {});
    let start = Instant::now();
    while link.state() != carecoop::team::LinkState::Ready || link.replica().is_none() {
        assert!(start.elapsed() < Duration::from_secs(60), "the co-op did not load: {:?}", link.state());
        std::thread::sleep(Duration::from_millis(20));
    }
    let copy = link.replica().unwrap();
    let server = PgStore::open(&db.url, OpenMode::ExistingOnly).unwrap();
    for kind in RecordKind::ALL {
        assert_eq!(copy.count_kind(*kind).unwrap(), server.count_kind(*kind).unwrap(), "{kind:?}");
    }
    assert!(server.count_kind(RecordKind::Assessment).unwrap() > 5_000, "more than one batch");
    assert_eq!(copy.person_summaries().unwrap(), server.person_summaries().unwrap());
    assert_eq!(copy.settings().unwrap(), server.settings().unwrap());
    assert!(copy.check().unwrap().is_consistent());
}
