//! Importing people (`ref,name,preferred_name,date_of_birth,village,gp_practice,phone,email,needs,interests,what_matters,consent_store,consent_share`)
//! and referrals (`person_ref,date,source,referrer,reason,urgency,status`).

use super::{ImportErrors, ImportKind, ImportPlan, RowReader, Sheet, parse_yes_no, read_rows};
use crate::domain::person::{is_person_ref, person_ref, reference_number};
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
    reference_number(reference).unwrap_or(0)
}

/// Reads a people file. A row whose `ref` is already used updates that person (a column the
/// file leaves out keeps what is stored); a blank or missing `ref` gets the next free `P`
/// number. References in the co-op's own scheme are kept as given.
pub fn plan_people(
    sheet: &Sheet,
    existing: &[Person],
    today: NaiveDate,
) -> Result<ImportPlan<Person>, ImportErrors> {
    plan(sheet, existing, today).map_err(|e| e.placed(sheet))
}

fn plan(sheet: &Sheet, existing: &[Person], today: NaiveDate) -> Result<ImportPlan<Person>, ImportErrors> {
    let rows = read_rows(sheet, ImportKind::People)?;
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
                r.fail("ref", crate::t!("imp-not-reference", text = given));
                continue;
            }
        };
        if !seen.insert(reference.clone()) {
            r.fail("ref", crate::t!("imp-ref-twice", reference = reference.as_str()));
            continue;
        }
        let mut p = existing
            .iter()
            .find(|p| p.reference == reference)
            .cloned()
            .unwrap_or_else(|| Person::new(&reference, ""));
        let text = |field: &str, target: &mut String| {
            if row.has(field) {
                *target = row.get(field).to_string();
            }
        };
        text("name", &mut p.name);
        text("preferred_name", &mut p.preferred_name);
        text("village", &mut p.village);
        text("gp_practice", &mut p.gp_practice);
        text("phone", &mut p.phone);
        text("email", &mut p.email);
        text("what_matters", &mut p.what_matters);
        if row.has("date_of_birth") {
            p.date_of_birth = r.date("date_of_birth");
        }
        if row.has("needs") {
            p.needs = Vec::new();
            for need in r.list("needs") {
                match Need::from_key(&need) {
                    Some(n) if !p.needs.contains(&n) => p.needs.push(n),
                    Some(_) => {}
                    None => r.fail(
                        "needs",
                        crate::t!("imp-not-need", text = need.as_str(), keys = Need::keys_list()),
                    ),
                }
            }
        }
        if row.has("interests") {
            p.interests = r.list("interests");
        }
        if row.has("consent_store") {
            p.consent_store = r.date("consent_store");
        }
        if row.has("consent_share") {
            let share = row.get("consent_share");
            let yes = if share.is_empty() {
                false
            } else {
                parse_yes_no(share).unwrap_or_else(|| {
                    r.fail("consent_share", crate::t!("imp-yes-or-no", text = share));
                    false
                })
            };
            if yes != p.consent_share.yes {
                p.consent_share = ShareConsent { yes, date: Some(today) };
            }
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

/// Reads a referrals file. Every `person_ref` must name a person already stored. A row with the
/// same person, date and source as a stored referral updates it; a new status is added to its
/// history, dated `today`. A column the file leaves out keeps what is stored.
pub fn plan_referrals(
    sheet: &Sheet,
    people: &[Person],
    existing: &[Referral],
    today: NaiveDate,
) -> Result<ImportPlan<Referral>, ImportErrors> {
    plan_referral_rows(sheet, people, existing, today).map_err(|e| e.placed(sheet))
}

fn plan_referral_rows(
    sheet: &Sheet,
    people: &[Person],
    existing: &[Referral],
    today: NaiveDate,
) -> Result<ImportPlan<Referral>, ImportErrors> {
    let rows = read_rows(sheet, ImportKind::Referrals)?;
    let mut errors = Vec::new();
    let mut plan = ImportPlan { added: Vec::new(), updated: Vec::new() };
    for row in &rows {
        let mut r = RowReader { row, errors: &mut errors };
        let reference = row.get("person_ref");
        let person: Option<PersonId> = people.iter().find(|p| p.reference == reference).map(|p| p.id);
        if person.is_none() {
            r.fail("person_ref", crate::t!("imp-no-person-import", reference = format!("{reference:?}")));
        }
        let date = r.date("date");
        if row.get("date").is_empty() {
            r.fail("date", crate::t!("imp-required"));
        }
        let source_text = row.get("source");
        let source = ReferralSource::from_key(source_text);
        if source.is_none() {
            r.fail(
                "source",
                crate::t!("imp-not-source", text = source_text, keys = ReferralSource::keys_list()),
            );
        }
        let urgency = match row.get("urgency") {
            "" => Some(None),
            _ => r
                .choice("urgency", &crate::t!("imp-noun-urgency"), Urgency::from_key, Urgency::keys_list)
                .map(Some),
        };
        let status = match row.get("status") {
            "" => Some(None),
            _ => r
                .choice(
                    "status",
                    &crate::t!("imp-noun-status"),
                    ReferralStatus::from_key,
                    ReferralStatus::keys_list,
                )
                .map(Some),
        };
        let (Some(person), Some(date), Some(source), Some(urgency), Some(status)) =
            (person, date, source, urgency, status)
        else {
            continue;
        };
        if date > today {
            r.fail("date", crate::t!("imp-in-future"));
            continue;
        }
        let found = existing.iter().find(|e| e.person == person && e.received == date && e.source == source);
        let mut referral = found.cloned().unwrap_or_else(|| Referral::new(person, date, source));
        if row.has("referrer") {
            referral.referrer_name = row.get("referrer").to_string();
        }
        if row.has("reason") {
            referral.reasons = row.get("reason").to_string();
        }
        // A blank cell is the default; a column left out keeps what is stored.
        if row.has("urgency") {
            referral.urgency = urgency.unwrap_or(Urgency::Routine);
        }
        let status = match (status, row.has("status")) {
            (Some(s), _) => s,
            (None, true) => ReferralStatus::New,
            (None, false) => referral.status(),
        };
        if referral.status() != status {
            let when = if found.is_some() { today } else { date };
            referral.set_status(status, when.max(referral.status_since()), "imported");
        }
        if found.is_some() { plan.updated.push(referral) } else { plan.added.push(referral) }
    }
    if errors.is_empty() { Ok(plan) } else { Err(ImportErrors(errors)) }
}
