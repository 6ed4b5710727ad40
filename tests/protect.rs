//! A data file protected with a passphrase, from the outside: no personal value left in its
//! bytes, every command working with the passphrase (or the recovery key) and refusing
//! clearly without it, a wrong one changing nothing, and changing or removing the passphrase.

mod common;

use common::{demo, text};
use std::process::{Command, Output};

const PASS: &str = "heather on the hill";

/// The binary with `args`, given `passphrase` (none: the variable is unset) and no terminal.
fn run(args: &[&str], passphrase: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_carecoop"));
    cmd.args(args).env_remove("CARECOOP_PASSPHRASE").env_remove("CARECOOP_NEW_PASSPHRASE");
    cmd.stdin(std::process::Stdio::null());
    if let Some(p) = passphrase {
        cmd.env("CARECOOP_PASSPHRASE", p);
    }
    cmd.output().expect("the binary runs")
}

/// How many times each of `needles` appears in the file's bytes.
fn found(file: &str, needles: &[&str]) -> Vec<(String, usize)> {
    let bytes = std::fs::read(file).unwrap();
    needles
        .iter()
        .map(|n| (n.to_string(), bytes.windows(n.len()).filter(|w| *w == n.as_bytes()).count()))
        .filter(|(_, count)| *count > 0)
        .collect()
}

/// Names, phone numbers and dates of birth of the demo's people.
const PERSONAL: &[&str] =
    &["Agnes Dewar", "Dewar", "01887 820100", "1938-01-01", "Bill McIntyre", "Main Street"];

#[test]
fn a_protected_file_holds_no_personal_value_and_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    assert!(!found(&file, PERSONAL).is_empty(), "the demo has these values to hide");
    let people_before = text(&run(&["export", "people", "--format", "csv", "--data", &file], None).stdout);

    let short = run(&["protect", "--data", &file], Some("short"));
    assert_eq!(short.status.code(), Some(1));
    assert!(text(&short.stderr).contains("at least 8 characters"), "{}", text(&short.stderr));
    let protect = run(&["protect", "--data", &file], Some(PASS));
    assert!(protect.status.success(), "{}", text(&protect.stderr));
    let out = text(&protect.stdout);
    let recovery = out
        .lines()
        .map(str::trim)
        .find(|l| l.len() == 39 && l.chars().filter(|c| *c == '-').count() == 7)
        .unwrap_or_else(|| panic!("a recovery key is shown: {out}"))
        .to_string();
    assert_eq!(found(&file, PERSONAL), Vec::<(String, usize)>::new(), "nothing personal left in the bytes");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers.len(), 1, "no copy left beside it: {leftovers:?}");

    // Without it: refused, saying how to give it.
    let bytes = std::fs::read(&file).unwrap();
    for args in
        [&["export", "people", "--data", &file][..], &["check", "--data", &file], &["audit", "--data", &file]]
    {
        let refused = run(args, None);
        assert_eq!(refused.status.code(), Some(1), "{args:?}");
        assert!(
            text(&refused.stderr).contains("is protected with a passphrase"),
            "{}",
            text(&refused.stderr)
        );
    }
    let wrong = run(&["export", "people", "--data", &file], Some("heather on the hills"));
    assert_eq!(wrong.status.code(), Some(1));
    assert!(text(&wrong.stderr).contains("not the passphrase"), "{}", text(&wrong.stderr));
    assert!(std::fs::read(&file).unwrap() == bytes, "a refused open changes nothing");

    // With it, every command works as before.
    let people = run(&["export", "people", "--format", "csv", "--data", &file], Some(PASS));
    assert_eq!(text(&people.stdout), people_before);
    let check = run(&["check", "--data", &file], Some(PASS));
    assert!(check.status.success(), "{}{}", text(&check.stdout), text(&check.stderr));
    let report = run(&["report", "referrals", "--json", "--data", &file], Some(PASS));
    assert!(report.status.success(), "{}", text(&report.stderr));
    let erase = run(&["erase", "person", "P0005", "--yes", "--data", &file], Some(PASS));
    assert!(erase.status.success(), "{}", text(&erase.stderr));
    let verify = run(&["audit", "--verify", "--data", &file], Some(PASS));
    assert!(text(&verify.stdout).contains("intact"), "{}", text(&verify.stdout));
    // The recovery key, typed any old way, opens it too.
    let by_recovery = run(&["check", "--data", &file], Some(&recovery.to_lowercase().replace('-', " ")));
    assert!(by_recovery.status.success(), "{}", text(&by_recovery.stderr));
    assert!(found(&file, PERSONAL).is_empty(), "still nothing personal after changes");

    // Changing the passphrase: the old one no longer opens it; the new one and the recovery
    // key do.
    let changed = Command::new(env!("CARGO_BIN_EXE_carecoop"))
        .args(["protect", "--change", "--data", &file])
        .env("CARECOOP_PASSPHRASE", PASS)
        .env("CARECOOP_NEW_PASSPHRASE", "rowan by the burn")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(changed.status.success(), "{}", text(&changed.stderr));
    assert_eq!(run(&["check", "--data", &file], Some(PASS)).status.code(), Some(1));
    assert!(run(&["check", "--data", &file], Some("rowan by the burn")).status.success());
    assert!(run(&["check", "--data", &file], Some(&recovery)).status.success());

    // Removing it: readable by anyone with the file again.
    let removed = run(&["unprotect", "--data", &file], Some("rowan by the burn"));
    assert!(removed.status.success(), "{}", text(&removed.stderr));
    assert_eq!(
        text(&run(&["export", "people", "--format", "csv", "--data", &file], None).stdout).lines().count(),
        people_before.lines().count() - 1,
        "everyone but the person erased"
    );
    let trail = text(&run(&["audit", "--data", &file], None).stdout);
    for action in ["protected the file with a passphrase", "changed the passphrase", "removed the passphrase"]
    {
        assert!(trail.contains(action), "{trail}");
    }
    assert!(run(&["audit", "--verify", "--data", &file], None).status.success());
}

#[test]
fn protecting_twice_or_removing_what_is_not_there_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let none = run(&["unprotect", "--data", &file], None);
    assert_eq!(none.status.code(), Some(1));
    assert!(text(&none.stderr).contains("no passphrase to remove"), "{}", text(&none.stderr));
    let change = run(&["protect", "--change", "--data", &file], None);
    assert_eq!(change.status.code(), Some(1));
    assert!(text(&change.stderr).contains("has no passphrase yet"), "{}", text(&change.stderr));
    let no_passphrase = run(&["protect", "--data", &file], None);
    assert_eq!(no_passphrase.status.code(), Some(1));
    assert!(text(&no_passphrase.stderr).contains("CARECOOP_PASSPHRASE"), "{}", text(&no_passphrase.stderr));
    assert!(run(&["protect", "--data", &file], Some(PASS)).status.success());
    let again = run(&["protect", "--data", &file], Some(PASS));
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("already protected"), "{}", text(&again.stderr));
}
