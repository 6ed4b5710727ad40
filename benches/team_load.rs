//! Team-mode load test: 16 link workers, each on their own connection to the co-op's
//! PostgreSQL server, make 500 actions each at the same time — booking people into group
//! sessions (racing each other for the last places), recording attendance and moving referrals
//! through their statuses. It reports throughput and latency (p50, p99, max), then reads the
//! database back and fails unless no successful write was lost and every refused write was a
//! real conflict with another writer.
//!
//! ```sh
//! CARECOOP_TEST_PG=postgres://USER@HOST:PORT/DB cargo bench --bench team_load
//! ```
//!
//! The URL is an administrator's: a fresh database is created beside it for the run and dropped
//! at the end. Optional: `TEAM_LOAD_WRITERS` (16), `TEAM_LOAD_ACTIONS` (500 per writer) and
//! `TEAM_LOAD_SCALE` (`small`; `medium`, or `none` for no background co-op) — the generated
//! co-op the workload runs beside, so the server's tables have realistic sizes.
//!
//! How the workload is made checkable:
//! - **Bookings** (`BookSuggestion` joining a group session): every writer walks the same list of
//!   group sessions, reads the next few (as the matching view does) and books one of its own
//!   waiting referrals into one that had room. All writers move through the list together, so
//!   they race for the same last places. Each referral and person belongs to one writer.
//! - **Attendance** (`RecordAttendance`): each writer owns a few past sessions and nobody else
//!   writes them, so the last attendance saved must be what is stored.
//! - **Status changes** (`ChangeReferralStatus`): each writer owns some referrals, and all
//!   writers share a few. Every change carries a unique note, so each referral's history must
//!   hold exactly the successful changes, in each writer's order.
//!
//! A refusal counts as a real conflict only when the final state proves another writer caused
//! it: a "now full" session is full and holds another writer's booking; an "already <status>"
//! referral was moved to that status by another writer; a "changed at the same moment"
//! (serialization failure, retried here) touched a record another writer also writes.

use carecoop::actions::{Action, apply};
use carecoop::data::{DataError, DataStore, OpenMode, ReadsExt, TransactionExt, WriteExt};
use carecoop::domain::person::person_ref;
use carecoop::domain::planning::Suggestion;
use carecoop::domain::{
    Activity, ActivityId, Attendance, Format, Member, MemberId, Money, Participant, Payer, Person, PersonId,
    PriceUnit, Referral, ReferralId, ReferralSource, ReferralStatus, Session, SessionId,
};
use carecoop::generate::Scale;
use carecoop::pg::PgStore;
use chrono::{Days, NaiveDate, NaiveTime};
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

/// Places in each group session of the booking pool.
const CAPACITY: u16 = 8;
/// How many sessions ahead a writer looks for room (they all look at the same ones).
const WINDOW: usize = 4;
/// Members delivering the pool's sessions (each at most once per time slot).
const POOL_MEMBERS: usize = 10;
/// Time slots per day in the pool (09:00, 11:00, 13:00, 15:00; 90 minutes each).
const SLOTS: usize = 4;
/// Of every 100 actions: bookings, then attendance; the rest are status changes.
const BOOK_PCT: usize = 40;
const ATTEND_PCT: usize = 30;
/// Of the status changes, the share made on referrals every writer shares.
const SHARED_STATUS_PCT: usize = 25;
/// Referrals whose status only one writer changes, per writer.
const OWN_STATUS_REFERRALS: usize = 12;
/// Referrals whose status every writer changes.
const SHARED_REFERRALS: usize = 6;
/// Past sessions whose attendance only one writer records, per writer, and people in each.
const ATTENDANCE_SESSIONS: usize = 8;
const PEOPLE_PER_ATTENDANCE: usize = 6;
/// Tries per action when the server reports a serialization failure (then it is given up).
const MAX_ATTEMPTS: u32 = 25;
/// The words of the refusals this workload can meet (see src/actions and src/pg).
const FULL: &str = "the session is now full";
const ALREADY: &str = "the referral is already";

fn main() {
    let Some(admin) = std::env::var("CARECOOP_TEST_PG").ok().filter(|u| !u.is_empty()) else {
        println!("team_load skipped: set CARECOOP_TEST_PG=postgres://USER@HOST:PORT/DB");
        return;
    };
    let config = Config::from_env();
    let today = chrono::Local::now().date_naive();
    let db = Database::create(&admin);
    println!(
        "team_load: {} writers x {} actions on a fresh database {} (background co-op: {})",
        config.writers, config.actions, db.name, config.scale_name
    );

    let started = Instant::now();
    let seed = {
        let mut store = PgStore::open(&db.url, OpenMode::CreateIfMissing)
            .unwrap_or_else(|e| panic!("cannot open the fresh database: {}", chain(&e)));
        if let Some(scale) = config.scale {
            carecoop::generate::generate(&store, scale, today, |_, _, _| {})
                .unwrap_or_else(|e| panic!("generating the background co-op failed: {}", chain(&e)));
        }
        seed(&mut store, &config, today)
    };
    println!(
        "seeded in {:.1} s: {} group sessions of {CAPACITY} places ({} taken), {} waiting referrals to book, \
         {} owned + {} shared referrals for status changes, {} sessions for attendance",
        started.elapsed().as_secs_f64(),
        seed.pool.len(),
        seed.pool.iter().map(|s| s.prefill.len()).sum::<usize>(),
        seed.writers.iter().map(|w| w.book.len()).sum::<usize>(),
        seed.writers.iter().map(|w| w.status.len()).sum::<usize>(),
        seed.shared.len(),
        seed.writers.iter().map(|w| w.attendance.len()).sum::<usize>(),
    );

    // Every writer connects first, then all start together.
    let barrier = Arc::new(Barrier::new(config.writers + 1));
    let (results, wall) = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..config.writers)
            .map(|w| {
                let (barrier, url, seed, config) = (barrier.clone(), db.url.as_str(), &seed, &config);
                scope.spawn(move || {
                    let store = PgStore::open(url, OpenMode::ExistingOnly);
                    barrier.wait();
                    let store = store.map_err(|e| format!("writer {w} could not connect: {}", chain(&e)))?;
                    Writer::new(w, store, seed, today).run(config.actions)
                })
            })
            .collect();
        barrier.wait();
        let start = Instant::now();
        let results: Vec<Result<Ledger, String>> = handles
            .into_iter()
            .enumerate()
            .map(|(w, h)| h.join().unwrap_or_else(|_| Err(format!("writer {w} panicked"))))
            .collect();
        (results, start.elapsed())
    });
    let mut ledgers = Vec::new();
    for result in results {
        match result {
            Ok(ledger) => ledgers.push(ledger),
            Err(why) => panic!("team_load failed: {why}"),
        }
    }

    let store = PgStore::open(&db.url, OpenMode::ExistingOnly)
        .unwrap_or_else(|e| panic!("cannot reopen the database to check it: {}", chain(&e)));
    let verdict = verify(&store, &seed, &ledgers);
    let healthy = report(&config, &ledgers, wall, &verdict);
    drop(store);
    drop(db);
    assert!(healthy, "team_load: the final state does not match what the writers were told (see above)");
}

/// The run's size, from the environment.
struct Config {
    writers: usize,
    actions: usize,
    scale: Option<Scale>,
    scale_name: String,
}

impl Config {
    fn from_env() -> Config {
        let number = |name: &str, default: usize| match std::env::var(name) {
            Ok(v) => v
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .unwrap_or_else(|| panic!("{name}={v} is not a positive whole number")),
            Err(_) => default,
        };
        let scale_name = std::env::var("TEAM_LOAD_SCALE").unwrap_or_else(|_| "small".into());
        let scale = match scale_name.as_str() {
            "none" => None,
            name => Some(
                Scale::named(name)
                    .unwrap_or_else(|| panic!("TEAM_LOAD_SCALE={name} is not small, medium, large or none")),
            ),
        };
        Config {
            writers: number("TEAM_LOAD_WRITERS", 16),
            actions: number("TEAM_LOAD_ACTIONS", 500),
            scale,
            scale_name,
        }
    }
}

/// A database made for this run on the server, dropped when the run ends (or panics).
struct Database {
    admin: String,
    name: String,
    url: String,
}

impl Database {
    fn create(admin: &str) -> Database {
        let name = format!("carecoop_load_{}", std::process::id());
        let mut client = postgres::Client::connect(admin, postgres::NoTls).unwrap_or_else(|e| {
            panic!("cannot connect to CARECOOP_TEST_PG as an administrator: {}", chain(&e))
        });
        // Two statements: neither may run inside a transaction block.
        for sql in [format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"), format!("CREATE DATABASE {name}")]
        {
            client
                .batch_execute(&sql)
                .unwrap_or_else(|e| panic!("cannot create the database {name}: {}", chain(&e)));
        }
        let url = with_database(admin, &name);
        Database { admin: admin.to_string(), name, url }
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        match postgres::Client::connect(&self.admin, postgres::NoTls)
            .and_then(|mut c| c.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name)))
        {
            Ok(()) => {}
            Err(e) => eprintln!("team_load: could not drop the database {}: {}", self.name, chain(&e)),
        }
    }
}

/// `url` with its database replaced by `name`.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let server = base.rsplit_once('/').map_or(base, |(s, _)| s);
    match query {
        Some(q) => format!("{server}/{name}?{q}"),
        None => format!("{server}/{name}"),
    }
}

/// An error and its causes, on one line.
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

// ---------------------------------------------------------------------------------------------
// The seed

/// A group session of the booking pool, as seeded.
struct PoolSession {
    id: SessionId,
    member: MemberId,
    date: NaiveDate,
    start: NaiveTime,
    prefill: Vec<PersonId>,
}

/// What one writer owns.
struct WriterSeed {
    /// Waiting referrals to book, with their person.
    book: Vec<(ReferralId, PersonId)>,
    /// Referrals only this writer moves, each starting as New.
    status: Vec<ReferralId>,
    /// Sessions only this writer records attendance for, with their places as seeded.
    attendance: Vec<(SessionId, Vec<Participant>)>,
}

struct Seed {
    activity: ActivityId,
    /// The same order for every writer, so they race for the same places.
    pool: Vec<PoolSession>,
    /// Referrals every writer moves, each starting as New.
    shared: Vec<ReferralId>,
    writers: Vec<WriterSeed>,
}

fn at(hour: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, 0, 0).expect("a time of day")
}

fn place(person: PersonId) -> Participant {
    Participant { person, payer: Payer::SelfFunded, attendance: Attendance::Expected, note: String::new() }
}

/// Writes the workload's records: an activity, members, the booking pool, and each writer's
/// people, referrals and sessions.
fn seed(store: &mut PgStore, config: &Config, today: NaiveDate) -> Seed {
    let fail = |what: &str, e: DataError| -> ! { panic!("seeding {what} failed: {}", chain(&e)) };
    let mut next_ref = 1_000_000u64;
    let mut new_person = |name: String| {
        next_ref += 1;
        Person::new(&person_ref(next_ref), &name)
    };
    let received = today - Days::new(10);

    let (activity, members, attendance_member) = store
        .write(|tx| {
            let mut activity = Activity {
                id: ActivityId::NEW,
                name: "Load test walking group".into(),
                category: "Outdoors".into(),
                format: Format::Group,
                capacity: CAPACITY,
                venue: "The square".into(),
                village: "Aberfeldy".into(),
                default_minutes: 90,
                price: Money(800),
                price_unit: PriceUnit::PerPerson,
                archived: false,
            };
            tx.put(&mut activity)?;
            let mut members = Vec::new();
            for m in 0..POOL_MEMBERS {
                members.push(tx.put(&mut Member::named(&format!("Load member {}", m + 1)))?);
            }
            let attendance_member = tx.put(&mut Member::named("Load attendance member"))?;
            tx.mark_set_up()?;
            Ok((activity.id, members, attendance_member))
        })
        .unwrap_or_else(|e| fail("the activity and members", e));

    // Enough places that the pool outlasts the bookings: about a quarter more than could be asked.
    let bookings = config.writers * config.actions * BOOK_PCT / 100;
    let pool_size = (bookings * 5 / 4).div_ceil(usize::from(CAPACITY) - 1).max(WINDOW);
    let per_day = POOL_MEMBERS * SLOTS;
    let mut pool = Vec::with_capacity(pool_size);
    for chunk in (0..pool_size).collect::<Vec<_>>().chunks(100) {
        let made = store
            .write(|tx| {
                let mut made = Vec::new();
                for &i in chunk {
                    let date = today + Days::new(30 + (i / per_day) as u64);
                    let start = at(9 + 2 * ((i % per_day) / POOL_MEMBERS) as u32);
                    let member = members[i % POOL_MEMBERS];
                    // Regulars already booked: 0, 1 or 2, each in this session only.
                    let mut prefill = Vec::new();
                    for k in 0..i % 3 {
                        prefill.push(tx.put(&mut new_person(format!("Regular {i}-{k}")))?);
                    }
                    let mut session = Session {
                        id: SessionId::NEW,
                        series: None,
                        activity,
                        members: vec![member],
                        date,
                        start,
                        minutes: 90,
                        venue: "The square".into(),
                        participants: prefill.iter().map(|p| place(*p)).collect(),
                        capacity: None,
                        notes: String::new(),
                        cancelled: false,
                    };
                    let id = tx.put(&mut session)?;
                    made.push(PoolSession { id, member, date, start, prefill });
                }
                Ok(made)
            })
            .unwrap_or_else(|e| fail("the group sessions", e));
        pool.extend(made);
    }

    let referral = |person: PersonId, worker: &str| {
        let mut r = Referral::new(person, received, ReferralSource::Gp);
        r.link_worker = worker.to_string();
        r.activities = vec![activity];
        r
    };
    let shared = store
        .write(|tx| {
            let mut shared = Vec::new();
            for k in 0..SHARED_REFERRALS {
                let person = tx.put(&mut new_person(format!("Shared {k}")))?;
                shared.push(tx.put(&mut referral(person, "Everyone"))?);
            }
            Ok(shared)
        })
        .unwrap_or_else(|e| fail("the shared referrals", e));

    // A writer books at most about BOOK_PCT of its actions (plus fallbacks never exceed that).
    let to_book = config.actions * BOOK_PCT / 100 + config.actions / 20 + 10;
    let mut writers = Vec::with_capacity(config.writers);
    for w in 0..config.writers {
        let worker = format!("Writer {w}");
        let owned = store
            .write(|tx| {
                let mut book = Vec::new();
                for k in 0..to_book {
                    let person = tx.put(&mut new_person(format!("Waiting {w}-{k}")))?;
                    book.push((tx.put(&mut referral(person, &worker))?, person));
                }
                let mut status = Vec::new();
                for k in 0..OWN_STATUS_REFERRALS {
                    let person = tx.put(&mut new_person(format!("Moving {w}-{k}")))?;
                    status.push(tx.put(&mut referral(person, &worker))?);
                }
                let mut attendance = Vec::new();
                for k in 0..ATTENDANCE_SESSIONS {
                    let mut places = Vec::new();
                    for j in 0..PEOPLE_PER_ATTENDANCE {
                        places.push(place(tx.put(&mut new_person(format!("Attending {w}-{k}-{j}")))?));
                    }
                    let mut session = Session {
                        id: SessionId::NEW,
                        series: None,
                        activity,
                        members: vec![attendance_member],
                        date: today - Days::new(1 + w as u64),
                        start: at(9 + k as u32),
                        minutes: 60,
                        venue: "The hall".into(),
                        participants: places.clone(),
                        capacity: Some(PEOPLE_PER_ATTENDANCE as u16),
                        notes: String::new(),
                        cancelled: false,
                    };
                    attendance.push((tx.put(&mut session)?, places));
                }
                Ok(WriterSeed { book, status, attendance })
            })
            .unwrap_or_else(|e| fail("a writer's people and referrals", e));
        writers.push(owned);
    }
    Seed { activity, pool, shared, writers }
}

// ---------------------------------------------------------------------------------------------
// The writers

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Booking,
    Attendance,
    OwnStatus,
    SharedStatus,
}

impl Kind {
    const ALL: [Kind; 4] = [Kind::Booking, Kind::Attendance, Kind::OwnStatus, Kind::SharedStatus];

    fn label(self) -> &'static str {
        match self {
            Kind::Booking => "booking (join a group session)",
            Kind::Attendance => "attendance",
            Kind::OwnStatus => "status change, own referral",
            Kind::SharedStatus => "status change, shared referral",
        }
    }

    /// Whether other writers write the same records (so a serialization failure is real).
    fn contended(self) -> bool {
        matches!(self, Kind::Booking | Kind::SharedStatus)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Refusal {
    /// The last place went to someone else between reading the session and booking.
    Full,
    /// Someone else moved the referral to that status between reading it and changing it.
    Already,
    /// Serialization failures every time, MAX_ATTEMPTS times.
    GaveUp,
}

impl Refusal {
    fn label(self) -> &'static str {
        match self {
            Refusal::Full => "session now full (its last place went to another writer)",
            Refusal::Already => "referral already in that status (another writer moved it)",
            Refusal::GaveUp => "serialization failure on every retry (given up)",
        }
    }
}

/// One action as the writer saw it.
struct Sample {
    kind: Kind,
    /// From the first try to the final answer, retries included.
    latency: Duration,
    /// Tries (more than one after serialization failures).
    attempts: u32,
    refused: Option<Refusal>,
}

/// What a writer was told.
#[derive(Default)]
struct Ledger {
    writer: usize,
    samples: Vec<Sample>,
    /// Successful bookings: referral, person, session.
    booked: Vec<(ReferralId, PersonId, SessionId)>,
    /// Sessions a booking was refused as full.
    refused_full: Vec<SessionId>,
    /// Successful status changes per referral, in order: (status, note).
    changes: HashMap<ReferralId, Vec<(ReferralStatus, String)>>,
    /// Status changes refused as "already": referral and status asked for.
    refused_already: Vec<(ReferralId, ReferralStatus)>,
    /// The last attendance saved per session.
    attendance: HashMap<SessionId, Vec<Participant>>,
    /// How many times each session's attendance was saved.
    attendance_saves: HashMap<SessionId, usize>,
    /// Reads before actions (the pool window, a shared referral).
    reads: usize,
}

struct Writer<'a> {
    id: usize,
    store: PgStore,
    seed: &'a Seed,
    today: NaiveDate,
    rng: SmallRng,
    /// Referrals still to book (taken from the end).
    waiting: Vec<(ReferralId, PersonId)>,
    /// Pool sessions seen full.
    full: Vec<bool>,
    /// The first pool session not seen full.
    cursor: usize,
    /// Own referrals' current status, as this writer left them.
    own_status: Vec<ReferralStatus>,
    ledger: Ledger,
}

impl<'a> Writer<'a> {
    fn new(id: usize, store: PgStore, seed: &'a Seed, today: NaiveDate) -> Writer<'a> {
        let mine = &seed.writers[id];
        let mut waiting = mine.book.clone();
        waiting.reverse();
        Writer {
            id,
            store,
            seed,
            today,
            rng: SmallRng::seed_from_u64(0x7ea_4000 + id as u64),
            waiting,
            full: vec![false; seed.pool.len()],
            cursor: 0,
            own_status: vec![ReferralStatus::New; mine.status.len()],
            ledger: Ledger { writer: id, ..Ledger::default() },
        }
    }

    fn run(mut self, actions: usize) -> Result<Ledger, String> {
        for n in 0..actions {
            let roll = self.rng.random_range(0..100);
            let note = format!("w{} #{n}", self.id);
            if roll < BOOK_PCT && self.book()? {
                continue;
            }
            if (BOOK_PCT..BOOK_PCT + ATTEND_PCT).contains(&roll) {
                self.attend(&note)?;
            } else if self.rng.random_range(0..100) < SHARED_STATUS_PCT {
                self.shared_status(&note)?;
            } else {
                self.own_status(&note)?;
            }
        }
        Ok(self.ledger)
    }

    /// Applies `action`, trying again after serialization failures; the answer, how many tries
    /// and how long from the first try to the answer.
    fn apply(&mut self, action: &Action) -> (Result<(), DataError>, u32, Duration) {
        let start = Instant::now();
        let mut attempts = 0;
        loop {
            attempts += 1;
            match apply(&mut self.store, action.clone(), self.today) {
                Err(e) if is_serialization(&e) && attempts < MAX_ATTEMPTS => continue,
                result => return (result.map(drop), attempts, start.elapsed()),
            }
        }
    }

    fn unexpected(&self, what: &str, e: &DataError) -> String {
        format!("writer {}: {what} failed with an error that is not a conflict: {}", self.id, chain(e))
    }

    fn record(&mut self, kind: Kind, latency: Duration, attempts: u32, refused: Option<Refusal>) {
        self.ledger.samples.push(Sample { kind, latency, attempts, refused });
    }

    /// The first pool sessions not seen full: reads them and picks one with room, as a link
    /// worker's suggestions come from what was booked when they were worked out.
    fn pick_session(&mut self) -> Result<Option<usize>, String> {
        loop {
            while self.cursor < self.full.len() && self.full[self.cursor] {
                self.cursor += 1;
            }
            let window: Vec<usize> =
                (self.cursor..self.full.len()).filter(|i| !self.full[*i]).take(WINDOW).collect();
            if window.is_empty() {
                return Ok(None);
            }
            let ids: Vec<SessionId> = window.iter().map(|i| self.seed.pool[*i].id).collect();
            self.ledger.reads += 1;
            let sessions: HashMap<SessionId, Session> = self
                .store
                .get_many::<Session>(&ids)
                .map_err(|e| self.unexpected("reading the group sessions", &e))?
                .into_iter()
                .map(|s| (s.id, s))
                .collect();
            let mut room = Vec::new();
            for i in window {
                let session = sessions.get(&self.seed.pool[i].id).ok_or_else(|| {
                    format!("writer {}: group session {} has disappeared", self.id, self.seed.pool[i].id)
                })?;
                if booked(session) < usize::from(session.capacity.unwrap_or(CAPACITY)) {
                    room.push(i);
                } else {
                    self.full[i] = true;
                }
            }
            if !room.is_empty() {
                return Ok(Some(room[self.rng.random_range(0..room.len())]));
            }
        }
    }

    /// Books the next waiting referral; false when there is nothing (left) to book.
    fn book(&mut self) -> Result<bool, String> {
        let Some(&(referral, person)) = self.waiting.last() else { return Ok(false) };
        let Some(i) = self.pick_session()? else { return Ok(false) };
        let target = &self.seed.pool[i];
        let suggestion = Suggestion {
            activity: self.seed.activity,
            member: target.member,
            start: target.date.and_time(target.start),
            minutes: 90,
            join: Some(target.id),
            score: 0,
            reasons: Vec::new(),
            cost: Money(800),
        };
        let session = target.id;
        let (result, attempts, latency) = self.apply(&Action::BookSuggestion(referral, Box::new(suggestion)));
        let refused = match result {
            Ok(()) => {
                self.waiting.pop();
                self.ledger.booked.push((referral, person, session));
                None
            }
            Err(e) if is_refusal(&e, FULL) => {
                self.full[i] = true;
                self.ledger.refused_full.push(session);
                Some(Refusal::Full)
            }
            Err(e) if is_serialization(&e) => Some(Refusal::GaveUp),
            Err(e) => return Err(self.unexpected(&format!("booking referral {referral} into {session}"), &e)),
        };
        self.record(Kind::Booking, latency, attempts, refused);
        Ok(true)
    }

    /// Records attendance for one of this writer's sessions; every place gets this action's note.
    fn attend(&mut self, note: &str) -> Result<(), String> {
        let mine = &self.seed.writers[self.id].attendance;
        let (session, seeded) = &mine[self.rng.random_range(0..mine.len())];
        let session = *session;
        let current = self.ledger.attendance.get(&session).unwrap_or(seeded).clone();
        let marks = [
            Attendance::Attended,
            Attendance::DidNotAttend,
            Attendance::CancelledByPerson,
            Attendance::CancelledByMember,
            Attendance::Expected,
        ];
        let places: Vec<Participant> = current
            .into_iter()
            .map(|p| Participant {
                attendance: marks[self.rng.random_range(0..marks.len())],
                note: note.to_string(),
                ..p
            })
            .collect();
        let (result, attempts, latency) = self.apply(&Action::RecordAttendance(session, places.clone()));
        match result {
            Ok(()) => {
                self.ledger.attendance.insert(session, places);
                *self.ledger.attendance_saves.entry(session).or_default() += 1;
            }
            // Nobody else writes these sessions: any refusal, even a serialization failure,
            // is not a real conflict.
            Err(e) => return Err(self.unexpected(&format!("recording attendance for {session}"), &e)),
        }
        self.record(Kind::Attendance, latency, attempts, None);
        Ok(())
    }

    fn other_status(&mut self, current: ReferralStatus) -> ReferralStatus {
        let others: Vec<ReferralStatus> =
            ReferralStatus::ALL.iter().copied().filter(|s| *s != current).collect();
        others[self.rng.random_range(0..others.len())]
    }

    /// Moves one of this writer's own referrals to another status.
    fn own_status(&mut self, note: &str) -> Result<(), String> {
        let k = self.rng.random_range(0..self.own_status.len());
        let referral = self.seed.writers[self.id].status[k];
        let status = self.other_status(self.own_status[k]);
        let (result, attempts, latency) =
            self.apply(&Action::ChangeReferralStatus(referral, status, note.to_string()));
        match result {
            Ok(()) => {
                self.own_status[k] = status;
                self.ledger.changes.entry(referral).or_default().push((status, note.to_string()));
            }
            Err(e) => return Err(self.unexpected(&format!("moving own referral {referral}"), &e)),
        }
        self.record(Kind::OwnStatus, latency, attempts, None);
        Ok(())
    }

    /// Reads a shared referral (as its page shows it) and moves it to another status.
    fn shared_status(&mut self, note: &str) -> Result<(), String> {
        let referral = self.seed.shared[self.rng.random_range(0..self.seed.shared.len())];
        self.ledger.reads += 1;
        let current = self
            .store
            .require::<Referral>(referral, "referral")
            .map_err(|e| self.unexpected(&format!("reading shared referral {referral}"), &e))?
            .status();
        let status = self.other_status(current);
        let (result, attempts, latency) =
            self.apply(&Action::ChangeReferralStatus(referral, status, note.to_string()));
        let refused = match result {
            Ok(()) => {
                self.ledger.changes.entry(referral).or_default().push((status, note.to_string()));
                None
            }
            Err(e) if is_refusal(&e, ALREADY) => {
                self.ledger.refused_already.push((referral, status));
                Some(Refusal::Already)
            }
            Err(e) if is_serialization(&e) => Some(Refusal::GaveUp),
            Err(e) => return Err(self.unexpected(&format!("moving shared referral {referral}"), &e)),
        };
        self.record(Kind::SharedStatus, latency, attempts, refused);
        Ok(())
    }
}

fn is_refusal(e: &DataError, words: &str) -> bool {
    matches!(e, DataError::Conflict(m) if m.contains(words))
}

/// The server could not order two writers' changes (`DataError::Contention`): nothing was
/// saved and the action may be tried again.
fn is_serialization(e: &DataError) -> bool {
    matches!(e, DataError::Contention(_))
}

/// Places taken, as the capacity rule counts them.
fn booked(session: &Session) -> usize {
    session.participants.iter().filter(|p| p.attendance != Attendance::CancelledByPerson).count()
}

// ---------------------------------------------------------------------------------------------
// Checking the final state against what the writers were told

#[derive(Default)]
struct Verdict {
    /// Successful writes missing from the final state.
    lost: Vec<String>,
    /// Changes in the final state that no writer was told succeeded.
    phantom: Vec<String>,
    /// Sessions holding more people than places.
    over_capacity: Vec<String>,
    /// Refusals the final state does not explain as another writer's doing.
    unreal_refusals: Vec<String>,
    /// Serialization failures on records only one writer writes.
    needless_retries: Vec<String>,
    /// What `check` found wrong.
    check_problems: Vec<String>,
    /// Successful writes checked.
    checked: usize,
}

impl Verdict {
    fn healthy(&self) -> bool {
        self.lost.is_empty()
            && self.phantom.is_empty()
            && self.over_capacity.is_empty()
            && self.unreal_refusals.is_empty()
            && self.needless_retries.is_empty()
            && self.check_problems.is_empty()
    }
}

fn verify(store: &PgStore, seed: &Seed, ledgers: &[Ledger]) -> Verdict {
    let fail = |what: &str, e: DataError| -> ! { panic!("reading {what} back failed: {}", chain(&e)) };
    let mut v = Verdict::default();

    // Bookings: each pool session holds its regulars and exactly the bookings made into it.
    let pool_ids: Vec<SessionId> = seed.pool.iter().map(|s| s.id).collect();
    let sessions: HashMap<SessionId, Session> = store
        .get_many::<Session>(&pool_ids)
        .unwrap_or_else(|e| fail("the group sessions", e))
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let mut booked_into: HashMap<SessionId, Vec<(usize, PersonId)>> = HashMap::new();
    for l in ledgers {
        for (_, person, session) in &l.booked {
            booked_into.entry(*session).or_default().push((l.writer, *person));
        }
    }
    for s in &seed.pool {
        let Some(stored) = sessions.get(&s.id) else {
            v.lost.push(format!("group session {} is gone", s.id));
            continue;
        };
        let expected: BTreeSet<PersonId> = s
            .prefill
            .iter()
            .copied()
            .chain(booked_into.get(&s.id).into_iter().flatten().map(|(_, p)| *p))
            .collect();
        let actual: BTreeSet<PersonId> = stored.participants.iter().map(|p| p.person).collect();
        v.checked += expected.len() - s.prefill.len();
        for p in expected.difference(&actual) {
            v.lost.push(format!("person {p} was booked into session {} but is not in it", s.id));
        }
        for p in actual.difference(&expected) {
            v.phantom.push(format!("person {p} is in session {} but nobody booked them", s.id));
        }
        let capacity = usize::from(stored.capacity.unwrap_or(CAPACITY));
        if booked(stored) > capacity {
            v.over_capacity.push(format!("session {} holds {} of {capacity} places", s.id, booked(stored)));
        }
    }
    for l in ledgers {
        for session in &l.refused_full {
            let full = sessions.get(session).is_some_and(|s| booked(s) >= usize::from(CAPACITY));
            let by_other = booked_into.get(session).is_some_and(|b| b.iter().any(|(w, _)| *w != l.writer));
            if !full || !by_other {
                v.unreal_refusals.push(format!(
                    "writer {} was told session {session} was full (full now: {full}; booked by another writer: {by_other})",
                    l.writer
                ));
            }
        }
    }

    // Booked referrals are matched; the rest are as seeded.
    let mut booked_referrals: HashMap<ReferralId, usize> = HashMap::new();
    for l in ledgers {
        for (r, _, _) in &l.booked {
            *booked_referrals.entry(*r).or_default() += 1;
        }
    }
    let to_book: Vec<ReferralId> = seed.writers.iter().flat_map(|w| w.book.iter().map(|(r, _)| *r)).collect();
    let stored: HashMap<ReferralId, Referral> = store
        .get_many::<Referral>(&to_book)
        .unwrap_or_else(|e| fail("the booked referrals", e))
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    for r in &to_book {
        let Some(found) = stored.get(r) else {
            v.lost.push(format!("referral {r} is gone"));
            continue;
        };
        match booked_referrals.get(r).copied().unwrap_or(0) {
            0 if found.history.len() != 1 => {
                v.phantom.push(format!("referral {r} was never booked but is {}", found.status().label()))
            }
            0 => {}
            1 => {
                if found.status() != ReferralStatus::Matched || found.history.len() != 2 {
                    v.lost.push(format!(
                        "referral {r} was booked but is {} after {} changes",
                        found.status().label(),
                        found.history.len()
                    ));
                }
            }
            n => v.phantom.push(format!("referral {r} was booked {n} times")),
        }
    }

    // Status changes: each referral's history after New is exactly the successful changes.
    let mut told: HashMap<ReferralId, Vec<(usize, ReferralStatus, String)>> = HashMap::new();
    for l in ledgers {
        for (r, list) in &l.changes {
            told.entry(*r).or_default().extend(list.iter().map(|(s, n)| (l.writer, *s, n.clone())));
        }
    }
    let moved: Vec<ReferralId> = seed
        .writers
        .iter()
        .flat_map(|w| w.status.iter().copied())
        .chain(seed.shared.iter().copied())
        .collect();
    let stored: HashMap<ReferralId, Referral> = store
        .get_many::<Referral>(&moved)
        .unwrap_or_else(|e| fail("the moved referrals", e))
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    for r in &moved {
        let Some(found) = stored.get(r) else {
            v.lost.push(format!("referral {r} is gone"));
            continue;
        };
        let history: Vec<(ReferralStatus, &str)> =
            found.history.iter().skip(1).map(|c| (c.status, c.note.as_str())).collect();
        let stored_notes: BTreeMap<&str, ReferralStatus> = history.iter().map(|(s, n)| (*n, *s)).collect();
        let list = told.get(r).map(Vec::as_slice).unwrap_or_default();
        v.checked += list.len();
        let told_notes: BTreeSet<&str> = list.iter().map(|(_, _, n)| n.as_str()).collect();
        for (_, status, note) in list {
            match stored_notes.get(note.as_str()) {
                None => {
                    v.lost.push(format!("referral {r}: the change to {} ({note}) is missing", status.label()))
                }
                Some(s) if s != status => v.lost.push(format!(
                    "referral {r}: the change {note} to {} is stored as {}",
                    status.label(),
                    s.label()
                )),
                Some(_) => {}
            }
        }
        for (status, note) in &history {
            if !told_notes.contains(note) {
                v.phantom.push(format!("referral {r}: a change to {} ({note}) nobody made", status.label()));
            }
        }
        // Each writer's changes are stored in the order it made them.
        for l in ledgers {
            let mine: Vec<&str> = l.changes.get(r).into_iter().flatten().map(|(_, n)| n.as_str()).collect();
            let prefix = format!("w{} #", l.writer);
            let stored_order: Vec<&str> =
                history.iter().map(|(_, n)| *n).filter(|n| n.starts_with(&prefix)).collect();
            if mine != stored_order && stored_order.len() == mine.len() {
                v.lost.push(format!("referral {r}: writer {}'s changes are stored out of order", l.writer));
            }
        }
        // The status shown is the last change stored.
        let last = history.last().map_or(ReferralStatus::New, |(s, _)| *s);
        if found.status() != last {
            v.lost.push(format!(
                "referral {r} shows {} but its last change is {}",
                found.status().label(),
                last.label()
            ));
        }
    }
    for l in ledgers {
        for (r, status) in &l.refused_already {
            let prefix = format!("w{} #", l.writer);
            let by_other = stored.get(r).is_some_and(|found| {
                found.history.iter().skip(1).any(|c| c.status == *status && !c.note.starts_with(&prefix))
            });
            if !by_other {
                v.unreal_refusals.push(format!(
                    "writer {} was told referral {r} was already {} but no other writer moved it there",
                    l.writer,
                    status.label()
                ));
            }
        }
    }

    // Attendance: the last list each writer saved is what is stored.
    for (w, mine) in seed.writers.iter().enumerate() {
        let ids: Vec<SessionId> = mine.attendance.iter().map(|(s, _)| *s).collect();
        let stored: HashMap<SessionId, Session> = store
            .get_many::<Session>(&ids)
            .unwrap_or_else(|e| fail("the attendance sessions", e))
            .into_iter()
            .map(|s| (s.id, s))
            .collect();
        for (session, seeded) in &mine.attendance {
            let expected = ledgers[w].attendance.get(session).unwrap_or(seeded);
            // Earlier saves are replaced by the later ones by design; the last must be stored.
            v.checked += ledgers[w].attendance_saves.get(session).copied().unwrap_or(0);
            match stored.get(session) {
                None => v.lost.push(format!("attendance session {session} is gone")),
                Some(s) if &s.participants != expected => v.lost.push(format!(
                    "session {session}: the attendance writer {w} last saved ({}) is not what is stored ({})",
                    expected.first().map_or("none", |p| p.note.as_str()),
                    s.participants.first().map_or("none", |p| p.note.as_str()),
                )),
                Some(_) => {}
            }
        }
    }

    // A serialization failure is only real where another writer writes the same records.
    for l in ledgers {
        for s in l.samples.iter().filter(|s| s.attempts > 1 && !s.kind.contended()) {
            v.needless_retries.push(format!(
                "writer {}: {} needed {} tries though nobody else writes those records",
                l.writer,
                s.kind.label(),
                s.attempts
            ));
        }
    }

    let report = store.check().unwrap_or_else(|e| fail("the whole database (check)", e));
    v.check_problems = report.problems;
    v
}

// ---------------------------------------------------------------------------------------------
// The report

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

fn latency_line(label: &str, samples: &[&Sample]) -> String {
    let mut l: Vec<Duration> = samples.iter().map(|s| s.latency).collect();
    l.sort();
    let refused = samples.iter().filter(|s| s.refused.is_some()).count();
    let retried: u32 = samples.iter().map(|s| s.attempts - 1).sum();
    format!(
        "  {label:<32} {:>6} {:>6} {:>6} {:>8} {:>8} {:>8} {:>8}",
        samples.len(),
        refused,
        retried,
        ms(percentile(&l, 0.50)),
        ms(percentile(&l, 0.99)),
        ms(l.last().copied().unwrap_or_default()),
        ms(l.iter().sum::<Duration>() / u32::try_from(l.len().max(1)).unwrap_or(u32::MAX)),
    )
}

/// Prints the report; true when the final state matches what the writers were told.
fn report(config: &Config, ledgers: &[Ledger], wall: Duration, v: &Verdict) -> bool {
    let samples: Vec<&Sample> = ledgers.iter().flat_map(|l| &l.samples).collect();
    let total = samples.len();
    let refused = samples.iter().filter(|s| s.refused.is_some()).count();
    let retries: u32 = samples.iter().map(|s| s.attempts - 1).sum();
    let retried_actions = samples.iter().filter(|s| s.attempts > 1).count();
    let mut by_reason: BTreeMap<Refusal, usize> = BTreeMap::new();
    for r in samples.iter().filter_map(|s| s.refused) {
        *by_reason.entry(r).or_default() += 1;
    }
    let reads: usize = ledgers.iter().map(|l| l.reads).sum();
    let secs = wall.as_secs_f64();

    println!();
    println!("team_load: {} writers x {} actions, one connection each", config.writers, config.actions);
    println!("  actions                  {total}");
    println!("  succeeded                {}", total - refused);
    println!("  refused                  {refused}");
    for (reason, n) in &by_reason {
        println!("    {n:>6}  {}", reason.label());
    }
    println!(
        "  retries                  {retries} after serialization failures, over {retried_actions} actions \
         (at most {MAX_ATTEMPTS} tries each)"
    );
    println!("  reads before actions     {reads} (not timed; a link worker's screen)");
    println!("  wall time                {secs:.2} s");
    println!("  throughput               {:.0} actions/s", total as f64 / secs.max(f64::EPSILON));
    let mut all: Vec<Duration> = samples.iter().map(|s| s.latency).collect();
    all.sort();
    println!(
        "  latency (ms)             p50 {}  p99 {}  max {}  (per action, retries included)",
        ms(percentile(&all, 0.50)),
        ms(percentile(&all, 0.99)),
        ms(all.last().copied().unwrap_or_default())
    );
    println!(
        "  {:<32} {:>6} {:>6} {:>6} {:>8} {:>8} {:>8} {:>8}",
        "by kind", "count", "refus", "retry", "p50 ms", "p99 ms", "max ms", "mean ms"
    );
    for kind in Kind::ALL {
        let of_kind: Vec<&Sample> = samples.iter().copied().filter(|s| s.kind == kind).collect();
        println!("{}", latency_line(kind.label(), &of_kind));
    }
    println!("  successes checked        {} against the final state", v.checked);
    println!("  lost updates             {}", v.lost.len());
    let sections: [(&str, &[String]); 6] = [
        ("lost update", &v.lost),
        ("write nobody was told of", &v.phantom),
        ("over capacity", &v.over_capacity),
        ("refusal that was not a real conflict", &v.unreal_refusals),
        ("serialization failure on unshared records", &v.needless_retries),
        ("check", &v.check_problems),
    ];
    for (what, list) in sections {
        if !list.is_empty() {
            println!("  {what}: {}", list.len());
            for line in list.iter().take(10) {
                println!("    {line}");
            }
        }
    }
    println!("  over capacity            {}", v.over_capacity.len());
    println!("  unreal refusals          {}", v.unreal_refusals.len());
    println!(
        "  check                    {}",
        if v.check_problems.is_empty() { "consistent" } else { "PROBLEMS" }
    );
    v.healthy()
}
