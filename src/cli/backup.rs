//! `carecoop backup --data DB --out FILE` and `carecoop restore FILE --data DB [--force]`.

use anyhow::{Context, bail};
use std::path::Path;

/// Writes a backup of `data` to `out`.
pub fn back_up(data: &Path, out: &Path) -> anyhow::Result<()> {
    let store = super::open_existing(data)?;
    let said = crate::backup::back_up(store.as_ref(), data, out)
        .with_context(|| format!("no backup of {} was written", super::shown(data)))?;
    println!("{said}.");
    Ok(())
}

/// Replaces `data` with the backup `from` (an existing file only with `force`).
pub fn restore(data: &Path, from: &Path, force: bool) -> anyhow::Result<()> {
    if data.exists() && !force {
        bail!(
            "{} already exists; add --force to replace it with the backup (it is kept as a backup first)",
            super::shown(data)
        );
    }
    let secret = super::passphrase::from_env("CARECOOP_PASSPHRASE");
    let folder = crate::backup::folder_for(data, None);
    let now = chrono::Local::now().naive_local();
    let restored = crate::backup::restore(from, data, secret.as_ref(), &folder, now, super::today())
        .with_context(|| format!("{} was not restored", super::shown(data)))?;
    if let Some(kept) = &restored.kept_current {
        println!("Kept the file as it was in {}.", kept.display());
    }
    let total: u64 = restored.counts.iter().map(|(_, n)| n).sum();
    println!("Restored {} from {} ({total} records).", super::shown(data), from.display());
    if !restored.erased_again.is_empty() {
        println!("Erased again (erased after the backup was taken): {}.", restored.erased_again.join(", "));
    }
    Ok(())
}
