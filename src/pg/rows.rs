//! Reading and writing records on the server inside one transaction ([`PgTx`]): the queries
//! of [`Reads`] as SQL, and [`Transaction`]'s writes keeping the analyst columns, the
//! `session_members` and `places` rows and the person summaries in the same transaction.

use crate::data::{
    AnyId, AnyIds, AnyRecord, AnyRecordMut, AnyRecords, DataError, Entity, PersonHistory, Reads, RecordKind,
    Transaction, by_kind, each_kind,
};
use crate::domain::{
    Activity, Assessment, Availability, Contact, Fund, Member, MemberId, Payer, Person, PersonId,
    PersonSummary, Referral, ReferralGlance, ReferralStatus, Series, SeriesId, Session, Settings,
};
use chrono::NaiveDate;
use postgres::types::{Json, ToSql};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::cell::RefCell;

/// A query parameter.
pub(crate) type Param<'a> = &'a (dyn ToSql + Sync);

/// One open server transaction, read and written through the data interface.
pub(crate) struct PgTx<'a, 'b> {
    tx: RefCell<&'a mut postgres::Transaction<'b>>,
    /// The login, for messages about what the server refused.
    pub(crate) user: &'a str,
}

/// The table that holds records of `kind`, and the sequence that numbers them.
pub(crate) fn table(kind: RecordKind) -> (&'static str, &'static str) {
    match kind {
        RecordKind::Member => ("members", "member_ids"),
        RecordKind::Activity => ("activities", "activity_ids"),
        RecordKind::Person => ("people", "person_ids"),
        RecordKind::Referral => ("referrals", "referral_ids"),
        RecordKind::Session => ("sessions", "session_ids"),
        RecordKind::Series => ("series", "series_ids"),
        RecordKind::Assessment => ("assessments", "assessment_ids"),
        RecordKind::Fund => ("funds", "fund_ids"),
        RecordKind::Contact => ("contacts", "contact_ids"),
        RecordKind::Availability => ("availability", ""),
    }
}

fn key_column(kind: RecordKind) -> &'static str {
    if kind == RecordKind::Availability { "member_id" } else { "id" }
}

/// An id as the server stores it.
pub(crate) fn key(id: u64) -> Result<i64, DataError> {
    i64::try_from(id).map_err(|_| DataError::conflict(format!("record id {id} is out of range")))
}

fn id_of(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}

/// A server error as the data interface reports it.
pub(crate) fn sql_error(e: postgres::Error, user: &str) -> DataError {
    use postgres::error::SqlState;
    match e.code() {
        Some(c) if *c == SqlState::INSUFFICIENT_PRIVILEGE => DataError::NotAllowed { user: user.to_string() },
        Some(c) if *c == SqlState::UNIQUE_VIOLATION => {
            DataError::conflict("another record already uses that reference")
        }
        Some(c) if *c == SqlState::T_R_SERIALIZATION_FAILURE || *c == SqlState::T_R_DEADLOCK_DETECTED => {
            DataError::conflict(
                "someone else changed the same records at the same moment; nothing was saved, please try again",
            )
        }
        _ if e.is_closed() => {
            DataError::Backend { context: "the connection to the server was lost", source: Box::new(e) }
        }
        _ => DataError::Backend { context: "the server could not do it", source: Box::new(e) },
    }
}

/// How a payer is written in the `places.payer` column: `self`, `sds1`..`sds4`, `fund:ID`.
pub(crate) fn payer_text(payer: &Payer) -> String {
    match payer {
        Payer::SelfFunded => "self".into(),
        Payer::Sds(o) => o.key().into(),
        Payer::Fund(f) => format!("fund:{}", f.0),
    }
}

impl<'a, 'b> PgTx<'a, 'b> {
    /// Reads and writes through `tx`.
    pub(crate) fn new(tx: &'a mut postgres::Transaction<'b>, user: &'a str) -> Self {
        PgTx { tx: RefCell::new(tx), user }
    }

    fn err(&self, e: postgres::Error) -> DataError {
        sql_error(e, self.user)
    }

    /// Runs statements that return nothing (migrations, locks).
    pub(crate) fn batch(&self, sql: &str) -> Result<(), DataError> {
        self.tx.borrow_mut().batch_execute(sql).map_err(|e| self.err(e))
    }

    /// The rows a query returns.
    pub(crate) fn rows(&self, sql: &str, params: &[Param<'_>]) -> Result<Vec<postgres::Row>, DataError> {
        self.tx.borrow_mut().query(sql, params).map_err(|e| self.err(e))
    }

    fn exec(&self, sql: &str, params: &[Param<'_>]) -> Result<u64, DataError> {
        self.tx.borrow_mut().execute(sql, params).map_err(|e| self.err(e))
    }

    /// Records from the first column (`record jsonb`) of each row.
    pub(crate) fn records<T: DeserializeOwned>(
        &self,
        table: &'static str,
        sql: &str,
        params: &[Param<'_>],
    ) -> Result<Vec<T>, DataError> {
        self.rows(sql, params)?
            .iter()
            .map(|row| {
                row.try_get::<_, Json<T>>(0).map(|j| j.0).map_err(|e| DataError::Corrupt {
                    table,
                    id: 0,
                    reason: e.to_string(),
                })
            })
            .collect()
    }

    fn get<T: Entity + DeserializeOwned>(&self, id: u64) -> Result<Option<T>, DataError> {
        let (name, _) = table(T::KIND);
        let sql = format!("SELECT record FROM {name} WHERE {} = $1", key_column(T::KIND));
        Ok(self.records(name, &sql, &[&key(id)?])?.pop())
    }

    fn get_many<T: Entity + DeserializeOwned>(&self, ids: &[u64]) -> Result<Vec<T>, DataError> {
        let (name, _) = table(T::KIND);
        let column = key_column(T::KIND);
        let keys: Vec<i64> = ids.iter().map(|i| key(*i)).collect::<Result<_, _>>()?;
        let sql = format!("SELECT record, {column} FROM {name} WHERE {column} = ANY($1)");
        let rows = self.rows(&sql, &[&keys])?;
        let mut found = std::collections::HashMap::new();
        for row in &rows {
            let record: Json<T> = row.try_get(0).map_err(|e| DataError::Corrupt {
                table: name,
                id: 0,
                reason: e.to_string(),
            })?;
            let id: i64 = row.try_get(1).map_err(|e| sql_error(e, self.user))?;
            found.insert(id, record.0);
        }
        Ok(keys.iter().filter_map(|k| found.get(k).cloned()).collect())
    }

    /// Every record of a type, in id order.
    pub(crate) fn all<T: Entity + DeserializeOwned>(&self) -> Result<Vec<T>, DataError> {
        let (name, _) = table(T::KIND);
        self.records(name, &format!("SELECT record FROM {name} ORDER BY {}", key_column(T::KIND)), &[])
    }

    fn sessions_where(&self, condition: &str, params: &[Param<'_>]) -> Result<Vec<Session>, DataError> {
        let mut list: Vec<Session> =
            self.records("sessions", &format!("SELECT s.record FROM sessions s WHERE {condition}"), params)?;
        list.sort_by_key(|s| (s.starts_at(), s.id));
        Ok(list)
    }

    /// The first column of the first row, as a number (`None` when there is no row).
    pub(crate) fn scalar(&self, sql: &str, params: &[Param<'_>]) -> Result<Option<i64>, DataError> {
        match self.rows(sql, params)?.first() {
            Some(row) => Ok(row.try_get::<_, Option<i64>>(0).map_err(|e| self.err(e))?),
            None => Ok(None),
        }
    }

    fn meta(&self, name: &str) -> Result<Option<i64>, DataError> {
        self.scalar("SELECT value FROM carecoop_meta WHERE key = $1", &[&name])
    }

    /// Sets a flag or counter in `carecoop_meta`.
    pub(crate) fn set_meta(&self, name: &str, value: i64) -> Result<(), DataError> {
        self.exec(
            "INSERT INTO carecoop_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            &[&name, &value],
        )
        .map(drop)
    }
}

macro_rules! any_id_key {
    ($id:expr; $($k:ident),+) => { match $id { $( AnyId::$k(i) => i.0, )+ } };
}

macro_rules! any_ids_keys {
    ($ids:expr; $($k:ident),+) => { match $ids { $( AnyIds::$k(i) => i.iter().map(|x| x.0).collect::<Vec<u64>>(), )+ } };
}

impl Reads for PgTx<'_, '_> {
    fn get_any(&self, id: AnyId) -> Result<Option<AnyRecord>, DataError> {
        let raw = each_kind!(any_id_key!(id));
        Ok(match id.kind() {
            RecordKind::Member => self.get::<Member>(raw)?.map(AnyRecord::Member),
            RecordKind::Activity => self.get::<Activity>(raw)?.map(AnyRecord::Activity),
            RecordKind::Person => self.get::<Person>(raw)?.map(AnyRecord::Person),
            RecordKind::Referral => self.get::<Referral>(raw)?.map(AnyRecord::Referral),
            RecordKind::Session => self.get::<Session>(raw)?.map(AnyRecord::Session),
            RecordKind::Series => self.get::<Series>(raw)?.map(AnyRecord::Series),
            RecordKind::Assessment => self.get::<Assessment>(raw)?.map(AnyRecord::Assessment),
            RecordKind::Fund => self.get::<Fund>(raw)?.map(AnyRecord::Fund),
            RecordKind::Contact => self.get::<Contact>(raw)?.map(AnyRecord::Contact),
            RecordKind::Availability => self.get::<Availability>(raw)?.map(AnyRecord::Availability),
        })
    }

    fn get_many_any(&self, ids: AnyIds<'_>) -> Result<AnyRecords, DataError> {
        let raw = each_kind!(any_ids_keys!(ids));
        by_kind!(ids.kind(), |T| Ok(AnyRecords::from_vec(self.get_many::<T>(&raw)?)))
    }

    fn all_any(&self, kind: RecordKind) -> Result<AnyRecords, DataError> {
        by_kind!(kind, |T| Ok(AnyRecords::from_vec(self.all::<T>()?)))
    }

    fn count_kind(&self, kind: RecordKind) -> Result<u64, DataError> {
        let (name, _) = table(kind);
        Ok(id_of(self.scalar(&format!("SELECT count(*) FROM {name}"), &[])?.unwrap_or(0)))
    }

    fn sessions_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Session>, DataError> {
        self.sessions_where("s.date BETWEEN $1 AND $2", &[&from, &to])
    }

    fn sessions_of_member(&self, member: MemberId) -> Result<Vec<Session>, DataError> {
        self.sessions_where(
            "s.id IN (SELECT session_id FROM session_members WHERE member_id = $1)",
            &[&key(member.0)?],
        )
    }

    fn sessions_of_person(&self, person: PersonId) -> Result<Vec<Session>, DataError> {
        self.sessions_where(
            "s.id IN (SELECT session_id FROM places WHERE person_id = $1)",
            &[&key(person.0)?],
        )
    }

    fn sessions_of_series(&self, series: SeriesId) -> Result<Vec<Session>, DataError> {
        self.sessions_where("s.series_id = $1", &[&key(series.0)?])
    }

    fn referrals_with_status(&self, statuses: &[ReferralStatus]) -> Result<Vec<Referral>, DataError> {
        let keys: Vec<&str> = statuses.iter().map(|s| s.key()).collect();
        let mut list: Vec<Referral> =
            self.records("referrals", "SELECT record FROM referrals WHERE status = ANY($1)", &[&keys])?;
        list.sort_by_key(|r| (r.received, r.id));
        Ok(list)
    }

    fn referral_glances_with_status(
        &self,
        statuses: &[ReferralStatus],
    ) -> Result<Vec<ReferralGlance>, DataError> {
        Ok(self.referrals_with_status(statuses)?.iter().map(ReferralGlance::of).collect())
    }

    fn count_referrals_with_status(&self, statuses: &[ReferralStatus]) -> Result<usize, DataError> {
        let keys: Vec<&str> = statuses.iter().map(|s| s.key()).collect();
        let n = self.scalar("SELECT count(*) FROM referrals WHERE status = ANY($1)", &[&keys])?.unwrap_or(0);
        Ok(usize::try_from(n).unwrap_or(0))
    }

    fn person_summaries(&self) -> Result<Vec<PersonSummary>, DataError> {
        self.records("person_summaries", "SELECT record FROM person_summaries ORDER BY person_id", &[])
    }

    fn person_summaries_of(&self, people: &[PersonId]) -> Result<Vec<PersonSummary>, DataError> {
        let keys: Vec<i64> = people.iter().map(|p| key(p.0)).collect::<Result<_, _>>()?;
        let found: Vec<PersonSummary> = self.records(
            "person_summaries",
            "SELECT record FROM person_summaries WHERE person_id = ANY($1)",
            &[&keys],
        )?;
        Ok(people.iter().filter_map(|p| found.iter().find(|s| s.id == *p).cloned()).collect())
    }

    fn person_summary(&self, person: PersonId) -> Result<Option<PersonSummary>, DataError> {
        Ok(self
            .records(
                "person_summaries",
                "SELECT record FROM person_summaries WHERE person_id = $1",
                &[&key(person.0)?],
            )?
            .pop())
    }

    fn person_by_ref(&self, reference: &str) -> Result<Option<Person>, DataError> {
        Ok(self
            .records("people", "SELECT record FROM people WHERE reference = $1", &[&reference.trim()])?
            .pop())
    }

    fn referrals_of_person(&self, person: PersonId) -> Result<Vec<Referral>, DataError> {
        let mut list: Vec<Referral> = self.records(
            "referrals",
            "SELECT record FROM referrals WHERE person_id = $1",
            &[&key(person.0)?],
        )?;
        list.sort_by_key(|r| (r.received, r.id));
        Ok(list)
    }

    fn assessments_of_person(&self, person: PersonId) -> Result<Vec<Assessment>, DataError> {
        let mut list: Vec<Assessment> = self.records(
            "assessments",
            "SELECT record FROM assessments WHERE person_id = $1",
            &[&key(person.0)?],
        )?;
        list.sort_by_key(|a| (a.date, a.id));
        Ok(list)
    }

    fn contacts_of_person(&self, person: PersonId) -> Result<Vec<Contact>, DataError> {
        let mut list: Vec<Contact> =
            self.records("contacts", "SELECT record FROM contacts WHERE person_id = $1", &[&key(person.0)?])?;
        list.sort_by_key(|c| (c.date, c.id));
        Ok(list)
    }

    fn history_of_person(&self, person: PersonId) -> Result<PersonHistory, DataError> {
        Ok(PersonHistory {
            referrals: self.referrals_of_person(person)?,
            sessions: self.sessions_of_person(person)?,
            assessments: self.assessments_of_person(person)?,
        })
    }

    fn settings(&self) -> Result<Settings, DataError> {
        Ok(self
            .records("settings", "SELECT record FROM settings WHERE id = 1", &[])?
            .pop()
            .unwrap_or_default())
    }

    fn availability_of(&self, member: MemberId) -> Result<Availability, DataError> {
        Ok(self.get::<Availability>(member.0)?.unwrap_or_else(|| Availability::empty(member)))
    }

    fn is_set_up(&self) -> Result<bool, DataError> {
        Ok(self.meta("set_up")? == Some(1))
    }

    fn is_demo(&self) -> Result<bool, DataError> {
        Ok(self.meta("demo")? == Some(1))
    }
}

/// The analyst columns of a record: names, and values in the same order.
struct Columns<'a> {
    names: Vec<&'static str>,
    values: Vec<Box<dyn ToSql + Sync + 'a>>,
}

impl<'a> Columns<'a> {
    fn new() -> Self {
        Columns { names: Vec::new(), values: Vec::new() }
    }

    fn add(mut self, name: &'static str, value: impl ToSql + Sync + 'a) -> Self {
        self.names.push(name);
        self.values.push(Box::new(value));
        self
    }
}

fn money(m: crate::domain::Money) -> i64 {
    m.0
}

fn columns_of(record: &AnyRecordMut<'_>) -> Columns<'static> {
    let c = Columns::new();
    match record {
        AnyRecordMut::Member(m) => c
            .add("name", m.name.clone())
            .add("role", m.role.key())
            .add("hourly_rate_pence", money(m.hourly_rate))
            .add("archived", m.archived),
        AnyRecordMut::Activity(a) => c
            .add("name", a.name.clone())
            .add("category", a.category.clone())
            .add("format", a.format.key())
            .add("capacity", i32::from(a.capacity))
            .add("village", a.village.clone())
            .add("price_pence", money(a.price))
            .add("price_unit", a.price_unit.key())
            .add("archived", a.archived),
        AnyRecordMut::Person(p) => c
            .add("reference", p.reference.trim().to_string())
            .add("name", p.name.clone())
            .add("village", p.village.clone())
            .add("gp_practice", p.gp_practice.clone())
            .add("date_of_birth", p.date_of_birth),
        AnyRecordMut::Referral(r) => c
            .add("person_id", key(r.person.0).unwrap_or(0))
            .add("received", r.received)
            .add("source", r.source.key())
            .add("status", r.status().key())
            .add("status_since", r.status_since())
            .add("urgency", r.urgency.key())
            .add("link_worker", r.link_worker.clone()),
        AnyRecordMut::Series(_) => c,
        AnyRecordMut::Session(s) => c
            .add("series_id", s.series.map(|x| key(x.0).unwrap_or(0)))
            .add("activity_id", key(s.activity.0).unwrap_or(0))
            .add("date", s.date)
            .add("start_time", s.start)
            .add("minutes", i32::from(s.minutes))
            .add("venue", s.venue.clone())
            .add("cancelled", s.cancelled),
        AnyRecordMut::Assessment(a) => c
            .add("person_id", key(a.person.0).unwrap_or(0))
            .add("date", a.date)
            .add("timepoint", a.timepoint.key())
            .add("instrument", a.instrument.key())
            .add("score", a.headline()),
        AnyRecordMut::Contact(x) => c
            .add("person_id", key(x.person.0).unwrap_or(0))
            .add("date", x.date)
            .add("kind", x.kind.key())
            .add("next_due", x.next_due),
        AnyRecordMut::Fund(f) => c
            .add("name", f.name.clone())
            .add("funder", f.funder.clone())
            .add("amount_pence", money(f.amount))
            .add("start_date", f.start)
            .add("end_date", f.end),
        AnyRecordMut::Availability(_) => c,
    }
}

fn json_of<T: Serialize>(record: &T) -> Result<serde_json::Value, DataError> {
    serde_json::to_value(record)
        .map_err(|e| DataError::Backend { context: "a record could not be written", source: Box::new(e) })
}

macro_rules! record_parts {
    ($record:expr; $($k:ident),+) => {
        match $record {
            $( AnyRecordMut::$k(r) => (r.validate_stored(), Entity::id(&**r).0, json_of(&**r)), )+
        }
    };
}

macro_rules! set_any_id {
    ($record:expr, $id:expr; $($k:ident),+) => {
        match $record {
            $( AnyRecordMut::$k(r) => { let mut id = Entity::id(&**r); id.0 = $id; r.set_id(id); } )+
        }
    };
}

impl PgTx<'_, '_> {
    /// Stores `record` under its id (allocating one when it is new, or — `as_is` — keeping the
    /// id it carries, for copies), with its analyst columns and derived rows.
    fn store(&mut self, mut record: AnyRecordMut<'_>, as_is: bool) -> Result<(), DataError> {
        let kind = record.kind();
        let (name, sequence) = table(kind);
        let (valid, current, _) = each_kind!(record_parts!(&record));
        valid?;
        let mut id = current;
        let exists = id != 0
            && !self
                .rows(
                    &format!("SELECT 1 FROM {name} WHERE {} = $1 FOR UPDATE", key_column(kind)),
                    &[&key(id)?],
                )?
                .is_empty();
        if id == 0 {
            if !kind.allocates_id() {
                return Err(DataError::conflict(format!(
                    "a {} record needs the id of its owner",
                    kind.noun()
                )));
            }
            id = id_of(self.scalar(&format!("SELECT nextval('{sequence}')"), &[])?.unwrap_or(0));
            each_kind!(set_any_id!(&mut record, id));
        } else if kind.allocates_id() && !exists && !as_is {
            return Err(DataError::gone(singular(kind)));
        } else if as_is && kind.allocates_id() {
            // Keep the sequence beyond every id copied in, so new ids are never reused.
            self.exec(
                &format!("SELECT setval('{sequence}', greatest($1, (SELECT last_value FROM {sequence})))"),
                &[&key(id)?],
            )?;
        }
        if let AnyRecordMut::Person(p) = &record {
            let taken = self.rows(
                "SELECT 1 FROM people WHERE reference = $1 AND id <> $2",
                &[&p.reference.trim(), &key(id)?],
            )?;
            if !taken.is_empty() {
                return Err(DataError::conflict("another record in people already uses that reference"));
            }
        }
        let old_person = self.summarised_person(kind, id)?;
        let (_, _, json) = each_kind!(record_parts!(&record));
        let json = json?;
        let columns = columns_of(&record);
        let key_col = key_column(kind);
        let mut names = vec![key_col];
        names.extend(columns.names.iter().copied());
        names.push("record");
        let placeholders: Vec<String> = (1..=names.len()).map(|i| format!("${i}")).collect();
        let updates: Vec<String> = names[1..].iter().map(|n| format!("{n} = EXCLUDED.{n}")).collect();
        let sql = format!(
            "INSERT INTO {name} ({}) VALUES ({}) ON CONFLICT ({key_col}) DO UPDATE SET {}, version = {name}.version + 1, \
             changed_by = session_user, changed_at = now()",
            names.join(", "),
            placeholders.join(", "),
            updates.join(", ")
        );
        let id_key = key(id)?;
        let mut params: Vec<Param<'_>> = vec![&id_key];
        params.extend(columns.values.iter().map(|v| &**v as Param<'_>));
        let json = Json(json);
        params.push(&json);
        self.exec(&sql, &params)?;
        if let AnyRecordMut::Session(s) = &record {
            self.exec("DELETE FROM session_members WHERE session_id = $1", &[&id_key])?;
            self.exec("DELETE FROM places WHERE session_id = $1", &[&id_key])?;
            for m in &s.members {
                self.exec(
                    "INSERT INTO session_members (session_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    &[&id_key, &key(m.0)?],
                )?;
            }
            for p in &s.participants {
                self.exec(
                    "INSERT INTO places (session_id, person_id, payer, attendance) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (session_id, person_id) DO UPDATE SET payer = EXCLUDED.payer, attendance = EXCLUDED.attendance",
                    &[&id_key, &key(p.person.0)?, &payer_text(&p.payer), &p.attendance.key()],
                )?;
            }
        }
        let new_person = self.summarised_person(kind, id)?;
        for person in
            [old_person, new_person].into_iter().flatten().collect::<std::collections::BTreeSet<_>>()
        {
            self.refresh_summary(person)?;
        }
        Ok(())
    }

    /// The person whose summary a record feeds, as stored now.
    fn summarised_person(&self, kind: RecordKind, id: u64) -> Result<Option<u64>, DataError> {
        let sql = match kind {
            RecordKind::Person => return Ok(Some(id)),
            RecordKind::Referral => "SELECT person_id FROM referrals WHERE id = $1",
            RecordKind::Assessment => "SELECT person_id FROM assessments WHERE id = $1",
            _ => return Ok(None),
        };
        Ok(self.scalar(sql, &[&key(id)?])?.map(id_of))
    }

    /// Rewrites one person's summary from their records (or removes it once they are gone).
    fn refresh_summary(&self, person: u64) -> Result<(), DataError> {
        let pk = key(person)?;
        let Some(found) = self.get::<Person>(person)? else {
            self.exec("DELETE FROM person_summaries WHERE person_id = $1", &[&pk])?;
            return Ok(());
        };
        let id = PersonId(person);
        let summary =
            PersonSummary::of(&found, &self.referrals_of_person(id)?, &self.assessments_of_person(id)?);
        self.exec(
            "INSERT INTO person_summaries (person_id, record) VALUES ($1, $2) \
             ON CONFLICT (person_id) DO UPDATE SET record = EXCLUDED.record",
            &[&pk, &Json(json_of(&summary)?)],
        )
        .map(drop)
    }
}

fn singular(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Member => "member",
        RecordKind::Activity => "activity",
        RecordKind::Person => "person",
        RecordKind::Referral => "referral",
        RecordKind::Session => "session",
        RecordKind::Series => "series",
        RecordKind::Assessment => "assessment",
        RecordKind::Fund => "fund",
        RecordKind::Contact => "contact",
        RecordKind::Availability => "availability",
    }
}

impl Transaction for PgTx<'_, '_> {
    fn put_any(&mut self, record: AnyRecordMut<'_>) -> Result<(), DataError> {
        self.store(record, false)
    }

    fn put_as_is(&mut self, record: AnyRecordMut<'_>) -> Result<(), DataError> {
        self.store(record, true)
    }

    fn delete_any(&mut self, id: AnyId) -> Result<bool, DataError> {
        let kind = id.kind();
        let raw = each_kind!(any_id_key!(id));
        let (name, _) = table(kind);
        let person = self.summarised_person(kind, raw)?;
        let k = key(raw)?;
        let gone = self.exec(&format!("DELETE FROM {name} WHERE {} = $1", key_column(kind)), &[&k])? > 0;
        if kind == RecordKind::Session {
            self.exec("DELETE FROM session_members WHERE session_id = $1", &[&k])?;
            self.exec("DELETE FROM places WHERE session_id = $1", &[&k])?;
        }
        if let Some(p) = person {
            self.refresh_summary(p)?;
        }
        Ok(gone)
    }

    fn put_settings(&mut self, settings: &Settings) -> Result<(), DataError> {
        settings.validate()?;
        self.exec(
            "INSERT INTO settings (id, record) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET record = EXCLUDED.record, \
             version = settings.version + 1, changed_by = session_user, changed_at = now()",
            &[&Json(json_of(settings)?)],
        )
        .map(drop)
    }

    fn mark_set_up(&mut self) -> Result<(), DataError> {
        self.set_meta("set_up", 1)
    }

    fn mark_demo(&mut self) -> Result<(), DataError> {
        self.set_meta("demo", 1)
    }
}
