//! Writing inside one transaction: records, their index entries, person summaries and
//! referral glances change together.

use super::query::Query;
use super::records::{Index, Kind, Record, SETTINGS_ID};
use super::seal::Seal;
use super::{
    META, META_DEMO, META_SCRUB_OWED, META_SET_UP, REFERRAL_GLANCES, REFERRAL_GLANCES_NAME, index_table,
    table,
};
use crate::data::{AnyId, AnyRecordMut, DataError, Transaction, each_kind};
use crate::domain::summary::summaries_of;
use crate::domain::{
    Activity, Assessment, Availability, Contact, Fund, LedgerEntry, Meeting, Member, Person, PersonSummary,
    Referral, RegisterEntry, Series, Session, Settings,
};
use redb::{ReadableTable, WriteTransaction};

/// The redb side of one [`Transaction`], opened by [`super::RedbStore`]'s `transact`.
pub(crate) struct Writer<'t> {
    pub(crate) txn: &'t WriteTransaction,
    /// How values are kept (sealed in a protected file).
    pub(crate) seal: &'t Seal,
}

fn next_id_key(kind: Kind) -> String {
    format!("next_id:{}", kind.table_name())
}

impl<'t> Writer<'t> {
    /// Writes within `txn` (committed or aborted by the caller).
    pub(crate) fn new(txn: &'t WriteTransaction, seal: &'t Seal) -> Self {
        Self { txn, seal }
    }

    fn query(&self) -> Query<'t, WriteTransaction> {
        Query(self.txn, self.seal)
    }

    /// Validates and stores `record`, allocating an id when it is new, and updates its index
    /// entries, summary and glance. Returns the id.
    pub(crate) fn put<R: Record>(&mut self, record: &mut R) -> Result<u64, DataError> {
        self.store(record, false)
    }

    /// Stores `record`; `as_is` keeps an id this file never gave out (a copy), moving the id
    /// counter past it.
    fn store<R: Record>(&mut self, record: &mut R, as_is: bool) -> Result<u64, DataError> {
        record.validate_record()?;
        let allocated = record.id() == 0;
        if allocated {
            if !R::ALLOCATES_ID {
                return Err(DataError::conflict(crate::t!(
                    "store-needs-owner-id",
                    table = R::KIND.table_name()
                )));
            }
            record.set_id(self.allocate_id(R::KIND)?);
        }
        let id = record.id();
        let old: Option<R> = self.query().get(id)?;
        if as_is && R::ALLOCATES_ID && !allocated {
            self.keep_ids_beyond(R::KIND, id)?;
        } else if R::ALLOCATES_ID && old.is_none() && !allocated {
            // An id this file never gave out, or a record deleted since (a stale form, or
            // someone erased): never bring it back.
            return Err(DataError::gone(R::KIND.singular()));
        }
        for (index, key) in record.unique_entries() {
            if self.query().ids_in(index, key, key)?.iter().any(|other| *other != id) {
                return Err(DataError::conflict(crate::t!(
                    "store-reference-taken",
                    table = R::KIND.table_name()
                )));
            }
        }
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
        let stored = self.seal.seal(R::KIND.table_name(), id, record.encode());
        self.txn.open_table(table(R::KIND))?.insert(id, stored.as_slice())?;
        let new_glance = record.glance_entry();
        if old_glance.is_some() || new_glance.is_some() {
            let mut glances = self.txn.open_table(REFERRAL_GLANCES)?;
            if let Some(key) = old_glance {
                glances.remove(key)?;
            }
            if let Some((key, bytes)) = new_glance {
                glances.insert(key, self.seal.seal(REFERRAL_GLANCES_NAME, key, bytes).as_slice())?;
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

    /// Removes a record and its index entries, glance and summary; returns whether it existed.
    pub(crate) fn delete<R: Record>(&mut self, id: u64) -> Result<bool, DataError> {
        let Some(old) = self.query().get::<R>(id)? else {
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

    /// Rewrites one person's summary from their records (or removes it once they are gone).
    fn refresh_summary(&mut self, person: u64) -> Result<(), DataError> {
        let q = self.query();
        let found = q.get::<Person>(person)?;
        let mut summaries = self.txn.open_table(table(Kind::PersonSummary))?;
        let Some(found) = found else {
            summaries.remove(person)?;
            return Ok(());
        };
        let referrals: Vec<Referral> = q.get_many(q.ids_in(Index::ReferralsByPerson, person, person)?)?;
        let assessments: Vec<Assessment> =
            q.get_many(q.ids_in(Index::AssessmentsByPerson, person, person)?)?;
        let summary = PersonSummary::of(&found, &referrals, &assessments);
        let stored = self.seal.seal(Kind::PersonSummary.table_name(), person, summary.encode());
        summaries.insert(person, stored.as_slice())?;
        Ok(())
    }

    /// Rebuilds every person's summary and every referral's glance from the records
    /// (upgrading a file written before they existed). Returns how many people it summarised.
    pub(crate) fn rebuild_derived(&mut self) -> Result<usize, DataError> {
        let q = self.query();
        let referrals: Vec<Referral> = q.all()?;
        let mut glances = self.txn.open_table(REFERRAL_GLANCES)?;
        glances.retain(|_, _| false)?;
        for (key, bytes) in referrals.iter().filter_map(Record::glance_entry) {
            glances.insert(key, self.seal.seal(REFERRAL_GLANCES_NAME, key, bytes).as_slice())?;
        }
        drop(glances);
        let people: Vec<Person> = q.all()?;
        let assessments = q.all()?;
        let mut summaries = self.txn.open_table(table(Kind::PersonSummary))?;
        summaries.retain(|_, _| false)?;
        for summary in summaries_of(&people, referrals, assessments) {
            let stored = self.seal.seal(Kind::PersonSummary.table_name(), summary.id.0, summary.encode());
            summaries.insert(summary.id.0, stored.as_slice())?;
        }
        Ok(people.len())
    }

    fn set_meta(&mut self, key: &str) -> Result<(), DataError> {
        self.txn.open_table(META)?.insert(key, 1)?;
        Ok(())
    }

    fn keep_ids_beyond(&mut self, kind: Kind, id: u64) -> Result<(), DataError> {
        let key = next_id_key(kind);
        let mut meta = self.txn.open_table(META)?;
        let next = meta.get(key.as_str())?.map_or(1, |v| v.value());
        if next <= id {
            meta.insert(key.as_str(), id + 1)?;
        }
        Ok(())
    }

    fn allocate_id(&mut self, kind: Kind) -> Result<u64, DataError> {
        let key = next_id_key(kind);
        let mut meta = self.txn.open_table(META)?;
        let next = meta.get(key.as_str())?.map_or(1, |v| v.value());
        meta.insert(key.as_str(), next + 1)?;
        Ok(next)
    }
}

macro_rules! put_any {
    ($w:expr, $record:expr ; $($k:ident),+) => {
        match $record { $( AnyRecordMut::$k(r) => { $w.put::<$k>(r)?; } )+ }
    };
}

macro_rules! put_as_is {
    ($w:expr, $record:expr ; $($k:ident),+) => {
        match $record { $( AnyRecordMut::$k(r) => { $w.store::<$k>(r, true)?; } )+ }
    };
}

macro_rules! delete_any {
    ($w:expr, $id:expr ; $($k:ident),+) => {
        match $id { $( AnyId::$k(id) => $w.delete::<$k>(id.0), )+ }
    };
}

impl Transaction for Writer<'_> {
    fn put_any(&mut self, record: AnyRecordMut<'_>) -> Result<(), DataError> {
        each_kind!(put_any!(self, record));
        Ok(())
    }

    fn delete_any(&mut self, id: AnyId) -> Result<bool, DataError> {
        each_kind!(delete_any!(self, id))
    }

    fn put_as_is(&mut self, record: AnyRecordMut<'_>) -> Result<(), DataError> {
        each_kind!(put_as_is!(self, record));
        Ok(())
    }

    fn put_settings(&mut self, settings: &Settings) -> Result<(), DataError> {
        let mut settings = settings.clone();
        self.put(&mut settings)?;
        debug_assert_eq!(settings.id(), SETTINGS_ID);
        Ok(())
    }

    fn mark_set_up(&mut self) -> Result<(), DataError> {
        self.set_meta(META_SET_UP)
    }

    fn mark_demo(&mut self) -> Result<(), DataError> {
        self.set_meta(META_DEMO)
    }

    fn note_erasure(&mut self) -> Result<(), DataError> {
        self.set_meta(META_SCRUB_OWED)
    }

    fn remember_erased(&mut self, erased: &crate::domain::ErasedPerson) -> Result<(), DataError> {
        super::erased::remember(self.txn, self.seal, erased)
    }

    fn append_audit(&mut self, note: &crate::domain::AuditNote) -> Result<(), DataError> {
        super::audit::append(self.txn, self.seal, note)
    }

    fn put_audit_as_is(&mut self, entries: &[crate::domain::AuditEntry]) -> Result<(), DataError> {
        super::audit::put_as_is(self.txn, self.seal, entries)
    }
}
