//! Every user action, once: the rule for each change people make, written against the data
//! interface and used alike by the window (its `apply` only dispatches here) and the CLI.
//!
//! [`apply`] runs one [`Action`] as one transaction (erasure adds the scrub that leaves no
//! deleted bytes behind) and returns what happened in words. Actions that change part of a
//! record (a referral's status, a goal, attendance, a series) read the record inside the
//! transaction and change only that part, so they never write back a stale copy.

/// Inside `impl DataStore for Wrapper` (a wrapper with a `store: &mut dyn DataStore` field
/// that changes only `transact`): every other method, passed to the wrapped store.
macro_rules! forward_to_store {
    () => {
        fn location(&self) -> String {
            self.store.location()
        }
        fn generation(&self) -> u64 {
            self.store.generation()
        }
        fn scrub(&mut self) -> Result<(), crate::data::DataError> {
            self.store.scrub()
        }
        fn compact(&mut self) -> Result<(), crate::data::DataError> {
            self.store.compact()
        }
        fn check(&self) -> Result<crate::data::CheckReport, crate::data::DataError> {
            self.store.check()
        }
        fn snapshot(&self) -> Result<crate::data::BackupJob, crate::data::DataError> {
            self.store.snapshot()
        }
        fn is_protected(&self) -> bool {
            self.store.is_protected()
        }
        fn protect(
            &mut self,
            change: &crate::data::Protection,
        ) -> Result<Option<crate::data::Secret>, crate::data::DataError> {
            self.store.protect(change)
        }
    };
}
use forward_to_store;

mod audit;
mod coop;
mod guard;
mod import;
mod people;
mod sessions;
mod undo;

pub use audit::{action_in_words, kind_in_words};
pub use guard::AsRead;
pub use import::{ImportBatch, PlanError};
pub use people::{REGISTER_KEPT, register_kept};
pub use undo::{UndoStep, apply_undoable};

use crate::data::{DataError, DataStore, Entity, ReadsExt, TransactionExt, WriteExt};
use crate::domain::planning::Suggestion;
use crate::domain::schedule::SessionChange;
use crate::domain::{
    Activity, ActivityId, Assessment, Availability, Contact, Fund, Goal, GoalStatus, LedgerEntry, Meeting,
    Member, MemberId, Participant, Person, PersonId, Referral, ReferralId, ReferralStatus, RegisterEntry,
    RegisterEntryId, Series, SeriesId, Session, SessionId, Settings,
};
use chrono::NaiveDate;

/// A change a person asks for, in the window or on the command line.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Keep this dataset as a new, empty co-op (dismisses the welcome screen).
    StartCoop,
    /// Add or update a member.
    SaveMember(Box<Member>),
    /// Archive (true) or restore (false) a member; members are never hard-deleted.
    SetMemberArchived(MemberId, bool),
    /// Add or update an activity.
    SaveActivity(Box<Activity>),
    /// Archive or restore an activity.
    SetActivityArchived(ActivityId, bool),
    /// Save the co-op's settings (the Settings form: every setting).
    SaveSettings(Box<Settings>),
    /// Change only the compliance warning window (days), on the settings as stored now.
    SetComplianceWindow(u16),
    /// A new referral, with its person when they are new (a stored person is not rewritten).
    Intake(Box<Person>, Box<Referral>),
    /// Update a stored person's profile (everything but the plan, which has its own actions).
    SavePerson(Box<Person>),
    /// Move a referral to another status, with a note, dated today (never before its
    /// current status began).
    ChangeReferralStatus(ReferralId, ReferralStatus, String),
    /// Add a goal to a person's plan.
    AddGoal(PersonId, Goal),
    /// Change the status of a person's goal (by its place in the plan).
    SetGoalStatus(PersonId, usize, GoalStatus),
    /// Choose the activities for a person's goal (by its place in the plan); each must be in
    /// the catalogue.
    SetGoalActivities(PersonId, usize, Vec<ActivityId>),
    /// Add or update a contact log entry.
    SaveContact(Box<Contact>),
    /// Record or correct a wellbeing assessment.
    SaveAssessment(Box<Assessment>),
    /// Book new sessions: one-off, or a new series with all its occurrences.
    BookSessions(Option<Box<Series>>, Vec<Session>),
    /// Change one occurrence (only what the form changed, on the session as stored now).
    EditOccurrence(SessionId, Box<SessionChange>),
    /// Record attendance for one occurrence: whether each listed participant came, and the
    /// note (the session's participants themselves are not changed by it).
    RecordAttendance(SessionId, Vec<Participant>),
    /// Cancel (true) or restore (false) one occurrence.
    SetSessionCancelled(SessionId, bool),
    /// Change a series from a date on (never past occurrences; each keeps its own date).
    EditSeriesFrom(SeriesId, NaiveDate, Box<SessionChange>),
    /// Cancel a series from a date on (never past occurrences).
    CancelSeriesFrom(SeriesId, NaiveDate),
    /// Add or update a fund.
    SaveFund(Box<Fund>),
    /// Admit a member to the co-op's register, or change their entry (class, address,
    /// offices, ceasing).
    SaveRegisterEntry(Box<RegisterEntry>),
    /// Record a line of the share ledger (issue, withdrawal or transfer).
    RecordShares(Box<LedgerEntry>),
    /// Remove a former member's entry, once the rules' period after they ceased has passed.
    RemoveFromRegister(RegisterEntryId),
    /// Record a general or board meeting, or change it (attendance, resolutions, votes,
    /// minutes).
    SaveMeeting(Box<Meeting>),
    /// Save a member's availability.
    SaveAvailability(Box<Availability>),
    /// Book a suggestion for a waiting referral: create the session (or join the group
    /// session) and move the referral to matched.
    BookSuggestion(ReferralId, Box<Suggestion>),
    /// Store a checked import file, all of it or nothing.
    Import(Box<ImportBatch>),
    /// Erase a person and every record about them, leaving none of their bytes behind.
    ErasePerson(PersonId),
    /// Erase several people at once (people due for review), all of them or none, with one
    /// rewrite of the file afterwards.
    ErasePeople(Vec<PersonId>),
    /// Protect the data file with a passphrase, change it, or remove it.
    Protect(crate::data::Protection),
    /// Note in the audit trail that someone opened this person's page (changes nothing else).
    RecordView(PersonId),
    /// Note in the audit trail that data was exported: one person's (a subject access report,
    /// a letter), or the co-op's (`None`), with what was exported ("people.csv").
    RecordExport(Option<PersonId>, String),
    /// Note in the audit trail that the data was restored from a backup (what the restore
    /// says: when the backup was taken, who was erased again).
    RecordRestore(String),
    /// Erase again, in one transaction, people a restored backup still held who had been
    /// erased after it was taken.
    EraseAgain(Vec<PersonId>),
    /// Take back what an earlier action changed (refused if any of it changed since).
    Undo(Box<UndoStep>),
    /// Do again what an undone action had changed (refused if any of it changed since).
    Redo(Box<UndoStep>),
    /// The action, refused if the record it saves is no longer as the form read it (someone
    /// else saved it since): no lost updates. See [`Action::if_unchanged`].
    IfUnchanged(Box<AsRead>, Box<Action>),
    /// A save that met someone else's change, applied on top of it: the record as stored now
    /// with only the fields this save changed (from the record as read) set to its values.
    OnTop(Box<AsRead>, Box<Action>),
}

impl Action {
    /// This save, refused with [`DataError::Changed`] if the record is no longer `read` (as
    /// the form read it). A record not stored yet needs no guard.
    pub fn if_unchanged(self, read: impl Into<Option<AsRead>>) -> Action {
        match read.into() {
            Some(read) => Action::IfUnchanged(Box::new(read), Box::new(self)),
            None => self,
        }
    }

    /// The whole record a save writes, as the guard compares it.
    fn saved_record(&self) -> Option<serde_json::Value> {
        use Action as A;
        let record = match self {
            A::SaveMember(r) => (**r).clone().into_any(),
            A::SaveActivity(r) => (**r).clone().into_any(),
            A::SavePerson(r) => (**r).clone().into_any(),
            A::SaveContact(r) => (**r).clone().into_any(),
            A::SaveAssessment(r) => (**r).clone().into_any(),
            A::SaveFund(r) => (**r).clone().into_any(),
            A::SaveRegisterEntry(r) => (**r).clone().into_any(),
            A::SaveMeeting(r) => (**r).clone().into_any(),
            A::SaveAvailability(r) => (**r).clone().into_any(),
            A::SaveSettings(s) => return serde_json::to_value(&**s).ok(),
            _ => return None,
        };
        guard::json_of(&record).ok()
    }

    /// The same save with another record (as JSON) in it; `None` when it does not fit.
    fn with_saved_record(&self, json: serde_json::Value) -> Option<Action> {
        use Action as A;
        fn from<T: serde::de::DeserializeOwned>(json: serde_json::Value) -> Option<Box<T>> {
            serde_json::from_value(json).ok().map(Box::new)
        }
        Some(match self {
            A::SaveMember(_) => A::SaveMember(from(json)?),
            A::SaveActivity(_) => A::SaveActivity(from(json)?),
            A::SavePerson(_) => A::SavePerson(from(json)?),
            A::SaveContact(_) => A::SaveContact(from(json)?),
            A::SaveAssessment(_) => A::SaveAssessment(from(json)?),
            A::SaveFund(_) => A::SaveFund(from(json)?),
            A::SaveAvailability(_) => A::SaveAvailability(from(json)?),
            A::SaveSettings(_) => A::SaveSettings(from(json)?),
            A::SaveRegisterEntry(_) => A::SaveRegisterEntry(from(json)?),
            A::SaveMeeting(_) => A::SaveMeeting(from(json)?),
            _ => return None,
        })
    }
}

impl AsRead {
    /// A stored record as the form read it (`None` for a new one, which nobody else can have
    /// changed).
    pub fn record<R: crate::data::Entity>(record: &R) -> Option<AsRead> {
        let any = record.clone().into_any();
        (any.id().raw() != 0).then(|| AsRead::Record(Box::new(any)))
    }
}

/// A kind of record in a word, in the interface language ("member", "register entry"...).
fn kind_noun(kind: crate::data::RecordKind) -> String {
    use crate::data::RecordKind as K;
    match kind {
        K::Member => crate::t!("act-noun-member"),
        K::Activity => crate::t!("act-noun-activity"),
        K::Person => crate::t!("act-noun-person"),
        K::Referral => crate::t!("act-noun-referral"),
        K::Session => crate::t!("act-noun-session"),
        K::Series => crate::t!("act-noun-series"),
        K::Assessment => crate::t!("act-noun-assessment"),
        K::Fund => crate::t!("act-noun-fund"),
        K::Contact => crate::t!("act-noun-contact"),
        K::Availability => crate::t!("act-noun-availability"),
        K::RegisterEntry => crate::t!("act-noun-register-entry"),
        K::LedgerEntry => crate::t!("act-noun-ledger-entry"),
        K::Meeting => crate::t!("act-noun-meeting"),
    }
}

/// What an action did, in words for the status bar or the terminal.
#[derive(Debug, Clone, PartialEq)]
pub struct Done {
    /// One line: "Session booked", "Imported 12 members: 10 added, 2 updated".
    pub message: String,
    /// Something to show once and never again: a new file's recovery key.
    pub shown_once: Option<crate::data::Secret>,
    /// How to take the action back ([`apply_undoable`] only; `None` when it cannot be).
    pub undo: Option<UndoStep>,
}

impl Done {
    fn new(message: impl Into<String>) -> Self {
        Done { message: message.into(), shown_once: None, undo: None }
    }
}

/// Runs `action` as one transaction (any error changes nothing) and says what it did.
/// `today` dates status changes and keeps series edits out of the past. The transaction also
/// adds the action's entry to the audit trail.
pub fn apply(store: &mut dyn DataStore, action: Action, today: NaiveDate) -> Result<Done, DataError> {
    match audit::Plan::of(&action) {
        Some(plan) => {
            let mut audited = audit::Audited { store, plan, noted: std::cell::Cell::new(false) };
            run(&mut audited, action, today)
        }
        None => run(store, action, today),
    }
}

/// [`apply`] without the audit entry (added by the caller's store).
fn run(store: &mut dyn DataStore, action: Action, today: NaiveDate) -> Result<Done, DataError> {
    use Action as A;
    Ok(match action {
        A::StartCoop => {
            store.write(|tx| tx.mark_set_up())?;
            Done::new(crate::t!("act-started-coop"))
        }
        A::SaveMember(mut member) => {
            store.write(|tx| tx.put(&mut *member))?;
            Done::new(crate::t!("act-saved-named", name = member.name.as_str()))
        }
        A::SetMemberArchived(id, archived) => {
            store.write(|tx| {
                let mut member: Member = tx.require(id, "member")?;
                member.archived = archived;
                tx.put(&mut member)
            })?;
            Done::new(if archived {
                crate::t!("act-member-archived")
            } else {
                crate::t!("act-member-restored")
            })
        }
        A::SaveActivity(mut activity) => {
            store.write(|tx| tx.put(&mut *activity))?;
            Done::new(crate::t!("act-saved-named", name = activity.name.as_str()))
        }
        A::SetActivityArchived(id, archived) => {
            store.write(|tx| {
                let mut activity: Activity = tx.require(id, "activity")?;
                activity.archived = archived;
                tx.put(&mut activity)
            })?;
            Done::new(if archived {
                crate::t!("act-activity-archived")
            } else {
                crate::t!("act-activity-restored")
            })
        }
        A::SaveSettings(settings) => {
            store.write(|tx| tx.put_settings(&settings))?;
            Done::new(crate::t!("act-settings-saved"))
        }
        A::SetComplianceWindow(days) => {
            store.write(|tx| {
                let mut settings = tx.settings()?;
                settings.compliance_window_days = days;
                tx.put_settings(&settings)
            })?;
            Done::new(crate::t!("act-compliance-window", days = days))
        }
        A::SaveRegisterEntry(entry) => coop::save_entry(store, *entry)?,
        A::RecordShares(line) => coop::record_shares(store, *line)?,
        A::RemoveFromRegister(id) => coop::remove_entry(store, id, today)?,
        A::SaveMeeting(meeting) => coop::save_meeting(store, *meeting)?,
        A::SaveFund(mut fund) => {
            store.write(|tx| tx.put(&mut *fund))?;
            Done::new(crate::t!("act-saved-named", name = fund.name.as_str()))
        }
        A::SaveAvailability(mut availability) => {
            store.write(|tx| tx.put(&mut *availability))?;
            Done::new(crate::t!("act-availability-saved"))
        }
        A::Intake(person, referral) => people::intake(store, *person, *referral, today)?,
        A::SavePerson(person) => people::save_person(store, *person, today)?,
        A::ChangeReferralStatus(id, status, note) => people::change_status(store, id, status, &note, today)?,
        A::AddGoal(person, goal) => people::add_goal(store, person, goal)?,
        A::SetGoalStatus(person, index, status) => people::set_goal_status(store, person, index, status)?,
        A::SetGoalActivities(person, index, activities) => {
            people::set_goal_activities(store, person, index, activities)?
        }
        A::SaveContact(mut contact) => {
            store.write(|tx| {
                tx.require::<Person>(contact.person, "person")?;
                tx.put(&mut *contact)
            })?;
            Done::new(crate::t!("act-contact-saved"))
        }
        A::SaveAssessment(assessment) => people::save_assessment(store, *assessment)?,
        A::ErasePerson(person) => people::erase(store, person, today)?,
        A::ErasePeople(list) => people::erase_many(store, &list, today)?,
        A::Protect(change) => {
            use crate::data::Protection as P;
            let recovery = store.protect(&change)?;
            // The entry goes in once the file is rewritten, sealed like everything else.
            store.write(|_| Ok(()))?;
            let message = match change {
                P::Protect(_) => crate::t!("act-protected"),
                P::Change(_) => crate::t!("act-passphrase-changed"),
                P::Remove => crate::t!("act-passphrase-removed"),
            };
            Done { message, shown_once: recovery, undo: None }
        }
        // Only the audit entry: a note, not a change (the window says nothing about it).
        A::EraseAgain(list) => people::erase_many(store, &list, today)?,
        A::Undo(step) => undo::replay(store, &step, true)?,
        A::Redo(step) => undo::replay(store, &step, false)?,
        A::RecordView(_) | A::RecordExport(..) | A::RecordRestore(_) => {
            store.write(|_| Ok(()))?;
            Done::new("")
        }
        A::BookSessions(series, sessions) => sessions::book(store, series.map(|s| *s), sessions)?,
        A::EditOccurrence(id, change) => {
            store.write(|tx| sessions::edit_occurrence(tx, id, &change))?;
            Done::new(crate::t!("act-session-saved"))
        }
        A::RecordAttendance(id, places) => sessions::record_attendance(store, id, places)?,
        A::SetSessionCancelled(id, cancelled) => sessions::set_cancelled(store, id, cancelled)?,
        A::EditSeriesFrom(series, from, change) => {
            let n = store.write(|tx| sessions::edit_series_from(tx, series, from, &change, today))?;
            Done::new(crate::t!("act-series-updated", count = n))
        }
        A::CancelSeriesFrom(series, from) => {
            let n = store.write(|tx| sessions::cancel_series_from(tx, series, from, today))?;
            Done::new(crate::t!("act-series-cancelled", count = n))
        }
        A::BookSuggestion(referral, suggestion) => {
            store.write(|tx| sessions::book_suggestion(tx, referral, &suggestion, today))?;
            Done::new(crate::t!("act-suggestion-booked"))
        }
        A::Import(batch) => import::commit(store, *batch, today)?,
        A::IfUnchanged(read, action) => {
            let yours = action.saved_record();
            let mut guarded = guard::Guarded { store, read: &read, yours };
            apply(&mut guarded, *action, today)?
        }
        A::OnTop(read, action) => {
            let (now, on_top) = guard::on_top(&*store, &read, &action)?;
            apply(store, on_top.if_unchanged(now), today)?
        }
    })
}
