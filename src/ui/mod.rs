//! The window: an app shell with six views. Views read through the data interface and only
//! *send* [`Command`]s; the app applies them after the frame, in one place (changes to the
//! data go to [`crate::actions`]).

mod app;
mod backups;
pub mod chart_view;
mod command;
mod conflict;
mod protect_ui;
mod screens;
mod state;
mod table;
mod team_ui;
mod undo;
pub mod views;

pub use app::CarecoopApp;
pub use command::Command;
pub use state::{AppState, BackupPrefs, View};

use std::path::PathBuf;

/// The digit keys 0 to 9, in order (view shortcuts and assessment answers).
pub(crate) const DIGIT_KEYS: [egui::Key; 10] = [
    egui::Key::Num0,
    egui::Key::Num1,
    egui::Key::Num2,
    egui::Key::Num3,
    egui::Key::Num4,
    egui::Key::Num5,
    egui::Key::Num6,
    egui::Key::Num7,
    egui::Key::Num8,
    egui::Key::Num9,
];
use std::process::ExitCode;

pub(crate) use crate::data::error_chain;

/// Where the app keeps its files: the user's data file and the demo's own file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// The data file opened at start (`--data`, or the default).
    pub data: PathBuf,
    /// The demo co-op's file, never mixed with real data.
    pub demo: PathBuf,
    /// Where exports go without asking; `None` asks with a save dialog each time.
    pub exports: Option<PathBuf>,
}

/// Opens the window on `data` (or the default data file) and runs until it closes; `lang`
/// (from `--lang`) replaces the language saved from Settings.
pub fn run_window(data: Option<PathBuf>, lang: Option<crate::i18n::Lang>) -> ExitCode {
    let paths = match (data, crate::paths::default_data_path(), crate::paths::default_demo_path()) {
        (Some(data), _, Ok(demo)) => Paths { data, demo, exports: None },
        (Some(data), _, Err(_)) => {
            let demo = data.with_file_name("demo.redb");
            Paths { data, demo, exports: None }
        }
        (None, Ok(data), Ok(demo)) => Paths { data, demo, exports: None },
        (None, Err(e), _) | (None, _, Err(e)) => {
            eprintln!("carecoop: {e:#}");
            return ExitCode::from(1);
        }
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("carecoop")
            .with_inner_size([1280.0, 820.0])
            .with_min_inner_size([820.0, 520.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "carecoop",
        options,
        Box::new(move |cc| {
            let mut state: AppState =
                cc.storage.and_then(|s| eframe::get_value(s, state::STORAGE_KEY)).unwrap_or_default();
            // `--lang` on the command line wins over the language saved from Settings.
            if lang.is_some() {
                state.language = lang;
            }
            let today = chrono::Local::now().date_naive();
            Ok(Box::new(CarecoopApp::new(paths, state, today)))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("carecoop: {}", crate::t!("app-window-failed", error = e.to_string()));
            ExitCode::from(1)
        }
    }
}
