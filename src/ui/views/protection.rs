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
            Some(crate::t!("protect-too-short"))
        } else if self.passphrase != self.again {
            Some(crate::t!("protect-differ"))
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
        ui.label(egui::RichText::new(crate::t!("protect-heading")).strong());
        if cx.store.is_protected() {
            ui.label(crate::t!("protect-is-protected"));
            self.fields_ui(ui, &crate::t!("protect-new"), &crate::t!("protect-new-again"));
            if ui.button(crate::t!("protect-change")).clicked()
                && let Some(secret) = self.typed()
            {
                cx.act(Action::Protect(Protection::Change(secret)));
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let word = crate::t!("protect-remove-word");
                let label = ui.label(crate::t!("protect-remove-prompt", word = word.as_str()));
                ui.add(egui::TextEdit::singleline(&mut self.confirm_remove).desired_width(90.0))
                    .labelled_by(label.id);
                // The word shown, in the interface's language (or the English one).
                let typed = self.confirm_remove.trim().to_lowercase();
                let confirmed = typed == word.to_lowercase() || typed == "remove";
                if ui.add_enabled(confirmed, egui::Button::new(crate::t!("protect-remove"))).clicked() {
                    cx.act(Action::Protect(Protection::Remove));
                    self.confirm_remove.clear();
                }
            });
        } else {
            ui.label(crate::t!("protect-offer"));
            self.fields_ui(ui, &crate::t!("protect-passphrase"), &crate::t!("protect-passphrase-again"));
            if ui.button(crate::t!("protect-do-protect")).clicked()
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
