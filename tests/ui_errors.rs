//! What a person sees when something goes wrong: a read that fails is shown, never replaced
//! by defaults (and never saved over the real data); an error stays until it is dismissed.

mod common;

use carecoop::data::{OpenMode, Reads, WriteExt};
use carecoop::store::RedbStore;
use carecoop::ui::{AppState, CarecoopApp, Paths};
use common::flaky::{Faults, Flaky};
use common::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::Path;
use std::sync::atomic::Ordering;

/// The demo co-op with licensed wording saved, opened through a store whose reads can fail.
fn flaky_demo(dir: &Path) -> (Harness<'static, CarecoopApp>, Faults) {
    flaky_demo_with(dir, Faults::default())
}

/// The same, with `faults` already switched on for the first frame.
fn flaky_demo_with(dir: &Path, faults: Faults) -> (Harness<'static, CarecoopApp>, Faults) {
    let path = dir.join("demo.redb");
    carecoop::demo::write_demo_file(&path, today()).unwrap();
    let inner = RedbStore::open(&path, OpenMode::ExistingOnly).unwrap();
    let mut settings = inner.settings().unwrap();
    settings.wemwbs_wording = (1..=14).map(|i| format!("Licensed item {i}")).collect();
    inner.write(|tx| tx.put_settings(&settings)).unwrap();
    let store = Flaky { inner: std::sync::Arc::new(inner), faults: faults.clone() };
    let paths = Paths { data: path, demo: dir.join("other.redb"), exports: Some(dir.join("no-such-folder")) };
    let app = CarecoopApp::with_store(paths, AppState::default(), today(), Box::new(store));
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CarecoopApp| app.app_ui(ui), app);
    h.run();
    (h, faults)
}

#[test]
fn settings_that_cannot_be_read_are_not_shown_and_cannot_be_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, faults) = flaky_demo(dir.path());
    faults.settings.store(true, Ordering::Relaxed);
    click(&mut h, "Settings");
    h.get_by_label_contains("the disk did not answer");
    h.get_by_label_contains("nothing can be saved over them");
    assert!(h.query_by_role_and_label(Role::Button, "Save settings").is_none());
    assert!(h.query_by_label("Licensed WEMWBS wording (14 lines)").is_none());
    drop(h);
    let store = RedbStore::open(&dir.path().join("demo.redb"), OpenMode::ExistingOnly).unwrap();
    assert_eq!(store.settings().unwrap().wemwbs_wording[0], "Licensed item 1", "the wording is intact");
}

#[test]
fn once_the_settings_can_be_read_again_they_are_shown_as_stored() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, faults) = flaky_demo(dir.path());
    faults.settings.store(true, Ordering::Relaxed);
    click(&mut h, "Settings");
    assert!(h.query_by_role_and_label(Role::Button, "Save settings").is_none());
    faults.settings.store(false, Ordering::Relaxed);
    click(&mut h, "Try again");
    h.get_by_role_and_label(Role::Button, "Save settings");
    let wording =
        h.get_by_role_and_label(Role::MultilineTextInput, "Licensed WEMWBS wording (14 lines)").value();
    assert!(wording.unwrap_or_default().starts_with("Licensed item 1\nLicensed item 2"));
}

#[test]
fn a_report_that_cannot_be_read_shows_the_error_not_an_empty_report() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, faults) = flaky_demo(dir.path());
    faults.referrals.store(true, Ordering::Relaxed);
    click(&mut h, "Reports");
    h.get_by_label_contains("Could not read the data file");
    h.get_by_label_contains("the disk did not answer");
    assert!(h.query_by_label_contains("referrals received in the range").is_none());
    assert!(h.query_by_label("By month and source").is_none());
}

#[test]
fn an_error_stays_until_it_is_dismissed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = flaky_demo(dir.path());
    click(&mut h, "People");
    type_into(&mut h, "Search people", "Bill McIntyre");
    h.get_by_label("Bill McIntyre").click();
    h.run();
    h.get_by_label("Data rights").click_accesskit();
    h.run();
    // The export folder does not exist, so saving fails.
    click(&mut h, "Export this person's data as JSON...");
    h.get_by_label_contains("Could not save");
    for _ in 0..5 {
        h.run();
    }
    click(&mut h, "Members");
    h.get_by_label_contains("Could not save");
    click(&mut h, "Dismiss");
    assert!(h.query_by_label_contains("Could not save").is_none());
}

#[test]
fn the_members_view_offers_no_settings_it_could_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let faults = Faults::default();
    faults.settings.store(true, Ordering::Relaxed);
    let (mut h, faults) = flaky_demo_with(dir.path(), faults);
    click(&mut h, "Members");
    h.get_by_label_contains("the disk did not answer");
    assert!(h.query_by_label("Warn about papers expiring within (days)").is_none());
    assert!(h.query_by_label("Isla MacLeod").is_none(), "no roster drawn from a failed read");
    faults.settings.store(false, Ordering::Relaxed);
    click(&mut h, "Try again");
    h.get_by_label("Isla MacLeod");
}
