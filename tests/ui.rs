//! The window, driven like a user through AccessKit: find widgets by their label, click, type,
//! and assert what the user would see.

use carecoop::ui::{AppState, CarecoopApp, Paths, View};
use chrono::NaiveDate;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::Path;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn paths(dir: &Path) -> Paths {
    Paths { data: dir.join("coop.redb"), demo: dir.join("demo.redb"), exports: Some(dir.to_path_buf()) }
}

fn harness(paths: Paths) -> Harness<'static, CarecoopApp> {
    let app = CarecoopApp::new(paths, AppState::default(), today());
    Harness::builder()
        .with_size([1280.0, 820.0])
        .build_ui_state(|ui, app: &mut CarecoopApp| app.app_ui(ui), app)
}

fn nav(h: &mut Harness<'_, CarecoopApp>, view: &str) {
    h.get_by_role_and_label(Role::Button, view).click_accesskit();
    h.run();
}

#[test]
fn a_new_file_shows_the_welcome_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(paths(dir.path()));
    h.run();
    h.get_by_label("Start an empty co-op");
    h.get_by_label("Explore the demo co-op");
    h.get_by_label_contains("never mixed with your data");
}

#[test]
fn the_demo_shows_real_content_in_every_view() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(paths(dir.path()));
    h.run();
    h.get_by_label("Explore the demo co-op").click();
    h.run();
    h.get_by_label("Demo co-op");
    assert!(dir.path().join("demo.redb").exists());

    nav(&mut h, "Members");
    h.get_by_label("Isla MacLeod");
    h.get_by_label_contains("30 active members");
    h.get_by_label("Missing"); // one member has no PVG recorded

    nav(&mut h, "People");
    h.get_by_label("Agnes Dewar");
    h.get_by_label_contains("40 people");

    nav(&mut h, "Calendar");
    h.get_by_label_contains("Week of 16 Nov to 22 Nov 2026");
    h.get_by_label_contains("Nature walk on Tuesday 17 November at 10:00");

    nav(&mut h, "Planning");
    h.get_by_label_contains("the waiting list needs");
    h.get_by_label("Callum Stewart");

    nav(&mut h, "Wellbeing");
    h.get_by_label_contains("WEMWBS: 9 of 10 improved");
    assert!(h.query_all_by_label_contains("indicative only").count() >= 1);

    nav(&mut h, "Reports");
    h.get_by_label("By month and source");
    h.get_by_label_contains("referrals received in the range");
    h.get_by_role_and_label(Role::Button, "Pick report start on a calendar");
    h.get_by_role_and_label(Role::Button, "Pick report end on a calendar");
    h.get_by_role_and_label(Role::Button, "Funds").click_accesskit();
    h.run();
    h.get_by_label("Befriending fund");
    h.get_by_label("£4,500.00");
    assert_eq!(h.state().state().view, View::Reports);
}

#[test]
fn searching_narrows_the_roster() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(paths(dir.path()));
    h.run();
    h.get_by_label("Explore the demo co-op").click();
    h.run();
    nav(&mut h, "Members");
    h.get_by_label("Search members").click();
    h.run();
    h.get_by_label("Search members").type_text("yoga");
    h.run();
    h.get_by_label("Kirsty Fleming");
    assert!(h.query_by_label("Isla MacLeod").is_none(), "Isla does not teach yoga");
}

#[test]
fn the_calendar_moves_a_week_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(paths(dir.path()));
    h.run();
    h.get_by_label("Explore the demo co-op").click();
    h.run();
    nav(&mut h, "Calendar");
    h.get_by_role_and_label(Role::Button, "Next").click_accesskit();
    h.run();
    h.get_by_label_contains("Week of 23 Nov to 29 Nov 2026");
    h.get_by_role_and_label(Role::Button, "Today").click_accesskit();
    h.run();
    h.get_by_label_contains("Week of 16 Nov to 22 Nov 2026");
}

#[test]
fn an_empty_coop_opens_on_empty_views() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(paths(dir.path()));
    h.run();
    h.get_by_label("Start an empty co-op").click();
    h.run();
    h.get_by_label_contains("No members yet.");
    nav(&mut h, "People");
    h.get_by_label_contains("No one has been referred yet.");
    assert!(!dir.path().join("demo.redb").exists(), "the demo is never written into an empty co-op");
}

#[test]
fn keyboard_shortcuts_switch_views_and_the_theme_toggles() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(paths(dir.path()));
    h.run();
    h.get_by_label("Explore the demo co-op").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num5);
    h.run();
    assert_eq!(h.state().state().view, View::Wellbeing);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    h.run();
    assert_eq!(h.state().state().view, View::People);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num7);
    h.run();
    assert_eq!(h.state().state().view, View::Coop);
    h.get_by_label_contains("Registered society (members hold shares)");
    h.get_by_label("Dark theme").click();
    h.run();
    assert!(h.state().state().dark);
    h.get_by_label("Light theme");
}

#[test]
fn a_file_that_is_not_carecoops_shows_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let p = paths(dir.path());
    std::fs::write(&p.data, b"not a database").unwrap();
    let mut h = harness(p.clone());
    h.run();
    h.get_by_label("This data file cannot be opened");
    h.get_by_label_contains("is not a carecoop data file");
    assert_eq!(std::fs::read(&p.data).unwrap(), b"not a database");
}

#[test]
fn leaving_the_demo_returns_to_the_users_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(paths(dir.path()));
    h.run();
    h.get_by_label("Explore the demo co-op").click();
    h.run();
    h.get_by_label("Leave the demo").click();
    h.run();
    h.get_by_label("Start an empty co-op");
    assert!(h.query_by_label("Demo co-op").is_none());
}

#[test]
fn a_person_waiting_is_found_by_name_to_match() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(paths(dir.path()));
    h.run();
    h.get_by_label("Explore the demo co-op").click();
    h.run();
    nav(&mut h, "Planning");
    h.get_by_role_and_label(Role::TextInput, "Find a person waiting").focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Find a person waiting").type_text("ewan");
    h.run();
    h.get_by_label_contains("Match Ewan Conacher (").click_accesskit();
    h.run();
    h.get_by_role_and_label(Role::ComboBox, "Match")
        .value()
        .unwrap_or_default()
        .starts_with("Ewan Conacher (")
        .then_some(())
        .expect("Ewan is chosen");
    assert!(h.query_by_label_contains("Match Ewan Conacher").is_none(), "the field is cleared once chosen");
    // Agnes Dewar is not waiting, so she is not offered.
    h.get_by_role_and_label(Role::TextInput, "Find a person waiting").type_text("Agnes");
    h.run();
    assert!(h.query_by_label_contains("Match Agnes Dewar").is_none());
}
