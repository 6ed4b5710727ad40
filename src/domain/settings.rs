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
    /// The organisation's licensed WEMWBS item wording, one line per item (14), pasted in
    /// Settings; empty until then. SWEMWBS uses items 1, 2, 3, 6, 7, 9 and 11 of it.
    pub wemwbs_wording: Vec<String>,
    /// Keep a person's records this many years after their last referral ended (8 by
    /// default, the NHS records management code's figure for adult health records); then
    /// they are due for review.
    #[serde(default = "default_retention_years")]
    pub retention_years: u16,
    /// The co-op's name, at the head of its letters ("Highland Perthshire Care Co-op").
    pub coop_name: String,
    /// The co-op's postal address, one line per line, under its name on letters.
    pub coop_address: String,
    /// The co-op's own rules: legal form, membership classes, notice, quorum, majorities.
    #[serde(default)]
    pub coop: super::coop::CoopRules,
}

/// The settings as stored before the co-op's rules (record version 3): frozen, so files
/// written then still open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SettingsV3 {
    compliance_window_days: u16,
    waiting_amber_days: u16,
    waiting_red_days: u16,
    meaningful_change: MeaningfulChange,
    wemwbs_wording: Vec<String>,
    retention_years: u16,
    coop_name: String,
    coop_address: String,
}

impl From<SettingsV3> for Settings {
    fn from(v: SettingsV3) -> Settings {
        Settings {
            compliance_window_days: v.compliance_window_days,
            waiting_amber_days: v.waiting_amber_days,
            waiting_red_days: v.waiting_red_days,
            meaningful_change: v.meaningful_change,
            wemwbs_wording: v.wemwbs_wording,
            retention_years: v.retention_years,
            coop_name: v.coop_name,
            coop_address: v.coop_address,
            coop: super::coop::CoopRules::default(),
        }
    }
}

/// The settings as stored before the co-op's name and address (record version 2): frozen, so
/// files written then still open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SettingsV2 {
    compliance_window_days: u16,
    waiting_amber_days: u16,
    waiting_red_days: u16,
    meaningful_change: MeaningfulChange,
    wemwbs_wording: Vec<String>,
    retention_years: u16,
}

impl From<SettingsV2> for Settings {
    fn from(v: SettingsV2) -> Settings {
        Settings {
            compliance_window_days: v.compliance_window_days,
            waiting_amber_days: v.waiting_amber_days,
            waiting_red_days: v.waiting_red_days,
            meaningful_change: v.meaningful_change,
            wemwbs_wording: v.wemwbs_wording,
            retention_years: v.retention_years,
            coop_name: String::new(),
            coop_address: String::new(),
            coop: super::coop::CoopRules::default(),
        }
    }
}

fn default_retention_years() -> u16 {
    8
}

/// The settings as stored before `retention_years` (record version 1): frozen, so files
/// written then still open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SettingsV1 {
    compliance_window_days: u16,
    waiting_amber_days: u16,
    waiting_red_days: u16,
    meaningful_change: MeaningfulChange,
    wemwbs_wording: Vec<String>,
}

impl From<SettingsV1> for Settings {
    fn from(v: SettingsV1) -> Settings {
        Settings {
            compliance_window_days: v.compliance_window_days,
            waiting_amber_days: v.waiting_amber_days,
            waiting_red_days: v.waiting_red_days,
            meaningful_change: v.meaningful_change,
            wemwbs_wording: v.wemwbs_wording,
            retention_years: default_retention_years(),
            coop_name: String::new(),
            coop_address: String::new(),
            coop: super::coop::CoopRules::default(),
        }
    }
}

/// The copyright line shown wherever WEMWBS or SWEMWBS wording appears.
pub const WEMWBS_COPYRIGHT: &str = "WEMWBS \u{a9} NHS Health Scotland, University of Warwick and University of Edinburgh, 2006; SWEMWBS 2008. All rights reserved. Used under licence.";

impl Default for Settings {
    fn default() -> Self {
        Self {
            compliance_window_days: 60,
            waiting_amber_days: 14,
            waiting_red_days: 28,
            meaningful_change: MeaningfulChange::default(),
            wemwbs_wording: Vec::new(),
            retention_years: default_retention_years(),
            coop_name: String::new(),
            coop_address: String::new(),
            coop: super::coop::CoopRules::default(),
        }
    }
}

impl Settings {
    /// Checks the settings make sense.
    pub fn validate(&self) -> Result<(), super::ValidationError> {
        let mut p = super::validate::Problems::default();
        if self.compliance_window_days > 730 {
            p.add("compliance_window_days", crate::t!("dom-settings-window-max"));
        }
        if self.waiting_red_days < self.waiting_amber_days {
            p.add("waiting_red_days", crate::t!("dom-settings-red-below-amber"));
        }
        if !(self.meaningful_change.wemwbs > 0.0 && self.meaningful_change.swemwbs > 0.0) {
            p.add("meaningful_change", crate::t!("dom-settings-thresholds-positive"));
        }
        self.coop.validate(&mut p);
        if !(1..=100).contains(&self.retention_years) {
            p.add("retention_years", crate::t!("dom-one-to-hundred-years"));
        }
        if !self.wemwbs_wording.is_empty() && self.wemwbs_wording.len() != 14 {
            p.add(
                "wemwbs_wording",
                crate::t!("dom-settings-wemwbs-lines", count = self.wemwbs_wording.len()),
            );
        }
        p.into_result()
    }

    /// The licensed wording of item `number` (1-based) of `instrument`, if the organisation
    /// has entered it; ONS4 wording always ships.
    pub fn item_wording(&self, instrument: super::Instrument, number: usize) -> Option<&str> {
        use super::Instrument;
        match instrument {
            Instrument::Ons4 => super::wellbeing::ons4_questions().get(number.checked_sub(1)?).copied(),
            Instrument::Wemwbs => self.wemwbs_wording.get(number.checked_sub(1)?).map(String::as_str),
            Instrument::Swemwbs => {
                let item = *super::wellbeing::SWEMWBS_ITEMS_OF_WEMWBS.get(number.checked_sub(1)?)?;
                self.wemwbs_wording.get(usize::from(item) - 1).map(String::as_str)
            }
        }
    }
}
