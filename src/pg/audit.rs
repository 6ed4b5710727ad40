//! The audit trail on the server (migration 4 in [`super::schema`]): notes are inserted when a
//! transaction is numbered, stamped by a trigger with the login and the time, and linked into
//! the chain by `carecoop_seal_audit()` just after the commit.

use super::PgStore;
use super::rows::{Param, PgTx, sql_error};
use crate::data::DataError;
use crate::domain::audit::{AuditEntry, AuditFilter, AuditHash, AuditNote, GENESIS};

const COLUMNS: &str = "n, at, login, action, kind, record, person, detail, prev_hash, hash";

impl PgTx<'_, '_> {
    /// Keeps `note` to be written when this transaction is numbered.
    pub(super) fn note_audit(&self, note: &AuditNote) {
        self.audit.borrow_mut().push(note.clone());
    }

    /// Writes the notes this transaction kept. Called under the commit lock, so entries are
    /// numbered in the order their transactions commit.
    pub(super) fn write_audit(&self) -> Result<(), DataError> {
        let notes = std::mem::take(&mut *self.audit.borrow_mut());
        for n in &notes {
            self.exec(
                "INSERT INTO carecoop_audit (at, login, action, kind, record, person, detail) \
                 VALUES ('', '', $1, $2, $3, $4, $5)",
                &[&n.action, &n.kind, &n.record, &n.person, &n.detail],
            )?;
        }
        Ok(())
    }

    /// The entries linked into the chain after entry `after`, in order: none for a login
    /// that may not read the trail.
    pub(super) fn linked_audit_after(&self, after: u64) -> Result<Vec<AuditEntry>, DataError> {
        if self.scalar("SELECT has_table_privilege('carecoop_audit', 'SELECT')::int::int8", &[])? != Some(1) {
            return Ok(Vec::new());
        }
        let after = i64::try_from(after).unwrap_or(i64::MAX);
        let rows =
            self.rows(&format!("SELECT {COLUMNS} FROM carecoop_audit WHERE n > $1 ORDER BY n"), &[&after])?;
        rows.iter().map(|row| entry_of(row).map_err(|e| self.err(e))).collect()
    }

    /// The entries `filter` matches: linked ones in chain order, then any not linked yet.
    pub(super) fn audit_entries(
        &self,
        filter: &AuditFilter,
        newest: Option<usize>,
    ) -> Result<Vec<AuditEntry>, DataError> {
        let mut conditions = vec!["true".to_string()];
        let mut params: Vec<Box<dyn postgres::types::ToSql + Sync>> = Vec::new();
        let mut add = |condition: &str, value: String| {
            params.push(Box::new(value));
            conditions.push(condition.replace('?', &format!("${}", params.len())));
        };
        if let Some(person) = filter.person.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            add("lower(person) = lower(?)", person.to_string());
        }
        if let Some(user) = filter.user.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            add("lower(login) = lower(?)", user.to_string());
        }
        if let Some(action) = filter.action.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
            add("strpos(lower(action), lower(?)) > 0", action.to_string());
        }
        if let Some(from) = filter.from.and_then(local_midnight) {
            add("at >= ?", from);
        }
        if let Some(to) = filter.to.and_then(|d| d.succ_opt()).and_then(local_midnight) {
            add("at < ?", to);
        }
        let order = "(n IS NULL), n, seq";
        let sql = match newest {
            Some(limit) => format!(
                "SELECT * FROM (SELECT {COLUMNS}, seq FROM carecoop_audit WHERE {} \
                 ORDER BY (n IS NULL) DESC, n DESC, seq DESC LIMIT {limit}) newest ORDER BY {order}",
                conditions.join(" AND ")
            ),
            None => format!(
                "SELECT {COLUMNS}, seq FROM carecoop_audit WHERE {} ORDER BY {order}",
                conditions.join(" AND ")
            ),
        };
        let refs: Vec<Param<'_>> = params.iter().map(|p| &**p as Param<'_>).collect();
        let rows = self.rows(&sql, &refs)?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let entry = entry_of(row).map_err(|e| self.err(e))?;
            // The SQL above narrows; the domain's rule has the last word (dates in this
            // computer's time zone).
            if filter.matches(&entry) {
                out.push(entry);
            }
        }
        Ok(out)
    }
}

/// The start of `day` in this computer's time zone, as entries write times (UTC, RFC 3339).
fn local_midnight(day: chrono::NaiveDate) -> Option<String> {
    use chrono::TimeZone;
    let local = chrono::Local.from_local_datetime(&day.and_hms_opt(0, 0, 0)?).earliest()?;
    Some(local.with_timezone(&chrono::Utc).to_rfc3339_opts(chrono::SecondsFormat::Micros, true))
}

fn hash_of(bytes: Option<Vec<u8>>) -> Option<AuditHash> {
    bytes.and_then(|b| <AuditHash>::try_from(b.as_slice()).ok())
}

fn entry_of(row: &postgres::Row) -> Result<AuditEntry, postgres::Error> {
    let n: Option<i64> = row.try_get(0)?;
    Ok(AuditEntry {
        // An entry not linked yet has no place in the chain.
        seq: n.and_then(|n| u64::try_from(n).ok()).unwrap_or(0),
        at: row.try_get(1)?,
        user: row.try_get(2)?,
        note: AuditNote {
            action: row.try_get(3)?,
            kind: row.try_get(4)?,
            record: row.try_get(5)?,
            person: row.try_get(6)?,
            detail: row.try_get(7)?,
        },
        prev: hash_of(row.try_get(8)?).unwrap_or(GENESIS),
        hash: hash_of(row.try_get(9)?),
    })
}

impl PgStore {
    /// Links every entry not yet in the chain (entries are linked just after their
    /// transaction commits; this catches up any a lost connection left behind). Returns how
    /// many it linked.
    pub fn seal_audit(&self) -> Result<u64, DataError> {
        let user = self.address.user.clone();
        let row =
            self.client()?.query_one("SELECT carecoop_seal_audit()", &[]).map_err(|e| sql_error(e, &user))?;
        let sealed: i64 = row.try_get(0).map_err(|e| sql_error(e, &user))?;
        Ok(u64::try_from(sealed).unwrap_or(0))
    }
}
