//! The window in Welsh and in English: every view reached by its name, its main controls
//! found by their names, and no English left on a Welsh screen (read from the accessible
//! tree, as a screen reader would). Switching language in Settings takes effect at once.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use carecoop::i18n::Lang;
use carecoop::ui::{AppState, CarecoopApp, Paths};
use common::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use fluent_syntax::ast::{Entry, PatternElement};

/// The demo co-op opened in `lang`.
fn demo_in(dir: &Path, lang: Lang) -> Harness<'static, CarecoopApp> {
    demo(dir);
    open_in(dir, lang)
}

/// The demo file already in `dir`, opened in `lang`.
fn open_in(dir: &Path, lang: Lang) -> Harness<'static, CarecoopApp> {
    let paths = Paths {
        data: dir.join("demo.redb"),
        demo: dir.join("other-demo.redb"),
        exports: Some(dir.to_path_buf()),
    };
    let state = AppState { language: Some(lang), ..AppState::default() };
    let app = CarecoopApp::new(paths, state, today());
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut CarecoopApp| app.app_ui(ui), app);
    h.run();
    h
}

/// Each view's navigation button, and controls it must show, in each language.
const VIEWS: &[(&str, &[&str], &str, &[&str])] = &[
    ("Aelodau", &["Ychwanegu aelod"], "Members", &["Add member"]),
    (
        "Pobl",
        &["Atgyfeiriad newydd", "Pawb", "Llwyth achosion"],
        "People",
        &["New referral", "Everyone", "Caseload"],
    ),
    (
        "Calendr",
        &["Archebu sesiwn", "Heddiw", "Blaenorol", "Nesaf"],
        "Calendar",
        &["Book a session", "Today", "Previous", "Next"],
    ),
    ("Cynllunio", &["Yr wythnos hon", "Yr wythnos nesaf"], "Planning", &["This week", "Next week"]),
    ("Llesiant", &["Cyfarfod achos"], "Wellbeing", &["Case meeting"]),
    ("Adroddiadau", &["Atgyfeiriadau", "Cronfeydd"], "Reports", &["Referrals", "Funds"]),
    (
        "Cydweithfa",
        &["Cofrestr", "Cyfranddaliadau", "Cyfarfodydd"],
        "Co-op",
        &["Register", "Shares", "Meetings"],
    ),
];

/// The other Welsh screens, each reached by pressing these buttons in turn (a name may be
/// the start of a button's name, for tabs that show a count).
const SCREENS: &[&[&str]] = &[
    &["Aelodau", "Catalog gweithgareddau"],
    &["Aelodau", "Cydymffurfiaeth"],
    &["Aelodau", "Ychwanegu aelod"],
    &["Pobl", "Rhestr aros"],
    &["Pobl", "Llwyth achosion"],
    &["Pobl", "I'w hadolygu"],
    &["Pobl", "Atgyfeiriad newydd"],
    &["Calendr", "Mis"],
    &["Calendr", "Archebu sesiwn"],
    &["Llesiant", "Person"],
    &["Llesiant", "Carfan"],
    &["Adroddiadau", "Sesiynau a phresenoldeb"],
    &["Adroddiadau", "Canlyniadau"],
    &["Adroddiadau", "Cydymffurfiaeth"],
    &["Adroddiadau", "Cronfeydd"],
    &["Adroddiadau", "Tâl aelodau"],
    &["Cydweithfa", "Cyfranddaliadau"],
    &["Cydweithfa", "Cyfarfodydd"],
    &["Gosodiadau"],
    &["Gosodiadau", "Trywydd archwilio"],
];

/// Presses the button whose name is `name`, or starts with it.
fn click_starting(h: &mut Harness<'static, CarecoopApp>, name: &str) {
    let full = h
        .root()
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::Button)
        .filter_map(|n| n.accesskit_node().label().map(|l| l.to_string()))
        .find(|l| l == name || l.starts_with(&format!("{name} (")));
    click(h, &full.unwrap_or_else(|| name.to_string()));
}

fn english_text() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n/en-GB/carecoop.ftl")).unwrap()
}

/// Every English message that is plain text (no variables) and differs from its Welsh:
/// such a text on a Welsh screen is a string that escaped translation.
fn english_only_texts() -> BTreeSet<String> {
    let plain = |lang: &str| {
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{lang}/carecoop.ftl")),
        )
        .unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str()).map_err(|_| lang.to_string()).unwrap();
        resource
            .body
            .into_iter()
            .filter_map(|e| match e {
                Entry::Message(m) => {
                    let value = m.value?;
                    let [PatternElement::TextElement { value: text }] = value.elements.as_slice() else {
                        return None;
                    };
                    Some((m.id.name.to_string(), text.to_string()))
                }
                _ => None,
            })
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    let _ = english_text();
    let english = plain("en-GB");
    let welsh = plain("cy");
    english
        .into_iter()
        .filter(|(id, text)| {
            welsh.get(id) != Some(text) && text.chars().filter(|c| c.is_alphabetic()).count() >= 3
        })
        .map(|(_, text)| text)
        .collect()
}

/// Words of English interface text that no Welsh screen should show.
const ENGLISH_WORDS: &[&str] = &[
    "the",
    "and",
    "with",
    "from",
    "this",
    "your",
    "add",
    "save",
    "cancel",
    "edit",
    "delete",
    "show",
    "new",
    "open",
    "close",
    "search",
    "week",
    "today",
    "people",
    "members",
    "sessions",
    "session",
    "referral",
    "referrals",
    "settings",
    "reports",
    "calendar",
    "planning",
    "wellbeing",
    "none",
    "nobody",
    "export",
    "import",
    "back",
    "next",
    "previous",
    "name",
    "date",
    "status",
];

/// Every string the demo co-op holds (names, activities, villages, notes): data shows as it
/// was typed, in whatever language, so it is taken out before looking for English words.
fn data_strings(dir: &Path) -> Vec<String> {
    let db = dir.join("demo.redb").display().to_string();
    let mut found = BTreeSet::new();
    for kind in ["members", "activities", "people", "referrals", "sessions", "funds", "register"] {
        let out = carecoop(&["export", kind, "--data", &db]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        collect_strings(&json, &mut found);
    }
    let mut strings: Vec<String> = found.into_iter().filter(|s| s.chars().count() >= 3).collect();
    // The longest first, so a name is taken out before a word inside it.
    strings.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    strings
}

fn collect_strings(value: &serde_json::Value, out: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::String(s) => {
            out.insert(s.clone());
            for part in s.split([',', ';', '\n']) {
                out.insert(part.trim().to_string());
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| collect_strings(v, out)),
        _ => {}
    }
}

/// Every label on screen that reads as English interface text.
fn english_on_screen(
    h: &Harness<'_, CarecoopApp>,
    english_only: &BTreeSet<String>,
    data: &[String],
) -> Vec<String> {
    let mut found = Vec::new();
    for node in h.root().children_recursive() {
        let a = node.accesskit_node();
        if a.is_hidden() || matches!(a.role(), Role::TextInput | Role::MultilineTextInput) {
            continue;
        }
        let Some(label) = a.label() else { continue };
        let label = label.trim().to_string();
        if english_only.contains(&label) {
            found.push(label);
            continue;
        }
        let mut rest = label.clone();
        for d in data {
            rest = rest.replace(d.as_str(), " ");
        }
        let words: Vec<String> = rest
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        if words.iter().any(|w| ENGLISH_WORDS.contains(&w.as_str())) {
            found.push(label);
        }
    }
    found
}

#[test]
fn every_view_is_reached_and_used_by_its_welsh_names() {
    let dir = tempfile::tempdir().unwrap();
    demo(dir.path());
    let data = data_strings(dir.path());
    let mut h = open_in(dir.path(), Lang::Cy);
    let english_only = english_only_texts();
    let mut leftovers = Vec::new();
    for (view, controls, _, _) in VIEWS {
        click(&mut h, view);
        for control in *controls {
            h.get_by_role_and_label(Role::Button, control);
        }
        for text in english_on_screen(&h, &english_only, &data) {
            leftovers.push(format!("{view}: {text:?}"));
        }
    }
    // Every tab, the person page and the main forms.
    for steps in SCREENS {
        for step in *steps {
            click_starting(&mut h, step);
        }
        for text in english_on_screen(&h, &english_only, &data) {
            leftovers.push(format!("{}: {text:?}", steps.join(" > ")));
        }
    }
    assert!(leftovers.is_empty(), "English on Welsh screens:\n{}", leftovers.join("\n"));
}

#[test]
fn every_view_is_reached_and_used_by_its_english_names() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_in(dir.path(), Lang::En);
    for (_, _, view, controls) in VIEWS {
        click(&mut h, view);
        for control in *controls {
            h.get_by_role_and_label(Role::Button, control);
        }
    }
}

#[test]
fn choosing_cymraeg_in_settings_switches_at_once_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_in(dir.path(), Lang::En);
    click(&mut h, "Settings");
    choose(&mut h, "Language", "Cymraeg");
    h.run();
    // The same frame's views now read in Welsh, without a restart.
    h.get_by_role_and_label(Role::Button, "Aelodau");
    h.get_by_role_and_label(Role::Button, "Pobl");
    assert_eq!(h.state().state().language, Some(Lang::Cy));
    // The menu is labelled in Welsh now; a click through AccessKit leaves it open (no
    // pointer click closes it), so its English choice is pressed directly.
    h.get_by_role_and_label(Role::ComboBox, "Iaith");
    click(&mut h, "English");
    h.get_by_role_and_label(Role::Button, "Members");
    assert_eq!(h.state().state().language, Some(Lang::En));
}

#[test]
fn dates_are_picked_on_a_welsh_calendar() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_in(dir.path(), Lang::Cy);
    click(&mut h, "Calendr");
    click(&mut h, "Archebu sesiwn");
    type_into(&mut h, "Dyddiad", "2026-11-10");
    click(&mut h, "Dewis dyddiad ar galendr");
    for weekday in ["Llun", "Maw", "Mer", "Iau", "Gwe", "Sad", "Sul"] {
        h.get_by_label(weekday);
    }
    h.get_by_label("Tachwedd");
    click(&mut h, "Y mis nesaf");
    click(&mut h, "Dydd Iau 24 Rhagfyr 2026");
    let date = h.get_by_role_and_label(Role::TextInput, "Dyddiad").value().unwrap_or_default();
    assert_eq!(date, "2026-12-24");
}

#[test]
fn the_window_fonts_draw_welsh_letters() {
    let dir = tempfile::tempdir().unwrap();
    let h = demo_in(dir.path(), Lang::Cy);
    let all = h.ctx.fonts_mut(|f| f.has_glyphs(&egui::FontId::proportional(14.0), "ŵŷŴŶâêîôûáéàëïöüÂÊÎÔÛ"));
    assert!(all, "egui's font lacks a Welsh letter");
}

#[test]
fn the_english_finder_finds_english_on_an_english_screen() {
    // The check above can fail: the same screens in English are full of what it looks for.
    let dir = tempfile::tempdir().unwrap();
    demo(dir.path());
    let data = data_strings(dir.path());
    let mut h = open_in(dir.path(), Lang::En);
    let english_only = english_only_texts();
    for (_, _, view, _) in VIEWS {
        click(&mut h, view);
        let found = english_on_screen(&h, &english_only, &data);
        assert!(found.len() >= 3, "{view}: only {found:?}");
    }
}

#[test]
fn a_persons_preferred_language_is_kept_and_their_letter_follows_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_in(dir.path(), Lang::En);
    click(&mut h, "People");
    type_into(&mut h, "Search people", "Agnes Dewar");
    h.get_by_label("Agnes Dewar").click();
    h.run();
    h.get_by_label("Not asked");
    click(&mut h, "Edit profile");
    choose(&mut h, "Preferred language", "Cymraeg");
    click(&mut h, "Save profile");
    // Kept on her page, and her letter is written in Welsh while the window stays English.
    h.get_by_label("Cymraeg");
    click(&mut h, "Outcome letter");
    let text = |h: &Harness<'static, CarecoopApp>| {
        h.get_by_role_and_label(Role::MultilineTextInput, "Letter text (read-only)")
            .value()
            .unwrap_or_default()
    };
    let welsh = text(&h);
    assert!(welsh.contains("CANLYNIAD ATGYFEIRIAD PRESGRIPSIYNU CYMDEITHASOL"), "{welsh}");
    assert!(!welsh.contains("OUTCOME OF SOCIAL PRESCRIBING REFERRAL"), "{welsh}");
    // Both, Welsh first.
    // The letter window's menu is the last one of that name on screen.
    let menu = h.query_all_by_role_and_label(Role::ComboBox, "Language of letters and documents").last();
    menu.expect("the letter's language menu").click_accesskit();
    h.run();
    click(&mut h, "Both (Welsh first)");
    let both = text(&h);
    let (cy, en) = (both.find("CANLYNIAD ATGYFEIRIAD"), both.find("OUTCOME OF SOCIAL PRESCRIBING"));
    assert!(matches!((cy, en), (Some(c), Some(e)) if c < e), "{both}");
}
