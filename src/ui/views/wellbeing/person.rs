//! One person's wellbeing: find them, see their chart and outcome, record an assessment.

use super::entry::{EntryAction, EntryForm};
use crate::actions::Action;
use crate::charts::ChartStyle;
use crate::data::ReadsExt;
use crate::domain::wellbeing::format_score as score;
use crate::domain::wellbeing::outcome_for;
use crate::domain::{Assessment, Attendance, Instrument, Person, PersonId, Settings, Timepoint};
use crate::report::charts::{chart_from, main_instrument};
use crate::ui::chart_view::ChartView;
use crate::ui::command::Command;
use crate::ui::views::{ViewContext, search_ui, show_date};
use chrono::NaiveDate;

struct Loaded {
    person: Person,
    assessments: Vec<Assessment>,
    attended: Vec<NaiveDate>,
    settings: Settings,
}

/// A person as the finder searches them: id, lower-cased name, lower-cased reference, label.
type Findable = (PersonId, String, String, String);

/// The person tab.
#[derive(Default)]
pub struct PersonTab {
    search: String,
    /// Everyone's id, lower-cased name and reference, and label, at a store generation.
    people: Option<(u64, Vec<Findable>)>,
    matches: Vec<(PersonId, String)>,
    person: Option<PersonId>,
    instrument: Option<Instrument>,
    loaded: Option<(u64, PersonId)>,
    data: Option<Loaded>,
    chart: ChartView,
    entry: Option<EntryForm>,
    error: Option<String>,
}

/// "Improved: 38 to 47 (+9)".
pub fn outcome_text(
    assessments: &[Assessment],
    instrument: Instrument,
    settings: &Settings,
) -> Option<String> {
    let o = outcome_for(assessments, instrument, &settings.meaningful_change)?;
    Some(match (o.after, o.change) {
        (Some(after), Some(change)) => crate::t!(
            "wb-outcome-change",
            category = o.category.label(),
            before = score(o.before),
            after = score(after),
            change = format!("{}{}", if change >= 0.0 { "+" } else { "-" }, score(change.abs()))
        ),
        _ => crate::t!("wb-outcome-started", category = o.category.label(), before = score(o.before)),
    })
}

impl PersonTab {
    /// Shows `id`.
    pub fn select(&mut self, id: PersonId) {
        self.person = Some(id);
        self.instrument = None;
        self.entry = None;
    }

    /// Shows the assessment form again as entered, after its save failed.
    pub fn retry(&mut self, assessment: &crate::domain::Assessment) {
        self.person = Some(assessment.person);
        self.entry = Some(EntryForm::retry(assessment));
    }

    fn reload(&mut self, cx: &ViewContext<'_>, id: PersonId) {
        self.loaded = Some((cx.store.generation(), id));
        let result = (|| {
            let Some(person) = cx.store.get::<Person>(id)? else { return Ok(None) };
            let attended = cx
                .store
                .sessions_of_person(id)?
                .iter()
                .filter(|s| {
                    s.participants.iter().any(|p| p.person == id && p.attendance == Attendance::Attended)
                })
                .map(|s| s.date)
                .collect();
            Ok::<_, crate::data::DataError>(Some(Loaded {
                person,
                assessments: cx.store.assessments_of_person(id)?,
                attended,
                settings: cx.store.settings()?,
            }))
        })();
        match result {
            Ok(data) => {
                self.data = data;
                self.error = None;
            }
            Err(e) => self.error = Some(crate::ui::error_chain(&e)),
        }
    }

    fn finder_ui(&mut self, ui: &mut egui::Ui, cx: &ViewContext<'_>) {
        if search_ui(ui, &crate::t!("wb-find-person"), &mut self.search, &crate::t!("wb-find-hint")) {
            let needle = self.search.trim().to_lowercase();
            self.matches = if needle.is_empty() {
                Vec::new()
            } else {
                // Read everyone once per store generation, not once per keystroke.
                if self.people.as_ref().is_none_or(|(g, _)| *g != cx.store.generation()) {
                    let list = match cx.store.person_summaries() {
                        Ok(list) => list,
                        Err(e) => {
                            self.error = Some(crate::ui::error_chain(&e));
                            Vec::new()
                        }
                    };
                    let keys = list
                        .iter()
                        .map(|p| {
                            (
                                p.id,
                                p.name.to_lowercase(),
                                p.reference.to_lowercase(),
                                format!("{} ({})", p.name, p.reference),
                            )
                        })
                        .collect();
                    self.people = Some((cx.store.generation(), keys));
                }
                self.people
                    .iter()
                    .flat_map(|(_, keys)| keys)
                    .filter(|(_, name, reference, _)| name.contains(&needle) || *reference == needle)
                    .take(12)
                    .map(|(id, _, _, label)| (*id, label.clone()))
                    .collect()
            };
        }
        let mut chosen = None;
        ui.horizontal_wrapped(|ui| {
            for (id, label) in &self.matches {
                if ui.selectable_label(self.person == Some(*id), label).clicked() {
                    chosen = Some(*id);
                }
            }
        });
        if let Some(id) = chosen {
            self.select(id);
            self.matches.clear();
            self.search.clear();
        }
    }

    /// Draws the tab.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        self.finder_ui(ui, cx);
        let Some(id) = self.person else {
            ui.label(crate::t!("wb-person-prompt"));
            return;
        };
        if self.loaded != Some((cx.store.generation(), id)) {
            self.reload(cx, id);
        }
        if let Some(e) = &self.error {
            ui.label(egui::RichText::new(e).color(ui.visuals().error_fg_color));
        }
        let Some(data) = &self.data else {
            ui.label(crate::t!("wb-person-gone"));
            return;
        };
        if let Some(form) = &mut self.entry {
            match form.ui(ui, &data.settings, cx.today) {
                EntryAction::None => {}
                EntryAction::Cancel => self.entry = None,
                EntryAction::Save(a) => {
                    cx.act(Action::SaveAssessment(a));
                    self.entry = None;
                }
            }
            return;
        }
        let instruments: Vec<Instrument> = Instrument::ALL
            .iter()
            .copied()
            .filter(|i| data.assessments.iter().any(|a| a.instrument == *i))
            .collect();
        let instrument =
            self.instrument.or_else(|| main_instrument(&data.assessments)).unwrap_or(Instrument::Wemwbs);
        ui.horizontal(|ui| {
            ui.heading(format!("{} ({})", data.person.name, data.person.reference));
            if let Some(text) = outcome_text(&data.assessments, instrument, &data.settings) {
                ui.label(egui::RichText::new(text).strong().size(17.0));
            }
        });
        let mut record = false;
        let mut export = None;
        ui.horizontal(|ui| {
            for i in &instruments {
                if ui.selectable_label(*i == instrument, i.label()).clicked() {
                    self.instrument = Some(*i);
                }
            }
            ui.separator();
            record = !cx.read_only && ui.button(crate::t!("wb-record-assessment")).clicked();
            for ext in ["png", "svg"] {
                if ui.button(crate::t!("wb-export-chart", format = ext.to_uppercase())).clicked() {
                    export = Some(ext);
                }
            }
        });
        if let Some(ext) = export {
            let chart = chart_from(
                &data.assessments,
                instrument,
                &data.settings,
                format!("{} ({})", data.person.name, data.person.reference),
                data.attended.clone(),
            );
            let style = ChartStyle::default();
            let bytes = if ext == "png" {
                crate::charts::render_png(&chart, 1200, 700, &style).map_err(|e| e.to_string())
            } else {
                crate::charts::render_svg(&chart, 1200, 700, &style)
                    .map(String::into_bytes)
                    .map_err(|e| e.to_string())
            };
            let name = format!("{}-{}.{ext}", data.person.reference, instrument.key().to_lowercase());
            match bytes {
                Ok(b) => {
                    if let Some(path) = cx.save_path(&name, ext) {
                        cx.commands.push(Command::SaveFile(path, b));
                    }
                }
                Err(e) => self.error = Some(e),
            }
        }
        if record {
            let next = if data.assessments.iter().any(|a| a.timepoint == Timepoint::Before) {
                Timepoint::During
            } else {
                Timepoint::Before
            };
            self.entry = Some(EntryForm::new(id, cx.today, next));
            return;
        }
        let size =
            egui::vec2(ui.available_width().min(1100.0), (ui.available_height() * 0.6).clamp(260.0, 520.0));
        let key = cx.store.generation() ^ (id.0 << 20) ^ (instrument as u64) << 60;
        let style = ChartStyle { dark: ui.visuals().dark_mode, text_scale: 1.0 };
        let title = format!("{} ({})", data.person.name, data.person.reference);
        let alt = crate::t!("wb-chart-alt", measure = instrument.label(), name = data.person.name.as_str());
        self.chart.ui(ui, size, key, style, &alt, || {
            Some(chart_from(&data.assessments, instrument, &data.settings, title, data.attended.clone()))
        });
        egui::Grid::new("assessment_list").num_columns(4).spacing([18.0, 2.0]).striped(true).show(ui, |ui| {
            for a in data.assessments.iter().rev() {
                ui.label(show_date(a.date));
                ui.label(a.timepoint.label());
                ui.label(a.instrument.label());
                ui.label(match a.headline() {
                    Some(h) => score(h),
                    None if a.instrument == Instrument::Ons4 => crate::t!("wb-four-items"),
                    None => crate::t!("wb-incomplete"),
                });
                ui.end_row();
            }
        });
    }
}
