//! Importing members: `name,role,activities,hourly_rate_gbp,villages,phone,email,pvg_number,pvg_scope,pvg_expiry,insurance_expiry,joined`.

use super::{ImportErrors, ImportPlan, RowReader, read_rows};
use crate::domain::{Activity, Member, Money, PvgScope, Role};
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

/// Reads a members CSV against the current roster and catalogue. A row with the same name and
/// email as an existing member updates that member (fields not in the file are kept).
pub fn plan_members(
    text: &str,
    existing: &[Member],
    catalogue: &[Activity],
) -> Result<ImportPlan<Member>, ImportErrors> {
    let rows = read_rows(text, MEMBER_COLUMNS)?;
    let mut errors = Vec::new();
    let mut plan = ImportPlan { added: Vec::new(), updated: Vec::new() };
    let mut seen: HashSet<(String, String)> = HashSet::new();
    for row in &rows {
        let mut r = RowReader { row, errors: &mut errors };
        let name = row.get("name").to_string();
        let email = row.get("email").to_string();
        if !seen.insert((name.to_lowercase(), email.to_lowercase())) {
            r.fail("name", format!("'{name}' with email '{email}' appears twice in the file"));
            continue;
        }
        let mut member = existing
            .iter()
            .find(|m| same_person(m, &name, &email))
            .cloned()
            .unwrap_or_else(|| Member::named(&name));
        let is_update = !member.id.is_new();
        member.name = name;
        member.email = email;
        let role = row.get("role");
        if !role.is_empty() {
            match Role::from_key(role) {
                Some(role) => member.role = role,
                None => r.fail("role", format!("'{role}' is not a role; use {}", Role::keys_list())),
            }
        } else if !is_update {
            member.role = Role::Other;
        }
        let mut activities = Vec::new();
        for wanted in r.list("activities") {
            match catalogue.iter().find(|a| a.name.eq_ignore_ascii_case(&wanted)) {
                Some(a) => activities.push(a.id),
                None => r.fail(
                    "activities",
                    format!("there is no activity named '{wanted}' (import activities first)"),
                ),
            }
        }
        member.activities = activities;
        let rate = row.get("hourly_rate_gbp");
        if rate.is_empty() {
            r.fail("hourly_rate_gbp", "is required");
        } else {
            match Money::parse(rate) {
                Ok(m) => member.hourly_rate = m,
                Err(e) => r.fail("hourly_rate_gbp", e.to_string()),
            }
        }
        member.villages = r.list("villages");
        member.phone = row.get("phone").to_string();
        member.pvg.number = row.get("pvg_number").to_string();
        let scope = row.get("pvg_scope");
        member.pvg.scope = if scope.is_empty() {
            None
        } else {
            let parsed = PvgScope::from_key(scope);
            if parsed.is_none() {
                r.fail("pvg_scope", format!("'{scope}' is not a PVG scope; use {}", PvgScope::keys_list()));
            }
            parsed
        };
        member.pvg.expiry = r.date("pvg_expiry");
        member.insurance.expiry = r.date("insurance_expiry");
        member.joined = r.date("joined");
        if let Err(invalid) = member.validate() {
            for problem in invalid.0 {
                // The rate's own parse error is already recorded.
                if !(problem.field == "hourly_rate_gbp" && rate.is_empty()) {
                    r.fail(problem.field, problem.message);
                }
            }
        }
        if is_update { plan.updated.push(member) } else { plan.added.push(member) }
    }
    if errors.is_empty() { Ok(plan) } else { Err(ImportErrors(errors)) }
}
