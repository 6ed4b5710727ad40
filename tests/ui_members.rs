//! The Members view as a coordinator uses it: add, validate, search, filter, archive, import,
//! activities and compliance.

mod common;

use carecoop::data::{OpenMode, Reads, ReadsExt};
use carecoop::domain::Member;
use carecoop::store::RedbStore;
use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

fn member_count(dir: &std::path::Path) -> usize {
    let store = RedbStore::open(&dir.join("demo.redb"), OpenMode::ExistingOnly).unwrap();
    store.all::<Member>().unwrap().len()
}

#[test]
fn add_a_member_through_the_form_and_find_them_in_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Members");
    click(&mut h, "Add member");
    h.get_by_label("New member");
    type_into(&mut h, "Name", "Zoe Thomson");
    type_into(&mut h, "Hourly rate (£)", "28.50");
    type_into(&mut h, "Email", "zoe@example.org");
    h.get_by_role_and_label(Role::CheckBox, "Gentle yoga").click();
    h.run();
    click(&mut h, "Save member");
    h.get_by_label("Saved Zoe Thomson");
    type_into(&mut h, "Search members", "Zoe");
    h.get_by_label("Zoe Thomson");
    drop(h);
    let store = RedbStore::open(&dir.path().join("demo.redb"), OpenMode::ExistingOnly).unwrap();
    let zoe = store.all::<Member>().unwrap().into_iter().find(|m| m.name == "Zoe Thomson").unwrap();
    assert_eq!(zoe.hourly_rate.0, 2850);
    assert_eq!(zoe.activities.len(), 1);
}

#[test]
fn an_invalid_rate_shows_its_message_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Members");
    click(&mut h, "Add member");
    type_into(&mut h, "Name", "Nobody Atall");
    type_into(&mut h, "Hourly rate (£)", "0");
    click(&mut h, "Save member");
    h.get_by_label("must be more than £0");
    h.get_by_label_contains("Not saved");
    type_into(&mut h, "PVG expiry", "31/12/2027");
    click(&mut h, "Save member");
    h.get_by_label("'31/12/2027' is not a date like 2026-03-31");
    drop(h);
    assert_eq!(member_count(dir.path()), 30, "nothing was saved");
}

#[test]
fn an_unusual_rate_warns_gently_but_saves() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Members");
    click(&mut h, "Add member");
    type_into(&mut h, "Name", "Dear Therapist");
    type_into(&mut h, "Hourly rate (£)", "60");
    h.get_by_label_contains("is outside the usual £15.00");
    click(&mut h, "Save member");
    drop(h);
    assert_eq!(member_count(dir.path()), 31);
}

#[test]
fn search_and_filters_narrow_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Members");
    type_into(&mut h, "Search members", "Crieff");
    assert!(h.query_by_label("Isla MacLeod").is_none(), "Isla does not serve Crieff");
    h.get_by_label("Duncan Buchanan");
}

#[test]
fn archiving_hides_a_member_until_asked() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Members");
    h.get_by_label("Isla MacLeod").click();
    h.run();
    click(&mut h, "Archive member");
    assert!(h.query_by_label("Isla MacLeod").is_none());
    h.get_by_label_contains("29 active members");
    h.get_by_role_and_label(Role::CheckBox, "Show archived").click();
    h.run();
    h.get_by_label("Isla MacLeod (archived)");
    drop(h);
    assert_eq!(member_count(dir.path()), 30, "archived, never deleted");
}

#[test]
fn the_import_preview_says_what_it_detected_and_saves_a_template() {
    let dir = tempfile::tempdir().unwrap();
    // Excel's "CSV" on a machine whose locale writes decimal commas: Windows-1252, semicolons.
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(
        "name;format;capacity;default_minutes;price_gbp;price_unit;Notes\nCeilidh d\u{e0}nsa;Group;20;90;\u{a3}4;per person;bring shoes\n",
    );
    let file = dir.path().join("catalogue.csv");
    std::fs::write(&file, &bytes).unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Members");
    click(&mut h, "Activity catalogue");
    click(&mut h, "Import activities...");
    click(&mut h, "Save a template...");
    let template = dir.path().join("activities-template.xlsx");
    assert!(std::fs::metadata(&template).is_ok_and(|m| m.len() > 0), "the template was saved");
    type_into(&mut h, "File to import", &file.display().to_string());
    click(&mut h, "Preview");
    h.get_by_label("Read as text in windows-1252, columns separated by semicolon.");
    h.get_by_label("Warning: This column is not a known column and will be left out: \u{201c}Notes\u{201d}.");
    h.get_by_label("Ready to import 1 activities: 1 added, 0 updated.");
    click(&mut h, "Import activities");
    h.get_by_label("Imported 1 activities: 1 added, 0 updated");
    h.get_by_label("Ceilidh d\u{e0}nsa");

    // A workbook of two sheets: the first is read, and the other can be chosen.
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, rows) in [
        ("Old", [["name", "hourly_rate_gbp"], ["Old Name", "nothing"]]),
        ("Current", [["name", "hourly_rate_gbp"], ["Rhona Kerr", "21"]]),
    ] {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        for (r, cells) in rows.iter().enumerate() {
            for (c, cell) in cells.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, *cell).unwrap();
            }
        }
    }
    let workbook = dir.path().join("roster.xlsx");
    std::fs::write(&workbook, book.save_to_buffer().unwrap()).unwrap();
    click(&mut h, "Roster");
    click(&mut h, "Import members...");
    type_into(&mut h, "File to import", &workbook.display().to_string());
    click(&mut h, "Preview");
    h.get_by_label("Read as sheet \u{201c}Old\u{201d} of an Excel workbook (.xlsx).");
    h.get_by_label_contains("sheet Old, row 2, field hourly_rate_gbp: 'nothing'");
    choose(&mut h, "Sheet", "Current");
    h.get_by_label("Read as sheet \u{201c}Current\u{201d} of an Excel workbook (.xlsx).");
    h.get_by_label("Ready to import 1 members: 1 added, 0 updated.");
}

#[test]
fn importing_members_previews_then_commits() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("new.csv");
    std::fs::write(
        &good,
        "name,role,activities,hourly_rate_gbp,villages,phone,email,pvg_number,pvg_scope,pvg_expiry,insurance_expiry,joined\n\
         Tess Buchan,therapist,Gentle yoga,30,Crieff,,tess@example.org,,,2030-01-01,2027-06-30,2026-01-05\n",
    )
    .unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "name,role,activities,hourly_rate_gbp,villages,phone,email,pvg_number,pvg_scope,pvg_expiry,insurance_expiry,joined\n\
         Tess Buchan,wizard,,30,,,,,,,,\n",
    )
    .unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Members");
    click(&mut h, "Import members...");
    type_into(&mut h, "File to import", &bad.display().to_string());
    click(&mut h, "Preview");
    h.get_by_label("Read as text in UTF-8, columns separated by comma.");
    h.get_by_label_contains("Nothing will be imported: 1 problem(s)");
    h.get_by_label_contains("line 2, field role: 'wizard' is not a role");
    h.get_by_role_and_label(Role::TextInput, "File to import").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "File to import").type_text(&good.display().to_string());
    h.run();
    click(&mut h, "Preview");
    h.get_by_label("Ready to import 1 members: 1 added, 0 updated.");
    click(&mut h, "Import members");
    h.get_by_label("Imported 1 members: 1 added, 0 updated");
    type_into(&mut h, "Search members", "Tess");
    h.get_by_label("Tess Buchan");
    drop(h);
    assert_eq!(member_count(dir.path()), 31);
}

#[test]
fn the_activity_catalogue_lists_who_delivers_each_activity() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Members");
    click(&mut h, "Activity catalogue");
    h.run();
    h.get_by_label("Community herbalism").click();
    h.run();
    h.get_by_label("Members who deliver it");
    h.get_by_label("Mhairi Sinclair");
    click(&mut h, "Add activity");
    type_into(&mut h, "Activity name", "Wild swimming");
    type_into(&mut h, "Venue", "Loch Tay");
    click(&mut h, "Save activity");
    h.get_by_label("Wild swimming");
}

#[test]
fn compliance_lists_lapsing_papers_soonest_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Members");
    click(&mut h, "Compliance (7)");
    let order: Vec<String> = ["Angus Baird", "Duncan Buchanan", "Finlay Paterson", "Rory Menzies"]
        .iter()
        .map(|n| h.get_by_label(n).rect().top().to_string())
        .collect();
    let tops: Vec<f32> = order.iter().map(|t| t.parse().unwrap()).collect();
    assert!(tops.windows(2).all(|w| w[0] < w[1]), "missing, then expired, then expiring: {tops:?}");
    h.get_by_label("Expired Thu 12 Nov 2026");
}

#[test]
fn availability_is_edited_on_the_members_page() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Members");
    h.get_by_label("Isla MacLeod").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Availability").click_accesskit();
    h.run();
    h.get_by_label("Weekly availability");
    click(&mut h, "Add time on Sunday");
    type_into(&mut h, "Sunday from", "10:00");
    type_into(&mut h, "Sunday to", "09:00");
    click(&mut h, "Save availability");
    h.get_by_label("Sunday 10:00-09:00: must end after it starts");
    type_into(&mut h, "Sunday to", "12:30");
    click(&mut h, "Save availability");
    h.get_by_label("Availability saved");
    drop(h);
    let store = RedbStore::open(&dir.path().join("demo.redb"), OpenMode::ExistingOnly).unwrap();
    let isla = store.all::<Member>().unwrap().into_iter().find(|m| m.name == "Isla MacLeod").unwrap();
    let sunday = store
        .availability_of(isla.id)
        .unwrap()
        .weekly
        .into_iter()
        .find(|r| r.weekday == chrono::Weekday::Sun)
        .unwrap();
    assert_eq!((sunday.start.to_string(), sunday.end.to_string()), ("10:00:00".into(), "12:30:00".into()));
}
