//! Writing inside one transaction: records and their index entries change together.

use super::records::{Index, Kind, Record};
use super::{META, META_DEMO, META_SET_UP, REFERRAL_GLANCES, StoreError, index_table, table};
use crate::domain::summary::summaries_of;
use crate::domain::{Assessment, Person, PersonSummary, Referral};
use redb::{ReadableMultimapTable, ReadableTable, WriteTransaction};

/// Writes records within one transaction opened by [`super::Store::write`].
pub struct Writer<'t> {
    txn: &'t WriteTransaction,
}

fn next_id_key(kind: Kind) -> String {
    format!("next_id:{}", kind.table_name())
}

impl<'t> Writer<'t> {
    pub(super) fn new(txn: &'t WriteTransaction) -> Self {
        Self { txn }
    }

    /// Reads a record as it stands in this transaction.
    pub fn get<R: Record>(&self, id: u64) -> Result<Option<R>, StoreError> {
        let t = self.txn.open_table(table(R::KIND))?;
        let bytes = t.get(id)?;
        bytes
            .map(|b| {
                R::decode(b.value()).map_err(|e| StoreError::Corrupt {
                    table: R::KIND.table_name(),
                    id,
                    reason: e.to_string(),
                })
            })
            .transpose()
    }

    /// Validates and stores `record`, allocating an id when it is new, and updates its index
    /// entries. Returns the id.
    pub fn put<R: Record>(&mut self, record: &mut R) -> Result<u64, StoreError> {
        record.validate_record()?;
        if record.id() == 0 {
            if !R::ALLOCATES_ID {
                return Err(StoreError::Conflict(format!(
                    "a {} record needs the id of its owner",
                    R::KIND.table_name()
                )));
            }
            record.set_id(self.allocate_id(R::KIND)?);
        }
        let id = record.id();
        for (index, key) in record.unique_entries() {
            if self.ids_in(index, key)?.iter().any(|other| *other != id) {
                return Err(StoreError::Conflict(format!(
                    "another record in {} already uses that reference",
                    R::KIND.table_name()
                )));
            }
        }
        let old: Option<R> = self.get(id)?;
        let old_summarised = old.as_ref().and_then(Record::summarised_person);
        let old_glance = old.as_ref().and_then(Record::glance_entry).map(|(key, _)| key);
        let old_entries = old.map(|o| o.index_entries()).unwrap_or_default();
        let new_entries = record.index_entries();
        for (index, key) in old_entries.iter().filter(|e| !new_entries.contains(e)) {
            self.txn.open_multimap_table(index_table(*index))?.remove(*key, id)?;
        }
        for (index, key) in new_entries.iter().filter(|e| !old_entries.contains(e)) {
            self.txn.open_multimap_table(index_table(*index))?.insert(*key, id)?;
        }
        self.txn.open_table(table(R::KIND))?.insert(id, record.encode().as_slice())?;
        let new_glance = record.glance_entry();
        if old_glance.is_some() || new_glance.is_some() {
            let mut glances = self.txn.open_table(REFERRAL_GLANCES)?;
            if let Some(key) = old_glance {
                glances.remove(key)?;
            }
            if let Some((key, bytes)) = new_glance {
                glances.insert(key, bytes.as_slice())?;
            }
        }
        let new_summarised = record.summarised_person();
        if let Some(person) = new_summarised {
            self.refresh_summary(person)?;
        }
        if let Some(person) = old_summarised.filter(|p| Some(*p) != new_summarised) {
            self.refresh_summary(person)?;
        }
        Ok(id)
    }

    /// Several records by id as this transaction sees them (missing ids are skipped).
    pub fn get_many<R: Record>(&self, ids: &[u64]) -> Result<Vec<R>, StoreError> {
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.extend(self.get::<R>(*id)?);
        }
        Ok(out)
    }

    /// Rewrites one person's summary from their records (or removes it once they are gone).
    fn refresh_summary(&mut self, person: u64) -> Result<(), StoreError> {
        let mut summaries = self.txn.open_table(table(Kind::PersonSummary))?;
        let Some(found) = self.get::<Person>(person)? else {
            summaries.remove(person)?;
            return Ok(());
        };
        let referrals: Vec<Referral> = self.get_many(&self.ids_in(Index::ReferralsByPerson, person)?)?;
        let assessments: Vec<Assessment> =
            self.get_many(&self.ids_in(Index::AssessmentsByPerson, person)?)?;
        let summary = PersonSummary::of(&found, &referrals, &assessments);
        summaries.insert(person, summary.encode().as_slice())?;
        Ok(())
    }

    /// Rebuilds every person's summary and every referral's glance from the records
    /// (upgrading a file written before they existed). Returns how many people it summarised.
    pub(super) fn rebuild_derived(&mut self) -> Result<usize, StoreError> {
        let referrals: Vec<Referral> = self.all()?;
        let mut glances = self.txn.open_table(REFERRAL_GLANCES)?;
        glances.retain(|_, _| false)?;
        for (key, bytes) in referrals.iter().filter_map(Record::glance_entry) {
            glances.insert(key, bytes.as_slice())?;
        }
        let people: Vec<Person> = self.all()?;
        let mut summaries = self.txn.open_table(table(Kind::PersonSummary))?;
        summaries.retain(|_, _| false)?;
        for summary in summaries_of(&people, referrals, self.all()?) {
            summaries.insert(summary.id.0, summary.encode().as_slice())?;
        }
        Ok(people.len())
    }

    fn all<R: Record>(&self) -> Result<Vec<R>, StoreError> {
        let t = self.txn.open_table(table(R::KIND))?;
        let mut out = Vec::new();
        for entry in t.iter()? {
            let (k, v) = entry?;
            out.push(super::query::decode::<R>(k.value(), v.value())?);
        }
        Ok(out)
    }

    /// Removes a record and its index entries; returns whether it existed.
    pub fn delete<R: Record>(&mut self, id: u64) -> Result<bool, StoreError> {
        let Some(old) = self.get::<R>(id)? else {
            return Ok(false);
        };
        for (index, key) in old.index_entries() {
            self.txn.open_multimap_table(index_table(index))?.remove(key, id)?;
        }
        self.txn.open_table(table(R::KIND))?.remove(id)?;
        if let Some((key, _)) = old.glance_entry() {
            self.txn.open_table(REFERRAL_GLANCES)?.remove(key)?;
        }
        if let Some(person) = old.summarised_person() {
            self.refresh_summary(person)?;
        }
        Ok(true)
    }

    /// The ids in `index` under `key`, as this transaction sees them.
    pub fn ids_in(&self, index: Index, key: u64) -> Result<Vec<u64>, StoreError> {
        let t = self.txn.open_multimap_table(index_table(index))?;
        let mut ids = Vec::new();
        for id in t.get(key)? {
            ids.push(id?.value());
        }
        Ok(ids)
    }

    /// Records that the user has chosen how to start this file (hides the welcome screen).
    pub fn mark_set_up(&mut self) -> Result<(), StoreError> {
        self.txn.open_table(META)?.insert(META_SET_UP, 1)?;
        Ok(())
    }

    /// Marks the file as holding the demo co-op.
    pub fn mark_demo(&mut self) -> Result<(), StoreError> {
        self.txn.open_table(META)?.insert(META_DEMO, 1)?;
        Ok(())
    }

    fn allocate_id(&mut self, kind: Kind) -> Result<u64, StoreError> {
        let key = next_id_key(kind);
        let mut meta = self.txn.open_table(META)?;
        let next = meta.get(key.as_str())?.map_or(1, |v| v.value());
        meta.insert(key.as_str(), next + 1)?;
        Ok(next)
    }
}
