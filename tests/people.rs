//! People and referrals from the command line: subject access, erasure that leaves no bytes,
//! import of people and referrals, and the referrals report.

mod common;

use common::{carecoop, demo, text};

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn export_person_holds_everything_about_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = carecoop(&["export", "person", "P0001", "--data", &db]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["ref"], "P0001");
    assert_eq!(doc["profile"]["name"], "Agnes Dewar");
    assert_eq!(doc["referrals"][0]["source"], "gp");
    assert!(doc["referrals"][0]["history"].as_array().unwrap().len() >= 5);
    assert!(!doc["contacts"].as_array().unwrap().is_empty());
    assert!(!doc["sessions"].as_array().unwrap().is_empty());
    assert_eq!(doc["assessments"].as_array().unwrap().len(), 3);
    assert_eq!(doc["assessments"][0]["score"]["total"], 38);
    assert_eq!(doc["plan"][0]["status"], "achieved");
    let missing = carecoop(&["export", "person", "P9999", "--data", &db]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).contains("there is no person P9999"));
}

#[test]
fn erasure_leaves_no_trace_of_the_name_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let before = std::fs::read(&db).unwrap();
    assert!(contains(&before, "Agnes Dewar") && contains(&before, "01887 820100"));
    let refused = carecoop(&["erase", "person", "P0001", "--data", &db]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(text(&refused.stderr).contains("add --yes to confirm"));
    assert_eq!(std::fs::read(&db).unwrap(), before, "without --yes nothing changes");

    let out = carecoop(&["erase", "person", "P0001", "--data", &db, "--yes"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("Erased P0001: the person, 1 referral(s)"));
    let after = std::fs::read(&db).unwrap();
    assert!(!contains(&after, "Agnes Dewar"), "the erased name survives in the file's bytes");
    assert!(!contains(&after, "01887 820100"), "their phone number survives");
    assert!(contains(&after, "Bill McIntyre"), "other people are kept");
    let check = carecoop(&["check", "--data", &db]);
    assert!(check.status.success(), "{}", text(&check.stdout));
    assert!(text(&check.stdout).contains("people                39 records"));
    let gone = carecoop(&["export", "person", "P0001", "--data", &db]);
    assert_eq!(gone.status.code(), Some(1));
}

#[test]
fn people_and_referrals_import_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("coop.redb").display().to_string();
    let people = dir.path().join("people.csv");
    std::fs::write(
        &people,
        "ref,name,preferred_name,date_of_birth,village,gp_practice,phone,email,needs,interests,what_matters,consent_store,consent_share\n\
         P0001,Mary Ogilvie,Mary,1948-05-02,Crieff,Crieff Health Centre,,,lonely_or_isolated;mental_health,gardening,Company,2026-10-01,yes\n\
         ,Tom Reid,,,Comrie,,,,,,,,no\n",
    )
    .unwrap();
    let out = carecoop(&["import", "people", &people.display().to_string(), "--data", &db]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "Imported 2 people: 2 added, 0 updated.");
    let exported = carecoop(&["export", "people", "--data", &db, "--format", "csv"]);
    let csv = text(&exported.stdout);
    assert!(csv.contains("P0002,Tom Reid"), "a blank ref gets the next reference: {csv}");

    let referrals = dir.path().join("referrals.csv");
    std::fs::write(
        &referrals,
        "person_ref,date,source,referrer,reason,urgency,status\n\
         P0001,2026-10-03,gp,Dr Anne Fraser,Loneliness,routine,contacted\n\
         P0002,2026-10-05,self,Tom Reid,Wants to garden,,\n",
    )
    .unwrap();
    let out = carecoop(&["import", "referrals", &referrals.display().to_string(), "--data", &db]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "Imported 2 referrals: 2 added, 0 updated.");

    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "person_ref,date,source,referrer,reason,urgency,status\n\
         P0001,2026-10-09,gp,,,,\n\
         P0404,2026-10-03,gp,,,,\n\
         P0002,31/02/2026,fax,,,soonish,pending\n",
    )
    .unwrap();
    let out = carecoop(&["import", "referrals", &bad.display().to_string(), "--data", &db]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("line 3, field person_ref: there is no person \"P0404\""), "{err}");
    assert!(err.contains("line 4, field date: '31/02/2026' is not a date"), "{err}");
    assert!(err.contains("line 4, field source: 'fax' is not a source"), "{err}");
    assert!(err.contains("line 4, field urgency: 'soonish' is not an urgency"), "{err}");
    assert!(err.contains("line 4, field status: 'pending' is not a status"), "{err}");
    let json = carecoop(&["export", "referrals", "--data", &db]);
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 2, "the good row of the bad file was not stored");
    assert_eq!(rows[0]["status"], "contacted");
}

#[test]
fn report_referrals_counts_by_month_source_and_status() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = carecoop(&["report", "referrals", "--data", &db, "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["total"], 40);
    assert_eq!(r["by_source"]["gp"], 14);
    assert_eq!(r["by_status"]["completed"], 13);
    assert!(r["median_days_waiting"].as_f64().unwrap() > 0.0);
    assert!(r["longest_days_waiting"].as_i64().unwrap() >= r["median_days_waiting"].as_f64().unwrap() as i64);
    let months = r["by_month"].as_array().unwrap();
    let sum: u64 = months.iter().map(|m| m["total"].as_u64().unwrap()).sum();
    assert_eq!(sum, 40);
    // The table a person reads shows labels; the chart is written beside it.
    let chart = dir.path().join("referrals.svg");
    let out = carecoop(&["report", "referrals", "--data", &db, "--chart", &chart.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    assert!(table.contains("Carer or family") && table.contains("Did not engage"), "{table}");
    assert!(!table.contains("carer_family") && !table.contains("did_not_engage"), "{table}");
    let svg = std::fs::read_to_string(&chart).unwrap();
    assert!(svg.contains("Referrals by month and source") && svg.contains("Self-referral"));
    let none = carecoop(&[
        "report",
        "referrals",
        "--data",
        &db,
        "--json",
        "--from",
        "2001-01-01",
        "--to",
        "2001-12-31",
    ]);
    let none: serde_json::Value = serde_json::from_slice(&none.stdout).unwrap();
    assert_eq!(none["total"], 0);
}
