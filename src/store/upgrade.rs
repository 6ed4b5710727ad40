//! Schema upgrades that move data between records (the others only add tables or rebuild
//! derived ones, in `init_tables`).
//!
//! Schema 5 gives the co-op its register of members. Before it a worker's co-op membership
//! was two fields on their member record ("member since" and "share paid"); the upgrade
//! enters each such worker in the register, in the worker members class, with their share as
//! an issue in the share ledger, and rewrites the member without the two fields. It runs in
//! the same transaction as the rest of the upgrade, so a file is either upgraded whole or
//! not at all.

use super::query::Query;
use super::records::{Kind, MemberVersions};
use super::table;
use super::write::Writer;
use crate::data::DataError;
use crate::data::upgrade::enter_workers_in_register;
use crate::domain::Settings;
use crate::domain::member::MemberV1;
use redb::ReadableTable;

impl Writer<'_> {
    /// Moves every worker's "member since" and "share paid" into the register and the share
    /// ledger (schema 4 to 5). Returns how many workers were entered.
    pub(crate) fn move_shares_into_register(&mut self) -> Result<usize, DataError> {
        let mut old: Vec<MemberV1> = Vec::new();
        {
            let members = self.txn.open_table(table(Kind::Member))?;
            for row in members.iter()? {
                let (key, value) = row?;
                let id = key.value();
                let bytes = self.seal.open(Kind::Member.table_name(), id, value.value())?;
                let corrupt = |e: super::codec::CodecError| DataError::Corrupt {
                    table: Kind::Member.table_name(),
                    id,
                    reason: e.to_string(),
                };
                if let MemberVersions::V1(member) = MemberVersions::decode(&bytes).map_err(corrupt)? {
                    old.push(member);
                }
            }
        }
        let rules =
            Query(self.txn, self.seal).get::<Settings>(super::records::SETTINGS_ID)?.unwrap_or_default().coop;
        enter_workers_in_register(self, old, &rules, chrono::Local::now().date_naive())
    }
}
