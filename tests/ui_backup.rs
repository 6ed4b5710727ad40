//! Backups in the window: the day's first backup when the file opens, one when the window
//! closes, Settings → Backups listing them, and restoring one after seeing what it holds.

mod common;

use carecoop::actions::{Action, apply};
use carecoop::data::{OpenMode, ReadsExt};
use carecoop::domain::Member;
use carecoop::store::RedbStore;
use carecoop::ui::{AppState, CarecoopApp, Paths};
use common::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use std::path::Path;

/// A co-op of one member in `dir/coop.redb`.
fn co_op(dir: &Path) -> std::path::PathBuf {
    let file = dir.join("coop.redb");
    let mut store = RedbStore::open(&file, OpenMode::CreateIfMissing).unwrap();
    apply(&mut store, Action::StartCoop, today()).unwrap();
    apply(&mut store, Action::SaveMember(Box::new(Member::named("Isla MacLeod"))), today()).unwrap();
    file
}

fn window(dir: &Path) -> Harness<'static, CarecoopApp> {
    let paths =
        Paths { data: dir.join("coop.redb"), demo: dir.join("demo.redb"), exports: Some(dir.to_path_buf()) };
    let app = CarecoopApp::new(paths, AppState::default(), today());
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CarecoopApp| app.app_ui(ui), app);
    h.run();
    h
}

/// Runs frames until the status bar says `text` (a backup is written on a worker thread).
fn settle_until(h: &mut Harness<'static, CarecoopApp>, text: &str) {
    for _ in 0..400 {
        // One frame at a time: a spinner turns while the backup is written.
        h.step();
        if h.query_by_label_contains(text).is_some() {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("never showed '{text}'");
}

fn backups(dir: &Path) -> Vec<std::path::PathBuf> {
    carecoop::backup::list(&dir.join("backups"), &dir.join("coop.redb")).into_iter().map(|(_, p)| p).collect()
}

#[test]
fn the_days_first_backup_is_taken_when_the_file_opens_and_another_when_the_window_closes() {
    let dir = tempfile::tempdir().unwrap();
    co_op(dir.path());
    let mut h = window(dir.path());
    settle_until(&mut h, "Backed up to");
    assert_eq!(backups(dir.path()).len(), 1);
    drop(h);
    // Opened again the same day: no second daily backup.
    let mut h = window(dir.path());
    for _ in 0..5 {
        h.run();
    }
    assert_eq!(backups(dir.path()).len(), 1, "one daily backup a day");
    h.state_mut().close();
    assert_eq!(backups(dir.path()).len(), 2, "and one when the window closes (the day's are all kept)");
    let copy = RedbStore::open(&backups(dir.path())[1], OpenMode::ExistingOnly).unwrap();
    assert_eq!(copy.count::<Member>().unwrap(), 1);
}

#[test]
fn a_backup_is_restored_from_settings_after_seeing_what_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    co_op(dir.path());
    let mut h = window(dir.path());
    settle_until(&mut h, "Backed up to");
    // A member added after the backup.
    click(&mut h, "Members");
    click(&mut h, "Add member");
    type_into(&mut h, "Name", "Zoe Thomson");
    type_into(&mut h, "Hourly rate (£)", "28.50");
    click(&mut h, "Save member");
    h.get_by_label("Saved Zoe Thomson");
    click(&mut h, "Settings");
    h.get_by_role_and_label(Role::Button, "Backups").click_accesskit();
    h.run();
    let (taken, _) =
        carecoop::backup::list(&dir.path().join("backups"), &dir.path().join("coop.redb"))[0].clone();
    let restore = format!("Restore {}...", taken.format("%a %-d %b %Y %H:%M"));
    h.get_by_role_and_label(Role::Button, &restore).click_accesskit();
    h.run();
    h.get_by_label_contains("Restore the backup");
    h.get_by_label("In the backup");
    h.get_by_label("In the file now");
    click(&mut h, "Restore");
    if let Some(error) = h.query_by_label_contains("Nothing was restored") {
        panic!("{:?}", error.accesskit_node().label());
    }
    h.get_by_label_contains("Restored from");
    let store = |dir: &Path| RedbStore::open(&dir.join("coop.redb"), OpenMode::ExistingOnly);
    drop(h);
    let restored = store(dir.path()).unwrap();
    assert_eq!(restored.count::<Member>().unwrap(), 1, "Zoe was added after the backup");
    drop(restored);
    // The file as it was (with Zoe) was kept first.
    let kept = backups(dir.path());
    assert_eq!(kept.len(), 2, "{kept:?}");
    let before = RedbStore::open(&kept[1], OpenMode::ExistingOnly).unwrap();
    assert_eq!(before.count::<Member>().unwrap(), 2);
}

#[test]
fn backup_settings_name_what_is_wrong_and_keep_the_folder_chosen() {
    let dir = tempfile::tempdir().unwrap();
    co_op(dir.path());
    let mut h = window(dir.path());
    settle_until(&mut h, "Backed up to");
    click(&mut h, "Settings");
    h.get_by_role_and_label(Role::Button, "Backups").click_accesskit();
    h.run();
    type_into(&mut h, "Keep daily copies", "0");
    click(&mut h, "Save backup settings");
    h.get_by_label("'0' is not a number of daily copies from 1 to 365");
    let usb = dir.path().join("usb stick");
    type_into(&mut h, "Keep daily copies", "3");
    type_into(&mut h, "Backups folder", &usb.display().to_string());
    click(&mut h, "Save backup settings");
    assert_eq!(h.state().state().backups.folder.as_deref(), Some(usb.as_path()));
    assert_eq!(h.state().state().backups.rotation.daily, 3);
    h.get_by_role_and_label(Role::Button, "Back up now...").click_accesskit();
    settle_until(&mut h, "Backed up to");
    assert_eq!(carecoop::backup::list(&usb, &dir.path().join("coop.redb")).len(), 1);
}
