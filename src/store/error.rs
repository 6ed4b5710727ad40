//! redb's errors, as the data interface reports them.

use crate::data::DataError;

macro_rules! from_redb {
    ($($ty:ty => $context:literal),* $(,)?) => {$(
        impl From<$ty> for DataError {
            fn from(e: $ty) -> Self {
                DataError::Backend { context: $context, source: Box::new(e) }
            }
        }
    )*};
}

from_redb!(
    redb::Error => "the database engine failed",
    redb::DatabaseError => "the data file could not be opened",
    redb::TransactionError => "a transaction could not start",
    redb::TableError => "a table could not be opened",
    redb::StorageError => "the data file could not be read or written",
    redb::CommitError => "the change could not be saved",
    redb::CompactionError => "the data file could not be compacted",
);
