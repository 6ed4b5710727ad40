//! One session opened from the calendar: details, participants and their attendance,
//! conflicts, and what can be done to it.

use super::Loaded;
use crate::actions::Action;
use crate::data::ReadsExt;
use crate::domain::schedule::Conflict;
use crate::domain::{Attendance, Participant, Person, PersonId, Session, SessionId};
use crate::t;
use crate::ui::Command;
use crate::ui::views::ViewContext;
use chrono::NaiveDate;

/// What the user asked for in the pane.
pub enum PanelAction {
    /// Nothing.
    None,
    /// Close the pane.
    Close,
    /// Edit this occurrence (`None`) or the series from this occurrence's date on.
    Edit(Option<NaiveDate>),
}

/// The session pane's state: attendance being marked.
#[derive(Default)]
pub struct SessionPanel {
    draft: Option<(SessionId, Vec<Participant>)>,
    names: Vec<(crate::domain::PersonId, String)>,
}

/// A conflict in words.
pub fn conflict_text(c: &Conflict, data: &Loaded, names: &[(crate::domain::PersonId, String)]) -> String {
    let member = |id| data.members.get(&id).map_or(t!("cal-a-member"), |m| m.name.clone());
    match c {
        Conflict::MemberDoubleBooked { member: m, other } => {
            let other = data.sessions.iter().find(|s| s.id == *other);
            t!(
                "cal-conflict-member-booked",
                member = member(*m),
                other = other.map_or(t!("cal-another-session"), |o| t!(
                    "cal-activity-at",
                    activity = data.activity_name(o.activity),
                    time = o.start.format("%H:%M").to_string()
                ))
            )
        }
        Conflict::PersonDoubleBooked { person, .. } => {
            let name =
                names.iter().find(|(id, _)| id == person).map_or(t!("cal-a-participant"), |(_, n)| n.clone());
            t!("cal-conflict-person-booked", name = name)
        }
        Conflict::OverCapacity { booked, capacity } => {
            t!("cal-conflict-over-capacity", booked = booked.to_string(), capacity = capacity.to_string())
        }
        Conflict::OutsideAvailability { member: m } => {
            t!("cal-conflict-outside-availability", member = member(*m))
        }
    }
}

impl SessionPanel {
    /// Draws the pane for `session`.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &Session,
        data: &Loaded,
        cx: &mut ViewContext<'_>,
    ) -> PanelAction {
        let mut action = PanelAction::None;
        if self.draft.as_ref().is_none_or(|(id, _)| *id != session.id) {
            self.draft = Some((session.id, session.participants.clone()));
            let ids: Vec<PersonId> = session.participants.iter().map(|p| p.person).collect();
            let people = cx.store.get_many::<Person>(&ids).unwrap_or_else(|e| {
                cx.commands
                    .push(Command::ShowError(t!("cal-names-not-read", error = crate::ui::error_chain(&e))));
                Vec::new()
            });
            self.names =
                people.into_iter().map(|p| (p.id, format!("{} ({})", p.name, p.reference))).collect();
        }
        ui.heading(data.activity_name(session.activity));
        ui.label(t!(
            "cal-panel-when",
            date = crate::i18n::date(session.date, "%a %-d %b %Y"),
            start = session.start.format("%H:%M").to_string(),
            end = session.ends_at().format("%H:%M").to_string(),
            venue = session.venue.as_str()
        ));
        ui.label(t!("cal-panel-with", members = data.member_names(session)));
        if session.series.is_some() {
            ui.label(egui::RichText::new(t!("cal-part-of-series")).weak());
        }
        if session.cancelled {
            ui.label(
                egui::RichText::new(t!("cal-session-cancelled")).color(ui.visuals().warn_fg_color).strong(),
            );
        }
        if !session.notes.is_empty() {
            ui.label(&session.notes);
        }
        if let Some(list) = data.conflicts.get(&session.id) {
            ui.add_space(4.0);
            ui.label(egui::RichText::new(t!("cal-conflicts")).strong().color(ui.visuals().error_fg_color));
            for c in list {
                ui.label(
                    egui::RichText::new(conflict_text(c, data, &self.names))
                        .color(ui.visuals().error_fg_color),
                );
            }
        }
        ui.separator();
        let Some((_, draft)) = &mut self.draft else { return action };
        ui.label(
            egui::RichText::new(t!(
                "cal-participants-places",
                booked = draft.len().to_string(),
                capacity = data.capacity(session).to_string()
            ))
            .strong(),
        );
        if draft.is_empty() {
            ui.label(t!("cal-no-one-booked"));
        }
        let read_only = cx.read_only;
        ui.add_enabled_ui(!read_only, |ui| {
            egui::Grid::new("attendance_grid").num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
                for p in draft.iter_mut() {
                    let name = self
                        .names
                        .iter()
                        .find(|(id, _)| *id == p.person)
                        .map_or(t!("cal-unknown-person"), |(_, n)| n.clone());
                    let label = ui.label(&name);
                    ui.vertical(|ui| {
                        egui::ComboBox::from_id_salt(("attendance", p.person.0))
                            .selected_text(p.attendance.label())
                            .show_ui(ui, |ui| {
                                for a in Attendance::ALL {
                                    ui.selectable_value(&mut p.attendance, *a, a.label());
                                }
                            })
                            .response
                            .labelled_by(label.id);
                        let note_label = t!("cal-note-for", name = name.as_str());
                        ui.add(
                            egui::TextEdit::singleline(&mut p.note)
                                .hint_text(t!("cal-note"))
                                .desired_width(200.0),
                        )
                        .on_hover_text(&note_label)
                        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &note_label));
                    });
                    ui.end_row();
                }
            });
        });
        ui.horizontal_wrapped(|ui| {
            if read_only {
                return;
            }
            if !draft.is_empty() && ui.button(t!("cal-mark-all-attended")).clicked() {
                for p in draft.iter_mut() {
                    p.attendance = Attendance::Attended;
                }
            }
            if ui
                .add_enabled(*draft != session.participants, egui::Button::new(t!("cal-save-attendance")))
                .clicked()
            {
                cx.act(Action::RecordAttendance(session.id, draft.clone()));
            }
        });
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            if !cx.read_only && ui.button(t!("cal-edit-session")).clicked() {
                action = PanelAction::Edit(None);
            }
            if !cx.read_only
                && session.series.is_some()
                && ui.button(t!("cal-edit-series-from-here")).clicked()
            {
                action = PanelAction::Edit(Some(session.date));
            }
            if !session.cancelled && (!cx.read_only && ui.button(t!("cal-cancel-session")).clicked()) {
                cx.act(Action::SetSessionCancelled(session.id, true));
            }
            if !cx.read_only && session.cancelled && ui.button(t!("cal-restore-session")).clicked() {
                cx.act(Action::SetSessionCancelled(session.id, false));
            }
            if let Some(series) = session.series
                && !cx.read_only
                && ui.button(t!("cal-cancel-series-from-here")).clicked()
            {
                cx.act(Action::CancelSeriesFrom(series, session.date));
            }
            if ui.button(t!("cal-close-session")).clicked() {
                action = PanelAction::Close;
            }
        });
        action
    }
}
