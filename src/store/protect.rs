//! Protecting a file with a passphrase, changing it, removing it, and unlocking a protected
//! file on open (see [`super::seal`]). Adding or removing the passphrase rewrites the whole
//! file into a fresh one that replaces it atomically, as a scrub does, so no value is left in
//! the file's bytes as it was before.

use super::RedbStore;
use super::erase::Keys;
use super::seal::{self, KEYS, Seal};
use crate::data::DataError;
use crate::data::Secret;
use redb::ReadableDatabase;
use std::path::Path;
use zeroize::Zeroizing;

/// The data key of the file `db` at `path`: `None` for a file without a passphrase;
/// [`DataError::Locked`] without `secret`, [`DataError::WrongPassphrase`] with a wrong one.
pub(super) fn unlock(
    db: &impl ReadableDatabase,
    path: &Path,
    secret: Option<&str>,
) -> Result<Option<Zeroizing<[u8; 32]>>, DataError> {
    let read = db.begin_read()?;
    let table = match read.open_table(KEYS) {
        Ok(table) => table,
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let [by_passphrase, by_recovery] =
        seal::WRAPPED.map(|name| table.get(name).map(|v| v.map(|v| v.value().to_vec())));
    let (by_passphrase, by_recovery) = (by_passphrase?, by_recovery?);
    let Some(secret) = secret else {
        return Err(DataError::Locked { path: path.to_path_buf() });
    };
    match seal::unlock(secret, by_passphrase.as_deref(), by_recovery.as_deref())? {
        Some(key) => Ok(Some(key)),
        None => Err(DataError::WrongPassphrase { path: path.to_path_buf() }),
    }
}

fn refuse(message: &str) -> DataError {
    DataError::conflict(message)
}

/// A passphrase worth having: at least 8 characters (a phrase of words is best).
fn check_passphrase(passphrase: &str) -> Result<(), DataError> {
    if passphrase.chars().count() < 8 {
        return Err(refuse(&crate::t!("store-passphrase-short")));
    }
    Ok(())
}

impl RedbStore {
    /// True when the file is protected with a passphrase.
    pub fn is_protected(&self) -> bool {
        self.seal.is_sealed()
    }

    /// Protects the file with `passphrase`: a random data key seals every value, and the file
    /// is rewritten so nothing readable is left. Returns the recovery key, to show once: it
    /// opens the file as the passphrase does.
    pub fn protect(&mut self, passphrase: &str) -> Result<Secret, DataError> {
        self.usable()?;
        if self.memory {
            return Err(refuse(&crate::t!("store-protect-in-memory")));
        }
        if self.is_protected() {
            return Err(refuse(&crate::t!("store-already-protected")));
        }
        check_passphrase(passphrase)?;
        let key = Seal::new_key();
        let recovery = seal::new_recovery_key();
        let wrapped = seal::wrapped_keys(passphrase, &recovery, &key)?;
        self.rewrite(Some(Seal::with_key(&key)), Keys::Replace(wrapped))?;
        self.data_key = Some(key);
        Ok(Secret::new(recovery.as_str()))
    }

    /// Wraps the data key under a new passphrase (the recovery key stays as it was); nothing
    /// else is rewritten.
    pub fn change_passphrase(&mut self, passphrase: &str) -> Result<(), DataError> {
        self.usable()?;
        let Some(key) = &self.data_key else {
            return Err(refuse(&crate::t!("store-not-protected-yet")));
        };
        check_passphrase(passphrase)?;
        let (name, wrapped) = seal::rewrapped(passphrase, key)?;
        let txn = self.usable()?.begin_write()?;
        txn.open_table(KEYS)?.insert(name, wrapped.as_slice())?;
        txn.commit()?;
        Ok(())
    }

    /// Removes the passphrase: the file is rewritten with every value as it is, and the keys
    /// are dropped.
    pub fn unprotect(&mut self) -> Result<(), DataError> {
        self.usable()?;
        if !self.is_protected() {
            return Err(refuse(&crate::t!("store-not-protected")));
        }
        self.rewrite(Some(Seal::Plain), Keys::Drop)?;
        self.data_key = None;
        Ok(())
    }
}
