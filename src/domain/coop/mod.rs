//! The co-op itself: its rules (legal form, membership classes, notice, quorum, majorities),
//! the register of members and officers, and the share ledger. Meetings and their votes are in
//! [`meeting`].
//!
//! A registered society (Co-operative and Community Benefit Societies Act 2014) keeps, by
//! s.30, a register of members: name and postal address; an electronic address and what it
//! was given for; shares held and the amount paid on them; loans or other property held; the
//! date entered and the date ceased; and officers with their office and dates. A company
//! limited by guarantee has members but no shares.

pub mod meeting;
#[cfg(test)]
mod tests;

use super::choice::choice_enum;
use super::ids::{LedgerEntryId, MemberId, PersonId, RegisterEntryId};
use super::money::Money;
use super::validate::{Problems, ValidationError};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

choice_enum!(
    /// What the law makes the co-op, which decides what its register shows.
    LegalForm {
        /// A registered society: members hold shares.
        RegisteredSociety => ("registered_society", "Registered society (members hold shares)", "society", "bencom", "co-operative society"),
        /// A company limited by guarantee: no shares.
        CompanyLimitedByGuarantee => ("company_limited_by_guarantee", "Company limited by guarantee (no shares)", "clg", "company"),
    }
);

impl LegalForm {
    /// True when members hold shares (a registered society).
    pub fn has_shares(self) -> bool {
        self == LegalForm::RegisteredSociety
    }
}

/// One class of membership the co-op's rules define.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MembershipClass {
    /// Its name, as the register shows it ("Worker members").
    pub name: String,
    /// What one share of this class costs.
    pub share_price: Money,
    /// The most shares one member of this class may hold.
    pub max_shares: u32,
    /// Votes each member of this class has (1: one member, one vote).
    pub votes_per_member: u32,
}

/// The co-op's own rules, kept in Settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CoopRules {
    /// Registered society or company limited by guarantee.
    pub legal_form: LegalForm,
    /// The membership classes (workers, people supported and their carers, supporters...).
    pub classes: Vec<MembershipClass>,
    /// Clear days of notice the rules require for a general meeting.
    pub notice_clear_days: u32,
    /// Quorum of a general meeting: at least this many members present...
    pub quorum_members: u32,
    /// ...and at least this percentage of the members (whichever is more).
    pub quorum_percent: u32,
    /// Quorum of a board meeting: this many officers present.
    pub board_quorum: u32,
    /// The share of votes cast a special resolution needs, in percent (75 by default).
    pub special_majority_percent: u32,
    /// A former member's entry is kept this many years after they ceased, then may be removed.
    pub keep_former_years: u32,
}

impl Default for CoopRules {
    fn default() -> Self {
        let class = |name: &str, max_shares| MembershipClass {
            name: name.into(),
            share_price: Money::pounds(1),
            max_shares,
            votes_per_member: 1,
        };
        CoopRules {
            legal_form: LegalForm::RegisteredSociety,
            classes: vec![
                class(WORKER_CLASS, 100),
                class("User members", 100),
                class("Supporter members", 1000),
            ],
            notice_clear_days: 14,
            quorum_members: 3,
            quorum_percent: 10,
            board_quorum: 3,
            special_majority_percent: 75,
            keep_former_years: 10,
        }
    }
}

/// The class workers join in by default (and the one the schema upgrade puts them in).
pub const WORKER_CLASS: &str = "Worker members";

impl CoopRules {
    /// The class named `name` (in any case).
    pub fn class(&self, name: &str) -> Option<&MembershipClass> {
        self.classes.iter().find(|c| c.name.trim().eq_ignore_ascii_case(name.trim()))
    }

    /// Checks the rules make sense.
    pub fn validate(&self, p: &mut Problems) {
        if self.classes.is_empty() {
            p.add("classes", crate::t!("dom-coop-no-classes"));
        }
        for (i, c) in self.classes.iter().enumerate() {
            if c.name.trim().is_empty() {
                p.add("classes", crate::t!("dom-coop-class-needs-name", number = (i + 1).to_string()));
            }
            if self.classes[..i].iter().any(|o| o.name.trim().eq_ignore_ascii_case(c.name.trim())) {
                p.add("classes", crate::t!("dom-coop-class-twice", name = c.name.trim()));
            }
            if self.legal_form.has_shares() && c.share_price.0 <= 0 {
                p.add("classes", crate::t!("dom-coop-share-price", class = c.name.trim()));
            }
            if c.votes_per_member == 0 {
                p.add("classes", crate::t!("dom-coop-votes", class = c.name.trim()));
            }
        }
        if !(1..=365).contains(&self.notice_clear_days) {
            p.add("notice_clear_days", crate::t!("dom-coop-notice-range"));
        }
        if self.quorum_percent > 100 {
            p.add("quorum_percent", crate::t!("dom-coop-quorum-percent"));
        }
        if !(51..=100).contains(&self.special_majority_percent) {
            p.add("special_majority_percent", crate::t!("dom-coop-special-majority"));
        }
        if !(1..=100).contains(&self.keep_former_years) {
            p.add("keep_former_years", crate::t!("dom-one-to-hundred-years"));
        }
    }
}

/// Who a register entry is, besides their entry: a worker on the roster, a person supported
/// (or their carer, entered against the person), or neither (a supporter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RegisterLink {
    /// Linked to no worker and no person's care records: a supporter, or someone whose care
    /// records were erased (their entry stays, as the law requires).
    Supporter,
    /// A worker on the roster.
    Worker(MemberId),
    /// A person supported, or their carer.
    Person(PersonId),
}

choice_enum!(
    /// An office the co-op's rules create.
    Office {
        /// Chair.
        Chair => ("chair", "Chair"),
        /// Secretary.
        Secretary => ("secretary", "Secretary"),
        /// Treasurer.
        Treasurer => ("treasurer", "Treasurer"),
        /// Board member (director).
        BoardMember => ("board_member", "Board member", "director", "board"),
    }
);

/// An office held, from one date to another (or still).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeHeld {
    /// Which office.
    pub office: Office,
    /// From.
    pub from: NaiveDate,
    /// Until (none while held).
    pub until: Option<NaiveDate>,
}

impl OfficeHeld {
    /// True when the office is held on `day`.
    pub fn held_on(&self, day: NaiveDate) -> bool {
        self.from <= day && self.until.is_none_or(|u| day <= u)
    }
}

/// One line of the register of members (s.30 of the 2014 Act).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterEntry {
    /// Assigned by the store.
    pub id: RegisterEntryId,
    /// Name.
    pub name: String,
    /// Postal address.
    pub postal_address: String,
    /// Electronic address, if given.
    pub email: String,
    /// What the electronic address was given for ("notices of meetings").
    pub email_for: String,
    /// The membership class (by name).
    pub class: String,
    /// Worker, person supported, or supporter.
    pub link: RegisterLink,
    /// Date entered on the register.
    pub admitted: NaiveDate,
    /// Date ceased to be a member.
    pub ceased: Option<NaiveDate>,
    /// Why they ceased ("resigned", "left the co-op's work", "died").
    pub ceased_reason: String,
    /// Loans or other property held by the member, in words.
    pub loans: String,
    /// Offices held, past and present.
    pub offices: Vec<OfficeHeld>,
}

impl RegisterEntry {
    /// A new entry for `name` in `class`, admitted on `admitted`.
    pub fn new(name: &str, class: &str, link: RegisterLink, admitted: NaiveDate) -> Self {
        RegisterEntry {
            id: RegisterEntryId::NEW,
            name: name.into(),
            postal_address: String::new(),
            email: String::new(),
            email_for: String::new(),
            class: class.into(),
            link,
            admitted,
            ceased: None,
            ceased_reason: String::new(),
            loans: String::new(),
            offices: Vec::new(),
        }
    }

    /// True when a member on `day` (admitted and not yet ceased).
    pub fn is_member_on(&self, day: NaiveDate) -> bool {
        self.admitted <= day && self.ceased.is_none_or(|c| day < c)
    }

    /// The offices held on `day`.
    pub fn offices_on(&self, day: NaiveDate) -> impl Iterator<Item = Office> + '_ {
        self.offices.iter().filter(move |o| o.held_on(day)).map(|o| o.office)
    }

    /// When a former member's entry may be removed: `keep_years` after they ceased.
    pub fn removable_from(&self, keep_years: u32) -> Option<NaiveDate> {
        self.ceased.map(|c| c.checked_add_months(chrono::Months::new(keep_years * 12)).unwrap_or(c))
    }

    /// Checks what can be checked of the entry alone (the class is checked against the rules
    /// by the action that saves it).
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut p = Problems::default();
        self.check(&mut p);
        p.into_result()
    }

    /// Checks the entry as stored.
    pub fn validate_stored(&self) -> Result<(), ValidationError> {
        self.validate()
    }

    fn check(&self, p: &mut Problems) {
        p.require("name", &self.name);
        p.require("class", &self.class);
        if !self.email.trim().is_empty() && !super::validate::looks_like_email(&self.email) {
            p.add("email", crate::t!("dom-not-email", email = self.email.trim()));
        }
        if let Some(c) = self.ceased
            && c < self.admitted
        {
            p.add("ceased", crate::t!("dom-register-ceased-before-admitted"));
        }
        for o in &self.offices {
            if o.until.is_some_and(|u| u < o.from) {
                p.add("offices", crate::t!("dom-register-office-order", office = o.office.label()));
            }
        }
    }
}

choice_enum!(
    /// What a line of the share ledger records.
    LedgerKind {
        /// Shares issued to a member (paid for).
        Issue => ("issue", "Issue", "issued", "bought"),
        /// Shares withdrawn by a member (paid back).
        Withdrawal => ("withdrawal", "Withdrawal", "withdrawn", "repaid"),
        /// Shares transferred from one member to another.
        Transfer => ("transfer", "Transfer", "transferred"),
    }
);

/// One dated line of the share ledger. The register's holdings are always the ledger's sum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerEntry {
    /// Assigned by the store.
    pub id: LedgerEntryId,
    /// When.
    pub date: NaiveDate,
    /// Issue, withdrawal or transfer.
    pub kind: LedgerKind,
    /// Whose shares (for a transfer, who gives them).
    pub entry: RegisterEntryId,
    /// For a transfer, who receives them.
    pub to: Option<RegisterEntryId>,
    /// How many shares.
    pub shares: u32,
    /// The amount paid (issue), paid back (withdrawal) or carried with the shares (transfer).
    pub amount: Money,
    /// A note ("AGM 2025 share drive").
    pub note: String,
}

impl LedgerEntry {
    /// Checks the line alone.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut p = Problems::default();
        if self.shares == 0 {
            p.add("shares", crate::t!("dom-at-least-one"));
        }
        if self.amount.0 < 0 {
            p.add("amount_gbp", crate::t!("dom-not-negative"));
        }
        match (self.kind, self.to) {
            (LedgerKind::Transfer, None) => p.add("to", crate::t!("dom-ledger-transfer-needs-receiver")),
            (LedgerKind::Transfer, Some(to)) if to == self.entry => {
                p.add("to", crate::t!("dom-ledger-transfer-to-self"))
            }
            (LedgerKind::Issue | LedgerKind::Withdrawal, Some(_)) => {
                p.add("to", crate::t!("dom-ledger-only-transfer-receives"))
            }
            _ => {}
        }
        p.into_result()
    }

    /// Checks the line as stored.
    pub fn validate_stored(&self) -> Result<(), ValidationError> {
        self.validate()
    }
}

/// What one member holds: shares and the amount paid on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Holding {
    /// Shares held.
    pub shares: i64,
    /// Amount paid on them.
    pub amount_paid: Money,
}

/// What `entry` holds after every line of `ledger` dated on or before `day`.
pub fn holding_on(entry: RegisterEntryId, ledger: &[LedgerEntry], day: NaiveDate) -> Holding {
    let only: Vec<&LedgerEntry> = ledger.iter().filter(|l| l.entry == entry || l.to == Some(entry)).collect();
    holdings_on(only, day).remove(&entry).unwrap_or_default()
}

/// What every member holds after the lines of `ledger` dated on or before `day`, in one pass.
pub fn holdings_on<'a>(
    ledger: impl IntoIterator<Item = &'a LedgerEntry>,
    day: NaiveDate,
) -> std::collections::HashMap<RegisterEntryId, Holding> {
    let mut held: std::collections::HashMap<RegisterEntryId, Holding> = std::collections::HashMap::new();
    for line in ledger.into_iter().filter(|l| l.date <= day) {
        let (shares, amount) = (i64::from(line.shares), line.amount);
        let from = held.entry(line.entry).or_default();
        match line.kind {
            LedgerKind::Issue => {
                from.shares += shares;
                from.amount_paid += amount;
            }
            LedgerKind::Withdrawal | LedgerKind::Transfer => {
                from.shares -= shares;
                from.amount_paid = from.amount_paid - amount;
            }
        }
        if let (LedgerKind::Transfer, Some(to)) = (line.kind, line.to) {
            let to = held.entry(to).or_default();
            to.shares += shares;
            to.amount_paid += amount;
        }
    }
    held
}

/// Checks a new ledger line against the rules and what the members hold: the class's share
/// price and maximum holding, shares only in a registered society, never more withdrawn or
/// transferred than held, nothing issued to or transferred by someone who is not a member on
/// the day (a withdrawal may repay a former member). `ledger` is every line stored before
/// this one.
pub fn check_ledger_line(
    line: &LedgerEntry,
    from: &RegisterEntry,
    to: Option<&RegisterEntry>,
    ledger: &[LedgerEntry],
    rules: &CoopRules,
) -> Result<(), ValidationError> {
    let mut p = Problems::default();
    if !rules.legal_form.has_shares() {
        p.add("kind", crate::t!("dom-ledger-no-shares"));
        return p.into_result();
    }
    // Shares are issued and transferred between members; a withdrawal (paying shares back)
    // may come after someone has ceased, but not before they were admitted.
    let in_time = match line.kind {
        LedgerKind::Withdrawal => from.admitted <= line.date,
        LedgerKind::Issue | LedgerKind::Transfer => from.is_member_on(line.date),
    };
    if !in_time {
        p.add(
            "date",
            crate::t!("dom-ledger-not-member", name = from.name.as_str(), date = line.date.to_string()),
        );
    }
    let held = holding_on(from.id, ledger, line.date);
    match line.kind {
        LedgerKind::Issue => {
            if let Some(class) = rules.class(&from.class) {
                let after = held.shares + i64::from(line.shares);
                if after > i64::from(class.max_shares) {
                    p.add(
                        "shares",
                        crate::t!(
                            "dom-ledger-over-class-max",
                            name = from.name.as_str(),
                            after = after.to_string(),
                            class = class.name.as_str(),
                            max = class.max_shares.to_string()
                        ),
                    );
                }
                let cost = class.share_price.0.saturating_mul(i64::from(line.shares));
                if line.amount.0 > cost {
                    p.add(
                        "amount_gbp",
                        crate::t!(
                            "dom-ledger-overpaid",
                            amount = line.amount.to_string(),
                            shares = line.shares.to_string(),
                            price = class.share_price.to_string()
                        ),
                    );
                }
            } else {
                p.add("class", crate::t!("dom-ledger-unknown-class", class = from.class.as_str()));
            }
        }
        LedgerKind::Withdrawal | LedgerKind::Transfer => {
            if i64::from(line.shares) > held.shares {
                p.add(
                    "shares",
                    crate::t!(
                        "dom-ledger-holds",
                        name = from.name.as_str(),
                        shares = held.shares.to_string(),
                        date = line.date.to_string()
                    ),
                );
            }
            if line.amount > held.amount_paid {
                p.add(
                    "amount_gbp",
                    crate::t!(
                        "dom-ledger-paid",
                        name = from.name.as_str(),
                        amount = held.amount_paid.to_string()
                    ),
                );
            }
        }
    }
    if let Some(to) = to {
        if !to.is_member_on(line.date) {
            p.add(
                "to",
                crate::t!("dom-ledger-not-member", name = to.name.as_str(), date = line.date.to_string()),
            );
        }
        if let Some(class) = rules.class(&to.class) {
            let after = holding_on(to.id, ledger, line.date).shares + i64::from(line.shares);
            if after > i64::from(class.max_shares) {
                p.add(
                    "shares",
                    crate::t!(
                        "dom-ledger-receiver-max",
                        name = to.name.as_str(),
                        max = class.max_shares.to_string()
                    ),
                );
            }
        }
    }
    p.into_result()
}

/// What the register gains from a worker as stored before it (schema 4 and earlier, when
/// "member since" and "share paid" were fields on the worker): their entry in the worker
/// members class, admitted when they became a member (failing that, when they joined the
/// roster; failing both, on `fallback`), and the share they paid as an issue of whole shares
/// at the class's price (at least one). `None` for a worker who was never a co-op member.
pub fn entry_for_worker(
    worker: &super::member::MemberV1,
    rules: &CoopRules,
    fallback: NaiveDate,
) -> Option<(RegisterEntry, Option<LedgerEntry>)> {
    let paid = worker.share_paid;
    if worker.member_since.is_none() && paid.0 <= 0 {
        return None;
    }
    let admitted = worker.member_since.or(worker.joined).unwrap_or(fallback);
    let mut entry = RegisterEntry::new(&worker.name, WORKER_CLASS, RegisterLink::Worker(worker.id), admitted);
    entry.email = worker.email.clone();
    if !entry.email.is_empty() {
        entry.email_for = "contact as a worker".into();
    }
    let issue = (paid.0 > 0).then(|| {
        let price = rules.class(WORKER_CLASS).map_or(100, |c| c.share_price.0).max(1);
        LedgerEntry {
            id: LedgerEntryId::NEW,
            date: admitted,
            kind: LedgerKind::Issue,
            entry: RegisterEntryId::NEW,
            to: None,
            shares: u32::try_from((paid.0 / price).max(1)).unwrap_or(u32::MAX),
            amount: paid,
            note: "share paid, recorded on the worker before the register".into(),
        }
    });
    Some((entry, issue))
}

/// One line of the register as it stands on a day: the entry and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterLine {
    /// The entry.
    pub entry: RegisterEntry,
    /// Shares held and the amount paid, from the ledger.
    pub holding: Holding,
}

/// The register on `day`, by name: current members, and former ones too when
/// `include_former` (members admitted after `day` are not on it yet).
pub fn register_on(
    entries: &[RegisterEntry],
    ledger: &[LedgerEntry],
    day: NaiveDate,
    include_former: bool,
) -> Vec<RegisterLine> {
    let held = holdings_on(ledger, day);
    let mut lines: Vec<RegisterLine> = entries
        .iter()
        .filter(|e| e.admitted <= day && (include_former || e.is_member_on(day)))
        .map(|e| RegisterLine { entry: e.clone(), holding: held.get(&e.id).copied().unwrap_or_default() })
        .collect();
    lines.sort_by(|a, b| {
        a.entry.name.to_lowercase().cmp(&b.entry.name.to_lowercase()).then(a.entry.id.cmp(&b.entry.id))
    });
    lines
}
