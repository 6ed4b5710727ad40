//! Layout holds at every window size: for every view (and the person page, the booking form,
//! case meeting mode and Settings) at 1024×700 and 1920×1080, one frame is laid out and the
//! accessibility tree is read as a screen reader would: no two visible controls or texts
//! overlap, and every one lies inside the window.

mod common;

use common::*;
use egui::accesskit::{Rect, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

type App = carecoop::ui::CarecoopApp;

/// The roles a person sees and uses: controls and text.
fn counted(role: Role) -> bool {
    matches!(
        role,
        Role::Button
            | Role::TextInput
            | Role::MultilineTextInput
            | Role::ComboBox
            | Role::CheckBox
            | Role::RadioButton
            | Role::Label
            | Role::Image
            | Role::Slider
            | Role::SpinButton
            | Role::Link
            | Role::ProgressIndicator
    )
}

/// What a node shows on screen: its box cut to every ancestor that clips (scroll areas), or
/// `None` when nothing of it is visible.
fn visible(node: &egui_kittest::Node<'_>) -> Option<Rect> {
    let mut rect = node.accesskit_node().bounding_box()?;
    let mut parent = node.accesskit_node().parent();
    while let Some(p) = parent {
        // A scroll area's viewport clips what it holds; other containers hold their
        // children whole, so cutting to them changes nothing.
        if p.role() != Role::Window
            && let Some(clip) = p.bounding_box()
        {
            rect = rect.intersect(clip);
        }
        parent = p.parent();
    }
    (rect.width() > 1.0 && rect.height() > 1.0).then_some(rect)
}

/// Every overlap and every node outside the window, in words.
fn problems(h: &Harness<'_, App>, size: egui::Vec2) -> Vec<String> {
    let root = h.root();
    let nodes: Vec<(String, Rect)> = root
        .children_recursive()
        .filter(|n| counted(n.accesskit_node().role()) && !n.accesskit_node().is_hidden())
        .filter_map(|n| {
            let rect = visible(&n)?;
            let a = n.accesskit_node();
            let name = a.label().or(a.value()).unwrap_or_default().chars().take(60).collect::<String>();
            Some((format!("{:?} {name:?}", a.role()), rect))
        })
        .collect();
    let mut found = Vec::new();
    for (name, r) in &nodes {
        if r.x0 < -1.0 || r.y0 < -1.0 || r.x1 > f64::from(size.x) + 1.0 || r.y1 > f64::from(size.y) + 1.0 {
            found.push(format!("{name} at {r:?} is outside the {}×{} window", size.x, size.y));
        }
    }
    for (i, (a, ra)) in nodes.iter().enumerate() {
        for (b, rb) in &nodes[i + 1..] {
            let cut = ra.intersect(*rb);
            if cut.width() > 2.0 && cut.height() > 2.0 {
                found.push(format!("{a} at {ra:?} overlaps {b} at {rb:?}"));
            }
        }
    }
    found
}

const SMALL: egui::Vec2 = egui::vec2(1024.0, 700.0);
const LARGE: egui::Vec2 = egui::vec2(1920.0, 1080.0);

/// Lays out `screen` (reached by `open`) at each size and checks it.
fn check(screen: &str, sizes: &[egui::Vec2], open: impl Fn(&mut Harness<'_, App>)) -> Vec<String> {
    let mut all = Vec::new();
    for size in sizes {
        let dir = tempfile::tempdir().unwrap();
        let mut h = demo_harness(dir.path());
        h.set_size(*size);
        h.run();
        open(&mut h);
        h.run();
        all.extend(
            problems(&h, *size).into_iter().map(|p| format!("{screen} at {}×{}: {p}", size.x, size.y)),
        );
    }
    all
}

fn assert_clean(problems: Vec<String>) {
    assert!(problems.is_empty(), "{} layout problem(s):\n{}", problems.len(), problems.join("\n"));
}

fn open_person_page(h: &mut Harness<'_, App>) {
    click(h, "People");
    type_into(h, "Search people", "Agnes Dewar");
    h.get_by_label("Agnes Dewar").click();
    h.run();
}

#[test]
fn calendar_booking_and_case_meeting_hold_their_layout_at_both_sizes_and_settings_at_1920() {
    let mut found = Vec::new();
    found.extend(check("Calendar", &[SMALL, LARGE], |h| click(h, "Calendar")));
    found.extend(check("Settings", &[LARGE], |h| click(h, "Settings")));
    found.extend(check("the booking form", &[SMALL, LARGE], |h| {
        click(h, "Calendar");
        click(h, "Book a session");
    }));
    found.extend(check("case meeting mode", &[SMALL, LARGE], |h| {
        click(h, "Wellbeing");
        click(h, "Case meeting");
    }));
    assert_clean(found);
}

#[test]
fn every_view_and_the_person_page_hold_their_layout_at_1920() {
    let mut found = Vec::new();
    for view in ["Members", "Planning", "Wellbeing", "Reports"] {
        found.extend(check(view, &[LARGE], |h| click(h, view)));
    }
    found.extend(check("the person page", &[LARGE], open_person_page));
    assert_clean(found);
}

/// Still reported (issue #21): wherever a scroll area holds more than fits (the tables, Settings,
/// the person page, Planning's stacked pane), what it shows only in part or scrolls out of view
/// is reported under the status bar or outside the window, because AccessKit carries no clip
/// rectangle for egui's scroll areas; scrolled content needs another way to be told from real
/// overlaps before these screens can be asserted. Run with `--ignored` to see the list.
#[test]
#[ignore = "known layout problems at 1024x700, issue #21"]
fn the_remaining_screens_hold_their_layout() {
    let mut found = Vec::new();
    for view in ["Members", "People", "Planning", "Wellbeing", "Reports", "Settings"] {
        found.extend(check(view, &[SMALL], |h| click(h, view)));
    }
    found.extend(check("People", &[LARGE], |h| click(h, "People")));
    found.extend(check("the person page", &[SMALL], open_person_page));
    assert_clean(found);
}
