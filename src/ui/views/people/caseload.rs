//! A link worker's caseload: their active people with last and next contact, overdue first.

use super::PeopleData;
use crate::domain::{Contact, PersonId, ReferralStatus};
use crate::ui::views::{ViewContext, bad_colour, show_date};
use chrono::NaiveDate;

/// The caseload tab.
#[derive(Default)]
pub struct Caseload {
    worker: Option<String>,
    contacts: Vec<(PersonId, Option<NaiveDate>, Option<NaiveDate>)>,
    loaded: Option<(u64, Option<String>)>,
}

impl Caseload {
    fn reload(&mut self, cx: &ViewContext<'_>) {
        self.loaded = Some((cx.store.generation(), self.worker.clone()));
        self.contacts.clear();
        let Some(worker) = &self.worker else { return };
        let active =
            cx.store.referral_glances_with_status(&[ReferralStatus::Active, ReferralStatus::Matched]);
        let mut people: Vec<PersonId> = active
            .unwrap_or_default()
            .into_iter()
            .filter(|r| &r.link_worker == worker)
            .map(|r| r.person)
            .collect();
        people.sort();
        people.dedup();
        for person in people {
            let log: Vec<Contact> = cx.store.contacts_of_person(person).unwrap_or_default();
            let last = log.iter().map(|c| c.date).max();
            let next = log.iter().filter_map(|c| c.next_due).max();
            self.contacts.push((person, last, next));
        }
        // Overdue first (earliest due date first), then those with nothing due.
        self.contacts.sort_by_key(|(_, _, next)| (next.is_none(), *next));
    }

    /// Draws the caseload; returns a person to open.
    pub fn ui(&mut self, ui: &mut egui::Ui, data: &PeopleData, cx: &mut ViewContext<'_>) -> Option<PersonId> {
        let workers = &data.link_workers;
        if self.worker.is_none() {
            self.worker = workers.first().cloned();
        }
        ui.horizontal(|ui| {
            let label = ui.label("Link worker");
            egui::ComboBox::from_id_salt("caseload_worker")
                .selected_text(self.worker.clone().unwrap_or_else(|| "No link workers yet".into()))
                .show_ui(ui, |ui| {
                    for w in workers {
                        ui.selectable_value(&mut self.worker, Some(w.clone()), w);
                    }
                })
                .response
                .labelled_by(label.id);
        });
        if self.loaded != Some((cx.store.generation(), self.worker.clone())) {
            self.reload(cx);
        }
        if self.contacts.is_empty() {
            ui.label("No active people on this caseload.");
            return None;
        }
        let mut open = None;
        let bad = bad_colour(ui);
        egui::Grid::new("caseload_grid").num_columns(4).spacing([24.0, 6.0]).striped(true).show(ui, |ui| {
            for h in ["Person", "Last contact", "Next contact due", ""] {
                ui.label(egui::RichText::new(h).strong());
            }
            ui.end_row();
            for (person, last, next) in &self.contacts {
                let Some(p) = data.person(*person) else {
                    continue;
                };
                if ui.link(&p.name).clicked() {
                    open = Some(p.id);
                }
                ui.label(last.map(show_date).unwrap_or_else(|| "None yet".into()));
                ui.label(next.map(show_date).unwrap_or_else(|| "Not set".into()));
                match next {
                    Some(d) if *d < cx.today => {
                        ui.label(
                            egui::RichText::new(format!("Overdue by {} d", (cx.today - *d).num_days()))
                                .color(bad)
                                .strong(),
                        );
                    }
                    _ => {
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
        open
    }
}
