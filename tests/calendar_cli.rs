//! Calendars for phones and sessions CSV from the command line.

mod common;

use common::{carecoop, demo, text};

use std::path::Path;
use std::process::Output;

fn events(path: &Path) -> Vec<ical::parser::ical::component::IcalEvent> {
    let reader = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let mut calendars = ical::IcalParser::new(reader);
    let calendar = calendars.next().expect("one calendar").expect("the .ics parses");
    assert_eq!(calendar.timezones.len(), 1, "a VTIMEZONE for Europe/London");
    calendar.events
}

fn prop<'a>(
    e: &'a ical::parser::ical::component::IcalEvent,
    name: &str,
) -> Option<&'a ical::property::Property> {
    e.properties.iter().find(|p| p.name == name)
}

#[test]
fn a_members_calendar_parses_back_with_local_times_and_rrules() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out_path = dir.path().join("callum.ics");
    let out = carecoop(&[
        "ics",
        "--member",
        "Callum Stewart",
        "--data",
        &db,
        "--out",
        &out_path.display().to_string(),
        "--weeks",
        "3",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let raw = std::fs::read_to_string(&out_path).unwrap();
    assert!(raw.contains("\r\n"), "lines end with CRLF");
    let list = events(&out_path);
    assert!(!list.is_empty());
    for e in &list {
        let uid = prop(e, "UID").and_then(|p| p.value.clone()).unwrap();
        assert!(uid.ends_with("@carecoop"));
        let start = prop(e, "DTSTART").unwrap();
        let tzid = start
            .params
            .as_ref()
            .and_then(|ps| ps.iter().find(|(k, _)| k == "TZID"))
            .map(|(_, v)| v[0].clone());
        assert_eq!(tzid.as_deref(), Some("Europe/London"));
        let when = start.value.clone().unwrap();
        assert_eq!(when.len(), 15, "local date-time without Z: {when}");
        assert!(!when.ends_with('Z'));
    }
    // The nature walk runs every Tuesday at 10:00: one event with a weekly RRULE, 3 times.
    let walk = list
        .iter()
        .find(|e| prop(e, "SUMMARY").and_then(|p| p.value.as_deref()) == Some("Nature walk"))
        .unwrap();
    assert!(prop(walk, "DTSTART").unwrap().value.as_ref().unwrap().ends_with("T100000"));
    assert_eq!(prop(walk, "RRULE").unwrap().value.as_deref(), Some("FREQ=WEEKLY;INTERVAL=1;COUNT=3"));
    assert_eq!(prop(walk, "DURATION").unwrap().value.as_deref(), Some("PT120M"));

    // Exporting again gives the same UIDs, so a phone updates rather than duplicates.
    let again = dir.path().join("again.ics");
    assert!(
        carecoop(&[
            "ics",
            "--member",
            "Callum Stewart",
            "--data",
            &db,
            "--out",
            &again.display().to_string(),
            "--weeks",
            "3"
        ])
        .status
        .success()
    );
    let uids = |l: &[ical::parser::ical::component::IcalEvent]| {
        let mut v: Vec<String> =
            l.iter().filter_map(|e| prop(e, "UID").and_then(|p| p.value.clone())).collect();
        v.sort();
        v
    };
    assert_eq!(uids(&list), uids(&events(&again)));
}

#[test]
fn a_persons_calendar_counts_their_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    // P0011 is active; they join weekly groups.
    let out_path = dir.path().join("p.ics");
    let out = carecoop(&[
        "ics",
        "--person",
        "P0011",
        "--data",
        &db,
        "--out",
        &out_path.display().to_string(),
        "--weeks",
        "2",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    let list = events(&out_path);
    assert!(said.starts_with(&format!("Wrote {} event(s)", list.len())), "{said}");
    assert!(!list.is_empty());
    let neither = carecoop(&["ics", "--data", &db, "--out", "x.ics"]);
    assert_eq!(neither.status.code(), Some(1));
    assert!(text(&neither.stderr).contains("give exactly one of --member NAME_OR_ID or --person REF"));
}

#[test]
fn sessions_export_imports_back_and_bad_rows_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let fresh = dir.path().join("fresh.redb").display().to_string();
    for kind in ["activities", "members", "people", "sessions"] {
        let out = carecoop(&["export", kind, "--data", &db, "--format", "csv"]);
        let file = dir.path().join(format!("{kind}.csv"));
        std::fs::write(&file, &out.stdout).unwrap();
        let imported = carecoop(&["import", kind, &file.display().to_string(), "--data", &fresh]);
        assert!(imported.status.success(), "{kind}: {}", text(&imported.stderr));
    }
    let original = carecoop(&["export", "sessions", "--data", &db, "--format", "csv"]);
    let copy = carecoop(&["export", "sessions", "--data", &fresh, "--format", "csv"]);
    assert_eq!(text(&copy.stdout), text(&original.stdout));
    let check = carecoop(&["check", "--data", &fresh]);
    let counts = |o: &Output| text(&o.stdout).lines().find(|l| l.contains("sessions ")).unwrap().to_string();
    assert_eq!(counts(&check), counts(&carecoop(&["check", "--data", &db])));

    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "date,start,minutes,activity,members,participants,venue,repeat,repeat_until\n\
         2026-12-01,25:00,60,Gentle yoga,Kirsty Fleming,,,none,\n\
         2026-12-02,10:00,60,Underwater chess,Nobody Here,P9999,,monthly,\n\
         2026-12-03,10:00,60,Gentle yoga,Kirsty Fleming,,,weekly,\n",
    )
    .unwrap();
    let out = carecoop(&["import", "sessions", &bad.display().to_string(), "--data", &fresh]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    for expected in [
        "line 2, field start: '25:00' is not a time like 10:30",
        "line 3, field activity: there is no activity named 'Underwater chess'",
        "line 3, field members: there is no member named 'Nobody Here'",
        "line 3, field participants: there is no person P9999",
        "line 3, field repeat: 'monthly' should be none, weekly or fortnightly",
        "line 4, field repeat_until: is required when the session repeats",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in {err}");
    }
}

#[test]
fn a_sessions_export_imported_into_the_same_file_changes_nothing() {
    use carecoop::data::{OpenMode, ReadsExt, TransactionExt, WriteExt};
    use carecoop::domain::Session;
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let today = chrono::Local::now().date_naive();
    {
        // Give a future occurrence of a series its own notes, capacity and start time, as
        // someone editing one occurrence would.
        let store = carecoop::store::RedbStore::open(Path::new(&db), OpenMode::ExistingOnly).unwrap();
        let all: Vec<Session> = store.all().unwrap();
        let mut one = all.iter().find(|s| s.series.is_some() && s.date > today).unwrap().clone();
        one.notes = "Bring wellies".into();
        one.capacity = Some(3);
        one.start += chrono::Duration::minutes(30);
        store.write(|tx| tx.put(&mut one)).unwrap();
    }
    let before = {
        let store = carecoop::store::RedbStore::open(Path::new(&db), OpenMode::ExistingOnly).unwrap();
        store.all::<Session>().unwrap()
    };
    let out = carecoop(&["export", "sessions", "--data", &db, "--format", "csv"]);
    let file = dir.path().join("sessions.csv");
    std::fs::write(&file, &out.stdout).unwrap();
    let imported = carecoop(&["import", "sessions", &file.display().to_string(), "--data", &db]);
    assert!(imported.status.success(), "{}", text(&imported.stderr));
    assert!(text(&imported.stdout).contains("(0 occurrences)"), "{}", text(&imported.stdout));
    let store = carecoop::store::RedbStore::open(Path::new(&db), OpenMode::ExistingOnly).unwrap();
    assert_eq!(store.all::<Session>().unwrap(), before, "every session is exactly as it was");
}
