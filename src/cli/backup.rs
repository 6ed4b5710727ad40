//! `carecoop backup --data DB --out FILE` and `carecoop restore FILE --data DB [--force]`.

use crate::t;
use anyhow::{Context, bail};
use std::path::Path;

/// Writes a backup of `data` to `out`.
pub fn back_up(data: &Path, out: &Path) -> anyhow::Result<()> {
    let store = super::open_existing(data)?;
    let said = crate::backup::back_up(store.as_ref(), data, out)
        .with_context(|| t!("cli-backup-not-written", location = super::shown(data)))?;
    println!("{said}.");
    Ok(())
}

/// Replaces `data` with the backup `from` (an existing file only with `force`).
pub fn restore(data: &Path, from: &Path, force: bool) -> anyhow::Result<()> {
    if data.exists() && !force {
        bail!("{}", t!("cli-restore-exists", location = super::shown(data)));
    }
    let secret = super::passphrase::from_env("CARECOOP_PASSPHRASE");
    let folder = crate::backup::folder_for(data, None);
    let now = chrono::Local::now().naive_local();
    let restored = crate::backup::restore(from, data, secret.as_ref(), &folder, now, super::today())
        .with_context(|| t!("cli-restore-not-restored", location = super::shown(data)))?;
    if let Some(kept) = &restored.kept_current {
        println!("{}", t!("cli-restore-kept", file = kept.display().to_string()));
    }
    let total: u64 = restored.counts.iter().map(|(_, n)| n).sum();
    println!(
        "{}",
        t!(
            "cli-restore-done",
            location = super::shown(data),
            file = from.display().to_string(),
            count = total
        )
    );
    if !restored.erased_again.is_empty() {
        println!("{}", t!("cli-restore-erased-again", refs = restored.erased_again.join(", ")));
    }
    Ok(())
}
