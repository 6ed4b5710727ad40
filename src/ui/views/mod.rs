//! One module per view. Each view caches what it reads and reloads only when the store's
//! generation (or what it shows, such as the week) changes, so a frame never reads the whole
//! database. Views never write: they push [`Command`]s.

mod audit_trail;
mod backups;
mod calendar;
mod coop;
mod coop_rules;
mod date_picker;
pub(crate) mod form;
mod import;
mod members;
mod people;
pub(crate) mod person_search;
mod planning;
mod protection;
mod reports;
mod settings;
mod wellbeing;

pub use calendar::CalendarView;
pub use coop::CoopView;
pub(crate) use coop::entry_for_person;
pub use members::MembersView;
pub use people::PeopleView;
pub use planning::PlanningView;
pub use reports::ReportsView;
pub use settings::SettingsView;
pub use wellbeing::WellbeingView;
pub(crate) use wellbeing::outcome_text as wellbeing_outcome_text;
pub(crate) use wellbeing::summary_line as wellbeing_summary_line;

use super::command::Command;
use super::state::View;
use crate::actions::Action;
use crate::data::DataStore;
use chrono::NaiveDate;

/// What a view may use while drawing.
pub struct ViewContext<'a> {
    /// The open data (read through the data interface; changes go through [`Self::act`]).
    pub store: &'a dyn DataStore,
    /// Today's date (fixed in tests).
    pub today: NaiveDate,
    /// Where the view sends what the user asked for.
    pub commands: &'a mut Vec<Command>,
    /// Where exports go without asking (`None`: ask with a save dialog).
    pub export_dir: Option<&'a std::path::Path>,
    /// True for a viewer on a team server: no control that changes the data is offered
    /// (the server refuses their changes anyway).
    pub read_only: bool,
    /// True for whoever may read the audit trail: the user of a file, a coordinator on a
    /// team server.
    pub coordinator: bool,
    /// True when the data is a file on this computer (which a passphrase can protect).
    pub local_file: bool,
    /// The data file's backups (`None` for a server's co-op or the demo).
    pub backups: Option<BackupsShown<'a>>,
}

/// What Settings shows about the data file's backups.
pub struct BackupsShown<'a> {
    /// The data file.
    pub data: &'a std::path::Path,
    /// Where and how many backups are kept.
    pub prefs: &'a crate::ui::state::BackupPrefs,
    /// The backups in the folder, oldest first.
    pub listed: &'a [(chrono::NaiveDateTime, std::path::PathBuf)],
    /// True while a backup is being written.
    pub busy: bool,
    /// True when the file (and so its backups) is protected with a passphrase.
    pub protected: bool,
}

impl ViewContext<'_> {
    /// Asks for a change to the data, applied after the frame by the actions layer.
    pub fn act(&mut self, action: Action) {
        self.commands.push(Command::Do(action));
    }

    /// Where to save an export called `name`: the export folder when one is set, otherwise the
    /// path the user picks in a save dialog (`None` if they cancel).
    pub fn save_path(&self, name: &str, ext: &str) -> Option<std::path::PathBuf> {
        match self.export_dir {
            Some(dir) => Some(dir.join(name)),
            None => rfd::FileDialog::new().set_file_name(name).add_filter(ext, &[ext]).save_file(),
        }
    }
}

/// The seven views and their runtime state.
pub struct Views {
    /// Members.
    pub members: MembersView,
    /// People.
    pub people: PeopleView,
    /// Calendar.
    pub calendar: CalendarView,
    /// Planning.
    pub planning: PlanningView,
    /// Wellbeing.
    pub wellbeing: WellbeingView,
    /// Reports.
    pub reports: ReportsView,
    /// The co-op's register, shares and meetings.
    pub coop: CoopView,
    /// Settings.
    pub settings: SettingsView,
}

impl Views {
    /// Fresh views for a newly opened file.
    pub fn new(today: NaiveDate) -> Self {
        Self {
            members: MembersView::default(),
            people: PeopleView::default(),
            calendar: CalendarView::new(today),
            planning: PlanningView::new(today),
            wellbeing: WellbeingView::default(),
            reports: ReportsView::new(today),
            coop: CoopView::default(),
            settings: SettingsView::default(),
        }
    }

    /// After a save failed (not saved, for a reason other than someone else's change): opens
    /// its form again with what was typed, so nothing typed is lost. `read` is the record as
    /// the form first read it. Returns the view the form is in, if it has one to reopen.
    pub fn retry_form(&mut self, save: &Action, read: Option<&crate::actions::AsRead>) -> Option<View> {
        use crate::data::Entity;
        fn original<T: Entity>(read: Option<&crate::actions::AsRead>) -> Option<T> {
            match read? {
                crate::actions::AsRead::Record(record) => T::from_any((**record).clone()),
                crate::actions::AsRead::Settings(_) => None,
            }
        }
        match save {
            Action::SaveMember(m) => {
                self.members.retry_member(original(read).as_ref(), m);
                Some(View::Members)
            }
            Action::SaveActivity(a) => {
                self.members.retry_activity(original(read).as_ref(), a);
                Some(View::Members)
            }
            Action::SaveFund(f) => {
                self.reports.retry_fund(original(read).as_ref(), f);
                Some(View::Reports)
            }
            Action::SavePerson(p) => {
                let read: Option<crate::domain::Person> = original(read);
                self.people.retry_profile(read.as_ref().unwrap_or(p), p);
                Some(View::People)
            }
            Action::SaveContact(c) => {
                self.people.retry_contact(c);
                Some(View::People)
            }
            Action::SaveAssessment(a) => {
                self.wellbeing.retry_assessment(a);
                Some(View::Wellbeing)
            }
            _ => None,
        }
    }

    /// Drops what forms that follow the stored data (settings, availability) hold as typed,
    /// so they show what is stored now (after the user kept someone else's change).
    pub fn forget_edits(&mut self) {
        self.settings = SettingsView::default();
        self.members.forget_availability_edits();
    }

    /// Draws the current view.
    pub fn ui(&mut self, ui: &mut egui::Ui, view: View, cx: &mut ViewContext<'_>) {
        match view {
            View::Members => self.members.ui(ui, cx),
            View::People => self.people.ui(ui, cx),
            View::Calendar => self.calendar.ui(ui, cx),
            View::Planning => self.planning.ui(ui, cx),
            View::Wellbeing => self.wellbeing.ui(ui, cx),
            View::Reports => self.reports.ui(ui, cx),
            View::Coop => self.coop.ui(ui, cx),
            View::Settings => self.settings.ui(ui, cx),
        }
    }
}

/// A labelled search box; returns true when the text changed.
pub(crate) fn search_ui(ui: &mut egui::Ui, label: &str, text: &mut String, hint: &str) -> bool {
    ui.horizontal(|ui| {
        let label = ui.label(label);
        ui.add(egui::TextEdit::singleline(text).hint_text(hint).desired_width(260.0))
            .labelled_by(label.id)
            .changed()
    })
    .inner
}

/// A view's title line with a count beside it.
pub(crate) fn title_ui(ui: &mut egui::Ui, title: &str, detail: &str) {
    ui.horizontal(|ui| {
        ui.heading(egui::RichText::new(title).size(24.0));
        ui.label(egui::RichText::new(detail).weak());
    });
    ui.add_space(4.0);
}

/// Shows a read error inside a view, with "Try again"; true when the user asks to read again.
pub(crate) fn error_ui(ui: &mut egui::Ui, error: &Option<String>) -> bool {
    let Some(e) = error else { return false };
    ui.horizontal_wrapped(|ui| {
        ui.label(
            egui::RichText::new(crate::t!("views-read-error", error = e.as_str()))
                .color(ui.visuals().error_fg_color),
        );
        ui.button(crate::t!("views-try-again")).clicked()
    })
    .inner
}

/// A date as shown on screen: "Mon 23 Nov 2026".
pub(crate) fn show_date(d: NaiveDate) -> String {
    crate::i18n::date(d, "%a %-d %b %Y")
}

/// Amber for "soon", red for "now" — readable on light and dark backgrounds.
pub(crate) fn warn_colour(ui: &egui::Ui) -> egui::Color32 {
    ui.visuals().warn_fg_color
}

/// Red for problems.
pub(crate) fn bad_colour(ui: &egui::Ui) -> egui::Color32 {
    ui.visuals().error_fg_color
}

/// Splits the remaining space into a main area and a detail pane on the right (for a record
/// opened from a table). Returns what the detail pane returned.
pub(crate) fn with_detail_pane_ui<R>(
    ui: &mut egui::Ui,
    detail_width: f32,
    main_ui: impl FnOnce(&mut egui::Ui),
    detail_ui: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    let full = ui.available_rect_before_wrap();
    let width = detail_width.min(full.width() * 0.6);
    let gap = 10.0;
    let main_rect = egui::Rect::from_min_max(full.min, egui::pos2(full.max.x - width - gap, full.max.y));
    let detail_rect = egui::Rect::from_min_max(egui::pos2(full.max.x - width, full.min.y), full.max);
    ui.scope_builder(egui::UiBuilder::new().max_rect(main_rect), |ui| {
        // Nothing of the main side may draw under the pane.
        ui.set_clip_rect(main_rect.intersect(ui.clip_rect()));
        main_ui(ui)
    });
    let result = ui
        .scope_builder(egui::UiBuilder::new().max_rect(detail_rect), |ui| {
            egui::Frame::group(ui.style())
                .fill(ui.visuals().panel_fill)
                .inner_margin(10.0)
                .show(ui, |ui| {
                    ui.set_min_size(ui.available_size());
                    detail_ui(ui)
                })
                .inner
        })
        .inner;
    ui.allocate_rect(full, egui::Sense::hover());
    result
}

/// Asks where to save, then writes the next 12 weeks of `whose` sessions as an .ics file.
pub(crate) fn export_calendar(cx: &mut ViewContext<'_>, whose: crate::report::ics::Whose, name: &str) {
    let Some(path) = cx.save_path(&format!("{}.ics", name.replace(' ', "-").to_lowercase()), "ics") else {
        return;
    };
    match crate::report::ics::calendar(
        cx.store,
        whose,
        cx.today,
        12,
        &crate::t!("views-ics-calendar-name", name = name),
    ) {
        Ok(text) => cx.commands.push(Command::SaveFile(path, text.into_bytes())),
        Err(e) => cx.commands.push(Command::ShowError(crate::t!(
            "views-calendar-not-saved",
            error = crate::ui::error_chain(&e)
        ))),
    }
}
