//! Viewing and editing one activity, with the members who deliver it.

use super::RosterData;
use crate::domain::{Activity, ActivityId, Format, Money, PriceUnit};
use crate::ui::views::form::{FieldErrors, choice_row_ui, message_ui, text_row_ui};

/// What the user did in the form this frame.
pub enum ActivityAction {
    /// Nothing to apply.
    None,
    /// Close without saving.
    Close,
    /// Save this activity (validated).
    Save(Box<Activity>),
    /// Archive (true) or restore (false).
    Archive(ActivityId, bool),
}

/// The activity being added or edited.
pub struct ActivityForm {
    original: Activity,
    name: String,
    category: String,
    format: Format,
    capacity: String,
    venue: String,
    village: String,
    minutes: String,
    price: String,
    unit: PriceUnit,
    errors: FieldErrors,
}

impl ActivityForm {
    /// A form for a new activity.
    pub fn new() -> Self {
        let blank = Activity {
            id: ActivityId::NEW,
            name: String::new(),
            category: String::new(),
            format: Format::Group,
            capacity: 8,
            venue: String::new(),
            village: String::new(),
            default_minutes: 60,
            price: Money::ZERO,
            price_unit: PriceUnit::PerPerson,
            archived: false,
        };
        Self::edit(&blank)
    }

    /// A form showing `a`.
    pub fn edit(a: &Activity) -> Self {
        Self {
            original: a.clone(),
            name: a.name.clone(),
            category: a.category.clone(),
            format: a.format,
            capacity: a.capacity.to_string(),
            venue: a.venue.clone(),
            village: a.village.clone(),
            minutes: a.default_minutes.to_string(),
            price: a.price.to_decimal(),
            unit: a.price_unit,
            errors: FieldErrors::new(),
        }
    }

    /// The form again after a save failed, as [`super::member_form::MemberForm::retry`].
    pub fn retry(original: Option<&Activity>, typed: &Activity) -> Self {
        let mut form = Self::edit(typed);
        if let Some(original) = original {
            form.original = original.clone();
        }
        form
    }

    /// The activity as the form read it (`None` for a new one), to refuse saving over
    /// someone else's change.
    pub fn as_read(&self) -> Option<crate::actions::AsRead> {
        crate::actions::AsRead::record(&self.original)
    }

    /// The activity's id, when editing an existing one.
    pub fn activity_id(&self) -> Option<ActivityId> {
        (!self.original.id.is_new()).then_some(self.original.id)
    }

    fn build(&self) -> Result<Activity, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut a = self.original.clone();
        a.name = self.name.trim().to_string();
        a.category = self.category.trim().to_string();
        a.format = self.format;
        a.venue = self.venue.trim().to_string();
        a.village = self.village.trim().to_string();
        a.price_unit = self.unit;
        match self.capacity.trim().parse::<u16>() {
            Ok(n) => a.capacity = n,
            Err(_) => {
                errors.insert(
                    "capacity",
                    crate::t!("members-err-not-whole-number", text = self.capacity.trim()),
                );
            }
        }
        match self.minutes.trim().parse::<u16>() {
            Ok(n) => a.default_minutes = n,
            Err(_) => {
                errors.insert(
                    "default_minutes",
                    crate::t!("members-err-not-whole-minutes", text = self.minutes.trim()),
                );
            }
        }
        match self.price.trim() {
            "" => a.price = Money::ZERO,
            t => match Money::parse(t) {
                Ok(p) => a.price = p,
                Err(e) => {
                    errors.insert("price_gbp", e.to_string());
                }
            },
        }
        if let Err(invalid) = a.validate() {
            for p in invalid.0 {
                errors.entry(p.field).or_insert(p.message);
            }
        }
        if errors.is_empty() { Ok(a) } else { Err(errors) }
    }

    /// Draws the form; returns what the user asked for.
    /// `read_only` (a viewer on a team server) shows the activity without any control that
    /// would change it.
    pub fn ui(&mut self, ui: &mut egui::Ui, data: &RosterData, read_only: bool) -> ActivityAction {
        let mut action = ActivityAction::None;
        let adding = self.original.id.is_new();
        ui.add_space(4.0);
        ui.heading(if adding { crate::t!("members-new-activity") } else { self.original.name.clone() });
        ui.horizontal(|ui| {
            if !read_only && ui.button(crate::t!("members-save-activity")).clicked() {
                match self.build() {
                    Ok(a) => action = ActivityAction::Save(Box::new(a)),
                    Err(errors) => self.errors = errors,
                }
            }
            if ui.button(crate::t!("members-close")).clicked() {
                action = ActivityAction::Close;
            }
            if !adding {
                let (label, archive) = if self.original.archived {
                    (crate::t!("members-restore-activity"), false)
                } else {
                    (crate::t!("members-archive-activity"), true)
                };
                if !read_only && ui.button(label).clicked() {
                    action = ActivityAction::Archive(self.original.id, archive);
                }
            }
        });
        if !self.errors.is_empty() {
            message_ui(ui, Some(&crate::t!("members-not-saved")));
        }
        ui.separator();
        if read_only {
            ui.disable();
        }
        egui::Grid::new("activity_form").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
            text_row_ui(ui, &crate::t!("members-activity-name"), &mut self.name, self.errors.get("name"));
            text_row_ui(ui, &crate::t!("members-col-category"), &mut self.category, None);
            choice_row_ui(ui, &crate::t!("members-col-format"), &mut self.format, Format::ALL, |f| {
                f.label().to_string()
            });
            text_row_ui(ui, &crate::t!("members-capacity"), &mut self.capacity, self.errors.get("capacity"));
            text_row_ui(ui, &crate::t!("members-col-venue"), &mut self.venue, None);
            text_row_ui(ui, &crate::t!("members-village"), &mut self.village, None);
            text_row_ui(
                ui,
                &crate::t!("members-default-length"),
                &mut self.minutes,
                self.errors.get("default_minutes"),
            );
            text_row_ui(ui, &crate::t!("members-usual-price"), &mut self.price, self.errors.get("price_gbp"));
            choice_row_ui(ui, &crate::t!("members-price-per"), &mut self.unit, PriceUnit::ALL, |u| {
                u.label().to_string()
            });
        });
        if !adding {
            ui.add_space(8.0);
            ui.label(egui::RichText::new(crate::t!("members-who-deliver")).strong());
            let givers: Vec<&str> = data
                .members
                .iter()
                .filter(|m| !m.archived && m.activities.contains(&self.original.id))
                .map(|m| m.name.as_str())
                .collect();
            if givers.is_empty() {
                ui.label(crate::t!("members-no-giver"));
            }
            for name in givers {
                ui.label(name);
            }
        }
        action
    }
}
