//! What both backends do the same when an upgrade moves data between records, written once
//! over the [`Transaction`] interface (each backend runs it inside its upgrade's transaction).

use super::{DataError, Transaction, TransactionExt};
use crate::domain::Member;
use crate::domain::coop::{CoopRules, entry_for_worker};
use crate::domain::member::MemberV1;
use chrono::NaiveDate;

/// Rewrites each worker stored before the register without its two old fields, and enters
/// each who was a co-op member in the register with their share as an issue in the ledger
/// ([`entry_for_worker`]; `today` dates an admission nothing else dates). Returns how many
/// were entered.
pub fn enter_workers_in_register(
    tx: &mut dyn Transaction,
    workers: Vec<MemberV1>,
    rules: &CoopRules,
    today: NaiveDate,
) -> Result<usize, DataError> {
    let mut entered = 0;
    for worker in workers {
        tx.put(&mut Member::from(worker.clone()))?;
        let Some((mut entry, issue)) = entry_for_worker(&worker, rules, today) else { continue };
        let id = tx.put(&mut entry)?;
        if let Some(mut issue) = issue {
            issue.entry = id;
            tx.put(&mut issue)?;
        }
        entered += 1;
    }
    Ok(entered)
}
