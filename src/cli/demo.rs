//! `carecoop demo --data FILE [--force]`: write the demo co-op into a new file.

use anyhow::bail;
use std::path::Path;

/// Writes the demo into `path`; refuses an existing file unless `force`, and never replaces a
/// file that is not a carecoop file or is open in another window.
pub fn run(path: &Path, force: bool) -> anyhow::Result<()> {
    if path.exists() && !force {
        bail!("{} already exists; add --force to replace it with the demo co-op", path.display());
    }
    crate::demo::write_demo_file(path, super::today())?;
    println!("Wrote the demo co-op to {}", path.display());
    Ok(())
}
