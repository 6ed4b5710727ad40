//! The outcome letter window, the subject-access export and erasure with typed confirmation.

use super::page::PersonPage;
use crate::actions::Action;
use crate::domain::{Person, ReferralId};
use crate::report::letter::{LetterError, outcome_document, outcome_letter};
use crate::ui::command::Command;
use crate::ui::views::ViewContext;
use crate::ui::views::form::message_ui;

/// State of the letter window and the erase confirmation.
#[derive(Default)]
pub struct RightsState {
    letter_for: Option<ReferralId>,
    /// The letter, or why there is none (no consent, or the data could not be read).
    letter: Option<Result<String, String>>,
    confirm: String,
}

impl RightsState {
    /// Opens the outcome letter for a referral.
    pub fn open_letter(&mut self, referral: ReferralId) {
        self.letter_for = Some(referral);
        self.letter = None;
    }
}

impl PersonPage {
    pub(super) fn rights_ui(&mut self, ui: &mut egui::Ui, person: &Person, cx: &mut ViewContext<'_>) {
        ui.label(
            "Everything held about this person can be exported (right of access): as a document they can \
             read, or as one machine-readable file.",
        );
        ui.horizontal_wrapped(|ui| {
            let pdf = ui.button("Export this person's data as PDF...").clicked();
            let json = ui.button("Export this person's data as JSON...").clicked();
            if !(pdf || json) {
                return;
            }
            let stem = format!("{}-data", person.reference.replace('/', "-"));
            let document =
                crate::report::subject_access::subject_access_document(cx.store, &person.reference)
                    .map_err(|e| crate::ui::error_chain(&e))
                    .and_then(|doc| {
                        doc.ok_or_else(|| format!("{} is no longer in the data", person.reference))
                    })
                    .and_then(|doc| {
                        if pdf {
                            crate::report::subject_access::subject_access_readable(
                                &doc,
                                &person.name,
                                cx.today,
                            )
                            .to_pdf()
                            .map_err(|e| e.to_string())
                        } else {
                            serde_json::to_string_pretty(&doc)
                                .map(String::into_bytes)
                                .map_err(|e| e.to_string())
                        }
                    });
            let ext = if pdf { "pdf" } else { "json" };
            match document {
                Ok(bytes) => {
                    if let Some(path) = cx.save_path(&format!("{stem}.{ext}"), ext) {
                        cx.commands.push(Command::SaveFile(path, bytes));
                        cx.act(Action::RecordExport(Some(person.id), "subject access report".into()));
                    }
                }
                Err(e) => cx.commands.push(Command::ShowError(format!("The export was not made: {e}"))),
            }
        });
        if cx.read_only {
            return;
        }
        ui.add_space(8.0);
        ui.label(egui::RichText::new("Erase person").strong());
        ui.label(format!(
            "Removes {} and every record about them (referrals, contacts, attendance, assessments, plan) for good, and rewrites the file so no copy remains. \
             This cannot be undone.",
            person.name
        ));
        if !self.details.register.is_empty() {
            ui.label(format!("{}.", crate::actions::REGISTER_KEPT));
        }
        if let Some(b) = cx.backups.as_ref().filter(|b| !b.listed.is_empty()) {
            let folder = crate::backup::folder_for(b.data, b.prefs.folder.as_deref());
            let oldest = b.listed[0].0.format("%-d %b %Y");
            ui.label(format!(
                "The {} backup(s) in {} (the oldest from {oldest}) still hold their records until they are rotated out; \
                 restoring any of them erases {} again.",
                b.listed.len(),
                folder.display(),
                person.reference
            ));
        }
        ui.horizontal(|ui| {
            let label = ui.label(format!("Type {} to confirm", person.reference));
            ui.add(egui::TextEdit::singleline(&mut self.rights.confirm).desired_width(100.0))
                .labelled_by(label.id);
            let confirmed = self.rights.confirm.trim() == person.reference;
            if ui.add_enabled(confirmed, egui::Button::new("Erase person for good")).clicked() {
                cx.act(Action::ErasePerson(person.id));
                self.rights.confirm.clear();
            }
        });
    }

    pub(super) fn letter_window_ui(&mut self, ui: &mut egui::Ui, person: &Person, cx: &mut ViewContext<'_>) {
        let Some(referral_id) = self.rights.letter_for else {
            return;
        };
        if self.rights.letter.is_none() {
            let Some(referral) = self.details.referrals.iter().find(|r| r.id == referral_id) else {
                self.rights.letter_for = None;
                return;
            };
            let letter = cx
                .store
                .settings()
                .map_err(LetterError::from)
                .and_then(|settings| outcome_letter(cx.store, person, referral, &settings, cx.today));
            self.rights.letter = Some(letter.map_err(|e| crate::ui::error_chain(&e)));
        }
        let mut open = true;
        let mut close = false;
        let mut pdf_wanted = false;
        egui::Window::new("Outcome letter").open(&mut open).default_width(620.0).show(ui.ctx(), |ui| {
            match &self.rights.letter {
                Some(Ok(text)) => {
                    let mut shown = text.as_str();
                    let label = ui.label("Letter text (read-only)");
                    ui.add(
                        egui::TextEdit::multiline(&mut shown)
                            .desired_width(600.0)
                            .font(egui::TextStyle::Monospace),
                    )
                    .labelled_by(label.id);
                    ui.horizontal(|ui| {
                        if ui.button("Copy to clipboard").clicked() {
                            ui.ctx().copy_text(text.clone());
                            cx.act(Action::RecordExport(Some(person.id), "outcome letter, copied".into()));
                        }
                        if ui.button("Save as PDF...").clicked() {
                            pdf_wanted = true;
                        }
                        if ui.button("Close letter").clicked() {
                            close = true;
                        }
                    });
                }
                Some(Err(reason)) => {
                    message_ui(ui, Some(reason));
                }
                None => {}
            }
        });
        if pdf_wanted && let Some(referral) = self.details.referrals.iter().find(|r| r.id == referral_id) {
            let pdf =
                cx.store.settings().map_err(LetterError::from).and_then(|settings| {
                    outcome_document(cx.store, person, referral, &settings, cx.today, true)
                });
            match pdf
                .map_err(|e| crate::ui::error_chain(&e))
                .and_then(|doc| doc.to_pdf().map_err(|e| e.to_string()))
            {
                Ok(bytes) => {
                    let name = format!("outcome-{}.pdf", person.reference.replace('/', "-"));
                    if let Some(path) = cx.save_path(&name, "pdf") {
                        cx.commands.push(Command::SaveFile(path, bytes));
                        cx.act(Action::RecordExport(Some(person.id), "outcome letter (PDF)".into()));
                    }
                }
                Err(e) => cx.commands.push(Command::ShowError(format!("The letter was not saved: {e}"))),
            }
        }
        if !open || close {
            self.rights.letter_for = None;
            self.rights.letter = None;
        }
    }
}
