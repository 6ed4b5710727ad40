//! Privacy in the window, through AccessKit: the audit trail tab (what opening a person's
//! page leaves there, filtering it) and People → Due for review (withdrawn consent, erasing
//! the chosen people behind a typed confirmation).

mod common;

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

fn open_person(h: &mut egui_kittest::Harness<'_, carecoop::ui::CarecoopApp>, name: &str) {
    click(h, "People");
    h.get_by_label("Everyone").click();
    h.run();
    type_into(h, "Search people", name);
    h.get_by_label(name).click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Back to people");
}

#[test]
fn opening_a_page_shows_in_the_audit_trail_tab_and_filters_narrow_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    open_person(&mut h, "Agnes Dewar");
    click(&mut h, "Back to people");
    click(&mut h, "Settings");
    h.get_by_label("Audit trail").click();
    h.run();
    h.get_by_label("viewed person");
    h.get_by_label("1 matching entry.");
    assert!(h.query_by_label_contains("Agnes").is_none(), "the trail names no one");

    type_into(&mut h, "Person", "P9999");
    h.get_by_label("No entries match.");
    h.get_by_role_and_label(Role::Button, "Clear filters").click();
    h.run();
    h.get_by_label("viewed person");
    type_into(&mut h, "From", "yesterday");
    h.get_by_label_contains("is not a date like 2026-12-02");
}

#[test]
fn withdrawn_consent_puts_someone_due_for_review_and_they_can_be_erased() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "People");
    click(&mut h, "Due for review");
    h.get_by_label("No one is due for review.");
    open_person(&mut h, "Agnes Dewar");
    click(&mut h, "Edit profile");
    type_into(&mut h, "Consent to hold data withdrawn (date)", "2026-11-20");
    click(&mut h, "Save profile");
    h.get_by_label_contains("Withdrawn 2026-11-20: due for review");
    click(&mut h, "Back to people");
    click(&mut h, "Due for review");
    h.get_by_label("consent withdrawn 2026-11-20");
    h.get_by_label("Agnes Dewar");
    h.get_by_label("Choose people above to erase them.");
    h.get_by_role_and_label(Role::CheckBox, "P0001").click();
    h.run();
    let erase = h.get_by_role_and_label(Role::Button, "Erase 1 person for good");
    assert!(erase.accesskit_node().is_disabled(), "not before the confirmation is typed");
    type_into(&mut h, "Type \"erase 1\" to confirm", "erase 1");
    click(&mut h, "Erase 1 person for good");
    h.get_by_label_contains("Erased 1 person: P0001");
    click(&mut h, "People");
    click(&mut h, "Due for review");
    h.get_by_label("No one is due for review.");
    click(&mut h, "Settings");
    h.get_by_label("Audit trail").click();
    h.run();
    h.get_by_label("erased person");
    h.get_by_label("changed person");
}
