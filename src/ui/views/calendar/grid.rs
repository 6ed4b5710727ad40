//! Drawing the calendar: a month grid, a week time grid with sessions as coloured blocks, and
//! a day list. Every session is a clickable, labelled widget (AccessKit reads its label).

use super::{Loaded, Mode, monday_of};
use crate::domain::{Attendance, Session, SessionId};
use crate::t;
use chrono::{Datelike, Days, NaiveDate, Timelike};

/// A stable, readable colour per activity.
pub fn activity_colour(id: u64, dark: bool) -> egui::Color32 {
    const PALETTE: [(u8, u8, u8); 9] = [
        (66, 133, 110),
        (70, 110, 170),
        (170, 110, 50),
        (130, 90, 160),
        (60, 140, 160),
        (175, 80, 90),
        (110, 130, 60),
        (150, 120, 40),
        (90, 100, 120),
    ];
    let (r, g, b) = PALETTE[(id as usize) % PALETTE.len()];
    if dark {
        egui::Color32::from_rgb(r, g, b)
    } else {
        egui::Color32::from_rgb(r / 2 + 120, g / 2 + 120, b / 2 + 120)
    }
}

/// What a session block says to a screen reader, and on hover.
pub fn describe(s: &Session, data: &Loaded) -> String {
    let booked = s.participants.iter().filter(|p| p.attendance != Attendance::CancelledByPerson).count();
    let mut text = t!(
        "cal-describe",
        activity = data.activity_name(s.activity),
        date = crate::i18n::date(s.date, "%A %-d %B"),
        time = s.start.format("%H:%M").to_string(),
        members = data.member_names(s),
        booked = booked.to_string(),
        capacity = data.capacity(s).to_string()
    );
    if s.cancelled {
        text.push_str(&t!("cal-and-cancelled"));
    }
    if data.conflicts.contains_key(&s.id) {
        text.push_str(&t!("cal-and-has-conflicts"));
    }
    text
}

/// Draws the calendar in `mode`; returns the session the user opened.
pub fn calendar_ui(
    ui: &mut egui::Ui,
    mode: Mode,
    day: NaiveDate,
    today: NaiveDate,
    sessions: &[Session],
    data: &Loaded,
    selected: Option<SessionId>,
) -> Option<SessionId> {
    match mode {
        Mode::Week => week_ui(ui, monday_of(day), today, sessions, data, selected),
        Mode::Month => month_ui(ui, day, today, sessions, data, selected),
        Mode::Day => day_ui(ui, day, sessions, data, selected),
    }
}

/// For each (day, start minute, end minute), its lane and how many lanes its group of
/// overlapping sessions needs, so sessions at the same time sit side by side.
fn lanes(spans: &[(NaiveDate, u32, u32)]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| (spans[i].0, spans[i].1, spans[i].2));
    let mut out = vec![(0, 1); spans.len()];
    let mut group: Vec<usize> = Vec::new();
    let mut ends: Vec<u32> = Vec::new();
    let mut group_end = 0;
    let mut day = None;
    let close = |group: &mut Vec<usize>, ends: &mut Vec<u32>, out: &mut Vec<(usize, usize)>| {
        for &i in group.iter() {
            out[i].1 = ends.len().max(1);
        }
        group.clear();
        ends.clear();
    };
    for i in order {
        let (date, start, end) = spans[i];
        if day != Some(date) || start >= group_end {
            close(&mut group, &mut ends, &mut out);
            day = Some(date);
            group_end = 0;
        }
        let lane = match ends.iter().position(|e| *e <= start) {
            Some(free) => free,
            None => {
                ends.push(0);
                ends.len() - 1
            }
        };
        ends[lane] = end;
        out[i].0 = lane;
        group.push(i);
        group_end = group_end.max(end);
    }
    close(&mut group, &mut ends, &mut out);
    out
}

fn week_ui(
    ui: &mut egui::Ui,
    monday: NaiveDate,
    today: NaiveDate,
    sessions: &[Session],
    data: &Loaded,
    selected: Option<SessionId>,
) -> Option<SessionId> {
    let mut opened = None;
    let first_hour = sessions.iter().map(|s| s.start.hour()).min().unwrap_or(9).clamp(6, 9);
    let last_hour = sessions.iter().map(|s| s.ends_at().time().hour() + 1).max().unwrap_or(17).clamp(17, 23);
    let rect = ui.available_rect_before_wrap();
    let gutter = 48.0;
    let header = 24.0;
    let col_w = ((rect.width() - gutter) / 7.0).max(60.0);
    let hours = (last_hour - first_hour).max(1) as f32;
    let hour_h = ((rect.height() - header - 4.0) / hours).clamp(26.0, 80.0);
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals().clone();
    let text_colour = visuals.text_color();
    let font = egui::FontId::proportional(12.0);
    for d in 0..7u32 {
        let date = monday + Days::new(u64::from(d));
        let x = rect.left() + gutter + col_w * d as f32;
        let mut text = egui::RichText::new(crate::i18n::date(date, "%a %-d %b")).strong();
        if date == today {
            text = text.color(visuals.hyperlink_color);
        }
        let label_rect =
            egui::Rect::from_min_size(egui::pos2(x + 4.0, rect.top()), egui::vec2(col_w - 8.0, header));
        ui.put(label_rect, egui::Label::new(text));
        painter.line_segment(
            [egui::pos2(x, rect.top() + header), egui::pos2(x, rect.top() + header + hour_h * hours)],
            visuals.widgets.noninteractive.bg_stroke,
        );
    }
    for h in 0..=(last_hour - first_hour) {
        let y = rect.top() + header + hour_h * h as f32;
        painter.line_segment(
            [egui::pos2(rect.left() + gutter, y), egui::pos2(rect.right(), y)],
            visuals.widgets.noninteractive.bg_stroke,
        );
        painter.text(
            egui::pos2(rect.left() + 4.0, y + 2.0),
            egui::Align2::LEFT_TOP,
            format!("{:02}:00", first_hour + h),
            font.clone(),
            text_colour,
        );
    }
    let spans: Vec<(NaiveDate, u32, u32)> = sessions
        .iter()
        .map(|s| {
            let start = s.start.hour() * 60 + s.start.minute();
            (s.date, start, start + u32::from(s.minutes).max(1))
        })
        .collect();
    let placed = lanes(&spans);
    for (s, (lane, of)) in sessions.iter().zip(placed) {
        let d = (s.date - monday).num_days();
        if !(0..7).contains(&d) {
            continue;
        }
        let start = (s.start.hour() as f32 + s.start.minute() as f32 / 60.0) - first_hour as f32;
        // Sessions at the same time share their day's column side by side.
        let lane_w = (col_w - 6.0) / of as f32;
        let x = rect.left() + gutter + col_w * d as f32 + 3.0 + lane_w * lane as f32;
        let top = rect.top() + header + start * hour_h;
        let height = (f32::from(s.minutes) / 60.0 * hour_h).max(18.0);
        let block =
            egui::Rect::from_min_size(egui::pos2(x, top), egui::vec2((lane_w - 2.0).max(4.0), height - 2.0));
        let response = ui.interact(block, ui.scope_id().with(("session", s.id.0)), egui::Sense::click());
        let label = describe(s, data);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        let mut fill = activity_colour(s.activity.0, visuals.dark_mode);
        if s.cancelled {
            fill = fill.gamma_multiply(0.35);
        }
        painter.rect_filled(block, 4.0, fill);
        let conflict = data.conflicts.contains_key(&s.id);
        let stroke = if selected == Some(s.id) {
            egui::Stroke::new(3.0, visuals.selection.stroke.color)
        } else if conflict {
            egui::Stroke::new(2.0, visuals.error_fg_color)
        } else if response.hovered() {
            egui::Stroke::new(1.5, text_colour)
        } else {
            egui::Stroke::NONE
        };
        painter.rect_stroke(block, 4.0, stroke, egui::StrokeKind::Inside);
        let booked = s.participants.iter().filter(|p| p.attendance != Attendance::CancelledByPerson).count();
        let lines = [
            format!("{} {}", s.start.format("%H:%M"), data.activity_name(s.activity)),
            data.member_names(s),
            format!(
                "{}{}{}",
                t!("cal-block-places", booked = booked.to_string(), capacity = data.capacity(s).to_string()),
                if conflict { t!("cal-and-conflict") } else { String::new() },
                if s.cancelled { t!("cal-and-cancelled") } else { String::new() }
            ),
        ];
        let ink = if visuals.dark_mode { egui::Color32::WHITE } else { egui::Color32::BLACK };
        let clip = ui.painter_at(block.shrink(3.0));
        for (i, line) in lines.iter().enumerate() {
            if 4.0 + 14.0 * (i as f32 + 1.0) > block.height() + 6.0 {
                break;
            }
            // Too long for the block: cut at a letter with "…"; the full text is on hover
            // and in the block's accessible name.
            let mut job = egui::text::LayoutJob::simple_singleline(line.clone(), font.clone(), ink);
            job.wrap = egui::text::TextWrapping::truncate_at_width((block.width() - 8.0).max(8.0));
            clip.galley(block.min + egui::vec2(4.0, 3.0 + 14.0 * i as f32), clip.layout_job(job), ink);
        }
        if response.on_hover_text(&label).clicked() {
            opened = Some(s.id);
        }
    }
    ui.allocate_rect(rect, egui::Sense::hover());
    opened
}

fn month_ui(
    ui: &mut egui::Ui,
    day: NaiveDate,
    today: NaiveDate,
    sessions: &[Session],
    data: &Loaded,
    selected: Option<SessionId>,
) -> Option<SessionId> {
    let mut opened = None;
    let first = day.with_day(1).unwrap_or(day);
    let start = monday_of(first);
    let width = (ui.available_width() / 7.0 - 6.0).max(80.0);
    let height = ((ui.available_height() - 30.0) / 6.0 - 6.0).max(60.0);
    egui::Grid::new("month_grid").num_columns(7).spacing([6.0, 6.0]).show(ui, |ui| {
        // The grid starts on a Monday: its first week gives the weekday names.
        for d in 0..7u64 {
            ui.label(egui::RichText::new(crate::i18n::date(start + Days::new(d), "%a")).strong());
        }
        ui.end_row();
        for week in 0..6u64 {
            for d in 0..7u64 {
                let date = start + Days::new(week * 7 + d);
                ui.allocate_ui(egui::vec2(width, height), |ui| {
                    ui.set_min_size(egui::vec2(width, height));
                    ui.vertical(|ui| {
                        let mut number = egui::RichText::new(date.day().to_string()).strong();
                        if date.month() != first.month() {
                            number = number.weak();
                        }
                        if date == today {
                            number = number.color(ui.visuals().hyperlink_color);
                        }
                        ui.label(number);
                        let todays: Vec<&Session> = sessions.iter().filter(|s| s.date == date).collect();
                        for s in todays.iter().take(3) {
                            let text =
                                format!("{} {}", s.start.format("%H:%M"), data.activity_name(s.activity));
                            let r = ui
                                .selectable_label(selected == Some(s.id), egui::RichText::new(text).small());
                            if r.on_hover_text(describe(s, data)).clicked() {
                                opened = Some(s.id);
                            }
                        }
                        if todays.len() > 3 {
                            ui.label(
                                egui::RichText::new(t!("cal-more", count = (todays.len() - 3)))
                                    .small()
                                    .weak(),
                            );
                        }
                    });
                });
            }
            ui.end_row();
        }
    });
    opened
}

fn day_ui(
    ui: &mut egui::Ui,
    day: NaiveDate,
    sessions: &[Session],
    data: &Loaded,
    selected: Option<SessionId>,
) -> Option<SessionId> {
    let mut opened = None;
    let todays: Vec<&Session> = sessions.iter().filter(|s| s.date == day).collect();
    if todays.is_empty() {
        ui.label(t!("cal-no-sessions-day"));
    }
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        for s in todays {
            ui.horizontal(|ui| {
                let text = format!(
                    "{}-{}  {}",
                    s.start.format("%H:%M"),
                    s.ends_at().format("%H:%M"),
                    data.activity_name(s.activity)
                );
                if ui.selectable_label(selected == Some(s.id), egui::RichText::new(text).strong()).clicked() {
                    opened = Some(s.id);
                }
                ui.label(data.member_names(s));
                ui.label(&s.venue);
                let booked =
                    s.participants.iter().filter(|p| p.attendance != Attendance::CancelledByPerson).count();
                ui.label(t!(
                    "cal-places-of",
                    booked = booked.to_string(),
                    capacity = data.capacity(s).to_string()
                ));
                if s.cancelled {
                    ui.label(egui::RichText::new(t!("cal-cancelled")).color(ui.visuals().warn_fg_color));
                }
                if data.conflicts.contains_key(&s.id) {
                    ui.label(
                        egui::RichText::new(t!("cal-conflict")).color(ui.visuals().error_fg_color).strong(),
                    );
                }
            });
        }
    });
    opened
}

#[cfg(test)]
mod tests {
    use super::lanes;
    use chrono::NaiveDate;

    #[test]
    fn sessions_at_the_same_time_get_lanes_side_by_side() {
        let mon = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap();
        let tue = NaiveDate::from_ymd_opt(2026, 11, 17).unwrap();
        let spans = [
            (mon, 600, 660), // 10:00-11:00
            (mon, 600, 720), // 10:00-12:00, same time
            (mon, 660, 720), // 11:00-12:00: the first lane is free again
            (mon, 780, 840), // 13:00: a group of its own
            (tue, 600, 660), // another day
        ];
        assert_eq!(lanes(&spans), vec![(0, 2), (1, 2), (0, 2), (0, 1), (0, 1)]);
        assert_eq!(lanes(&[]), vec![]);
    }
}
