//! The session calendar: a week at a time, read from the store's date index.

use super::{ViewContext, error_ui, plural, title_ui};
use crate::domain::{Activity, Attendance, Member, Session};
use crate::ui::command::Command;
use chrono::{Datelike, Days, NaiveDate};
use std::collections::HashMap;

/// The Calendar view.
pub struct CalendarView {
    week_start: NaiveDate,
    today: NaiveDate,
    sessions: Vec<Session>,
    members: HashMap<u64, String>,
    activities: HashMap<u64, Activity>,
    loaded: Option<(u64, NaiveDate)>,
    error: Option<String>,
}

/// The Monday on or before `day`.
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

impl CalendarView {
    /// A calendar showing the week of `today`.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            week_start: monday_of(today),
            today,
            sessions: Vec::new(),
            members: HashMap::new(),
            activities: HashMap::new(),
            loaded: None,
            error: None,
        }
    }

    /// Moves to the week containing `day`.
    pub fn show_week(&mut self, day: NaiveDate) {
        self.week_start = monday_of(day);
    }

    fn reload(&mut self, cx: &ViewContext<'_>) {
        let week_end = self.week_start + Days::new(6);
        let result = (|| {
            let sessions = cx.store.sessions_between(self.week_start, week_end)?;
            let members: HashMap<u64, String> =
                cx.store.all::<Member>()?.into_iter().map(|m| (m.id.0, m.name)).collect();
            let activities: HashMap<u64, Activity> =
                cx.store.all::<Activity>()?.into_iter().map(|a| (a.id.0, a)).collect();
            Ok::<_, crate::store::StoreError>((sessions, members, activities))
        })();
        match result {
            Ok((sessions, members, activities)) => {
                self.sessions = sessions;
                self.members = members;
                self.activities = activities;
                self.error = None;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
        self.loaded = Some((cx.store.generation(), self.week_start));
    }

    /// Draws the week.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        if self.loaded != Some((cx.store.generation(), self.week_start)) {
            self.reload(cx);
        }
        let week_end = self.week_start + Days::new(6);
        title_ui(
            ui,
            "Calendar",
            &format!(
                "Week of {} to {}: {}",
                self.week_start.format("%-d %b"),
                week_end.format("%-d %b %Y"),
                plural(self.sessions.len(), "session", "sessions")
            ),
        );
        error_ui(ui, &self.error);
        ui.horizontal(|ui| {
            if ui.button("Previous week").clicked() {
                cx.commands.push(Command::ShowWeek(self.week_start - Days::new(7)));
            }
            if ui.button("Today").clicked() {
                cx.commands.push(Command::ShowWeek(self.today));
            }
            if ui.button("Next week").clicked() {
                cx.commands.push(Command::ShowWeek(self.week_start + Days::new(7)));
            }
        });
        ui.add_space(6.0);
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            for offset in 0..7 {
                let day = self.week_start + Days::new(offset);
                self.day_ui(ui, day);
            }
        });
    }

    fn day_ui(&self, ui: &mut egui::Ui, day: NaiveDate) {
        let todays: Vec<&Session> = self.sessions.iter().filter(|s| s.date == day).collect();
        let mut heading = egui::RichText::new(day.format("%A %-d %B").to_string()).strong().size(17.0);
        if day == self.today {
            heading = heading.color(ui.visuals().hyperlink_color);
        }
        ui.label(heading);
        if todays.is_empty() {
            ui.label(egui::RichText::new("No sessions").weak());
        }
        egui::Grid::new(("calendar_day", day)).num_columns(4).spacing([18.0, 4.0]).striped(true).show(
            ui,
            |ui| {
                for s in todays {
                    let activity = self.activities.get(&s.activity.0);
                    let name = activity.map_or("Unknown activity", |a| a.name.as_str());
                    let capacity = s.capacity.or(activity.map(|a| a.capacity)).unwrap_or(0);
                    ui.label(format!("{}–{}", s.start.format("%H:%M"), s.ends_at().format("%H:%M")));
                    ui.label(egui::RichText::new(name).strong());
                    let who: Vec<&str> =
                        s.members.iter().filter_map(|m| self.members.get(&m.0).map(String::as_str)).collect();
                    ui.label(who.join(", "));
                    let marked =
                        s.participants.iter().filter(|p| p.attendance != Attendance::Expected).count();
                    let places = format!("{} of {capacity} places", s.participants.len());
                    let text = if s.cancelled {
                        "Cancelled".to_string()
                    } else if marked > 0 {
                        format!("{places}, {} attended", s.attended_count())
                    } else {
                        places
                    };
                    ui.label(text);
                    ui.end_row();
                }
            },
        );
        ui.add_space(8.0);
    }
}
