//! The window's backups at run time: the day's first backup of a data file, taken when the
//! file is first shown and written on a worker thread (the snapshot is taken at once; the
//! window never waits on the disk), and one more when the window closes. Where and how many
//! is [`BackupPrefs`], this computer's choice.

use super::state::BackupPrefs;
use crate::backup::{Pending, folder_for, list, plan_daily, plan_now};
use crate::data::{DataError, DataStore};
use chrono::NaiveDateTime;
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

/// Backups in flight and what the Settings tab lists.
#[derive(Default)]
pub struct Backups {
    /// A backup being written on its worker thread.
    running: Option<JoinHandle<Result<PathBuf, DataError>>>,
    /// The data file whose daily backup was seen to this session (taken, or found taken).
    checked: Option<PathBuf>,
    /// The backups in the folder, newest last (read when a backup finishes, the folder
    /// changes or the file changes; never per frame).
    pub listed: Vec<(NaiveDateTime, PathBuf)>,
}

impl Backups {
    /// Starts today's backup of `data` if it has not been seen to this session and none was
    /// taken today. Returns an error to show if the snapshot could not be taken.
    pub fn daily(
        &mut self,
        store: &dyn DataStore,
        data: &Path,
        prefs: &BackupPrefs,
        now: NaiveDateTime,
    ) -> Result<(), DataError> {
        if self.checked.as_deref() == Some(data) || self.running.is_some() {
            return Ok(());
        }
        self.checked = Some(data.to_path_buf());
        let folder = folder_for(data, prefs.folder.as_deref());
        // What a backup cut short left behind goes first.
        crate::backup::sweep_partials(&folder, data);
        // The folder is read once: for today's backup and for the Settings tab's list.
        self.listed = list(&folder, data);
        if let Some(pending) = plan_daily(store, data, &folder, &self.listed, now, prefs.rotation)? {
            self.run(pending);
        }
        Ok(())
    }

    /// Starts a backup of `data` now.
    pub fn now(
        &mut self,
        store: &dyn DataStore,
        data: &Path,
        prefs: &BackupPrefs,
        now: NaiveDateTime,
    ) -> Result<(), DataError> {
        self.wait();
        let folder = folder_for(data, prefs.folder.as_deref());
        let pending = plan_now(store, data, &folder, now, prefs.rotation)?;
        self.run(pending);
        Ok(())
    }

    fn run(&mut self, pending: Pending) {
        self.running = Some(std::thread::spawn(move || pending.finish()));
    }

    /// True while a backup is being written.
    pub fn busy(&self) -> bool {
        self.running.is_some()
    }

    /// The backup that finished since the last frame, if one did: its path, or what failed.
    pub fn finished(&mut self, data: &Path, prefs: &BackupPrefs) -> Option<Result<PathBuf, String>> {
        if !self.running.as_ref().is_some_and(JoinHandle::is_finished) {
            return None;
        }
        let outcome = self.wait()?;
        self.refresh(data, prefs);
        Some(outcome)
    }

    /// Waits for a backup being written (the window is closing, or another begins).
    pub fn wait(&mut self) -> Option<Result<PathBuf, String>> {
        let handle = self.running.take()?;
        Some(match handle.join() {
            Ok(Ok(path)) => Ok(path),
            Ok(Err(e)) => Err(super::error_chain(&e)),
            Err(_) => Err(crate::t!("backups-stopped")),
        })
    }

    /// Reads the folder's list again.
    pub fn refresh(&mut self, data: &Path, prefs: &BackupPrefs) {
        self.listed = list(&folder_for(data, prefs.folder.as_deref()), data);
    }
}
