//! Undo and redo in the window: Ctrl+Z and Ctrl+Shift+Z (when no text field has the keyboard,
//! where they edit the text) and the status bar's buttons, each one action, one transaction.

use super::{CarecoopApp, Sent};
use crate::actions::{Action, UndoStep};
use crate::ui::command::Command;

impl CarecoopApp {
    /// Ctrl+Z and Ctrl+Shift+Z, unless a text field is being typed in.
    pub(super) fn undo_shortcuts(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        let shift = egui::Modifiers::COMMAND | egui::Modifiers::SHIFT;
        if ctx.input_mut(|i| i.consume_key(shift, egui::Key::Z)) {
            self.commands.push(Command::Redo);
        } else if ctx.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Z)) {
            self.commands.push(Command::Undo);
        }
    }

    /// The status bar's Undo and Redo buttons, naming the action (drawn right to left:
    /// Redo at the edge, Undo before it).
    pub(super) fn undo_buttons_ui(&mut self, ui: &mut egui::Ui) {
        let (undo, redo) =
            (self.undo.undo_label().map(str::to_string), self.undo.redo_label().map(str::to_string));
        if undo.is_none() && redo.is_none() {
            return;
        }
        if let Some(label) = redo
            && ui.button(crate::t!("app-redo-named", action = label)).on_hover_text("Ctrl+Shift+Z").clicked()
        {
            self.commands.push(Command::Redo);
        }
        if let Some(label) = undo
            && ui.button(crate::t!("app-undo-named", action = label)).on_hover_text("Ctrl+Z").clicked()
        {
            self.commands.push(Command::Undo);
        }
    }

    /// Sends the undo (or redo) of the newest step as one action.
    pub(super) fn undo_command(&mut self, back: bool) {
        let step = if back { self.undo.take_undo() } else { self.undo.take_redo() };
        let Some(step) = step else {
            self.notice =
                Some(if back { crate::t!("app-nothing-to-undo") } else { crate::t!("app-nothing-to-redo") });
            return;
        };
        let boxed = Box::new(step);
        self.act(if back { Action::Undo(boxed) } else { Action::Redo(boxed) });
    }

    /// Keeps what an action did for undo, once it is done.
    pub(super) fn remember_for_undo(&mut self, sent: &Sent, step: Option<UndoStep>) {
        match sent {
            Sent::Undo(step) => self.undo.undone((**step).clone()),
            Sent::Redo(step) => self.undo.redone((**step).clone()),
            Sent::Erase => self.undo.clear(),
            _ => {
                if let Some(step) = step
                    && !self.undo.push(step)
                {
                    self.notice = self.notice.take().map(|n| crate::t!("app-too-large-to-undo", notice = n));
                }
            }
        }
    }
}
