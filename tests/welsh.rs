//! Cymraeg from the command line and in documents: `--lang cy` and `LANG=cy_GB.UTF-8` print
//! Welsh, data stays the same in either language, and a person's letter follows the language
//! they prefer, or both (Welsh first).

mod common;

use carecoop::actions::{Action, apply};
use carecoop::data::{OpenMode, Reads};
use carecoop::i18n::Lang;
use carecoop::store::RedbStore;
use common::*;
use std::path::Path;
use std::process::Command;

/// Runs the binary with `LANG` set (and the other locale variables cleared).
fn carecoop_with_lang(lang: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_carecoop"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .output()
        .expect("the binary runs")
}

#[test]
fn the_referrals_report_prints_welsh_with_lang_cy() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = carecoop_with_lang("en_GB.UTF-8", &["--lang", "cy", "report", "referrals", "--data", &db]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    for welsh in [
        "40 atgyfeiriad",
        "Fesul mis:",
        "Fesul ffynhonnell:",
        "Meddyg teulu",
        "Fesul statws:",
        "Wedi'i gwblhau",
    ] {
        assert!(shown.contains(welsh), "{welsh:?} not in:\n{shown}");
    }
    for english in ["referrals", "By source", "GP ", "Completed"] {
        assert!(!shown.contains(english), "{english:?} left in:\n{shown}");
    }
    // The counts line up (right-aligned, so every line ends in one column) however long
    // the Welsh words are.
    let counts: Vec<usize> = shown
        .lines()
        .skip_while(|l| !l.starts_with("Fesul ffynhonnell"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .map(|l| l.chars().count())
        .collect();
    assert_eq!(counts.len(), 7, "{shown}");
    assert!(counts.windows(2).all(|w| w[0] == w[1]), "counts not in one column:\n{shown}");
}

#[test]
fn the_system_locale_chooses_welsh_and_lang_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let welsh = carecoop_with_lang("cy_GB.UTF-8", &["report", "referrals", "--data", &db]);
    assert!(text(&welsh.stdout).contains("Fesul ffynhonnell:"), "{}", text(&welsh.stdout));
    let english = carecoop_with_lang("cy_GB.UTF-8", &["--lang", "en", "report", "referrals", "--data", &db]);
    assert!(text(&english.stdout).contains("By source:"), "{}", text(&english.stdout));
    let errors = carecoop_with_lang("cy_GB.UTF-8", &["letter", "P9999", "--data", &db, "--out", "x.pdf"]);
    assert_eq!(errors.status.code(), Some(1));
    assert!(!text(&errors.stderr).contains("there is no person"), "{}", text(&errors.stderr));
}

#[test]
fn data_and_exports_are_the_same_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    for args in [
        vec!["report", "referrals", "--json"],
        vec!["report", "register", "--json"],
        vec!["export", "people", "--format", "csv"],
        vec!["export", "sessions", "--format", "json"],
        vec!["report", "compliance", "--json"],
    ] {
        let mut en = vec!["--lang", "en"];
        en.extend(&args);
        en.extend(["--data", &db]);
        let mut cy = vec!["--lang", "cy"];
        cy.extend(&args);
        cy.extend(["--data", &db]);
        let (en, cy) = (carecoop(&en), carecoop(&cy));
        assert!(en.status.success() && cy.status.success(), "{args:?}: {}", text(&cy.stderr));
        assert_eq!(text(&en.stdout), text(&cy.stdout), "{args:?} differs between languages");
    }
}

#[test]
fn a_letter_follows_the_persons_language_and_can_be_bilingual_welsh_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    {
        let mut store = RedbStore::open(Path::new(&db), OpenMode::ExistingOnly).unwrap();
        let mut person = store.person_by_ref("P0001").unwrap().unwrap();
        person.preferred_language = Some(Lang::Cy);
        apply(&mut store, Action::SavePerson(Box::new(person)), today()).unwrap();
        assert_eq!(store.person_by_ref("P0001").unwrap().unwrap().preferred_language, Some(Lang::Cy));
        assert!(store.settings().is_ok());
    }
    let letter = |name: &str, extra: &[&str]| {
        let pdf = dir.path().join(name);
        let mut args = vec!["--lang", "en", "letter", "P0001", "--data", &db];
        let out_path = pdf.display().to_string();
        args.extend(["--out", &out_path]);
        args.extend(extra);
        let out = carecoop(&args);
        assert!(out.status.success(), "{}", text(&out.stderr));
        pdf
    };
    let own = letter("own.pdf", &[]);
    let english = letter("english.pdf", &["--doc-lang", "en"]);
    let both = letter("both.pdf", &["--doc-lang", "both"]);
    let Some(own) = pdf_text(&own) else { return };
    assert!(own.contains("Canlyniad atgyfeiriad presgripsiynu cymdeithasol"), "{own}");
    assert!(!own.contains("Outcome of social prescribing referral"), "{own}");
    let english = pdf_text(&english).unwrap_or_default();
    assert!(english.contains("Outcome of social prescribing referral"), "{english}");
    let both = pdf_text(&both).unwrap_or_default();
    let cy = both.find("Canlyniad atgyfeiriad presgripsiynu cymdeithasol");
    let en = both.find("Outcome of social prescribing referral");
    assert!(matches!((cy, en), (Some(c), Some(e)) if c < e), "Welsh first, then English:\n{both}");
    // The English starts on a page of its own.
    assert!(both.contains('\u{c}'), "a page break between the languages");
}

#[test]
fn the_funder_pack_and_a_chart_are_written_in_welsh() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let today = chrono::Local::now().date_naive();
    let (from, to) = ((today - chrono::Days::new(120)).to_string(), today.to_string());
    let pdf = dir.path().join("pack.pdf");
    let pdf_path = pdf.display().to_string();
    let out = carecoop(&[
        "--lang",
        "cy",
        "report",
        "pack",
        "--fund",
        "Befriending fund",
        "--from",
        &from,
        "--to",
        &to,
        "--data",
        &db,
        "--out",
        &pdf_path,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let svg = dir.path().join("referrals.svg");
    let svg_path = svg.display().to_string();
    let out = carecoop(&["--lang", "cy", "report", "referrals", "--data", &db, "--chart", &svg_path]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let drawn = std::fs::read_to_string(&svg).unwrap();
    assert!(drawn.contains("Atgyfeiriadau"), "the chart's words in Welsh");
    assert!(drawn.contains("Meddyg teulu"), "the chart's legend in Welsh");
    let Some(words) = pdf_text(&pdf) else { return };
    for heading in
        ["Pwy a atgyfeiriwyd, ac o ble", "Gweithgareddau a ddarparwyd", "Presenoldeb", "Canlyniadau llesiant"]
    {
        assert!(words.contains(heading), "{heading:?} not in the Welsh pack:\n{words}");
    }
    assert!(!words.contains("Attendance"), "English left in the Welsh pack:\n{words}");
}

#[test]
fn help_is_welsh_with_lang_cy_and_english_help_is_unchanged() {
    let out = carecoop_with_lang("en_GB.UTF-8", &["--lang", "cy", "--help"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let welsh = text(&out.stdout);
    for words in [
        "Defnydd: carecoop [OPTIONS] [COMMAND]",
        "Gorchmynion:",
        "Opsiynau:",
        "Ysgrifennu'r gydweithfa enghreifftiol i ffeil newydd",
        "Dangos adroddiad",
        "Y ffeil ddata i'w hagor",
        "Gwerthoedd posibl:",
        "- cy: Cymraeg",
        "Dangos cymorth (crynodeb gyda '-h')",
    ] {
        assert!(welsh.contains(words), "{words:?} not in:\n{welsh}");
    }
    for english in
        ["Usage:", "Commands:", "Options:", "Write the demo co-op", "Print help", "Possible values"]
    {
        assert!(!welsh.contains(english), "{english:?} left in:\n{welsh}");
    }

    let english = carecoop_with_lang("en_GB.UTF-8", &["--help"]);
    let chosen = carecoop_with_lang("cy_GB.UTF-8", &["--lang", "en", "--help"]);
    assert!(english.status.success() && chosen.status.success());
    let english = text(&english.stdout);
    assert_eq!(english, text(&chosen.stdout), "--lang en gives the same help as an English system");
    for words in [
        "Usage: carecoop [OPTIONS] [COMMAND]",
        "Commands:",
        "Write the demo co-op into a new file",
        "Print help",
    ] {
        assert!(english.contains(words), "{words:?} not in:\n{english}");
    }
}

#[test]
fn subcommand_help_follows_lang_and_the_system_locale() {
    let report = text(&carecoop_with_lang("en_GB.UTF-8", &["--lang=cy", "report", "--help"]).stdout);
    assert!(report.contains("Atgyfeiriadau fesul mis a ffynhonnell"), "{report}");
    assert!(report.contains("Defnydd: carecoop report"), "{report}");
    let letter = carecoop_with_lang("cy_GB.UTF-8", &["letter", "--help"]);
    assert!(letter.status.success(), "{}", text(&letter.stderr));
    let letter = text(&letter.stdout);
    for words in
        ["Ysgrifennu'r llythyr canlyniad", "Ymresymiadau:\n  <REF>", "Cyfeirnod y person", "- both: Y ddwy"]
    {
        assert!(letter.contains(words), "{words:?} not in:\n{letter}");
    }
    assert!(letter.find("Ymresymiadau:") < letter.find("Opsiynau:"), "arguments before options:\n{letter}");
    let short = text(&carecoop_with_lang("cy_GB.UTF-8", &["ics", "-h"]).stdout);
    assert!(short.contains("(1 i 520) [diofyn: 12]"), "{short}");
    assert!(short.contains("[gwerthoedd posibl: en, cy]"), "{short}");
    let via_help = text(&carecoop_with_lang("en_GB.UTF-8", &["--lang", "cy", "help", "server"]).stdout);
    assert!(via_help.contains("Creu mewngofnod yn un o'r rolau"), "{via_help}");
    // A mistake is still refused the same way, in either language.
    let wrong = carecoop_with_lang("cy_GB.UTF-8", &["chart", "P0001", "--width", "5"]);
    assert_eq!(wrong.status.code(), Some(1));
}

#[test]
fn the_audit_trail_reads_in_welsh_and_stays_english_as_data() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = carecoop(&["export", "person", "P0001", "--data", &db]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let welsh = carecoop(&["--lang", "cy", "audit", "--data", &db]);
    let shown = text(&welsh.stdout);
    assert!(shown.contains("allforio person"), "{shown}");
    assert!(!shown.contains("exported person"), "{shown}");
    let english = text(&carecoop(&["--lang", "en", "audit", "--data", &db]).stdout);
    assert!(english.contains("exported person"), "{english}");
    // The trail itself, as JSON, is data: the same words in either language.
    let json_cy = text(&carecoop(&["--lang", "cy", "audit", "--json", "--data", &db]).stdout);
    let json_en = text(&carecoop(&["--lang", "en", "audit", "--json", "--data", &db]).stdout);
    assert_eq!(json_cy, json_en);
    assert!(json_cy.contains("\"action\": \"exported person\""), "{json_cy}");
}
