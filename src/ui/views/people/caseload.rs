//! A link worker's caseload: their active people with last and next contact, overdue first,
//! in a virtualized table (a worker may carry a thousand people).

use super::PeopleData;
use crate::domain::person::reference_number;
use crate::domain::{Contact, PersonId, ReferralStatus};
use crate::ui::table::{Col, Sort, TableSource, selectable_source_ui};
use crate::ui::views::{ViewContext, bad_colour, error_ui, show_date};
use chrono::NaiveDate;

/// One person on the caseload: who, last contact, next contact due.
type Line = (PersonId, Option<NaiveDate>, Option<NaiveDate>);

/// The caseload tab.
pub struct Caseload {
    worker: Option<String>,
    contacts: Vec<Line>,
    loaded: Option<(u64, Option<String>)>,
    sort: Sort,
    error: Option<String>,
}

impl Default for Caseload {
    fn default() -> Self {
        // Overdue first: the earliest next contact due.
        Self {
            worker: None,
            contacts: Vec::new(),
            loaded: None,
            sort: Sort { column: 3, descending: false },
            error: None,
        }
    }
}

/// The columns, headed in the interface language.
fn cols() -> [Col; 5] {
    use crate::i18n::static_text;
    [
        Col { title: static_text("people-col-person", "Person"), width: 200.0 },
        Col { title: static_text("people-col-ref", "Ref"), width: 70.0 },
        Col { title: static_text("people-col-last-contact", "Last contact"), width: 130.0 },
        Col { title: static_text("people-col-next-contact", "Next contact due"), width: 150.0 },
        Col { title: static_text("people-col-overdue", "Overdue"), width: 120.0 },
    ]
}

struct Rows<'a> {
    data: &'a PeopleData,
    contacts: &'a [Line],
    today: NaiveDate,
    bad: egui::Color32,
}

impl TableSource for Rows<'_> {
    fn row_count(&self) -> usize {
        self.contacts.len()
    }

    fn row_id(&self, row: usize) -> u64 {
        self.contacts.get(row).map_or(0, |(p, _, _)| p.0)
    }

    fn cell(&self, row: usize, column: usize) -> (String, Option<egui::Color32>) {
        let Some((person, last, next)) = self.contacts.get(row) else { return (String::new(), None) };
        let p = self.data.person(*person);
        let text = match column {
            0 => p.map(|p| p.name.clone()).unwrap_or_default(),
            1 => p.map(|p| p.reference.clone()).unwrap_or_default(),
            2 => last.map(show_date).unwrap_or_else(|| crate::t!("people-caseload-none-yet")),
            3 => next.map(show_date).unwrap_or_else(|| crate::t!("people-not-set")),
            _ => match next {
                Some(d) if *d < self.today => {
                    let days = (self.today - *d).num_days();
                    return (crate::t!("people-caseload-overdue-by", days = days), Some(self.bad));
                }
                _ => String::new(),
            },
        };
        (text, None)
    }
}

impl Caseload {
    fn reload(&mut self, data: &PeopleData, cx: &ViewContext<'_>) {
        self.loaded = Some((cx.store.generation(), self.worker.clone()));
        self.contacts.clear();
        let Some(worker) = self.worker.clone() else { return };
        match Self::read(&worker, cx) {
            Ok(contacts) => {
                self.contacts = contacts;
                self.error = None;
            }
            Err(e) => self.error = Some(crate::ui::error_chain(&e)),
        }
        self.sort(data);
    }

    /// The worker's active people with their last and next contact.
    fn read(worker: &str, cx: &ViewContext<'_>) -> Result<Vec<Line>, crate::data::DataError> {
        let active =
            cx.store.referral_glances_with_status(&[ReferralStatus::Active, ReferralStatus::Matched])?;
        let mut people: Vec<PersonId> =
            active.into_iter().filter(|r| r.link_worker == worker).map(|r| r.person).collect();
        people.sort();
        people.dedup();
        let mut lines = Vec::with_capacity(people.len());
        for person in people {
            let log: Vec<Contact> = cx.store.contacts_of_person(person)?;
            let last = log.iter().map(|c| c.date).max();
            let next = log.iter().filter_map(|c| c.next_due).max();
            lines.push((person, last, next));
        }
        Ok(lines)
    }

    fn sort(&mut self, data: &PeopleData) {
        let name = |p: &PersonId| data.person(*p).map(|s| s.name.to_lowercase()).unwrap_or_default();
        let reference = |p: &PersonId| data.person(*p).and_then(|s| reference_number(&s.reference));
        // Dates sort with "none" last; overdue is the earliest due date.
        match self.sort.column {
            0 => self.contacts.sort_by_cached_key(|(p, _, _)| name(p)),
            1 => self.contacts.sort_by_key(|(p, _, _)| reference(p)),
            2 => self.contacts.sort_by_key(|(_, last, _)| (last.is_none(), *last)),
            _ => self.contacts.sort_by_key(|(_, _, next)| (next.is_none(), *next)),
        }
        if self.sort.descending {
            self.contacts.reverse();
        }
    }

    /// Draws the caseload; returns a person to open.
    pub fn ui(&mut self, ui: &mut egui::Ui, data: &PeopleData, cx: &mut ViewContext<'_>) -> Option<PersonId> {
        let workers = &data.link_workers;
        if self.worker.is_none() {
            self.worker = workers.first().cloned();
        }
        ui.horizontal(|ui| {
            let label = ui.label(crate::t!("people-link-worker"));
            egui::ComboBox::from_id_salt("caseload_worker")
                .selected_text(self.worker.clone().unwrap_or_else(|| crate::t!("people-caseload-no-workers")))
                .show_ui(ui, |ui| {
                    for w in workers {
                        ui.selectable_value(&mut self.worker, Some(w.clone()), w);
                    }
                })
                .response
                .labelled_by(label.id);
        });
        if self.loaded != Some((cx.store.generation(), self.worker.clone())) {
            self.reload(data, cx);
        }
        if error_ui(ui, &self.error) {
            self.loaded = None;
        }
        if self.contacts.is_empty() {
            ui.label(crate::t!("people-caseload-empty"));
            return None;
        }
        let rows = Rows { data, contacts: &self.contacts, today: cx.today, bad: bad_colour(ui) };
        let response = selectable_source_ui(ui, "caseload_table", &cols(), &rows, &mut self.sort, None);
        if response.sort_changed {
            self.sort(data);
        }
        response.clicked.map(PersonId)
    }
}
