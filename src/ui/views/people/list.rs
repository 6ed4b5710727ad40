//! Everyone referred: a searchable, sortable, virtualized list.

use super::PeopleData;
use crate::domain::PersonId;
use crate::ui::table::{Col, Row, Sort, selectable_table_ui, sort_rows};
use crate::ui::views::{ViewContext, bad_colour, search_ui, show_date, warn_colour};

/// The list of everyone.
#[derive(Default)]
pub struct PeopleList {
    rows: Vec<Row>,
    search: String,
    sort: Sort,
}

const COLS: &[Col] = &[
    Col { title: "Name", width: 180.0 },
    Col { title: "Ref", width: 60.0 },
    Col { title: "Age", width: 45.0 },
    Col { title: "Village", width: 130.0 },
    Col { title: "GP practice", width: 200.0 },
    Col { title: "Referred", width: 120.0 },
    Col { title: "Source", width: 160.0 },
    Col { title: "Status", width: 200.0 },
];

impl PeopleList {
    fn rebuild_rows(&mut self, ui: &egui::Ui, data: &PeopleData, cx: &ViewContext<'_>) {
        let needle = self.search.trim().to_lowercase();
        let (warn, bad) = (warn_colour(ui), bad_colour(ui));
        let (amber, red) =
            (i64::from(data.settings.waiting_amber_days), i64::from(data.settings.waiting_red_days));
        self.rows = data
            .people
            .iter()
            .zip(&data.search_keys)
            .filter(|(_, key)| needle.is_empty() || key.contains(&needle))
            .map(|(p, _)| {
                let r = data.latest_referral(p.id);
                let (referred, source, status, waited) = match r {
                    Some(r) => {
                        let status = r.status();
                        let days = r.days_waiting(cx.today);
                        let text = if status.is_waiting() {
                            format!("{} (waiting {days} d)", status.label())
                        } else {
                            format!("{} since {}", status.label(), r.status_since().format("%-d %b"))
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
                let age = p.age_on(cx.today);
                let mut row = Row::new(
                    p.id.0,
                    vec![
                        p.name.clone(),
                        p.reference.clone(),
                        age.map(|a| a.to_string()).unwrap_or_default(),
                        p.village.clone(),
                        p.gp_practice.clone(),
                        referred,
                        source,
                        status,
                    ],
                )
                .key(2, format!("{:03}", age.unwrap_or(0)))
                .key(5, r.map(|r| r.received.to_string()).unwrap_or_default());
                match waited {
                    Some(d) if d > red => row = row.badge(7, bad),
                    Some(d) if d > amber => row = row.badge(7, warn),
                    _ => {}
                }
                row
            })
            .collect();
        sort_rows(&mut self.rows, self.sort);
    }

    /// Draws the list; returns a person to open.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        data: &PeopleData,
        fresh: bool,
        cx: &mut ViewContext<'_>,
    ) -> Option<PersonId> {
        let changed = search_ui(ui, "Search people", &mut self.search, "Name, reference or village");
        if fresh || changed || (self.rows.is_empty() && !data.people.is_empty() && self.search.is_empty()) {
            self.rebuild_rows(ui, data, cx);
        }
        ui.add_space(4.0);
        if data.people.is_empty() {
            ui.label("No one has been referred yet. Use New referral to add the first.");
            return None;
        }
        if self.rows.is_empty() {
            ui.label(format!("No one matches \"{}\".", self.search.trim()));
            return None;
        }
        let response = selectable_table_ui(ui, "people_table", COLS, &self.rows, &mut self.sort, None);
        if response.sort_changed {
            sort_rows(&mut self.rows, self.sort);
        }
        response.clicked.map(PersonId)
    }
}
