//! `carecoop check --data FILE`: decode everything, verify indexes, print counts.

use anyhow::bail;
use std::path::Path;

/// Prints counts per table and index; fails (exit 1) on any inconsistency.
pub fn run(path: &Path) -> anyhow::Result<()> {
    let store = super::open_existing(path)?;
    let report = store.check()?;
    println!("{}", super::shown(path));
    for (table, count) in &report.counts {
        println!("  {table:<14} {count:>9} records");
    }
    for (index, count) in &report.index_entries {
        println!("  {index:<28} {count:>9} entries");
    }
    if report.is_consistent() {
        println!("OK: every record decodes, and every index, summary and glance matches its records.");
        Ok(())
    } else {
        for p in &report.problems {
            eprintln!("problem: {p}");
        }
        bail!("{} problem(s) found in {}", report.problems.len(), super::shown(path))
    }
}
