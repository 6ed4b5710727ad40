//! A data store that can be told to fail reads, for testing what the window does when the
//! data cannot be read: it wraps a real file and passes everything else through.

use carecoop::data::*;
use carecoop::domain::*;
use carecoop::store::RedbStore;
use chrono::NaiveDate;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Which reads fail (shared with the test, which can switch them on and off).
#[derive(Debug, Clone, Default)]
pub struct Faults {
    /// `settings()` fails.
    pub settings: Arc<AtomicBool>,
    /// Reading all referrals fails.
    pub referrals: Arc<AtomicBool>,
}

/// A [`RedbStore`] whose chosen reads fail with an I/O error. The store is shared, so a test
/// can also change it as another window would.
pub struct Flaky {
    pub inner: Arc<RedbStore>,
    pub faults: Faults,
}

fn io_error() -> DataError {
    DataError::Io { path: "flaky.redb".into(), source: std::io::Error::other("the disk did not answer") }
}

impl Reads for Flaky {
    fn audit_trail(&self, filter: &AuditFilter, newest: Option<usize>) -> Result<Vec<AuditEntry>, DataError> {
        self.inner.audit_trail(filter, newest)
    }
    fn erased_people(&self) -> Result<Vec<carecoop::domain::ErasedPerson>, DataError> {
        self.inner.erased_people()
    }
    fn get_any(&self, id: AnyId) -> Result<Option<AnyRecord>, DataError> {
        self.inner.get_any(id)
    }
    fn get_many_any(&self, ids: AnyIds<'_>) -> Result<AnyRecords, DataError> {
        self.inner.get_many_any(ids)
    }
    fn all_any(&self, kind: RecordKind) -> Result<AnyRecords, DataError> {
        if kind == RecordKind::Referral && self.faults.referrals.load(Ordering::Relaxed) {
            return Err(io_error());
        }
        self.inner.all_any(kind)
    }
    fn count_kind(&self, kind: RecordKind) -> Result<u64, DataError> {
        self.inner.count_kind(kind)
    }
    fn sessions_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Session>, DataError> {
        self.inner.sessions_between(from, to)
    }
    fn sessions_of_member(&self, member: MemberId) -> Result<Vec<Session>, DataError> {
        self.inner.sessions_of_member(member)
    }
    fn sessions_of_person(&self, person: PersonId) -> Result<Vec<Session>, DataError> {
        self.inner.sessions_of_person(person)
    }
    fn sessions_of_series(&self, series: SeriesId) -> Result<Vec<Session>, DataError> {
        self.inner.sessions_of_series(series)
    }
    fn referrals_with_status(&self, s: &[ReferralStatus]) -> Result<Vec<Referral>, DataError> {
        self.inner.referrals_with_status(s)
    }
    fn referral_glances_with_status(&self, s: &[ReferralStatus]) -> Result<Vec<ReferralGlance>, DataError> {
        self.inner.referral_glances_with_status(s)
    }
    fn count_referrals_with_status(&self, s: &[ReferralStatus]) -> Result<usize, DataError> {
        self.inner.count_referrals_with_status(s)
    }
    fn person_summaries(&self) -> Result<Vec<PersonSummary>, DataError> {
        self.inner.person_summaries()
    }
    fn person_summaries_of(&self, people: &[PersonId]) -> Result<Vec<PersonSummary>, DataError> {
        self.inner.person_summaries_of(people)
    }
    fn person_summary(&self, person: PersonId) -> Result<Option<PersonSummary>, DataError> {
        self.inner.person_summary(person)
    }
    fn person_by_ref(&self, reference: &str) -> Result<Option<Person>, DataError> {
        self.inner.person_by_ref(reference)
    }
    fn referrals_of_person(&self, person: PersonId) -> Result<Vec<Referral>, DataError> {
        self.inner.referrals_of_person(person)
    }
    fn assessments_of_person(&self, person: PersonId) -> Result<Vec<Assessment>, DataError> {
        self.inner.assessments_of_person(person)
    }
    fn contacts_of_person(&self, person: PersonId) -> Result<Vec<Contact>, DataError> {
        self.inner.contacts_of_person(person)
    }
    fn history_of_person(&self, person: PersonId) -> Result<PersonHistory, DataError> {
        self.inner.history_of_person(person)
    }
    fn settings(&self) -> Result<Settings, DataError> {
        if self.faults.settings.load(Ordering::Relaxed) {
            return Err(io_error());
        }
        self.inner.settings()
    }
    fn availability_of(&self, member: MemberId) -> Result<Availability, DataError> {
        self.inner.availability_of(member)
    }
    fn is_set_up(&self) -> Result<bool, DataError> {
        self.inner.is_set_up()
    }
    fn is_demo(&self) -> Result<bool, DataError> {
        self.inner.is_demo()
    }
}

impl DataStore for Flaky {
    fn location(&self) -> String {
        self.inner.location()
    }
    fn generation(&self) -> u64 {
        self.inner.generation()
    }
    fn transact(&self, action: &mut Action<'_>) -> Result<(), DataError> {
        self.inner.transact(action)
    }
    fn scrub(&mut self) -> Result<(), DataError> {
        Arc::get_mut(&mut self.inner).ok_or_else(|| DataError::conflict("the store is shared"))?.scrub()
    }
    fn compact(&mut self) -> Result<(), DataError> {
        Arc::get_mut(&mut self.inner).ok_or_else(|| DataError::conflict("the store is shared"))?.compact()
    }
    fn check(&self) -> Result<CheckReport, DataError> {
        self.inner.check()
    }
}
