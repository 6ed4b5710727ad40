//! The app shell: navigation, status bar, welcome and error screens, and the command loop.

use super::Paths;
use super::command::Command;
use super::conflict::Conflict;
use super::screens::{error_screen_ui, welcome_ui};
use super::state::{AppState, View};
use super::team_ui::ConnectForm;
use super::views::{ViewContext, Views};
use crate::actions::Action;
use crate::data::{DataError, DataStore, OpenMode, Reads};
use crate::team::{LinkState, TeamLink};
use chrono::NaiveDate;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

mod backups;
mod bars;
mod undo;

/// Where the data on screen comes from.
enum Backend {
    /// A file (or a test's store): local, read and written on this thread.
    Local(Box<dyn DataStore>),
    /// The co-op's server: actions go to a worker thread, views read its in-memory copy.
    Team(TeamWindow),
}

/// A team window's link and the actions it is waiting to hear about.
struct TeamWindow {
    link: TeamLink,
    waiting: Vec<Waiting>,
    /// The copy's generation when the set-up and demo flags were last read from it.
    flags_read: Option<u64>,
}

/// An action sent to the server, not yet answered.
struct Waiting {
    ticket: u64,
    sent: Instant,
    sent_action: Sent,
}

/// What the window must remember about an action until its outcome arrives.
#[derive(Debug, Clone)]
enum Sent {
    /// Starting an empty co-op (the welcome screen goes when it is done).
    StartCoop,
    /// An erasure (the person's page closes).
    Erase,
    /// A save guarded against others' changes: kept to offer applying it on top.
    Guarded(Box<(crate::actions::AsRead, Action)>),
    /// A save from a form without a guard (a new record, a contact; reopened as typed if it
    /// fails).
    Form(Box<Action>),
    /// A note for the audit trail (a page opened, an export made).
    Note,
    /// Taking a step back.
    Undo(Box<crate::actions::UndoStep>),
    /// Doing a step again.
    Redo(Box<crate::actions::UndoStep>),
    /// Anything else.
    Other,
}

impl Sent {
    fn of(action: &Action) -> Sent {
        match action {
            Action::StartCoop => Sent::StartCoop,
            Action::ErasePerson(_) | Action::ErasePeople(_) => Sent::Erase,
            Action::IfUnchanged(read, save) => Sent::Guarded(Box::new(((**read).clone(), (**save).clone()))),
            Action::SaveMember(_)
            | Action::SaveActivity(_)
            | Action::SaveFund(_)
            | Action::SavePerson(_)
            | Action::SaveContact(_)
            | Action::SaveAssessment(_) => Sent::Form(Box::new(action.clone())),
            Action::RecordView(_) | Action::RecordExport(..) => Sent::Note,
            Action::Undo(step) => Sent::Undo(step.clone()),
            Action::Redo(step) => Sent::Redo(step.clone()),
            _ => Sent::Other,
        }
    }
}

/// The data on screen.
struct OpenFile {
    backend: Backend,
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
    /// The language the views were last drawn in.
    applied_lang: Option<crate::i18n::Lang>,
    /// A full-screen change to send to the window on the next frame.
    fullscreen: Option<bool>,
    /// A save refused because someone else changed the record, until the user answers.
    conflict: Option<Conflict>,
    /// The welcome screen's form for connecting to a server.
    connect: ConnectForm,
    /// The window's context, once known, for the server's worker to wake it.
    waker: Arc<OnceLock<egui::Context>>,
    /// The passphrase being typed for a protected file.
    unlock: super::protect_ui::UnlockForm,
    /// A new recovery key, shown until the user says they have kept it.
    recovery: Option<crate::data::Secret>,
    /// Backups being written, and the folder's list.
    backups: super::backups::Backups,
    /// Whether this window backs its data file up (a real window does; tests choose).
    backups_on: bool,
    /// This session's actions, to undo and redo.
    undo: super::undo::UndoStack,
}

/// Opens a file on this thread, or starts connecting to a server (without waiting).
fn open_file(
    path: &std::path::Path,
    waker: &Arc<OnceLock<egui::Context>>,
    secret: Option<&crate::data::Secret>,
) -> Result<OpenFile, DataError> {
    if let Some(url) = path.to_str().filter(|_| crate::backends::is_server(path)) {
        let waker = waker.clone();
        let link = TeamLink::open(url, move || {
            if let Some(ctx) = waker.get() {
                ctx.request_repaint();
            }
        });
        let path = PathBuf::from(crate::backends::describe(path));
        let team = TeamWindow { link, waiting: Vec::new(), flags_read: None };
        return Ok(OpenFile { backend: Backend::Team(team), path, is_demo: false, set_up: false });
    }
    let store = crate::backends::open_with(path, OpenMode::CreateIfMissing, secret)?;
    let set_up = store.is_set_up()?;
    let is_demo = store.is_demo()?;
    Ok(OpenFile { backend: Backend::Local(store), path: path.to_path_buf(), is_demo, set_up })
}

impl CarecoopApp {
    /// Opens the user's data file. Errors (file busy, not a carecoop file, newer version) are
    /// shown in the window, never a panic.
    pub fn new(paths: Paths, state: AppState, today: NaiveDate) -> Self {
        let waker = Arc::new(OnceLock::new());
        let file = open_file(&paths.data, &waker, None);
        let mut app = Self::with_file(paths, state, today, file);
        app.waker = waker;
        app.backups_on = true;
        app
    }

    /// Turns the window's own backups on or off (on for a window opened with [`Self::new`]).
    pub fn with_backups(mut self, on: bool) -> Self {
        self.backups_on = on;
        self
    }

    /// The window on a dataset opened elsewhere (another backend, or a test's), shown as
    /// `paths.data`.
    pub fn with_store(paths: Paths, state: AppState, today: NaiveDate, store: Box<dyn DataStore>) -> Self {
        let file = (|| {
            let (set_up, is_demo) = (store.is_set_up()?, store.is_demo()?);
            Ok(OpenFile { backend: Backend::Local(store), path: paths.data.clone(), is_demo, set_up })
        })();
        Self::with_file(paths, state, today, file)
    }

    fn with_file(paths: Paths, state: AppState, today: NaiveDate, file: Result<OpenFile, DataError>) -> Self {
        let connect = ConnectForm::from_url(state.server.as_deref());
        Self {
            conflict: None,
            connect,
            waker: Arc::new(OnceLock::new()),
            state,
            paths,
            today,
            file,
            views: Views::new(today),
            commands: Vec::new(),
            notice: None,
            errors: Vec::new(),
            applied_dark: None,
            applied_lang: None,
            fullscreen: None,
            unlock: Default::default(),
            recovery: None,
            backups: Default::default(),
            backups_on: false,
            undo: Default::default(),
        }
    }

    /// True while a team window waits for the server: no copy of the co-op yet, or actions
    /// sent and not yet answered (for tests and benchmarks).
    pub fn waiting_for_server(&self) -> bool {
        match &self.file {
            Ok(OpenFile { backend: Backend::Team(team), .. }) => {
                team.link.replica().is_none() || !team.waiting.is_empty()
            }
            _ => false,
        }
    }

    /// Uses `lang` for the interface from the next frame (`None`: the system's), as
    /// Settings → Language does.
    pub fn set_language(&mut self, lang: Option<crate::i18n::Lang>) {
        self.state.language = lang;
    }

    /// Shows `view`, as its navigation button does.
    pub fn show_view(&mut self, view: View) {
        self.state.view = view;
    }

    /// The persisted state (for tests and saving).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Puts this frame in the chosen language. On a switch the views start afresh, so
    /// nothing they worked out and kept (a table's rows, a chart) stays in the old language.
    fn apply_language(&mut self) {
        let lang = self.state.language.unwrap_or_else(crate::i18n::default_lang);
        crate::i18n::set_current(lang);
        if self.applied_lang != Some(lang) {
            if self.applied_lang.is_some() {
                self.views = Views::new(self.today);
                // A notice is in the old language; the next one will be in the new.
                self.notice = None;
            }
            self.applied_lang = Some(lang);
        }
    }

    /// Draws one frame and then applies the commands the frame produced.
    pub fn app_ui(&mut self, ui: &mut egui::Ui) {
        self.waker.get_or_init(|| ui.ctx().clone());
        self.apply_language();
        self.hear_from_server(ui.ctx());
        if self.applied_dark != Some(self.state.dark) {
            ui.ctx().set_theme(if self.state.dark { egui::Theme::Dark } else { egui::Theme::Light });
            self.applied_dark = Some(self.state.dark);
        }
        if let Some(on) = self.fullscreen.take() {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
        }
        self.backups_tick(ui.ctx());
        let meeting = self.state.view == View::Wellbeing && self.views.wellbeing.in_meeting();
        if !meeting {
            self.shortcuts(ui.ctx());
            self.undo_shortcuts(ui.ctx());
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
            if let Ok(OpenFile { backend: Backend::Team(team), .. }) = &self.file
                && let (LinkState::Lost { error, retry_at }, Some(_)) =
                    (team.link.state(), team.link.replica())
            {
                egui::Panel::top("lost_banner")
                    .show(ui, |ui| super::team_ui::lost_banner_ui(ui, &error, retry_at, &mut self.commands));
            }
        }
        let replica = match &self.file {
            Ok(OpenFile { backend: Backend::Team(team), .. }) => team.link.replica(),
            _ => None,
        };
        egui::CentralPanel::default().show(ui, |ui| match &self.file {
            Err(e @ (DataError::Locked { path } | DataError::WrongPassphrase { path })) => {
                let wrong = matches!(e, DataError::WrongPassphrase { .. });
                self.unlock.ui(ui, path, wrong, &mut self.commands);
            }
            Err(error) => error_screen_ui(ui, &super::error_chain(error)),
            Ok(file) => {
                let store: &dyn DataStore = match (&file.backend, &replica) {
                    (Backend::Local(store), _) => store.as_ref(),
                    (Backend::Team(_), Some(replica)) => replica.as_ref(),
                    (Backend::Team(team), None) => {
                        let state = team.link.state();
                        return super::team_ui::waiting_ui(ui, &state, team.link.display(), &mut self.commands);
                    }
                };
                if !file.set_up {
                    let server = matches!(file.backend, Backend::Team(_));
                    return welcome_ui(ui, &self.paths, server, &mut self.connect, &mut self.commands);
                }
                let mut cx = ViewContext {
                    store,
                    today: self.today,
                    commands: &mut self.commands,
                    export_dir: self.paths.exports.as_deref(),
                    read_only: matches!(&file.backend, Backend::Team(t) if t.link.role() == Some(crate::team::Role::Viewer)),
                    local_file: matches!(file.backend, Backend::Local(_)),
                    coordinator: match &file.backend {
                        Backend::Local(_) => true,
                        Backend::Team(t) => t.link.role() == Some(crate::team::Role::Coordinator),
                    },
                    backups: match &file.backend {
                        Backend::Local(store) if !file.is_demo => Some(super::views::BackupsShown {
                            data: &file.path,
                            prefs: &self.state.backups,
                            listed: &self.backups.listed,
                            busy: self.backups.busy(),
                            protected: store.is_protected(),
                        }),
                        _ => None,
                    },
                };
                self.views.ui(ui, self.state.view, &mut cx);
            }
        });
        if let Some(conflict) = &self.conflict {
            conflict.ui(ui.ctx(), &mut self.commands);
        }
        if let Some(key) = &self.recovery
            && super::protect_ui::recovery_window_ui(ui.ctx(), key)
        {
            self.recovery = None;
        }
        let commands = std::mem::take(&mut self.commands);
        for command in commands {
            self.apply(command);
        }
    }

    /// Takes in what the server's worker has done since the last frame: the outcome of each
    /// action sent, and whether the co-op on the server is set up and the demo.
    fn hear_from_server(&mut self, ctx: &egui::Context) {
        let Ok(OpenFile { backend: Backend::Team(team), set_up, is_demo, .. }) = &mut self.file else {
            return;
        };
        // The flags change only with the copy: read them when its generation moves.
        if let Some(replica) = team.link.replica()
            && team.flags_read != Some(replica.generation())
        {
            team.flags_read = Some(replica.generation());
            *set_up = replica.is_set_up().unwrap_or(*set_up);
            *is_demo = replica.is_demo().unwrap_or(*is_demo);
        }
        let mut finished = Vec::new();
        for outcome in team.link.outcomes() {
            if let Some(at) = team.waiting.iter().position(|w| w.ticket == outcome.ticket) {
                finished.push((team.waiting.remove(at).sent_action, outcome.result));
            }
        }
        // Keep the spinner turning and the reconnection countdown current.
        if !team.waiting.is_empty() || !matches!(team.link.state(), LinkState::Ready) {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        for (sent, result) in finished {
            self.finish(sent, result);
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        // Ctrl+1 .. Ctrl+7.
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
                let label =
                    if self.state.dark { crate::t!("app-theme-light") } else { crate::t!("app-theme-dark") };
                if ui.button(label).clicked() {
                    self.commands.push(Command::ToggleTheme);
                }
                ui.add_enabled_ui(ready, |ui| {
                    let selected = self.state.view == View::Settings;
                    if ui.add(egui::Button::selectable(selected, View::Settings.label())).clicked() {
                        self.commands.push(Command::ShowView(View::Settings));
                    }
                });
            });
        });
    }

    fn apply(&mut self, command: Command) {
        match command {
            Command::ShowView(view) => self.state.view = view,
            Command::ToggleTheme => self.state.dark = !self.state.dark,
            Command::StartEmptyCoop => self.act(Action::StartCoop),
            Command::ExploreDemo => self.open_demo(self.paths.demo.clone(), false),
            Command::RefreshDemo => {
                let path = match &self.file {
                    Ok(file) if file.is_demo && !crate::backends::is_server(&file.path) => file.path.clone(),
                    _ => self.paths.demo.clone(),
                };
                self.open_demo(path, true);
            }
            Command::LeaveDemo => {
                self.file = open_file(&self.paths.data, &self.waker, None);
                self.views = Views::new(self.today);
                self.undo.clear();
                self.notice = None;
            }
            Command::ShowWeek(day) => self.views.calendar.show_week(day),
            Command::SetLanguage(lang) => self.set_language(lang),
            Command::SetFullscreen(on) => self.fullscreen = Some(on),
            Command::SaveFile(path, bytes) => match std::fs::write(&path, bytes) {
                Ok(()) => self.notice = Some(crate::t!("app-saved-file", path = path.display().to_string())),
                Err(e) => self.errors.push(crate::t!(
                    "app-save-file-failed",
                    path = path.display().to_string(),
                    error = e.to_string()
                )),
            },
            Command::ShowError(message) => self.errors.push(message),
            Command::DismissError => {
                self.errors.pop();
            }
            Command::Do(action) => self.act(action),
            Command::ConnectServer(url) => {
                let shown = crate::backends::describe(std::path::Path::new(&url));
                // Close whatever is open first (a file is never held twice).
                self.file = Err(DataError::conflict("connecting to the co-op's server"));
                self.file = open_file(std::path::Path::new(&url), &self.waker, None);
                self.state.server = Some(shown);
                self.connect.open = false;
                self.views = Views::new(self.today);
                self.undo.clear();
                self.notice = None;
            }
            Command::Unlock(secret) => {
                if let Err(DataError::Locked { path } | DataError::WrongPassphrase { path }) = &self.file {
                    let path = path.clone();
                    self.file = Err(DataError::conflict("the data file is being unlocked"));
                    self.file = open_file(&path, &self.waker, Some(&secret));
                }
            }
            Command::RetryConnection => {
                if let Ok(OpenFile { backend: Backend::Team(team), .. }) = &self.file {
                    team.link.retry_now();
                }
            }
            Command::ResolveConflict(on_top) => {
                if let Some(conflict) = self.conflict.take() {
                    if on_top {
                        self.act(Action::OnTop(Box::new(conflict.read), Box::new(conflict.save)));
                    } else {
                        // Forms still holding the refused values show what is stored now.
                        self.views.forget_edits();
                    }
                }
            }
            Command::ShowConnectForm(open) => self.connect.open = open,
            command @ (Command::SetBackupPrefs(_) | Command::BackUpNow | Command::Restore(..)) => {
                self.undo.clear();
                self.backup_command(command)
            }
            Command::Undo => self.undo_command(true),
            Command::Redo => self.undo_command(false),
        }
    }

    /// Applies one user action (one transaction): at once on a file, through the worker on a
    /// server (its outcome arrives in a later frame, see [`Self::hear_from_server`]).
    fn act(&mut self, action: Action) {
        let Ok(file) = &mut self.file else { return };
        let sent = Sent::of(&action);
        match &mut file.backend {
            Backend::Local(store) => {
                let result = crate::actions::apply_undoable(store.as_mut(), action, self.today);
                self.finish(sent, result);
            }
            Backend::Team(team) => {
                let ticket = team.link.submit(action, self.today);
                team.waiting.push(Waiting { ticket, sent: Instant::now(), sent_action: sent });
            }
        }
    }

    /// Reports what an action did: in the status bar, or the error (nothing changed) until it
    /// is dismissed, or, for a save that met someone else's change, the conflict window.
    fn finish(&mut self, sent: Sent, result: Result<crate::actions::Done, DataError>) {
        let erases = matches!(sent, Sent::Erase);
        let gone = matches!(result, Ok(_) | Err(DataError::ErasedNotScrubbed { .. }));
        if erases && gone {
            // The person's page shows someone who no longer exists.
            self.views = Views::new(self.today);
            self.undo.clear();
            self.state.view = View::People;
        }
        match (result, sent) {
            (Ok(mut done), sent) => {
                // A note in the audit trail (a page viewed) says nothing in the status bar.
                if !done.message.is_empty() {
                    self.notice = Some(std::mem::take(&mut done.message));
                }
                self.remember_for_undo(&sent, done.undo.take());
                if done.shown_once.is_some() {
                    self.recovery = done.shown_once;
                }
                if matches!(sent, Sent::StartCoop)
                    && let Ok(file) = &mut self.file
                {
                    file.set_up = true;
                }
            }
            (Err(DataError::Changed(changed)), Sent::Guarded(guarded)) => {
                let (read, save) = *guarded;
                self.conflict = Some(Conflict { changed: *changed, read, save });
            }
            (Err(e), sent) => {
                let chain = super::error_chain(&e);
                let said = match (&e, &sent) {
                    (DataError::ErasedNotScrubbed { .. }, _) => chain,
                    (_, Sent::Note) => crate::t!("app-error-not-noted", error = chain),
                    _ => crate::t!("app-error-not-saved", error = chain),
                };
                // Nothing typed is lost: the form opens again as it was.
                let reopened = match &sent {
                    Sent::Guarded(guarded) => self.views.retry_form(&guarded.1, Some(&guarded.0)),
                    Sent::Form(save) => self.views.retry_form(save, None),
                    _ => None,
                };
                let message = if let Some(view) = reopened {
                    self.state.view = view;
                    crate::t!("app-error-form-kept", message = said)
                } else {
                    said
                };
                self.errors.push(message);
                if erases && let Ok(OpenFile { backend: Backend::Local(_), path, .. }) = &self.file {
                    // An erasure rewrites the file: whatever happened, open it afresh.
                    let path = path.clone();
                    self.file = Err(DataError::conflict("the data file is being reopened"));
                    self.file = open_file(&path, &self.waker, None);
                }
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
            self.errors.push(crate::t!("app-demo-not-written", error = super::error_chain(&e)));
            self.file = open_file(&self.paths.data, &self.waker, None);
            return;
        }
        self.file = open_file(&path, &self.waker, None);
        self.views = Views::new(self.today);
        self.undo.clear();
        self.notice = needs_writing.then(|| crate::t!("app-demo-written", path = path.display().to_string()));
    }
}
