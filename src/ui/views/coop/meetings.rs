//! The Meetings tab: general and board meetings, newest first; holding one (notice, who
//! attended and how, the quorum), its resolutions with proposer, seconder and votes (in total
//! or by class) passed or not by the rules, the minutes, and the pack and minutes as PDF.

use super::{CoopData, entry_choice_ui, save_pdf_ui};
use crate::actions::Action;
use crate::domain::coop::meeting::Attendee;
use crate::domain::{
    Meeting, MeetingKind, Presence, RegisterEntry, Resolution, ResolutionKind, Tally, Votes,
};
use crate::ui::views::ViewContext;
use crate::ui::views::form::{date_field_ui, date_text, message_ui, parse_date};
use crate::ui::views::show_date;

/// A meeting being held or changed: the record itself, with its dates as typed.
struct MeetingForm {
    meeting: Meeting,
    date: String,
    notice: String,
    /// Part of a name, to find a member in the attendance list.
    find: String,
    error: Option<String>,
    sent: super::Sent,
}

impl MeetingForm {
    fn edit(m: &Meeting) -> Self {
        MeetingForm {
            meeting: m.clone(),
            date: date_text(Some(m.date)),
            notice: date_text(m.notice_given),
            find: String::new(),
            error: None,
            sent: super::Sent::default(),
        }
    }

    /// The meeting with the typed dates (the rest is edited in place).
    fn build(&self) -> Result<Meeting, String> {
        let mut m = self.meeting.clone();
        m.date =
            parse_date(&self.date).map_err(|e| format!("Date: {e}"))?.ok_or("Give the meeting's date")?;
        m.notice_given = parse_date(&self.notice).map_err(|e| format!("Notice given: {e}"))?;
        m.validate().map_err(|e| e.to_string())?;
        Ok(m)
    }
}

/// The Meetings tab.
#[derive(Default)]
pub(super) struct MeetingsTab {
    form: Option<MeetingForm>,
    /// The list's rows (newest first, as `CoopData::meetings`), made once per change of the data.
    rows: Vec<[String; 4]>,
    rows_for: Option<u64>,
}

/// Each meeting in words: name, present against the quorum, resolutions passed, notice.
fn list_rows(data: &CoopData) -> Vec<[String; 4]> {
    let rules = &data.settings.coop;
    data.meetings
        .iter()
        .map(|m| {
            let present = m.present(&data.entries);
            let quorum = m.quorum_needed(rules, &data.entries);
            let passed = m.resolutions.iter().filter(|r| r.outcome(rules).is_some_and(|o| o.passed)).count();
            let notice = match m.notice_warning(rules) {
                Some(w) => w,
                None if m.kind.is_general() => "Enough".into(),
                None => "Not needed".into(),
            };
            [
                format!("{}, {}", m.kind.label(), show_date(m.date)),
                format!("{present} (quorum {quorum})"),
                format!("{} put, {passed} passed", m.resolutions.len()),
                notice,
            ]
        })
        .collect()
}

impl MeetingsTab {
    /// The data has changed: a meeting that was saved closes (the list shows it as stored).
    pub(super) fn saved(&mut self, generation: u64) {
        if self.form.as_ref().is_some_and(|f| f.sent.landed(generation)) {
            self.form = None;
        }
    }

    pub(super) fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>, data: &CoopData) {
        if let Some(form) = &mut self.form {
            if !form_ui(ui, form, cx, data) {
                self.form = None;
            }
            return;
        }
        ui.horizontal_wrapped(|ui| {
            if !cx.read_only {
                for kind in MeetingKind::ALL {
                    if ui.button(format!("New {}", kind.label().to_lowercase())).clicked() {
                        // A general meeting on the first day today's notice allows.
                        let mut m = Meeting::new(*kind, cx.today);
                        if kind.is_general() {
                            let days = u64::from(data.settings.coop.notice_clear_days) + 1;
                            m.date = cx.today.checked_add_days(chrono::Days::new(days)).unwrap_or(cx.today);
                            m.notice_given = Some(cx.today);
                        }
                        self.form = Some(MeetingForm::edit(&m));
                    }
                }
            }
        });
        if data.meetings.is_empty() {
            ui.label("No meetings are recorded yet.");
            return;
        }
        let generation = cx.store.generation();
        if self.rows_for != Some(generation) {
            self.rows = list_rows(data);
            self.rows_for = Some(generation);
        }
        let mut open = None;
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            egui::Grid::new("meetings_grid").num_columns(4).spacing([18.0, 4.0]).striped(true).show(
                ui,
                |ui| {
                    for h in ["Meeting", "Present", "Resolutions", "Notice"] {
                        ui.label(egui::RichText::new(h).strong());
                    }
                    ui.end_row();
                    for (i, row) in self.rows.iter().enumerate() {
                        if ui.link(&row[0]).on_hover_text("Open this meeting").clicked() {
                            open = data.meetings.get(i).cloned();
                        }
                        for cell in &row[1..] {
                            ui.label(cell);
                        }
                        ui.end_row();
                    }
                },
            );
        });
        if let Some(m) = open {
            self.form = Some(MeetingForm::edit(&m));
        }
    }
}

/// Draws the meeting; false once closed.
fn form_ui(ui: &mut egui::Ui, form: &mut MeetingForm, cx: &mut ViewContext<'_>, data: &CoopData) -> bool {
    let rules = &data.settings.coop;
    let mut keep = true;
    let day = parse_date(&form.date).ok().flatten().map_or(form.date.clone(), show_date);
    let title = format!("{}, {day}", form.meeting.kind.label());
    ui.heading(if form.meeting.id.is_new() { format!("New: {title}") } else { title });
    ui.horizontal_wrapped(|ui| {
        if !cx.read_only {
            let label = if form.meeting.id.is_new() { "Save meeting" } else { "Save changes" };
            if ui.add_enabled(!form.sent.waiting(), egui::Button::new(label)).clicked() {
                match form.build() {
                    Ok(m) => {
                        form.error = None;
                        form.sent.send(cx);
                        cx.act(Action::SaveMeeting(Box::new(m)));
                    }
                    Err(e) => form.error = Some(e),
                }
            }
        }
        if ui.button("Meeting pack (PDF)...").clicked() {
            match form.build() {
                Ok(m) => {
                    let doc = crate::report::coop::meeting_pack(&m, &data.entries, &data.settings);
                    save_pdf_ui(cx, &format!("{}-{}-pack.pdf", m.kind.key(), m.date), &doc);
                }
                Err(e) => form.error = Some(e),
            }
        }
        if ui.button("Minutes (PDF)...").clicked() {
            match form.build() {
                Ok(m) => {
                    let doc = crate::report::coop::minutes(&m, &data.entries, &data.settings);
                    save_pdf_ui(cx, &format!("{}-{}-minutes.pdf", m.kind.key(), m.date), &doc);
                }
                Err(e) => form.error = Some(e),
            }
        }
        if ui.button("Close meeting").clicked() {
            keep = false;
        }
    });
    message_ui(ui, form.error.as_ref());
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        details_ui(ui, form, cx);
        if let Ok(m) = form.build() {
            form.meeting.date = m.date;
            form.meeting.notice_given = m.notice_given;
            if let Some(w) = m.notice_warning(rules) {
                ui.label(egui::RichText::new(w).color(ui.visuals().warn_fg_color));
            }
        }
        ui.add_space(6.0);
        let present = form.meeting.present(&data.entries);
        let quorum = form.meeting.quorum_needed(rules, &data.entries);
        let heading = format!(
            "Attendance: {present} present; the quorum is {quorum}: {}",
            if present >= quorum { "quorate" } else { "not quorate" }
        );
        // Who was a member on the day, by name: worked out once for the frame.
        let current = data.current(form.meeting.date);
        egui::CollapsingHeader::new(heading)
            .id_salt(("attendance", form.meeting.id.0))
            .default_open(form.meeting.id.is_new())
            .show(ui, |ui| attendance_ui(ui, form, &current));
        ui.add_space(6.0);
        resolutions_ui(ui, form, cx, data, &current);
        ui.add_space(6.0);
        ui.label(egui::RichText::new("Minutes").strong());
        let l = ui.label("The minutes' text");
        ui.add(egui::TextEdit::multiline(&mut form.meeting.minutes).desired_width(600.0).desired_rows(4))
            .labelled_by(l.id);
    });
    form.sent.settle(cx);
    keep
}

fn details_ui(ui: &mut egui::Ui, form: &mut MeetingForm, cx: &ViewContext<'_>) {
    ui.horizontal_wrapped(|ui| {
        let l = ui.label("Kind");
        egui::ComboBox::from_id_salt("meeting_kind")
            .selected_text(form.meeting.kind.label())
            .show_ui(ui, |ui| {
                for k in MeetingKind::ALL {
                    ui.selectable_value(&mut form.meeting.kind, *k, k.label());
                }
            })
            .response
            .labelled_by(l.id);
        date_field_ui(ui, "Date", "Meeting date", &mut form.date, 100.0, cx.today);
        date_field_ui(ui, "Notice given", "Notice date", &mut form.notice, 100.0, cx.today);
    });
    ui.horizontal_wrapped(|ui| {
        let l = ui.label("Place");
        ui.add(egui::TextEdit::singleline(&mut form.meeting.place).desired_width(260.0)).labelled_by(l.id);
        ui.checkbox(&mut form.meeting.online, "Online as well");
    });
}

fn attendance_ui(ui: &mut egui::Ui, form: &mut MeetingForm, current: &[&RegisterEntry]) {
    ui.horizontal(|ui| {
        let l = ui.label("Find a member");
        ui.add(egui::TextEdit::singleline(&mut form.find).hint_text("Part of a name").desired_width(200.0))
            .labelled_by(l.id);
    });
    let m = &mut form.meeting;
    let needle = form.find.trim().to_lowercase();
    let eligible: Vec<&RegisterEntry> = current
        .iter()
        .copied()
        .filter(|e| m.kind.is_general() || e.offices_on(m.date).next().is_some())
        .filter(|e| needle.is_empty() || e.name.to_lowercase().contains(&needle))
        .collect();
    // Only the rows in view are drawn, however many members the co-op has.
    let row_height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical().id_salt("attendance").max_height(360.0).show_rows(
        ui,
        row_height,
        eligible.len(),
        |ui, range| {
            for e in &eligible[range] {
                ui.horizontal(|ui| attendee_ui(ui, m, e));
            }
        },
    );
}

/// One member's line: present or not, how, and who held their proxy.
fn attendee_ui(ui: &mut egui::Ui, m: &mut Meeting, e: &RegisterEntry) {
    let at = m.attendees.iter().position(|a| a.entry == e.id);
    let mut here = at.is_some();
    let name = ui.allocate_ui(egui::vec2(260.0, ui.spacing().interact_size.y), |ui| {
        ui.set_min_width(260.0);
        let tick = ui.checkbox(&mut here, &e.name);
        if tick.changed() {
            match (here, at) {
                (true, None) => m.attendees.push(Attendee {
                    entry: e.id,
                    presence: Presence::InPerson,
                    proxy_holder: String::new(),
                }),
                (false, Some(i)) => {
                    m.attendees.remove(i);
                }
                _ => {}
            }
        }
        tick.id
    });
    if let Some(a) = m.attendees.iter_mut().find(|a| a.entry == e.id) {
        egui::ComboBox::from_id_salt(("presence", e.id.0))
            .selected_text(a.presence.label())
            .show_ui(ui, |ui| {
                for p in Presence::ALL {
                    ui.selectable_value(&mut a.presence, *p, p.label());
                }
            })
            .response
            .labelled_by(name.inner)
            .on_hover_text(format!("How {} took part", e.name));
        if a.presence == Presence::Proxy {
            ui.add(
                egui::TextEdit::singleline(&mut a.proxy_holder)
                    .hint_text("Proxy held by")
                    .desired_width(140.0),
            )
            .on_hover_text(format!("Who held {}'s proxy", e.name));
        }
    }
}

fn resolutions_ui(
    ui: &mut egui::Ui,
    form: &mut MeetingForm,
    cx: &ViewContext<'_>,
    data: &CoopData,
    current: &[&RegisterEntry],
) {
    let rules = &data.settings.coop;
    ui.label(egui::RichText::new("Resolutions").strong());
    let mut remove = None;
    for (i, r) in form.meeting.resolutions.iter_mut().enumerate() {
        let n = i + 1;
        ui.group(|ui| {
            let l = ui.label(format!("Resolution {n}"));
            ui.add(egui::TextEdit::multiline(&mut r.text).desired_width(600.0).desired_rows(2))
                .labelled_by(l.id);
            ui.horizontal_wrapped(|ui| {
                let l = ui.label(format!("Resolution {n} is"));
                egui::ComboBox::from_id_salt(("resolution_kind", i))
                    .selected_text(r.kind.label())
                    .show_ui(ui, |ui| {
                        for k in ResolutionKind::ALL {
                            ui.selectable_value(&mut r.kind, *k, k.label());
                        }
                    })
                    .response
                    .labelled_by(l.id);
                entry_choice_ui(
                    ui,
                    &format!("Resolution {n} proposed by"),
                    ("proposer", i),
                    &mut r.proposer,
                    current,
                    "No one recorded",
                );
                entry_choice_ui(
                    ui,
                    &format!("Resolution {n} seconded by"),
                    ("seconder", i),
                    &mut r.seconder,
                    current,
                    "No one recorded",
                );
            });
            votes_ui(ui, r, n, data);
            let outcome = r.outcome(rules);
            ui.label(egui::RichText::new(crate::report::coop::votes_words(&r.votes, outcome)).strong());
            if !cx.read_only && ui.button(format!("Remove resolution {n}")).clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        form.meeting.resolutions.remove(i);
    }
    if !cx.read_only && ui.button("Add a resolution").clicked() {
        form.meeting.resolutions.push(Resolution {
            text: String::new(),
            kind: ResolutionKind::Ordinary,
            proposer: None,
            seconder: None,
            votes: Votes::NotYet,
            minutes: String::new(),
        });
    }
}

fn tally_ui(ui: &mut egui::Ui, t: &mut Tally, label: &str) {
    for (what, n) in [("for", &mut t.for_), ("against", &mut t.against), ("abstaining", &mut t.abstain)] {
        let l = ui.label(format!("{label} {what}"));
        ui.add(egui::DragValue::new(n).range(0..=100_000)).labelled_by(l.id);
    }
}

fn votes_ui(ui: &mut egui::Ui, r: &mut Resolution, n: usize, data: &CoopData) {
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(format!("Resolution {n} votes"));
        let shown = match r.votes {
            Votes::NotYet => "Not yet voted",
            Votes::Total(_) => "In total",
            Votes::ByClass(_) => "By class",
        };
        egui::ComboBox::from_id_salt(("votes_how", n))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                if ui.selectable_label(matches!(r.votes, Votes::NotYet), "Not yet voted").clicked() {
                    r.votes = Votes::NotYet;
                }
                if ui.selectable_label(matches!(r.votes, Votes::Total(_)), "In total").clicked()
                    && !matches!(r.votes, Votes::Total(_))
                {
                    r.votes = Votes::Total(Tally::default());
                }
                if ui.selectable_label(matches!(r.votes, Votes::ByClass(_)), "By class").clicked()
                    && !matches!(r.votes, Votes::ByClass(_))
                {
                    let classes =
                        data.settings.coop.classes.iter().map(|c| (c.name.clone(), Tally::default()));
                    r.votes = Votes::ByClass(classes.collect());
                }
            })
            .response
            .labelled_by(l.id);
    });
    match &mut r.votes {
        Votes::NotYet => {}
        Votes::Total(t) => {
            ui.horizontal_wrapped(|ui| tally_ui(ui, t, "Votes"));
        }
        Votes::ByClass(classes) => {
            for (class, t) in classes.iter_mut() {
                ui.horizontal_wrapped(|ui| tally_ui(ui, t, class));
            }
        }
    }
}
