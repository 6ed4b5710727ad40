//! The member roster: who our members are, what they offer, and whose papers lapse.

use super::{ViewContext, bad_colour, error_ui, search_ui, show_date, title_ui, warn_colour};
use crate::domain::member::COMPLIANCE_WINDOW_DAYS;
use crate::domain::{Activity, Member, PaperState};
use crate::ui::table::{Col, Row, Sort, sort_rows, table_ui};
use chrono::NaiveDate;
use std::collections::HashMap;

/// The Members view.
#[derive(Default)]
pub struct MembersView {
    members: Vec<(Member, String)>,
    rows: Vec<Row>,
    loaded: Option<u64>,
    search: String,
    show_archived: bool,
    sort: Sort,
    error: Option<String>,
}

const COLS: &[Col] = &[
    Col {
        title: "Name",
        width: 170.0,
    },
    Col {
        title: "Role",
        width: 150.0,
    },
    Col {
        title: "Activities",
        width: 250.0,
    },
    Col {
        title: "Villages",
        width: 220.0,
    },
    Col {
        title: "Rate",
        width: 70.0,
    },
    Col {
        title: "PVG",
        width: 150.0,
    },
    Col {
        title: "Insurance",
        width: 150.0,
    },
];

fn paper_text(state: PaperState, expiry: Option<NaiveDate>) -> String {
    let date = expiry.map(show_date).unwrap_or_default();
    match state {
        PaperState::Missing => "Missing".into(),
        PaperState::Expired => format!("Expired {date}"),
        PaperState::Expiring(0) => "Expires today".into(),
        PaperState::Expiring(days) => format!("Expires in {days} d"),
        PaperState::Valid => date,
    }
}

impl MembersView {
    fn reload(&mut self, cx: &ViewContext<'_>) {
        let result = (|| {
            let activities: HashMap<_, _> = cx
                .store
                .all::<Activity>()?
                .into_iter()
                .map(|a| (a.id, a.name))
                .collect();
            let members = cx.store.all::<Member>()?;
            Ok::<_, crate::store::StoreError>(
                members
                    .into_iter()
                    .map(|m| {
                        let names: Vec<&str> = m
                            .activities
                            .iter()
                            .filter_map(|a| activities.get(a).map(String::as_str))
                            .collect();
                        let names = names.join(", ");
                        (m, names)
                    })
                    .collect(),
            )
        })();
        match result {
            Ok(members) => {
                self.members = members;
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
            .members
            .iter()
            .filter(|(m, _)| self.show_archived || !m.archived)
            .filter(|(m, acts)| {
                needle.is_empty()
                    || m.name.to_lowercase().contains(&needle)
                    || acts.to_lowercase().contains(&needle)
                    || m.villages
                        .iter()
                        .any(|v| v.to_lowercase().contains(&needle))
            })
            .map(|(m, acts)| {
                let pvg = PaperState::of(m.pvg.expiry, today, COMPLIANCE_WINDOW_DAYS);
                let ins = PaperState::of(m.insurance.expiry, today, COMPLIANCE_WINDOW_DAYS);
                let mut row = Row::new(vec![
                    if m.archived {
                        format!("{} (archived)", m.name)
                    } else {
                        m.name.clone()
                    },
                    m.role.label().to_string(),
                    acts.clone(),
                    m.villages.join(", "),
                    m.hourly_rate.to_string(),
                    paper_text(pvg, m.pvg.expiry),
                    paper_text(ins, m.insurance.expiry),
                ])
                .key(4, format!("{:012}", m.hourly_rate.0))
                .key(5, m.pvg.expiry.map(|d| d.to_string()).unwrap_or_default())
                .key(
                    6,
                    m.insurance
                        .expiry
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                );
                // Badge the worst paper.
                for (col, state) in [(5, pvg), (6, ins)] {
                    match state {
                        PaperState::Missing | PaperState::Expired => row = row.badge(col, bad),
                        PaperState::Expiring(_) if row.badge.is_none() => {
                            row = row.badge(col, warn)
                        }
                        _ => {}
                    }
                }
                row
            })
            .collect();
        sort_rows(&mut self.rows, self.sort);
    }

    /// Draws the roster.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let mut dirty = false;
        if self.loaded != Some(cx.store.generation()) {
            self.reload(cx);
            dirty = true;
        }
        let active = self.members.iter().filter(|(m, _)| !m.archived).count();
        let lapsing = self
            .members
            .iter()
            .filter(|(m, _)| !m.archived)
            .filter(|(m, _)| {
                PaperState::of(m.pvg.expiry, cx.today, COMPLIANCE_WINDOW_DAYS).is_problem()
                    || PaperState::of(m.insurance.expiry, cx.today, COMPLIANCE_WINDOW_DAYS)
                        .is_problem()
            })
            .count();
        title_ui(
            ui,
            "Members",
            &format!("{active} active members, {lapsing} with papers to chase"),
        );
        error_ui(ui, &self.error);
        ui.horizontal(|ui| {
            dirty |= search_ui(
                ui,
                "Search members",
                &mut self.search,
                "Name, activity or village",
            );
            dirty |= ui
                .checkbox(&mut self.show_archived, "Show archived")
                .changed();
        });
        if dirty {
            self.rebuild_rows(ui, cx.today);
        }
        ui.add_space(4.0);
        if self.members.is_empty() {
            ui.label("No members yet.");
            return;
        }
        if self.rows.is_empty() {
            ui.label(format!("No member matches \"{}\".", self.search.trim()));
            return;
        }
        if table_ui(ui, "members_table", COLS, &self.rows, &mut self.sort) {
            sort_rows(&mut self.rows, self.sort);
        }
    }
}
