//! The screens shown instead of the views: the welcome screen (start a co-op, explore the
//! demo, connect to the co-op's server) and the screen for data that cannot be opened.

use super::Paths;
use super::command::Command;
use super::team_ui::ConnectForm;

/// The welcome screen, for a dataset that holds no co-op yet (`on_server`: a server's).
pub(super) fn welcome_ui(
    ui: &mut egui::Ui,
    paths: &Paths,
    on_server: bool,
    connect: &mut ConnectForm,
    commands: &mut Vec<Command>,
) {
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.1);
            ui.heading(egui::RichText::new("Welcome to carecoop").size(30.0));
            ui.add_space(8.0);
            ui.label(if on_server {
                "This database on the co-op's server holds no co-op yet."
            } else {
                "Members, people, referrals, sessions and wellbeing for your co-op, in one file on this computer."
            });
            ui.add_space(24.0);
            let size = egui::vec2(320.0, 48.0);
            if ui.add(egui::Button::new(egui::RichText::new("Start an empty co-op").size(18.0)).min_size(size)).clicked() {
                commands.push(Command::StartEmptyCoop);
            }
            ui.label(format!("Keeps your records in {}", crate::backends::describe(&paths.data)));
            ui.add_space(16.0);
            if ui.add(egui::Button::new(egui::RichText::new("Explore the demo co-op").size(18.0)).min_size(size)).clicked() {
                commands.push(Command::ExploreDemo);
            }
            ui.label(format!(
                "A fictional Perthshire co-op, kept in its own file ({}) and never mixed with your data.",
                paths.demo.display()
            ));
            ui.add_space(16.0);
            if connect.open {
                connect.ui(ui, commands);
            } else {
                let button = egui::Button::new(egui::RichText::new("Connect to the co-op's server").size(18.0));
                if ui.add(button.min_size(size)).clicked() {
                    commands.push(Command::ShowConnectForm(true));
                }
                ui.label("Work with your team on one shared caseload (team mode).");
            }
        });
    });
}

/// Why the data cannot be opened, with nothing changed.
pub(super) fn error_screen_ui(ui: &mut egui::Ui, message: &str) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.2);
        ui.heading("This data file cannot be opened");
        ui.add_space(12.0);
        ui.label(egui::RichText::new(message).size(16.0).color(ui.visuals().error_fg_color));
        ui.add_space(12.0);
        ui.label("Nothing in the file was changed. Close the other window, or start carecoop with --data FILE to open another file.");
    });
}
