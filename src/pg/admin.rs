//! Setting up a co-op's server: the tables, three group roles with their grants, and logins.
//!
//! - `carecoop_coordinator`: reads and changes everything.
//! - `carecoop_link_worker`: reads everything; changes everything but settings and funds
//!   (members' pay follows from sessions and rates, which a coordinator keeps).
//! - `carecoop_viewer`: reads only.
//!
//! Every login may add to the audit trail (viewing a person is recorded too) and none may
//! change or remove an entry; only coordinators read it.

use super::PgStore;
use super::schema::{COORDINATOR_ONLY, TABLES};
use crate::data::{DataError, OpenMode};

/// The three group roles, as `carecoop server add-user --role` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Everything.
    Coordinator,
    /// Everything but settings and funds.
    LinkWorker,
    /// Read only.
    Viewer,
}

impl Role {
    /// The group role on the server.
    pub fn group(self) -> &'static str {
        match self {
            Role::Coordinator => "carecoop_coordinator",
            Role::LinkWorker => "carecoop_link_worker",
            Role::Viewer => "carecoop_viewer",
        }
    }
}

/// What `server setup` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setup {
    /// "user@host:port/database".
    pub server: String,
    /// The group roles that were created (the others existed already).
    pub created_roles: Vec<&'static str>,
}

/// Creates (or upgrades) the tables and the three group roles, and grants each what it may
/// do. Run by an administrator; running it again changes nothing that is already right.
pub fn setup(url: &str) -> Result<Setup, DataError> {
    let store = PgStore::open(url, OpenMode::CreateIfMissing)?;
    let user = store.address.user.clone();
    let mut client = store.client()?;
    let err = |e| super::rows::sql_error(e, &user);
    let mut created_roles = Vec::new();
    for role in [Role::Coordinator, Role::LinkWorker, Role::Viewer] {
        let exists = client
            .query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&role.group()])
            .map_err(err)?
            .is_some();
        if !exists {
            client.batch_execute(&format!("CREATE ROLE {} NOLOGIN", role.group())).map_err(err)?;
            created_roles.push(role.group());
        }
    }
    let all = TABLES.join(", ");
    let writable: Vec<&str> = TABLES.iter().copied().filter(|t| !COORDINATOR_ONLY.contains(t)).collect();
    let sql = format!(
        "GRANT USAGE ON SCHEMA {schema} TO carecoop_coordinator, carecoop_link_worker, carecoop_viewer;
         GRANT SELECT ON {all} TO carecoop_coordinator, carecoop_link_worker, carecoop_viewer;
         GRANT INSERT, UPDATE, DELETE ON {all} TO carecoop_coordinator;
         GRANT INSERT, UPDATE, DELETE ON {writable} TO carecoop_link_worker;
         GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO carecoop_coordinator, carecoop_link_worker;
         GRANT INSERT ON carecoop_audit, carecoop_commits TO carecoop_coordinator, carecoop_link_worker, carecoop_viewer;
         GRANT USAGE ON SEQUENCE carecoop_audit_seq_seq, carecoop_commits_seq_seq TO carecoop_viewer;
         REVOKE UPDATE, DELETE, TRUNCATE ON carecoop_audit FROM carecoop_coordinator, carecoop_link_worker, carecoop_viewer;
         GRANT SELECT ON carecoop_audit TO carecoop_coordinator;",
        schema = current_schema(&mut client, &user)?,
        writable = writable.join(", "),
    );
    client.batch_execute(&sql).map_err(err)?;
    Ok(Setup { server: store.address.display.clone(), created_roles })
}

fn current_schema(client: &mut postgres::Client, user: &str) -> Result<String, DataError> {
    let row = client
        .query_one("SELECT quote_ident(current_schema())", &[])
        .map_err(|e| super::rows::sql_error(e, user))?;
    row.try_get(0).map_err(|e| super::rows::sql_error(e, user))
}

/// Creates a login `name` in `role`'s group. With a password, the login uses it; without
/// one (servers using peer or certificate authentication), the login has none.
pub fn add_user(url: &str, name: &str, role: Role, password: Option<&str>) -> Result<(), DataError> {
    let store = PgStore::open(url, OpenMode::ExistingOnly)?;
    let user = store.address.user.clone();
    let mut client = store.client()?;
    let err = |e| super::rows::sql_error(e, &user);
    // CREATE ROLE takes no parameters: let the server quote the name and the password.
    let sql: String = match password {
        Some(p) => client
            .query_one(
                "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', $1::text, $2::text, $3::text)",
                &[&name, &p, &role.group()],
            )
            .map_err(err)?
            .try_get(0)
            .map_err(err)?,
        None => client
            .query_one(
                "SELECT format('CREATE ROLE %I LOGIN IN ROLE %I', $1::text, $2::text)",
                &[&name, &role.group()],
            )
            .map_err(err)?
            .try_get(0)
            .map_err(err)?,
    };
    client.batch_execute(&sql).map_err(err)
}

impl PgStore {
    /// What the signed-in login may do, read from its privileges on the tables (a server's
    /// owner or administrator counts as a coordinator).
    pub fn role(&self) -> Result<Role, DataError> {
        let user = self.address.user.clone();
        let row = self
            .client()?
            .query_one(
                "SELECT has_table_privilege('people', 'INSERT'), has_table_privilege('settings', 'UPDATE')",
                &[],
            )
            .map_err(|e| super::rows::sql_error(e, &user))?;
        Ok(match (row.get::<_, bool>(0), row.get::<_, bool>(1)) {
            (_, true) => Role::Coordinator,
            (true, false) => Role::LinkWorker,
            (false, false) => Role::Viewer,
        })
    }
}
