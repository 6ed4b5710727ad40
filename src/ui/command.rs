//! Everything a view can ask for. Views push commands while drawing; the app applies them
//! after the frame, so every change has one place where it happens.

use super::state::View;
use crate::domain::{Activity, ActivityId, Member, MemberId, Settings};
use crate::exchange::import::ImportPlan;
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
    /// Add or update a member (already validated by the form).
    SaveMember(Box<Member>),
    /// Archive (true) or restore (false) a member; members are never hard-deleted.
    SetMemberArchived(MemberId, bool),
    /// Add or update an activity.
    SaveActivity(Box<Activity>),
    /// Archive or restore an activity.
    SetActivityArchived(ActivityId, bool),
    /// Store a previewed members import, in one transaction.
    ImportMembers(Box<ImportPlan<Member>>),
    /// Store a previewed activities import, in one transaction.
    ImportActivities(Box<ImportPlan<Activity>>),
    /// Save the co-op's settings.
    SaveSettings(Box<Settings>),
}
