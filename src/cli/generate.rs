//! `carecoop generate --data DB --scale small|medium|large [--force]`: a file is built beside
//! its place and renamed there when whole, so a generation cut short changes nothing.

use crate::generate::{Scale, generate};
use crate::t;
use anyhow::{Context, bail};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

/// Writes a synthetic co-op, showing progress on standard error.
pub fn run(path: &Path, scale: &str, force: bool) -> anyhow::Result<()> {
    let chosen = Scale::named(scale).with_context(|| t!("cli-generate-bad-scale", scale = scale))?;
    let started = Instant::now();
    let today = super::today();
    let mut stderr = std::io::stderr();
    let of_word = t!("cli-progress-of");
    let mut progress = |what: &str, done: usize, of: usize| {
        // Progress is a courtesy: a closed standard error must not stop the generation.
        write!(stderr, "\r{what}: {done} {of_word} {of}        ").ok();
        if done == of {
            writeln!(stderr).ok();
        }
    };
    if crate::backends::is_server(path) {
        let mut store = super::open_for_writing(path)?;
        generate(store.as_ref(), chosen, today, progress)?;
        store.compact()?;
    } else {
        if path.exists() {
            if !force {
                bail!("{}", t!("cli-exists-force", location = super::shown(path)));
            }
            // Opening proves it is a carecoop file and not open elsewhere; it is replaced
            // only once the new co-op is whole.
            drop(super::open_existing(path)?);
        }
        // Built beside the file and renamed over it when whole: a generation cut short
        // leaves the file as it was.
        crate::backends::create_file_whole(path, |store| generate(store, chosen, today, &mut progress))
            .with_context(|| t!("cli-generate-cannot", location = super::shown(path)))?;
    }
    println!(
        "{}",
        t!(
            "cli-generate-done",
            scale = scale,
            location = super::shown(path),
            seconds = format!("{:.1}", started.elapsed().as_secs_f64())
        )
    );
    Ok(())
}
