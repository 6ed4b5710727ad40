//! Booking a session (one-off or a series) or editing one, with conflicts shown before saving.
//! Conflicts warn; the user may save anyway.

use super::Loaded;
use super::panel::conflict_text;
use crate::actions::Action;
use crate::data::{DataError, ReadsExt};
use crate::domain::schedule::{SessionChange, conflicts};
use crate::domain::{
    Activity, ActivityId, Attendance, Fund, Member, MemberId, Participant, Payer, Person, Repeat, SdsOption,
    Series, SeriesEnd, SeriesId, Session, SessionId,
};
use crate::t;
use crate::ui::Command;
use crate::ui::views::ViewContext;
use crate::ui::views::form::{FieldErrors, date_text, message_ui, parse_date};
use chrono::{NaiveDate, NaiveTime};
use std::collections::BTreeSet;

/// Every fund with its spending, or why they could not be read.
type FundBudgets = Result<Vec<(Fund, crate::domain::funding::FundStatus)>, String>;

/// How a new booking repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RepeatChoice {
    Once,
    Weekly,
    Fortnightly,
}

/// The booking or editing form.
pub struct SessionForm {
    original: Option<Session>,
    series_from: Option<NaiveDate>,
    activity: Option<ActivityId>,
    members: BTreeSet<MemberId>,
    date: String,
    start: String,
    minutes: String,
    venue: String,
    capacity: String,
    notes: String,
    participants: Vec<(Participant, String)>,
    /// Finding a participant by name or reference.
    find_person: crate::ui::views::person_search::PersonSearch,
    repeat: RepeatChoice,
    until: String,
    times: String,
    use_times: bool,
    show_all_members: bool,
    errors: FieldErrors,
    lists: Option<(Vec<Activity>, Vec<Member>, Vec<Fund>)>,
    budgets: Option<(u64, FundBudgets)>,
    /// Conflict messages for the booking as it stood at a store generation.
    conflict_cache: Option<(u64, Session, Vec<String>)>,
}

impl SessionForm {
    /// A form for a new booking on `date`.
    pub fn new(date: NaiveDate) -> Self {
        Self {
            original: None,
            series_from: None,
            activity: None,
            members: BTreeSet::new(),
            date: date_text(Some(date)),
            start: "10:00".into(),
            minutes: String::new(),
            venue: String::new(),
            capacity: String::new(),
            notes: String::new(),
            participants: Vec::new(),
            find_person: Default::default(),
            repeat: RepeatChoice::Once,
            until: String::new(),
            times: "6".into(),
            use_times: true,
            show_all_members: false,
            errors: FieldErrors::new(),
            lists: None,
            budgets: None,
            conflict_cache: None,
        }
    }

    /// A form editing `s`, or its series from `series_from` on.
    pub fn edit(s: &Session, series_from: Option<NaiveDate>) -> Self {
        let mut f = Self::new(s.date);
        f.original = Some(s.clone());
        f.series_from = series_from;
        f.activity = Some(s.activity);
        f.members = s.members.iter().copied().collect();
        f.start = s.start.format("%H:%M").to_string();
        f.minutes = s.minutes.to_string();
        f.venue = s.venue.clone();
        f.capacity = s.capacity.map(|c| c.to_string()).unwrap_or_default();
        f.notes = s.notes.clone();
        f.participants = s.participants.iter().map(|p| (p.clone(), String::new())).collect();
        f
    }

    fn build(&self) -> Result<(Session, Option<Series>), FieldErrors> {
        let mut errors = FieldErrors::new();
        let date = match parse_date(&self.date) {
            Ok(Some(d)) => d,
            Ok(None) => {
                errors.insert("date", t!("cal-form-is-required"));
                NaiveDate::MIN
            }
            Err(e) => {
                errors.insert("date", e.to_string());
                NaiveDate::MIN
            }
        };
        let start = NaiveTime::parse_from_str(self.start.trim(), "%H:%M").unwrap_or_else(|_| {
            errors.insert("start", t!("cal-form-not-a-time", text = self.start.trim()));
            NaiveTime::MIN
        });
        let minutes = self.minutes.trim().parse::<u16>().unwrap_or_else(|_| {
            errors.insert("minutes", t!("cal-form-not-minutes", text = self.minutes.trim()));
            0
        });
        let capacity = match self.capacity.trim() {
            "" => None,
            t => t.parse::<u16>().map(Some).unwrap_or_else(|_| {
                errors.insert("capacity", t!("cal-form-not-whole-number", text = t));
                None
            }),
        };
        let mut session = Session {
            id: self.original.as_ref().map_or(SessionId::NEW, |o| o.id),
            series: self.original.as_ref().and_then(|o| o.series),
            activity: self.activity.unwrap_or(ActivityId::NEW),
            members: self.members.iter().copied().collect(),
            date,
            start,
            minutes,
            venue: self.venue.trim().to_string(),
            participants: self.participants.iter().map(|(p, _)| p.clone()).collect(),
            capacity,
            notes: self.notes.trim().to_string(),
            cancelled: self.original.as_ref().is_some_and(|o| o.cancelled),
        };
        if let Some(o) = &self.original
            && self.series_from.is_some()
        {
            session.date = o.date;
        }
        if let Err(invalid) = session.validate() {
            for p in invalid.0 {
                errors.entry(p.field).or_insert(p.message);
            }
        }
        let series = if self.original.is_none() && self.repeat != RepeatChoice::Once {
            let repeat =
                if self.repeat == RepeatChoice::Weekly { Repeat::Weekly } else { Repeat::Fortnightly };
            let end = if self.use_times {
                match self.times.trim().parse::<u16>() {
                    Ok(n) if (1..=520).contains(&n) => SeriesEnd::Count(n),
                    _ => {
                        errors.insert("times", t!("cal-form-times-range"));
                        SeriesEnd::Count(1)
                    }
                }
            } else {
                match parse_date(&self.until) {
                    Ok(Some(u)) if u >= date => SeriesEnd::Until(u),
                    Ok(Some(_)) => {
                        errors.insert("until", t!("cal-form-until-before-first"));
                        SeriesEnd::Count(1)
                    }
                    Ok(None) => {
                        errors.insert("until", t!("cal-form-is-required"));
                        SeriesEnd::Count(1)
                    }
                    Err(e) => {
                        errors.insert("until", e.to_string());
                        SeriesEnd::Count(1)
                    }
                }
            };
            Some(Series { id: SeriesId::NEW, first: date, repeat, end })
        } else {
            None
        };
        if errors.is_empty() { Ok((session, series)) } else { Err(errors) }
    }

    fn payer_label(payer: Payer, funds: &[Fund]) -> String {
        match payer {
            Payer::SelfFunded => t!("cal-form-self-funded"),
            Payer::Sds(o) => o.label().to_string(),
            Payer::Fund(id) => funds
                .iter()
                .find(|f| f.id == id)
                .map_or(t!("cal-form-a-fund"), |f| t!("cal-form-fund-name", name = f.name.as_str())),
        }
    }

    /// Draws the form; returns false when it closes.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) -> bool {
        if self.lists.is_none() {
            let read = || -> Result<_, DataError> {
                let mut activities: Vec<Activity> =
                    cx.store.all::<Activity>()?.into_iter().filter(|a| !a.archived).collect();
                activities.sort_by(|a, b| a.name.cmp(&b.name));
                let mut members: Vec<Member> =
                    cx.store.all::<Member>()?.into_iter().filter(|m| !m.archived).collect();
                members.sort_by(|a, b| a.name.cmp(&b.name));
                Ok((activities, members, cx.store.all::<Fund>()?))
            };
            match read() {
                Ok(lists) => self.lists = Some(lists),
                Err(e) => {
                    cx.commands.push(Command::ShowError(t!(
                        "cal-form-lists-not-read",
                        error = crate::ui::error_chain(&e)
                    )));
                    return false;
                }
            }
        }
        let Some((activities, members, funds)) = self.lists.clone() else { return false };
        let mut keep = true;
        let title = match (&self.original, self.series_from) {
            (None, _) => t!("cal-book-session"),
            (Some(_), None) => t!("cal-edit-session"),
            (Some(o), Some(_)) => {
                t!("cal-form-edit-series-title", date = crate::i18n::date(o.date, "%-d %b %Y"))
            }
        };
        ui.heading(title);
        egui::ScrollArea::vertical().auto_shrink([false, false]).id_salt("session_form").show(ui, |ui| {
            egui::Grid::new("session_form_grid").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
                let l = ui.label(t!("cal-form-activity"));
                let before = self.activity;
                egui::ComboBox::from_id_salt("form_activity")
                    .selected_text(
                        self.activity
                            .and_then(|a| activities.iter().find(|x| x.id == a))
                            .map_or(t!("cal-form-choose-activity"), |a| a.name.clone()),
                    )
                    .width(260.0)
                    .show_ui(ui, |ui| {
                        for a in &activities {
                            ui.selectable_value(&mut self.activity, Some(a.id), &a.name);
                        }
                    })
                    .response
                    .labelled_by(l.id);
                ui.end_row();
                if before != self.activity
                    && let Some(a) = self.activity.and_then(|a| activities.iter().find(|x| x.id == a))
                {
                    self.minutes = a.default_minutes.to_string();
                    self.venue = a.venue.clone();
                }
                for (field, label, text) in [
                    ("date", t!("cal-form-date"), &mut self.date),
                    ("start", t!("cal-form-start"), &mut self.start),
                    ("minutes", t!("cal-form-minutes"), &mut self.minutes),
                    ("venue", t!("cal-form-venue"), &mut self.venue),
                    ("capacity", t!("cal-form-capacity"), &mut self.capacity),
                    ("notes", t!("cal-form-notes"), &mut self.notes),
                ] {
                    if self.series_from.is_some() && field == "date" {
                        continue;
                    }
                    if field == "date" {
                        let today = cx.today;
                        crate::ui::views::form::date_row_ui(ui, &label, text, self.errors.get(field), today);
                        continue;
                    }
                    crate::ui::views::form::text_row_ui(ui, &label, text, self.errors.get(field));
                }
                ui.label(t!("cal-form-delivered-by"));
                ui.vertical(|ui| {
                    let offering: Vec<&Member> = members
                        .iter()
                        .filter(|m| {
                            self.show_all_members
                                || self.activity.is_some_and(|a| m.activities.contains(&a))
                                || self.members.contains(&m.id)
                        })
                        .collect();
                    for m in offering {
                        let mut on = self.members.contains(&m.id);
                        if ui.checkbox(&mut on, &m.name).changed() {
                            if on {
                                self.members.insert(m.id);
                            } else {
                                self.members.remove(&m.id);
                            }
                        }
                    }
                    if self.activity.is_none() && !self.show_all_members && self.members.is_empty() {
                        ui.label(egui::RichText::new(t!("cal-form-choose-activity-hint")).weak());
                    }
                    ui.checkbox(&mut self.show_all_members, t!("cal-form-show-all-members"));
                    message_ui(ui, self.errors.get("members"));
                });
                ui.end_row();
            });
            ui.add_space(6.0);
            self.participants_ui(ui, cx, &funds);
            if self.original.is_none() {
                self.repeat_ui(ui, cx.today);
            }
            self.conflicts_ui(ui, cx);
            self.overspend_ui(ui, cx);
            ui.horizontal(|ui| {
                let label =
                    if self.original.is_some() { t!("cal-form-save-changes") } else { t!("cal-form-book") };
                if ui.button(label).clicked() {
                    match self.build() {
                        Ok((session, series)) => {
                            match (&self.original, self.series_from, series) {
                                (Some(o), Some(from), _) => {
                                    if let Some(series) = o.series {
                                        let change = SessionChange::between(o, &session);
                                        cx.act(Action::EditSeriesFrom(series, from, Box::new(change)));
                                    }
                                }
                                (Some(o), None, _) => {
                                    let change = SessionChange::between(o, &session);
                                    cx.act(Action::EditOccurrence(o.id, Box::new(change)));
                                }
                                (None, _, Some(series)) => {
                                    let occurrences = series
                                        .dates()
                                        .into_iter()
                                        .map(|d| Session { date: d, ..session.clone() })
                                        .collect();
                                    cx.act(Action::BookSessions(Some(Box::new(series)), occurrences));
                                }
                                (None, _, None) => cx.act(Action::BookSessions(None, vec![session])),
                            }
                            keep = false;
                        }
                        Err(e) => self.errors = e,
                    }
                }
                if ui.button(t!("cal-form-cancel")).clicked() {
                    keep = false;
                }
            });
            if !self.errors.is_empty() {
                message_ui(ui, Some(&t!("cal-form-not-saved")));
            }
        });
        keep
    }

    fn participants_ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>, funds: &[Fund]) {
        ui.label(egui::RichText::new(t!("cal-form-participants")).strong());
        let mut remove = None;
        for (i, (p, name)) in self.participants.iter_mut().enumerate() {
            if name.is_empty() {
                *name = match cx.store.get::<Person>(p.person) {
                    Ok(found) => {
                        found.map_or(t!("cal-unknown-person"), |x| format!("{} ({})", x.name, x.reference))
                    }
                    Err(e) => t!("cal-form-name-not-read", error = crate::ui::error_chain(&e)),
                };
            }
            ui.horizontal(|ui| {
                let label = ui.label(name.as_str());
                let mut choices = vec![Payer::SelfFunded];
                choices.extend(SdsOption::ALL.iter().map(|o| Payer::Sds(*o)));
                choices.extend(funds.iter().map(|f| Payer::Fund(f.id)));
                egui::ComboBox::from_id_salt(("payer", i))
                    .selected_text(Self::payer_label(p.payer, funds))
                    .show_ui(ui, |ui| {
                        for c in choices {
                            ui.selectable_value(&mut p.payer, c, Self::payer_label(c, funds));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if ui
                    .button(t!("cal-form-remove", name = name.split(" (").next().unwrap_or_default()))
                    .clicked()
                {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            self.participants.remove(i);
        }
        if let Some((id, _)) =
            self.find_person.ui(ui, cx, &t!("cal-form-add-participant"), &t!("cal-form-add"))
        {
            match cx.store.get::<Person>(id) {
                Ok(Some(person)) if self.participants.iter().any(|(p, _)| p.person == person.id) => {
                    self.errors
                        .insert("participants", t!("cal-form-already-booked", name = person.name.as_str()));
                }
                Ok(Some(person)) => {
                    self.participants.push((
                        Participant {
                            person: person.id,
                            payer: person.default_payer.unwrap_or(Payer::SelfFunded),
                            attendance: Attendance::Expected,
                            note: String::new(),
                        },
                        format!("{} ({})", person.name, person.reference),
                    ));
                    self.errors.remove("participants");
                }
                Ok(None) => {
                    self.errors.insert("participants", t!("cal-form-person-gone"));
                }
                Err(e) => {
                    self.errors.insert("participants", crate::ui::error_chain(&e));
                }
            }
        }
        message_ui(ui, self.errors.get("participants"));
    }

    fn repeat_ui(&mut self, ui: &mut egui::Ui, today: NaiveDate) {
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("cal-form-repeats"));
            ui.radio_value(&mut self.repeat, RepeatChoice::Once, t!("cal-form-once"));
            ui.radio_value(&mut self.repeat, RepeatChoice::Weekly, t!("cal-form-weekly"));
            ui.radio_value(&mut self.repeat, RepeatChoice::Fortnightly, t!("cal-form-fortnightly"));
        });
        if self.repeat != RepeatChoice::Once {
            ui.horizontal_wrapped(|ui| {
                ui.radio_value(&mut self.use_times, true, t!("cal-form-this-many-times"));
                let l = ui.label(t!("cal-form-times"));
                ui.add(egui::TextEdit::singleline(&mut self.times).desired_width(50.0)).labelled_by(l.id);
                ui.radio_value(&mut self.use_times, false, t!("cal-form-until-a-date"));
                crate::ui::views::form::date_field_ui(
                    ui,
                    &t!("cal-form-until"),
                    &t!("cal-form-last-session-date"),
                    &mut self.until,
                    100.0,
                    today,
                );
            });
            message_ui(ui, self.errors.get("times").or(self.errors.get("until")));
        }
    }

    /// Warns, before booking, when a fund paying for a place would be overspent.
    fn overspend_ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let Ok((session, series)) = self.build() else { return };
        if self.budgets.as_ref().is_none_or(|(g, _)| *g != cx.store.generation()) {
            self.budgets = Some((
                cx.store.generation(),
                crate::report::funds::budget(cx.store, cx.today).map_err(|e| crate::ui::error_chain(&e)),
            ));
        }
        let budgets = match &self.budgets {
            Some((_, Ok(budgets))) => budgets,
            Some((_, Err(e))) => {
                ui.label(
                    egui::RichText::new(t!("cal-form-funds-not-checked", error = e.as_str()))
                        .color(ui.visuals().error_fg_color),
                );
                return;
            }
            None => return,
        };
        let Some((activities, members, _)) = &self.lists else { return };
        let Some(activity) = activities.iter().find(|a| a.id == session.activity) else { return };
        let occurrences = series.as_ref().map_or(1, |s| s.dates().len()) as i64;
        for (fund, status) in budgets {
            let extra: i64 = session
                .participants
                .iter()
                .filter(|p| p.payer == Payer::Fund(fund.id))
                .map(|p| crate::domain::funding::place_cost(&session, p, activity, members).0)
                .sum::<i64>()
                * occurrences;
            let extra = crate::domain::Money(extra);
            if extra.0 > 0 && status.would_overspend(extra) {
                ui.label(
                    egui::RichText::new(t!(
                        "cal-form-would-overspend",
                        fund = fund.name.as_str(),
                        over = crate::domain::Money(-(status.remaining() - extra).0).to_string(),
                        left = status.remaining().to_string()
                    ))
                    .strong()
                    .color(ui.visuals().error_fg_color),
                );
            }
        }
    }

    fn conflicts_ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let Ok((session, _)) = self.build() else { return };
        // The check reads the store: do it when the booking or the data changed, not every frame.
        let stale =
            self.conflict_cache.as_ref().is_none_or(|(g, s, _)| *g != cx.store.generation() || *s != session);
        if stale {
            let lines = self.conflict_lines(&session, cx);
            self.conflict_cache = Some((cx.store.generation(), session, lines));
        }
        let Some((_, _, lines)) = &self.conflict_cache else { return };
        if lines.is_empty() {
            return;
        }
        ui.add_space(4.0);
        ui.label(
            egui::RichText::new(t!("cal-form-conflicts-warning")).strong().color(ui.visuals().warn_fg_color),
        );
        for line in lines {
            ui.label(egui::RichText::new(line).color(ui.visuals().warn_fg_color));
        }
    }

    /// The conflicts of `session` with what is booked that day, in words.
    fn conflict_lines(&self, session: &Session, cx: &ViewContext<'_>) -> Vec<String> {
        let read = || -> Result<_, DataError> {
            let same_day = cx.store.sessions_between(session.date, session.date)?;
            let mut availability = Vec::new();
            for m in &session.members {
                availability.push(cx.store.availability_of(*m)?);
            }
            Ok((same_day, availability))
        };
        let (same_day, mut availability) = match read() {
            Ok(read) => read,
            Err(e) => return vec![t!("cal-form-conflicts-not-checked", error = crate::ui::error_chain(&e))],
        };
        availability.retain(|a| !a.weekly.is_empty() || !a.exceptions.is_empty());
        let Some((activities, members, _)) = &self.lists else { return Vec::new() };
        let capacity = activities.iter().find(|a| a.id == session.activity).map_or(1, |a| a.capacity);
        let found = conflicts(session, &same_day, capacity, &availability);
        if found.is_empty() {
            return Vec::new();
        }
        let data = Loaded {
            sessions: same_day,
            members: members.iter().map(|x| (x.id, x.clone())).collect(),
            activities: activities.iter().map(|x| (x.id, x.clone())).collect(),
            ..Default::default()
        };
        let names: Vec<_> = self.participants.iter().map(|(p, n)| (p.person, n.clone())).collect();
        found.iter().map(|c| conflict_text(c, &data, &names)).collect()
    }
}
