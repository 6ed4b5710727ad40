//! The co-op's own records from the command line: `report register` (table and JSON, with
//! and without former members), `report meetings`, `export register` and `import register`
//! round trips, and an import with a bad row that changes nothing.

mod common;

use common::{carecoop, demo, text};

fn json(args: &[&str]) -> serde_json::Value {
    let out = carecoop(args);
    assert!(out.status.success(), "{:?}: {}", args, text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_register_reports_as_a_table_and_as_json_with_its_documented_fields() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let current = json(&["report", "register", "--data", &db, "--json"]);
    let current = current.as_array().unwrap();
    let all = json(&["report", "register", "--data", &db, "--json", "--include-former"]);
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), current.len() + 1, "one supporter has resigned");
    let keys: Vec<&str> = current[0].as_object().unwrap().keys().map(String::as_str).collect();
    let mut expected =
        vec!["name", "class", "postal_address", "email", "admitted", "ceased", "shares", "amount_paid"];
    expected.sort_unstable();
    let mut keys = keys;
    keys.sort_unstable();
    assert_eq!(keys, expected);
    let former = all.iter().find(|e| !e["ceased"].is_null()).unwrap();
    assert_eq!((former["name"].as_str(), former["shares"].as_i64()), (Some("Alison Reid"), Some(0)));
    let workers = current.iter().filter(|e| e["class"] == "Worker members").count();
    assert_eq!(workers, 30, "the demo's 30 workers");
    let classes: std::collections::BTreeSet<&str> =
        current.iter().filter_map(|e| e["class"].as_str()).collect();
    assert_eq!(classes.len(), 3, "{classes:?}");
    let trust = current.iter().find(|e| e["name"] == "Breadalbane Community Trust").unwrap();
    assert_eq!((trust["shares"].as_i64(), trust["amount_paid"].as_f64()), (Some(200), Some(200.0)));
    let table = text(&carecoop(&["report", "register", "--data", &db]).stdout);
    assert!(table.starts_with("Name"), "{table}");
    assert!(table.contains("Breadalbane Community Trust") && !table.contains("Alison Reid"), "{table}");
}

#[test]
fn meetings_report_notice_quorum_and_each_resolution_passed_or_not() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let meetings = json(&["report", "meetings", "--data", &db, "--json"]);
    let meetings = meetings.as_array().unwrap();
    let agm = meetings.iter().find(|m| m["kind"] == "agm").unwrap();
    assert_eq!(agm["quorate"], true);
    assert!(agm["clear_days"].as_i64().unwrap() >= 14 && agm["notice_warning"].is_null());
    let passed: Vec<bool> =
        agm["resolutions"].as_array().unwrap().iter().map(|r| r["passed"].as_bool().unwrap()).collect();
    assert_eq!(passed, [true, true, false], "the share rise fell short of 75%");
    assert_eq!(agm["resolutions"][1]["kind"], "special");
    assert!(!agm["resolutions"][0]["proposer"].as_str().unwrap().is_empty());
    let text_out = text(&carecoop(&["report", "meetings", "--data", &db]).stdout);
    assert!(text_out.contains("Annual general meeting") && text_out.contains("not passed"), "{text_out}");
}

#[test]
fn a_register_exported_imports_into_a_new_coop_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let csv = dir.path().join("register.csv");
    let out = carecoop(&[
        "export",
        "register",
        "--format",
        "csv",
        "--out",
        &csv.display().to_string(),
        "--data",
        &db,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let fresh = dir.path().join("fresh.redb").display().to_string();
    let imported = carecoop(&["import", "register", &csv.display().to_string(), "--data", &fresh]);
    assert!(imported.status.success(), "{}{}", text(&imported.stdout), text(&imported.stderr));
    let before = json(&["report", "register", "--data", &db, "--json", "--include-former"]);
    let after = json(&["report", "register", "--data", &fresh, "--json", "--include-former"]);
    assert_eq!(before, after);
    // Imported again, nothing changes: no second issue of shares.
    let again = carecoop(&["import", "register", &csv.display().to_string(), "--data", &fresh]);
    assert!(again.status.success());
    assert!(text(&again.stdout).contains("0 added"), "{}", text(&again.stdout));
    assert_eq!(json(&["report", "register", "--data", &fresh, "--json", "--include-former"]), before);
    // The workbook form, too.
    let xlsx = dir.path().join("register.xlsx");
    let out = carecoop(&["export", "register", "--out", &xlsx.display().to_string(), "--data", &db]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let third = dir.path().join("third.redb").display().to_string();
    assert!(
        carecoop(&["import", "register", &xlsx.display().to_string(), "--data", &third]).status.success()
    );
    assert_eq!(json(&["report", "register", "--data", &third, "--json", "--include-former"]), before);
}

#[test]
fn a_register_file_with_a_bad_row_names_it_and_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("register.csv");
    std::fs::write(
        &file,
        "name,class,postal_address,email,admitted,ceased,shares,amount_paid_gbp\n\
         Morag Stewart,Worker members,2 Main Street,,2024-06-01,,10,10.00\n\
         Hamish Gow,Honorary members,3 Main Street,,2024-06-01,,1,1.00\n\
         Ishbel Kerr,User members,4 Main Street,,31/13/2024,,1,1.00\n\
         Rab Cowan,User members,5 Main Street,,2024-06-01,,500,500.00\n",
    )
    .unwrap();
    let db = dir.path().join("coop.redb").display().to_string();
    let out = carecoop(&["import", "register", &file.display().to_string(), "--data", &db]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("line 3") && err.contains("class") && err.contains("Honorary members"), "{err}");
    assert!(err.contains("line 4") && err.contains("admitted"), "{err}");
    assert!(err.contains("line 5") && err.contains("at most 100 shares"), "{err}");
    let register = json(&["report", "register", "--data", &db, "--json"]);
    assert_eq!(register.as_array().map(Vec::len), Some(0), "nothing was imported");
}

#[test]
fn a_register_row_changing_only_the_amount_paid_is_refused_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let csv = dir.path().join("register.csv");
    let out = carecoop(&[
        "export",
        "register",
        "--format",
        "csv",
        "--out",
        &csv.display().to_string(),
        "--data",
        &db,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let before = json(&["report", "register", "--data", &db, "--json", "--include-former"]);
    let exported = std::fs::read_to_string(&csv).unwrap();
    let line = exported.lines().position(|l| l.starts_with("Breadalbane Community Trust,")).unwrap() + 1;
    let changed = exported.replace(",200,200.00", ",200,250.00");
    assert_ne!(changed, exported);
    std::fs::write(&csv, changed).unwrap();
    let refused = carecoop(&["import", "register", &csv.display().to_string(), "--data", &db]);
    assert_eq!(refused.status.code(), Some(1));
    let err = text(&refused.stderr);
    assert!(err.contains(&format!("line {line}")) && err.contains("amount_paid_gbp"), "{err}");
    assert!(err.contains("not change the amount paid alone"), "{err}");
    assert_eq!(json(&["report", "register", "--data", &db, "--json", "--include-former"]), before);
}
