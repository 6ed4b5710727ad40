//! `carecoop demo --data FILE [--force]`: write the demo co-op into a new file.

use anyhow::bail;
use std::path::Path;

/// Writes the demo into `path`; refuses an existing file unless `force`, and never replaces a
/// file that is not a carecoop file or is open in another window.
pub fn run(path: &Path, force: bool) -> anyhow::Result<()> {
    if crate::backends::is_server(path) {
        // A server is never replaced: the demo goes only into a database with no co-op yet.
        let store = super::open_for_writing(path)?;
        if store.is_set_up()? {
            bail!(
                "{} already holds a co-op; the demo is written only into an empty database",
                super::shown(path)
            );
        }
        crate::demo::write_demo(store.as_ref(), super::today())?;
        println!("Wrote the demo co-op to {}", store.location());
        return Ok(());
    }
    if path.exists() && !force {
        bail!("{} already exists; add --force to replace it with the demo co-op", super::shown(path));
    }
    crate::demo::write_demo_file(path, super::today())?;
    println!("Wrote the demo co-op to {}", super::shown(path));
    Ok(())
}
