//! The Wellbeing view: entering an assessment by keyboard updates the person's outcome and
//! chart; case meeting mode steps through people and hides names on request.

mod common;

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

fn choose(h: &mut egui_kittest::Harness<'_, carecoop::ui::CarecoopApp>, combo: &str, option: &str) {
    h.get_by_role_and_label(Role::ComboBox, combo).click_accesskit();
    h.run();
    if h.query_by_role_and_label(Role::Button, option).is_none() {
        // The list was still open from the last choice, and that press closed it.
        h.get_by_role_and_label(Role::ComboBox, combo).click_accesskit();
        h.run();
    }
    h.get_by_role_and_label(Role::Button, option).click_accesskit();
    h.run();
}

#[test]
fn entering_an_assessment_by_keyboard_updates_the_outcome_and_chart() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Wellbeing");
    click(&mut h, "Person");
    type_into(&mut h, "Find person", "Jim Haggart");
    h.get_by_label("Jim Haggart (P0011)").click_accesskit();
    h.run();
    h.get_by_label("In progress: started at 15.32");
    h.get_by_role_and_label(Role::Image, "SWEMWBS chart of Jim Haggart");
    click(&mut h, "Record assessment");
    choose(&mut h, "Measure", "SWEMWBS");
    choose(&mut h, "Timepoint", "After");
    // Keys 1-5 answer the highlighted item and move on: seven items, all "4 Often".
    for _ in 0..6 {
        h.key_press(egui::Key::Num4);
        h.run();
    }
    h.get_by_label_contains("Not scored yet: items 7 unanswered");
    h.key_press(egui::Key::Num4);
    h.run();
    h.get_by_label("SWEMWBS metric score 25.03 (raw 28)");
    click(&mut h, "Save assessment");
    h.get_by_label("Assessment saved");
    h.get_by_label("Improved: 15.32 to 25.03 (+9.71)");
    h.get_by_label("25.03");
    h.get_by_role_and_label(Role::Image, "SWEMWBS chart of Jim Haggart");
}

#[test]
fn an_unfinished_assessment_is_kept_as_incomplete() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Wellbeing");
    click(&mut h, "Person");
    type_into(&mut h, "Find person", "Agnes Dewar");
    h.get_by_label("Agnes Dewar (P0001)").click_accesskit();
    h.run();
    click(&mut h, "Record assessment");
    h.key_press(egui::Key::Num3);
    h.run();
    click(&mut h, "Save assessment");
    h.get_by_label("Assessment saved as incomplete (not scored)");
    h.get_by_label("Incomplete");
    h.get_by_label("Improved: 38 to 47 (+9)");
}

#[test]
fn case_meeting_steps_through_people_and_can_hide_names() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Wellbeing");
    click(&mut h, "Case meeting");
    h.get_by_label("1 of 21");
    h.get_by_label("Agnes Dewar");
    assert!(h.query_by_role_and_label(Role::Button, "Members").is_none(), "the navigation is hidden");
    h.key_press(egui::Key::ArrowRight);
    h.run();
    h.get_by_label("2 of 21");
    h.get_by_label("Bill McIntyre");
    h.get_by_role_and_label(Role::CheckBox, "Initials only").click_accesskit();
    h.run();
    h.get_by_label("B.M.");
    assert!(h.query_by_label("Bill McIntyre").is_none(), "initials only hides the name");
    assert!(h.query_by_role(Role::TextInput).is_none(), "nothing can be edited in a meeting");
    h.key_press(egui::Key::Escape);
    h.run();
    h.get_by_role_and_label(Role::Button, "Members");
    h.get_by_role_and_label(Role::Button, "Case meeting");
}

#[test]
fn the_cohort_view_summarises_the_gp_pilot() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Wellbeing");
    click(&mut h, "Cohort");
    h.get_by_label("n = 10 with both timepoints");
    h.get_by_label_contains("WEMWBS: 9 of 10 improved");
    h.get_by_label_contains("the result is indicative only");
    h.get_by_role_and_label(Role::Image, "Slope chart of before and after scores");
    choose(&mut h, "Referral source", "Self-referral");
    h.get_by_label("n = 0 with both timepoints");
    // The pilot's people were all referred by their GP.
    choose(&mut h, "Referral source", "GP");
    h.get_by_label("n = 10 with both timepoints");
}

#[test]
fn licensed_wording_from_settings_shows_with_the_copyright_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Settings");
    let wording: Vec<String> = (1..=14).map(|i| format!("Licensed statement number {i}")).collect();
    h.get_by_role_and_label(Role::MultilineTextInput, "Licensed WEMWBS wording (14 lines)").focus();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, "Licensed WEMWBS wording (14 lines)")
        .type_text(&wording.join("\n"));
    h.run();
    type_into(&mut h, "Meaningful change, SWEMWBS (points)", "2.87");
    click(&mut h, "Save settings");
    h.get_by_label("Settings saved");
    click(&mut h, "Wellbeing");
    click(&mut h, "Person");
    type_into(&mut h, "Find person", "Agnes Dewar");
    h.get_by_label("Agnes Dewar (P0001)").click_accesskit();
    h.run();
    click(&mut h, "Record assessment");
    h.get_by_label("Licensed statement number 14");
    h.get_by_label_contains("NHS Health Scotland, University of Warwick and University of Edinburgh");
}

#[test]
fn a_wrong_number_of_wording_lines_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Settings");
    h.get_by_role_and_label(Role::MultilineTextInput, "Licensed WEMWBS wording (14 lines)").focus();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, "Licensed WEMWBS wording (14 lines)")
        .type_text("one\ntwo");
    h.run();
    click(&mut h, "Save settings");
    h.get_by_label("needs 14 lines, one per item; 2 were given");
}

#[test]
fn the_person_chart_exports_as_png_and_svg() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Wellbeing");
    click(&mut h, "Person");
    type_into(&mut h, "Find person", "Agnes Dewar");
    h.get_by_label("Agnes Dewar (P0001)").click_accesskit();
    h.run();
    click(&mut h, "Export chart (PNG)");
    click(&mut h, "Export chart (SVG)");
    let png = std::fs::read(dir.path().join("P0001-wemwbs.png")).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    let svg = std::fs::read_to_string(dir.path().join("P0001-wemwbs.svg")).unwrap();
    assert!(svg.contains("Agnes Dewar (P0001)"));
}
