//! The data interface's conformance suite: what every backend must do, written once against
//! the traits in `carecoop::data` and the actions layer. A backend's test file calls
//! `conformance_suite!(factory)` with a factory that gives a fresh, empty dataset; each case
//! becomes its own `#[test]`. The redb backend runs it in `tests/conformance_redb.rs`.

#![allow(dead_code)]

mod audit;
mod bulk;
mod coop;
mod guard;
mod undo;
#[allow(unused_imports)]
pub use audit::*;
#[allow(unused_imports)] // tests/team.rs uses the helpers, not the cases
pub use bulk::*;
#[allow(unused_imports)]
pub use coop::*;
#[allow(unused_imports)]
pub use guard::*;
#[allow(unused_imports)]
pub use undo::*;

use carecoop::actions::{Action, ImportBatch, apply};
use carecoop::data::{DataError, DataStore, ReadsExt, TransactionExt, WriteExt};
use carecoop::domain::schedule::SessionChange;
use carecoop::domain::*;
use carecoop::exchange::import::{ImportPlan, SessionImport};
use chrono::{NaiveDate, NaiveTime, Weekday};

/// Expands to one `#[test]` per conformance case, each on a fresh dataset from `$make`
/// (an expression of type `impl Fn() -> Option<(Guard, S)>`: `None` skips, saying why).
#[macro_export]
macro_rules! conformance_suite {
    ($make:expr) => {
        $crate::conformance_suite!(@cases $make;
            every_kind_round_trips, ids_are_typed_allocated_and_never_reused, get_many_keeps_order_and_skips_missing,
            sessions_by_date_member_person_and_series, queries_follow_edits_and_deletes,
            referral_status_queries_move_with_the_status, person_queries_and_references,
            summaries_and_glances_follow_every_write, a_failed_action_changes_nothing,
            a_transaction_reads_its_own_writes, history_is_one_consistent_read, settings_and_flags,
            a_person_reference_is_unique, erasure_leaves_nothing_about_the_person,
            series_edits_never_touch_the_past, booking_a_suggestion_is_one_action,
            an_import_is_all_or_nothing, partial_changes_read_the_record_afresh, check_is_clean_after_every_action,
            a_record_that_does_not_exist_is_never_written,
            a_full_session_takes_no_more_bookings, saves_keep_what_the_form_did_not_show,
            a_save_over_a_changed_record_is_refused_and_can_go_on_top,
            attendance_keeps_a_booking_made_since_the_panel_opened,
            many_records_stored_at_once_match_one_by_one,
            every_action_leaves_an_audit_entry, the_audit_trail_filters, only_what_happened_is_audited,
            the_other_actions_leave_entries_too,
            undo_and_redo_take_an_action_back_and_refuse_over_a_change,
            the_register_equals_the_ledger_and_the_rules_hold,
            erasing_a_member_keeps_their_register_line_and_says_so,
            a_former_member_is_removed_only_after_the_rules_period,
            meetings_name_members_and_every_coop_action_is_audited);
    };
    (@cases $make:expr; $($case:ident),+) => {
        $(
            #[test]
            fn $case() {
                match ($make)() {
                    Some((_guard, mut store)) => $crate::conformance::$case(&mut store),
                    None => eprintln!("{}: skipped (no backend to test)", stringify!($case)),
                }
            }
        )+
    };
}

/// A day in March 2026.
pub fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
}

fn at(h: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, 0, 0).unwrap()
}

/// A one-hour session at `hour` on `date`.
pub fn session(
    activity: ActivityId,
    member: MemberId,
    date: NaiveDate,
    hour: u32,
    people: &[PersonId],
) -> Session {
    Session {
        id: SessionId::NEW,
        series: None,
        activity,
        members: vec![member],
        date,
        start: at(hour),
        minutes: 60,
        venue: "Hall".into(),
        participants: people
            .iter()
            .map(|p| Participant {
                person: *p,
                payer: Payer::SelfFunded,
                attendance: Attendance::Expected,
                note: String::new(),
            })
            .collect(),
        capacity: None,
        notes: String::new(),
        cancelled: false,
    }
}

pub fn activity(name: &str) -> Activity {
    Activity {
        id: ActivityId::NEW,
        name: name.into(),
        category: "Outdoors".into(),
        format: Format::Group,
        capacity: 8,
        venue: "Birks".into(),
        village: "Aberfeldy".into(),
        default_minutes: 60,
        price: Money(800),
        price_unit: PriceUnit::PerPerson,
        archived: false,
    }
}

pub fn assessment(person: PersonId, date: NaiveDate, timepoint: Timepoint, answer: u8) -> Assessment {
    Assessment {
        id: AssessmentId::NEW,
        person,
        date,
        timepoint,
        instrument: Instrument::Wemwbs,
        answers: vec![Some(answer); 14],
        recorded_by: "Link worker".into(),
    }
}

pub fn contact(person: PersonId, date: NaiveDate) -> Contact {
    Contact {
        id: ContactId::NEW,
        person,
        date,
        kind: ContactKind::Phone,
        note: "rang".into(),
        by: "Morag".into(),
        next_due: None,
    }
}

/// What [`seed`] wrote.
pub struct Seeded {
    pub member: MemberId,
    pub other_member: MemberId,
    pub activity: ActivityId,
    pub agnes: PersonId,
    pub bill: PersonId,
}

/// A member, another member, an activity and two people.
pub fn seed(store: &dyn DataStore) -> Seeded {
    store
        .write(|tx| {
            let member = tx.put(&mut Member::named("Isla MacLeod"))?;
            let other_member = tx.put(&mut Member::named("Fiona Drummond"))?;
            let activity = tx.put(&mut activity("Nature walk"))?;
            let agnes = tx.put(&mut Person::new("P0001", "Agnes Dewar"))?;
            let bill = tx.put(&mut Person::new("P0002", "Bill McIntyre"))?;
            Ok(Seeded { member, other_member, activity, agnes, bill })
        })
        .unwrap()
}

fn today() -> NaiveDate {
    day(16)
}

fn consistent(store: &dyn DataStore) {
    let report = store.check().unwrap();
    assert!(report.is_consistent(), "{:?}", report.problems);
}

pub fn every_kind_round_trips(store: &mut dyn DataStore) {
    let s = seed(store);
    let (series, session_id, assessment_id, fund_id, contact_id, referral_id) = store
        .write(|tx| {
            let mut series =
                Series { id: SeriesId::NEW, first: day(2), repeat: Repeat::Weekly, end: SeriesEnd::Count(2) };
            let series_id = tx.put(&mut series)?;
            let mut one = session(s.activity, s.member, day(2), 10, &[s.agnes]);
            one.series = Some(series_id);
            let session_id = tx.put(&mut one)?;
            let assessment_id = tx.put(&mut assessment(s.agnes, day(2), Timepoint::Before, 3))?;
            let mut fund = Fund {
                id: FundId::NEW,
                name: "Council".into(),
                funder: "Perth and Kinross".into(),
                amount: Money::pounds(1000),
                start: day(1),
                end: day(31),
                pays_for: vec![s.activity],
                notes: String::new(),
            };
            let fund_id = tx.put(&mut fund)?;
            let contact_id = tx.put(&mut contact(s.agnes, day(3)))?;
            let referral_id = tx.put(&mut Referral::new(s.agnes, day(1), ReferralSource::Gp))?;
            let mut availability = Availability::empty(s.member);
            availability.weekly.push(WeeklyRange { weekday: Weekday::Tue, start: at(9), end: at(17) });
            tx.put(&mut availability)?;
            Ok((series_id, session_id, assessment_id, fund_id, contact_id, referral_id))
        })
        .unwrap();
    assert_eq!(store.get::<Member>(s.member).unwrap().unwrap().name, "Isla MacLeod");
    assert_eq!(
        store.get::<Activity>(s.activity).unwrap().unwrap(),
        Activity { id: s.activity, ..activity("Nature walk") }
    );
    assert_eq!(store.get::<Person>(s.bill).unwrap().unwrap().reference, "P0002");
    assert_eq!(store.get::<Series>(series).unwrap().unwrap().end, SeriesEnd::Count(2));
    assert_eq!(store.get::<Session>(session_id).unwrap().unwrap().series, Some(series));
    assert_eq!(store.get::<Assessment>(assessment_id).unwrap().unwrap().answers, vec![Some(3); 14]);
    assert_eq!(store.get::<Fund>(fund_id).unwrap().unwrap().pays_for, vec![s.activity]);
    assert_eq!(store.get::<Contact>(contact_id).unwrap().unwrap().by, "Morag");
    assert_eq!(store.get::<Referral>(referral_id).unwrap().unwrap().source, ReferralSource::Gp);
    assert_eq!(store.availability_of(s.member).unwrap().weekly.len(), 1);
    assert_eq!(store.availability_of(s.other_member).unwrap(), Availability::empty(s.other_member));
    assert_eq!(store.count::<Member>().unwrap(), 2);
    assert_eq!(store.count::<Person>().unwrap(), 2);
    assert_eq!(
        store.all::<Person>().unwrap().iter().map(|p| p.id).collect::<Vec<_>>(),
        vec![s.agnes, s.bill]
    );
    assert!(store.get::<Member>(MemberId(999)).unwrap().is_none());
    consistent(store);
}

pub fn ids_are_typed_allocated_and_never_reused(store: &mut dyn DataStore) {
    let s = seed(store);
    assert_ne!(s.member, s.other_member);
    assert!(!s.member.is_new() && !s.agnes.is_new());
    let third = store.write(|tx| tx.put(&mut Person::new("P0003", "Jean Rattray"))).unwrap();
    assert!(store.write(|tx| tx.delete::<Person>(third)).unwrap());
    assert!(!store.write(|tx| tx.delete::<Person>(third)).unwrap(), "a second delete finds nothing");
    let fourth = store.write(|tx| tx.put(&mut Person::new("P0003", "Jean Rattray"))).unwrap();
    assert!(fourth.0 > third.0, "ids are never reused: {fourth:?} after {third:?}");
    // Availability takes its member's id; a new one without a member is refused.
    let err = store.write(|tx| tx.put(&mut Availability::empty(MemberId::NEW))).unwrap_err();
    assert!(matches!(err, DataError::Conflict(_)), "{err}");
}

pub fn get_many_keeps_order_and_skips_missing(store: &mut dyn DataStore) {
    let s = seed(store);
    let people: Vec<Person> = store.get_many(&[s.bill, PersonId(999), s.agnes]).unwrap();
    assert_eq!(people.iter().map(|p| p.id).collect::<Vec<_>>(), vec![s.bill, s.agnes]);
    let summaries = store.person_summaries_of(&[s.bill, PersonId(999), s.agnes]).unwrap();
    assert_eq!(summaries.iter().map(|p| p.id).collect::<Vec<_>>(), vec![s.bill, s.agnes]);
}

pub fn sessions_by_date_member_person_and_series(store: &mut dyn DataStore) {
    let s = seed(store);
    let (late, early, other_day, series) = store
        .write(|tx| {
            let late = tx.put(&mut session(s.activity, s.member, day(2), 14, &[s.agnes]))?;
            let early = tx.put(&mut session(s.activity, s.other_member, day(2), 9, &[s.agnes, s.bill]))?;
            let series = tx.put(&mut Series {
                id: SeriesId::NEW,
                first: day(5),
                repeat: Repeat::Weekly,
                end: SeriesEnd::Count(1),
            })?;
            let mut weekly = session(s.activity, s.member, day(5), 10, &[s.bill]);
            weekly.series = Some(series);
            let other_day = tx.put(&mut weekly)?;
            Ok((late, early, other_day, series))
        })
        .unwrap();
    let ids = |list: Vec<Session>| list.into_iter().map(|s| s.id).collect::<Vec<_>>();
    assert_eq!(ids(store.sessions_between(day(2), day(2)).unwrap()), vec![early, late], "by start time");
    assert_eq!(
        ids(store.sessions_between(day(1), day(5)).unwrap()),
        vec![early, late, other_day],
        "both ends included"
    );
    assert!(store.sessions_between(day(3), day(4)).unwrap().is_empty());
    assert_eq!(ids(store.sessions_of_member(s.member).unwrap()), vec![late, other_day]);
    assert_eq!(ids(store.sessions_of_member(s.other_member).unwrap()), vec![early]);
    assert_eq!(ids(store.sessions_of_person(s.agnes).unwrap()), vec![early, late]);
    assert_eq!(ids(store.sessions_of_person(s.bill).unwrap()), vec![early, other_day]);
    assert_eq!(ids(store.sessions_of_series(series).unwrap()), vec![other_day]);
}

pub fn queries_follow_edits_and_deletes(store: &mut dyn DataStore) {
    let s = seed(store);
    let id =
        store.write(|tx| tx.put(&mut session(s.activity, s.member, day(2), 10, &[s.agnes, s.bill]))).unwrap();
    let mut moved: Session = store.get(id).unwrap().unwrap();
    moved.date = day(9);
    moved.participants.truncate(1);
    moved.members = vec![s.other_member];
    store.write(|tx| tx.put(&mut moved)).unwrap();
    assert!(store.sessions_between(day(1), day(3)).unwrap().is_empty());
    assert_eq!(store.sessions_between(day(8), day(10)).unwrap().len(), 1);
    assert!(store.sessions_of_person(s.bill).unwrap().is_empty());
    assert!(store.sessions_of_member(s.member).unwrap().is_empty());
    assert_eq!(store.sessions_of_member(s.other_member).unwrap().len(), 1);
    store.write(|tx| tx.delete::<Session>(id)).unwrap();
    assert!(store.sessions_between(day(1), day(31)).unwrap().is_empty());
    assert!(store.sessions_of_person(s.agnes).unwrap().is_empty());
    consistent(store);
}

pub fn referral_status_queries_move_with_the_status(store: &mut dyn DataStore) {
    let s = seed(store);
    let mut r = Referral::new(s.agnes, day(1), ReferralSource::Gp);
    let id = store.write(|tx| tx.put(&mut r)).unwrap();
    let older = store
        .write(|tx| {
            tx.put(&mut Referral::new(s.bill, day(1) - chrono::Days::new(3), ReferralSource::SelfReferral))
        })
        .unwrap();
    assert_eq!(
        store.referrals_with_status(&[ReferralStatus::New]).unwrap().iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![older, id],
        "oldest received first"
    );
    assert_eq!(store.count_referrals_with_status(&[ReferralStatus::New]).unwrap(), 2);
    r.set_status(ReferralStatus::Contacted, day(3), "rang her");
    store.write(|tx| tx.put(&mut r)).unwrap();
    assert_eq!(store.count_referrals_with_status(&[ReferralStatus::New]).unwrap(), 1);
    let waiting = store.referrals_with_status(ReferralStatus::WAITING).unwrap();
    assert_eq!(waiting.len(), 2);
    let glances = store.referral_glances_with_status(&[ReferralStatus::Contacted]).unwrap();
    assert_eq!(glances.len(), 1);
    assert_eq!(
        (glances[0].id, glances[0].person, glances[0].status),
        (id, s.agnes, ReferralStatus::Contacted)
    );
    assert_eq!(glances[0], ReferralGlance::of(&store.get::<Referral>(id).unwrap().unwrap()));
    store.write(|tx| tx.delete::<Referral>(older)).unwrap();
    assert!(store.referral_glances_with_status(&[ReferralStatus::New]).unwrap().is_empty());
    assert_eq!(store.count_referrals_with_status(ReferralStatus::WAITING).unwrap(), 1);
}

pub fn person_queries_and_references(store: &mut dyn DataStore) {
    let s = seed(store);
    store
        .write(|tx| {
            tx.put(&mut contact(s.agnes, day(9)))?;
            tx.put(&mut contact(s.agnes, day(2)))?;
            tx.put(&mut assessment(s.agnes, day(20), Timepoint::After, 4))?;
            tx.put(&mut assessment(s.agnes, day(2), Timepoint::Before, 2))?;
            tx.put(&mut Referral::new(s.agnes, day(5), ReferralSource::Gp))?;
            tx.put(&mut Referral::new(s.agnes, day(1), ReferralSource::SocialServices))?;
            Ok(())
        })
        .unwrap();
    let dates = |d: Vec<NaiveDate>| d;
    assert_eq!(
        dates(store.contacts_of_person(s.agnes).unwrap().iter().map(|c| c.date).collect()),
        vec![day(2), day(9)]
    );
    assert_eq!(
        store.assessments_of_person(s.agnes).unwrap().iter().map(|a| a.date).collect::<Vec<_>>(),
        vec![day(2), day(20)]
    );
    assert_eq!(
        store.referrals_of_person(s.agnes).unwrap().iter().map(|r| r.received).collect::<Vec<_>>(),
        vec![day(1), day(5)]
    );
    assert!(store.contacts_of_person(s.bill).unwrap().is_empty());
    assert_eq!(store.person_by_ref("P0002").unwrap().unwrap().id, s.bill);
    assert_eq!(store.person_by_ref(" P0001 ").unwrap().unwrap().id, s.agnes);
    assert!(store.person_by_ref("P0404").unwrap().is_none());
    assert!(store.person_by_ref("nobody").unwrap().is_none());
    let mut renamed: Person = store.get(s.bill).unwrap().unwrap();
    renamed.reference = "P0042".into();
    store.write(|tx| tx.put(&mut renamed)).unwrap();
    assert!(store.person_by_ref("P0002").unwrap().is_none(), "the old reference no longer finds him");
    assert_eq!(store.person_by_ref("P0042").unwrap().unwrap().id, s.bill);
}

pub fn summaries_and_glances_follow_every_write(store: &mut dyn DataStore) {
    let s = seed(store);
    assert_eq!(store.person_summaries().unwrap().len(), 2);
    let summary = store.person_summary(s.agnes).unwrap().unwrap();
    assert_eq!(
        (summary.reference.as_str(), summary.referrals, summary.latest_referral.clone()),
        ("P0001", 0, None)
    );
    let mut r = Referral::new(s.agnes, day(1), ReferralSource::Gp);
    store.write(|tx| tx.put(&mut r)).unwrap();
    store.write(|tx| tx.put(&mut assessment(s.agnes, day(2), Timepoint::Before, 2))).unwrap();
    store.write(|tx| tx.put(&mut assessment(s.agnes, day(20), Timepoint::After, 4))).unwrap();
    let summary = store.person_summary(s.agnes).unwrap().unwrap();
    assert_eq!((summary.referrals, summary.assessments), (1, 2));
    assert_eq!(summary.latest_referral.as_ref().map(|g| g.status), Some(ReferralStatus::New));
    let scores: Vec<(Timepoint, f64)> = summary.headlines.iter().map(|h| (h.timepoint, h.score)).collect();
    assert_eq!(scores, vec![(Timepoint::Before, 28.0), (Timepoint::After, 56.0)]);
    apply(store, Action::ChangeReferralStatus(r.id, ReferralStatus::Active, "started".into()), today())
        .unwrap();
    let summary = store.person_summary(s.agnes).unwrap().unwrap();
    assert_eq!(summary.latest_referral.as_ref().map(|g| g.status), Some(ReferralStatus::Active));
    let mut renamed: Person = store.get(s.agnes).unwrap().unwrap();
    renamed.name = "Agnes Fyfe".into();
    store.write(|tx| tx.put(&mut renamed)).unwrap();
    assert_eq!(store.person_summary(s.agnes).unwrap().unwrap().name, "Agnes Fyfe");
    // A referral moved to another person leaves the first and joins the second.
    let mut moved: Referral = store.get(r.id).unwrap().unwrap();
    moved.person = s.bill;
    store.write(|tx| tx.put(&mut moved)).unwrap();
    assert_eq!(store.person_summary(s.agnes).unwrap().unwrap().referrals, 0);
    assert_eq!(store.person_summary(s.bill).unwrap().unwrap().referrals, 1);
    store.write(|tx| tx.delete::<Person>(s.bill)).unwrap();
    assert!(store.person_summary(s.bill).unwrap().is_none());
    assert_eq!(store.person_summaries().unwrap().len(), 1);
}

pub fn a_failed_action_changes_nothing(store: &mut dyn DataStore) {
    let generation = store.generation();
    let result = store.write(|tx| {
        tx.put(&mut Member::named("Valid Member"))?;
        tx.put(&mut Person::new("P0001", "Agnes Dewar"))?;
        let mut bad = Member::named("Bad Rate");
        bad.hourly_rate = Money(0);
        tx.put(&mut bad)
    });
    match result {
        Err(DataError::Invalid(e)) => assert_eq!(e.0[0].field, "hourly_rate_gbp"),
        other => panic!("expected a validation error, got {other:?}"),
    }
    assert_eq!(store.count::<Member>().unwrap(), 0, "the valid member was rolled back too");
    assert!(store.person_summaries().unwrap().is_empty(), "and the summary with it");
    assert_eq!(store.generation(), generation);
    // An error the action itself returns rolls back too.
    let err = store
        .write(|tx| {
            tx.put(&mut Member::named("Another"))?;
            Err::<(), _>(DataError::conflict("changed my mind"))
        })
        .unwrap_err();
    assert_eq!(err.to_string(), "changed my mind");
    assert_eq!(store.count::<Member>().unwrap(), 0);
    // So does an action through the actions layer.
    let err = apply(store, Action::SetMemberArchived(MemberId(77), true), today()).unwrap_err();
    assert_eq!(err.to_string(), "that member no longer exists");
}

pub fn a_transaction_reads_its_own_writes(store: &mut dyn DataStore) {
    let s = seed(store);
    store
        .write(|tx| {
            let id = tx.put(&mut session(s.activity, s.member, day(2), 10, &[s.agnes]))?;
            assert_eq!(tx.sessions_between(day(2), day(2))?.len(), 1);
            assert_eq!(tx.sessions_of_person(s.agnes)?[0].id, id);
            tx.put(&mut Referral::new(s.agnes, day(1), ReferralSource::Gp))?;
            assert_eq!(tx.person_summary(s.agnes)?.map(|p| p.referrals), Some(1));
            assert!(tx.get::<Session>(id)?.is_some());
            Ok(())
        })
        .unwrap();
}

pub fn history_is_one_consistent_read(store: &mut dyn DataStore) {
    let s = seed(store);
    store
        .write(|tx| {
            tx.put(&mut Referral::new(s.agnes, day(1), ReferralSource::Gp))?;
            tx.put(&mut session(s.activity, s.member, day(2), 10, &[s.agnes]))?;
            tx.put(&mut assessment(s.agnes, day(2), Timepoint::Before, 3))?;
            Ok(())
        })
        .unwrap();
    let history = store.history_of_person(s.agnes).unwrap();
    assert_eq!(history.referrals, store.referrals_of_person(s.agnes).unwrap());
    assert_eq!(history.sessions, store.sessions_of_person(s.agnes).unwrap());
    assert_eq!(history.assessments, store.assessments_of_person(s.agnes).unwrap());
    assert_eq!((history.referrals.len(), history.sessions.len(), history.assessments.len()), (1, 1, 1));
    assert_eq!(store.history_of_person(s.bill).unwrap(), Default::default());
}

pub fn settings_and_flags(store: &mut dyn DataStore) {
    assert_eq!(store.settings().unwrap(), Settings::default());
    assert!(!store.is_set_up().unwrap() && !store.is_demo().unwrap());
    let settings = Settings {
        compliance_window_days: 30,
        wemwbs_wording: (1..=14).map(|i| format!("Licensed item {i}")).collect(),
        ..Settings::default()
    };
    apply(store, Action::SaveSettings(Box::new(settings.clone())), today()).unwrap();
    assert_eq!(store.settings().unwrap(), settings);
    apply(store, Action::StartCoop, today()).unwrap();
    assert!(store.is_set_up().unwrap());
    store.write(|tx| tx.mark_demo()).unwrap();
    assert!(store.is_demo().unwrap());
}

pub fn a_person_reference_is_unique(store: &mut dyn DataStore) {
    seed(store);
    let err = store.write(|tx| tx.put(&mut Person::new("P0001", "Someone Else"))).unwrap_err();
    assert!(matches!(err, DataError::Conflict(_)), "{err}");
    assert_eq!(store.count::<Person>().unwrap(), 2);
}

pub fn erasure_leaves_nothing_about_the_person(store: &mut dyn DataStore) {
    let s = seed(store);
    let shared = store
        .write(|tx| {
            tx.put(&mut Referral::new(s.agnes, day(1), ReferralSource::Gp))?;
            tx.put(&mut Referral::new(s.bill, day(1), ReferralSource::Gp))?;
            tx.put(&mut contact(s.agnes, day(2)))?;
            tx.put(&mut assessment(s.agnes, day(2), Timepoint::Before, 3))?;
            tx.put(&mut session(s.activity, s.member, day(2), 10, &[s.agnes, s.bill]))
        })
        .unwrap();
    let done = apply(store, Action::ErasePerson(s.agnes), today()).unwrap();
    assert!(
        done.message.starts_with("Erased P0001: the person, 1 referral(s), 1 contact(s), 1 assessment(s)"),
        "{}",
        done.message
    );
    assert!(store.get::<Person>(s.agnes).unwrap().is_none());
    assert!(store.person_by_ref("P0001").unwrap().is_none());
    assert!(store.person_summary(s.agnes).unwrap().is_none());
    assert_eq!(store.history_of_person(s.agnes).unwrap(), Default::default());
    assert!(store.contacts_of_person(s.agnes).unwrap().is_empty());
    let session: Session = store.get(shared).unwrap().unwrap();
    assert_eq!(
        session.participants.iter().map(|p| p.person).collect::<Vec<_>>(),
        vec![s.bill],
        "the session stays for the others"
    );
    assert_eq!(store.referrals_of_person(s.bill).unwrap().len(), 1);
    assert_eq!(store.count_referrals_with_status(&[ReferralStatus::New]).unwrap(), 1);
    let err = apply(store, Action::ErasePerson(s.agnes), today()).unwrap_err();
    assert!(err.to_string().contains("there is no person"), "{err}");
    // Remembered by id and reference only, so a backup cannot bring them back.
    assert_eq!(
        store.erased_people().unwrap(),
        vec![ErasedPerson { id: s.agnes, reference: "P0001".into(), on: today() }]
    );
    consistent(store);
}

pub fn series_edits_never_touch_the_past(store: &mut dyn DataStore) {
    let s = seed(store);
    let series =
        Series { id: SeriesId::NEW, first: day(2), repeat: Repeat::Weekly, end: SeriesEnd::Count(4) };
    let occurrences: Vec<Session> =
        series.dates().into_iter().map(|d| session(s.activity, s.member, d, 10, &[s.agnes])).collect();
    apply(store, Action::BookSessions(Some(Box::new(series)), occurrences), today()).unwrap();
    let booked = store.sessions_of_person(s.agnes).unwrap();
    assert_eq!(booked.len(), 4);
    let id = booked[0].series.unwrap();
    assert!(booked.iter().all(|b| b.series == Some(id)));
    // Attendance on the one in the future (23 March) must survive a series edit.
    let future = booked[3].id;
    let mut places = booked[3].participants.clone();
    places[0].attendance = Attendance::Attended;
    apply(store, Action::RecordAttendance(future, places), today()).unwrap();
    // The form opened on the first occurrence; the length and the participants change.
    let mut edited = booked[0].clone();
    edited.minutes = 90;
    edited.participants = session(s.activity, s.member, day(2), 10, &[s.agnes, s.bill]).participants;
    let change = SessionChange::between(&booked[0], &edited);
    // From the first date on, but today is the 16th: the 2nd and the 9th stay as they were.
    apply(store, Action::EditSeriesFrom(id, day(2), Box::new(change)), today()).unwrap();
    let after = store.sessions_of_series(id).unwrap();
    let shape: Vec<(NaiveDate, u16, usize)> =
        after.iter().map(|x| (x.date, x.minutes, x.participants.len())).collect();
    assert_eq!(shape, vec![(day(2), 60, 1), (day(9), 60, 1), (day(16), 90, 2), (day(23), 90, 2)]);
    let kept = after.iter().find(|x| x.id == future).unwrap();
    assert_eq!(kept.participants[0].attendance, Attendance::Attended, "attendance kept");
    apply(store, Action::CancelSeriesFrom(id, day(23)), today()).unwrap();
    let cancelled: Vec<bool> = store.sessions_of_series(id).unwrap().iter().map(|x| x.cancelled).collect();
    assert_eq!(cancelled, vec![false, false, false, true]);
    apply(store, Action::CancelSeriesFrom(id, day(1)), today()).unwrap();
    let cancelled: Vec<bool> = store.sessions_of_series(id).unwrap().iter().map(|x| x.cancelled).collect();
    assert_eq!(cancelled, vec![false, false, true, true], "never the past");
    consistent(store);
}

pub fn booking_a_suggestion_is_one_action(store: &mut dyn DataStore) {
    let s = seed(store);
    let mut r = Referral::new(s.agnes, day(1), ReferralSource::Gp);
    store.write(|tx| tx.put(&mut r)).unwrap();
    let suggestion = planning::Suggestion {
        member: s.member,
        activity: s.activity,
        start: day(20).and_time(at(10)),
        minutes: 60,
        join: None,
        score: 1,
        cost: Money(800),
        reasons: vec!["free".into()],
    };
    let before = store.count::<Session>().unwrap();
    apply(store, Action::BookSuggestion(r.id, Box::new(suggestion.clone())), today()).unwrap();
    assert_eq!(store.count::<Session>().unwrap(), before + 1);
    let booked = store.sessions_of_person(s.agnes).unwrap();
    assert_eq!(booked[0].starts_at(), suggestion.start);
    let matched: Referral = store.get(r.id).unwrap().unwrap();
    assert_eq!(matched.status(), ReferralStatus::Matched);
    assert_eq!(matched.activities, vec![s.activity]);
    let again = apply(store, Action::BookSuggestion(r.id, Box::new(suggestion)), today());
    assert!(again.unwrap_err().to_string().contains("already matched"));
    assert_eq!(store.count::<Session>().unwrap(), before + 1, "nothing changed");
}

pub fn an_import_is_all_or_nothing(store: &mut dyn DataStore) {
    let s = seed(store);
    let good = Member::named("Morag Fyfe");
    let mut bad = Member::named("Bad Rate");
    bad.hourly_rate = Money(0);
    let plan = ImportPlan { added: vec![good.clone(), bad], updated: vec![] };
    assert!(apply(store, Action::Import(Box::new(ImportBatch::Members(plan))), today()).is_err());
    assert_eq!(store.count::<Member>().unwrap(), 2, "nothing of the file was stored");
    let plan = ImportPlan { added: vec![good], updated: vec![] };
    let done = apply(store, Action::Import(Box::new(ImportBatch::Members(plan))), today()).unwrap();
    assert_eq!(done.message, "Imported 1 members: 1 added, 0 updated");
    // A sessions import that edits a series uses the one rule for changes, from its date on.
    let series =
        Series { id: SeriesId::NEW, first: day(9), repeat: Repeat::Weekly, end: SeriesEnd::Count(3) };
    let occurrences: Vec<Session> =
        series.dates().into_iter().map(|d| session(s.activity, s.member, d, 10, &[s.agnes])).collect();
    let plan = ImportPlan {
        added: vec![SessionImport::New { series: Some(series), sessions: occurrences }],
        updated: vec![],
    };
    apply(store, Action::Import(Box::new(ImportBatch::Sessions(plan))), today()).unwrap();
    let stored = store.sessions_of_person(s.agnes).unwrap();
    let id = stored[0].series.unwrap();
    let change = SessionChange { minutes: Some(45), ..SessionChange::default() };
    let plan = ImportPlan {
        added: vec![],
        updated: vec![SessionImport::SeriesFrom { series: id, from: day(9), change }],
    };
    let done = apply(store, Action::Import(Box::new(ImportBatch::Sessions(plan))), today()).unwrap();
    assert!(done.message.ends_with("(2 occurrences)"), "{}", done.message);
    let minutes: Vec<u16> = store.sessions_of_series(id).unwrap().iter().map(|x| x.minutes).collect();
    assert_eq!(minutes, vec![60, 45, 45]);
}

pub fn partial_changes_read_the_record_afresh(store: &mut dyn DataStore) {
    let s = seed(store);
    apply(
        store,
        Action::AddGoal(
            s.agnes,
            Goal {
                text: "Walk to the shop".into(),
                target: None,
                status: GoalStatus::Open,
                activities: vec![],
            },
        ),
        today(),
    )
    .unwrap();
    // Someone else changes her phone number after the page was drawn...
    let mut other: Person = store.get(s.agnes).unwrap().unwrap();
    other.phone = "01887 820000".into();
    store.write(|tx| tx.put(&mut other)).unwrap();
    // ...and a goal status change keeps it.
    apply(store, Action::SetGoalStatus(s.agnes, 0, GoalStatus::Achieved), today()).unwrap();
    let person: Person = store.get(s.agnes).unwrap().unwrap();
    assert_eq!(person.phone, "01887 820000");
    assert_eq!(person.plan[0].status, GoalStatus::Achieved);
    assert!(apply(store, Action::SetGoalStatus(s.agnes, 5, GoalStatus::Achieved), today()).is_err());
    // A goal's activities: each from the catalogue, each once; anything else changes nothing.
    let activity = store.all::<Activity>().unwrap()[0].id;
    apply(store, Action::SetGoalActivities(s.agnes, 0, vec![activity, activity]), today()).unwrap();
    let person: Person = store.get(s.agnes).unwrap().unwrap();
    assert_eq!(person.plan[0].activities, [activity]);
    let unknown = ActivityId(u64::MAX);
    assert!(apply(store, Action::SetGoalActivities(s.agnes, 0, vec![unknown]), today()).is_err());
    assert!(apply(store, Action::SetGoalActivities(s.agnes, 5, vec![activity]), today()).is_err());
    let person: Person = store.get(s.agnes).unwrap().unwrap();
    assert_eq!(person.plan[0].activities, [activity]);
    let mut r = Referral::new(s.agnes, day(1), ReferralSource::Gp);
    store.write(|tx| tx.put(&mut r)).unwrap();
    apply(store, Action::ChangeReferralStatus(r.id, ReferralStatus::Contacted, " rang ".into()), today())
        .unwrap();
    let changed: Referral = store.get(r.id).unwrap().unwrap();
    assert_eq!((changed.status(), changed.status_since()), (ReferralStatus::Contacted, today()));
    assert_eq!(changed.history.last().map(|c| c.note.as_str()), Some("rang"));
    let same =
        apply(store, Action::ChangeReferralStatus(r.id, ReferralStatus::Contacted, String::new()), today());
    assert!(same.is_err(), "moving to the status it has changes nothing");
}

pub fn check_is_clean_after_every_action(store: &mut dyn DataStore) {
    let s = seed(store);
    let mut person = Person::new("P0010", "Jean Rattray");
    person.date_of_birth = Some(today() + chrono::Days::new(1));
    let referral = Referral::new(PersonId::NEW, day(1), ReferralSource::Gp);
    let err = apply(store, Action::Intake(Box::new(person.clone()), Box::new(referral.clone())), today())
        .unwrap_err();
    assert!(err.to_string().contains("date_of_birth: is in the future"), "{err}");
    person.date_of_birth = None;
    apply(store, Action::Intake(Box::new(person), Box::new(referral)), today()).unwrap();
    let jean = store.person_by_ref("P0010").unwrap().unwrap();
    assert_eq!(store.referrals_of_person(jean.id).unwrap().len(), 1);
    let id = store.write(|tx| tx.put(&mut session(s.activity, s.member, day(20), 10, &[jean.id]))).unwrap();
    apply(store, Action::SetSessionCancelled(id, true), today()).unwrap();
    assert!(store.get::<Session>(id).unwrap().unwrap().cancelled);
    apply(store, Action::SetMemberArchived(s.member, true), today()).unwrap();
    assert!(store.get::<Member>(s.member).unwrap().unwrap().archived);
    consistent(store);
}

pub fn a_record_that_does_not_exist_is_never_written(store: &mut dyn DataStore) {
    let s = seed(store);
    // An id the data never gave out.
    let mut ghost = Person::new("P0009", "Nobody");
    ghost.id = PersonId(999);
    let err = store.write(|tx| tx.put(&mut ghost)).unwrap_err();
    assert_eq!(err.to_string(), "that person no longer exists");
    // A record deleted (or erased) since a form read it is not brought back.
    let stale: Person = store.get(s.bill).unwrap().unwrap();
    apply(store, Action::ErasePerson(s.bill), today()).unwrap();
    let err = apply(store, Action::SavePerson(Box::new(stale)), today()).unwrap_err();
    assert_eq!(err.to_string(), "that person no longer exists");
    let err = apply(store, Action::SaveContact(Box::new(contact(s.bill, day(3)))), today()).unwrap_err();
    assert_eq!(err.to_string(), "that person no longer exists");
    let late = assessment(s.bill, day(3), Timepoint::Before, 3);
    assert!(apply(store, Action::SaveAssessment(Box::new(late)), today()).is_err());
    let booking = session(s.activity, s.member, day(20), 10, &[s.agnes, s.bill]);
    assert!(apply(store, Action::BookSessions(None, vec![booking]), today()).is_err());
    assert!(store.get::<Person>(s.bill).unwrap().is_none());
    assert!(store.contacts_of_person(s.bill).unwrap().is_empty());
    assert!(store.sessions_of_person(s.agnes).unwrap().is_empty(), "the booking was refused whole");
    consistent(store);
}

pub fn saves_keep_what_the_form_did_not_show(store: &mut dyn DataStore) {
    let s = seed(store);
    // The profile form opens; meanwhile a goal is added from the plan section.
    let form: Person = store.get(s.agnes).unwrap().unwrap();
    let goal = Goal {
        text: "Join the walking group".into(),
        target: None,
        status: GoalStatus::Open,
        activities: vec![],
    };
    apply(store, Action::AddGoal(s.agnes, goal), today()).unwrap();
    let edited = Person { phone: "01350 727000".into(), ..form };
    apply(store, Action::SavePerson(Box::new(edited)), today()).unwrap();
    let person: Person = store.get(s.agnes).unwrap().unwrap();
    assert_eq!(person.phone, "01350 727000");
    assert_eq!(person.plan.len(), 1, "the goal added meanwhile is kept");
    // A further referral for someone already stored does not rewrite them.
    let stale = Person { name: "Old Name".into(), ..person.clone() };
    let referral = Referral::new(s.agnes, day(4), ReferralSource::Gp);
    apply(store, Action::Intake(Box::new(stale), Box::new(referral)), today()).unwrap();
    assert_eq!(store.get::<Person>(s.agnes).unwrap().unwrap(), person);
    assert_eq!(store.referrals_of_person(s.agnes).unwrap().len(), 1);
    // Changing the compliance window keeps every other setting.
    let settings = Settings {
        wemwbs_wording: (1..=14).map(|i| format!("Licensed item {i}")).collect(),
        ..Settings::default()
    };
    apply(store, Action::SaveSettings(Box::new(settings.clone())), today()).unwrap();
    apply(store, Action::SetComplianceWindow(90), today()).unwrap();
    assert_eq!(store.settings().unwrap(), Settings { compliance_window_days: 90, ..settings });
    // Editing one occurrence keeps attendance recorded after the form opened.
    let id = store.write(|tx| tx.put(&mut session(s.activity, s.member, day(20), 10, &[s.agnes]))).unwrap();
    let opened: Session = store.get(id).unwrap().unwrap();
    let mut places = opened.participants.clone();
    places[0].attendance = Attendance::Attended;
    apply(store, Action::RecordAttendance(id, places), today()).unwrap();
    let mut edited = opened.clone();
    edited.notes = "Meet at the gate".into();
    let change = SessionChange::between(&opened, &edited);
    apply(store, Action::EditOccurrence(id, Box::new(change)), today()).unwrap();
    let saved: Session = store.get(id).unwrap().unwrap();
    assert_eq!(
        (saved.notes.as_str(), saved.participants[0].attendance),
        ("Meet at the gate", Attendance::Attended)
    );
}

/// Two people waiting, and a group session with one place left.
pub fn last_place(store: &mut dyn DataStore) -> (Seeded, SessionId, [ReferralId; 2]) {
    let s = seed(store);
    store
        .write(|tx| {
            let mut walk: Activity = tx.require(s.activity, "activity")?;
            walk.capacity = 2;
            tx.put(&mut walk)?;
            tx.put(&mut Person::new("P0003", "Jean Rattray"))?;
            Ok(())
        })
        .unwrap();
    let jean = store.person_by_ref("P0003").unwrap().unwrap().id;
    let session = store.write(|tx| tx.put(&mut session(s.activity, s.member, day(20), 10, &[jean]))).unwrap();
    let a = store.write(|tx| tx.put(&mut Referral::new(s.agnes, day(1), ReferralSource::Gp))).unwrap();
    let b = store.write(|tx| tx.put(&mut Referral::new(s.bill, day(1), ReferralSource::Gp))).unwrap();
    (s, session, [a, b])
}

/// The suggestion to join `session`.
pub fn join(s: &Seeded, session: SessionId) -> planning::Suggestion {
    planning::Suggestion {
        member: s.member,
        activity: s.activity,
        start: day(20).and_time(at(10)),
        minutes: 60,
        join: Some(session),
        score: 1,
        cost: Money(800),
        reasons: vec![],
    }
}

pub fn a_full_session_takes_no_more_bookings(store: &mut dyn DataStore) {
    let (s, session, [a, b]) = last_place(store);
    apply(store, Action::BookSuggestion(a, Box::new(join(&s, session))), today()).unwrap();
    let err = apply(store, Action::BookSuggestion(b, Box::new(join(&s, session))), today()).unwrap_err();
    assert!(err.to_string().contains("the session is now full (2 places)"), "{err}");
    let booked: Session = store.get(session).unwrap().unwrap();
    assert_eq!(booked.participants.len(), 2);
    assert_eq!(store.get::<Referral>(b).unwrap().unwrap().status(), ReferralStatus::New, "nothing changed");
}
