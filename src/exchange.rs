//! Flat tables for export (and, in later issues, import): one layout per record kind, with
//! the column names users' spreadsheets and scripts rely on. JSON and CSV come from the same
//! table, so they always agree.

use crate::domain::{
    Activity, Assessment, Fund, Member, Money, Person, Referral, Repeat, Series, SeriesEnd, Session,
};
use chrono::NaiveDate;
use std::collections::HashMap;

/// One value in an exported row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Unknown or not applicable: empty in CSV, null in JSON.
    Null,
    /// Text.
    Text(String),
    /// A whole number.
    Int(i64),
    /// An amount of money: "25.50" in CSV, 25.5 in JSON.
    Money(Money),
    /// A list: joined with `;` in CSV, an array in JSON.
    List(Vec<String>),
    /// Item answers: `4;3;;5` in CSV (empty = missing), an array with nulls in JSON.
    Answers(Vec<Option<u8>>),
}

impl Cell {
    fn date(d: Option<NaiveDate>) -> Cell {
        d.map_or(Cell::Null, |d| Cell::Text(d.format("%Y-%m-%d").to_string()))
    }

    fn text(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }

    /// The value as CSV text.
    pub fn to_csv(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Text(t) => t.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Money(m) => m.to_decimal(),
            Cell::List(items) => items.join(";"),
            Cell::Answers(a) => a
                .iter()
                .map(|x| x.map(|v| v.to_string()).unwrap_or_default())
                .collect::<Vec<_>>()
                .join(";"),
        }
    }

    /// The value as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Cell::Null => Value::Null,
            Cell::Text(t) => Value::String(t.clone()),
            Cell::Int(i) => Value::from(*i),
            Cell::Money(m) => {
                serde_json::Number::from_f64(m.as_pounds_f64()).map_or(Value::Null, Value::Number)
            }
            Cell::List(items) => Value::Array(items.iter().cloned().map(Value::String).collect()),
            Cell::Answers(a) => Value::Array(
                a.iter()
                    .map(|x| x.map_or(Value::Null, Value::from))
                    .collect(),
            ),
        }
    }
}

/// A flat table: named columns and rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Column names, exactly as documented.
    pub columns: &'static [&'static str],
    /// One row per record.
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// The table as CSV with a header line.
    pub fn to_csv(&self) -> Result<String, csv::Error> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(self.columns)?;
        for row in &self.rows {
            writer.write_record(row.iter().map(Cell::to_csv))?;
        }
        let bytes = writer.into_inner().map_err(|e| e.into_error())?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The table as a JSON array of objects keyed by column name, in column order.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::Value::Array(
            self.rows
                .iter()
                .map(|row| {
                    let object: serde_json::Map<String, serde_json::Value> = self
                        .columns
                        .iter()
                        .zip(row)
                        .map(|(c, v)| ((*c).to_string(), v.to_json()))
                        .collect();
                    serde_json::Value::Object(object)
                })
                .collect(),
        )
    }
}

/// Names for the ids records point at.
#[derive(Debug, Default)]
pub struct Names {
    /// Member id → name.
    pub members: HashMap<u64, String>,
    /// Activity id → name.
    pub activities: HashMap<u64, String>,
    /// Person id → reference.
    pub people: HashMap<u64, String>,
    /// Series id → series.
    pub series: HashMap<u64, Series>,
}

impl Names {
    fn list(map: &HashMap<u64, String>, ids: impl Iterator<Item = u64>) -> Cell {
        Cell::List(
            ids.map(|id| map.get(&id).cloned().unwrap_or_else(|| format!("#{id}")))
                .collect(),
        )
    }

    fn one(map: &HashMap<u64, String>, id: u64) -> Cell {
        Cell::Text(map.get(&id).cloned().unwrap_or_else(|| format!("#{id}")))
    }
}

/// Members: `name,role,activities,hourly_rate_gbp,villages,phone,email,pvg_number,pvg_scope,pvg_expiry,insurance_expiry,joined`.
pub fn members(list: &[Member], names: &Names) -> Table {
    Table {
        columns: &[
            "name",
            "role",
            "activities",
            "hourly_rate_gbp",
            "villages",
            "phone",
            "email",
            "pvg_number",
            "pvg_scope",
            "pvg_expiry",
            "insurance_expiry",
            "joined",
        ],
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
        columns: &[
            "name",
            "category",
            "format",
            "capacity",
            "venue",
            "village",
            "default_minutes",
            "price_gbp",
            "price_unit",
        ],
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
        columns: &[
            "ref",
            "name",
            "preferred_name",
            "date_of_birth",
            "village",
            "gp_practice",
            "phone",
            "email",
            "needs",
            "interests",
            "what_matters",
            "consent_store",
            "consent_share",
        ],
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
        columns: &[
            "person_ref",
            "date",
            "source",
            "referrer",
            "reason",
            "urgency",
            "status",
        ],
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
            Cell::Text(s.start.format("%H:%M").to_string()),
            Cell::Int(i64::from(s.minutes)),
            Names::one(&names.activities, s.activity.0),
            Names::list(&names.members, s.members.iter().map(|m| m.0)),
            Names::list(&names.people, s.participants.iter().map(|p| p.person.0)),
            Cell::text(&s.venue),
            Cell::text(repeat),
            Cell::date(until),
        ]);
    }
    Table {
        columns: &[
            "date",
            "start",
            "minutes",
            "activity",
            "members",
            "participants",
            "venue",
            "repeat",
            "repeat_until",
        ],
        rows,
    }
}

/// Assessments: `person_ref,date,timepoint,instrument,answers`.
pub fn assessments(list: &[Assessment], names: &Names) -> Table {
    Table {
        columns: &["person_ref", "date", "timepoint", "instrument", "answers"],
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
        columns: &[
            "name",
            "funder",
            "amount_gbp",
            "start",
            "end",
            "pays_for",
            "notes",
        ],
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_and_json_agree() {
        let t = Table {
            columns: &["a", "b", "c", "d"],
            rows: vec![vec![
                Cell::text("x, y"),
                Cell::List(vec!["p".into(), "q".into()]),
                Cell::Money(Money(2550)),
                Cell::Answers(vec![Some(4), None, Some(5)]),
            ]],
        };
        assert_eq!(t.to_csv().unwrap(), "a,b,c,d\n\"x, y\",p;q,25.50,4;;5\n");
        assert_eq!(
            t.to_json().to_string(),
            r#"[{"a":"x, y","b":["p","q"],"c":25.5,"d":[4,null,5]}]"#
        );
    }
}
