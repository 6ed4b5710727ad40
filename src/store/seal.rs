//! A file protected with a passphrase: every stored value is sealed with XChaCha20-Poly1305
//! under a random data key, with the table, the key and the record version bound as
//! associated data (a value moved to another record, or given another version tag, does not
//! open). The data key is kept only wrapped: once under a key Argon2id derives from the
//! passphrase, once under one derived from the recovery key shown when the file was
//! protected. Changing the passphrase re-wraps the data key; nothing else is rewritten.
//!
//! Keys and indexes hold no personal values (ids, dates of sessions, status numbers,
//! reference numbers), so only values are sealed. Everything secret is zeroed when dropped.

use crate::data::DataError;
use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::rand_core::RngCore;
use chacha20poly1305::aead::{Aead, OsRng, Payload};
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce};
use redb::TableDefinition;
use std::borrow::Cow;
use zeroize::Zeroizing;

/// The wrapped data keys: "passphrase" and "recovery" → salt, Argon2 settings, nonce and the
/// sealed key. A file with this table is protected.
pub(super) const KEYS: TableDefinition<&str, &[u8]> = TableDefinition::new("carecoop_keys");
/// The keys table's name.
pub(super) const KEYS_NAME: &str = "carecoop_keys";
const BY_PASSPHRASE: &str = "passphrase";
const BY_RECOVERY: &str = "recovery";

const NONCE: usize = 24;
const SALT: usize = 16;
/// Argon2id's memory (KiB), passes and lanes: the crate's defaults (OWASP's minimum for
/// Argon2id), a fraction of a second to open a file.
const ARGON: (u32, u32, u32) = (Params::DEFAULT_M_COST, Params::DEFAULT_T_COST, Params::DEFAULT_P_COST);

/// A passphrase or recovery key as typed, zeroed when dropped.
type Secret = Zeroizing<String>;

/// How a store's values are kept.
pub(crate) enum Seal {
    /// As they are (a file without a passphrase).
    Plain,
    /// Sealed with the data key.
    Sealed(Box<XChaCha20Poly1305>),
}

impl std::fmt::Debug for Seal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.is_sealed() { "Sealed" } else { "Plain" })
    }
}

fn associated(table: &str, key: u64, tag: u8) -> Vec<u8> {
    let mut ad = Vec::with_capacity(table.len() + 10);
    ad.extend_from_slice(table.as_bytes());
    ad.push(0);
    ad.extend_from_slice(&key.to_le_bytes());
    ad.push(tag);
    ad
}

/// Why sealed bytes did not open.
fn broken(table: &'static str, key: u64, reason: &str) -> DataError {
    DataError::Corrupt { table, id: key, reason: reason.into() }
}

impl Seal {
    /// A fresh random data key.
    pub(super) fn new_key() -> Zeroizing<[u8; 32]> {
        let mut key = Zeroizing::new([0u8; 32]);
        OsRng.fill_bytes(&mut *key);
        key
    }

    /// Seals with `key`.
    pub(super) fn with_key(key: &[u8; 32]) -> Seal {
        Seal::Sealed(Box::new(XChaCha20Poly1305::new(key.into())))
    }

    /// True when values are sealed.
    pub(crate) fn is_sealed(&self) -> bool {
        matches!(self, Seal::Sealed(_))
    }

    /// `value` (a version tag, then the payload) as stored in `table` under `key`: the tag,
    /// then a nonce and the sealed payload.
    pub(crate) fn seal(&self, table: &str, key: u64, value: Vec<u8>) -> Vec<u8> {
        let Seal::Sealed(cipher) = self else { return value };
        let Some((&tag, payload)) = value.split_first() else { return value };
        let mut nonce = [0u8; NONCE];
        OsRng.fill_bytes(&mut nonce);
        let aad = associated(table, key, tag);
        // Encryption fails only for messages beyond 256 GiB.
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: payload, aad: &aad })
            .unwrap_or_default();
        let mut out = Vec::with_capacity(1 + NONCE + sealed.len());
        out.push(tag);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    /// The value stored in `table` under `key` as it was before sealing (tag, payload).
    pub(crate) fn open<'a>(
        &self,
        table: &'static str,
        key: u64,
        stored: &'a [u8],
    ) -> Result<Cow<'a, [u8]>, DataError> {
        let Seal::Sealed(cipher) = self else { return Ok(Cow::Borrowed(stored)) };
        let Some((&tag, rest)) = stored.split_first() else { return Ok(Cow::Borrowed(stored)) };
        if rest.len() < NONCE {
            return Err(broken(table, key, &crate::t!("store-sealed-short")));
        }
        let (nonce, sealed) = rest.split_at(NONCE);
        let aad = associated(table, key, tag);
        let payload = cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad: &aad })
            .map_err(|_| broken(table, key, &crate::t!("store-sealed-wrong-key")))?;
        let mut out = Vec::with_capacity(1 + payload.len());
        out.push(tag);
        out.extend_from_slice(&payload);
        Ok(Cow::Owned(out))
    }
}

/// The data key wrapped under a key derived from `secret`: salt, Argon2 settings, nonce,
/// sealed key.
fn wrap(secret: &str, data_key: &[u8; 32]) -> Result<Vec<u8>, DataError> {
    let mut salt = [0u8; SALT];
    OsRng.fill_bytes(&mut salt);
    let kek = derive(secret, &salt, ARGON)?;
    let mut nonce = [0u8; NONCE];
    OsRng.fill_bytes(&mut nonce);
    let cipher = XChaCha20Poly1305::new((&*kek).into());
    let sealed = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: data_key, aad: b"carecoop data key" })
        .map_err(|_| DataError::conflict(crate::t!("store-key-not-sealed")))?;
    let mut out = Vec::new();
    out.extend_from_slice(&salt);
    for n in [ARGON.0, ARGON.1, ARGON.2] {
        out.extend_from_slice(&n.to_le_bytes());
    }
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// The data key, if `secret` unwraps `wrapped`.
fn unwrap_key(secret: &str, wrapped: &[u8]) -> Result<Option<Zeroizing<[u8; 32]>>, DataError> {
    let corrupt = || broken(KEYS_NAME, 0, &crate::t!("store-wrapped-key-damaged"));
    if wrapped.len() < SALT + 12 + NONCE + 16 {
        return Err(corrupt());
    }
    let (salt, rest) = wrapped.split_at(SALT);
    let number = |i: usize| u32::from_le_bytes([rest[i], rest[i + 1], rest[i + 2], rest[i + 3]]);
    let params = (number(0), number(4), number(8));
    let (nonce, sealed) = rest[12..].split_at(NONCE);
    let kek = derive(secret, salt, params)?;
    let cipher = XChaCha20Poly1305::new((&*kek).into());
    let Ok(key) =
        cipher.decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad: b"carecoop data key" })
    else {
        return Ok(None);
    };
    let key = Zeroizing::new(key);
    let mut out = Zeroizing::new([0u8; 32]);
    if key.len() != 32 {
        return Err(corrupt());
    }
    out.copy_from_slice(&key);
    Ok(Some(out))
}

fn derive(secret: &str, salt: &[u8], (m, t, p): (u32, u32, u32)) -> Result<Zeroizing<[u8; 32]>, DataError> {
    let params = Params::new(m, t, p, Some(32))
        .map_err(|e| broken(KEYS_NAME, 0, &crate::t!("store-key-settings", error = e.to_string())))?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(secret.as_bytes(), salt, &mut *out)
        .map_err(|e| broken(KEYS_NAME, 0, &crate::t!("store-key-not-derived", error = e.to_string())))?;
    Ok(out)
}

/// A new recovery key: 128 random bits as eight groups of four letters and digits
/// ("K7QM-2XPA-..."), easy to read aloud and type (no 0/O or 1/I).
pub(super) fn new_recovery_key() -> Secret {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = Zeroizing::new([0u8; 32]);
    OsRng.fill_bytes(&mut *bytes);
    let mut out = Zeroizing::new(String::with_capacity(39));
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]));
    }
    out
}

/// A recovery key as typed, in the form it was made: upper case, without spaces or dashes.
fn normal_recovery(typed: &str) -> Secret {
    Zeroizing::new(
        typed.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect(),
    )
}

/// The wrapped keys a file keeps: under the passphrase and under the recovery key.
pub(super) fn wrapped_keys(
    passphrase: &str,
    recovery: &str,
    data_key: &[u8; 32],
) -> Result<Vec<(&'static str, Vec<u8>)>, DataError> {
    Ok(vec![
        (BY_PASSPHRASE, wrap(passphrase, data_key)?),
        (BY_RECOVERY, wrap(&normal_recovery(recovery), data_key)?),
    ])
}

/// The data key wrapped under a new passphrase (the recovery key's stays as it is).
pub(super) fn rewrapped(passphrase: &str, data_key: &[u8; 32]) -> Result<(&'static str, Vec<u8>), DataError> {
    Ok((BY_PASSPHRASE, wrap(passphrase, data_key)?))
}

/// The data key, from `secret` as the passphrase or as the recovery key: `None` when it is
/// neither.
pub(super) fn unlock(
    secret: &str,
    by_passphrase: Option<&[u8]>,
    by_recovery: Option<&[u8]>,
) -> Result<Option<Zeroizing<[u8; 32]>>, DataError> {
    if let Some(wrapped) = by_passphrase
        && let Some(key) = unwrap_key(secret, wrapped)?
    {
        return Ok(Some(key));
    }
    match by_recovery {
        Some(wrapped) => unwrap_key(&normal_recovery(secret), wrapped),
        None => Ok(None),
    }
}

/// The names the wrapped keys are kept under.
pub(super) const WRAPPED: [&str; 2] = [BY_PASSPHRASE, BY_RECOVERY];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_value_opens_only_where_it_was_stored() {
        let seal = Seal::with_key(&Seal::new_key());
        let value = vec![2, b'A', b'g', b'n', b'e', b's'];
        let stored = seal.seal("people", 7, value.clone());
        assert!(!stored.windows(5).any(|w| w == b"Agnes"), "no plain text");
        assert_eq!(stored[0], 2, "the version tag stays readable");
        assert_eq!(seal.open("people", 7, &stored).unwrap().as_ref(), value.as_slice());
        assert!(seal.open("people", 8, &stored).is_err(), "another key");
        assert!(seal.open("members", 7, &stored).is_err(), "another table");
        let mut retagged = stored.clone();
        retagged[0] = 1;
        assert!(seal.open("people", 7, &retagged).is_err(), "another version");
        let other = Seal::with_key(&Seal::new_key());
        assert!(other.open("people", 7, &stored).is_err(), "another file's key");
        assert_eq!(Seal::Plain.open("people", 7, &value).unwrap().as_ref(), value.as_slice());
    }

    #[test]
    fn the_passphrase_or_the_recovery_key_unlocks_nothing_else_does() {
        let key = Seal::new_key();
        let recovery = new_recovery_key();
        assert_eq!(recovery.len(), 39, "{}", *recovery);
        let keys = wrapped_keys("correct horse", &recovery, &key).unwrap();
        let (p, r) = (Some(keys[0].1.as_slice()), Some(keys[1].1.as_slice()));
        assert_eq!(*unlock("correct horse", p, r).unwrap().unwrap(), *key);
        let typed = recovery.to_lowercase().replace('-', " ");
        assert_eq!(*unlock(&typed, p, r).unwrap().unwrap(), *key, "as typed, any case and spacing");
        assert!(unlock("wrong horse", p, r).unwrap().is_none());
        let (_, changed) = rewrapped("new words", &key).unwrap();
        assert_eq!(*unlock("new words", Some(&changed), r).unwrap().unwrap(), *key);
        assert!(unlock("correct horse", Some(&changed), r).unwrap().is_none());
    }
}
