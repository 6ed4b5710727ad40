//! Helpers shared by the UI tests: an app on fresh files, driven through AccessKit.

#![allow(dead_code)]

pub mod disk;
pub mod flaky;
pub mod pg;

use carecoop::ui::{AppState, CarecoopApp, Paths};
use chrono::NaiveDate;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::Path;

/// The fixed "today" of the UI tests.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// A data file and a demo file in `dir`.
pub fn paths(dir: &Path) -> Paths {
    Paths { data: dir.join("coop.redb"), demo: dir.join("demo.redb"), exports: Some(dir.to_path_buf()) }
}

/// The app on `paths`, in a window-sized harness.
pub fn harness(paths: Paths) -> Harness<'static, CarecoopApp> {
    let app = CarecoopApp::new(paths, AppState::default(), today());
    Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CarecoopApp| app.app_ui(ui), app)
}

/// The app showing the demo co-op.
pub fn demo_harness(dir: &Path) -> Harness<'static, CarecoopApp> {
    let mut h = harness(paths(dir));
    h.run();
    h.get_by_label("Explore the demo co-op").click();
    h.run();
    h
}

/// Presses the button with this label through AccessKit (as a screen reader or keyboard user
/// would) and lets the app settle.
pub fn click(h: &mut Harness<'_, CarecoopApp>, label: &str) {
    h.get_by_role_and_label(Role::Button, label).click_accesskit();
    h.run();
}

/// Types into the text input with this label, replacing what it held.
pub fn type_into(h: &mut Harness<'_, CarecoopApp>, label: &str, text: &str) {
    // Focus through AccessKit, as a keyboard or screen-reader user reaches a field (and so
    // that fields scrolled out of view work too).
    h.get_by_role_and_label(Role::TextInput, label).focus();
    h.run();
    let old = h.get_by_role_and_label(Role::TextInput, label).value().unwrap_or_default();
    // Wherever the click put the cursor, this clears the field.
    for _ in old.chars() {
        h.key_press(egui::Key::Backspace);
        h.key_press(egui::Key::Delete);
        h.run();
    }
    h.get_by_role_and_label(Role::TextInput, label).type_text(text);
    h.run();
}

/// The app opened directly on the demo file already in `dir` (as `--data demo.redb` would).
pub fn demo_harness_on(dir: &Path) -> Harness<'static, CarecoopApp> {
    let paths = Paths {
        data: dir.join("demo.redb"),
        demo: dir.join("other-demo.redb"),
        exports: Some(dir.to_path_buf()),
    };
    let mut h = harness(paths);
    h.run();
    h
}

/// The people import layout's header line.
pub const PEOPLE_HEADER: &str = "ref,name,preferred_name,date_of_birth,village,gp_practice,phone,email,needs,interests,what_matters,consent_store,consent_share";

/// Opens the combo box labelled `combo` and picks `option`.
pub fn choose(h: &mut Harness<'_, CarecoopApp>, combo: &str, option: &str) {
    h.get_by_role_and_label(Role::ComboBox, combo).click_accesskit();
    h.run();
    h.get_by_role_and_label(Role::Button, option).click_accesskit();
    h.run();
}

/// Runs the real carecoop binary with `args`.
pub fn carecoop(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_carecoop")).args(args).output().expect("the binary runs")
}

/// Output bytes as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Writes the demo co-op into `dir/demo.redb` with the CLI and returns its path.
pub fn demo(dir: &Path) -> String {
    let db = dir.join("demo.redb").display().to_string();
    let out = carecoop(&["demo", "--data", &db]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    db
}

/// The PDF's text, or `None` (with a note) where poppler is not installed; under CI=true
/// poppler must be there.
pub fn pdf_text(pdf: &Path) -> Option<String> {
    match std::process::Command::new("pdftotext").arg("-layout").arg(pdf).arg("-").output() {
        Ok(out) => {
            assert!(
                out.status.success(),
                "pdftotext could not read {}: {}",
                pdf.display(),
                text(&out.stderr)
            );
            Some(text(&out.stdout))
        }
        Err(_) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("pdftotext (poppler-utils) is needed under CI=true")
        }
        Err(_) => {
            eprintln!("pdftotext not installed: PDF text checks skipped (apt-get install poppler-utils)");
            None
        }
    }
}
