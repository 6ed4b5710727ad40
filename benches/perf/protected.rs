//! A file protected with a passphrase against the same file without one: opening it and
//! drawing a view's first frame, the passphrase's key derivation alone, a durable save, and the
//! name search. Targets: protected ≤ 1.5× plain; search unchanged.

use super::{app_on_store, bench_dir, frame, large_file};
use carecoop::data::{OpenMode, Reads};
use carecoop::store::RedbStore;
use carecoop::ui::View;
use criterion::Criterion;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const PASSPHRASE: &str = "heather on the hill by the burn";

/// A protected copy of the large file (made once; how long protecting took is printed).
fn protected_large_file() -> PathBuf {
    let path = bench_dir().join("large-protected.redb");
    if !path.exists() {
        let copy = bench_dir().join("large-protected.tmp");
        std::fs::copy(large_file(), &copy).expect("copy the large file");
        let mut store = RedbStore::open(&copy, OpenMode::ExistingOnly).expect("open the copy");
        let t = Instant::now();
        store.protect(PASSPHRASE).expect("protect");
        println!(
            "protecting the large file (rewriting every value sealed): {:.2} s",
            t.elapsed().as_secs_f64()
        );
        drop(store);
        std::fs::rename(&copy, &path).expect("keep the protected copy");
    }
    path
}

fn open(path: &std::path::Path, secret: Option<&str>) -> RedbStore {
    RedbStore::open_with(path, OpenMode::ExistingOnly, secret).expect("open")
}

/// Open and first frame, the passphrase's key derivation, saves, search.
pub fn protected(c: &mut Criterion) {
    let (plain, sealed) = (large_file(), protected_large_file());
    let ctx = egui::Context::default();
    let mut group = c.benchmark_group("protected");
    group.sample_size(10).measurement_time(Duration::from_secs(4));
    frame(&ctx, &mut app_on_store(Box::new(open(&plain, None)), View::Members));
    for view in [View::Members, View::People, View::Wellbeing] {
        group.bench_function(format!("open_and_first_frame_plain_{}", crate::view_name(view)), |b| {
            b.iter(|| frame(&ctx, &mut app_on_store(Box::new(open(&plain, None)), view)))
        });
        group.bench_function(format!("open_and_first_frame_protected_{}", crate::view_name(view)), |b| {
            b.iter(|| frame(&ctx, &mut app_on_store(Box::new(open(&sealed, Some(PASSPHRASE))), view)))
        });
    }
    group.bench_function("open_plain", |b| b.iter(|| black_box(open(&plain, None))));
    group.bench_function("open_protected_with_key_derivation", |b| {
        b.iter(|| black_box(open(&sealed, Some(PASSPHRASE))))
    });
    // Saves on small files, as the save benchmark does.
    for (name, protect) in [("save_plain", false), ("save_protected", true)] {
        let path = bench_dir().join(format!("{name}.redb"));
        let _ = std::fs::remove_file(&path);
        let mut store = RedbStore::open(&path, OpenMode::CreateIfMissing).expect("create");
        if protect {
            store.protect(PASSPHRASE).expect("protect");
        }
        let mut assessment = super::seed_assessment(&store);
        group.bench_function(format!("{name}_assessment_edit"), |b| {
            b.iter(|| super::save_assessment(&store, &mut assessment))
        });
    }
    // The search reads each summary's search key once the list is loaded, whatever the file.
    let keys: Vec<String> = open(&sealed, Some(PASSPHRASE))
        .person_summaries()
        .expect("people")
        .into_iter()
        .map(|p| p.search_key)
        .collect();
    group.bench_function("search_people_per_keystroke_protected", |b| {
        b.iter(|| black_box(keys.iter().filter(|k| k.contains(black_box("mora"))).count()))
    });
    group.finish();
}
