//! `carecoop check --data FILE`: decode everything, verify indexes, print counts.

use crate::t;
use anyhow::bail;
use std::path::Path;

/// Prints counts per table and index; fails (exit 1) on any inconsistency.
pub fn run(path: &Path) -> anyhow::Result<()> {
    let store = super::open_existing(path)?;
    let report = store.check()?;
    println!("{}", super::shown(path));
    let (records, entries) = (t!("cli-check-records"), t!("cli-check-entries"));
    for (table, count) in &report.counts {
        println!("  {table:<14} {count:>9} {records}");
    }
    for (index, count) in &report.index_entries {
        println!("  {index:<28} {count:>9} {entries}");
    }
    if report.is_consistent() {
        println!("{}", t!("cli-check-ok"));
        Ok(())
    } else {
        for p in &report.problems {
            eprintln!("{}", t!("cli-check-problem", problem = p.as_str()));
        }
        bail!(
            "{}",
            t!("cli-check-problems-found", count = report.problems.len(), location = super::shown(path))
        )
    }
}
