//! Team planning: each member's available, booked and free hours this week.

use super::calendar::monday_of;
use super::{ViewContext, error_ui, title_ui};
use crate::domain::{Member, ReferralStatus};
use crate::ui::command::Command;
use crate::ui::table::{Col, Row, Sort, sort_rows, table_ui};
use chrono::{Days, NaiveDate};
use std::collections::HashMap;

/// The Planning view.
pub struct PlanningView {
    week_start: NaiveDate,
    rows: Vec<Row>,
    totals: (f64, f64, usize),
    loaded: Option<(u64, NaiveDate)>,
    sort: Sort,
    error: Option<String>,
}

const COLS: &[Col] = &[
    Col { title: "Member", width: 180.0 },
    Col { title: "Villages", width: 240.0 },
    Col { title: "Available hours", width: 130.0 },
    Col { title: "Booked hours", width: 120.0 },
    Col { title: "Free hours", width: 110.0 },
    Col { title: "Most hours a week", width: 140.0 },
];

fn hours(h: f64) -> String {
    format!("{h:.1}")
}

impl PlanningView {
    /// Planning for the week of `today`.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            week_start: monday_of(today),
            rows: Vec::new(),
            totals: (0.0, 0.0, 0),
            loaded: None,
            sort: Sort::default(),
            error: None,
        }
    }

    fn reload(&mut self, cx: &ViewContext<'_>) {
        let week_end = self.week_start + Days::new(6);
        let result = (|| {
            let members: Vec<Member> =
                cx.store.all::<Member>()?.into_iter().filter(|m| !m.archived).collect();
            let mut booked: HashMap<u64, f64> = HashMap::new();
            for s in cx.store.sessions_between(self.week_start, week_end)?.iter().filter(|s| !s.cancelled) {
                for m in &s.members {
                    *booked.entry(m.0).or_default() += s.hours();
                }
            }
            let waiting = cx.store.referrals_with_status(ReferralStatus::WAITING)?.len();
            let mut rows = Vec::new();
            let (mut total_available, mut total_booked) = (0.0, 0.0);
            for m in members {
                let availability = cx.store.availability_of(m.id)?;
                let available: f64 = (0..7)
                    .map(|d| availability.minutes_on(self.week_start + Days::new(d)) as f64 / 60.0)
                    .sum();
                let booked = booked.get(&m.id.0).copied().unwrap_or(0.0);
                total_available += available;
                total_booked += booked;
                rows.push(
                    Row::new(
                        m.id.0,
                        vec![
                            m.name.clone(),
                            m.villages.join(", "),
                            hours(available),
                            hours(booked),
                            hours((available - booked).max(0.0)),
                            availability.max_hours_per_week.map(|h| h.to_string()).unwrap_or_default(),
                        ],
                    )
                    .key(2, format!("{:08.1}", available))
                    .key(3, format!("{:08.1}", booked))
                    .key(4, format!("{:08.1}", (available - booked).max(0.0))),
                );
            }
            Ok::<_, crate::store::StoreError>((rows, (total_available, total_booked, waiting)))
        })();
        match result {
            Ok((rows, totals)) => {
                self.rows = rows;
                self.totals = totals;
                sort_rows(&mut self.rows, self.sort);
                self.error = None;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
        self.loaded = Some((cx.store.generation(), self.week_start));
    }

    /// Draws the week's capacity.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        if self.loaded != Some((cx.store.generation(), self.week_start)) {
            self.reload(cx);
        }
        let (available, booked, waiting) = self.totals;
        title_ui(ui, "Planning", &format!("Week of {}", self.week_start.format("%-d %B %Y")));
        error_ui(ui, &self.error);
        ui.horizontal(|ui| {
            if ui.button("Previous week").clicked() {
                self.week_start = self.week_start - Days::new(7);
            }
            if ui.button("This week").clicked() {
                self.week_start = monday_of(cx.today);
            }
            if ui.button("Next week").clicked() {
                self.week_start = self.week_start + Days::new(7);
            }
            ui.separator();
            ui.label(format!(
                "Available {} h, booked {} h, free {} h; {waiting} referrals waiting",
                hours(available),
                hours(booked),
                hours((available - booked).max(0.0))
            ));
            if waiting > 0 && ui.link("See who is waiting").clicked() {
                cx.commands.push(Command::ShowView(crate::ui::View::People));
            }
        });
        ui.add_space(4.0);
        if self.rows.is_empty() {
            ui.label("No members yet.");
            return;
        }
        if table_ui(ui, "planning_table", COLS, &self.rows, &mut self.sort).sort_changed {
            sort_rows(&mut self.rows, self.sort);
        }
    }
}
