//! The calendar as a coordinator uses it: book a weekly session through the form, find it in
//! next week's view, mark attendance, edit one occurrence against the series, and see
//! conflicts before saving.

mod common;

use carecoop::data::{OpenMode, Reads};
use carecoop::domain::{Attendance, Session};
use carecoop::store::RedbStore;
use chrono::{NaiveDate, NaiveTime};
use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

fn open_session(h: &mut egui_kittest::Harness<'_, carecoop::ui::CarecoopApp>, label: &str) {
    h.get_by_label_contains(label).click_accesskit();
    h.run();
}

/// Books "Community herbalism" with Mhairi Sinclair, Sundays at 14:00, four times from today.
fn book_weekly(h: &mut egui_kittest::Harness<'_, carecoop::ui::CarecoopApp>) {
    click(h, "Calendar");
    click(h, "Book a session");
    choose(h, "Activity", "Community herbalism");
    type_into(h, "Start time", "14:00");
    h.get_by_role_and_label(Role::CheckBox, "Mhairi Sinclair").click_accesskit();
    h.run();
    // A link worker knows the name: typing part of it offers the person.
    type_into(h, "Add a participant", "jean rat");
    click(h, "Add Jean Rattray (P0003)");
    h.get_by_label("Jean Rattray (P0003)");
    h.get_by_role_and_label(Role::RadioButton, "Weekly").click_accesskit();
    h.run();
    type_into(h, "Times", "4");
    click(h, "Book session");
    h.get_by_label("Booked a series of 4 sessions");
}

fn sessions_on(dir: &std::path::Path, day: u32) -> Vec<Session> {
    let store = RedbStore::open(&dir.join("demo.redb"), OpenMode::ExistingOnly).unwrap();
    let d = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap() + chrono::Days::new(u64::from(day));
    store
        .sessions_between(d, d)
        .unwrap()
        .into_iter()
        .filter(|s| s.venue == "Comrie Croft" && s.date.format("%a").to_string() == "Sun")
        .collect()
}

#[test]
fn book_a_weekly_session_see_it_next_week_and_mark_attendance() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    book_weekly(&mut h);
    h.get_by_label_contains("Community herbalism on Sunday 22 November at 14:00");
    click(&mut h, "Next");
    h.get_by_label_contains("Week of 23 Nov to 29 Nov 2026");
    h.get_by_label_contains(
        "Community herbalism on Sunday 29 November at 14:00, Mhairi Sinclair, 1 of 8 places",
    );
    click(&mut h, "Today");
    open_session(&mut h, "Community herbalism on Sunday 22 November at 14:00");
    h.get_by_label("Participants (1 of 8 places)");
    click(&mut h, "Mark all attended");
    click(&mut h, "Save attendance");
    h.get_by_label("Attendance saved");
    drop(h);
    let today = sessions_on(dir.path(), 0);
    assert_eq!(today.len(), 1);
    assert_eq!(today[0].participants[0].attendance, Attendance::Attended);
    assert_eq!(sessions_on(dir.path(), 7)[0].participants[0].attendance, Attendance::Expected);
}

#[test]
fn editing_one_occurrence_differs_from_editing_the_series() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    book_weekly(&mut h);
    click(&mut h, "Next");
    open_session(&mut h, "Community herbalism on Sunday 29 November at 14:00");
    click(&mut h, "Edit this session");
    type_into(&mut h, "Start time", "15:00");
    click(&mut h, "Save changes");
    h.get_by_label("Session saved");
    click(&mut h, "Next");
    open_session(&mut h, "Community herbalism on Sunday 6 December at 14:00");
    click(&mut h, "Edit series from here");
    type_into(&mut h, "Start time", "16:30");
    click(&mut h, "Save changes");
    h.get_by_label_contains("Series updated from that date on");
    drop(h);
    let at = |day| sessions_on(dir.path(), day)[0].start;
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    assert_eq!(at(0), t(14, 0), "an earlier occurrence is untouched");
    assert_eq!(at(7), t(15, 0), "the one-off edit");
    assert_eq!(at(14), t(16, 30), "the series from that date");
    assert_eq!(at(21), t(16, 30));
}

#[test]
fn conflicts_show_before_saving_and_stay_on_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    book_weekly(&mut h);
    click(&mut h, "Book a session");
    choose(&mut h, "Activity", "Gentle yoga");
    type_into(&mut h, "Start time", "14:30");
    h.get_by_role_and_label(Role::CheckBox, "Show all members").click_accesskit();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Mhairi Sinclair").click_accesskit();
    h.run();
    h.get_by_label_contains("Conflicts (you may book anyway");
    h.get_by_label("Mhairi Sinclair is booked for Community herbalism at 14:00 at the same time");
    click(&mut h, "Book session");
    h.get_by_label("Session booked");
    h.get_by_label_contains(
        "Gentle yoga on Sunday 22 November at 14:30, Mhairi Sinclair, 0 of 12 places, has conflicts",
    );
}

#[test]
fn a_week_block_too_narrow_for_its_text_names_it_in_full() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    h.set_size(egui::vec2(1024.0, 700.0));
    click(&mut h, "Calendar");
    click(&mut h, "Week");
    // The block draws "10:30 Therapeutic cr…"; a screen reader and the hover text get it all.
    let block = h.get_by_label_contains("Therapeutic creative writing on ");
    let name = block.accesskit_node().label().unwrap_or_default().to_string();
    assert!(name.contains(" places"), "{name}");
    assert_eq!(block.accesskit_node().role(), Role::Button);
}

#[test]
fn a_participant_is_found_by_name_or_reference_as_it_is_typed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Calendar");
    click(&mut h, "Book a session");
    type_into(&mut h, "Add a participant", "P000");
    // Several match a part of a reference: each is offered, at most six.
    let offered = h
        .query_all_by_role(Role::Button)
        .filter(|b| b.accesskit_node().label().is_some_and(|l| l.starts_with("Add ") && l.contains("(P000")))
        .count();
    assert_eq!(offered, 6);
    type_into(&mut h, "Add a participant", "Agnes");
    click(&mut h, "Add Agnes Dewar (P0001)");
    h.get_by_label("Agnes Dewar (P0001)");
    assert!(h.query_by_label_contains("Add Agnes Dewar").is_none(), "the field is cleared once chosen");
    // Someone already booked is not added twice.
    type_into(&mut h, "Add a participant", "P0001");
    click(&mut h, "Add Agnes Dewar (P0001)");
    h.get_by_label("Agnes Dewar is already booked");
    type_into(&mut h, "Add a participant", "Nobody Here");
    h.get_by_label("No one matches \u{201c}Nobody Here\u{201d}.");
}

#[test]
fn the_booking_date_can_be_picked_on_a_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Calendar");
    click(&mut h, "Book a session");
    type_into(&mut h, "Date", "2027-01-15");
    click(&mut h, "Pick date on a calendar");
    // It opens on the typed month; one month on, a day is picked by its full date.
    h.get_by_role_and_label(Role::Button, "Friday 15 January 2027");
    click(&mut h, "Next month");
    click(&mut h, "Tuesday 16 February 2027");
    let date = h.get_by_role_and_label(Role::TextInput, "Date").value().unwrap_or_default();
    assert_eq!(date, "2027-02-16");
    // Picking a day closes the calendar.
    assert!(h.query_by_label("Next month").is_none());
}

#[test]
fn the_calendar_shows_one_persons_sessions_found_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Calendar");
    h.get_by_label_contains("Week of 16 Nov to 22 Nov 2026: ");
    type_into(&mut h, "Filter by person", "agnes");
    click(&mut h, "Show Agnes Dewar (P0001)");
    h.get_by_label("Showing the sessions of Agnes Dewar (P0001)");
    let shown = h.get_by_label_contains("Week of 16 Nov to 22 Nov 2026: ").value().unwrap_or_default();
    click(&mut h, "Show everyone");
    h.get_by_role_and_label(Role::TextInput, "Filter by person");
    drop(h);
    // The count is hers: the sessions of that week she is booked on, as stored.
    let store = RedbStore::open(&dir.path().join("demo.redb"), OpenMode::ExistingOnly).unwrap();
    let agnes = store.person_by_ref("P0001").unwrap().unwrap();
    let d = |day| NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
    let hers = store
        .sessions_between(d(16), d(22))
        .unwrap()
        .into_iter()
        .filter(|s| s.participants.iter().any(|p| p.person == agnes.id))
        .count();
    assert!(hers > 0, "the demo books Agnes that week");
    let expected = if hers == 1 { "1 session".to_string() } else { format!("{hers} sessions") };
    assert!(shown.ends_with(&format!(": {expected}")), "{shown} (expected {expected})");
}
