//! `carecoop import members|activities FILE --data DB`: all-or-nothing CSV import.

use super::ImportKind;
use crate::domain::{Activity, Member};
use crate::exchange::import::{plan_activities, plan_members};
use crate::store::{OpenMode, Store};
use anyhow::Context;
use std::path::Path;

/// Reads `file`, checks every row, then stores all of it in one transaction (or nothing).
pub fn run(path: &Path, kind: ImportKind, file: &Path) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let store = Store::open(path, OpenMode::CreateIfMissing)?;
    let summary = match kind {
        ImportKind::Members => {
            let mut plan = plan_members(&text, &store.all::<Member>()?, &store.all::<Activity>()?)
                .with_context(|| format!("{} was not imported", file.display()))?;
            store.write(|w| plan.records_mut().try_for_each(|m| w.put(m).map(drop)))?;
            plan.summary("members")
        }
        ImportKind::Activities => {
            let mut plan = plan_activities(&text, &store.all::<Activity>()?)
                .with_context(|| format!("{} was not imported", file.display()))?;
            store.write(|w| plan.records_mut().try_for_each(|a| w.put(a).map(drop)))?;
            plan.summary("activities")
        }
    };
    println!("Imported {summary}.");
    Ok(())
}
