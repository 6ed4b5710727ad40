//! Importing the register of members: `name,class,postal_address,email,admitted,ceased,shares,amount_paid_gbp`.
//!
//! A row whose name matches an entry (and, when the file has it, postal address) updates it;
//! any other row admits a new member. `shares` and `amount_paid_gbp` are what the member
//! holds: the commit writes the ledger line (an issue, or a withdrawal) that brings them
//! there, so a register exported and imported back changes nothing.

use super::{ImportErrors, ImportKind, ImportPlan, RowReader, Sheet, read_rows};
use crate::domain::coop::{Holding, LedgerEntry, RegisterEntry, RegisterLink, holding_on};
use crate::domain::{CoopRules, LedgerKind, Money};
use chrono::NaiveDate;
use std::collections::HashSet;

/// The register layout, exactly as documented and exported.
pub const REGISTER_COLUMNS: &[&str] =
    &["name", "class", "postal_address", "email", "admitted", "ceased", "shares", "amount_paid_gbp"];

/// One row of a register file: the entry to store and what it should hold afterwards.
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterImport {
    /// The entry (new, or stored with the file's values).
    pub entry: RegisterEntry,
    /// What the member holds now (zero for a new one).
    pub held: Holding,
    /// What the file says they hold (`None`: the file has no shares column, keep what is held).
    pub target: Option<Holding>,
}

impl RegisterImport {
    /// The ledger line that brings the holding from `held` to `target`, dated `date`, for
    /// the entry numbered `entry` (`None` when nothing changes; the plan has refused a row
    /// whose change no single line can make).
    pub fn ledger_line(&self, entry: crate::domain::RegisterEntryId, date: NaiveDate) -> Option<LedgerEntry> {
        let (kind, shares, amount) = ledger_change(self.held, self.target?).ok().flatten()?;
        Some(LedgerEntry {
            id: crate::domain::LedgerEntryId::NEW,
            date,
            kind,
            entry,
            to: None,
            shares,
            amount,
            note: "imported register".into(),
        })
    }
}

/// The one line of the share ledger that takes a member from `held` to `target`: an issue
/// (more shares, and as much more paid or nothing more), a withdrawal (fewer shares, and as
/// much repaid or nothing), or none. Anything else (the amount alone, or shares one way and
/// money the other) is not a line of the ledger, and says so.
fn ledger_change(held: Holding, target: Holding) -> Result<Option<(LedgerKind, u32, Money)>, String> {
    let shares = target.shares - held.shares;
    let amount = target.amount_paid.0 - held.amount_paid.0;
    let count = |n: i64| u32::try_from(n.unsigned_abs()).unwrap_or(u32::MAX);
    match (shares.signum(), amount.signum()) {
        (0, 0) => Ok(None),
        (1, 0 | 1) => Ok(Some((LedgerKind::Issue, count(shares), Money(amount)))),
        (-1, 0 | -1) => Ok(Some((LedgerKind::Withdrawal, count(shares), Money(-amount)))),
        _ => Err(crate::t!(
            "imp-amount-alone",
            shares = held.shares.to_string(),
            paid = held.amount_paid.to_string()
        )),
    }
}

/// Reads a register file against the register, ledger and rules as stored.
pub fn plan_register(
    sheet: &Sheet,
    existing: &[RegisterEntry],
    ledger: &[LedgerEntry],
    rules: &CoopRules,
    today: NaiveDate,
) -> Result<ImportPlan<RegisterImport>, ImportErrors> {
    plan(sheet, existing, ledger, rules, today).map_err(|e| e.placed(sheet))
}

fn plan(
    sheet: &Sheet,
    existing: &[RegisterEntry],
    ledger: &[LedgerEntry],
    rules: &CoopRules,
    today: NaiveDate,
) -> Result<ImportPlan<RegisterImport>, ImportErrors> {
    let rows = read_rows(sheet, ImportKind::Register)?;
    let mut errors = Vec::new();
    let mut plan = ImportPlan { added: Vec::new(), updated: Vec::new() };
    let mut seen = HashSet::new();
    for row in &rows {
        let mut r = RowReader { row, errors: &mut errors };
        let name = row.get("name").to_string();
        let address = row.get("postal_address").to_string();
        if name.is_empty() {
            r.fail("name", crate::t!("imp-required"));
            continue;
        }
        if !seen.insert((name.to_lowercase(), address.to_lowercase())) {
            r.fail("name", crate::t!("imp-twice", name = name.as_str()));
            continue;
        }
        let found = existing.iter().find(|e| {
            e.name.trim().eq_ignore_ascii_case(&name)
                && (!row.has("postal_address") || e.postal_address.trim().eq_ignore_ascii_case(&address))
        });
        let admitted = r.date("admitted");
        let mut entry = match found {
            Some(e) => e.clone(),
            None => {
                if admitted.is_none() && r.row.get("admitted").is_empty() {
                    r.fail("admitted", crate::t!("imp-required-new-member"));
                }
                RegisterEntry::new(&name, "", RegisterLink::Supporter, admitted.unwrap_or(today))
            }
        };
        entry.name = name;
        if let Some(d) = admitted {
            entry.admitted = d;
        }
        let class = row.get("class");
        match rules.class(class) {
            Some(c) => entry.class = c.name.clone(),
            None if class.is_empty() && found.is_some() => {}
            None => {
                let names: Vec<&str> = rules.classes.iter().map(|c| c.name.as_str()).collect();
                r.fail("class", crate::t!("imp-not-class", text = class, classes = names.join(", ")));
            }
        }
        if row.has("postal_address") {
            entry.postal_address = address;
        }
        if row.has("email") {
            entry.email = row.get("email").to_string();
        }
        if row.has("ceased") {
            entry.ceased = r.date("ceased");
        }
        if let Err(invalid) = entry.validate() {
            for p in invalid.0 {
                r.fail(p.field, p.message);
            }
        }
        let held =
            if entry.id.is_new() { Holding::default() } else { holding_on(entry.id, ledger, NaiveDate::MAX) };
        let target = if row.has("shares") || row.has("amount_paid_gbp") {
            let shares = r.number("shares", 0..=1_000_000).unwrap_or(0);
            let amount = r.money("amount_paid_gbp").unwrap_or(Money::ZERO);
            if amount.0 < 0 {
                r.fail("amount_paid_gbp", crate::t!("imp-not-negative"));
            }
            if !rules.legal_form.has_shares() && (shares > 0 || amount.0 > 0) {
                r.fail("shares", crate::t!("imp-guarantee-no-shares"));
            }
            if let Some(c) = rules.class(&entry.class) {
                if shares > c.max_shares {
                    r.fail(
                        "shares",
                        crate::t!("imp-max-shares", class = c.name.as_str(), max = c.max_shares.to_string()),
                    );
                }
                if amount.0 > c.share_price.0.saturating_mul(i64::from(shares)) {
                    r.fail(
                        "amount_paid_gbp",
                        crate::t!(
                            "imp-amount-too-much",
                            amount = amount.to_string(),
                            shares = shares.to_string(),
                            price = c.share_price.to_string()
                        ),
                    );
                }
            }
            let target = Holding { shares: i64::from(shares), amount_paid: amount };
            if let Err(why) = ledger_change(held, target) {
                r.fail("amount_paid_gbp", why);
            }
            Some(target)
        } else {
            None
        };
        let import = RegisterImport { entry, held, target };
        if import.entry.id.is_new() { plan.added.push(import) } else { plan.updated.push(import) }
    }
    if errors.is_empty() { Ok(plan) } else { Err(ImportErrors(errors)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held(shares: i64, pence: i64) -> Holding {
        Holding { shares, amount_paid: Money(pence) }
    }

    #[test]
    fn a_holding_changes_by_one_issue_or_one_withdrawal_or_not_at_all() {
        assert_eq!(ledger_change(held(10, 1000), held(10, 1000)), Ok(None));
        assert_eq!(
            ledger_change(held(10, 1000), held(15, 1500)),
            Ok(Some((LedgerKind::Issue, 5, Money(500))))
        );
        assert_eq!(ledger_change(held(10, 1000), held(12, 1000)), Ok(Some((LedgerKind::Issue, 2, Money(0)))));
        assert_eq!(
            ledger_change(held(10, 1000), held(4, 400)),
            Ok(Some((LedgerKind::Withdrawal, 6, Money(600))))
        );
        // The amount alone, or shares one way and money the other, is no line of the ledger.
        assert!(ledger_change(held(10, 1000), held(10, 1200)).is_err());
        assert!(ledger_change(held(10, 1000), held(12, 800)).is_err());
        assert!(ledger_change(held(10, 1000), held(8, 1100)).is_err());
    }
}
