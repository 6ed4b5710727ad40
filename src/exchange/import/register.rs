//! Importing the register of members: `name,class,postal_address,email,admitted,ceased,shares,amount_paid_gbp`.
//!
//! A row whose name matches an entry (and, when the file has it, postal address) updates it;
//! any other row admits a new member. `shares` and `amount_paid_gbp` are what the member
//! holds: the commit writes the ledger line (an issue, or a withdrawal) that brings them
//! there, so a register exported and imported back changes nothing.

use super::{ImportErrors, ImportKind, ImportPlan, RowReader, Sheet, read_rows};
use crate::domain::coop::{Holding, LedgerEntry, RegisterEntry, RegisterLink, holding_on};
use crate::domain::{CoopRules, Money};
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
    /// the entry numbered `entry` (`None` when nothing changes).
    pub fn ledger_line(&self, entry: crate::domain::RegisterEntryId, date: NaiveDate) -> Option<LedgerEntry> {
        let target = self.target?;
        let shares = target.shares - self.held.shares;
        let amount = Money(target.amount_paid.0 - self.held.amount_paid.0);
        if shares == 0 && amount.0 == 0 {
            return None;
        }
        let (kind, shares, amount) = if shares > 0 || (shares == 0 && amount.0 > 0) {
            (crate::domain::LedgerKind::Issue, shares, amount)
        } else {
            (crate::domain::LedgerKind::Withdrawal, -shares, Money(-amount.0))
        };
        Some(LedgerEntry {
            id: crate::domain::LedgerEntryId::NEW,
            date,
            kind,
            entry,
            to: None,
            shares: u32::try_from(shares.max(1)).unwrap_or(u32::MAX),
            amount: Money(amount.0.max(0)),
            note: "imported register".into(),
        })
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
            r.fail("name", "is required");
            continue;
        }
        if !seen.insert((name.to_lowercase(), address.to_lowercase())) {
            r.fail("name", format!("'{name}' appears twice in the file"));
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
                    r.fail("admitted", "is required for a new member");
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
                r.fail("class", format!("'{class}' is not one of the co-op's classes: {}", names.join(", ")));
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
                r.fail("amount_paid_gbp", "cannot be negative");
            }
            if !rules.legal_form.has_shares() && (shares > 0 || amount.0 > 0) {
                r.fail("shares", "a company limited by guarantee has no shares (see Settings, legal form)");
            }
            if let Some(c) = rules.class(&entry.class) {
                if shares > c.max_shares {
                    r.fail("shares", format!("{} may hold at most {} shares", c.name, c.max_shares));
                }
                if amount.0 > c.share_price.0.saturating_mul(i64::from(shares)) {
                    r.fail(
                        "amount_paid_gbp",
                        format!("{amount} is more than {shares} shares at {} cost", c.share_price),
                    );
                }
            }
            Some(Holding { shares: i64::from(shares), amount_paid: amount })
        } else {
            None
        };
        let import = RegisterImport { entry, held, target };
        if import.entry.id.is_new() { plan.added.push(import) } else { plan.updated.push(import) }
    }
    if errors.is_empty() { Ok(plan) } else { Err(ImportErrors(errors)) }
}
