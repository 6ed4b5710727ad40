//! The audit trail, on every backend: an entry for every kind of action, written with the
//! change, naming records by reference or id and never holding what they say; a chain that
//! verifies; filters.

use super::*;
use carecoop::domain::audit::{AuditFilter, verify_chain};

pub(super) fn trail(store: &dyn DataStore) -> Vec<AuditEntry> {
    store.audit_trail(&AuditFilter::default(), None).unwrap()
}

/// Runs every kind of action once through `apply`, on a person whose name, birth date and
/// phone number are distinctive, then erases them.
pub fn every_action_leaves_an_audit_entry(store: &mut dyn DataStore) {
    let t = today();
    let mut run = |action: Action| apply(store, action, t).unwrap();
    run(Action::StartCoop);
    run(Action::SaveMember(Box::new(Member::named("Isla MacLeod"))));
    run(Action::SaveActivity(Box::new(activity("Nature walk"))));
    let mut person = Person::new("P0007", "Zebedee Quartermaine");
    person.date_of_birth = NaiveDate::from_ymd_opt(1951, 7, 23);
    person.phone = "07700 900461".into();
    let referral = Referral::new(PersonId::NEW, day(1), ReferralSource::Gp);
    run(Action::Intake(Box::new(person), Box::new(referral)));
    let (member, activity_id) = {
        let m = store.all::<Member>().unwrap()[0].id;
        let a = store.all::<Activity>().unwrap()[0].id;
        (m, a)
    };
    let stored = store.person_by_ref("P0007").unwrap().unwrap();
    let referral = store.referrals_of_person(stored.id).unwrap()[0].id;
    let mut t = today();
    let mut run = |action: Action| apply(store, action, t).unwrap();
    let mut changed = stored.clone();
    changed.village = "Kenmore".into();
    run(Action::SavePerson(Box::new(changed)));
    run(Action::ChangeReferralStatus(referral, ReferralStatus::Contacted, "rang Zebedee".into()));
    let goal =
        Goal { text: "Walk to the loch".into(), target: None, status: GoalStatus::Open, activities: vec![] };
    run(Action::AddGoal(stored.id, goal));
    run(Action::SetGoalStatus(stored.id, 0, GoalStatus::Achieved));
    run(Action::SetGoalActivities(stored.id, 0, vec![activity_id]));
    run(Action::SaveContact(Box::new(contact(stored.id, day(3)))));
    run(Action::SaveAssessment(Box::new(assessment(stored.id, day(3), Timepoint::Before, 3))));
    run(Action::BookSessions(None, vec![session(activity_id, member, day(20), 10, &[stored.id])]));
    run(Action::SetComplianceWindow(30));
    run(Action::RecordView(stored.id));
    run(Action::RecordExport(Some(stored.id), "subject access report".into()));
    run(Action::RecordExport(None, "people (csv)".into()));
    t = day(16);
    let session_id = store.sessions_of_person(stored.id).unwrap()[0].id;
    let mut run = |action: Action| apply(store, action, t).unwrap();
    run(Action::SetSessionCancelled(session_id, true));
    run(Action::SetMemberArchived(member, true));
    run(Action::ErasePerson(stored.id));

    let entries = trail(store);
    let actions: Vec<&str> = entries.iter().map(|e| e.note.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "started the co-op",
            "added member",
            "added activity",
            "took referral",
            "changed person",
            "changed referral status",
            "added goal",
            "changed goal status",
            "changed goal activities",
            "logged contact",
            "recorded assessment",
            "booked session",
            "changed settings",
            "viewed person",
            "exported person",
            "exported",
            "cancelled session",
            "archived member",
            "erased person",
        ]
    );
    assert_eq!(verify_chain(&entries), Ok(entries.len() as u64), "the chain is whole");
    let by_action = |a: &str| entries.iter().find(|e| e.note.action == a).unwrap();
    let took = by_action("took referral");
    assert_eq!((took.note.kind.as_str(), took.note.record.clone()), ("referral", referral.0.to_string()));
    assert_eq!(took.note.person, "P0007");
    assert_eq!(by_action("added member").note.record, member.0.to_string());
    assert_eq!(by_action("changed referral status").note.detail, "to contacted");
    assert_eq!(by_action("booked session").note.person, "P0007", "a session for one person names them");
    let erased = by_action("erased person");
    assert_eq!((erased.note.kind.as_str(), erased.note.record.as_str()), ("person", "P0007"));
    for e in &entries {
        assert!(!e.user.is_empty(), "every entry says who: {e:?}");
        assert!(chrono::DateTime::parse_from_rfc3339(&e.at).is_ok(), "RFC 3339: {}", e.at);
        let text = format!("{e:?}");
        for personal in ["Zebedee", "Quartermaine", "1951", "07700", "900461", "loch", "rang", "Kenmore"] {
            assert!(!text.contains(personal), "an entry holds a personal value ({personal}): {text}");
        }
    }
    // After erasure the person's entries keep only their reference.
    let theirs =
        store.audit_trail(&AuditFilter { person: Some("p0007".into()), ..Default::default() }, None).unwrap();
    assert_eq!(theirs.len(), 13, "{theirs:#?}");
    assert!(theirs.iter().all(|e| e.note.person == "P0007"));
}

/// Filters narrow by person, user, action and day, and `newest` keeps the last entries.
pub fn the_audit_trail_filters(store: &mut dyn DataStore) {
    let s = seed(store);
    for person in [s.agnes, s.bill, s.agnes] {
        apply(store, Action::RecordView(person), today()).unwrap();
    }
    let all = trail(store);
    assert_eq!(all.len(), 3);
    let user = all[0].user.clone();
    let f = |filter: AuditFilter| store.audit_trail(&filter, None).unwrap().len();
    assert_eq!(f(AuditFilter { person: Some("P0001".into()), ..Default::default() }), 2);
    assert_eq!(f(AuditFilter { person: Some("P0009".into()), ..Default::default() }), 0);
    assert_eq!(f(AuditFilter { user: Some(user.to_uppercase()), ..Default::default() }), 3);
    assert_eq!(f(AuditFilter { user: Some("nobody-here".into()), ..Default::default() }), 0);
    assert_eq!(f(AuditFilter { action: Some("VIEWED".into()), ..Default::default() }), 3);
    assert_eq!(f(AuditFilter { action: Some("erased".into()), ..Default::default() }), 0);
    let today_here = chrono::Local::now().date_naive();
    assert_eq!(f(AuditFilter { from: Some(today_here), to: Some(today_here), ..Default::default() }), 3);
    assert_eq!(f(AuditFilter { to: today_here.pred_opt(), ..Default::default() }), 0);
    let newest = store.audit_trail(&AuditFilter::default(), Some(2)).unwrap();
    assert_eq!(newest, all[1..].to_vec(), "the newest two, oldest first");
    assert_eq!(
        store
            .audit_trail(&AuditFilter { person: Some("P0001".into()), ..Default::default() }, Some(1))
            .unwrap(),
        vec![all[2].clone()]
    );
}

/// A failed action leaves no entry; a guarded save leaves exactly one.
pub fn only_what_happened_is_audited(store: &mut dyn DataStore) {
    let s = seed(store);
    let before = trail(store).len();
    let err = apply(store, Action::SetGoalStatus(s.agnes, 9, GoalStatus::Achieved), today());
    assert!(err.is_err());
    assert_eq!(trail(store).len(), before, "nothing changed, nothing recorded");
    let agnes: Person = store.get(s.agnes).unwrap().unwrap();
    let mut edited = agnes.clone();
    edited.village = "Comrie".into();
    let save = Action::SavePerson(Box::new(edited)).if_unchanged(carecoop::actions::AsRead::record(&agnes));
    apply(store, save, today()).unwrap();
    let after = trail(store);
    assert_eq!(after.len(), before + 1);
    assert_eq!(after.last().unwrap().note.action, "changed person");
}

/// The actions the first case did not run leave their entries too: funds, availability,
/// archiving an activity, attendance, a one-occurrence edit, a series booked, changed and
/// cancelled from a date, a suggestion booked, an import, and several people erased at once.
pub fn the_other_actions_leave_entries_too(store: &mut dyn DataStore) {
    let s = seed(store);
    let t = today();
    let run = |store: &mut dyn DataStore, action: Action| apply(store, action, t).unwrap();
    let fund = Fund {
        id: FundId::NEW,
        name: "Befriending fund".into(),
        funder: "Perth & Kinross Council".into(),
        amount: Money(100_000),
        start: day(1),
        end: day(28),
        pays_for: vec![],
        notes: String::new(),
    };
    run(store, Action::SaveFund(Box::new(fund)));
    run(store, Action::SaveAvailability(Box::new(Availability::empty(s.member))));
    run(store, Action::SetActivityArchived(s.activity, true));
    run(store, Action::SetActivityArchived(s.activity, false));
    run(store, Action::BookSessions(None, vec![session(s.activity, s.member, day(20), 10, &[s.agnes])]));
    let one = store.sessions_of_person(s.agnes).unwrap()[0].clone();
    run(store, Action::RecordAttendance(one.id, one.participants.clone()));
    let moved = SessionChange { venue: Some("Birks Cinema".into()), ..SessionChange::default() };
    run(store, Action::EditOccurrence(one.id, Box::new(moved.clone())));
    let series =
        Series { id: SeriesId::NEW, first: day(18), repeat: Repeat::Weekly, end: SeriesEnd::Count(3) };
    let occurrences: Vec<Session> =
        series.dates().into_iter().map(|d| session(s.activity, s.other_member, d, 14, &[s.bill])).collect();
    run(store, Action::BookSessions(Some(Box::new(series)), occurrences));
    let series_id = store.sessions_of_person(s.bill).unwrap()[0].series.unwrap();
    run(store, Action::EditSeriesFrom(series_id, day(18), Box::new(moved)));
    run(store, Action::CancelSeriesFrom(series_id, day(25)));
    let mut referral = Referral::new(s.bill, day(1), ReferralSource::Gp);
    store.write(|tx| tx.put(&mut referral)).unwrap();
    let suggestion = planning::Suggestion {
        member: s.member,
        activity: s.activity,
        start: day(27).and_time(at(11)),
        minutes: 60,
        join: None,
        score: 1,
        cost: Money(800),
        reasons: vec![],
    };
    run(store, Action::BookSuggestion(referral.id, Box::new(suggestion)));
    let plan = ImportPlan { added: vec![Member::named("Morag Fyfe")], updated: vec![] };
    run(store, Action::Import(Box::new(ImportBatch::Members(plan))));
    run(store, Action::ErasePeople(vec![s.agnes, s.bill]));

    let entries = trail(store);
    let said: Vec<(&str, &str, &str)> = entries
        .iter()
        .map(|e| (e.note.action.as_str(), e.note.kind.as_str(), e.note.person.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            ("added fund", "fund", ""),
            ("changed availability", "member", ""),
            ("archived activity", "activity", ""),
            ("restored activity", "activity", ""),
            ("booked session", "session", "P0001"),
            ("recorded attendance", "session", "P0001"),
            ("changed session", "session", "P0001"),
            ("booked series", "series", ""),
            ("changed series", "series", ""),
            ("cancelled series", "series", ""),
            ("booked suggestion", "referral", "P0002"),
            ("imported", "co-op", ""),
            ("erased person", "person", "P0001"),
            ("erased person", "person", "P0002"),
        ]
    );
    assert_eq!(entries[7].note.detail, "3 sessions");
    assert_eq!(entries[9].note.detail, format!("from {}", day(25)));
    assert_eq!(entries[11].note.detail, "1 members: 1 added, 0 updated");
    assert!(
        entries.iter().all(|e| !format!("{e:?}").contains("Agnes") && !format!("{e:?}").contains("Morag"))
    );
    assert_eq!(verify_chain(&entries), Ok(entries.len() as u64));
}
