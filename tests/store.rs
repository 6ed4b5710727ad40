//! The redb backend's own promises, beyond the data interface's conformance suite
//! (`conformance_redb.rs`): the files it must refuse without touching them, reopening, crash
//! repair, `check` finding damage, and index consistency under random edits.

use carecoop::data::{DataError, DataStore, OpenMode, Reads, ReadsExt, TransactionExt, WriteExt};
use carecoop::domain::*;
use carecoop::store::RedbStore;
use chrono::{NaiveDate, NaiveTime};
use proptest::prelude::*;
use std::path::Path;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
}

fn new_store(dir: &Path) -> RedbStore {
    RedbStore::open(&dir.join("coop.redb"), OpenMode::CreateIfMissing).unwrap()
}

fn session(activity: ActivityId, member: MemberId, date: NaiveDate, people: &[PersonId]) -> Session {
    Session {
        id: SessionId::NEW,
        series: None,
        activity,
        members: vec![member],
        date,
        start: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        minutes: 60,
        venue: "Hall".into(),
        participants: people
            .iter()
            .map(|p| Participant {
                person: *p,
                payer: Payer::SelfFunded,
                attendance: Attendance::Expected,
                note: String::new(),
            })
            .collect(),
        capacity: None,
        notes: String::new(),
        cancelled: false,
    }
}

/// Writes a member, an activity and two people; returns their ids.
fn seed(store: &RedbStore) -> (MemberId, ActivityId, PersonId, PersonId) {
    store
        .write(|w| {
            let mut m = Member::named("Isla MacLeod");
            w.put(&mut m)?;
            let mut a = Activity {
                id: ActivityId::NEW,
                name: "Nature walk".into(),
                category: "Outdoors".into(),
                format: Format::Group,
                capacity: 8,
                venue: "Birks".into(),
                village: "Aberfeldy".into(),
                default_minutes: 120,
                price: Money(800),
                price_unit: PriceUnit::PerPerson,
                archived: false,
            };
            w.put(&mut a)?;
            let mut p1 = Person::new("P0001", "Agnes Dewar");
            let mut p2 = Person::new("P0002", "Bill McIntyre");
            w.put(&mut p1)?;
            w.put(&mut p2)?;
            Ok((m.id, a.id, p1.id, p2.id))
        })
        .unwrap()
}

#[test]
fn data_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = new_store(dir.path());
        seed(&store);
        store.write(|w| w.mark_set_up()).unwrap();
    }
    let store = RedbStore::open(&dir.path().join("coop.redb"), OpenMode::ExistingOnly).unwrap();
    assert!(store.is_set_up().unwrap());
    assert_eq!(store.count::<Member>().unwrap(), 1);
}

#[test]
fn a_missing_file_is_refused_for_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nothing.redb");
    let err = RedbStore::open(&path, OpenMode::ExistingOnly).unwrap_err();
    assert!(matches!(err, DataError::Missing { .. }));
    assert!(err.to_string().contains("does not exist"));
    assert!(!path.exists());
}

fn assert_refused_untouched(path: &Path, expect: &str) {
    let before = std::fs::read(path).unwrap();
    let err = RedbStore::open(path, OpenMode::CreateIfMissing).unwrap_err();
    assert!(err.to_string().contains(expect), "message was: {err}");
    assert_eq!(std::fs::read(path).unwrap(), before, "the file must be left byte-for-byte untouched");
}

#[test]
fn a_file_that_is_not_a_database_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.redb");
    std::fs::write(&path, b"name,role\nIsla,carer\n").unwrap();
    assert_refused_untouched(&path, "is not a carecoop data file");
    let empty = dir.path().join("empty.redb");
    std::fs::write(&empty, b"").unwrap();
    assert_refused_untouched(&empty, "is not a carecoop data file");
}

#[test]
fn another_programs_database_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.redb");
    {
        let db = redb::Database::create(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let def: redb::TableDefinition<&str, &str> = redb::TableDefinition::new("settings");
            txn.open_table(def).unwrap().insert("colour", "blue").unwrap();
        }
        txn.commit().unwrap();
    }
    assert_refused_untouched(&path, "database of another program");
}

#[test]
fn a_file_from_a_newer_carecoop_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("coop.redb");
    drop(new_store(dir.path()));
    {
        let db = redb::Database::open(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let meta: redb::TableDefinition<&str, u64> = redb::TableDefinition::new("carecoop_meta");
            txn.open_table(meta).unwrap().insert("schema_version", 99).unwrap();
        }
        txn.commit().unwrap();
    }
    assert_refused_untouched(&path, "newer version of carecoop");
}

#[test]
fn a_file_open_elsewhere_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let _held = new_store(dir.path());
    let err = RedbStore::open(&dir.path().join("coop.redb"), OpenMode::CreateIfMissing).unwrap_err();
    assert!(matches!(err, DataError::AlreadyOpen { .. }));
    assert!(err.to_string().ends_with("is open in another carecoop window"), "{err}");
}

#[test]
fn check_finds_an_index_entry_without_its_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("coop.redb");
    {
        let store = new_store(dir.path());
        let (m, a, p1, _) = seed(&store);
        store.write(|w| w.put(&mut session(a, m, day(2), &[p1]))).unwrap();
        assert!(store.check().unwrap().is_consistent());
    }
    {
        let db = redb::Database::open(&path).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let idx: redb::MultimapTableDefinition<u64, u64> =
                redb::MultimapTableDefinition::new("idx_sessions_by_date");
            txn.open_multimap_table(idx).unwrap().insert(700_000, 999).unwrap();
        }
        txn.commit().unwrap();
    }
    let store = RedbStore::open(&path, OpenMode::ExistingOnly).unwrap();
    let report = store.check().unwrap();
    assert!(!report.is_consistent());
    assert!(report.problems[0].contains("idx_sessions_by_date"), "{:?}", report.problems);
}

#[test]
fn the_demo_is_consistent_and_tells_its_story() {
    let dir = tempfile::tempdir().unwrap();
    let store = new_store(dir.path());
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    carecoop::demo::write_demo(&store, today).unwrap();
    assert!(store.check().unwrap().is_consistent());
    assert_eq!(store.count::<Member>().unwrap(), 30);
    assert_eq!(store.count::<Person>().unwrap(), 40);
    assert_eq!(store.count::<Fund>().unwrap(), 2);
    // Every referral source and every status appears.
    let referrals: Vec<Referral> = store.all().unwrap();
    for source in ReferralSource::ALL {
        assert!(referrals.iter().any(|r| r.source == *source), "no referral from {source}");
    }
    for status in ReferralStatus::ALL {
        assert!(referrals.iter().any(|r| r.status() == *status), "no referral is {status}");
    }
    // The GP pilot: 10 people with WEMWBS before and after, 9 improved.
    let assessments: Vec<Assessment> = store.all().unwrap();
    let mut improved = 0;
    let mut assessed = 0;
    for p in 1..=10u64 {
        let person = store.person_by_ref(&person::person_ref(p)).unwrap().unwrap();
        let mine: Vec<Assessment> = assessments.iter().filter(|a| a.person == person.id).cloned().collect();
        let o = wellbeing::outcome_for(&mine, Instrument::Wemwbs, &Default::default()).unwrap();
        assessed += 1;
        if o.category == wellbeing::ChangeCategory::Improved {
            improved += 1;
        }
    }
    assert_eq!((improved, assessed), (9, 10));
    // Sessions this week and next, so the calendar is never empty.
    assert!(!store.sessions_between(today, today + chrono::Days::new(7)).unwrap().is_empty());
    // Some papers lapse soon.
    let members: Vec<Member> = store.all().unwrap();
    let lapsing = members.iter().filter(|m| PaperState::of(m.pvg.expiry, today, 60).is_problem()).count();
    assert!(lapsing >= 3);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Any sequence of session writes, moves and deletes leaves every index matching its table.
    #[test]
    fn indexes_stay_consistent(ops in prop::collection::vec((0u8..3, 0usize..6, 1u32..28, any::<bool>()), 1..30)) {
        let dir = tempfile::tempdir().unwrap();
        let store = new_store(dir.path());
        let (m, a, p1, p2) = seed(&store);
        let mut ids: Vec<SessionId> = Vec::new();
        for (op, pick, d, both) in ops {
            let people = if both { vec![p1, p2] } else { vec![p1] };
            match op {
                0 => ids.push(store.write(|w| w.put(&mut session(a, m, day(d), &people))).unwrap()),
                1 if !ids.is_empty() => {
                    let id = ids[pick % ids.len()];
                    let mut s: Session = store.get(id).unwrap().unwrap();
                    s.date = day(d);
                    s.participants = session(a, m, day(d), &people).participants;
                    store.write(|w| w.put(&mut s)).unwrap();
                }
                2 if !ids.is_empty() => {
                    let id = ids.remove(pick % ids.len());
                    store.write(|w| w.delete::<Session>(id)).unwrap();
                }
                _ => {}
            }
        }
        let report = store.check().unwrap();
        prop_assert!(report.is_consistent(), "{:?}", report.problems);
        prop_assert_eq!(store.sessions_between(day(1), day(31)).unwrap().len(), ids.len());
    }
}

#[test]
fn a_file_left_open_by_a_crash_still_opens_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("after-crash.redb");
    let store = new_store(dir.path());
    seed(&store);
    // A copy taken while the file is open looks exactly like a file whose process was killed.
    std::fs::copy(dir.path().join("coop.redb"), &copy).unwrap();
    drop(store);
    assert!(
        matches!(redb::ReadOnlyDatabase::open(&copy), Err(redb::DatabaseError::RepairAborted)),
        "the copy should need repair, like a crashed file"
    );
    let reopened = RedbStore::open(&copy, OpenMode::ExistingOnly).unwrap();
    assert_eq!(reopened.count::<Person>().unwrap(), 2);
    assert!(reopened.check().unwrap().is_consistent());
}
