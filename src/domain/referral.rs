//! Referrals and their status pipeline: new → contacted → assessed → matched → active →
//! completed, or declined, did not engage, closed. Every change is kept with its date.

use super::choice::choice_enum;
use super::ids::{ActivityId, PersonId, ReferralId};
use super::validate::{Problems, ValidationError};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

choice_enum!(
    /// Where a referral came from.
    ReferralSource {
        SelfReferral => ("self", "Self-referral", "self referred", "self-referred", "self_referral"),
        Gp => ("gp", "GP", "GP practice", "doctor", "general practitioner"),
        CommunityNurse => ("community_nurse", "Community nurse", "nurse", "district nurse"),
        SocialServices => ("social_services", "Social services", "social work", "social worker"),
        CarerFamily => ("carer_family", "Carer or family", "carer", "family", "carer and family"),
        CommunityOrganisation => ("community_organisation", "Community organisation", "community organization", "community group", "third sector"),
        Other => ("other", "Other"),
    }
);

choice_enum!(
    /// How soon a referral needs a response.
    Urgency {
        Routine => ("routine", "Routine"),
        Soon => ("soon", "Soon"),
        Urgent => ("urgent", "Urgent"),
    }
);

choice_enum!(
    /// Where a referral stands.
    ReferralStatus {
        New => ("new", "New"),
        Contacted => ("contacted", "Contacted"),
        Assessed => ("assessed", "Assessed"),
        Matched => ("matched", "Matched"),
        Active => ("active", "Active"),
        Completed => ("completed", "Completed"),
        Declined => ("declined", "Declined"),
        DidNotEngage => ("did_not_engage", "Did not engage", "DNE", "not engaged"),
        Closed => ("closed", "Closed"),
    }
);

impl ReferralStatus {
    /// Statuses of referrals still waiting to start (the waiting list).
    pub const WAITING: &'static [ReferralStatus] =
        &[ReferralStatus::New, ReferralStatus::Contacted, ReferralStatus::Assessed, ReferralStatus::Matched];

    /// Statuses of referrals still to be matched to an activity and member.
    pub const NEEDS_MATCH: &'static [ReferralStatus] =
        &[ReferralStatus::New, ReferralStatus::Contacted, ReferralStatus::Assessed];

    /// True while the referral still needs a match.
    pub fn needs_match(self) -> bool {
        Self::NEEDS_MATCH.contains(&self)
    }

    /// True when the referral has ended (completed, declined, did not engage, closed).
    pub fn is_ended(self) -> bool {
        matches!(
            self,
            ReferralStatus::Completed
                | ReferralStatus::Declined
                | ReferralStatus::DidNotEngage
                | ReferralStatus::Closed
        )
    }

    /// True while the referral is on the waiting list.
    pub fn is_waiting(self) -> bool {
        Self::WAITING.contains(&self)
    }

    /// A small stable number for the status index.
    pub fn index_key(self) -> u8 {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0) as u8
    }
}

/// One step in a referral's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    /// The status entered.
    pub status: ReferralStatus,
    /// When.
    pub date: NaiveDate,
    /// Why, or what happened (optional).
    pub note: String,
}

/// A referral of a person to the co-op.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Referral {
    /// Assigned by the store.
    pub id: ReferralId,
    /// Who is referred.
    pub person: PersonId,
    /// When the referral arrived.
    pub received: NaiveDate,
    /// Where it came from.
    pub source: ReferralSource,
    /// Name of the person who referred.
    pub referrer_name: String,
    /// Organisation of the referrer (e.g. the GP surgery).
    pub referrer_org: String,
    /// Reasons for the referral.
    pub reasons: String,
    /// How soon it needs a response.
    pub urgency: Urgency,
    /// The link worker it is assigned to.
    pub link_worker: String,
    /// Activities chosen for the person (used for demand and matching).
    pub activities: Vec<ActivityId>,
    /// Every status change, oldest first; never empty once validated.
    pub history: Vec<StatusChange>,
}

impl Referral {
    /// A new referral received on `received`, with status New.
    pub fn new(person: PersonId, received: NaiveDate, source: ReferralSource) -> Referral {
        Referral {
            id: ReferralId::NEW,
            person,
            received,
            source,
            referrer_name: String::new(),
            referrer_org: String::new(),
            reasons: String::new(),
            urgency: Urgency::Routine,
            link_worker: String::new(),
            activities: Vec::new(),
            history: vec![StatusChange { status: ReferralStatus::New, date: received, note: String::new() }],
        }
    }

    /// The current status: the latest change.
    pub fn status(&self) -> ReferralStatus {
        self.history.last().map_or(ReferralStatus::New, |c| c.status)
    }

    /// The date the current status was entered.
    pub fn status_since(&self) -> NaiveDate {
        self.history.last().map_or(self.received, |c| c.date)
    }

    /// Moves the referral to `status` on `date`, keeping the history.
    pub fn set_status(&mut self, status: ReferralStatus, date: NaiveDate, note: &str) {
        self.history.push(StatusChange { status, date, note: note.to_string() });
    }

    /// Days the person has waited so far (for referrals not yet active), counted to `today`.
    pub fn days_waiting(&self, today: NaiveDate) -> i64 {
        (today - self.received).num_days().max(0)
    }

    /// Checks the rules a referral must satisfy before it is saved.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut p = Problems::default();
        if self.person.is_new() {
            p.add("person_ref", crate::t!("dom-no-person-chosen"));
        }
        if self.history.is_empty() {
            p.add("status", crate::t!("dom-referral-no-history"));
        }
        if self.history.windows(2).any(|w| w[1].date < w[0].date) {
            p.add("status", crate::t!("dom-referral-history-backwards"));
        }
        if self.history.first().is_some_and(|c| c.date < self.received) {
            p.add("date", crate::t!("dom-referral-before-received"));
        }
        p.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_follows_history() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let mut r = Referral::new(PersonId(1), day, ReferralSource::Gp);
        assert_eq!(r.status(), ReferralStatus::New);
        assert!(r.status().is_waiting());
        r.set_status(ReferralStatus::Active, day + chrono::Days::new(10), "");
        assert_eq!(r.status(), ReferralStatus::Active);
        assert_eq!(r.history.len(), 2);
        assert!(r.validate().is_ok());
        r.set_status(ReferralStatus::Closed, day, "");
        assert!(r.validate().is_err());
    }

    #[test]
    fn index_keys_are_distinct() {
        let mut keys: Vec<u8> = ReferralStatus::ALL.iter().map(|s| s.index_key()).collect();
        keys.dedup();
        assert_eq!(keys.len(), ReferralStatus::ALL.len());
    }
}
