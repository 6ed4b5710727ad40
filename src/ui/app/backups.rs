//! The app shell's side of backups: the day's first backup when a data file is shown, one
//! more when the window closes, "Back up now" and "Restore" from Settings.

use super::{Backend, CarecoopApp, OpenFile, open_file};
use crate::data::{DataError, Secret};
use crate::ui::command::Command;
use crate::ui::views::Views;

impl CarecoopApp {
    /// Once a frame: starts the day's backup of a data file being shown (not the demo, not a
    /// server's), and reports one that has finished.
    pub(super) fn backups_tick(&mut self, ctx: &egui::Context) {
        let Ok(OpenFile { backend: Backend::Local(store), path, is_demo: false, set_up: true }) = &self.file
        else {
            return;
        };
        if !self.backups_on {
            return;
        }
        if let Err(e) = self.backups.daily(store.as_ref(), path, &self.state.backups, self.now()) {
            self.errors.push(crate::t!("backups-not-taken-today", error = crate::ui::error_chain(&e)));
        }
        if self.backups.busy() {
            ctx.request_repaint_after(std::time::Duration::from_millis(200));
        }
        let path = path.clone();
        match self.backups.finished(&path, &self.state.backups) {
            Some(Ok(out)) => {
                self.notice = Some(crate::t!("backups-backed-up-to", path = out.display().to_string()))
            }
            Some(Err(e)) => self.errors.push(crate::t!("backups-not-written", error = e)),
            None => {}
        }
    }

    /// Applies a backup command from Settings.
    pub(super) fn backup_command(&mut self, command: Command) {
        match command {
            Command::SetBackupPrefs(prefs) => {
                self.state.backups = prefs;
                if let Ok(file) = &self.file {
                    self.backups.refresh(&file.path.clone(), &self.state.backups);
                }
                self.notice = Some(crate::t!("backups-settings-saved"));
            }
            Command::BackUpNow => {
                let Ok(OpenFile { backend: Backend::Local(store), path, .. }) = &self.file else { return };
                let now = self.now();
                if let Err(e) = self.backups.now(store.as_ref(), path, &self.state.backups, now) {
                    self.errors.push(crate::t!("backups-none-taken", error = crate::ui::error_chain(&e)));
                } else {
                    self.notice = Some(crate::t!("backups-backing-up"));
                }
            }
            Command::Restore(from, secret) => self.restore(&from, secret.as_ref()),
            _ => {}
        }
    }

    /// Replaces the data file with the backup `from`: the file is closed, restored (kept as
    /// a backup first) and opened again.
    fn restore(&mut self, from: &std::path::Path, secret: Option<&Secret>) {
        let Ok(OpenFile { backend: Backend::Local(_), path, .. }) = &self.file else { return };
        let data = path.clone();
        self.backups.wait();
        let folder = crate::backup::folder_for(&data, self.state.backups.folder.as_deref());
        // Close the file: a file is never held twice.
        self.file = Err(DataError::conflict("the data file is being restored"));
        let restored = crate::backup::restore(from, &data, secret, &folder, self.now(), self.today);
        self.file = open_file(&data, &self.waker, secret);
        self.views = Views::new(self.today);
        self.backups.refresh(&data, &self.state.backups);
        match restored {
            Ok(r) => {
                let path = from.display().to_string();
                self.notice = Some(if r.erased_again.is_empty() {
                    crate::t!("backups-restored-from", path = path)
                } else {
                    crate::t!(
                        "backups-restored-erased-again",
                        path = path,
                        references = r.erased_again.join(", ")
                    )
                });
            }
            Err(e) => {
                self.errors.push(crate::t!("backups-nothing-restored", error = crate::ui::error_chain(&e)))
            }
        }
    }

    /// The window is closing: the backup being written is finished, and a data file gets one
    /// more backup (a consistent copy, as at any other time).
    pub fn close(&mut self) {
        self.backups.wait();
        if !self.backups_on {
            return;
        }
        if let Ok(OpenFile { backend: Backend::Local(store), path, is_demo: false, set_up: true }) =
            &self.file
        {
            let now = self.now();
            let folder = crate::backup::folder_for(path, self.state.backups.folder.as_deref());
            if let Ok(pending) =
                crate::backup::plan_now(store.as_ref(), path, &folder, now, self.state.backups.rotation)
            {
                pending.finish().ok();
            }
        }
    }

    /// The time now, on this computer's clock (backups are named with it).
    fn now(&self) -> chrono::NaiveDateTime {
        chrono::Local::now().naive_local()
    }
}

impl eframe::App for CarecoopApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, crate::ui::state::STORAGE_KEY, &self.state);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.close();
    }
}
