//! Settings → Passphrase: protect this data file with a passphrase, change it, or remove it.
//! The file is rewritten with every record sealed (or unsealed); adding one shows a recovery
//! key once.

use super::ViewContext;
use crate::actions::Action;
use crate::data::{Protection, Secret};
use zeroize::Zeroize;

/// The passphrase section of Settings (what is typed is zeroed once it is sent).
#[derive(Default)]
pub struct ProtectionForm {
    passphrase: String,
    again: String,
    confirm_remove: String,
    problem: Option<String>,
}

impl Drop for ProtectionForm {
    fn drop(&mut self) {
        self.clear();
    }
}

impl ProtectionForm {
    fn clear(&mut self) {
        self.passphrase.zeroize();
        self.again.zeroize();
    }

    /// The new passphrase, when both fields agree and it is long enough.
    fn typed(&mut self) -> Option<Secret> {
        self.problem = if self.passphrase.chars().count() < 8 {
            Some("A passphrase needs at least 8 characters (a few words are easiest to remember).".into())
        } else if self.passphrase != self.again {
            Some("The two passphrases differ.".into())
        } else {
            None
        };
        let secret = self.problem.is_none().then(|| Secret::new(self.passphrase.as_str()));
        self.clear();
        secret
    }

    fn fields_ui(&mut self, ui: &mut egui::Ui, first: &str, second: &str) {
        egui::Grid::new("passphrase_grid").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
            for (label, text) in [(first, &mut self.passphrase), (second, &mut self.again)] {
                let label = ui.label(label);
                ui.add(egui::TextEdit::singleline(text).password(true).desired_width(260.0))
                    .labelled_by(label.id);
                ui.end_row();
            }
        });
    }

    /// Draws the section (a data file only: a server's data is protected by the server).
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        if !cx.local_file || cx.read_only {
            return;
        }
        ui.add_space(14.0);
        ui.label(egui::RichText::new("Passphrase").strong());
        if cx.store.is_protected() {
            ui.label(
                "This file is protected: every record in it is sealed, and carecoop asks for the passphrase \
                 (or the recovery key) when it opens the file.",
            );
            self.fields_ui(ui, "New passphrase", "New passphrase again");
            if ui.button("Change the passphrase").clicked()
                && let Some(secret) = self.typed()
            {
                cx.act(Action::Protect(Protection::Change(secret)));
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let label = ui.label("Type \"remove\" to take the passphrase off");
                ui.add(egui::TextEdit::singleline(&mut self.confirm_remove).desired_width(90.0))
                    .labelled_by(label.id);
                let confirmed = self.confirm_remove.trim().eq_ignore_ascii_case("remove");
                if ui.add_enabled(confirmed, egui::Button::new("Remove the passphrase")).clicked() {
                    cx.act(Action::Protect(Protection::Remove));
                    self.confirm_remove.clear();
                }
            });
        } else {
            ui.label(
                "Protect this file with a passphrase: if the computer is lost or stolen, no one can read the \
                 records in it without the passphrase or the recovery key shown when you protect it.",
            );
            self.fields_ui(ui, "Passphrase", "Passphrase again");
            if ui.button("Protect this file with a passphrase").clicked()
                && let Some(secret) = self.typed()
            {
                cx.act(Action::Protect(Protection::Protect(secret)));
            }
        }
        if let Some(problem) = &self.problem {
            ui.label(egui::RichText::new(problem).color(ui.visuals().error_fg_color));
        }
    }
}
