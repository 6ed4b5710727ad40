//! `carecoop server setup|add-user --data postgres://...`: preparing a co-op's team server.

use crate::pg::admin::{self, Role};
use crate::t;
use anyhow::{Context, bail};
use std::io::IsTerminal;
use std::path::Path;

fn url(path: &Path) -> anyhow::Result<&str> {
    match path.to_str() {
        Some(url) if crate::backends::is_server(path) => Ok(url),
        _ => bail!("{}", t!("cli-server-needs-url")),
    }
}

/// Rewrites the tables that hold people's records, so no erased record survives in them.
pub fn scrub(path: &Path) -> anyhow::Result<()> {
    use crate::data::DataStore;
    let mut store = crate::pg::PgStore::open(url(path)?, crate::data::OpenMode::ExistingOnly)?;
    let started = std::time::Instant::now();
    store.scrub().with_context(|| t!("cli-server-scrub-failed"))?;
    println!(
        "{}",
        t!(
            "cli-server-scrubbed",
            server = store.who(),
            seconds = format!("{:.1}", started.elapsed().as_secs_f64())
        )
    );
    Ok(())
}

/// Creates the tables and the three group roles with their grants.
pub fn setup(path: &Path) -> anyhow::Result<()> {
    let done = admin::setup(url(path)?)?;
    println!("{}", t!("cli-server-ready", server = done.server.to_string()));
    if done.created_roles.is_empty() {
        println!("{}", t!("cli-server-roles-existed"));
    } else {
        println!("{}", t!("cli-server-roles-created", roles = done.created_roles.join(", ")));
    }
    println!("{}", t!("cli-server-add-logins"));
    Ok(())
}

/// Creates a login in a role. The password comes from `CARECOOP_NEW_PASSWORD`, or is asked
/// for on a terminal; with neither, the login has no password (peer or certificate
/// authentication), and the command says so.
pub fn add_user(path: &Path, name: &str, role: Role) -> anyhow::Result<()> {
    let url = url(path)?;
    let password = match std::env::var("CARECOOP_NEW_PASSWORD") {
        Ok(p) if !p.is_empty() => Some(p),
        _ if std::io::stdin().is_terminal() => Some(ask_password(name)?),
        _ => None,
    };
    admin::add_user(url, name, role, password.as_deref())?;
    match password {
        Some(_) => println!("{}", t!("cli-server-user-added", name = name, role = role.group())),
        None => println!("{}", t!("cli-server-user-added-no-password", name = name, role = role.group())),
    }
    Ok(())
}

fn ask_password(name: &str) -> anyhow::Result<String> {
    // The terminal shows what is typed; a co-op administrator sets this once, in person.
    eprint!("{}", t!("cli-server-password-for", name = name));
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).with_context(|| t!("cli-server-cannot-read-password"))?;
    let password = line.trim_end_matches(['\r', '\n']).to_string();
    if password.is_empty() {
        bail!("{}", t!("cli-server-no-password-typed"));
    }
    Ok(password)
}
