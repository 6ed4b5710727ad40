//! Did a person's wellbeing change meaningfully? First "before" score against last "after".

use super::assessment::{Assessment, Timepoint};
use super::instrument::Instrument;
use crate::domain::choice::choice_enum;
use serde::{Deserialize, Serialize};

choice_enum!(
    /// The result of comparing before and after.
    ChangeCategory {
        Improved => ("improved", "Improved"),
        NoChange => ("no_change", "No meaningful change"),
        Declined => ("declined", "Declined"),
        InProgress => ("in_progress", "In progress"),
    }
);

/// The smallest change that counts as meaningful, per instrument (a setting).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MeaningfulChange {
    /// WEMWBS points (Warwick's guidance: 3).
    pub wemwbs: f64,
    /// SWEMWBS metric points (one standard error: 1; the stricter 2.77×SEM standard: 2.87).
    pub swemwbs: f64,
}

impl Default for MeaningfulChange {
    fn default() -> Self {
        Self { wemwbs: 3.0, swemwbs: 1.0 }
    }
}

impl MeaningfulChange {
    /// The stricter SWEMWBS standard (2.77 × SEM).
    pub const SWEMWBS_STRICT: f64 = 2.87;

    /// The threshold for `instrument` (ONS4 has none: its items are reported one by one).
    pub fn threshold(&self, instrument: Instrument) -> Option<f64> {
        match instrument {
            Instrument::Wemwbs => Some(self.wemwbs),
            Instrument::Swemwbs => Some(self.swemwbs),
            Instrument::Ons4 => None,
        }
    }
}

/// One person's before/after result on one instrument.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    /// The instrument compared.
    pub instrument: Instrument,
    /// The first complete "before" score.
    pub before: f64,
    /// The last complete "after" score, if any.
    pub after: Option<f64>,
    /// After minus before.
    pub change: Option<f64>,
    /// Improved, no meaningful change, declined, or in progress.
    pub category: ChangeCategory,
}

/// Tolerance for comparing metric scores, which are decimals.
const EPSILON: f64 = 1e-9;

/// The outcome of one person on `instrument` from their assessments (any order), or `None`
/// when there is no complete "before" score to compare with (or the instrument is ONS4).
pub fn outcome_for<'a>(
    assessments: impl IntoIterator<Item = &'a Assessment>,
    instrument: Instrument,
    thresholds: &MeaningfulChange,
) -> Option<Outcome> {
    thresholds.threshold(instrument)?;
    let mine: Vec<&Assessment> = assessments.into_iter().filter(|a| a.instrument == instrument).collect();
    let scored = |tp: Timepoint| {
        let mut v: Vec<(chrono::NaiveDate, u64, f64)> = mine
            .iter()
            .filter(|a| a.timepoint == tp)
            .filter_map(|a| a.headline().map(|s| (a.date, a.id.0, s)))
            .collect();
        v.sort_by_key(|a| (a.0, a.1));
        v
    };
    let before = scored(Timepoint::Before).first().map(|x| x.2);
    let after = scored(Timepoint::After).last().map(|x| x.2);
    outcome_of_scores(instrument, before, after, thresholds)
}

/// The outcome from a first "before" and last "after" score already picked out (`None` without
/// a "before" score, or for ONS4).
pub fn outcome_of_scores(
    instrument: Instrument,
    before: Option<f64>,
    after: Option<f64>,
    thresholds: &MeaningfulChange,
) -> Option<Outcome> {
    let threshold = thresholds.threshold(instrument)?;
    let before = before?;
    let change = after.map(|a| a - before);
    let category = match change {
        None => ChangeCategory::InProgress,
        Some(c) if c >= threshold - EPSILON => ChangeCategory::Improved,
        Some(c) if c <= -threshold + EPSILON => ChangeCategory::Declined,
        Some(_) => ChangeCategory::NoChange,
    };
    Some(Outcome { instrument, before, after, change, category })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{AssessmentId, PersonId};
    use chrono::NaiveDate;

    fn wemwbs(id: u64, day: u32, tp: Timepoint, total: u8) -> Assessment {
        // Spread `total` over 14 items of 1–5.
        let mut answers = vec![1u8; 14];
        let mut left = total - 14;
        for a in answers.iter_mut() {
            let add = left.min(4);
            *a += add;
            left -= add;
        }
        Assessment {
            id: AssessmentId(id),
            person: PersonId(1),
            date: NaiveDate::from_ymd_opt(2026, 1, day).unwrap(),
            timepoint: tp,
            instrument: Instrument::Wemwbs,
            answers: answers.into_iter().map(Some).collect(),
            recorded_by: String::new(),
        }
    }

    fn category(before: u8, after: u8) -> ChangeCategory {
        let list = [wemwbs(1, 1, Timepoint::Before, before), wemwbs(2, 20, Timepoint::After, after)];
        outcome_for(&list, Instrument::Wemwbs, &MeaningfulChange::default()).unwrap().category
    }

    #[test]
    fn wemwbs_classification_exactly_at_thresholds() {
        assert_eq!(category(40, 43), ChangeCategory::Improved);
        assert_eq!(category(40, 42), ChangeCategory::NoChange);
        assert_eq!(category(40, 38), ChangeCategory::NoChange);
        assert_eq!(category(40, 37), ChangeCategory::Declined);
    }

    #[test]
    fn first_before_and_last_after_are_compared() {
        let list = [
            wemwbs(3, 25, Timepoint::After, 50),
            wemwbs(1, 1, Timepoint::Before, 40),
            wemwbs(4, 5, Timepoint::Before, 60),
            wemwbs(2, 20, Timepoint::After, 30),
            wemwbs(5, 10, Timepoint::During, 70),
        ];
        let o = outcome_for(&list, Instrument::Wemwbs, &MeaningfulChange::default()).unwrap();
        assert_eq!((o.before, o.after, o.category), (40.0, Some(50.0), ChangeCategory::Improved));
    }

    #[test]
    fn without_after_it_is_in_progress_and_without_before_nothing() {
        let only_before = [wemwbs(1, 1, Timepoint::Before, 40)];
        let o = outcome_for(&only_before, Instrument::Wemwbs, &MeaningfulChange::default()).unwrap();
        assert_eq!(o.category, ChangeCategory::InProgress);
        let only_after = [wemwbs(1, 1, Timepoint::After, 40)];
        assert!(outcome_for(&only_after, Instrument::Wemwbs, &MeaningfulChange::default()).is_none());
    }

    #[test]
    fn swemwbs_uses_metric_scores_and_one_point() {
        let mk = |id, day, tp, raw: u8| {
            let mut answers = vec![1u8; 7];
            let mut left = raw - 7;
            for a in answers.iter_mut() {
                let add = left.min(4);
                *a += add;
                left -= add;
            }
            Assessment {
                id: AssessmentId(id),
                person: PersonId(1),
                date: NaiveDate::from_ymd_opt(2026, 1, day).unwrap(),
                timepoint: tp,
                instrument: Instrument::Swemwbs,
                answers: answers.into_iter().map(Some).collect(),
                recorded_by: String::new(),
            }
        };
        // raw 20 → 18.59, raw 22 → 19.98: change 1.39 ≥ 1 → improved
        let list = [mk(1, 1, Timepoint::Before, 20), mk(2, 9, Timepoint::After, 22)];
        let o = outcome_for(&list, Instrument::Swemwbs, &MeaningfulChange::default()).unwrap();
        assert_eq!(o.category, ChangeCategory::Improved);
        // raw 20 → 21 is 0.66: no meaningful change
        let list = [mk(1, 1, Timepoint::Before, 20), mk(2, 9, Timepoint::After, 21)];
        let o = outcome_for(&list, Instrument::Swemwbs, &MeaningfulChange::default()).unwrap();
        assert_eq!(o.category, ChangeCategory::NoChange);
        // With the strict 2.87 standard, 18.59 → 19.98 is no meaningful change.
        let strict = MeaningfulChange { swemwbs: MeaningfulChange::SWEMWBS_STRICT, ..Default::default() };
        let list = [mk(1, 1, Timepoint::Before, 20), mk(2, 9, Timepoint::After, 22)];
        assert_eq!(
            outcome_for(&list, Instrument::Swemwbs, &strict).unwrap().category,
            ChangeCategory::NoChange
        );
    }
}
