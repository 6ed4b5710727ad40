//! Members' pay: per member per month, sessions, hours and amount due by payer; a printable
//! statement per member; CSV for the co-op's accounts.

use super::{csv_export_ui, save_as};
use crate::data::ReadsExt;
use crate::domain::funding::MemberPay;
use crate::domain::{Fund, Member};
use crate::report::funds::{hours, month_of, parse_month, pay_csv, payer_name, statement};
use crate::t;
use crate::ui::Command;
use crate::ui::views::form::message_ui;
use crate::ui::views::{ViewContext, error_ui};
use chrono::NaiveDate;

/// The members' pay tab.
pub struct PayTab {
    month: String,
    loaded: Option<(u64, String)>,
    rows: Vec<(Member, MemberPay)>,
    funds: Vec<Fund>,
    error: Option<String>,
}

impl PayTab {
    /// Pay for the month of `today`.
    pub fn new(today: NaiveDate) -> Self {
        Self { month: month_of(today), loaded: None, rows: Vec::new(), funds: Vec::new(), error: None }
    }

    /// Draws the tab.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        ui.horizontal(|ui| {
            let l = ui.label(t!("reports-pay-month"));
            ui.add(
                egui::TextEdit::singleline(&mut self.month)
                    .desired_width(80.0)
                    .hint_text(t!("reports-pay-month-hint")),
            )
            .labelled_by(l.id);
        });
        let Some((from, to)) = parse_month(&self.month) else {
            message_ui(ui, Some(&t!("reports-pay-not-month", text = self.month.trim())));
            return;
        };
        if self.loaded != Some((cx.store.generation(), self.month.clone())) {
            self.loaded = Some((cx.store.generation(), self.month.clone()));
            match cx.store.all::<Fund>().and_then(|funds| Ok((funds, hours(cx.store, from, to)?))) {
                Ok((funds, rows)) => {
                    (self.funds, self.rows) = (funds, rows);
                    self.error = None;
                }
                Err(e) => {
                    (self.funds, self.rows) = (Vec::new(), Vec::new());
                    self.error = Some(crate::ui::error_chain(&e));
                }
            }
        }
        if self.error.is_some() {
            if error_ui(ui, &self.error) {
                self.loaded = None;
            }
            return;
        }
        let stem = format!("members-pay-{}", self.month.trim());
        ui.horizontal(|ui| {
            csv_export_ui(ui, cx, &t!("reports-pay-export-what"), &stem, || {
                pay_csv(cx.store, from, to).map_err(|e| crate::ui::error_chain(&e))
            });
        });
        if self.rows.is_empty() {
            ui.label(t!("reports-pay-none"));
            return;
        }
        let mut print = None;
        egui::Grid::new("pay_grid").num_columns(6).spacing([18.0, 4.0]).striped(true).show(ui, |ui| {
            for h in [
                t!("reports-pay-member"),
                t!("reports-pay-sessions"),
                t!("reports-pay-hours"),
                t!("reports-pay-due-by-payer"),
                t!("reports-pay-total-due"),
                String::new(),
            ] {
                ui.label(egui::RichText::new(h).strong());
            }
            ui.end_row();
            for (m, p) in &self.rows {
                ui.label(&m.name);
                ui.label(p.sessions.to_string());
                ui.label(format!("{:.2}", p.hours));
                let parts: Vec<String> =
                    p.due.iter().map(|(k, a)| format!("{}: {a}", payer_name(k, &self.funds))).collect();
                ui.label(parts.join("\n"));
                ui.label(egui::RichText::new(p.total().to_string()).strong());
                if ui.button(t!("reports-pay-statement-for", name = m.name.as_str())).clicked() {
                    print = Some(m.clone());
                }
                ui.end_row();
            }
        });
        if let Some(m) = print {
            match statement(cx.store, &m, from, to) {
                Ok(text) => save_as(
                    cx,
                    &format!(
                        "statement-{}-{}.txt",
                        m.name.replace(' ', "-").to_lowercase(),
                        self.month.trim()
                    ),
                    "txt",
                    text.into_bytes(),
                ),
                Err(e) => cx.commands.push(Command::ShowError(t!(
                    "reports-pay-statement-not-saved",
                    error = crate::ui::error_chain(&e)
                ))),
            }
        }
    }
}
