//! Choosing a person the way a link worker knows them: type part of a name or a reference and
//! the people who match are offered at once, like the People list's search. The people are
//! read when the typed text changes, never on every frame.

use super::ViewContext;
use crate::domain::PersonId;

/// The most people offered at once.
const SHOWN: usize = 6;

/// A search field and the people it has found.
#[derive(Default)]
pub struct PersonSearch {
    /// What is typed.
    pub text: String,
    /// What the offer was found for: the text and the store's generation.
    found_for: Option<(String, u64)>,
    /// The people offered: id and "Name (reference)".
    found: Vec<(PersonId, String)>,
    /// Why no one could be offered (the people could not be read).
    error: Option<String>,
}

impl PersonSearch {
    fn refresh(&mut self, cx: &ViewContext<'_>, among: &impl Fn(PersonId) -> bool) {
        let needle = self.text.trim().to_lowercase();
        let key = Some((needle.clone(), cx.store.generation()));
        if self.found_for == key {
            return;
        }
        self.found_for = key;
        self.found.clear();
        self.error = None;
        if needle.is_empty() {
            return;
        }
        match cx.store.person_summaries() {
            Ok(people) => {
                let mut hits: Vec<_> = people
                    .iter()
                    .filter(|p| among(p.id))
                    .filter(|p| {
                        p.name.to_lowercase().contains(&needle)
                            || p.preferred_name.to_lowercase().contains(&needle)
                            || p.reference.to_lowercase().contains(&needle)
                    })
                    .collect();
                // An exact reference first, then names that start with what is typed.
                hits.sort_by_key(|p| {
                    (
                        p.reference.to_lowercase() != needle,
                        !p.name.to_lowercase().starts_with(&needle),
                        p.name.clone(),
                    )
                });
                self.found = hits
                    .into_iter()
                    .take(SHOWN)
                    .map(|p| (p.id, format!("{} ({})", p.name, p.reference)))
                    .collect();
            }
            Err(e) => self.error = Some(crate::ui::error_chain(&e)),
        }
    }

    /// Draws the field labelled `label` and a button for each person it finds ("Add Agnes
    /// Dewar (P0001)" with `verb` "Add"); returns the person chosen, with their "Name
    /// (reference)". Enter chooses the only match, or an exact reference.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        cx: &ViewContext<'_>,
        label: &str,
        verb: &str,
    ) -> Option<(PersonId, String)> {
        self.ui_among(ui, cx, label, verb, |_| true)
    }

    /// As [`Self::ui`], offering only the people `among` accepts (such as those waiting to
    /// be matched).
    pub fn ui_among(
        &mut self,
        ui: &mut egui::Ui,
        cx: &ViewContext<'_>,
        label: &str,
        verb: &str,
        among: impl Fn(PersonId) -> bool,
    ) -> Option<(PersonId, String)> {
        let mut chosen = None;
        ui.horizontal(|ui| {
            let l = ui.label(label);
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.text)
                        .desired_width(220.0)
                        .hint_text(crate::t!("search-hint")),
                )
                .labelled_by(l.id);
            self.refresh(cx, &among);
            if r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) && self.found.len() == 1 {
                chosen = self.found.first().cloned();
            }
        });
        if let Some(e) = &self.error {
            ui.label(
                egui::RichText::new(crate::t!("search-read-error", error = e.as_str()))
                    .color(ui.visuals().error_fg_color),
            );
        } else if !self.text.trim().is_empty() && self.found.is_empty() {
            ui.label(egui::RichText::new(crate::t!("search-no-match", text = self.text.trim())).weak());
        }
        ui.horizontal_wrapped(|ui| {
            for (id, name) in &self.found {
                if ui.button(format!("{verb} {name}")).clicked() {
                    chosen = Some((*id, name.clone()));
                }
            }
        });
        if chosen.is_some() {
            self.text.clear();
            self.found.clear();
            self.found_for = None;
        }
        chosen
    }
}
