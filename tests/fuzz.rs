//! Fuzzing on stable Rust (proptest): no input may crash carecoop, only be refused.
//! - Record decoding: a stored value replaced by arbitrary bytes, or a real record mutated
//!   (bits flipped, cut short, extended, its version tag changed), in any table; every read
//!   and `check` then answer or fail with an error, never a panic.
//! - Import: arbitrary text and mutated real exports (bad quoting, columns dropped or
//!   swapped, huge cells, text in other encodings and separators, .xlsx workbooks with spoiled
//!   sheet XML) for every import kind; a file is planned whole or refused, and a refused
//!   import changes nothing.
//! - CLI arguments: dates, weeks, months, sizes and days at and past their bounds; the binary
//!   answers or refuses with a message, never a panic.
//!
//! `cargo test --test fuzz` runs a bounded number of cases; `cargo test --release --test fuzz
//! -- --ignored` fuzzes for `CARECOOP_FUZZ_MINUTES` (10) minutes and prints the case count.

mod common;

use carecoop::actions::{Action, ImportBatch, apply};
use carecoop::data::{DataStore, ReadsExt, RecordKind};
use carecoop::domain::*;
use carecoop::exchange::import::*;
use carecoop::exchange::{self as export, Names};
use carecoop::store::RedbStore;
use common::disk::{SimDisk, picture};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use redb::{ReadableTable, TableDefinition};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// The demo co-op on a simulated disk, as durable bytes, written once.
fn demo_image() -> &'static Vec<u8> {
    static IMAGE: OnceLock<Vec<u8>> = OnceLock::new();
    IMAGE.get_or_init(|| {
        let disk = SimDisk::new();
        {
            let store = RedbStore::on_backend(disk.clone(), "demo").unwrap();
            carecoop::demo::write_demo(&store, today()).unwrap();
            apply(&mut { store }, Action::SetComplianceWindow(30), today()).unwrap();
        }
        disk.durable()
    })
}

/// Every table whose values carecoop decodes.
const TABLES: &[&str] = &[
    "members",
    "activities",
    "people",
    "referrals",
    "sessions",
    "series",
    "assessments",
    "funds",
    "contacts",
    "availability",
    "settings",
    "person_summaries",
    "referral_glances",
    "audit_trail",
];

/// How a stored value is spoiled.
#[derive(Debug, Clone)]
enum Spoil {
    /// Replaced by these bytes.
    Replace(Vec<u8>),
    /// Bit `bit` of byte `at` (modulo the length) flipped.
    Flip { at: usize, bit: u8 },
    /// Cut to this fraction of its length (in 1/256ths).
    Cut(u8),
    /// These bytes added to the end.
    Extend(Vec<u8>),
    /// The version tag set to this.
    Tag(u8),
}

fn spoil_strategy() -> impl Strategy<Value = Spoil> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..300).prop_map(Spoil::Replace),
        (any::<usize>(), 0u8..8).prop_map(|(at, bit)| Spoil::Flip { at, bit }),
        any::<u8>().prop_map(Spoil::Cut),
        proptest::collection::vec(any::<u8>(), 1..64).prop_map(Spoil::Extend),
        any::<u8>().prop_map(Spoil::Tag),
    ]
}

fn spoiled(value: &[u8], spoil: &Spoil) -> Vec<u8> {
    let mut v = value.to_vec();
    match spoil {
        Spoil::Replace(bytes) => v = bytes.clone(),
        Spoil::Flip { at, bit } if !v.is_empty() => {
            let i = at % v.len();
            v[i] ^= 1 << bit;
        }
        Spoil::Flip { .. } => {}
        Spoil::Cut(fraction) => v.truncate(v.len() * usize::from(*fraction) / 256),
        Spoil::Extend(bytes) => v.extend_from_slice(bytes),
        Spoil::Tag(tag) if !v.is_empty() => v[0] = *tag,
        Spoil::Tag(_) => {}
    }
    v
}

/// Reads everything a window or command could read; any answer but a panic is fine.
fn read_everything(store: &dyn DataStore) {
    for kind in RecordKind::ALL {
        store.all_any(*kind).ok();
        store.count_kind(*kind).ok();
    }
    store.person_summaries().ok();
    store.referral_glances_with_status(ReferralStatus::ALL).ok();
    store.referrals_with_status(ReferralStatus::ALL).ok();
    store.sessions_between(today() - chrono::Days::new(3650), today() + chrono::Days::new(3650)).ok();
    store.settings().ok();
    store.audit_trail(&Default::default(), None).ok();
    if let Ok(people) = store.all::<Person>() {
        for p in people.iter().take(5) {
            store.history_of_person(p.id).ok();
        }
    }
    store.check().ok();
}

/// The demo co-op with `spoil` applied to the value at position `pick` of `table`, as a
/// restart finds it.
fn spoiled_store(table: &str, pick: usize, spoil: &Spoil) -> Result<RedbStore, carecoop::data::DataError> {
    let disk = SimDisk::holding(demo_image().clone());
    {
        let db = redb::Database::builder().create_with_backend(disk.clone()).unwrap();
        let txn = db.begin_write().unwrap();
        {
            let definition: TableDefinition<u64, &[u8]> = TableDefinition::new(table);
            let mut t = txn.open_table(definition).unwrap();
            let entries: Vec<(u64, Vec<u8>)> =
                t.iter().unwrap().map(|e| e.unwrap()).map(|(k, v)| (k.value(), v.value().to_vec())).collect();
            if let Some((key, value)) = entries.get(pick % entries.len().max(1)) {
                t.insert(key, spoiled(value, spoil).as_slice()).unwrap();
            }
        }
        txn.commit().unwrap();
    }
    RedbStore::on_backend(SimDisk::holding(disk.durable()), "spoiled")
}

/// One case: `spoil` applied to the value at position `pick` of `table` in the demo co-op,
/// then everything read.
fn decode_case(table: &str, pick: usize, spoil: &Spoil) {
    // Opening may refuse (an error names what is wrong); what opens must read without panic.
    if let Ok(store) = spoiled_store(table, pick, spoil) {
        read_everything(&store);
    }
}

/// Real export files of the demo co-op, one per import kind (the seeds mutations start from).
fn seeds() -> &'static Vec<(ImportKind, String)> {
    static SEEDS: OnceLock<Vec<(ImportKind, String)>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let store = RedbStore::on_backend(SimDisk::holding(demo_image().clone()), "demo").unwrap();
        let names = Names {
            members: store.all::<Member>().unwrap().into_iter().map(|m| (m.id.0, m.name)).collect(),
            activities: store.all::<Activity>().unwrap().into_iter().map(|a| (a.id.0, a.name)).collect(),
            people: store.all::<Person>().unwrap().into_iter().map(|p| (p.id.0, p.reference)).collect(),
            series: store.all::<Series>().unwrap().into_iter().map(|s| (s.id.0, s)).collect(),
        };
        let csv = |t: carecoop::exchange::Table| t.to_csv().unwrap();
        vec![
            (ImportKind::Members, csv(export::members(&store.all::<Member>().unwrap(), &names))),
            (ImportKind::Activities, csv(export::activities(&store.all::<Activity>().unwrap()))),
            (ImportKind::People, csv(export::people(&store.all::<Person>().unwrap()))),
            (ImportKind::Referrals, csv(export::referrals(&store.all::<Referral>().unwrap(), &names))),
            (ImportKind::Assessments, csv(export::assessments(&store.all::<Assessment>().unwrap(), &names))),
            (ImportKind::Sessions, csv(export::sessions(&store.all::<Session>().unwrap(), &names))),
        ]
    })
}

/// Every import kind (`ImportKind::ALL`).
const KINDS: &[ImportKind] = ImportKind::ALL;

/// How a CSV file is spoiled.
#[derive(Debug, Clone)]
enum Mangle {
    /// Arbitrary text instead of the file.
    Arbitrary(String),
    /// A character inserted at a position (a stray quote, comma, newline...).
    Insert { at: usize, what: char },
    /// A stretch deleted.
    Delete { at: usize, len: usize },
    /// A line repeated.
    RepeatLine(usize),
    /// Two header names swapped.
    SwapColumns(usize, usize),
    /// A column dropped from the header only.
    DropColumn(usize),
    /// A cell of 100,000 characters.
    HugeCell(usize),
    /// The text saved in another encoding (UTF-16, Latin-1, UTF-8 with a mark).
    Encoding(u8),
    /// Every comma a semicolon (or a tab), as Excel in other locales saves.
    Separator(bool),
    /// The file as an .xlsx workbook whose sheet XML has a character inserted or a stretch
    /// deleted (the zip around it whole, so the spreadsheet reader parses the damage).
    Workbook { at: usize, len: usize, what: char },
}

fn mangle_strategy() -> impl Strategy<Value = Mangle> {
    prop_oneof![
        ".{0,400}".prop_map(Mangle::Arbitrary),
        (any::<usize>(), prop_oneof![Just('"'), Just(','), Just('\n'), Just('\r'), Just(';'), any::<char>()])
            .prop_map(|(at, what)| Mangle::Insert { at, what }),
        (any::<usize>(), 1usize..200).prop_map(|(at, len)| Mangle::Delete { at, len }),
        any::<usize>().prop_map(Mangle::RepeatLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mangle::SwapColumns(a, b)),
        any::<usize>().prop_map(Mangle::DropColumn),
        any::<usize>().prop_map(Mangle::HugeCell),
        (0u8..3).prop_map(Mangle::Encoding),
        any::<bool>().prop_map(Mangle::Separator),
        (any::<usize>(), 0usize..40, prop_oneof![Just('<'), Just('>'), Just('"'), Just('&'), any::<char>()])
            .prop_map(|(at, len, what)| Mangle::Workbook { at, len, what }),
    ]
}

fn char_boundary(text: &str, at: usize) -> usize {
    let mut i = at % (text.len() + 1);
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `seed` as an .xlsx workbook with its sheet's XML spoiled at `at`.
fn spoiled_workbook(seed: &str, at: usize, len: usize, what: char) -> Vec<u8> {
    use std::io::{Read, Write};
    let book = carecoop::exchange::xlsx::csv_to_xlsx("Sheet1", seed).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(book)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut data = String::new();
        entry.read_to_string(&mut data).unwrap();
        if name.starts_with("xl/worksheets/sheet") {
            let start = char_boundary(&data, at);
            let end = char_boundary(&data, (start + len).min(data.len())).max(start);
            data.replace_range(start..end, &what.to_string());
        }
        out.start_file(name, stored).unwrap();
        out.write_all(data.as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

fn mangled(seed: &str, mangle: &Mangle) -> Vec<u8> {
    let mut lines: Vec<String> = seed.lines().map(str::to_string).collect();
    match mangle {
        Mangle::Workbook { at, len, what } => return spoiled_workbook(seed, *at, *len, *what),
        Mangle::Arbitrary(text) => return text.clone().into_bytes(),
        Mangle::Insert { at, what } => {
            let mut t = seed.to_string();
            t.insert(char_boundary(seed, *at), *what);
            return t.into_bytes();
        }
        Mangle::Delete { at, len } => {
            let start = char_boundary(seed, *at);
            let end = char_boundary(seed, (start + len).min(seed.len()));
            let mut t = seed.to_string();
            t.replace_range(start..end.max(start), "");
            return t.into_bytes();
        }
        Mangle::Separator(tab) => return seed.replace(',', if *tab { "\t" } else { ";" }).into_bytes(),
        Mangle::RepeatLine(i) if !lines.is_empty() => {
            let line = lines[i % lines.len()].clone();
            lines.push(line);
        }
        Mangle::SwapColumns(..) | Mangle::DropColumn(_) if lines.is_empty() => {}
        Mangle::SwapColumns(a, b) => {
            let mut header: Vec<&str> = lines[0].split(',').collect();
            let n = header.len();
            header.swap(a % n, b % n);
            lines[0] = header.join(",");
        }
        Mangle::DropColumn(a) => {
            let mut header: Vec<&str> = lines[0].split(',').collect();
            let n = header.len();
            header.remove(a % n);
            lines[0] = header.join(",");
        }
        Mangle::HugeCell(i) if lines.len() > 1 => {
            let row = 1 + i % (lines.len() - 1);
            lines[row] = format!("{},{}", "x".repeat(100_000), lines[row]);
        }
        Mangle::Encoding(e) => {
            let bytes: Vec<u8> = match e {
                0 => seed.encode_utf16().flat_map(u16::to_le_bytes).collect(),
                1 => seed.chars().map(|c| if (c as u32) < 256 { c as u8 } else { b'?' }).collect(),
                _ => [&[0xEF, 0xBB, 0xBF][..], seed.as_bytes()].concat(),
            };
            return bytes;
        }
        _ => {}
    }
    lines.join("\n").into_bytes()
}

/// Plans `text` as an import of `kind` against the demo co-op and commits it: all of it, or
/// (refused at planning or at storing) nothing at all.
fn import_case(kind: ImportKind, bytes: &[u8]) {
    let mut store = RedbStore::on_backend(SimDisk::holding(demo_image().clone()), "demo").unwrap();
    // Unreadable as a table, or a refused plan: nothing to store.
    let name = if bytes.starts_with(b"PK") { "import.xlsx" } else { "import.csv" };
    let Ok(sheet) = Sheet::read(name, bytes, None) else { return };
    let planned = ImportBatch::plan(&store, kind, &sheet, today());
    let Ok(batch) = planned else { return };
    let before = picture(&store);
    if apply(&mut store, Action::Import(Box::new(batch)), today()).is_err() {
        assert_eq!(picture(&store), before, "a refused {kind:?} import changed the co-op");
    }
}

/// The argument lists the fuzzer fills: each with its slot for a value at or past a bound.
const ARGUMENTS: &[&[&str]] = &[
    &["match", "P0001", "--weeks", "{}"],
    &["match", "P0001", "--book", "{}"],
    &["ics", "--person", "P0001", "--out", "{out}", "--weeks", "{}"],
    &["chart", "P0001", "--out", "{png}", "--width", "{}"],
    &["chart", "P0001", "--out", "{png}", "--height", "{}"],
    &["report", "compliance", "--within", "{}"],
    &["report", "hours", "--month", "{}"],
    &["report", "availability", "--week", "{}"],
    &["report", "referrals", "--from", "{}"],
    &["report", "referrals", "--to", "{}"],
    &["audit", "--from", "{}"],
    &["audit", "--to", "{}"],
    &[
        "report",
        "pack",
        "--fund",
        "Perth and Kinross Council",
        "--from",
        "{}",
        "--to",
        "2026-12-31",
        "--out",
        "{out}",
    ],
    &[
        "report",
        "pack",
        "--fund",
        "Perth and Kinross Council",
        "--from",
        "2026-01-01",
        "--to",
        "{}",
        "--out",
        "{out}",
    ],
    &["export", "person", "{}"],
];

fn value_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        // Numbers at, around and far past every bound.
        prop_oneof![
            Just(0i128),
            Just(1),
            Just(-1),
            Just(52),
            Just(53),
            Just(100),
            Just(101),
            Just(149),
            Just(150),
            Just(199),
            Just(200),
            Just(520),
            Just(521),
            Just(3650),
            Just(3651),
            Just(8000),
            Just(8001),
            Just(i128::from(u16::MAX) + 1),
            Just(i128::from(u32::MAX)),
            Just(i128::from(u32::MAX) + 1),
            Just(i128::from(i64::MAX)),
            Just(i128::MAX),
        ]
        .prop_map(|n| n.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        // Dates at the calendar's edges and past them.
        prop_oneof![
            Just("0001-01-01"),
            Just("-0001-12-31"),
            Just("9999-12-31"),
            Just("+262142-12-31"),
            Just("-262143-01-01"),
            Just("2026-02-29"),
            Just("2024-02-29"),
            Just("2026-13-01"),
            Just("2026-00-10"),
            Just("2026-12-32"),
        ]
        .prop_map(str::to_string),
        (-300_000i32..300_000, 0u32..15, 0u32..35).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        // Months and ISO weeks.
        (-300_000i32..300_000, 0u32..15).prop_map(|(y, m)| format!("{y:04}-{m:02}")),
        (-300_000i32..300_000, 0u32..60).prop_map(|(y, w)| format!("{y}-W{w:02}")),
        "[^\\x00]{0,20}",
    ]
}

/// Runs the binary on the demo file with `value` in `args`' slot: any exit but a panic.
fn cli_case(data: &std::path::Path, out: &std::path::Path, args: &[&str], value: &str) {
    let filled: Vec<String> = args
        .iter()
        .map(|a| {
            a.replace("{out}", &out.display().to_string())
                .replace("{png}", &out.with_extension("png").display().to_string())
                .replace("{}", value)
        })
        .collect();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_carecoop"))
        .args(&filled)
        .args(["--data", &data.display().to_string()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.code().is_some_and(|c| c == 0 || c == 1 || c == 2) && !stderr.contains("panicked"),
        "carecoop {filled:?} crashed ({:?}): {stderr}",
        output.status
    );
}

fn cli_data() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo.redb");
    carecoop::demo::write_demo_file(&data, chrono::Local::now().date_naive()).unwrap();
    (dir, data)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_spoiled_stored_value_is_an_error_never_a_panic(table in 0..TABLES.len(), pick in any::<usize>(), spoil in spoil_strategy()) {
        decode_case(TABLES[table], pick, &spoil);
    }

    #[test]
    fn a_mangled_import_file_is_refused_or_imported_whole(kind in 0..KINDS.len(), seed in any::<usize>(), mangle in mangle_strategy()) {
        let seeds = seeds();
        let bytes = mangled(&seeds[seed % seeds.len()].1, &mangle);
        import_case(KINDS[kind], &bytes);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn command_line_values_past_their_bounds_are_refused_never_a_panic(args in 0..ARGUMENTS.len(), value in value_strategy()) {
        static DATA: OnceLock<(tempfile::TempDir, std::path::PathBuf)> = OnceLock::new();
        let (dir, data) = DATA.get_or_init(cli_data);
        let out = dir.path().join("out.file");
        cli_case(data, &out, ARGUMENTS[args], &value);
    }
}

/// The fuzzer's spoiling reaches the decoder: a person stored under an unknown version is
/// an error naming the record, and `check` lists it.
#[test]
fn a_spoiled_record_is_named_by_reads_and_by_check() {
    let store = spoiled_store("people", 0, &Spoil::Tag(250)).expect("the file opens");
    let error = store.all::<Person>().expect_err("the spoiled person cannot be read").to_string();
    assert!(error.contains("cannot be read"), "{error}");
    let report = store.check().unwrap();
    assert!(!report.problems.is_empty(), "check finds the spoiled record");
    let store = spoiled_store("sessions", 3, &Spoil::Cut(100)).expect("the file opens");
    assert!(store.all::<Session>().is_err(), "a session cut short cannot be read");
}

/// Every bound of every numeric argument, exactly at and one past it, run once each.
#[test]
fn every_numeric_bound_is_checked() {
    let (dir, data) = cli_data();
    let out = dir.path().join("out.file");
    for args in ARGUMENTS {
        for value in [
            "0",
            "1",
            "52",
            "53",
            "100",
            "101",
            "149",
            "150",
            "520",
            "521",
            "3650",
            "3651",
            "8000",
            "8001",
            "-1",
            "4294967296",
        ] {
            cli_case(&data, &out, args, value);
        }
    }
}

/// Draws from `strategy` and runs `check` until `until`; returns how many cases ran. A panic
/// prints the input that caused it before failing.
fn fuzz_until<S: Strategy>(until: Instant, strategy: S, check: impl Fn(&S::Value)) -> u64
where
    S::Value: std::fmt::Debug,
{
    let mut runner = TestRunner::deterministic();
    let mut n = 0;
    while Instant::now() < until {
        let value = strategy.new_tree(&mut runner).expect("the strategy draws").current();
        if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&value))).is_err() {
            panic!("crashed on {value:?}");
        }
        n += 1;
    }
    n
}

#[test]
#[ignore = "the long run: cargo test --release --test fuzz -- --ignored"]
fn fuzz_for_ten_minutes() {
    let minutes: u64 = std::env::var("CARECOOP_FUZZ_MINUTES").ok().and_then(|m| m.parse().ok()).unwrap_or(10);
    let share = Duration::from_secs(minutes * 60) / 10;
    let start = Instant::now();
    let decoded =
        fuzz_until(start + share * 4, (0..TABLES.len(), any::<usize>(), spoil_strategy()), |(t, p, s)| {
            decode_case(TABLES[*t], *p, s)
        });
    let imported =
        fuzz_until(start + share * 8, (0..KINDS.len(), any::<usize>(), mangle_strategy()), |(k, s, m)| {
            let seeds = seeds();
            import_case(KINDS[*k], &mangled(&seeds[s % seeds.len()].1, m));
        });
    let (dir, data) = cli_data();
    let out = dir.path().join("out.file");
    let commands = fuzz_until(start + share * 10, (0..ARGUMENTS.len(), value_strategy()), |(a, v)| {
        cli_case(&data, &out, ARGUMENTS[*a], v)
    });
    eprintln!(
        "fuzzed for {:.1} min: {decoded} spoiled stored values, {imported} mangled import files, {commands} command lines; no crash",
        start.elapsed().as_secs_f64() / 60.0
    );
}
