//! The demo co-op's own records: its register (the 30 workers, eight of the people supported
//! or their carers, and four supporters, in three classes), the officers, the share ledger, last
//! year's AGM with its resolutions and votes, and a recent board meeting.

use super::people::DemoPerson;
use super::shift;
use crate::data::{DataError, Transaction, TransactionExt};
use crate::domain::coop::OfficeHeld;
use crate::domain::coop::WORKER_CLASS;
use crate::domain::coop::meeting::Attendee;
use crate::domain::{
    LedgerEntry, LedgerEntryId, LedgerKind, Meeting, MeetingKind, Member, Money, Office, Presence,
    RegisterEntry, RegisterEntryId, RegisterLink, Resolution, ResolutionKind, Tally, Votes,
};
use chrono::{Datelike, NaiveDate};

const USERS: &str = "User members";
const SUPPORTERS: &str = "Supporter members";

fn issue(entry: RegisterEntryId, date: NaiveDate, shares: u32) -> LedgerEntry {
    LedgerEntry {
        id: LedgerEntryId::NEW,
        date,
        kind: LedgerKind::Issue,
        entry,
        to: None,
        shares,
        amount: Money(i64::from(shares) * 100),
        note: String::new(),
    }
}

/// Writes the register, ledger and meetings.
pub(super) fn write_coop(
    w: &mut dyn Transaction,
    members: &[Member],
    people: &[DemoPerson],
    today: NaiveDate,
) -> Result<(), DataError> {
    let agm = NaiveDate::from_ymd_opt(today.year() - 1, 9, 24).unwrap_or(shift(today, -400));
    let mut ids = Vec::new();
    for (i, m) in members.iter().enumerate() {
        let joined = m.joined.unwrap_or(shift(agm, -365));
        let admitted = shift(joined, 30);
        let mut entry = RegisterEntry::new(&m.name, WORKER_CLASS, RegisterLink::Worker(m.id), admitted);
        entry.postal_address =
            format!("{} Mill Street, {}", 3 + i * 2, m.villages.first().map_or("Aberfeldy", |v| v));
        entry.email = m.email.clone();
        entry.email_for = "notices of meetings".into();
        entry.offices = match i {
            0 => vec![OfficeHeld { office: Office::Chair, from: agm, until: None }],
            1 => vec![OfficeHeld { office: Office::Secretary, from: shift(agm, -730), until: None }],
            2 => vec![OfficeHeld { office: Office::Treasurer, from: agm, until: None }],
            3 | 4 => vec![OfficeHeld { office: Office::BoardMember, from: agm, until: None }],
            _ => Vec::new(),
        };
        let id = w.put(&mut entry)?;
        w.put(&mut issue(id, admitted, if i % 5 == 0 { 25 } else { 10 }))?;
        ids.push(id);
    }
    // Eight people supported (or, for two of them, their carer) became user members.
    for (n, p) in
        people.iter().filter(|p| p.person.consent_store.is_some()).skip(3).step_by(4).take(8).enumerate()
    {
        let admitted = shift(p.from, 45).min(shift(agm, -20));
        let carer = n % 4 == 3;
        let name = if carer {
            format!("{} (carer of {})", carer_name(&p.person.name), p.person.name)
        } else {
            p.person.name.clone()
        };
        let mut entry = RegisterEntry::new(&name, USERS, RegisterLink::Person(p.person.id), admitted);
        entry.postal_address = p.person.address.clone();
        let id = w.put(&mut entry)?;
        w.put(&mut issue(id, admitted, 1))?;
        ids.push(id);
        if n == 0 {
            // A user member on the board.
            let mut board = entry.clone();
            board.id = id;
            board.offices = vec![OfficeHeld { office: Office::BoardMember, from: agm, until: None }];
            w.put(&mut board)?;
        }
    }
    let supporters = [
        ("Breadalbane Community Trust", "The Square, Aberfeldy PH15 2DD", 200),
        ("Jean Fotheringham", "Tigh na Bruaich, Kenmore PH15 2HN", 50),
        ("Duncan Menzies", "4 Dunkeld Road, Pitlochry PH16 5AA", 20),
        ("Alison Reid", "12 Bridge Street, Crieff PH7 3AB", 10),
    ];
    for (i, (name, address, shares)) in supporters.into_iter().enumerate() {
        let admitted = shift(agm, -200 + i as i64 * 30);
        let mut entry = RegisterEntry::new(name, SUPPORTERS, RegisterLink::Supporter, admitted);
        entry.postal_address = address.into();
        if i == 0 {
            entry.loans = "Loan stock: £2,000 at 2%, repayable 2029".into();
        }
        if i == 3 {
            entry.ceased = Some(shift(agm, 60));
            entry.ceased_reason = "resigned".into();
        }
        let id = w.put(&mut entry)?;
        w.put(&mut issue(id, admitted, shares))?;
        if i == 3 {
            w.put(&mut LedgerEntry {
                kind: LedgerKind::Withdrawal,
                note: "repaid on resigning".into(),
                ..issue(id, shift(agm, 60), shares)
            })?;
        }
        ids.push(id);
    }
    // A transfer between two workers, approved at the last board meeting.
    w.put(&mut LedgerEntry {
        kind: LedgerKind::Transfer,
        to: Some(ids[6]),
        note: "transferred with the board's approval".into(),
        ..issue(ids[5], shift(today, -30), 5)
    })?;
    write_meetings(w, &ids, agm, today)
}

fn carer_name(person: &str) -> String {
    let surname = person.split_whitespace().last().unwrap_or(person);
    format!("Mary {surname}")
}

fn write_meetings(
    w: &mut dyn Transaction,
    ids: &[RegisterEntryId],
    agm: NaiveDate,
    today: NaiveDate,
) -> Result<(), DataError> {
    let attend = |range: std::ops::Range<usize>, presence: Presence| {
        ids[range]
            .iter()
            .map(|id| Attendee { entry: *id, presence, proxy_holder: String::new() })
            .collect::<Vec<_>>()
    };
    let mut m = Meeting::new(MeetingKind::Agm, agm);
    m.place = "Aberfeldy Town Hall".into();
    m.online = true;
    m.notice_given = Some(shift(agm, -21));
    m.attendees = attend(0..14, Presence::InPerson);
    m.attendees.extend(attend(14..18, Presence::Online));
    m.attendees.extend(attend(30..35, Presence::InPerson));
    m.attendees.extend(ids[18..20].iter().map(|id| Attendee {
        entry: *id,
        presence: Presence::Proxy,
        proxy_holder: "the chair".into(),
    }));
    m.resolutions = vec![
        Resolution {
            text: "To receive the accounts for the year and the board's report".into(),
            kind: ResolutionKind::Ordinary,
            proposer: Some(ids[2]),
            seconder: Some(ids[30]),
            votes: Votes::Total(Tally { for_: 24, against: 0, abstain: 1 }),
            minutes: "The treasurer presented the accounts; questions on the Befriending fund were answered."
                .into(),
        },
        Resolution {
            text: "To amend rule 14 so that user members elect two of the board".into(),
            kind: ResolutionKind::Special,
            proposer: Some(ids[30]),
            seconder: Some(ids[7]),
            votes: Votes::ByClass(vec![
                (WORKER_CLASS.into(), Tally { for_: 15, against: 4, abstain: 1 }),
                (USERS.into(), Tally { for_: 5, against: 0, abstain: 0 }),
            ]),
            minutes: "Carried as a special resolution; the secretary will send the amended rules to the FCA."
                .into(),
        },
        Resolution {
            text: "To raise the worker members' share to £25".into(),
            kind: ResolutionKind::Special,
            proposer: Some(ids[9]),
            seconder: Some(ids[11]),
            votes: Votes::Total(Tally { for_: 14, against: 9, abstain: 2 }),
            minutes: "Not carried: members asked the board to look at paying by instalments.".into(),
        },
    ];
    m.minutes = "The chair welcomed members, including five user members attending their first AGM.\n\n\
                 The meeting thanked the outgoing treasurer for six years' service."
        .into();
    w.put(&mut m)?;
    let mut board = Meeting::new(MeetingKind::Board, shift(today, -40));
    board.place = "Online".into();
    board.online = true;
    board.attendees = attend(0..4, Presence::Online);
    board.resolutions = vec![Resolution {
        text: "To approve the transfer of five shares between worker members".into(),
        kind: ResolutionKind::Ordinary,
        proposer: Some(ids[0]),
        seconder: Some(ids[2]),
        votes: Votes::Total(Tally { for_: 4, against: 0, abstain: 0 }),
        minutes: String::new(),
    }];
    w.put(&mut board)?;
    Ok(())
}
