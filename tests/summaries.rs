//! Person summaries: kept by the store in the same transaction as the records they come from,
//! rebuilt when an older file is opened, checked by `check`, and equal to what the full
//! records give.

use carecoop::data::{DataStore, OpenMode, Reads, ReadsExt, TransactionExt, WriteExt};
use carecoop::domain::wellbeing::{MeaningfulChange, outcome_for};
use carecoop::domain::*;
use carecoop::store::RedbStore;
use chrono::NaiveDate;
use redb::{ReadableDatabase, ReadableTable};
use std::collections::HashMap;
use std::path::Path;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
}

fn wemwbs(person: PersonId, date: NaiveDate, timepoint: Timepoint, answer: u8) -> Assessment {
    Assessment {
        id: AssessmentId::NEW,
        person,
        date,
        timepoint,
        instrument: Instrument::Wemwbs,
        answers: vec![Some(answer); 14],
        recorded_by: "Test".into(),
    }
}

fn people(store: &RedbStore) -> (PersonId, PersonId) {
    store
        .write(|w| {
            let mut a = Person::new("P0001", "Agnes Dewar");
            let mut b = Person::new("P0002", "Bill McIntyre");
            w.put(&mut a)?;
            w.put(&mut b)?;
            Ok((a.id, b.id))
        })
        .unwrap()
}

#[test]
fn a_summary_follows_every_change_to_its_records() {
    let dir = tempfile::tempdir().unwrap();
    let store = RedbStore::open(&dir.path().join("coop.redb"), OpenMode::CreateIfMissing).unwrap();
    let (agnes, bill) = people(&store);
    let glance = |id: PersonId| store.person_summary(id).unwrap().unwrap();
    assert_eq!(glance(agnes).latest_referral, None);

    let mut referral = Referral::new(agnes, day(2), ReferralSource::Gp);
    store.write(|w| w.put(&mut referral)).unwrap();
    assert_eq!(glance(agnes).latest_referral.unwrap().status, ReferralStatus::New);

    referral.set_status(ReferralStatus::Active, day(9), "");
    store.write(|w| w.put(&mut referral)).unwrap();
    let latest = glance(agnes).latest_referral.unwrap();
    assert_eq!((latest.status, latest.status_since), (ReferralStatus::Active, day(9)));

    // Scores: first "before" against last "after".
    let mut before = wemwbs(agnes, day(3), Timepoint::Before, 2);
    let mut after = wemwbs(agnes, day(20), Timepoint::After, 4);
    store.write(|w| w.put(&mut before).and_then(|_| w.put(&mut after))).unwrap();
    let outcome = glance(agnes).outcome(Instrument::Wemwbs, &MeaningfulChange::default()).unwrap();
    assert_eq!((outcome.before, outcome.after), (28.0, Some(56.0)));

    // A referral moved to someone else leaves the first person's summary too.
    referral.person = bill;
    store.write(|w| w.put(&mut referral)).unwrap();
    assert_eq!(glance(agnes).latest_referral, None);
    assert_eq!(glance(bill).latest_referral.unwrap().id, referral.id);

    store.write(|w| w.delete::<Assessment>(after.id)).unwrap();
    let outcome = glance(agnes).outcome(Instrument::Wemwbs, &MeaningfulChange::default()).unwrap();
    assert_eq!(outcome.after, None);

    // Renaming shows at once; a failed action leaves the summary as it was.
    let mut person: Person = store.get(agnes).unwrap().unwrap();
    person.name = "Agnes Stewart".into();
    store.write(|w| w.put(&mut person)).unwrap();
    assert_eq!(glance(agnes).name, "Agnes Stewart");
    person.name = "Agnes Ross".into();
    let failed = store.write(|w| {
        w.put(&mut person)?;
        Err::<(), _>(carecoop::data::DataError::conflict("changed my mind"))
    });
    assert!(failed.is_err());
    assert_eq!(glance(agnes).name, "Agnes Stewart");
    assert!(store.check().unwrap().is_consistent(), "{:?}", store.check().unwrap().problems);

    let mut store = store;
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    carecoop::actions::apply(&mut store, carecoop::actions::Action::ErasePerson(agnes), today).unwrap();
    assert_eq!(store.person_summary(agnes).unwrap(), None);
    assert!(store.check().unwrap().is_consistent(), "{:?}", store.check().unwrap().problems);
}

/// Makes `path` look like a file written before summaries existed (schema 1, no table).
fn make_schema_one(path: &Path) {
    let db = redb::Database::open(path).unwrap();
    let txn = db.begin_write().unwrap();
    {
        for name in ["person_summaries", "referral_glances"] {
            let derived: redb::TableDefinition<u64, &[u8]> = redb::TableDefinition::new(name);
            assert!(txn.delete_table(derived).unwrap(), "{name} exists in a schema-2 file");
        }
        let meta: redb::TableDefinition<&str, u64> = redb::TableDefinition::new("carecoop_meta");
        txn.open_table(meta).unwrap().insert("schema_version", 1).unwrap();
    }
    txn.commit().unwrap();
}

fn schema_version(path: &Path) -> u64 {
    let db = redb::Database::open(path).unwrap();
    let txn = db.begin_read().unwrap();
    let meta: redb::TableDefinition<&str, u64> = redb::TableDefinition::new("carecoop_meta");
    let table = txn.open_table(meta).unwrap();
    table.get("schema_version").unwrap().unwrap().value()
}

#[test]
fn a_file_from_before_summaries_is_upgraded_when_opened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    carecoop::demo::write_demo_file(&path, day(15)).unwrap();
    let (expected, waiting) = {
        let store = RedbStore::open(&path, OpenMode::ExistingOnly).unwrap();
        let waiting = store.referral_glances_with_status(ReferralStatus::WAITING).unwrap();
        (store.person_summaries().unwrap(), waiting)
    };
    assert_eq!(expected.len(), 40);
    assert_eq!(waiting.len(), 13);
    make_schema_one(&path);
    assert_eq!(schema_version(&path), 1);

    let store = RedbStore::open(&path, OpenMode::ExistingOnly).unwrap();
    assert_eq!(store.person_summaries().unwrap(), expected);
    assert_eq!(store.referral_glances_with_status(ReferralStatus::WAITING).unwrap(), waiting);
    assert!(store.check().unwrap().is_consistent(), "{:?}", store.check().unwrap().problems);
    drop(store);
    assert_eq!(schema_version(&path), carecoop::store::SCHEMA_VERSION);
}

#[test]
fn check_reports_a_missing_or_stale_summary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("coop.redb");
    {
        let store = RedbStore::open(&path, OpenMode::CreateIfMissing).unwrap();
        people(&store);
    }
    {
        let db = redb::Database::open(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let summaries: redb::TableDefinition<u64, &[u8]> = redb::TableDefinition::new("person_summaries");
            let mut t = txn.open_table(summaries).unwrap();
            let second = t.get(2).unwrap().unwrap().value().to_vec();
            t.remove(1).unwrap();
            // Bill's bytes under a third, non-existent person.
            t.insert(3, second.as_slice()).unwrap();
        }
        txn.commit().unwrap();
    }
    let store = RedbStore::open(&path, OpenMode::ExistingOnly).unwrap();
    let problems = store.check().unwrap().problems;
    assert!(problems.iter().any(|p| p == "person P0001 has no summary"), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("summary for person 3, who does not exist")), "{problems:?}");
}

#[test]
fn demo_outcomes_from_summaries_equal_outcomes_from_every_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    carecoop::demo::write_demo_file(&path, day(15)).unwrap();
    let store = RedbStore::open(&path, OpenMode::ExistingOnly).unwrap();
    let settings = store.settings().unwrap();
    let mut by_person: HashMap<PersonId, Vec<Assessment>> = HashMap::new();
    for a in store.all::<Assessment>().unwrap() {
        by_person.entry(a.person).or_default().push(a);
    }
    let report =
        carecoop::report::outcomes::outcomes_report(&store, &[Instrument::Wemwbs], &settings).unwrap();
    let mut expected = 0;
    for p in store.all::<Person>().unwrap() {
        let list = by_person.get(&p.id).cloned().unwrap_or_default();
        let Some(o) = outcome_for(&list, Instrument::Wemwbs, &settings.meaningful_change) else { continue };
        expected += 1;
        let row = report.people.iter().find(|r| r.person == p.id).expect("a row for everyone assessed");
        assert_eq!((row.before, row.after, row.category), (o.before, o.after, o.category));
    }
    assert_eq!(report.people.len(), expected);
    assert!(expected >= 10, "the GP pilot alone has ten people assessed");
}

#[test]
fn history_of_a_person_is_read_in_one_go_and_matches_the_single_queries() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    carecoop::demo::write_demo_file(&path, day(15)).unwrap();
    let store = RedbStore::open(&path, OpenMode::ExistingOnly).unwrap();
    let person = store.person_by_ref("P0001").unwrap().unwrap();
    let history = store.history_of_person(person.id).unwrap();
    assert_eq!(history.referrals, store.referrals_of_person(person.id).unwrap());
    assert_eq!(history.sessions, store.sessions_of_person(person.id).unwrap());
    assert_eq!(history.assessments, store.assessments_of_person(person.id).unwrap());
    assert!(!history.sessions.is_empty() && !history.referrals.is_empty());
}

#[test]
fn the_waiting_list_glances_follow_status_changes_and_deletes() {
    let dir = tempfile::tempdir().unwrap();
    let store = RedbStore::open(&dir.path().join("coop.redb"), OpenMode::CreateIfMissing).unwrap();
    let (agnes, bill) = people(&store);
    let mut first = Referral::new(agnes, day(5), ReferralSource::Gp);
    let mut second = Referral::new(bill, day(1), ReferralSource::SelfReferral);
    second.urgency = Urgency::Urgent;
    store.write(|w| w.put(&mut first).and_then(|_| w.put(&mut second))).unwrap();
    let waiting = |store: &RedbStore| store.referral_glances_with_status(ReferralStatus::WAITING).unwrap();
    let list = waiting(&store);
    assert_eq!(list.iter().map(|g| g.id).collect::<Vec<_>>(), [second.id, first.id], "oldest first");
    assert_eq!((list[0].person, list[0].urgency), (bill, Urgency::Urgent));

    second.set_status(ReferralStatus::Active, day(8), "");
    store.write(|w| w.put(&mut second)).unwrap();
    assert_eq!(waiting(&store).iter().map(|g| g.id).collect::<Vec<_>>(), [first.id]);
    let active = store.referral_glances_with_status(&[ReferralStatus::Active]).unwrap();
    assert_eq!((active[0].id, active[0].status_since), (second.id, day(8)));

    store.write(|w| w.delete::<Referral>(first.id)).unwrap();
    assert!(waiting(&store).is_empty());
    assert!(store.check().unwrap().is_consistent(), "{:?}", store.check().unwrap().problems);
}

#[test]
fn check_reports_a_stale_glance() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("coop.redb");
    {
        let store = RedbStore::open(&path, OpenMode::CreateIfMissing).unwrap();
        let (agnes, _) = people(&store);
        store.write(|w| w.put(&mut Referral::new(agnes, day(5), ReferralSource::Gp))).unwrap();
    }
    {
        let db = redb::Database::open(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let glances: redb::TableDefinition<u64, &[u8]> = redb::TableDefinition::new("referral_glances");
            txn.open_table(glances).unwrap().retain(|_, _| false).unwrap();
        }
        txn.commit().unwrap();
    }
    let store = RedbStore::open(&path, OpenMode::ExistingOnly).unwrap();
    let problems = store.check().unwrap().problems;
    assert_eq!(problems, ["referral 1 has no glance"]);
}

#[test]
fn a_missing_derived_table_is_rebuilt_from_the_records() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.redb");
    carecoop::demo::write_demo_file(&path, day(15)).unwrap();
    {
        let db = redb::Database::open(&path).unwrap();
        let txn = db.begin_write().unwrap();
        let glances: redb::TableDefinition<u64, &[u8]> = redb::TableDefinition::new("referral_glances");
        assert!(txn.delete_table(glances).unwrap());
        txn.commit().unwrap();
    }
    let store = RedbStore::open(&path, OpenMode::ExistingOnly).unwrap();
    assert_eq!(store.referral_glances_with_status(ReferralStatus::WAITING).unwrap().len(), 13);
    assert!(store.check().unwrap().is_consistent(), "{:?}", store.check().unwrap().problems);
}
