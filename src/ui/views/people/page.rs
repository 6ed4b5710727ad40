//! One person's page: profile, referrals with their history, plan, contact log, sessions,
//! wellbeing and data rights.

use super::PeopleData;
use super::intake::{IntakeAction, IntakeForm};
use super::page_sections::{ContactDraft, GoalDraft, StatusDraft};
use super::rights::RightsState;
use crate::actions::Action;
use crate::data::ReadsExt;
use crate::domain::{
    Activity, Assessment, Contact, Need, Person, PersonId, Referral, ReferralId, Session, ShareConsent,
};
use crate::i18n::Lang;
use crate::t;
use crate::ui::Command;
use crate::ui::views::ViewContext;
use crate::ui::views::form::{
    FieldErrors, birth_fallback, date_row_ui, date_text, message_ui, multiline_row_ui, parse_date,
    split_list, text_row_ui,
};
use std::collections::HashMap;

/// Everything shown about the person, read once per store generation.
#[derive(Default)]
pub(super) struct Details {
    pub person: Option<Person>,
    pub referrals: Vec<Referral>,
    pub contacts: Vec<Contact>,
    pub sessions: Vec<Session>,
    pub assessments: Vec<Assessment>,
    pub activities: Vec<Activity>,
    pub settings: crate::domain::Settings,
    /// Their entries in the co-op's register of members (as a user member, or a carer).
    pub register: Vec<crate::domain::RegisterEntry>,
}

impl Details {
    pub fn activity_name(&self, id: crate::domain::ActivityId) -> &str {
        self.activities.iter().find(|a| a.id == id).map_or_else(
            || crate::i18n::static_text("people-unknown-activity", "(unknown activity)"),
            |a| a.name.as_str(),
        )
    }
}

/// The page of one person.
pub struct PersonPage {
    id: PersonId,
    loaded: Option<u64>,
    pub(super) details: Details,
    profile: Option<ProfileForm>,
    pub(super) status: HashMap<ReferralId, StatusDraft>,
    pub(super) contact: ContactDraft,
    pub(super) goal: GoalDraft,
    pub(super) rights: RightsState,
    /// The class chosen to admit them in.
    pub(super) admit_class: Option<String>,
    further_referral: Option<IntakeForm>,
    chart: crate::ui::chart_view::ChartView,
    error: Option<String>,
    /// A profile save that failed: (the person as the form first read them, as typed), to
    /// open the form again with (on the next frame, which can read the funds it offers).
    retry: Option<(Person, Person)>,
    /// The audit trail has been told this page was opened.
    viewed: bool,
}

impl PersonPage {
    /// A page for `id`.
    pub fn new(id: PersonId) -> Self {
        Self {
            id,
            loaded: None,
            details: Details::default(),
            profile: None,
            retry: None,
            status: HashMap::new(),
            contact: ContactDraft::default(),
            goal: GoalDraft::default(),
            rights: RightsState::default(),
            admit_class: None,
            further_referral: None,
            chart: crate::ui::chart_view::ChartView::default(),
            error: None,
            viewed: false,
        }
    }

    fn reload(&mut self, cx: &ViewContext<'_>) {
        self.loaded = Some(cx.store.generation());
        let result = (|| {
            let history = cx.store.history_of_person(self.id)?;
            Ok::<_, crate::data::DataError>(Details {
                person: cx.store.get::<Person>(self.id)?,
                referrals: history.referrals,
                contacts: cx.store.contacts_of_person(self.id)?,
                sessions: history.sessions,
                assessments: history.assessments,
                activities: cx.store.all::<Activity>()?,
                settings: cx.store.settings()?,
                register: cx
                    .store
                    .all::<crate::domain::RegisterEntry>()?
                    .into_iter()
                    .filter(|e| e.link == crate::domain::RegisterLink::Person(self.id))
                    .collect(),
            })
        })();
        match result {
            Ok(d) => {
                self.details = d;
                self.error = None;
            }
            Err(e) => self.error = Some(crate::ui::error_chain(&e)),
        }
    }

    /// Draws the page; returns false when the user goes back to the list.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &PeopleData,
        fresh: bool,
        cx: &mut ViewContext<'_>,
    ) -> bool {
        if fresh || self.loaded != Some(cx.store.generation()) {
            self.reload(cx);
        }
        let mut keep = true;
        if !self.viewed && self.details.person.is_some() {
            // Who looked at this person, and when, goes in the audit trail.
            self.viewed = true;
            cx.act(Action::RecordView(self.id));
        }
        let Some(person) = self.details.person.clone() else {
            ui.label(crate::t!("people-page-gone"));
            return !ui.button(crate::t!("people-page-back")).clicked();
        };
        ui.horizontal(|ui| {
            if ui.button(crate::t!("people-page-back")).clicked() {
                keep = false;
            }
            ui.heading(egui::RichText::new(&person.name).size(24.0));
            let mut facts = vec![person.reference.clone()];
            if let Some(age) = person.age_on(cx.today) {
                facts.push(crate::t!("people-page-age", age = age.to_string()));
            }
            if !person.village.is_empty() {
                facts.push(person.village.clone());
            }
            ui.label(egui::RichText::new(facts.join(", ")).weak());
            if ui.button(crate::t!("people-page-export-calendar")).clicked() {
                crate::ui::views::export_calendar(
                    cx,
                    crate::report::ics::Whose::Person(person.id),
                    person.display_name(),
                );
            }
        });
        if let Some(e) = &self.error {
            message_ui(ui, Some(e));
        }
        if let Some(form) = &mut self.further_referral {
            match form.ui(ui, data, cx.today) {
                IntakeAction::None => {}
                IntakeAction::Cancel => self.further_referral = None,
                IntakeAction::Save(p, r) => {
                    cx.act(Action::Intake(p, r));
                    self.further_referral = None;
                }
            }
            return keep;
        }
        egui::ScrollArea::vertical().auto_shrink([false, false]).id_salt("person_page").show(ui, |ui| {
            // Two columns when each has room for its forms; otherwise one, the referrals and
            // contacts below the profile and plan.
            if ui.available_width() >= 1180.0 {
                ui.columns(2, |cols| {
                    let (left, right) = cols.split_at_mut(1);
                    self.left_sections_ui(&mut left[0], &person, cx);
                    self.right_sections_ui(&mut right[0], &person, data, cx);
                });
            } else {
                self.left_sections_ui(ui, &person, cx);
                self.right_sections_ui(ui, &person, data, cx);
            }
        });
        self.letter_window_ui(ui, &person, cx);
        keep
    }

    fn left_sections_ui(&mut self, ui: &mut egui::Ui, person: &Person, cx: &mut ViewContext<'_>) {
        egui::CollapsingHeader::new(crate::t!("people-section-profile"))
            .id_salt("person_profile")
            .default_open(true)
            .show(ui, |ui| self.profile_ui(ui, person, cx));
        egui::CollapsingHeader::new(crate::t!("people-section-plan"))
            .id_salt("person_plan")
            .default_open(true)
            .show(ui, |ui| self.plan_ui(ui, person, cx));
        egui::CollapsingHeader::new(crate::t!("people-section-wellbeing"))
            .id_salt("person_wellbeing")
            .default_open(true)
            .show(ui, |ui| {
                self.wellbeing_chart_ui(ui, person, cx);
                self.assessments_ui(ui);
            });
        egui::CollapsingHeader::new(crate::t!("people-section-rights"))
            .id_salt("person_rights")
            .default_open(false)
            .show(ui, |ui| self.rights_ui(ui, person, cx));
    }

    fn right_sections_ui(
        &mut self,
        ui: &mut egui::Ui,
        person: &Person,
        data: &PeopleData,
        cx: &mut ViewContext<'_>,
    ) {
        egui::CollapsingHeader::new(crate::t!("people-section-referrals"))
            .id_salt("person_referrals")
            .default_open(true)
            .show(ui, |ui| {
                if !cx.read_only && ui.button(crate::t!("people-page-new-referral")).clicked() {
                    self.further_referral = Some(IntakeForm::for_person(person, data, cx.today));
                }
                self.referrals_ui(ui, person, data, cx);
            });
        egui::CollapsingHeader::new(crate::t!("people-section-contacts"))
            .id_salt("person_contacts")
            .default_open(true)
            .show(ui, |ui| self.contacts_ui(ui, person, cx));
        egui::CollapsingHeader::new(crate::t!("people-section-sessions"))
            .id_salt("person_sessions")
            .default_open(false)
            .show(ui, |ui| self.sessions_ui(ui, person));
        egui::CollapsingHeader::new(crate::t!("people-section-membership"))
            .id_salt("person_membership")
            .default_open(false)
            .show(ui, |ui| self.membership_ui(ui, person, cx));
    }

    fn wellbeing_chart_ui(&mut self, ui: &mut egui::Ui, person: &Person, cx: &mut ViewContext<'_>) {
        let Some(instrument) = crate::report::charts::main_instrument(&self.details.assessments) else {
            return;
        };
        let attended: Vec<chrono::NaiveDate> = self
            .details
            .sessions
            .iter()
            .filter(|s| {
                s.participants
                    .iter()
                    .any(|p| p.person == person.id && p.attendance == crate::domain::Attendance::Attended)
            })
            .map(|s| s.date)
            .collect();
        let settings = self.details.settings.clone();
        if let Some(text) =
            crate::ui::views::wellbeing_outcome_text(&self.details.assessments, instrument, &settings)
        {
            ui.label(egui::RichText::new(format!("{}: {text}", instrument.label())).strong());
        }
        let size = egui::vec2(ui.available_width().min(620.0), 260.0);
        let style = crate::charts::ChartStyle { dark: ui.visuals().dark_mode, text_scale: 1.0 };
        let key = cx.store.generation() ^ (person.id.0 << 24);
        let title = format!("{} ({})", person.name, person.reference);
        let assessments = &self.details.assessments;
        self.chart.ui(
            ui,
            size,
            key,
            style,
            &crate::t!("people-chart-name", instrument = instrument.label(), name = person.name.as_str()),
            || Some(crate::report::charts::chart_from(assessments, instrument, &settings, title, attended)),
        );
    }

    /// Whose page this is.
    pub fn person_id(&self) -> PersonId {
        self.id
    }

    /// Opens the profile form again as typed, after its save failed.
    pub fn retry_profile(&mut self, original: &Person, typed: &Person) {
        self.retry = Some((original.clone(), typed.clone()));
    }

    /// Puts a contact that could not be saved back in the contact form.
    pub fn retry_contact(&mut self, contact: &crate::domain::Contact) {
        self.contact.refill(contact);
    }

    fn profile_ui(&mut self, ui: &mut egui::Ui, person: &Person, cx: &mut ViewContext<'_>) {
        if let Some((original, typed)) = self.retry.take()
            && let Ok(funds) = cx.store.all::<crate::domain::Fund>()
        {
            let mut form = ProfileForm::edit(&typed, funds);
            form.original = original;
            self.profile = Some(form);
        }
        if let Some(form) = &mut self.profile {
            match form.ui(ui, cx.today) {
                Some(Some(updated)) => {
                    let read = crate::actions::AsRead::record(&form.original);
                    cx.act(Action::SavePerson(Box::new(updated)).if_unchanged(read));
                    self.profile = None;
                }
                Some(None) => self.profile = None,
                None => {}
            }
            return;
        }
        egui::Grid::new("profile_view").num_columns(2).spacing([16.0, 4.0]).show(ui, |ui| {
            let mut row = |k: &str, v: String| {
                if !v.is_empty() {
                    ui.label(egui::RichText::new(k).weak());
                    ui.label(v);
                    ui.end_row();
                }
            };
            row(&t!("people-field-preferred-name"), person.preferred_name.clone());
            row(&t!("people-field-date-of-birth"), date_text(person.date_of_birth));
            row(&t!("people-field-address"), person.address.clone());
            row(&t!("people-field-phone"), person.phone.clone());
            row(&t!("people-field-email"), person.email.clone());
            row(&t!("people-field-gp-practice"), person.gp_practice.clone());
            row(&t!("people-field-preferred-language"), language_text(person.preferred_language));
            row(
                &t!("people-field-needs"),
                person.needs.iter().map(|n| n.label()).collect::<Vec<_>>().join(", "),
            );
            row(&t!("people-field-interests"), person.interests.join(", "));
            row(&t!("people-field-what-matters"), person.what_matters.clone());
            row(&t!("people-field-emergency-contact"), person.emergency_contact.clone());
            row(
                &t!("people-field-consent-store"),
                match (person.consent_store, person.consent_withdrawn) {
                    (_, Some(w)) => t!("people-consent-withdrawn", date = w.to_string()),
                    (Some(d), None) => t!("people-consent-given", date = d.to_string()),
                    (None, None) => t!("people-consent-not-recorded"),
                },
            );
            row(
                &t!("people-field-consent-share-outcomes"),
                format!(
                    "{}{}",
                    if person.consent_share.yes { t!("people-yes") } else { t!("people-no") },
                    person.consent_share.date.map(|d| format!(" ({d})")).unwrap_or_default()
                ),
            );
            row(&t!("people-field-notes"), person.notes.clone());
            row(
                &t!("people-field-payer"),
                person.default_payer.map_or_else(
                    || t!("people-not-set"),
                    |p| match p {
                        crate::domain::Payer::SelfFunded => t!("people-payer-self-funded"),
                        crate::domain::Payer::Sds(o) => o.label().to_string(),
                        crate::domain::Payer::Fund(_) => t!("people-payer-a-fund"),
                    },
                ),
            );
        });
        if !cx.read_only && ui.button(t!("people-profile-edit")).clicked() {
            match cx.store.all::<crate::domain::Fund>() {
                Ok(funds) => self.profile = Some(ProfileForm::edit(person, funds)),
                Err(e) => cx.commands.push(Command::ShowError(t!(
                    "people-profile-funds-unread",
                    error = crate::ui::error_chain(&e)
                ))),
            }
        }
    }
}

/// Editing a person's profile.
pub(super) struct ProfileForm {
    original: Person,
    name: String,
    preferred: String,
    dob: String,
    village: String,
    address: String,
    phone: String,
    email: String,
    gp: String,
    needs: Vec<Need>,
    interests: String,
    what_matters: String,
    consent_store: String,
    consent_withdrawn: String,
    consent_share: bool,
    emergency: String,
    notes: String,
    payer: Option<crate::domain::Payer>,
    language: Option<Lang>,
    funds: Vec<crate::domain::Fund>,
    errors: FieldErrors,
}

/// A person's preferred language in words ("not asked" when unset).
fn language_text(lang: Option<Lang>) -> String {
    lang.map_or_else(|| t!("people-language-not-asked"), |l| l.native_name().to_string())
}

impl ProfileForm {
    fn edit(p: &Person, funds: Vec<crate::domain::Fund>) -> Self {
        Self {
            original: p.clone(),
            name: p.name.clone(),
            preferred: p.preferred_name.clone(),
            dob: date_text(p.date_of_birth),
            village: p.village.clone(),
            address: p.address.clone(),
            phone: p.phone.clone(),
            email: p.email.clone(),
            gp: p.gp_practice.clone(),
            needs: p.needs.clone(),
            interests: p.interests.join(", "),
            what_matters: p.what_matters.clone(),
            consent_store: date_text(p.consent_store),
            consent_withdrawn: date_text(p.consent_withdrawn),
            consent_share: p.consent_share.yes,
            emergency: p.emergency_contact.clone(),
            notes: p.notes.clone(),
            payer: p.default_payer,
            language: p.preferred_language,
            funds,
            errors: FieldErrors::new(),
        }
    }

    fn build(&self, today: chrono::NaiveDate) -> Result<Person, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut p = self.original.clone();
        p.name = self.name.trim().to_string();
        p.preferred_name = self.preferred.trim().to_string();
        p.village = self.village.trim().to_string();
        p.address = self.address.trim().to_string();
        p.phone = self.phone.trim().to_string();
        p.email = self.email.trim().to_string();
        p.gp_practice = self.gp.trim().to_string();
        p.needs = self.needs.clone();
        p.interests = split_list(&self.interests);
        p.what_matters = self.what_matters.trim().to_string();
        p.emergency_contact = self.emergency.trim().to_string();
        p.notes = self.notes.trim().to_string();
        p.default_payer = self.payer;
        p.preferred_language = self.language;
        if self.consent_share != p.consent_share.yes {
            p.consent_share = ShareConsent { yes: self.consent_share, date: Some(today) };
        }
        for (field, text, slot) in [
            ("date_of_birth", &self.dob, &mut p.date_of_birth),
            ("consent_store", &self.consent_store, &mut p.consent_store),
            ("consent_withdrawn", &self.consent_withdrawn, &mut p.consent_withdrawn),
        ] {
            match parse_date(text) {
                Ok(d) => *slot = d,
                Err(e) => {
                    errors.insert(field, e.to_string());
                }
            }
        }
        if let Err(invalid) = p.validate(today) {
            for problem in invalid.0 {
                errors.entry(problem.field).or_insert(problem.message);
            }
        }
        if errors.is_empty() { Ok(p) } else { Err(errors) }
    }

    /// Draws the form: `Some(Some(p))` to save, `Some(None)` to cancel.
    fn ui(&mut self, ui: &mut egui::Ui, today: chrono::NaiveDate) -> Option<Option<Person>> {
        let mut result = None;
        egui::Grid::new("profile_form").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
            text_row_ui(ui, &t!("people-field-name"), &mut self.name, self.errors.get("name"));
            text_row_ui(ui, &t!("people-field-preferred-name"), &mut self.preferred, None);
            date_row_ui(
                ui,
                &t!("people-field-date-of-birth"),
                &mut self.dob,
                self.errors.get("date_of_birth"),
                birth_fallback(today),
            );
            text_row_ui(ui, &t!("people-field-village"), &mut self.village, None);
            text_row_ui(ui, &t!("people-field-address"), &mut self.address, None);
            text_row_ui(ui, &t!("people-field-phone"), &mut self.phone, None);
            text_row_ui(ui, &t!("people-field-email"), &mut self.email, self.errors.get("email"));
            text_row_ui(ui, &t!("people-field-gp-practice"), &mut self.gp, None);
            crate::ui::views::form::choice_row_ui(
                ui,
                &t!("people-field-preferred-language"),
                &mut self.language,
                &[None, Some(Lang::Cy), Some(Lang::En)],
                language_text,
            );
            ui.label(t!("people-field-needs"));
            crate::ui::views::form::wrapped_cell_ui(ui, |ui| {
                for need in Need::ALL {
                    let mut on = self.needs.contains(need);
                    if ui.checkbox(&mut on, need.label()).changed() {
                        if on {
                            self.needs.push(*need);
                        } else {
                            self.needs.retain(|n| n != need);
                        }
                    }
                }
            });
            ui.end_row();
            text_row_ui(ui, &t!("people-field-interests"), &mut self.interests, None);
            multiline_row_ui(ui, &t!("people-field-what-matters"), &mut self.what_matters);
            date_row_ui(
                ui,
                &t!("people-profile-consent-store-date"),
                &mut self.consent_store,
                self.errors.get("consent_store"),
                today,
            );
            date_row_ui(
                ui,
                &t!("people-profile-consent-withdrawn-date"),
                &mut self.consent_withdrawn,
                self.errors.get("consent_withdrawn"),
                today,
            );
            ui.label(t!("people-profile-consent-share"));
            ui.checkbox(&mut self.consent_share, t!("people-consent-share-agrees"));
            ui.end_row();
            text_row_ui(ui, &t!("people-field-emergency-contact"), &mut self.emergency, None);
            let mut choices: Vec<Option<crate::domain::Payer>> =
                vec![None, Some(crate::domain::Payer::SelfFunded)];
            choices.extend(crate::domain::SdsOption::ALL.iter().map(|o| Some(crate::domain::Payer::Sds(*o))));
            choices.extend(self.funds.iter().map(|f| Some(crate::domain::Payer::Fund(f.id))));
            let funds = self.funds.clone();
            crate::ui::views::form::choice_row_ui(
                ui,
                &t!("people-field-payer"),
                &mut self.payer,
                &choices,
                |p| match p {
                    None => t!("people-not-set"),
                    Some(crate::domain::Payer::SelfFunded) => t!("people-payer-self-funded"),
                    Some(crate::domain::Payer::Sds(o)) => o.label().to_string(),
                    Some(crate::domain::Payer::Fund(id)) => funds.iter().find(|f| f.id == id).map_or_else(
                        || t!("people-payer-a-fund"),
                        |f| t!("people-payer-fund", name = f.name.as_str()),
                    ),
                },
            );
            multiline_row_ui(ui, &t!("people-field-notes"), &mut self.notes);
        });
        ui.horizontal(|ui| {
            if ui.button(t!("people-profile-save")).clicked() {
                match self.build(today) {
                    Ok(p) => result = Some(Some(p)),
                    Err(e) => self.errors = e,
                }
            }
            if ui.button(t!("people-profile-cancel")).clicked() {
                result = Some(None);
            }
        });
        if !self.errors.is_empty() {
            message_ui(ui, Some(&t!("people-profile-not-saved")));
        }
        result
    }
}
