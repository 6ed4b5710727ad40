//! The roster table with search and filters, and the member detail panel beside it.

use super::RosterData;
use super::member_form::{FormAction, MemberForm};
use crate::actions::Action;
use crate::domain::{ActivityId, Member, MemberId, PaperState, Role};
use crate::ui::table::{Col, Row, Sort, selectable_table_ui, sort_rows};
use crate::ui::views::{ViewContext, bad_colour, search_ui, show_date, warn_colour, with_detail_pane_ui};
use chrono::NaiveDate;

/// The roster tab.
#[derive(Default)]
pub struct RosterTab {
    rows: Vec<Row>,
    search: String,
    role: Option<Role>,
    activity: Option<ActivityId>,
    village: Option<String>,
    show_archived: bool,
    sort: Sort,
    form: Option<MemberForm>,
    /// Showing the open member's availability instead of their details.
    show_availability: bool,
    availability: Option<super::availability_form::AvailabilityEditor>,
}

/// The roster's columns, headed in the current language.
fn cols() -> [Col; 7] {
    use crate::i18n::static_text as s;
    [
        Col { title: s("members-name", "Name"), width: 170.0 },
        Col { title: s("members-role", "Role"), width: 140.0 },
        Col { title: s("members-col-activities", "Activities"), width: 230.0 },
        Col { title: s("members-col-villages", "Villages"), width: 200.0 },
        Col { title: s("members-col-rate", "Rate"), width: 70.0 },
        Col { title: s("members-col-pvg", "PVG"), width: 150.0 },
        Col { title: s("members-col-insurance", "Insurance"), width: 150.0 },
    ]
}

/// How a paper shows in the roster.
pub fn paper_text(state: PaperState, expiry: Option<NaiveDate>) -> String {
    let date = expiry.map(show_date).unwrap_or_default();
    match state {
        PaperState::Expired => format!("{} {date}", state.label()),
        PaperState::Valid => date,
        PaperState::Missing | PaperState::Expiring(_) => state.label(),
    }
}

impl RosterTab {
    /// Opens an empty form for a new member.
    pub fn start_adding(&mut self) {
        self.form = Some(MemberForm::new());
        self.show_availability = false;
        self.availability = None;
    }

    /// Opens the form again as it was typed, after its save failed.
    pub fn retry(&mut self, original: Option<&Member>, typed: &Member) {
        self.form = Some(MemberForm::retry(original, typed));
        self.show_availability = false;
        self.availability =
            (!typed.id.is_new()).then(|| super::availability_form::AvailabilityEditor::new(typed.id));
    }

    /// Refills the open member's availability from what is stored, dropping what was typed.
    pub fn forget_availability_edits(&mut self) {
        if let Some(editor) = &mut self.availability {
            *editor = super::availability_form::AvailabilityEditor::new(editor.member());
        }
    }

    /// Opens the form for an existing member.
    pub fn select(&mut self, id: MemberId, data: &RosterData) {
        if let Some(m) = data.members.iter().find(|m| m.id == id) {
            self.form = Some(MemberForm::edit(m));
            self.availability = Some(super::availability_form::AvailabilityEditor::new(id));
        }
    }

    fn matches(&self, m: &Member, data: &RosterData, needle: &str) -> bool {
        if m.archived && !self.show_archived {
            return false;
        }
        if self.role.is_some_and(|r| r != m.role)
            || self.activity.is_some_and(|a| !m.activities.contains(&a))
            || self.village.as_ref().is_some_and(|v| !m.villages.contains(v))
        {
            return false;
        }
        needle.is_empty()
            || m.name.to_lowercase().contains(needle)
            || m.activities.iter().any(|a| data.activity_name(*a).to_lowercase().contains(needle))
            || m.villages.iter().any(|v| v.to_lowercase().contains(needle))
    }

    fn rebuild_rows(&mut self, ui: &egui::Ui, data: &RosterData, today: NaiveDate) {
        let needle = self.search.trim().to_lowercase();
        let window = i64::from(data.settings.compliance_window_days);
        let (warn, bad) = (warn_colour(ui), bad_colour(ui));
        let rows = data
            .members
            .iter()
            .filter(|m| self.matches(m, data, &needle))
            .map(|m| {
                let pvg = PaperState::of(m.pvg.expiry, today, window);
                let ins = PaperState::of(m.insurance.expiry, today, window);
                let activities: Vec<&str> = m.activities.iter().map(|a| data.activity_name(*a)).collect();
                let mut row = Row::new(
                    m.id.0,
                    vec![
                        if m.archived {
                            crate::t!("members-archived-name", name = m.name.as_str())
                        } else {
                            m.name.clone()
                        },
                        m.role.label().to_string(),
                        activities.join(", "),
                        m.villages.join(", "),
                        m.hourly_rate.to_string(),
                        paper_text(pvg, m.pvg.expiry),
                        paper_text(ins, m.insurance.expiry),
                    ],
                )
                .key(4, format!("{:012}", m.hourly_rate.0))
                .key(5, m.pvg.expiry.map(|d| d.to_string()).unwrap_or_default())
                .key(6, m.insurance.expiry.map(|d| d.to_string()).unwrap_or_default());
                for (col, state) in [(5, pvg), (6, ins)] {
                    match state {
                        PaperState::Missing | PaperState::Expired => row = row.badge(col, bad),
                        PaperState::Expiring(_) => row = row.badge(col, warn),
                        PaperState::Valid => {}
                    }
                }
                row
            })
            .collect();
        self.rows = rows;
        sort_rows(&mut self.rows, self.sort);
    }

    fn filters_ui(&mut self, ui: &mut egui::Ui, data: &RosterData) -> bool {
        let mut changed = false;
        ui.horizontal_wrapped(|ui| {
            changed |= search_ui(
                ui,
                &crate::t!("members-search"),
                &mut self.search,
                &crate::t!("members-search-hint"),
            );
            let before = (self.role, self.activity, self.village.clone());
            let label = ui.label(crate::t!("members-role"));
            egui::ComboBox::from_id_salt("filter_role")
                .selected_text(
                    self.role.map_or_else(|| crate::t!("members-any-role"), |r| r.label().to_string()),
                )
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.role, None, crate::t!("members-any-role"));
                    for r in Role::ALL {
                        ui.selectable_value(&mut self.role, Some(*r), r.label());
                    }
                })
                .response
                .labelled_by(label.id);
            let label = ui.label(crate::t!("members-col-activity"));
            egui::ComboBox::from_id_salt("filter_activity")
                .selected_text(
                    self.activity.map_or_else(
                        || crate::t!("members-any-activity"),
                        |a| data.activity_name(a).to_string(),
                    ),
                )
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.activity, None, crate::t!("members-any-activity"));
                    for a in data.activities.iter().filter(|a| !a.archived) {
                        ui.selectable_value(&mut self.activity, Some(a.id), &a.name);
                    }
                })
                .response
                .labelled_by(label.id);
            let label = ui.label(crate::t!("members-village"));
            egui::ComboBox::from_id_salt("filter_village")
                .selected_text(self.village.clone().unwrap_or_else(|| crate::t!("members-any-village")))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.village, None, crate::t!("members-any-village"));
                    for v in &data.villages {
                        ui.selectable_value(&mut self.village, Some(v.clone()), v);
                    }
                })
                .response
                .labelled_by(label.id);
            changed |= before != (self.role, self.activity, self.village.clone());
            changed |= ui.checkbox(&mut self.show_archived, crate::t!("members-show-archived")).changed();
        });
        changed
    }

    /// Draws the filters, the table and (when a member is open) the detail pane.
    pub fn ui(&mut self, ui: &mut egui::Ui, data: &RosterData, fresh: bool, cx: &mut ViewContext<'_>) {
        let dirty = fresh | self.filters_ui(ui, data);
        if dirty {
            self.rebuild_rows(ui, data, cx.today);
        }
        ui.add_space(4.0);
        let mut clicked = None;
        let Some(form) = &mut self.form else {
            clicked = self.table_ui(ui, data);
            if let Some(id) = clicked {
                self.select(MemberId(id), data);
            }
            return;
        };
        let selected = form.member_id().map(|id| id.0);
        let (rows, sort) = (&mut self.rows, &mut self.sort);
        let (show_availability, availability) = (&mut self.show_availability, &mut self.availability);
        let action = with_detail_pane_ui(
            ui,
            460.0,
            |ui| clicked = table_with_rows_ui(ui, data, rows, sort, selected),
            |ui| {
                if let Some(editor) = availability.as_mut().filter(|_| selected.is_some()) {
                    ui.horizontal(|ui| {
                        ui.selectable_value(show_availability, false, crate::t!("members-tab-details"));
                        ui.selectable_value(show_availability, true, crate::t!("members-tab-availability"));
                    });
                    if *show_availability {
                        editor.ui(ui, cx);
                        return if ui.button(crate::t!("members-close")).clicked() {
                            FormAction::Close
                        } else {
                            FormAction::None
                        };
                    }
                }
                form.ui(ui, data, cx.read_only, cx.today)
            },
        );
        match action {
            FormAction::None => {}
            FormAction::Close => self.form = None,
            FormAction::Save(member) => {
                let read = self.form.as_ref().and_then(|f| f.as_read());
                cx.act(Action::SaveMember(member).if_unchanged(read));
                self.form = None;
            }
            FormAction::Archive(id, archived) => {
                cx.act(Action::SetMemberArchived(id, archived));
                self.form = None;
            }
            FormAction::ExportCalendar(id, name) => {
                crate::ui::views::export_calendar(cx, crate::report::ics::Whose::Member(id), &name);
            }
        }
        if let Some(id) = clicked {
            self.select(MemberId(id), data);
        }
    }

    fn table_ui(&mut self, ui: &mut egui::Ui, data: &RosterData) -> Option<u64> {
        table_with_rows_ui(ui, data, &mut self.rows, &mut self.sort, None)
    }
}

/// The roster table (or why it is empty); returns the id of a clicked member.
fn table_with_rows_ui(
    ui: &mut egui::Ui,
    data: &RosterData,
    rows: &mut [Row],
    sort: &mut Sort,
    selected: Option<u64>,
) -> Option<u64> {
    if data.members.is_empty() {
        ui.label(crate::t!("members-no-members"));
        return None;
    }
    if rows.is_empty() {
        ui.label(crate::t!("members-no-match"));
        return None;
    }
    let response = selectable_table_ui(ui, "members_table", &cols(), rows, sort, selected);
    if response.sort_changed {
        sort_rows(rows, *sort);
    }
    response.clicked
}
