//! Import from a file: choose a CSV, text, `.xlsx` or `.ods` file, preview what was detected
//! and what will change (or every problem, by line and field), then commit it in one
//! transaction. Nothing is stored until the user confirms. "Save a template..." writes the
//! kind's template workbook.

use crate::actions::{Action, ImportBatch, PlanError};
use crate::exchange::import::{Detected, ImportKind, Sheet, column_warning, template};
use crate::t;
use crate::ui::Command;
use crate::ui::views::ViewContext;
use crate::ui::views::form::message_ui;

/// What the last Preview found.
enum Preview {
    /// Ready to import.
    Ready { detected: Detected, warning: Option<String>, batch: ImportBatch },
    /// Nothing will be imported.
    Problems { detected: Option<Detected>, warning: Option<String>, headline: String, lines: Vec<String> },
}

/// The import panel shown above a list.
pub struct ImportPanel {
    kind: ImportKind,
    path: String,
    /// The workbook sheet chosen (the first when `None`).
    sheet: Option<String>,
    preview: Option<Preview>,
}

impl Preview {
    /// Nothing will be imported, for a reason about the whole file.
    fn refused(headline: String) -> Preview {
        Preview::Problems { detected: None, warning: None, headline, lines: Vec::new() }
    }
}

impl ImportPanel {
    /// A panel for importing `kind`.
    pub fn new(kind: ImportKind) -> Self {
        Self { kind, path: String::new(), sheet: None, preview: None }
    }

    fn load(&mut self, cx: &ViewContext<'_>) {
        let path = self.path.trim();
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                self.preview =
                    Some(Preview::refused(t!("import-ui-cannot-read", path = path, error = e.to_string())));
                return;
            }
        };
        let name = std::path::Path::new(path).file_name().map(|n| n.to_string_lossy().into_owned());
        let sheet = match Sheet::read(name.as_deref().unwrap_or(path), &bytes, self.sheet.as_deref()) {
            Ok(s) => s,
            Err(e) => {
                self.preview = Some(Preview::refused(t!("import-ui-nothing-file", error = e.to_string())));
                return;
            }
        };
        let warning = column_warning(&sheet, self.kind);
        let detected = sheet.detected.clone();
        self.preview = Some(match ImportBatch::plan(cx.store, self.kind, &sheet, cx.today) {
            Ok(batch) => Preview::Ready { detected, warning, batch },
            Err(PlanError::Rows(e)) => Preview::Problems {
                detected: Some(detected),
                warning,
                headline: t!("import-ui-nothing-problems", count = e.0.len()),
                lines: e.0.iter().map(|r| r.to_string()).collect(),
            },
            Err(PlanError::Data(e)) => Preview::Problems {
                detected: Some(detected),
                warning,
                headline: t!("import-ui-nothing-data", error = e.to_string()),
                lines: Vec::new(),
            },
        });
    }

    /// Draws the panel; returns false when it should close.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) -> bool {
        let mut keep_open = true;
        let noun = noun(self.kind);
        ui.label(egui::RichText::new(t!("import-ui-heading", noun = noun.as_str())).strong().size(16.0));
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t!("import-ui-file"));
            ui.add(
                egui::TextEdit::singleline(&mut self.path)
                    .desired_width(360.0)
                    .hint_text(t!("import-ui-file-hint")),
            )
            .labelled_by(label.id);
            if ui.button(t!("import-ui-browse")).clicked()
                && let Some(file) = rfd::FileDialog::new()
                    .add_filter(t!("import-ui-filter"), &["csv", "txt", "xlsx", "xlsm", "xls", "ods"])
                    .pick_file()
            {
                self.path = file.display().to_string();
                self.sheet = None;
                self.load(cx);
            }
            if ui
                .add_enabled(!self.path.trim().is_empty(), egui::Button::new(t!("import-ui-preview")))
                .clicked()
            {
                self.load(cx);
            }
            if ui
                .button(t!("import-ui-save-template"))
                .on_hover_text(t!("import-ui-save-template-hint"))
                .clicked()
            {
                match template::xlsx(self.kind) {
                    Ok(bytes) => {
                        if let Some(path) =
                            cx.save_path(&format!("{}-template.xlsx", self.kind.key()), "xlsx")
                        {
                            cx.commands.push(Command::SaveFile(path, bytes));
                        }
                    }
                    Err(e) => {
                        self.preview =
                            Some(Preview::refused(t!("import-ui-template-failed", error = e.to_string())))
                    }
                }
            }
            if ui.button(t!("import-ui-cancel")).clicked() {
                keep_open = false;
            }
        });
        let detected = match &self.preview {
            Some(Preview::Ready { detected, .. })
            | Some(Preview::Problems { detected: Some(detected), .. }) => Some(detected.clone()),
            _ => None,
        };
        if let Some(detected) = &detected {
            self.detected_ui(ui, detected, cx);
        }
        match &self.preview {
            None => {
                ui.label(egui::RichText::new(t!("import-ui-choose-file")).weak());
            }
            Some(Preview::Problems { warning, headline, lines, .. }) => {
                warning_ui(ui, warning.as_deref());
                message_ui(ui, Some(headline));
                egui::ScrollArea::vertical().max_height(160.0).id_salt("import_problems").show(ui, |ui| {
                    for line in lines {
                        ui.label(egui::RichText::new(line).color(ui.visuals().error_fg_color));
                    }
                });
            }
            Some(Preview::Ready { warning, batch, .. }) => {
                warning_ui(ui, warning.as_deref());
                ui.label(t!("import-ui-ready", summary = batch.summary()));
                if ui.button(t!("import-ui-import", noun = noun.as_str())).clicked() {
                    cx.act(Action::Import(Box::new(batch.clone())));
                    keep_open = false;
                }
            }
        }
        keep_open
    }

    /// What the file was read as; for a workbook of several sheets, a choice of sheet.
    fn detected_ui(&mut self, ui: &mut egui::Ui, detected: &Detected, cx: &ViewContext<'_>) {
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("import-ui-read-as", detected = detected.to_string()));
            if let Detected::Workbook { sheet, sheets, .. } = detected
                && sheets.len() > 1
            {
                let label = ui.label(t!("import-ui-sheet"));
                let mut chosen = sheet.clone();
                egui::ComboBox::from_id_salt("import_sheet")
                    .selected_text(chosen.as_str())
                    .show_ui(ui, |ui| {
                        for name in sheets {
                            ui.selectable_value(&mut chosen, name.clone(), name.as_str());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if &chosen != sheet {
                    self.sheet = Some(chosen);
                    self.load(cx);
                }
            }
        });
    }
}

fn warning_ui(ui: &mut egui::Ui, warning: Option<&str>) {
    if let Some(w) = warning {
        ui.label(egui::RichText::new(t!("import-ui-warning", warning = w)).color(ui.visuals().warn_fg_color));
    }
}

/// What is imported, in words ("members"): the kind's word on the command line, in the
/// interface language.
fn noun(kind: ImportKind) -> String {
    match kind {
        ImportKind::Members => t!("import-ui-noun-members"),
        ImportKind::Activities => t!("import-ui-noun-activities"),
        ImportKind::People => t!("import-ui-noun-people"),
        ImportKind::Referrals => t!("import-ui-noun-referrals"),
        ImportKind::Assessments => t!("import-ui-noun-assessments"),
        ImportKind::Sessions => t!("import-ui-noun-sessions"),
        ImportKind::Availability => t!("import-ui-noun-availability"),
        ImportKind::Exceptions => t!("import-ui-noun-exceptions"),
        ImportKind::Register => t!("import-ui-noun-register"),
    }
}
