//! Many records stored at once under their own ids (a copy, a window's first load) end the
//! same as storing them one by one: indexes, summaries, and ids given out afterwards.

use super::{day, seed};
use carecoop::data::{DataStore, Entity, TransactionExt, WriteExt};
use carecoop::domain::{Referral, ReferralId, ReferralSource};

/// `put_all_as_is` keeps every derived entry in step and moves the id counter past the ids.
pub fn many_records_stored_at_once_match_one_by_one(store: &mut dyn DataStore) {
    let s = seed(store);
    let referrals: Vec<Referral> = (1..=3)
        .map(|i| {
            let mut r = Referral::new(s.agnes, day(i), ReferralSource::Gp);
            r.id = ReferralId(100 + u64::from(i));
            r
        })
        .collect();
    store.write(|tx| tx.put_all_as_is(&Referral::into_any_many(referrals.clone()))).unwrap();
    assert_eq!(store.referrals_of_person(s.agnes).unwrap(), referrals);
    let summary = store.person_summary(s.agnes).unwrap().unwrap();
    assert_eq!((summary.referrals, summary.latest_referral.map(|g| g.id)), (3, Some(ReferralId(103))));
    // Stored again (a later batch of the same records) changes nothing but what changed.
    let mut again = referrals.clone();
    again[0].link_worker = "Morag".into();
    store.write(|tx| tx.put_all_as_is(&Referral::into_any_many(again.clone()))).unwrap();
    assert_eq!(store.referrals_of_person(s.agnes).unwrap(), again);
    let report = store.check().unwrap();
    assert!(report.is_consistent(), "{:?}", report.problems);
    let next = store.write(|tx| tx.put(&mut Referral::new(s.bill, day(5), ReferralSource::Gp))).unwrap();
    assert!(next.0 > 103, "new ids come after the copied ones: {next:?}");
}
