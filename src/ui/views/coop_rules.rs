//! The co-op's rules in Settings: legal form, membership classes (share price, maximum
//! holding, votes), notice, quorum, the special majority and how long a former member's entry
//! is kept.

use super::form::{FieldErrors, message_ui, text_row_ui};
use crate::domain::coop::MembershipClass;
use crate::domain::{CoopRules, LegalForm, Money};
use crate::t;

/// One class as typed: name, share price, maximum shares, votes per member.
type ClassRow = (String, String, String, String);

/// The rules as typed.
#[derive(Default)]
pub(super) struct CoopRulesForm {
    legal_form: Option<LegalForm>,
    classes: Vec<ClassRow>,
    notice: String,
    quorum_members: String,
    quorum_percent: String,
    board_quorum: String,
    majority: String,
    keep_years: String,
}

/// What a whole number counts, for the message when it is not one.
#[derive(Clone, Copy)]
enum Unit {
    Shares,
    Votes,
    Days,
    Members,
    PerCent,
    Officers,
    Years,
}

fn whole(errors: &mut FieldErrors, field: &'static str, text: &str, what: Unit) -> u32 {
    text.trim().parse().unwrap_or_else(|_| {
        let text = text.trim();
        let message = match what {
            Unit::Shares => t!("coop-rules-not-whole-shares", text = text),
            Unit::Votes => t!("coop-rules-not-whole-votes", text = text),
            Unit::Days => t!("coop-rules-not-whole-days", text = text),
            Unit::Members => t!("coop-rules-not-whole-members", text = text),
            Unit::PerCent => t!("coop-rules-not-whole-per-cent", text = text),
            Unit::Officers => t!("coop-rules-not-whole-officers", text = text),
            Unit::Years => t!("coop-rules-not-whole-years", text = text),
        };
        errors.insert(field, message);
        0
    })
}

impl CoopRulesForm {
    /// Fills the form from the rules as stored.
    pub(super) fn load(&mut self, r: &CoopRules) {
        self.legal_form = Some(r.legal_form);
        self.classes = r
            .classes
            .iter()
            .map(|c| {
                (
                    c.name.clone(),
                    c.share_price.to_decimal(),
                    c.max_shares.to_string(),
                    c.votes_per_member.to_string(),
                )
            })
            .collect();
        self.notice = r.notice_clear_days.to_string();
        self.quorum_members = r.quorum_members.to_string();
        self.quorum_percent = r.quorum_percent.to_string();
        self.board_quorum = r.board_quorum.to_string();
        self.majority = r.special_majority_percent.to_string();
        self.keep_years = r.keep_former_years.to_string();
    }

    /// The rules as typed (each problem goes into `errors`; the settings' own validation
    /// checks the rest).
    pub(super) fn build(&self, errors: &mut FieldErrors) -> CoopRules {
        let mut classes = Vec::new();
        for (name, price, max, votes) in &self.classes {
            let share_price = Money::parse(price).unwrap_or_else(|e| {
                errors.insert("classes", format!("{}: {e}", name.trim()));
                Money::ZERO
            });
            classes.push(MembershipClass {
                name: name.trim().to_string(),
                share_price,
                max_shares: whole(errors, "classes", max, Unit::Shares),
                votes_per_member: whole(errors, "classes", votes, Unit::Votes),
            });
        }
        CoopRules {
            legal_form: self.legal_form.unwrap_or(LegalForm::RegisteredSociety),
            classes,
            notice_clear_days: whole(errors, "notice_clear_days", &self.notice, Unit::Days),
            quorum_members: whole(errors, "quorum_members", &self.quorum_members, Unit::Members),
            quorum_percent: whole(errors, "quorum_percent", &self.quorum_percent, Unit::PerCent),
            board_quorum: whole(errors, "board_quorum", &self.board_quorum, Unit::Officers),
            special_majority_percent: whole(
                errors,
                "special_majority_percent",
                &self.majority,
                Unit::PerCent,
            ),
            keep_former_years: whole(errors, "keep_former_years", &self.keep_years, Unit::Years),
        }
    }

    /// Draws the form.
    pub(super) fn ui(&mut self, ui: &mut egui::Ui, errors: &FieldErrors) {
        ui.label(egui::RichText::new(t!("coop-rules-heading")).strong());
        egui::Grid::new("coop_rules_grid").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
            let l = ui.label(t!("coop-rules-legal-form"));
            let form = self.legal_form.get_or_insert(LegalForm::RegisteredSociety);
            egui::ComboBox::from_id_salt("legal_form")
                .selected_text(form.label())
                .show_ui(ui, |ui| {
                    for f in LegalForm::ALL {
                        ui.selectable_value(form, *f, f.label());
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            text_row_ui(ui, &t!("coop-rules-notice"), &mut self.notice, errors.get("notice_clear_days"));
            text_row_ui(
                ui,
                &t!("coop-rules-quorum-members"),
                &mut self.quorum_members,
                errors.get("quorum_members"),
            );
            text_row_ui(
                ui,
                &t!("coop-rules-quorum-percent"),
                &mut self.quorum_percent,
                errors.get("quorum_percent"),
            );
            text_row_ui(
                ui,
                &t!("coop-rules-board-quorum"),
                &mut self.board_quorum,
                errors.get("board_quorum"),
            );
            text_row_ui(
                ui,
                &t!("coop-rules-majority"),
                &mut self.majority,
                errors.get("special_majority_percent"),
            );
            text_row_ui(
                ui,
                &t!("coop-rules-keep-years"),
                &mut self.keep_years,
                errors.get("keep_former_years"),
            );
        });
        ui.add_space(4.0);
        ui.label(t!("coop-rules-classes"));
        let mut remove = None;
        for (i, (name, price, max, votes)) in self.classes.iter_mut().enumerate() {
            ui.horizontal_wrapped(|ui| {
                let n = (i + 1).to_string();
                let n = n.as_str();
                for (label, text, width) in [
                    (t!("coop-rules-class-name", n = n), &mut *name, 160.0),
                    (t!("coop-rules-class-price", n = n), &mut *price, 60.0),
                    (t!("coop-rules-class-max", n = n), &mut *max, 60.0),
                    (t!("coop-rules-class-votes", n = n), &mut *votes, 40.0),
                ] {
                    // A label moves to the next line whole rather than wrapping across the row.
                    let l = ui.add(egui::Label::new(label).wrap_mode(egui::TextWrapMode::Extend));
                    ui.add(egui::TextEdit::singleline(text).desired_width(width)).labelled_by(l.id);
                }
                if ui.button(t!("coop-rules-remove-class", n = n)).clicked() {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            self.classes.remove(i);
        }
        message_ui(ui, errors.get("classes"));
        if ui.button(t!("coop-rules-add-class")).clicked() {
            self.classes.push((String::new(), "1.00".into(), "100".into(), "1".into()));
        }
    }
}
