//! The intake form: a new person and their referral in one go, keyboard only (Tab moves on,
//! Space ticks, Enter on "Save referral" saves). Also used for a further referral of someone
//! already known.

use super::PeopleData;
use crate::domain::{Need, Person, Referral, ReferralSource, ShareConsent, Urgency};
use crate::ui::views::form::{
    FieldErrors, birth_fallback, choice_row_ui, date_row_ui, date_text, message_ui, multiline_row_ui,
    parse_date, text_row_ui,
};
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// What the user did this frame.
pub enum IntakeAction {
    /// Nothing yet.
    None,
    /// Close without saving.
    Cancel,
    /// Save the person (new or existing) and the new referral.
    Save(Box<Person>, Box<Referral>),
}

/// The intake form.
pub struct IntakeForm {
    existing: Option<Person>,
    reference: String,
    name: String,
    preferred: String,
    dob: String,
    village: String,
    phone: String,
    gp: String,
    needs: BTreeSet<Need>,
    consent_store: bool,
    consent_share: bool,
    received: String,
    source: ReferralSource,
    referrer: String,
    referrer_org: String,
    reasons: String,
    urgency: Urgency,
    link_worker: String,
    errors: FieldErrors,
    focused: bool,
}

impl IntakeForm {
    /// A blank form for someone new.
    pub fn new(data: &PeopleData, today: NaiveDate) -> Self {
        Self {
            existing: None,
            reference: data.next_reference(),
            name: String::new(),
            preferred: String::new(),
            dob: String::new(),
            village: String::new(),
            phone: String::new(),
            gp: String::new(),
            needs: BTreeSet::new(),
            consent_store: true,
            consent_share: false,
            received: date_text(Some(today)),
            source: ReferralSource::Gp,
            referrer: String::new(),
            referrer_org: String::new(),
            reasons: String::new(),
            urgency: Urgency::Routine,
            link_worker: String::new(),
            errors: FieldErrors::new(),
            focused: false,
        }
    }

    /// A form for a further referral of a known person.
    pub fn for_person(person: &Person, data: &PeopleData, today: NaiveDate) -> Self {
        let mut form = Self::new(data, today);
        form.reference = person.reference.clone();
        form.name = person.name.clone();
        form.existing = Some(person.clone());
        form
    }

    fn build(&self, today: NaiveDate) -> Result<(Person, Referral), FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut person = self.existing.clone().unwrap_or_else(|| {
            let mut p = Person::new(&self.reference, self.name.trim());
            p.preferred_name = self.preferred.trim().to_string();
            p.village = self.village.trim().to_string();
            p.phone = self.phone.trim().to_string();
            p.gp_practice = self.gp.trim().to_string();
            p.needs = self.needs.iter().copied().collect();
            p.consent_store = self.consent_store.then_some(today);
            p.consent_share = ShareConsent { yes: self.consent_share, date: Some(today) };
            p
        });
        if self.existing.is_none() {
            person.date_of_birth = parse_date(&self.dob).unwrap_or_else(|e| {
                errors.insert("date_of_birth", e.to_string());
                None
            });
            if let Err(invalid) = person.validate(today) {
                for p in invalid.0 {
                    errors.entry(p.field).or_insert(p.message);
                }
            }
        }
        let received = match parse_date(&self.received) {
            Ok(Some(d)) if d > today => {
                errors.insert("date", crate::t!("people-intake-date-future"));
                today
            }
            Ok(Some(d)) => d,
            Ok(None) => {
                errors.insert("date", crate::t!("people-intake-date-required"));
                today
            }
            Err(e) => {
                errors.insert("date", e.to_string());
                today
            }
        };
        let mut referral = Referral::new(person.id, received, self.source);
        referral.referrer_name = self.referrer.trim().to_string();
        referral.referrer_org = self.referrer_org.trim().to_string();
        referral.reasons = self.reasons.trim().to_string();
        referral.urgency = self.urgency;
        referral.link_worker = self.link_worker.trim().to_string();
        if errors.is_empty() { Ok((person, referral)) } else { Err(errors) }
    }

    /// Draws the form.
    pub fn ui(&mut self, ui: &mut egui::Ui, data: &PeopleData, today: NaiveDate) -> IntakeAction {
        let mut action = IntakeAction::None;
        let title = match &self.existing {
            Some(p) => crate::t!(
                "people-intake-title-known",
                name = p.name.as_str(),
                reference = p.reference.as_str()
            ),
            None => crate::t!("people-intake-title-new", reference = self.reference.as_str()),
        };
        ui.heading(title);
        if !self.errors.is_empty() {
            message_ui(ui, Some(&crate::t!("people-intake-not-saved")));
        }
        egui::ScrollArea::vertical().id_salt("intake_scroll").show(ui, |ui| {
            egui::Grid::new("intake_grid").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
                if self.existing.is_none() {
                    let name = text_row_ui(
                        ui,
                        &crate::t!("people-field-name"),
                        &mut self.name,
                        self.errors.get("name"),
                    );
                    if !self.focused {
                        name.request_focus();
                        self.focused = true;
                    }
                    text_row_ui(ui, &crate::t!("people-field-preferred-name"), &mut self.preferred, None);
                    date_row_ui(
                        ui,
                        &crate::t!("people-field-date-of-birth"),
                        &mut self.dob,
                        self.errors.get("date_of_birth"),
                        birth_fallback(today),
                    );
                    text_row_ui(ui, &crate::t!("people-field-village"), &mut self.village, None);
                    text_row_ui(ui, &crate::t!("people-field-phone"), &mut self.phone, None);
                    text_row_ui(ui, &crate::t!("people-field-gp-practice"), &mut self.gp, None);
                    ui.label(crate::t!("people-field-needs"));
                    crate::ui::views::form::wrapped_cell_ui(ui, |ui| {
                        for need in Need::ALL {
                            let mut on = self.needs.contains(need);
                            if ui.checkbox(&mut on, need.label()).changed() {
                                if on {
                                    self.needs.insert(*need);
                                } else {
                                    self.needs.remove(need);
                                }
                            }
                        }
                    });
                    ui.end_row();
                    ui.label(crate::t!("people-intake-consent"));
                    ui.vertical(|ui| {
                        ui.checkbox(&mut self.consent_store, crate::t!("people-intake-consent-store"));
                        ui.checkbox(&mut self.consent_share, crate::t!("people-consent-share-agrees"));
                    });
                    ui.end_row();
                }
                date_row_ui(
                    ui,
                    &crate::t!("people-intake-date-received"),
                    &mut self.received,
                    self.errors.get("date"),
                    today,
                );
                choice_row_ui(
                    ui,
                    &crate::t!("people-intake-source"),
                    &mut self.source,
                    ReferralSource::ALL,
                    |s| s.label().to_string(),
                );
                text_row_ui(ui, &crate::t!("people-intake-referrer"), &mut self.referrer, None);
                text_row_ui(ui, &crate::t!("people-intake-referrer-org"), &mut self.referrer_org, None);
                multiline_row_ui(ui, &crate::t!("people-intake-reasons"), &mut self.reasons);
                choice_row_ui(
                    ui,
                    &crate::t!("people-intake-urgency"),
                    &mut self.urgency,
                    Urgency::ALL,
                    |u| u.label().to_string(),
                );
                text_row_ui(ui, &crate::t!("people-link-worker"), &mut self.link_worker, None);
            });
            let workers = &data.link_workers;
            if self.link_worker.is_empty() && !workers.is_empty() {
                ui.label(
                    egui::RichText::new(crate::t!(
                        "people-intake-workers-so-far",
                        names = workers.join(", ")
                    ))
                    .weak(),
                );
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(crate::t!("people-intake-save")).clicked() {
                    match self.build(today) {
                        Ok((p, r)) => action = IntakeAction::Save(Box::new(p), Box::new(r)),
                        Err(errors) => self.errors = errors,
                    }
                }
                if ui.button(crate::t!("people-cancel")).clicked() {
                    action = IntakeAction::Cancel;
                }
            });
        });
        action
    }
}
