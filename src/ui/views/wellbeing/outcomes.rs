//! Everyone's outcomes: first "before" against last "after" for each person, and the summary
//! per measure with its confidence interval and the small-cohort caveat.

use crate::domain::{Instrument, Person, PersonId};
use crate::report::letter::score;
use crate::report::outcomes::outcomes_from;
use crate::ui::table::{Col, Row, Sort, selectable_table_ui, sort_rows};
use crate::ui::views::{ViewContext, error_ui};
use std::collections::HashMap;

/// The outcomes tab.
#[derive(Default)]
pub struct OutcomesTab {
    rows: Vec<Row>,
    summaries: Vec<String>,
    note: String,
    loaded: Option<u64>,
    sort: Sort,
    error: Option<String>,
}

const COLS: &[Col] = &[
    Col { title: "Name", width: 180.0 },
    Col { title: "Ref", width: 60.0 },
    Col { title: "Measure", width: 90.0 },
    Col { title: "Before", width: 80.0 },
    Col { title: "After", width: 80.0 },
    Col { title: "Change", width: 80.0 },
    Col { title: "Result", width: 180.0 },
];

/// "9 of 10 improved, 1 no meaningful change, 0 declined; mean change +6.3 (95% CI 3.91 to 8.69)".
pub fn summary_line(instrument: Instrument, s: &crate::domain::wellbeing::CohortSummary) -> String {
    let mut line = format!(
        "{}: {}, {} no meaningful change, {} declined; {} in progress.",
        instrument.label(),
        s.headline(),
        s.no_change,
        s.declined,
        s.in_progress
    );
    if let Some(m) = s.mean_change {
        line.push_str(&format!(" Mean change {}{}", if m >= 0.0 { "+" } else { "-" }, score(m.abs())));
        if let Some((lo, hi)) = s.ci95 {
            line.push_str(&format!(" (95% CI {} to {})", score(lo), score(hi)));
        }
        line.push('.');
    }
    line
}

impl OutcomesTab {
    fn reload(&mut self, cx: &ViewContext<'_>) {
        self.loaded = Some(cx.store.generation());
        let result = (|| {
            let settings = cx.store.settings()?;
            let people = cx.store.all::<Person>()?;
            let assessments = cx.store.all::<crate::domain::Assessment>()?;
            let report =
                outcomes_from(&people, &assessments, &[Instrument::Wemwbs, Instrument::Swemwbs], &settings);
            Ok::<_, crate::store::StoreError>((report, people, settings))
        })();
        let (report, people, settings) = match result {
            Ok(r) => r,
            Err(e) => {
                self.error = Some(e.to_string());
                return;
            }
        };
        let names: HashMap<PersonId, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();
        self.rows = report
            .people
            .iter()
            .map(|r| {
                Row::new(
                    r.person.0,
                    vec![
                        names.get(&r.person).copied().unwrap_or_default().to_string(),
                        r.reference.clone(),
                        r.instrument.label().to_string(),
                        score(r.before),
                        r.after.map(score).unwrap_or_default(),
                        r.change
                            .map(|c| format!("{}{}", if c >= 0.0 { "+" } else { "-" }, score(c.abs())))
                            .unwrap_or_default(),
                        r.category.label().to_string(),
                    ],
                )
                .key(5, r.change.map(|c| format!("{:010.2}", c + 100.0)).unwrap_or_default())
            })
            .collect();
        sort_rows(&mut self.rows, self.sort);
        self.summaries = Vec::new();
        for (instrument, s) in &report.summaries {
            if s.assessed + s.in_progress == 0 {
                continue;
            }
            self.summaries.push(summary_line(*instrument, s));
            if let Some(caveat) = s.caveat() {
                self.summaries.push(caveat);
            }
        }
        let m = settings.meaningful_change;
        self.note = format!(
            "First \"before\" score against last \"after\" score. Meaningful change: WEMWBS {} points, SWEMWBS {} (metric score). WEMWBS is not a screening tool.",
            score(m.wemwbs),
            score(m.swemwbs)
        );
        self.error = None;
    }

    /// Draws the outcomes; returns a person to open.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) -> Option<PersonId> {
        if self.loaded != Some(cx.store.generation()) {
            self.reload(cx);
        }
        error_ui(ui, &self.error);
        for line in &self.summaries {
            ui.label(egui::RichText::new(line).size(16.0));
        }
        ui.label(egui::RichText::new(&self.note).weak());
        ui.add_space(6.0);
        if self.rows.is_empty() {
            ui.label("No wellbeing assessments with a \"before\" score yet.");
            return None;
        }
        let response = selectable_table_ui(ui, "wellbeing_table", COLS, &self.rows, &mut self.sort, None);
        if response.sort_changed {
            sort_rows(&mut self.rows, self.sort);
        }
        response.clicked.map(PersonId)
    }
}
