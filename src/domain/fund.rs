//! Funds that pay for session places: grants, participatory budgets.

use super::ids::{ActivityId, FundId};
use super::money::Money;
use super::validate::{Problems, ValidationError};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A fund the co-op spends on session places.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fund {
    /// Assigned by the store.
    pub id: FundId,
    /// Name, e.g. "Befriending fund 2026".
    pub name: String,
    /// Who gives the money, e.g. "Perth & Kinross Council".
    pub funder: String,
    /// The budget.
    pub amount: Money,
    /// First day money may be spent.
    pub start: NaiveDate,
    /// Last day money may be spent.
    pub end: NaiveDate,
    /// Activities it may pay for; empty means any.
    pub pays_for: Vec<ActivityId>,
    /// Free-text notes.
    pub notes: String,
}

impl Fund {
    /// True when the fund may pay for `activity` on `date`.
    pub fn may_pay_for(&self, activity: ActivityId, date: NaiveDate) -> bool {
        (self.pays_for.is_empty() || self.pays_for.contains(&activity))
            && self.start <= date
            && date <= self.end
    }

    /// Checks the rules a fund must satisfy before it is saved.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut p = Problems::default();
        p.require("name", &self.name);
        if self.amount.0 <= 0 {
            p.add("amount_gbp", crate::t!("dom-more-than-zero-pounds"));
        }
        if self.end < self.start {
            p.add("end", crate::t!("dom-fund-end-before-start"));
        }
        p.into_result()
    }
}
