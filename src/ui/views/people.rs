//! People and where their referrals stand.

use super::{ViewContext, bad_colour, error_ui, search_ui, show_date, title_ui, warn_colour};
use crate::domain::{Person, Referral, ReferralStatus};
use crate::ui::table::{Col, Row, Sort, sort_rows, table_ui};
use chrono::NaiveDate;
use std::collections::HashMap;

/// Waiting longer than this shows amber (a setting in a later issue).
const AMBER_DAYS: i64 = 14;
/// Waiting longer than this shows red.
const RED_DAYS: i64 = 28;

/// The People view.
#[derive(Default)]
pub struct PeopleView {
    people: Vec<(Person, Option<Referral>)>,
    rows: Vec<Row>,
    loaded: Option<u64>,
    search: String,
    sort: Sort,
    waiting: usize,
    error: Option<String>,
}

const COLS: &[Col] = &[
    Col {
        title: "Ref",
        width: 60.0,
    },
    Col {
        title: "Name",
        width: 170.0,
    },
    Col {
        title: "Village",
        width: 130.0,
    },
    Col {
        title: "GP practice",
        width: 200.0,
    },
    Col {
        title: "Referred",
        width: 120.0,
    },
    Col {
        title: "Source",
        width: 170.0,
    },
    Col {
        title: "Status",
        width: 200.0,
    },
];

impl PeopleView {
    fn reload(&mut self, cx: &ViewContext<'_>) {
        let result = (|| {
            let mut latest: HashMap<u64, Referral> = HashMap::new();
            for r in cx.store.all::<Referral>()? {
                let keep = latest
                    .get(&r.person.0)
                    .is_none_or(|old| (old.received, old.id) < (r.received, r.id));
                if keep {
                    latest.insert(r.person.0, r);
                }
            }
            let people = cx.store.all::<Person>()?;
            Ok::<_, crate::store::StoreError>(
                people
                    .into_iter()
                    .map(|p| {
                        let r = latest.remove(&p.id.0);
                        (p, r)
                    })
                    .collect::<Vec<_>>(),
            )
        })();
        match result {
            Ok(people) => {
                self.waiting = people
                    .iter()
                    .filter(|(_, r)| r.as_ref().is_some_and(|r| r.status().is_waiting()))
                    .count();
                self.people = people;
                self.error = None;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
        self.loaded = Some(cx.store.generation());
    }

    fn rebuild_rows(&mut self, ui: &egui::Ui, today: NaiveDate) {
        let needle = self.search.trim().to_lowercase();
        let (warn, bad) = (warn_colour(ui), bad_colour(ui));
        self.rows = self
            .people
            .iter()
            .filter(|(p, _)| {
                needle.is_empty()
                    || p.name.to_lowercase().contains(&needle)
                    || p.reference.to_lowercase().contains(&needle)
                    || p.village.to_lowercase().contains(&needle)
            })
            .map(|(p, r)| {
                let (referred, source, status, waited) = match r {
                    Some(r) => {
                        let status = r.status();
                        let days = r.days_waiting(today);
                        let text = if status.is_waiting() {
                            format!("{} (waiting {days} d)", status.label())
                        } else {
                            format!(
                                "{} since {}",
                                status.label(),
                                r.status_since().format("%-d %b")
                            )
                        };
                        (
                            show_date(r.received),
                            r.source.label().to_string(),
                            text,
                            status.is_waiting().then_some(days),
                        )
                    }
                    None => (String::new(), String::new(), "No referral".into(), None),
                };
                let mut row = Row::new(
                    p.id.0,
                    vec![
                        p.reference.clone(),
                        p.name.clone(),
                        p.village.clone(),
                        p.gp_practice.clone(),
                        referred,
                        source,
                        status,
                    ],
                )
                .key(
                    4,
                    r.as_ref()
                        .map(|r| r.received.to_string())
                        .unwrap_or_default(),
                );
                match waited {
                    Some(d) if d > RED_DAYS => row = row.badge(6, bad),
                    Some(d) if d > AMBER_DAYS => row = row.badge(6, warn),
                    _ => {}
                }
                row
            })
            .collect();
        sort_rows(&mut self.rows, self.sort);
    }

    /// Draws the list of people.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let mut dirty = false;
        if self.loaded != Some(cx.store.generation()) {
            self.reload(cx);
            dirty = true;
        }
        let active = self
            .people
            .iter()
            .filter(|(_, r)| {
                r.as_ref()
                    .is_some_and(|r| r.status() == ReferralStatus::Active)
            })
            .count();
        title_ui(
            ui,
            "People",
            &format!(
                "{} people, {active} active, {} waiting",
                self.people.len(),
                self.waiting
            ),
        );
        error_ui(ui, &self.error);
        dirty |= search_ui(
            ui,
            "Search people",
            &mut self.search,
            "Name, reference or village",
        );
        if dirty {
            self.rebuild_rows(ui, cx.today);
        }
        ui.add_space(4.0);
        if self.people.is_empty() {
            ui.label("No one has been referred yet.");
            return;
        }
        if self.rows.is_empty() {
            ui.label(format!("No one matches \"{}\".", self.search.trim()));
            return;
        }
        if table_ui(ui, "people_table", COLS, &self.rows, &mut self.sort).sort_changed {
            sort_rows(&mut self.rows, self.sort);
        }
    }
}
