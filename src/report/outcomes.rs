//! Before/after outcomes for everyone assessed, and cohort summaries.

use crate::data::{DataError, Reads};
use crate::domain::person::reference_order;
use crate::domain::wellbeing::{ChangeCategory, CohortSummary, Outcome};
use crate::domain::{Instrument, PersonSummary, Settings, Timepoint};
use serde_json::json;

/// One person's outcome on one instrument.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeRow {
    /// The person's reference.
    pub reference: String,
    /// The person's id.
    pub person: crate::domain::PersonId,
    /// The person's name (for views; never in exports meant for funders).
    pub name: String,
    /// The instrument.
    pub instrument: Instrument,
    /// When the first complete "before" score was taken (where the cohort's dates apply).
    pub started: Option<chrono::NaiveDate>,
    /// First complete "before" score.
    pub before: f64,
    /// Last complete "after" score.
    pub after: Option<f64>,
    /// After minus before.
    pub change: Option<f64>,
    /// Improved, no change, declined, in progress.
    pub category: ChangeCategory,
}

/// Everyone's outcomes and a summary per instrument.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomesReport {
    /// Per person and instrument, by reference.
    pub people: Vec<OutcomeRow>,
    /// Per instrument.
    pub summaries: Vec<(Instrument, CohortSummary)>,
}

impl OutcomesReport {
    /// `{"people": [...], "summary": {...}}`; with one instrument the summary is that
    /// instrument's, with several it is keyed by instrument. SWEMWBS figures are metric scores.
    pub fn to_json(&self) -> serde_json::Value {
        let people: Vec<_> = self
            .people
            .iter()
            .map(|r| {
                json!({
                    "ref": r.reference, "instrument": r.instrument.key(), "before": r.before,
                    "after": r.after, "change": r.change.map(|c| (c * 100.0).round() / 100.0),
                    "category": r.category.key(),
                })
            })
            .collect();
        let summary = |s: &CohortSummary| {
            json!({
                "assessed": s.assessed, "improved": s.improved, "no_change": s.no_change,
                "declined": s.declined, "in_progress": s.in_progress,
                "mean_change": s.mean_change.map(|m| (m * 100.0).round() / 100.0),
                "ci95": s.ci95.map(|(lo, hi)| [(lo * 100.0).round() / 100.0, (hi * 100.0).round() / 100.0]),
            })
        };
        let summary = match self.summaries.as_slice() {
            [(_, only)] => summary(only),
            many => serde_json::Value::Object(
                many.iter().map(|(i, s)| (i.key().to_string(), summary(s))).collect(),
            ),
        };
        json!({ "people": people, "summary": summary })
    }
}

/// Outcomes of the people summarised (pure; [`outcomes_report`] reads everyone's summary).
pub fn outcomes_from(
    people: &[PersonSummary],
    instruments: &[Instrument],
    settings: &Settings,
) -> OutcomesReport {
    let mut rows = Vec::new();
    let mut summaries = Vec::new();
    for instrument in instruments {
        let mut outcomes: Vec<Outcome> = Vec::new();
        for p in people {
            let Some(o) = p.outcome(*instrument, &settings.meaningful_change) else {
                continue;
            };
            outcomes.push(o);
            rows.push(OutcomeRow {
                reference: p.reference.clone(),
                person: p.id,
                name: p.name.clone(),
                instrument: *instrument,
                started: p.headline_date(*instrument, Timepoint::Before),
                before: o.before,
                after: o.after,
                change: o.change,
                category: o.category,
            });
        }
        summaries.push((*instrument, CohortSummary::of(&outcomes)));
    }
    rows.sort_by(|a, b| {
        (reference_order(&a.reference), a.instrument).cmp(&(reference_order(&b.reference), b.instrument))
    });
    OutcomesReport { people: rows, summaries }
}

/// Outcomes for everyone in the store (read from each person's summary).
pub fn outcomes_report(
    store: &dyn Reads,
    instruments: &[Instrument],
    settings: &Settings,
) -> Result<OutcomesReport, DataError> {
    Ok(outcomes_from(&store.person_summaries()?, instruments, settings))
}
