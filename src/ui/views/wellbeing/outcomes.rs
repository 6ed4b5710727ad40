//! Everyone's outcomes: first "before" against last "after" for each person, and the summary
//! per measure with its confidence interval and the small-cohort caveat.

use crate::domain::person::reference_number;
use crate::domain::wellbeing::format_score as score;
use crate::domain::{Instrument, PersonId};
use crate::report::outcomes::OutcomeRow;
use crate::report::outcomes::outcomes_from;
use crate::ui::table::{Col, Sort, TableSource, selectable_source_ui};
use crate::ui::views::{ViewContext, error_ui};

/// The outcomes tab.
#[derive(Default)]
pub struct OutcomesTab {
    /// One row per person and measure, in the current sort order; cells are formatted only
    /// for the rows in view.
    rows: Vec<OutcomeRow>,
    summaries: Vec<String>,
    note: String,
    loaded: Option<u64>,
    sort: Sort,
    error: Option<String>,
}

/// The table's columns, headed in the current language.
fn cols() -> [Col; 7] {
    use crate::i18n::static_text as s;
    [
        Col { title: s("wb-col-name", "Name"), width: 180.0 },
        Col { title: s("wb-col-ref", "Ref"), width: 60.0 },
        Col { title: s("wb-measure", "Measure"), width: 90.0 },
        Col { title: s("wb-col-before", "Before"), width: 80.0 },
        Col { title: s("wb-col-after", "After"), width: 80.0 },
        Col { title: s("wb-col-change", "Change"), width: 80.0 },
        Col { title: s("wb-col-result", "Result"), width: 180.0 },
    ]
}

/// "9 of 10 improved, 1 no meaningful change, 0 declined; mean change +6.3 (95% CI 3.91 to 8.69)".
pub fn summary_line(instrument: Instrument, s: &crate::domain::wellbeing::CohortSummary) -> String {
    let mut line = crate::t!(
        "wb-summary",
        measure = instrument.label(),
        headline = s.headline(),
        no_change = s.no_change,
        declined = s.declined,
        in_progress = s.in_progress
    );
    if let Some(m) = s.mean_change {
        line.push_str(&crate::t!("wb-mean-change", change = signed(m)));
        if let Some((lo, hi)) = s.ci95 {
            line.push_str(&crate::t!("wb-ci95", lo = score(lo), hi = score(hi)));
        }
        line.push('.');
    }
    line
}

/// "+6.3" or "-2".
fn signed(change: f64) -> String {
    format!("{}{}", if change >= 0.0 { "+" } else { "-" }, score(change.abs()))
}

impl TableSource for [OutcomeRow] {
    fn row_count(&self) -> usize {
        self.len()
    }

    fn row_id(&self, row: usize) -> u64 {
        self.get(row).map_or(0, |r| r.person.0)
    }

    fn cell(&self, row: usize, column: usize) -> (String, Option<egui::Color32>) {
        let Some(r) = self.get(row) else { return (String::new(), None) };
        let text = match column {
            0 => r.name.clone(),
            1 => r.reference.clone(),
            2 => r.instrument.label().to_string(),
            3 => score(r.before),
            4 => r.after.map(score).unwrap_or_default(),
            5 => r.change.map(signed).unwrap_or_default(),
            _ => r.category.label().to_string(),
        };
        (text, None)
    }
}

/// Total order for scores (they are never NaN).
fn num(x: f64) -> i64 {
    (x * 1000.0).round() as i64
}

impl OutcomesTab {
    /// Sorts the rows by the chosen column (stable: ties keep reference order).
    fn sort(&mut self) {
        // Ties fall back to the reference number, so the order never depends on the last sort.
        let key = |r: &OutcomeRow| -> (String, i64, u64) {
            let reference = reference_number(&r.reference).unwrap_or(u64::MAX);
            let (text, number) = match self.sort.column {
                0 => (r.name.to_lowercase(), 0),
                1 => (String::new(), 0),
                2 => (r.instrument.label().to_string(), 0),
                3 => (String::new(), num(r.before)),
                4 => (String::new(), r.after.map_or(i64::MIN, num)),
                5 => (String::new(), r.change.map_or(i64::MIN, num)),
                _ => (r.category.label().to_string(), 0),
            };
            (text, number, reference)
        };
        self.rows.sort_by_cached_key(key);
        if self.sort.descending {
            self.rows.reverse();
        }
    }

    fn reload(&mut self, cx: &ViewContext<'_>) {
        self.loaded = Some(cx.store.generation());
        let result = (|| {
            let settings = cx.store.settings()?;
            let people = cx.store.person_summaries()?;
            let report = outcomes_from(&people, &[Instrument::Wemwbs, Instrument::Swemwbs], &settings);
            Ok::<_, crate::data::DataError>((report, settings))
        })();
        let (mut report, settings) = match result {
            Ok(r) => r,
            Err(e) => {
                self.error = Some(crate::ui::error_chain(&e));
                return;
            }
        };
        self.rows = std::mem::take(&mut report.people);
        self.sort();
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
        self.note = crate::t!("wb-note", wemwbs = score(m.wemwbs), swemwbs = score(m.swemwbs));
        self.error = None;
    }

    /// Draws the outcomes; returns a person to open.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) -> Option<PersonId> {
        if self.loaded != Some(cx.store.generation()) {
            self.reload(cx);
        }
        if error_ui(ui, &self.error) {
            self.loaded = None;
        }
        for line in &self.summaries {
            ui.label(egui::RichText::new(line).size(16.0));
        }
        ui.label(egui::RichText::new(&self.note).weak());
        ui.add_space(6.0);
        if self.rows.is_empty() {
            ui.label(crate::t!("wb-no-before"));
            return None;
        }
        let response =
            selectable_source_ui(ui, "wellbeing_table", &cols(), self.rows.as_slice(), &mut self.sort, None);
        if response.sort_changed {
            self.sort();
        }
        response.clicked.map(PersonId)
    }
}
