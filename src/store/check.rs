//! `carecoop check`: decode every record and verify every index entry against its table.

use super::records::{GLANCE_ID_MASK, Index, Kind, Record};
use super::seal::Seal;
use super::{REFERRAL_GLANCES, index_table, table};
use crate::data::{CheckReport, DataError};
use crate::domain::summary::summary_problems;
use crate::domain::{
    Activity, Assessment, Availability, Contact, Fund, LedgerEntry, Meeting, Member, Person, PersonSummary,
    Referral, RegisterEntry, Series, Session, Settings,
};
use redb::{ReadTransaction, ReadableDatabase, ReadableMultimapTable, ReadableTable};
use std::collections::{BTreeSet, HashMap};

type Entry = (Index, u64, u64);

fn check_kind<R: Record>(
    txn: &ReadTransaction,
    seal: &Seal,
    report: &mut CheckReport,
    expected: &mut BTreeSet<Entry>,
) -> Result<(), DataError> {
    let t = txn.open_table(table(R::KIND))?;
    let mut count = 0;
    for entry in t.iter()? {
        let (k, v) = entry?;
        let id = k.value();
        count += 1;
        match seal.open(R::KIND.table_name(), id, v.value()).and_then(|b| {
            R::decode(&b).map_err(|e| DataError::Corrupt {
                table: R::KIND.table_name(),
                id,
                reason: e.to_string(),
            })
        }) {
            Ok(record) => {
                if record.id() != id {
                    report.problems.push(crate::t!(
                        "store-check-wrong-id",
                        table = R::KIND.table_name(),
                        id = id.to_string(),
                        own = record.id().to_string()
                    ));
                }
                expected.extend(record.index_entries().into_iter().map(|(i, key)| (i, key, id)));
            }
            Err(e) => report.problems.push(crate::t!(
                "store-check-unreadable",
                table = R::KIND.table_name(),
                id = id.to_string(),
                error = e.to_string()
            )),
        }
    }
    report.counts.push((R::KIND.table_name(), count));
    Ok(())
}

/// Every record of a kind that decodes (the others are already reported by [`check_kind`]).
/// Each comes with the id it is stored under.
fn decodable<R: Record>(txn: &ReadTransaction, seal: &Seal) -> Result<Vec<(u64, R)>, DataError> {
    let t = txn.open_table(table(R::KIND))?;
    let mut out = Vec::new();
    for entry in t.iter()? {
        let (k, v) = entry?;
        let opened = seal.open(R::KIND.table_name(), k.value(), v.value()).ok();
        out.extend(opened.and_then(|b| R::decode(&b).ok()).map(|r| (k.value(), r)));
    }
    Ok(out)
}

/// The referral glances must be exactly those the referrals give.
fn check_glances(txn: &ReadTransaction, seal: &Seal, report: &mut CheckReport) -> Result<(), DataError> {
    let mut expected: HashMap<u64, Vec<u8>> =
        decodable::<Referral>(txn, seal)?.into_iter().filter_map(|(_, r)| r.glance_entry()).collect();
    let t = txn.open_table(REFERRAL_GLANCES)?;
    for entry in t.iter()? {
        let (k, v) = entry?;
        let id = k.value() & GLANCE_ID_MASK;
        let stored = seal.open(super::REFERRAL_GLANCES_NAME, k.value(), v.value());
        match expected.remove(&k.value()) {
            Some(bytes) if stored.as_deref().is_ok_and(|s| *s == *bytes) => {}
            Some(_) => report.problems.push(crate::t!("store-check-glance-stale", id = id.to_string())),
            None => report.problems.push(crate::t!("store-check-glance-stray", id = id.to_string())),
        }
    }
    for key in expected.keys() {
        report
            .problems
            .push(crate::t!("store-check-glance-missing", id = (key & GLANCE_ID_MASK).to_string()));
    }
    Ok(())
}

/// Each person's stored summary must equal one computed afresh from their records.
fn check_summaries(txn: &ReadTransaction, seal: &Seal, report: &mut CheckReport) -> Result<(), DataError> {
    let people: Vec<Person> = decodable::<Person>(txn, seal)?.into_iter().map(|(_, p)| p).collect();
    let referrals = decodable::<Referral>(txn, seal)?.into_iter().map(|(_, r)| r).collect();
    let assessments = decodable::<Assessment>(txn, seal)?.into_iter().map(|(_, a)| a).collect();
    let stored: HashMap<u64, PersonSummary> = decodable::<PersonSummary>(txn, seal)?.into_iter().collect();
    report.problems.extend(summary_problems(&people, referrals, assessments, stored));
    Ok(())
}

/// Decodes every record and checks every index, summary and glance against the tables.
pub(super) fn check(db: &redb::Database, seal: &Seal) -> Result<CheckReport, DataError> {
    {
        let txn = db.begin_read()?;
        let mut report = CheckReport::default();
        let mut expected = BTreeSet::new();
        for kind in Kind::ALL {
            match kind {
                Kind::Member => check_kind::<Member>(&txn, seal, &mut report, &mut expected)?,
                Kind::Activity => check_kind::<Activity>(&txn, seal, &mut report, &mut expected)?,
                Kind::Person => check_kind::<Person>(&txn, seal, &mut report, &mut expected)?,
                Kind::Referral => check_kind::<Referral>(&txn, seal, &mut report, &mut expected)?,
                Kind::Session => check_kind::<Session>(&txn, seal, &mut report, &mut expected)?,
                Kind::Series => check_kind::<Series>(&txn, seal, &mut report, &mut expected)?,
                Kind::Assessment => check_kind::<Assessment>(&txn, seal, &mut report, &mut expected)?,
                Kind::Fund => check_kind::<Fund>(&txn, seal, &mut report, &mut expected)?,
                Kind::Contact => check_kind::<Contact>(&txn, seal, &mut report, &mut expected)?,
                Kind::Availability => check_kind::<Availability>(&txn, seal, &mut report, &mut expected)?,
                Kind::RegisterEntry => check_kind::<RegisterEntry>(&txn, seal, &mut report, &mut expected)?,
                Kind::LedgerEntry => check_kind::<LedgerEntry>(&txn, seal, &mut report, &mut expected)?,
                Kind::Meeting => check_kind::<Meeting>(&txn, seal, &mut report, &mut expected)?,
                Kind::Settings => check_kind::<Settings>(&txn, seal, &mut report, &mut expected)?,
                Kind::PersonSummary => check_kind::<PersonSummary>(&txn, seal, &mut report, &mut expected)?,
            }
        }
        check_summaries(&txn, seal, &mut report)?;
        check_glances(&txn, seal, &mut report)?;
        super::audit::check_chain(&txn, seal, &mut report)?;
        let mut actual = BTreeSet::new();
        for index in Index::ALL {
            let t = txn.open_multimap_table(index_table(index))?;
            let mut n = 0;
            for entry in t.iter()? {
                let (key, ids) = entry?;
                for id in ids {
                    actual.insert((index, key.value(), id?.value()));
                    n += 1;
                }
            }
            report.index_entries.push((index.table_name(), n));
        }
        for (index, key, id) in actual.difference(&expected) {
            report.problems.push(crate::t!(
                "store-check-index-stray",
                index = index.table_name(),
                key = key.to_string(),
                table = index.kind().table_name(),
                id = id.to_string()
            ));
        }
        for (index, key, id) in expected.difference(&actual) {
            report.problems.push(crate::t!(
                "store-check-index-missing",
                index = index.table_name(),
                key = key.to_string(),
                table = index.kind().table_name(),
                id = id.to_string()
            ));
        }
        Ok(report)
    }
}
