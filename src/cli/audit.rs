//! `carecoop audit --data DB [--person REF] [--user NAME] [--action TEXT] [--from DATE --to DATE]
//! [--json] [--verify]`: the audit trail, filtered, as a table or JSON; or a check of its chain.

use crate::domain::audit::{AuditEntry, AuditFilter, verify_chain};
use crate::t;
use serde::Serialize;
use std::path::Path;

/// One entry as `--json` prints it.
#[derive(Debug, Serialize)]
struct EntryJson<'a> {
    at: &'a str,
    user: &'a str,
    action: &'a str,
    kind: &'a str,
    record: &'a str,
    detail: String,
}

/// The detail, with the person the record is about when the record is not the person, as
/// `--json` prints it (never translated: scripts read it).
fn detail_of(entry: &AuditEntry) -> String {
    let n = &entry.note;
    match (n.person.is_empty() || n.record == n.person, n.detail.is_empty()) {
        (true, _) => n.detail.clone(),
        (false, true) => format!("person {}", n.person),
        (false, false) => format!("person {}; {}", n.person, n.detail),
    }
}

/// [`detail_of`] in the interface language, as the table shows it.
fn detail_shown(entry: &AuditEntry) -> String {
    let n = &entry.note;
    match (n.person.is_empty() || n.record == n.person, n.detail.is_empty()) {
        (true, _) => n.detail.clone(),
        (false, true) => t!("cli-audit-detail-person", person = n.person.as_str()),
        (false, false) => {
            t!("cli-audit-detail-person-and", person = n.person.as_str(), detail = n.detail.as_str())
        }
    }
}

fn json_of(entry: &AuditEntry) -> EntryJson<'_> {
    let n = &entry.note;
    EntryJson {
        at: &entry.at,
        user: &entry.user,
        action: &n.action,
        kind: &n.kind,
        record: &n.record,
        detail: detail_of(entry),
    }
}

/// When, in this computer's time, as a table shows it.
fn local_time(at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at)
        .map(|t| t.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_else(|_| at.to_string())
}

/// Prints the entries `filter` matches, oldest first.
pub fn list(path: &Path, filter: &AuditFilter, json: bool) -> anyhow::Result<()> {
    let store = super::open_existing(path)?;
    let entries = store.audit_trail(filter, None)?;
    if json {
        let out: Vec<EntryJson<'_>> = entries.iter().map(json_of).collect();
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    if entries.is_empty() {
        if filter.is_empty() {
            println!("{}", t!("cli-audit-none"));
        } else {
            println!("{}", t!("cli-audit-none-match"));
        }
        return Ok(());
    }
    let width =
        |f: fn(&AuditEntry) -> usize, at_least: usize| entries.iter().map(f).max().unwrap_or(0).max(at_least);
    let heads = [
        t!("cli-audit-col-when"),
        t!("cli-audit-col-user"),
        t!("cli-audit-col-action"),
        t!("cli-audit-col-kind"),
        t!("cli-audit-col-record"),
        t!("cli-audit-col-detail"),
    ];
    let [when_h, user_h, action_h, kind_h, record_h, detail_h] = &heads;
    let long = |h: &str| h.chars().count();
    let when = long(when_h).max(19);
    let user = width(|e| e.user.chars().count(), long(user_h));
    // Actions and kinds are stored in English (the trail is data); shown in words of the
    // interface language.
    let actions: Vec<String> =
        entries.iter().map(|e| crate::actions::action_in_words(&e.note.action)).collect();
    let kinds: Vec<String> = entries.iter().map(|e| crate::actions::kind_in_words(&e.note.kind)).collect();
    let action = actions.iter().map(|a| a.chars().count()).max().unwrap_or(0).max(long(action_h));
    let kind = kinds.iter().map(|k| k.chars().count()).max().unwrap_or(0).max(long(kind_h));
    let record = width(|e| e.note.record.chars().count(), long(record_h));
    println!(
        "{when_h:<when$}  {user_h:<user$}  {action_h:<action$}  {kind_h:<kind$}  {record_h:<record$}  {detail_h}"
    );
    for ((e, shown_action), shown_kind) in entries.iter().zip(&actions).zip(&kinds) {
        println!(
            "{:<when$}  {:<user$}  {:<action$}  {:<kind$}  {:<record$}  {}",
            local_time(&e.at),
            e.user,
            shown_action,
            shown_kind,
            e.note.record,
            detail_shown(e)
        );
    }
    println!("{}", t!("cli-audit-entries", count = entries.len()));
    Ok(())
}

/// Checks the whole chain: prints how many entries are linked, or fails naming the first
/// broken link (exit 1).
pub fn verify(path: &Path, json: bool) -> anyhow::Result<()> {
    let store = super::open_existing(path)?;
    seal_on_server(path)?;
    let entries = store.audit_trail(&AuditFilter::default(), None)?;
    let result = verify_chain(&entries);
    if json {
        let out = match &result {
            Ok(n) => serde_json::json!({ "intact": true, "entries": n }),
            Err(b) => serde_json::json!({
                "intact": false, "entries": entries.len(), "first_break": { "entry": b.seq, "reason": b.reason }
            }),
        };
        println!("{}", serde_json::to_string_pretty(&out)?);
    }
    match result {
        Ok(n) => {
            if !json {
                println!("{}", t!("cli-audit-intact", count = n));
            }
            Ok(())
        }
        Err(b) => {
            anyhow::bail!("{}", t!("cli-audit-broken", location = store.location(), at = b.to_string()))
        }
    }
}

/// On a server, links any entries not yet in the chain first (a connection lost just after a
/// commit can leave some), so only a real break is reported.
fn seal_on_server(path: &Path) -> anyhow::Result<()> {
    if let Some(url) = path.to_str().filter(|_| crate::backends::is_server(path)) {
        crate::pg::PgStore::open(url, crate::data::OpenMode::ExistingOnly)?.seal_audit()?;
    }
    Ok(())
}
