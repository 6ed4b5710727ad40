//! The status bar and the error bar.

use super::{Backend, CarecoopApp};
use crate::team::LinkState;
use crate::ui::command::Command;
use std::time::Duration;

impl CarecoopApp {
    /// The status bar: what is open, what the last action did, and Undo and Redo.
    pub(super) fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            match &self.file {
                Ok(file) => {
                    if file.is_demo {
                        ui.label(
                            egui::RichText::new("Demo co-op").strong().color(ui.visuals().warn_fg_color),
                        );
                        if file.path != self.paths.data && ui.button("Leave the demo").clicked() {
                            self.commands.push(Command::LeaveDemo);
                        }
                        // A demo on a shared server is never rewritten from one window.
                        if !crate::backends::is_server(&file.path)
                            && ui
                                .button("Refresh the demo")
                                .on_hover_text("Write the demo again, dated around today")
                                .clicked()
                        {
                            self.commands.push(Command::RefreshDemo);
                        }
                        ui.separator();
                    }
                    match &file.backend {
                        Backend::Team(team) => {
                            let read_only = team.link.role() == Some(crate::team::Role::Viewer);
                            let how = match team.link.state() {
                                LinkState::Ready => "connected as",
                                LinkState::Lost { .. } => "connection lost, reconnecting as",
                                _ => "connecting as",
                            };
                            ui.label(format!(
                                "Team server, {how} {}{}",
                                team.link.display(),
                                if read_only { " (read only)" } else { "" }
                            ));
                            if team.waiting.iter().any(|w| w.sent.elapsed() > Duration::from_millis(100)) {
                                ui.separator();
                                ui.add(egui::Spinner::new());
                                ui.label("Saving...");
                            }
                        }
                        Backend::Local(store) => {
                            ui.label(format!("Data file: {}", store.location()));
                        }
                    }
                }
                Err(_) => {
                    ui.label(format!("Data: {}", crate::backends::describe(&self.paths.data)));
                }
            }
            if let Some(notice) = &self.notice {
                ui.separator();
                ui.label(notice);
            }
            self.undo_buttons_ui(ui);
        });
    }

    /// The newest error (and how many more wait), until dismissed.
    pub(super) fn error_bar_ui(&mut self, ui: &mut egui::Ui) {
        let Some(error) = self.errors.last() else { return };
        ui.horizontal(|ui| {
            if ui.button("Dismiss").clicked() {
                self.commands.push(Command::DismissError);
            }
            if self.errors.len() > 1 {
                ui.label(format!("({} more)", self.errors.len() - 1));
            }
            ui.add(egui::Label::new(egui::RichText::new(error).color(ui.visuals().error_fg_color)).wrap());
        });
    }
}
