//! People who have been referred, their personal plan and their contact log.

use super::choice::choice_enum;
use super::ids::{ActivityId, ContactId, FundId, PersonId};
use super::validate::{Problems, ValidationError, looks_like_email};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

choice_enum!(
    /// Needs that social prescribing serves.
    Need {
        LongTermCondition => ("long_term_condition", "Long-term condition"),
        MentalHealth => ("mental_health", "Mental health"),
        LonelyOrIsolated => ("lonely_or_isolated", "Lonely or isolated"),
        ComplexSocialNeeds => ("complex_social_needs", "Complex social needs"),
        UnpaidCarer => ("unpaid_carer", "Unpaid carer"),
    }
);

choice_enum!(
    /// Self-Directed Support options (Scotland).
    SdsOption {
        DirectPayment => ("sds1", "SDS option 1 (direct payment)"),
        IndividualServiceFund => ("sds2", "SDS option 2 (individual service fund)"),
        CouncilArranged => ("sds3", "SDS option 3 (council arranges)"),
        Mix => ("sds4", "SDS option 4 (a mix)"),
    }
);

/// Who pays for a person's place in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Payer {
    /// A grant fund.
    Fund(FundId),
    /// Self-Directed Support.
    Sds(SdsOption),
    /// The person pays from their own means.
    SelfFunded,
}

/// A person's consent to share outcomes with the referrer and GP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ShareConsent {
    /// Whether they agreed.
    pub yes: bool,
    /// When they said so.
    pub date: Option<NaiveDate>,
}

choice_enum!(
    /// Where a goal in a personal plan stands.
    GoalStatus {
        Open => ("open", "Open"),
        Achieved => ("achieved", "Achieved"),
        Dropped => ("dropped", "Dropped"),
    }
);

/// One goal of a personal plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    /// What the person wants, in their words.
    pub text: String,
    /// When they hope to get there.
    pub target: Option<NaiveDate>,
    /// Where it stands.
    pub status: GoalStatus,
    /// Activities chosen for this goal.
    pub activities: Vec<ActivityId>,
}

/// A person who has been referred to the co-op.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Assigned by the store.
    pub id: PersonId,
    /// Reference code shown to users and used in files, e.g. "P0001".
    pub reference: String,
    /// Full name.
    pub name: String,
    /// What they like to be called.
    pub preferred_name: String,
    /// Date of birth.
    pub date_of_birth: Option<NaiveDate>,
    /// Village or town.
    pub village: String,
    /// Postal address.
    pub address: String,
    /// Phone number.
    pub phone: String,
    /// Email address.
    pub email: String,
    /// GP practice.
    pub gp_practice: String,
    /// Needs that brought them to social prescribing.
    pub needs: Vec<Need>,
    /// Interests, e.g. "gardening", "photography".
    pub interests: Vec<String>,
    /// "What matters to me", in their words.
    pub what_matters: String,
    /// When they consented to the co-op holding their data.
    pub consent_store: Option<NaiveDate>,
    /// Consent to share outcomes with the referrer and GP.
    pub consent_share: ShareConsent,
    /// Emergency contact, free text.
    pub emergency_contact: String,
    /// The person's default payer for session places.
    pub default_payer: Option<Payer>,
    /// Personal plan.
    pub plan: Vec<Goal>,
    /// Free-text notes.
    pub notes: String,
    /// When they withdrew their consent to the co-op holding their data (they are then due
    /// for review: erase, or note why the records must be kept).
    #[serde(default)]
    pub consent_withdrawn: Option<NaiveDate>,
    /// The language they would like letters and documents in (`None`: not asked; documents
    /// then follow the interface language).
    #[serde(default)]
    pub preferred_language: Option<crate::i18n::Lang>,
}

/// A person as stored before `consent_withdrawn` (record version 1): frozen, so files written
/// then still open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonV1 {
    id: PersonId,
    reference: String,
    name: String,
    preferred_name: String,
    date_of_birth: Option<NaiveDate>,
    village: String,
    address: String,
    phone: String,
    email: String,
    gp_practice: String,
    needs: Vec<Need>,
    interests: Vec<String>,
    what_matters: String,
    consent_store: Option<NaiveDate>,
    consent_share: ShareConsent,
    emergency_contact: String,
    default_payer: Option<Payer>,
    plan: Vec<Goal>,
    notes: String,
}

/// A person as stored before `preferred_language` (record version 2): frozen, so files
/// written then still open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonV2 {
    id: PersonId,
    reference: String,
    name: String,
    preferred_name: String,
    date_of_birth: Option<NaiveDate>,
    village: String,
    address: String,
    phone: String,
    email: String,
    gp_practice: String,
    needs: Vec<Need>,
    interests: Vec<String>,
    what_matters: String,
    consent_store: Option<NaiveDate>,
    consent_share: ShareConsent,
    emergency_contact: String,
    default_payer: Option<Payer>,
    plan: Vec<Goal>,
    notes: String,
    consent_withdrawn: Option<NaiveDate>,
}

impl From<PersonV2> for Person {
    fn from(v: PersonV2) -> Person {
        let withdrawn = v.consent_withdrawn;
        let v1 = PersonV1 {
            id: v.id,
            reference: v.reference,
            name: v.name,
            preferred_name: v.preferred_name,
            date_of_birth: v.date_of_birth,
            village: v.village,
            address: v.address,
            phone: v.phone,
            email: v.email,
            gp_practice: v.gp_practice,
            needs: v.needs,
            interests: v.interests,
            what_matters: v.what_matters,
            consent_store: v.consent_store,
            consent_share: v.consent_share,
            emergency_contact: v.emergency_contact,
            default_payer: v.default_payer,
            plan: v.plan,
            notes: v.notes,
        };
        Person { consent_withdrawn: withdrawn, ..Person::from(v1) }
    }
}

impl From<PersonV1> for Person {
    fn from(v: PersonV1) -> Person {
        Person {
            id: v.id,
            reference: v.reference,
            name: v.name,
            preferred_name: v.preferred_name,
            date_of_birth: v.date_of_birth,
            village: v.village,
            address: v.address,
            phone: v.phone,
            email: v.email,
            gp_practice: v.gp_practice,
            needs: v.needs,
            interests: v.interests,
            what_matters: v.what_matters,
            consent_store: v.consent_store,
            consent_share: v.consent_share,
            emergency_contact: v.emergency_contact,
            default_payer: v.default_payer,
            plan: v.plan,
            notes: v.notes,
            consent_withdrawn: None,
            preferred_language: None,
        }
    }
}

impl Person {
    /// A blank person with a reference and name, for forms and tests.
    pub fn new(reference: &str, name: &str) -> Person {
        Person {
            id: PersonId::NEW,
            reference: reference.to_string(),
            name: name.to_string(),
            preferred_name: String::new(),
            date_of_birth: None,
            village: String::new(),
            address: String::new(),
            phone: String::new(),
            email: String::new(),
            gp_practice: String::new(),
            needs: Vec::new(),
            interests: Vec::new(),
            what_matters: String::new(),
            consent_store: None,
            consent_share: ShareConsent::default(),
            emergency_contact: String::new(),
            default_payer: None,
            plan: Vec::new(),
            notes: String::new(),
            consent_withdrawn: None,
            preferred_language: None,
        }
    }

    /// Age in whole years on `today`, if the date of birth is known.
    pub fn age_on(&self, today: NaiveDate) -> Option<u32> {
        age_between(self.date_of_birth?, today)
    }

    /// The name to greet them by: preferred name if given.
    pub fn display_name(&self) -> &str {
        if self.preferred_name.trim().is_empty() { &self.name } else { &self.preferred_name }
    }

    /// The text a search looks in, lower-cased once: name, preferred name, reference and
    /// village. Views keep one per person so a keystroke only scans these strings.
    pub fn search_key(&self) -> String {
        format!("{}\u{1f}{}\u{1f}{}\u{1f}{}", self.name, self.preferred_name, self.reference, self.village)
            .to_lowercase()
    }

    /// True when the person matches a search (already lower-cased): name, preferred name,
    /// reference or village contains it.
    pub fn matches_search(&self, needle: &str) -> bool {
        needle.is_empty()
            || contains_lower(&self.name, needle)
            || contains_lower(&self.preferred_name, needle)
            || contains_lower(&self.reference, needle)
            || contains_lower(&self.village, needle)
    }

    /// Checks the rules a person must satisfy before they are saved.
    pub fn validate(&self, today: NaiveDate) -> Result<(), ValidationError> {
        let mut p = self.field_problems();
        if let Some(dob) = self.date_of_birth
            && dob > today
        {
            p.add("date_of_birth", crate::t!("dom-in-future"));
        }
        if self.consent_withdrawn.is_some_and(|d| d > today) {
            p.add("consent_withdrawn", crate::t!("dom-in-future"));
        }
        p.into_result()
    }

    /// The checks that do not depend on the date: what a store enforces on every write (the
    /// actions and forms run [`Person::validate`] with today's date first).
    pub fn validate_fields(&self) -> Result<(), ValidationError> {
        self.field_problems().into_result()
    }

    fn field_problems(&self) -> Problems {
        let mut p = Problems::default();
        if !is_person_ref(&self.reference) {
            p.add(
                "ref",
                crate::t!(
                    "dom-person-bad-ref",
                    reference = self.reference.as_str(),
                    rule = person_ref_rule()
                ),
            );
        }
        p.require("name", &self.name);
        if !self.email.trim().is_empty() && !looks_like_email(&self.email) {
            p.add("email", crate::t!("dom-not-email", email = self.email.trim()));
        }
        p
    }
}

/// Case-insensitive `contains` for a lower-case needle, without allocating for ASCII text.
fn contains_lower(haystack: &str, needle: &str) -> bool {
    if haystack.is_ascii() && needle.is_ascii() {
        let (h, n) = (haystack.as_bytes(), needle.as_bytes());
        n.len() <= h.len() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
    } else {
        haystack.to_lowercase().contains(needle)
    }
}

/// True for a person reference in any co-op's scheme: 1 to 20 letters, digits, `-` or `/`
/// ("P0001", "CWC-012", "2024/17"). People added in the app get the next `P` number.
pub fn is_person_ref(text: &str) -> bool {
    (1..=20).contains(&text.chars().count())
        && text.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '/')
}

/// What a person reference may be, for messages (in English; see [`person_ref_rule`]).
pub const PERSON_REF_RULE: &str = "use 1 to 20 letters, digits, - or /, like P0001 or CWC-012";

/// What a person reference may be, for messages, in the interface language.
pub fn person_ref_rule() -> String {
    crate::t!("dom-person-ref-rule")
}

/// The reference for the n-th person: 1 → "P0001".
pub fn person_ref(n: u64) -> String {
    format!("P{n:04}")
}

/// Age in whole years on `today` of someone born on `birth` (`None` before they were born).
pub fn age_between(birth: NaiveDate, today: NaiveDate) -> Option<u32> {
    let mut age = today.year() - birth.year();
    if (today.month(), today.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    u32::try_from(age).ok()
}

/// The number in a reference: "P0042" → 42 (`None` for a reference not of that form).
pub fn reference_number(reference: &str) -> Option<u64> {
    reference.trim().strip_prefix('P')?.parse().ok()
}

/// Orders references by their number (P9999 before P10000), then as text.
pub fn reference_order(reference: &str) -> (u64, &str) {
    (reference_number(reference).unwrap_or(u64::MAX), reference)
}

choice_enum!(
    /// How a contact with a person happened.
    ContactKind {
        Phone => ("phone", "Phone"),
        Visit => ("visit", "Visit"),
        Meeting => ("meeting", "Meeting"),
        Message => ("message", "Message"),
    }
);

/// One entry in a person's contact log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Assigned by the store.
    pub id: ContactId,
    /// Who was contacted.
    pub person: PersonId,
    /// When.
    pub date: NaiveDate,
    /// How.
    pub kind: ContactKind,
    /// What was said or agreed.
    pub note: String,
    /// The link worker who made contact.
    pub by: String,
    /// When the next contact is due.
    pub next_due: Option<NaiveDate>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn age_counts_birthdays() {
        let mut p = Person::new("P0001", "Morag");
        p.date_of_birth = Some(d(1950, 6, 15));
        assert_eq!(p.age_on(d(2026, 6, 14)), Some(75));
        assert_eq!(p.age_on(d(2026, 6, 15)), Some(76));
    }

    #[test]
    fn references() {
        for ok in ["P0001", "P12345", "P01", "X0001", "CWC-012", "2024/17", "a", "ABCDEFGHIJ0123456789"] {
            assert!(is_person_ref(ok), "{ok}");
        }
        for bad in ["", "CWC 012", "P0001!", "ABCDEFGHIJ01234567890", "P.1", "P_1"] {
            assert!(!is_person_ref(bad), "{bad}");
        }
        assert_eq!(person_ref(42), "P0042");
    }

    #[test]
    fn validation_names_fields() {
        let mut p = Person::new("bad ref", "");
        p.date_of_birth = Some(d(2030, 1, 1));
        let err = p.validate(d(2026, 1, 1)).unwrap_err();
        let fields: Vec<_> = err.0.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["ref", "name", "date_of_birth"]);
    }
}
