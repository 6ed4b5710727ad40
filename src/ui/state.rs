//! What the app remembers between runs (eframe persistence), apart from runtime resources.

use serde::{Deserialize, Serialize};

/// The key the state is saved under.
pub const STORAGE_KEY: &str = "carecoop_state";

/// The six views, in navigation order (Ctrl+1..6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum View {
    /// The member roster.
    #[default]
    Members,
    /// People and referrals.
    People,
    /// The session calendar.
    Calendar,
    /// Availability planning.
    Planning,
    /// Wellbeing outcomes.
    Wellbeing,
    /// Reports.
    Reports,
    /// The co-op's own records: register, shares, meetings.
    Coop,
    /// The co-op's settings (reached from the top bar, not Ctrl+number).
    Settings,
}

impl View {
    /// Every view in navigation order.
    pub const ALL: [View; 7] = [
        View::Members,
        View::People,
        View::Calendar,
        View::Planning,
        View::Wellbeing,
        View::Reports,
        View::Coop,
    ];

    /// The view's name, exactly as on its navigation button, in this thread's language.
    pub fn label(self) -> &'static str {
        use crate::i18n::static_text;
        match self {
            View::Members => static_text("nav-members", "Members"),
            View::People => static_text("nav-people", "People"),
            View::Calendar => static_text("nav-calendar", "Calendar"),
            View::Planning => static_text("nav-planning", "Planning"),
            View::Wellbeing => static_text("nav-wellbeing", "Wellbeing"),
            View::Reports => static_text("nav-reports", "Reports"),
            View::Coop => static_text("nav-coop", "Co-op"),
            View::Settings => static_text("nav-settings", "Settings"),
        }
    }
}

/// Persisted UI state: kept apart from the store and other runtime handles.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppState {
    /// The last view shown.
    pub view: View,
    /// Dark theme when true, light otherwise.
    pub dark: bool,
    /// The co-op's server last connected to from the welcome screen, without any password.
    pub server: Option<String>,
    /// Where this computer keeps backups of the data file, and how many.
    pub backups: BackupPrefs,
    /// The interface language chosen in Settings; `None` follows the system's (`LANG`).
    pub language: Option<crate::i18n::Lang>,
}

/// Where and how many backups the window keeps: this computer's choice (a USB stick, a
/// network folder), not the co-op's, so it is kept with the window's state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BackupPrefs {
    /// The backups folder; `None` is `backups` beside the data file.
    pub folder: Option<std::path::PathBuf>,
    /// How many daily and weekly copies to keep.
    pub rotation: crate::domain::backup::Rotation,
}
