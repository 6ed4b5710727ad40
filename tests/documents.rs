//! Printable documents as a person receives them: the GP outcome letter and the
//! subject-access copy as PDFs, from the command line and the window. Each PDF is read back
//! with poppler's `pdftotext` (and its pages rendered with `pdftoppm`), as a reader would.

mod common;

use carecoop::actions::{Action, apply};
use carecoop::data::{OpenMode, Reads};
use carecoop::store::RedbStore;
use common::*;
use std::path::Path;
use std::process::Command;

/// How many pages poppler renders.
fn rendered_pages(pdf: &Path) -> Option<usize> {
    let dir = pdf.parent()?.join("pages");
    std::fs::create_dir_all(&dir).ok()?;
    let out =
        Command::new("pdftoppm").args(["-r", "30", "-png"]).arg(pdf).arg(dir.join("page")).output().ok()?;
    assert!(out.status.success(), "pdftoppm could not render {}", pdf.display());
    Some(std::fs::read_dir(&dir).ok()?.count())
}

fn set_coop(db: &str) {
    let mut store = RedbStore::open(Path::new(db), OpenMode::ExistingOnly).unwrap();
    let mut settings = store.settings().unwrap();
    settings.coop_name = "Strathtay Care Co-operative".into();
    settings.coop_address = "The Old School\nMain Street, Aberfeldy PH15 2AA".into();
    apply(&mut store, Action::SaveSettings(Box::new(settings)), today()).unwrap();
}

#[test]
fn the_outcome_letter_is_a_pdf_with_the_coop_the_code_and_the_scores() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    set_coop(&db);
    let pdf = dir.path().join("letter.pdf");
    let out = carecoop(&["letter", "P0001", "--data", &db, "--out", &pdf.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
    let Some(words) = pdf_text(&pdf) else { return };
    for expected in [
        "Strathtay Care Co-operative",
        "Main Street, Aberfeldy PH15 2AA",
        "Agnes Dewar (ref P0001)",
        "871731000000106 Referral to social prescribing service",
        "WEMWBS: 38 before, 47 after, a change of +9: improved",
    ] {
        assert!(words.contains(expected), "{expected:?} not in the letter:\n{words}");
    }
    assert_eq!(rendered_pages(&pdf), Some(1));
    // Without consent to share, no letter, and no file.
    let refused = dir.path().join("refused.pdf");
    let out = carecoop(&["letter", "P0006", "--data", &db, "--out", &refused.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("has not consented to sharing outcomes"), "{}", text(&out.stderr));
    assert!(!refused.exists());
}

#[test]
fn the_subject_access_copy_is_a_readable_pdf_with_every_section() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let pdf = dir.path().join("P0001-data.pdf");
    let out = carecoop(&[
        "export",
        "person",
        "P0001",
        "--data",
        &db,
        "--format",
        "pdf",
        "--out",
        &pdf.display().to_string(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let Some(words) = pdf_text(&pdf) else { return };
    for expected in [
        "What we hold about Agnes Dewar",
        "Profile",
        "Plan",
        "Referrals",
        "Contacts",
        "Sessions",
        "Assessments",
        "1 January 1938",
        "Lonely or isolated",
        "Completed",
    ] {
        assert!(words.contains(expected), "{expected:?} not in the copy:\n{words}");
    }
    for stored in ["lonely_or_isolated", "did_not_engage", "community_nurse", "\"ref\""] {
        assert!(!words.contains(stored), "the stored name {stored:?} is shown instead of its label");
    }
    assert!(rendered_pages(&pdf).is_some_and(|n| n >= 2));
    // JSON stays the machine-readable copy; a PDF needs a file to go to.
    let out = carecoop(&["export", "person", "P0001", "--data", &db, "--format", "pdf"]);
    assert!(text(&out.stderr).contains("give the file with --out FILE.pdf"));
    let out = carecoop(&["export", "people", "--data", &db, "--format", "pdf", "--out", "x.pdf"]);
    assert!(text(&out.stderr).contains("--format pdf is for export person REF"));
}

#[test]
fn the_funder_pack_is_also_a_pdf_with_its_sections_and_no_names() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let today = chrono::Local::now().date_naive();
    let (from, to) = ((today - chrono::Days::new(120)).to_string(), today.to_string());
    let pdf = dir.path().join("pack.pdf");
    let out = carecoop(&[
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
        &pdf.display().to_string(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let Some(words) = pdf_text(&pdf) else { return };
    for section in [
        "Who was referred, and from where",
        "Activities delivered",
        "Attendance",
        "Spend against budget",
        "Wellbeing outcomes",
        "Method",
        "indicative only",
    ] {
        assert!(words.contains(section), "{section:?} not in the pack:\n{words}");
    }
    assert!(!words.contains("Agnes Dewar"), "no names unless asked");
    assert!(rendered_pages(&pdf).is_some_and(|n| n >= 2));
}

#[test]
fn the_window_saves_the_letter_and_the_copy_as_pdf_and_settings_hold_the_coop() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Settings");
    type_into(&mut h, "Co-op name", "Strathtay Care Co-operative");
    click(&mut h, "Save settings");
    click(&mut h, "People");
    type_into(&mut h, "Search people", "Agnes Dewar");
    h.get_by_label("Agnes Dewar").click();
    h.run();
    click(&mut h, "Outcome letter");
    click(&mut h, "Save as PDF...");
    let letter = dir.path().join("outcome-P0001.pdf");
    assert!(std::fs::read(&letter).is_ok_and(|b| b.starts_with(b"%PDF-")), "the letter was saved as PDF");
    if let Some(words) = pdf_text(&letter) {
        assert!(words.contains("Strathtay Care Co-operative"), "{words}");
    }
    click(&mut h, "Close letter");
    use egui_kittest::kittest::Queryable;
    h.get_by_label("Data rights").click_accesskit();
    h.run();
    click(&mut h, "Export this person's data as PDF...");
    let copy = dir.path().join("P0001-data.pdf");
    assert!(std::fs::read(&copy).is_ok_and(|b| b.starts_with(b"%PDF-")), "the copy was saved as PDF");
}

/// The co-op's papers: the register, and last year's AGM's pack and minutes, as PDFs a
/// member reads (the window saves these same documents).
#[test]
fn the_register_and_a_meetings_pack_and_minutes_are_readable_pdfs() {
    use carecoop::data::ReadsExt;
    use carecoop::domain::{Meeting, MeetingKind, RegisterEntry};
    use carecoop::report::coop;
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    set_coop(&db);
    let store = RedbStore::open(Path::new(&db), OpenMode::ExistingOnly).unwrap();
    let settings = store.settings().unwrap();
    let lines = coop::register(&store, today(), true).unwrap();
    let register: Vec<RegisterEntry> = store.all().unwrap();
    let agm = store.all::<Meeting>().unwrap().into_iter().find(|m| m.kind == MeetingKind::Agm).unwrap();
    let docs = [
        ("register.pdf", coop::register_document(&lines, &settings, today())),
        ("pack.pdf", coop::meeting_pack(&agm, &register, &settings)),
        ("minutes.pdf", coop::minutes(&agm, &register, &settings)),
    ];
    for (name, doc) in docs {
        let pdf = dir.path().join(name);
        std::fs::write(&pdf, doc.to_pdf().unwrap()).unwrap();
        let Some(words) = pdf_text(&pdf) else { return };
        assert!(words.contains("Strathtay Care Co-operative"), "{name}: {words}");
        match name {
            "register.pdf" => {
                for expected in [
                    "register of members",
                    "Breadalbane Community Trust",
                    "Worker members",
                    "Officers",
                    "Chair",
                    "Loan stock",
                ] {
                    assert!(words.contains(expected), "{name} lacks {expected}: {words}");
                }
            }
            "pack.pdf" => {
                for expected in [
                    "Annual general meeting",
                    "Resolutions to be put",
                    "special resolution: at least 75%",
                    "Members entitled to attend",
                ] {
                    assert!(words.contains(expected), "{name} lacks {expected}: {words}");
                }
            }
            _ => {
                for expected in [
                    "Attendance",
                    "By proxy (the chair)",
                    "the meeting was quorate",
                    "For 14, against 9, abstained 2: not passed",
                ] {
                    assert!(words.contains(expected), "{name} lacks {expected}: {words}");
                }
            }
        }
        assert!(rendered_pages(&pdf).is_none_or(|n| n >= 1));
    }
}
