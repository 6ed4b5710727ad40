//! A member's availability on their page: a clear weekly grid, the time ranges per weekday,
//! exceptions (holidays, extra days) and the most hours a week.

use crate::actions::{Action, AsRead};
use crate::domain::{Availability, AvailabilityException, ExceptionKind, MemberId, WeeklyRange};
use crate::ui::views::ViewContext;
use crate::ui::views::form::{date_text, message_ui, parse_date};
use chrono::{NaiveTime, Timelike, Weekday};

const DAYS: [Weekday; 7] =
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

/// The availability being edited.
pub struct AvailabilityEditor {
    member: MemberId,
    loaded: Option<u64>,
    weekly: Vec<(Weekday, String, String)>,
    exceptions: Vec<(String, String, ExceptionKind)>,
    max_hours: String,
    errors: Vec<String>,
    /// The availability the fields were filled from (a save over someone else's is refused).
    base: Option<Availability>,
}

fn parse_time(t: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(t.trim(), "%H:%M").ok()
}

impl AvailabilityEditor {
    /// An editor for `member` (read from the store on first draw).
    pub fn new(member: MemberId) -> Self {
        Self {
            member,
            loaded: None,
            weekly: Vec::new(),
            exceptions: Vec::new(),
            max_hours: String::new(),
            errors: Vec::new(),
            base: None,
        }
    }

    /// Whose availability this is.
    pub fn member(&self) -> MemberId {
        self.member
    }

    fn load(&mut self, a: &Availability) {
        self.weekly = a
            .weekly
            .iter()
            .map(|r| (r.weekday, r.start.format("%H:%M").to_string(), r.end.format("%H:%M").to_string()))
            .collect();
        self.exceptions =
            a.exceptions.iter().map(|e| (date_text(Some(e.from)), date_text(Some(e.to)), e.kind)).collect();
        self.max_hours = a.max_hours_per_week.map(|h| h.to_string()).unwrap_or_default();
        self.errors.clear();
    }

    fn build(&self) -> Result<Availability, Vec<String>> {
        let mut errors = Vec::new();
        let mut a = Availability::empty(self.member);
        for (day, start, end) in &self.weekly {
            let name = crate::i18n::weekday_name(*day);
            match (parse_time(start), parse_time(end)) {
                (Some(s), Some(e)) if e > s => a.weekly.push(WeeklyRange { weekday: *day, start: s, end: e }),
                (Some(_), Some(_)) => errors.push(crate::t!(
                    "members-err-range-order",
                    day = name,
                    start = start.as_str(),
                    end = end.as_str()
                )),
                _ => errors.push(crate::t!(
                    "members-err-not-times",
                    day = name,
                    start = start.as_str(),
                    end = end.as_str()
                )),
            }
        }
        for (from, to, kind) in &self.exceptions {
            match (parse_date(from), parse_date(to)) {
                (Ok(Some(f)), Ok(Some(t))) if t >= f => {
                    a.exceptions.push(AvailabilityException { from: f, to: t, kind: *kind })
                }
                (Ok(Some(_)), Ok(Some(_))) => {
                    errors.push(crate::t!("members-err-dates-order", from = from.as_str(), to = to.as_str()))
                }
                _ => errors.push(crate::t!("members-err-not-dates", from = from.as_str(), to = to.as_str())),
            }
        }
        a.max_hours_per_week = match self.max_hours.trim() {
            "" => None,
            t => match t.parse() {
                Ok(h) => Some(h),
                Err(_) => {
                    errors.push(crate::t!("members-err-most-hours", text = t));
                    None
                }
            },
        };
        if errors.is_empty() { Ok(a) } else { Err(errors) }
    }

    fn week_picture_ui(&self, ui: &mut egui::Ui) {
        let (first, last) = (7.0_f32, 21.0_f32);
        let width = ui.available_width().min(400.0);
        let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 7.0 * 16.0 + 14.0), egui::Sense::hover());
        let painter = ui.painter_at(rect);
        let label_w = 34.0;
        let x = |h: f32| rect.left() + label_w + (h - first) / (last - first) * (rect.width() - label_w);
        let visuals = ui.visuals();
        for h in [8.0, 12.0, 16.0, 20.0] {
            painter.text(
                egui::pos2(x(h), rect.bottom()),
                egui::Align2::CENTER_BOTTOM,
                format!("{h:.0}:00"),
                egui::FontId::proportional(10.0),
                visuals.weak_text_color(),
            );
        }
        for (i, day) in DAYS.iter().enumerate() {
            let y = rect.top() + i as f32 * 16.0;
            painter.text(
                egui::pos2(rect.left(), y + 2.0),
                egui::Align2::LEFT_TOP,
                crate::i18n::weekday_short(*day),
                egui::FontId::proportional(11.0),
                visuals.text_color(),
            );
            painter.rect_filled(
                egui::Rect::from_min_max(egui::pos2(x(first), y + 2.0), egui::pos2(x(last), y + 14.0)),
                2.0,
                visuals.faint_bg_color,
            );
            for (d, s, e) in &self.weekly {
                if d != day {
                    continue;
                }
                if let (Some(s), Some(e)) = (parse_time(s), parse_time(e)) {
                    let hours =
                        |t: NaiveTime| (t.hour() as f32 + t.minute() as f32 / 60.0).clamp(first, last);
                    let bar = egui::Rect::from_min_max(
                        egui::pos2(x(hours(s)), y + 2.0),
                        egui::pos2(x(hours(e)), y + 14.0),
                    );
                    painter.rect_filled(bar, 2.0, visuals.selection.bg_fill);
                }
            }
        }
    }

    /// Draws the editor.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        if self.loaded != Some(cx.store.generation()) {
            self.loaded = Some(cx.store.generation());
            // Someone else's save refills the fields only while nothing was typed in them (or
            // what was typed is what is now stored: this window's own save).
            let typed = self.build().ok();
            match cx.store.availability_of(self.member) {
                Ok(a) if self.base.is_none() || typed == self.base || typed.as_ref() == Some(&a) => {
                    self.load(&a);
                    self.base = Some(a);
                }
                Ok(_) => {}
                Err(e) => self.errors = vec![e.to_string()],
            }
        }
        ui.label(egui::RichText::new(crate::t!("members-weekly-availability")).strong());
        self.week_picture_ui(ui);
        let mut remove = None;
        egui::Grid::new("weekly_ranges").num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
            for day in DAYS {
                let name = crate::i18n::weekday_name(day);
                ui.label(name);
                ui.horizontal_wrapped(|ui| {
                    for (i, (_, start, end)) in self.weekly.iter_mut().enumerate().filter(|(_, r)| r.0 == day)
                    {
                        let l = crate::t!("members-day-from", day = name);
                        ui.add(egui::TextEdit::singleline(start).desired_width(52.0))
                            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &l));
                        ui.label(crate::t!("members-to"));
                        let l = crate::t!("members-day-to", day = name);
                        ui.add(egui::TextEdit::singleline(end).desired_width(52.0))
                            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &l));
                        if ui.small_button("x").on_hover_text(crate::t!("members-remove-time")).clicked() {
                            remove = Some(i);
                        }
                    }
                    if ui.small_button(crate::t!("members-add-time", day = name)).clicked() {
                        self.weekly.push((day, "09:00".into(), "13:00".into()));
                    }
                });
                ui.end_row();
            }
        });
        if let Some(i) = remove {
            self.weekly.remove(i);
        }
        ui.add_space(6.0);
        ui.label(egui::RichText::new(crate::t!("members-exceptions")).strong());
        let mut remove = None;
        let today = cx.today;
        for (i, (from, to, kind)) in self.exceptions.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                crate::ui::views::form::date_field_ui(
                    ui,
                    &crate::t!("members-from"),
                    &crate::t!("members-first-day-away"),
                    from,
                    90.0,
                    today,
                );
                crate::ui::views::form::date_field_ui(
                    ui,
                    &crate::t!("members-to"),
                    &crate::t!("members-last-day-away"),
                    to,
                    90.0,
                    today,
                );
                let l = ui.label(crate::t!("members-kind"));
                egui::ComboBox::from_id_salt(("exception_kind", i))
                    .selected_text(kind.label())
                    .show_ui(ui, |ui| {
                        for k in ExceptionKind::ALL {
                            ui.selectable_value(kind, *k, k.label());
                        }
                    })
                    .response
                    .labelled_by(l.id);
                if ui.small_button("x").on_hover_text(crate::t!("members-remove-exception")).clicked() {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            self.exceptions.remove(i);
        }
        if !cx.read_only && ui.button(crate::t!("members-add-exception")).clicked() {
            let today = date_text(Some(cx.today));
            self.exceptions.push((today.clone(), today, ExceptionKind::Unavailable));
        }
        ui.horizontal(|ui| {
            let l = ui.label(crate::t!("members-most-hours"));
            ui.add(egui::TextEdit::singleline(&mut self.max_hours).desired_width(50.0)).labelled_by(l.id);
        });
        for e in &self.errors {
            message_ui(ui, Some(e));
        }
        if !cx.read_only && ui.button(crate::t!("members-save-availability")).clicked() {
            match self.build() {
                Ok(a) => {
                    let read = self.base.as_ref().and_then(AsRead::record);
                    cx.act(Action::SaveAvailability(Box::new(a)).if_unchanged(read));
                }
                Err(e) => self.errors = e,
            }
        }
    }
}
