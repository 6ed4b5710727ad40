//! One completed (or partly completed) questionnaire.

use super::instrument::{Instrument, Scored};
use crate::domain::choice::choice_enum;
use crate::domain::ids::{AssessmentId, PersonId};
use crate::domain::validate::{Problems, ValidationError};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

choice_enum!(
    /// When in a programme an assessment was taken.
    Timepoint {
        Before => ("before", "Before", "baseline", "start", "pre"),
        During => ("during", "During", "review", "midway", "mid"),
        After => ("after", "After", "end", "post", "final"),
    }
);

/// A wellbeing assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// Assigned by the store.
    pub id: AssessmentId,
    /// Whose.
    pub person: PersonId,
    /// When it was taken.
    pub date: NaiveDate,
    /// Before, during or after.
    pub timepoint: Timepoint,
    /// Which questionnaire.
    pub instrument: Instrument,
    /// Item answers in item order; `None` for an unanswered item.
    pub answers: Vec<Option<u8>>,
    /// Who recorded it.
    pub recorded_by: String,
}

impl Assessment {
    /// The score, or incomplete; `None` if the answers are invalid (validation refuses those).
    pub fn scored(&self) -> Option<Scored> {
        self.instrument.score(&self.answers).ok()
    }

    /// The headline score when complete (WEMWBS total or SWEMWBS metric).
    pub fn headline(&self) -> Option<f64> {
        match self.scored()? {
            Scored::Complete(score) => score.headline(),
            Scored::Incomplete { .. } => None,
        }
    }

    /// Checks the rules an assessment must satisfy before it is saved.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let mut p = Problems::default();
        if self.person.is_new() {
            p.add("person_ref", crate::t!("dom-no-person-chosen"));
        }
        if let Err(message) = self.instrument.score(&self.answers) {
            p.add("answers", message.to_string());
        }
        p.into_result()
    }
}
