//! The window shown when a save meets someone else's change (team mode): whose change it
//! was, and field by field their value against the one being saved. The user keeps theirs
//! (the views show the record as stored now) or applies their own changes on top of it.

use super::command::Command;
use crate::actions::Action;
use crate::data::ChangedSince;

/// A save refused because the record changed since the form read it.
#[derive(Debug, Clone)]
pub struct Conflict {
    /// Who changed what.
    pub changed: ChangedSince,
    /// The record as the form read it.
    pub read: crate::actions::AsRead,
    /// The save as the user made it, without its guard, to apply on top if they choose.
    pub save: Action,
}

impl Conflict {
    /// Draws the window; the user's choice goes to `commands`.
    pub fn ui(&self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        egui::Window::new(crate::t!("app-conflict-title"))
            .id(egui::Id::unique("conflict_window"))
            .collapsible(false)
            .resizable(true)
            .default_width(560.0)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.add(egui::Label::new(self.changed.to_string()).wrap());
                ui.add_space(6.0);
                if self.changed.differences.is_empty() {
                    ui.label(if self.changed.gone {
                        crate::t!("app-conflict-gone")
                    } else {
                        crate::t!("app-conflict-hidden-fields")
                    });
                } else {
                    egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
                        egui::Grid::new("conflict_fields")
                            .striped(true)
                            .num_columns(3)
                            .spacing([16.0, 4.0])
                            .show(ui, |ui| {
                                ui.strong(crate::t!("app-conflict-field"));
                                ui.strong(crate::t!("app-conflict-theirs"));
                                ui.strong(crate::t!("app-conflict-yours"));
                                ui.end_row();
                                for (field, theirs, yours) in &self.changed.differences {
                                    ui.label(field);
                                    ui.add(egui::Label::new(theirs).wrap());
                                    ui.add(egui::Label::new(yours).wrap());
                                    ui.end_row();
                                }
                            });
                    });
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui
                        .button(crate::t!("app-conflict-keep-theirs"))
                        .on_hover_text(crate::t!("app-conflict-keep-theirs-hint"))
                        .clicked()
                    {
                        commands.push(Command::ResolveConflict(false));
                    }
                    if !self.changed.gone
                        && ui
                            .button(crate::t!("app-conflict-on-top"))
                            .on_hover_text(crate::t!("app-conflict-on-top-hint"))
                            .clicked()
                    {
                        commands.push(Command::ResolveConflict(true));
                    }
                });
            });
    }
}
