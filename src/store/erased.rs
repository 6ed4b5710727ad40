//! The people erased from this file, by id and reference only (`carecoop_erased`), written in
//! the erasure's own transaction. Restoring a backup taken before an erasure erases them
//! again, so an erased person never comes back from a backup.

use super::codec::{encode, versioned_record};
use super::query::{Query, Source};
use super::seal::Seal;
use crate::data::DataError;
use crate::domain::ErasedPerson;
use redb::{ReadableTable, TableDefinition, WriteTransaction};

/// Person id → the erased person, versioned (and sealed in a protected file).
pub(super) const ERASED: TableDefinition<u64, &[u8]> = TableDefinition::new(ERASED_NAME);
/// The table's name.
pub(super) const ERASED_NAME: &str = "carecoop_erased";

versioned_record!(ErasedPerson, ErasedVersions { 1 => V1(ErasedPerson) });

/// Remembers `erased` (again, harmlessly, if already remembered).
pub(super) fn remember(txn: &WriteTransaction, seal: &Seal, erased: &ErasedPerson) -> Result<(), DataError> {
    let key = erased.id.0;
    let stored = seal.seal(ERASED_NAME, key, encode(ErasedVersions::CURRENT, erased));
    txn.open_table(ERASED)?.insert(key, stored.as_slice())?;
    Ok(())
}

impl<S: Source> Query<'_, S> {
    /// Everyone erased from this file, in id order.
    pub(super) fn erased(&self) -> Result<Vec<ErasedPerson>, DataError> {
        let table = self.0.table(ERASED)?;
        let mut out = Vec::new();
        for row in table.iter()? {
            let (k, v) = row?;
            let bytes = self.1.open(ERASED_NAME, k.value(), v.value())?;
            let person = ErasedVersions::decode(&bytes).map(ErasedVersions::into_current).map_err(|e| {
                DataError::Corrupt { table: ERASED_NAME, id: k.value(), reason: e.to_string() }
            })?;
            out.push(person);
        }
        Ok(out)
    }
}
