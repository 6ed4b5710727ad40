//! Undo and redo in the window: book a session, Ctrl+Z takes it back, Ctrl+Shift+Z does it
//! again; the status bar names the action; an undo over someone else's change is refused and
//! changes nothing.

mod common;

use carecoop::actions::{Action, ImportBatch, apply};
use carecoop::data::{OpenMode, Reads, ReadsExt};
use carecoop::domain::{Member, Session};
use carecoop::store::RedbStore;
use carecoop::ui::{AppState, CarecoopApp, Paths};
use common::flaky::{Faults, Flaky};
use common::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::Path;
use std::sync::Arc;

/// Books "Community herbalism" with Mhairi Sinclair today at 14:00, once.
fn book_once(h: &mut Harness<'_, CarecoopApp>) {
    click(h, "Calendar");
    click(h, "Book a session");
    choose(h, "Activity", "Community herbalism");
    type_into(h, "Start time", "14:00");
    h.get_by_role_and_label(Role::CheckBox, "Mhairi Sinclair").click_accesskit();
    h.run();
    click(h, "Book session");
    h.get_by_label("Session booked");
}

fn booked(dir: &Path) -> usize {
    let store = RedbStore::open(&dir.join("demo.redb"), OpenMode::ExistingOnly).unwrap();
    let sessions: Vec<Session> = store.sessions_between(today(), today()).unwrap();
    sessions.iter().filter(|s| s.start == chrono::NaiveTime::from_hms_opt(14, 0, 0).unwrap()).count()
}

fn undo_keys(h: &mut Harness<'_, CarecoopApp>) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
}

fn redo_keys(h: &mut Harness<'_, CarecoopApp>) {
    h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::Z);
    h.run();
}

#[test]
fn ctrl_z_takes_a_booking_back_and_ctrl_shift_z_does_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    let label = format!("booked session (Community herbalism, {})", today().format("%a %-d %b"));
    book_once(&mut h);
    h.get_by_role_and_label(Role::Button, &format!("Undo: {label}"));
    undo_keys(&mut h);
    h.get_by_label(&format!("Undid: {label}"));
    h.get_by_role_and_label(Role::Button, &format!("Redo: {label}"));
    assert!(h.query_by_role_and_label(Role::Button, &format!("Undo: {label}")).is_none());
    redo_keys(&mut h);
    h.get_by_label(&format!("Redid: {label}"));
    // And once more by the button.
    click(&mut h, &format!("Undo: {label}"));
    h.get_by_label(&format!("Undid: {label}"));
    drop(h);
    assert_eq!(booked(dir.path()), 0, "undone: the session is gone");
}

#[test]
fn a_redone_booking_is_stored_and_noted_in_the_audit_trail() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    book_once(&mut h);
    undo_keys(&mut h);
    redo_keys(&mut h);
    drop(h);
    assert_eq!(booked(dir.path()), 1, "redone: the session is back");
    let store = RedbStore::open(&dir.path().join("demo.redb"), OpenMode::ExistingOnly).unwrap();
    let trail = store.audit_trail(&Default::default(), Some(3)).unwrap();
    let actions: Vec<&str> = trail.iter().map(|e| e.note.action.as_str()).collect();
    assert_eq!(actions, ["booked session", "undid booked session", "redid booked session"]);
}

#[test]
fn ctrl_z_in_a_text_field_edits_the_text_not_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    book_once(&mut h);
    click(&mut h, "Members");
    type_into(&mut h, "Search members", "Isla");
    undo_keys(&mut h);
    assert!(h.query_by_label_contains("Undid:").is_none(), "the booking stays while typing");
}

#[test]
fn undo_is_refused_when_an_import_changed_the_same_record_since() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    carecoop::demo::write_demo_file(&path, today()).unwrap();
    let shared = Arc::new(RedbStore::open(&path, OpenMode::ExistingOnly).unwrap());
    let store = Flaky { inner: shared.clone(), faults: Faults::default() };
    let paths = Paths {
        data: path.clone(),
        demo: dir.path().join("other.redb"),
        exports: Some(dir.path().to_path_buf()),
    };
    let app = CarecoopApp::with_store(paths, AppState::default(), today(), Box::new(store));
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CarecoopApp| app.app_ui(ui), app);
    h.run();
    click(&mut h, "Members");
    click(&mut h, "Add member");
    type_into(&mut h, "Name", "Zoe Thomson");
    type_into(&mut h, "Hourly rate (£)", "28.50");
    click(&mut h, "Save member");
    h.get_by_label("Saved Zoe Thomson");
    // Another window (or an import) updates Zoe's rate.
    let mut other = Flaky { inner: shared.clone(), faults: Faults::default() };
    let csv = "name,role,activities,hourly_rate_gbp,villages,phone,email,pvg_number,pvg_scope,pvg_expiry,insurance_expiry,joined\n\
               Zoe Thomson,therapist,,31,,,,,,,,\n";
    let plan = carecoop::exchange::import::plan_members(
        &carecoop::exchange::import::Sheet::csv(csv).unwrap(),
        &shared.all::<Member>().unwrap(),
        &[],
    )
    .unwrap();
    apply(&mut other, Action::Import(Box::new(ImportBatch::Members(plan))), today()).unwrap();
    click(&mut h, "Undo: added member (Zoe Thomson)");
    h.get_by_label_contains("cannot undo \u{201c}added member (Zoe Thomson)\u{201d}: member");
    h.get_by_label_contains("has changed since");
    let zoe = shared.all::<Member>().unwrap().into_iter().find(|m| m.name == "Zoe Thomson");
    assert!(zoe.is_some(), "nothing was undone");
}
