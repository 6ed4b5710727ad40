//! The Shares tab: the share ledger, newest first, and recording an issue, a withdrawal or a
//! transfer. What the register shows each member holding is always the ledger's sum.

use super::{CoopData, entry_choice_ui};
use crate::actions::Action;
use crate::domain::{LedgerEntry, LedgerEntryId, LedgerKind, Money, RegisterEntryId};
use crate::t;
use crate::ui::table::{Col, Row, Sort, sort_rows, table_ui};
use crate::ui::views::ViewContext;
use crate::ui::views::form::{date_field_ui, date_text, message_ui, parse_date};
use crate::ui::views::show_date;

/// A ledger line as typed.
struct LineForm {
    kind: LedgerKind,
    entry: Option<RegisterEntryId>,
    to: Option<RegisterEntryId>,
    date: String,
    shares: String,
    amount: String,
    note: String,
    error: Option<String>,
    sent: super::Sent,
}

impl LineForm {
    fn new(today: chrono::NaiveDate) -> Self {
        LineForm {
            kind: LedgerKind::Issue,
            entry: None,
            to: None,
            date: date_text(Some(today)),
            shares: "1".into(),
            amount: String::new(),
            note: String::new(),
            error: None,
            sent: super::Sent::default(),
        }
    }

    fn build(&self, data: &CoopData) -> Result<LedgerEntry, String> {
        let entry = self.entry.ok_or_else(|| t!("coop-shares-choose-member"))?;
        let date =
            parse_date(&self.date).map_err(|e| e.to_string())?.ok_or_else(|| t!("coop-shares-give-date"))?;
        let shares: u32 = self
            .shares
            .trim()
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| t!("coop-shares-not-number", text = self.shares.trim()))?;
        let amount = if self.amount.trim().is_empty() {
            // Shares at the member's class price.
            let price = data
                .entries
                .iter()
                .find(|e| e.id == entry)
                .and_then(|e| data.settings.coop.class(&e.class))
                .map_or(Money::ZERO, |c| c.share_price);
            Money(price.0 * i64::from(shares))
        } else {
            Money::parse(&self.amount).map_err(|e| e.to_string())?
        };
        let to = if self.kind == LedgerKind::Transfer {
            Some(self.to.ok_or_else(|| t!("coop-shares-choose-receiver"))?)
        } else {
            None
        };
        Ok(LedgerEntry {
            id: LedgerEntryId::NEW,
            date,
            kind: self.kind,
            entry,
            to,
            shares,
            amount,
            note: self.note.trim().to_string(),
        })
    }
}

/// The Shares tab.
pub(super) struct SharesTab {
    form: Option<LineForm>,
    /// The ledger's rows, made once per change of the data (or of the interface language).
    rows: Vec<Row>,
    rows_for: Option<(u64, crate::i18n::Lang)>,
    sort: Sort,
}

impl Default for SharesTab {
    fn default() -> Self {
        // Newest first.
        SharesTab { form: None, rows: Vec::new(), rows_for: None, sort: Sort { column: 0, descending: true } }
    }
}

impl SharesTab {
    /// The data has changed: a line that was recorded clears the form.
    pub(super) fn saved(&mut self, generation: u64) {
        if self.form.as_ref().is_some_and(|f| f.sent.landed(generation)) {
            self.form = None;
        }
    }

    pub(super) fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>, data: &CoopData) {
        let rules = &data.settings.coop;
        if !rules.legal_form.has_shares() {
            ui.label(t!("coop-shares-no-shares", form = rules.legal_form.label().to_lowercase()));
            return;
        }
        let held: i64 = data.register.iter().map(|l| l.holding.shares).sum();
        let paid: Money = data.register.iter().map(|l| l.holding.amount_paid).sum();
        ui.label(t!("coop-shares-summary", held = held, paid = paid.to_string()));
        if !cx.read_only {
            match &mut self.form {
                None => {
                    if ui.button(t!("coop-shares-record-shares")).clicked() {
                        self.form = Some(LineForm::new(cx.today));
                    }
                }
                Some(form) => {
                    if !form_ui(ui, form, cx, data) {
                        self.form = None;
                    }
                }
            }
        }
        ui.add_space(6.0);
        let key = (cx.store.generation(), crate::i18n::current());
        if self.rows_for != Some(key) {
            self.rows = rows(data);
            sort_rows(&mut self.rows, self.sort);
            self.rows_for = Some(key);
        }
        if table_ui(ui, "ledger_table", &columns(), &self.rows, &mut self.sort).sort_changed {
            sort_rows(&mut self.rows, self.sort);
        }
    }
}

/// The ledger's columns, in the interface language.
fn columns() -> [Col; 6] {
    use crate::i18n::static_text;
    [
        Col { title: static_text("coop-ledger-date", "Date"), width: 130.0 },
        Col { title: static_text("coop-ledger-what", "What"), width: 100.0 },
        Col { title: static_text("coop-ledger-member", "Member"), width: 300.0 },
        Col { title: static_text("coop-ledger-how-many", "How many"), width: 80.0 },
        Col { title: static_text("coop-ledger-amount", "Amount"), width: 90.0 },
        Col { title: static_text("coop-ledger-note", "Note"), width: 240.0 },
    ]
}

/// The ledger as rows (newest first until another column is chosen), with names looked up
/// once.
fn rows(data: &CoopData) -> Vec<Row> {
    let names: std::collections::HashMap<RegisterEntryId, &str> =
        data.entries.iter().map(|e| (e.id, e.name.as_str())).collect();
    let removed = t!("coop-ledger-removed");
    let name = |id| names.get(&id).copied().unwrap_or(removed.as_str());
    data.ledger
        .iter()
        .map(|l| {
            let who = match l.to {
                Some(to) => t!("coop-ledger-from-to", from = name(l.entry), to = name(to)),
                None => name(l.entry).to_string(),
            };
            let cells = vec![
                show_date(l.date),
                l.kind.label().to_string(),
                who,
                l.shares.to_string(),
                l.amount.to_string(),
                l.note.clone(),
            ];
            Row::new(l.id.0, cells)
                .key(0, format!("{}-{:012}", l.date, l.id.0))
                .key(3, format!("{:012}", l.shares))
                .key(4, format!("{:015}", l.amount.0))
        })
        .collect()
}

/// Draws the form; false once closed.
fn form_ui(ui: &mut egui::Ui, form: &mut LineForm, cx: &mut ViewContext<'_>, data: &CoopData) -> bool {
    let mut keep = true;
    let current = data.current(cx.today);
    ui.group(|ui| {
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(t!("coop-ledger-what"));
            egui::ComboBox::from_id_salt("ledger_kind")
                .selected_text(form.kind.label())
                .show_ui(ui, |ui| {
                    for k in LedgerKind::ALL {
                        ui.selectable_value(&mut form.kind, *k, k.label());
                    }
                })
                .response
                .labelled_by(l.id);
            entry_choice_ui(
                ui,
                &t!("coop-ledger-member"),
                "ledger_member",
                &mut form.entry,
                &current,
                &t!("coop-ledger-choose-member"),
            );
            if form.kind == LedgerKind::Transfer {
                entry_choice_ui(
                    ui,
                    &t!("coop-ledger-to"),
                    "ledger_to",
                    &mut form.to,
                    &current,
                    &t!("coop-ledger-choose-receiver"),
                );
            }
        });
        ui.horizontal_wrapped(|ui| {
            date_field_ui(
                ui,
                &t!("coop-ledger-date"),
                &t!("coop-ledger-date-picker"),
                &mut form.date,
                100.0,
                cx.today,
            );
            let l = ui.label(t!("coop-ledger-shares"));
            ui.add(egui::TextEdit::singleline(&mut form.shares).desired_width(60.0)).labelled_by(l.id);
            let l = ui.label(t!("coop-ledger-amount-pounds"));
            ui.add(
                egui::TextEdit::singleline(&mut form.amount)
                    .desired_width(80.0)
                    .hint_text(t!("coop-ledger-amount-hint")),
            )
            .labelled_by(l.id);
            let l = ui.label(t!("coop-ledger-note"));
            ui.add(egui::TextEdit::singleline(&mut form.note).desired_width(200.0)).labelled_by(l.id);
        });
        ui.horizontal(|ui| {
            if ui.add_enabled(!form.sent.waiting(), egui::Button::new(t!("coop-ledger-record"))).clicked() {
                match form.build(data) {
                    Ok(line) => {
                        form.error = None;
                        form.sent.send(cx);
                        cx.act(Action::RecordShares(Box::new(line)));
                    }
                    Err(e) => form.error = Some(e),
                }
            }
            if ui.button(t!("coop-ledger-cancel")).clicked() {
                keep = false;
            }
        });
        message_ui(ui, form.error.as_ref());
    });
    form.sent.settle(cx);
    keep
}
