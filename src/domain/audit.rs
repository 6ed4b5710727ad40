//! The audit trail: who changed or looked at which record, and when — never what the record
//! says. Each entry carries the hash of the one before it and its own hash over both, so an
//! entry altered, removed or slipped in afterwards breaks the chain ([`verify_chain`]).
//!
//! An action writes an [`AuditNote`] (what and which record); the backend stamps it with the
//! time and the user, numbers it and links it into the chain in the same transaction as the
//! change ([`AuditEntry`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// A SHA-256 hash.
pub type AuditHash = [u8; 32];

/// The link before the first entry.
pub const GENESIS: AuditHash = [0; 32];

/// What an action records: the action in words and the record it concerns. Never a personal
/// value: a person appears only by their reference (P0042), other records by kind and id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditNote {
    /// What was done, in words: "booked session", "changed referral status", "viewed person".
    pub action: String,
    /// The kind of record: "person", "referral", "session", "settings"...
    pub kind: String,
    /// Which one: a person's reference, or a record's id ("" for the co-op as a whole).
    pub record: String,
    /// The reference of the person the record is about ("" when it is about nobody in
    /// particular), so a data protection officer can ask about one person.
    pub person: String,
    /// A little more, never personal: "12 sessions", "people.csv".
    pub detail: String,
}

impl AuditNote {
    /// A note of `action` on the record `kind` `record`.
    pub fn new(action: &str, kind: &str, record: impl ToString) -> AuditNote {
        AuditNote {
            action: clean(action),
            kind: clean(kind),
            record: clean(&record.to_string()),
            person: String::new(),
            detail: String::new(),
        }
    }

    /// The same note, about the person with this reference.
    pub fn about(mut self, person_reference: &str) -> AuditNote {
        self.person = clean(person_reference);
        self
    }

    /// The same note with a detail.
    pub fn detail(mut self, detail: impl AsRef<str>) -> AuditNote {
        self.detail = clean(detail.as_ref());
        self
    }

    /// The note of an action on a person's own record, by their reference.
    pub fn person(action: &str, reference: &str) -> AuditNote {
        AuditNote::new(action, "person", reference).about(reference)
    }
}

/// Text as an entry keeps it: trimmed, with no control characters (they separate the fields
/// the hash covers).
pub fn clean(text: &str) -> String {
    text.trim().chars().filter(|c| !c.is_control()).collect()
}

/// One entry of the trail as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Its place in the chain, from 1.
    pub seq: u64,
    /// When, as RFC 3339 in UTC ("2026-12-02T14:03:07.123456Z").
    pub at: String,
    /// Who: the operating-system user for a file, the server login in team mode.
    pub user: String,
    /// What was done and to which record.
    pub note: AuditNote,
    /// The hash of the entry before it ([`GENESIS`] for the first).
    pub prev: AuditHash,
    /// This entry's hash over `prev` and its fields ([`entry_hash`]); `None` on a server until
    /// the entry is linked into the chain, which happens just after its transaction commits.
    pub hash: Option<AuditHash>,
}

impl AuditEntry {
    /// A new entry at `seq`, after the entry whose hash is `prev`, hashed.
    pub fn linked(seq: u64, at: String, user: &str, note: AuditNote, prev: AuditHash) -> AuditEntry {
        let mut entry = AuditEntry { seq, at, user: clean(user), note, prev, hash: None };
        entry.hash = Some(entry_hash(&entry));
        entry
    }

    /// The date of `at` in this computer's time zone (`None` if `at` is not RFC 3339).
    pub fn local_date(&self) -> Option<NaiveDate> {
        chrono::DateTime::parse_from_rfc3339(&self.at)
            .ok()
            .map(|t| t.with_timezone(&chrono::Local).date_naive())
    }
}

/// The hash an entry must carry: SHA-256 over the previous hash, then its number, time, user,
/// action, kind, record, person and detail as UTF-8, separated by the unit separator (0x1F).
/// The server computes the same in SQL (`carecoop_seal_audit`).
pub fn entry_hash(entry: &AuditEntry) -> AuditHash {
    let n = &entry.note;
    let seq = entry.seq.to_string();
    let fields = [&seq, &entry.at, &entry.user, &n.action, &n.kind, &n.record, &n.person, &n.detail];
    let mut hasher = Sha256::new();
    hasher.update(entry.prev);
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            hasher.update([0x1f]);
        }
        hasher.update(field.as_bytes());
    }
    let mut out = [0; 32];
    out.copy_from_slice(&hasher.finalize());
    out
}

/// The first place the chain is broken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainBreak {
    /// The entry where it breaks.
    pub seq: u64,
    /// What is wrong there, in words.
    pub reason: String,
}

impl std::fmt::Display for ChainBreak {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("dom-audit-break", seq = self.seq.to_string(), reason = self.reason.as_str()))
    }
}

/// Checks a whole trail, in order: numbers follow one another from 1, each entry carries the
/// hash of the one before, and its own hash matches its fields. Returns how many entries are
/// linked, or the first break.
pub fn verify_chain<'a>(entries: impl IntoIterator<Item = &'a AuditEntry>) -> Result<u64, ChainBreak> {
    let mut prev = GENESIS;
    let mut expected = 1;
    for entry in entries {
        let broken = |reason: String| Err(ChainBreak { seq: entry.seq, reason });
        if entry.seq != expected {
            let shown = expected.to_string();
            return broken(if entry.seq > expected {
                crate::t!("dom-audit-entries-missing", expected = shown)
            } else {
                crate::t!("dom-audit-entry-inserted", expected = shown)
            });
        }
        if entry.prev != prev {
            return broken(crate::t!("dom-audit-prev-mismatch"));
        }
        let Some(hash) = entry.hash else {
            return broken(crate::t!("dom-audit-not-linked"));
        };
        if hash != entry_hash(entry) {
            return broken(crate::t!("dom-audit-hash-mismatch"));
        }
        prev = hash;
        expected += 1;
    }
    Ok(expected - 1)
}

/// Which entries to show: every given condition must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// About the person with this reference (case does not matter).
    pub person: Option<String>,
    /// By this user (case does not matter).
    pub user: Option<String>,
    /// Whose action contains this text ("status" finds "changed referral status").
    pub action: Option<String>,
    /// On or after this day (this computer's time).
    pub from: Option<NaiveDate>,
    /// On or before this day.
    pub to: Option<NaiveDate>,
}

impl AuditFilter {
    /// True when `entry` meets every condition.
    pub fn matches(&self, entry: &AuditEntry) -> bool {
        let same = |want: &Option<String>, have: &str| {
            want.as_deref().is_none_or(|w| w.trim().is_empty() || w.trim().eq_ignore_ascii_case(have))
        };
        let action_ok = self.action.as_deref().is_none_or(|w| {
            let w = w.trim().to_lowercase();
            w.is_empty() || entry.note.action.to_lowercase().contains(&w)
        });
        let dated = self.from.is_some() || self.to.is_some();
        let date_ok = !dated
            || entry
                .local_date()
                .is_some_and(|d| self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t));
        same(&self.person, &entry.note.person) && same(&self.user, &entry.user) && action_ok && date_ok
    }

    /// True when no condition is set.
    pub fn is_empty(&self) -> bool {
        *self == AuditFilter::default()
    }
}

#[cfg(test)]
mod tests;
