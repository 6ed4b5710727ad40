//! Import from CSV: choose a file, preview what will change (or every problem, by line and
//! field), then commit it in one transaction. Nothing is stored until the user confirms.

use super::RosterData;
use crate::actions::{Action, ImportBatch};
use crate::domain::{Activity, Member};
use crate::exchange::import::{ImportErrors, ImportPlan, plan_activities, plan_members};
use crate::ui::views::ViewContext;
use crate::ui::views::form::message_ui;

/// What is being imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    /// Members CSV.
    Members,
    /// Activities CSV.
    Activities,
}

enum Preview {
    Members(ImportPlan<Member>),
    Activities(ImportPlan<Activity>),
    Problems(String, Vec<String>),
}

/// The import panel shown above the roster or catalogue.
pub struct ImportPanel {
    kind: ImportKind,
    path: String,
    preview: Option<Preview>,
}

impl ImportPanel {
    /// A panel for importing `kind`.
    pub fn new(kind: ImportKind) -> Self {
        Self { kind, path: String::new(), preview: None }
    }

    fn noun(&self) -> &'static str {
        match self.kind {
            ImportKind::Members => "members",
            ImportKind::Activities => "activities",
        }
    }

    fn load(&mut self, data: &RosterData) {
        let text = match std::fs::read_to_string(self.path.trim()) {
            Ok(t) => t,
            Err(e) => {
                self.preview =
                    Some(Preview::Problems(format!("Cannot read {}: {e}", self.path.trim()), Vec::new()));
                return;
            }
        };
        let problems = |e: ImportErrors| {
            Preview::Problems(
                format!("Nothing will be imported: {} problem(s) in the file.", e.0.len()),
                e.0.iter().map(|r| r.to_string()).collect(),
            )
        };
        self.preview = Some(match self.kind {
            ImportKind::Members => match plan_members(&text, &data.members, &data.activities) {
                Ok(plan) => Preview::Members(plan),
                Err(e) => problems(e),
            },
            ImportKind::Activities => match plan_activities(&text, &data.activities) {
                Ok(plan) => Preview::Activities(plan),
                Err(e) => problems(e),
            },
        });
    }

    /// Draws the panel; returns false when it should close.
    pub fn ui(&mut self, ui: &mut egui::Ui, data: &RosterData, cx: &mut ViewContext<'_>) -> bool {
        let mut keep_open = true;
        ui.label(egui::RichText::new(format!("Import {} from a CSV file", self.noun())).strong().size(16.0));
        ui.horizontal(|ui| {
            let label = ui.label("CSV file");
            ui.add(
                egui::TextEdit::singleline(&mut self.path)
                    .desired_width(420.0)
                    .hint_text("/path/to/file.csv"),
            )
            .labelled_by(label.id);
            if ui.button("Browse...").clicked()
                && let Some(file) = rfd::FileDialog::new().add_filter("CSV", &["csv"]).pick_file()
            {
                self.path = file.display().to_string();
                self.load(data);
            }
            if ui.add_enabled(!self.path.trim().is_empty(), egui::Button::new("Preview")).clicked() {
                self.load(data);
            }
            if ui.button("Cancel import").clicked() {
                keep_open = false;
            }
        });
        let noun = self.noun();
        match &self.preview {
            None => {
                ui.label(
                    egui::RichText::new("Choose a file, then Preview: nothing is stored until you confirm.")
                        .weak(),
                );
            }
            Some(Preview::Problems(headline, lines)) => {
                message_ui(ui, Some(headline));
                egui::ScrollArea::vertical().max_height(160.0).id_salt("import_problems").show(ui, |ui| {
                    for line in lines {
                        ui.label(egui::RichText::new(line).color(ui.visuals().error_fg_color));
                    }
                });
            }
            Some(Preview::Members(plan)) => {
                ui.label(format!("Ready to import {}.", plan.summary(noun)));
                if ui.button(format!("Import {noun}")).clicked() {
                    cx.act(Action::Import(Box::new(ImportBatch::Members(plan.clone()))));
                    keep_open = false;
                }
            }
            Some(Preview::Activities(plan)) => {
                ui.label(format!("Ready to import {}.", plan.summary(noun)));
                if ui.button(format!("Import {noun}")).clicked() {
                    cx.act(Action::Import(Box::new(ImportBatch::Activities(plan.clone()))));
                    keep_open = false;
                }
            }
        }
        keep_open
    }
}
