//! `carecoop generate --data DB --scale small|medium|large [--force]`.

use crate::generate::{Scale, generate};
use anyhow::{Context, bail};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

/// Writes a synthetic co-op, showing progress on standard error.
pub fn run(path: &Path, scale: &str, force: bool) -> anyhow::Result<()> {
    let chosen = Scale::named(scale)
        .with_context(|| format!("'{scale}' is not a scale; use small, medium or large"))?;
    if path.exists() && !crate::backends::is_server(path) {
        if !force {
            bail!("{} already exists; add --force to replace it", super::shown(path));
        }
        drop(super::open_existing(path)?);
        std::fs::remove_file(path).with_context(|| format!("cannot replace {}", super::shown(path)))?;
    }
    let mut store = super::open_for_writing(path)?;
    let started = Instant::now();
    let today = super::today();
    let mut stderr = std::io::stderr();
    generate(store.as_ref(), chosen, today, |what, done, of| {
        // Progress is a courtesy: a closed standard error must not stop the generation.
        write!(stderr, "\r{what}: {done} of {of}        ").ok();
        if done == of {
            writeln!(stderr).ok();
        }
    })?;
    writeln!(stderr, "compacting the file").ok();
    store.compact()?;
    println!(
        "Generated a {scale} co-op in {} in {:.1} s",
        super::shown(path),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
