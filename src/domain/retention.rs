//! Retention: who is due for review — people whose records have been kept the co-op's
//! retention period past their last referral's end, and people who withdrew their consent to
//! the co-op holding their data. The co-op then erases them (or notes why it must keep them).

use super::{Person, Referral};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// Why a person is due for review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum ReviewReason {
    /// Every referral has ended, and the last ended this long ago.
    RetentionPassed {
        /// When their last referral ended.
        last_ended: NaiveDate,
        /// When the retention period ran out.
        due: NaiveDate,
    },
    /// They withdrew their consent to the co-op holding their data.
    ConsentWithdrawn {
        /// On this day.
        withdrawn: NaiveDate,
    },
}

impl ReviewReason {
    /// In words, for the list and the terminal.
    pub fn describe(&self) -> String {
        match self {
            ReviewReason::RetentionPassed { last_ended, due } => {
                crate::t!("dom-review-retention", ended = last_ended.to_string(), due = due.to_string())
            }
            ReviewReason::ConsentWithdrawn { withdrawn } => {
                crate::t!("dom-review-consent-withdrawn", withdrawn = withdrawn.to_string())
            }
        }
    }

    /// The day the review became due.
    pub fn since(&self) -> NaiveDate {
        match self {
            ReviewReason::RetentionPassed { due, .. } => *due,
            ReviewReason::ConsentWithdrawn { withdrawn } => *withdrawn,
        }
    }
}

/// `date` plus `years` (29 February becomes 28 February in a year without it).
pub fn years_after(date: NaiveDate, years: u16) -> NaiveDate {
    let year = date.year() + i32::from(years);
    date.with_year(year).or_else(|| NaiveDate::from_ymd_opt(year, date.month(), 28)).unwrap_or(NaiveDate::MAX)
}

/// Whether `person` (with all their `referrals`) is due for review on `today`, keeping records
/// `years` after the last referral ended. Withdrawn consent comes first. Someone with a
/// referral still open, or with no referral at all, is not due for retention.
pub fn due_for_review(
    person: &Person,
    referrals: &[Referral],
    years: u16,
    today: NaiveDate,
) -> Option<ReviewReason> {
    if let Some(withdrawn) = person.consent_withdrawn.filter(|d| *d <= today) {
        return Some(ReviewReason::ConsentWithdrawn { withdrawn });
    }
    if referrals.is_empty() || referrals.iter().any(|r| !r.status().is_ended()) {
        return None;
    }
    let last_ended = referrals.iter().map(Referral::status_since).max()?;
    let due = years_after(last_ended, years);
    (today >= due).then_some(ReviewReason::RetentionPassed { last_ended, due })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PersonId, ReferralSource, ReferralStatus};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn ended(on: NaiveDate) -> Referral {
        let mut r = Referral::new(PersonId(1), d(2010, 1, 1), ReferralSource::Gp);
        r.set_status(ReferralStatus::Closed, on, "");
        r
    }

    #[test]
    fn retention_runs_from_the_last_referral_to_end() {
        let p = Person::new("P0001", "A");
        let referrals = [ended(d(2017, 3, 1)), ended(d(2018, 6, 15))];
        assert_eq!(due_for_review(&p, &referrals, 8, d(2026, 6, 14)), None, "a day before");
        assert_eq!(
            due_for_review(&p, &referrals, 8, d(2026, 6, 15)),
            Some(ReviewReason::RetentionPassed { last_ended: d(2018, 6, 15), due: d(2026, 6, 15) }),
            "on the day"
        );
        assert!(due_for_review(&p, &referrals, 9, d(2026, 6, 15)).is_none(), "the co-op's own period");
    }

    #[test]
    fn an_open_referral_or_none_keeps_them() {
        let p = Person::new("P0001", "A");
        let open = Referral::new(PersonId(1), d(2010, 1, 1), ReferralSource::Gp);
        assert_eq!(due_for_review(&p, &[ended(d(2012, 1, 1)), open], 8, d(2026, 1, 1)), None);
        assert_eq!(due_for_review(&p, &[], 8, d(2026, 1, 1)), None);
    }

    #[test]
    fn withdrawn_consent_is_due_at_once() {
        let mut p = Person::new("P0001", "A");
        p.consent_withdrawn = Some(d(2026, 3, 2));
        let open = Referral::new(PersonId(1), d(2026, 1, 1), ReferralSource::Gp);
        assert_eq!(due_for_review(&p, &[open], 8, d(2026, 3, 1)), None, "not before the day");
        assert_eq!(
            due_for_review(&p, &[], 8, d(2026, 3, 2)),
            Some(ReviewReason::ConsentWithdrawn { withdrawn: d(2026, 3, 2) })
        );
    }

    #[test]
    fn a_leap_day_ends_on_the_28th() {
        assert_eq!(years_after(d(2024, 2, 29), 1), d(2025, 2, 28));
        assert_eq!(years_after(d(2024, 2, 29), 4), d(2028, 2, 29));
    }
}
