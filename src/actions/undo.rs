//! Undo and redo: what an action changed, recorded record by record inside its own
//! transaction (each record as it was before and as it was stored after), so the window can
//! take it back ([`Action::Undo`]) or do it again ([`Action::Redo`]), each in one
//! transaction of its own. Taking back refuses, changing nothing, when any of those records
//! is no longer as the action left it (another window, an import): nothing is undone over
//! someone else's change. Erasures, starting a co-op, copies and restores are not recorded:
//! they cannot be undone.

use super::{Action, Done, audit};
use crate::data::{
    Action as Work, AnyId, AnyRecord, AnyRecordMut, AnyRecords, DataError, DataStore, Reads, ReadsExt,
    Transaction, WriteExt,
};
use crate::domain::{Activity, Member, Person, Settings};
use std::cell::RefCell;

/// One thing an action changed.
#[derive(Debug, Clone, PartialEq)]
enum Change {
    /// A record: as it was before (`None`: it did not exist) and after (`None`: deleted).
    Record { id: AnyId, before: Option<Box<AnyRecord>>, after: Option<Box<AnyRecord>> },
    /// The co-op's settings.
    Settings { before: Box<Settings>, after: Box<Settings> },
}

/// What one action changed, to take it back or do it again.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoStep {
    /// What the action did, as the Undo button says it: "booked session (Gentle yoga, Tue 1 Dec)".
    pub label: String,
    /// The action as the audit trail names it ("booked session").
    audit: String,
    changes: Vec<Change>,
}

impl UndoStep {
    /// How many record versions it holds (what bounds the window's undo memory).
    pub fn size(&self) -> usize {
        self.changes
            .iter()
            .map(|c| match c {
                Change::Record { before, after, .. } => {
                    usize::from(before.is_some()) + usize::from(after.is_some())
                }
                Change::Settings { .. } => 2,
            })
            .sum()
    }

    /// The record the audit entry of its undo names (the first changed).
    pub(super) fn first_record(&self) -> Option<AnyId> {
        self.changes.iter().find_map(|c| match c {
            Change::Record { id, .. } => Some(*id),
            Change::Settings { .. } => None,
        })
    }

    /// The action as the audit trail names it.
    pub(super) fn audit_action(&self) -> &str {
        &self.audit
    }
}

/// What the recording transactions of one action saw, merged per record.
#[derive(Default)]
struct Seen {
    changes: Vec<Change>,
    /// Something was written that cannot be taken back (an erasure, a copy, the set-up flag).
    irreversible: bool,
}

impl Seen {
    fn record(&mut self, id: AnyId, before: Option<Box<AnyRecord>>, after: Option<Box<AnyRecord>>) {
        match self.changes.iter_mut().find(|c| matches!(c, Change::Record { id: i, .. } if *i == id)) {
            // Touched again: it was as first seen before the action, and is as last written after.
            Some(Change::Record { after: a, .. }) => *a = after,
            _ => self.changes.push(Change::Record { id, before, after }),
        }
    }

    fn settings(&mut self, before: Settings, after: Settings) {
        match self.changes.iter_mut().find(|c| matches!(c, Change::Settings { .. })) {
            Some(Change::Settings { after: a, .. }) => **a = after,
            _ => self.changes.push(Change::Settings { before: Box::new(before), after: Box::new(after) }),
        }
    }
}

/// Runs `action` as [`super::apply`] does, recording what it changes; the [`Done`] carries
/// the [`UndoStep`] when the action can be undone.
pub fn apply_undoable(
    store: &mut dyn DataStore,
    action: Action,
    today: chrono::NaiveDate,
) -> Result<Done, DataError> {
    // A guarded save is named by the save it guards.
    let mut named = &action;
    while let Action::IfUnchanged(_, inner) | Action::OnTop(_, inner) = named {
        named = inner;
    }
    let audit = audit::Plan::of(named).map(|p| p.action).unwrap_or_default();
    let undoable = !matches!(
        action,
        Action::Undo(_)
            | Action::Redo(_)
            | Action::RecordView(_)
            | Action::RecordExport(..)
            | Action::RecordRestore(_)
    );
    let mut recorder =
        Recorder { store, seen: RefCell::new(Seen::default()), label: RefCell::new(String::new()) };
    let mut done = super::apply(&mut recorder, action, today)?;
    let mut seen = recorder.seen.into_inner();
    // A save that stored what was there already changed nothing to take back.
    seen.changes.retain(|c| match c {
        Change::Record { before, after, .. } => before != after,
        Change::Settings { before, after } => before != after,
    });
    if undoable && !seen.irreversible && !seen.changes.is_empty() {
        let what = recorder.label.into_inner();
        let shown = audit::action_in_words(&audit);
        let label =
            if what.is_empty() { shown } else { crate::t!("act-undo-label", action = shown, what = what) };
        done.undo = Some(UndoStep { label, audit, changes: seen.changes });
    }
    Ok(done)
}

/// Takes `step` back (`back`) or does it again, in one transaction, after checking every
/// record it changed is still as the step left it (or found it).
pub(super) fn replay(store: &dyn DataStore, step: &UndoStep, back: bool) -> Result<Done, DataError> {
    let changed = |what: String| {
        let label = step.label.as_str();
        DataError::conflict(if back {
            crate::t!("act-undo-changed", label = label, what = what)
        } else {
            crate::t!("act-redo-changed", label = label, what = what)
        })
    };
    store.write(|tx| {
        let order: Box<dyn Iterator<Item = &Change>> =
            if back { Box::new(step.changes.iter().rev()) } else { Box::new(step.changes.iter()) };
        for change in order {
            match change {
                Change::Record { id, before, after } => {
                    let (expect, put) = if back { (after, before) } else { (before, after) };
                    if tx.get_any(*id)?.as_ref() != expect.as_deref() {
                        return Err(changed(crate::t!(
                            "act-record-numbered",
                            noun = super::kind_noun(id.kind()),
                            id = id.raw().to_string()
                        )));
                    }
                    match put {
                        Some(record) => tx.put_as_is((**record).clone().as_any_mut())?,
                        None => {
                            tx.delete_any(*id)?;
                        }
                    }
                }
                Change::Settings { before, after } => {
                    let (expect, put) = if back { (after, before) } else { (before, after) };
                    if tx.settings()? != **expect {
                        return Err(changed(crate::t!("act-coop-settings")));
                    }
                    tx.put_settings(put)?;
                }
            }
        }
        Ok(())
    })?;
    Ok(Done::new(if back {
        crate::t!("act-undid", label = step.label.as_str())
    } else {
        crate::t!("act-redid", label = step.label.as_str())
    }))
}

/// The store an undoable action runs on: each committed transaction adds what it changed.
struct Recorder<'a> {
    store: &'a mut dyn DataStore,
    seen: RefCell<Seen>,
    /// What the first changed record is, in words, for the label.
    label: RefCell<String>,
}

impl Recorder<'_> {
    fn with_reads<T>(&self, read: impl FnOnce(&dyn Reads) -> Result<T, DataError>) -> Result<T, DataError> {
        read(&*self.store)
    }
}

crate::data::reads_through!(Recorder<'_>, with_reads);

impl DataStore for Recorder<'_> {
    fn transact(&self, action: &mut Work<'_>) -> Result<(), DataError> {
        let mut committed = None;
        self.store.transact(&mut |tx| {
            let mut recording = Recording { inner: tx, seen: Seen::default() };
            action(&mut recording)?;
            let seen = recording.seen;
            let first = seen.changes.first().cloned();
            let what = match &first {
                Some(change) => describe(&*tx, change)?,
                None => String::new(),
            };
            committed = Some((seen, what));
            Ok(())
        })?;
        // Only what committed counts.
        if let Some((seen, what)) = committed {
            let mut all = self.seen.borrow_mut();
            if all.changes.is_empty() && self.label.borrow().is_empty() {
                *self.label.borrow_mut() = what;
            }
            all.irreversible |= seen.irreversible;
            for change in seen.changes {
                match change {
                    Change::Record { id, before, after } => all.record(id, before, after),
                    Change::Settings { before, after } => all.settings(*before, *after),
                }
            }
        }
        Ok(())
    }

    super::forward_to_store!();
}

/// A transaction that notes each record as it was before and after every write.
struct Recording<'t> {
    inner: &'t mut dyn Transaction,
    seen: Seen,
}

impl Recording<'_> {
    fn with_reads<T>(&self, read: impl FnOnce(&dyn Reads) -> Result<T, DataError>) -> Result<T, DataError> {
        read(&*self.inner)
    }
}

crate::data::reads_through!(Recording<'_>, with_reads);

impl Transaction for Recording<'_> {
    fn put_any(&mut self, mut record: AnyRecordMut<'_>) -> Result<(), DataError> {
        let kind = record.kind();
        let before = match record.id_raw() {
            0 => None,
            raw => self.inner.get_any(AnyId::of(kind, raw))?.map(Box::new),
        };
        self.inner.put_any(record.reborrow())?;
        let id = AnyId::of(kind, record.id_raw());
        // As stored (read back), so an undo compares with exactly what is there.
        let after = self.inner.get_any(id)?.map(Box::new);
        self.seen.record(id, before, after);
        Ok(())
    }
    fn delete_any(&mut self, id: AnyId) -> Result<bool, DataError> {
        let before = self.inner.get_any(id)?.map(Box::new);
        let gone = self.inner.delete_any(id)?;
        if gone {
            self.seen.record(id, before, None);
        }
        Ok(gone)
    }
    fn put_as_is(&mut self, record: AnyRecordMut<'_>) -> Result<(), DataError> {
        self.seen.irreversible = true;
        self.inner.put_as_is(record)
    }
    fn put_all_as_is(&mut self, records: &AnyRecords) -> Result<(), DataError> {
        self.seen.irreversible = true;
        self.inner.put_all_as_is(records)
    }
    fn note_erasure(&mut self) -> Result<(), DataError> {
        self.seen.irreversible = true;
        self.inner.note_erasure()
    }
    fn remember_erased(&mut self, erased: &crate::domain::ErasedPerson) -> Result<(), DataError> {
        self.seen.irreversible = true;
        self.inner.remember_erased(erased)
    }
    fn claim(&mut self, ids: &[AnyId]) -> Result<(), DataError> {
        self.inner.claim(ids)
    }
    fn append_audit(&mut self, note: &crate::domain::AuditNote) -> Result<(), DataError> {
        self.inner.append_audit(note)
    }
    fn put_audit_as_is(&mut self, entries: &[crate::domain::AuditEntry]) -> Result<(), DataError> {
        self.inner.put_audit_as_is(entries)
    }
    fn put_settings(&mut self, settings: &Settings) -> Result<(), DataError> {
        let before = self.inner.settings()?;
        self.inner.put_settings(settings)?;
        let after = self.inner.settings()?;
        self.seen.settings(before, after);
        Ok(())
    }
    fn mark_set_up(&mut self) -> Result<(), DataError> {
        self.seen.irreversible = true;
        self.inner.mark_set_up()
    }
    fn mark_demo(&mut self) -> Result<(), DataError> {
        self.seen.irreversible = true;
        self.inner.mark_demo()
    }
}

/// The changed record in a few words: "Gentle yoga, Tue 1 Dec", "P0042", "Isla MacLeod".
fn describe(tx: &dyn Reads, change: &Change) -> Result<String, DataError> {
    let Change::Record { before, after, .. } = change else { return Ok(String::new()) };
    let Some(record) = after.as_deref().or(before.as_deref()) else { return Ok(String::new()) };
    let person = |id| -> Result<String, DataError> {
        Ok(tx.get::<Person>(id)?.map(|p| p.reference).unwrap_or_default())
    };
    let day = |d: chrono::NaiveDate| crate::i18n::date(d, "%a %-d %b");
    Ok(match record {
        AnyRecord::Session(s) => {
            let activity = tx.get::<Activity>(s.activity)?.map(|a| a.name).unwrap_or_default();
            format!("{activity}, {}", day(s.date))
        }
        AnyRecord::Person(p) => p.reference.clone(),
        AnyRecord::Member(m) => m.name.clone(),
        AnyRecord::Activity(a) => a.name.clone(),
        AnyRecord::Referral(r) => person(r.person)?,
        AnyRecord::Contact(c) => format!("{}, {}", person(c.person)?, day(c.date)),
        AnyRecord::Assessment(a) => format!("{}, {}", person(a.person)?, day(a.date)),
        AnyRecord::Fund(f) => f.name.clone(),
        AnyRecord::Availability(a) => tx.get::<Member>(a.member)?.map(|m| m.name).unwrap_or_default(),
        AnyRecord::Series(s) => crate::t!("act-undo-series-from", date = day(s.first)),
        AnyRecord::RegisterEntry(e) => e.name.clone(),
        AnyRecord::LedgerEntry(l) => crate::t!("act-undo-shares", count = l.shares, date = day(l.date)),
        AnyRecord::Meeting(m) => format!("{}, {}", m.kind.label(), day(m.date)),
    })
}
