//! Imports that take what people already have, through the real binary: labels and synonyms
//! for stored names, UK dates and times, `£` amounts, references in any scheme, Windows-1252,
//! UTF-16 and semicolon- or tab-separated text, `.xlsx` and `.ods` workbooks, line numbers as
//! the file has them, optional columns that keep what is stored, templates that import back,
//! and typed `.xlsx` exports.

mod common;

use calamine::{Data, Reader};
use common::{carecoop, text};
use std::io::Write;
use std::path::Path;

fn write(dir: &Path, name: &str, body: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    path.display().to_string()
}

fn export(db: &str, kind: &str) -> String {
    let out = carecoop(&["export", kind, "--data", db, "--format", "csv"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

/// Imports and expects success; returns (stdout, stderr).
fn import_ok(db: &str, kind: &str, file: &str, extra: &[&str]) -> (String, String) {
    let mut args = vec!["import", kind, file, "--data", db];
    args.extend_from_slice(extra);
    let out = carecoop(&args);
    assert!(out.status.success(), "import {kind} {file}: {}", text(&out.stderr));
    (text(&out.stdout), text(&out.stderr))
}

fn import_err(db: &str, kind: &str, file: &str) -> String {
    let out = carecoop(&["import", kind, file, "--data", db]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    text(&out.stderr)
}

/// A co-op with one activity, one member and two people.
fn small_coop(dir: &Path) -> String {
    let db = dir.join("coop.redb").display().to_string();
    let a = write(dir, "a.csv", b"name,format,capacity,default_minutes\nNature walk,Group,10,90\n");
    import_ok(&db, "activities", &a, &[]);
    let m = write(dir, "m.csv", b"name,hourly_rate_gbp\nMorag Stewart,18.50\n");
    import_ok(&db, "members", &m, &[]);
    let p = write(dir, "p.csv", b"ref,name\nCWC-012,Ann Bell\nCWC-013,Bob Gray\n");
    import_ok(&db, "people", &p, &[]);
    db
}

#[test]
fn values_as_a_coordinator_types_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("coop.redb").display().to_string();
    let activities = write(
        dir.path(),
        "activities.csv",
        "name,category,format,capacity,venue,village,default_minutes,price_gbp,price_unit\n\
         Befriending,Social,One-to-one,1,At home,,60,\u{a3}20.00,hour\n\
         Yoga,Movement,group,12,Hall,,60,\"\u{a3}1,250\",per person\n\
         Art,Creative,GROUP,8,Hall,,60,5,Each\n\
         Walk,Outdoors,group,8,Hall,,60,5,Per Hour\n"
            .as_bytes(),
    );
    import_ok(&db, "activities", &activities, &[]);
    let csv = export(&db, "activities");
    assert!(csv.contains("Befriending,Social,one_to_one,1,At home,,60,20.00,per_hour"), "{csv}");
    assert!(csv.contains("Yoga,Movement,group,12,Hall,,60,1250.00,per_person"), "{csv}");
    assert!(csv.contains("Art,Creative,group,8,Hall,,60,5.00,per_person"), "{csv}");
    assert!(csv.contains("Walk,Outdoors,group,8,Hall,,60,5.00,per_hour"), "{csv}");

    let people = write(
        dir.path(),
        "people.csv",
        b"ref,name,date_of_birth,needs,consent_store,consent_share\n\
          CWC-012,Ann Bell,18/04/1952,Lonely or isolated;mental health,10/01/2026,Y\n\
          2024/17,Bob Gray,1950-01-02,,,no\n\
          ,Cat Dunn,,,,0\n",
    );
    import_ok(&db, "people", &people, &[]);
    let csv = export(&db, "people");
    assert!(csv.contains("CWC-012,Ann Bell,,1952-04-18,"), "{csv}");
    assert!(csv.contains("lonely_or_isolated;mental_health,,,2026-01-10,yes"), "{csv}");
    assert!(csv.contains("2024/17,Bob Gray,"), "{csv}");
    assert!(csv.contains("P0001,Cat Dunn,"), "a person without a reference gets the next P number: {csv}");

    let referrals = write(
        dir.path(),
        "referrals.csv",
        b"person_ref,date,source,referrer,reason,urgency,status\n\
          CWC-012,03/02/2026,Community nurse,,,Urgent,Did not engage\n\
          2024/17,2026-02-04,carer/family,,,,\n\
          P0001,2026-02-05,Social Services,,,,Active\n",
    );
    import_ok(&db, "referrals", &referrals, &[]);
    let csv = export(&db, "referrals");
    assert!(csv.contains("CWC-012,2026-02-03,community_nurse,,,urgent,did_not_engage"), "{csv}");
    assert!(csv.contains("2024/17,2026-02-04,carer_family,,,routine,new"), "{csv}");
    assert!(csv.contains("P0001,2026-02-05,social_services,,,routine,active"), "{csv}");

    let members = write(
        dir.path(),
        "members.csv",
        b"name,hourly_rate_gbp,role\nMorag Stewart,\"\xc2\xa31,018.50\",Wellbeing Specialist\n",
    );
    import_ok(&db, "members", &members, &[]);
    let sessions = write(
        dir.path(),
        "sessions.csv",
        b"date,start,activity,members,participants,repeat,repeat_until\n\
          03/03/2026,10.00,yoga,Morag Stewart,CWC-012;2024/17,Every two weeks,31/03/2026\n",
    );
    import_ok(&db, "sessions", &sessions, &[]);
    let csv = export(&db, "sessions");
    assert!(
        csv.contains("2026-03-03,10:00,60,Yoga,Morag Stewart,CWC-012;2024/17,Hall,fortnightly,2026-03-31"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 2, "one row for the series: {csv}");
}

#[test]
fn text_in_the_encodings_and_separators_excel_saves() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("coop.redb").display().to_string();
    // Excel "CSV (Comma delimited)" on a UK Windows machine: Windows-1252.
    let (cp1252, _, _) =
        encoding_rs::WINDOWS_1252.encode("ref,name,village\nP0001,Ciar\u{e1}n \u{d3} D\u{fa}ill,Aberfeldy\n");
    let file = write(dir.path(), "cp1252.csv", &cp1252);
    let (out, err) = import_ok(&db, "people", &file, &[]);
    assert_eq!(out.trim(), "Imported 1 people: 1 added, 0 updated.");
    assert!(err.contains("text in windows-1252, columns separated by comma"), "{err}");
    assert!(export(&db, "people").contains("P0001,Ciar\u{e1}n \u{d3} D\u{fa}ill,"));

    // Excel in a decimal-comma locale: semicolons.
    let file = write(dir.path(), "semi.csv", "ref;name;village\nP0002;Eil\u{ed}dh Ross;Kenmore\n".as_bytes());
    let (_, err) = import_ok(&db, "people", &file, &[]);
    assert!(err.contains("text in UTF-8, columns separated by semicolon"), "{err}");

    // Excel "Unicode text": UTF-16 with a byte-order mark, tab-separated.
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend("ref\tname\nP0003\tSe\u{e1}n \u{175}yn\n".encode_utf16().flat_map(u16::to_le_bytes));
    let file = write(dir.path(), "unicode.txt", &utf16);
    let (_, err) = import_ok(&db, "people", &file, &[]);
    assert!(err.contains("text in UTF-16LE, columns separated by tab"), "{err}");

    // UTF-8 with a byte-order mark (Excel "CSV UTF-8").
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice("ref,name\nP0004,Zo\u{eb} Hay\n".as_bytes());
    let file = write(dir.path(), "bom.csv", &bom);
    let (_, err) = import_ok(&db, "people", &file, &[]);
    assert!(err.contains("UTF-8 with byte-order mark"), "{err}");

    let csv = export(&db, "people");
    for name in ["Eil\u{ed}dh Ross", "Se\u{e1}n \u{175}yn", "Zo\u{eb} Hay"] {
        assert!(csv.contains(name), "{name} in {csv}");
    }
}

#[test]
fn bad_rows_are_named_by_the_line_the_file_has() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("coop.redb").display().to_string();
    // The rate error is on the file's line 3 (the header is line 1); a quoted cell over three
    // lines pushes the next bad row to line 7.
    let file = write(
        dir.path(),
        "members.csv",
        b"name,hourly_rate_gbp,villages\n\
          Good One,20,\n\
          Rate Bad,twenty,\n\
          Long Note,20,\"Aberfeldy\n\
          Kenmore\n\
          Pitlochry\"\n\
          ,20,\n",
    );
    let err = import_err(&db, "members", &file);
    assert!(err.contains("line 3, field hourly_rate_gbp:"), "{err}");
    assert!(err.contains("line 7, field name: is required"), "{err}");
    assert!(!err.contains("line 2,") && !err.contains("line 4,"), "{err}");
    assert_eq!(export(&db, "members").lines().count(), 1, "nothing was imported");

    // Unknown values still name what is allowed.
    let file = write(
        dir.path(),
        "a.csv",
        b"name,format,capacity,default_minutes,price_unit\nWalk,group,8,60,per fortnight\n",
    );
    let err = import_err(&db, "activities", &file);
    assert!(
        err.contains(
            "line 2, field price_unit: 'per fortnight' is not a price unit; use per_hour or per_person"
        ),
        "{err}"
    );
    let file = write(dir.path(), "p.csv", b"ref,name\nCWC 012,Ann\n");
    let err = import_err(&db, "people", &file);
    assert!(
        err.contains("line 2, field ref: 'CWC 012' is not a reference: use 1 to 20 letters, digits, - or /"),
        "{err}"
    );
}

#[test]
fn a_column_left_out_keeps_what_is_stored_and_unknown_columns_are_warned() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_coop(dir.path());
    let full = write(
        dir.path(),
        "full.csv",
        b"ref,name,village,phone,needs,consent_share\nCWC-012,Ann Bell,Aberfeldy,01887 820000,mental_health,yes\n",
    );
    import_ok(&db, "people", &full, &[]);
    let before = export(&db, "people");
    // Only the phone changes; village, needs and consent stay; "Favourite colour" is left out.
    let partial =
        write(dir.path(), "partial.csv", b"Ref,Phone,Favourite colour\nCWC-012,07700 900111,blue\n");
    let (out, err) = import_ok(&db, "people", &partial, &[]);
    assert_eq!(out.trim(), "Imported 1 people: 0 added, 1 updated.");
    assert!(err.contains("Warning: This column is not a known column and will be left out: \u{201c}Favourite colour\u{201d}"), "{err}");
    let after = export(&db, "people");
    assert_eq!(after, before.replace("01887 820000", "07700 900111"));
    assert!(after.contains("CWC-012,Ann Bell,,,Aberfeldy,,07700 900111,,mental_health,,,,yes"), "{after}");
}

/// A minimal OpenDocument spreadsheet (stored, not compressed) holding `rows`; cells that look
/// like dates, times or numbers are typed as LibreOffice types them.
fn ods(sheet: &str, rows: &[Vec<&str>]) -> Vec<u8> {
    let mut body = String::new();
    for row in rows {
        body.push_str("<table:table-row>");
        for cell in row {
            let esc = cell.replace('&', "&amp;").replace('<', "&lt;");
            let typed = if chrono::NaiveDate::parse_from_str(cell, "%Y-%m-%d").is_ok() {
                format!(
                    r#"<table:table-cell office:value-type="date" office:date-value="{cell}"><text:p>{esc}</text:p></table:table-cell>"#
                )
            } else if let Ok(t) = chrono::NaiveTime::parse_from_str(cell, "%H:%M") {
                format!(
                    r#"<table:table-cell office:value-type="time" office:time-value="PT{}H{}M00S"><text:p>{esc}</text:p></table:table-cell>"#,
                    t.format("%H"),
                    t.format("%M")
                )
            } else if cell.parse::<f64>().is_ok() && !cell.starts_with('0') {
                format!(
                    r#"<table:table-cell office:value-type="float" office:value="{cell}"><text:p>{esc}</text:p></table:table-cell>"#
                )
            } else if cell.is_empty() {
                "<table:table-cell/>".to_string()
            } else {
                format!(
                    r#"<table:table-cell office:value-type="string"><text:p>{esc}</text:p></table:table-cell>"#
                )
            };
            body.push_str(&typed);
        }
        body.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="{sheet}">{body}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, data) in [
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", content.as_str()),
    ] {
        zip.start_file(name, stored).unwrap();
        zip.write_all(data.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn csv_rows(csv: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes());
    reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

#[test]
fn workbooks_round_trip_xlsx_and_ods() {
    let dir = tempfile::tempdir().unwrap();
    let demo = common::demo(dir.path());
    for kind in ["activities", "members", "people", "referrals", "assessments", "sessions"] {
        let csv = export(&demo, kind);
        // .xlsx straight from the export, typed cells and all.
        let xlsx = dir.path().join(format!("{kind}.xlsx")).display().to_string();
        let out = carecoop(&["export", kind, "--data", &demo, "--out", &xlsx]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let fresh = dir.path().join(format!("fresh-{kind}.redb")).display().to_string();
        std::fs::copy(&demo, &fresh).unwrap();
        let (_, err) = import_ok(&fresh, kind, &xlsx, &[]);
        assert!(err.contains("of an Excel workbook (.xlsx)"), "{err}");
        assert_eq!(export(&fresh, kind), csv, "{kind} through .xlsx");
        // .ods with the same rows.
        let rows = csv_rows(&csv);
        let cells: Vec<Vec<&str>> = rows.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
        let file = write(dir.path(), &format!("{kind}.ods"), &ods("Export", &cells));
        let (_, err) = import_ok(&fresh, kind, &file, &[]);
        assert!(err.contains("sheet \u{201c}Export\u{201d} of an OpenDocument spreadsheet (.ods)"), "{err}");
        assert_eq!(export(&fresh, kind), csv, "{kind} through .ods");
    }
}

#[test]
fn a_workbook_error_names_its_sheet_and_row_and_sheet_picks_a_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("coop.redb").display().to_string();
    let mut book = rust_xlsxwriter::Workbook::new();
    let notes = book.add_worksheet();
    notes.set_name("Notes").unwrap();
    notes.write_string(0, 0, "Read me first").unwrap();
    let sheet = book.add_worksheet();
    sheet.set_name("Roster").unwrap();
    for (row, cells) in
        [["name", "hourly_rate_gbp"], ["Good One", "20"], ["Rate Bad", "lots"]].iter().enumerate()
    {
        for (col, cell) in cells.iter().enumerate() {
            sheet.write_string(row as u32 + 2, col as u16, *cell).unwrap();
        }
    }
    let file = write(dir.path(), "roster.xlsx", &book.save_to_buffer().unwrap());
    // The first sheet has no columns a member needs.
    let err = import_err(&db, "members", &file);
    assert!(err.contains("sheet Notes, row 1, field header: the column 'name' is missing"), "{err}");
    let out = carecoop(&["import", "members", &file, "--data", &db, "--sheet", "Roster"]);
    let err = text(&out.stderr);
    assert!(err.contains("sheet Roster, row 5, field hourly_rate_gbp: 'lots'"), "{err}");
    let out = carecoop(&["import", "members", &file, "--data", &db, "--sheet", "Staff"]);
    let err = text(&out.stderr);
    assert!(err.contains("no sheet named \u{201c}Staff\u{201d}; its sheets are \u{201c}Notes\u{201d}, \u{201c}Roster\u{201d}"), "{err}");
}

#[test]
fn templates_import_back_in_order_into_a_new_co_op() {
    let dir = tempfile::tempdir().unwrap();
    for ext in ["xlsx", "csv"] {
        let db = dir.path().join(format!("new-{ext}.redb")).display().to_string();
        for kind in [
            "activities",
            "members",
            "people",
            "referrals",
            "assessments",
            "sessions",
            "availability",
            "exceptions",
        ] {
            let file = dir.path().join(format!("{kind}-template.{ext}")).display().to_string();
            let out = carecoop(&["template", kind, "--out", &file]);
            assert!(out.status.success(), "{}", text(&out.stderr));
            let (out, _) = import_ok(&db, kind, &file, &[]);
            assert!(out.contains("1 added") || out.contains("added"), "{kind}: {out}");
        }
        assert!(export(&db, "sessions").contains("2026-02-03,10:00,90,Nature walk,Morag Stewart,EX-001"));
    }
    // The workbook's second sheet lists every allowed value of each fixed list.
    let file = dir.path().join("referrals-template.xlsx");
    let mut book = calamine::open_workbook_auto(&file).unwrap();
    assert_eq!(book.sheet_names(), vec!["Referrals".to_string(), "Allowed values".to_string()]);
    let allowed = book.worksheet_range("Allowed values").unwrap();
    let rows: Vec<Vec<String>> = allowed.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
    assert_eq!(rows[0], vec!["column", "required", "takes", "value", "label"]);
    assert!(rows.contains(&vec![
        "source".into(),
        "yes".into(),
        "one of the allowed values (stored name or label)".into(),
        "carer_family".into(),
        "Carer or family".into()
    ]));
    assert_eq!(rows.iter().filter(|r| r[0] == "status").count(), 9);
    let out = carecoop(&["template", "people", "--out", &dir.path().join("x.txt").display().to_string()]);
    assert!(text(&out.stderr).contains("give --out FILE.xlsx or FILE.csv"));
}

#[test]
fn xlsx_exports_have_typed_cells() {
    let dir = tempfile::tempdir().unwrap();
    let demo = common::demo(dir.path());
    let file = dir.path().join("members.xlsx");
    let out = carecoop(&[
        "export",
        "members",
        "--data",
        &demo,
        "--format",
        "xlsx",
        "--out",
        &file.display().to_string(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut book = calamine::open_workbook_auto(&file).unwrap();
    let range = book.worksheet_range("members").unwrap();
    let header: Vec<String> = range.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let first = range.rows().nth(1).unwrap();
    assert!(matches!(first[col("hourly_rate_gbp")], Data::Float(_)), "{:?}", first[col("hourly_rate_gbp")]);
    let joined = range.rows().skip(1).map(|r| r[col("joined")].clone()).find(|c| *c != Data::Empty).unwrap();
    assert!(matches!(joined, Data::DateTime(_)), "{joined:?}");
    // Without --out there is nowhere to put a workbook.
    let out = carecoop(&["export", "members", "--data", &demo, "--format", "xlsx"]);
    assert!(text(&out.stderr).contains("give the file with --out FILE.xlsx"));
}
