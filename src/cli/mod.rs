//! The command line: the same binary opens the window or runs a headless subcommand.
//!
//! Errors are handled once, here: each subcommand returns `anyhow::Result`, and [`run`] prints
//! the message with its chain of causes and picks the exit code (2 when the file is open in
//! another carecoop window). Every number an argument takes has a range, checked by clap
//! before anything runs ([`parse`] turns an out-of-range value into exit 1).

mod args;
mod audit;
mod backup;
mod chart;
mod check;
mod coop;
mod copy;
mod demo;
mod erase;
mod export;
mod generate;
mod help;
mod ics;
mod import;
mod matching;
mod money;
mod passphrase;
mod report;
mod server;

use crate::data::{DataError, DataStore, OpenMode};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub use args::*;
pub use help::{help_ids, help_texts, localized};

/// carecoop: care and wellbeing co-op records, offline.
#[derive(Debug, Parser)]
#[command(name = "carecoop", version, about, long_about = None)]
pub struct Cli {
    /// The data file to open (default: carecoop.redb in the platform data folder), or the
    /// co-op's server as postgres://USER@HOST:PORT/DATABASE (team mode).
    #[arg(long, global = true, value_name = "FILE_OR_URL")]
    pub data: Option<PathBuf>,

    /// The language of messages, tables and documents: en or cy (default: the system's,
    /// from LC_ALL, LC_MESSAGES or LANG; the window remembers the one chosen in Settings).
    #[arg(long, global = true, value_enum, value_name = "en|cy")]
    pub lang: Option<LangArg>,

    /// What to do; without a command the window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The headless subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the demo co-op into a new file.
    Demo {
        /// Replace an existing carecoop file.
        #[arg(long)]
        force: bool,
    },
    /// Export records as JSON, CSV or .xlsx; `export person REF` prints everything held about
    /// a person.
    Export {
        /// What to export.
        kind: ExportKind,
        /// The person's reference, for `export person REF`.
        #[arg(value_name = "REF")]
        reference: Option<String>,
        /// json (an array of objects), csv (with a header line) or xlsx (typed cells; needs
        /// --out). Left out: from the --out file's extension, else json.
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// The language of `export person REF --format pdf`: en, cy or both (Welsh first).
        /// Left out: the person's preferred language, else --lang.
        #[arg(long, value_enum, value_name = "en|cy|both")]
        doc_lang: Option<DocLangArg>,
    },
    /// Decode every record, verify every index and print counts per table.
    Check,
    /// Write a synthetic co-op at scale (for benchmarks), random but seeded.
    Generate {
        /// small, medium or large (500 members, 60,000 people, 1,000,000 attendances).
        #[arg(long, default_value = "small")]
        scale: String,
        /// Replace an existing carecoop file.
        #[arg(long)]
        force: bool,
    },
    /// Import a CSV, text, .xlsx or .ods file, all-or-nothing (bad rows are listed by line, or
    /// sheet and row, and field). The encoding and separator of a text file are detected.
    Import {
        /// What the file holds.
        kind: ImportKind,
        /// The file: .csv or .txt (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab),
        /// .xlsx or .ods.
        file: PathBuf,
        /// The sheet of a workbook to read (the first when left out).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
    },
    /// Write the outcome letter for a person's latest referral as a PDF (only with their
    /// consent to share outcomes): the co-op's name and address, SNOMED CT code, scores and
    /// chart.
    Letter {
        /// The person's reference.
        #[arg(value_name = "REF")]
        reference: String,
        /// The PDF to write.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// The letter's language: en, cy or both (Welsh first). Left out: the person's
        /// preferred language, else --lang.
        #[arg(long, value_enum, value_name = "en|cy|both")]
        doc_lang: Option<DocLangArg>,
    },
    /// Write a template for an import file: the header and one example row (an .xlsx
    /// template has a second sheet listing what every column takes).
    Template {
        /// What the template is for.
        kind: ImportKind,
        /// The file to write: FILE.xlsx or FILE.csv.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Protect a data file with a passphrase (every value sealed; a recovery key is shown
    /// once). The passphrase comes from CARECOOP_PASSPHRASE or is typed at a terminal; with
    /// --change, the new one from CARECOOP_NEW_PASSPHRASE or typed.
    Protect {
        /// Change the passphrase of a protected file.
        #[arg(long)]
        change: bool,
    },
    /// Remove a data file's passphrase (the file is rewritten readable by anyone who has it).
    Unprotect,
    /// The audit trail: who changed or looked at which record, and when (newest last).
    Audit {
        /// Only entries about this person (their reference, e.g. P0042).
        #[arg(long, value_name = "REF")]
        person: Option<String>,
        /// Only entries by this user (the computer's user name, or the server login).
        #[arg(long, value_name = "NAME")]
        user: Option<String>,
        /// Only actions containing this text, e.g. "viewed" or "referral status".
        #[arg(long, value_name = "TEXT")]
        action: Option<String>,
        /// First day, YYYY-MM-DD (this computer's time).
        #[arg(long, value_name = "DATE")]
        from: Option<chrono::NaiveDate>,
        /// Last day, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        to: Option<chrono::NaiveDate>,
        /// Print JSON: an array of objects with at, user, action, kind, record, detail.
        #[arg(long)]
        json: bool,
        /// Check the whole trail's chain of hashes instead, and report the first broken link
        /// (exit 1 when broken).
        #[arg(long, conflicts_with_all = ["person", "user", "action", "from", "to"])]
        verify: bool,
    },
    /// Write a backup of the co-op to a new file: a consistent copy of a data file (protected
    /// with the same key if the file is), or a file-backend copy of a server's co-op.
    Backup {
        /// The backup file to write (it must not exist yet).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Replace the data file with a backup. The current file is kept as a backup first, and
    /// everyone erased since the backup was taken is erased again.
    Restore {
        /// The backup file.
        #[arg(value_name = "FILE")]
        backup: PathBuf,
        /// Replace an existing data file (without it, restore only creates a missing one).
        #[arg(long)]
        force: bool,
    },
    /// Erase a person and every record about them, leaving no copy in the file.
    Erase {
        /// What to erase.
        kind: EraseKind,
        /// The person's reference, e.g. P0042.
        #[arg(value_name = "REF")]
        reference: String,
        /// Confirm: this cannot be undone.
        #[arg(long)]
        yes: bool,
    },
    /// Draw a person's wellbeing chart to a PNG or SVG file.
    Chart {
        /// The person's reference, e.g. P0001.
        #[arg(value_name = "REF")]
        reference: String,
        /// The file to write: .png or .svg.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Width in pixels (200 to 8000).
        #[arg(long, default_value_t = 1000, allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(200..=8000))]
        width: u32,
        /// Height in pixels (150 to 8000).
        #[arg(long, default_value_t = 600, allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(150..=8000))]
        height: u32,
        /// WEMWBS, SWEMWBS or ONS4 (default: the one the person has most scores on).
        #[arg(long)]
        instrument: Option<String>,
    },
    /// Suggest activity, member and time for a person's waiting referral, best first.
    Match {
        /// The person's reference, e.g. P0019.
        #[arg(value_name = "PERSON_REF")]
        reference: String,
        /// How many weeks ahead to look (1 to 52).
        #[arg(long, default_value_t = 4, allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..=52))]
        weeks: u32,
        /// Print JSON instead of a list.
        #[arg(long)]
        json: bool,
        /// Book the suggestion with this number (1 is the best), as the Planning view's
        /// "Book" does: one transaction, the referral moves to "matched".
        #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..=100))]
        book: Option<u32>,
    },
    /// Write a member's or a person's sessions as an .ics calendar for phones.
    Ics {
        /// The member, by name or number.
        #[arg(long, value_name = "NAME_OR_ID")]
        member: Option<String>,
        /// The person, by reference.
        #[arg(long, value_name = "REF")]
        person: Option<String>,
        /// The .ics file to write.
        #[arg(long, value_name = "FILE.ics")]
        out: PathBuf,
        /// How many weeks ahead, from today (1 to 520).
        #[arg(long, default_value_t = 12, allow_negative_numbers = true, value_parser = clap::value_parser!(u32).range(1..=520))]
        weeks: u32,
    },
    /// Copy a whole co-op between a file and a server (either way), checking the counts.
    Copy {
        /// Where the co-op is now: a file or postgres:// URL.
        #[arg(long, value_name = "SRC")]
        from: PathBuf,
        /// Where it goes: a new file, or an empty database on a server.
        #[arg(long, value_name = "DST")]
        to: PathBuf,
        /// Replace an existing carecoop file (a server database is never emptied).
        #[arg(long)]
        force: bool,
    },
    /// Prepare the co-op's team server (PostgreSQL): tables, roles and logins.
    Server {
        /// What to do.
        #[command(subcommand)]
        action: ServerAction,
    },
    /// Print a report.
    Report {
        /// Which report.
        #[command(subcommand)]
        report: Report,
    },
}

/// Opens a file for a command that only reads: a missing file is refused.
fn open_existing(path: &Path) -> Result<Box<dyn DataStore>, DataError> {
    open_unlocked(path, OpenMode::ExistingOnly)
}

/// Opens (or creates) a file for a command that writes.
fn open_for_writing(path: &Path) -> Result<Box<dyn DataStore>, DataError> {
    open_unlocked(path, OpenMode::CreateIfMissing)
}

/// Opens `path`; a file protected with a passphrase is unlocked with `CARECOOP_PASSPHRASE`,
/// or with what is typed when asked on a terminal (without it, the error says how).
fn open_unlocked(path: &Path, mode: OpenMode) -> Result<Box<dyn DataStore>, DataError> {
    if !crate::backends::is_server(path) {
        crate::backup::sweep_partials(&crate::backup::folder_for(path, None), path);
    }
    let from_env = passphrase::from_env("CARECOOP_PASSPHRASE");
    match crate::backends::open_with(path, mode, from_env.as_ref()) {
        Err(DataError::Locked { .. }) if from_env.is_none() && passphrase::can_ask() => {
            let typed = passphrase::ask(&crate::t!("cli-passphrase-for", file = shown(path)))
                .map_err(|source| DataError::Io { path: path.to_path_buf(), source })?;
            crate::backends::open_with(path, mode, Some(&typed))
        }
        other => other,
    }
}

/// A `--data` location as messages show it (a server URL without its password).
fn shown(location: &Path) -> String {
    crate::backends::describe(location)
}

/// Today, for commands (the window and tests pass their own).
fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Parses the command line. `--help` and `--version` print and exit 0; any other mistake
/// (an unknown flag, a number outside its range) prints clap's message, which names the
/// argument and what it accepts, and exits 1. A `--lang` on the line sets the default
/// language first, so the help is written in it ([`localized`]).
pub fn parse() -> Cli {
    if let Some(lang) = help::lang_in_args(std::env::args_os()) {
        crate::i18n::set_default(lang);
    }
    let mut cmd = localized(Cli::command());
    let parsed = cmd
        .try_get_matches_from_mut(std::env::args_os())
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut cmd)));
    parsed.unwrap_or_else(|e| {
        let code = if e.use_stderr() { 1 } else { 0 };
        e.print().ok();
        std::process::exit(code);
    })
}

/// The exit code for an error: 2 when the file is open in another carecoop window, else 1.
fn exit_code(error: &anyhow::Error) -> u8 {
    match error.downcast_ref::<DataError>() {
        Some(DataError::AlreadyOpen { .. }) => 2,
        _ => 1,
    }
}

/// Runs a headless subcommand and turns its result into an exit code.
pub fn run(data: Option<PathBuf>, command: Command) -> ExitCode {
    let result = (|| -> anyhow::Result<()> {
        if let Command::Template { kind, out } = &command {
            return import::template(*kind, out);
        }
        let data = match data {
            Some(d) => d,
            None => match command {
                Command::Demo { .. } => crate::paths::default_demo_path()?,
                _ => crate::paths::default_data_path()?,
            },
        };
        match command {
            Command::Demo { force } => demo::run(&data, force),
            Command::Export { kind, reference, format, out, doc_lang } => {
                let doc_lang = doc_lang.map(Into::into);
                export::run(&data, kind, reference.as_deref(), format, out.as_deref(), doc_lang)
            }
            Command::Erase { kind: EraseKind::Person, reference, yes } => {
                erase::person(&data, &reference, yes)
            }
            Command::Audit { verify: true, json, .. } => audit::verify(&data, json),
            Command::Audit { person, user, action, from, to, json, verify: false } => {
                let filter = crate::domain::AuditFilter { person, user, action, from, to };
                audit::list(&data, &filter, json)
            }
            Command::Protect { change } => passphrase::protect(&data, change),
            Command::Unprotect => passphrase::unprotect(&data),
            Command::Check => check::run(&data),
            Command::Generate { scale, force } => generate::run(&data, &scale, force),
            Command::Match { reference, weeks, json, book } => match book {
                Some(n) => matching::book(&data, &reference, weeks, n),
                None => matching::run(&data, &reference, weeks, json),
            },
            Command::Ics { member, person, out, weeks } => {
                ics::run(&data, member.as_deref(), person.as_deref(), &out, weeks)
            }
            Command::Chart { reference, out, width, height, instrument } => {
                chart::run(&data, &reference, &out, (width, height), instrument.as_deref())
            }
            Command::Import { kind, file, sheet } => import::run(&data, kind, &file, sheet.as_deref()),
            Command::Template { kind, out } => import::template(kind, &out),
            Command::Letter { reference, out, doc_lang } => {
                export::letter(&data, &reference, &out, doc_lang.map(Into::into))
            }
            Command::Copy { from, to, force } => copy::run(&from, &to, force),
            Command::Backup { out } => backup::back_up(&data, &out),
            Command::Restore { backup, force } => backup::restore(&data, &backup, force),
            Command::Server { action: ServerAction::Setup } => server::setup(&data),
            Command::Server { action: ServerAction::Scrub } => server::scrub(&data),
            Command::Server { action: ServerAction::AddUser { name, role } } => {
                server::add_user(&data, &name, role.into())
            }
            Command::Report { report } => match report {
                Report::Compliance { within, json } => report::compliance(&data, within, json),
                Report::Retention { json } => report::retention(&data, json),
                Report::Referrals { from, to, json, chart } => {
                    report::referrals(&data, from, to, json, chart.as_deref())
                }
                Report::Outcomes { instrument, json } => report::outcomes(&data, instrument.as_deref(), json),
                Report::Availability { week, json } => report::availability(&data, &week, json),
                Report::Budget { json } => money::budget(&data, json),
                Report::Register { json, include_former } => coop::register(&data, json, include_former),
                Report::Meetings { json } => coop::meetings(&data, json),
                Report::Hours { month, json } => money::hours(&data, &month, json),
                Report::Pack { fund, from, to, out, include_names } => {
                    money::pack(&data, &fund, (from, to), &out, include_names)
                }
            },
        }
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("carecoop: {e:#}");
            ExitCode::from(exit_code(&e))
        }
    }
}
