//! The Register tab: who the members are (and were), what they hold, their offices; admitting
//! a worker, a supporter or anyone else; changing an entry, ceasing, and removing a former
//! member once the rules allow.

use super::{CoopData, save_pdf_ui};
use crate::actions::Action;
use crate::domain::coop::{OfficeHeld, WORKER_CLASS};
use crate::domain::{MemberId, Office, RegisterEntry, RegisterLink};
use crate::t;
use crate::ui::table::{Col, Row, Sort, selectable_table_ui, sort_rows};
use crate::ui::views::ViewContext;
use crate::ui::views::form::{FieldErrors, date_row_ui, date_text, message_ui, parse_date, text_row_ui};
use crate::ui::views::show_date;

/// An entry being admitted or changed, as typed.
struct EntryForm {
    original: RegisterEntry,
    name: String,
    class: String,
    postal_address: String,
    email: String,
    email_for: String,
    admitted: String,
    ceased: String,
    ceased_reason: String,
    loans: String,
    offices: Vec<(Office, String, String)>,
    errors: FieldErrors,
    /// The save sent, if any.
    sent: super::Sent,
}

impl EntryForm {
    fn edit(e: &RegisterEntry) -> Self {
        EntryForm {
            original: e.clone(),
            name: e.name.clone(),
            class: e.class.clone(),
            postal_address: e.postal_address.clone(),
            email: e.email.clone(),
            email_for: e.email_for.clone(),
            admitted: date_text(Some(e.admitted)),
            ceased: date_text(e.ceased),
            ceased_reason: e.ceased_reason.clone(),
            loans: e.loans.clone(),
            offices: e
                .offices
                .iter()
                .map(|o| (o.office, date_text(Some(o.from)), date_text(o.until)))
                .collect(),
            errors: FieldErrors::new(),
            sent: super::Sent::default(),
        }
    }

    fn build(&self) -> Result<RegisterEntry, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut e = self.original.clone();
        e.name = self.name.trim().to_string();
        e.class = self.class.clone();
        e.postal_address = self.postal_address.trim().to_string();
        e.email = self.email.trim().to_string();
        e.email_for = self.email_for.trim().to_string();
        e.ceased_reason = self.ceased_reason.trim().to_string();
        e.loans = self.loans.trim().to_string();
        match parse_date(&self.admitted) {
            Ok(Some(d)) => e.admitted = d,
            Ok(None) => {
                errors.insert("admitted", t!("coop-register-required"));
            }
            Err(err) => {
                errors.insert("admitted", err.to_string());
            }
        }
        match parse_date(&self.ceased) {
            Ok(d) => e.ceased = d,
            Err(err) => {
                errors.insert("ceased", err.to_string());
            }
        }
        e.offices.clear();
        for (office, from, until) in &self.offices {
            match (parse_date(from), parse_date(until)) {
                (Ok(Some(from)), Ok(until)) => e.offices.push(OfficeHeld { office: *office, from, until }),
                _ => {
                    errors.insert("offices", t!("coop-register-office-dates", office = office.label()));
                }
            }
        }
        if let Err(invalid) = e.validate() {
            for p in invalid.0 {
                errors.entry(p.field).or_insert(p.message);
            }
        }
        if errors.is_empty() { Ok(e) } else { Err(errors) }
    }
}

/// The register's columns (the last two only for a society with shares), in the interface
/// language.
fn columns() -> [Col; 7] {
    use crate::i18n::static_text;
    [
        Col { title: static_text("coop-register-name", "Name"), width: 220.0 },
        Col { title: static_text("coop-register-class", "Class"), width: 150.0 },
        Col { title: static_text("coop-register-admitted", "Admitted"), width: 130.0 },
        Col { title: static_text("coop-register-ceased", "Ceased"), width: 130.0 },
        Col { title: static_text("coop-register-offices", "Offices"), width: 150.0 },
        Col { title: static_text("coop-register-shares-held", "Shares held"), width: 90.0 },
        Col { title: static_text("coop-register-paid", "Paid"), width: 90.0 },
    ]
}

/// The table's rows: one per entry, sortable by date and amount.
fn rows(data: &CoopData, today: chrono::NaiveDate, include_former: bool, shares: bool) -> Vec<Row> {
    data.lines(today, include_former)
        .map(|l| {
            let e = &l.entry;
            let offices: Vec<&str> = e.offices_on(today).map(|o| o.label()).collect();
            let mut cells = vec![
                e.name.clone(),
                e.class.clone(),
                show_date(e.admitted),
                e.ceased.map(show_date).unwrap_or_default(),
                offices.join(", "),
            ];
            if shares {
                cells.extend([l.holding.shares.to_string(), l.holding.amount_paid.to_string()]);
            }
            Row::new(e.id.0, cells)
                .key(2, e.admitted.to_string())
                .key(3, e.ceased.map(|d| d.to_string()).unwrap_or_default())
                .key(5, format!("{:012}", l.holding.shares))
                .key(6, format!("{:015}", l.holding.amount_paid.0))
        })
        .collect()
}

/// The Register tab.
#[derive(Default)]
pub(super) struct RegisterTab {
    include_former: bool,
    /// The table's rows, made once per (data, former members shown, shares shown, language).
    rows: Vec<Row>,
    rows_for: Option<(u64, bool, bool, crate::i18n::Lang)>,
    sort: Sort,
    form: Option<EntryForm>,
    /// The worker chosen to admit.
    worker: Option<MemberId>,
}

impl RegisterTab {
    /// The data has changed: a form that was saved closes.
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
        self.toolbar_ui(ui, cx, data);
        let shares = data.settings.coop.legal_form.has_shares();
        let key = (cx.store.generation(), self.include_former, shares, crate::i18n::current());
        if self.rows_for != Some(key) {
            self.rows = rows(data, cx.today, self.include_former, shares);
            sort_rows(&mut self.rows, self.sort);
            self.rows_for = Some(key);
        }
        if self.rows.is_empty() {
            ui.label(t!("coop-register-empty"));
            return;
        }
        let all = columns();
        let cols: &[Col] = if shares { &all } else { &all[..5] };
        let response = selectable_table_ui(ui, "register_table", cols, &self.rows, &mut self.sort, None);
        if response.sort_changed {
            sort_rows(&mut self.rows, self.sort);
        }
        if let Some(id) = response.clicked
            && let Some(e) = data.entries.iter().find(|e| e.id.0 == id)
        {
            self.form = Some(EntryForm::edit(e));
        }
    }

    fn toolbar_ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>, data: &CoopData) {
        ui.horizontal_wrapped(|ui| {
            if !cx.read_only {
                let class = data.settings.coop.classes.first().map_or(String::new(), |c| c.name.clone());
                if ui.button(t!("coop-register-admit-member")).clicked() {
                    let entry = RegisterEntry::new("", &class, RegisterLink::Supporter, cx.today);
                    self.form = Some(EntryForm::edit(&entry));
                }
                let workers = &data.workers_to_admit;
                if !workers.is_empty() {
                    let l = ui.label(t!("coop-register-worker-to-admit"));
                    let shown = self
                        .worker
                        .and_then(|id| workers.iter().find(|w| w.id == id))
                        .map_or_else(|| t!("coop-register-choose-worker"), |w| w.name.clone());
                    egui::ComboBox::from_id_salt("admit_worker")
                        .selected_text(shown)
                        .show_ui(ui, |ui| {
                            for w in workers {
                                ui.selectable_value(&mut self.worker, Some(w.id), &w.name);
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    let chosen = self.worker.and_then(|id| workers.iter().find(|w| w.id == id));
                    if ui
                        .add_enabled(chosen.is_some(), egui::Button::new(t!("coop-register-admit-worker")))
                        .clicked()
                        && let Some(w) = chosen
                    {
                        let mut entry =
                            RegisterEntry::new(&w.name, WORKER_CLASS, RegisterLink::Worker(w.id), cx.today);
                        entry.email = w.email.clone();
                        self.form = Some(EntryForm::edit(&entry));
                        self.worker = None;
                    }
                }
                ui.separator();
            }
            ui.checkbox(&mut self.include_former, t!("coop-register-include-former"));
            let lines = &data.register;
            crate::ui::views::reports::csv_export_ui(
                ui,
                cx,
                &t!("coop-register-export-what"),
                "register",
                || crate::exchange::register(lines).to_csv().map_err(|e| e.to_string()),
            );
            if ui.button(t!("coop-register-pdf")).clicked() {
                let doc = crate::report::coop::register_document(lines, &data.settings, cx.today);
                save_pdf_ui(cx, "register-of-members.pdf", &doc);
            }
        });
        ui.add_space(4.0);
    }
}

/// Draws the entry form; false once it is closed.
fn form_ui(ui: &mut egui::Ui, form: &mut EntryForm, cx: &mut ViewContext<'_>, data: &CoopData) -> bool {
    let adding = form.original.id.is_new();
    ui.heading(if adding { t!("coop-register-admit-member") } else { form.original.name.clone() });
    match form.original.link {
        RegisterLink::Worker(_) => ui.label(t!("coop-register-link-worker")),
        RegisterLink::Person(_) => ui.label(t!("coop-register-link-person")),
        RegisterLink::Supporter => ui.label(t!("coop-register-link-supporter")),
    };
    let mut keep = true;
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        egui::Grid::new("register_form").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
            text_row_ui(ui, &t!("coop-register-name"), &mut form.name, form.errors.get("name"));
            let l = ui.label(t!("coop-register-class"));
            ui.vertical(|ui| {
                egui::ComboBox::from_id_salt("register_class")
                    .selected_text(form.class.clone())
                    .show_ui(ui, |ui| {
                        for c in &data.settings.coop.classes {
                            ui.selectable_value(&mut form.class, c.name.clone(), &c.name);
                        }
                    })
                    .response
                    .labelled_by(l.id);
                message_ui(ui, form.errors.get("class"));
            });
            ui.end_row();
            text_row_ui(ui, &t!("coop-register-postal-address"), &mut form.postal_address, None);
            text_row_ui(ui, &t!("coop-register-email"), &mut form.email, form.errors.get("email"));
            text_row_ui(ui, &t!("coop-register-email-for"), &mut form.email_for, None);
            date_row_ui(
                ui,
                &t!("coop-register-admitted"),
                &mut form.admitted,
                form.errors.get("admitted"),
                cx.today,
            );
            date_row_ui(
                ui,
                &t!("coop-register-ceased"),
                &mut form.ceased,
                form.errors.get("ceased"),
                cx.today,
            );
            text_row_ui(ui, &t!("coop-register-ceased-reason"), &mut form.ceased_reason, None);
            text_row_ui(ui, &t!("coop-register-loans"), &mut form.loans, None);
        });
        ui.add_space(6.0);
        ui.label(egui::RichText::new(t!("coop-register-offices")).strong());
        let mut remove = None;
        for (i, (office, from, until)) in form.offices.iter_mut().enumerate() {
            ui.horizontal_wrapped(|ui| {
                let l = ui.label(t!("coop-register-office"));
                egui::ComboBox::from_id_salt(("office", i))
                    .selected_text(office.label())
                    .show_ui(ui, |ui| {
                        for o in Office::ALL {
                            ui.selectable_value(office, *o, o.label());
                        }
                    })
                    .response
                    .labelled_by(l.id);
                crate::ui::views::form::date_field_ui(
                    ui,
                    &t!("coop-register-from"),
                    &t!("coop-register-office-from"),
                    from,
                    100.0,
                    cx.today,
                );
                crate::ui::views::form::date_field_ui(
                    ui,
                    &t!("coop-register-until"),
                    &t!("coop-register-office-until"),
                    until,
                    100.0,
                    cx.today,
                );
                if ui.button(t!("coop-register-remove-office")).clicked() {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            form.offices.remove(i);
        }
        message_ui(ui, form.errors.get("offices"));
        if !cx.read_only && ui.button(t!("coop-register-add-office")).clicked() {
            form.offices.push((Office::BoardMember, date_text(Some(cx.today)), String::new()));
        }
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            if !cx.read_only {
                let label = if adding { t!("coop-register-admit") } else { t!("coop-register-save-entry") };
                if ui.add_enabled(!form.sent.waiting(), egui::Button::new(label)).clicked() {
                    match form.build() {
                        Ok(entry) => {
                            form.errors.clear();
                            form.sent.send(cx);
                            cx.act(Action::SaveRegisterEntry(Box::new(entry)));
                        }
                        Err(errors) => form.errors = errors,
                    }
                }
            }
            if ui.button(t!("coop-register-close")).clicked() {
                keep = false;
            }
        });
        if !adding && !cx.read_only {
            removal_ui(ui, form, cx, data);
        }
    });
    // A save the store refused leaves the form open, as typed, to correct.
    form.sent.settle(cx);
    keep
}

/// Removing a former member, once the rules' period after they ceased has passed.
fn removal_ui(ui: &mut egui::Ui, form: &EntryForm, cx: &mut ViewContext<'_>, data: &CoopData) {
    let years = data.settings.coop.keep_former_years;
    match form.original.removable_from(years) {
        None => {}
        Some(from) if cx.today < from => {
            ui.label(
                egui::RichText::new(t!("coop-register-kept-until", years = years, date = show_date(from)))
                    .weak(),
            );
        }
        Some(_) if ui.button(t!("coop-register-remove")).clicked() => {
            cx.act(Action::RemoveFromRegister(form.original.id));
        }
        Some(_) => {}
    }
}
