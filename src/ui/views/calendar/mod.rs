//! The session calendar: month, week (a time grid) and day views, filters, the session pane
//! with attendance and conflicts, and the booking form. Each view reads only its own date
//! range through the store's date index.

mod grid;
mod panel;
mod session_form;

use super::{ViewContext, error_ui, title_ui};
use crate::data::ReadsExt;
use crate::domain::schedule::{Conflict, conflicts};
use crate::domain::{Activity, ActivityId, Member, MemberId, PersonId, Session, SessionId};
use crate::t;
use crate::ui::command::Command;
use chrono::{Datelike, Days, NaiveDate};
use std::collections::HashMap;

pub use crate::domain::schedule::monday_of;

/// Month, week or day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// A month grid.
    Month,
    /// A week as a time grid.
    #[default]
    Week,
    /// One day in detail.
    Day,
}

/// What the calendar read for its range, with names and conflicts.
#[derive(Default)]
pub(crate) struct Loaded {
    pub sessions: Vec<Session>,
    pub activities: HashMap<ActivityId, Activity>,
    pub members: HashMap<MemberId, Member>,
    pub conflicts: HashMap<SessionId, Vec<Conflict>>,
}

impl Loaded {
    pub fn activity_name(&self, id: ActivityId) -> &str {
        self.activities
            .get(&id)
            .map_or(crate::i18n::static_text("cal-unknown-activity", "Unknown activity"), |a| a.name.as_str())
    }
    pub fn member_names(&self, s: &Session) -> String {
        s.members
            .iter()
            .filter_map(|m| self.members.get(m))
            .map(|m| m.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
    pub fn capacity(&self, s: &Session) -> u16 {
        s.capacity.or(self.activities.get(&s.activity).map(|a| a.capacity)).unwrap_or(1)
    }
}

/// The Calendar view.
pub struct CalendarView {
    mode: Mode,
    day: NaiveDate,
    today: NaiveDate,
    member: Option<MemberId>,
    activity: Option<ActivityId>,
    /// The person whose sessions alone are shown, with their "Name (reference)".
    person: Option<(PersonId, String)>,
    /// Finds the person to filter by, by name or reference.
    find_person: crate::ui::views::person_search::PersonSearch,
    data: Loaded,
    loaded: Option<(u64, NaiveDate, NaiveDate)>,
    selected: Option<SessionId>,
    panel: panel::SessionPanel,
    form: Option<session_form::SessionForm>,
    error: Option<String>,
}

impl CalendarView {
    /// A calendar showing the week of `today`.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            mode: Mode::Week,
            day: today,
            today,
            member: None,
            activity: None,
            person: None,
            find_person: Default::default(),
            data: Loaded::default(),
            loaded: None,
            selected: None,
            panel: panel::SessionPanel::default(),
            form: None,
            error: None,
        }
    }

    /// Moves to the week (or month, or day) containing `day`.
    pub fn show_week(&mut self, day: NaiveDate) {
        self.day = day;
    }

    /// The first and last day the current mode shows.
    pub fn range(&self) -> (NaiveDate, NaiveDate) {
        match self.mode {
            Mode::Day => (self.day, self.day),
            Mode::Week => (monday_of(self.day), monday_of(self.day) + Days::new(6)),
            Mode::Month => {
                let first = self.day.with_day(1).unwrap_or(self.day);
                let start = monday_of(first);
                (start, start + Days::new(41))
            }
        }
    }

    fn step(&self, forward: bool) -> NaiveDate {
        let days = match self.mode {
            Mode::Day => 1,
            Mode::Week => 7,
            Mode::Month => 0,
        };
        if self.mode == Mode::Month {
            let first = self.day.with_day(1).unwrap_or(self.day);
            return if forward {
                first.checked_add_months(chrono::Months::new(1)).unwrap_or(first)
            } else {
                first.checked_sub_months(chrono::Months::new(1)).unwrap_or(first)
            };
        }
        if forward { self.day + Days::new(days) } else { self.day - Days::new(days) }
    }

    fn reload(&mut self, cx: &ViewContext<'_>) -> Result<(), crate::data::DataError> {
        let (from, to) = self.range();
        self.loaded = Some((cx.store.generation(), from, to));
        let sessions = cx.store.sessions_between(from, to)?;
        let activities: HashMap<ActivityId, Activity> =
            cx.store.all::<Activity>()?.into_iter().map(|a| (a.id, a)).collect();
        let members: HashMap<MemberId, Member> =
            cx.store.all::<Member>()?.into_iter().map(|m| (m.id, m)).collect();
        let mut involved: Vec<MemberId> = sessions.iter().flat_map(|s| s.members.iter().copied()).collect();
        involved.sort();
        involved.dedup();
        let mut availability = Vec::new();
        for m in involved {
            let a = cx.store.availability_of(m)?;
            if !a.weekly.is_empty() || !a.exceptions.is_empty() {
                availability.push(a);
            }
        }
        let mut found = HashMap::new();
        for s in &sessions {
            let same_day: Vec<Session> = sessions.iter().filter(|o| o.date == s.date).cloned().collect();
            let capacity = s.capacity.or(activities.get(&s.activity).map(|a| a.capacity)).unwrap_or(1);
            let c = conflicts(s, &same_day, capacity, &availability);
            if !c.is_empty() {
                found.insert(s.id, c);
            }
        }
        self.data = Loaded { sessions, activities, members, conflicts: found };
        Ok(())
    }

    fn visible(&self, person: Option<PersonId>) -> Vec<&Session> {
        self.data
            .sessions
            .iter()
            .filter(|s| self.member.is_none_or(|m| s.members.contains(&m)))
            .filter(|s| self.activity.is_none_or(|a| s.activity == a))
            .filter(|s| person.is_none_or(|p| s.participants.iter().any(|x| x.person == p)))
            .collect()
    }

    fn toolbar_ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        ui.horizontal_wrapped(|ui| {
            for (mode, label) in [
                (Mode::Month, t!("cal-mode-month")),
                (Mode::Week, t!("cal-mode-week")),
                (Mode::Day, t!("cal-mode-day")),
            ] {
                ui.selectable_value(&mut self.mode, mode, label);
            }
            ui.separator();
            if ui.button(t!("cal-previous")).on_hover_text(t!("cal-left-arrow")).clicked() {
                cx.commands.push(Command::ShowWeek(self.step(false)));
            }
            if ui.button(t!("cal-today")).clicked() {
                cx.commands.push(Command::ShowWeek(self.today));
            }
            if ui.button(t!("cal-next")).on_hover_text(t!("cal-right-arrow")).clicked() {
                cx.commands.push(Command::ShowWeek(self.step(true)));
            }
            ui.label(t!("cal-go-to"));
            let shown = crate::i18n::date(self.day, "%a %-d %b %Y");
            let name = format!("{} {shown}", t!("cal-go-to"));
            if let Some(d) = crate::ui::views::date_picker::date_picker_button_ui(ui, &shown, &name, self.day)
            {
                cx.commands.push(Command::ShowWeek(d));
            }
            ui.separator();
            if !cx.read_only && ui.button(t!("cal-book-session")).clicked() {
                self.form = Some(session_form::SessionForm::new(self.day.max(self.today)));
                self.selected = None;
            }
        });
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(t!("cal-filter-member"));
            let names: Vec<(MemberId, String)> = {
                let mut v: Vec<_> = self
                    .data
                    .members
                    .values()
                    .filter(|m| !m.archived)
                    .map(|m| (m.id, m.name.clone()))
                    .collect();
                v.sort_by(|a, b| a.1.cmp(&b.1));
                v
            };
            let shown = self
                .member
                .and_then(|m| self.data.members.get(&m))
                .map_or(t!("cal-any-member"), |m| m.name.clone());
            egui::ComboBox::from_id_salt("cal_member")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.member, None, t!("cal-any-member"));
                    for (id, name) in names {
                        ui.selectable_value(&mut self.member, Some(id), name);
                    }
                })
                .response
                .labelled_by(l.id);
            let l = ui.label(t!("cal-filter-activity"));
            let mut acts: Vec<(ActivityId, String)> =
                self.data.activities.values().map(|a| (a.id, a.name.clone())).collect();
            acts.sort_by(|a, b| a.1.cmp(&b.1));
            let shown =
                self.activity.map_or(t!("cal-any-activity"), |a| self.data.activity_name(a).to_string());
            egui::ComboBox::from_id_salt("cal_activity")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.activity, None, t!("cal-any-activity"));
                    for (id, name) in acts {
                        ui.selectable_value(&mut self.activity, Some(id), name);
                    }
                })
                .response
                .labelled_by(l.id);
        });
        match self.person.clone() {
            Some((_, name)) => {
                ui.horizontal_wrapped(|ui| {
                    ui.label(t!("cal-showing-person", name = name.as_str()));
                    if ui.button(t!("cal-show-everyone")).clicked() {
                        self.person = None;
                    }
                });
            }
            None => {
                if let Some(chosen) = self.find_person.ui(ui, cx, &t!("cal-filter-person"), &t!("cal-show")) {
                    self.person = Some(chosen);
                }
            }
        }
    }

    /// Draws the calendar.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let (from, to) = self.range();
        if self.loaded != Some((cx.store.generation(), from, to)) {
            self.error = self.reload(cx).err().map(|e| e.to_string());
        }
        if !ui.ctx().egui_wants_keyboard_input() && self.form.is_none() {
            let (left, right) =
                ui.input(|i| (i.key_pressed(egui::Key::ArrowLeft), i.key_pressed(egui::Key::ArrowRight)));
            if left {
                cx.commands.push(Command::ShowWeek(self.step(false)));
            }
            if right {
                cx.commands.push(Command::ShowWeek(self.step(true)));
            }
        }
        let heading = match self.mode {
            Mode::Day => crate::i18n::date(self.day, "%A %-d %B %Y"),
            Mode::Week => t!(
                "cal-week-of",
                from = crate::i18n::date(from, "%-d %b"),
                to = crate::i18n::date(to, "%-d %b %Y")
            ),
            Mode::Month => crate::i18n::date(self.day, "%B %Y"),
        };
        let person = self.person.as_ref().map(|p| p.0);
        let visible = self.visible(person);
        let count = visible.len();
        title_ui(ui, &t!("cal-title"), &t!("cal-title-detail", heading = heading, count = count));
        if error_ui(ui, &self.error) {
            self.loaded = None;
        }
        if let Some(form) = &mut self.form {
            if !form.ui(ui, cx) {
                self.form = None;
            }
            return;
        }
        self.toolbar_ui(ui, cx);
        ui.add_space(4.0);
        let person = self.person.as_ref().map(|p| p.0);
        let visible: Vec<Session> = self.visible(person).into_iter().cloned().collect();
        let data = &self.data;
        let selected = self.selected;
        let mode = self.mode;
        let (day, today) = (self.day, self.today);
        let panel = &mut self.panel;
        let mut clicked = None;
        let mut close = false;
        let mut edit = None;
        match selected.and_then(|id| data.sessions.iter().find(|s| s.id == id)) {
            Some(session) => {
                let action = super::with_detail_pane_ui(
                    ui,
                    440.0,
                    |ui| clicked = grid::calendar_ui(ui, mode, day, today, &visible, data, selected),
                    |ui| panel.ui(ui, session, data, cx),
                );
                match action {
                    panel::PanelAction::None => {}
                    panel::PanelAction::Close => close = true,
                    panel::PanelAction::Edit(scope) => edit = Some((session.clone(), scope)),
                }
            }
            None => clicked = grid::calendar_ui(ui, mode, day, today, &visible, data, selected),
        }
        if close {
            self.selected = None;
        }
        if let Some((session, series_from)) = edit {
            self.form = Some(session_form::SessionForm::edit(&session, series_from));
        }
        if let Some(id) = clicked {
            self.selected = Some(id);
            self.panel = panel::SessionPanel::default();
        }
    }
}
