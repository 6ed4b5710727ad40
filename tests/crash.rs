//! Kills (SIGKILL) at random moments of every kind of write the command line makes: an
//! import, `generate`, an erasure, booking through `match --book`, `copy`, `backup`,
//! `restore`. After each kill the
//! file is opened as any command opens it, and then:
//! - `check` is clean;
//! - the co-op is either exactly as before the command or exactly as after it run to the end
//!   (compared record by record: counts move by whole imports, nothing is half applied), and
//!   a command that reported success before the kill is always there;
//! - nothing but the data file is left in its folder, and an erased person's bytes are in no
//!   file of it.
//!
//! `cargo test --test crash` runs `CARECOOP_CRASH_CYCLES` cycles (50); `cargo test --release
//! --test crash -- --ignored` runs 1,000.

mod common;

use carecoop::data::{AnyRecords, OpenMode, Reads, ReadsExt, RecordKind, TransactionExt, WriteExt};
use carecoop::domain::Person;
use carecoop::store::RedbStore;
use common::{carecoop, text};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A name nobody else in a generated co-op has, given to the person who gets erased.
const MARKER: &str = "Quillfeather Zyzzogeton";

/// Every kind of write, as the command line makes it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Write {
    Import,
    Generate,
    Erase,
    Book,
    Copy,
    Backup,
    Restore,
}

const WRITES: [Write; 7] =
    [Write::Import, Write::Generate, Write::Erase, Write::Book, Write::Copy, Write::Backup, Write::Restore];

/// The co-op a file holds, record by record, and how long its audit trail is (entries carry
/// the moment they were written, so two runs of one command differ there only).
#[derive(Debug, PartialEq)]
struct Held {
    records: String,
    trail: usize,
}

fn held(file: &Path) -> Option<Held> {
    if !file.exists() {
        return None;
    }
    let store = RedbStore::open(file, OpenMode::ExistingOnly).expect("the file opens");
    let mut records = String::new();
    for kind in RecordKind::ALL {
        let all: AnyRecords = store.all_any(*kind).expect("every kind reads");
        records.push_str(&format!("{kind:?}: {all:?}\n"));
    }
    records.push_str(&format!("{:?}", store.settings().expect("settings read")));
    let trail = store.audit_trail(&Default::default(), None).expect("the trail reads").len();
    Some(Held { records, trail })
}

/// What every cycle starts from: a small generated co-op whose P0042 carries the marker, a
/// person with a referral to book, and an import file of three hundred people.
struct Fixture {
    dir: tempfile::TempDir,
    base: PathBuf,
    people_csv: PathBuf,
    to_book: String,
    /// A backup of the co-op taken before P0042 was renamed, to restore.
    older: PathBuf,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.redb");
    let generate = carecoop(&["generate", "--scale", "small", "--data", &base.display().to_string()]);
    assert!(generate.status.success(), "{}", text(&generate.stderr));
    let older = dir.path().join("older.redb");
    let backup =
        carecoop(&["backup", "--data", &base.display().to_string(), "--out", &older.display().to_string()]);
    assert!(backup.status.success(), "{}", text(&backup.stderr));
    let store = RedbStore::open(&base, OpenMode::ExistingOnly).unwrap();
    let mut person: Person = store.person_by_ref("P0042").unwrap().expect("P0042 in a small co-op");
    person.name = MARKER.into();
    store.write(|tx| tx.put(&mut person)).unwrap();
    let tomorrow = chrono::Local::now().date_naive() + chrono::Days::new(1);
    let to_book = store
        .all::<Person>()
        .unwrap()
        .into_iter()
        .find(|p| {
            p.reference != "P0042"
                && carecoop::report::planning::match_person(&store, p, tomorrow, 4)
                    .unwrap()
                    .is_some_and(|(_, list)| !list.is_empty())
        })
        .expect("someone in a small co-op waits for a match")
        .reference;
    drop(store);
    let people_csv = dir.path().join("people.csv");
    let mut csv = format!(
        "{}
",
        common::PEOPLE_HEADER
    );
    for i in 0..300 {
        csv.push_str(&format!(
            ",Imported Person {i},,1948-02-{:02},Comrie,Crieff,07700 901{i:03},,,,,2026-01-05,no\n",
            i % 28 + 1
        ));
    }
    std::fs::write(&people_csv, csv).unwrap();
    Fixture { dir, base, people_csv, to_book, older }
}

/// The command for `write` on `file`.
fn command(fx: &Fixture, write: Write, file: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_carecoop"));
    let data = file.display().to_string();
    match write {
        Write::Import => {
            cmd.args(["import", "people", &fx.people_csv.display().to_string(), "--data", &data])
        }
        Write::Generate => cmd.args(["generate", "--scale", "small", "--force", "--data", &data]),
        Write::Erase => cmd.args(["erase", "person", "P0042", "--yes", "--data", &data]),
        Write::Book => cmd.args(["match", &fx.to_book, "--book", "1", "--data", &data]),
        Write::Copy => cmd.args(["copy", "--from", &fx.base.display().to_string(), "--to", &data, "--force"]),
        Write::Backup => cmd.args(["backup", "--data", &fx.base.display().to_string(), "--out", &data]),
        Write::Restore => cmd.args(["restore", &fx.older.display().to_string(), "--data", &data, "--force"]),
    };
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    cmd
}

/// A fresh case folder holding the file the command starts from.
fn case(fx: &Fixture, name: &str, write: Write) -> PathBuf {
    let folder = fx.dir.path().join(name);
    std::fs::create_dir(&folder).unwrap();
    let file = folder.join("coop.redb");
    if matches!(write, Write::Copy | Write::Backup) {
        // A copy or a backup goes to a new file: before it there is nothing.
        return file;
    }
    std::fs::copy(&fx.base, &file).unwrap();
    file
}

/// Files in `folder` other than the data file and whole backups in its `backups` folder (a
/// restore keeps the file as it was there), and files holding the marker's bytes.
fn leftovers(folder: &Path) -> (Vec<String>, Vec<String>) {
    let (mut other, mut marked) = (Vec::new(), Vec::new());
    let backups = folder.join("backups");
    if let Ok(entries) = std::fs::read_dir(&backups) {
        for entry in entries {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if carecoop::domain::backup::taken_at("coop", &name).is_none() {
                other.push(format!("backups/{name}"));
            }
        }
    }
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name != "coop.redb" && name != "backups" {
            other.push(name.clone());
        }
        let bytes = std::fs::read(&path).unwrap_or_default();
        if bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()) {
            marked.push(name);
        }
    }
    (other, marked)
}

/// How each kind of write ends when nobody stops it: the co-op before and after, and how long
/// it takes.
struct Outcome {
    before: Option<Held>,
    after: Option<Held>,
    takes: Duration,
}

fn outcomes(fx: &Fixture) -> Vec<Outcome> {
    WRITES
        .iter()
        .map(|&write| {
            let file = case(fx, &format!("whole-{write:?}"), write);
            let before = held(&file);
            let started = Instant::now();
            let status = command(fx, write, &file).status().unwrap();
            let takes = started.elapsed();
            assert!(status.success(), "{write:?} runs to the end");
            let after = held(&file);
            assert_ne!(before, after, "{write:?} changes the co-op");
            Outcome { before, after, takes }
        })
        .collect()
}

/// Tallies of a run of cycles.
#[derive(Debug, Default)]
struct Tally {
    before: usize,
    after: usize,
    finished_first: usize,
}

fn cycles(n: usize) -> Tally {
    let fx = fixture();
    let whole = outcomes(&fx);
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut tally = Tally::default();
    for cycle in 0..n {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let which = (seed >> 40) as usize % WRITES.len();
        let (write, outcome) = (WRITES[which], &whole[which]);
        let wait = Duration::from_micros((seed >> 20) % (outcome.takes.as_micros() as u64 + 1));
        let file = case(&fx, &format!("cycle{cycle}"), write);
        let mut child = command(&fx, write, &file).spawn().unwrap();
        std::thread::sleep(wait);
        let finished = child.try_wait().unwrap().is_some_and(|s| s.success());
        child.kill().ok(); // SIGKILL; it may have finished already
        child.wait().unwrap();
        let what = format!("cycle {cycle}: {write:?} killed after {wait:?}");
        // Opened as any command opens it (which finishes what an interrupted run owes).
        let check = carecoop(&["check", "--data", &file.display().to_string()]);
        if file.exists() {
            assert!(check.status.success(), "{what}: {}{}", text(&check.stdout), text(&check.stderr));
        }
        let now = held(&file);
        if finished {
            tally.finished_first += 1;
            assert!(now == outcome.after, "{what}: it reported success, yet its change is not all there");
        } else if now == outcome.before {
            tally.before += 1;
        } else if now == outcome.after {
            tally.after += 1;
        } else {
            panic!("{what}: the co-op is neither as before nor as after: half applied");
        }
        let (other, marked) = leftovers(file.parent().unwrap());
        assert!(other.is_empty(), "{what}: files left beside the co-op: {other:?}");
        let erased = now.as_ref().is_none_or(|h| !h.records.contains(MARKER));
        if erased {
            assert!(marked.is_empty(), "{what}: the erased person is still in {marked:?}");
        }
        std::fs::remove_dir_all(file.parent().unwrap()).ok();
    }
    tally
}

#[test]
fn kills_during_every_kind_of_write_leave_the_co_op_whole() {
    let n = std::env::var("CARECOOP_CRASH_CYCLES").ok().and_then(|n| n.parse().ok()).unwrap_or(50);
    let tally = cycles(n);
    eprintln!(
        "{n} kills: {} before the change committed, {} after it, {} after the command had finished",
        tally.before, tally.after, tally.finished_first
    );
    assert!(tally.before + tally.after + tally.finished_first == n);
}

#[test]
#[ignore = "the long run: cargo test --release --test crash -- --ignored"]
fn a_thousand_kills() {
    let tally = cycles(1000);
    eprintln!(
        "1000 kills: {} before the change committed, {} after it, {} after the command had finished",
        tally.before, tally.after, tally.finished_first
    );
}
