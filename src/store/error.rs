//! redb's errors, as the data interface reports them.

use crate::data::DataError;

macro_rules! from_redb {
    ($($ty:ty => $id:literal, $context:literal),* $(,)?) => {$(
        impl From<$ty> for DataError {
            fn from(e: $ty) -> Self {
                DataError::Backend { context: crate::i18n::static_text($id, $context), source: Box::new(e) }
            }
        }
    )*};
}

from_redb!(
    redb::Error => "store-engine-failed", "the database engine failed",
    redb::DatabaseError => "store-file-not-opened", "the data file could not be opened",
    redb::TransactionError => "store-transaction-not-started", "a transaction could not start",
    redb::TableError => "store-table-not-opened", "a table could not be opened",
    redb::StorageError => "store-file-not-read", "the data file could not be read or written",
    redb::CommitError => "store-change-not-saved", "the change could not be saved",
    redb::CompactionError => "store-file-not-compacted", "the data file could not be compacted",
);
