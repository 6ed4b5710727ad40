//! Undo and redo through the data interface: each one transaction, refused over a change.

use super::{day, seed, session};
use carecoop::actions::{Action, apply, apply_undoable};
use carecoop::data::DataStore;

pub fn undo_and_redo_take_an_action_back_and_refuse_over_a_change(store: &mut dyn DataStore) {
    let s = seed(store);
    let t = day(16);
    let done = apply_undoable(
        store,
        Action::BookSessions(None, vec![session(s.activity, s.member, day(20), 10, &[s.agnes])]),
        t,
    )
    .unwrap();
    let step = done.undo.expect("a booking can be undone");
    assert!(step.label.starts_with("booked session (Nature walk, Fri 20 Mar)"), "{}", step.label);
    assert_eq!(store.sessions_of_person(s.agnes).unwrap().len(), 1);
    apply(store, Action::Undo(Box::new(step.clone())), t).unwrap();
    assert!(store.sessions_of_person(s.agnes).unwrap().is_empty(), "undone, indexes too");
    apply(store, Action::Redo(Box::new(step.clone())), t).unwrap();
    let booked = store.sessions_of_person(s.agnes).unwrap();
    assert_eq!(booked.len(), 1, "redone");
    // Someone cancels it meanwhile: the booking can no longer be undone.
    apply(store, Action::SetSessionCancelled(booked[0].id, true), t).unwrap();
    let err = apply(store, Action::Undo(Box::new(step)), t).unwrap_err().to_string();
    assert!(err.contains("has changed since") && err.contains("nothing was undone"), "{err}");
    assert_eq!(store.sessions_of_person(s.agnes).unwrap().len(), 1, "nothing changed");
    // Settings changes undo too; erasures cannot be undone.
    let done = apply_undoable(store, Action::SetComplianceWindow(45), t).unwrap();
    apply(store, Action::Undo(Box::new(done.undo.unwrap())), t).unwrap();
    assert_ne!(store.settings().unwrap().compliance_window_days, 45);
    let same = store.settings().unwrap();
    let done = apply_undoable(store, Action::SaveSettings(Box::new(same)), t).unwrap();
    assert!(done.undo.is_none(), "a save that changed nothing leaves nothing to undo");
    let done = apply_undoable(store, Action::ErasePerson(s.bill), t).unwrap();
    assert!(done.undo.is_none(), "an erasure cannot be undone");
}
