//! What changed on the server since a window last looked: the records written and deleted by
//! every commit after a given one, read from one snapshot (see migration 2 in [`super::schema`]).
//! A window keeps its own copy of the co-op up to date with these, so it reads only what
//! others changed, never the whole co-op again.

use super::PgStore;
use super::rows::{PgTx, table};
use crate::data::{AnyId, AnyRecords, DataError, Entity, RecordKind, by_kind};
use crate::domain::Settings;
use crate::domain::audit::AuditEntry;

/// The commits after one, as a window applies them to its copy.
#[derive(Debug, Default)]
pub struct Changes {
    /// The last commit these include: ask for the changes after it next time.
    pub upto: i64,
    /// Records deleted (apply these first).
    pub deleted: Vec<AnyId>,
    /// Records written, as they are stored now, by kind.
    pub written: Vec<AnyRecords>,
    /// The settings, when they were saved.
    pub settings: Option<Settings>,
    /// Whether the co-op is set up, and whether it is the demo.
    pub set_up: bool,
    /// Whether it holds the demo co-op.
    pub demo: bool,
    /// Audit entries linked into the chain after the last one asked about (for a login that
    /// may read the trail; empty for others).
    pub audit: Vec<AuditEntry>,
}

/// How many records the first load reads at a time.
const CHUNK: i64 = 5_000;

/// The transactions of the commits numbered after `$1` up to `$2`.
const COMMITS: &str = "SELECT xid FROM carecoop_commits WHERE seq > $1 AND seq <= $2";

impl PgStore {
    /// The number of the last commit anyone made (0 on a database nobody has changed since
    /// it was set up).
    pub fn last_commit(&self) -> Result<i64, DataError> {
        self.in_transaction(true, |tx| {
            Ok(tx.scalar("SELECT coalesce(max(seq), 0) FROM carecoop_commits", &[])?.unwrap_or(0))
        })
    }

    /// The whole co-op from one snapshot: each kind's records go to `each` (in
    /// [`RecordKind::BY_REFERENCE`] order); the answer holds the settings, the flags and the
    /// last commit the snapshot includes (ask for the changes after it next).
    pub fn everything(
        &self,
        each: &mut dyn FnMut(AnyRecords) -> Result<(), DataError>,
    ) -> Result<Changes, DataError> {
        self.in_transaction(true, |tx| {
            let mut changes = changes(tx, i64::MAX, 0)?;
            for kind in RecordKind::BY_REFERENCE {
                // A few thousand at a time, by id, so memory stays bounded however large the
                // co-op (all in the one snapshot).
                let (name, key) = (table(kind).0, super::rows::key_column(kind));
                let sql =
                    format!("SELECT record, {key} FROM {name} WHERE {key} > $1 ORDER BY {key} LIMIT {CHUNK}");
                let mut after = 0i64;
                loop {
                    let rows = tx.rows(&sql, &[&after])?;
                    let Some(last) = rows.last() else { break };
                    after = last.get(1);
                    let full = rows.len() as i64 == CHUNK;
                    let batch = by_kind!(kind, |T| T::into_any_many(super::rows::decode::<T>(name, &rows)?));
                    drop(rows);
                    each(batch)?;
                    if !full {
                        break;
                    }
                }
            }
            changes.settings = Some(tx.settings()?);
            Ok(changes)
        })
    }

    /// Everything the commits after `after` wrote and deleted, and the audit entries after
    /// entry `audit_after`, read from one snapshot.
    pub fn changes_since(&self, after: i64, audit_after: u64) -> Result<Changes, DataError> {
        self.in_transaction(true, |tx| changes(tx, after, audit_after))
    }
}

use crate::data::Reads;

fn changes(tx: &mut PgTx<'_, '_>, after: i64, audit_after: u64) -> Result<Changes, DataError> {
    let upto = tx.scalar("SELECT coalesce(max(seq), 0) FROM carecoop_commits", &[])?.unwrap_or(0);
    let mut changes = Changes { upto, set_up: tx.is_set_up()?, demo: tx.is_demo()?, ..Changes::default() };
    changes.audit = tx.linked_audit_after(audit_after)?;
    if upto <= after {
        return Ok(changes);
    }
    let kinds: Vec<(RecordKind, &str)> = RecordKind::BY_REFERENCE.iter().map(|k| (*k, table(*k).0)).collect();
    for row in tx.rows(
        &format!("SELECT kind, id FROM carecoop_deletions WHERE xid IN ({COMMITS})"),
        &[&after, &upto],
    )? {
        let (name, id): (String, i64) = (row.get(0), row.get(1));
        if let (Some((kind, _)), Ok(id)) = (kinds.iter().find(|(_, n)| *n == name), u64::try_from(id)) {
            changes.deleted.push(AnyId::of(*kind, id));
        }
    }
    for (kind, name) in &kinds {
        let sql = format!("SELECT record FROM {name} WHERE xid IN ({COMMITS})");
        let written = by_kind!(*kind, |T| T::into_any_many(tx.records::<T>(name, &sql, &[&after, &upto])?));
        if !written.is_empty() {
            changes.written.push(written);
        }
    }
    let sql = format!("SELECT record FROM settings WHERE xid IN ({COMMITS})");
    changes.settings = tx.records::<Settings>("settings", &sql, &[&after, &upto])?.pop();
    Ok(changes)
}
