//! Wellbeing: everyone's before/after outcomes, one person's chart and assessments (with the
//! entry form), the cohort view, and case meeting mode.

mod cohort;
mod entry;
mod meeting;
mod outcomes;
mod person;

pub(crate) use outcomes::summary_line;
pub(crate) use person::outcome_text;

use super::{ViewContext, title_ui};
use crate::domain::PersonId;
use crate::ui::command::Command;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Tab {
    #[default]
    Outcomes,
    Person,
    Cohort,
}

/// The Wellbeing view.
#[derive(Default)]
pub struct WellbeingView {
    tab: Tab,
    outcomes: outcomes::OutcomesTab,
    person: person::PersonTab,
    cohort: cohort::CohortTab,
    meeting: Option<meeting::Meeting>,
}

impl WellbeingView {
    /// Shows an assessment that could not be saved in its form again, as entered.
    pub fn retry_assessment(&mut self, assessment: &crate::domain::Assessment) {
        self.tab = Tab::Person;
        self.person.retry(assessment);
    }

    /// True while case meeting mode fills the window.
    pub fn in_meeting(&self) -> bool {
        self.meeting.is_some()
    }

    /// Draws the view.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        if let Some(meeting) = &mut self.meeting {
            if !meeting.ui(ui, cx) {
                self.meeting = None;
                cx.commands.push(Command::SetFullscreen(false));
            }
            return;
        }
        title_ui(ui, &crate::t!("wb-title"), &crate::t!("wb-title-detail"));
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.tab, Tab::Outcomes, crate::t!("wb-tab-outcomes"));
            ui.selectable_value(&mut self.tab, Tab::Person, crate::t!("wb-tab-person"));
            ui.selectable_value(&mut self.tab, Tab::Cohort, crate::t!("wb-tab-cohort"));
            ui.separator();
            if ui
                .button(crate::t!("wb-case-meeting"))
                .on_hover_text(crate::t!("wb-case-meeting-hint"))
                .clicked()
            {
                let list = match self.tab {
                    Tab::Cohort => self.cohort.people(),
                    _ => Vec::new(),
                };
                self.meeting = Some(meeting::Meeting::new(list));
                cx.commands.push(Command::SetFullscreen(true));
            }
        });
        ui.add_space(4.0);
        let open: Option<PersonId> = match self.tab {
            Tab::Outcomes => self.outcomes.ui(ui, cx),
            Tab::Person => {
                self.person.ui(ui, cx);
                None
            }
            Tab::Cohort => {
                self.cohort.ui(ui, cx);
                None
            }
        };
        if let Some(id) = open {
            self.person.select(id);
            self.tab = Tab::Person;
        }
    }
}
