//! The waiting list: referrals not yet active, oldest first, days waiting coloured. Read from
//! the store's referral glances by status when the tab is shown (and again only when the data
//! changes).

use super::{PeopleData, WaitColours};
use crate::domain::{PersonId, ReferralGlance, ReferralStatus};
use crate::ui::table::{Col, Sort, TableSource, selectable_source_ui};
use crate::ui::views::{ViewContext, error_ui, show_date};
use chrono::NaiveDate;

/// The waiting list.
pub struct WaitingList {
    /// Waiting referrals, oldest received first.
    waiting: Vec<ReferralGlance>,
    loaded: Option<u64>,
    sort: Sort,
    error: Option<String>,
}

impl Default for WaitingList {
    fn default() -> Self {
        // Oldest first.
        Self { waiting: Vec::new(), loaded: None, sort: Sort { column: 2, descending: false }, error: None }
    }
}

/// The columns, headed in the interface language.
fn cols() -> [Col; 7] {
    use crate::i18n::static_text;
    [
        Col { title: static_text("people-col-person", "Person"), width: 180.0 },
        Col { title: static_text("people-col-ref", "Ref"), width: 60.0 },
        Col { title: static_text("people-col-referred", "Referred"), width: 110.0 },
        Col { title: static_text("people-col-source", "Source"), width: 160.0 },
        Col { title: static_text("people-col-urgency", "Urgency"), width: 80.0 },
        Col { title: static_text("people-col-status", "Status"), width: 100.0 },
        Col { title: static_text("people-col-waiting", "Waiting"), width: 90.0 },
    ]
}

struct Rows<'a> {
    data: &'a PeopleData,
    waiting: &'a [ReferralGlance],
    today: NaiveDate,
    colours: WaitColours,
}

impl TableSource for Rows<'_> {
    fn row_count(&self) -> usize {
        self.waiting.len()
    }

    fn row_id(&self, row: usize) -> u64 {
        self.waiting.get(row).map_or(0, |r| r.person.0)
    }

    fn cell(&self, row: usize, column: usize) -> (String, Option<egui::Color32>) {
        let Some(r) = self.waiting.get(row) else { return (String::new(), None) };
        let person = self.data.person(r.person);
        let text = match column {
            0 => person.map(|p| p.name.clone()).unwrap_or_default(),
            1 => person.map(|p| p.reference.clone()).unwrap_or_default(),
            2 => show_date(r.received),
            3 => r.source.label().to_string(),
            4 => r.urgency.label().to_string(),
            5 => r.status.label().to_string(),
            _ => {
                let days = r.days_waiting(self.today);
                return (crate::t!("people-waiting-days", count = days), self.colours.of(days));
            }
        };
        (text, None)
    }
}

impl WaitingList {
    fn sort(&mut self, data: &PeopleData) {
        let column = self.sort.column;
        // Ties always fall back to oldest received first.
        self.waiting.sort_by_key(|r| (r.received, r.id));
        let name =
            |r: &ReferralGlance| data.person(r.person).map(|p| p.name.to_lowercase()).unwrap_or_default();
        match column {
            0 => self.waiting.sort_by_cached_key(name),
            1 => self.waiting.sort_by_key(|r| r.person),
            3 => self.waiting.sort_by_key(|r| r.source.label()),
            4 => self.waiting.sort_by_key(|r| std::cmp::Reverse(r.urgency)),
            5 => self.waiting.sort_by_key(|r| r.status.index_key()),
            _ => {}
        }
        // "Waiting" ascending is the shortest wait first: newest received first.
        if self.sort.descending != (column == 6) {
            self.waiting.reverse();
        }
    }

    /// Draws the list; returns a person to open.
    pub fn ui(&mut self, ui: &mut egui::Ui, data: &PeopleData, cx: &mut ViewContext<'_>) -> Option<PersonId> {
        if self.loaded != Some(cx.store.generation()) {
            self.loaded = Some(cx.store.generation());
            match cx.store.referral_glances_with_status(ReferralStatus::WAITING) {
                Ok(list) => {
                    self.waiting = list;
                    self.error = None;
                }
                Err(e) => {
                    self.waiting.clear();
                    self.error = Some(crate::ui::error_chain(&e));
                }
            }
            self.sort(data);
        }
        let (amber, red) = (data.settings.waiting_amber_days, data.settings.waiting_red_days);
        ui.label(egui::RichText::new(crate::t!("people-waiting-intro", amber = amber, red = red)).weak());
        if self.error.is_some() {
            if error_ui(ui, &self.error) {
                self.loaded = None;
            }
            return None;
        }
        if self.waiting.is_empty() {
            ui.label(crate::t!("people-waiting-empty"));
            return None;
        }
        let rows = Rows {
            data,
            waiting: &self.waiting,
            today: cx.today,
            colours: WaitColours::new(ui, &data.settings),
        };
        let response = selectable_source_ui(ui, "waiting_table", &cols(), &rows, &mut self.sort, None);
        if response.sort_changed {
            self.sort(data);
        }
        response.clicked.map(PersonId)
    }
}
