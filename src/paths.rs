//! Where carecoop keeps its files by default (used by the window and the commands alike).

use anyhow::Context;
use std::path::PathBuf;

/// The default data file: carecoop.redb in the platform's data folder.
pub fn default_data_path() -> anyhow::Result<PathBuf> {
    Ok(data_dir()?.join("carecoop.redb"))
}

/// The demo's own file, beside the default data file (never mixed into real data).
pub fn default_demo_path() -> anyhow::Result<PathBuf> {
    Ok(data_dir()?.join("demo.redb"))
}

fn data_dir() -> anyhow::Result<PathBuf> {
    directories::ProjectDirs::from("org", "carecoop", "carecoop")
        .map(|d| d.data_dir().to_path_buf())
        .context("cannot find a home folder to keep the data file in; pass --data FILE")
}
