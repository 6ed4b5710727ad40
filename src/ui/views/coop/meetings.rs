//! The Meetings tab: general and board meetings, newest first; holding one (notice, who
//! attended and how, the quorum), its resolutions with proposer, seconder and votes (in total
//! or by class) passed or not by the rules, the minutes, and the pack and minutes as PDF.

use super::{CoopData, entry_choice_ui, save_pdf_ui};
use crate::actions::Action;
use crate::domain::coop::meeting::Attendee;
use crate::domain::{
    Meeting, MeetingKind, Presence, RegisterEntry, Resolution, ResolutionKind, Tally, Votes,
};
use crate::t;
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
        m.date = parse_date(&self.date)
            .map_err(|e| t!("coop-meeting-date-error", error = e.to_string()))?
            .ok_or_else(|| t!("coop-meeting-give-date"))?;
        m.notice_given =
            parse_date(&self.notice).map_err(|e| t!("coop-meeting-notice-error", error = e.to_string()))?;
        m.validate().map_err(|e| e.to_string())?;
        Ok(m)
    }
}

/// The Meetings tab.
#[derive(Default)]
pub(super) struct MeetingsTab {
    form: Option<MeetingForm>,
    /// The list's rows (newest first, as `CoopData::meetings`), made once per change of the data
    /// (or of the interface language).
    rows: Vec<[String; 4]>,
    rows_for: Option<(u64, crate::i18n::Lang)>,
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
                None if m.kind.is_general() => t!("coop-meetings-notice-enough"),
                None => t!("coop-meetings-notice-not-needed"),
            };
            [
                format!("{}, {}", m.kind.label(), show_date(m.date)),
                t!("coop-meetings-present-quorum", present = present, quorum = quorum),
                t!("coop-meetings-put-passed", put = m.resolutions.len(), passed = passed),
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
                    if ui.button(t!("coop-meetings-new", kind = kind.label().to_lowercase())).clicked() {
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
            ui.label(t!("coop-meetings-none"));
            return;
        }
        let key = (cx.store.generation(), crate::i18n::current());
        if self.rows_for != Some(key) {
            self.rows = list_rows(data);
            self.rows_for = Some(key);
        }
        let mut open = None;
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            egui::Grid::new("meetings_grid").num_columns(4).spacing([18.0, 4.0]).striped(true).show(
                ui,
                |ui| {
                    for h in [
                        t!("coop-meetings-col-meeting"),
                        t!("coop-meetings-col-present"),
                        t!("coop-meetings-col-resolutions"),
                        t!("coop-meetings-col-notice"),
                    ] {
                        ui.label(egui::RichText::new(h).strong());
                    }
                    ui.end_row();
                    for (i, row) in self.rows.iter().enumerate() {
                        if ui.link(&row[0]).on_hover_text(t!("coop-meetings-open")).clicked() {
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
    ui.heading(if form.meeting.id.is_new() { t!("coop-meeting-new-title", title = title) } else { title });
    ui.horizontal_wrapped(|ui| {
        if !cx.read_only {
            let label = if form.meeting.id.is_new() {
                t!("coop-meeting-save-meeting")
            } else {
                t!("coop-meeting-save-changes")
            };
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
        if ui.button(t!("coop-meeting-pack-pdf")).clicked() {
            match form.build() {
                Ok(m) => {
                    let doc = crate::report::coop::meeting_pack(&m, &data.entries, &data.settings);
                    save_pdf_ui(cx, &format!("{}-{}-pack.pdf", m.kind.key(), m.date), &doc);
                }
                Err(e) => form.error = Some(e),
            }
        }
        if ui.button(t!("coop-meeting-minutes-pdf")).clicked() {
            match form.build() {
                Ok(m) => {
                    let doc = crate::report::coop::minutes(&m, &data.entries, &data.settings);
                    save_pdf_ui(cx, &format!("{}-{}-minutes.pdf", m.kind.key(), m.date), &doc);
                }
                Err(e) => form.error = Some(e),
            }
        }
        if ui.button(t!("coop-meeting-close")).clicked() {
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
        let state =
            if present >= quorum { t!("coop-meeting-quorate") } else { t!("coop-meeting-not-quorate") };
        let heading = t!("coop-meeting-attendance", present = present, quorum = quorum, state = state);
        // Who was a member on the day, by name: worked out once for the frame.
        let current = data.current(form.meeting.date);
        egui::CollapsingHeader::new(heading)
            .id_salt(("attendance", form.meeting.id.0))
            .default_open(form.meeting.id.is_new())
            .show(ui, |ui| attendance_ui(ui, form, &current));
        ui.add_space(6.0);
        resolutions_ui(ui, form, cx, data, &current);
        ui.add_space(6.0);
        ui.label(egui::RichText::new(t!("coop-meeting-minutes")).strong());
        let l = ui.label(t!("coop-meeting-minutes-text"));
        ui.add(egui::TextEdit::multiline(&mut form.meeting.minutes).desired_width(600.0).desired_rows(4))
            .labelled_by(l.id);
    });
    form.sent.settle(cx);
    keep
}

fn details_ui(ui: &mut egui::Ui, form: &mut MeetingForm, cx: &ViewContext<'_>) {
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t!("coop-meeting-kind"));
        egui::ComboBox::from_id_salt("meeting_kind")
            .selected_text(form.meeting.kind.label())
            .show_ui(ui, |ui| {
                for k in MeetingKind::ALL {
                    ui.selectable_value(&mut form.meeting.kind, *k, k.label());
                }
            })
            .response
            .labelled_by(l.id);
        date_field_ui(
            ui,
            &t!("coop-meeting-date"),
            &t!("coop-meeting-date-picker"),
            &mut form.date,
            100.0,
            cx.today,
        );
        date_field_ui(
            ui,
            &t!("coop-meeting-notice"),
            &t!("coop-meeting-notice-picker"),
            &mut form.notice,
            100.0,
            cx.today,
        );
    });
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t!("coop-meeting-place"));
        ui.add(egui::TextEdit::singleline(&mut form.meeting.place).desired_width(260.0)).labelled_by(l.id);
        ui.checkbox(&mut form.meeting.online, t!("coop-meeting-online"));
    });
}

fn attendance_ui(ui: &mut egui::Ui, form: &mut MeetingForm, current: &[&RegisterEntry]) {
    ui.horizontal(|ui| {
        let l = ui.label(t!("coop-meeting-find-member"));
        ui.add(
            egui::TextEdit::singleline(&mut form.find)
                .hint_text(t!("coop-meeting-find-hint"))
                .desired_width(200.0),
        )
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
            .on_hover_text(t!("coop-meeting-how-took-part", name = e.name.as_str()));
        if a.presence == Presence::Proxy {
            ui.add(
                egui::TextEdit::singleline(&mut a.proxy_holder)
                    .hint_text(t!("coop-meeting-proxy-hint"))
                    .desired_width(140.0),
            )
            .on_hover_text(t!("coop-meeting-proxy-holder", name = e.name.as_str()));
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
    ui.label(egui::RichText::new(t!("coop-meeting-resolutions")).strong());
    let mut remove = None;
    for (i, r) in form.meeting.resolutions.iter_mut().enumerate() {
        let n = i + 1;
        let number = n.to_string();
        ui.group(|ui| {
            let l = ui.label(t!("coop-meeting-resolution", n = number.as_str()));
            ui.add(egui::TextEdit::multiline(&mut r.text).desired_width(600.0).desired_rows(2))
                .labelled_by(l.id);
            ui.horizontal_wrapped(|ui| {
                let l = ui.label(t!("coop-meeting-resolution-kind", n = number.as_str()));
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
                    &t!("coop-meeting-proposed-by", n = number.as_str()),
                    ("proposer", i),
                    &mut r.proposer,
                    current,
                    &t!("coop-meeting-no-one-recorded"),
                );
                entry_choice_ui(
                    ui,
                    &t!("coop-meeting-seconded-by", n = number.as_str()),
                    ("seconder", i),
                    &mut r.seconder,
                    current,
                    &t!("coop-meeting-no-one-recorded"),
                );
            });
            votes_ui(ui, r, n, data);
            let outcome = r.outcome(rules);
            ui.label(egui::RichText::new(crate::report::coop::votes_words(&r.votes, outcome)).strong());
            if !cx.read_only && ui.button(t!("coop-meeting-remove-resolution", n = number.as_str())).clicked()
            {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        form.meeting.resolutions.remove(i);
    }
    if !cx.read_only && ui.button(t!("coop-meeting-add-resolution")).clicked() {
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
    for (what, n) in [
        (t!("coop-meeting-tally-for", label = label), &mut t.for_),
        (t!("coop-meeting-tally-against", label = label), &mut t.against),
        (t!("coop-meeting-tally-abstaining", label = label), &mut t.abstain),
    ] {
        let l = ui.label(what);
        ui.add(egui::DragValue::new(n).range(0..=100_000)).labelled_by(l.id);
    }
}

fn votes_ui(ui: &mut egui::Ui, r: &mut Resolution, n: usize, data: &CoopData) {
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t!("coop-meeting-votes-label", n = n.to_string()));
        let (not_yet, total, by_class) = (
            t!("coop-meeting-votes-not-yet"),
            t!("coop-meeting-votes-total"),
            t!("coop-meeting-votes-by-class"),
        );
        let shown = match r.votes {
            Votes::NotYet => not_yet.clone(),
            Votes::Total(_) => total.clone(),
            Votes::ByClass(_) => by_class.clone(),
        };
        egui::ComboBox::from_id_salt(("votes_how", n))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                if ui.selectable_label(matches!(r.votes, Votes::NotYet), not_yet).clicked() {
                    r.votes = Votes::NotYet;
                }
                if ui.selectable_label(matches!(r.votes, Votes::Total(_)), total).clicked()
                    && !matches!(r.votes, Votes::Total(_))
                {
                    r.votes = Votes::Total(Tally::default());
                }
                if ui.selectable_label(matches!(r.votes, Votes::ByClass(_)), by_class).clicked()
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
            ui.horizontal_wrapped(|ui| tally_ui(ui, t, &t!("coop-meeting-votes")));
        }
        Votes::ByClass(classes) => {
            for (class, t) in classes.iter_mut() {
                ui.horizontal_wrapped(|ui| tally_ui(ui, t, class));
            }
        }
    }
}
