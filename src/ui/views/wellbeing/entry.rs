//! Recording an assessment: one row per item with answer buttons; the keys 1–5 (0–10 for
//! ONS4; type 1 then 0 for ten) answer the current item and move to the next. The score
//! appears as soon as every item is answered; a missing item keeps it incomplete.

use crate::domain::wellbeing::format_score as score;
use crate::domain::wellbeing::{Score, Scored, WEMWBS_RESPONSES};
use crate::domain::{Assessment, AssessmentId, Instrument, PersonId, Settings, Timepoint, WEMWBS_COPYRIGHT};
use crate::ui::views::form::{date_text, message_ui, parse_date};
use chrono::NaiveDate;

/// What the user did this frame.
pub enum EntryAction {
    /// Nothing yet.
    None,
    /// Close without saving.
    Cancel,
    /// Save this assessment.
    Save(Box<Assessment>),
}

/// The assessment being entered.
pub struct EntryForm {
    person: PersonId,
    date: String,
    timepoint: Timepoint,
    instrument: Instrument,
    recorded_by: String,
    answers: Vec<Option<u8>>,
    current: usize,
    /// ONS4: a "1" was typed and may become "10".
    pending_one: bool,
    error: Option<String>,
    /// Whether the form has taken the keyboard from any text field yet.
    took_keyboard: bool,
}

impl EntryForm {
    /// A blank WEMWBS assessment for `person`, dated today.
    pub fn new(person: PersonId, today: NaiveDate, timepoint: Timepoint) -> Self {
        let instrument = Instrument::Wemwbs;
        Self {
            person,
            date: date_text(Some(today)),
            timepoint,
            instrument,
            recorded_by: String::new(),
            answers: vec![None; instrument.item_count()],
            current: 0,
            pending_one: false,
            error: None,
            took_keyboard: false,
        }
    }

    /// The form again after its save failed: everything as it was entered.
    pub fn retry(a: &Assessment) -> Self {
        Self {
            person: a.person,
            date: date_text(Some(a.date)),
            timepoint: a.timepoint,
            instrument: a.instrument,
            recorded_by: a.recorded_by.clone(),
            answers: a.answers.clone(),
            current: a.answers.iter().position(Option::is_none).unwrap_or(a.answers.len()),
            pending_one: false,
            error: None,
            took_keyboard: false,
        }
    }

    fn answer(&mut self, value: u8) {
        if let Some(slot) = self.answers.get_mut(self.current) {
            *slot = Some(value);
        }
        self.current = (self.current + 1).min(self.answers.len());
    }

    /// Reads the digit keys while no text field has the keyboard.
    fn keys(&mut self, ui: &egui::Ui) {
        if ui.ctx().egui_wants_keyboard_input() {
            return;
        }
        let (lo, hi) = self.instrument.answer_range();
        let pressed: Vec<u8> = ui.input(|i| {
            i.events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::Key { key, pressed: true, modifiers, .. } if modifiers.is_none() => {
                        crate::ui::DIGIT_KEYS.iter().position(|d| d == key).map(|n| n as u8)
                    }
                    _ => None,
                })
                .collect()
        });
        for digit in pressed {
            if self.instrument == Instrument::Ons4 {
                if self.pending_one && digit == 0 {
                    self.current = self.current.saturating_sub(1);
                    self.answer(10);
                    self.pending_one = false;
                    continue;
                }
                self.pending_one = digit == 1;
                self.answer(digit);
            } else if (lo..=hi).contains(&digit) {
                self.answer(digit);
            }
        }
        if ui.input(|i| i.key_pressed(egui::Key::ArrowUp)) {
            self.current = self.current.saturating_sub(1);
        }
        if ui.input(|i| i.key_pressed(egui::Key::ArrowDown)) {
            self.current = (self.current + 1).min(self.answers.len());
        }
    }

    fn result_text(&self) -> String {
        match self.instrument.score(&self.answers) {
            Ok(Scored::Complete(Score::Wemwbs(total))) => {
                crate::t!("wb-result-wemwbs", total = total.to_string())
            }
            Ok(Scored::Complete(Score::Swemwbs { raw, metric })) => {
                crate::t!("wb-result-swemwbs", metric = score(metric), raw = raw.to_string())
            }
            Ok(Scored::Complete(Score::Ons4(i))) => crate::t!(
                "wb-result-ons4",
                satisfaction = i[0].to_string(),
                worthwhile = i[1].to_string(),
                happiness = i[2].to_string(),
                anxiety = i[3].to_string()
            ),
            Ok(Scored::Incomplete { missing_items }) => crate::t!(
                "wb-result-incomplete",
                items = missing_items.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")
            ),
            Err(e) => e.to_string(),
        }
    }

    /// Draws the form.
    pub fn ui(&mut self, ui: &mut egui::Ui, settings: &Settings, today: NaiveDate) -> EntryAction {
        if !self.took_keyboard {
            // Digits answer items: take the keyboard from the search box the user came from.
            ui.memory_mut(|m| m.stop_text_input());
            self.took_keyboard = true;
        }
        self.keys(ui);
        let mut action = EntryAction::None;
        ui.heading(crate::t!("wb-record-heading"));
        ui.horizontal_wrapped(|ui| {
            crate::ui::views::form::date_field_ui(
                ui,
                &crate::t!("wb-date"),
                &crate::t!("wb-assessment-date"),
                &mut self.date,
                100.0,
                today,
            );
            let l = ui.label(crate::t!("wb-timepoint"));
            egui::ComboBox::from_id_salt("entry_timepoint")
                .selected_text(self.timepoint.label())
                .show_ui(ui, |ui| {
                    for t in Timepoint::ALL {
                        ui.selectable_value(&mut self.timepoint, *t, t.label());
                    }
                })
                .response
                .labelled_by(l.id);
            let l = ui.label(crate::t!("wb-measure"));
            let before = self.instrument;
            egui::ComboBox::from_id_salt("entry_instrument")
                .selected_text(self.instrument.label())
                .show_ui(ui, |ui| {
                    for i in Instrument::ALL {
                        ui.selectable_value(&mut self.instrument, *i, i.label());
                    }
                })
                .response
                .labelled_by(l.id);
            if before != self.instrument {
                self.answers = vec![None; self.instrument.item_count()];
                self.current = 0;
            }
            let l = ui.label(crate::t!("wb-recorded-by"));
            ui.add(egui::TextEdit::singleline(&mut self.recorded_by).desired_width(140.0)).labelled_by(l.id);
        });
        let (lo, hi) = self.instrument.answer_range();
        ui.label(
            egui::RichText::new(if self.instrument == Instrument::Ons4 {
                crate::t!("wb-keys-hint-ons4", lo = lo.to_string(), hi = hi.to_string())
            } else {
                crate::t!("wb-keys-hint", lo = lo.to_string(), hi = hi.to_string())
            })
            .weak(),
        );
        let licensed = self.instrument != Instrument::Ons4 && !settings.wemwbs_wording.is_empty();
        egui::Grid::new("entry_items").num_columns(2).spacing([10.0, 4.0]).show(ui, |ui| {
            for item in 0..self.answers.len() {
                let current = item == self.current;
                let mut label = egui::RichText::new(crate::t!("wb-item", number = (item + 1).to_string()));
                if current {
                    label = label.strong().color(ui.visuals().hyperlink_color);
                }
                ui.vertical(|ui| {
                    ui.label(label);
                    if let Some(words) = settings.item_wording(self.instrument, item + 1) {
                        ui.label(egui::RichText::new(words).small());
                    }
                });
                ui.horizontal(|ui| {
                    for value in lo..=hi {
                        let text = match self.instrument {
                            Instrument::Ons4 => value.to_string(),
                            _ => format!("{value} {}", WEMWBS_RESPONSES[usize::from(value - 1)]),
                        };
                        let chosen = self.answers[item] == Some(value);
                        let response = ui.selectable_label(chosen, text);
                        if response.clicked() {
                            self.current = item;
                            self.answer(value);
                        }
                    }
                });
                ui.end_row();
            }
        });
        if licensed {
            ui.label(egui::RichText::new(WEMWBS_COPYRIGHT).small().weak());
        }
        ui.label(egui::RichText::new(self.result_text()).strong().size(16.0));
        message_ui(ui, self.error.as_ref());
        ui.horizontal(|ui| {
            if ui.button(crate::t!("wb-save-assessment")).clicked() {
                match parse_date(&self.date) {
                    Ok(Some(date)) if date <= today => {
                        action = EntryAction::Save(Box::new(Assessment {
                            id: AssessmentId::NEW,
                            person: self.person,
                            date,
                            timepoint: self.timepoint,
                            instrument: self.instrument,
                            answers: self.answers.clone(),
                            recorded_by: self.recorded_by.trim().to_string(),
                        }));
                    }
                    Ok(Some(_)) => self.error = Some(crate::t!("wb-date-future")),
                    Ok(None) => self.error = Some(crate::t!("wb-date-required")),
                    Err(e) => self.error = Some(crate::t!("wb-date-error", error = e.to_string())),
                }
            }
            if ui.button(crate::t!("wb-cancel-assessment")).clicked() {
                action = EntryAction::Cancel;
            }
        });
        action
    }
}
