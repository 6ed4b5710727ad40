//! The link worker's home: everyone referred, the waiting list, a caseload, the intake form,
//! and one person's page (profile, referrals, plan, contacts, sessions, data rights).

mod caseload;
mod intake;
mod list;
mod page;
mod page_sections;
mod review;
mod rights;
mod waiting;

use super::{ViewContext, error_ui, title_ui};
use crate::actions::Action;
use crate::domain::{PersonId, PersonSummary, ReferralStatus, Settings};
use std::collections::HashMap;

/// What the People view reads, once per store generation: everyone at a glance (one small
/// summary per person, kept by the store), never every person and referral record.
#[derive(Default)]
pub(crate) struct PeopleData {
    /// Everyone, in id order.
    pub people: Vec<PersonSummary>,
    pub settings: Settings,
    /// How many referrals are waiting (read from the status index).
    pub waiting: usize,
    /// The link workers of everyone's latest referral, sorted.
    pub link_workers: Vec<String>,
    /// Person id → index in `people`.
    by_id: HashMap<PersonId, usize>,
    generation: Option<u64>,
}

impl PeopleData {
    fn reload(&mut self, cx: &ViewContext<'_>) -> Result<(), crate::data::DataError> {
        self.generation = Some(cx.store.generation());
        self.people = cx.store.person_summaries()?;
        self.settings = cx.store.settings()?;
        self.waiting = cx.store.count_referrals_with_status(ReferralStatus::WAITING)?;
        self.by_id = self.people.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
        let names: std::collections::BTreeSet<&str> = self
            .people
            .iter()
            .filter_map(|p| p.latest_referral.as_ref())
            .map(|r| r.link_worker.as_str())
            .filter(|n| !n.is_empty())
            .collect();
        self.link_workers = names.into_iter().map(str::to_string).collect();
        Ok(())
    }

    /// The person with this id, at a glance.
    pub fn person(&self, id: PersonId) -> Option<&PersonSummary> {
        self.by_id.get(&id).and_then(|i| self.people.get(*i))
    }

    /// The next free reference (P0001, P0002...).
    pub fn next_reference(&self) -> String {
        let max =
            self.people.iter().filter_map(|p| crate::domain::person::reference_number(&p.reference)).max();
        crate::domain::person::person_ref(max.unwrap_or(0) + 1)
    }
}

/// How long a wait shows: amber after the amber days of Settings, red after the red days.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WaitColours {
    warn: egui::Color32,
    bad: egui::Color32,
    amber: i64,
    red: i64,
}

impl WaitColours {
    /// The colours of this theme and the thresholds of these settings.
    pub fn new(ui: &egui::Ui, settings: &Settings) -> Self {
        Self {
            warn: super::warn_colour(ui),
            bad: super::bad_colour(ui),
            amber: i64::from(settings.waiting_amber_days),
            red: i64::from(settings.waiting_red_days),
        }
    }

    /// The colour of a wait of `days`, if it needs one.
    pub fn of(&self, days: i64) -> Option<egui::Color32> {
        if days > self.red {
            Some(self.bad)
        } else if days > self.amber {
            Some(self.warn)
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Tab {
    #[default]
    Everyone,
    Waiting,
    Caseload,
    Review,
}

/// The People view.
#[derive(Default)]
pub struct PeopleView {
    data: PeopleData,
    tab: Tab,
    list: list::PeopleList,
    waiting: waiting::WaitingList,
    caseload: caseload::Caseload,
    review: review::ReviewList,
    intake: Option<intake::IntakeForm>,
    page: Option<page::PersonPage>,
    /// An open import panel (people, referrals or assessments).
    import: Option<super::import::ImportPanel>,
    error: Option<String>,
}

impl PeopleView {
    /// Draws the view.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let fresh = self.data.generation != Some(cx.store.generation());
        if fresh {
            let generation = Some(cx.store.generation());
            if let Err(e) = self.data.reload(cx) {
                // Show no list and offer no new reference made from an empty list.
                self.data = PeopleData { generation, ..PeopleData::default() };
                self.error = Some(crate::ui::error_chain(&e));
            } else {
                self.error = None;
            }
        }
        if self.error.is_some() {
            title_ui(ui, &crate::t!("people-title"), "");
            if error_ui(ui, &self.error) {
                self.data.generation = None;
            }
            return;
        }
        if let Some(page) = &mut self.page {
            if !page.ui(ui, &self.data, fresh, cx) {
                self.page = None;
            }
            return;
        }
        let waiting = self.data.waiting;
        title_ui(
            ui,
            &crate::t!("people-title"),
            &crate::t!("people-title-detail", count = self.data.people.len(), waiting = waiting),
        );
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.tab, Tab::Everyone, crate::t!("people-tab-everyone"));
            ui.selectable_value(
                &mut self.tab,
                Tab::Waiting,
                crate::t!("people-tab-waiting", count = waiting),
            );
            ui.selectable_value(&mut self.tab, Tab::Caseload, crate::t!("people-tab-caseload"));
            // Working the list out reads everyone: only while its tab is open.
            ui.selectable_value(&mut self.tab, Tab::Review, crate::t!("people-tab-review"));
            ui.separator();
            if !cx.read_only && ui.button(crate::t!("people-new-referral")).clicked() {
                self.intake = Some(intake::IntakeForm::new(&self.data, cx.today));
            }
            if !cx.read_only {
                use crate::exchange::import::ImportKind;
                ui.menu_button(crate::t!("people-import"), |ui| {
                    for (label, kind) in [
                        (crate::t!("people-import-people"), ImportKind::People),
                        (crate::t!("people-import-referrals"), ImportKind::Referrals),
                        (crate::t!("people-import-assessments"), ImportKind::Assessments),
                    ] {
                        if ui.button(label).clicked() {
                            self.import = Some(super::import::ImportPanel::new(kind));
                            ui.close();
                        }
                    }
                });
            }
        });
        ui.add_space(4.0);
        if let Some(panel) = &mut self.import {
            if !panel.ui(ui, cx) {
                self.import = None;
            }
            ui.separator();
        }
        if let Some(form) = &mut self.intake {
            match form.ui(ui, &self.data, cx.today) {
                intake::IntakeAction::None => {}
                intake::IntakeAction::Cancel => self.intake = None,
                intake::IntakeAction::Save(person, referral) => {
                    cx.act(Action::Intake(person, referral));
                    self.intake = None;
                    self.tab = Tab::Waiting;
                }
            }
            return;
        }
        let open = match self.tab {
            Tab::Everyone => self.list.ui(ui, &self.data, fresh, cx),
            Tab::Waiting => self.waiting.ui(ui, &self.data, cx),
            Tab::Caseload => self.caseload.ui(ui, &self.data, cx),
            Tab::Review => self.review.ui(ui, self.data.settings.retention_years, cx),
        };
        if let Some(id) = open {
            self.page = Some(page::PersonPage::new(id));
        }
    }

    /// The page of `person`, opening it if another (or none) is open.
    fn page_of(&mut self, person: crate::domain::PersonId) -> &mut page::PersonPage {
        if self.page.as_ref().is_none_or(|p| p.person_id() != person) {
            self.page = Some(page::PersonPage::new(person));
        }
        self.page.get_or_insert_with(|| page::PersonPage::new(person))
    }

    /// Shows the person's profile form again as typed, after its save failed.
    pub fn retry_profile(&mut self, original: &crate::domain::Person, typed: &crate::domain::Person) {
        self.page_of(typed.id).retry_profile(original, typed);
    }

    /// Puts a contact that could not be saved back in its person's contact form.
    pub fn retry_contact(&mut self, contact: &crate::domain::Contact) {
        self.page_of(contact.person).retry_contact(contact);
    }
}
