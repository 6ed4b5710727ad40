//! Passphrases on the command line: `carecoop protect`, `carecoop unprotect`, and unlocking
//! a protected file for any command. A passphrase comes from an environment variable or is
//! typed at a terminal (not shown as it is typed); never from an argument, which other users
//! of the computer could read.

use crate::actions::{Action, apply};
use crate::data::{Protection, Secret};
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
        bail!("give the new passphrase in {name}, or run this at a terminal to type it; nothing was changed");
    }
    let first = ask("New passphrase: ").context("cannot read the passphrase")?;
    let again = ask("The same passphrase again: ").context("cannot read the passphrase")?;
    if first != again {
        bail!("the two passphrases differ; nothing was changed");
    }
    Ok(first)
}

/// `carecoop protect --data FILE [--change]`.
pub fn protect(path: &Path, change: bool) -> anyhow::Result<()> {
    let mut store = super::open_existing(path)?;
    let today = super::today();
    if change {
        if !store.is_protected() {
            bail!("{} has no passphrase yet: run `carecoop protect --data FILE` first", super::shown(path));
        }
        let new = new_passphrase("CARECOOP_NEW_PASSPHRASE")?;
        let done = apply(store.as_mut(), Action::Protect(Protection::Change(new)), today)?;
        println!("{}.", done.message);
        return Ok(());
    }
    if store.is_protected() {
        bail!(
            "{} is already protected: change its passphrase with `carecoop protect --change`",
            super::shown(path)
        );
    }
    let passphrase = new_passphrase("CARECOOP_PASSPHRASE")?;
    let done = apply(store.as_mut(), Action::Protect(Protection::Protect(passphrase)), today)?;
    println!("{}.", done.message);
    if let Some(recovery) = done.shown_once {
        println!();
        println!(
            "Recovery key (shown only now; print it or write it down and keep it apart from the computer):"
        );
        println!();
        println!("    {}", recovery.expose());
        println!();
        println!("It opens the file as the passphrase does, if the passphrase is forgotten.");
    }
    Ok(())
}

/// `carecoop unprotect --data FILE`.
pub fn unprotect(path: &Path) -> anyhow::Result<()> {
    let mut store = super::open_existing(path)?;
    if !store.is_protected() {
        bail!("{} has no passphrase to remove", super::shown(path));
    }
    let done = apply(store.as_mut(), Action::Protect(Protection::Remove), super::today())?;
    println!("{}.", done.message);
    Ok(())
}
