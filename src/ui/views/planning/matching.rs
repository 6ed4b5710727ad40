//! Matching a waiting referral: ranked suggestions of activity, member and time, each with its
//! reasons; Book creates the session and moves the referral to matched in one action.

use crate::actions::Action;
use crate::data::{DataError, ReadsExt};
use crate::domain::planning::Suggestion;
use crate::domain::{Activity, Member, Person, PersonId, Referral, ReferralStatus};
use crate::report::planning::match_person;
use crate::t;
use crate::ui::views::{ViewContext, error_ui};

/// The matching pane.
pub struct Matching {
    weeks: u32,
    waiting: Vec<(Referral, Person)>,
    chosen: Option<usize>,
    suggestions: Vec<Suggestion>,
    names: (Vec<Member>, Vec<Activity>),
    loaded: Option<(u64, Option<usize>, u32)>,
    /// Why the waiting list or the suggestions could not be read.
    error: Option<String>,
    /// Finds a person waiting by name or reference.
    find_person: crate::ui::views::person_search::PersonSearch,
}

impl Default for Matching {
    fn default() -> Self {
        Self {
            weeks: 4,
            waiting: Vec::new(),
            chosen: None,
            suggestions: Vec::new(),
            names: (Vec::new(), Vec::new()),
            loaded: None,
            error: None,
            find_person: Default::default(),
        }
    }
}

impl Matching {
    fn reload(&mut self, cx: &ViewContext<'_>) {
        if let Err(e) = self.read(cx) {
            (self.waiting, self.suggestions, self.names) = (Vec::new(), Vec::new(), (Vec::new(), Vec::new()));
            self.chosen = None;
            self.error = Some(crate::ui::error_chain(&e));
        }
        self.loaded = Some((cx.store.generation(), self.chosen, self.weeks));
    }

    /// Reads the referrals waiting to be matched and the chosen one's suggestions.
    fn read(&mut self, cx: &ViewContext<'_>) -> Result<(), DataError> {
        let waiting = cx.store.referrals_with_status(ReferralStatus::NEEDS_MATCH)?;
        let ids: Vec<PersonId> = waiting.iter().map(|r| r.person).collect();
        let people: Vec<Person> = cx.store.get_many(&ids)?;
        let previous = self.chosen.and_then(|i| self.waiting.get(i)).map(|(r, _)| r.id);
        self.waiting = waiting
            .into_iter()
            .filter_map(|r| people.iter().find(|p| p.id == r.person).cloned().map(|p| (r, p)))
            .collect();
        self.chosen = previous.and_then(|id| self.waiting.iter().position(|(r, _)| r.id == id));
        self.names = (cx.store.all::<Member>()?, cx.store.all::<Activity>()?);
        self.suggestions = match self.chosen.and_then(|i| self.waiting.get(i)) {
            Some((_, person)) => match_person(cx.store, person, cx.today + chrono::Days::new(1), self.weeks)?
                .map(|(_, list)| list)
                .unwrap_or_default(),
            None => Vec::new(),
        };
        self.error = None;
        Ok(())
    }

    /// Draws the pane.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        if self.loaded != Some((cx.store.generation(), self.chosen, self.weeks)) {
            self.reload(cx);
        }
        if self.error.is_some() {
            if error_ui(ui, &self.error) {
                self.loaded = None;
            }
            return;
        }
        ui.label(
            egui::RichText::new(t!("plan-waiting-heading", count = self.waiting.len())).strong().size(16.0),
        );
        if self.waiting.is_empty() {
            ui.label(t!("plan-no-one-waiting"));
            return;
        }
        ui.horizontal_wrapped(|ui| {
            // Whole words that move to the next line as one, never wrapped inside the row.
            let l = ui.add(egui::Label::new(t!("plan-match")).wrap_mode(egui::TextWrapMode::Extend));
            let shown = self
                .chosen
                .and_then(|i| self.waiting.get(i))
                .map_or(t!("plan-choose-person"), |(r, p)| waiting_text(r, p, cx.today));
            egui::ComboBox::from_id_salt("match_person")
                .selected_text(shown)
                .width(260.0)
                .show_ui(ui, |ui| {
                    for (i, (r, p)) in self.waiting.iter().enumerate() {
                        ui.selectable_value(&mut self.chosen, Some(i), waiting_text(r, p, cx.today));
                    }
                })
                .response
                .labelled_by(l.id);
            let l = ui.add(egui::Label::new(t!("plan-weeks-ahead")).wrap_mode(egui::TextWrapMode::Extend));
            ui.add(egui::DragValue::new(&mut self.weeks).range(1..=12)).labelled_by(l.id);
        });
        let waiting: std::collections::HashSet<PersonId> = self.waiting.iter().map(|(_, p)| p.id).collect();
        if let Some((id, _)) =
            self.find_person
                .ui_among(ui, cx, &t!("plan-find-person"), &t!("plan-match"), |p| waiting.contains(&p))
        {
            self.chosen = self.waiting.iter().position(|(_, p)| p.id == id);
        }
        let Some((referral, person)) = self.chosen.and_then(|i| self.waiting.get(i)) else { return };
        if self.suggestions.is_empty() {
            ui.label(t!("plan-no-free-slot", name = person.display_name(), weeks = self.weeks.to_string()));
            return;
        }
        let (members, activities) = &self.names;
        egui::ScrollArea::vertical().id_salt("suggestions").show(ui, |ui| {
            for (i, s) in self.suggestions.iter().take(8).enumerate() {
                let member = members.iter().find(|m| m.id == s.member).map_or("", |m| m.name.as_str());
                let activity = activities.iter().find(|a| a.id == s.activity).map_or("", |a| a.name.as_str());
                ui.group(|ui| {
                    ui.horizontal(|ui| {
                        ui.label(
                            egui::RichText::new(t!(
                                "plan-suggestion",
                                rank = (i + 1).to_string(),
                                activity = activity,
                                member = member
                            ))
                            .strong(),
                        );
                        ui.label(egui::RichText::new(t!("plan-score", score = s.score.to_string())).weak());
                    });
                    ui.label(crate::i18n::datetime(s.start, "%A %-d %B, %H:%M"));
                    for reason in &s.reasons {
                        ui.label(egui::RichText::new(format!("- {reason}")).small());
                    }
                    let hint = t!("plan-book-hint", name = person.display_name());
                    if !cx.read_only
                        && ui
                            .button(t!("plan-book", activity = activity, member = member))
                            .on_hover_text(hint)
                            .clicked()
                    {
                        cx.act(Action::BookSuggestion(referral.id, Box::new(s.clone())));
                    }
                });
            }
        });
    }
}

/// "Name (reference), waiting N d": a person waiting, as the choice of whom to match shows them.
fn waiting_text(referral: &Referral, person: &Person, today: chrono::NaiveDate) -> String {
    t!(
        "plan-waiting-entry",
        name = person.name.as_str(),
        reference = person.reference.as_str(),
        days = referral.days_waiting(today).to_string()
    )
}
