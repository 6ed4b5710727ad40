//! The outcome letter window, the subject-access export and erasure with typed confirmation.

use super::page::PersonPage;
use crate::actions::Action;
use crate::domain::{Person, ReferralId};
use crate::report::language::{DocLanguage, write_in};
use crate::report::letter::{LetterError, outcome_document};
use crate::t;
use crate::ui::command::Command;
use crate::ui::views::ViewContext;
use crate::ui::views::form::message_ui;

/// State of the letter window and the erase confirmation.
#[derive(Default)]
pub struct RightsState {
    letter_for: Option<ReferralId>,
    /// The letter, or why there is none (no consent, or the data could not be read).
    letter: Option<Result<String, String>>,
    /// The language chosen for this person's documents (`None`: their own).
    language: Option<DocLanguage>,
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
    /// The language this person's documents are written in, with a menu to change it.
    fn document_language_ui(&mut self, ui: &mut egui::Ui, person: &Person) -> DocLanguage {
        let chosen = self.rights.language.unwrap_or_else(|| DocLanguage::for_person(person));
        let picked = language_menu_ui(ui, "person_documents_language", chosen);
        if picked != chosen {
            self.rights.language = Some(picked);
            self.rights.letter = None;
        }
        picked
    }

    pub(super) fn rights_ui(&mut self, ui: &mut egui::Ui, person: &Person, cx: &mut ViewContext<'_>) {
        ui.label(t!("people-rights-intro"));
        let language = self.document_language_ui(ui, person);
        ui.horizontal_wrapped(|ui| {
            let pdf = ui.button(t!("people-rights-export-pdf")).clicked();
            let json = ui.button(t!("people-rights-export-json")).clicked();
            if !(pdf || json) {
                return;
            }
            let stem = format!("{}-data", person.reference.replace('/', "-"));
            let document =
                crate::report::subject_access::subject_access_document(cx.store, &person.reference)
                    .map_err(|e| crate::ui::error_chain(&e))
                    .and_then(|doc| {
                        doc.ok_or_else(|| t!("people-rights-gone", reference = person.reference.as_str()))
                    })
                    .and_then(|doc| {
                        if pdf {
                            write_in(language, || {
                                Ok::<_, String>(crate::report::subject_access::subject_access_readable(
                                    &doc,
                                    &person.name,
                                    cx.today,
                                ))
                            })?
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
                Err(e) => cx.commands.push(Command::ShowError(t!("people-rights-export-failed", error = e))),
            }
        });
        if cx.read_only {
            return;
        }
        ui.add_space(8.0);
        ui.label(egui::RichText::new(t!("people-erase-heading")).strong());
        ui.label(t!("people-erase-explain", name = person.name.as_str()));
        if !self.details.register.is_empty() {
            ui.label(format!("{}.", crate::actions::register_kept()));
        }
        if let Some(b) = cx.backups.as_ref().filter(|b| !b.listed.is_empty()) {
            let folder = crate::backup::folder_for(b.data, b.prefs.folder.as_deref());
            let oldest = crate::i18n::datetime(b.listed[0].0, "%-d %b %Y");
            ui.label(t!(
                "people-erase-backups",
                count = b.listed.len(),
                folder = folder.display().to_string(),
                oldest = oldest,
                reference = person.reference.as_str()
            ));
        }
        ui.horizontal(|ui| {
            let label = ui.label(t!("people-erase-type-to-confirm", reference = person.reference.as_str()));
            ui.add(egui::TextEdit::singleline(&mut self.rights.confirm).desired_width(100.0))
                .labelled_by(label.id);
            let confirmed = self.rights.confirm.trim() == person.reference;
            if ui.add_enabled(confirmed, egui::Button::new(t!("people-erase-button"))).clicked() {
                cx.act(Action::ErasePerson(person.id));
                self.rights.confirm.clear();
            }
        });
    }

    pub(super) fn letter_window_ui(&mut self, ui: &mut egui::Ui, person: &Person, cx: &mut ViewContext<'_>) {
        let Some(referral_id) = self.rights.letter_for else {
            return;
        };
        let language = self.rights.language.unwrap_or_else(|| DocLanguage::for_person(person));
        if self.rights.letter.is_none() {
            let Some(referral) = self.details.referrals.iter().find(|r| r.id == referral_id) else {
                self.rights.letter_for = None;
                return;
            };
            let letter = cx.store.settings().map_err(LetterError::from).and_then(|settings| {
                write_in(language, || {
                    outcome_document(cx.store, person, referral, &settings, cx.today, false)
                })
            });
            self.rights.letter = Some(letter.map(|d| d.to_text()).map_err(|e| crate::ui::error_chain(&e)));
        }
        let mut language_picked = None;
        let mut open = true;
        let mut close = false;
        let mut pdf_wanted = false;
        egui::Window::new(t!("people-outcome-letter"))
            .id(egui::Id::unique("person_outcome_letter"))
            .open(&mut open)
            .default_width(620.0)
            .show(ui.ctx(), |ui| match &self.rights.letter {
                Some(Ok(text)) => {
                    let picked = language_menu_ui(ui, "letter_language", language);
                    if picked != language {
                        language_picked = Some(picked);
                    }
                    let mut shown = text.as_str();
                    let label = ui.label(t!("people-letter-text"));
                    ui.add(
                        egui::TextEdit::multiline(&mut shown)
                            .desired_width(600.0)
                            .font(egui::TextStyle::Monospace),
                    )
                    .labelled_by(label.id);
                    ui.horizontal(|ui| {
                        if ui.button(t!("people-letter-copy")).clicked() {
                            ui.ctx().copy_text(text.clone());
                            cx.act(Action::RecordExport(Some(person.id), "outcome letter, copied".into()));
                        }
                        if ui.button(t!("people-letter-save-pdf")).clicked() {
                            pdf_wanted = true;
                        }
                        if ui.button(t!("people-letter-close")).clicked() {
                            close = true;
                        }
                    });
                }
                Some(Err(reason)) => {
                    message_ui(ui, Some(reason));
                }
                None => {}
            });
        if let Some(picked) = language_picked {
            self.rights.language = Some(picked);
            self.rights.letter = None;
        }
        if pdf_wanted && let Some(referral) = self.details.referrals.iter().find(|r| r.id == referral_id) {
            let pdf = cx.store.settings().map_err(LetterError::from).and_then(|settings| {
                write_in(language, || outcome_document(cx.store, person, referral, &settings, cx.today, true))
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
                Err(e) => cx.commands.push(Command::ShowError(t!("people-letter-not-saved", error = e))),
            }
        }
        if !open || close {
            self.rights.letter_for = None;
            self.rights.letter = None;
        }
    }
}

/// "Language of letters and documents" and its menu; returns the choice shown after this frame.
fn language_menu_ui(ui: &mut egui::Ui, id_salt: &str, chosen: DocLanguage) -> DocLanguage {
    let mut picked = chosen;
    ui.horizontal(|ui| {
        let label = ui.label(t!("people-documents-language"));
        egui::ComboBox::from_id_salt(id_salt)
            .selected_text(picked.label())
            .show_ui(ui, |ui| {
                for option in DocLanguage::ALL {
                    ui.selectable_value(&mut picked, option, option.label());
                }
            })
            .response
            .labelled_by(label.id);
    });
    picked
}
