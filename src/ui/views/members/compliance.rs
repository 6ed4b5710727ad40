//! Whose PVG or insurance is missing, expired or expiring, soonest first.

use super::RosterData;
use super::roster::paper_text;
use crate::actions::Action;
use crate::domain::{ComplianceIssue, MemberId, PaperState};
use crate::ui::views::{ViewContext, bad_colour, warn_colour};

/// The compliance tab.
#[derive(Default)]
pub struct ComplianceTab;

impl ComplianceTab {
    /// Draws the list; returns a member to open when the user clicks one.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &RosterData,
        issues: &[ComplianceIssue],
        cx: &mut ViewContext<'_>,
    ) -> Option<MemberId> {
        let mut open = None;
        ui.horizontal(|ui| {
            let label = ui.label(crate::t!("members-warn-window"));
            let mut days = data.settings.compliance_window_days;
            let response = ui
                .add_enabled(!cx.read_only, egui::DragValue::new(&mut days).range(0..=730))
                .labelled_by(label.id);
            if response.changed() && days != data.settings.compliance_window_days {
                cx.act(Action::SetComplianceWindow(days));
            }
        });
        ui.add_space(6.0);
        if issues.is_empty() {
            ui.label(crate::t!("members-all-in-date"));
            return None;
        }
        let (warn, bad) = (warn_colour(ui), bad_colour(ui));
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            egui::Grid::new("compliance_grid").num_columns(3).spacing([24.0, 6.0]).striped(true).show(
                ui,
                |ui| {
                    ui.label(egui::RichText::new(crate::t!("members-col-member")).strong());
                    ui.label(egui::RichText::new(crate::t!("members-col-paper")).strong());
                    ui.label(egui::RichText::new(crate::t!("members-col-state")).strong());
                    ui.end_row();
                    for issue in issues {
                        if ui.link(&issue.member).on_hover_text(crate::t!("members-open-member")).clicked() {
                            open = Some(issue.member_id);
                        }
                        ui.label(issue.paper.label());
                        let colour = if matches!(issue.state, PaperState::Expiring(_)) { warn } else { bad };
                        ui.label(
                            egui::RichText::new(paper_text(issue.state, issue.date)).color(colour).strong(),
                        );
                        ui.end_row();
                    }
                },
            );
        });
        open
    }
}
