//! Reports: referrals by status and source, recent sessions and attendance, funds.

use super::{ViewContext, error_ui, plural, title_ui};
use crate::domain::{Attendance, Fund, Referral, ReferralSource, ReferralStatus};
use chrono::{Days, NaiveDate};

/// The Reports view.
pub struct ReportsView {
    today: NaiveDate,
    report: Option<Figures>,
    loaded: Option<u64>,
    error: Option<String>,
}

/// The figures the view shows, computed once per store generation.
struct Figures {
    by_status: Vec<(ReferralStatus, usize)>,
    by_source: Vec<(ReferralSource, usize)>,
    sessions: usize,
    hours: f64,
    places: usize,
    attended: usize,
    funds: Vec<Fund>,
}

/// The period the session figures cover.
const RECENT_DAYS: u64 = 28;

impl ReportsView {
    /// Reports as of `today`.
    pub fn new(today: NaiveDate) -> Self {
        Self { today, report: None, loaded: None, error: None }
    }

    fn reload(&mut self, cx: &ViewContext<'_>) {
        let result = (|| {
            let referrals = cx.store.all::<Referral>()?;
            let by_status = ReferralStatus::ALL
                .iter()
                .map(|s| (*s, referrals.iter().filter(|r| r.status() == *s).count()))
                .collect();
            let by_source = ReferralSource::ALL
                .iter()
                .map(|s| (*s, referrals.iter().filter(|r| r.source == *s).count()))
                .collect();
            let from = self.today - Days::new(RECENT_DAYS);
            let to = self.today - Days::new(1);
            let sessions: Vec<_> =
                cx.store.sessions_between(from, to)?.into_iter().filter(|s| !s.cancelled).collect();
            let places = sessions
                .iter()
                .flat_map(|s| &s.participants)
                .filter(|p| {
                    p.attendance != Attendance::Expected && p.attendance != Attendance::CancelledByMember
                })
                .count();
            let attended = sessions.iter().map(|s| s.attended_count()).sum();
            Ok::<_, crate::store::StoreError>(Figures {
                by_status,
                by_source,
                hours: sessions.iter().map(|s| s.hours()).sum(),
                sessions: sessions.len(),
                places,
                attended,
                funds: cx.store.all::<Fund>()?,
            })
        })();
        match result {
            Ok(figures) => {
                self.report = Some(figures);
                self.error = None;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
        self.loaded = Some(cx.store.generation());
    }

    /// Draws the reports.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        if self.loaded != Some(cx.store.generation()) {
            self.reload(cx);
        }
        title_ui(ui, "Reports", &format!("as of {}", self.today.format("%-d %B %Y")));
        error_ui(ui, &self.error);
        let Some(f) = &self.report else { return };
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            ui.columns(2, |cols| {
                cols[0].label(egui::RichText::new("Referrals by status").strong().size(17.0));
                count_grid_ui(&mut cols[0], "by_status", f.by_status.iter().map(|(s, n)| (s.label(), *n)));
                cols[1].label(egui::RichText::new("Referrals by source").strong().size(17.0));
                count_grid_ui(&mut cols[1], "by_source", f.by_source.iter().map(|(s, n)| (s.label(), *n)));
            });
            ui.add_space(12.0);
            ui.label(
                egui::RichText::new(format!("Sessions in the last {RECENT_DAYS} days")).strong().size(17.0),
            );
            let rate = if f.places > 0 { 100.0 * f.attended as f64 / f.places as f64 } else { 0.0 };
            ui.label(format!(
                "{} delivered, {:.1} hours; {} of {} booked places attended ({rate:.0}% attendance).",
                plural(f.sessions, "session", "sessions"),
                f.hours,
                f.attended,
                f.places
            ));
            ui.add_space(12.0);
            ui.label(egui::RichText::new("Funds").strong().size(17.0));
            if f.funds.is_empty() {
                ui.label("No funds recorded.");
            }
            egui::Grid::new("funds_grid").num_columns(4).spacing([24.0, 4.0]).striped(true).show(ui, |ui| {
                for fund in &f.funds {
                    ui.label(egui::RichText::new(&fund.name).strong());
                    ui.label(&fund.funder);
                    ui.label(fund.amount.to_string());
                    ui.label(format!(
                        "{} to {}",
                        fund.start.format("%-d %b %Y"),
                        fund.end.format("%-d %b %Y")
                    ));
                    ui.end_row();
                }
            });
        });
    }
}

fn count_grid_ui<'a>(ui: &mut egui::Ui, id: &str, rows: impl Iterator<Item = (&'a str, usize)>) {
    egui::Grid::new(id).num_columns(2).spacing([24.0, 4.0]).striped(true).show(ui, |ui| {
        for (label, n) in rows {
            ui.label(label);
            ui.label(n.to_string());
            ui.end_row();
        }
    });
}
