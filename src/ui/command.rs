//! Everything a view can ask for. Views push commands while drawing; the app applies them
//! after the frame, so every change has one place where it happens.

use super::state::View;
use crate::domain::{
    Activity, ActivityId, Contact, Member, MemberId, Person, PersonId, Referral, Series, SeriesId, Session,
    Settings,
};
use crate::exchange::import::ImportPlan;
use chrono::NaiveDate;
use std::path::PathBuf;

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
    /// A new referral, with its person when they are new: one action, one transaction.
    Intake(Box<Person>, Box<Referral>),
    /// Update a person's profile or plan.
    SavePerson(Box<Person>),
    /// Update a referral (details or a status change).
    SaveReferral(Box<Referral>),
    /// Add or update a contact log entry.
    SaveContact(Box<Contact>),
    /// Erase a person and every record about them, then compact the file.
    ErasePerson(PersonId),
    /// Write a file the user asked to save (a letter, an export, a chart).
    SaveFile(PathBuf, Vec<u8>),
    /// Record or correct a wellbeing assessment.
    SaveAssessment(Box<crate::domain::Assessment>),
    /// Enter (true) or leave (false) full screen, for case meetings.
    SetFullscreen(bool),
    /// Book new sessions: one-off, or a new series with all its occurrences.
    NewSessions(Option<Box<Series>>, Vec<Session>),
    /// Save one occurrence (its details or attendance).
    SaveSession(Box<Session>),
    /// Change a series from a date on (never past occurrences): time, length, members, venue,
    /// participants and notes are taken from the template.
    EditSeriesFrom(SeriesId, NaiveDate, Box<Session>),
    /// Cancel a series from a date on (never past occurrences).
    CancelSeriesFrom(SeriesId, NaiveDate),
    /// Add or update a fund.
    SaveFund(Box<crate::domain::Fund>),
    /// Save a member's availability.
    SaveAvailability(Box<crate::domain::Availability>),
    /// Book a suggestion for a waiting referral: create the session (or join the group
    /// session) and move the referral to matched — one action, one transaction.
    BookSuggestion(crate::domain::ReferralId, Box<crate::domain::planning::Suggestion>),
}
