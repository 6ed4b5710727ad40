//! The app shell: navigation, status bar, welcome and error screens, and the command loop.

use super::Paths;
use super::command::Command;
use super::state::{AppState, STORAGE_KEY, View};
use super::views::{ViewContext, Views};
use crate::actions::Action;
use crate::data::{DataError, DataStore, OpenMode};
use chrono::NaiveDate;
use std::path::PathBuf;

/// The file on screen.
struct OpenFile {
    store: Box<dyn DataStore>,
    path: PathBuf,
    is_demo: bool,
    set_up: bool,
}

/// The carecoop window.
pub struct CarecoopApp {
    state: AppState,
    paths: Paths,
    today: NaiveDate,
    /// The open file, or why it could not be opened (shown instead of the views).
    file: Result<OpenFile, DataError>,
    views: Views,
    commands: Vec<Command>,
    /// What the last action did, for the status bar.
    notice: Option<String>,
    /// What went wrong, oldest first; the newest is shown until the user dismisses it.
    errors: Vec<String>,
    applied_dark: Option<bool>,
    /// A full-screen change to send to the window on the next frame.
    fullscreen: Option<bool>,
}

fn open_file(path: &std::path::Path) -> Result<OpenFile, DataError> {
    let store = crate::backends::open(path, OpenMode::CreateIfMissing)?;
    let set_up = store.is_set_up()?;
    let is_demo = store.is_demo()?;
    Ok(OpenFile { store, path: path.to_path_buf(), is_demo, set_up })
}

impl CarecoopApp {
    /// Opens the user's data file. Errors (file busy, not a carecoop file, newer version) are
    /// shown in the window, never a panic.
    pub fn new(paths: Paths, state: AppState, today: NaiveDate) -> Self {
        let file = open_file(&paths.data);
        Self::with_file(paths, state, today, file)
    }

    /// The window on a dataset opened elsewhere (another backend, or a test's), shown as
    /// `paths.data`.
    pub fn with_store(paths: Paths, state: AppState, today: NaiveDate, store: Box<dyn DataStore>) -> Self {
        let file = (|| {
            let (set_up, is_demo) = (store.is_set_up()?, store.is_demo()?);
            Ok(OpenFile { store, path: paths.data.clone(), is_demo, set_up })
        })();
        Self::with_file(paths, state, today, file)
    }

    fn with_file(paths: Paths, state: AppState, today: NaiveDate, file: Result<OpenFile, DataError>) -> Self {
        Self {
            state,
            paths,
            today,
            file,
            views: Views::new(today),
            commands: Vec::new(),
            notice: None,
            errors: Vec::new(),
            applied_dark: None,
            fullscreen: None,
        }
    }

    /// The persisted state (for tests and saving).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Draws one frame and then applies the commands the frame produced.
    pub fn app_ui(&mut self, ui: &mut egui::Ui) {
        if self.applied_dark != Some(self.state.dark) {
            ui.ctx().set_theme(if self.state.dark { egui::Theme::Dark } else { egui::Theme::Light });
            self.applied_dark = Some(self.state.dark);
        }
        if let Some(on) = self.fullscreen.take() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
        }
        let meeting = self.state.view == View::Wellbeing && self.views.wellbeing.in_meeting();
        if !meeting {
            self.shortcuts(ui.ctx());
        }
        let ready = matches!(&self.file, Ok(f) if f.set_up);
        if !meeting {
            egui::Panel::top("top_bar").show(ui, |ui| self.top_bar_ui(ui, ready));
            egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
            if !self.errors.is_empty() {
                // Its own row above the status bar, so a long message wraps instead of being
                // cut off, and Dismiss is always in reach.
                egui::Panel::bottom("error_bar").show(ui, |ui| self.error_bar_ui(ui));
            }
        }
        egui::CentralPanel::default().show(ui, |ui| match &self.file {
            Err(error) => error_screen_ui(ui, &super::error_chain(error)),
            Ok(file) if !file.set_up => welcome_ui(ui, &self.paths, &mut self.commands),
            Ok(file) => {
                let mut cx = ViewContext {
                    store: file.store.as_ref(),
                    today: self.today,
                    commands: &mut self.commands,
                    export_dir: self.paths.exports.as_deref(),
                };
                self.views.ui(ui, self.state.view, &mut cx);
            }
        });
        let commands = std::mem::take(&mut self.commands);
        for command in commands {
            self.apply(command);
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        // Ctrl+1 .. Ctrl+6.
        for (key, view) in super::DIGIT_KEYS[1..].iter().zip(View::ALL) {
            if ctx.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, *key)) {
                self.commands.push(Command::ShowView(view));
            }
        }
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui, ready: bool) {
        ui.horizontal(|ui| {
            ui.heading("carecoop");
            ui.separator();
            ui.add_enabled_ui(ready, |ui| {
                for (i, view) in View::ALL.into_iter().enumerate() {
                    let selected = self.state.view == view;
                    let button =
                        egui::Button::selectable(selected, egui::RichText::new(view.label()).size(16.0));
                    if ui.add(button).on_hover_text(format!("Ctrl+{}", i + 1)).clicked() {
                        self.commands.push(Command::ShowView(view));
                    }
                }
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let label = if self.state.dark { "Light theme" } else { "Dark theme" };
                if ui.button(label).clicked() {
                    self.commands.push(Command::ToggleTheme);
                }
                ui.add_enabled_ui(ready, |ui| {
                    let selected = self.state.view == View::Settings;
                    if ui.add(egui::Button::selectable(selected, "Settings")).clicked() {
                        self.commands.push(Command::ShowView(View::Settings));
                    }
                });
            });
        });
    }

    fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
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
                    if crate::backends::is_server(&file.path) {
                        ui.label(format!("Team server, connected as {}", file.store.location()));
                    } else {
                        ui.label(format!("Data file: {}", file.store.location()));
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
        });
    }

    /// The newest error (and how many more wait), until dismissed.
    fn error_bar_ui(&mut self, ui: &mut egui::Ui) {
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

    fn apply(&mut self, command: Command) {
        match command {
            Command::ShowView(view) => self.state.view = view,
            Command::ToggleTheme => self.state.dark = !self.state.dark,
            Command::StartEmptyCoop => {
                if self.act(Action::StartCoop)
                    && let Ok(file) = &mut self.file
                {
                    file.set_up = true;
                }
            }
            Command::ExploreDemo => self.open_demo(self.paths.demo.clone(), false),
            Command::RefreshDemo => {
                let path = match &self.file {
                    Ok(file) if file.is_demo && !crate::backends::is_server(&file.path) => file.path.clone(),
                    _ => self.paths.demo.clone(),
                };
                self.open_demo(path, true);
            }
            Command::LeaveDemo => {
                self.file = open_file(&self.paths.data);
                self.views = Views::new(self.today);
                self.notice = None;
            }
            Command::ShowWeek(day) => self.views.calendar.show_week(day),
            Command::SetFullscreen(on) => self.fullscreen = Some(on),
            Command::SaveFile(path, bytes) => match std::fs::write(&path, bytes) {
                Ok(()) => self.notice = Some(format!("Saved {}", path.display())),
                Err(e) => self.errors.push(format!("Could not save {}: {e}", path.display())),
            },
            Command::ShowError(message) => self.errors.push(message),
            Command::DismissError => {
                self.errors.pop();
            }
            Command::Do(action) => {
                self.act(action);
            }
        }
    }

    /// Applies one user action (one transaction) and reports the outcome: what was done in
    /// the status bar, or the error (nothing changed) until it is dismissed. True when done.
    fn act(&mut self, action: Action) -> bool {
        let Ok(file) = &mut self.file else { return false };
        let erases = matches!(action, Action::ErasePerson(_));
        let result = crate::actions::apply(file.store.as_mut(), action, self.today);
        let gone = matches!(result, Ok(_) | Err(DataError::ErasedNotScrubbed { .. }));
        if erases && gone {
            // The person's page shows someone who no longer exists.
            self.views = Views::new(self.today);
            self.state.view = View::People;
        }
        match result {
            Ok(done) => {
                self.notice = Some(done.message);
                true
            }
            Err(e) => {
                let said = if matches!(e, DataError::ErasedNotScrubbed { .. }) { "" } else { "Not saved: " };
                self.errors.push(format!("{said}{}", super::error_chain(&e)));
                if erases {
                    // An erasure rewrites the file: whatever happened, open it afresh.
                    let path = file.path.clone();
                    self.file = Err(DataError::conflict("the data file is being reopened"));
                    self.file = open_file(&path);
                }
                false
            }
        }
    }

    /// Opens the demo's own file, writing the demo first when it is new (or `refresh`).
    fn open_demo(&mut self, path: std::path::PathBuf, refresh: bool) {
        // Close whatever is open first, so the demo file is never held twice.
        self.file = Err(DataError::conflict("the demo co-op is being opened"));
        let needs_writing = refresh
            || match crate::backends::open(&path, OpenMode::CreateIfMissing) {
                Ok(store) => match store.is_set_up() {
                    Ok(set_up) => !set_up,
                    Err(e) => {
                        self.file = Err(e);
                        return;
                    }
                },
                Err(e) => {
                    self.file = Err(e);
                    return;
                }
            };
        if needs_writing && let Err(e) = crate::demo::write_demo_file(&path, self.today) {
            self.errors.push(format!("The demo co-op could not be written: {}", super::error_chain(&e)));
            self.file = open_file(&self.paths.data);
            return;
        }
        self.file = open_file(&path);
        self.views = Views::new(self.today);
        self.notice = needs_writing.then(|| format!("Demo co-op written to {}", path.display()));
    }
}

impl eframe::App for CarecoopApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.state);
    }
}

fn welcome_ui(ui: &mut egui::Ui, paths: &Paths, commands: &mut Vec<Command>) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.15);
        ui.heading(egui::RichText::new("Welcome to carecoop").size(30.0));
        ui.add_space(8.0);
        ui.label("Members, people, referrals, sessions and wellbeing for your co-op, in one file on this computer.");
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
    });
}

fn error_screen_ui(ui: &mut egui::Ui, message: &str) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.2);
        ui.heading("This data file cannot be opened");
        ui.add_space(12.0);
        ui.label(egui::RichText::new(message).size(16.0).color(ui.visuals().error_fg_color));
        ui.add_space(12.0);
        ui.label("Nothing in the file was changed. Close the other window, or start carecoop with --data FILE to open another file.");
    });
}
