//! Errors from the store, worded for the person who has to act on them.

use crate::domain::ValidationError;
use std::path::PathBuf;

/// Something the store could not do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another carecoop process holds the file.
    #[error("{} is open in another carecoop window", .path.display())]
    AlreadyOpen {
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
    /// The file was written by a newer carecoop.
    #[error(
        "{} was written by a newer version of carecoop (data format {found}; this version reads up to {supported}); please update carecoop",
        .path.display()
    )]
    NewerSchema {
        /// The file.
        path: PathBuf,
        /// The file's schema version.
        found: u64,
        /// The newest this build reads.
        supported: u64,
    },
    /// A stored record could not be decoded.
    #[error("{table} record {id} cannot be read: {reason}")]
    Corrupt {
        /// The table.
        table: &'static str,
        /// The record id.
        id: u64,
        /// Why.
        reason: String,
    },
    /// A record failed validation; nothing was written.
    #[error("{0}")]
    Invalid(#[from] ValidationError),
    /// A rule about how records relate was broken (e.g. a duplicate reference).
    #[error("{0}")]
    Conflict(String),
    /// The file could not be read or written.
    #[error("reading or writing the data file failed: {0}")]
    Io(String),
    /// The database engine reported a failure.
    #[error("the data file could not be used: {0}")]
    Database(String),
}

macro_rules! from_redb {
    ($($ty:ty),*) => {$(
        impl From<$ty> for StoreError {
            fn from(e: $ty) -> Self {
                StoreError::Database(e.to_string())
            }
        }
    )*};
}

from_redb!(redb::Error, redb::TransactionError, redb::TableError, redb::StorageError, redb::CommitError);

impl StoreError {
    /// The process exit code the CLI uses for this error (2 when the file is busy).
    pub fn exit_code(&self) -> i32 {
        match self {
            StoreError::AlreadyOpen { .. } => 2,
            _ => 1,
        }
    }
}
