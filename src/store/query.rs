//! The read API views and commands use. Each query reads only what it needs, through an index
//! where one exists, and returns domain types.

use super::records::{GLANCE_ID_MASK, Index, Kind, Record, date_key, decode_glance, glance_key};
use super::{REFERRAL_GLANCES, Store, StoreError, index_table, table};
use crate::domain::{
    Assessment, Availability, Contact, MemberId, Person, PersonId, PersonSummary, Referral, ReferralGlance,
    ReferralStatus, Session, Settings,
};
use chrono::NaiveDate;
use redb::{ReadTransaction, ReadableDatabase, ReadableTable, ReadableTableMetadata};

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
        get_many_in(&self.db.begin_read()?, ids)
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
        ids_in(&self.db.begin_read()?, index, from, to)
    }

    /// Sessions on days `from` to `to` (inclusive), read through the date index, by start time.
    pub fn sessions_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Session>, StoreError> {
        let txn = self.db.begin_read()?;
        let ids = ids_in(&txn, Index::SessionsByDate, date_key(from), date_key(to))?;
        let mut sessions: Vec<Session> = get_many_in(&txn, &ids)?;
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
        sessions_by_in(&self.db.begin_read()?, index, key)
    }

    /// Referrals whose current status is one of `statuses`, oldest received first.
    pub fn referrals_with_status(&self, statuses: &[ReferralStatus]) -> Result<Vec<Referral>, StoreError> {
        let txn = self.db.begin_read()?;
        let mut ids = Vec::new();
        for status in statuses {
            let key = u64::from(status.index_key());
            ids.extend(ids_in(&txn, Index::ReferralsByStatus, key, key)?);
        }
        let mut referrals: Vec<Referral> = get_many_in(&txn, &ids)?;
        referrals.sort_by_key(|r| (r.received, r.id));
        Ok(referrals)
    }

    /// Referrals whose current status is one of `statuses`, at a glance, oldest received
    /// first: one range read per status of the covering glances table, no record lookups.
    pub fn referral_glances_with_status(
        &self,
        statuses: &[ReferralStatus],
    ) -> Result<Vec<ReferralGlance>, StoreError> {
        let txn = self.db.begin_read()?;
        let t = txn.open_table(REFERRAL_GLANCES)?;
        let mut out = Vec::new();
        for status in statuses {
            let from = glance_key(*status, 0);
            for entry in t.range(from..=from | GLANCE_ID_MASK)? {
                let (k, v) = entry?;
                out.push(decode_glance(v.value()).map_err(|e| StoreError::Corrupt {
                    table: "referral_glances",
                    id: k.value() & GLANCE_ID_MASK,
                    reason: e.to_string(),
                })?);
            }
        }
        out.sort_by_key(|g| (g.received, g.id));
        Ok(out)
    }

    /// How many referrals have a current status among `statuses` (reads the index only).
    pub fn count_referrals_with_status(&self, statuses: &[ReferralStatus]) -> Result<usize, StoreError> {
        let txn = self.db.begin_read()?;
        let t = txn.open_multimap_table(index_table(Index::ReferralsByStatus))?;
        let mut n = 0;
        for status in statuses {
            n += t.get(u64::from(status.index_key()))?.len();
        }
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    /// Everyone at a glance, in id order: what lists show without reading whole records.
    pub fn person_summaries(&self) -> Result<Vec<PersonSummary>, StoreError> {
        self.all()
    }

    /// One person at a glance.
    pub fn person_summary(&self, person: PersonId) -> Result<Option<PersonSummary>, StoreError> {
        self.get(person.0)
    }

    /// A person's referrals, oldest first.
    pub fn referrals_of_person(&self, person: PersonId) -> Result<Vec<Referral>, StoreError> {
        referrals_of_person_in(&self.db.begin_read()?, person)
    }

    /// A person's assessments, by date.
    pub fn assessments_of_person(&self, person: PersonId) -> Result<Vec<Assessment>, StoreError> {
        assessments_of_person_in(&self.db.begin_read()?, person)
    }

    /// A person's whole history — referrals, sessions and assessments — read together in one
    /// read transaction, so the three lists are consistent with each other.
    pub fn history_of_person(&self, person: PersonId) -> Result<PersonHistory, StoreError> {
        let txn = self.db.begin_read()?;
        Ok(PersonHistory {
            referrals: referrals_of_person_in(&txn, person)?,
            sessions: sessions_by_in(&txn, Index::SessionsByPerson, person.0)?,
            assessments: assessments_of_person_in(&txn, person)?,
        })
    }

    /// A person's contact log, by date.
    pub fn contacts_of_person(&self, person: PersonId) -> Result<Vec<Contact>, StoreError> {
        let txn = self.db.begin_read()?;
        let ids = ids_in(&txn, Index::ContactsByPerson, person.0, person.0)?;
        let mut list: Vec<Contact> = get_many_in(&txn, &ids)?;
        list.sort_by_key(|c| (c.date, c.id));
        Ok(list)
    }

    /// The person with a reference such as "P0042".
    pub fn person_by_ref(&self, reference: &str) -> Result<Option<Person>, StoreError> {
        let Some(number) = reference.trim().strip_prefix('P').and_then(|n| n.parse::<u64>().ok()) else {
            return Ok(None);
        };
        let txn = self.db.begin_read()?;
        let ids = ids_in(&txn, Index::PeopleByRef, number, number)?;
        Ok(get_many_in::<Person>(&txn, &ids)?.into_iter().next())
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

/// A person's referrals, sessions and assessments, each list in date order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PersonHistory {
    /// Referrals, oldest received first.
    pub referrals: Vec<Referral>,
    /// Sessions they take part in, by start time.
    pub sessions: Vec<Session>,
    /// Assessments, by date.
    pub assessments: Vec<Assessment>,
}

fn ids_in(txn: &ReadTransaction, index: Index, from: u64, to: u64) -> Result<Vec<u64>, StoreError> {
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

fn get_many_in<R: Record>(txn: &ReadTransaction, ids: &[u64]) -> Result<Vec<R>, StoreError> {
    let t = txn.open_table(table(R::KIND))?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(b) = t.get(*id)? {
            out.push(decode::<R>(*id, b.value())?);
        }
    }
    Ok(out)
}

fn sessions_by_in(txn: &ReadTransaction, index: Index, key: u64) -> Result<Vec<Session>, StoreError> {
    let ids = ids_in(txn, index, key, key)?;
    let mut sessions: Vec<Session> = get_many_in(txn, &ids)?;
    sessions.sort_by_key(|s| (s.starts_at(), s.id));
    Ok(sessions)
}

fn referrals_of_person_in(txn: &ReadTransaction, person: PersonId) -> Result<Vec<Referral>, StoreError> {
    let ids = ids_in(txn, Index::ReferralsByPerson, person.0, person.0)?;
    let mut referrals: Vec<Referral> = get_many_in(txn, &ids)?;
    referrals.sort_by_key(|r| (r.received, r.id));
    Ok(referrals)
}

fn assessments_of_person_in(txn: &ReadTransaction, person: PersonId) -> Result<Vec<Assessment>, StoreError> {
    let ids = ids_in(txn, Index::AssessmentsByPerson, person.0, person.0)?;
    let mut list: Vec<Assessment> = get_many_in(txn, &ids)?;
    list.sort_by_key(|a| (a.date, a.id));
    Ok(list)
}

/// Decodes one stored value, naming the table and id when it fails.
pub(super) fn decode<R: Record>(id: u64, bytes: &[u8]) -> Result<R, StoreError> {
    R::decode(bytes).map_err(|e| StoreError::Corrupt {
        table: R::KIND.table_name(),
        id,
        reason: e.to_string(),
    })
}
