//! Wellbeing measures: WEMWBS, SWEMWBS and ONS4, their exact scoring, assessments, and the
//! before/after change classification. Scoring rules follow shared/domain.md.

mod assessment;
mod change;
pub mod cohort;
mod instrument;

pub use assessment::{Assessment, Timepoint};
pub use change::{ChangeCategory, MeaningfulChange, Outcome, outcome_for, outcome_of_scores};
pub use cohort::{COHORT_MINIMUM, CohortSummary, Norm, population_norm};
pub use instrument::{
    Instrument, SWEMWBS_ITEMS_OF_WEMWBS, Score, ScoreError, Scored, WEMWBS_RESPONSES, ons4_questions,
    ons4_scale_anchors, swemwbs_metric,
};

/// A score as people write it: "47", "19.98" (whole numbers without decimals, others to two
/// places). Used by screens, letters, reports and charts alike.
pub fn format_score(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 { format!("{x:.0}") } else { format!("{x:.2}") }
}
