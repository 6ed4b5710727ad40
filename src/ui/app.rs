//! The app shell: navigation, status bar, welcome and error screens, and the command loop.

use super::Paths;
use super::command::Command;
use super::state::{AppState, STORAGE_KEY, View};
use super::views::{ViewContext, Views};
use crate::domain::{Activity, Member};
use crate::store::{OpenMode, Store, StoreError};
use chrono::NaiveDate;

/// The file on screen.
struct OpenFile {
    store: Store,
    is_demo: bool,
    set_up: bool,
}

/// The carecoop window.
pub struct CarecoopApp {
    state: AppState,
    paths: Paths,
    today: NaiveDate,
    /// The open file, or why it could not be opened (shown instead of the views).
    file: Result<OpenFile, String>,
    views: Views,
    commands: Vec<Command>,
    /// A short note for the status bar, e.g. after writing the demo.
    notice: Option<String>,
    applied_dark: Option<bool>,
    /// A full-screen change to send to the window on the next frame.
    fullscreen: Option<bool>,
}

fn open_file(path: &std::path::Path) -> Result<OpenFile, String> {
    let store = Store::open(path, OpenMode::CreateIfMissing).map_err(|e| e.to_string())?;
    let set_up = store.is_set_up().map_err(|e| e.to_string())?;
    let is_demo = store.is_demo().map_err(|e| e.to_string())?;
    Ok(OpenFile { store, is_demo, set_up })
}

impl CarecoopApp {
    /// Opens the user's data file. Errors (file busy, not a carecoop file, newer version) are
    /// shown in the window, never a panic.
    pub fn new(paths: Paths, state: AppState, today: NaiveDate) -> Self {
        let file = open_file(&paths.data);
        Self {
            state,
            paths,
            today,
            file,
            views: Views::new(today),
            commands: Vec::new(),
            notice: None,
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
        }
        egui::CentralPanel::default().show(ui, |ui| match &self.file {
            Err(message) => error_screen_ui(ui, message),
            Ok(file) if !file.set_up => welcome_ui(ui, &self.paths, &mut self.commands),
            Ok(file) => {
                let mut cx = ViewContext {
                    store: &file.store,
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
                        if file.store.path() != self.paths.data && ui.button("Leave the demo").clicked() {
                            self.commands.push(Command::LeaveDemo);
                        }
                        if ui
                            .button("Refresh the demo")
                            .on_hover_text("Write the demo again, dated around today")
                            .clicked()
                        {
                            self.commands.push(Command::RefreshDemo);
                        }
                        ui.separator();
                    }
                    ui.label(format!("Data file: {}", file.store.path().display()));
                }
                Err(_) => {
                    ui.label(format!("Data file: {}", self.paths.data.display()));
                }
            }
            if let Some(notice) = &self.notice {
                ui.separator();
                ui.label(notice);
            }
        });
    }

    fn apply(&mut self, command: Command) {
        match command {
            Command::ShowView(view) => self.state.view = view,
            Command::ToggleTheme => self.state.dark = !self.state.dark,
            Command::StartEmptyCoop => {
                if let Ok(file) = &mut self.file {
                    match file.store.write(|w| w.mark_set_up()) {
                        Ok(()) => file.set_up = true,
                        Err(e) => self.notice = Some(format!("Could not start the co-op: {e}")),
                    }
                }
            }
            Command::ExploreDemo => self.open_demo(self.paths.demo.clone(), false),
            Command::RefreshDemo => {
                let path = match &self.file {
                    Ok(file) if file.is_demo => file.store.path().to_path_buf(),
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
            Command::SaveMember(mut member) => {
                let name = member.name.clone();
                self.save(&format!("Saved {name}"), |w| w.put(&mut *member).map(drop));
            }
            Command::SetMemberArchived(id, archived) => {
                self.save(if archived { "Member archived" } else { "Member restored" }, |w| {
                    let mut m: Member = w
                        .get(id.0)?
                        .ok_or_else(|| StoreError::Conflict("that member no longer exists".into()))?;
                    m.archived = archived;
                    w.put(&mut m).map(drop)
                });
            }
            Command::SaveActivity(mut activity) => {
                let name = activity.name.clone();
                self.save(&format!("Saved {name}"), |w| w.put(&mut *activity).map(drop));
            }
            Command::SetActivityArchived(id, archived) => {
                self.save(if archived { "Activity archived" } else { "Activity restored" }, |w| {
                    let mut a: Activity = w
                        .get(id.0)?
                        .ok_or_else(|| StoreError::Conflict("that activity no longer exists".into()))?;
                    a.archived = archived;
                    w.put(&mut a).map(drop)
                });
            }
            Command::ImportMembers(mut plan) => {
                let summary = format!("Imported {}", plan.summary("members"));
                self.save(&summary, |w| plan.records_mut().try_for_each(|m| w.put(m).map(drop)));
            }
            Command::ImportActivities(mut plan) => {
                let summary = format!("Imported {}", plan.summary("activities"));
                self.save(&summary, |w| plan.records_mut().try_for_each(|a| w.put(a).map(drop)));
            }
            Command::SaveSettings(mut settings) => {
                self.save("Settings saved", |w| w.put(&mut *settings).map(drop));
            }
            Command::Intake(mut person, mut referral) => {
                let done = format!("Referral for {} saved ({})", person.name, person.reference);
                self.save(&done, |w| {
                    referral.person = crate::domain::PersonId(w.put(&mut *person)?);
                    w.put(&mut *referral).map(drop)
                });
            }
            Command::SavePerson(mut person) => {
                let done = format!("Saved {}", person.name);
                self.save(&done, |w| w.put(&mut *person).map(drop));
            }
            Command::SaveReferral(mut referral) => {
                self.save(&format!("Referral saved: {}", referral.status().label()), |w| {
                    w.put(&mut *referral).map(drop)
                });
            }
            Command::SaveContact(mut contact) => {
                self.save("Contact saved", |w| w.put(&mut *contact).map(drop));
            }
            Command::ErasePerson(person) => self.erase(person),
            Command::SaveAssessment(mut assessment) => {
                let done = match assessment.scored() {
                    Some(crate::domain::wellbeing::Scored::Incomplete { .. }) => {
                        "Assessment saved as incomplete (not scored)"
                    }
                    _ => "Assessment saved",
                };
                self.save(done, |w| w.put(&mut *assessment).map(drop));
            }
            Command::SetFullscreen(on) => self.fullscreen = Some(on),
            Command::NewSessions(series, mut sessions) => {
                let done = match &series {
                    Some(_) => format!("Booked a series of {} sessions", sessions.len()),
                    None => "Session booked".to_string(),
                };
                self.save(&done, |w| {
                    if let Some(mut series) = series {
                        let id = crate::domain::SeriesId(w.put(&mut *series)?);
                        sessions.iter_mut().for_each(|s| s.series = Some(id));
                    }
                    sessions.iter_mut().try_for_each(|s| w.put(s).map(drop))
                });
            }
            Command::SaveSession(mut session) => {
                self.save("Session saved", |w| w.put(&mut *session).map(drop));
            }
            Command::EditSeriesFrom(series, from, template) => {
                let today = self.today;
                self.save("Series updated from that date on", |w| {
                    for id in w.ids_in(crate::store::Index::SessionsBySeries, series.0)? {
                        let Some(mut s) = w.get::<crate::domain::Session>(id)? else { continue };
                        if s.date < from.max(today) {
                            continue;
                        }
                        s.start = template.start;
                        s.minutes = template.minutes;
                        s.members = template.members.clone();
                        s.venue = template.venue.clone();
                        s.capacity = template.capacity;
                        s.notes = template.notes.clone();
                        s.participants = template
                            .participants
                            .iter()
                            .map(|p| {
                                s.participants
                                    .iter()
                                    .find(|q| q.person == p.person)
                                    .cloned()
                                    .unwrap_or_else(|| p.clone())
                            })
                            .collect();
                        w.put(&mut s)?;
                    }
                    Ok(())
                });
            }
            Command::SaveFund(mut fund) => {
                let done = format!("Saved {}", fund.name);
                self.save(&done, |w| w.put(&mut *fund).map(drop));
            }
            Command::SaveAvailability(mut availability) => {
                self.save("Availability saved", |w| w.put(&mut *availability).map(drop));
            }
            Command::BookSuggestion(referral, suggestion) => {
                let today = self.today;
                self.save("Booked, and the referral is now matched", |w| {
                    crate::store::book_suggestion(w, referral, &suggestion, today).map(drop)
                });
            }
            Command::CancelSeriesFrom(series, from) => {
                let today = self.today;
                self.save("Series cancelled from that date on", |w| {
                    for id in w.ids_in(crate::store::Index::SessionsBySeries, series.0)? {
                        let Some(mut s) = w.get::<crate::domain::Session>(id)? else { continue };
                        if s.date >= from.max(today) && !s.cancelled {
                            s.cancelled = true;
                            w.put(&mut s)?;
                        }
                    }
                    Ok(())
                });
            }
            Command::SaveFile(path, bytes) => {
                self.notice = Some(match std::fs::write(&path, bytes) {
                    Ok(()) => format!("Saved {}", path.display()),
                    Err(e) => format!("Could not save {}: {e}", path.display()),
                });
            }
        }
    }

    /// Erases a person: the store is handed over, rewritten into a fresh file, and reopened.
    fn erase(&mut self, person: crate::domain::PersonId) {
        let Ok(file) = std::mem::replace(&mut self.file, Err("Erasing...".into())) else {
            return;
        };
        let (is_demo, set_up, path) = (file.is_demo, file.set_up, file.store.path().to_path_buf());
        match file.store.erase_person(person) {
            Ok((store, report)) => {
                self.file = Ok(OpenFile { store, is_demo, set_up });
                self.views = Views::new(self.today);
                self.state.view = View::People;
                self.notice = Some(format!(
                    "Person erased with {} referral(s), {} contact(s) and {} assessment(s); the file was compacted.",
                    report.referrals, report.contacts, report.assessments
                ));
            }
            Err(e) => {
                self.file = open_file(&path);
                self.notice = Some(format!("Not erased: {e}"));
            }
        }
    }

    /// Applies one user action in one write transaction and reports the outcome in the status
    /// bar: `done` on success, the store's message (and nothing changed) on failure.
    fn save(
        &mut self,
        done: &str,
        action: impl FnOnce(&mut crate::store::Writer<'_>) -> Result<(), StoreError>,
    ) {
        let Ok(file) = &self.file else { return };
        self.notice = Some(match file.store.write(action) {
            Ok(()) => done.to_string(),
            Err(e) => format!("Not saved: {e}"),
        });
    }

    /// Opens the demo's own file, writing the demo first when it is new (or `refresh`).
    fn open_demo(&mut self, path: std::path::PathBuf, refresh: bool) {
        // Close whatever is open first, so the demo file is never held twice.
        self.file = Err("Opening the demo co-op...".into());
        let needs_writing = refresh
            || match Store::open(&path, OpenMode::CreateIfMissing) {
                Ok(store) => !store.is_set_up().unwrap_or(false),
                Err(e) => {
                    self.file = Err(e.to_string());
                    return;
                }
            };
        if needs_writing && let Err(e) = crate::demo::write_demo_file(&path, self.today) {
            self.file = Err(format!("The demo co-op could not be written: {e}"));
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
        ui.label(format!("Keeps your records in {}", paths.data.display()));
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
