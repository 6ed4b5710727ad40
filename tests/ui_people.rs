//! The People view as a link worker uses it: keyboard intake, the waiting list, status
//! history, the outcome letter and consent, erasure.

mod common;

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

fn open_person(h: &mut egui_kittest::Harness<'_, carecoop::ui::CarecoopApp>, name: &str) {
    click(h, "People");
    type_into(h, "Search people", name);
    h.get_by_label(name).click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Back to people");
}

#[test]
fn intake_a_referral_by_keyboard_and_find_it_on_the_waiting_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "People");
    click(&mut h, "New referral");
    h.get_by_label("New referral: a new person, P0041");
    // The name field has focus: type, and Tab from field to field.
    assert!(h.get_by_role_and_label(Role::TextInput, "Name").is_focused());
    h.get_by_role_and_label(Role::TextInput, "Name").type_text("Jean Smith");
    h.run();
    h.key_press(egui::Key::Tab);
    h.run();
    assert!(h.get_by_role_and_label(Role::TextInput, "Preferred name").is_focused());
    h.get_by_role_and_label(Role::TextInput, "Preferred name").type_text("Jeannie");
    h.key_press(egui::Key::Tab);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Date of birth").type_text("1950-02-03");
    h.key_press(egui::Key::Tab);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Village").type_text("Comrie");
    h.run();
    // Tab on to the Save button and press Enter.
    let mut presses = 0;
    while !h.get_by_role_and_label(Role::Button, "Save referral").is_focused() {
        h.key_press(egui::Key::Tab);
        h.run();
        presses += 1;
        assert!(presses < 40, "Save referral was never reached by Tab");
    }
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label("Referral for Jean Smith saved (P0041)");
    h.get_by_label_contains("Waiting list (14)");
    h.get_by_label("Jean Smith");
    h.get_by_label("0 days");
}

#[test]
fn moving_a_referral_through_statuses_keeps_its_history() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    // Ewan Conacher's referral is new.
    open_person(&mut h, "Ewan Conacher");
    for status in ["Contacted", "Assessed"] {
        h.get_by_role_and_label(Role::ComboBox, "Move to").click();
        h.run();
        h.get_by_role_and_label(Role::Button, status).click();
        h.run();
        type_into(&mut h, "Note", &format!("now {status}"));
        click(&mut h, "Change status");
        h.get_by_label(&format!("Referral saved: {status}"));
    }
    h.get_by_label("now Contacted");
    h.get_by_label("now Assessed");
}

#[test]
fn consent_no_disables_the_outcome_letter_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    // Alec Robb (P0006) did not consent to sharing; Agnes Dewar (P0001) did.
    open_person(&mut h, "Alec Robb");
    let button = h.get_by_role_and_label(Role::Button, "Outcome letter");
    assert!(button.accesskit_node().is_disabled(), "the letter must be unavailable without consent");
    h.get_by_label_contains("has not consented to sharing outcomes");
    click(&mut h, "Back to people");
    open_person(&mut h, "Agnes Dewar");
    click(&mut h, "Outcome letter");
    let letter = h.get_by_role_and_label(Role::MultilineTextInput, "Letter text (read-only)");
    let text = letter.value().unwrap_or_default();
    assert!(text.contains("SNOMED CT: 871731000000106 Referral to social prescribing service"), "{text}");
    assert!(text.contains("WEMWBS: 38 before, 47 after, a change of +9: improved"), "{text}");
    assert!(text.contains("Re: Agnes Dewar (ref P0001)"), "{text}");
}

#[test]
fn erasing_a_person_needs_their_reference_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    open_person(&mut h, "Bill McIntyre");
    h.get_by_label("Data rights").click_accesskit();
    h.run();
    let erase = h.get_by_role_and_label(Role::Button, "Erase person for good");
    assert!(erase.accesskit_node().is_disabled());
    type_into(&mut h, "Type P0002 to confirm", "P0002");
    click(&mut h, "Erase person for good");
    h.get_by_label_contains("Erased P0002: the person, 1 referral(s)");
    drop(h);
    let bytes = std::fs::read(dir.path().join("demo.redb")).unwrap();
    assert!(
        !bytes.windows(12).any(|w| w == b"Bill McIntyre".get(..12).unwrap()),
        "the name is gone from the file"
    );
}

#[test]
fn the_person_page_shows_their_wellbeing_chart() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    open_person(&mut h, "Agnes Dewar");
    h.get_by_role_and_label(Role::Image, "WEMWBS chart of Agnes Dewar");
    h.get_by_label("WEMWBS: Improved: 38 to 47 (+9)");
}

#[test]
fn the_people_list_sorts_by_a_heading_and_the_waiting_list_is_oldest_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "People");
    let y = |h: &egui_kittest::Harness<'_, carecoop::ui::CarecoopApp>, label: &str| {
        h.get_by_label(label).rect().center().y
    };
    // Agnes Dewar is P0001, Bill McIntyre P0002, Sheena Lumsden P0009, Wilma Cairns P0010,
    // Ian Stoddart P0039, Davina Moir P0040. Only the rows in view are drawn.
    click(&mut h, "Ref");
    assert!(y(&h, "Agnes Dewar") < y(&h, "Bill McIntyre"), "Ref ascending puts P0001 first");
    click(&mut h, "Ref ^");
    h.get_by_label("Ref v");
    assert!(y(&h, "Davina Moir") < y(&h, "Ian Stoddart"), "Ref descending puts P0040 above P0039");
    assert!(h.query_by_label("Agnes Dewar").is_none(), "P0001 is out of view at the bottom");

    // A search keeps the chosen order and shows only those who match.
    type_into(&mut h, "Search people", "P000");
    assert!(y(&h, "Sheena Lumsden") < y(&h, "Agnes Dewar"));
    assert!(h.query_by_label("Wilma Cairns").is_none());

    // The waiting list: oldest referral first, by its own table; a click opens the person.
    click(&mut h, "Waiting list (13)");
    h.get_by_label_contains("Oldest first.");
    h.get_by_label("Referred ^");
    let days = |h: &egui_kittest::Harness<'_, carecoop::ui::CarecoopApp>| -> Vec<i64> {
        h.query_all_by_label_contains(" days")
            .filter_map(|n| {
                let node = n.accesskit_node();
                node.label().or(node.value())?.strip_suffix(" days")?.parse().ok()
            })
            .collect()
    };
    let oldest_first = days(&h);
    assert!(oldest_first.len() >= 5, "{oldest_first:?}");
    assert!(oldest_first.windows(2).all(|w| w[0] >= w[1]), "longest wait first: {oldest_first:?}");
    click(&mut h, "Waiting");
    h.get_by_label("Waiting ^");
    let shortest_first = days(&h);
    assert!(shortest_first.windows(2).all(|w| w[0] <= w[1]), "shortest wait first: {shortest_first:?}");
    assert_eq!(shortest_first.first(), oldest_first.last());
}

#[test]
fn a_caseload_lists_each_link_workers_active_people() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "People");
    click(&mut h, "Caseload");
    // The Ref column of the caseload table.
    let people = |h: &egui_kittest::Harness<'_, carecoop::ui::CarecoopApp>| -> Vec<String> {
        h.query_all_by_label_contains("P00")
            .filter_map(|n| {
                let node = n.accesskit_node();
                node.label().or(node.value())
            })
            .collect()
    };
    // Link workers are listed in order; the first is chosen.
    let combo = h.get_by_role_and_label(Role::ComboBox, "Link worker");
    assert_eq!(combo.accesskit_node().value().as_deref(), Some("Alan Brodie"));
    h.get_by_label("Next contact due ^");
    let alans = people(&h);
    assert!(!alans.is_empty(), "Alan Brodie has active people in the demo");
    h.get_by_role_and_label(Role::ComboBox, "Link worker").click_accesskit();
    h.run();
    h.get_by_role_and_label(Role::Button, "Kate Morrison").click_accesskit();
    h.run();
    let kates = people(&h);
    assert!(!kates.is_empty(), "Kate Morrison has active people in the demo");
    assert!(alans.iter().all(|p| !kates.contains(p)), "{alans:?} / {kates:?}");
    // Sorting by another heading keeps the same people.
    let first = kates[0].clone();
    click(&mut h, "Ref");
    let by_ref = people(&h);
    assert!(by_ref.windows(2).all(|w| w[0] < w[1]), "{by_ref:?}");
    assert!(by_ref.contains(&first));
}

#[test]
fn people_import_from_a_spreadsheet_saved_the_way_excel_saves() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(
        "Ref;Name;Village;Consent share\nCWC-101;Ciar\u{e1}n \u{d3} D\u{fa}ill;Aberfeldy;Y\nCWC-102;Mair\u{e9}ad Bell;Kenmore;n\n",
    );
    let file = dir.path().join("caseload.csv");
    std::fs::write(&file, &bytes).unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "People");
    click(&mut h, "Import...");
    click(&mut h, "People...");
    type_into(&mut h, "File to import", &file.display().to_string());
    click(&mut h, "Preview");
    h.get_by_label("Read as text in windows-1252, columns separated by semicolon.");
    h.get_by_label("Ready to import 2 people: 2 added, 0 updated.");
    click(&mut h, "Import people");
    h.get_by_label("Imported 2 people: 2 added, 0 updated");
    type_into(&mut h, "Search people", "CWC-101");
    h.get_by_label_contains("Ciar\u{e1}n \u{d3} D\u{fa}ill");
}

#[test]
fn a_goals_activities_are_ticked_from_the_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    open_person(&mut h, "Agnes Dewar");
    click(&mut h, "Goal 1 activities...");
    let herbalism = h.get_by_role_and_label(Role::CheckBox, "Community herbalism");
    let was = herbalism.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True);
    herbalism.click_accesskit();
    h.run();
    h.get_by_label_contains("Goal 1: ");
    // The menu stays open for the next tick, and the tick took.
    let now = h.get_by_role_and_label(Role::CheckBox, "Community herbalism").accesskit_node().toggled();
    assert_eq!(now == Some(egui::accesskit::Toggled::True), !was);
    drop(h);
    let store = carecoop::store::RedbStore::open(
        &dir.path().join("demo.redb"),
        carecoop::data::OpenMode::ExistingOnly,
    )
    .unwrap();
    use carecoop::data::{Reads, ReadsExt};
    let herbalism = store
        .all::<carecoop::domain::Activity>()
        .unwrap()
        .into_iter()
        .find(|a| a.name == "Community herbalism")
        .unwrap()
        .id;
    let agnes = store.person_by_ref("P0001").unwrap().unwrap();
    assert_eq!(agnes.plan[0].activities.contains(&herbalism), !was);
}

#[test]
fn the_referral_forms_dates_are_picked_on_a_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "People");
    click(&mut h, "New referral");
    type_into(&mut h, "Date received", "2026-11-02");
    click(&mut h, "Pick date received on a calendar");
    click(&mut h, "Tuesday 3 November 2026");
    let received = h.get_by_role_and_label(Role::TextInput, "Date received").value().unwrap_or_default();
    assert_eq!(received, "2026-11-03");
    // An empty date of birth opens on a year the people referred were born in, and the
    // year can be typed.
    click(&mut h, "Pick date of birth on a calendar");
    h.get_by_role_and_label(Role::SpinButton, "Year");
    click(&mut h, "Sunday 1 January 1956");
    let born = h.get_by_role_and_label(Role::TextInput, "Date of birth").value().unwrap_or_default();
    assert_eq!(born, "1956-01-01");
}
