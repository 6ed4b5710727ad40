//! `carecoop generate --data DB --scale small|medium|large [--force]`.

use crate::generate::{Scale, generate};
use crate::store::{OpenMode, Store};
use anyhow::{Context, bail};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

/// Writes a synthetic co-op, showing progress on standard error.
pub fn run(path: &Path, scale: &str, force: bool) -> anyhow::Result<()> {
    let chosen = Scale::named(scale)
        .with_context(|| format!("'{scale}' is not a scale; use small, medium or large"))?;
    if path.exists() {
        if !force {
            bail!("{} already exists; add --force to replace it", path.display());
        }
        drop(Store::open(path, OpenMode::ExistingOnly)?);
        std::fs::remove_file(path).with_context(|| format!("cannot replace {}", path.display()))?;
    }
    let mut store = Store::open(path, OpenMode::CreateIfMissing)?;
    let started = Instant::now();
    let today = chrono::Local::now().date_naive();
    let mut stderr = std::io::stderr();
    generate(&store, chosen, today, |what, done, of| {
        let _ = write!(stderr, "\r{what}: {done} of {of}        ");
        if done == of {
            let _ = writeln!(stderr);
        }
    })?;
    let _ = writeln!(stderr, "compacting the file");
    store.compact()?;
    println!("Generated a {scale} co-op in {} in {:.1} s", path.display(), started.elapsed().as_secs_f64());
    Ok(())
}
