//! `carecoop erase person REF --data DB --yes`: the right to erasure.

use crate::actions::{Action, apply};
use crate::t;
use anyhow::{Context, bail};
use std::path::Path;

/// Erases the person and every record about them, leaving no copy in the file.
pub fn person(path: &Path, reference: &str, yes: bool) -> anyhow::Result<()> {
    if !yes {
        bail!("{}", t!("cli-erase-confirm", reference = reference));
    }
    let mut store = super::open_existing(path)?;
    let person = store
        .person_by_ref(reference)?
        .with_context(|| t!("cli-no-person-in", reference = reference, location = super::shown(path)))?;
    let done = apply(store.as_mut(), Action::ErasePerson(person.id), super::today())?;
    println!("{}.", done.message);
    Ok(())
}
