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
                            egui::RichText::new(crate::t!("app-demo-badge"))
                                .strong()
                                .color(ui.visuals().warn_fg_color),
                        );
                        if file.path != self.paths.data && ui.button(crate::t!("app-demo-leave")).clicked() {
                            self.commands.push(Command::LeaveDemo);
                        }
                        // A demo on a shared server is never rewritten from one window.
                        if !crate::backends::is_server(&file.path)
                            && ui
                                .button(crate::t!("app-demo-refresh"))
                                .on_hover_text(crate::t!("app-demo-refresh-hint"))
                                .clicked()
                        {
                            self.commands.push(Command::RefreshDemo);
                        }
                        ui.separator();
                    }
                    match &file.backend {
                        Backend::Team(team) => {
                            let read_only = team.link.role() == Some(crate::team::Role::Viewer);
                            let user = team.link.display();
                            let readonly =
                                if read_only { crate::t!("app-team-read-only") } else { String::new() };
                            ui.label(match team.link.state() {
                                LinkState::Ready => {
                                    crate::t!("app-team-connected", user = user, readonly = readonly)
                                }
                                LinkState::Lost { .. } => {
                                    crate::t!("app-team-lost", user = user, readonly = readonly)
                                }
                                _ => crate::t!("app-team-connecting", user = user, readonly = readonly),
                            });
                            if team.waiting.iter().any(|w| w.sent.elapsed() > Duration::from_millis(100)) {
                                ui.separator();
                                ui.add(egui::Spinner::new());
                                ui.label(crate::t!("app-saving"));
                            }
                        }
                        Backend::Local(store) => {
                            ui.label(crate::t!("app-data-file", location = store.location()));
                        }
                    }
                }
                Err(_) => {
                    ui.label(crate::t!("app-data", location = crate::backends::describe(&self.paths.data)));
                }
            }
            // From the right: the undo buttons, then the latest notice in the room left,
            // cut short (whole on hover) rather than pushed out of the window.
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                self.undo_buttons_ui(ui);
                if let Some(notice) = self.notice.clone() {
                    ui.add(egui::Label::new(notice.as_str()).truncate()).on_hover_text(notice.as_str());
                    ui.separator();
                }
            });
        });
    }

    /// The newest error (and how many more wait), until dismissed.
    pub(super) fn error_bar_ui(&mut self, ui: &mut egui::Ui) {
        let Some(error) = self.errors.last() else { return };
        ui.horizontal(|ui| {
            if ui.button(crate::t!("app-dismiss")).clicked() {
                self.commands.push(Command::DismissError);
            }
            if self.errors.len() > 1 {
                let more: usize = self.errors.len() - 1;
                ui.label(crate::t!("app-errors-more", count = more));
            }
            ui.add(egui::Label::new(egui::RichText::new(error).color(ui.visuals().error_fg_color)).wrap());
        });
    }
}
