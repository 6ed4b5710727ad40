//! A data file protected with a passphrase, in the window through AccessKit: protecting it
//! from Settings (the recovery key shown once), and the screen that asks for the passphrase
//! when such a file opens (a wrong one said plainly, the recovery key accepted).

mod common;

use carecoop::data::OpenMode;
use carecoop::store::RedbStore;
use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

/// Types into the password field with this label (it starts empty, or is cleared first).
fn type_secret(h: &mut egui_kittest::Harness<'_, carecoop::ui::CarecoopApp>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::PasswordInput, label).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.key_press(egui::Key::Backspace);
    h.run();
    h.get_by_role_and_label(Role::PasswordInput, label).type_text(text);
    h.run();
}

#[test]
fn protecting_the_file_from_settings_shows_the_recovery_key_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Settings");
    h.get_by_label_contains("Protect this file with a passphrase: if the computer is lost");
    type_secret(&mut h, "Passphrase", "heather on the hill");
    type_secret(&mut h, "Passphrase again", "heather on the hil");
    click(&mut h, "Protect this file with a passphrase");
    h.get_by_label("The two passphrases differ.");
    type_secret(&mut h, "Passphrase", "heather on the hill");
    type_secret(&mut h, "Passphrase again", "heather on the hill");
    click(&mut h, "Protect this file with a passphrase");
    h.get_by_label("Keep this recovery key");
    let key = h
        .query_all_by_role(Role::Label)
        .filter_map(|n| n.accesskit_node().value().or(n.accesskit_node().label()))
        .find(|t| t.len() == 39 && t.matches('-').count() == 7)
        .expect("the recovery key is shown");
    click(&mut h, "I have kept it");
    assert!(h.query_by_label("Keep this recovery key").is_none(), "shown once, then gone");
    h.get_by_label_contains("This file is protected: every record in it is sealed");
    drop(h);
    // The demo file now opens only with the passphrase or that key.
    let path = dir.path().join("demo.redb");
    assert!(RedbStore::open(&path, OpenMode::ExistingOnly).is_err());
    assert!(RedbStore::open_with(&path, OpenMode::ExistingOnly, Some(&key)).is_ok());
}

#[test]
fn a_protected_file_asks_for_its_passphrase_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let recovery = {
        let mut store = RedbStore::open(std::path::Path::new(&file), OpenMode::ExistingOnly).unwrap();
        store.protect("heather on the hill").unwrap()
    };
    let paths = carecoop::ui::Paths {
        data: std::path::PathBuf::from(&file),
        demo: dir.path().join("other.redb"),
        exports: Some(dir.path().to_path_buf()),
    };
    let mut h = harness(paths);
    h.run();
    h.get_by_label("This data file is protected");
    type_secret(&mut h, "Passphrase or recovery key", "heather on the hills");
    click(&mut h, "Open");
    h.get_by_label("That is not this file's passphrase or recovery key. Nothing was changed.");
    type_secret(&mut h, "Passphrase or recovery key", &recovery.expose().to_lowercase());
    click(&mut h, "Open");
    h.get_by_role_and_label(Role::Button, "Add member");
    assert!(h.query_by_label("This data file is protected").is_none());
}
