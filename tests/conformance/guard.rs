//! No lost updates, the same on every backend: a save of a record someone changed after the
//! form read it is refused with what changed, and can be applied on top of their change.

use super::seed;
use carecoop::actions::{Action, AsRead, apply};
use carecoop::data::{DataError, DataStore, ReadsExt};
use carecoop::domain::Member;

/// A form's save over another's change is refused; "on top" keeps both changes.
pub fn a_save_over_a_changed_record_is_refused_and_can_go_on_top(store: &mut dyn DataStore) {
    let seeded = seed(store);
    let today = super::day(16);
    let as_read: Member = store.require(seeded.member, "member").unwrap();
    // Someone else changes her phone.
    let mut theirs = as_read.clone();
    theirs.phone = "01738 000111".into();
    apply(store, Action::SaveMember(Box::new(theirs)), today).unwrap();
    // This form, opened before that, changes her email.
    let mut mine = as_read.clone();
    mine.email = "isla@example.org".into();
    let save = Action::SaveMember(Box::new(mine.clone())).if_unchanged(AsRead::record(&as_read));
    let refused = apply(store, save, today).unwrap_err();
    let DataError::Changed(changed) = refused else { panic!("expected Changed, got {refused:?}") };
    assert!(!changed.gone);
    assert!(changed.what.contains("Isla MacLeod"), "{}", changed.what);
    assert!(
        changed.differences.iter().any(|(field, theirs, _)| field == "phone" && theirs == "01738 000111"),
        "{:?}",
        changed.differences
    );
    let stored: Member = store.require(seeded.member, "member").unwrap();
    assert_eq!(stored.email, as_read.email, "nothing of the refused save was written");
    // Applied on top: their phone stays, this form's email goes in.
    let read = AsRead::record(&as_read).unwrap();
    apply(store, Action::OnTop(Box::new(read), Box::new(Action::SaveMember(Box::new(mine)))), today).unwrap();
    let both: Member = store.require(seeded.member, "member").unwrap();
    assert_eq!((both.phone.as_str(), both.email.as_str()), ("01738 000111", "isla@example.org"));
    // A save from a form that read the record as it is now goes through.
    let mut again = both.clone();
    again.notes = "Prefers mornings".into();
    let save = Action::SaveMember(Box::new(again)).if_unchanged(AsRead::record(&both));
    apply(store, save, today).unwrap();
    // A record deleted since is refused as gone.
    let mut stale = both.clone();
    stale.id = carecoop::domain::MemberId(9_999);
    let save = Action::SaveMember(Box::new(stale.clone())).if_unchanged(AsRead::record(&stale));
    assert!(matches!(apply(store, save, today), Err(DataError::Changed(c)) if c.gone));
}

/// Attendance saved from a panel opened before someone booked another person in keeps that
/// booking (attendance changes whether people came, never who is booked).
pub fn attendance_keeps_a_booking_made_since_the_panel_opened(store: &mut dyn DataStore) {
    use carecoop::domain::{Attendance, Referral, ReferralStatus, Session};
    let (s, session, [a, _]) = super::last_place(store);
    let today = super::day(16);
    let opened: Session = store.get(session).unwrap().unwrap();
    apply(store, Action::BookSuggestion(a, Box::new(super::join(&s, session))), today).unwrap();
    let mut places = opened.participants.clone();
    places[0].attendance = Attendance::Attended;
    apply(store, Action::RecordAttendance(session, places), today).unwrap();
    let saved: Session = store.get(session).unwrap().unwrap();
    assert_eq!(saved.participants.len(), 2, "the booking made since stays");
    assert_eq!(saved.participants[0].attendance, Attendance::Attended);
    assert_eq!(store.get::<Referral>(a).unwrap().unwrap().status(), ReferralStatus::Matched);
}
