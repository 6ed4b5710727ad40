//! The worker thread behind a team window: connects (and reconnects, waiting longer after
//! each failure), loads the co-op into the window's copy, applies actions on the server, and
//! brings the copy up to date after each of its own commits and whenever the server says
//! someone else committed (LISTEN/NOTIFY, with a look every few seconds as a fallback).

use super::replica::Replica;
use super::{Job, LinkState, Outcome, Shared, lock};
use crate::data::{DataError, DataStore, OpenMode};
use crate::pg::PgStore;
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// How often the worker looks for others' commits when no notification came.
const LOOK_EVERY: Duration = Duration::from_secs(5);
/// The longest wait between reconnection attempts.
const MOST_WAIT: Duration = Duration::from_secs(30);

/// The connection and what the window's copy has caught up to.
struct Connected {
    store: PgStore,
    /// The last commit the copy includes (`None`: load it whole).
    upto: Option<i64>,
    /// The store's generation when the copy was last brought up to date.
    heard: u64,
    looked_at: Instant,
}

/// Everything the worker thread owns.
pub(super) struct Worker {
    url: String,
    shared: Arc<Mutex<Shared>>,
    jobs: mpsc::Receiver<Job>,
    outcomes: mpsc::Sender<Outcome>,
    wake: Box<dyn Fn() + Send>,
}

impl Worker {
    pub(super) fn new(
        url: String,
        shared: Arc<Mutex<Shared>>,
        jobs: mpsc::Receiver<Job>,
        outcomes: mpsc::Sender<Outcome>,
        wake: Box<dyn Fn() + Send>,
    ) -> Worker {
        Worker { url, shared, jobs, outcomes, wake }
    }

    fn set_state(&self, state: LinkState) {
        lock(&self.shared).state = state;
        (self.wake)();
    }

    /// Runs until the window drops its link.
    pub(super) fn run(self) {
        let mut link: Option<Connected> = None;
        let mut failures = 0u32;
        let mut next_try = Instant::now();
        let mut ever_connected = false;
        // The last commit the copy holds, kept across reconnections: coming back, the window
        // reads only what changed while it was away.
        let mut known: Option<i64> = None;
        loop {
            if link.is_none() && Instant::now() >= next_try {
                match PgStore::open(&self.url, OpenMode::CreateIfMissing) {
                    Ok(store) => {
                        failures = 0;
                        ever_connected = true;
                        let role = store.role().ok();
                        lock(&self.shared).role = role;
                        // Look for changes at once: others may have committed meanwhile.
                        let looked_at = Instant::now().checked_sub(LOOK_EVERY).unwrap_or_else(Instant::now);
                        link = Some(Connected { store, upto: known, heard: 0, looked_at });
                    }
                    Err(e) if !ever_connected && cannot_work(&e) => {
                        self.set_state(LinkState::Failed(crate::data::error_chain(&e)));
                        return self.refuse_until_closed();
                    }
                    Err(e) => {
                        failures += 1;
                        let wait = Duration::from_secs(1 << failures.min(5)).min(MOST_WAIT);
                        next_try = Instant::now() + wait;
                        self.set_state(LinkState::Lost {
                            error: crate::data::error_chain(&e),
                            retry_at: next_try,
                        });
                    }
                }
            }
            if let Some(connected) = &mut link {
                match self.catch_up(connected) {
                    Ok(()) => self.mark_ready(),
                    Err(e) => known = self.lose(&mut link, &e, &mut next_try),
                }
            }
            let wait = if link.is_some() {
                Duration::from_millis(200)
            } else {
                next_try.saturating_duration_since(Instant::now()).min(Duration::from_millis(500))
            };
            match self.jobs.recv_timeout(wait) {
                Ok(Job::Act(ticket, action, today, lang)) => {
                    crate::i18n::set_current(lang);
                    let result = match &mut link {
                        Some(connected) => apply_retrying(&mut connected.store, *action, today),
                        None => Err(not_connected()),
                    };
                    if let Some(connected) = &mut link {
                        match self.catch_up(connected) {
                            Ok(()) => self.mark_ready(),
                            Err(e) => known = self.lose(&mut link, &e, &mut next_try),
                        }
                    }
                    if self.outcomes.send(Outcome { ticket, result }).is_err() {
                        return;
                    }
                    (self.wake)();
                }
                Ok(Job::RetryNow) => next_try = Instant::now(),
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            }
        }
    }

    /// Brings the copy up to date: whole on first connection, else only what commits since
    /// changed, when the server has said someone committed (or it is time to look anyway).
    fn catch_up(&self, connected: &mut Connected) -> Result<(), DataError> {
        if connected.store.is_closed() {
            return Err(not_connected());
        }
        let Some(upto) = connected.upto else {
            connected.upto = Some(self.load(&connected.store)?);
            connected.heard = connected.store.generation();
            connected.looked_at = Instant::now();
            return Ok(());
        };
        let generation = connected.store.generation();
        if generation == connected.heard && connected.looked_at.elapsed() < LOOK_EVERY {
            return Ok(());
        }
        connected.heard = generation;
        connected.looked_at = Instant::now();
        let Some(replica) = lock(&self.shared).replica.clone() else {
            connected.upto = None;
            return Ok(());
        };
        // Entries are linked into the audit chain just after their commit; link any still
        // waiting, so the copy takes them with the commit that wrote them.
        connected.store.seal_audit().ok();
        let changes = connected.store.changes_since(upto, replica.last_audit_entry()?)?;
        if changes.upto == upto && changes.audit.is_empty() {
            return Ok(());
        }
        match replica.apply(&changes) {
            Ok(()) => connected.upto = Some(changes.upto),
            // The copy could not take them (it should always): read the co-op again.
            Err(_) => connected.upto = None,
        }
        (self.wake)();
        Ok(())
    }

    /// Says the link is ready (after connecting again, say), if it did not already.
    fn mark_ready(&self) {
        let due = {
            let shared = lock(&self.shared);
            shared.state != LinkState::Ready && shared.replica.is_some()
        };
        if due {
            self.set_state(LinkState::Ready);
        }
    }

    /// Reads the whole co-op into a fresh copy and puts it in the window's hands; returns the
    /// last commit it includes.
    fn load(&self, store: &PgStore) -> Result<i64, DataError> {
        let base = lock(&self.shared).replica.as_ref().map_or(0, |r| r.generation() + 1);
        let replica = Replica::empty(store.who(), base)?;
        let mut done = 0u64;
        self.set_state(LinkState::Loading { what: crate::t!("team-w-the-coop"), done });
        let changes = store.everything(&mut |records| {
            replica.load(&records)?;
            done += records.len() as u64;
            self.set_state(LinkState::Loading { what: kind_words(records.kind()), done });
            Ok(())
        })?;
        replica.apply(&changes)?;
        {
            let mut shared = lock(&self.shared);
            shared.replica = Some(Arc::new(replica));
            shared.state = LinkState::Ready;
        }
        (self.wake)();
        Ok(changes.upto)
    }

    /// The connection is gone: say so, keep the copy readable, and try again soon. Returns
    /// the last commit the copy holds.
    fn lose(&self, link: &mut Option<Connected>, error: &DataError, next_try: &mut Instant) -> Option<i64> {
        let known = link.take().and_then(|connected| connected.upto);
        *next_try = Instant::now() + Duration::from_secs(2);
        self.set_state(LinkState::Lost { error: crate::data::error_chain(error), retry_at: *next_try });
        known
    }

    /// After a refusal that retrying cannot cure: answer every action with why, until the
    /// window closes its link.
    fn refuse_until_closed(self) {
        while let Ok(job) = self.jobs.recv() {
            if let Job::Act(ticket, _, _, _) = job {
                let result = Err(DataError::conflict(crate::t!("team-w-server-unusable")));
                if self.outcomes.send(Outcome { ticket, result }).is_err() {
                    return;
                }
            }
        }
    }
}

/// How many times an action that met another's change at the same moment is tried.
const TRIES: u32 = 5;

/// Applies `action`, trying again (after a short, growing pause) while the server says
/// someone else changed the same records at the same moment: the user sees that only if it
/// keeps happening.
fn apply_retrying(
    store: &mut PgStore,
    action: crate::actions::Action,
    today: chrono::NaiveDate,
) -> Result<crate::actions::Done, DataError> {
    let mut tries = 1;
    loop {
        match crate::actions::apply_undoable(store, action.clone(), today) {
            Err(DataError::Contention(_)) if tries < TRIES => {
                std::thread::sleep(Duration::from_millis(5 << tries));
                tries += 1;
            }
            result => return result,
        }
    }
}

/// Errors that another attempt cannot cure: the login, the database, the version.
fn cannot_work(e: &DataError) -> bool {
    matches!(
        e,
        DataError::LoginRefused { .. }
            | DataError::NotCarecoopServer { .. }
            | DataError::NewerSchema { .. }
            | DataError::Invalid(_)
            | DataError::Conflict(_)
    )
}

fn not_connected() -> DataError {
    DataError::conflict(crate::t!("team-w-not-connected"))
}

/// The kind of record being read, as the loading line names it ("members").
fn kind_words(kind: crate::data::RecordKind) -> String {
    use crate::data::RecordKind;
    match kind {
        RecordKind::Member => crate::t!("team-w-kind-members"),
        RecordKind::Activity => crate::t!("team-w-kind-activities"),
        RecordKind::Person => crate::t!("team-w-kind-people"),
        RecordKind::Referral => crate::t!("team-w-kind-referrals"),
        RecordKind::Session => crate::t!("team-w-kind-sessions"),
        RecordKind::Series => crate::t!("team-w-kind-series"),
        RecordKind::Assessment => crate::t!("team-w-kind-assessments"),
        RecordKind::Fund => crate::t!("team-w-kind-funds"),
        RecordKind::Contact => crate::t!("team-w-kind-contacts"),
        RecordKind::Availability => crate::t!("team-w-kind-availability"),
        RecordKind::RegisterEntry => crate::t!("team-w-kind-register-entries"),
        RecordKind::LedgerEntry => crate::t!("team-w-kind-ledger-entries"),
        RecordKind::Meeting => crate::t!("team-w-kind-meetings"),
    }
}
