use super::*;
use crate::domain::activity::Format;
use crate::domain::ids::{ActivityId, PersonId, SessionId};
use crate::domain::person::SdsOption;
use chrono::NaiveTime;

fn d(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
}

fn place(person: u64, payer: Payer, attendance: Attendance) -> Participant {
    Participant { person: PersonId(person), payer, attendance, note: String::new() }
}

fn fund() -> Fund {
    Fund {
        id: FundId(1),
        name: "Befriending fund".into(),
        funder: "Council".into(),
        amount: Money::pounds(100),
        start: d(1),
        end: d(30),
        pays_for: vec![],
        notes: String::new(),
    }
}

fn befriending() -> Activity {
    Activity {
        id: ActivityId(1),
        name: "Befriending".into(),
        category: String::new(),
        format: Format::OneToOne,
        capacity: 1,
        venue: String::new(),
        village: String::new(),
        default_minutes: 60,
        price: Money::ZERO,
        price_unit: PriceUnit::PerHour,
        archived: false,
    }
}

fn member() -> Member {
    let mut m = Member::named("Isla");
    m.id = MemberId(1);
    m.hourly_rate = Money::pounds(20);
    m
}

fn session(id: u64, day: u32, minutes: u16, places: Vec<Participant>) -> Session {
    Session {
        id: SessionId(id),
        series: None,
        activity: ActivityId(1),
        members: vec![MemberId(1)],
        date: d(day),
        start: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        minutes,
        venue: String::new(),
        participants: places,
        capacity: None,
        notes: String::new(),
        cancelled: false,
    }
}

#[test]
fn spend_counts_attended_and_missed_places_but_not_cancellations() {
    let f = Payer::Fund(FundId(1));
    let attended = session(1, 2, 90, vec![place(1, f, Attendance::Attended)]); // £30
    let missed = session(2, 9, 60, vec![place(1, f, Attendance::DidNotAttend)]); // £20: the member came
    let mut cancelled = session(3, 10, 60, vec![place(1, f, Attendance::Expected)]);
    cancelled.cancelled = true; // £0
    let by_person = session(4, 11, 60, vec![place(1, f, Attendance::CancelledByPerson)]); // £0
    let future = session(5, 25, 60, vec![place(1, f, Attendance::Expected)]); // committed £20
    let other_payer =
        session(6, 3, 60, vec![place(2, Payer::Sds(SdsOption::DirectPayment), Attendance::Attended)]);
    let all = [attended, missed, cancelled, by_person, future, other_payer];
    let s = fund_status(&fund(), &all, &[befriending()], &[member()], d(20));
    assert_eq!(s.spent, Money::pounds(50));
    assert_eq!(s.committed, Money::pounds(20));
    assert_eq!(s.remaining(), Money::pounds(30));
    assert!(!s.would_overspend(Money::pounds(30)));
    assert!(s.would_overspend(Money(3001)));
}

#[test]
fn group_places_cost_the_per_person_price() {
    let mut walk = befriending();
    walk.format = Format::Group;
    walk.price = Money(800);
    walk.price_unit = PriceUnit::PerPerson;
    let s = session(
        1,
        2,
        120,
        vec![
            place(1, Payer::SelfFunded, Attendance::Attended),
            place(2, Payer::SelfFunded, Attendance::DidNotAttend),
        ],
    );
    assert_eq!(place_cost(&s, &s.participants[0], &walk, &[member()]), Money(800));
    assert_eq!(place_cost(&s, &s.participants[1], &walk, &[member()]), Money(800));
}

#[test]
fn a_members_statement_adds_up_by_payer() {
    let f = Payer::Fund(FundId(1));
    let sds = Payer::Sds(SdsOption::DirectPayment);
    let a = session(1, 2, 60, vec![place(1, f, Attendance::Attended)]);
    let b = session(2, 3, 90, vec![place(2, sds, Attendance::Attended)]);
    let c = session(3, 4, 60, vec![place(3, Payer::SelfFunded, Attendance::DidNotAttend)]);
    let mut gone = session(4, 5, 60, vec![place(3, Payer::SelfFunded, Attendance::CancelledByMember)]);
    gone.participants[0].attendance = Attendance::CancelledByMember;
    let pay = member_pay(MemberId(1), &[a, b, c, gone], &[befriending()], &[member()]);
    assert_eq!(pay.sessions, 3);
    assert_eq!(pay.hours, 3.5);
    assert_eq!(
        pay.due,
        vec![
            (PayerKind::Fund(FundId(1)), Money::pounds(20)),
            (PayerKind::Sds, Money::pounds(30)),
            (PayerKind::SelfFunded, Money::pounds(20))
        ]
    );
    assert_eq!(pay.total(), Money::pounds(70));
}
