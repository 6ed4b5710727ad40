//! Settings → Backups: where this computer keeps the data file's backups and how many, "Back
//! up now", and restoring one (after seeing what it holds against what the file holds now).

use super::form::{message_ui, text_row_ui};
use super::{BackupsShown, ViewContext};
use crate::data::Secret;
use crate::domain::backup::Rotation;
use crate::ui::command::Command;
use crate::ui::state::BackupPrefs;
use std::path::{Path, PathBuf};
use zeroize::Zeroize;

/// A restore being confirmed.
struct Confirm {
    from: PathBuf,
    /// When it was taken, as shown.
    taken: String,
    /// What it holds, once read (a protected backup is read with the passphrase).
    holds: Option<Result<Vec<(&'static str, u64)>, String>>,
    /// What the file holds now.
    now: Vec<(&'static str, u64)>,
    passphrase: String,
}

/// The Backups tab.
#[derive(Default)]
pub struct BackupsView {
    /// The folder, daily and weekly fields as typed, filled from the settings once shown.
    folder: String,
    daily: String,
    weekly: String,
    filled: bool,
    problem: Option<String>,
    confirm: Option<Confirm>,
}

/// How a backup's moment is shown: "Tue 1 Dec 2026 09:30".
fn shown(at: chrono::NaiveDateTime) -> String {
    crate::i18n::datetime(at, "%a %-d %b %Y %H:%M")
}

impl BackupsView {
    fn fill(&mut self, b: &BackupsShown<'_>) {
        self.folder = b.prefs.folder.as_ref().map(|f| f.display().to_string()).unwrap_or_default();
        self.daily = b.prefs.rotation.daily.to_string();
        self.weekly = b.prefs.rotation.weekly.to_string();
        self.filled = true;
    }

    fn typed(&mut self) -> Option<BackupPrefs> {
        let count = |text: &str, weekly: bool| -> Result<u16, String> {
            text.trim().parse::<u16>().ok().filter(|n| (1..=365).contains(n)).ok_or_else(|| {
                if weekly {
                    crate::t!("backups-bad-weekly", value = text.trim())
                } else {
                    crate::t!("backups-bad-daily", value = text.trim())
                }
            })
        };
        let parsed = count(&self.daily, false)
            .and_then(|daily| count(&self.weekly, true).map(|weekly| Rotation { daily, weekly }));
        match parsed {
            Ok(rotation) => {
                self.problem = None;
                let folder = Some(self.folder.trim()).filter(|f| !f.is_empty()).map(PathBuf::from);
                Some(BackupPrefs { folder, rotation })
            }
            Err(e) => {
                self.problem = Some(e);
                None
            }
        }
    }

    /// Draws the tab.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let Some(b) = cx.backups.as_ref() else {
            ui.label(crate::t!("backups-server"));
            return;
        };
        if !self.filled {
            self.fill(b);
        }
        let default_folder = crate::backup::folder_for(b.data, None);
        ui.label(crate::t!("backups-intro"));
        ui.add_space(6.0);
        egui::Grid::new("backup_settings").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
            let label = ui.label(crate::t!("backups-folder"));
            ui.add(
                egui::TextEdit::singleline(&mut self.folder)
                    .hint_text(default_folder.display().to_string())
                    .desired_width(420.0),
            )
            .labelled_by(label.id)
            .on_hover_text(crate::t!("backups-folder-hint"));
            ui.end_row();
            text_row_ui(ui, &crate::t!("backups-keep-daily"), &mut self.daily, None);
            text_row_ui(ui, &crate::t!("backups-keep-weekly"), &mut self.weekly, None);
        });
        message_ui(ui, self.problem.as_ref());
        let busy = b.busy;
        ui.horizontal(|ui| {
            if ui.button(crate::t!("backups-save-settings")).clicked()
                && let Some(prefs) = self.typed()
            {
                cx.commands.push(Command::SetBackupPrefs(prefs));
            }
            if ui.add_enabled(!busy, egui::Button::new(crate::t!("backups-back-up-now"))).clicked() {
                cx.commands.push(Command::BackUpNow);
            }
            if busy {
                ui.add(egui::Spinner::new());
                ui.label(crate::t!("backups-backing-up"));
            }
        });
        ui.add_space(8.0);
        let folder = crate::backup::folder_for(b.data, b.prefs.folder.as_deref());
        ui.label(
            egui::RichText::new(crate::t!("backups-in-folder", folder = folder.display().to_string()))
                .strong(),
        );
        let listed: Vec<(chrono::NaiveDateTime, PathBuf)> = b.listed.iter().rev().cloned().collect();
        if listed.is_empty() {
            ui.label(crate::t!("backups-none-yet"));
        }
        let mut chosen = None;
        egui::ScrollArea::vertical().id_salt("backup_list").max_height(260.0).show(ui, |ui| {
            egui::Grid::new("backup_list_grid").num_columns(2).spacing([16.0, 4.0]).striped(true).show(
                ui,
                |ui| {
                    for (at, path) in &listed {
                        let taken = shown(*at);
                        ui.label(&taken);
                        if !cx.read_only
                            && ui.button(crate::t!("backups-restore-taken", taken = taken.as_str())).clicked()
                        {
                            chosen = Some((path.clone(), taken));
                        }
                        ui.end_row();
                    }
                },
            );
        });
        if !cx.read_only
            && ui.button(crate::t!("backups-restore-from-file")).clicked()
            && let Some(path) =
                rfd::FileDialog::new().add_filter(crate::t!("backups-file-filter"), &["redb"]).pick_file()
        {
            chosen = Some((path.clone(), path.display().to_string()));
        }
        if let Some((from, taken)) = chosen {
            let now = crate::backup::counts(cx.store).unwrap_or_default();
            let mut confirm = Confirm { from, taken, holds: None, now, passphrase: String::new() };
            if !b.protected {
                confirm.holds = Some(read(&confirm.from, b.data, None));
            }
            self.confirm = Some(confirm);
        }
        let (data, protected) = (b.data.to_path_buf(), b.protected);
        self.confirm_ui(ui.ctx(), &data, protected, cx);
    }

    fn confirm_ui(&mut self, ctx: &egui::Context, data: &Path, protected: bool, cx: &mut ViewContext<'_>) {
        let Some(confirm) = &mut self.confirm else { return };
        let mut close = false;
        egui::Modal::new(egui::Id::unique("restore_confirm")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(crate::t!("backups-confirm-title", taken = confirm.taken.as_str()));
            ui.label(crate::t!("backups-confirm-help"));
            if protected && confirm.holds.as_ref().is_none_or(|h| h.is_err()) {
                let label = ui.label(crate::t!("backups-passphrase"));
                ui.add(
                    egui::TextEdit::singleline(&mut confirm.passphrase).password(true).desired_width(300.0),
                )
                .labelled_by(label.id);
                if ui.button(crate::t!("backups-read")).clicked() {
                    let secret = Secret::new(confirm.passphrase.as_str());
                    confirm.holds = Some(read(&confirm.from, data, Some(&secret)));
                }
            }
            match &confirm.holds {
                Some(Ok(holds)) => {
                    egui::Grid::new("restore_counts").num_columns(3).spacing([20.0, 4.0]).show(ui, |ui| {
                        ui.strong("");
                        ui.strong(crate::t!("backups-in-backup"));
                        ui.strong(crate::t!("backups-in-file-now"));
                        ui.end_row();
                        for ((noun, then), (_, now)) in holds.iter().zip(&confirm.now) {
                            ui.label(*noun);
                            ui.label(then.to_string());
                            ui.label(now.to_string());
                            ui.end_row();
                        }
                    });
                }
                Some(Err(e)) => message_ui(ui, Some(e)),
                None => {}
            }
            ui.horizontal(|ui| {
                let ready = matches!(confirm.holds, Some(Ok(_)));
                if ui.add_enabled(ready, egui::Button::new(crate::t!("backups-restore"))).clicked() {
                    let secret = protected.then(|| Secret::new(confirm.passphrase.as_str()));
                    cx.commands.push(Command::Restore(confirm.from.clone(), secret));
                    close = true;
                }
                if ui.button(crate::t!("backups-cancel")).clicked() {
                    close = true;
                }
            });
        });
        if close && let Some(mut c) = self.confirm.take() {
            c.passphrase.zeroize();
        }
    }
}

/// What the backup `from` holds, or why it cannot be read.
fn read(from: &Path, data: &Path, secret: Option<&Secret>) -> Result<Vec<(&'static str, u64)>, String> {
    crate::backup::summary(from, data, secret).map(|s| s.counts).map_err(|e| crate::ui::error_chain(&e))
}
