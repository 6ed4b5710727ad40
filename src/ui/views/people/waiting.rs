//! The waiting list: referrals not yet active, oldest first, days waiting coloured.

use super::PeopleData;
use crate::domain::PersonId;
use crate::ui::views::{ViewContext, bad_colour, show_date, warn_colour};

/// The waiting list.
#[derive(Default)]
pub struct WaitingList;

impl WaitingList {
    /// Draws the list; returns a person to open.
    pub fn ui(&mut self, ui: &mut egui::Ui, data: &PeopleData, cx: &mut ViewContext<'_>) -> Option<PersonId> {
        let mut waiting: Vec<_> = data.referrals.iter().filter(|r| r.status().is_waiting()).collect();
        waiting.sort_by_key(|r| (r.received, r.id));
        let (amber, red) =
            (i64::from(data.settings.waiting_amber_days), i64::from(data.settings.waiting_red_days));
        ui.label(
            egui::RichText::new(format!(
                "Oldest first. Amber after {amber} days waiting, red after {red} (Settings)."
            ))
            .weak(),
        );
        if waiting.is_empty() {
            ui.label("No one is waiting.");
            return None;
        }
        let mut open = None;
        let (warn, bad) = (warn_colour(ui), bad_colour(ui));
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            egui::Grid::new("waiting_grid").num_columns(7).spacing([18.0, 6.0]).striped(true).show(
                ui,
                |ui| {
                    for h in ["Person", "Ref", "Referred", "Source", "Urgency", "Status", "Waiting"] {
                        ui.label(egui::RichText::new(h).strong());
                    }
                    ui.end_row();
                    for r in waiting {
                        let Some(p) = data.person(r.person) else {
                            continue;
                        };
                        if ui.link(&p.name).clicked() {
                            open = Some(p.id);
                        }
                        ui.label(&p.reference);
                        ui.label(show_date(r.received));
                        ui.label(r.source.label());
                        ui.label(r.urgency.label());
                        ui.label(r.status().label());
                        let days = r.days_waiting(cx.today);
                        let mut text = egui::RichText::new(format!("{days} days"));
                        if days > red {
                            text = text.color(bad).strong();
                        } else if days > amber {
                            text = text.color(warn).strong();
                        }
                        ui.label(text);
                        ui.end_row();
                    }
                },
            );
        });
        open
    }
}
