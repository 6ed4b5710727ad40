//! Importing people (`ref,name,preferred_name,date_of_birth,village,gp_practice,phone,email,needs,interests,what_matters,consent_store,consent_share`)
//! and referrals (`person_ref,date,source,referrer,reason,urgency,status`).

use super::{ImportErrors, ImportPlan, RowReader, read_rows};
use crate::domain::person::{is_person_ref, person_ref};
use crate::domain::{
    Need, Person, PersonId, Referral, ReferralSource, ReferralStatus, ShareConsent, Urgency,
};
use chrono::NaiveDate;
use std::collections::HashSet;

/// The people layout, exactly as documented and exported.
pub const PEOPLE_COLUMNS: &[&str] = &[
    "ref",
    "name",
    "preferred_name",
    "date_of_birth",
    "village",
    "gp_practice",
    "phone",
    "email",
    "needs",
    "interests",
    "what_matters",
    "consent_store",
    "consent_share",
];

/// The referrals layout, exactly as documented and exported.
pub const REFERRAL_COLUMNS: &[&str] =
    &["person_ref", "date", "source", "referrer", "reason", "urgency", "status"];

fn ref_number(reference: &str) -> u64 {
    reference.trim_start_matches('P').parse().unwrap_or(0)
}

/// Reads a people CSV. A row whose `ref` is already used updates that person; a blank `ref`
/// gets the next free reference.
pub fn plan_people(
    text: &str,
    existing: &[Person],
    today: NaiveDate,
) -> Result<ImportPlan<Person>, ImportErrors> {
    let rows = read_rows(text, PEOPLE_COLUMNS)?;
    let mut errors = Vec::new();
    let mut plan = ImportPlan { added: Vec::new(), updated: Vec::new() };
    let mut next = existing.iter().map(|p| ref_number(&p.reference)).max().unwrap_or(0);
    next = next.max(rows.iter().map(|r| ref_number(r.get("ref"))).max().unwrap_or(0));
    let mut seen = HashSet::new();
    for row in &rows {
        let mut r = RowReader { row, errors: &mut errors };
        let reference = match row.get("ref") {
            "" => {
                next += 1;
                person_ref(next)
            }
            given if is_person_ref(given) => given.to_string(),
            given => {
                r.fail("ref", format!("'{given}' is not a reference like P0001"));
                continue;
            }
        };
        if !seen.insert(reference.clone()) {
            r.fail("ref", format!("{reference} appears twice in the file"));
            continue;
        }
        let mut p = existing
            .iter()
            .find(|p| p.reference == reference)
            .cloned()
            .unwrap_or_else(|| Person::new(&reference, ""));
        p.name = row.get("name").to_string();
        p.preferred_name = row.get("preferred_name").to_string();
        p.date_of_birth = r.date("date_of_birth");
        p.village = row.get("village").to_string();
        p.gp_practice = row.get("gp_practice").to_string();
        p.phone = row.get("phone").to_string();
        p.email = row.get("email").to_string();
        p.needs = Vec::new();
        for need in r.list("needs") {
            match Need::from_key(&need) {
                Some(n) => p.needs.push(n),
                None => r.fail("needs", format!("'{need}' is not a need; use {}", Need::keys_list())),
            }
        }
        p.interests = r.list("interests");
        p.what_matters = row.get("what_matters").to_string();
        p.consent_store = r.date("consent_store");
        let share = row.get("consent_share");
        let yes = match share.to_ascii_lowercase().as_str() {
            "yes" | "y" | "true" => true,
            "no" | "n" | "false" | "" => false,
            _ => {
                r.fail("consent_share", format!("'{share}' should be yes or no"));
                false
            }
        };
        if yes != p.consent_share.yes {
            p.consent_share = ShareConsent { yes, date: Some(today) };
        }
        if let Err(invalid) = p.validate(today) {
            for problem in invalid.0 {
                r.fail(problem.field, problem.message);
            }
        }
        if p.id.is_new() { plan.added.push(p) } else { plan.updated.push(p) }
    }
    if errors.is_empty() { Ok(plan) } else { Err(ImportErrors(errors)) }
}

/// Reads a referrals CSV. Every `person_ref` must name a person already stored. A row with the
/// same person, date and source as a stored referral updates it; a new status is added to its
/// history, dated `today`.
pub fn plan_referrals(
    text: &str,
    people: &[Person],
    existing: &[Referral],
    today: NaiveDate,
) -> Result<ImportPlan<Referral>, ImportErrors> {
    let rows = read_rows(text, REFERRAL_COLUMNS)?;
    let mut errors = Vec::new();
    let mut plan = ImportPlan { added: Vec::new(), updated: Vec::new() };
    for row in &rows {
        let mut r = RowReader { row, errors: &mut errors };
        let reference = row.get("person_ref");
        let person: Option<PersonId> = people.iter().find(|p| p.reference == reference).map(|p| p.id);
        if person.is_none() {
            r.fail("person_ref", format!("there is no person {reference:?} (import people first)"));
        }
        let date = r.date("date");
        if row.get("date").is_empty() {
            r.fail("date", "is required");
        }
        let source_text = row.get("source");
        let source = ReferralSource::from_key(source_text);
        if source.is_none() {
            r.fail("source", format!("'{source_text}' is not a source; use {}", ReferralSource::keys_list()));
        }
        let urgency = match row.get("urgency") {
            "" => Some(Urgency::Routine),
            u => Urgency::from_key(u).or_else(|| {
                r.fail("urgency", format!("'{u}' is not an urgency; use {}", Urgency::keys_list()));
                None
            }),
        };
        let status = match row.get("status") {
            "" => Some(ReferralStatus::New),
            s => ReferralStatus::from_key(s).or_else(|| {
                r.fail("status", format!("'{s}' is not a status; use {}", ReferralStatus::keys_list()));
                None
            }),
        };
        let (Some(person), Some(date), Some(source), Some(urgency), Some(status)) =
            (person, date, source, urgency, status)
        else {
            continue;
        };
        if date > today {
            r.fail("date", "is in the future");
            continue;
        }
        let found = existing.iter().find(|e| e.person == person && e.received == date && e.source == source);
        let mut referral = found.cloned().unwrap_or_else(|| Referral::new(person, date, source));
        referral.referrer_name = row.get("referrer").to_string();
        referral.reasons = row.get("reason").to_string();
        referral.urgency = urgency;
        if referral.status() != status {
            let when = if found.is_some() { today } else { date };
            referral.set_status(status, when.max(referral.status_since()), "imported");
        }
        if found.is_some() { plan.updated.push(referral) } else { plan.added.push(referral) }
    }
    if errors.is_empty() { Ok(plan) } else { Err(ImportErrors(errors)) }
}
