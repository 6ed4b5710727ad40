//! `carecoop demo --data FILE [--force]`: write the demo co-op into a new file.

use crate::t;
use anyhow::bail;
use std::path::Path;

/// Writes the demo into `path`; refuses an existing file unless `force`, and never replaces a
/// file that is not a carecoop file or is open in another window.
pub fn run(path: &Path, force: bool) -> anyhow::Result<()> {
    if crate::backends::is_server(path) {
        // A server is never replaced: the demo goes only into a database with no co-op yet.
        let store = super::open_for_writing(path)?;
        if store.is_set_up()? {
            bail!("{}", t!("cli-demo-target-not-empty", location = super::shown(path)));
        }
        crate::demo::write_demo(store.as_ref(), super::today())?;
        println!("{}", t!("cli-demo-wrote", location = store.location()));
        return Ok(());
    }
    if path.exists() && !force {
        bail!("{}", t!("cli-demo-exists", location = super::shown(path)));
    }
    crate::demo::write_demo_file(path, super::today())?;
    println!("{}", t!("cli-demo-wrote", location = super::shown(path)));
    Ok(())
}
