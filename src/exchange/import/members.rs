//! Importing members: `name,role,activities,hourly_rate_gbp,villages,phone,email,pvg_number,pvg_scope,pvg_expiry,insurance_expiry,joined`.

use super::{ImportErrors, ImportKind, ImportPlan, RowReader, Sheet, read_rows};
use crate::domain::{Activity, Member, PvgScope, Role};
use std::collections::HashSet;

/// The members layout, exactly as documented and exported.
pub const MEMBER_COLUMNS: &[&str] = &[
    "name",
    "role",
    "activities",
    "hourly_rate_gbp",
    "villages",
    "phone",
    "email",
    "pvg_number",
    "pvg_scope",
    "pvg_expiry",
    "insurance_expiry",
    "joined",
];

fn same_person(a: &Member, name: &str, email: &str) -> bool {
    a.name.trim().eq_ignore_ascii_case(name.trim()) && a.email.trim().eq_ignore_ascii_case(email.trim())
}

/// Reads a members file against the current roster and catalogue. A row with the same name and
/// email as an existing member updates that member (fields not in the file, and columns the
/// file leaves out, are kept).
pub fn plan_members(
    sheet: &Sheet,
    existing: &[Member],
    catalogue: &[Activity],
) -> Result<ImportPlan<Member>, ImportErrors> {
    plan(sheet, existing, catalogue).map_err(|e| e.placed(sheet))
}

fn plan(
    sheet: &Sheet,
    existing: &[Member],
    catalogue: &[Activity],
) -> Result<ImportPlan<Member>, ImportErrors> {
    let rows = read_rows(sheet, ImportKind::Members)?;
    let mut errors = Vec::new();
    let mut plan = ImportPlan { added: Vec::new(), updated: Vec::new() };
    let mut seen: HashSet<(String, String)> = HashSet::new();
    for row in &rows {
        let mut r = RowReader { row, errors: &mut errors };
        let name = row.get("name").to_string();
        let email = row.get("email").to_string();
        if !seen.insert((name.to_lowercase(), email.to_lowercase())) {
            r.fail("name", crate::t!("imp-member-twice", name = name.as_str(), email = email.as_str()));
            continue;
        }
        // Without an email column, a member is found by name alone.
        let found = existing.iter().find(|m| {
            if row.has("email") {
                same_person(m, &name, &email)
            } else {
                m.name.trim().eq_ignore_ascii_case(name.trim())
            }
        });
        let mut member = found.cloned().unwrap_or_else(|| Member::named(&name));
        let is_update = !member.id.is_new();
        member.name = name;
        if row.has("email") {
            member.email = email;
        }
        let role = row.get("role");
        if !role.is_empty() {
            match Role::from_key(role) {
                Some(role) => member.role = role,
                None => r.fail("role", crate::t!("imp-not-role", text = role, keys = Role::keys_list())),
            }
        } else if !is_update {
            member.role = Role::Other;
        }
        if row.has("activities") {
            let mut activities = Vec::new();
            for wanted in r.list("activities") {
                match catalogue.iter().find(|a| a.name.eq_ignore_ascii_case(&wanted)) {
                    Some(a) => activities.push(a.id),
                    None => r.fail("activities", crate::t!("imp-no-activity-import", name = wanted.as_str())),
                }
            }
            member.activities = activities;
        }
        let rate = row.get("hourly_rate_gbp");
        let rate_missing = rate.is_empty() && (row.has("hourly_rate_gbp") || !is_update);
        if rate_missing {
            r.fail("hourly_rate_gbp", crate::t!("imp-required"));
        } else if let Some(m) = r.money("hourly_rate_gbp") {
            member.hourly_rate = m;
        }
        if row.has("villages") {
            member.villages = r.list("villages");
        }
        if row.has("phone") {
            member.phone = row.get("phone").to_string();
        }
        if row.has("pvg_number") {
            member.pvg.number = row.get("pvg_number").to_string();
        }
        if row.has("pvg_scope") {
            member.pvg.scope = r.choice(
                "pvg_scope",
                &crate::t!("imp-noun-pvg-scope"),
                PvgScope::from_key,
                PvgScope::keys_list,
            );
        }
        if row.has("pvg_expiry") {
            member.pvg.expiry = r.date("pvg_expiry");
        }
        if row.has("insurance_expiry") {
            member.insurance.expiry = r.date("insurance_expiry");
        }
        if row.has("joined") {
            member.joined = r.date("joined");
        }
        if let Err(invalid) = member.validate() {
            for problem in invalid.0 {
                // The rate's own parse error is already recorded.
                if !(problem.field == "hourly_rate_gbp" && rate_missing) {
                    r.fail(problem.field, problem.message);
                }
            }
        }
        if is_update { plan.updated.push(member) } else { plan.added.push(member) }
    }
    if errors.is_empty() { Ok(plan) } else { Err(ImportErrors(errors)) }
}
