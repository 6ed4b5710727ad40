//! Faults a working day meets: the disk fills up, the network folder holding the file goes
//! away, the file or its folder is read-only. Each time the save fails with a clear message,
//! the form keeps what was typed, nothing is corrupted, and the file opens afterwards.
//!
//! The window runs on a simulated disk (`tests/common/disk.rs`) that can fill up or vanish;
//! the command line on a real full disk (a small tmpfs, when this machine lets the tests mount
//! one) and on a real read-only folder.

mod common;

use carecoop::data::{DataStore, OpenMode, ReadsExt};
use carecoop::domain::Person;
use carecoop::store::RedbStore;
use carecoop::ui::{AppState, CarecoopApp, Paths};
use common::disk::{SimDisk, picture};
use common::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::Path;

/// The demo co-op on a simulated disk, in the window.
fn window_on(disk: &SimDisk, dir: &Path) -> Harness<'static, CarecoopApp> {
    let store = RedbStore::on_backend(disk.clone(), "coop.redb on a simulated disk").unwrap();
    let paths =
        Paths { data: dir.join("coop.redb"), demo: dir.join("demo.redb"), exports: Some(dir.to_path_buf()) };
    let app = CarecoopApp::with_store(paths, AppState::default(), today(), Box::new(store));
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CarecoopApp| app.app_ui(ui), app);
    h.run();
    h
}

fn demo_disk() -> SimDisk {
    let disk = SimDisk::new();
    {
        let store = RedbStore::on_backend(disk.clone(), "demo").unwrap();
        carecoop::demo::write_demo(&store, today()).unwrap();
    }
    SimDisk::holding(disk.durable())
}

/// Opens the member form and types a new member, as a coordinator would.
fn type_a_member(h: &mut Harness<'static, CarecoopApp>) {
    click(h, "Members");
    click(h, "Add member");
    type_into(h, "Name", "Zoe Thomson");
    type_into(h, "Hourly rate (£)", "28.50");
    type_into(h, "Email", "zoe@example.org");
}

/// The store a restart finds on `disk`: it opens, `check` is clean, and it holds `expected`.
fn reopens_whole(disk: &SimDisk, expected: &str) {
    let store =
        RedbStore::on_backend(SimDisk::holding(disk.durable()), "after the fault").expect("the file opens");
    let report = store.check().unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(picture(&store), expected, "the co-op is as it was before the failed save");
}

#[test]
fn a_full_disk_fails_the_save_clearly_and_keeps_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let disk = demo_disk();
    let before = picture(&RedbStore::on_backend(SimDisk::holding(disk.durable()), "before").unwrap());
    let mut h = window_on(&disk, dir.path());
    type_a_member(&mut h);
    disk.fill_up_at(0);
    click(&mut h, "Save member");
    h.get_by_label_contains("Not saved");
    h.get_by_label_contains("No space left on device");
    assert_eq!(h.get_by_role_and_label(Role::TextInput, "Name").value().as_deref(), Some("Zoe Thomson"));
    assert_eq!(h.get_by_role_and_label(Role::TextInput, "Email").value().as_deref(), Some("zoe@example.org"));
    drop(h);
    reopens_whole(&disk, &before);
}

#[test]
fn a_network_folder_that_goes_away_fails_the_save_clearly_and_corrupts_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let disk = demo_disk();
    let before = picture(&RedbStore::on_backend(SimDisk::holding(disk.durable()), "before").unwrap());
    let mut h = window_on(&disk, dir.path());
    type_a_member(&mut h);
    disk.vanish(true);
    click(&mut h, "Save member");
    h.get_by_label_contains("Not saved");
    h.get_by_label_contains("no longer there");
    assert_eq!(h.get_by_role_and_label(Role::TextInput, "Name").value().as_deref(), Some("Zoe Thomson"));
    // Other views say the data cannot be read rather than showing nothing.
    click(&mut h, "People");
    h.get_by_label_contains("no longer there");
    drop(h);
    disk.vanish(false);
    reopens_whole(&disk, &before);
}

/// A folder made read-only for this process: by permissions, or (as root, whom permissions do
/// not stop) by a read-only bind mount. `None` when neither can be done here.
struct ReadOnly {
    folder: std::path::PathBuf,
    mounted: bool,
}

impl ReadOnly {
    fn make(folder: &Path) -> Option<ReadOnly> {
        use std::os::unix::fs::PermissionsExt;
        let root = std::process::Command::new("id")
            .arg("-u")
            .output()
            .ok()
            .is_some_and(|o| o.stdout.starts_with(b"0\n"));
        if !root {
            for entry in std::fs::read_dir(folder).ok()? {
                let path = entry.ok()?.path();
                std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).ok()?;
            }
            std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o555)).ok()?;
            return Some(ReadOnly { folder: folder.to_path_buf(), mounted: false });
        }
        let f = folder.display().to_string();
        let run = |args: &[&str]| {
            std::process::Command::new("mount").args(args).status().is_ok_and(|s| s.success())
        };
        if !run(&["--bind", &f, &f]) {
            return None;
        }
        if !run(&["-o", "remount,ro,bind", &f, &f]) {
            std::process::Command::new("umount").arg(&f).status().ok();
            return None;
        }
        Some(ReadOnly { folder: folder.to_path_buf(), mounted: true })
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.mounted {
            std::process::Command::new("umount").arg(&self.folder).status().ok();
        } else {
            std::fs::set_permissions(&self.folder, std::fs::Permissions::from_mode(0o755)).ok();
            if let Ok(entries) = std::fs::read_dir(&self.folder) {
                for entry in entries.flatten() {
                    std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(0o644)).ok();
                }
            }
        }
    }
}

#[test]
fn a_read_only_file_is_refused_clearly_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder).unwrap();
    let db = demo(&folder);
    let csv = dir.path().join("people.csv");
    std::fs::write(&csv, format!("{PEOPLE_HEADER}\n,Zoe Thomson,,,,,,,,,,2026-01-05,no\n")).unwrap();
    let bytes = std::fs::read(&db).unwrap();
    let Some(read_only) = ReadOnly::make(&folder) else {
        eprintln!("skipped: this machine can make no folder read-only for the tests");
        return;
    };
    let import = carecoop(&["import", "people", &csv.display().to_string(), "--data", &db]);
    assert_eq!(import.status.code(), Some(1), "{}", text(&import.stdout));
    let message = text(&import.stderr);
    assert!(message.contains("read-only") || message.contains("ermission denied"), "{message}");
    assert!(message.contains("demo.redb"), "the message names the file: {message}");
    assert!(!message.contains("panicked"), "{message}");
    drop(read_only);
    assert_eq!(std::fs::read(&db).unwrap(), bytes, "the file is byte for byte as it was");
    let check = carecoop(&["check", "--data", &db]);
    assert!(check.status.success(), "{}", text(&check.stderr));
}

/// A tmpfs of `megabytes` mounted at `at`, unmounted when dropped; `None` when this machine
/// does not let the tests mount one (not root, or no such permission in a container).
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    fn mount(at: &Path, megabytes: u32) -> Option<Tmpfs> {
        std::fs::create_dir_all(at).ok()?;
        let status = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={megabytes}m"), "tmpfs", &at.display().to_string()])
            .stderr(std::process::Stdio::null())
            .status()
            .ok()?;
        status.success().then(|| Tmpfs(at.to_path_buf()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        std::process::Command::new("umount").arg(&self.0).status().ok();
    }
}

#[test]
fn a_real_full_disk_fails_an_import_clearly_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let Some(disk) = Tmpfs::mount(&dir.path().join("small-disk"), 4) else {
        eprintln!("skipped: this machine does not let the tests mount a small tmpfs");
        return;
    };
    let db = demo(&disk.0);
    let people_before =
        RedbStore::open(Path::new(&db), OpenMode::ExistingOnly).unwrap().count::<Person>().unwrap();
    // Fill what is left of the disk.
    let mut chunk = 0;
    while std::fs::write(disk.0.join(format!("filler{chunk}")), vec![7u8; 64 * 1024]).is_ok() {
        chunk += 1;
    }
    let csv = dir.path().join("people.csv");
    let mut rows = format!("{PEOPLE_HEADER}\n");
    for i in 0..2000 {
        rows.push_str(&format!(
            ",Imported Person {i},,,,,,,,,{},2026-01-05,no\n",
            "a long note about what matters ".repeat(8)
        ));
    }
    std::fs::write(&csv, rows).unwrap();
    let import = carecoop(&["import", "people", &csv.display().to_string(), "--data", &db]);
    assert_eq!(import.status.code(), Some(1), "{}", text(&import.stdout));
    let message = text(&import.stderr);
    assert!(message.contains("No space left on device"), "{message}");
    assert!(!message.contains("panicked"), "{message}");
    // The file opens, is whole, and holds what it held.
    let check = carecoop(&["check", "--data", &db]);
    assert!(check.status.success(), "{}{}", text(&check.stdout), text(&check.stderr));
    let store = RedbStore::open(Path::new(&db), OpenMode::ExistingOnly).unwrap();
    assert_eq!(store.count::<Person>().unwrap(), people_before);
    drop(store);
    // With space again, the same import goes in whole.
    for i in 0..chunk {
        std::fs::remove_file(disk.0.join(format!("filler{i}"))).ok();
    }
    let again = carecoop(&["import", "people", &csv.display().to_string(), "--data", &db]);
    assert!(again.status.success(), "{}", text(&again.stderr));
    let store = RedbStore::open(Path::new(&db), OpenMode::ExistingOnly).unwrap();
    assert_eq!(store.count::<Person>().unwrap(), people_before + 2000);
}
