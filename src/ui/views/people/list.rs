//! Everyone referred: a searchable, sortable, virtualized list.
//!
//! The list keeps only an order of indices into the people summaries; the table asks for the
//! text of the visible rows alone, so sixty thousand people cost a sort, not sixty thousand
//! rows of strings.

use super::{PeopleData, WaitColours};
use crate::domain::person::reference_number;
use crate::domain::{PersonId, PersonSummary};
use crate::ui::table::{Col, Sort, TableSource, selectable_source_ui};
use crate::ui::views::{ViewContext, search_ui, show_date};
use chrono::{Datelike, NaiveDate};
use std::borrow::Cow;
use std::cmp::Reverse;

/// The list of everyone.
#[derive(Default)]
pub struct PeopleList {
    /// Every person (index into `PeopleData::people`), in the current sort order.
    sorted: Vec<usize>,
    /// Those of `sorted` that match the search, in the same order.
    shown: Vec<usize>,
    search: String,
    sort: Sort,
}

/// The columns, headed in the interface language.
fn cols() -> [Col; 8] {
    use crate::i18n::static_text;
    [
        Col { title: static_text("people-col-name", "Name"), width: 180.0 },
        Col { title: static_text("people-col-ref", "Ref"), width: 60.0 },
        Col { title: static_text("people-col-age", "Age"), width: 45.0 },
        Col { title: static_text("people-col-village", "Village"), width: 130.0 },
        Col { title: static_text("people-col-gp-practice", "GP practice"), width: 200.0 },
        Col { title: static_text("people-col-referred", "Referred"), width: 120.0 },
        Col { title: static_text("people-col-source", "Source"), width: 160.0 },
        Col { title: static_text("people-col-status", "Status"), width: 200.0 },
    ]
}

/// How one column sorts.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum SortKey<'a> {
    Text(Cow<'a, str>),
    Number(i64),
    Date(Option<NaiveDate>),
}

fn sort_key(p: &PersonSummary, column: usize) -> SortKey<'_> {
    let r = p.latest_referral.as_ref();
    match column {
        1 => SortKey::Number(reference_number(&p.reference).map_or(i64::MAX, |n| n as i64)),
        // Youngest first (the latest date of birth); unknown ages last.
        2 => SortKey::Number(p.date_of_birth.map_or(i64::MAX, |d| -i64::from(d.num_days_from_ce()))),
        3 => SortKey::Text(p.village.to_lowercase().into()),
        4 => SortKey::Text(p.gp_practice.to_lowercase().into()),
        5 => SortKey::Date(r.map(|r| r.received)),
        6 => SortKey::Text(r.map_or("", |r| r.source.label()).into()),
        7 => SortKey::Text(r.map_or("", |r| r.status.label()).into()),
        // The search key starts with the lower-cased name.
        _ => SortKey::Text(p.search_key.split('\u{1f}').next().unwrap_or_default().into()),
    }
}

/// The visible rows' text, formatted on demand.
struct Rows<'a> {
    data: &'a PeopleData,
    shown: &'a [usize],
    today: NaiveDate,
    colours: WaitColours,
}

impl Rows<'_> {
    fn person(&self, row: usize) -> Option<&PersonSummary> {
        self.shown.get(row).and_then(|i| self.data.people.get(*i))
    }
}

impl TableSource for Rows<'_> {
    fn row_count(&self) -> usize {
        self.shown.len()
    }

    fn row_id(&self, row: usize) -> u64 {
        self.person(row).map_or(0, |p| p.id.0)
    }

    fn cell(&self, row: usize, column: usize) -> (String, Option<egui::Color32>) {
        let Some(p) = self.person(row) else { return (String::new(), None) };
        let r = p.latest_referral.as_ref();
        let text = match column {
            0 => p.name.clone(),
            1 => p.reference.clone(),
            2 => p.age_on(self.today).map(|a| a.to_string()).unwrap_or_default(),
            3 => p.village.clone(),
            4 => p.gp_practice.clone(),
            5 => r.map(|r| show_date(r.received)).unwrap_or_default(),
            6 => r.map(|r| r.source.label().to_string()).unwrap_or_default(),
            _ => match r {
                Some(r) if r.status.is_waiting() => {
                    let days = r.days_waiting(self.today);
                    return (
                        crate::t!("people-list-waiting", status = r.status.label(), days = days),
                        self.colours.of(days),
                    );
                }
                Some(r) => crate::t!(
                    "people-list-since",
                    status = r.status.label(),
                    date = crate::i18n::date(r.status_since, "%-d %b")
                ),
                None => crate::t!("people-list-no-referral"),
            },
        };
        (text, None)
    }
}

impl PeopleList {
    /// Orders everyone by the current sort column (a stable sort, so ties keep id order).
    fn sort(&mut self, data: &PeopleData) {
        let column = self.sort.column;
        self.sorted = (0..data.people.len()).collect();
        if self.sort.descending {
            self.sorted.sort_by_cached_key(|i| Reverse(sort_key(&data.people[*i], column)));
        } else {
            self.sorted.sort_by_cached_key(|i| sort_key(&data.people[*i], column));
        }
    }

    /// Keeps those of the sorted order that match the search.
    fn filter(&mut self, data: &PeopleData) {
        let needle = self.search.trim().to_lowercase();
        if needle.is_empty() {
            self.shown.clone_from(&self.sorted);
            return;
        }
        let people = &data.people;
        self.shown = self
            .sorted
            .iter()
            .copied()
            .filter(|i| people.get(*i).is_some_and(|p| p.search_key.contains(&needle)))
            .collect();
    }

    /// Draws the list; returns a person to open.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &PeopleData,
        fresh: bool,
        cx: &mut ViewContext<'_>,
    ) -> Option<PersonId> {
        let changed =
            search_ui(ui, &crate::t!("people-search"), &mut self.search, &crate::t!("people-search-hint"));
        if fresh || self.sorted.len() != data.people.len() {
            self.sort(data);
            self.filter(data);
        } else if changed {
            self.filter(data);
        }
        ui.add_space(4.0);
        if data.people.is_empty() {
            ui.label(crate::t!("people-list-empty"));
            return None;
        }
        if self.shown.is_empty() {
            ui.label(crate::t!("people-list-no-match", text = self.search.trim()));
            return None;
        }
        let rows =
            Rows { data, shown: &self.shown, today: cx.today, colours: WaitColours::new(ui, &data.settings) };
        let response = selectable_source_ui(ui, "people_table", &cols(), &rows, &mut self.sort, None);
        if response.sort_changed {
            self.sort(data);
            self.filter(data);
        }
        response.clicked.map(PersonId)
    }
}
