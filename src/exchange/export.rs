//! The export layouts, one function per record kind.

use super::import::{
    ACTIVITY_COLUMNS, ASSESSMENT_COLUMNS, MEMBER_COLUMNS, PEOPLE_COLUMNS, REFERRAL_COLUMNS, REGISTER_COLUMNS,
    SESSION_COLUMNS,
};
use super::{Cell, Names, Table};
use crate::domain::{Activity, Assessment, Fund, Member, Person, Referral, Repeat, SeriesEnd, Session};

/// Members: `name,role,activities,hourly_rate_gbp,villages,phone,email,pvg_number,pvg_scope,pvg_expiry,insurance_expiry,joined`.
pub fn members(list: &[Member], names: &Names) -> Table {
    Table {
        columns: MEMBER_COLUMNS,
        rows: list
            .iter()
            .map(|m| {
                vec![
                    Cell::text(&m.name),
                    Cell::text(m.role.key()),
                    Names::list(&names.activities, m.activities.iter().map(|a| a.0)),
                    Cell::Money(m.hourly_rate),
                    Cell::List(m.villages.clone()),
                    Cell::text(&m.phone),
                    Cell::text(&m.email),
                    Cell::text(&m.pvg.number),
                    m.pvg.scope.map_or(Cell::Null, |s| Cell::text(s.key())),
                    Cell::date(m.pvg.expiry),
                    Cell::date(m.insurance.expiry),
                    Cell::date(m.joined),
                ]
            })
            .collect(),
    }
}

/// Activities: `name,category,format,capacity,venue,village,default_minutes,price_gbp,price_unit`.
pub fn activities(list: &[Activity]) -> Table {
    Table {
        columns: ACTIVITY_COLUMNS,
        rows: list
            .iter()
            .map(|a| {
                vec![
                    Cell::text(&a.name),
                    Cell::text(&a.category),
                    Cell::text(a.format.key()),
                    Cell::Int(i64::from(a.capacity)),
                    Cell::text(&a.venue),
                    Cell::text(&a.village),
                    Cell::Int(i64::from(a.default_minutes)),
                    Cell::Money(a.price),
                    Cell::text(a.price_unit.key()),
                ]
            })
            .collect(),
    }
}

/// People: `ref,name,preferred_name,date_of_birth,village,gp_practice,phone,email,needs,interests,what_matters,consent_store,consent_share`.
pub fn people(list: &[Person]) -> Table {
    Table {
        columns: PEOPLE_COLUMNS,
        rows: list
            .iter()
            .map(|p| {
                vec![
                    Cell::text(&p.reference),
                    Cell::text(&p.name),
                    Cell::text(&p.preferred_name),
                    Cell::date(p.date_of_birth),
                    Cell::text(&p.village),
                    Cell::text(&p.gp_practice),
                    Cell::text(&p.phone),
                    Cell::text(&p.email),
                    Cell::List(p.needs.iter().map(|n| n.key().to_string()).collect()),
                    Cell::List(p.interests.clone()),
                    Cell::text(&p.what_matters),
                    Cell::date(p.consent_store),
                    Cell::text(if p.consent_share.yes { "yes" } else { "no" }),
                ]
            })
            .collect(),
    }
}

/// Referrals: `person_ref,date,source,referrer,reason,urgency,status`.
pub fn referrals(list: &[Referral], names: &Names) -> Table {
    Table {
        columns: REFERRAL_COLUMNS,
        rows: list
            .iter()
            .map(|r| {
                vec![
                    Names::one(&names.people, r.person.0),
                    Cell::date(Some(r.received)),
                    Cell::text(r.source.key()),
                    Cell::text(&r.referrer_name),
                    Cell::text(&r.reasons),
                    Cell::text(r.urgency.key()),
                    Cell::text(r.status().key()),
                ]
            })
            .collect(),
    }
}

/// Sessions: `date,start,minutes,activity,members,participants,venue,repeat,repeat_until`.
///
/// A recurring series is one row (its first occurrence, with `repeat` and `repeat_until`), so
/// the export imports back as the same series; a one-off session is a row with `repeat` none.
pub fn sessions(list: &[Session], names: &Names) -> Table {
    let mut rows = Vec::new();
    let mut seen_series = std::collections::HashSet::new();
    for s in list {
        let series = s.series.and_then(|id| names.series.get(&id.0));
        if let Some(series) = series
            && !seen_series.insert(series.id)
        {
            continue;
        }
        let (repeat, until) = match series {
            Some(series) => {
                let until = match series.end {
                    SeriesEnd::Until(d) => Some(d),
                    SeriesEnd::Count(_) => series.dates().last().copied(),
                };
                (
                    match series.repeat {
                        Repeat::Weekly => "weekly",
                        Repeat::Fortnightly => "fortnightly",
                    },
                    until,
                )
            }
            None => ("none", None),
        };
        rows.push(vec![
            Cell::date(Some(s.date)),
            Cell::Time(s.start),
            Cell::Int(i64::from(s.minutes)),
            Names::one(&names.activities, s.activity.0),
            Names::list(&names.members, s.members.iter().map(|m| m.0)),
            Names::list(&names.people, s.participants.iter().map(|p| p.person.0)),
            Cell::text(&s.venue),
            Cell::text(repeat),
            Cell::date(until),
        ]);
    }
    Table { columns: SESSION_COLUMNS, rows }
}

/// Assessments: `person_ref,date,timepoint,instrument,answers`.
pub fn assessments(list: &[Assessment], names: &Names) -> Table {
    Table {
        columns: ASSESSMENT_COLUMNS,
        rows: list
            .iter()
            .map(|a| {
                vec![
                    Names::one(&names.people, a.person.0),
                    Cell::date(Some(a.date)),
                    Cell::text(a.timepoint.key()),
                    Cell::text(a.instrument.key()),
                    Cell::Answers(a.answers.clone()),
                ]
            })
            .collect(),
    }
}

/// Funds: `name,funder,amount_gbp,start,end,pays_for,notes`.
pub fn funds(list: &[Fund], names: &Names) -> Table {
    Table {
        columns: &["name", "funder", "amount_gbp", "start", "end", "pays_for", "notes"],
        rows: list
            .iter()
            .map(|f| {
                vec![
                    Cell::text(&f.name),
                    Cell::text(&f.funder),
                    Cell::Money(f.amount),
                    Cell::date(Some(f.start)),
                    Cell::date(Some(f.end)),
                    Names::list(&names.activities, f.pays_for.iter().map(|a| a.0)),
                    Cell::text(&f.notes),
                ]
            })
            .collect(),
    }
}

/// The register of members: `name,class,postal_address,email,admitted,ceased,shares,amount_paid_gbp`
/// (what each holds from the share ledger).
pub fn register(lines: &[crate::domain::coop::RegisterLine]) -> Table {
    Table {
        columns: REGISTER_COLUMNS,
        rows: lines
            .iter()
            .map(|l| {
                vec![
                    Cell::text(&l.entry.name),
                    Cell::text(&l.entry.class),
                    Cell::text(&l.entry.postal_address),
                    Cell::text(&l.entry.email),
                    Cell::date(Some(l.entry.admitted)),
                    Cell::date(l.entry.ceased),
                    Cell::Int(l.holding.shares),
                    Cell::Money(l.holding.amount_paid),
                ]
            })
            .collect(),
    }
}
