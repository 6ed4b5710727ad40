//! The activity catalogue: what the co-op offers (nature walks, yoga, befriending...).

use super::choice::choice_enum;
use super::ids::ActivityId;
use super::money::Money;
use super::validate::{Problems, ValidationError};
use serde::{Deserialize, Serialize};

choice_enum!(
    /// Whether an activity is for a group or one person at a time.
    Format {
        Group => ("group", "Group", "groups"),
        OneToOne => ("one_to_one", "One-to-one", "1:1", "1-1", "1 to 1", "individual"),
    }
);

choice_enum!(
    /// What the usual price of an activity is counted per.
    PriceUnit {
        PerHour => ("per_hour", "per hour", "hour", "hourly", "an hour", "hr", "per hr"),
        PerPerson => ("per_person", "per person", "person", "each", "per head", "head", "a head", "per participant"),
    }
);

/// An activity in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    /// Assigned by the store.
    pub id: ActivityId,
    /// Name, e.g. "Nature walk".
    pub name: String,
    /// Category, e.g. "Outdoors", "Creative", "Movement", "Social".
    pub category: String,
    /// Group or one-to-one.
    pub format: Format,
    /// Most participants in one session.
    pub capacity: u16,
    /// Where it usually happens.
    pub venue: String,
    /// The village of the venue.
    pub village: String,
    /// Usual session length in minutes.
    pub default_minutes: u16,
    /// Usual price.
    pub price: Money,
    /// Whether the price is per hour or per person.
    pub price_unit: PriceUnit,
    /// Archived activities are hidden from the catalogue.
    pub archived: bool,
}

impl Activity {
    /// Checks the rules an activity must satisfy before it is saved.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut p = Problems::default();
        p.require("name", &self.name);
        if self.capacity == 0 {
            p.add("capacity", crate::t!("dom-at-least-one"));
        }
        if self.format == Format::OneToOne && self.capacity > 1 {
            p.add("capacity", crate::t!("dom-activity-one-to-one-capacity"));
        }
        if self.default_minutes == 0 || self.default_minutes > 24 * 60 {
            p.add("default_minutes", crate::t!("dom-minutes-range"));
        }
        if self.price.0 < 0 {
            p.add("price_gbp", crate::t!("dom-not-negative"));
        }
        p.into_result()
    }
}
