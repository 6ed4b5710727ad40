//! The activity catalogue: what the co-op offers and who delivers it.

use super::RosterData;
use super::activity_form::{ActivityAction, ActivityForm};
use crate::actions::Action;
use crate::domain::ActivityId;
use crate::ui::table::{Col, Row, Sort, selectable_table_ui, sort_rows};
use crate::ui::views::{ViewContext, with_detail_pane_ui};

/// The activities tab.
#[derive(Default)]
pub struct ActivitiesTab {
    rows: Vec<Row>,
    show_archived: bool,
    sort: Sort,
    form: Option<ActivityForm>,
}

/// The catalogue's columns, headed in the current language.
fn cols() -> [Col; 8] {
    use crate::i18n::static_text as s;
    [
        Col { title: s("members-col-activity", "Activity"), width: 200.0 },
        Col { title: s("members-col-category", "Category"), width: 100.0 },
        Col { title: s("members-col-format", "Format"), width: 100.0 },
        Col { title: s("members-col-places", "Places"), width: 60.0 },
        Col { title: s("members-col-venue", "Venue"), width: 220.0 },
        Col { title: s("members-col-length", "Length"), width: 70.0 },
        Col { title: s("members-col-price", "Price"), width: 130.0 },
        Col { title: s("members-col-delivered-by", "Delivered by"), width: 120.0 },
    ]
}

impl ActivitiesTab {
    /// Opens the form again as it was typed, after its save failed.
    pub fn retry(&mut self, original: Option<&crate::domain::Activity>, typed: &crate::domain::Activity) {
        self.form = Some(ActivityForm::retry(original, typed));
    }

    /// Opens an empty form for a new activity.
    pub fn start_adding(&mut self) {
        self.form = Some(ActivityForm::new());
    }

    fn rebuild_rows(&mut self, data: &RosterData) {
        self.rows = data
            .activities
            .iter()
            .filter(|a| self.show_archived || !a.archived)
            .map(|a| {
                let givers =
                    data.members.iter().filter(|m| !m.archived && m.activities.contains(&a.id)).count();
                Row::new(
                    a.id.0,
                    vec![
                        if a.archived {
                            crate::t!("members-archived-name", name = a.name.as_str())
                        } else {
                            a.name.clone()
                        },
                        a.category.clone(),
                        a.format.label().to_string(),
                        a.capacity.to_string(),
                        if a.village.is_empty() {
                            a.venue.clone()
                        } else {
                            format!("{}, {}", a.venue, a.village)
                        },
                        crate::t!("members-minutes", minutes = a.default_minutes.to_string()),
                        format!("{} {}", a.price, a.price_unit.label()),
                        crate::t!("members-givers", count = givers),
                    ],
                )
                .key(3, format!("{:05}", a.capacity))
                .key(5, format!("{:05}", a.default_minutes))
                .key(6, format!("{:012}", a.price.0))
                .key(7, format!("{givers:05}"))
            })
            .collect();
        sort_rows(&mut self.rows, self.sort);
    }

    /// Draws the catalogue and, when one is open, the activity's detail pane.
    pub fn ui(&mut self, ui: &mut egui::Ui, data: &RosterData, fresh: bool, cx: &mut ViewContext<'_>) {
        let mut dirty = fresh || self.rows.is_empty();
        dirty |=
            ui.checkbox(&mut self.show_archived, crate::t!("members-show-archived-activities")).changed();
        if dirty {
            self.rebuild_rows(data);
        }
        if data.activities.is_empty() && self.form.is_none() {
            ui.label(crate::t!("members-no-activities"));
            return;
        }
        let mut clicked = None;
        let read_only = cx.read_only;
        match &mut self.form {
            None => clicked = catalogue_ui(ui, &mut self.rows, &mut self.sort, None),
            Some(form) => {
                let selected = form.activity_id().map(|id| id.0);
                let (rows, sort) = (&mut self.rows, &mut self.sort);
                let action = with_detail_pane_ui(
                    ui,
                    440.0,
                    |ui| clicked = catalogue_ui(ui, rows, sort, selected),
                    |ui| form.ui(ui, data, read_only),
                );
                match action {
                    ActivityAction::None => {}
                    ActivityAction::Close => self.form = None,
                    ActivityAction::Save(activity) => {
                        cx.act(Action::SaveActivity(activity).if_unchanged(form.as_read()));
                        self.form = None;
                    }
                    ActivityAction::Archive(id, archived) => {
                        cx.act(Action::SetActivityArchived(id, archived));
                        self.form = None;
                    }
                }
            }
        }
        if let Some(id) = clicked
            && let Some(a) = data.activities.iter().find(|a| a.id == ActivityId(id))
        {
            self.form = Some(ActivityForm::edit(a));
        }
    }
}

/// The catalogue table; returns the id of a clicked activity.
fn catalogue_ui(ui: &mut egui::Ui, rows: &mut [Row], sort: &mut Sort, selected: Option<u64>) -> Option<u64> {
    let response = selectable_table_ui(ui, "activities_table", &cols(), rows, sort, selected);
    if response.sort_changed {
        sort_rows(rows, *sort);
    }
    response.clicked
}
