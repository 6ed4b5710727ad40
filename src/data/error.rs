//! Errors from the data interface, worded for the person who has to act on them. Every
//! backend reports through these variants, so the window and the CLI handle them once.

use crate::domain::ValidationError;
use std::path::PathBuf;

/// Something the data layer could not do. Nothing was changed by the action that failed.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    /// Another carecoop process holds the file.
    #[error("{} is open in another carecoop window", .path.display())]
    AlreadyOpen {
        /// The file.
        path: PathBuf,
    },
    /// The file is protected with a passphrase and none was given.
    #[error("{} is protected with a passphrase: give it (the CARECOOP_PASSPHRASE environment variable, or type it when asked) or the recovery key", .path.display())]
    Locked {
        /// The file.
        path: PathBuf,
    },
    /// The passphrase given is neither the file's passphrase nor its recovery key; nothing
    /// was changed.
    #[error("that is not the passphrase (or the recovery key) of {}; nothing was changed", .path.display())]
    WrongPassphrase {
        /// The file.
        path: PathBuf,
    },
    /// A read-only command was pointed at a file that does not exist.
    #[error("{} does not exist (check the path, or create it with `carecoop demo --data FILE`)", .path.display())]
    Missing {
        /// The file.
        path: PathBuf,
    },
    /// The file is not a carecoop database; it was not changed.
    #[error("{} is not a carecoop data file ({reason}); it was left unchanged", .path.display())]
    NotCarecoop {
        /// The file.
        path: PathBuf,
        /// What gave it away.
        reason: String,
    },
    /// The data was written by a newer carecoop.
    #[error(
        "{location} was written by a newer version of carecoop (data format {found}; this version reads up to {supported}); please update carecoop"
    )]
    NewerSchema {
        /// The file or server.
        location: String,
        /// The data's schema version.
        found: u64,
        /// The newest this build reads.
        supported: u64,
    },
    /// The co-op's server could not be reached.
    #[error("cannot reach the co-op's server at {server}; check the address and that the server is running")]
    Unreachable {
        /// Host and port.
        server: String,
        /// What the network said.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// The server refused the login (wrong user name or password, or not allowed).
    #[error("the server at {server} refused the login for {user}: {reason}")]
    LoginRefused {
        /// Host and port.
        server: String,
        /// The login name.
        user: String,
        /// What the server said.
        reason: String,
    },
    /// The database on the server is not a carecoop database (it was not changed).
    #[error(
        "{location} is not a carecoop database ({reason}); it was left unchanged (a co-op's administrator sets it up with `carecoop server setup`)"
    )]
    NotCarecoopServer {
        /// The server and database.
        location: String,
        /// What gave it away.
        reason: String,
    },
    /// The signed-in user may not do this (a viewer saving, a link worker changing settings).
    #[error("{user} may not make this change: their role on the co-op's server does not allow it")]
    NotAllowed {
        /// The login name.
        user: String,
    },
    /// A stored record could not be decoded.
    #[error("{table} record {id} cannot be read: {reason}")]
    Corrupt {
        /// The table (the kind of record).
        table: &'static str,
        /// The record id.
        id: u64,
        /// Why.
        reason: String,
    },
    /// A record failed validation; nothing was written.
    #[error("{0}")]
    Invalid(#[from] ValidationError),
    /// A rule about how records relate was broken (a duplicate reference, a record that no
    /// longer exists, a referral already matched...).
    #[error("{0}")]
    Conflict(String),
    /// Someone else changed the same records at the same moment (the server could not put
    /// the two changes in an order): nothing was saved, and the same action may simply be
    /// tried again.
    #[error("{0}")]
    Contention(String),
    /// A save refused because someone else changed (or deleted) the record since it was read.
    #[error("{0}")]
    Changed(Box<super::ChangedSince>),
    /// The file (or the folder or disk it is on) cannot be written.
    #[error("{} is read-only: carecoop needs to write to it (ask for write access, or copy it to a folder you can write to); it was left unchanged", .path.display())]
    ReadOnly {
        /// The file.
        path: PathBuf,
    },
    /// The file could not be read or written.
    #[error("reading or writing {} failed", .path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A person was erased, but the data could not be rewritten afterwards, so old copies of
    /// their records may remain in its bytes until it is.
    #[error(
        "{reference} was erased, but the data could not be rewritten afterwards, so old copies of their records may remain in it"
    )]
    ErasedNotScrubbed {
        /// The erased person's reference.
        reference: String,
        /// Why the rewrite failed.
        #[source]
        source: Box<DataError>,
    },
    /// The database engine reported a failure.
    #[error("the data could not be used: {context}")]
    Backend {
        /// What was being done.
        context: &'static str,
        /// The engine's own error.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

impl DataError {
    /// A conflict with this message.
    pub fn conflict(message: impl Into<String>) -> Self {
        DataError::Conflict(message.into())
    }

    /// "that NOUN no longer exists": a record an action needs was deleted or never existed.
    pub fn gone(noun: &str) -> Self {
        DataError::Conflict(format!("that {noun} no longer exists"))
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
