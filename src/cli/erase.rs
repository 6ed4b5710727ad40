//! `carecoop erase person REF --data DB --yes`: the right to erasure.

use anyhow::{Context, bail};
use std::path::Path;

/// Erases the person and every record about them, then compacts the file so no copy remains.
pub fn person(path: &Path, reference: &str, yes: bool) -> anyhow::Result<()> {
    if !yes {
        bail!("erasing {reference} cannot be undone; add --yes to confirm");
    }
    let store = super::open_existing(path)?;
    let person = store
        .person_by_ref(reference)?
        .with_context(|| format!("there is no person {reference} in {}", path.display()))?;
    let (_store, report) = store.erase_person(person.id)?;
    println!(
        "Erased {reference}: the person, {} referral(s), {} contact(s), {} assessment(s), and their place in {} session(s).",
        report.referrals, report.contacts, report.assessments, report.sessions
    );
    Ok(())
}
