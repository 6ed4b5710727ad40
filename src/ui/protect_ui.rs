//! A file protected with a passphrase: the screen that asks for it when the file opens, and
//! the window that shows a new recovery key once.

use super::command::Command;
use crate::data::Secret;
use zeroize::Zeroize;

/// The passphrase as it is being typed on the unlock screen (zeroed once sent).
#[derive(Default)]
pub(super) struct UnlockForm {
    typed: String,
    /// The field has been given the keyboard once (then the user decides where it goes).
    focused: bool,
}

impl UnlockForm {
    /// The screen for `path`, protected with a passphrase; `wrong` after a wrong one.
    pub(super) fn ui(
        &mut self,
        ui: &mut egui::Ui,
        path: &std::path::Path,
        wrong: bool,
        commands: &mut Vec<Command>,
    ) {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.2);
            ui.heading(egui::RichText::new(crate::t!("protect-locked-title")).size(26.0));
            ui.add_space(8.0);
            ui.label(crate::t!("protect-locked-help", path = path.display().to_string()));
            ui.add_space(16.0);
            let mut send = false;
            ui.horizontal(|ui| {
                // Centre the row: label, field, button.
                ui.add_space((ui.available_width() - 520.0).max(0.0) / 2.0);
                let label = ui.label(crate::t!("protect-secret-label"));
                let field = ui
                    .add(egui::TextEdit::singleline(&mut self.typed).password(true).desired_width(240.0))
                    .labelled_by(label.id);
                if !self.focused {
                    field.request_focus();
                    self.focused = true;
                }
                send = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                send |= ui
                    .add_enabled(!self.typed.is_empty(), egui::Button::new(crate::t!("protect-open")))
                    .clicked();
            });
            if wrong {
                ui.add_space(8.0);
                ui.label(
                    egui::RichText::new(crate::t!("protect-wrong-secret")).color(ui.visuals().error_fg_color),
                );
            }
            if send && !self.typed.is_empty() {
                commands.push(Command::Unlock(Secret::new(self.typed.as_str())));
                self.typed.zeroize();
                // Ready for another try, should this one be wrong.
                self.focused = false;
            }
        });
    }
}

/// Shows a new recovery key until the user says they have kept it; `true` when closed.
pub(super) fn recovery_window_ui(ctx: &egui::Context, key: &Secret) -> bool {
    let mut closed = false;
    egui::Modal::new(egui::Id::unique("recovery_key")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(crate::t!("protect-recovery-title"));
        ui.add_space(6.0);
        ui.label(crate::t!("protect-recovery-help"));
        ui.add_space(10.0);
        ui.label(egui::RichText::new(key.expose()).monospace().size(22.0).strong());
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui.button(crate::t!("protect-copy-key")).clicked() {
                ui.ctx().copy_text(key.expose().to_string());
            }
            if ui.button(crate::t!("protect-kept-key")).clicked() {
                closed = true;
            }
        });
    });
    closed
}
