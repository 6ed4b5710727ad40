//! Everything a view can ask for. Views push commands while drawing; the app applies them
//! after the frame. Changes to the data are [`Action`]s, applied by [`crate::actions::apply`]:
//! the same rules the command line uses.

use super::state::View;
use crate::actions::Action;
use chrono::NaiveDate;
use std::path::PathBuf;

/// A request from the UI, applied after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show another view.
    ShowView(View),
    /// Switch between light and dark.
    ToggleTheme,
    /// Use this interface language from the next frame (`None`: the system's).
    SetLanguage(Option<crate::i18n::Lang>),
    /// Keep this file as a new, empty co-op (dismisses the welcome screen).
    StartEmptyCoop,
    /// Open the demo co-op in its own file, writing it first if needed.
    ExploreDemo,
    /// Write the demo again, dated around today.
    RefreshDemo,
    /// Go back from the demo to the user's own file.
    LeaveDemo,
    /// Move the calendar to the week containing this day.
    ShowWeek(NaiveDate),
    /// Enter (true) or leave (false) full screen, for case meetings.
    SetFullscreen(bool),
    /// Write a file the user asked to save (a letter, an export, a chart).
    SaveFile(PathBuf, Vec<u8>),
    /// Show an error until the user dismisses it (something a view could not do).
    ShowError(String),
    /// Dismiss the error on show.
    DismissError,
    /// Change the data: one action, one transaction.
    Do(Action),
    /// Connect to the co-op's server at this URL (its password, if any, is kept in memory
    /// only) and show its co-op.
    ConnectServer(String),
    /// Open the protected file that asked for it with this passphrase or recovery key.
    Unlock(crate::data::Secret),
    /// Try the lost connection to the server again now.
    RetryConnection,
    /// Answer the save that met someone else's change: apply it on top (true) or keep
    /// theirs (false).
    ResolveConflict(bool),
    /// Open (true) or close the welcome screen's connection form.
    ShowConnectForm(bool),
    /// Keep backups in this folder (`None`: beside the data file), this many of them.
    SetBackupPrefs(super::state::BackupPrefs),
    /// Back the data file up now.
    BackUpNow,
    /// Replace the data file with this backup (opened with the secret when protected).
    Restore(PathBuf, Option<crate::data::Secret>),
    /// Take back this window's last action (Ctrl+Z).
    Undo,
    /// Do again the action last taken back (Ctrl+Shift+Z).
    Redo,
}

impl From<Action> for Command {
    fn from(action: Action) -> Self {
        Command::Do(action)
    }
}
