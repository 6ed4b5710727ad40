//! Co-op members (self-employed carers, therapists and wellbeing specialists) and their papers.

use super::choice::choice_enum;
use super::ids::{ActivityId, MemberId};
use super::money::Money;
use super::validate::{Problems, ValidationError, looks_like_email};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

choice_enum!(
    /// What a member does in the co-op.
    Role {
        Carer => ("carer", "Carer"),
        Professional => ("professional", "Professional"),
        Therapist => ("therapist", "Therapist"),
        WellbeingSpecialist => ("wellbeing_specialist", "Wellbeing specialist"),
        Befriender => ("befriender", "Befriender"),
        Other => ("other", "Other"),
    }
);

choice_enum!(
    /// Who a PVG scheme membership covers.
    PvgScope {
        Adults => ("adults", "Adults"),
        Children => ("children", "Children"),
        Both => ("both", "Adults and children", "adults & children", "all"),
    }
);

/// Protecting Vulnerable Groups scheme membership (Scotland).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Pvg {
    /// The PVG scheme membership number.
    pub number: String,
    /// Adults, children or both; `None` when unknown.
    pub scope: Option<PvgScope>,
    /// When the membership was issued.
    pub issued: Option<NaiveDate>,
    /// When the membership must be renewed.
    pub expiry: Option<NaiveDate>,
}

/// Public liability / professional indemnity insurance.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Insurance {
    /// The insurer.
    pub provider: String,
    /// When the cover lapses.
    pub expiry: Option<NaiveDate>,
}

/// A member of the co-op.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// Assigned by the store.
    pub id: MemberId,
    /// Full name.
    pub name: String,
    /// What the member does.
    pub role: Role,
    /// Activities the member delivers.
    pub activities: Vec<ActivityId>,
    /// Hourly rate.
    pub hourly_rate: Money,
    /// Villages the member serves.
    pub villages: Vec<String>,
    /// Furthest the member will travel, in miles.
    pub furthest_travel_miles: Option<u16>,
    /// Phone number.
    pub phone: String,
    /// Email address.
    pub email: String,
    /// PVG scheme membership.
    pub pvg: Pvg,
    /// Insurance cover.
    pub insurance: Insurance,
    /// Qualifications, free text.
    pub qualifications: String,
    /// When the member joined the co-op roster.
    pub joined: Option<NaiveDate>,
    /// Free-text notes.
    pub notes: String,
    /// Archived members are hidden from the roster but kept with their sessions.
    pub archived: bool,
}

/// A member as stored before the register of members (record version 1), when a worker's
/// co-op membership was two fields on them: frozen, so files written then still open. The
/// schema upgrade moves `member_since` and `share_paid` into the register and the ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberV1 {
    /// See [`Member::id`].
    pub id: MemberId,
    /// See [`Member::name`].
    pub name: String,
    /// See [`Member::role`].
    pub role: Role,
    /// See [`Member::activities`].
    pub activities: Vec<ActivityId>,
    /// See [`Member::hourly_rate`].
    pub hourly_rate: Money,
    /// See [`Member::villages`].
    pub villages: Vec<String>,
    /// See [`Member::furthest_travel_miles`].
    pub furthest_travel_miles: Option<u16>,
    /// See [`Member::phone`].
    pub phone: String,
    /// See [`Member::email`].
    pub email: String,
    /// See [`Member::pvg`].
    pub pvg: Pvg,
    /// See [`Member::insurance`].
    pub insurance: Insurance,
    /// See [`Member::qualifications`].
    pub qualifications: String,
    /// See [`Member::joined`].
    pub joined: Option<NaiveDate>,
    /// When the worker became a co-op (share-holding) member.
    pub member_since: Option<NaiveDate>,
    /// The co-op share they paid.
    pub share_paid: Money,
    /// See [`Member::notes`].
    pub notes: String,
    /// See [`Member::archived`].
    pub archived: bool,
}

/// The usual range of hourly rates; outside it a gentle warning is shown, not an error.
pub const USUAL_RATE_RANGE: (Money, Money) = (Money::pounds(15), Money::pounds(45));

impl From<MemberV1> for Member {
    fn from(v: MemberV1) -> Member {
        Member {
            id: v.id,
            name: v.name,
            role: v.role,
            activities: v.activities,
            hourly_rate: v.hourly_rate,
            villages: v.villages,
            furthest_travel_miles: v.furthest_travel_miles,
            phone: v.phone,
            email: v.email,
            pvg: v.pvg,
            insurance: v.insurance,
            qualifications: v.qualifications,
            joined: v.joined,
            notes: v.notes,
            archived: v.archived,
        }
    }
}

impl Member {
    /// A blank member with the given name, for forms and tests.
    pub fn named(name: &str) -> Member {
        Member {
            id: MemberId::NEW,
            name: name.to_string(),
            role: Role::Carer,
            activities: Vec::new(),
            hourly_rate: Money::pounds(25),
            villages: Vec::new(),
            furthest_travel_miles: None,
            phone: String::new(),
            email: String::new(),
            pvg: Pvg::default(),
            insurance: Insurance::default(),
            qualifications: String::new(),
            joined: None,
            notes: String::new(),
            archived: false,
        }
    }

    /// Checks the rules a member must satisfy before it is saved.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut p = Problems::default();
        p.require("name", &self.name);
        if self.hourly_rate.0 <= 0 {
            p.add("hourly_rate_gbp", crate::t!("dom-more-than-zero-pounds"));
        }
        if !self.email.trim().is_empty() && !looks_like_email(&self.email) {
            p.add("email", crate::t!("dom-not-email", email = self.email.trim()));
        }
        if let (Some(issued), Some(expiry)) = (self.pvg.issued, self.pvg.expiry)
            && expiry < issued
        {
            p.add("pvg_expiry", crate::t!("dom-pvg-expiry-before-issue"));
        }
        p.into_result()
    }

    /// A warning (not an error) when the rate is outside the usual £15–£45 an hour.
    pub fn rate_warning(&self) -> Option<String> {
        let (lo, hi) = USUAL_RATE_RANGE;
        (self.hourly_rate.0 > 0 && (self.hourly_rate < lo || self.hourly_rate > hi)).then(|| {
            crate::t!(
                "dom-rate-warning",
                rate = self.hourly_rate.to_string(),
                low = lo.to_string(),
                high = hi.to_string()
            )
        })
    }
}

/// Where one compliance paper (PVG or insurance) stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaperState {
    /// No expiry date is recorded.
    Missing,
    /// It lapsed before today.
    Expired,
    /// It lapses within the warning window (days left; 0 = today).
    Expiring(i64),
    /// Valid beyond the window.
    Valid,
}

impl PaperState {
    /// The state in words, for people: "Missing", "Expired", "Expires today", "Expires
    /// tomorrow", "Expires in 12 days" or "Valid".
    pub fn label(self) -> String {
        match self {
            PaperState::Missing => crate::t!("dom-paper-missing"),
            PaperState::Expired => crate::t!("dom-paper-expired"),
            PaperState::Expiring(0) => crate::t!("dom-paper-expires-today"),
            PaperState::Expiring(1) => crate::t!("dom-paper-expires-tomorrow"),
            PaperState::Expiring(days) => crate::t!("dom-paper-expires-in", days = days),
            PaperState::Valid => crate::t!("dom-paper-valid"),
        }
    }

    /// The state of a paper expiring on `expiry`, seen on `today` with a warning window of
    /// `window_days` (60 by default; a setting).
    pub fn of(expiry: Option<NaiveDate>, today: NaiveDate, window_days: i64) -> PaperState {
        match expiry {
            None => PaperState::Missing,
            Some(e) if e < today => PaperState::Expired,
            Some(e) if (e - today).num_days() <= window_days => PaperState::Expiring((e - today).num_days()),
            Some(_) => PaperState::Valid,
        }
    }

    /// True when the paper needs attention.
    pub fn is_problem(self) -> bool {
        self != PaperState::Valid
    }
}

/// The default compliance warning window, in days.
pub const COMPLIANCE_WINDOW_DAYS: i64 = 60;

#[cfg(test)]
mod tests {
    #[test]
    fn paper_state_boundaries() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let on = |days: i64| Some(today + chrono::Duration::days(days));
        assert_eq!(PaperState::of(on(0), today, 60), PaperState::Expiring(0));
        assert_eq!(PaperState::of(on(60), today, 60), PaperState::Expiring(60));
        assert_eq!(PaperState::of(on(61), today, 60), PaperState::Valid);
        assert_eq!(PaperState::of(on(-1), today, 60), PaperState::Expired);
        assert_eq!(PaperState::of(None, today, 60), PaperState::Missing);
    }

    use super::*;

    #[test]
    fn validation_names_the_fields() {
        let mut m = Member::named("");
        m.hourly_rate = Money(0);
        m.email = "not-an-email".into();
        let err = m.validate().unwrap_err();
        let fields: Vec<_> = err.0.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["name", "hourly_rate_gbp", "email"]);
    }

    #[test]
    fn rate_warning_outside_usual_range_only() {
        let mut m = Member::named("Ann");
        m.hourly_rate = Money::pounds(30);
        assert!(m.rate_warning().is_none());
        m.hourly_rate = Money::pounds(15);
        assert!(m.rate_warning().is_none());
        m.hourly_rate = Money::pounds(60);
        assert!(m.rate_warning().is_some());
        assert!(m.validate().is_ok());
    }

    #[test]
    fn role_keys_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::from_key(r.key()), Some(*r));
        }
        assert_eq!(Role::from_key("Wellbeing specialist"), Some(Role::WellbeingSpecialist));
    }
}
