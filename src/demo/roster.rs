//! Demo activities, members, availability and funds.

use super::shift;
use crate::data::{DataError, Transaction, TransactionExt};
use crate::domain::{
    Activity, ActivityId, Availability, AvailabilityException, ExceptionKind, Format, Fund, FundId,
    Insurance, Member, MemberId, Money, PriceUnit, Pvg, PvgScope, Role, WeeklyRange,
};
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use rand::Rng;
use rand::rngs::SmallRng;

/// The demo catalogue, by the name each activity is known by in the demo.
pub(super) struct Catalogue {
    pub activities: Vec<Activity>,
}

impl Catalogue {
    pub fn id(&self, name: &str) -> ActivityId {
        self.activities.iter().find(|a| a.name == name).map_or(ActivityId::NEW, |a| a.id)
    }
}

/// The demo's funds.
pub(super) struct Funds {
    pub befriending: FundId,
    pub participatory: FundId,
}

/// One demo activity: name, category, format, capacity, venue, village, minutes, price (pence), unit.
type DemoActivity =
    (&'static str, &'static str, Format, u16, &'static str, &'static str, u16, i64, PriceUnit);

const ACTIVITIES: &[DemoActivity] = &[
    (
        "Befriending",
        "Social",
        Format::OneToOne,
        1,
        "At home or a local cafe",
        "Aberfeldy",
        60,
        2000,
        PriceUnit::PerHour,
    ),
    (
        "Nature walk",
        "Outdoors",
        Format::Group,
        10,
        "Birks of Aberfeldy car park",
        "Aberfeldy",
        120,
        800,
        PriceUnit::PerPerson,
    ),
    (
        "Photography lessons",
        "Creative",
        Format::Group,
        6,
        "Pitlochry Town Hall",
        "Pitlochry",
        90,
        1000,
        PriceUnit::PerPerson,
    ),
    (
        "Gardening group",
        "Outdoors",
        Format::Group,
        8,
        "Dunkeld Community Garden",
        "Dunkeld",
        120,
        600,
        PriceUnit::PerPerson,
    ),
    (
        "Community herbalism",
        "Outdoors",
        Format::Group,
        8,
        "Comrie Croft",
        "Comrie",
        90,
        900,
        PriceUnit::PerPerson,
    ),
    (
        "Gentle yoga",
        "Movement",
        Format::Group,
        12,
        "Blairgowrie Community Centre",
        "Blairgowrie",
        60,
        700,
        PriceUnit::PerPerson,
    ),
    (
        "Therapeutic creative writing",
        "Creative",
        Format::Group,
        8,
        "Crieff Library",
        "Crieff",
        90,
        800,
        PriceUnit::PerPerson,
    ),
    (
        "Arts and crafts workshop",
        "Creative",
        Format::Group,
        10,
        "Alyth Town Hall",
        "Alyth",
        120,
        800,
        PriceUnit::PerPerson,
    ),
    (
        "Walk and talk",
        "Outdoors",
        Format::OneToOne,
        1,
        "Loch Rannoch shore path",
        "Kinloch Rannoch",
        60,
        2500,
        PriceUnit::PerHour,
    ),
];

pub(super) fn write_activities(w: &mut dyn Transaction, _today: NaiveDate) -> Result<Catalogue, DataError> {
    let mut activities = Vec::new();
    for (name, category, format, capacity, venue, village, minutes, price, unit) in ACTIVITIES {
        let mut a = Activity {
            id: ActivityId::NEW,
            name: (*name).into(),
            category: (*category).into(),
            format: *format,
            capacity: *capacity,
            venue: (*venue).into(),
            village: (*village).into(),
            default_minutes: *minutes,
            price: Money(*price),
            price_unit: *unit,
            archived: false,
        };
        w.put(&mut a)?;
        activities.push(a);
    }
    Ok(Catalogue { activities })
}

/// The villages of the demo, roughly west to east.
pub(super) const VILLAGES: &[&str] = &[
    "Kinloch Rannoch",
    "Aberfeldy",
    "Pitlochry",
    "Dunkeld",
    "Blairgowrie",
    "Alyth",
    "Comrie",
    "Crieff",
    "Auchterarder",
];

const MEMBERS: &[(&str, Role, &[&str])] = &[
    ("Isla MacLeod", Role::Befriender, &["Befriending", "Walk and talk"]),
    ("Callum Stewart", Role::WellbeingSpecialist, &["Nature walk", "Walk and talk"]),
    ("Morven Grant", Role::Therapist, &["Therapeutic creative writing"]),
    ("Fraser Robertson", Role::Professional, &["Photography lessons"]),
    ("Eilidh Campbell", Role::Carer, &["Befriending"]),
    ("Rory Menzies", Role::WellbeingSpecialist, &["Gardening group", "Community herbalism"]),
    ("Kirsty Fleming", Role::Therapist, &["Gentle yoga"]),
    ("Hamish Duncan", Role::Befriender, &["Befriending"]),
    ("Ailsa Cameron", Role::Professional, &["Arts and crafts workshop"]),
    ("Euan Murray", Role::WellbeingSpecialist, &["Nature walk"]),
    ("Shona Reid", Role::Carer, &["Befriending", "Gardening group"]),
    ("Gregor Ferguson", Role::Professional, &["Photography lessons", "Nature walk"]),
    ("Catriona Ross", Role::Therapist, &["Gentle yoga", "Therapeutic creative writing"]),
    ("Lachlan Kerr", Role::Befriender, &["Befriending", "Walk and talk"]),
    ("Mhairi Sinclair", Role::WellbeingSpecialist, &["Community herbalism"]),
    ("Duncan Buchanan", Role::Carer, &["Befriending"]),
    ("Fiona Drummond", Role::Other, &["Arts and crafts workshop"]),
    ("Niall Forbes", Role::WellbeingSpecialist, &["Gardening group"]),
    ("Rhona Munro", Role::Therapist, &["Therapeutic creative writing"]),
    ("Alasdair Gunn", Role::Befriender, &["Befriending"]),
    ("Heather Lindsay", Role::Professional, &["Gentle yoga"]),
    ("Struan Mackay", Role::WellbeingSpecialist, &["Nature walk", "Gardening group"]),
    ("Elspeth Watt", Role::Carer, &["Befriending"]),
    ("Angus Baird", Role::Other, &["Arts and crafts workshop", "Photography lessons"]),
    ("Kirsteen Hay", Role::Therapist, &["Community herbalism", "Gentle yoga"]),
    ("Ross Galbraith", Role::Befriender, &["Befriending", "Walk and talk"]),
    ("Lorna Crawford", Role::WellbeingSpecialist, &["Therapeutic creative writing"]),
    ("Finlay Paterson", Role::Carer, &["Befriending"]),
    ("Iona Wallace", Role::Professional, &["Arts and crafts workshop"]),
    ("Murdo Christie", Role::WellbeingSpecialist, &["Nature walk"]),
];

pub(super) fn write_members(
    w: &mut dyn Transaction,
    catalogue: &Catalogue,
    today: NaiveDate,
    rng: &mut SmallRng,
) -> Result<Vec<Member>, DataError> {
    let mut members = Vec::new();
    for (i, (name, role, offers)) in MEMBERS.iter().enumerate() {
        let home = i % VILLAGES.len();
        let villages: Vec<String> =
            (0..rng.random_range(2..=4)).map(|k| VILLAGES[(home + k) % VILLAGES.len()].to_string()).collect();
        let first = name.split(' ').next().unwrap_or(name).to_lowercase();
        // A handful of papers lapse soon, one has lapsed and one is missing, so the
        // compliance panel has something to say.
        let pvg_expiry = match i {
            2 => Some(shift(today, 21)),
            9 => Some(shift(today, 45)),
            15 => Some(shift(today, -10)),
            _ => Some(shift(today, rng.random_range(120..1600))),
        };
        let insurance_expiry = match i {
            5 => Some(shift(today, 12)),
            19 => Some(shift(today, 58)),
            27 => Some(shift(today, -3)),
            _ => Some(shift(today, rng.random_range(90..360))),
        };
        let joined = shift(today, -rng.random_range(200..2200));
        let mut m = Member {
            id: MemberId::NEW,
            name: (*name).into(),
            role: *role,
            activities: offers.iter().map(|a| catalogue.id(a)).collect(),
            hourly_rate: Money(rng.random_range(30..=90) * 50),
            villages,
            furthest_travel_miles: Some(rng.random_range(5..=30)),
            phone: format!("07700 900{:03}", 100 + i),
            email: format!("{first}.{}@example.org", i + 1),
            pvg: if i == 23 {
                Pvg::default()
            } else {
                Pvg {
                    number: format!("1{:015}", 480_000_000_000 + i as u64 * 7919),
                    scope: Some(if i % 7 == 0 { PvgScope::Both } else { PvgScope::Adults }),
                    issued: pvg_expiry.map(|e| shift(e, -5 * 365)),
                    expiry: pvg_expiry,
                }
            },
            insurance: Insurance { provider: "Highland Mutual".into(), expiry: insurance_expiry },
            qualifications: match role {
                Role::Therapist => "Registered therapist; Mental Health First Aid".into(),
                Role::WellbeingSpecialist => "Outdoor first aid; Wellbeing coaching certificate".into(),
                _ => "Mental Health First Aid".into(),
            },
            joined: Some(joined),
            notes: String::new(),
            archived: false,
        };
        w.put(&mut m)?;
        members.push(m);
    }
    Ok(members)
}

/// Writes each member's weekly availability: their usual pattern, widened to cover the
/// regular sessions they deliver (so the demo's calendar is free of availability conflicts).
pub(super) fn write_availability(
    w: &mut dyn Transaction,
    members: &[Member],
    booked: &[(MemberId, Weekday, NaiveTime, NaiveTime)],
    today: NaiveDate,
) -> Result<(), DataError> {
    for (i, m) in members.iter().enumerate() {
        let mut a = weekly_pattern(m.id, i, today);
        for (_, weekday, start, end) in booked.iter().filter(|b| b.0 == m.id) {
            let covered =
                a.weekly.iter().any(|r| r.weekday == *weekday && r.start <= *start && *end <= r.end);
            if !covered {
                a.weekly.push(WeeklyRange { weekday: *weekday, start: *start, end: *end });
            }
        }
        a.weekly.sort_by_key(|r| (r.weekday.num_days_from_monday(), r.start));
        w.put(&mut a)?;
    }
    Ok(())
}

fn weekly_pattern(member: MemberId, i: usize, today: NaiveDate) -> Availability {
    let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap_or(NaiveTime::MIN);
    let days = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat];
    let mut weekly = Vec::new();
    for k in 0..(2 + i % 3) {
        let weekday = days[(i + k * 2) % days.len()];
        let (from, to) = if (i + k).is_multiple_of(2) { (9, 13) } else { (10, 16) };
        weekly.push(WeeklyRange { weekday, start: t(from), end: t(to) });
        if (i + k).is_multiple_of(4) {
            weekly.push(WeeklyRange { weekday, start: t(14), end: t(17) });
        }
    }
    let mut exceptions = Vec::new();
    if i % 6 == 1 {
        // A week's holiday starting next month.
        let start = shift(today, 30 - i64::from(today.weekday().num_days_from_monday()));
        exceptions.push(AvailabilityException {
            from: start,
            to: shift(start, 6),
            kind: ExceptionKind::Unavailable,
        });
    }
    Availability {
        member,
        weekly,
        exceptions,
        max_hours_per_week: Some(if i.is_multiple_of(2) { 16 } else { 24 }),
    }
}

pub(super) fn write_funds(
    w: &mut dyn Transaction,
    catalogue: &Catalogue,
    today: NaiveDate,
) -> Result<Funds, DataError> {
    // The financial year that contains today: 1 April to 31 March.
    let year = if today.month() >= 4 { today.year() } else { today.year() - 1 };
    // Early in a financial year the demo's past sessions would fall in the year before; the
    // funds then start early enough to have paid for them.
    let start = NaiveDate::from_ymd_opt(year, 4, 1).unwrap_or(today).min(shift(today, -100));
    let end = NaiveDate::from_ymd_opt(year + 1, 3, 31).unwrap_or(today).max(shift(today, 60));
    let mut befriending = Fund {
        id: FundId::NEW,
        name: "Befriending fund".into(),
        funder: "Perth & Kinross Council".into(),
        amount: Money::pounds(4_500),
        start,
        end,
        pays_for: vec![catalogue.id("Befriending"), catalogue.id("Walk and talk")],
        notes: "Council befriending fund for people living alone in rural Perthshire.".into(),
    };
    w.put(&mut befriending)?;
    let mut participatory = Fund {
        id: FundId::NEW,
        name: "Participatory budget".into(),
        funder: "Highland Perthshire community vote".into(),
        amount: Money::pounds(1_200),
        start,
        end,
        pays_for: Vec::new(),
        notes: "Voted by residents for group activities.".into(),
    };
    w.put(&mut participatory)?;
    Ok(Funds { befriending: befriending.id, participatory: participatory.id })
}
