//! Wellbeing outcomes: before against after for each person, and the cohort summary.

use super::{ViewContext, error_ui, title_ui};
use crate::domain::wellbeing::{ChangeCategory, MeaningfulChange, outcome_for};
use crate::domain::{Assessment, Instrument, Person};
use crate::ui::table::{Col, Row, Sort, sort_rows, table_ui};
use std::collections::BTreeMap;

/// Warwick's guidance: at least this many people with two timepoints before a cohort
/// conclusion is more than indicative.
const COHORT_MINIMUM: usize = 30;

/// The Wellbeing view.
#[derive(Default)]
pub struct WellbeingView {
    rows: Vec<Row>,
    summaries: Vec<String>,
    assessments: usize,
    loaded: Option<u64>,
    sort: Sort,
    error: Option<String>,
}

const COLS: &[Col] = &[
    Col { title: "Ref", width: 60.0 },
    Col { title: "Name", width: 170.0 },
    Col { title: "Measure", width: 90.0 },
    Col { title: "Before", width: 80.0 },
    Col { title: "After", width: 80.0 },
    Col { title: "Change", width: 80.0 },
    Col { title: "Result", width: 180.0 },
];

fn score(x: f64) -> String {
    if x.fract() == 0.0 { format!("{x:.0}") } else { format!("{x:.2}") }
}

impl WellbeingView {
    fn reload(&mut self, cx: &ViewContext<'_>) {
        let thresholds = MeaningfulChange::default();
        let result = (|| {
            let assessments = cx.store.all::<Assessment>()?;
            let mut by_person: BTreeMap<u64, Vec<Assessment>> = BTreeMap::new();
            for a in &assessments {
                by_person.entry(a.person.0).or_default().push(a.clone());
            }
            let ids: Vec<u64> = by_person.keys().copied().collect();
            let people: BTreeMap<u64, Person> =
                cx.store.get_many::<Person>(&ids)?.into_iter().map(|p| (p.id.0, p)).collect();
            let mut rows = Vec::new();
            let mut summaries = Vec::new();
            for instrument in [Instrument::Wemwbs, Instrument::Swemwbs] {
                let mut counts: BTreeMap<ChangeCategory, usize> = BTreeMap::new();
                for (person, list) in &by_person {
                    let Some(o) = outcome_for(list, instrument, &thresholds) else {
                        continue;
                    };
                    *counts.entry(o.category).or_default() += 1;
                    let p = people.get(person);
                    rows.push(
                        Row::new(
                            *person,
                            vec![
                                p.map(|p| p.reference.clone()).unwrap_or_default(),
                                p.map(|p| p.name.clone()).unwrap_or_default(),
                                instrument.label().to_string(),
                                score(o.before),
                                o.after.map(score).unwrap_or_default(),
                                o.change.map(|c| format!("{c:+.2}").replace(".00", "")).unwrap_or_default(),
                                o.category.label().to_string(),
                            ],
                        )
                        .key(5, o.change.map(|c| format!("{:010.2}", c + 100.0)).unwrap_or_default()),
                    );
                }
                let n = |c| counts.get(&c).copied().unwrap_or(0);
                let assessed =
                    n(ChangeCategory::Improved) + n(ChangeCategory::NoChange) + n(ChangeCategory::Declined);
                if assessed + n(ChangeCategory::InProgress) == 0 {
                    continue;
                }
                let mut line = format!(
                    "{}: {} of {assessed} improved, {} no meaningful change, {} declined; {} in progress.",
                    instrument.label(),
                    n(ChangeCategory::Improved),
                    n(ChangeCategory::NoChange),
                    n(ChangeCategory::Declined),
                    n(ChangeCategory::InProgress),
                );
                if assessed < COHORT_MINIMUM {
                    line.push_str(&format!(
                        " Fewer than {COHORT_MINIMUM} people with before and after: indicative only."
                    ));
                }
                summaries.push(line);
            }
            Ok::<_, crate::store::StoreError>((rows, summaries, assessments.len()))
        })();
        match result {
            Ok((rows, summaries, count)) => {
                self.rows = rows;
                self.summaries = summaries;
                self.assessments = count;
                sort_rows(&mut self.rows, self.sort);
                self.error = None;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
        self.loaded = Some(cx.store.generation());
    }

    /// Draws the outcomes.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        if self.loaded != Some(cx.store.generation()) {
            self.reload(cx);
        }
        title_ui(ui, "Wellbeing", &format!("{} assessments recorded", self.assessments));
        error_ui(ui, &self.error);
        for line in &self.summaries {
            ui.label(egui::RichText::new(line).size(16.0));
        }
        ui.label(
            egui::RichText::new(
                "First \"before\" score against last \"after\" score. Meaningful change: WEMWBS 3 points, SWEMWBS 1 point (metric score).",
            )
            .weak(),
        );
        ui.add_space(6.0);
        if self.rows.is_empty() {
            ui.label("No wellbeing assessments with a \"before\" score yet.");
            return;
        }
        if table_ui(ui, "wellbeing_table", COLS, &self.rows, &mut self.sort).sort_changed {
            sort_rows(&mut self.rows, self.sort);
        }
    }
}
