//! The co-op coordinator's home: the roster, the activity catalogue and compliance, with CSV
//! import for members and activities.

mod activities;
mod activity_form;
mod availability_form;
mod compliance;
mod member_form;
mod roster;

use super::import::ImportPanel;
use super::{ViewContext, error_ui, title_ui};
use crate::data::ReadsExt;
use crate::domain::{Activity, Member, Settings, compliance_issues};
use crate::exchange::import::ImportKind;
use activities::ActivitiesTab;
use compliance::ComplianceTab;
use roster::RosterTab;

/// What the Members view reads, once per store generation.
#[derive(Default)]
pub(crate) struct RosterData {
    pub members: Vec<Member>,
    pub activities: Vec<Activity>,
    pub settings: Settings,
    /// Every village members work in, sorted (for the filter).
    pub villages: Vec<String>,
    /// The register of members (a worker's co-op membership is shown on their form).
    pub register: Vec<crate::domain::RegisterEntry>,
    pub generation: Option<u64>,
}

impl RosterData {
    /// Everything the view shows, read afresh (all of it, or an error and nothing).
    fn read(cx: &ViewContext<'_>) -> Result<RosterData, crate::data::DataError> {
        let generation = Some(cx.store.generation());
        let mut members = cx.store.all::<Member>()?;
        members.sort_by_key(|a| a.name.to_lowercase());
        let mut activities = cx.store.all::<Activity>()?;
        activities.sort_by_key(|a| a.name.to_lowercase());
        let settings = cx.store.settings()?;
        let villages: std::collections::BTreeSet<&String> =
            members.iter().flat_map(|m| &m.villages).collect();
        let villages = villages.into_iter().cloned().collect();
        let register = cx.store.all::<crate::domain::RegisterEntry>()?;
        Ok(RosterData { members, activities, settings, villages, register, generation })
    }

    /// The name of an activity, or a placeholder for a dangling id.
    pub fn activity_name(&self, id: crate::domain::ActivityId) -> &str {
        self.activities
            .iter()
            .find(|a| a.id == id)
            .map_or(crate::i18n::static_text("members-unknown-activity", "(unknown activity)"), |a| {
                a.name.as_str()
            })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Tab {
    #[default]
    Roster,
    Activities,
    Compliance,
}

/// The Members view.
#[derive(Default)]
pub struct MembersView {
    data: RosterData,
    tab: Tab,
    roster: RosterTab,
    activities: ActivitiesTab,
    compliance: ComplianceTab,
    import: Option<ImportPanel>,
    error: Option<String>,
}

impl MembersView {
    /// Shows the member form again as typed, after its save failed.
    pub fn retry_member(&mut self, original: Option<&crate::domain::Member>, typed: &crate::domain::Member) {
        self.tab = Tab::Roster;
        self.roster.retry(original, typed);
    }

    /// Shows the activity form again as typed, after its save failed.
    pub fn retry_activity(
        &mut self,
        original: Option<&crate::domain::Activity>,
        typed: &crate::domain::Activity,
    ) {
        self.tab = Tab::Activities;
        self.activities.retry(original, typed);
    }

    /// Refills the open member's availability form from what is stored.
    pub fn forget_availability_edits(&mut self) {
        self.roster.forget_availability_edits();
    }

    /// Draws the view.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let fresh = self.data.generation != Some(cx.store.generation());
        if fresh {
            match RosterData::read(cx) {
                Ok(data) => {
                    self.data = data;
                    self.error = None;
                }
                Err(e) => {
                    // Show nothing stale or made up: the roster, and the settings the
                    // compliance tab could change, stay unread until a read succeeds.
                    self.data =
                        RosterData { generation: Some(cx.store.generation()), ..RosterData::default() };
                    self.error = Some(crate::ui::error_chain(&e));
                }
            }
        }
        if self.error.is_some() {
            title_ui(ui, &crate::t!("members-title"), "");
            if error_ui(ui, &self.error) {
                self.data.generation = None;
            }
            return;
        }
        let window = i64::from(self.data.settings.compliance_window_days);
        let active = self.data.members.iter().filter(|m| !m.archived).count();
        let issues = compliance_issues(&self.data.members, cx.today, window);
        let chase = issues.iter().map(|i| i.member_id).collect::<std::collections::BTreeSet<_>>().len();
        title_ui(
            ui,
            &crate::t!("members-title"),
            &crate::t!("members-title-detail", active = active, chase = chase),
        );
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.tab, Tab::Roster, crate::t!("members-tab-roster"));
            ui.selectable_value(&mut self.tab, Tab::Activities, crate::t!("members-tab-activities"));
            ui.selectable_value(
                &mut self.tab,
                Tab::Compliance,
                crate::t!("members-tab-compliance", count = issues.len()),
            );
            ui.separator();
            match self.tab {
                Tab::Roster | Tab::Compliance => {
                    if !cx.read_only && ui.button(crate::t!("members-add-member")).clicked() {
                        self.tab = Tab::Roster;
                        self.roster.start_adding();
                    }
                    if !cx.read_only && ui.button(crate::t!("members-import-members")).clicked() {
                        self.import = Some(ImportPanel::new(ImportKind::Members));
                    }
                }
                Tab::Activities => {
                    if !cx.read_only && ui.button(crate::t!("members-add-activity")).clicked() {
                        self.activities.start_adding();
                    }
                    if !cx.read_only && ui.button(crate::t!("members-import-activities")).clicked() {
                        self.import = Some(ImportPanel::new(ImportKind::Activities));
                    }
                }
            }
        });
        ui.add_space(4.0);
        if let Some(panel) = &mut self.import {
            if !panel.ui(ui, cx) {
                self.import = None;
            }
            ui.separator();
        }
        match self.tab {
            Tab::Roster => self.roster.ui(ui, &self.data, fresh, cx),
            Tab::Activities => self.activities.ui(ui, &self.data, fresh, cx),
            Tab::Compliance => {
                if let Some(member) = self.compliance.ui(ui, &self.data, &issues, cx) {
                    self.tab = Tab::Roster;
                    self.roster.select(member, &self.data);
                }
            }
        }
    }
}
