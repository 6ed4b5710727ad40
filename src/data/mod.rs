//! The data interface: everything the window, the commands and the reports read and write,
//! as traits a backend implements. Domain types and typed ids go in and out; no table, index,
//! byte encoding or engine type appears here.
//!
//! - [`Reads`]: every query, answered from one consistent snapshot per call.
//! - [`Transaction`]: the same queries plus writes, inside one transaction.
//! - [`DataStore`]: an open dataset: reads, [`DataStore::transact`] (one user action = one
//!   transaction; any error leaves nothing changed), and upkeep (check, scrub, compact).
//!
//! The typed helpers ([`ReadsExt::get`], [`TransactionExt::put`], [`WriteExt::write`]...) sit
//! on top of the object-safe methods, so the app can hold a `Box<dyn DataStore>` whichever
//! backend opened it. `crate::store` is the embedded redb backend; the planned PostgreSQL
//! backend (team mode) will implement the same traits and pass the same conformance tests
//! (`tests/conformance`).

mod entity;
mod error;
pub mod upgrade;

pub use entity::{AnyId, AnyIds, AnyRecord, AnyRecordMut, AnyRecords, Entity, RecordKind};
pub(crate) use entity::{by_kind, each_kind};
pub use error::{DataError, error_chain};

use crate::domain::audit::{AuditEntry, AuditFilter, AuditNote};
use crate::domain::{
    Assessment, Availability, Contact, MemberId, Person, PersonId, PersonSummary, Referral, ReferralGlance,
    ReferralStatus, SeriesId, Session, Settings,
};
use chrono::NaiveDate;

/// A passphrase or recovery key: zeroed when dropped, never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(zeroize::Zeroizing<String>);

impl Secret {
    /// Keeps `text` as a secret.
    pub fn new(text: impl Into<String>) -> Secret {
        Secret(zeroize::Zeroizing::new(text.into()))
    }

    /// The text itself, for the code that uses it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(hidden)")
    }
}

/// A change to how a file is protected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Protection {
    /// Protect it with this passphrase (the file is rewritten with every value sealed).
    Protect(Secret),
    /// Wrap its data key under this new passphrase.
    Change(Secret),
    /// Remove the passphrase (the file is rewritten with every value as it is).
    Remove,
}

/// What to do when the dataset does not exist yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create an empty co-op (commands that write, and the app).
    CreateIfMissing,
    /// Refuse a missing dataset (commands that only read).
    ExistingOnly,
}

/// Every query the app makes. Each call reads one consistent snapshot.
pub trait Reads {
    /// One record by id.
    fn get_any(&self, id: AnyId) -> Result<Option<AnyRecord>, DataError>;
    /// Several records of one kind, in the order given (missing ids are skipped).
    fn get_many_any(&self, ids: AnyIds<'_>) -> Result<AnyRecords, DataError>;
    /// Every record of a kind, in id order. For small tables (members, activities, funds) and
    /// whole-file work (exports, imports); views of large tables use the queries below.
    fn all_any(&self, kind: RecordKind) -> Result<AnyRecords, DataError>;
    /// How many records of a kind are stored.
    fn count_kind(&self, kind: RecordKind) -> Result<u64, DataError>;

    /// Sessions on days `from` to `to` (inclusive), by start time.
    fn sessions_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Session>, DataError>;
    /// Every session a member delivers, by start time.
    fn sessions_of_member(&self, member: MemberId) -> Result<Vec<Session>, DataError>;
    /// Every session a person takes part in, by start time.
    fn sessions_of_person(&self, person: PersonId) -> Result<Vec<Session>, DataError>;
    /// Every occurrence of a series, by start time.
    fn sessions_of_series(&self, series: SeriesId) -> Result<Vec<Session>, DataError>;

    /// Referrals whose current status is one of `statuses`, oldest received first.
    fn referrals_with_status(&self, statuses: &[ReferralStatus]) -> Result<Vec<Referral>, DataError>;
    /// The same referrals at a glance (what the waiting list shows), oldest received first.
    fn referral_glances_with_status(
        &self,
        statuses: &[ReferralStatus],
    ) -> Result<Vec<ReferralGlance>, DataError>;
    /// How many referrals have a current status among `statuses`.
    fn count_referrals_with_status(&self, statuses: &[ReferralStatus]) -> Result<usize, DataError>;

    /// Everyone at a glance, in id order.
    fn person_summaries(&self) -> Result<Vec<PersonSummary>, DataError>;
    /// Some people at a glance, in the order given (missing ids are skipped).
    fn person_summaries_of(&self, people: &[PersonId]) -> Result<Vec<PersonSummary>, DataError>;
    /// One person at a glance.
    fn person_summary(&self, person: PersonId) -> Result<Option<PersonSummary>, DataError>;
    /// The person with this reference (as stored, e.g. "P0042").
    fn person_by_ref(&self, reference: &str) -> Result<Option<Person>, DataError>;
    /// A person's referrals, oldest first.
    fn referrals_of_person(&self, person: PersonId) -> Result<Vec<Referral>, DataError>;
    /// A person's assessments, by date.
    fn assessments_of_person(&self, person: PersonId) -> Result<Vec<Assessment>, DataError>;
    /// A person's contact log, by date.
    fn contacts_of_person(&self, person: PersonId) -> Result<Vec<Contact>, DataError>;
    /// A person's referrals, sessions and assessments, read together from one snapshot
    /// (backends lend every query one snapshot, so the three lists agree).
    fn history_of_person(&self, person: PersonId) -> Result<PersonHistory, DataError> {
        Ok(PersonHistory {
            referrals: self.referrals_of_person(person)?,
            sessions: self.sessions_of_person(person)?,
            assessments: self.assessments_of_person(person)?,
        })
    }

    /// The co-op's settings (the defaults until first saved). A failed read is an error,
    /// never the defaults.
    fn settings(&self) -> Result<Settings, DataError>;
    /// A member's availability (empty when none has been entered).
    fn availability_of(&self, member: MemberId) -> Result<Availability, DataError>;
    /// True once someone chose how to start this dataset (empty co-op or demo).
    fn is_set_up(&self) -> Result<bool, DataError>;
    /// True when the dataset holds the demo co-op.
    fn is_demo(&self) -> Result<bool, DataError>;
    /// The audit trail's entries that `filter` matches, oldest first; with `newest`, only the
    /// last that many of them. Where the user may not read the trail (a server login that is
    /// not a coordinator) it is [`DataError::NotAllowed`].
    fn audit_trail(&self, filter: &AuditFilter, newest: Option<usize>) -> Result<Vec<AuditEntry>, DataError>;
    /// Everyone ever erased from this dataset, by id and reference only (restoring a backup
    /// erases them again).
    fn erased_people(&self) -> Result<Vec<crate::domain::ErasedPerson>, DataError>;
    /// Who last changed a record (or the settings), when, and its version: `None` where the
    /// backend keeps no such stamp (a file has one user) or the record does not exist.
    fn stamp(&self, of: Stamped) -> Result<Option<Stamp>, DataError> {
        let _ = of;
        Ok(None)
    }
}

/// What a [`Stamp`] is asked for: one record, or the co-op's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stamped {
    /// A record.
    Record(AnyId),
    /// The settings.
    Settings,
}

/// Who last changed a record and when, and how many times it has been saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// Its version: 1 when first stored, one more on every save.
    pub version: u64,
    /// The login that saved this version.
    pub by: String,
    /// When, as RFC 3339 in UTC.
    pub at: String,
}

/// A save refused because someone changed the record after the form read it: who, and each
/// field they changed with their value and the one being saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedSince {
    /// The record, as people name it: "member Fiona Drummond".
    pub what: String,
    /// Who changed it and when (`None` when the backend does not say).
    pub stamp: Option<Stamp>,
    /// True when it was deleted rather than changed.
    pub gone: bool,
    /// Field by field: (field, their value now, the value being saved).
    pub differences: Vec<(String, String, String)>,
}

impl std::fmt::Display for ChangedSince {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = self.what.as_str();
        let text = match &self.stamp {
            Some(s) => {
                // "at 15:59 on Wed 2 Dec 2026", in this computer's time.
                let at = chrono::DateTime::parse_from_rfc3339(&s.at)
                    .map(|t| {
                        let local = t.with_timezone(&chrono::Local).naive_local();
                        crate::t!(
                            "data-changed-at",
                            time = local.format("%H:%M").to_string(),
                            date = crate::i18n::datetime(local, "%a %-d %b %Y")
                        )
                    })
                    .unwrap_or_else(|_| s.at.clone());
                let (by, version) = (s.by.as_str(), s.version.to_string());
                if self.gone {
                    crate::t!("data-deleted-by", what = what, by = by, at = at, version = version)
                } else {
                    crate::t!("data-changed-by", what = what, by = by, at = at, version = version)
                }
            }
            None if self.gone => crate::t!("data-deleted", what = what),
            None => crate::t!("data-changed", what = what),
        };
        f.write_str(&text)
    }
}

/// Reads and writes inside one transaction: what an action sees includes its own writes.
pub trait Transaction: Reads {
    /// Validates and stores a record, allocating its id when it is new (the id is set on the
    /// record), and keeps every derived entry (indexes, summaries) in step.
    fn put_any(&mut self, record: AnyRecordMut<'_>) -> Result<(), DataError>;
    /// Removes a record and everything derived from it; returns whether it existed.
    fn delete_any(&mut self, id: AnyId) -> Result<bool, DataError>;
    /// Stores a record under the id it already carries, whether or not that id was given out
    /// here (copying a co-op from another backend); later new ids come after it.
    fn put_as_is(&mut self, record: AnyRecordMut<'_>) -> Result<(), DataError>;
    /// Stores many records of one kind as [`Self::put_as_is`] stores each (a copy, a window's
    /// first load), in fewer round trips where the backend can.
    fn put_all_as_is(&mut self, records: &AnyRecords) -> Result<(), DataError> {
        by_kind!(records.kind(), |T| {
            for mut record in T::from_any_many(records.clone()).unwrap_or_default() {
                self.put_as_is(record.as_any_mut())?;
            }
        });
        Ok(())
    }
    /// Records, in this transaction, that it erases someone: until [`DataStore::scrub`] has
    /// finished, the dataset knows a scrub is owed, and a backend that can (the file)
    /// completes it the next time the dataset is opened, so an erasure cut short (a crash, a
    /// kill, a power cut) is never left half done.
    fn note_erasure(&mut self) -> Result<(), DataError> {
        Ok(())
    }
    /// Remembers, in this transaction, that this person was erased (their id and reference
    /// only), so that restoring a backup taken before can erase them again.
    fn remember_erased(&mut self, erased: &crate::domain::ErasedPerson) -> Result<(), DataError>;
    /// Claims these records for a rule this action checks by reading (no member or person
    /// booked twice at once): of two actions running at the same moment that claim the same
    /// record, only one commits; the other fails with [`DataError::Contention`] and changes
    /// nothing (tried again, it sees the first). A backend that runs one write at a time
    /// needs to do nothing.
    fn claim(&mut self, ids: &[AnyId]) -> Result<(), DataError> {
        let _ = ids;
        Ok(())
    }
    /// Adds an entry to the audit trail, in this transaction: the backend stamps `note` with
    /// the time and the user (the operating-system user for a file, the login on a server)
    /// and links it to the entry before. Entries are never changed or removed.
    fn append_audit(&mut self, note: &AuditNote) -> Result<(), DataError>;
    /// Stores audit entries exactly as another backend recorded them (a team window's copy of
    /// the server's trail). A backend that keeps its own chain refuses.
    fn put_audit_as_is(&mut self, entries: &[AuditEntry]) -> Result<(), DataError>;
    /// Stores the co-op's settings.
    fn put_settings(&mut self, settings: &Settings) -> Result<(), DataError>;
    /// Records that the user chose how to start this dataset.
    fn mark_set_up(&mut self) -> Result<(), DataError>;
    /// Marks the dataset as the demo co-op.
    fn mark_demo(&mut self) -> Result<(), DataError>;
}

/// A consistent copy of a dataset, taken at one moment by [`DataStore::snapshot`], waiting
/// to be written to a backup file (on any thread): built beside the file and renamed there
/// when whole.
pub type BackupJob = Box<dyn FnOnce(&std::path::Path) -> Result<(), DataError> + Send>;

/// The action run by [`DataStore::transact`].
pub type Action<'a> = dyn FnMut(&mut dyn Transaction) -> Result<(), DataError> + 'a;

/// An open dataset: a file (redb) or, in team mode, a server.
pub trait DataStore: Reads {
    /// Where the data lives, as people read it (a file path, or a server and database).
    fn location(&self) -> String;
    /// A number that changes after every committed write (views cache reads until it does).
    fn generation(&self) -> u64;
    /// Runs `action` in one transaction and commits it; on any error nothing changes. The
    /// action is called once. Prefer [`WriteExt::write`], which returns a value.
    fn transact(&self, action: &mut Action<'_>) -> Result<(), DataError>;
    /// Makes sure nothing deleted survives in the stored bytes (after an erasure).
    fn scrub(&mut self) -> Result<(), DataError>;
    /// Gives space freed by earlier writes back (after a bulk write such as `generate`).
    fn compact(&mut self) -> Result<(), DataError>;
    /// Decodes every record and verifies every derived entry against the records.
    fn check(&self) -> Result<CheckReport, DataError>;
    /// Takes a consistent snapshot now, for a backup the returned job writes. Only a file
    /// takes one: a server's backups are `pg_dump`'s job, and a team window's copy is not
    /// the co-op's record, so they refuse, saying so.
    fn snapshot(&self) -> Result<BackupJob, DataError> {
        Err(DataError::conflict(crate::t!("data-not-backed-up", location = self.location())))
    }
    /// True when the data is protected with a passphrase (a file's values sealed).
    fn is_protected(&self) -> bool {
        false
    }
    /// Adds, changes or removes the passphrase; adding returns the recovery key, to show once.
    /// Only a file has one: a server's data is protected by the server (disk encryption, TLS).
    fn protect(&mut self, change: &Protection) -> Result<Option<Secret>, DataError> {
        let _ = change;
        Err(DataError::conflict(crate::t!("data-no-passphrase-on-server")))
    }
}

/// Implements [`Reads`] for a backend type by lending each query a snapshot: `$with` is a
/// method `fn $with<T>(&self, read: impl FnOnce(&dyn Reads) -> Result<T, DataError>) ->
/// Result<T, DataError>` that runs `read` on one consistent view of the data (a read
/// transaction, or the open write transaction).
macro_rules! reads_through {
    ($ty:ty, $with:ident) => {
        impl $crate::data::Reads for $ty {
            fn get_any(
                &self,
                id: $crate::data::AnyId,
            ) -> Result<Option<$crate::data::AnyRecord>, $crate::data::DataError> {
                self.$with(|r| r.get_any(id))
            }
            fn get_many_any(
                &self,
                ids: $crate::data::AnyIds<'_>,
            ) -> Result<$crate::data::AnyRecords, $crate::data::DataError> {
                self.$with(|r| r.get_many_any(ids))
            }
            fn all_any(
                &self,
                kind: $crate::data::RecordKind,
            ) -> Result<$crate::data::AnyRecords, $crate::data::DataError> {
                self.$with(|r| r.all_any(kind))
            }
            fn count_kind(&self, kind: $crate::data::RecordKind) -> Result<u64, $crate::data::DataError> {
                self.$with(|r| r.count_kind(kind))
            }
            fn sessions_between(
                &self,
                from: chrono::NaiveDate,
                to: chrono::NaiveDate,
            ) -> Result<Vec<$crate::domain::Session>, $crate::data::DataError> {
                self.$with(|r| r.sessions_between(from, to))
            }
            fn sessions_of_member(
                &self,
                member: $crate::domain::MemberId,
            ) -> Result<Vec<$crate::domain::Session>, $crate::data::DataError> {
                self.$with(|r| r.sessions_of_member(member))
            }
            fn sessions_of_person(
                &self,
                person: $crate::domain::PersonId,
            ) -> Result<Vec<$crate::domain::Session>, $crate::data::DataError> {
                self.$with(|r| r.sessions_of_person(person))
            }
            fn sessions_of_series(
                &self,
                series: $crate::domain::SeriesId,
            ) -> Result<Vec<$crate::domain::Session>, $crate::data::DataError> {
                self.$with(|r| r.sessions_of_series(series))
            }
            fn referrals_with_status(
                &self,
                s: &[$crate::domain::ReferralStatus],
            ) -> Result<Vec<$crate::domain::Referral>, $crate::data::DataError> {
                self.$with(|r| r.referrals_with_status(s))
            }
            fn referral_glances_with_status(
                &self,
                s: &[$crate::domain::ReferralStatus],
            ) -> Result<Vec<$crate::domain::ReferralGlance>, $crate::data::DataError> {
                self.$with(|r| r.referral_glances_with_status(s))
            }
            fn count_referrals_with_status(
                &self,
                s: &[$crate::domain::ReferralStatus],
            ) -> Result<usize, $crate::data::DataError> {
                self.$with(|r| r.count_referrals_with_status(s))
            }
            fn person_summaries(
                &self,
            ) -> Result<Vec<$crate::domain::PersonSummary>, $crate::data::DataError> {
                self.$with(|r| r.person_summaries())
            }
            fn person_summaries_of(
                &self,
                people: &[$crate::domain::PersonId],
            ) -> Result<Vec<$crate::domain::PersonSummary>, $crate::data::DataError> {
                self.$with(|r| r.person_summaries_of(people))
            }
            fn person_summary(
                &self,
                person: $crate::domain::PersonId,
            ) -> Result<Option<$crate::domain::PersonSummary>, $crate::data::DataError> {
                self.$with(|r| r.person_summary(person))
            }
            fn person_by_ref(
                &self,
                reference: &str,
            ) -> Result<Option<$crate::domain::Person>, $crate::data::DataError> {
                self.$with(|r| r.person_by_ref(reference))
            }
            fn referrals_of_person(
                &self,
                person: $crate::domain::PersonId,
            ) -> Result<Vec<$crate::domain::Referral>, $crate::data::DataError> {
                self.$with(|r| r.referrals_of_person(person))
            }
            fn assessments_of_person(
                &self,
                person: $crate::domain::PersonId,
            ) -> Result<Vec<$crate::domain::Assessment>, $crate::data::DataError> {
                self.$with(|r| r.assessments_of_person(person))
            }
            fn contacts_of_person(
                &self,
                person: $crate::domain::PersonId,
            ) -> Result<Vec<$crate::domain::Contact>, $crate::data::DataError> {
                self.$with(|r| r.contacts_of_person(person))
            }
            fn history_of_person(
                &self,
                person: $crate::domain::PersonId,
            ) -> Result<$crate::data::PersonHistory, $crate::data::DataError> {
                self.$with(|r| r.history_of_person(person))
            }
            fn settings(&self) -> Result<$crate::domain::Settings, $crate::data::DataError> {
                self.$with(|r| r.settings())
            }
            fn availability_of(
                &self,
                member: $crate::domain::MemberId,
            ) -> Result<$crate::domain::Availability, $crate::data::DataError> {
                self.$with(|r| r.availability_of(member))
            }
            fn is_set_up(&self) -> Result<bool, $crate::data::DataError> {
                self.$with(|r| r.is_set_up())
            }
            fn is_demo(&self) -> Result<bool, $crate::data::DataError> {
                self.$with(|r| r.is_demo())
            }
            fn audit_trail(
                &self,
                filter: &$crate::domain::audit::AuditFilter,
                newest: Option<usize>,
            ) -> Result<Vec<$crate::domain::audit::AuditEntry>, $crate::data::DataError> {
                self.$with(|r| r.audit_trail(filter, newest))
            }
            fn erased_people(&self) -> Result<Vec<$crate::domain::ErasedPerson>, $crate::data::DataError> {
                self.$with(|r| r.erased_people())
            }
            fn stamp(
                &self,
                of: $crate::data::Stamped,
            ) -> Result<Option<$crate::data::Stamp>, $crate::data::DataError> {
                self.$with(|r| r.stamp(of))
            }
        }
    };
}
pub(crate) use reads_through;

/// Typed reads on top of [`Reads`].
pub trait ReadsExt: Reads {
    /// One record by its typed id.
    fn get<R: Entity>(&self, id: R::Id) -> Result<Option<R>, DataError> {
        match self.get_any(R::any_id(id))? {
            None => Ok(None),
            Some(any) => R::from_any(any).map(Some).ok_or_else(|| wrong_kind(R::KIND)),
        }
    }

    /// Several records by typed id, in the order given (missing ids are skipped).
    fn get_many<R: Entity>(&self, ids: &[R::Id]) -> Result<Vec<R>, DataError> {
        R::from_any_many(self.get_many_any(R::any_ids(ids))?).ok_or_else(|| wrong_kind(R::KIND))
    }

    /// Every record of a type, in id order.
    fn all<R: Entity>(&self) -> Result<Vec<R>, DataError> {
        R::from_any_many(self.all_any(R::KIND)?).ok_or_else(|| wrong_kind(R::KIND))
    }

    /// How many records of a type are stored.
    fn count<R: Entity>(&self) -> Result<u64, DataError> {
        self.count_kind(R::KIND)
    }

    /// One record that must exist: a missing one is "that NOUN no longer exists".
    fn require<R: Entity>(&self, id: R::Id, noun: &str) -> Result<R, DataError> {
        self.get(id)?.ok_or_else(|| DataError::gone(noun))
    }
}

impl<T: Reads + ?Sized> ReadsExt for T {}

/// Typed writes on top of [`Transaction`].
pub trait TransactionExt: Transaction {
    /// Validates and stores a record; returns (and sets) its id.
    fn put<R: Entity>(&mut self, record: &mut R) -> Result<R::Id, DataError> {
        self.put_any(record.as_any_mut())?;
        Ok(record.id())
    }

    /// Removes a record by typed id; returns whether it existed.
    fn delete<R: Entity>(&mut self, id: R::Id) -> Result<bool, DataError> {
        self.delete_any(R::any_id(id))
    }
}

impl<T: Transaction + ?Sized> TransactionExt for T {}

/// [`DataStore::transact`] with a closure that runs once and returns a value.
pub trait WriteExt: DataStore {
    /// Runs `action` in one transaction and commits it; on any error nothing changes.
    fn write<T>(
        &self,
        action: impl FnOnce(&mut dyn Transaction) -> Result<T, DataError>,
    ) -> Result<T, DataError> {
        let mut action = Some(action);
        let mut out = None;
        self.transact(&mut |tx| {
            let run = action.take().ok_or_else(|| DataError::conflict(crate::t!("data-action-twice")))?;
            out = Some(run(tx)?);
            Ok(())
        })?;
        out.ok_or_else(|| DataError::conflict(crate::t!("data-action-not-run")))
    }
}

impl<T: DataStore + ?Sized> WriteExt for T {}

fn wrong_kind(kind: RecordKind) -> DataError {
    DataError::Corrupt { table: kind.noun(), id: 0, reason: crate::t!("data-wrong-kind") }
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

/// What `check` found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// Records per table.
    pub counts: Vec<(&'static str, u64)>,
    /// Entries per derived table or index.
    pub index_entries: Vec<(&'static str, u64)>,
    /// Every inconsistency, in words.
    pub problems: Vec<String>,
}

impl CheckReport {
    /// True when nothing is wrong.
    pub fn is_consistent(&self) -> bool {
        self.problems.is_empty()
    }
}
