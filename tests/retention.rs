//! `carecoop report retention`: people due for review, from the real binary.

mod common;

use carecoop::actions::{Action, apply};
use carecoop::data::{OpenMode, Reads};
use carecoop::store::RedbStore;
use common::{carecoop, demo, text};

#[test]
fn report_retention_lists_people_who_withdrew_consent() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let none = carecoop(&["report", "retention", "--data", &file]);
    assert!(none.status.success(), "{}", text(&none.stderr));
    assert!(
        text(&none.stdout).contains("No one is due for review (retention: 8 years)."),
        "{}",
        text(&none.stdout)
    );
    {
        let mut store = RedbStore::open(std::path::Path::new(&file), OpenMode::ExistingOnly).unwrap();
        let today = chrono::Local::now().date_naive();
        let mut person = store.person_by_ref("P0003").unwrap().unwrap();
        person.consent_withdrawn = Some(today);
        apply(&mut store, Action::SavePerson(Box::new(person)), today).unwrap();
        // A withdrawal dated after today is refused, and changes nothing.
        let mut later = store.person_by_ref("P0004").unwrap().unwrap();
        later.consent_withdrawn = today.succ_opt();
        let refused = apply(&mut store, Action::SavePerson(Box::new(later)), today).unwrap_err();
        assert!(refused.to_string().contains("consent_withdrawn"), "{refused}");
    }
    let listed = carecoop(&["report", "retention", "--json", "--data", &file]);
    assert!(listed.status.success(), "{}", text(&listed.stderr));
    let due: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let due = due.as_array().unwrap();
    assert_eq!(due.len(), 1, "{due:?}");
    assert_eq!(due[0]["reference"], "P0003");
    assert_eq!(due[0]["reason"], "consent_withdrawn");
    let table = carecoop(&["report", "retention", "--data", &file]);
    assert!(text(&table.stdout).contains("1 person is due for review."), "{}", text(&table.stdout));
}

#[test]
fn people_are_due_the_retention_period_after_their_last_referral_ended() {
    use carecoop::data::{TransactionExt, WriteExt};
    use carecoop::domain::retention::ReviewReason;
    use carecoop::domain::*;
    let dir = tempfile::tempdir().unwrap();
    let store = RedbStore::open(&dir.path().join("r.redb"), OpenMode::CreateIfMissing).unwrap();
    let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap();
    store
        .write(|tx| {
            for (reference, ended) in
                [("P0001", Some(d(2018, 5, 1))), ("P0002", Some(d(2019, 5, 1))), ("P0003", None)]
            {
                let id = tx.put(&mut Person::new(reference, "Someone"))?;
                let mut referral = Referral::new(id, d(2017, 1, 1), ReferralSource::Gp);
                if let Some(on) = ended {
                    referral.set_status(ReferralStatus::Completed, on, "");
                }
                tx.put(&mut referral)?;
            }
            Ok(())
        })
        .unwrap();
    let list = |today| carecoop::report::retention::due_for_review_list(&store, today).unwrap();
    let due = list(d(2026, 5, 1));
    assert_eq!(due.iter().map(|p| p.reference.as_str()).collect::<Vec<_>>(), ["P0001"]);
    assert_eq!(
        due[0].reason,
        ReviewReason::RetentionPassed { last_ended: d(2018, 5, 1), due: d(2026, 5, 1) }
    );
    assert!(list(d(2026, 4, 30)).is_empty(), "the day before");
    assert_eq!(list(d(2027, 5, 1)).len(), 2, "the open referral keeps P0003");
    let settings = Settings { retention_years: 10, ..Settings::default() };
    store.write(|tx| tx.put_settings(&settings)).unwrap();
    assert!(list(d(2027, 5, 1)).is_empty(), "the co-op's own period");
}
