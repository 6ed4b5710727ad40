//! The co-op's own records: admitting members and keeping their register entries, the share
//! ledger, removing a former member once the rules allow, and meetings. Each is one
//! transaction; the rules (classes, prices, holdings, who may attend) are checked inside it
//! against what is stored.

use super::Done;
use crate::data::{DataError, DataStore, ReadsExt, Transaction, TransactionExt, WriteExt};
use crate::domain::coop::{check_ledger_line, holding_on};
use crate::domain::validate::{FieldError, ValidationError};
use crate::domain::{
    LedgerEntry, LedgerKind, Meeting, Member, Person, RegisterEntry, RegisterEntryId, RegisterLink,
};
use chrono::NaiveDate;

fn invalid(field: &'static str, message: impl Into<String>) -> DataError {
    ValidationError(vec![FieldError::new(field, message)]).into()
}

/// Checks an entry against the rules and the register as stored: its class is one of the
/// co-op's, the worker or person it names exists, and no one else current is entered for them.
pub(crate) fn check_entry(tx: &dyn Transaction, entry: &RegisterEntry) -> Result<(), DataError> {
    let rules = tx.settings()?.coop;
    if rules.class(&entry.class).is_none() {
        let names: Vec<&str> = rules.classes.iter().map(|c| c.name.as_str()).collect();
        return Err(invalid(
            "class",
            crate::t!("act-not-a-class", class = entry.class.as_str(), classes = names.join(", ")),
        ));
    }
    match entry.link {
        RegisterLink::Worker(m) => {
            tx.require::<Member>(m, "member")?;
        }
        RegisterLink::Person(p) => {
            tx.require::<Person>(p, "person")?;
        }
        RegisterLink::Supporter => {}
    }
    if entry.link != RegisterLink::Supporter {
        let twice = tx
            .all::<RegisterEntry>()?
            .into_iter()
            .any(|e| e.id != entry.id && e.link == entry.link && e.ceased.is_none());
        if twice {
            return Err(invalid("name", crate::t!("act-already-on-register", name = entry.name.trim())));
        }
    }
    Ok(())
}

/// Admits a member, or changes their entry.
pub(super) fn save_entry(store: &dyn DataStore, mut entry: RegisterEntry) -> Result<Done, DataError> {
    let new = entry.id.0 == 0;
    store.write(|tx| {
        check_entry(tx, &entry)?;
        if !new {
            tx.require::<RegisterEntry>(entry.id, "register entry")?;
        }
        tx.put(&mut entry)
    })?;
    Ok(Done::new(if new {
        crate::t!("act-admitted", name = entry.name.trim(), class = entry.class.trim())
    } else {
        crate::t!("act-register-entry-saved", name = entry.name.trim())
    }))
}

/// Records a line of the share ledger, checked against the rules and what each member holds
/// on its date and after it (a line dated earlier than others must not leave anyone holding
/// less than nothing later).
pub(super) fn record_shares(store: &dyn DataStore, mut line: LedgerEntry) -> Result<Done, DataError> {
    store.write(|tx| {
        let rules = tx.settings()?.coop;
        let from: RegisterEntry = tx.require(line.entry, "register entry")?;
        let to = line.to.map(|t| tx.require::<RegisterEntry>(t, "register entry")).transpose()?;
        let ledger: Vec<LedgerEntry> = tx.all()?;
        check_ledger_line(&line, &from, to.as_ref(), &ledger, &rules)?;
        let mut after = ledger.clone();
        after.push(line.clone());
        let last = after.iter().map(|l| l.date).max().unwrap_or(line.date);
        for who in [Some(line.entry), line.to].into_iter().flatten() {
            if holding_on(who, &after, last).shares < 0 {
                return Err(invalid("date", crate::t!("act-ledger-below-zero")));
            }
        }
        tx.put(&mut line)
    })?;
    Ok(Done::new(match line.kind {
        LedgerKind::Issue => crate::t!("act-shares-issued", count = line.shares),
        LedgerKind::Withdrawal => crate::t!("act-shares-withdrawn", count = line.shares),
        LedgerKind::Transfer => crate::t!("act-shares-transferred", count = line.shares),
    }))
}

/// Removes a former member's entry once the rules' period after they ceased has passed and
/// they hold no shares; their issues and withdrawals go with it (a transfer stays, as the
/// other member's history).
pub(super) fn remove_entry(
    store: &dyn DataStore,
    id: RegisterEntryId,
    today: NaiveDate,
) -> Result<Done, DataError> {
    let name = store.write(|tx| {
        let rules = tx.settings()?.coop;
        let entry: RegisterEntry = tx.require(id, "register entry")?;
        match entry.removable_from(rules.keep_former_years) {
            None => {
                return Err(invalid("ceased", crate::t!("act-still-a-member", name = entry.name.as_str())));
            }
            Some(from) if today < from => {
                return Err(invalid(
                    "ceased",
                    crate::t!(
                        "act-entry-kept-until",
                        name = entry.name.as_str(),
                        date = crate::i18n::date(from, "%-d %B %Y"),
                        years = rules.keep_former_years.to_string()
                    ),
                ));
            }
            Some(_) => {}
        }
        let ledger: Vec<LedgerEntry> = tx.all()?;
        if holding_on(id, &ledger, NaiveDate::MAX).shares != 0 {
            return Err(invalid("shares", crate::t!("act-still-holds-shares", name = entry.name.as_str())));
        }
        for line in ledger.iter().filter(|l| l.entry == id && l.kind != LedgerKind::Transfer) {
            tx.delete::<LedgerEntry>(line.id)?;
        }
        tx.delete::<RegisterEntry>(id)?;
        Ok(entry.name)
    })?;
    Ok(Done::new(crate::t!("act-removed-from-register", name = name)))
}

/// Records a meeting, or changes it: everyone attending, proposing or seconding must be on
/// the register.
pub(super) fn save_meeting(store: &dyn DataStore, mut meeting: Meeting) -> Result<Done, DataError> {
    let new = meeting.id.0 == 0;
    store.write(|tx| {
        let register: Vec<RegisterEntry> = tx.all()?;
        let known = |id: RegisterEntryId| register.iter().any(|e| e.id == id);
        let named = meeting
            .attendees
            .iter()
            .map(|a| a.entry)
            .chain(meeting.resolutions.iter().flat_map(|r| [r.proposer, r.seconder]).flatten());
        for id in named {
            if !known(id) {
                return Err(DataError::gone("register entry"));
            }
        }
        if !new {
            tx.require::<Meeting>(meeting.id, "meeting")?;
        }
        tx.put(&mut meeting)
    })?;
    Ok(Done::new(crate::t!(
        "act-meeting-saved",
        meeting = meeting.kind.label(),
        date = crate::i18n::date(meeting.date, "%-d %B %Y")
    )))
}

/// What erasing a person does to the register: their entry stays (the 2014 Act requires it),
/// no longer linked to their care records. Returns the entries kept, for the message.
pub(crate) fn unlink_person(
    tx: &mut dyn Transaction,
    person: crate::domain::PersonId,
) -> Result<usize, DataError> {
    let mut kept = 0;
    for mut entry in tx.all::<RegisterEntry>()? {
        if entry.link == RegisterLink::Person(person) {
            entry.link = RegisterLink::Supporter;
            tx.put(&mut entry)?;
            kept += 1;
        }
    }
    Ok(kept)
}
