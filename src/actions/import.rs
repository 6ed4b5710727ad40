//! Committing a checked import: every record of the file in one transaction, or none.

use super::Done;
use super::sessions::{edit_occurrence, edit_series_from, store_new};
use crate::data::{DataError, DataStore, Reads, ReadsExt, Transaction, TransactionExt, WriteExt};
use crate::domain::{
    Activity, Assessment, Availability, LedgerEntry, Member, Person, Referral, RegisterEntry, Session,
};
use crate::exchange::import::{
    ImportErrors, ImportKind, ImportPlan, RegisterImport, SessionContext, SessionImport, Sheet,
    plan_activities, plan_assessments, plan_availability, plan_exceptions, plan_members, plan_people,
    plan_referrals, plan_register, plan_sessions,
};
use chrono::NaiveDate;

/// Why an import file cannot be stored.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    /// What is stored could not be read to check the file against.
    #[error(transparent)]
    Data(#[from] DataError),
    /// Bad rows: nothing will be imported.
    #[error(transparent)]
    Rows(#[from] ImportErrors),
}

/// A checked import file, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportBatch {
    /// Members.
    Members(ImportPlan<Member>),
    /// Activities.
    Activities(ImportPlan<Activity>),
    /// People.
    People(ImportPlan<Person>),
    /// Referrals.
    Referrals(ImportPlan<Referral>),
    /// Assessments.
    Assessments(ImportPlan<Assessment>),
    /// Sessions, one-off and series.
    Sessions(ImportPlan<SessionImport>),
    /// Members' weekly availability or exceptions.
    Availability(ImportPlan<Availability>),
    /// The register of members, with what each holds.
    Register(ImportPlan<RegisterImport>),
}

impl ImportBatch {
    /// Checks every row of `sheet` as `kind` against what `store` holds: the batch to store
    /// (with [`crate::actions::Action::Import`]), or every problem. The window and the
    /// command line both plan an import here.
    pub fn plan(
        store: &dyn Reads,
        kind: ImportKind,
        sheet: &Sheet,
        today: NaiveDate,
    ) -> Result<ImportBatch, PlanError> {
        let s = store;
        Ok(match kind {
            ImportKind::Members => {
                ImportBatch::Members(plan_members(sheet, &s.all::<Member>()?, &s.all::<Activity>()?)?)
            }
            ImportKind::Activities => ImportBatch::Activities(plan_activities(sheet, &s.all::<Activity>()?)?),
            ImportKind::People => ImportBatch::People(plan_people(sheet, &s.all::<Person>()?, today)?),
            ImportKind::Referrals => ImportBatch::Referrals(plan_referrals(
                sheet,
                &s.all::<Person>()?,
                &s.all::<Referral>()?,
                today,
            )?),
            ImportKind::Assessments => ImportBatch::Assessments(plan_assessments(
                sheet,
                &s.all::<Person>()?,
                &s.all::<Assessment>()?,
                today,
            )?),
            ImportKind::Sessions => {
                let (activities, members, people, sessions) =
                    (s.all::<Activity>()?, s.all::<Member>()?, s.all::<Person>()?, s.all::<Session>()?);
                let cx = SessionContext {
                    activities: &activities,
                    members: &members,
                    people: &people,
                    sessions: &sessions,
                };
                ImportBatch::Sessions(plan_sessions(sheet, &cx)?)
            }
            ImportKind::Availability => ImportBatch::Availability(plan_availability(
                sheet,
                &s.all::<Member>()?,
                &s.all::<Availability>()?,
            )?),
            ImportKind::Exceptions => ImportBatch::Availability(plan_exceptions(
                sheet,
                &s.all::<Member>()?,
                &s.all::<Availability>()?,
            )?),
            ImportKind::Register => ImportBatch::Register(plan_register(
                sheet,
                &s.all::<RegisterEntry>()?,
                &s.all::<LedgerEntry>()?,
                &s.settings()?.coop,
                today,
            )?),
        })
    }

    /// What it holds, in the interface language: "12 members: 10 added, 2 updated".
    pub fn summary(&self) -> String {
        fn counts<T>(plan: &ImportPlan<T>) -> (usize, usize, usize) {
            (plan.added.len() + plan.updated.len(), plan.added.len(), plan.updated.len())
        }
        macro_rules! say {
            ($id:literal, $plan:expr) => {{
                let (total, added, updated) = counts($plan);
                crate::t!($id, total = total, added = added, updated = updated)
            }};
        }
        match self {
            ImportBatch::Members(plan) => say!("act-import-members", plan),
            ImportBatch::Activities(plan) => say!("act-import-activities", plan),
            ImportBatch::People(plan) => say!("act-import-people", plan),
            ImportBatch::Referrals(plan) => say!("act-import-referrals", plan),
            ImportBatch::Assessments(plan) => say!("act-import-assessments", plan),
            ImportBatch::Availability(plan) => say!("act-import-availability", plan),
            ImportBatch::Sessions(plan) => say!("act-import-session-rows", plan),
            ImportBatch::Register(plan) => say!("act-import-register", plan),
        }
    }
}

fn put_all<R: crate::data::Entity>(
    tx: &mut dyn Transaction,
    plan: &mut ImportPlan<R>,
) -> Result<(), DataError> {
    plan.records_mut().try_for_each(|r| tx.put(r).map(drop))
}

/// Stores the whole batch in one transaction; returns how many occurrences of sessions it
/// wrote (0 for other kinds).
fn store_batch(
    tx: &mut dyn Transaction,
    batch: &mut ImportBatch,
    today: NaiveDate,
) -> Result<usize, DataError> {
    match batch {
        ImportBatch::Members(plan) => put_all(tx, plan)?,
        ImportBatch::Activities(plan) => put_all(tx, plan)?,
        ImportBatch::People(plan) => put_all(tx, plan)?,
        ImportBatch::Referrals(plan) => put_all(tx, plan)?,
        ImportBatch::Assessments(plan) => put_all(tx, plan)?,
        ImportBatch::Availability(plan) => put_all(tx, plan)?,
        ImportBatch::Register(plan) => {
            for row in plan.records_mut() {
                let new = row.entry.id.is_new();
                let id = tx.put(&mut row.entry)?;
                let date = if new { row.entry.admitted } else { today.max(row.entry.admitted) };
                if let Some(mut line) = row.ledger_line(id, date) {
                    tx.put(&mut line)?;
                }
            }
        }
        ImportBatch::Sessions(plan) => {
            let mut occurrences = 0;
            for row in plan.records_mut() {
                occurrences += match row {
                    SessionImport::New { series, sessions } => store_new(tx, series.as_mut(), sessions)?,
                    SessionImport::Occurrence { session, change } => edit_occurrence(tx, *session, change)?,
                    SessionImport::SeriesFrom { series, from, change } => {
                        edit_series_from(tx, *series, *from, change, today)?
                    }
                };
            }
            return Ok(occurrences);
        }
    }
    Ok(0)
}

/// Commits an import: all of it, or (on any error) nothing.
pub(super) fn commit(
    store: &dyn DataStore,
    mut batch: ImportBatch,
    today: NaiveDate,
) -> Result<Done, DataError> {
    let occurrences = store.write(|tx| store_batch(tx, &mut batch, today))?;
    let mut summary = batch.summary();
    if matches!(batch, ImportBatch::Sessions(_)) {
        summary = crate::t!("act-import-occurrences", summary = summary, count = occurrences);
    }
    Ok(Done::new(crate::t!("act-imported", summary = summary)))
}
