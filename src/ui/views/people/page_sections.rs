//! Sections of a person's page: referrals and their status history, plan, contacts,
//! sessions and assessments.

use super::PeopleData;
use super::page::PersonPage;
use crate::actions::Action;
use crate::domain::wellbeing::Scored;
use crate::domain::{Attendance, Contact, ContactId, ContactKind, Goal, GoalStatus, Person, ReferralStatus};
use crate::t;
use crate::ui::views::ViewContext;
use crate::ui::views::form::{message_ui, parse_date};
use crate::ui::views::show_date;

/// A status change being prepared for one referral.
#[derive(Default)]
pub struct StatusDraft {
    status: Option<ReferralStatus>,
    note: String,
}

/// A contact being added.
#[derive(Default)]
pub struct ContactDraft {
    kind: Option<ContactKind>,
    note: String,
    next_due: String,
    error: Option<String>,
}

impl ContactDraft {
    /// The form filled in from a contact that could not be saved.
    pub(super) fn refill(&mut self, contact: &crate::domain::Contact) {
        self.kind = Some(contact.kind);
        self.note = contact.note.clone();
        self.next_due = crate::ui::views::form::date_text(contact.next_due);
        self.error = None;
    }
}

/// A goal being added.
#[derive(Default)]
pub struct GoalDraft {
    text: String,
    target: String,
    error: Option<String>,
}

impl PersonPage {
    pub(super) fn referrals_ui(
        &mut self,
        ui: &mut egui::Ui,
        person: &Person,
        _data: &PeopleData,
        cx: &mut ViewContext<'_>,
    ) {
        if self.details.referrals.is_empty() {
            ui.label(t!("people-referrals-none"));
        }
        for referral in self.details.referrals.iter().rev() {
            ui.group(|ui| {
                ui.label(
                    egui::RichText::new(t!(
                        "people-referral-heading",
                        date = show_date(referral.received),
                        source = referral.source.label(),
                        status = referral.status().label()
                    ))
                    .strong(),
                );
                let who = [referral.referrer_name.as_str(), referral.referrer_org.as_str()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ");
                if !who.is_empty() {
                    ui.label(t!("people-referral-referrer", who = who.as_str()));
                }
                if !referral.reasons.is_empty() {
                    ui.label(t!("people-referral-reasons", reasons = referral.reasons.as_str()));
                }
                let worker = if referral.link_worker.is_empty() {
                    t!("people-referral-not-assigned")
                } else {
                    referral.link_worker.clone()
                };
                ui.label(t!(
                    "people-referral-urgency-worker",
                    urgency = referral.urgency.label(),
                    worker = worker
                ));
                ui.label(egui::RichText::new(t!("people-referral-history")).strong());
                egui::Grid::new(("history", referral.id.0)).num_columns(3).spacing([16.0, 2.0]).show(
                    ui,
                    |ui| {
                        for change in &referral.history {
                            ui.label(show_date(change.date));
                            ui.label(change.status.label());
                            ui.label(&change.note);
                            ui.end_row();
                        }
                    },
                );
                let draft = self.status.entry(referral.id).or_default();
                ui.horizontal_wrapped(|ui| {
                    if cx.read_only {
                        return;
                    }
                    let label = tag(ui, &t!("people-referral-move-to"));
                    egui::ComboBox::from_id_salt(("new_status", referral.id.0))
                        .selected_text(
                            draft.status.map_or_else(
                                || t!("people-referral-choose-status"),
                                |s| s.label().to_string(),
                            ),
                        )
                        .show_ui(ui, |ui| {
                            for s in ReferralStatus::ALL.iter().filter(|s| **s != referral.status()) {
                                ui.selectable_value(&mut draft.status, Some(*s), s.label());
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    let note_label = tag(ui, &t!("people-referral-note"));
                    ui.add(egui::TextEdit::singleline(&mut draft.note).desired_width(180.0))
                        .labelled_by(note_label.id);
                    if ui
                        .add_enabled(
                            draft.status.is_some(),
                            egui::Button::new(t!("people-referral-change-status")),
                        )
                        .clicked()
                        && let Some(status) = draft.status
                    {
                        cx.act(Action::ChangeReferralStatus(
                            referral.id,
                            status,
                            draft.note.trim().to_string(),
                        ));
                        *draft = StatusDraft::default();
                    }
                });
                let unavailable = crate::report::letter::letter_unavailable(person);
                ui.horizontal_wrapped(|ui| {
                    let button =
                        ui.add_enabled(unavailable.is_none(), egui::Button::new(t!("people-outcome-letter")));
                    if button.clicked() {
                        self.rights.open_letter(referral.id);
                    }
                    if let Some(reason) = &unavailable {
                        ui.label(egui::RichText::new(reason).weak());
                    }
                });
            });
        }
    }

    pub(super) fn plan_ui(&mut self, ui: &mut egui::Ui, person: &Person, cx: &mut ViewContext<'_>) {
        if person.plan.is_empty() {
            ui.label(t!("people-plan-none"));
        }
        // One goal to a block, its text wrapping, so a long goal never runs into the next column.
        for (i, goal) in person.plan.iter().enumerate() {
            ui.add(egui::Label::new(egui::RichText::new(&goal.text).strong()).wrap());
            ui.horizontal_wrapped(|ui| {
                if let Some(d) = goal.target {
                    tag(ui, &t!("people-goal-by", date = show_date(d)));
                }
                let names: Vec<&str> =
                    goal.activities.iter().map(|a| self.details.activity_name(*a)).collect();
                if !names.is_empty() {
                    ui.add(egui::Label::new(egui::RichText::new(names.join(", ")).weak()).wrap());
                }
            });
            ui.horizontal_wrapped(|ui| {
                let mut status = goal.status;
                let label = tag(ui, &t!("people-goal-status", number = (i + 1).to_string()));
                ui.add_enabled_ui(!cx.read_only, |ui| {
                    egui::ComboBox::from_id_salt(("goal_status", i))
                        .selected_text(status.label())
                        .show_ui(ui, |ui| {
                            for s in GoalStatus::ALL {
                                ui.selectable_value(&mut status, *s, s.label());
                            }
                        })
                        .response
                        .labelled_by(label.id);
                });
                if status != goal.status {
                    cx.act(Action::SetGoalStatus(person.id, i, status));
                }
                if !cx.read_only {
                    self.goal_activities_ui(ui, person, i, goal, cx);
                }
            });
            ui.add_space(4.0);
        }
        ui.horizontal_wrapped(|ui| {
            if cx.read_only {
                return;
            }
            let l = tag(ui, &t!("people-goal-new"));
            ui.add(egui::TextEdit::singleline(&mut self.goal.text).desired_width(220.0)).labelled_by(l.id);
            let target_label = t!("people-goal-target");
            let t = tag(ui, &target_label);
            ui.add(
                egui::TextEdit::singleline(&mut self.goal.target)
                    .desired_width(100.0)
                    .hint_text("2027-03-31"),
            )
            .labelled_by(t.id);
            crate::ui::views::form::date_picker_ui(ui, &target_label, &mut self.goal.target, cx.today);
            if ui
                .add_enabled(!self.goal.text.trim().is_empty(), egui::Button::new(t!("people-goal-add")))
                .clicked()
            {
                match parse_date(&self.goal.target) {
                    Ok(target) => {
                        let goal = Goal {
                            text: self.goal.text.trim().to_string(),
                            target,
                            status: GoalStatus::Open,
                            activities: Vec::new(),
                        };
                        cx.act(Action::AddGoal(person.id, goal));
                        self.goal = GoalDraft::default();
                    }
                    Err(e) => self.goal.error = Some(e.to_string()),
                }
            }
        });
        message_ui(ui, self.goal.error.as_ref());
    }

    /// A menu of the catalogue's activities, ticked for those chosen for goal `i`; each tick
    /// is one change. Archived activities are offered only while a goal still has them.
    fn goal_activities_ui(
        &self,
        ui: &mut egui::Ui,
        person: &Person,
        i: usize,
        goal: &Goal,
        cx: &mut ViewContext<'_>,
    ) {
        let config = egui::containers::menu::MenuConfig::new()
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
        egui::containers::menu::MenuButton::new(t!("people-goal-activities", number = (i + 1).to_string()))
            .config(config)
            .ui(ui, |ui| {
                egui::ScrollArea::vertical().max_height(320.0).show(ui, |ui| {
                    let offered = self
                        .details
                        .activities
                        .iter()
                        .filter(|a| !a.archived || goal.activities.contains(&a.id));
                    for activity in offered {
                        let mut chosen = goal.activities.contains(&activity.id);
                        if ui.checkbox(&mut chosen, &activity.name).changed() {
                            let mut activities = goal.activities.clone();
                            if chosen {
                                activities.push(activity.id);
                            } else {
                                activities.retain(|a| *a != activity.id);
                            }
                            cx.act(Action::SetGoalActivities(person.id, i, activities));
                        }
                    }
                });
            });
    }

    pub(super) fn contacts_ui(&mut self, ui: &mut egui::Ui, person: &Person, cx: &mut ViewContext<'_>) {
        if self.details.contacts.is_empty() {
            ui.label(t!("people-contacts-none"));
        }
        egui::Grid::new("contacts_grid").num_columns(4).spacing([16.0, 4.0]).striped(true).show(ui, |ui| {
            for c in self.details.contacts.iter().rev() {
                ui.label(show_date(c.date));
                ui.label(c.kind.label());
                ui.label(&c.note);
                ui.label(
                    c.next_due
                        .map(|d| t!("people-contact-next-due", date = show_date(d)))
                        .unwrap_or_default(),
                );
                ui.end_row();
            }
        });
        ui.horizontal_wrapped(|ui| {
            if cx.read_only {
                return;
            }
            let kind = self.contact.kind.get_or_insert(ContactKind::Phone);
            let l = tag(ui, &t!("people-contact-by"));
            egui::ComboBox::from_id_salt("contact_kind")
                .selected_text(kind.label())
                .show_ui(ui, |ui| {
                    for k in ContactKind::ALL {
                        ui.selectable_value(kind, *k, k.label());
                    }
                })
                .response
                .labelled_by(l.id);
            let n = tag(ui, &t!("people-contact-note"));
            ui.add(egui::TextEdit::singleline(&mut self.contact.note).desired_width(220.0)).labelled_by(n.id);
            let d = tag(ui, &t!("people-col-next-contact"));
            ui.add(
                egui::TextEdit::singleline(&mut self.contact.next_due)
                    .desired_width(100.0)
                    .hint_text("2026-12-01"),
            )
            .labelled_by(d.id);
            crate::ui::views::form::date_picker_ui(
                ui,
                "contact_next_due",
                &mut self.contact.next_due,
                cx.today,
            );
            if ui.button(t!("people-contact-log")).clicked() {
                match parse_date(&self.contact.next_due) {
                    Ok(next_due) => {
                        let by =
                            self.details.referrals.last().map(|r| r.link_worker.clone()).unwrap_or_default();
                        let contact = Contact {
                            id: ContactId::NEW,
                            person: person.id,
                            date: cx.today,
                            kind: self.contact.kind.unwrap_or(ContactKind::Phone),
                            note: self.contact.note.trim().to_string(),
                            by,
                            next_due,
                        };
                        cx.act(Action::SaveContact(Box::new(contact)));
                        self.contact = ContactDraft::default();
                    }
                    Err(e) => self.contact.error = Some(e.to_string()),
                }
            }
        });
        message_ui(ui, self.contact.error.as_ref());
    }

    pub(super) fn sessions_ui(&mut self, ui: &mut egui::Ui, person: &Person) {
        let mine: Vec<_> = self
            .details
            .sessions
            .iter()
            .filter_map(|s| s.participants.iter().find(|p| p.person == person.id).map(|p| (s, p)))
            .collect();
        let attended = mine.iter().filter(|(_, p)| p.attendance == Attendance::Attended).count();
        let marked = mine.iter().filter(|(_, p)| p.attendance != Attendance::Expected).count();
        ui.label(t!("people-sessions-summary", count = mine.len(), attended = attended, marked = marked));
        egui::Grid::new("person_sessions").num_columns(3).spacing([16.0, 2.0]).striped(true).show(ui, |ui| {
            for (s, p) in mine.iter().rev() {
                ui.label(format!("{} {}", show_date(s.date), s.start.format("%H:%M")));
                ui.label(self.details.activity_name(s.activity));
                ui.label(p.attendance.label());
                ui.end_row();
            }
        });
    }

    pub(super) fn assessments_ui(&mut self, ui: &mut egui::Ui) {
        if self.details.assessments.is_empty() {
            ui.label(t!("people-assessments-none"));
        }
        egui::Grid::new("person_assessments").num_columns(4).spacing([16.0, 2.0]).striped(true).show(
            ui,
            |ui| {
                for a in &self.details.assessments {
                    ui.label(show_date(a.date));
                    ui.label(a.timepoint.label());
                    ui.label(a.instrument.label());
                    ui.label(match a.scored() {
                        Some(Scored::Complete(score)) => match score.headline() {
                            Some(h) if h.fract() == 0.0 => format!("{h:.0}"),
                            Some(h) => format!("{h:.2}"),
                            None => t!("people-assessment-scored-items"),
                        },
                        Some(Scored::Incomplete { missing_items }) => {
                            t!("people-assessment-incomplete", missing = format!("{missing_items:?}"))
                        }
                        None => t!("people-assessment-invalid"),
                    });
                    ui.end_row();
                }
            },
        );
    }
}

/// A field's label that stays on one line: in a wrapping row it moves down whole rather than
/// breaking ("Next contact" over "due").
fn tag(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.add(egui::Label::new(text).wrap_mode(egui::TextWrapMode::Extend))
}

impl PersonPage {
    /// Their membership of the co-op: their register entry, or admitting them (a person
    /// supported becomes a member from their page).
    pub(super) fn membership_ui(&mut self, ui: &mut egui::Ui, person: &Person, cx: &mut ViewContext<'_>) {
        let rules = &self.details.settings.coop;
        for e in &self.details.register {
            let state = match e.ceased {
                Some(c) => t!("people-membership-ceased", date = show_date(c)),
                None => t!("people-membership-since", date = show_date(e.admitted)),
            };
            ui.label(format!("{}: {} {state}.", e.name, e.class));
        }
        if cx.read_only || self.details.register.iter().any(|e| e.ceased.is_none()) {
            if !self.details.register.is_empty() {
                ui.label(egui::RichText::new(t!("people-membership-see-coop")).weak());
            }
            return;
        }
        ui.label(t!("people-membership-not-member", name = person.display_name()));
        let default = rules.class("User members").or(rules.classes.first()).map(|c| c.name.clone());
        let class = self.admit_class.get_or_insert_with(|| default.unwrap_or_default());
        ui.horizontal_wrapped(|ui| {
            let l = tag(ui, &t!("people-membership-class"));
            egui::ComboBox::from_id_salt("admit_class")
                .selected_text(class.clone())
                .show_ui(ui, |ui| {
                    for c in &rules.classes {
                        ui.selectable_value(class, c.name.clone(), &c.name);
                    }
                })
                .response
                .labelled_by(l.id);
            if ui.button(t!("people-membership-admit")).clicked() {
                let entry = crate::ui::views::entry_for_person(person, class, cx.today);
                cx.act(Action::SaveRegisterEntry(Box::new(entry)));
            }
        });
    }
}
