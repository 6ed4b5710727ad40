//! Settings: the numbers domain.md says a co-op must be able to change, and the licensed
//! WEMWBS wording (which carecoop does not ship).

use super::form::{FieldErrors, message_ui, text_row_ui};
use super::{ViewContext, error_ui, title_ui};
use crate::actions::{Action, AsRead};
use crate::domain::wellbeing::MeaningfulChange;
use crate::domain::{Settings, WEMWBS_COPYRIGHT};
use crate::t;
use crate::ui::Command;

/// Settings' tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Tab {
    /// The co-op's settings.
    #[default]
    Coop,
    /// The audit trail (coordinators).
    Audit,
    /// The data file's backups.
    Backups,
}

/// The Settings view.
pub struct SettingsView {
    tab: Tab,
    audit: super::audit_trail::AuditTrailView,
    backups: super::backups::BackupsView,
    protection: super::protection::ProtectionForm,
    loaded: Option<u64>,
    compliance: String,
    amber: String,
    red: String,
    retention: String,
    coop_name: String,
    coop_address: String,
    rules: super::coop_rules::CoopRulesForm,
    wemwbs: String,
    swemwbs: String,
    wording: String,
    errors: FieldErrors,
    /// The settings as stored, read once per store generation; or why they could not be
    /// read, in which case the form is not shown and nothing can be saved over them.
    current: Result<Settings, String>,
    /// The settings the form's fields were filled from: a save is refused if the stored
    /// settings are no longer these (someone else saved since).
    base: Option<Settings>,
}

impl Default for SettingsView {
    fn default() -> Self {
        Self {
            tab: Tab::default(),
            audit: Default::default(),
            backups: Default::default(),
            protection: Default::default(),
            loaded: None,
            compliance: String::new(),
            amber: String::new(),
            red: String::new(),
            retention: String::new(),
            coop_name: String::new(),
            coop_address: String::new(),
            rules: Default::default(),
            wemwbs: String::new(),
            swemwbs: String::new(),
            wording: String::new(),
            errors: FieldErrors::new(),
            current: Err(t!("settings-not-read-yet")),
            base: None,
        }
    }
}

impl SettingsView {
    fn load(&mut self, s: &Settings) {
        self.compliance = s.compliance_window_days.to_string();
        self.amber = s.waiting_amber_days.to_string();
        self.red = s.waiting_red_days.to_string();
        self.retention = s.retention_years.to_string();
        self.coop_name = s.coop_name.clone();
        self.coop_address = s.coop_address.clone();
        self.rules.load(&s.coop);
        self.wemwbs = crate::domain::wellbeing::format_score(s.meaningful_change.wemwbs);
        self.swemwbs = crate::domain::wellbeing::format_score(s.meaningful_change.swemwbs);
        self.wording = s.wemwbs_wording.join("\n");
        self.errors.clear();
    }

    fn build(&self, current: &Settings) -> Result<Settings, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut s = current.clone();
        let mut days = |field: &'static str, text: &str| -> u16 {
            text.trim().parse().unwrap_or_else(|_| {
                errors.insert(field, t!("settings-not-whole-days", text = text.trim()));
                0
            })
        };
        s.compliance_window_days = days("compliance_window_days", &self.compliance);
        s.waiting_amber_days = days("waiting_amber_days", &self.amber);
        s.waiting_red_days = days("waiting_red_days", &self.red);
        s.coop_name = self.coop_name.trim().to_string();
        s.coop_address = self.coop_address.trim().to_string();
        s.coop = self.rules.build(&mut errors);
        s.retention_years = self.retention.trim().parse().unwrap_or_else(|_| {
            errors.insert("retention_years", t!("settings-not-whole-years", text = self.retention.trim()));
            0
        });
        let mut points = |field: &'static str, text: &str| -> f64 {
            text.trim().parse().unwrap_or_else(|_| {
                errors.insert(field, t!("settings-not-number", text = text.trim()));
                0.0
            })
        };
        s.meaningful_change = MeaningfulChange {
            wemwbs: points("meaningful_wemwbs", &self.wemwbs),
            swemwbs: points("meaningful_swemwbs", &self.swemwbs),
        };
        s.wemwbs_wording =
            self.wording.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect();
        if errors.is_empty()
            && let Err(invalid) = s.validate()
        {
            for p in invalid.0 {
                errors.insert(p.field, p.message);
            }
        }
        if errors.is_empty() { Ok(s) } else { Err(errors) }
    }

    /// Draws the settings, and for a coordinator the audit trail tab.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        title_ui(ui, &t!("settings-title"), &t!("settings-title-detail"));
        language_ui(ui, cx);
        if cx.coordinator || cx.backups.is_some() {
            ui.horizontal(|ui| {
                ui.selectable_value(&mut self.tab, Tab::Coop, t!("settings-tab-coop"));
                if cx.coordinator {
                    ui.selectable_value(&mut self.tab, Tab::Audit, t!("settings-tab-audit"));
                }
                if cx.backups.is_some() {
                    ui.selectable_value(&mut self.tab, Tab::Backups, t!("settings-tab-backups"));
                }
            });
            ui.separator();
        }
        match self.tab {
            Tab::Audit if cx.coordinator => self.audit.ui(ui, cx),
            Tab::Backups if cx.backups.is_some() => self.backups.ui(ui, cx),
            _ => self.settings_ui(ui, cx),
        }
    }

    fn settings_ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        if self.loaded != Some(cx.store.generation()) {
            self.loaded = Some(cx.store.generation());
            self.current = cx.store.settings().map_err(|e| crate::ui::error_chain(&e));
            // Someone else's save refills the form only while nothing in it was changed: what
            // was typed is never thrown away (saving it then shows whose change it meets).
            // (What was typed being what is now stored, after this window's own save, counts
            // as untouched too.)
            let untouched = match (&self.base, &self.current) {
                (None, _) => true,
                (Some(base), Ok(now)) => {
                    let typed = self.build(base).ok();
                    typed.as_ref() == Some(base) || typed.as_ref() == Some(now)
                }
                (Some(_), Err(_)) => false,
            };
            if let (Ok(current), true) = (self.current.clone(), untouched) {
                self.load(&current);
                self.base = Some(current);
            }
        }
        let current = match &self.current {
            Ok(current) => current.clone(),
            Err(e) => {
                // Never offer to save a form filled with defaults over settings that could
                // not be read (the licensed wording among them).
                ui.label(t!("settings-not-shown"));
                if error_ui(ui, &Some(e.clone())) {
                    self.loaded = None;
                }
                return;
            }
        };
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            egui::Grid::new("settings_grid").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
                text_row_ui(
                    ui,
                    &t!("settings-compliance-window"),
                    &mut self.compliance,
                    self.errors.get("compliance_window_days"),
                );
                text_row_ui(
                    ui,
                    &t!("settings-waiting-amber"),
                    &mut self.amber,
                    self.errors.get("waiting_amber_days"),
                );
                text_row_ui(
                    ui,
                    &t!("settings-waiting-red"),
                    &mut self.red,
                    self.errors.get("waiting_red_days"),
                );
                text_row_ui(
                    ui,
                    &t!("settings-retention"),
                    &mut self.retention,
                    self.errors.get("retention_years"),
                );
                text_row_ui(
                    ui,
                    &t!("settings-meaningful-wemwbs"),
                    &mut self.wemwbs,
                    self.errors.get("meaningful_wemwbs"),
                );
                text_row_ui(
                    ui,
                    &t!("settings-meaningful-swemwbs"),
                    &mut self.swemwbs,
                    self.errors.get("meaningful_swemwbs"),
                );
            });
            ui.add_space(10.0);
            ui.label(egui::RichText::new(t!("settings-letters-heading")).strong());
            egui::Grid::new("coop_grid").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
                text_row_ui(ui, &t!("settings-coop-name"), &mut self.coop_name, None);
                let label = ui.label(t!("settings-coop-address"));
                ui.add(
                    egui::TextEdit::multiline(&mut self.coop_address).desired_rows(3).desired_width(320.0),
                )
                .labelled_by(label.id);
                ui.end_row();
            });
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(t!("settings-swemwbs-standard")).weak());
                if ui.button(t!("settings-swemwbs-one-sem")).clicked() {
                    self.swemwbs = "1".into();
                }
                if ui.button(t!("settings-swemwbs-stricter")).clicked() {
                    self.swemwbs = "2.87".into();
                }
            });
            ui.add_space(10.0);
            self.rules.ui(ui, &self.errors);
            ui.add_space(10.0);
            ui.label(egui::RichText::new(t!("settings-wording-heading")).strong());
            ui.label(t!("settings-wording-explained"));
            let label = ui.label(t!("settings-wording-label"));
            ui.add(egui::TextEdit::multiline(&mut self.wording).desired_rows(8).desired_width(700.0))
                .labelled_by(label.id);
            message_ui(ui, self.errors.get("wemwbs_wording"));
            ui.label(egui::RichText::new(WEMWBS_COPYRIGHT).small().weak());
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if !cx.read_only && ui.button(t!("settings-save")).clicked() {
                    let base = self.base.clone().unwrap_or(current.clone());
                    match self.build(&base) {
                        Ok(s) => cx.act(
                            Action::SaveSettings(Box::new(s)).if_unchanged(AsRead::Settings(Box::new(base))),
                        ),
                        Err(e) => self.errors = e,
                    }
                }
                if ui.button(t!("settings-undo")).clicked() {
                    self.load(&current);
                }
            });
            self.protection.ui(ui, cx);
        });
    }
}

/// The interface language: this computer's choice (kept with the window's state, not the
/// co-op's settings), taking effect from the next frame.
fn language_ui(ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
    let current = crate::i18n::current();
    let mut picked = current;
    ui.horizontal(|ui| {
        let label = ui.label(t!("settings-language"));
        egui::ComboBox::from_id_salt("interface_language")
            .selected_text(current.native_name())
            .show_ui(ui, |ui| {
                for lang in crate::i18n::Lang::ALL {
                    ui.selectable_value(&mut picked, lang, lang.native_name());
                }
            })
            .response
            .labelled_by(label.id);
        ui.label(egui::RichText::new(t!("settings-language-note")).weak());
    });
    if picked != current {
        cx.commands.push(Command::SetLanguage(Some(picked)));
    }
}
