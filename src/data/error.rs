//! Errors from the data interface, worded for the person who has to act on them. Every
//! backend reports through these variants, so the window and the CLI handle them once.

use crate::domain::ValidationError;
use std::path::PathBuf;

/// Something the data layer could not do. Nothing was changed by the action that failed.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    /// Another carecoop process holds the file.
    AlreadyOpen {
        /// The file.
        path: PathBuf,
    },
    /// The file is protected with a passphrase and none was given.
    Locked {
        /// The file.
        path: PathBuf,
    },
    /// The passphrase given is neither the file's passphrase nor its recovery key; nothing
    /// was changed.
    WrongPassphrase {
        /// The file.
        path: PathBuf,
    },
    /// A read-only command was pointed at a file that does not exist.
    Missing {
        /// The file.
        path: PathBuf,
    },
    /// The file is not a carecoop database; it was not changed.
    NotCarecoop {
        /// The file.
        path: PathBuf,
        /// What gave it away.
        reason: String,
    },
    /// The data was written by a newer carecoop.
    NewerSchema {
        /// The file or server.
        location: String,
        /// The data's schema version.
        found: u64,
        /// The newest this build reads.
        supported: u64,
    },
    /// The co-op's server could not be reached.
    Unreachable {
        /// Host and port.
        server: String,
        /// What the network said.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// The server refused the login (wrong user name or password, or not allowed).
    LoginRefused {
        /// Host and port.
        server: String,
        /// The login name.
        user: String,
        /// What the server said.
        reason: String,
    },
    /// The database on the server is not a carecoop database (it was not changed).
    NotCarecoopServer {
        /// The server and database.
        location: String,
        /// What gave it away.
        reason: String,
    },
    /// The signed-in user may not do this (a viewer saving, a link worker changing settings).
    NotAllowed {
        /// The login name.
        user: String,
    },
    /// A stored record could not be decoded.
    Corrupt {
        /// The table (the kind of record).
        table: &'static str,
        /// The record id.
        id: u64,
        /// Why.
        reason: String,
    },
    /// A record failed validation; nothing was written.
    Invalid(#[from] ValidationError),
    /// A rule about how records relate was broken (a duplicate reference, a record that no
    /// longer exists, a referral already matched...).
    Conflict(String),
    /// Someone else changed the same records at the same moment (the server could not put
    /// the two changes in an order): nothing was saved, and the same action may simply be
    /// tried again.
    Contention(String),
    /// A save refused because someone else changed (or deleted) the record since it was read.
    Changed(Box<super::ChangedSince>),
    /// The file (or the folder or disk it is on) cannot be written.
    ReadOnly {
        /// The file.
        path: PathBuf,
    },
    /// The file could not be read or written.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A person was erased, but the data could not be rewritten afterwards, so old copies of
    /// their records may remain in its bytes until it is.
    ErasedNotScrubbed {
        /// The erased person's reference.
        reference: String,
        /// Why the rewrite failed.
        #[source]
        source: Box<DataError>,
    },
    /// The database engine reported a failure.
    Backend {
        /// What was being done.
        context: &'static str,
        /// The engine's own error.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |path: &PathBuf| path.display().to_string();
        let text = match self {
            DataError::AlreadyOpen { path } => crate::t!("data-already-open", path = shown(path)),
            DataError::Locked { path } => crate::t!("data-locked", path = shown(path)),
            DataError::WrongPassphrase { path } => crate::t!("data-wrong-passphrase", path = shown(path)),
            DataError::Missing { path } => crate::t!("data-missing", path = shown(path)),
            DataError::NotCarecoop { path, reason } => {
                crate::t!("data-not-carecoop", path = shown(path), reason = reason.as_str())
            }
            DataError::NewerSchema { location, found, supported } => crate::t!(
                "data-newer-schema",
                location = location.as_str(),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            DataError::Unreachable { server, .. } => crate::t!("data-unreachable", server = server.as_str()),
            DataError::LoginRefused { server, user, reason } => crate::t!(
                "data-login-refused",
                server = server.as_str(),
                user = user.as_str(),
                reason = reason.as_str()
            ),
            DataError::NotCarecoopServer { location, reason } => {
                crate::t!("data-not-carecoop-server", location = location.as_str(), reason = reason.as_str())
            }
            DataError::NotAllowed { user } => crate::t!("data-not-allowed", user = user.as_str()),
            DataError::Corrupt { table, id, reason } => {
                crate::t!(
                    "data-corrupt",
                    table = table.to_string(),
                    id = id.to_string(),
                    reason = reason.as_str()
                )
            }
            DataError::Invalid(e) => e.to_string(),
            DataError::Conflict(message) | DataError::Contention(message) => message.clone(),
            DataError::Changed(changed) => changed.to_string(),
            DataError::ReadOnly { path } => crate::t!("data-read-only", path = shown(path)),
            DataError::Io { path, .. } => crate::t!("data-io", path = shown(path)),
            DataError::ErasedNotScrubbed { reference, .. } => {
                crate::t!("data-erased-not-scrubbed", reference = reference.as_str())
            }
            DataError::Backend { context, .. } => crate::t!("data-backend", context = context.to_string()),
        };
        f.write_str(&text)
    }
}

impl DataError {
    /// A conflict with this message.
    pub fn conflict(message: impl Into<String>) -> Self {
        DataError::Conflict(message.into())
    }

    /// "that NOUN no longer exists": a record an action needs was deleted or never existed.
    pub fn gone(noun: &str) -> Self {
        let message = match noun {
            "member" => crate::t!("data-gone-member"),
            "activity" => crate::t!("data-gone-activity"),
            "person" => crate::t!("data-gone-person"),
            "referral" => crate::t!("data-gone-referral"),
            "session" => crate::t!("data-gone-session"),
            "series" => crate::t!("data-gone-series"),
            "assessment" => crate::t!("data-gone-assessment"),
            "fund" => crate::t!("data-gone-fund"),
            "contact" => crate::t!("data-gone-contact"),
            "availability" => crate::t!("data-gone-availability"),
            "register entry" => crate::t!("data-gone-register-entry"),
            "share ledger entry" => crate::t!("data-gone-ledger-entry"),
            "meeting" => crate::t!("data-gone-meeting"),
            "goal" => crate::t!("data-gone-goal"),
            _ => crate::t!("data-gone", noun = noun),
        };
        DataError::Conflict(message)
    }
}

/// An error and its causes, one after another: "the data could not be used: ...: ...".
pub fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
