//! The audit trail in the file: one table `audit_trail`, entry number → versioned entry,
//! appended in the same write transaction as the change it records and linked to the entry
//! before it (see [`crate::domain::audit`]). Nothing in this backend changes or removes an
//! entry; a rewrite after erasure copies them as they are.

use super::codec::{encode, versioned_record};
use super::query::{Query, Source};
use super::seal::Seal;
use crate::data::DataError;
use crate::domain::audit::{AuditEntry, AuditFilter, AuditNote, GENESIS};
use redb::{ReadableTable, TableDefinition, WriteTransaction};

/// Entry number (from 1) → the entry, versioned.
pub(super) const AUDIT: TableDefinition<u64, &[u8]> = TableDefinition::new(AUDIT_NAME);
/// The audit table's name.
pub(super) const AUDIT_NAME: &str = "audit_trail";

versioned_record!(AuditEntry, AuditEntryVersions { 1 => V1(AuditEntry) });

fn decode(seal: &Seal, seq: u64, stored: &[u8]) -> Result<AuditEntry, DataError> {
    let bytes = seal.open(AUDIT_NAME, seq, stored)?;
    AuditEntryVersions::decode(&bytes).map(AuditEntryVersions::into_current).map_err(|e| DataError::Corrupt {
        table: AUDIT_NAME,
        id: seq,
        reason: e.to_string(),
    })
}

/// Who works on this file: the operating-system user ("unknown" if the system will not say).
fn os_user() -> &'static str {
    static USER: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    USER.get_or_init(|| whoami::username().unwrap_or_else(|_| "unknown".into()))
}

/// The time now as entries record it: RFC 3339 in UTC, to the microsecond.
pub(crate) fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// Appends `note` as the next entry, stamped now with the operating-system user and linked
/// to the last entry.
pub(super) fn append(txn: &WriteTransaction, seal: &Seal, note: &AuditNote) -> Result<(), DataError> {
    let mut table = txn.open_table(AUDIT)?;
    let (seq, prev) = match table.last()? {
        Some((k, v)) => {
            let last = decode(seal, k.value(), v.value())?;
            let prev = last.hash.ok_or_else(|| DataError::Corrupt {
                table: AUDIT_NAME,
                id: last.seq,
                reason: crate::t!("store-audit-unlinked"),
            })?;
            (last.seq + 1, prev)
        }
        None => (1, GENESIS),
    };
    let entry = AuditEntry::linked(seq, now_rfc3339(), os_user(), note.clone(), prev);
    table.insert(seq, seal.seal(AUDIT_NAME, seq, encode(AuditEntryVersions::CURRENT, &entry)).as_slice())?;
    Ok(())
}

/// Stores entries exactly as given (a team window's copy of the server's trail).
pub(super) fn put_as_is(
    txn: &WriteTransaction,
    seal: &Seal,
    entries: &[AuditEntry],
) -> Result<(), DataError> {
    let mut table = txn.open_table(AUDIT)?;
    for entry in entries {
        let stored = seal.seal(AUDIT_NAME, entry.seq, encode(AuditEntryVersions::CURRENT, entry));
        table.insert(entry.seq, stored.as_slice())?;
    }
    Ok(())
}

/// `check`: the trail's entries decode and their chain is whole.
pub(super) fn check_chain(
    txn: &redb::ReadTransaction,
    seal: &Seal,
    report: &mut crate::data::CheckReport,
) -> Result<(), DataError> {
    let entries = match Query(txn, seal).audit_entries(&AuditFilter::default(), None) {
        Ok(entries) => entries,
        Err(e) => {
            report.problems.push(crate::t!("store-audit-unreadable", error = e.to_string()));
            return Ok(());
        }
    };
    report.counts.push((AUDIT_NAME, entries.len() as u64));
    if let Err(broken) = crate::domain::audit::verify_chain(&entries) {
        report.problems.push(crate::t!("store-audit-broken", at = broken.to_string()));
    }
    Ok(())
}

impl<S: Source> Query<'_, S> {
    /// The entries `filter` matches, in order; with `newest`, only the last that many.
    pub(super) fn audit_entries(
        &self,
        filter: &AuditFilter,
        newest: Option<usize>,
    ) -> Result<Vec<AuditEntry>, DataError> {
        let table = self.0.table(AUDIT)?;
        let mut out = Vec::new();
        let limit = newest.unwrap_or(usize::MAX);
        // Newest first, so a page of the latest entries stops early on a long trail.
        for row in table.iter()?.rev() {
            let (k, v) = row?;
            let entry = decode(self.1, k.value(), v.value())?;
            if filter.matches(&entry) {
                out.push(entry);
                if out.len() >= limit {
                    break;
                }
            }
        }
        out.reverse();
        Ok(out)
    }
}
