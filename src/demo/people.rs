//! Demo people, referrals, plans, contacts and wellbeing assessments.

use super::roster::{Catalogue, Funds, VILLAGES};
use super::shift;
use crate::data::{DataError, Transaction, TransactionExt};
use crate::domain::{
    ActivityId, Assessment, AssessmentId, Contact, ContactId, ContactKind, Goal, GoalStatus, Instrument,
    Need, Payer, Person, Referral, ReferralSource, ReferralStatus, SdsOption, ShareConsent, Timepoint,
    Urgency, person::person_ref,
};
use chrono::NaiveDate;
use rand::Rng;
use rand::rngs::SmallRng;

/// A demo person and the activities they take part in.
pub(super) struct DemoPerson {
    pub person: Person,
    pub joins: Vec<ActivityId>,
    pub payer: Payer,
    /// From when they take part (their referral became active).
    pub from: NaiveDate,
    /// Until when (their referral ended), if it has.
    pub until: Option<NaiveDate>,
}

const NAMES: &[&str] = &[
    "Agnes Dewar",
    "Bill McIntyre",
    "Jean Rattray",
    "Tam Fyfe",
    "Margaret Soutar",
    "Alec Robb",
    "Nessa Kinnear",
    "Donald Petrie",
    "Sheena Lumsden",
    "Wilma Cairns",
    "Jim Haggart",
    "Effie McLaren",
    "Sandy Guthrie",
    "Peggy Doig",
    "Hector Imrie",
    "Morag Spalding",
    "Archie Tosh",
    "Betty Anderson",
    "Ewan Conacher",
    "Rena Bell",
    "Gordon Pirie",
    "Senga Moncur",
    "Kenny Lowe",
    "Marion Stark",
    "Dougie Hunter",
    "Ishbel Mathers",
    "Willie Scobie",
    "Jessie Thom",
    "Robbie Clunie",
    "Annie Pullar",
    "Colin Haldane",
    "Chrissie Sim",
    "Neil Fenwick",
    "Mina Irvine",
    "Lewis Ogilvie",
    "Greta Beaton",
    "Stuart Kidd",
    "Flora Aitken",
    "Ian Stoddart",
    "Davina Moir",
];

/// WEMWBS totals of the 10-person GP pilot: before, during, after. Nine improve by 3 or more;
/// one (the fourth) changes by less than the meaningful 3 points.
const PILOT: [(u8, u8, u8); 10] = [
    (38, 42, 47),
    (41, 44, 46),
    (35, 39, 44),
    (44, 45, 43),
    (39, 43, 45),
    (33, 38, 41),
    (42, 44, 48),
    (36, 37, 40),
    (40, 46, 51),
    (37, 40, 43),
];

const PILOT_SURGERY: &str = "Aberfeldy Medical Practice";

/// Spreads a total over `n` items of 1–5, as a plausible set of answers.
fn answers_for(total: u8, n: usize, rng: &mut SmallRng) -> Vec<Option<u8>> {
    let mut answers = vec![1u8; n];
    let mut left = usize::from(total).saturating_sub(n);
    while left > 0 {
        let i = rng.random_range(0..n);
        if answers[i] < 5 {
            answers[i] += 1;
            left -= 1;
        }
    }
    answers.into_iter().map(Some).collect()
}

pub(super) fn write_people(
    w: &mut dyn Transaction,
    catalogue: &Catalogue,
    funds: &Funds,
    today: NaiveDate,
    rng: &mut SmallRng,
) -> Result<Vec<DemoPerson>, DataError> {
    let groups = [
        "Nature walk",
        "Gardening group",
        "Photography lessons",
        "Gentle yoga",
        "Therapeutic creative writing",
        "Arts and crafts workshop",
        "Community herbalism",
    ];
    let mut out = Vec::new();
    for (i, name) in NAMES.iter().enumerate() {
        let n = i + 1;
        let pilot = i < PILOT.len();
        let village = if pilot { "Aberfeldy" } else { VILLAGES[i % VILLAGES.len()] };
        let mut person = Person::new(&person_ref(n as u64), name);
        person.preferred_name = name.split(' ').next().unwrap_or_default().to_string();
        person.date_of_birth =
            NaiveDate::from_ymd_opt(1938 + (i as i32 * 7) % 50, 1 + (i as u32 % 12), 1 + (i as u32 * 3) % 28);
        person.village = village.into();
        person.address = format!("{} Main Street, {village}", 2 + i * 3);
        person.phone = format!("01887 {:06}", 820_100 + i);
        person.gp_practice =
            if pilot || i % 3 == 0 { PILOT_SURGERY.into() } else { format!("{village} Health Centre") };
        person.needs = match i % 5 {
            0 => vec![Need::LonelyOrIsolated],
            1 => vec![Need::MentalHealth, Need::LonelyOrIsolated],
            2 => vec![Need::LongTermCondition],
            3 => vec![Need::ComplexSocialNeeds, Need::MentalHealth],
            _ => vec![Need::UnpaidCarer, Need::LonelyOrIsolated],
        };
        let interest = groups[i % groups.len()];
        person.interests =
            vec![interest.to_lowercase(), if i % 2 == 0 { "walking".into() } else { "company".into() }];
        person.what_matters = match i % 4 {
            0 => "Getting out of the house and seeing people again.".into(),
            1 => "Feeling useful; being outdoors.".into(),
            2 => "Managing my pain so I can enjoy the garden.".into(),
            _ => "A bit of time for myself away from caring.".into(),
        };
        person.consent_store = Some(shift(today, -130 + i as i64));
        person.consent_share = ShareConsent { yes: i % 7 != 5, date: Some(shift(today, -130 + i as i64)) };
        person.emergency_contact = format!("Neighbour, 01887 {:06}", 830_200 + i);

        // Referral and its journey.
        let (source, status, received) = if pilot {
            (ReferralSource::Gp, ReferralStatus::Completed, shift(today, -100 - i as i64))
        } else {
            let source = ReferralSource::ALL[i % ReferralSource::ALL.len()];
            let status = ReferralStatus::ALL[(i * 4) % ReferralStatus::ALL.len()];
            let received = match status {
                ReferralStatus::New => shift(today, -((i as i64 * 5) % 40) - 2),
                ReferralStatus::Contacted | ReferralStatus::Assessed => {
                    shift(today, -10 - (i as i64 * 3) % 30)
                }
                ReferralStatus::Matched => shift(today, -20 - i as i64 % 15),
                _ => shift(today, -60 - (i as i64 * 7) % 60),
            };
            (source, status, received)
        };
        let joins = vec![catalogue.id(interest)]
            .into_iter()
            .chain((i % 2 == 0).then(|| catalogue.id(groups[(i + 3) % groups.len()])))
            .chain(
                (i % 3 == 0).then(|| catalogue.id(if i % 2 == 0 { "Befriending" } else { "Walk and talk" })),
            )
            .collect::<Vec<_>>();
        person.plan = vec![Goal {
            text: format!("Join the {} each week", interest.to_lowercase()),
            target: Some(shift(received, 90)),
            status: if status == ReferralStatus::Completed { GoalStatus::Achieved } else { GoalStatus::Open },
            activities: joins.clone(),
        }];
        person.default_payer = Some(
            if joins.contains(&catalogue.id("Befriending")) || joins.contains(&catalogue.id("Walk and talk"))
            {
                Payer::Fund(funds.befriending)
            } else if i % 4 == 1 {
                Payer::Sds(SdsOption::DirectPayment)
            } else if i % 4 == 2 {
                Payer::SelfFunded
            } else {
                Payer::Fund(funds.participatory)
            },
        );
        w.put(&mut person)?;

        let mut referral = Referral::new(person.id, received, source);
        referral.referrer_name = match source {
            ReferralSource::SelfReferral => person.name.clone(),
            ReferralSource::Gp => "Dr Anne Fraser".into(),
            ReferralSource::CommunityNurse => "Nurse Joan Kemp".into(),
            ReferralSource::SocialServices => "Paul Reddie".into(),
            ReferralSource::CarerFamily => "Daughter".into(),
            ReferralSource::CommunityOrganisation => "Linda Barr".into(),
            ReferralSource::Other => "Pharmacist".into(),
        };
        referral.referrer_org = match source {
            ReferralSource::Gp => PILOT_SURGERY.into(),
            ReferralSource::SocialServices => "Perth & Kinross Council".into(),
            ReferralSource::CommunityOrganisation => "Pitlochry Community Hub".into(),
            ReferralSource::Other => "Blairgowrie Pharmacy".into(),
            _ => String::new(),
        };
        referral.reasons = format!("{} — would like {}", person.needs[0].label(), interest.to_lowercase());
        referral.urgency = if i % 9 == 4 {
            Urgency::Urgent
        } else if i % 4 == 1 {
            Urgency::Soon
        } else {
            Urgency::Routine
        };
        referral.link_worker = if i % 2 == 0 { "Kate Morrison".into() } else { "Alan Brodie".into() };
        referral.activities = joins.clone();
        let path = journey(status);
        let mut day = received;
        let mut from = None;
        let mut until = None;
        for (step, s) in path.iter().enumerate().skip(1) {
            day = shift(day, 3 + step as i64 * 2).min(today);
            referral.set_status(*s, day, "");
            if *s == ReferralStatus::Active {
                from = Some(day);
            }
            if s.is_ended() {
                until = Some(day);
            }
        }
        if pilot {
            // The pilot ran for three months; its people finished a few days ago.
            referral.history.truncate(1);
            for (s, offset) in [
                (ReferralStatus::Contacted, 2),
                (ReferralStatus::Assessed, 5),
                (ReferralStatus::Matched, 7),
                (ReferralStatus::Active, 9),
                (ReferralStatus::Completed, 98),
            ] {
                referral.set_status(s, shift(received, offset).min(today), "");
            }
            from = Some(shift(received, 9));
            until = Some(shift(received, 98).min(today));
        }
        w.put(&mut referral)?;

        // Contact log.
        let mut when = shift(received, 2);
        for k in 0..(1 + i % 3) {
            let mut contact = Contact {
                id: ContactId::NEW,
                person: person.id,
                date: when.min(today),
                kind: ContactKind::ALL[(i + k) % ContactKind::ALL.len()],
                note: if k == 0 {
                    "First conversation: what matters to them.".into()
                } else {
                    "Checked in on how things are going.".into()
                },
                by: referral.link_worker.clone(),
                next_due: None,
            };
            when = shift(when, 14 + (i as i64 % 10));
            if k == i % 3 && !status.is_ended() {
                // Some are overdue (the due date has passed) so the caseload has something to chase.
                contact.next_due =
                    Some(if i % 4 == 0 { shift(today, -3) } else { shift(today, 5 + i as i64 % 12) });
            }
            w.put(&mut contact)?;
        }

        // Wellbeing: the pilot's WEMWBS; a few others with SWEMWBS or ONS4.
        if pilot {
            let (before, during, after) = PILOT[i];
            for (tp, total, offset) in [
                (Timepoint::Before, before, 8),
                (Timepoint::During, during, 50),
                (Timepoint::After, after, 97),
            ] {
                let mut a = Assessment {
                    id: AssessmentId::NEW,
                    person: person.id,
                    date: shift(received, offset).min(today),
                    timepoint: tp,
                    instrument: Instrument::Wemwbs,
                    answers: answers_for(total, 14, rng),
                    recorded_by: referral.link_worker.clone(),
                };
                w.put(&mut a)?;
            }
        } else if let Some(start) = from {
            let raw = rng.random_range(14..=24);
            let mut a = Assessment {
                id: AssessmentId::NEW,
                person: person.id,
                date: start,
                timepoint: Timepoint::Before,
                instrument: Instrument::Swemwbs,
                answers: answers_for(raw, 7, rng),
                recorded_by: referral.link_worker.clone(),
            };
            w.put(&mut a)?;
            if let Some(end) = until.filter(|_| status == ReferralStatus::Completed) {
                let mut after = Assessment {
                    id: AssessmentId::NEW,
                    date: end,
                    timepoint: Timepoint::After,
                    answers: answers_for(raw + 3, 7, rng),
                    ..a.clone()
                };
                w.put(&mut after)?;
            }
            let mut ons = Assessment {
                id: AssessmentId::NEW,
                person: person.id,
                date: start,
                timepoint: Timepoint::Before,
                instrument: Instrument::Ons4,
                answers: vec![
                    Some(rng.random_range(3..=7)),
                    Some(rng.random_range(4..=8)),
                    Some(rng.random_range(3..=7)),
                    Some(rng.random_range(3..=8)),
                ],
                recorded_by: referral.link_worker.clone(),
            };
            w.put(&mut ons)?;
        }

        let payer = person.default_payer.unwrap_or(Payer::SelfFunded);
        if let Some(from) = from {
            out.push(DemoPerson { person, joins, payer, from, until });
        }
    }
    Ok(out)
}

/// The statuses a referral passes through to reach `last`.
fn journey(last: ReferralStatus) -> Vec<ReferralStatus> {
    use ReferralStatus::*;
    let main = [New, Contacted, Assessed, Matched, Active, Completed];
    match last {
        Declined => vec![New, Contacted, Declined],
        DidNotEngage => vec![New, Contacted, Assessed, DidNotEngage],
        Closed => vec![New, Contacted, Assessed, Matched, Active, Closed],
        other => {
            let end = main.iter().position(|s| *s == other).unwrap_or(0);
            main[..=end].to_vec()
        }
    }
}
