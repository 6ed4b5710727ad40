//! One place for every report, each with a date range and an export: referrals, sessions and
//! attendance, outcomes, compliance, funds (with burn-down and the funder pack) and members'
//! pay.

mod funds;
mod pay;
mod sections;

use super::form::{date_text, message_ui, parse_date};
use super::{ViewContext, title_ui};
use crate::t;
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Tab {
    #[default]
    Referrals,
    Sessions,
    Outcomes,
    Compliance,
    Funds,
    Pay,
}

/// The Reports view.
pub struct ReportsView {
    tab: Tab,
    from: String,
    to: String,
    sections: sections::Sections,
    funds: funds::FundsTab,
    pay: pay::PayTab,
}

impl ReportsView {
    /// Shows the fund form again as typed, after its save failed.
    pub fn retry_fund(&mut self, original: Option<&crate::domain::Fund>, typed: &crate::domain::Fund) {
        self.tab = Tab::Funds;
        self.funds.retry(original, typed);
    }

    /// Reports for the three months to `today`.
    pub fn new(today: NaiveDate) -> Self {
        let from = today.checked_sub_months(chrono::Months::new(3)).unwrap_or(today);
        Self {
            tab: Tab::Referrals,
            from: date_text(Some(from)),
            to: date_text(Some(today)),
            sections: sections::Sections::default(),
            funds: funds::FundsTab::default(),
            pay: pay::PayTab::new(today),
        }
    }

    /// Draws the reports.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        title_ui(
            ui,
            &t!("reports-title"),
            &t!("reports-as-of", date = crate::i18n::date(cx.today, "%-d %B %Y")),
        );
        ui.horizontal_wrapped(|ui| {
            for (tab, label) in [
                (Tab::Referrals, t!("reports-tab-referrals")),
                (Tab::Sessions, t!("reports-tab-sessions")),
                (Tab::Outcomes, t!("reports-tab-outcomes")),
                (Tab::Compliance, t!("reports-tab-compliance")),
                (Tab::Funds, t!("reports-tab-funds")),
                (Tab::Pay, t!("reports-tab-pay")),
            ] {
                ui.selectable_value(&mut self.tab, tab, label);
            }
        });
        let range = if self.tab == Tab::Pay || self.tab == Tab::Compliance {
            None
        } else {
            let mut range = None;
            ui.horizontal(|ui| {
                let today = cx.today;
                crate::ui::views::form::date_field_ui(
                    ui,
                    &t!("reports-from"),
                    &t!("reports-from-picker"),
                    &mut self.from,
                    100.0,
                    today,
                );
                crate::ui::views::form::date_field_ui(
                    ui,
                    &t!("reports-to"),
                    &t!("reports-to-picker"),
                    &mut self.to,
                    100.0,
                    today,
                );
                match (parse_date(&self.from), parse_date(&self.to)) {
                    (Ok(Some(f)), Ok(Some(t))) if f <= t => range = Some((f, t)),
                    (Ok(Some(_)), Ok(Some(_))) => message_ui(ui, Some(&t!("reports-range-backwards"))),
                    _ => message_ui(ui, Some(&t!("reports-dates-written"))),
                }
            });
            match range {
                Some(r) => Some(r),
                None => return,
            }
        };
        ui.add_space(4.0);
        egui::ScrollArea::vertical().auto_shrink([false, false]).id_salt("reports_scroll").show(ui, |ui| {
            match self.tab {
                Tab::Referrals => self.sections.referrals_ui(ui, cx, range),
                Tab::Sessions => self.sections.sessions_ui(ui, cx, range),
                Tab::Outcomes => self.sections.outcomes_ui(ui, cx, range),
                Tab::Compliance => self.sections.compliance_ui(ui, cx),
                Tab::Funds => self.funds.ui(ui, cx, range),
                Tab::Pay => self.pay.ui(ui, cx),
            }
        });
    }
}

/// Asks where to save `bytes` (suggesting `name`) and sends the save command.
pub(crate) fn save_as(cx: &mut ViewContext<'_>, name: &str, ext: &str, bytes: Vec<u8>) {
    if let Some(path) = cx.save_path(name, ext) {
        cx.commands.push(crate::ui::Command::SaveFile(path, bytes));
    }
}

/// Draws a table of text rows in a grid with a bold heading row.
pub(crate) fn grid_ui(ui: &mut egui::Ui, id: &str, head: &[&str], rows: &[Vec<String>]) {
    egui::Grid::new(id).num_columns(head.len()).spacing([20.0, 4.0]).striped(true).show(ui, |ui| {
        for h in head {
            ui.label(egui::RichText::new(*h).strong());
        }
        ui.end_row();
        for r in rows {
            for c in r {
                ui.label(c);
            }
            ui.end_row();
        }
    });
}

/// "Export WHAT (CSV)" and "Export WHAT (Excel)" buttons for a table made as CSV text by
/// `make` (run only when a button is clicked); the Excel copy has typed cells.
pub(crate) fn csv_export_ui(
    ui: &mut egui::Ui,
    cx: &mut ViewContext<'_>,
    what: &str,
    stem: &str,
    make: impl FnOnce() -> Result<String, String>,
) {
    let csv = ui.button(t!("reports-export-csv", what = what)).clicked();
    let excel = ui.button(t!("reports-export-excel", what = what)).clicked();
    if !(csv || excel) {
        return;
    }
    let made = make().and_then(|text| {
        if csv {
            Ok(text.into_bytes())
        } else {
            crate::exchange::xlsx::csv_to_xlsx(what, &text).map_err(|e| e.to_string())
        }
    });
    match made {
        Ok(bytes) if csv => save_as(cx, &format!("{stem}.csv"), "csv", bytes),
        Ok(bytes) => save_as(cx, &format!("{stem}.xlsx"), "xlsx", bytes),
        Err(e) => {
            cx.commands.push(crate::ui::Command::ShowError(t!("reports-not-saved", what = what, error = e)))
        }
    }
}

/// Rows as CSV with a header.
pub(crate) fn to_csv(head: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(head)?;
    for r in rows {
        w.write_record(r)?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}
