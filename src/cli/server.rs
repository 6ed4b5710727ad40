//! `carecoop server setup|add-user --data postgres://...`: preparing a co-op's team server.

use crate::pg::admin::{self, Role};
use anyhow::{Context, bail};
use std::io::IsTerminal;
use std::path::Path;

fn url(path: &Path) -> anyhow::Result<&str> {
    match path.to_str() {
        Some(url) if crate::backends::is_server(path) => Ok(url),
        _ => bail!("server commands need --data postgres://USER@HOST:PORT/DATABASE (a server, not a file)"),
    }
}

/// Rewrites the tables that hold people's records, so no erased record survives in them.
pub fn scrub(path: &Path) -> anyhow::Result<()> {
    use crate::data::DataStore;
    let mut store = crate::pg::PgStore::open(url(path)?, crate::data::OpenMode::ExistingOnly)?;
    let started = std::time::Instant::now();
    store.scrub().context("the tables could not be rewritten (the tables' owner must run this)")?;
    println!(
        "Rewrote the tables of {} in {:.1} s: nothing erased remains in them.",
        store.who(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Creates the tables and the three group roles with their grants.
pub fn setup(path: &Path) -> anyhow::Result<()> {
    let done = admin::setup(url(path)?)?;
    println!("The co-op's server is ready: {}", done.server);
    if done.created_roles.is_empty() {
        println!(
            "The roles carecoop_coordinator, carecoop_link_worker and carecoop_viewer were already there."
        );
    } else {
        println!("Created the roles {}.", done.created_roles.join(", "));
    }
    println!(
        "Add each person's login with: carecoop server add-user NAME --role coordinator|link_worker|viewer --data URL"
    );
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
        Some(_) => println!("Added {name} as {} with the password given.", role.group()),
        None => println!(
            "Added {name} as {} without a password: it can sign in only where the server trusts peer or certificate authentication.",
            role.group()
        ),
    }
    Ok(())
}

fn ask_password(name: &str) -> anyhow::Result<String> {
    // The terminal shows what is typed; a co-op administrator sets this once, in person.
    eprint!("Password for {name}: ");
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).context("cannot read the password")?;
    let password = line.trim_end_matches(['\r', '\n']).to_string();
    if password.is_empty() {
        bail!("no password was typed; nothing was changed");
    }
    Ok(password)
}
