//! Every action leaves an audit entry, written in the same transaction as its change: the
//! action in words and the record it concerns (a person by reference, others by id), never
//! what the record says. [`Audited`] wraps the store an action runs on; the first transaction
//! it commits carries the entry.

use super::{Action, ImportBatch};
use crate::data::{
    Action as Work, AnyId, AnyRecord, AnyRecordMut, AnyRecords, DataError, DataStore, Reads, RecordKind,
    Transaction,
};
use crate::domain::PersonId;
use crate::domain::audit::AuditNote;
use std::cell::Cell;

/// Which record an entry names.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    /// The co-op as a whole, or its settings.
    Nothing,
    /// A stored record, read before the action runs (so an erased person keeps their reference).
    Stored(AnyId),
    /// Several stored records, an entry each.
    EachOf(Vec<AnyId>),
    /// The first record of this kind the action writes (a new one gets its id there).
    Written(RecordKind),
}

/// What an action's entry will say, worked out before it runs.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Plan {
    pub(super) action: String,
    kind: &'static str,
    target: Target,
    detail: String,
}

fn plan(action: impl Into<String>, kind: &'static str, target: Target) -> Plan {
    Plan { action: action.into(), kind, target, detail: String::new() }
}

fn added_or_changed(new: bool, noun: &str) -> String {
    format!("{} {noun}", if new { "added" } else { "changed" })
}

impl Plan {
    /// The entry `action` will leave (`None` for the guarded forms, whose inner action has
    /// its own).
    pub(super) fn of(action: &Action) -> Option<Plan> {
        use Action as A;
        use Target::{Nothing, Stored, Written};
        let saved = |new: bool, noun: &'static str, id: AnyId| {
            let target = if new { Written(id.kind()) } else { Stored(id) };
            plan(added_or_changed(new, noun), noun, target)
        };
        let flag = |on: bool, yes: &str, no: &str, noun: &'static str, id: AnyId| {
            plan(format!("{} {noun}", if on { yes } else { no }), noun, Stored(id))
        };
        Some(match action {
            A::StartCoop => plan("started the co-op", "co-op", Nothing),
            A::SaveMember(m) => saved(m.id.0 == 0, "member", AnyId::Member(m.id)),
            A::SetMemberArchived(id, on) => flag(*on, "archived", "restored", "member", AnyId::Member(*id)),
            A::SaveActivity(a) => saved(a.id.0 == 0, "activity", AnyId::Activity(a.id)),
            A::SetActivityArchived(id, on) => {
                flag(*on, "archived", "restored", "activity", AnyId::Activity(*id))
            }
            A::SaveSettings(_) | A::SetComplianceWindow(_) => plan("changed settings", "settings", Nothing),
            A::Intake(..) => plan("took referral", "referral", Written(RecordKind::Referral)),
            A::SavePerson(p) => plan("changed person", "person", Stored(AnyId::Person(p.id))),
            A::ChangeReferralStatus(id, status, _) => Plan {
                detail: format!("to {}", status.key()),
                ..plan("changed referral status", "referral", Stored(AnyId::Referral(*id)))
            },
            A::AddGoal(p, _) => plan("added goal", "person", Stored(AnyId::Person(*p))),
            A::SetGoalStatus(p, ..) => plan("changed goal status", "person", Stored(AnyId::Person(*p))),
            A::SetGoalActivities(p, ..) => {
                plan("changed goal activities", "person", Stored(AnyId::Person(*p)))
            }
            A::SaveContact(c) => {
                let new = c.id.0 == 0;
                plan(
                    if new { "logged contact" } else { "changed contact" },
                    "contact",
                    if new { Written(RecordKind::Contact) } else { Stored(AnyId::Contact(c.id)) },
                )
            }
            A::SaveAssessment(a) => {
                let new = a.id.0 == 0;
                let target =
                    if new { Written(RecordKind::Assessment) } else { Stored(AnyId::Assessment(a.id)) };
                plan(if new { "recorded assessment" } else { "corrected assessment" }, "assessment", target)
            }
            A::BookSessions(series, sessions) => {
                let p = match series {
                    Some(_) => plan("booked series", "series", Written(RecordKind::Series)),
                    None => plan("booked session", "session", Written(RecordKind::Session)),
                };
                Plan { detail: count(sessions.len(), "session"), ..p }
            }
            A::EditOccurrence(id, _) => plan("changed session", "session", Stored(AnyId::Session(*id))),
            A::RecordAttendance(id, _) => plan("recorded attendance", "session", Stored(AnyId::Session(*id))),
            A::SetSessionCancelled(id, on) => {
                flag(*on, "cancelled", "restored", "session", AnyId::Session(*id))
            }
            A::EditSeriesFrom(id, from, _) => Plan {
                detail: format!("from {from}"),
                ..plan("changed series", "series", Stored(AnyId::Series(*id)))
            },
            A::CancelSeriesFrom(id, from) => Plan {
                detail: format!("from {from}"),
                ..plan("cancelled series", "series", Stored(AnyId::Series(*id)))
            },
            A::SaveFund(f) => saved(f.id.0 == 0, "fund", AnyId::Fund(f.id)),
            A::SaveRegisterEntry(e) if e.id.0 == 0 => {
                plan("admitted member", "register entry", Written(RecordKind::RegisterEntry))
            }
            A::SaveRegisterEntry(e) => {
                plan("changed register entry", "register entry", Stored(AnyId::RegisterEntry(e.id)))
            }
            A::RecordShares(l) => Plan {
                detail: format!("{} of {}", l.kind.key(), count(l.shares as usize, "share")),
                ..plan("recorded shares", "share ledger entry", Written(RecordKind::LedgerEntry))
            },
            A::RemoveFromRegister(id) => {
                plan("removed from register", "register entry", Stored(AnyId::RegisterEntry(*id)))
            }
            A::SaveMeeting(m) => saved(m.id.0 == 0, "meeting", AnyId::Meeting(m.id)),
            A::SaveAvailability(a) => plan("changed availability", "member", Stored(AnyId::Member(a.member))),
            A::BookSuggestion(id, _) => plan("booked suggestion", "referral", Stored(AnyId::Referral(*id))),
            A::Import(batch) => Plan { detail: import_detail(batch), ..plan("imported", "co-op", Nothing) },
            A::ErasePerson(p) => plan("erased person", "person", Stored(AnyId::Person(*p))),
            A::ErasePeople(list) => {
                let ids = list.iter().map(|p| AnyId::Person(*p)).collect();
                Plan {
                    detail: "due for review".into(),
                    ..plan("erased person", "person", Target::EachOf(ids))
                }
            }
            A::EraseAgain(list) => {
                let ids = list.iter().map(|p| AnyId::Person(*p)).collect();
                Plan {
                    detail: "again, erased after the restored backup was taken".into(),
                    ..plan("erased person", "person", Target::EachOf(ids))
                }
            }
            A::Undo(step) | A::Redo(step) => {
                let verb = if matches!(action, A::Undo(_)) { "undid" } else { "redid" };
                let target = step.first_record().map_or(Nothing, Stored);
                let kind = step.first_record().map_or("settings", |id| id.kind().noun_one());
                Plan {
                    detail: step.audit_action().to_string(),
                    ..plan(format!("{verb} {}", step.audit_action()), kind, target)
                }
            }
            A::RecordRestore(what) => {
                Plan { detail: what.clone(), ..plan("restored from a backup", "co-op", Nothing) }
            }
            A::RecordView(p) => plan("viewed person", "person", Stored(AnyId::Person(*p))),
            A::Protect(change) => {
                use crate::data::Protection as P;
                let action = match change {
                    P::Protect(_) => "protected the file with a passphrase",
                    P::Change(_) => "changed the passphrase",
                    P::Remove => "removed the passphrase",
                };
                plan(action, "co-op", Nothing)
            }
            A::RecordExport(Some(p), what) => {
                Plan { detail: what.clone(), ..plan("exported person", "person", Stored(AnyId::Person(*p))) }
            }
            A::RecordExport(None, what) => {
                Plan { detail: what.clone(), ..plan("exported", "co-op", Nothing) }
            }
            A::IfUnchanged(..) | A::OnTop(..) => return None,
        })
    }
}

fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// The import's summary as the trail keeps it: in English, whatever the interface language
/// (the trail is data, not words on a screen).
fn import_detail(batch: &ImportBatch) -> String {
    crate::i18n::with_lang(crate::i18n::Lang::En, || batch.summary())
}

/// A kind of record as the audit trail names it ("session"), in the interface language, for
/// the trail's tables; a kind it does not know is given back as it is.
pub fn kind_in_words(kind: &str) -> String {
    match kind {
        "co-op" => crate::t!("act-kind-coop"),
        "member" => crate::t!("act-kind-member"),
        "activity" => crate::t!("act-kind-activity"),
        "person" => crate::t!("act-kind-person"),
        "referral" => crate::t!("act-kind-referral"),
        "session" => crate::t!("act-kind-session"),
        "series" => crate::t!("act-kind-series"),
        "assessment" => crate::t!("act-kind-assessment"),
        "fund" => crate::t!("act-kind-fund"),
        "contact" => crate::t!("act-kind-contact"),
        "availability" => crate::t!("act-kind-availability"),
        "register entry" => crate::t!("act-kind-register-entry"),
        "share ledger entry" => crate::t!("act-kind-ledger-entry"),
        "meeting" => crate::t!("act-kind-meeting"),
        "settings" => crate::t!("act-kind-settings"),
        other => other.to_string(),
    }
}

/// An action as the audit trail names it ("booked session"), in the interface language, for
/// the Undo button and messages; an action it does not know is given back as it is.
pub fn action_in_words(action: &str) -> String {
    if let Some(rest) = action.strip_prefix("undid ") {
        return crate::t!("act-audit-undid", action = action_in_words(rest));
    }
    if let Some(rest) = action.strip_prefix("redid ") {
        return crate::t!("act-audit-redid", action = action_in_words(rest));
    }
    match action {
        "started the co-op" => crate::t!("act-audit-started-coop"),
        "added member" => crate::t!("act-audit-added-member"),
        "changed member" => crate::t!("act-audit-changed-member"),
        "archived member" => crate::t!("act-audit-archived-member"),
        "restored member" => crate::t!("act-audit-restored-member"),
        "added activity" => crate::t!("act-audit-added-activity"),
        "changed activity" => crate::t!("act-audit-changed-activity"),
        "archived activity" => crate::t!("act-audit-archived-activity"),
        "restored activity" => crate::t!("act-audit-restored-activity"),
        "changed settings" => crate::t!("act-audit-changed-settings"),
        "took referral" => crate::t!("act-audit-took-referral"),
        "changed person" => crate::t!("act-audit-changed-person"),
        "changed referral status" => crate::t!("act-audit-changed-referral-status"),
        "added goal" => crate::t!("act-audit-added-goal"),
        "changed goal status" => crate::t!("act-audit-changed-goal-status"),
        "changed goal activities" => crate::t!("act-audit-changed-goal-activities"),
        "logged contact" => crate::t!("act-audit-logged-contact"),
        "changed contact" => crate::t!("act-audit-changed-contact"),
        "recorded assessment" => crate::t!("act-audit-recorded-assessment"),
        "corrected assessment" => crate::t!("act-audit-corrected-assessment"),
        "booked series" => crate::t!("act-audit-booked-series"),
        "booked session" => crate::t!("act-audit-booked-session"),
        "changed session" => crate::t!("act-audit-changed-session"),
        "recorded attendance" => crate::t!("act-audit-recorded-attendance"),
        "cancelled session" => crate::t!("act-audit-cancelled-session"),
        "restored session" => crate::t!("act-audit-restored-session"),
        "changed series" => crate::t!("act-audit-changed-series"),
        "cancelled series" => crate::t!("act-audit-cancelled-series"),
        "added fund" => crate::t!("act-audit-added-fund"),
        "changed fund" => crate::t!("act-audit-changed-fund"),
        "admitted member" => crate::t!("act-audit-admitted-member"),
        "changed register entry" => crate::t!("act-audit-changed-register-entry"),
        "recorded shares" => crate::t!("act-audit-recorded-shares"),
        "removed from register" => crate::t!("act-audit-removed-from-register"),
        "added meeting" => crate::t!("act-audit-added-meeting"),
        "changed meeting" => crate::t!("act-audit-changed-meeting"),
        "changed availability" => crate::t!("act-audit-changed-availability"),
        "booked suggestion" => crate::t!("act-audit-booked-suggestion"),
        "imported" => crate::t!("act-audit-imported"),
        "erased person" => crate::t!("act-audit-erased-person"),
        "restored from a backup" => crate::t!("act-audit-restored-backup"),
        "viewed person" => crate::t!("act-audit-viewed-person"),
        "protected the file with a passphrase" => crate::t!("act-audit-protected"),
        "changed the passphrase" => crate::t!("act-audit-changed-passphrase"),
        "removed the passphrase" => crate::t!("act-audit-removed-passphrase"),
        "exported person" => crate::t!("act-audit-exported-person"),
        "exported" => crate::t!("act-audit-exported"),
        other => other.to_string(),
    }
}

/// The reference of the person `record` is about, if it is about exactly one.
fn person_of(tx: &dyn Reads, record: &AnyRecord) -> Result<String, DataError> {
    let person = match record {
        AnyRecord::Person(p) => return Ok(p.reference.clone()),
        AnyRecord::Referral(r) => r.person,
        AnyRecord::Contact(c) => c.person,
        AnyRecord::Assessment(a) => a.person,
        AnyRecord::Session(s) if s.participants.len() == 1 => s.participants[0].person,
        AnyRecord::RegisterEntry(e) => match e.link {
            crate::domain::RegisterLink::Person(p) => p,
            _ => return Ok(String::new()),
        },
        _ => return Ok(String::new()),
    };
    reference_of(tx, person)
}

fn reference_of(tx: &dyn Reads, person: PersonId) -> Result<String, DataError> {
    Ok(crate::data::ReadsExt::get::<crate::domain::Person>(tx, person)?
        .map(|p| p.reference)
        .unwrap_or_default())
}

/// The entry's record and person, for a record as stored.
fn name(tx: &dyn Reads, id: AnyId) -> Result<(String, String), DataError> {
    let Some(record) = tx.get_any(id)? else {
        return Ok((id.raw().to_string(), String::new()));
    };
    let person = person_of(tx, &record)?;
    let shown = if let AnyRecord::Person(p) = &record { p.reference.clone() } else { id.raw().to_string() };
    Ok((shown, person))
}

/// The store an action runs on: its first committed transaction also appends the action's
/// audit entry.
pub(super) struct Audited<'a> {
    pub(super) store: &'a mut dyn DataStore,
    pub(super) plan: Plan,
    /// Set once the entry is committed; later transactions of the same action add none.
    pub(super) noted: Cell<bool>,
}

impl Audited<'_> {
    fn with_reads<T>(&self, read: impl FnOnce(&dyn Reads) -> Result<T, DataError>) -> Result<T, DataError> {
        read(&*self.store)
    }
}

crate::data::reads_through!(Audited<'_>, with_reads);

impl DataStore for Audited<'_> {
    fn transact(&self, action: &mut Work<'_>) -> Result<(), DataError> {
        if self.noted.get() {
            return self.store.transact(action);
        }
        let plan = &self.plan;
        self.store.transact(&mut |tx| {
            // Named before the action runs: an erased person keeps their reference here.
            let mut named = match &plan.target {
                Target::Stored(id) => vec![name(&*tx, *id)?],
                Target::EachOf(ids) => ids.iter().map(|id| name(&*tx, *id)).collect::<Result<_, _>>()?,
                _ => Vec::new(),
            };
            let wanted = match plan.target {
                Target::Written(kind) => Some(kind),
                _ => None,
            };
            let mut watched = Watched { inner: tx, wanted, written: None };
            action(&mut watched)?;
            if let (Target::Written(_), Some(id)) = (&plan.target, watched.written) {
                named.push(name(&*tx, id)?);
            }
            if named.is_empty() {
                named.push((String::new(), String::new()));
            }
            for (record, person) in named {
                let note =
                    AuditNote::new(&plan.action, plan.kind, record).about(&person).detail(&plan.detail);
                tx.append_audit(&note)?;
            }
            Ok(())
        })?;
        self.noted.set(true);
        Ok(())
    }

    super::forward_to_store!();
}

/// A transaction that notes the first record of the wanted kind written through it.
struct Watched<'t> {
    inner: &'t mut dyn Transaction,
    wanted: Option<RecordKind>,
    written: Option<AnyId>,
}

impl Watched<'_> {
    fn with_reads<T>(&self, read: impl FnOnce(&dyn Reads) -> Result<T, DataError>) -> Result<T, DataError> {
        read(&*self.inner)
    }

    fn saw(&mut self, kind: RecordKind, raw: u64) {
        if self.written.is_none() && self.wanted == Some(kind) {
            self.written = Some(AnyId::of(kind, raw));
        }
    }
}

crate::data::reads_through!(Watched<'_>, with_reads);

impl Transaction for Watched<'_> {
    fn put_any(&mut self, mut record: AnyRecordMut<'_>) -> Result<(), DataError> {
        self.inner.put_any(record.reborrow())?;
        self.saw(record.kind(), record.id_raw());
        Ok(())
    }
    fn delete_any(&mut self, id: AnyId) -> Result<bool, DataError> {
        self.inner.delete_any(id)
    }
    fn put_as_is(&mut self, record: AnyRecordMut<'_>) -> Result<(), DataError> {
        self.inner.put_as_is(record)
    }
    fn put_all_as_is(&mut self, records: &AnyRecords) -> Result<(), DataError> {
        self.inner.put_all_as_is(records)
    }
    fn note_erasure(&mut self) -> Result<(), DataError> {
        self.inner.note_erasure()
    }
    fn remember_erased(&mut self, erased: &crate::domain::ErasedPerson) -> Result<(), DataError> {
        self.inner.remember_erased(erased)
    }
    fn claim(&mut self, ids: &[AnyId]) -> Result<(), DataError> {
        self.inner.claim(ids)
    }
    fn append_audit(&mut self, note: &AuditNote) -> Result<(), DataError> {
        self.inner.append_audit(note)
    }
    fn put_audit_as_is(&mut self, entries: &[crate::domain::AuditEntry]) -> Result<(), DataError> {
        self.inner.put_audit_as_is(entries)
    }
    fn put_settings(&mut self, settings: &crate::domain::Settings) -> Result<(), DataError> {
        self.inner.put_settings(settings)
    }
    fn mark_set_up(&mut self) -> Result<(), DataError> {
        self.inner.mark_set_up()
    }
    fn mark_demo(&mut self) -> Result<(), DataError> {
        self.inner.mark_demo()
    }
}
