//! Availability planning and matching: the week report, suggestions, booking one, and
//! availability import — from the command line, the store and the window.

mod common;

use carecoop::actions::{Action, apply};
use carecoop::data::{DataStore, OpenMode, Reads, ReadsExt};
use carecoop::domain::{ReferralStatus, Session};
use carecoop::store::RedbStore;
use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

fn this_iso_week() -> String {
    let today = chrono::Local::now().date_naive();
    let w = chrono::Datelike::iso_week(&today);
    format!("{}-W{:02}", w.year(), w.week())
}

#[test]
fn report_availability_gives_hours_per_member_and_totals() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = carecoop(&["report", "availability", "--week", &this_iso_week(), "--data", &db, "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let members = r["members"].as_array().unwrap();
    assert_eq!(members.len(), 30);
    for m in members {
        let (a, b, f) = (
            m["available_hours"].as_f64().unwrap(),
            m["booked_hours"].as_f64().unwrap(),
            m["free_hours"].as_f64().unwrap(),
        );
        assert!(a >= 0.0 && b >= 0.0 && f >= 0.0);
        assert!(f <= a + 1e-9, "{m}");
    }
    let t = &r["totals"];
    assert!(t["available_hours"].as_f64().unwrap() > 0.0);
    assert!(t["booked_hours"].as_f64().unwrap() > 0.0, "the demo has sessions this week");
    assert!(t["demand_hours"].as_f64().unwrap() > 0.0, "the demo has people waiting");
    let bad = carecoop(&["report", "availability", "--week", "48", "--data", &db]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(text(&bad.stderr).contains("is not an ISO week like 2026-W48"));
}

#[test]
fn match_ranks_suggestions_with_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = carecoop(&["match", "P0019", "--data", &db, "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = r["suggestions"].as_array().unwrap();
    assert!(!list.is_empty());
    let scores: Vec<i64> = list.iter().map(|s| s["score"].as_i64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "best first: {scores:?}");
    for s in list {
        assert!(s["member"].as_str().is_some_and(|m| !m.is_empty()));
        assert!(s["activity"].as_str().is_some_and(|a| !a.is_empty()));
        assert!(s["start"].as_str().unwrap().contains('T'));
        assert!(!s["reasons"].as_array().unwrap().is_empty());
    }
    let active = carecoop(&["match", "P0001", "--data", &db]);
    assert_eq!(active.status.code(), Some(1));
    assert!(text(&active.stderr).contains("has no referral waiting to be matched"));
}

#[test]
fn booking_a_suggestion_creates_one_session_and_matches_the_referral() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let mut store = RedbStore::open(std::path::Path::new(&db), OpenMode::ExistingOnly).unwrap();
    let person = store.person_by_ref("P0019").unwrap().unwrap();
    let today = chrono::Local::now().date_naive();
    let (referral, list) =
        carecoop::report::planning::match_person(&store, &person, today + chrono::Days::new(1), 4)
            .unwrap()
            .unwrap();
    let choice = list.iter().find(|s| s.join.is_none()).unwrap().clone();
    let before = store.all::<Session>().unwrap().len();
    let book = Action::BookSuggestion(referral.id, Box::new(choice.clone()));
    apply(&mut store, book.clone(), today).unwrap();
    let after = store.all::<Session>().unwrap();
    assert_eq!(after.len(), before + 1, "exactly one session");
    let booked = after.iter().max_by_key(|s| s.id).unwrap();
    assert_eq!(booked.starts_at(), choice.start);
    assert_eq!(booked.participants[0].person, person.id);
    let r = store.referrals_of_person(person.id).unwrap().pop().unwrap();
    assert_eq!(r.status(), ReferralStatus::Matched);
    // Booking again is refused: the referral is no longer waiting, and nothing changes.
    let again = apply(&mut store, book, today);
    assert!(again.unwrap_err().to_string().contains("already matched"));
    assert_eq!(store.all::<Session>().unwrap().len(), before + 1);
    assert!(store.check().unwrap().is_consistent());
}

#[test]
fn availability_and_exceptions_import_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let good = dir.path().join("a.csv");
    std::fs::write(
        &good,
        "member,weekday,start,end\nIsla MacLeod,mon,09:00,12:00\nIsla MacLeod,Thursday,13:00,17:30\n",
    )
    .unwrap();
    let out = carecoop(&["import", "availability", &good.display().to_string(), "--data", &db]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let exceptions = dir.path().join("e.csv");
    std::fs::write(&exceptions, "member,from,to,kind\nIsla MacLeod,2026-12-24,2026-12-26,unavailable\n")
        .unwrap();
    assert!(
        carecoop(&["import", "exceptions", &exceptions.display().to_string(), "--data", &db])
            .status
            .success()
    );
    let store = RedbStore::open(std::path::Path::new(&db), OpenMode::ExistingOnly).unwrap();
    let isla = store
        .all::<carecoop::domain::Member>()
        .unwrap()
        .into_iter()
        .find(|m| m.name == "Isla MacLeod")
        .unwrap();
    let a = store.availability_of(isla.id).unwrap();
    assert_eq!(a.weekly.len(), 2);
    assert_eq!(a.exceptions.len(), 1);
    drop(store);
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "member,weekday,start,end\nIsla MacLeod,funday,09:00,12:00\nNobody,mon,12:00,09:00\nIsla MacLeod,tue,14:00,10:00\n").unwrap();
    let out = carecoop(&["import", "availability", &bad.display().to_string(), "--data", &db]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("line 2, field weekday: 'funday' is not a weekday"), "{err}");
    assert!(err.contains("line 3, field member: there is no member named 'Nobody'"), "{err}");
    assert!(err.contains("line 4, field end: must be after the start"), "{err}");
}

#[test]
fn open_planning_move_to_next_week_and_book_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Planning");
    h.get_by_label_contains("the waiting list needs");
    click(&mut h, "Next week");
    h.get_by_label_contains("Week of 23 November 2026");
    h.get_by_label("Waiting to be matched (9)");
    h.get_by_role_and_label(Role::ComboBox, "Match").click_accesskit();
    h.run();
    h.get_by_label_contains("Ewan Conacher (P0019)").click_accesskit();
    h.run();
    let book = h.query_all_by_label_contains("Book ").find(|n| format!("{n:?}").contains("role: Button"));
    book.expect("a Book button is offered").click_accesskit();
    h.run();
    h.get_by_label("Booked, and the referral is now matched");
    h.get_by_label("Waiting to be matched (8)");
}
