//! Picking a date on a month's calendar, in the interface language (egui_extras' picker
//! speaks English only). The popup opens on the month of the date given, with the weekdays'
//! short names and a button per day that a screen reader hears by its full date
//! ("Tuesday 24 November 2026"); a click on a day picks it and closes the popup.

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::t;

/// The first day of `d`'s month.
fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// A button showing `text` (heard as `name`) that opens a month calendar on `shown`, with
/// `shown` marked; returns the day clicked, once.
pub fn date_picker_button_ui(
    ui: &mut egui::Ui,
    text: &str,
    name: &str,
    shown: NaiveDate,
) -> Option<NaiveDate> {
    let response = ui.button(text).on_hover_text(name);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    let month_id = response.id.with("month");
    if response.clicked() {
        // Opens on the month of the date given, every time it opens.
        ui.data_mut(|d| d.insert_temp(month_id, first_of_month(shown)));
    }
    let mut picked = None;
    egui::Popup::from_toggle_button_response(&response)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            let mut month =
                ui.data(|d| d.get_temp::<NaiveDate>(month_id)).unwrap_or_else(|| first_of_month(shown));
            picked = month_ui(ui, response.id, &mut month, shown);
            ui.data_mut(|d| d.insert_temp(month_id, month));
            if picked.is_some() {
                ui.close();
            }
        });
    picked
}

/// A small button heard as `name` (its text is an arrow).
fn arrow_ui(ui: &mut egui::Ui, arrow: &str, name: &str) -> bool {
    let response = ui.button(arrow).on_hover_text(name);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name));
    response.clicked()
}

/// One month: moving between months and years, then the days; returns the day clicked.
fn month_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    month: &mut NaiveDate,
    selected: NaiveDate,
) -> Option<NaiveDate> {
    ui.horizontal(|ui| {
        if arrow_ui(ui, "<", &t!("form-picker-previous-month")) {
            *month = month.checked_sub_months(Months::new(1)).unwrap_or(*month);
        }
        ui.label(egui::RichText::new(crate::i18n::month_name(month.month())).strong());
        let year_label = ui.label(t!("form-picker-year"));
        let mut year = month.year();
        if ui.add(egui::DragValue::new(&mut year).range(1900..=2100)).labelled_by(year_label.id).changed() {
            *month = NaiveDate::from_ymd_opt(year, month.month(), 1).unwrap_or(*month);
        }
        if arrow_ui(ui, ">", &t!("form-picker-next-month")) {
            *month = month.checked_add_months(Months::new(1)).unwrap_or(*month);
        }
    });
    let mut picked = None;
    let first = first_of_month(*month);
    let monday =
        first.checked_sub_days(Days::new(u64::from(first.weekday().num_days_from_monday()))).unwrap_or(first);
    let last = first.checked_add_months(Months::new(1)).and_then(|d| d.pred_opt()).unwrap_or(first);
    egui::Grid::new(id.with("days")).spacing([2.0, 2.0]).min_col_width(34.0).show(ui, |ui| {
        for i in 0..7 {
            let weekday = monday.checked_add_days(Days::new(i)).unwrap_or(monday);
            ui.label(egui::RichText::new(crate::i18n::date(weekday, "%a")).weak());
        }
        ui.end_row();
        let mut day = monday;
        'weeks: while day <= last {
            for _ in 0..7 {
                if day.month() == month.month() {
                    let name = crate::i18n::date(day, "%A %-d %B %Y");
                    let response = ui.selectable_label(day == selected, day.day().to_string());
                    response.widget_info(|| {
                        egui::WidgetInfo::selected(egui::Role::Button, true, day == selected, &name)
                    });
                    if response.clicked() {
                        picked = Some(day);
                    }
                } else {
                    ui.label("");
                }
                match day.succ_opt() {
                    Some(next) => day = next,
                    None => break 'weeks,
                }
            }
            ui.end_row();
        }
    });
    picked
}
