//! The command line, run as a user would: the real binary, real files, exit codes and output.

mod common;

use common::{carecoop, demo, text};

use std::path::Path;

#[test]
fn demo_writes_a_file_and_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let again = carecoop(&["demo", "--data", &path]);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("already exists; add --force"));
    let forced = carecoop(&["demo", "--data", &path, "--force"]);
    assert!(forced.status.success(), "{}", text(&forced.stderr));
}

#[test]
fn demo_force_never_replaces_a_file_that_is_not_carecoops() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("thesis.docx");
    std::fs::write(&path, b"my precious thesis").unwrap();
    let out = carecoop(&["demo", "--data", &path.display().to_string(), "--force"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("is not a carecoop data file"));
    assert_eq!(std::fs::read(&path).unwrap(), b"my precious thesis");
}

#[test]
fn check_prints_counts_per_table() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let out = carecoop(&["check", "--data", &path]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("members               30 records"), "{stdout}");
    assert!(stdout.contains("people                40 records"), "{stdout}");
    assert!(stdout.contains("OK: every record decodes"));
}

#[test]
fn reading_commands_refuse_a_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing.redb").display().to_string();
    for args in [vec!["check", "--data", &path], vec!["export", "members", "--data", &path]] {
        let out = carecoop(&args);
        assert_eq!(out.status.code(), Some(1));
        assert!(text(&out.stderr).contains("does not exist"), "{}", text(&out.stderr));
    }
    assert!(!Path::new(&path).exists(), "a read must not create the file");
}

#[test]
fn a_file_that_is_not_carecoops_is_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, b"shopping: tea, oats").unwrap();
    let out = carecoop(&["check", "--data", &path.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("is not a carecoop data file"));
    assert_eq!(std::fs::read(&path).unwrap(), b"shopping: tea, oats");
}

#[test]
fn a_file_open_in_another_process_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let _held =
        carecoop::store::RedbStore::open(Path::new(&path), carecoop::data::OpenMode::ExistingOnly).unwrap();
    let out = carecoop(&["check", "--data", &path]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains(&format!("{path} is open in another carecoop window")),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn export_members_csv_has_the_documented_columns() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let out = carecoop(&["export", "members", "--data", &path, "--format", "csv"]);
    assert!(out.status.success());
    let csv = text(&out.stdout);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "name,role,activities,hourly_rate_gbp,villages,phone,email,pvg_number,pvg_scope,pvg_expiry,insurance_expiry,joined"
        )
    );
    assert_eq!(lines.count(), 30);
    assert!(csv.contains("Isla MacLeod,befriender,Befriending;Walk and talk,"));
}

#[test]
fn export_json_uses_readable_field_names_for_every_kind() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let expect: &[(&str, &[&str], usize)] = &[
        ("members", &["name", "role", "hourly_rate_gbp", "pvg_expiry"], 30),
        ("activities", &["name", "category", "format", "capacity", "price_unit"], 9),
        ("people", &["ref", "name", "needs", "consent_share"], 40),
        ("referrals", &["person_ref", "date", "source", "referrer", "reason", "urgency", "status"], 40),
        (
            "sessions",
            &["date", "start", "minutes", "activity", "members", "participants", "repeat", "repeat_until"],
            0,
        ),
        ("assessments", &["person_ref", "date", "timepoint", "instrument", "answers"], 0),
        ("funds", &["name", "funder", "amount_gbp", "start", "end"], 2),
    ];
    for (kind, fields, count) in expect {
        let out = carecoop(&["export", kind, "--data", &path]);
        assert!(out.status.success(), "{kind}: {}", text(&out.stderr));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let rows = json.as_array().unwrap();
        assert!(!rows.is_empty(), "{kind} is empty");
        if *count > 0 {
            assert_eq!(rows.len(), *count, "{kind}");
        }
        for field in *fields {
            assert!(rows[0].get(field).is_some(), "{kind} lacks {field}");
        }
    }
}

#[test]
fn export_writes_to_a_file_with_out() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo(dir.path());
    let out_file = dir.path().join("funds.csv");
    let out = carecoop(&[
        "export",
        "funds",
        "--data",
        &path,
        "--format",
        "csv",
        "--out",
        &out_file.display().to_string(),
    ]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let csv = std::fs::read_to_string(&out_file).unwrap();
    assert!(csv.starts_with("name,funder,amount_gbp,start,end,pays_for,notes\n"));
    assert!(csv.contains("Befriending fund,Perth & Kinross Council,4500.00,"));
    assert!(csv.contains("Participatory budget,"));
}

#[test]
fn numbers_outside_their_range_exit_1_naming_the_argument_and_range() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = dir.path().join("x.ics").display().to_string();
    let png = dir.path().join("x.png").display().to_string();
    let cases: &[(&[&str], &str, &str)] = &[
        (&["ics", "--member", "Isla MacLeod", "--weeks", "20000000", "--out", &out], "--weeks", "1..=520"),
        (&["ics", "--member", "Isla MacLeod", "--weeks", "0", "--out", &out], "--weeks", "1..=520"),
        (&["match", "P0019", "--weeks", "53"], "--weeks", "1..=52"),
        (&["chart", "P0001", "--out", &png, "--width", "100000"], "--width", "200..=8000"),
        (&["chart", "P0001", "--out", &png, "--height", "10"], "--height", "150..=8000"),
        (&["report", "compliance", "--within", "99999"], "--within", "0..=3650"),
        (&["report", "compliance", "--within", "-1"], "--within", "0..=3650"),
        (&["ics", "--member", "Isla MacLeod", "--weeks", "-3", "--out", &out], "--weeks", "1..=520"),
    ];
    for (args, name, range) in cases {
        let mut all = args.to_vec();
        all.extend(["--data", &db]);
        let run = carecoop(&all);
        let stderr = text(&run.stderr);
        assert_eq!(run.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(name) && stderr.contains(range), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    assert!(!Path::new(&out).exists() && !Path::new(&png).exists(), "nothing was written");
    // At the ends of the ranges the commands work.
    let ok = carecoop(&["ics", "--member", "Isla MacLeod", "--weeks", "520", "--out", &out, "--data", &db]);
    assert!(ok.status.success(), "{}", text(&ok.stderr));
    let ok = carecoop(&["report", "compliance", "--within", "3650", "--data", &db]);
    assert!(ok.status.success(), "{}", text(&ok.stderr));
    // Asking for help is not a mistake.
    let help = carecoop(&["ics", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(text(&help.stdout).contains("1 to 520"));
}

#[test]
fn dates_weeks_and_months_that_do_not_exist_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let cases: &[&[&str]] = &[
        &["report", "availability", "--week", "2026-W54"],
        &["report", "availability", "--week", "9999999-W01"],
        &["report", "availability", "--week", "W01"],
        &["report", "hours", "--month", "2026-13"],
        &["report", "hours", "--month", "99999999999-01"],
        &["report", "referrals", "--from", "2026-02-30"],
        &[
            "report",
            "pack",
            "--fund",
            "Council",
            "--from",
            "2026-01-01",
            "--to",
            "+262144-01-01",
            "--out",
            "x.html",
        ],
    ];
    for args in cases {
        let mut all = args.to_vec();
        all.extend(["--data", &db]);
        let run = carecoop(&all);
        let stderr = text(&run.stderr);
        assert_eq!(run.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.trim().is_empty(), "{args:?} says what is wrong");
    }
}

#[test]
fn reports_for_people_to_read_show_labels_and_json_keeps_stored_names() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let papers = text(&carecoop(&["report", "compliance", "--data", &db]).stdout);
    assert!(
        papers.contains("Angus Baird") && papers.contains("PVG") && papers.contains("Missing"),
        "{papers}"
    );
    for stored in [" pvg ", " missing ", " expiring ", " insurance "] {
        assert!(!papers.contains(stored), "a stored name ({stored}) in:\n{papers}");
    }
    let outcomes = text(&carecoop(&["report", "outcomes", "--data", &db]).stdout);
    assert!(outcomes.contains("Improved"), "{outcomes}");
    assert!(!outcomes.contains("no_change") && !outcomes.contains(" improved\n"), "{outcomes}");
    let referrals = text(&carecoop(&["report", "referrals", "--data", &db]).stdout);
    assert!(referrals.contains("Carer or family") && !referrals.contains("carer_family"), "{referrals}");
    let json = text(&carecoop(&["report", "compliance", "--data", &db, "--json"]).stdout);
    assert!(json.contains("\"pvg\"") && json.contains("\"missing\""), "{json}");
}
