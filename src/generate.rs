//! Synthetic co-ops at scale for benchmarks: the demo's shapes, random but seeded. `large` is
//! a big social-prescribing service (50 surgeries, five years): 500 members, 60,000 people,
//! 70,000 referrals, 1,000,000 session attendances and 180,000 assessments.

use crate::data::{DataError, DataStore, ReadsExt, TransactionExt, WriteExt};
use crate::domain::person::person_ref;
use crate::domain::*;
use chrono::{Days, NaiveDate, NaiveTime, Weekday};
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

/// How big a co-op to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    /// Members.
    pub members: usize,
    /// People.
    pub people: usize,
    /// Referrals (some people have more than one).
    pub referrals: usize,
    /// Session places (attendances).
    pub attendances: usize,
    /// Assessments.
    pub assessments: usize,
}

impl Scale {
    /// By name: small, medium or large.
    pub fn named(name: &str) -> Option<Scale> {
        Some(match name {
            "small" => Scale {
                members: 50,
                people: 2_000,
                referrals: 2_300,
                attendances: 30_000,
                assessments: 6_000,
            },
            "medium" => Scale {
                members: 150,
                people: 15_000,
                referrals: 17_500,
                attendances: 250_000,
                assessments: 45_000,
            },
            "large" => Scale {
                members: 500,
                people: 60_000,
                referrals: 70_000,
                attendances: 1_000_000,
                assessments: 180_000,
            },
            _ => return None,
        })
    }
}

const FIRST: &[&str] = &[
    "Agnes", "Bill", "Jean", "Tam", "Morag", "Alec", "Nessa", "Donald", "Sheena", "Wilma", "Jim", "Effie",
    "Sandy", "Peggy", "Hector", "Isla", "Callum", "Fiona", "Rory", "Kirsty", "Euan", "Shona", "Ailsa",
    "Niall",
];
const LAST: &[&str] = &[
    "Dewar", "McIntyre", "Rattray", "Fyfe", "Soutar", "Robb", "Kinnear", "Petrie", "Lumsden", "Cairns",
    "Haggart", "McLaren", "Guthrie", "Doig", "Imrie", "Stewart", "Grant", "Campbell", "Menzies", "Fleming",
    "Murray", "Reid", "Ross", "Kerr",
];
const VILLAGES: &[&str] = &[
    "Aberfeldy",
    "Pitlochry",
    "Dunkeld",
    "Blairgowrie",
    "Crieff",
    "Comrie",
    "Alyth",
    "Kinloch Rannoch",
    "Auchterarder",
    "Perth",
    "Coupar Angus",
    "Birnam",
];

/// Writes a synthetic co-op of `scale` into `store`, dated up to `today`, reporting progress
/// as (what, done, of). Records go in chunks of one transaction each.
pub fn generate(
    store: &dyn DataStore,
    scale: Scale,
    today: NaiveDate,
    mut progress: impl FnMut(&str, usize, usize),
) -> Result<(), DataError> {
    let mut rng = SmallRng::seed_from_u64(60_000);
    let start = today - Days::new(5 * 365);
    let day = |rng: &mut SmallRng| start + Days::new(rng.random_range(0..5 * 365));
    let catalogue = store.write(|w| {
        let mut out = Vec::new();
        for (name, format, capacity, minutes, price) in [
            ("Befriending", Format::OneToOne, 1u16, 60u16, 2000i64),
            ("Nature walk", Format::Group, 10, 120, 800),
            ("Photography lessons", Format::Group, 6, 90, 1000),
            ("Gardening group", Format::Group, 8, 120, 600),
            ("Community herbalism", Format::Group, 8, 90, 900),
            ("Gentle yoga", Format::Group, 12, 60, 700),
            ("Therapeutic creative writing", Format::Group, 8, 90, 800),
            ("Arts and crafts workshop", Format::Group, 10, 120, 800),
        ] {
            let mut a = Activity {
                id: ActivityId::NEW,
                name: name.into(),
                category: "Wellbeing".into(),
                format,
                capacity,
                venue: format!("{name} venue"),
                village: VILLAGES[out.len() % VILLAGES.len()].into(),
                default_minutes: minutes,
                price: Money(price),
                price_unit: if format == Format::Group { PriceUnit::PerPerson } else { PriceUnit::PerHour },
                archived: false,
            };
            w.put(&mut a)?;
            out.push(a);
        }
        let mut fund = Fund {
            id: FundId::NEW,
            name: "Council wellbeing fund".into(),
            funder: "Council".into(),
            amount: Money::pounds(250_000),
            start,
            end: today + Days::new(365),
            pays_for: Vec::new(),
            notes: String::new(),
        };
        w.put(&mut fund)?;
        w.mark_set_up()?;
        Ok(out)
    })?;
    let fund = store.all::<Fund>()?.first().map(|f| f.id).unwrap_or(FundId(1));

    let mut members = Vec::with_capacity(scale.members);
    for chunk in (0..scale.members).collect::<Vec<_>>().chunks(250) {
        store.write(|w| {
            for i in chunk {
                let mut m = Member::named(&format!(
                    "{} {} {}",
                    FIRST[i % FIRST.len()],
                    LAST[(i / FIRST.len()) % LAST.len()],
                    i + 1
                ));
                m.role = Role::ALL[i % Role::ALL.len()];
                m.activities =
                    vec![catalogue[i % catalogue.len()].id, catalogue[(i + 3) % catalogue.len()].id];
                m.hourly_rate = Money(rng.random_range(30..=90) * 50);
                m.villages =
                    vec![VILLAGES[i % VILLAGES.len()].into(), VILLAGES[(i + 1) % VILLAGES.len()].into()];
                m.pvg.expiry = Some(today + Days::new(rng.random_range(0..1800)));
                m.insurance.expiry = Some(today + Days::new(rng.random_range(0..400)));
                w.put(&mut m)?;
                let mut a = Availability::empty(m.id);
                for (k, weekday) in
                    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri].iter().enumerate()
                {
                    if (i + k) % 2 == 0 {
                        a.weekly.push(WeeklyRange {
                            weekday: *weekday,
                            start: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN),
                            end: NaiveTime::from_hms_opt(17, 0, 0).unwrap_or(NaiveTime::MIN),
                        });
                    }
                }
                a.max_hours_per_week = Some(20);
                w.put(&mut a)?;
                members.push(m.id);
            }
            Ok(())
        })?;
        progress("members", members.len(), scale.members);
    }

    let mut people = Vec::with_capacity(scale.people);
    for chunk in (0..scale.people).collect::<Vec<_>>().chunks(5_000) {
        store.write(|w| {
            for i in chunk {
                let name = format!(
                    "{} {}",
                    FIRST[rng.random_range(0..FIRST.len())],
                    LAST[rng.random_range(0..LAST.len())]
                );
                let mut p = Person::new(&person_ref(*i as u64 + 1), &name);
                p.village = VILLAGES[i % VILLAGES.len()].into();
                p.gp_practice = format!("Surgery {}", i % 50 + 1);
                p.date_of_birth = NaiveDate::from_ymd_opt(
                    1935 + (*i as i32 % 60),
                    1 + (*i as u32 % 12),
                    1 + (*i as u32 % 28),
                );
                p.needs = vec![Need::ALL[i % Need::ALL.len()]];
                p.interests = vec![catalogue[i % catalogue.len()].name.to_lowercase()];
                p.consent_share = ShareConsent { yes: i % 5 != 0, date: Some(start) };
                p.default_payer = Some(if i % 3 == 0 { Payer::Fund(fund) } else { Payer::SelfFunded });
                w.put(&mut p)?;
                people.push(p.id);
            }
            Ok(())
        })?;
        progress("people", people.len(), scale.people);
    }

    let mut done = 0;
    while done < scale.referrals {
        let n = (scale.referrals - done).min(5_000);
        store.write(|w| {
            for k in 0..n {
                let person = people[(done + k) % people.len()];
                let received = day(&mut rng);
                let mut r = Referral::new(
                    person,
                    received,
                    ReferralSource::ALL[rng.random_range(0..ReferralSource::ALL.len())],
                );
                r.activities = vec![catalogue[(done + k) % catalogue.len()].id];
                r.link_worker = format!("Link worker {}", (done + k) % 12 + 1);
                let age = (today - received).num_days();
                let steps: &[ReferralStatus] = match (age, k % 10) {
                    (a, _) if a < 20 => &[],
                    (a, _) if a < 40 => &[ReferralStatus::Contacted],
                    (_, 0) => &[ReferralStatus::Contacted, ReferralStatus::Declined],
                    (a, _) if a < 120 => &[
                        ReferralStatus::Contacted,
                        ReferralStatus::Assessed,
                        ReferralStatus::Matched,
                        ReferralStatus::Active,
                    ],
                    _ => &[
                        ReferralStatus::Contacted,
                        ReferralStatus::Assessed,
                        ReferralStatus::Matched,
                        ReferralStatus::Active,
                        ReferralStatus::Completed,
                    ],
                };
                for (i, s) in steps.iter().enumerate() {
                    r.set_status(*s, (received + Days::new(5 * (i as u64 + 1))).min(today), "");
                }
                w.put(&mut r)?;
            }
            Ok(())
        })?;
        done += n;
        progress("referrals", done, scale.referrals);
    }

    let mut places = 0;
    while places < scale.attendances {
        store.write(|w| {
            let target = (places + 50_000).min(scale.attendances);
            while places < target {
                let activity = &catalogue[rng.random_range(0..catalogue.len())];
                let size = usize::from(activity.capacity).min(target - places).max(1);
                let date = day(&mut rng);
                let past = date < today;
                let participants = (0..size)
                    .map(|_| Participant {
                        person: people[rng.random_range(0..people.len())],
                        payer: if rng.random_range(0..3) == 0 {
                            Payer::Fund(fund)
                        } else {
                            Payer::SelfFunded
                        },
                        attendance: if !past {
                            Attendance::Expected
                        } else if rng.random_range(0..10) < 8 {
                            Attendance::Attended
                        } else {
                            Attendance::DidNotAttend
                        },
                        note: String::new(),
                    })
                    .fold(Vec::<Participant>::new(), |mut v, p| {
                        if !v.iter().any(|q| q.person == p.person) {
                            v.push(p);
                        }
                        v
                    });
                places += participants.len();
                let mut s = Session {
                    id: SessionId::NEW,
                    series: None,
                    activity: activity.id,
                    members: vec![members[rng.random_range(0..members.len())]],
                    date,
                    start: NaiveTime::from_hms_opt(rng.random_range(9..16), 0, 0).unwrap_or(NaiveTime::MIN),
                    minutes: activity.default_minutes,
                    venue: activity.venue.clone(),
                    participants,
                    capacity: None,
                    notes: String::new(),
                    cancelled: false,
                };
                w.put(&mut s)?;
            }
            Ok(())
        })?;
        progress("session places", places, scale.attendances);
    }

    let mut done = 0;
    while done < scale.assessments {
        let n = (scale.assessments - done).min(10_000);
        store.write(|w| {
            for k in 0..n {
                let i = done + k;
                let person = people[(i / 3) % people.len()];
                let timepoint = [Timepoint::Before, Timepoint::During, Timepoint::After][i % 3];
                let instrument = if (i / 3) % 4 == 0 { Instrument::Swemwbs } else { Instrument::Wemwbs };
                let base: u8 = rng.random_range(2..=3);
                let lift = match timepoint {
                    Timepoint::Before => 0,
                    Timepoint::During => rng.random_range(0..=1),
                    Timepoint::After => rng.random_range(0..=2),
                };
                let answers =
                    (0..instrument.item_count()).map(|_| Some((base + lift.min(2)).min(5))).collect();
                let mut a = Assessment {
                    id: AssessmentId::NEW,
                    person,
                    date: start + Days::new((i as u64 / 3) % (5 * 365) + (i as u64 % 3) * 40),
                    timepoint,
                    instrument,
                    answers,
                    recorded_by: String::new(),
                };
                w.put(&mut a)?;
            }
            Ok(())
        })?;
        done += n;
        progress("assessments", done, scale.assessments);
    }
    write_register(store, &members, &people, start)?;
    progress("register", members.len() + people.len() / 20, members.len() + people.len() / 20);
    Ok(())
}

/// The co-op's register at scale: every worker with ten shares, one person in twenty as a
/// user member with one, and an AGM a year with a few hundred present and three resolutions.
fn write_register(
    store: &dyn DataStore,
    members: &[MemberId],
    people: &[PersonId],
    start: NaiveDate,
) -> Result<(), DataError> {
    use crate::domain::coop::WORKER_CLASS;
    use crate::domain::coop::meeting::Attendee;
    let links: Vec<(String, &str, RegisterLink, u32)> =
        members
            .iter()
            .enumerate()
            .map(|(i, m)| (format!("Worker member {}", i + 1), WORKER_CLASS, RegisterLink::Worker(*m), 10))
            .chain(people.iter().step_by(20).enumerate().map(|(i, p)| {
                (format!("User member {}", i + 1), "User members", RegisterLink::Person(*p), 1)
            }))
            .collect();
    let mut ids = Vec::with_capacity(links.len());
    for chunk in links.chunks(2_000) {
        store.write(|w| {
            for (i, (name, class, link, shares)) in chunk.iter().enumerate() {
                let admitted = start + Days::new((ids.len() + i) as u64 % 365);
                let mut entry = RegisterEntry::new(name, class, *link, admitted);
                entry.postal_address = format!("{} Main Street, {}", i + 1, VILLAGES[i % VILLAGES.len()]);
                let id = w.put(&mut entry)?;
                let mut issue = LedgerEntry {
                    id: LedgerEntryId::NEW,
                    date: admitted,
                    kind: LedgerKind::Issue,
                    entry: id,
                    to: None,
                    shares: *shares,
                    amount: Money(i64::from(*shares) * 100),
                    note: String::new(),
                };
                w.put(&mut issue)?;
            }
            Ok(())
        })?;
        let written: Vec<RegisterEntry> = store.all()?;
        ids = written.into_iter().map(|e| e.id).collect();
    }
    store.write(|w| {
        for year in 1..=4u64 {
            let mut m = Meeting::new(MeetingKind::Agm, start + Days::new(365 * year));
            m.place = "Town hall".into();
            m.notice_given = Some(start + Days::new(365 * year - 20));
            m.attendees = ids
                .iter()
                .step_by(10)
                .take(300)
                .map(|id| Attendee { entry: *id, presence: Presence::InPerson, proxy_holder: String::new() })
                .collect();
            m.resolutions = (1..=3)
                .map(|r| Resolution {
                    text: format!("Resolution {r} of year {year}"),
                    kind: if r == 2 { ResolutionKind::Special } else { ResolutionKind::Ordinary },
                    proposer: ids.get(r).copied(),
                    seconder: ids.get(r + 1).copied(),
                    votes: Votes::Total(Tally { for_: 200, against: 60, abstain: 40 }),
                    minutes: String::new(),
                })
                .collect();
            w.put(&mut m)?;
        }
        Ok(())
    })
}
