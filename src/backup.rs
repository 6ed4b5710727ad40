//! Backups and restores of a co-op's file, the same for the window and the command line.
//!
//! A backup is a consistent copy ([`DataStore::snapshot`]) written beside its destination
//! and renamed there when whole; a server's co-op is copied into a new file instead (its own
//! backups are `pg_dump`'s job). The window keeps them in a backups folder (default: `backups`
//! beside the data file), named `STEM YYYY-MM-DD HHMMSS.redb` and rotated as
//! [`crate::domain::backup::Rotation`] says. Restoring keeps the current file as a backup
//! first, and erases again everyone erased after the backup was taken, so an erased person
//! never comes back.

use crate::actions::{Action, apply};
use crate::data::{BackupJob, DataError, DataStore, OpenMode, ReadsExt, RecordKind, Secret, WriteExt};
use crate::domain::Person;
use crate::domain::backup::{Rotation, file_name, taken_at, to_keep};
use crate::t;
use chrono::{NaiveDate, NaiveDateTime};
use std::path::{Path, PathBuf};

/// The backups folder for `data`: `chosen` (Settings), or `backups` beside the data file.
pub fn folder_for(data: &Path, chosen: Option<&Path>) -> PathBuf {
    match chosen {
        Some(folder) => folder.to_path_buf(),
        None => data.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).join("backups"),
    }
}

/// The stem backups of `data` are named with (`coop` for `coop.redb`).
pub fn stem_of(data: &Path) -> String {
    data.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "carecoop".into())
}

/// The backups of `data` in `folder`, oldest first.
pub fn list(folder: &Path, data: &Path) -> Vec<(NaiveDateTime, PathBuf)> {
    let stem = stem_of(data);
    let mut found: Vec<(NaiveDateTime, PathBuf)> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    taken_at(&stem, &name).map(|at| (at, e.path()))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// Writes a backup of `store` to `out`. A file's backup is a consistent snapshot; a server's
/// co-op is copied into a new file (as `carecoop copy` does). Returns what was done, in words.
pub fn back_up(store: &dyn DataStore, data: &Path, out: &Path) -> Result<String, DataError> {
    if out.exists() {
        return Err(DataError::conflict(t!("backup-msg-exists", file = out.display().to_string())));
    }
    match store.snapshot() {
        Ok(job) => {
            job(out)?;
            Ok(t!("backup-msg-backed-up", location = store.location(), file = out.display().to_string()))
        }
        Err(_) if crate::backends::is_server(data) => {
            let copied = crate::backends::create_file_whole(out, |to| {
                crate::copy::copy_all(store, to, &mut |_, _, _| {})
            })?;
            let total: u64 = copied.counts.iter().map(|(_, n)| n).sum();
            Ok(t!(
                "backup-msg-server-copied",
                count = total,
                location = store.location(),
                file = out.display().to_string()
            ))
        }
        Err(e) => Err(e),
    }
}

/// A backup whose snapshot is taken, waiting to be written (on any thread) and the folder
/// rotated.
pub struct Pending {
    job: BackupJob,
    out: PathBuf,
    folder: PathBuf,
    data: PathBuf,
    rotation: Rotation,
}

impl Pending {
    /// Writes the backup, then rotates the folder; returns the backup's path.
    pub fn finish(self) -> Result<PathBuf, DataError> {
        (self.job)(&self.out)?;
        rotate(&self.folder, &self.data, self.rotation)?;
        Ok(self.out)
    }
}

/// Today's backup of the file `data` into `folder`, unless `listed` (the folder's backups, as
/// [`list`] read them) has one from today: the snapshot is taken now, the writing left to
/// [`Pending::finish`].
pub fn plan_daily(
    store: &dyn DataStore,
    data: &Path,
    folder: &Path,
    listed: &[(NaiveDateTime, PathBuf)],
    now: NaiveDateTime,
    rotation: Rotation,
) -> Result<Option<Pending>, DataError> {
    if listed.iter().any(|(at, _)| at.date() == now.date()) {
        return Ok(None);
    }
    plan_now(store, data, folder, now, rotation).map(Some)
}

/// A backup of the file `data` into `folder` now, whatever was taken before: the snapshot is
/// taken now, the writing left to [`Pending::finish`].
pub fn plan_now(
    store: &dyn DataStore,
    data: &Path,
    folder: &Path,
    now: NaiveDateTime,
    rotation: Rotation,
) -> Result<Pending, DataError> {
    let mut out = folder.join(file_name(&stem_of(data), now));
    let mut n = 1;
    while out.exists() {
        out = folder.join(file_name(&stem_of(data), now + chrono::Duration::seconds(n)));
        n += 1;
    }
    let job = store.snapshot()?;
    Ok(Pending { job, out, folder: folder.to_path_buf(), data: data.to_path_buf(), rotation })
}

/// Removes the backups of `data` in `folder` that `rotation` does not keep, and any copy a
/// backup cut short left behind. Returns the removed files.
pub fn rotate(folder: &Path, data: &Path, rotation: Rotation) -> Result<Vec<PathBuf>, DataError> {
    let all = list(folder, data);
    let keep = to_keep(&all.iter().map(|(at, _)| *at).collect::<Vec<_>>(), rotation);
    let mut removed = Vec::new();
    for (at, path) in all {
        if !keep.contains(&at) {
            std::fs::remove_file(&path).map_err(|source| DataError::Io { path: path.clone(), source })?;
            removed.push(path);
        }
    }
    sweep_partials(folder, data);
    Ok(removed)
}

/// Removes what a backup cut short (a kill, a power cut) left in `folder`: a partial copy of
/// the co-op, never to be left lying about. Opening the data file does this for the folder
/// beside it.
pub fn sweep_partials(folder: &Path, data: &Path) {
    let stem = stem_of(data);
    if let Ok(entries) = std::fs::read_dir(folder) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(whole) = name.strip_suffix(".compact-tmp")
                && taken_at(&stem, whole).is_some()
            {
                std::fs::remove_file(entry.path()).ok();
            }
        }
    }
}

/// What a backup holds, for a person to compare before restoring it.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// When it was taken (from its name), if it is named as the window names them.
    pub taken: Option<NaiveDateTime>,
    /// Records of each kind, as (noun, count).
    pub counts: Vec<(&'static str, u64)>,
}

/// What the backup at `path` (of the file `data`) holds, opened with `secret` if protected.
pub fn summary(path: &Path, data: &Path, secret: Option<&Secret>) -> Result<Summary, DataError> {
    if crate::backends::is_server(path) {
        return Err(DataError::conflict(t!("backup-msg-not-a-file")));
    }
    let store = crate::backends::open_with(path, OpenMode::ExistingOnly, secret)?;
    let taken = path.file_name().and_then(|n| taken_at(&stem_of(data), &n.to_string_lossy()));
    Ok(Summary { taken, counts: counts(&*store)? })
}

/// Counts of each kind of record in `store`.
pub fn counts(store: &dyn DataStore) -> Result<Vec<(&'static str, u64)>, DataError> {
    RecordKind::ALL.iter().map(|k| Ok((k.noun(), store.count_kind(*k)?))).collect()
}

/// What restoring did.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// Where the file as it was before the restore was kept (none when there was no file).
    pub kept_current: Option<PathBuf>,
    /// References of the people erased again.
    pub erased_again: Vec<String>,
    /// The restored co-op's counts.
    pub counts: Vec<(&'static str, u64)>,
}

/// Replaces the file `data` with the co-op in the backup `from`, all or nothing. The current
/// file (if any) is first backed up into `folder`; everyone erased from it whom the backup
/// still holds is erased again, and the list of erased people is carried over, so a later
/// restore of an older backup erases them too. Both files open with `secret` if protected.
pub fn restore(
    from: &Path,
    data: &Path,
    secret: Option<&Secret>,
    folder: &Path,
    now_at: NaiveDateTime,
    today: NaiveDate,
) -> Result<Restored, DataError> {
    if crate::backends::is_server(data) {
        return Err(DataError::conflict(t!("backup-msg-server-restore")));
    }
    if !from.exists() {
        return Err(DataError::Missing { path: from.to_path_buf() });
    }
    let (erased, kept_current) = if data.exists() {
        let current = crate::backends::open_with(data, OpenMode::ExistingOnly, secret)?;
        let erased = current.erased_people()?;
        // Kept whatever the rotation says: nothing is removed before the restore.
        let keep_all = Rotation { daily: u16::MAX, weekly: u16::MAX };
        let kept = plan_now(&*current, data, folder, now_at, keep_all)?.finish()?;
        (erased, Some(kept))
    } else {
        (Vec::new(), None)
    };
    let taken = from.file_name().and_then(|n| taken_at(&stem_of(data), &n.to_string_lossy()));
    let (erased_again, counts) = crate::backends::replace_file_whole(data, from, secret, |store| {
        let report = store.check()?;
        if !report.problems.is_empty() {
            return Err(DataError::conflict(t!(
                "backup-msg-damaged",
                file = from.display().to_string(),
                problems = report.problems.join("; ")
            )));
        }
        let mut again = Vec::new();
        for person in &erased {
            if let Some(found) = store.get::<Person>(person.id)? {
                again.push((found.id, found.reference));
            }
        }
        if !again.is_empty() {
            apply(store, Action::EraseAgain(again.iter().map(|(id, _)| *id).collect()), today)?;
        }
        store.write(|tx| erased.iter().try_for_each(|p| tx.remember_erased(p)))?;
        let when = taken
            .map_or_else(|| from.display().to_string(), |t| t.format("taken %-d %b %Y %H:%M").to_string());
        apply(store, Action::RecordRestore(format!("{when}; {} erased again", again.len())), today)?;
        Ok((again.into_iter().map(|(_, r)| r).collect::<Vec<_>>(), counts(store)?))
    })?;
    Ok(Restored { kept_current, erased_again, counts })
}
