//! The Co-op view (Ctrl+7): the co-op's own records. Register (members and officers, admitting
//! and ceasing), Shares (the ledger and recording issues, withdrawals and transfers) and
//! Meetings (general and board meetings, attendance, resolutions and votes, the pack and the
//! minutes as PDF).

mod meetings;
mod register;
mod shares;

use super::{ViewContext, error_ui, title_ui};
use crate::data::{DataError, ReadsExt};
use crate::domain::coop::{RegisterLine, register_on};
use crate::domain::{LedgerEntry, Meeting, Member, Person, RegisterEntry, RegisterEntryId, Settings};

/// Which tab is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Tab {
    #[default]
    Register,
    Shares,
    Meetings,
}

/// What the tabs show, read once per change of the data.
#[derive(Default)]
struct CoopData {
    entries: Vec<RegisterEntry>,
    ledger: Vec<LedgerEntry>,
    meetings: Vec<Meeting>,
    settings: Settings,
    /// Workers on the roster who are not current members (to admit one).
    workers_to_admit: Vec<Member>,
    /// How many are members today.
    current_count: usize,
    /// The register today, former members too, with each one's holding (worked out once per
    /// change of the data, in one pass over the ledger).
    register: Vec<RegisterLine>,
}

impl CoopData {
    fn read(cx: &ViewContext<'_>) -> Result<CoopData, DataError> {
        let mut meetings = cx.store.all::<Meeting>()?;
        meetings.sort_by(|a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
        let mut workers: Vec<Member> =
            cx.store.all::<Member>()?.into_iter().filter(|m| !m.archived).collect();
        workers.sort_by(|a, b| a.name.cmp(&b.name));
        let (entries, ledger): (Vec<RegisterEntry>, Vec<LedgerEntry>) = (cx.store.all()?, cx.store.all()?);
        let register = register_on(&entries, &ledger, cx.today, true);
        let on_register: std::collections::HashSet<crate::domain::MemberId> = entries
            .iter()
            .filter(|e| e.ceased.is_none())
            .filter_map(|e| match e.link {
                crate::domain::RegisterLink::Worker(m) => Some(m),
                _ => None,
            })
            .collect();
        workers.retain(|w| !on_register.contains(&w.id));
        let current_count = entries.iter().filter(|e| e.is_member_on(cx.today)).count();
        Ok(CoopData {
            entries,
            ledger,
            meetings,
            settings: cx.store.settings()?,
            workers_to_admit: workers,
            current_count,
            register,
        })
    }

    /// The register today: current members, and former ones too when `include_former`.
    fn lines(&self, today: chrono::NaiveDate, include_former: bool) -> impl Iterator<Item = &RegisterLine> {
        self.register.iter().filter(move |l| include_former || l.entry.is_member_on(today))
    }

    /// Current members on `day`, by name (for choosing one).
    fn current(&self, day: chrono::NaiveDate) -> Vec<&RegisterEntry> {
        let mut list: Vec<&RegisterEntry> = self.entries.iter().filter(|e| e.is_member_on(day)).collect();
        list.sort_by_key(|e| e.name.to_lowercase());
        list
    }
}

/// The Co-op view.
#[derive(Default)]
pub struct CoopView {
    tab: Tab,
    data: CoopData,
    loaded: Option<u64>,
    error: Option<String>,
    register: register::RegisterTab,
    shares: shares::SharesTab,
    meetings: meetings::MeetingsTab,
}

impl CoopView {
    /// Draws the view.
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut ViewContext<'_>) {
        let generation = cx.store.generation();
        if self.loaded != Some(generation) {
            match CoopData::read(cx) {
                Ok(data) => {
                    self.data = data;
                    self.error = None;
                    // A form whose save went through closes; one that failed stays as typed.
                    self.register.saved(generation);
                    self.shares.saved(generation);
                    self.meetings.saved(generation);
                }
                Err(e) => self.error = Some(crate::ui::error_chain(&e)),
            }
            self.loaded = Some(generation);
        }
        let rules = &self.data.settings.coop;
        title_ui(
            ui,
            &crate::t!("coop-title"),
            &crate::t!("coop-title-detail", form = rules.legal_form.label(), count = self.data.current_count),
        );
        if error_ui(ui, &self.error) {
            self.loaded = None;
            return;
        }
        ui.horizontal(|ui| {
            for (tab, label) in [
                (Tab::Register, crate::t!("coop-tab-register")),
                (Tab::Shares, crate::t!("coop-tab-shares")),
                (Tab::Meetings, crate::t!("coop-tab-meetings")),
            ] {
                ui.selectable_value(&mut self.tab, tab, label);
            }
        });
        ui.add_space(4.0);
        match self.tab {
            Tab::Register => self.register.ui(ui, cx, &self.data),
            Tab::Shares => self.shares.ui(ui, cx, &self.data),
            Tab::Meetings => self.meetings.ui(ui, cx, &self.data),
        }
    }
}

/// A save sent from one of the tabs' forms: the data's generation when it was sent. The form
/// closes once the data has moved on; a save the store refused (the data did not move, and the
/// app shows why) can be sent again, with what was typed still there.
#[derive(Debug, Default, Clone, Copy)]
struct Sent(Option<u64>);

impl Sent {
    /// Marks the save as sent now.
    fn send(&mut self, cx: &ViewContext<'_>) {
        self.0 = Some(cx.store.generation());
    }

    /// True while a sent save has not been answered.
    fn waiting(self) -> bool {
        self.0.is_some()
    }

    /// True once the data has moved on since the save was sent (it went through).
    fn landed(self, generation: u64) -> bool {
        self.0.is_some_and(|g| g != generation)
    }

    /// After the frame that sent it: if the data did not move, the store refused the save.
    fn settle(&mut self, cx: &ViewContext<'_>) {
        if self.0 == Some(cx.store.generation()) && cx.commands.is_empty() {
            self.0 = None;
        }
    }
}

/// A combo box of register entries (or none), labelled `label`.
fn entry_choice_ui(
    ui: &mut egui::Ui,
    label: &str,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    value: &mut Option<RegisterEntryId>,
    choices: &[&RegisterEntry],
    none: &str,
) {
    let l = ui.label(label);
    let shown =
        value.and_then(|id| choices.iter().find(|e| e.id == id)).map_or(none.to_string(), |e| e.name.clone());
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(shown)
        .width(200.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, none);
            for e in choices {
                ui.selectable_value(value, Some(e.id), &e.name);
            }
        })
        .response
        .labelled_by(l.id);
}

/// Saves a document as a PDF through the save dialog (or the export folder).
fn save_pdf_ui(cx: &mut ViewContext<'_>, name: &str, doc: &crate::documents::Document) {
    match doc.to_pdf() {
        Ok(bytes) => {
            if let Some(path) = cx.save_path(name, "pdf") {
                cx.commands.push(crate::ui::Command::SaveFile(path, bytes));
                cx.act(crate::actions::Action::RecordExport(None, format!("{name} (PDF)")));
            }
        }
        Err(e) => cx
            .commands
            .push(crate::ui::Command::ShowError(crate::t!("coop-pdf-not-made", error = e.to_string()))),
    }
}

/// A register entry for a person supported, admitted today in `class` with the address and
/// email on their record (the person page's "Make a member of the co-op").
pub(crate) fn entry_for_person(person: &Person, class: &str, today: chrono::NaiveDate) -> RegisterEntry {
    let mut entry =
        RegisterEntry::new(&person.name, class, crate::domain::RegisterLink::Person(person.id), today);
    entry.postal_address = person.address.clone();
    entry.email = person.email.clone();
    entry
}
