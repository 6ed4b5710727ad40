//! The queries, written once over any redb transaction ([`Source`]): a read transaction for
//! [`RedbStore`]'s reads, the write transaction for reads inside [`Writer`]. Each query reads
//! only what it needs, through an index where one exists.

use super::records::{GLANCE_ID_MASK, Index, Record, SETTINGS_ID, date_key, decode_glance, glance_key};
use super::seal::Seal;
use super::write::Writer;
use super::{
    META, META_DEMO, META_SET_UP, REFERRAL_GLANCES, REFERRAL_GLANCES_NAME, RedbStore, index_table, table,
};
use crate::data::{AnyId, AnyIds, AnyRecord, AnyRecords, DataError, Reads, RecordKind, by_kind, each_kind};
use crate::domain::{
    Activity, Assessment, Availability, Contact, Fund, LedgerEntry, Meeting, Member, MemberId, Person,
    PersonId, PersonSummary, Referral, ReferralGlance, ReferralStatus, RegisterEntry, Series, SeriesId,
    Session, Settings,
};
use chrono::NaiveDate;
use redb::{
    Key, MultimapTableDefinition, ReadTransaction, ReadableMultimapTable, ReadableTable,
    ReadableTableMetadata, TableDefinition, Value, WriteTransaction,
};

/// A redb transaction that tables can be read through (read or write).
pub(crate) trait Source {
    /// A table opened for reading.
    type Table<'a, K: Key + 'static, V: Value + 'static>: ReadableTable<K, V>
    where
        Self: 'a;
    /// A multimap table opened for reading.
    type Multimap<'a, K: Key + 'static, V: Key + 'static>: ReadableMultimapTable<K, V>
    where
        Self: 'a;
    /// Opens a table.
    fn table<K: Key + 'static, V: Value + 'static>(
        &self,
        def: TableDefinition<K, V>,
    ) -> Result<Self::Table<'_, K, V>, DataError>;
    /// Opens a multimap table.
    fn multimap<K: Key + 'static, V: Key + 'static>(
        &self,
        def: MultimapTableDefinition<K, V>,
    ) -> Result<Self::Multimap<'_, K, V>, DataError>;
}

impl Source for ReadTransaction {
    type Table<'a, K: Key + 'static, V: Value + 'static> = redb::ReadOnlyTable<K, V>;
    type Multimap<'a, K: Key + 'static, V: Key + 'static> = redb::ReadOnlyMultimapTable<K, V>;
    fn table<K: Key + 'static, V: Value + 'static>(
        &self,
        def: TableDefinition<K, V>,
    ) -> Result<Self::Table<'_, K, V>, DataError> {
        Ok(self.open_table(def)?)
    }
    fn multimap<K: Key + 'static, V: Key + 'static>(
        &self,
        def: MultimapTableDefinition<K, V>,
    ) -> Result<Self::Multimap<'_, K, V>, DataError> {
        Ok(self.open_multimap_table(def)?)
    }
}

impl Source for WriteTransaction {
    type Table<'a, K: Key + 'static, V: Value + 'static> = redb::Table<'a, K, V>;
    type Multimap<'a, K: Key + 'static, V: Key + 'static> = redb::MultimapTable<'a, K, V>;
    fn table<K: Key + 'static, V: Value + 'static>(
        &self,
        def: TableDefinition<K, V>,
    ) -> Result<Self::Table<'_, K, V>, DataError> {
        Ok(self.open_table(def)?)
    }
    fn multimap<K: Key + 'static, V: Key + 'static>(
        &self,
        def: MultimapTableDefinition<K, V>,
    ) -> Result<Self::Multimap<'_, K, V>, DataError> {
        Ok(self.open_multimap_table(def)?)
    }
}

/// Opens and decodes one stored value, naming the table and id when it fails.
pub(crate) fn decode<R: Record>(seal: &Seal, id: u64, stored: &[u8]) -> Result<R, DataError> {
    let bytes = seal.open(R::KIND.table_name(), id, stored)?;
    R::decode(&bytes).map_err(|e| DataError::Corrupt {
        table: R::KIND.table_name(),
        id,
        reason: e.to_string(),
    })
}

/// Opens and decodes sealed `(key, bytes)` values, in order, spread over the cores when
/// there are many.
fn decode_sealed<R: Record>(seal: &Seal, stored: &[(u64, Vec<u8>)]) -> Result<Vec<R>, DataError> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let decode_chunk = |chunk: &[(u64, Vec<u8>)]| -> Result<Vec<R>, DataError> {
        chunk.iter().map(|(k, v)| decode::<R>(seal, *k, v)).collect()
    };
    if cores < 2 || stored.len() < 4_096 {
        return decode_chunk(stored);
    }
    let size = stored.len().div_ceil(cores);
    let parts: Vec<Result<Vec<R>, DataError>> = std::thread::scope(|scope| {
        let handles: Vec<_> =
            stored.chunks(size).map(|chunk| scope.spawn(move || decode_chunk(chunk))).collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err(DataError::conflict(crate::t!("store-worker-failed")))))
            .collect()
    });
    let mut out = Vec::with_capacity(stored.len());
    for part in parts {
        out.extend(part?);
    }
    Ok(out)
}

/// The queries, over one transaction, opening values with the file's seal.
pub(crate) struct Query<'t, S: Source>(pub(crate) &'t S, pub(crate) &'t Seal);

impl<S: Source> Query<'_, S> {
    /// One record by id.
    pub(crate) fn get<R: Record>(&self, id: u64) -> Result<Option<R>, DataError> {
        let t = self.0.table(table(R::KIND))?;
        let found = t.get(id)?;
        found.map(|b| decode::<R>(self.1, id, b.value())).transpose()
    }

    /// Several records by id, in the order given (missing ids are skipped).
    pub(crate) fn get_many<R: Record>(
        &self,
        ids: impl IntoIterator<Item = u64>,
    ) -> Result<Vec<R>, DataError> {
        let t = self.0.table(table(R::KIND))?;
        let mut out = Vec::new();
        for id in ids {
            if let Some(b) = t.get(id)? {
                out.push(decode::<R>(self.1, id, b.value())?);
            }
        }
        Ok(out)
    }

    /// Every record of a kind, in id order.
    pub(crate) fn all<R: Record>(&self) -> Result<Vec<R>, DataError> {
        let t = self.0.table(table(R::KIND))?;
        let mut out = Vec::new();
        if !self.1.is_sealed() {
            for entry in t.iter()? {
                let (k, v) = entry?;
                out.push(decode::<R>(self.1, k.value(), v.value())?);
            }
            return Ok(out);
        }
        // Opening sealed values costs more than decoding them: a large table is opened on
        // every core (the People list reads every person's summary when it opens).
        let mut stored = Vec::new();
        for entry in t.iter()? {
            let (k, v) = entry?;
            stored.push((k.value(), v.value().to_vec()));
        }
        decode_sealed(self.1, &stored)
    }

    /// The ids in `index` with keys from `from` to `to` (inclusive), in key order.
    pub(crate) fn ids_in(&self, index: Index, from: u64, to: u64) -> Result<Vec<u64>, DataError> {
        let t = self.0.multimap(index_table(index))?;
        let mut ids = Vec::new();
        for entry in t.range(from..=to)? {
            let (_, values) = entry?;
            for id in values {
                ids.push(id?.value());
            }
        }
        Ok(ids)
    }

    fn sessions_by(&self, index: Index, key: u64) -> Result<Vec<Session>, DataError> {
        let mut sessions: Vec<Session> = self.get_many(self.ids_in(index, key, key)?)?;
        sessions.sort_by_key(|s| (s.starts_at(), s.id));
        Ok(sessions)
    }

    fn meta_flag(&self, key: &str) -> Result<bool, DataError> {
        let meta = self.0.table(META)?;
        Ok(meta.get(key)?.is_some_and(|v| v.value() == 1))
    }
}

macro_rules! get_any {
    ($q:expr, $id:expr ; $($k:ident),+) => {
        match $id { $( AnyId::$k(id) => $q.get::<$k>(id.0)?.map(AnyRecord::$k), )+ }
    };
}

macro_rules! get_many_any {
    ($q:expr, $ids:expr ; $($k:ident),+) => {
        match $ids { $( AnyIds::$k(ids) => AnyRecords::$k($q.get_many::<$k>(ids.iter().map(|i| i.0))?), )+ }
    };
}

impl<S: Source> Reads for Query<'_, S> {
    fn get_any(&self, id: AnyId) -> Result<Option<AnyRecord>, DataError> {
        Ok(each_kind!(get_any!(self, id)))
    }

    fn get_many_any(&self, ids: AnyIds<'_>) -> Result<AnyRecords, DataError> {
        Ok(each_kind!(get_many_any!(self, ids)))
    }

    fn all_any(&self, kind: RecordKind) -> Result<AnyRecords, DataError> {
        Ok(by_kind!(kind, |T| AnyRecords::from_vec(self.all::<T>()?)))
    }

    fn count_kind(&self, kind: RecordKind) -> Result<u64, DataError> {
        by_kind!(kind, |T| Ok(self.0.table(table(<T as Record>::KIND))?.len()?))
    }

    fn sessions_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Session>, DataError> {
        let ids = self.ids_in(Index::SessionsByDate, date_key(from), date_key(to))?;
        let mut sessions: Vec<Session> = self.get_many(ids)?;
        sessions.sort_by_key(|s| (s.starts_at(), s.id));
        Ok(sessions)
    }

    fn sessions_of_member(&self, member: MemberId) -> Result<Vec<Session>, DataError> {
        self.sessions_by(Index::SessionsByMember, member.0)
    }

    fn sessions_of_person(&self, person: PersonId) -> Result<Vec<Session>, DataError> {
        self.sessions_by(Index::SessionsByPerson, person.0)
    }

    fn sessions_of_series(&self, series: SeriesId) -> Result<Vec<Session>, DataError> {
        self.sessions_by(Index::SessionsBySeries, series.0)
    }

    fn referrals_with_status(&self, statuses: &[ReferralStatus]) -> Result<Vec<Referral>, DataError> {
        let mut ids = Vec::new();
        for status in statuses {
            let key = u64::from(status.index_key());
            ids.extend(self.ids_in(Index::ReferralsByStatus, key, key)?);
        }
        let mut referrals: Vec<Referral> = self.get_many(ids)?;
        referrals.sort_by_key(|r| (r.received, r.id));
        Ok(referrals)
    }

    fn referral_glances_with_status(
        &self,
        statuses: &[ReferralStatus],
    ) -> Result<Vec<ReferralGlance>, DataError> {
        let t = self.0.table(REFERRAL_GLANCES)?;
        let mut out = Vec::new();
        for status in statuses {
            let from = glance_key(*status, 0);
            for entry in t.range(from..=from | GLANCE_ID_MASK)? {
                let (k, v) = entry?;
                let bytes = self.1.open(REFERRAL_GLANCES_NAME, k.value(), v.value())?;
                out.push(decode_glance(&bytes).map_err(|e| DataError::Corrupt {
                    table: REFERRAL_GLANCES_NAME,
                    id: k.value() & GLANCE_ID_MASK,
                    reason: e.to_string(),
                })?);
            }
        }
        out.sort_by_key(|g| (g.received, g.id));
        Ok(out)
    }

    fn count_referrals_with_status(&self, statuses: &[ReferralStatus]) -> Result<usize, DataError> {
        let t = self.0.multimap(index_table(Index::ReferralsByStatus))?;
        let mut n = 0;
        for status in statuses {
            n += t.get(u64::from(status.index_key()))?.len();
        }
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    fn person_summaries(&self) -> Result<Vec<PersonSummary>, DataError> {
        self.all()
    }

    fn person_summaries_of(&self, people: &[PersonId]) -> Result<Vec<PersonSummary>, DataError> {
        self.get_many(people.iter().map(|p| p.0))
    }

    fn person_summary(&self, person: PersonId) -> Result<Option<PersonSummary>, DataError> {
        self.get(person.0)
    }

    fn person_by_ref(&self, reference: &str) -> Result<Option<Person>, DataError> {
        let Some(number) = super::records::ref_number(reference) else {
            return Ok(None);
        };
        let ids = self.ids_in(Index::PeopleByRef, number, number)?;
        Ok(self.get_many::<Person>(ids)?.into_iter().next())
    }

    fn referrals_of_person(&self, person: PersonId) -> Result<Vec<Referral>, DataError> {
        let mut referrals: Vec<Referral> =
            self.get_many(self.ids_in(Index::ReferralsByPerson, person.0, person.0)?)?;
        referrals.sort_by_key(|r| (r.received, r.id));
        Ok(referrals)
    }

    fn assessments_of_person(&self, person: PersonId) -> Result<Vec<Assessment>, DataError> {
        let mut list: Vec<Assessment> =
            self.get_many(self.ids_in(Index::AssessmentsByPerson, person.0, person.0)?)?;
        list.sort_by_key(|a| (a.date, a.id));
        Ok(list)
    }

    fn contacts_of_person(&self, person: PersonId) -> Result<Vec<Contact>, DataError> {
        let mut list: Vec<Contact> =
            self.get_many(self.ids_in(Index::ContactsByPerson, person.0, person.0)?)?;
        list.sort_by_key(|c| (c.date, c.id));
        Ok(list)
    }

    fn settings(&self) -> Result<Settings, DataError> {
        Ok(self.get::<Settings>(SETTINGS_ID)?.unwrap_or_default())
    }

    fn availability_of(&self, member: MemberId) -> Result<Availability, DataError> {
        Ok(self.get::<Availability>(member.0)?.unwrap_or_else(|| Availability::empty(member)))
    }

    fn is_set_up(&self) -> Result<bool, DataError> {
        self.meta_flag(META_SET_UP)
    }

    fn is_demo(&self) -> Result<bool, DataError> {
        self.meta_flag(META_DEMO)
    }

    fn audit_trail(
        &self,
        filter: &crate::domain::AuditFilter,
        newest: Option<usize>,
    ) -> Result<Vec<crate::domain::AuditEntry>, DataError> {
        self.audit_entries(filter, newest)
    }

    fn erased_people(&self) -> Result<Vec<crate::domain::ErasedPerson>, DataError> {
        self.erased()
    }
}

crate::data::reads_through!(RedbStore, with_reads);
crate::data::reads_through!(Writer<'_>, with_reads);

impl RedbStore {
    /// Runs `read` on a read snapshot of the file.
    fn with_reads<T>(&self, read: impl FnOnce(&dyn Reads) -> Result<T, DataError>) -> Result<T, DataError> {
        read(&Query(&self.reader()?, &self.seal))
    }
}

impl Writer<'_> {
    /// Runs `read` inside this write transaction (it sees the transaction's own writes).
    fn with_reads<T>(&self, read: impl FnOnce(&dyn Reads) -> Result<T, DataError>) -> Result<T, DataError> {
        read(&Query(self.txn, self.seal))
    }
}
