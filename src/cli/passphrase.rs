//! Passphrases on the command line: `carecoop protect`, `carecoop unprotect`, and unlocking
//! a protected file for any command. A passphrase comes from an environment variable or is
//! typed at a terminal (not shown as it is typed); never from an argument, which other users
//! of the computer could read.

use crate::actions::{Action, apply};
use crate::data::{Protection, Secret};
use crate::t;
use anyhow::{Context, bail};
use std::io::IsTerminal;
use std::path::Path;

/// The secret in environment variable `name`, if it is set and not empty.
pub fn from_env(name: &str) -> Option<Secret> {
    std::env::var(name).ok().filter(|p| !p.is_empty()).map(Secret::new)
}

/// True when a passphrase can be asked for (standard input is a terminal).
pub fn can_ask() -> bool {
    std::io::stdin().is_terminal()
}

/// Asks for a secret on the terminal, without showing what is typed.
pub fn ask(prompt: &str) -> std::io::Result<Secret> {
    rpassword::prompt_password(prompt).map(Secret::new)
}

/// A new passphrase: from `name` in the environment, or typed twice at a terminal.
fn new_passphrase(name: &str) -> anyhow::Result<Secret> {
    if let Some(p) = from_env(name) {
        return Ok(p);
    }
    if !can_ask() {
        bail!("{}", t!("cli-passphrase-give-new", variable = name));
    }
    let first = ask(&t!("cli-passphrase-new")).with_context(|| t!("cli-passphrase-cannot-read"))?;
    let again = ask(&t!("cli-passphrase-again")).with_context(|| t!("cli-passphrase-cannot-read"))?;
    if first != again {
        bail!("{}", t!("cli-passphrase-differ"));
    }
    Ok(first)
}

/// `carecoop protect --data FILE [--change]`.
pub fn protect(path: &Path, change: bool) -> anyhow::Result<()> {
    let mut store = super::open_existing(path)?;
    let today = super::today();
    if change {
        if !store.is_protected() {
            bail!("{}", t!("cli-passphrase-none-yet", location = super::shown(path)));
        }
        let new = new_passphrase("CARECOOP_NEW_PASSPHRASE")?;
        let done = apply(store.as_mut(), Action::Protect(Protection::Change(new)), today)?;
        println!("{}.", done.message);
        return Ok(());
    }
    if store.is_protected() {
        bail!("{}", t!("cli-passphrase-already", location = super::shown(path)));
    }
    let passphrase = new_passphrase("CARECOOP_PASSPHRASE")?;
    let done = apply(store.as_mut(), Action::Protect(Protection::Protect(passphrase)), today)?;
    println!("{}.", done.message);
    if let Some(recovery) = done.shown_once {
        println!();
        println!("{}", t!("cli-passphrase-recovery-key"));
        println!();
        println!("    {}", recovery.expose());
        println!();
        println!("{}", t!("cli-passphrase-recovery-use"));
    }
    Ok(())
}

/// `carecoop unprotect --data FILE`.
pub fn unprotect(path: &Path) -> anyhow::Result<()> {
    let mut store = super::open_existing(path)?;
    if !store.is_protected() {
        bail!("{}", t!("cli-passphrase-none-to-remove", location = super::shown(path)));
    }
    let done = apply(store.as_mut(), Action::Protect(Protection::Remove), super::today())?;
    println!("{}.", done.message);
    Ok(())
}
