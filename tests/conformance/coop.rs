//! The co-op's own records through the actions, on every backend: the register always equals
//! the ledger, the class rules refuse what they must and change nothing, erasure keeps the
//! register line, a former member is removed only after the rules' period, meetings name only
//! members on the register, and each action leaves its audit entry.

use super::{day, seed, today};
use carecoop::actions::{Action, REGISTER_KEPT, apply};
use carecoop::data::{DataStore, ReadsExt};
use carecoop::domain::coop::meeting::Attendee;
use carecoop::domain::coop::{WORKER_CLASS, register_on};
use carecoop::domain::*;
use chrono::NaiveDate;

fn admit(store: &mut dyn DataStore, name: &str, class: &str, link: RegisterLink) -> RegisterEntryId {
    apply(store, Action::SaveRegisterEntry(Box::new(RegisterEntry::new(name, class, link, day(1)))), today())
        .unwrap();
    store.all::<RegisterEntry>().unwrap().into_iter().find(|e| e.name == name).unwrap().id
}

fn line(kind: LedgerKind, from: RegisterEntryId, to: Option<RegisterEntryId>, shares: u32, d: u32) -> Action {
    Action::RecordShares(Box::new(LedgerEntry {
        id: LedgerEntryId::NEW,
        date: day(d),
        kind,
        entry: from,
        to,
        shares,
        amount: Money(i64::from(shares) * 100),
        note: String::new(),
    }))
}

/// Admitting, issuing, transferring and withdrawing: the register is the ledger's sum, and
/// what the rules refuse changes nothing.
pub fn the_register_equals_the_ledger_and_the_rules_hold(store: &mut dyn DataStore) {
    let s = seed(store);
    let isla = admit(store, "Isla MacLeod", WORKER_CLASS, RegisterLink::Worker(s.member));
    let agnes = admit(store, "Agnes Dewar", "User members", RegisterLink::Person(s.agnes));
    let trust = admit(store, "Breadalbane Trust", "Supporter members", RegisterLink::Supporter);
    for action in [
        line(LedgerKind::Issue, isla, None, 10, 2),
        line(LedgerKind::Issue, agnes, None, 1, 2),
        line(LedgerKind::Issue, trust, None, 200, 3),
        line(LedgerKind::Transfer, isla, Some(agnes), 4, 5),
        line(LedgerKind::Withdrawal, trust, None, 50, 6),
    ] {
        apply(store, action, today()).unwrap();
    }
    let (entries, ledger) = (store.all::<RegisterEntry>().unwrap(), store.all::<LedgerEntry>().unwrap());
    let register = register_on(&entries, &ledger, today(), false);
    let held = |id| register.iter().find(|l| l.entry.id == id).unwrap().holding;
    assert_eq!((held(isla).shares, held(isla).amount_paid), (6, Money(600)));
    assert_eq!((held(agnes).shares, held(agnes).amount_paid), (5, Money(500)));
    assert_eq!(held(trust).shares, 150);
    let issued: i64 =
        ledger.iter().filter(|l| l.kind == LedgerKind::Issue).map(|l| i64::from(l.shares)).sum();
    let withdrawn: i64 =
        ledger.iter().filter(|l| l.kind == LedgerKind::Withdrawal).map(|l| i64::from(l.shares)).sum();
    assert_eq!(register.iter().map(|l| l.holding.shares).sum::<i64>(), issued - withdrawn);

    let refused = [
        line(LedgerKind::Issue, isla, None, 95, 7), // over the worker class's 100
        line(LedgerKind::Withdrawal, agnes, None, 6, 7), // holds 5
        line(LedgerKind::Transfer, isla, Some(isla), 1, 7), // to themselves
        line(LedgerKind::Issue, RegisterEntryId(999), None, 1, 7), // no such entry
    ];
    for action in refused {
        assert!(apply(store, action, today()).is_err());
    }
    let unknown = RegisterEntry::new("Someone", "Honorary members", RegisterLink::Supporter, day(1));
    let err = apply(store, Action::SaveRegisterEntry(Box::new(unknown)), today()).unwrap_err();
    assert!(err.to_string().contains("'Honorary members' is not a class"), "{err}");
    let twice = RegisterEntry::new("Isla again", WORKER_CLASS, RegisterLink::Worker(s.member), day(1));
    assert!(apply(store, Action::SaveRegisterEntry(Box::new(twice)), today()).is_err());
    assert_eq!(store.all::<LedgerEntry>().unwrap().len(), 5, "nothing refused was written");
    assert_eq!(store.all::<RegisterEntry>().unwrap().len(), 3);

    // A company limited by guarantee has no shares.
    let mut settings = store.settings().unwrap();
    settings.coop.legal_form = LegalForm::CompanyLimitedByGuarantee;
    apply(store, Action::SaveSettings(Box::new(settings)), today()).unwrap();
    assert!(apply(store, line(LedgerKind::Issue, agnes, None, 1, 8), today()).is_err());
}

/// Erasing a person who is a member keeps their register line (the law's), unlinked from
/// the care records, and says so.
pub fn erasing_a_member_keeps_their_register_line_and_says_so(store: &mut dyn DataStore) {
    let s = seed(store);
    let agnes = admit(store, "Agnes Dewar", "User members", RegisterLink::Person(s.agnes));
    apply(store, line(LedgerKind::Issue, agnes, None, 1, 2), today()).unwrap();
    let done = apply(store, Action::ErasePerson(s.agnes), today()).unwrap();
    assert!(done.message.contains(REGISTER_KEPT), "{}", done.message);
    let kept: RegisterEntry = store.get(agnes).unwrap().unwrap();
    assert_eq!((kept.name.as_str(), kept.link), ("Agnes Dewar", RegisterLink::Supporter));
    assert!(store.get::<Person>(s.agnes).unwrap().is_none());
    // Someone who was not a member is erased without the note.
    let done = apply(store, Action::ErasePerson(s.bill), today()).unwrap();
    assert!(!done.message.contains(REGISTER_KEPT));
}

/// A former member's entry stays for the rules' period after they ceased, then can go.
pub fn a_former_member_is_removed_only_after_the_rules_period(store: &mut dyn DataStore) {
    seed(store);
    let gone = admit(store, "Alison Reid", "Supporter members", RegisterLink::Supporter);
    apply(store, line(LedgerKind::Issue, gone, None, 10, 2), today()).unwrap();
    let mut entry: RegisterEntry = store.get(gone).unwrap().unwrap();
    entry.ceased = Some(day(10));
    entry.ceased_reason = "resigned".into();
    apply(store, Action::SaveRegisterEntry(Box::new(entry)), today()).unwrap();
    // Still holding shares, and still within ten years.
    let ten_years = NaiveDate::from_ymd_opt(2036, 3, 10).unwrap();
    assert!(apply(store, Action::RemoveFromRegister(gone), ten_years).is_err());
    let err = apply(store, Action::RemoveFromRegister(gone), today()).unwrap_err();
    assert!(err.to_string().contains("kept until 10 March 2036"), "{err}");
    // Shares repaid while a member (before ceasing), then removable after the period.
    apply(store, line(LedgerKind::Withdrawal, gone, None, 10, 9), today()).unwrap();
    assert!(apply(store, Action::RemoveFromRegister(gone), ten_years.pred_opt().unwrap()).is_err());
    apply(store, Action::RemoveFromRegister(gone), ten_years).unwrap();
    assert!(store.get::<RegisterEntry>(gone).unwrap().is_none());
    assert!(store.all::<LedgerEntry>().unwrap().is_empty(), "their own lines went with them");
}

/// A meeting round-trips, names only people on the register, and its audit entries are there.
pub fn meetings_name_members_and_every_coop_action_is_audited(store: &mut dyn DataStore) {
    let s = seed(store);
    let isla = admit(store, "Isla MacLeod", WORKER_CLASS, RegisterLink::Worker(s.member));
    let fiona = admit(store, "Fiona Drummond", WORKER_CLASS, RegisterLink::Worker(s.other_member));
    let mut m = Meeting::new(MeetingKind::Agm, day(20));
    m.notice_given = Some(day(1));
    m.attendees = [isla, fiona]
        .map(|entry| Attendee { entry, presence: Presence::InPerson, proxy_holder: String::new() })
        .to_vec();
    m.resolutions.push(Resolution {
        text: "To adopt the accounts".into(),
        kind: ResolutionKind::Special,
        proposer: Some(isla),
        seconder: Some(fiona),
        votes: Votes::Total(Tally { for_: 3, against: 1, abstain: 0 }),
        minutes: String::new(),
    });
    apply(store, Action::SaveMeeting(Box::new(m.clone())), today()).unwrap();
    let stored = store.all::<Meeting>().unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(Meeting { id: MeetingId::NEW, ..stored[0].clone() }, m);
    let rules = store.settings().unwrap().coop;
    assert!(stored[0].resolutions[0].outcome(&rules).unwrap().passed, "3 of 4 is 75%");
    let mut stranger = m.clone();
    stranger.attendees.push(Attendee {
        entry: RegisterEntryId(999),
        presence: Presence::Online,
        proxy_holder: String::new(),
    });
    assert!(apply(store, Action::SaveMeeting(Box::new(stranger)), today()).is_err());
    apply(store, line(LedgerKind::Issue, isla, None, 5, 2), today()).unwrap();
    let actions: Vec<String> = super::audit::trail(store).into_iter().map(|e| e.note.action).collect();
    for expected in ["admitted member", "added meeting", "recorded shares"] {
        assert!(actions.iter().any(|a| a == expected), "no '{expected}' in {actions:?}");
    }
}
