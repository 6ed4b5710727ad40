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
            ui.heading(egui::RichText::new(crate::t!("app-welcome-title")).size(30.0));
            ui.add_space(8.0);
            ui.label(if on_server {
                crate::t!("app-welcome-server-empty")
            } else {
                crate::t!("app-welcome-intro")
            });
            ui.add_space(24.0);
            let size = egui::vec2(320.0, 48.0);
            if ui
                .add(
                    egui::Button::new(egui::RichText::new(crate::t!("app-welcome-start")).size(18.0))
                        .min_size(size),
                )
                .clicked()
            {
                commands.push(Command::StartEmptyCoop);
            }
            ui.label(crate::t!("app-welcome-keeps-in", path = crate::backends::describe(&paths.data)));
            ui.add_space(16.0);
            if ui
                .add(
                    egui::Button::new(egui::RichText::new(crate::t!("app-welcome-explore")).size(18.0))
                        .min_size(size),
                )
                .clicked()
            {
                commands.push(Command::ExploreDemo);
            }
            ui.label(crate::t!("app-welcome-demo-about", path = paths.demo.display().to_string()));
            ui.add_space(16.0);
            if connect.open {
                connect.ui(ui, commands);
            } else {
                let button =
                    egui::Button::new(egui::RichText::new(crate::t!("team-connect-title")).size(18.0));
                if ui.add(button.min_size(size)).clicked() {
                    commands.push(Command::ShowConnectForm(true));
                }
                ui.label(crate::t!("app-welcome-team"));
            }
        });
    });
}

/// Why the data cannot be opened, with nothing changed.
pub(super) fn error_screen_ui(ui: &mut egui::Ui, message: &str) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.2);
        ui.heading(crate::t!("app-cannot-open-title"));
        ui.add_space(12.0);
        ui.label(egui::RichText::new(message).size(16.0).color(ui.visuals().error_fg_color));
        ui.add_space(12.0);
        ui.label(crate::t!("app-cannot-open-help"));
    });
}
