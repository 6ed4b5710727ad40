//! Shared pieces of edit forms: labelled fields that show their validation message beneath
//! them, date and money text parsing, and choice boxes. Every input is labelled for AccessKit.

use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Problems per field name, shown beside the inputs.
pub type FieldErrors = BTreeMap<&'static str, String>;

/// A single-line text input in a two-column grid: label, then the input and its message.
pub fn text_row_ui(
    ui: &mut egui::Ui,
    label: &str,
    text: &mut String,
    error: Option<&String>,
) -> egui::Response {
    let label = ui.label(label);
    let response = ui
        .vertical(|ui| {
            let r = ui.add(egui::TextEdit::singleline(text).desired_width(240.0)).labelled_by(label.id);
            message_ui(ui, error);
            r
        })
        .inner;
    ui.end_row();
    response
}

/// A multi-line text input in the grid.
pub fn multiline_row_ui(ui: &mut egui::Ui, label: &str, text: &mut String) {
    let label = ui.label(label);
    ui.add(egui::TextEdit::multiline(text).desired_width(240.0).desired_rows(2)).labelled_by(label.id);
    ui.end_row();
}

/// A drop-down of fixed choices in the grid.
pub fn choice_row_ui<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut T,
    options: &[T],
    name: impl Fn(T) -> String,
) {
    let label_response = ui.label(label);
    egui::ComboBox::from_id_salt(label)
        .selected_text(name(*value))
        .width(240.0)
        .show_ui(ui, |ui| {
            for option in options {
                ui.selectable_value(value, *option, name(*option));
            }
        })
        .response
        .labelled_by(label_response.id);
    ui.end_row();
}

/// A validation message in the error colour (nothing when `None`).
pub fn message_ui(ui: &mut egui::Ui, error: Option<&String>) {
    if let Some(e) = error {
        ui.label(egui::RichText::new(e).color(ui.visuals().error_fg_color));
    }
}

/// A date field that does not hold a date; the message says what was typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotADate(pub String);

impl std::fmt::Display for NotADate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("form-not-a-date", text = self.0.as_str()))
    }
}

impl std::error::Error for NotADate {}

/// Reads "YYYY-MM-DD" (blank = unknown).
pub fn parse_date(text: &str) -> Result<Option<NaiveDate>, NotADate> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d").map(Some).map_err(|_| NotADate(t.to_string()))
}

/// A date for a text field ("" when unknown).
pub fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

/// Splits "a, b; c" into trimmed items.
pub fn split_list(text: &str) -> Vec<String> {
    text.split([',', ';']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// A grid cell whose contents wrap onto more lines: in a column of its own, so a second line
/// pushes the rows below down instead of running over them.
pub fn wrapped_cell_ui(ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui)) {
    ui.vertical(|ui| {
        ui.set_max_width(360.0);
        ui.horizontal_wrapped(add_contents);
    });
}

/// A calendar button beside the date field named `field`: the date picked is written into
/// `text` as YYYY-MM-DD (typing stays possible). It opens on the typed date, or on `fallback`;
/// a screen reader hears "Pick FIELD on a calendar".
pub fn date_picker_ui(ui: &mut egui::Ui, field: &str, text: &mut String, fallback: NaiveDate) {
    let shown = parse_date(text).ok().flatten().unwrap_or(fallback);
    let name = crate::t!("form-pick-on-calendar", field = in_sentence(field));
    if let Some(d) =
        super::date_picker::date_picker_button_ui(ui, &crate::t!("form-pick-button"), &name, shown)
    {
        *text = date_text(Some(d));
    }
}

/// A label as it reads inside a sentence: its first letter small ("Date received" → "date
/// received"), unless its first word is an abbreviation ("PVG issued", "WEMWBS outcomes").
pub fn in_sentence(label: &str) -> String {
    let first_word = label.split_whitespace().next().unwrap_or_default();
    let abbreviation = first_word.chars().filter(|c| c.is_alphabetic()).count() > 1
        && first_word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let mut chars = label.chars();
    match chars.next() {
        Some(first) if !abbreviation => first.to_lowercase().chain(chars).collect(),
        _ => label.to_string(),
    }
}

/// Where a date-of-birth calendar opens when the field is empty: 1 January, seventy years
/// before `today` (the people referred are mostly older adults).
pub fn birth_fallback(today: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    NaiveDate::from_ymd_opt(today.year() - 70, 1, 1).unwrap_or(today)
}

/// A date input in a row: the label, the text field (named by the label) and a calendar
/// button; `picker` names the button ("Pick PICKER on a calendar") where the label alone would
/// be ambiguous, such as "From".
pub fn date_field_ui(
    ui: &mut egui::Ui,
    label: &str,
    picker: &str,
    text: &mut String,
    width: f32,
    fallback: NaiveDate,
) {
    let label = ui.label(label);
    ui.add(egui::TextEdit::singleline(text).desired_width(width).hint_text(crate::t!("form-date-hint")))
        .labelled_by(label.id);
    date_picker_ui(ui, picker, text, fallback);
}

/// A date input in the grid: the text field, a calendar button, and the field's message.
pub fn date_row_ui(
    ui: &mut egui::Ui,
    label: &str,
    text: &mut String,
    error: Option<&String>,
    fallback: NaiveDate,
) {
    let label_response = ui.label(label);
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            ui.add(
                egui::TextEdit::singleline(text).desired_width(160.0).hint_text(crate::t!("form-date-hint")),
            )
            .labelled_by(label_response.id);
            date_picker_ui(ui, label, text, fallback);
        });
        message_ui(ui, error);
    });
    ui.end_row();
}

#[cfg(test)]
mod tests {
    use super::in_sentence;

    #[test]
    fn a_label_in_a_sentence_keeps_its_abbreviations() {
        assert_eq!(in_sentence("Date received"), "date received");
        assert_eq!(in_sentence("PVG issued"), "PVG issued");
        assert_eq!(in_sentence("WEMWBS outcomes"), "WEMWBS outcomes");
        assert_eq!(in_sentence("Dyddiad geni"), "dyddiad geni");
        assert_eq!(in_sentence("A"), "a");
        assert_eq!(in_sentence(""), "");
    }
}
