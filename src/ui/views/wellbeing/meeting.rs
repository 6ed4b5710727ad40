//! Case meeting mode: full screen, large type, one person per page — chart, goals, activities
//! and attendance. ←/→ step through the meeting's list; nothing can be edited; "initials only"
//! hides identities on a shared screen; Esc leaves.

use super::person::outcome_text;
use crate::charts::ChartStyle;
use crate::data::ReadsExt;
use crate::domain::{Activity, ActivityId, Assessment, Attendance, Instrument, Person, PersonId, Settings};
use crate::report::charts::{chart_from, initials, main_instrument};
use crate::ui::chart_view::ChartView;
use crate::ui::views::ViewContext;
use std::collections::BTreeMap;

struct Page {
    person: Person,
    assessments: Vec<Assessment>,
    attended: Vec<chrono::NaiveDate>,
    /// Activity name → (attended, booked so far).
    attendance: BTreeMap<String, (usize, usize)>,
    settings: Settings,
}

/// A case meeting in progress.
pub struct Meeting {
    people: Vec<PersonId>,
    index: usize,
    initials_only: bool,
    page: Option<Page>,
    loaded: Option<(u64, usize)>,
    chart: ChartView,
}

impl Meeting {
    /// A meeting over `people`; when empty, everyone with an assessment, by reference.
    pub fn new(people: Vec<PersonId>) -> Self {
        Self { people, index: 0, initials_only: false, page: None, loaded: None, chart: ChartView::default() }
    }

    fn load(&mut self, cx: &ViewContext<'_>) -> Result<(), crate::data::DataError> {
        if self.people.is_empty() {
            let mut assessed: Vec<_> =
                cx.store.person_summaries()?.into_iter().filter(|p| p.assessments > 0).collect();
            assessed.sort_by(|a, b| a.reference.cmp(&b.reference));
            self.people = assessed.into_iter().map(|p| p.id).collect();
        }
        self.loaded = Some((cx.store.generation(), self.index));
        self.page = None;
        let Some(id) = self.people.get(self.index).copied() else { return Ok(()) };
        let Some(person) = cx.store.get::<Person>(id)? else { return Ok(()) };
        let activities: BTreeMap<ActivityId, String> =
            cx.store.all::<Activity>()?.into_iter().map(|a| (a.id, a.name)).collect();
        let mut attendance: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        let mut attended = Vec::new();
        for s in cx.store.sessions_of_person(id)? {
            let Some(place) = s.participants.iter().find(|p| p.person == id) else { continue };
            if place.attendance == Attendance::Expected {
                continue;
            }
            let entry =
                attendance.entry(activities.get(&s.activity).cloned().unwrap_or_default()).or_default();
            entry.1 += 1;
            if place.attendance == Attendance::Attended {
                entry.0 += 1;
                attended.push(s.date);
            }
        }
        self.page = Some(Page {
            person,
            assessments: cx.store.assessments_of_person(id)?,
            attended,
            attendance,
            settings: cx.store.settings()?,
        });
        Ok(())
    }

    /// Draws the meeting; returns false when it ends.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) -> bool {
        let (left, right, escape) = ui.input(|i| {
            (
                i.key_pressed(egui::Key::ArrowLeft),
                i.key_pressed(egui::Key::ArrowRight),
                i.key_pressed(egui::Key::Escape),
            )
        });
        if escape {
            return false;
        }
        if right && self.index + 1 < self.people.len() {
            self.index += 1;
        }
        if left {
            self.index = self.index.saturating_sub(1);
        }
        if self.loaded != Some((cx.store.generation(), self.index))
            && let Err(e) = self.load(cx)
        {
            ui.label(e.to_string());
        }
        let mut keep = true;
        ui.horizontal(|ui| {
            if ui.button(egui::RichText::new(crate::t!("wb-previous-person")).size(18.0)).clicked() {
                self.index = self.index.saturating_sub(1);
            }
            if ui.button(egui::RichText::new(crate::t!("wb-next-person")).size(18.0)).clicked()
                && self.index + 1 < self.people.len()
            {
                self.index += 1;
            }
            ui.label(
                egui::RichText::new(crate::t!(
                    "wb-position",
                    index = self.index + 1,
                    total = self.people.len().max(1)
                ))
                .size(18.0),
            );
            ui.checkbox(
                &mut self.initials_only,
                egui::RichText::new(crate::t!("wb-initials-only")).size(18.0),
            );
            if ui.button(egui::RichText::new(crate::t!("wb-leave-meeting")).size(18.0)).clicked() {
                keep = false;
            }
        });
        let Some(page) = &self.page else {
            ui.label(egui::RichText::new(crate::t!("wb-no-one")).size(24.0));
            return keep;
        };
        let name = if self.initials_only { initials(&page.person.name) } else { page.person.name.clone() };
        let instrument = main_instrument(&page.assessments).unwrap_or(Instrument::Wemwbs);
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(&name).size(34.0).strong());
            ui.label(egui::RichText::new(&page.person.reference).size(22.0).weak());
            if let Some(text) = outcome_text(&page.assessments, instrument, &page.settings) {
                ui.label(egui::RichText::new(format!("{}  {}", instrument.label(), text)).size(24.0));
            }
        });
        let side = 380.0_f32.min(ui.available_width() * 0.3);
        let chart_size = egui::vec2(
            (ui.available_width() - side - 20.0).max(300.0),
            (ui.available_height() - 10.0).max(300.0),
        );
        let key = cx.store.generation() ^ (page.person.id.0 << 8) ^ u64::from(self.initials_only);
        let style = ChartStyle { dark: ui.visuals().dark_mode, text_scale: 1.6 };
        let title = format!("{name} ({})", page.person.reference);
        ui.horizontal_top(|ui| {
            self.chart.ui(
                ui,
                chart_size,
                key,
                style,
                &crate::t!("wb-chart-alt", measure = instrument.label(), name = name.as_str()),
                || {
                    Some(chart_from(
                        &page.assessments,
                        instrument,
                        &page.settings,
                        title,
                        page.attended.clone(),
                    ))
                },
            );
            ui.vertical(|ui| {
                ui.set_width(side);
                ui.label(egui::RichText::new(crate::t!("wb-goals")).size(24.0).strong());
                if page.person.plan.is_empty() {
                    ui.label(egui::RichText::new(crate::t!("wb-no-goals")).size(20.0));
                }
                for g in &page.person.plan {
                    ui.label(egui::RichText::new(format!("{} ({})", g.text, g.status.label())).size(20.0));
                }
                ui.add_space(12.0);
                ui.label(egui::RichText::new(crate::t!("wb-activities-attendance")).size(24.0).strong());
                if page.attendance.is_empty() {
                    ui.label(egui::RichText::new(crate::t!("wb-no-sessions")).size(20.0));
                }
                for (activity, (came, booked)) in &page.attendance {
                    ui.label(
                        egui::RichText::new(crate::t!(
                            "wb-attended-of",
                            activity = activity.as_str(),
                            came = (*came),
                            booked = (*booked)
                        ))
                        .size(20.0),
                    );
                }
            });
        });
        keep
    }
}
