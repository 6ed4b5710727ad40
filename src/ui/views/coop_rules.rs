//! The co-op's rules in Settings: legal form, membership classes (share price, maximum
//! holding, votes), notice, quorum, the special majority and how long a former member's entry
//! is kept.

use super::form::{FieldErrors, message_ui, text_row_ui};
use crate::domain::coop::MembershipClass;
use crate::domain::{CoopRules, LegalForm, Money};

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

fn whole(errors: &mut FieldErrors, field: &'static str, text: &str, what: &str) -> u32 {
    text.trim().parse().unwrap_or_else(|_| {
        errors.insert(field, format!("'{}' is not a whole number of {what}", text.trim()));
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
                max_shares: whole(errors, "classes", max, "shares"),
                votes_per_member: whole(errors, "classes", votes, "votes"),
            });
        }
        CoopRules {
            legal_form: self.legal_form.unwrap_or(LegalForm::RegisteredSociety),
            classes,
            notice_clear_days: whole(errors, "notice_clear_days", &self.notice, "days"),
            quorum_members: whole(errors, "quorum_members", &self.quorum_members, "members"),
            quorum_percent: whole(errors, "quorum_percent", &self.quorum_percent, "per cent"),
            board_quorum: whole(errors, "board_quorum", &self.board_quorum, "officers"),
            special_majority_percent: whole(errors, "special_majority_percent", &self.majority, "per cent"),
            keep_former_years: whole(errors, "keep_former_years", &self.keep_years, "years"),
        }
    }

    /// Draws the form.
    pub(super) fn ui(&mut self, ui: &mut egui::Ui, errors: &FieldErrors) {
        ui.label(egui::RichText::new("The co-op's rules").strong());
        egui::Grid::new("coop_rules_grid").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
            let l = ui.label("Legal form");
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
            text_row_ui(
                ui,
                "Notice of a general meeting (clear days)",
                &mut self.notice,
                errors.get("notice_clear_days"),
            );
            text_row_ui(
                ui,
                "Quorum: at least this many members",
                &mut self.quorum_members,
                errors.get("quorum_members"),
            );
            text_row_ui(
                ui,
                "Quorum: and at least this % of members",
                &mut self.quorum_percent,
                errors.get("quorum_percent"),
            );
            text_row_ui(ui, "Board quorum (officers)", &mut self.board_quorum, errors.get("board_quorum"));
            text_row_ui(
                ui,
                "Special resolution majority (%)",
                &mut self.majority,
                errors.get("special_majority_percent"),
            );
            text_row_ui(
                ui,
                "Keep a former member's entry (years)",
                &mut self.keep_years,
                errors.get("keep_former_years"),
            );
        });
        ui.add_space(4.0);
        ui.label("Membership classes");
        let mut remove = None;
        for (i, (name, price, max, votes)) in self.classes.iter_mut().enumerate() {
            ui.horizontal_wrapped(|ui| {
                let n = i + 1;
                for (label, text, width) in [
                    (format!("Class {n} name"), &mut *name, 160.0),
                    (format!("Class {n} share price (£)"), &mut *price, 60.0),
                    (format!("Class {n} most shares"), &mut *max, 60.0),
                    (format!("Class {n} votes per member"), &mut *votes, 40.0),
                ] {
                    let l = ui.label(label);
                    ui.add(egui::TextEdit::singleline(text).desired_width(width)).labelled_by(l.id);
                }
                if ui.button(format!("Remove class {n}")).clicked() {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            self.classes.remove(i);
        }
        message_ui(ui, errors.get("classes"));
        if ui.button("Add a class").clicked() {
            self.classes.push((String::new(), "1.00".into(), "100".into(), "1".into()));
        }
    }
}
