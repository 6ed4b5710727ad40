use super::meeting::{Attendee, Meeting, MeetingKind, Presence, Resolution, ResolutionKind, Tally, Votes};
use super::*;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, d).unwrap()
}

fn entry(id: u64, class: &str) -> RegisterEntry {
    let mut e = RegisterEntry::new(&format!("Member {id}"), class, RegisterLink::Supporter, day(1));
    e.id = RegisterEntryId(id);
    e
}

fn line(kind: LedgerKind, from: u64, to: Option<u64>, shares: u32, pence: i64, d: u32) -> LedgerEntry {
    LedgerEntry {
        id: LedgerEntryId::NEW,
        date: day(d),
        kind,
        entry: RegisterEntryId(from),
        to: to.map(RegisterEntryId),
        shares,
        amount: Money(pence),
        note: String::new(),
    }
}

#[test]
fn a_holding_is_the_sum_of_the_ledger_to_that_day() {
    let ledger = vec![
        line(LedgerKind::Issue, 1, None, 10, 1000, 2),
        line(LedgerKind::Issue, 2, None, 5, 500, 3),
        line(LedgerKind::Transfer, 1, Some(2), 4, 400, 10),
        line(LedgerKind::Withdrawal, 2, None, 2, 200, 20),
    ];
    let h = |id, d| holding_on(RegisterEntryId(id), &ledger, day(d));
    assert_eq!(h(1, 9), Holding { shares: 10, amount_paid: Money(1000) });
    assert_eq!(h(1, 10), Holding { shares: 6, amount_paid: Money(600) });
    assert_eq!(h(2, 10), Holding { shares: 9, amount_paid: Money(900) });
    assert_eq!(h(2, 30), Holding { shares: 7, amount_paid: Money(700) });
    // Every share issued is held by someone or was withdrawn.
    let held = h(1, 30).shares + h(2, 30).shares;
    assert_eq!(held, 15 - 2);
}

#[test]
fn class_rules_limit_holdings_and_prices_and_nothing_is_withdrawn_that_is_not_held() {
    let rules = CoopRules::default();
    let worker = entry(1, WORKER_CLASS);
    let mut ledger = Vec::new();
    let ok = line(LedgerKind::Issue, 1, None, 100, 10_000, 2);
    assert!(check_ledger_line(&ok, &worker, None, &ledger, &rules).is_ok(), "exactly the maximum");
    ledger.push(ok);
    let more = line(LedgerKind::Issue, 1, None, 1, 100, 3);
    let err = check_ledger_line(&more, &worker, None, &ledger, &rules).unwrap_err();
    assert_eq!(err.0[0].field, "shares", "{err}");
    let dear = line(LedgerKind::Issue, 2, None, 2, 201, 3);
    assert_eq!(
        check_ledger_line(&dear, &entry(2, "User members"), None, &[], &rules).unwrap_err().0[0].field,
        "amount_gbp"
    );
    let too_many = line(LedgerKind::Withdrawal, 1, None, 101, 0, 4);
    assert!(check_ledger_line(&too_many, &worker, None, &ledger, &rules).is_err());
    let back = line(LedgerKind::Withdrawal, 1, None, 100, 10_000, 4);
    assert!(check_ledger_line(&back, &worker, None, &ledger, &rules).is_ok());
    // A supporter may hold more; a company limited by guarantee has no shares at all.
    let big = line(LedgerKind::Issue, 3, None, 500, 50_000, 2);
    assert!(check_ledger_line(&big, &entry(3, "Supporter members"), None, &[], &rules).is_ok());
    let clg = CoopRules { legal_form: LegalForm::CompanyLimitedByGuarantee, ..CoopRules::default() };
    assert!(check_ledger_line(&big, &entry(3, "Supporter members"), None, &[], &clg).is_err());
    // Someone who has ceased is issued nothing, but is repaid what they hold.
    let mut gone = entry(4, WORKER_CLASS);
    gone.ceased = Some(day(5));
    let held = vec![line(LedgerKind::Issue, 4, None, 3, 300, 2)];
    let issue = line(LedgerKind::Issue, 4, None, 1, 100, 6);
    assert!(check_ledger_line(&issue, &gone, None, &held, &rules).is_err());
    let repaid = line(LedgerKind::Withdrawal, 4, None, 3, 300, 6);
    assert!(check_ledger_line(&repaid, &gone, None, &held, &rules).is_ok());
}

fn resolution(kind: ResolutionKind, for_: u32, against: u32, abstain: u32) -> Resolution {
    Resolution {
        text: "To adopt the accounts".into(),
        kind,
        proposer: None,
        seconder: None,
        votes: Votes::Total(Tally { for_, against, abstain }),
        minutes: String::new(),
    }
}

#[test]
fn a_special_resolution_passes_at_exactly_the_majority_and_abstentions_are_not_votes_cast() {
    let rules = CoopRules::default();
    let passed = |r: Resolution| r.outcome(&rules).unwrap().passed;
    assert!(passed(resolution(ResolutionKind::Special, 75, 25, 0)), "exactly 75%");
    assert!(!passed(resolution(ResolutionKind::Special, 74, 26, 0)), "74%");
    assert!(passed(resolution(ResolutionKind::Special, 3, 1, 40)), "3 of 4 cast, whatever the abstentions");
    assert!(!passed(resolution(ResolutionKind::Special, 0, 0, 5)), "no votes cast");
    assert!(passed(resolution(ResolutionKind::Ordinary, 11, 10, 0)));
    assert!(!passed(resolution(ResolutionKind::Ordinary, 10, 10, 0)), "a tie fails");
    let stricter = CoopRules { special_majority_percent: 80, ..CoopRules::default() };
    assert!(!resolution(ResolutionKind::Special, 75, 25, 0).outcome(&stricter).unwrap().passed);
    let mut not_yet = resolution(ResolutionKind::Ordinary, 0, 0, 0);
    not_yet.votes = Votes::NotYet;
    assert_eq!(not_yet.outcome(&rules), None);
}

#[test]
fn votes_by_class_are_weighted_by_the_class_rules() {
    let mut rules = CoopRules::default();
    rules.classes[0].votes_per_member = 3; // worker members
    let mut r = resolution(ResolutionKind::Special, 0, 0, 0);
    r.votes = Votes::ByClass(vec![
        (WORKER_CLASS.into(), Tally { for_: 5, against: 0, abstain: 0 }),
        ("User members".into(), Tally { for_: 0, against: 5, abstain: 1 }),
    ]);
    let o = r.outcome(&rules).unwrap();
    assert_eq!((o.for_, o.against, o.abstain), (15, 5, 1));
    assert!(o.passed, "15 of 20 is 75%");
}

#[test]
fn notice_of_fewer_clear_days_than_the_rules_warns() {
    let rules = CoopRules::default();
    let mut m = Meeting::new(MeetingKind::Agm, day(30));
    m.notice_given = Some(day(15)); // 16..=29: 14 clear days
    assert_eq!(m.clear_days(), Some(14));
    assert_eq!(m.notice_warning(&rules), None);
    m.notice_given = Some(day(16));
    assert_eq!(m.clear_days(), Some(13));
    assert_eq!(m.notice_warning(&rules).as_deref(), Some("Notice was 13 clear days; the rules ask for 14"));
    m.kind = MeetingKind::Board;
    assert_eq!(m.notice_warning(&rules), None, "the board's own meetings are not general meetings");
}

#[test]
fn quorum_is_the_larger_of_a_number_and_a_share_of_the_members() {
    let rules = CoopRules::default(); // 3 members or 10%
    let register: Vec<RegisterEntry> = (1..=45).map(|i| entry(i, WORKER_CLASS)).collect();
    let mut m = Meeting::new(MeetingKind::Agm, day(30));
    assert_eq!(m.quorum_needed(&rules, &register), 5, "10% of 45, rounded up");
    let attend = |ids: std::ops::RangeInclusive<u64>| {
        ids.map(|i| Attendee {
            entry: RegisterEntryId(i),
            presence: Presence::InPerson,
            proxy_holder: String::new(),
        })
        .collect::<Vec<_>>()
    };
    m.attendees = attend(1..=4);
    assert!(!m.is_quorate(&rules, &register));
    m.attendees = attend(1..=5);
    assert!(m.is_quorate(&rules, &register), "exactly the quorum");
    assert_eq!(m.quorum_needed(&rules, &register[..10]), 3, "never fewer than 3");
    // Someone not yet a member on the day does not count.
    let mut late = register.clone();
    late[0].admitted = day(30).succ_opt().unwrap();
    assert!(!m.is_quorate(&rules, &late));
}

#[test]
fn a_meeting_names_its_problems() {
    let mut m = Meeting::new(MeetingKind::Special, day(10));
    m.notice_given = Some(day(11));
    m.attendees.push(Attendee {
        entry: RegisterEntryId(1),
        presence: Presence::Proxy,
        proxy_holder: String::new(),
    });
    let mut r = resolution(ResolutionKind::Ordinary, 1, 0, 0);
    r.proposer = Some(RegisterEntryId(1));
    r.seconder = Some(RegisterEntryId(1));
    m.resolutions.push(r);
    let fields: Vec<&str> = m.validate().unwrap_err().0.iter().map(|e| e.field).collect();
    assert_eq!(fields, ["notice_given", "attendees", "resolutions"]);
}
