//! Many records of one kind in few round trips ([`Transaction::put_all_as_is`] on the
//! server): multi-row upserts with the analyst columns, a session's `session_members` and
//! `places` rows, the sequences moved past the ids copied in, and the affected people's
//! summaries rebuilt from three reads. `carecoop copy` of a large co-op into a server rests on
//! it; the result is the same as [`Transaction::put_as_is`] one record at a time.
//!
//! [`Transaction::put_all_as_is`]: crate::data::Transaction::put_all_as_is
//! [`Transaction::put_as_is`]: crate::data::Transaction::put_as_is

use super::rows::{Param, PgTx, key, key_column, payer_text, table};
use super::write::{columns_of, json_of};
use crate::data::{AnyRecords, DataError, Entity, RecordKind, by_kind};
use crate::domain::{Assessment, Person, PersonId, PersonSummary, Referral, Session};
use postgres::types::{Json, ToSql};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Parameters one statement may carry (the protocol allows 65,535).
const MOST_PARAMS: usize = 60_000;

/// `(a, b), (c, d)`: placeholders for `rows` rows of `width` values.
fn placeholders(rows: usize, width: usize) -> String {
    (0..rows)
        .map(|r| {
            format!("({})", (1..=width).map(|c| format!("${}", r * width + c)).collect::<Vec<_>>().join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

impl PgTx<'_, '_> {
    /// Stores every record of `records` under the id it carries.
    pub(super) fn store_all_as_is(&mut self, records: &AnyRecords) -> Result<(), DataError> {
        by_kind!(records.kind(), |T| {
            let list = T::from_any_many(records.clone()).unwrap_or_default();
            self.store_list(list)
        })
    }

    fn store_list<T: Entity + Serialize>(&mut self, mut list: Vec<T>) -> Result<(), DataError> {
        let kind = T::KIND;
        let (name, sequence) = table(kind);
        let key_col = key_column(kind);
        let mut ids = Vec::with_capacity(list.len());
        for record in &mut list {
            record.validate_stored()?;
            let id = record.as_any_mut().id_raw();
            if id == 0 {
                return Err(DataError::conflict(crate::t!("pg-copy-no-id", table = kind.noun())));
            }
            ids.push(key(id)?);
        }
        let Some(first) = list.first_mut() else { return Ok(()) };
        let column_names = columns_of(&first.as_any_mut()).names;
        let mut names = vec![key_col];
        names.extend(column_names.iter().copied());
        names.push("record");
        let updates: Vec<String> = names[1..].iter().map(|n| format!("{n} = EXCLUDED.{n}")).collect();
        // The people whose summaries these records feed, as stored before and after.
        let mut people: BTreeSet<i64> = self.summarised_people(kind, &ids)?;
        let per_statement = (MOST_PARAMS / names.len()).max(1);
        for chunk in list.chunks_mut(per_statement) {
            let mut values: Vec<Box<dyn ToSql + Sync>> = Vec::with_capacity(chunk.len() * names.len());
            for record in chunk.iter_mut() {
                let any = record.as_any_mut();
                let id = key(any.id_raw())?;
                values.push(Box::new(id));
                values.extend(columns_of(&any).values);
                values.push(Box::new(Json(json_of(&*record)?)));
            }
            let sql = format!(
                "INSERT INTO {name} ({}) VALUES {} ON CONFLICT ({key_col}) DO UPDATE SET {}, \
                 version = {name}.version + 1, changed_by = session_user, changed_at = now(), xid = pg_current_xact_id()",
                names.join(", "),
                placeholders(chunk.len(), names.len()),
                updates.join(", ")
            );
            let params: Vec<Param<'_>> = values.iter().map(|v| &**v as Param<'_>).collect();
            self.exec(&sql, &params)?;
        }
        if kind.allocates_id()
            && let Some(most) = ids.iter().max()
        {
            self.exec(
                &format!("SELECT setval('{sequence}', greatest($1, (SELECT last_value FROM {sequence})))"),
                &[most],
            )?;
        }
        if kind == RecordKind::Session {
            let sessions: Vec<Session> =
                list.iter().filter_map(|r| Session::from_any(r.clone().into_any())).collect();
            self.store_session_rows(&ids, &sessions)?;
        }
        people.extend(self.summarised_people(kind, &ids)?);
        let people: Vec<i64> = people.into_iter().collect();
        self.refresh_summaries(&people)
    }

    /// The `session_members` and `places` rows of these sessions, written afresh.
    fn store_session_rows(&self, ids: &[i64], sessions: &[Session]) -> Result<(), DataError> {
        self.exec("DELETE FROM session_members WHERE session_id = ANY($1)", &[&ids])?;
        self.exec("DELETE FROM places WHERE session_id = ANY($1)", &[&ids])?;
        let mut members: Vec<(i64, i64)> = Vec::new();
        let mut places: Vec<(i64, i64, String, &'static str)> = Vec::new();
        for s in sessions {
            let id = key(s.id.0)?;
            for m in &s.members {
                members.push((id, key(m.0)?));
            }
            for p in &s.participants {
                places.push((id, key(p.person.0)?, payer_text(&p.payer), p.attendance.key()));
            }
        }
        members.sort_unstable();
        members.dedup();
        for chunk in members.chunks(MOST_PARAMS / 2) {
            let params: Vec<Param<'_>> =
                chunk.iter().flat_map(|(s, m)| [s as Param<'_>, m as Param<'_>]).collect();
            let sql = format!(
                "INSERT INTO session_members (session_id, member_id) VALUES {} ON CONFLICT DO NOTHING",
                placeholders(chunk.len(), 2)
            );
            self.exec(&sql, &params)?;
        }
        for chunk in places.chunks(MOST_PARAMS / 4) {
            let params: Vec<Param<'_>> = chunk
                .iter()
                .flat_map(|(s, p, payer, attendance)| {
                    [s as Param<'_>, p as Param<'_>, payer as Param<'_>, attendance as Param<'_>]
                })
                .collect();
            let sql = format!(
                "INSERT INTO places (session_id, person_id, payer, attendance) VALUES {} \
                 ON CONFLICT (session_id, person_id) DO UPDATE SET payer = EXCLUDED.payer, attendance = EXCLUDED.attendance",
                placeholders(chunk.len(), 4)
            );
            self.exec(&sql, &params)?;
        }
        Ok(())
    }

    /// The people whose summaries records of `kind` with these ids feed, as stored now.
    fn summarised_people(&self, kind: RecordKind, ids: &[i64]) -> Result<BTreeSet<i64>, DataError> {
        let sql = match kind {
            RecordKind::Person => return Ok(ids.iter().copied().collect()),
            RecordKind::Referral => "SELECT DISTINCT person_id FROM referrals WHERE id = ANY($1)",
            RecordKind::Assessment => "SELECT DISTINCT person_id FROM assessments WHERE id = ANY($1)",
            _ => return Ok(BTreeSet::new()),
        };
        Ok(self.rows(sql, &[&ids])?.iter().map(|row| row.get::<_, i64>(0)).collect())
    }

    /// Rewrites these people's summaries from their records, three reads per few thousand
    /// people (a person no longer stored loses theirs).
    pub(super) fn refresh_summaries(&self, people: &[i64]) -> Result<(), DataError> {
        for chunk in people.chunks(5_000) {
            let found: Vec<Person> =
                self.records("people", "SELECT record FROM people WHERE id = ANY($1)", &[&chunk])?;
            let mut referrals: BTreeMap<PersonId, Vec<Referral>> = BTreeMap::new();
            for r in self.records::<Referral>(
                "referrals",
                "SELECT record FROM referrals WHERE person_id = ANY($1)",
                &[&chunk],
            )? {
                referrals.entry(r.person).or_default().push(r);
            }
            let mut assessments: BTreeMap<PersonId, Vec<Assessment>> = BTreeMap::new();
            for a in self.records::<Assessment>(
                "assessments",
                "SELECT record FROM assessments WHERE person_id = ANY($1)",
                &[&chunk],
            )? {
                assessments.entry(a.person).or_default().push(a);
            }
            self.exec("DELETE FROM person_summaries WHERE person_id = ANY($1)", &[&chunk])?;
            let mut rows: Vec<(i64, Json<serde_json::Value>)> = Vec::with_capacity(found.len());
            for person in &found {
                // In the order the one-person queries return them.
                let mut refs = referrals.remove(&person.id).unwrap_or_default();
                refs.sort_by_key(|r| (r.received, r.id));
                let mut done = assessments.remove(&person.id).unwrap_or_default();
                done.sort_by_key(|a| (a.date, a.id));
                rows.push((key(person.id.0)?, Json(json_of(&PersonSummary::of(person, &refs, &done))?)));
            }
            for part in rows.chunks(MOST_PARAMS / 2) {
                let params: Vec<Param<'_>> =
                    part.iter().flat_map(|(id, json)| [id as Param<'_>, json as Param<'_>]).collect();
                let sql = format!(
                    "INSERT INTO person_summaries (person_id, record) VALUES {}",
                    placeholders(part.len(), 2)
                );
                self.exec(&sql, &params)?;
            }
        }
        Ok(())
    }
}
