//! Team mode's speed against a PostgreSQL server on this machine (loopback), with the large
//! co-op (500 members, 60,000 people, 1,000,000 session places) copied into it:
//! `carecoop copy` of the large co-op to the server, the window's start (connect and read
//! the co-op into its in-memory copy), the first frame of each view and the CPU per frame
//! afterwards (views read the copy, never the network), a durable save on the server, and
//! the memory the window holds.
//!
//! ```sh
//! CARECOOP_TEST_PG=postgres://USER@HOST:PORT/DB cargo bench --bench team_perf
//! ```
//! The URL is an administrator's; a database is made beside it for the run and dropped after.
//! Uses target/bench/large.redb (made by `cargo bench --bench perf`), or CARECOOP_BENCH_DATA.

use carecoop::actions::{Action, apply};
use carecoop::data::{OpenMode, ReadsExt};
use carecoop::domain::Member;
use carecoop::pg::PgStore;
use carecoop::store::RedbStore;
use carecoop::ui::{AppState, CarecoopApp, Paths, View};
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
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

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(times: &mut [Duration], p: f64) -> f64 {
    times.sort();
    let at = ((times.len() as f64 - 1.0) * p).round() as usize;
    ms(times[at])
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 900.0))),
        ..Default::default()
    }
}

fn frame(ctx: &egui::Context, app: &mut CarecoopApp) {
    let _ = ctx.run_ui(input(), |ui| app.app_ui(ui));
}

/// Peak resident memory of this process, in MB.
fn peak_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn main() {
    let Some(admin) = std::env::var("CARECOOP_TEST_PG").ok().filter(|u| !u.is_empty()) else {
        println!("team_perf skipped: set CARECOOP_TEST_PG=postgres://USER@HOST:PORT/DB");
        return;
    };
    let large = std::env::var_os("CARECOOP_BENCH_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench/large.redb"));
    assert!(large.exists(), "{} is missing: run `cargo bench --bench perf` once to make it", large.display());
    let name = format!("carecoop_team_perf_{}", std::process::id());
    let mut client = postgres::Client::connect(&admin, postgres::NoTls).expect("the admin URL connects");
    client.batch_execute(&format!("CREATE DATABASE {name}")).expect("a database for the run");
    let url = with_database(&admin, &name);

    // carecoop copy: the large co-op from its file to the server.
    let started = Instant::now();
    {
        let from = RedbStore::open(&large, OpenMode::ExistingOnly).expect("open the large file");
        let to = PgStore::open(&url, OpenMode::CreateIfMissing).expect("open the server");
        carecoop::copy::copy_all(&from, &to, &mut |_, _, _| {}).expect("copy");
    }
    let copy = started.elapsed();
    println!(
        "copy of the large co-op to the server: {:.1} s (peak memory so far {:.0} MB)",
        copy.as_secs_f64(),
        peak_mb()
    );
    // The window's own peak from here on (Linux: writing 5 resets the peak to the current size).
    std::fs::write("/proc/self/clear_refs", "5").ok();

    // The window: start, until the co-op is read into its copy and the roster drawn.
    let paths = Paths {
        data: PathBuf::from(&url),
        demo: std::env::temp_dir().join("unused-demo.redb"),
        exports: None,
    };
    let ctx = egui::Context::default();
    let started = Instant::now();
    let mut app = CarecoopApp::new(paths, AppState::default(), today());
    frame(&ctx, &mut app);
    let first_frame = started.elapsed();
    while app.waiting_for_server() {
        std::thread::sleep(Duration::from_millis(5));
        frame(&ctx, &mut app);
    }
    frame(&ctx, &mut app);
    let loaded = started.elapsed();
    println!(
        "window start: first frame (connecting) {:.1} ms; the co-op read and the roster drawn {:.1} s",
        ms(first_frame),
        loaded.as_secs_f64()
    );

    for view in View::ALL {
        app.show_view(view);
        let t = Instant::now();
        frame(&ctx, &mut app);
        let first = t.elapsed();
        let mut times: Vec<Duration> = (0..300)
            .map(|_| {
                let t = Instant::now();
                frame(&ctx, &mut app);
                t.elapsed()
            })
            .collect();
        println!(
            "{:<10} first frame {:>7.1} ms; per frame p50 {:.3} ms, p99 {:.3} ms",
            view.label(),
            ms(first),
            percentile(&mut times, 0.5),
            percentile(&mut times, 0.99)
        );
    }
    println!(
        "peak resident memory since the copy, the window with the large co-op in memory: {:.0} MB",
        peak_mb()
    );

    // A durable save on the server: a member edit (one transaction, commit on loopback).
    let mut store = PgStore::open(&url, OpenMode::ExistingOnly).expect("open the server");
    let mut member: Member = store.all::<Member>().expect("members").into_iter().next().expect("a member");
    let mut times = Vec::new();
    for i in 0..300 {
        member.notes = format!("note {i}");
        let t = Instant::now();
        apply(&mut store, Action::SaveMember(Box::new(member.clone())), today()).expect("save");
        times.push(t.elapsed());
    }
    println!(
        "save of a member edit on the server: p50 {:.2} ms, p99 {:.2} ms",
        percentile(&mut times, 0.5),
        percentile(&mut times, 0.99)
    );
    drop(store);
    drop(app);
    client.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).ok();
}
