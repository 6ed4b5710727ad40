//! `carecoop copy --from SRC --to DST [--force]`: a whole co-op between any two backends.

use crate::t;
use anyhow::{Context, bail};
use std::io::Write;
use std::path::Path;

/// Copies `from` into `to`, showing progress; refuses a destination that holds a co-op
/// unless `force` (a file is then replaced; a server database is never emptied by carecoop).
pub fn run(from: &Path, to: &Path, force: bool) -> anyhow::Result<()> {
    let source = super::open_existing(from)?;
    let started = std::time::Instant::now();
    let mut stderr = std::io::stderr();
    let of_word = t!("cli-progress-of");
    let mut progress = |what: &str, done: u64, of: u64| {
        write!(stderr, "\r{what}: {done} {of_word} {of}        ").ok();
        if done == of {
            writeln!(stderr).ok();
        }
    };
    let (copied, location) = if crate::backends::is_server(to) {
        let target = super::open_for_writing(to)?;
        if !crate::copy::is_empty(target.as_ref())? {
            bail!("{}", t!("cli-copy-target-not-empty", location = super::shown(to)));
        }
        (crate::copy::copy_all(source.as_ref(), target.as_ref(), &mut progress)?, target.location())
    } else {
        if to.exists() {
            if !force {
                bail!("{}", t!("cli-exists-force", location = super::shown(to)));
            }
            // Opening proves it is a carecoop file and not open elsewhere; it is replaced only
            // once the copy is whole.
            drop(super::open_existing(to)?);
        }
        // Built beside the file and renamed there when whole: a copy cut short changes nothing.
        let copied = crate::backends::create_file_whole(to, |target| {
            crate::copy::copy_all(source.as_ref(), target, &mut progress)
        })
        .with_context(|| t!("cli-copy-cannot", location = super::shown(to)))?;
        (copied, super::shown(to))
    };
    let total: u64 = copied.counts.iter().map(|(_, n)| n).sum();
    println!(
        "{}",
        t!(
            "cli-copy-done",
            count = total,
            from = source.location(),
            to = location,
            seconds = format!("{:.1}", started.elapsed().as_secs_f64())
        )
    );
    Ok(())
}
