//! People → Due for review: people kept past the co-op's retention period after their last
//! referral ended, and people who withdrew consent to the co-op holding their data; chosen
//! ones are erased together, behind a typed confirmation.

use crate::actions::Action;
use crate::domain::PersonId;
use crate::report::retention::{DueForReview, due_for_review_list};
use crate::ui::views::{ViewContext, error_ui};
use std::collections::BTreeSet;

/// The Due for review tab.
#[derive(Default)]
pub struct ReviewList {
    due: Vec<DueForReview>,
    loaded: Option<u64>,
    chosen: BTreeSet<PersonId>,
    confirm: String,
    error: Option<String>,
}

impl ReviewList {
    /// Reads the list again when the data changed.
    fn refresh(&mut self, cx: &ViewContext<'_>) {
        if self.loaded == Some(cx.store.generation()) {
            return;
        }
        self.loaded = Some(cx.store.generation());
        match due_for_review_list(cx.store, cx.today) {
            Ok(due) => {
                // Only people still due stay chosen.
                self.chosen.retain(|id| due.iter().any(|d| d.person == *id));
                self.due = due;
                self.error = None;
            }
            Err(e) => {
                self.due.clear();
                self.chosen.clear();
                self.error = Some(crate::ui::error_chain(&e));
            }
        }
    }

    /// Draws the list; returns the person whose page to open.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        retention_years: u16,
        cx: &mut ViewContext<'_>,
    ) -> Option<PersonId> {
        self.refresh(cx);
        if error_ui(ui, &self.error) {
            self.loaded = None;
            return None;
        }
        ui.label(crate::t!("people-review-intro", years = retention_years));
        ui.add_space(4.0);
        if self.due.is_empty() {
            ui.label(egui::RichText::new(crate::t!("people-review-empty")).weak());
            return None;
        }
        let mut open = None;
        if !cx.read_only {
            ui.horizontal(|ui| {
                if ui.button(crate::t!("people-review-choose-all")).clicked() {
                    self.chosen = self.due.iter().map(|d| d.person).collect();
                }
                if ui.button(crate::t!("people-review-choose-none")).clicked() {
                    self.chosen.clear();
                }
            });
        }
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 10.0;
        ui.horizontal(|ui| {
            for (title, width) in [
                (crate::t!("people-col-ref"), 80.0),
                (crate::t!("people-col-name"), 220.0),
                (crate::t!("people-review-col-why"), 360.0),
            ] {
                cell_ui(ui, width, row_height, |ui| ui.label(egui::RichText::new(title).strong()));
            }
        });
        let height = (ui.available_height() - 90.0).max(row_height * 3.0);
        egui::ScrollArea::vertical().max_height(height).auto_shrink([false, true]).show_rows(
            ui,
            row_height,
            self.due.len(),
            |ui, range| {
                for d in &self.due[range] {
                    ui.horizontal(|ui| {
                        cell_ui(ui, 80.0, row_height, |ui| {
                            if cx.read_only {
                                ui.label(&d.reference);
                            } else {
                                let mut on = self.chosen.contains(&d.person);
                                if ui.checkbox(&mut on, &d.reference).changed() {
                                    if on {
                                        self.chosen.insert(d.person);
                                    } else {
                                        self.chosen.remove(&d.person);
                                    }
                                }
                            }
                        });
                        cell_ui(ui, 220.0, row_height, |ui| ui.add(egui::Label::new(&d.name).truncate()));
                        cell_ui(ui, 360.0, row_height, |ui| {
                            ui.add(egui::Label::new(d.reason.describe()).truncate())
                        });
                        if ui
                            .button(crate::t!("people-review-open", reference = d.reference.as_str()))
                            .clicked()
                        {
                            open = Some(d.person);
                        }
                    });
                }
            },
        );
        if !cx.read_only {
            self.erase_ui(ui, cx);
        }
        open
    }

    fn erase_ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let n = self.chosen.len();
        ui.add_space(6.0);
        if n == 0 {
            ui.label(egui::RichText::new(crate::t!("people-review-choose-hint")).weak());
            return;
        }
        // The phrase is typed, so it is in the interface language ("erase 2", "dileu 2").
        let phrase = crate::t!("people-review-erase-phrase", count = n);
        ui.horizontal(|ui| {
            let label = ui.label(crate::t!("people-review-type-to-confirm", phrase = phrase.as_str()));
            ui.add(egui::TextEdit::singleline(&mut self.confirm).desired_width(100.0)).labelled_by(label.id);
            let confirmed = self.confirm.trim().eq_ignore_ascii_case(&phrase);
            if ui
                .add_enabled(confirmed, egui::Button::new(crate::t!("people-review-erase", count = n)))
                .clicked()
            {
                cx.act(Action::ErasePeople(self.chosen.iter().copied().collect()));
                self.chosen.clear();
                self.confirm.clear();
            }
        });
    }
}

/// One left-aligned cell of a row, `width` wide whatever it holds.
fn cell_ui<R>(ui: &mut egui::Ui, width: f32, height: f32, add: impl FnOnce(&mut egui::Ui) -> R) {
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(egui::vec2(width, height - 4.0), layout, |ui| {
        ui.set_width(width);
        add(ui);
    });
}
