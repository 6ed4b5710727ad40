//! The window's link to the co-op's server (team mode). The egui thread never waits for the
//! network: a worker thread owns the server connection ([`crate::pg::PgStore`]), applies
//! the user's actions there, and keeps a copy of the co-op in memory
//! ([`crate::store::RedbStore::in_memory`]) up to date with every commit anyone makes
//! (reading only what changed, [`crate::pg::Changes`]). Views read that copy exactly as they
//! read a file, so a frame costs what it costs on the file backend.
//!
//! The window asks with [`TeamLink::submit`] and hears back with [`TeamLink::outcomes`];
//! [`TeamLink::state`] says whether the copy is loading, ready, or the connection is lost
//! (the copy stays readable while the worker reconnects).

mod replica;
mod worker;

use crate::actions::{Action, Done};
use crate::data::DataError;
pub use crate::pg::admin::Role;
pub use replica::Replica;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, PoisonError};

/// How the link stands.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkState {
    /// Connecting to the server for the first time.
    Connecting,
    /// Reading the co-op into this window: `done` records so far, now of kind `what`.
    Loading {
        /// The kind being read ("people").
        what: String,
        /// Records read so far, of all kinds.
        done: u64,
    },
    /// Connected, and the copy is up to date within a second or two.
    Ready,
    /// The connection was lost; the copy stays readable, changes wait, and the worker tries
    /// again at `retry_at`.
    Lost {
        /// What went wrong.
        error: String,
        /// When the next attempt is made.
        retry_at: std::time::Instant,
    },
    /// The server cannot be used at all (wrong password, not a carecoop database, a newer
    /// schema): nothing was changed.
    Failed(String),
}

/// What the window shares with the worker.
pub(crate) struct Shared {
    state: LinkState,
    replica: Option<Arc<Replica>>,
    role: Option<Role>,
}

/// A request for the worker.
pub(crate) enum Job {
    /// Apply an action on the server (`today` dates it; its messages in the language given,
    /// the window's when it was sent).
    Act(u64, Box<Action>, chrono::NaiveDate, crate::i18n::Lang),
    /// Try to reconnect now, without waiting for the next attempt.
    RetryNow,
}

/// The result of one submitted action.
#[derive(Debug)]
pub struct Outcome {
    /// The number [`TeamLink::submit`] gave it.
    pub ticket: u64,
    /// What it did, or why nothing was saved.
    pub result: Result<Done, DataError>,
}

/// A window's open link to the co-op's server.
pub struct TeamLink {
    shared: Arc<Mutex<Shared>>,
    jobs: mpsc::Sender<Job>,
    outcomes: mpsc::Receiver<Outcome>,
    next_ticket: u64,
    display: String,
}

impl TeamLink {
    /// Starts connecting to the server at `url` (without waiting: see [`Self::state`]).
    /// `wake` is called from the worker whenever there is something new to draw.
    pub fn open(url: &str, wake: impl Fn() + Send + 'static) -> TeamLink {
        let shared = Arc::new(Mutex::new(Shared { state: LinkState::Connecting, replica: None, role: None }));
        let (jobs, job_rx) = mpsc::channel();
        let (outcome_tx, outcomes) = mpsc::channel();
        let display = crate::pg::connect::redact(url);
        let worker = worker::Worker::new(url.to_string(), shared.clone(), job_rx, outcome_tx, Box::new(wake));
        // The worker's messages (progress, refusals) read in the window's language.
        let lang = crate::i18n::current();
        let spawned = std::thread::Builder::new().name("carecoop-server".into()).spawn(move || {
            crate::i18n::set_current(lang);
            worker.run()
        });
        if let Err(e) = spawned {
            lock(&shared).state = LinkState::Failed(crate::t!("team-w-not-started", error = e.to_string()));
        }
        TeamLink { shared, jobs, outcomes, next_ticket: 1, display }
    }

    /// How the link stands now.
    pub fn state(&self) -> LinkState {
        lock(&self.shared).state.clone()
    }

    /// The window's copy of the co-op to read (`None` until the first load finishes).
    pub fn replica(&self) -> Option<Arc<Replica>> {
        lock(&self.shared).replica.clone()
    }

    /// What the signed-in login may do (`None` until connected).
    pub fn role(&self) -> Option<Role> {
        lock(&self.shared).role
    }

    /// The server, without any password: "user@host:port/database".
    pub fn display(&self) -> &str {
        &self.display
    }

    /// Sends `action` to the server; its [`Outcome`] carries the returned ticket.
    pub fn submit(&mut self, action: Action, today: chrono::NaiveDate) -> u64 {
        let ticket = self.next_ticket;
        self.next_ticket += 1;
        if self.jobs.send(Job::Act(ticket, Box::new(action), today, crate::i18n::current())).is_err() {
            lock(&self.shared).state = LinkState::Failed(crate::t!("team-w-stopped"));
        }
        ticket
    }

    /// Outcomes of submitted actions that arrived since the last call.
    pub fn outcomes(&self) -> Vec<Outcome> {
        self.outcomes.try_iter().collect()
    }

    /// Asks the worker to reconnect now rather than at its next attempt.
    pub fn retry_now(&self) {
        self.jobs.send(Job::RetryNow).ok();
    }
}

impl std::fmt::Debug for TeamLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TeamLink").field("server", &self.display).finish_non_exhaustive()
    }
}

/// The shared state, even after a panic on the other side (it holds no invariant a panic
/// could break half way).
pub(crate) fn lock(shared: &Mutex<Shared>) -> std::sync::MutexGuard<'_, Shared> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}
