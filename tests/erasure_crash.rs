//! An erasure cut short: `carecoop erase person REF --yes` killed (SIGKILL) at random moments
//! of its run, then the file opened as any command would. Whenever the erasure had been
//! committed, no byte of the person may be left in any file of the folder, and no leftover
//! copy of the co-op may lie beside it. `CARECOOP_ERASE_KILLS` sets the number of runs (30).

mod common;

use carecoop::data::{OpenMode, Reads, TransactionExt, WriteExt};
use carecoop::domain::Person;
use carecoop::store::RedbStore;
use common::{carecoop, text};
use std::path::Path;
use std::time::{Duration, Instant};

/// A name nobody else in a generated co-op has.
const MARKER: &str = "Quillfeather Zyzzogeton";

/// A small generated co-op with person P0042 renamed to the marker.
fn co_op(dir: &Path) -> std::path::PathBuf {
    let file = dir.join("base.redb");
    let generate = carecoop(&["generate", "--scale", "small", "--data", &file.display().to_string()]);
    assert!(generate.status.success(), "{}", text(&generate.stderr));
    let store = RedbStore::open(&file, OpenMode::ExistingOnly).unwrap();
    let mut person: Person = store.person_by_ref("P0042").unwrap().expect("P0042 in a small co-op");
    person.name = MARKER.into();
    store.write(|tx| tx.put(&mut person)).unwrap();
    file
}

/// Files in `dir` holding the marker's bytes.
fn holding_marker(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap_or_default();
        if bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()) {
            found.push(path.display().to_string());
        }
    }
    found
}

fn erase(file: &Path) -> std::process::Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_carecoop"))
        .args(["erase", "person", "P0042", "--yes", "--data", &file.display().to_string()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("the binary runs")
}

#[test]
fn an_erasure_killed_at_any_moment_leaves_no_byte_of_the_person_once_the_file_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let base = co_op(dir.path());
    // How long an erasure takes when nobody stops it, to kill within that time.
    let whole = dir.path().join("whole");
    std::fs::create_dir(&whole).unwrap();
    std::fs::copy(&base, whole.join("coop.redb")).unwrap();
    let started = Instant::now();
    assert!(erase(&whole.join("coop.redb")).wait().unwrap().success());
    let takes = started.elapsed();
    assert!(holding_marker(&whole).is_empty(), "an erasure run to the end leaves nothing");

    let runs: u64 = std::env::var("CARECOOP_ERASE_KILLS").ok().and_then(|n| n.parse().ok()).unwrap_or(30);
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let (mut erased, mut before_commit) = (0, 0);
    for run in 0..runs {
        let case = dir.path().join(format!("run{run}"));
        std::fs::create_dir(&case).unwrap();
        let file = case.join("coop.redb");
        std::fs::copy(&base, &file).unwrap();
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let wait = Duration::from_micros((seed >> 33) % (takes.as_micros() as u64 + 1));
        let mut child = erase(&file);
        std::thread::sleep(wait);
        child.kill().ok(); // SIGKILL; it may have finished already
        child.wait().unwrap();
        // Opened as any command opens it.
        let check = carecoop(&["check", "--data", &file.display().to_string()]);
        assert!(check.status.success(), "run {run}: {}{}", text(&check.stdout), text(&check.stderr));
        let leftovers: Vec<_> = std::fs::read_dir(&case)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n != "coop.redb")
            .collect();
        assert!(leftovers.is_empty(), "run {run}: files left beside the co-op: {leftovers:?}");
        let still_there =
            RedbStore::open(&file, OpenMode::ExistingOnly).unwrap().person_by_ref("P0042").unwrap();
        if still_there.is_some() {
            // Killed before the erasure committed: nothing was erased, and that is whole too.
            before_commit += 1;
            continue;
        }
        erased += 1;
        let holding = holding_marker(&case);
        assert!(holding.is_empty(), "run {run} (killed after {wait:?}): erased, but still in {holding:?}");
    }
    eprintln!(
        "{runs} runs killed within {takes:?}: {erased} erased with no byte left, {before_commit} killed before the erasure committed"
    );
    assert!(erased > 0, "no run got as far as the erasure");
}
