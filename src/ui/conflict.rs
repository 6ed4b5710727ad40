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
        egui::Window::new("Someone else changed this")
            .collapsible(false)
            .resizable(true)
            .default_width(560.0)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.add(egui::Label::new(self.changed.to_string()).wrap());
                ui.add_space(6.0);
                if self.changed.differences.is_empty() {
                    ui.label(if self.changed.gone {
                        "It no longer exists, so there is nothing to save over."
                    } else {
                        "Their change is in fields this form does not show."
                    });
                } else {
                    egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
                        egui::Grid::new("conflict_fields").striped(true).num_columns(3).spacing([16.0, 4.0]).show(
                            ui,
                            |ui| {
                                ui.strong("Field");
                                ui.strong("Their version (saved)");
                                ui.strong("Your version (not saved)");
                                ui.end_row();
                                for (field, theirs, yours) in &self.changed.differences {
                                    ui.label(field);
                                    ui.add(egui::Label::new(theirs).wrap());
                                    ui.add(egui::Label::new(yours).wrap());
                                    ui.end_row();
                                }
                            },
                        );
                    });
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Keep their version").on_hover_text("Show the record as it is saved now").clicked() {
                        commands.push(Command::ResolveConflict(false));
                    }
                    if !self.changed.gone
                        && ui
                            .button("Apply my changes on top")
                            .on_hover_text(
                                "Save their version with the fields you changed set to yours; the fields only they changed keep theirs",
                            )
                            .clicked()
                    {
                        commands.push(Command::ResolveConflict(true));
                    }
                });
            });
    }
}
