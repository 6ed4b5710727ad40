//! The organisation's settings: numbers domain.md says the user must be able to change.

use super::wellbeing::MeaningfulChange;
use serde::{Deserialize, Serialize};

/// Settings kept in the data file (one per co-op).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Warn about PVG or insurance expiring within this many days.
    pub compliance_window_days: u16,
    /// A waiting referral turns amber after this many days.
    pub waiting_amber_days: u16,
    /// A waiting referral turns red after this many days.
    pub waiting_red_days: u16,
    /// The smallest meaningful change per instrument.
    pub meaningful_change: MeaningfulChange,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            compliance_window_days: 60,
            waiting_amber_days: 14,
            waiting_red_days: 28,
            meaningful_change: MeaningfulChange::default(),
        }
    }
}

impl Settings {
    /// Checks the settings make sense.
    pub fn validate(&self) -> Result<(), super::ValidationError> {
        let mut p = super::validate::Problems::default();
        if self.compliance_window_days > 730 {
            p.add("compliance_window_days", "must be at most 730 days");
        }
        if self.waiting_red_days < self.waiting_amber_days {
            p.add("waiting_red_days", "must be at least the amber threshold");
        }
        if !(self.meaningful_change.wemwbs > 0.0 && self.meaningful_change.swemwbs > 0.0) {
            p.add("meaningful_change", "thresholds must be more than 0");
        }
        p.into_result()
    }
}
