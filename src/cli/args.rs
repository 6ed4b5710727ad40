//! The command line's argument types below the subcommands: languages, what `server`,
//! `report`, `import`, `export` and `erase` take, and the export formats.

use clap::{Subcommand, ValueEnum};
use std::path::PathBuf;

/// A language on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// Cymraeg (Welsh).
    Cy,
}

impl From<LangArg> for crate::i18n::Lang {
    fn from(arg: LangArg) -> Self {
        match arg {
            LangArg::En => crate::i18n::Lang::En,
            LangArg::Cy => crate::i18n::Lang::Cy,
        }
    }
}

/// The language of a person's document on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocLangArg {
    /// English.
    En,
    /// Cymraeg (Welsh).
    Cy,
    /// Both, Welsh first.
    Both,
}

impl From<DocLangArg> for crate::report::language::DocLanguage {
    fn from(arg: DocLangArg) -> Self {
        use crate::report::language::DocLanguage;
        match arg {
            DocLangArg::En => DocLanguage::Only(crate::i18n::Lang::En),
            DocLangArg::Cy => DocLanguage::Only(crate::i18n::Lang::Cy),
            DocLangArg::Both => DocLanguage::Bilingual,
        }
    }
}

/// What `server` does.
#[derive(Debug, Subcommand)]
pub enum ServerAction {
    /// Create (or upgrade) the tables and the roles carecoop_coordinator,
    /// carecoop_link_worker and carecoop_viewer, with their grants.
    Setup,
    /// Create a login in one of the roles (password from CARECOOP_NEW_PASSWORD or asked).
    AddUser {
        /// The login name.
        name: String,
        /// coordinator, link_worker or viewer.
        #[arg(long, value_enum)]
        role: ServerRole,
    },
    /// Rewrite the tables people's records live in (VACUUM FULL), so nothing of an erased
    /// person remains in the server's files: run by the tables' owner (the administrator),
    /// after a link worker's erasure or nightly.
    Scrub,
}

/// The roles a login can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ServerRole {
    /// Everything.
    Coordinator,
    /// Everything but settings and funds.
    #[value(name = "link_worker")]
    LinkWorker,
    /// Read only.
    Viewer,
}

impl From<ServerRole> for crate::pg::admin::Role {
    fn from(role: ServerRole) -> Self {
        match role {
            ServerRole::Coordinator => crate::pg::admin::Role::Coordinator,
            ServerRole::LinkWorker => crate::pg::admin::Role::LinkWorker,
            ServerRole::Viewer => crate::pg::admin::Role::Viewer,
        }
    }
}

impl From<ImportKind> for crate::exchange::import::ImportKind {
    fn from(kind: ImportKind) -> Self {
        use crate::exchange::import::ImportKind as Kind;
        match kind {
            ImportKind::Members => Kind::Members,
            ImportKind::Activities => Kind::Activities,
            ImportKind::People => Kind::People,
            ImportKind::Referrals => Kind::Referrals,
            ImportKind::Assessments => Kind::Assessments,
            ImportKind::Sessions => Kind::Sessions,
            ImportKind::Availability => Kind::Availability,
            ImportKind::Exceptions => Kind::Exceptions,
            ImportKind::Register => Kind::Register,
        }
    }
}

/// Record kinds that `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportKind {
    /// Members: name,role,activities,hourly_rate_gbp,villages,phone,email,pvg_number,pvg_scope,pvg_expiry,insurance_expiry,joined
    Members,
    /// Activities: name,category,format,capacity,venue,village,default_minutes,price_gbp,price_unit
    Activities,
    /// People: ref,name,preferred_name,date_of_birth,village,gp_practice,phone,email,needs,interests,what_matters,consent_store,consent_share
    People,
    /// Referrals: person_ref,date,source,referrer,reason,urgency,status
    Referrals,
    /// Assessments: person_ref,date,timepoint,instrument,answers (answers `;`-separated, empty = missing)
    Assessments,
    /// Sessions: date,start,minutes,activity,members,participants,venue,repeat,repeat_until
    Sessions,
    /// Weekly availability: member,weekday,start,end (replaces each named member's pattern)
    Availability,
    /// Availability exceptions: member,from,to,kind (kind unavailable or extra)
    Exceptions,
    /// The register of members: name,class,postal_address,email,admitted,ceased,shares,amount_paid_gbp
    Register,
}

/// The reports `report` prints.
#[derive(Debug, Subcommand)]
pub enum Report {
    /// People due for review: kept past the co-op's retention period after their last
    /// referral ended, or who withdrew consent to the co-op holding their data.
    Retention {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Members whose PVG or insurance is missing, expired or expiring.
    Compliance {
        /// The warning window in days, 0 to 3650 (default: the file's setting, 60 unless changed).
        #[arg(long, value_name = "DAYS", allow_negative_numbers = true, value_parser = clap::value_parser!(u16).range(0..=3650))]
        within: Option<u16>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Before/after wellbeing per person, and the cohort summary.
    Outcomes {
        /// WEMWBS or SWEMWBS (default: both).
        #[arg(long)]
        instrument: Option<String>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Available, booked and free hours per member for an ISO week, with demand.
    Availability {
        /// The ISO week, e.g. 2026-W48.
        #[arg(long, value_name = "YYYY-Www")]
        week: String,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Per fund: amount, spent, committed and remaining.
    Budget {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Per member for a month: sessions, hours and amount due by payer.
    Hours {
        /// The month, YYYY-MM.
        #[arg(long, value_name = "YYYY-MM")]
        month: String,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// A funder's report pack: one self-contained HTML file for a fund and period.
    Pack {
        /// The fund, by name.
        #[arg(long, value_name = "NAME")]
        fund: String,
        /// First day, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        from: chrono::NaiveDate,
        /// Last day, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        to: chrono::NaiveDate,
        /// The HTML file to write.
        #[arg(long, value_name = "FILE.html")]
        out: PathBuf,
        /// Name the people (otherwise they are "Person 1", "Person 2"...).
        #[arg(long)]
        include_names: bool,
    },
    /// The register of members: name, class, addresses, dates, shares and amount paid
    /// (current members; with --include-former, former ones too).
    Register {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Include members who have ceased.
        #[arg(long)]
        include_former: bool,
    },
    /// General and board meetings, newest first: notice, quorum, resolutions and votes.
    Meetings {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Referrals by month and source, by status, and days waiting.
    Referrals {
        /// First day (received on or after), YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        from: Option<chrono::NaiveDate>,
        /// Last day (received on or before), YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        to: Option<chrono::NaiveDate>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Also write the chart of referrals by month and source: FILE.png or FILE.svg.
        #[arg(long, value_name = "FILE")]
        chart: Option<PathBuf>,
    },
}

/// Record kinds that `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportKind {
    /// Co-op members.
    Members,
    /// The activity catalogue.
    Activities,
    /// People referred.
    People,
    /// Referrals.
    Referrals,
    /// Sessions (a recurring series is one row).
    Sessions,
    /// Wellbeing assessments.
    Assessments,
    /// Funds.
    Funds,
    /// Everything held about one person (subject access), as one JSON document.
    Person,
    /// The register of members, former members too, with shares held and amount paid.
    Register,
}

/// What `erase` removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EraseKind {
    /// A person and every record about them.
    Person,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// JSON.
    Json,
    /// CSV.
    Csv,
    /// An Excel workbook with typed cells (dates, money, numbers); needs --out.
    Xlsx,
    /// A printable PDF (export person only); needs --out.
    Pdf,
}
