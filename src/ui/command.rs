//! Everything a view can ask for. Views push commands while drawing; the app applies them
//! after the frame, so every change has one place where it happens.

use super::state::View;
use chrono::NaiveDate;

/// A request from the UI, applied after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show another view.
    ShowView(View),
    /// Switch between light and dark.
    ToggleTheme,
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
}
