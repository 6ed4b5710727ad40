//! `carecoop report retention` and People → Due for review: people whose records have been
//! kept the co-op's retention period past their last referral's end, and people who withdrew
//! consent to the co-op holding their data.

use crate::data::{DataError, Reads, ReadsExt};
use crate::domain::retention::{ReviewReason, due_for_review};
use crate::domain::{Person, PersonId, Referral, ReferralStatus};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashMap;

/// One person due for review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DueForReview {
    /// Their id (not in JSON: references are what people use).
    #[serde(skip)]
    pub person: PersonId,
    /// Their reference, e.g. "P0042".
    pub reference: String,
    /// Their name.
    pub name: String,
    /// Why, and since when.
    #[serde(flatten)]
    pub reason: ReviewReason,
}

/// Everyone due for review on `today` under the co-op's retention setting, longest overdue
/// first.
pub fn due_for_review_list(store: &dyn Reads, today: NaiveDate) -> Result<Vec<DueForReview>, DataError> {
    let years = store.settings()?.retention_years;
    let mut referrals: HashMap<PersonId, Vec<Referral>> = HashMap::new();
    for r in store.referrals_with_status(ReferralStatus::ALL)? {
        referrals.entry(r.person).or_default().push(r);
    }
    let mut due: Vec<DueForReview> = store
        .all::<Person>()?
        .into_iter()
        .filter_map(|p| {
            let theirs = referrals.get(&p.id).map_or(&[][..], Vec::as_slice);
            due_for_review(&p, theirs, years, today).map(|reason| DueForReview {
                person: p.id,
                reference: p.reference,
                name: p.name,
                reason,
            })
        })
        .collect();
    due.sort_by(|a, b| a.reason.since().cmp(&b.reason.since()).then_with(|| a.reference.cmp(&b.reference)));
    Ok(due)
}
