//! Layout holds at every window size: for every view (and the person page, the booking form,
//! case meeting mode and Settings) at 1024×700 and 1920×1080, and for the views and the person
//! page at 2560×1440, one frame is laid out and the accessibility tree is read as a screen
//! reader would: no two visible controls or texts overlap, and every one lies inside the window.
//! The views, the person page and the booking form are checked in Welsh too.

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

/// What a node shows on screen: its box cut to every ancestor that clips, or `None` when
/// nothing of it is visible.
///
/// egui gives a scroll area's content a container node and, right after it, one `ScrollBar`
/// sibling per axis that scrolls; a bar spans the viewport along its axis. So a node inside
/// such a container is cut to its bars' spans: what is scrolled out of view, or under the
/// status bar, is not on screen. Other containers hold their children whole, so cutting to
/// them changes nothing.
fn visible(node: &egui_kittest::Node<'_>) -> Option<Rect> {
    let mut rect = node.accesskit_node().bounding_box()?;
    let mut parent = node.accesskit_node().parent();
    while let Some(p) = parent {
        if p.role() != Role::Window
            && let Some(clip) = p.bounding_box()
        {
            rect = rect.intersect(clip);
        }
        for bar in p.following_siblings().take_while(|s| s.role() == Role::ScrollBar) {
            let Some(span) = bar.bounding_box() else { continue };
            if span.height() > span.width() {
                rect.y0 = rect.y0.max(span.y0);
                rect.y1 = rect.y1.min(span.y1);
            } else {
                rect.x0 = rect.x0.max(span.x0);
                rect.x1 = rect.x1.min(span.x1);
            }
        }
        parent = p.parent();
    }
    (rect.width() > 1.0 && rect.height() > 1.0).then_some(rect)
}

/// Every overlap and every node outside the window, in words.
fn problems<S>(h: &Harness<'_, S>, size: egui::Vec2) -> Vec<String> {
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
const LARGEST: egui::Vec2 = egui::vec2(2560.0, 1440.0);

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

/// [`check`] with the window in Welsh, whose words run longer than English.
fn check_in_welsh(screen: &str, sizes: &[egui::Vec2], open: impl Fn(&mut Harness<'_, App>)) -> Vec<String> {
    check(screen, sizes, |h| {
        h.state_mut().set_language(Some(carecoop::i18n::Lang::Cy));
        h.run();
        open(h);
    })
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
fn calendar_booking_and_case_meeting_hold_their_layout_at_1024_and_1920() {
    let mut found = Vec::new();
    found.extend(check("Calendar", &[SMALL, LARGE], |h| click(h, "Calendar")));
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
fn every_view_and_the_person_page_hold_their_layout_at_1920_and_2560() {
    let mut found = Vec::new();
    for view in ["Members", "People", "Calendar", "Planning", "Wellbeing", "Reports", "Co-op", "Settings"] {
        found.extend(check(view, &[LARGE, LARGEST], |h| click(h, view)));
    }
    found.extend(check("the person page", &[LARGE, LARGEST], open_person_page));
    assert_clean(found);
}

#[test]
fn every_other_screen_holds_its_layout_at_1024() {
    let mut found = Vec::new();
    for view in ["Members", "People", "Planning", "Wellbeing", "Reports", "Co-op", "Settings"] {
        found.extend(check(view, &[SMALL], |h| click(h, view)));
    }
    for tab in ["Shares", "Meetings"] {
        found.extend(check(&format!("Co-op {tab}"), &[SMALL, LARGE], |h| {
            click(h, "Co-op");
            click(h, tab);
        }));
    }
    found.extend(check("a meeting", &[SMALL, LARGE], |h| {
        click(h, "Co-op");
        click(h, "Meetings");
        h.get_by_role_and_label(Role::Link, "Annual general meeting, Wed 24 Sep 2025").click_accesskit();
        h.run();
    }));
    found.extend(check("a register entry", &[SMALL], |h| {
        click(h, "Co-op");
        h.get_by_label("Breadalbane Community Trust").click_accesskit();
        h.run();
    }));
    found.extend(check("the person page", &[SMALL], open_person_page));
    assert_clean(found);
}

#[test]
fn every_view_and_the_forms_hold_their_layout_in_welsh_at_1024_and_1920() {
    let mut found = Vec::new();
    for view in
        ["Aelodau", "Pobl", "Calendr", "Cynllunio", "Llesiant", "Adroddiadau", "Cydweithfa", "Gosodiadau"]
    {
        found.extend(check_in_welsh(view, &[SMALL, LARGE], |h| click(h, view)));
    }
    found.extend(check_in_welsh("y dudalen person", &[SMALL, LARGE], |h| {
        click(h, "Pobl");
        type_into(h, "Chwilio am bobl", "Agnes Dewar");
        h.get_by_label("Agnes Dewar").click();
        h.run();
    }));
    found.extend(check_in_welsh("y ffurflen archebu", &[SMALL, LARGE], |h| {
        click(h, "Calendr");
        click(h, "Archebu sesiwn");
    }));
    assert_clean(found);
}

/// The check itself: content scrolled out of a scroll area's view is not reported, while two
/// texts drawn over each other inside it are, and so is a text past the window's edge.
#[test]
fn the_check_sees_overlaps_in_a_scroll_area_and_not_what_is_scrolled_away() {
    let size = egui::vec2(400.0, 300.0);
    let scene = |overlap: bool| {
        move |ui: &mut egui::Ui| {
            ui.heading("Above the list");
            egui::ScrollArea::vertical().max_height(150.0).show(ui, |ui| {
                for row in 0..40 {
                    ui.label(format!("Row {row}"));
                }
                if overlap {
                    let at = ui.min_rect().left_top();
                    ui.put(
                        egui::Rect::from_min_size(at, egui::vec2(80.0, 20.0)),
                        egui::Label::new("Drawn over"),
                    );
                }
            });
        }
    };
    let mut clean = Harness::builder().with_size(size).build_ui(scene(false));
    clean.run();
    assert_clean(problems(&clean, size));

    let mut broken = Harness::builder().with_size(size).build_ui(scene(true));
    broken.run();
    let found = problems(&broken, size);
    assert!(
        found.iter().any(|p| p.contains("\"Drawn over\"") && p.contains("\"Row 0\"")),
        "the overlap inside the scroll area was not reported: {found:?}"
    );
    assert!(
        !found.iter().any(|p| p.contains("Row 39")),
        "a row scrolled out of view was reported: {found:?}"
    );

    let mut outside = Harness::builder().with_size(size).build_ui(|ui| {
        ui.put(
            egui::Rect::from_min_size(egui::pos2(360.0, 10.0), egui::vec2(120.0, 20.0)),
            egui::Label::new("Past the edge"),
        );
    });
    outside.run();
    assert!(problems(&outside, size).iter().any(|p| p.contains("Past the edge") && p.contains("outside")));
}
