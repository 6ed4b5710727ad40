//! `carecoop check` against a server: every record reads, and the rows derived from records
//! (person summaries, session members and places) match them.

use super::rows::{PgTx, payer_text};
use crate::data::{CheckReport, DataError, Reads, RecordKind};
use crate::domain::summary::summary_problems;
use crate::domain::{Person, PersonSummary, Session};
use std::collections::{BTreeSet, HashMap};

impl PgTx<'_, '_> {
    /// Counts per table and every inconsistency between records and what is derived from them.
    pub(crate) fn check(&self) -> Result<CheckReport, DataError> {
        let mut report = CheckReport::default();
        for kind in RecordKind::ALL {
            report.counts.push((kind.noun(), self.count_kind(*kind)?));
        }
        let people: Vec<Person> = self.all()?;
        let referrals = self.all()?;
        let assessments = self.all()?;
        let stored: HashMap<u64, PersonSummary> =
            self.person_summaries()?.into_iter().map(|s| (s.id.0, s)).collect();
        report.index_entries.push(("person_summaries", stored.len() as u64));
        report.problems.extend(summary_problems(&people, referrals, assessments, stored));
        let sessions: Vec<Session> = self.all()?;
        let mut expected_places = BTreeSet::new();
        let mut expected_members = BTreeSet::new();
        for s in &sessions {
            for p in &s.participants {
                expected_places.insert((
                    s.id.0,
                    p.person.0,
                    payer_text(&p.payer),
                    p.attendance.key().to_string(),
                ));
            }
            for m in &s.members {
                expected_members.insert((s.id.0, m.0));
            }
        }
        let as_id = |v: i64| u64::try_from(v).unwrap_or(0);
        let mut places = BTreeSet::new();
        for row in self.rows("SELECT session_id, person_id, payer, attendance FROM places", &[])? {
            let (s, p, payer, attendance): (i64, i64, String, String) = (
                row.try_get(0).map_err(corrupt)?,
                row.try_get(1).map_err(corrupt)?,
                row.try_get(2).map_err(corrupt)?,
                row.try_get(3).map_err(corrupt)?,
            );
            places.insert((as_id(s), as_id(p), payer, attendance));
        }
        let mut members = BTreeSet::new();
        for row in self.rows("SELECT session_id, member_id FROM session_members", &[])? {
            let (s, m): (i64, i64) = (row.try_get(0).map_err(corrupt)?, row.try_get(1).map_err(corrupt)?);
            members.insert((as_id(s), as_id(m)));
        }
        report.index_entries.push(("places", places.len() as u64));
        report.index_entries.push(("session_members", members.len() as u64));
        for (s, p, _, _) in places.difference(&expected_places) {
            report.problems.push(crate::t!(
                "pg-check-place-stray",
                session = s.to_string(),
                person = p.to_string()
            ));
        }
        for (s, p, _, _) in expected_places.difference(&places) {
            report.problems.push(crate::t!(
                "pg-check-place-missing",
                session = s.to_string(),
                person = p.to_string()
            ));
        }
        for (s, m) in members.symmetric_difference(&expected_members) {
            report.problems.push(crate::t!(
                "pg-check-member-mismatch",
                session = s.to_string(),
                member = m.to_string()
            ));
        }
        Ok(report)
    }
}

fn corrupt(e: postgres::Error) -> DataError {
    DataError::Corrupt { table: "places", id: 0, reason: e.to_string() }
}
