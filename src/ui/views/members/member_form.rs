//! Viewing and editing one member, with messages beside the fields they concern.

use super::RosterData;
use crate::domain::{ActivityId, Member, MemberId, Money, PvgScope, Role};
use crate::ui::views::form::{
    FieldErrors, choice_row_ui, date_row_ui, date_text, message_ui, multiline_row_ui, parse_date, split_list,
    text_row_ui,
};
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// What the user did in the form this frame.
pub enum FormAction {
    /// Nothing to apply.
    None,
    /// Close without saving.
    Close,
    /// Save this member (validated).
    Save(Box<Member>),
    /// Archive (true) or restore (false).
    Archive(MemberId, bool),
    /// Export the member's sessions as an .ics calendar.
    ExportCalendar(MemberId, String),
}

/// The member being added or edited, as the text the user is typing.
pub struct MemberForm {
    original: Member,
    name: String,
    role: Role,
    activities: BTreeSet<ActivityId>,
    rate: String,
    villages: String,
    travel: String,
    phone: String,
    email: String,
    pvg_number: String,
    pvg_scope: Option<PvgScope>,
    pvg_issued: String,
    pvg_expiry: String,
    insurer: String,
    insurance_expiry: String,
    qualifications: String,
    joined: String,
    notes: String,
    errors: FieldErrors,
}

impl MemberForm {
    /// A form for a new member.
    pub fn new() -> Self {
        let mut blank = Member::named("");
        blank.hourly_rate = Money::ZERO;
        let mut form = Self::edit(&blank);
        form.rate.clear();
        form
    }

    /// A form showing `m`.
    pub fn edit(m: &Member) -> Self {
        Self {
            original: m.clone(),
            name: m.name.clone(),
            role: m.role,
            activities: m.activities.iter().copied().collect(),
            rate: m.hourly_rate.to_decimal(),
            villages: m.villages.join(", "),
            travel: m.furthest_travel_miles.map(|t| t.to_string()).unwrap_or_default(),
            phone: m.phone.clone(),
            email: m.email.clone(),
            pvg_number: m.pvg.number.clone(),
            pvg_scope: m.pvg.scope,
            pvg_issued: date_text(m.pvg.issued),
            pvg_expiry: date_text(m.pvg.expiry),
            insurer: m.insurance.provider.clone(),
            insurance_expiry: date_text(m.insurance.expiry),
            qualifications: m.qualifications.clone(),
            joined: date_text(m.joined),
            notes: m.notes.clone(),
            errors: FieldErrors::new(),
        }
    }

    /// The form again after a save failed: the fields as typed (`typed`), and the member as
    /// the form first read them (`original`; `None` for a new member), so saving again is
    /// still refused over someone else's change.
    pub fn retry(original: Option<&Member>, typed: &Member) -> Self {
        let mut form = Self::edit(typed);
        if let Some(original) = original {
            form.original = original.clone();
        }
        form
    }

    /// The member as the form read it (`None` for a new one), to refuse saving over someone
    /// else's change.
    pub fn as_read(&self) -> Option<crate::actions::AsRead> {
        crate::actions::AsRead::record(&self.original)
    }

    /// The member's id, when editing an existing member.
    pub fn member_id(&self) -> Option<MemberId> {
        (!self.original.id.is_new()).then_some(self.original.id)
    }

    /// Builds the member from the text, or says what is wrong with which field.
    fn build(&self) -> Result<Member, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut m = self.original.clone();
        m.name = self.name.trim().to_string();
        m.role = self.role;
        m.activities = self.activities.iter().copied().collect();
        match Money::parse(&self.rate) {
            Ok(rate) => m.hourly_rate = rate,
            Err(_) if self.rate.trim().is_empty() => {
                errors.insert("hourly_rate_gbp", crate::t!("members-err-required"));
            }
            Err(e) => {
                errors.insert("hourly_rate_gbp", e.to_string());
            }
        }
        m.villages = split_list(&self.villages);
        m.furthest_travel_miles = match self.travel.trim() {
            "" => None,
            t => t.parse().map(Some).unwrap_or_else(|_| {
                errors.insert("furthest_travel", crate::t!("members-err-not-whole-miles", text = t));
                None
            }),
        };
        m.phone = self.phone.trim().to_string();
        m.email = self.email.trim().to_string();
        m.pvg.number = self.pvg_number.trim().to_string();
        m.pvg.scope = self.pvg_scope;
        let mut date = |field: &'static str, text: &str| -> Option<NaiveDate> {
            parse_date(text).unwrap_or_else(|e| {
                errors.insert(field, e.to_string());
                None
            })
        };
        m.pvg.issued = date("pvg_issued", &self.pvg_issued);
        m.pvg.expiry = date("pvg_expiry", &self.pvg_expiry);
        m.insurance.expiry = date("insurance_expiry", &self.insurance_expiry);
        m.joined = date("joined", &self.joined);
        m.insurance.provider = self.insurer.trim().to_string();
        m.qualifications = self.qualifications.trim().to_string();
        m.notes = self.notes.trim().to_string();
        if let Err(invalid) = m.validate() {
            for p in invalid.0 {
                errors.entry(p.field).or_insert(p.message);
            }
        }
        if errors.is_empty() { Ok(m) } else { Err(errors) }
    }

    /// Draws the form; returns what the user asked for.
    /// `read_only` (a viewer on a team server) shows the member without any control that
    /// would change them.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &RosterData,
        read_only: bool,
        today: NaiveDate,
    ) -> FormAction {
        let mut action = FormAction::None;
        let adding = self.original.id.is_new();
        ui.add_space(4.0);
        ui.heading(if adding { crate::t!("members-new-member") } else { self.original.name.clone() });
        if self.original.archived {
            ui.label(egui::RichText::new(crate::t!("members-archived-note")).weak());
        }
        ui.horizontal(|ui| {
            if !read_only && ui.button(crate::t!("members-save-member")).clicked() {
                match self.build() {
                    Ok(m) => action = FormAction::Save(Box::new(m)),
                    Err(errors) => self.errors = errors,
                }
            }
            if ui.button(crate::t!("members-close")).clicked() {
                action = FormAction::Close;
            }
            if !adding {
                let (label, archive) = if self.original.archived {
                    (crate::t!("members-restore-member"), false)
                } else {
                    (crate::t!("members-archive-member"), true)
                };
                if !read_only && ui.button(label).clicked() {
                    action = FormAction::Archive(self.original.id, archive);
                }
                if ui.button(crate::t!("members-export-calendar")).clicked() {
                    action = FormAction::ExportCalendar(self.original.id, self.original.name.clone());
                }
            }
        });
        if !self.errors.is_empty() {
            message_ui(ui, Some(&crate::t!("members-not-saved")));
        }
        ui.separator();
        egui::ScrollArea::vertical().id_salt("member_form_scroll").show(ui, |ui| {
            if read_only {
                ui.disable();
            }
            egui::Grid::new("member_form").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
                text_row_ui(ui, &crate::t!("members-name"), &mut self.name, self.errors.get("name"));
                choice_row_ui(ui, &crate::t!("members-role"), &mut self.role, Role::ALL, |r| {
                    r.label().to_string()
                });
                text_row_ui(
                    ui,
                    &crate::t!("members-hourly-rate"),
                    &mut self.rate,
                    self.errors.get("hourly_rate_gbp"),
                );
                if let Ok(rate) = Money::parse(&self.rate) {
                    let mut probe = Member::named("probe");
                    probe.hourly_rate = rate;
                    if let Some(warning) = probe.rate_warning() {
                        ui.label("");
                        ui.label(egui::RichText::new(warning).color(ui.visuals().warn_fg_color));
                        ui.end_row();
                    }
                }
                text_row_ui(ui, &crate::t!("members-villages-served"), &mut self.villages, None);
                text_row_ui(
                    ui,
                    &crate::t!("members-furthest-travel"),
                    &mut self.travel,
                    self.errors.get("furthest_travel"),
                );
                text_row_ui(ui, &crate::t!("members-phone"), &mut self.phone, None);
                text_row_ui(ui, &crate::t!("members-email"), &mut self.email, self.errors.get("email"));
                text_row_ui(ui, &crate::t!("members-pvg-number"), &mut self.pvg_number, None);
                let scopes = [None, Some(PvgScope::Adults), Some(PvgScope::Children), Some(PvgScope::Both)];
                choice_row_ui(ui, &crate::t!("members-pvg-scope"), &mut self.pvg_scope, &scopes, |s| {
                    s.map_or_else(|| crate::t!("members-unknown"), |s| s.label().to_string())
                });
                date_row_ui(
                    ui,
                    &crate::t!("members-pvg-issued"),
                    &mut self.pvg_issued,
                    self.errors.get("pvg_issued"),
                    today,
                );
                date_row_ui(
                    ui,
                    &crate::t!("members-pvg-expiry"),
                    &mut self.pvg_expiry,
                    self.errors.get("pvg_expiry"),
                    today,
                );
                text_row_ui(ui, &crate::t!("members-insurer"), &mut self.insurer, None);
                date_row_ui(
                    ui,
                    &crate::t!("members-insurance-expiry"),
                    &mut self.insurance_expiry,
                    self.errors.get("insurance_expiry"),
                    today,
                );
                multiline_row_ui(ui, &crate::t!("members-qualifications"), &mut self.qualifications);
                date_row_ui(
                    ui,
                    &crate::t!("members-joined"),
                    &mut self.joined,
                    self.errors.get("joined"),
                    today,
                );
                ui.label(crate::t!("members-coop-membership"));
                let link = crate::domain::RegisterLink::Worker(self.original.id);
                let entry = data.register.iter().filter(|e| e.link == link).max_by_key(|e| e.admitted);
                ui.label(match entry {
                    _ if self.original.id.is_new() => crate::t!("members-admitted-once-saved"),
                    Some(e) if e.ceased.is_none() => {
                        crate::t!(
                            "members-register-since",
                            class = e.class.as_str(),
                            date = crate::ui::views::show_date(e.admitted)
                        )
                    }
                    Some(e) => crate::t!(
                        "members-register-ceased",
                        date = e.ceased.map(crate::ui::views::show_date).unwrap_or_default()
                    ),
                    None => crate::t!("members-not-on-register"),
                });
                ui.end_row();
                multiline_row_ui(ui, &crate::t!("members-notes"), &mut self.notes);
            });
            ui.add_space(6.0);
            ui.label(egui::RichText::new(crate::t!("members-activities-offered")).strong());
            let chosen = self.activities.clone();
            for a in data.activities.iter().filter(|a| !a.archived || chosen.contains(&a.id)) {
                let mut on = self.activities.contains(&a.id);
                if ui.checkbox(&mut on, &a.name).changed() {
                    if on {
                        self.activities.insert(a.id);
                    } else {
                        self.activities.remove(&a.id);
                    }
                }
            }
            if data.activities.is_empty() {
                ui.label(crate::t!("members-no-catalogue"));
            }
            ui.label(egui::RichText::new(crate::t!("members-dates-hint")).weak());
        });
        action
    }
}
