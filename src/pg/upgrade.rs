//! Moving data between records after a migration (migration 6: each worker's "member since"
//! and "share paid" into the register and the share ledger), inside the migration's
//! transaction, with the same rule as the file backend (`domain::coop::entry_for_worker`).

use super::rows::{PgTx, id_of};
use crate::data::upgrade::enter_workers_in_register;
use crate::data::{DataError, Reads};
use crate::domain::member::MemberV1;
use postgres::types::Json;

/// Enters every worker who was a co-op member in the register (and their share in the
/// ledger), and rewrites their record without the two old fields.
pub(super) fn move_shares_into_register(tx: &mut PgTx<'_, '_>) -> Result<usize, DataError> {
    let rows = tx.rows("SELECT id, record FROM members ORDER BY id", &[])?;
    let mut old = Vec::new();
    for row in rows {
        let (id, Json(record)): (i64, Json<serde_json::Value>) = (row.get(0), row.get(1));
        // A record without the old fields was written after them: nothing to move.
        if record.get("member_since").is_none() && record.get("share_paid").is_none() {
            continue;
        }
        let member: MemberV1 = serde_json::from_value(record).map_err(|e| DataError::Corrupt {
            table: "members",
            id: id_of(id),
            reason: e.to_string(),
        })?;
        old.push(member);
    }
    let rules = tx.settings()?.coop;
    enter_workers_in_register(tx, old, &rules, chrono::Local::now().date_naive())
}
