//! The read API views and commands use. Each query reads only what it needs, through an index
//! where one exists, and returns domain types.

use super::records::{Index, Kind, Record, date_key};
use super::{Store, StoreError, index_table, table};
use crate::domain::{
    Assessment, Availability, Contact, MemberId, Person, PersonId, Referral, ReferralStatus, Session,
    Settings,
};
use chrono::NaiveDate;
use redb::{ReadableDatabase, ReadableTable, ReadableTableMetadata};

impl Store {
    /// One record by id.
    pub fn get<R: Record>(&self, id: u64) -> Result<Option<R>, StoreError> {
        let txn = self.db.begin_read()?;
        let t = txn.open_table(table(R::KIND))?;
        let found = t.get(id)?;
        found.map(|b| decode::<R>(id, b.value())).transpose()
    }

    /// Several records by id, in the order given (missing ids are skipped).
    pub fn get_many<R: Record>(&self, ids: &[u64]) -> Result<Vec<R>, StoreError> {
        let txn = self.db.begin_read()?;
        let t = txn.open_table(table(R::KIND))?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(b) = t.get(*id)? {
                out.push(decode::<R>(*id, b.value())?);
            }
        }
        Ok(out)
    }

    /// Every record of a kind, in id order. For small tables (members, activities, funds);
    /// views of large tables page through an index instead.
    pub fn all<R: Record>(&self) -> Result<Vec<R>, StoreError> {
        let txn = self.db.begin_read()?;
        let t = txn.open_table(table(R::KIND))?;
        let mut out = Vec::new();
        for entry in t.iter()? {
            let (k, v) = entry?;
            out.push(decode::<R>(k.value(), v.value())?);
        }
        Ok(out)
    }

    /// How many records of a kind are stored.
    pub fn count(&self, kind: Kind) -> Result<u64, StoreError> {
        let txn = self.db.begin_read()?;
        Ok(txn.open_table(table(kind))?.len()?)
    }

    /// The ids in `index` with keys from `from` to `to` (inclusive), in key order.
    pub fn ids_in_range(&self, index: Index, from: u64, to: u64) -> Result<Vec<u64>, StoreError> {
        let txn = self.db.begin_read()?;
        let t = txn.open_multimap_table(index_table(index))?;
        let mut ids = Vec::new();
        for entry in t.range(from..=to)? {
            let (_, values) = entry?;
            for id in values {
                ids.push(id?.value());
            }
        }
        Ok(ids)
    }

    /// Sessions on days `from` to `to` (inclusive), read through the date index, by start time.
    pub fn sessions_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Session>, StoreError> {
        let ids = self.ids_in_range(Index::SessionsByDate, date_key(from), date_key(to))?;
        let mut sessions: Vec<Session> = self.get_many(&ids)?;
        sessions.sort_by_key(|s| (s.starts_at(), s.id));
        Ok(sessions)
    }

    /// Every session a member delivers, by start time.
    pub fn sessions_of_member(&self, member: MemberId) -> Result<Vec<Session>, StoreError> {
        self.sessions_by(Index::SessionsByMember, member.0)
    }

    /// Every session a person takes part in, by start time.
    pub fn sessions_of_person(&self, person: PersonId) -> Result<Vec<Session>, StoreError> {
        self.sessions_by(Index::SessionsByPerson, person.0)
    }

    /// Every occurrence of a series, by start time.
    pub fn sessions_of_series(&self, series: crate::domain::SeriesId) -> Result<Vec<Session>, StoreError> {
        self.sessions_by(Index::SessionsBySeries, series.0)
    }

    fn sessions_by(&self, index: Index, key: u64) -> Result<Vec<Session>, StoreError> {
        let ids = self.ids_in_range(index, key, key)?;
        let mut sessions: Vec<Session> = self.get_many(&ids)?;
        sessions.sort_by_key(|s| (s.starts_at(), s.id));
        Ok(sessions)
    }

    /// Referrals whose current status is one of `statuses`, oldest received first.
    pub fn referrals_with_status(&self, statuses: &[ReferralStatus]) -> Result<Vec<Referral>, StoreError> {
        let mut ids = Vec::new();
        for status in statuses {
            let key = u64::from(status.index_key());
            ids.extend(self.ids_in_range(Index::ReferralsByStatus, key, key)?);
        }
        let mut referrals: Vec<Referral> = self.get_many(&ids)?;
        referrals.sort_by_key(|r| (r.received, r.id));
        Ok(referrals)
    }

    /// A person's referrals, oldest first.
    pub fn referrals_of_person(&self, person: PersonId) -> Result<Vec<Referral>, StoreError> {
        let ids = self.ids_in_range(Index::ReferralsByPerson, person.0, person.0)?;
        let mut referrals: Vec<Referral> = self.get_many(&ids)?;
        referrals.sort_by_key(|r| (r.received, r.id));
        Ok(referrals)
    }

    /// A person's assessments, by date.
    pub fn assessments_of_person(&self, person: PersonId) -> Result<Vec<Assessment>, StoreError> {
        let ids = self.ids_in_range(Index::AssessmentsByPerson, person.0, person.0)?;
        let mut list: Vec<Assessment> = self.get_many(&ids)?;
        list.sort_by_key(|a| (a.date, a.id));
        Ok(list)
    }

    /// A person's contact log, by date.
    pub fn contacts_of_person(&self, person: PersonId) -> Result<Vec<Contact>, StoreError> {
        let ids = self.ids_in_range(Index::ContactsByPerson, person.0, person.0)?;
        let mut list: Vec<Contact> = self.get_many(&ids)?;
        list.sort_by_key(|c| (c.date, c.id));
        Ok(list)
    }

    /// The person with a reference such as "P0042".
    pub fn person_by_ref(&self, reference: &str) -> Result<Option<Person>, StoreError> {
        let Some(number) = reference.trim().strip_prefix('P').and_then(|n| n.parse::<u64>().ok()) else {
            return Ok(None);
        };
        let ids = self.ids_in_range(Index::PeopleByRef, number, number)?;
        Ok(self.get_many::<Person>(&ids)?.into_iter().next())
    }

    /// The co-op's settings (defaults until changed).
    pub fn settings(&self) -> Result<Settings, StoreError> {
        Ok(self.get::<Settings>(super::records::SETTINGS_ID)?.unwrap_or_default())
    }

    /// A member's availability (empty when none has been entered).
    pub fn availability_of(&self, member: MemberId) -> Result<Availability, StoreError> {
        Ok(self.get::<Availability>(member.0)?.unwrap_or_else(|| Availability::empty(member)))
    }
}

/// Decodes one stored value, naming the table and id when it fails.
pub(super) fn decode<R: Record>(id: u64, bytes: &[u8]) -> Result<R, StoreError> {
    R::decode(bytes).map_err(|e| StoreError::Corrupt {
        table: R::KIND.table_name(),
        id,
        reason: e.to_string(),
    })
}
