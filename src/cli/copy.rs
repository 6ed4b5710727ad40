//! `carecoop copy --from SRC --to DST [--force]`: a whole co-op between any two backends.

use anyhow::bail;
use std::io::Write;
use std::path::Path;

/// Copies `from` into `to`, showing progress; refuses a destination that holds a co-op
/// unless `force` (a file is then replaced; a server database is never emptied by carecoop).
pub fn run(from: &Path, to: &Path, force: bool) -> anyhow::Result<()> {
    let source = super::open_existing(from)?;
    if !crate::backends::is_server(to) && to.exists() {
        if !force {
            bail!("{} already exists; add --force to replace it", super::shown(to));
        }
        // Opening proves it is a carecoop file and not open elsewhere; then it is replaced.
        drop(super::open_existing(to)?);
        std::fs::remove_file(to).map_err(|e| anyhow::anyhow!("cannot replace {}: {e}", super::shown(to)))?;
    }
    let target = super::open_for_writing(to)?;
    if !crate::copy::is_empty(target.as_ref())? {
        bail!(
            "{} already holds a co-op; copy only into an empty database (ask the server's administrator for a new one)",
            super::shown(to)
        );
    }
    let started = std::time::Instant::now();
    let mut stderr = std::io::stderr();
    let copied = crate::copy::copy_all(source.as_ref(), target.as_ref(), &mut |what, done, of| {
        write!(stderr, "\r{what}: {done} of {of}        ").ok();
        if done == of {
            writeln!(stderr).ok();
        }
    })?;
    let total: u64 = copied.counts.iter().map(|(_, n)| n).sum();
    println!(
        "Copied {total} records from {} to {} in {:.1} s; the counts match.",
        source.location(),
        target.location(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
