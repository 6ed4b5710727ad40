//! Reading and writing records on the server inside one transaction ([`PgTx`]): the queries
//! of [`Reads`] as SQL, and [`Transaction`]'s writes keeping the analyst columns, the
//! `session_members` and `places` rows and the person summaries in the same transaction.

use crate::data::{
    AnyId, AnyIds, AnyRecord, AnyRecords, DataError, Entity, Reads, RecordKind, Stamp, Stamped, by_kind,
    each_kind,
};
use crate::domain::{
    Activity, Assessment, Availability, Contact, Fund, LedgerEntry, Meeting, Member, MemberId, Payer, Person,
    PersonId, PersonSummary, Referral, ReferralGlance, ReferralStatus, RegisterEntry, Series, SeriesId,
    Session, Settings,
};
use chrono::NaiveDate;
use postgres::types::{Json, ToSql};
use serde::de::DeserializeOwned;
use std::cell::RefCell;

/// A query parameter.
pub(crate) type Param<'a> = &'a (dyn ToSql + Sync);

/// One open server transaction, read and written through the data interface.
pub(crate) struct PgTx<'a, 'b> {
    tx: RefCell<&'a mut postgres::Transaction<'b>>,
    /// The login, for messages about what the server refused.
    pub(crate) user: &'a str,
    /// Audit notes this transaction adds, written when it is numbered (see `transact`).
    pub(super) audit: RefCell<Vec<crate::domain::AuditNote>>,
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
        RecordKind::RegisterEntry => ("register", "register_ids"),
        RecordKind::LedgerEntry => ("share_ledger", "share_ledger_ids"),
        RecordKind::Meeting => ("meetings", "meeting_ids"),
    }
}

pub(super) fn key_column(kind: RecordKind) -> &'static str {
    if kind == RecordKind::Availability { "member_id" } else { "id" }
}

/// An id as the server stores it.
pub(crate) fn key(id: u64) -> Result<i64, DataError> {
    i64::try_from(id).map_err(|_| DataError::conflict(crate::t!("pg-id-out-of-range", id = id.to_string())))
}

pub(super) fn id_of(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}

/// The records in the first column of `rows` (the `record jsonb` of `table`).
pub(crate) fn decode<T: DeserializeOwned>(
    table: &'static str,
    rows: &[postgres::Row],
) -> Result<Vec<T>, DataError> {
    rows.iter()
        .map(|row| {
            row.try_get::<_, Json<T>>(0).map(|j| j.0).map_err(|e| DataError::Corrupt {
                table,
                id: 0,
                reason: e.to_string(),
            })
        })
        .collect()
}

/// A server error as the data interface reports it.
pub(crate) fn sql_error(e: postgres::Error, user: &str) -> DataError {
    use postgres::error::SqlState;
    match e.code() {
        Some(c) if *c == SqlState::INSUFFICIENT_PRIVILEGE => DataError::NotAllowed { user: user.to_string() },
        Some(c) if *c == SqlState::UNIQUE_VIOLATION => DataError::conflict(crate::t!("pg-reference-taken")),
        Some(c) if *c == SqlState::T_R_SERIALIZATION_FAILURE || *c == SqlState::T_R_DEADLOCK_DETECTED => {
            DataError::Contention(crate::t!("pg-contention"))
        }
        _ if e.is_closed() => DataError::Backend {
            context: crate::i18n::static_text("pg-connection-lost", "the connection to the server was lost"),
            source: Box::new(e),
        },
        _ => DataError::Backend {
            context: crate::i18n::static_text("pg-server-failed", "the server could not do it"),
            source: Box::new(e),
        },
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
        PgTx { tx: RefCell::new(tx), user, audit: RefCell::new(Vec::new()) }
    }

    pub(super) fn err(&self, e: postgres::Error) -> DataError {
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

    /// Runs a statement; returns how many rows it changed.
    pub(super) fn exec(&self, sql: &str, params: &[Param<'_>]) -> Result<u64, DataError> {
        self.tx.borrow_mut().execute(sql, params).map_err(|e| self.err(e))
    }

    /// Records from the first column (`record jsonb`) of each row.
    pub(crate) fn records<T: DeserializeOwned>(
        &self,
        table: &'static str,
        sql: &str,
        params: &[Param<'_>],
    ) -> Result<Vec<T>, DataError> {
        decode(table, &self.rows(sql, params)?)
    }

    /// One record by id.
    pub(super) fn get<T: Entity + DeserializeOwned>(&self, id: u64) -> Result<Option<T>, DataError> {
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

/// The number inside a typed id of any kind.
pub(super) fn raw_id(id: AnyId) -> u64 {
    id.raw()
}

macro_rules! any_ids_keys {
    ($ids:expr; $($k:ident),+) => { match $ids { $( AnyIds::$k(i) => i.iter().map(|x| x.0).collect::<Vec<u64>>(), )+ } };
}

impl Reads for PgTx<'_, '_> {
    fn get_any(&self, id: AnyId) -> Result<Option<AnyRecord>, DataError> {
        let raw = id.raw();
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
            RecordKind::RegisterEntry => self.get::<RegisterEntry>(raw)?.map(AnyRecord::RegisterEntry),
            RecordKind::LedgerEntry => self.get::<LedgerEntry>(raw)?.map(AnyRecord::LedgerEntry),
            RecordKind::Meeting => self.get::<Meeting>(raw)?.map(AnyRecord::Meeting),
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

    fn audit_trail(
        &self,
        filter: &crate::domain::AuditFilter,
        newest: Option<usize>,
    ) -> Result<Vec<crate::domain::AuditEntry>, DataError> {
        self.audit_entries(filter, newest)
    }

    fn erased_people(&self) -> Result<Vec<crate::domain::ErasedPerson>, DataError> {
        let rows =
            self.rows("SELECT person_id, reference, erased_on FROM carecoop_erased ORDER BY person_id", &[])?;
        let err = |e| sql_error(e, self.user);
        rows.iter()
            .map(|r| {
                Ok(crate::domain::ErasedPerson {
                    id: crate::domain::PersonId(r.try_get::<_, i64>(0).map_err(err)? as u64),
                    reference: r.try_get(1).map_err(err)?,
                    on: r.try_get(2).map_err(err)?,
                })
            })
            .collect()
    }

    fn stamp(&self, of: Stamped) -> Result<Option<Stamp>, DataError> {
        let (sql, id) = match of {
            // The settings row is number 1 (an integer column, unlike the records' bigint).
            Stamped::Settings => {
                ("SELECT version, changed_by, changed_at FROM settings WHERE id::bigint = $1".to_string(), 1)
            }
            Stamped::Record(id) => {
                let kind = id.kind();
                let sql = format!(
                    "SELECT version, changed_by, changed_at FROM {} WHERE {} = $1",
                    table(kind).0,
                    key_column(kind)
                );
                (sql, key(id.raw())?)
            }
        };
        let rows = self.rows(&sql, &[&id])?;
        Ok(rows.first().map(|row| {
            let at: chrono::DateTime<chrono::Utc> = row.get(2);
            Stamp {
                version: u64::try_from(row.get::<_, i64>(0)).unwrap_or(0),
                by: row.get(1),
                at: at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            }
        }))
    }
}
