//! Speed and memory on a large co-op (500 members, 60,000 people, 1,000,000 attendances):
//! first frame and per-frame CPU of each view, search per keystroke, a durable save against a
//! bare redb commit, the person chart, and read queries against SQLite with the same indexes.
//!
//! `cargo bench` generates target/bench/large.redb on first run (set CARECOOP_BENCH_DATA to
//! use another file). Extra figures (p99 frame times, SQLite ratios, peak memory) are printed.

use carecoop::charts::{ChartStyle, render, render_png};
use carecoop::data::{OpenMode, Reads, TransactionExt, WriteExt};
use carecoop::domain::{ReferralStatus, Settings};
use carecoop::i18n::Lang;
use carecoop::store::RedbStore;
use carecoop::ui::{AppState, CarecoopApp, Paths, View};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn bench_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// The large file (generated once).
fn large_file() -> PathBuf {
    if let Some(p) = std::env::var_os("CARECOOP_BENCH_DATA") {
        return PathBuf::from(p);
    }
    let path = bench_dir().join("large.redb");
    if !path.exists() {
        let store = RedbStore::open(&path, OpenMode::CreateIfMissing).expect("create the bench file");
        let scale = carecoop::generate::Scale::named("large").expect("large scale");
        carecoop::generate::generate(&store, scale, today(), |_, _, _| {}).expect("generate");
    }
    path
}

/// The demo co-op (30 members: a full screen of roster, a tiny file), to show that start-up
/// depends on what one screen shows, not on how much the file holds.
fn demo_file() -> PathBuf {
    let path = bench_dir().join("demo.redb");
    if !path.exists() {
        carecoop::demo::write_demo_file(&path, today()).expect("demo");
    }
    path
}

/// An empty co-op, set up, for the first-frame baseline.
fn empty_file() -> PathBuf {
    let path = bench_dir().join("empty.redb");
    if !path.exists() {
        let store = RedbStore::open(&path, OpenMode::CreateIfMissing).expect("create");
        store.write(|w| w.mark_set_up()).expect("set up");
    }
    path
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 900.0))),
        ..Default::default()
    }
}

fn app_on(path: &std::path::Path, view: View) -> CarecoopApp {
    app_in(path, view, Lang::En)
}

/// The app on `path` showing `view`, in `lang`.
fn app_in(path: &std::path::Path, view: View, lang: Lang) -> CarecoopApp {
    let paths = Paths {
        data: path.to_path_buf(),
        demo: bench_dir().join("unused-demo.redb"),
        exports: Some(bench_dir()),
    };
    let state = AppState { view, dark: false, language: Some(lang), ..AppState::default() };
    CarecoopApp::new(paths, state, today())
}

/// The app on a store opened elsewhere (a protected file, unlocked).
fn app_on_store(store: Box<dyn carecoop::data::DataStore>, view: View) -> CarecoopApp {
    let paths =
        Paths { data: bench_dir().join("store"), demo: bench_dir().join("unused-demo.redb"), exports: None };
    CarecoopApp::with_store(paths, AppState { view, dark: false, ..AppState::default() }, today(), store)
}

/// A view's name for benchmark ids: English, whatever the language drawn.
fn view_name(view: View) -> &'static str {
    carecoop::i18n::with_lang(Lang::En, || view.label())
}

fn frame(ctx: &egui::Context, app: &mut CarecoopApp) {
    let _ = ctx.run_ui(input(), |ui| app.app_ui(ui));
}

const VIEWS: [View; 7] = View::ALL;

fn first_frames(c: &mut Criterion) {
    let large = large_file();
    let empty = empty_file();
    let ctx = egui::Context::default();
    frame(&ctx, &mut app_on(&empty, View::Members)); // fonts and layout caches warm
    let mut group = c.benchmark_group("open_and_first_frame");
    group.sample_size(10).measurement_time(Duration::from_secs(4));
    group.bench_function("empty_file", |b| b.iter(|| frame(&ctx, &mut app_on(&empty, View::Members))));
    // Start to first frame as a user sees it: a new egui context (fonts), the file opened, the
    // default view drawn.
    group.bench_function("start_empty_file", |b| {
        b.iter(|| frame(&egui::Context::default(), &mut app_on(&empty, View::Members)))
    });
    let demo = demo_file();
    group.bench_function("start_demo_file", |b| {
        b.iter(|| frame(&egui::Context::default(), &mut app_on(&demo, View::Members)))
    });
    group.bench_function("start_large_file", |b| {
        b.iter(|| frame(&egui::Context::default(), &mut app_on(&large, View::Members)))
    });
    for view in VIEWS {
        group.bench_function(view_name(view), |b| b.iter(|| frame(&ctx, &mut app_on(&large, view))));
    }
    group.finish();
}

fn per_frame(c: &mut Criterion) {
    let large = large_file();
    let ctx = egui::Context::default();
    let mut group = c.benchmark_group("frame");
    group.sample_size(30).measurement_time(Duration::from_secs(3));
    // In English and in Welsh: every label is a Fluent lookup, every frame.
    for lang in Lang::ALL {
        for view in VIEWS {
            let mut app = app_in(&large, view, lang);
            frame(&ctx, &mut app);
            frame(&ctx, &mut app);
            let name = format!("{}_{}", view_name(view), lang.code());
            group.bench_function(&name, |b| b.iter(|| frame(&ctx, &mut app)));
            // p99 over 300 frames, printed for the README.
            let mut times: Vec<Duration> = (0..300)
                .map(|_| {
                    let t = Instant::now();
                    frame(&ctx, &mut app);
                    t.elapsed()
                })
                .collect();
            times.sort();
            println!("p99 frame {name:<13} {:>8.3} ms", times[296].as_secs_f64() * 1000.0);
        }
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let store = RedbStore::open(&large_file(), OpenMode::ExistingOnly).expect("open");
    let people = store.person_summaries().expect("people");
    drop(store);
    // As the People view does: each summary carries its lower-cased search key.
    let keys: Vec<String> = people.into_iter().map(|p| p.search_key).collect();
    c.bench_function("search_people_per_keystroke", |b| {
        b.iter(|| black_box(keys.iter().filter(|k| k.contains(black_box("mora"))).count()))
    });
}

fn saves(c: &mut Criterion) {
    let path = bench_dir().join("save.redb");
    let _ = std::fs::remove_file(&path);
    let store = RedbStore::open(&path, OpenMode::CreateIfMissing).expect("create");
    let mut member = carecoop::domain::Member::named("Bench Member");
    store.write(|w| w.put(&mut member).map(drop)).expect("seed");
    // An assessment save also rewrites its person's summary in the same transaction.
    let mut assessment = seed_assessment(&store);
    let mut group = c.benchmark_group("durable_save");
    group.sample_size(20);
    group.bench_function("carecoop_edit", |b| {
        b.iter(|| {
            member.notes = format!("{:?}", Instant::now());
            store.write(|w| w.put(&mut member).map(drop)).expect("save");
        })
    });
    group.bench_function("carecoop_assessment_edit", |b| b.iter(|| save_assessment(&store, &mut assessment)));
    drop(store);
    let raw_path = bench_dir().join("raw.redb");
    let _ = std::fs::remove_file(&raw_path);
    let db = redb::Database::create(&raw_path).expect("raw");
    let table: redb::TableDefinition<u64, &[u8]> = redb::TableDefinition::new("t");
    let bytes = vec![7u8; 160];
    group.bench_function("bare_redb_commit", |b| {
        b.iter(|| {
            let txn = db.begin_write().expect("txn");
            txn.open_table(table).expect("table").insert(1, bytes.as_slice()).expect("insert");
            txn.commit().expect("commit");
        })
    });
    group.finish();
}

/// A person with one assessment in `store`; returns the assessment, to save again and again.
fn seed_assessment(store: &RedbStore) -> carecoop::domain::Assessment {
    let mut person = carecoop::domain::Person::new("P0001", "Bench Person");
    store.write(|w| w.put(&mut person).map(drop)).expect("seed");
    let mut assessment = carecoop::domain::Assessment {
        id: carecoop::domain::AssessmentId::NEW,
        person: person.id,
        date: today(),
        timepoint: carecoop::domain::Timepoint::Before,
        instrument: carecoop::domain::Instrument::Wemwbs,
        answers: vec![Some(3); 14],
        recorded_by: String::new(),
    };
    store.write(|w| w.put(&mut assessment).map(drop)).expect("seed");
    assessment
}

/// Saves `assessment` with its first answer flipped.
fn save_assessment(store: &RedbStore, assessment: &mut carecoop::domain::Assessment) {
    assessment.answers[0] = Some(if assessment.answers[0] == Some(3) { 4 } else { 3 });
    store.write(|w| w.put(&mut *assessment).map(drop)).expect("save");
}

fn charts(c: &mut Criterion) {
    let store = RedbStore::open(&large_file(), OpenMode::ExistingOnly).expect("open");
    let person = store.person_by_ref("P0001").expect("read").expect("P0001");
    let chart =
        carecoop::report::charts::person_chart(&store, &person, None, &Settings::default(), "P0001".into())
            .expect("chart");
    drop(store);
    let mut group = c.benchmark_group("person_chart");
    group.bench_function("to_texture_pixels", |b| {
        b.iter(|| black_box(render(&chart, 900, 420, &ChartStyle::default()).expect("render")))
    });
    group.bench_function("to_png", |b| {
        b.iter(|| black_box(render_png(&chart, 900, 420, &ChartStyle::default()).expect("png")))
    });
    group.finish();
}

mod protected;
mod sqlite;

fn reads(c: &mut Criterion) {
    let store = RedbStore::open(&large_file(), OpenMode::ExistingOnly).expect("open");
    // The name carries the SQLite schema's version: a change to the schema makes a new file.
    let conn = sqlite::load(&store, &bench_dir().join("large-2.sqlite"));
    let week_from = today() - chrono::Days::new(30);
    let week_to = week_from + chrono::Days::new(6);
    let person = store.person_by_ref("P0100").expect("read").expect("P0100");
    let mut group = c.benchmark_group("reads");
    group.sample_size(20);
    let mut ratios = Vec::new();
    let mut pair =
        |name: &str, mut ours: Box<dyn FnMut() -> usize + '_>, mut theirs: Box<dyn FnMut() -> usize + '_>| {
            assert_eq!(ours(), theirs(), "{name}: carecoop and SQLite must return the same rows");
            let time = |f: &mut dyn FnMut() -> usize| {
                let t = Instant::now();
                for _ in 0..20 {
                    black_box(f());
                }
                t.elapsed().as_secs_f64() / 20.0
            };
            let (a, b) = (time(&mut *ours), time(&mut *theirs));
            ratios.push((name.to_string(), a * 1000.0, b * 1000.0));
        };
    pair(
        "week_of_sessions",
        Box::new(|| store.sessions_between(week_from, week_to).expect("week").len()),
        Box::new(|| sqlite::week(&conn, week_from, week_to)),
    );
    pair(
        "person_full_history",
        Box::new(|| {
            let history = store.history_of_person(person.id).expect("history");
            history.referrals.len() + history.sessions.len() + history.assessments.len()
        }),
        Box::new(|| sqlite::history(&conn, person.id.0)),
    );
    pair(
        "waiting_list",
        Box::new(|| store.referral_glances_with_status(ReferralStatus::WAITING).expect("w").len()),
        Box::new(|| sqlite::waiting(&conn)),
    );
    pair(
        "cohort_outcomes",
        Box::new(|| {
            let report = carecoop::report::outcomes::outcomes_report(
                &store,
                &[carecoop::domain::Instrument::Wemwbs],
                &Settings::default(),
            )
            .expect("outcomes");
            report.people.len()
        }),
        Box::new(|| sqlite::cohort(&conn)),
    );
    group.bench_function("week_of_sessions_carecoop", |b| {
        b.iter(|| store.sessions_between(week_from, week_to).expect("week").len())
    });
    group.bench_function("week_of_sessions_sqlite", |b| b.iter(|| sqlite::week(&conn, week_from, week_to)));
    group.finish();
    for (name, ours, theirs) in ratios {
        println!(
            "read {name:<22} carecoop {ours:>9.3} ms  sqlite {theirs:>9.3} ms  ratio {:.2}",
            ours / theirs
        );
    }
}

fn peak_memory(_c: &mut Criterion) {
    // The app with the large file open, every view drawn once.
    let ctx = egui::Context::default();
    let mut app = app_on(&large_file(), View::Members);
    for view in VIEWS {
        app = app_on(&large_file(), view);
        frame(&ctx, &mut app);
        frame(&ctx, &mut app);
    }
    drop(app);
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let hwm = status.lines().find(|l| l.starts_with("VmHWM")).unwrap_or("VmHWM: unknown");
    println!(
        "peak resident memory after opening the large file and drawing every view: {}",
        hwm.trim_start_matches("VmHWM:").trim()
    );
}

criterion_group!(
    benches,
    peak_memory,
    first_frames,
    per_frame,
    search,
    saves,
    charts,
    reads,
    protected::protected
);
criterion_main!(benches);
