//! Funds: budget, spent, committed and remaining, a burn-down per fund, editing funds, and
//! the funder report pack.

use super::save_as;
use crate::actions::Action;
use crate::charts::{BurnDownChart, Chart, ChartStyle};
use crate::data::{DataError, ReadsExt};
use crate::domain::funding::FundStatus;
use crate::domain::{Activity, ActivityId, Fund, FundId, Money};
use crate::report::funds::{budget, burn_down};
use crate::t;
use crate::ui::Command;
use crate::ui::chart_view::ChartView;
use crate::ui::views::form::{FieldErrors, date_row_ui, date_text, parse_date, text_row_ui};
use crate::ui::views::{ViewContext, error_ui};
use chrono::NaiveDate;

/// A fund being added or edited.
struct FundForm {
    original: Fund,
    name: String,
    funder: String,
    amount: String,
    start: String,
    end: String,
    pays_for: Vec<ActivityId>,
    notes: String,
    errors: FieldErrors,
}

impl FundForm {
    fn edit(f: &Fund) -> Self {
        Self {
            original: f.clone(),
            name: f.name.clone(),
            funder: f.funder.clone(),
            amount: f.amount.to_decimal(),
            start: date_text(Some(f.start)),
            end: date_text(Some(f.end)),
            pays_for: f.pays_for.clone(),
            notes: f.notes.clone(),
            errors: FieldErrors::new(),
        }
    }

    fn build(&self) -> Result<Fund, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut f = self.original.clone();
        f.name = self.name.trim().to_string();
        f.funder = self.funder.trim().to_string();
        f.notes = self.notes.trim().to_string();
        f.pays_for = self.pays_for.clone();
        match Money::parse(&self.amount) {
            Ok(m) => f.amount = m,
            Err(e) => {
                errors.insert("amount_gbp", e.to_string());
            }
        }
        for (field, text, slot) in [("start", &self.start, &mut f.start), ("end", &self.end, &mut f.end)] {
            match parse_date(text) {
                Ok(Some(d)) => *slot = d,
                Ok(None) => {
                    errors.insert(field, t!("reports-fund-required"));
                }
                Err(e) => {
                    errors.insert(field, e.to_string());
                }
            }
        }
        if errors.is_empty()
            && let Err(invalid) = f.validate()
        {
            for p in invalid.0 {
                errors.insert(p.field, p.message);
            }
        }
        if errors.is_empty() { Ok(f) } else { Err(errors) }
    }
}

/// The funds tab.
#[derive(Default)]
pub struct FundsTab {
    loaded: Option<u64>,
    rows: Vec<(Fund, FundStatus)>,
    activities: Vec<Activity>,
    selected: Option<FundId>,
    points: Vec<(NaiveDate, f64, bool)>,
    form: Option<FundForm>,
    include_names: bool,
    chart: ChartView,
    error: Option<String>,
}

impl FundsTab {
    /// Opens the fund form again as it was typed, after its save failed.
    pub fn retry(&mut self, original: Option<&Fund>, typed: &Fund) {
        let mut form = FundForm::edit(typed);
        if let Some(original) = original {
            form.original = original.clone();
        }
        self.form = Some(form);
    }

    fn reload(&mut self, cx: &ViewContext<'_>) {
        self.loaded = Some(cx.store.generation());
        if let Err(e) = self.read(cx) {
            (self.rows, self.activities, self.points) = (Vec::new(), Vec::new(), Vec::new());
            self.error = Some(crate::ui::error_chain(&e));
        }
    }

    /// Reads the funds, the catalogue and the chosen fund's burn-down.
    fn read(&mut self, cx: &ViewContext<'_>) -> Result<(), DataError> {
        self.rows = budget(cx.store, cx.today)?;
        self.activities = cx.store.all::<Activity>()?;
        if self.selected.is_none() {
            self.selected = self.rows.first().map(|(f, _)| f.id);
        }
        self.points = match self.rows.iter().find(|(f, _)| Some(f.id) == self.selected) {
            Some((f, _)) => burn_down(cx.store, f, cx.today)?,
            None => Vec::new(),
        };
        self.error = None;
        Ok(())
    }

    /// Draws the tab.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>, range: Option<(NaiveDate, NaiveDate)>) {
        if self.loaded != Some(cx.store.generation()) {
            self.reload(cx);
        }
        if self.error.is_some() {
            if error_ui(ui, &self.error) {
                self.loaded = None;
            }
            return;
        }
        if let Some(form) = &mut self.form {
            if let Some(done) = fund_form_ui(ui, form, &self.activities, cx.today) {
                if let Some(fund) = done {
                    let read = crate::actions::AsRead::record(&form.original);
                    cx.act(Action::SaveFund(Box::new(fund)).if_unchanged(read));
                }
                self.form = None;
            }
            return;
        }
        let mut pick = None;
        egui::Grid::new("funds_grid").num_columns(7).spacing([18.0, 4.0]).striped(true).show(ui, |ui| {
            for h in [
                t!("reports-fund-col-fund"),
                t!("reports-fund-col-funder"),
                t!("reports-fund-col-budget"),
                t!("reports-fund-col-spent"),
                t!("reports-fund-col-committed"),
                t!("reports-fund-col-remaining"),
                String::new(),
            ] {
                ui.label(egui::RichText::new(h).strong());
            }
            ui.end_row();
            for (f, s) in &self.rows {
                if ui.selectable_label(self.selected == Some(f.id), &f.name).clicked() {
                    pick = Some(f.id);
                }
                ui.label(&f.funder);
                ui.label(f.amount.to_string());
                ui.label(s.spent.to_string());
                ui.label(s.committed.to_string());
                let remaining = s.remaining();
                if remaining.0 < 0 {
                    ui.label(
                        egui::RichText::new(t!("reports-fund-overspent", amount = remaining.to_string()))
                            .color(ui.visuals().error_fg_color)
                            .strong(),
                    );
                } else {
                    ui.label(remaining.to_string());
                }
                ui.label(t!(
                    "reports-fund-dates",
                    start = crate::i18n::date(f.start, "%-d %b %Y"),
                    end = crate::i18n::date(f.end, "%-d %b %Y")
                ));
                ui.end_row();
            }
        });
        if let Some(id) = pick {
            self.selected = Some(id);
            self.loaded = None;
        }
        ui.horizontal(|ui| {
            if !cx.read_only && ui.button(t!("reports-fund-add")).clicked() {
                let year_end = cx.today.checked_add_months(chrono::Months::new(12)).unwrap_or(cx.today);
                self.form = Some(FundForm::edit(&Fund {
                    id: FundId::NEW,
                    name: String::new(),
                    funder: String::new(),
                    amount: Money::ZERO,
                    start: cx.today,
                    end: year_end,
                    pays_for: Vec::new(),
                    notes: String::new(),
                }));
            }
            if let Some((f, _)) = self.rows.iter().find(|(f, _)| Some(f.id) == self.selected) {
                if !cx.read_only && ui.button(t!("reports-fund-edit", name = f.name.as_str())).clicked() {
                    self.form = Some(FundForm::edit(f));
                }
                ui.separator();
                ui.checkbox(&mut self.include_names, t!("reports-fund-include-names"));
                let html = ui.button(t!("reports-fund-report")).clicked();
                let pdf = ui.button(t!("reports-fund-report-pdf")).clicked();
                if (html || pdf)
                    && let Some((from, to)) = range
                {
                    let stem = format!("{}-report", f.name.replace(' ', "-").to_lowercase());
                    let made = crate::report::pack::funder_pack_document(
                        cx.store,
                        f,
                        from,
                        to,
                        self.include_names,
                        cx.today,
                    )
                    .map_err(|e| crate::ui::error_chain(&e))
                    .and_then(|doc| {
                        if pdf {
                            doc.to_pdf().map_err(|e| e.to_string())
                        } else {
                            Ok(doc.to_html(crate::report::pack::STYLE).into_bytes())
                        }
                    });
                    let ext = if pdf { "pdf" } else { "html" };
                    match made {
                        Ok(bytes) => save_as(cx, &format!("{stem}.{ext}"), ext, bytes),
                        Err(e) => cx
                            .commands
                            .push(Command::ShowError(t!("reports-fund-report-not-saved", error = e))),
                    }
                }
            }
        });
        let Some((fund, _)) = self.rows.iter().find(|(f, _)| Some(f.id) == self.selected) else { return };
        let chart = Chart::BurnDown(BurnDownChart {
            title: t!("reports-fund-chart-title", name = fund.name.as_str()),
            budget: fund.amount.as_pounds_f64(),
            points: self.points.clone(),
        });
        let size = egui::vec2(ui.available_width().min(900.0), 300.0);
        let style = ChartStyle { dark: ui.visuals().dark_mode, text_scale: 1.0 };
        // Redrawn when the data, the fund or the interface language (the chart's title) changes.
        let key = cx.store.generation() ^ (fund.id.0 << 32) ^ ((crate::i18n::current() as u64) << 62);
        self.chart.ui(ui, size, key, style, &t!("reports-fund-chart-alt", name = fund.name.as_str()), || {
            Some(chart)
        });
    }
}

/// The fund form; `Some(Some(f))` to save, `Some(None)` to cancel.
fn fund_form_ui(
    ui: &mut egui::Ui,
    form: &mut FundForm,
    activities: &[Activity],
    today: NaiveDate,
) -> Option<Option<Fund>> {
    let mut result = None;
    ui.heading(if form.original.id.is_new() { t!("reports-fund-new") } else { form.original.name.clone() });
    egui::Grid::new("fund_form").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        text_row_ui(ui, &t!("reports-fund-name"), &mut form.name, form.errors.get("name"));
        text_row_ui(ui, &t!("reports-fund-funder"), &mut form.funder, None);
        text_row_ui(ui, &t!("reports-fund-amount"), &mut form.amount, form.errors.get("amount_gbp"));
        date_row_ui(ui, &t!("reports-fund-start"), &mut form.start, form.errors.get("start"), today);
        date_row_ui(ui, &t!("reports-fund-end"), &mut form.end, form.errors.get("end"), today);
        text_row_ui(ui, &t!("reports-fund-notes"), &mut form.notes, None);
    });
    ui.label(egui::RichText::new(t!("reports-fund-pays-for")).strong());
    ui.horizontal_wrapped(|ui| {
        for a in activities {
            let mut on = form.pays_for.contains(&a.id);
            if ui.checkbox(&mut on, &a.name).changed() {
                if on {
                    form.pays_for.push(a.id);
                } else {
                    form.pays_for.retain(|x| *x != a.id);
                }
            }
        }
    });
    ui.horizontal(|ui| {
        if ui.button(t!("reports-fund-save")).clicked() {
            match form.build() {
                Ok(f) => result = Some(Some(f)),
                Err(e) => form.errors = e,
            }
        }
        if ui.button(t!("reports-fund-cancel")).clicked() {
            result = Some(None);
        }
    });
    result
}
