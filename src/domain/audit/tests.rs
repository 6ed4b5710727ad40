use super::*;

fn chain(n: u64) -> Vec<AuditEntry> {
    let mut out: Vec<AuditEntry> = Vec::new();
    for seq in 1..=n {
        let prev = out.last().and_then(|e| e.hash).unwrap_or(GENESIS);
        let note = AuditNote::person("viewed person", &format!("P{seq:04}"));
        out.push(AuditEntry::linked(seq, format!("2026-12-0{}T10:00:00Z", 1 + seq % 3), "fiona", note, prev));
    }
    out
}

#[test]
fn an_untouched_chain_verifies() {
    assert_eq!(verify_chain(&chain(5)), Ok(5));
    assert_eq!(verify_chain(&[]), Ok(0));
}

#[test]
fn an_altered_entry_is_the_first_break() {
    let mut entries = chain(5);
    entries[2].note.action = "booked session".into();
    let broken = verify_chain(&entries).unwrap_err();
    assert_eq!(broken.seq, 3);
    assert!(broken.reason.contains("do not match its hash"), "{broken}");
}

#[test]
fn an_entry_rehashed_after_altering_breaks_the_next_link() {
    let mut entries = chain(5);
    entries[1].user = "mallory".into();
    entries[1].hash = Some(entry_hash(&entries[1]));
    let broken = verify_chain(&entries).unwrap_err();
    assert_eq!(broken.seq, 3);
    assert!(broken.reason.contains("hash of the entry before"), "{broken}");
}

#[test]
fn a_removed_entry_is_found() {
    let mut entries = chain(5);
    entries.remove(3);
    assert_eq!(verify_chain(&entries).unwrap_err().seq, 5);
    let mut first_gone = chain(3);
    first_gone.remove(0);
    assert_eq!(verify_chain(&first_gone).unwrap_err().seq, 2);
}

#[test]
fn an_unlinked_entry_is_reported() {
    let mut entries = chain(2);
    entries[1].hash = None;
    assert!(verify_chain(&entries).unwrap_err().reason.contains("not linked"));
}

#[test]
fn notes_keep_no_control_characters() {
    let note = AuditNote::new("booked\u{1f} session\n", "session", 7).detail(" 3\tsessions ");
    assert_eq!(note.action, "booked session");
    assert_eq!(note.record, "7");
    assert_eq!(note.detail, "3sessions");
}

#[test]
fn filters_combine() {
    let entries = chain(6);
    let person = AuditFilter { person: Some("p0002".into()), ..Default::default() };
    assert_eq!(entries.iter().filter(|e| person.matches(e)).count(), 1);
    let user = AuditFilter { user: Some("FIONA".into()), action: Some("View".into()), ..Default::default() };
    assert_eq!(entries.iter().filter(|e| user.matches(e)).count(), 6);
    let nobody = AuditFilter { user: Some("ailsa".into()), ..Default::default() };
    assert_eq!(entries.iter().filter(|e| nobody.matches(e)).count(), 0);
    let day = NaiveDate::from_ymd_opt(2026, 12, 1);
    let dated = AuditFilter { from: day, to: day, ..Default::default() };
    // Days 1..3 by seq % 3; which one is 1 December depends on the time zone only at the
    // edges of a day, and these are at 10:00 UTC.
    assert_eq!(entries.iter().filter(|e| dated.matches(e)).count(), 2);
    assert!(AuditFilter::default().is_empty());
    assert!(!dated.is_empty());
}
