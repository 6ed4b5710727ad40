//! Writing records on the server inside one transaction ([`PgTx`]): each record with its
//! analyst columns, a session's `session_members` and `places` rows, and the person
//! summaries its change affects — all in the same transaction.

use super::rows::{Param, PgTx, id_of, key, key_column, payer_text, raw_id, table};
use crate::data::{AnyId, AnyRecordMut, DataError, Entity, Reads, RecordKind, Transaction, each_kind};
use crate::domain::{Person, PersonId, PersonSummary, Settings};
use postgres::types::{Json, ToSql};
use serde::Serialize;

/// The analyst columns of a record: names, and values in the same order.
pub(super) struct Columns<'a> {
    pub(super) names: Vec<&'static str>,
    pub(super) values: Vec<Box<dyn ToSql + Sync + 'a>>,
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

/// The analyst columns of `record`.
pub(super) fn columns_of(record: &AnyRecordMut<'_>) -> Columns<'static> {
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
        AnyRecordMut::RegisterEntry(e) => c
            .add("name", e.name.clone())
            .add("class", e.class.clone())
            .add("admitted", e.admitted)
            .add("ceased", e.ceased),
        AnyRecordMut::LedgerEntry(l) => c
            .add("date", l.date)
            .add("kind", l.kind.key())
            .add("entry_id", key(l.entry.0).unwrap_or(0))
            .add("to_id", l.to.map(|t| key(t.0).unwrap_or(0)))
            .add("shares", i64::from(l.shares))
            .add("amount_pence", money(l.amount)),
        AnyRecordMut::Meeting(m) => c.add("kind", m.kind.key()).add("date", m.date),
    }
}

/// A record as the `record jsonb` column holds it.
pub(super) fn json_of<T: Serialize>(record: &T) -> Result<serde_json::Value, DataError> {
    serde_json::to_value(record).map_err(|e| DataError::Backend {
        context: crate::i18n::static_text("pg-record-not-written", "a record could not be written"),
        source: Box::new(e),
    })
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
                return Err(DataError::conflict(crate::t!("store-needs-owner-id", table = kind.noun())));
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
                return Err(DataError::conflict(crate::t!("pg-people-reference-taken")));
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
             changed_by = session_user, changed_at = now(), xid = pg_current_xact_id()",
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
    kind.noun_one()
}

impl Transaction for PgTx<'_, '_> {
    fn put_any(&mut self, record: AnyRecordMut<'_>) -> Result<(), DataError> {
        self.store(record, false)
    }

    fn put_as_is(&mut self, record: AnyRecordMut<'_>) -> Result<(), DataError> {
        self.store(record, true)
    }

    fn put_all_as_is(&mut self, records: &crate::data::AnyRecords) -> Result<(), DataError> {
        self.store_all_as_is(records)
    }

    /// One row per claimed record in `carecoop_claims`, written by this transaction: a second
    /// transaction claiming it at the same moment meets that write and fails.
    fn claim(&mut self, ids: &[AnyId]) -> Result<(), DataError> {
        let mut keys: Vec<(&'static str, i64)> = ids
            .iter()
            .map(|id| Ok((table(id.kind()).0, key(id.raw())?)))
            .collect::<Result<_, DataError>>()?;
        // Always in the same order, so two claims never wait for each other in a circle.
        keys.sort_unstable();
        keys.dedup();
        for (kind, id) in &keys {
            self.exec(
                "INSERT INTO carecoop_claims (kind, id) VALUES ($1, $2) \
                 ON CONFLICT (kind, id) DO UPDATE SET xid = pg_current_xact_id()",
                &[kind, id],
            )?;
        }
        Ok(())
    }

    fn delete_any(&mut self, id: AnyId) -> Result<bool, DataError> {
        let kind = id.kind();
        let raw = raw_id(id);
        let (name, _) = table(kind);
        let person = self.summarised_person(kind, raw)?;
        let k = key(raw)?;
        let gone = self.exec(&format!("DELETE FROM {name} WHERE {} = $1", key_column(kind)), &[&k])? > 0;
        if gone {
            // Kind and id only: what open windows need to drop their copy, nothing personal.
            self.exec("INSERT INTO carecoop_deletions (kind, id) VALUES ($1, $2)", &[&name, &k])?;
        }
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
             version = settings.version + 1, changed_by = session_user, changed_at = now(), xid = pg_current_xact_id()",
            &[&Json(json_of(settings)?)],
        )
        .map(drop)
    }

    fn mark_set_up(&mut self) -> Result<(), DataError> {
        self.set_meta("set_up", 1)
    }

    fn remember_erased(&mut self, erased: &crate::domain::ErasedPerson) -> Result<(), DataError> {
        let id = erased.id.0 as i64;
        self.exec(
            "INSERT INTO carecoop_erased (person_id, reference, erased_on) VALUES ($1, $2, $3) \
             ON CONFLICT (person_id) DO NOTHING",
            &[&id, &erased.reference, &erased.on],
        )
        .map(drop)
    }

    fn mark_demo(&mut self) -> Result<(), DataError> {
        self.set_meta("demo", 1)
    }

    fn append_audit(&mut self, note: &crate::domain::AuditNote) -> Result<(), DataError> {
        self.note_audit(note);
        Ok(())
    }

    fn put_audit_as_is(&mut self, _entries: &[crate::domain::AuditEntry]) -> Result<(), DataError> {
        Err(DataError::conflict(crate::t!("pg-audit-not-copied")))
    }
}
