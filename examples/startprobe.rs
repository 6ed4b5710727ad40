use carecoop::ui::{AppState, CarecoopApp, Paths, View};

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 900.0))),
        ..Default::default()
    }
}

fn main() {
    let dir = std::path::PathBuf::from("target/bench");
    let today = chrono::Local::now().date_naive();
    let name = std::env::args().nth(1).unwrap_or("large.redb".into());
    let path = dir.join(name);
    for _ in 0..300 {
        let ctx = egui::Context::default();
        let paths = Paths { data: path.clone(), demo: dir.join("unused.redb"), exports: None };
        let mut app = CarecoopApp::new(paths, AppState { view: View::Members, dark: false }, today);
        let _ = ctx.run_ui(input(), |ui| app.app_ui(ui));
    }
}
