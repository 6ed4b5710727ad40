use carecoop::store::{OpenMode, Store};
use carecoop::ui::{AppState, CarecoopApp, Paths, View};
use std::time::Instant;

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 900.0))),
        ..Default::default()
    }
}

fn main() {
    let dir = std::path::PathBuf::from("target/bench");
    let today = chrono::Local::now().date_naive();
    for name in ["empty.redb", "large.redb"] {
        let path = dir.join(name);
        for _ in 0..3 {
            let t = Instant::now();
            let store = Store::open(&path, OpenMode::ExistingOnly).unwrap();
            let open = t.elapsed();
            let t = Instant::now();
            let members = store.all::<carecoop::domain::Member>().unwrap();
            let acts = store.all::<carecoop::domain::Activity>().unwrap();
            println!("read {} members {} activities in {:?}", members.len(), acts.len(), t.elapsed());
            drop(store);
            let t = Instant::now();
            let ctx = egui::Context::default();
            let ctx_new = t.elapsed();
            let t = Instant::now();
            let paths = Paths { data: path.clone(), demo: dir.join("unused.redb"), exports: None };
            let mut app = CarecoopApp::new(paths, AppState { view: View::Members, dark: false }, today);
            let app_new = t.elapsed();
            let t = Instant::now();
            let _ = ctx.run_ui(input(), |ui| app.app_ui(ui));
            let frame1 = t.elapsed();
            let t = Instant::now();
            let _ = ctx.run_ui(input(), |ui| app.app_ui(ui));
            let frame2 = t.elapsed();
            let t = Instant::now();
            let _ = ctx.run_ui(input(), |ui| app.app_ui(ui));
            let _ = ctx.run_ui(input(), |ui| app.app_ui(ui));
            let frame34 = t.elapsed() / 2;
            println!("{name}: frame3-4 {frame34:?} passes {:?}", ctx.cumulative_pass_nr());
            println!(
                "{name}: open {open:?} ctx {ctx_new:?} app {app_new:?} frame1 {frame1:?} frame2 {frame2:?}"
            );
        }
    }
}
