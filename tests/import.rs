//! CSV import of members and activities: all-or-nothing, errors by line and field, re-import
//! updates, and an export imports back unchanged.

mod common;

use common::{carecoop, text};

use std::path::Path;

const MEMBER_HEADER: &str = "name,role,activities,hourly_rate_gbp,villages,phone,email,pvg_number,pvg_scope,pvg_expiry,insurance_expiry,joined";
const ACTIVITY_HEADER: &str =
    "name,category,format,capacity,venue,village,default_minutes,price_gbp,price_unit";

fn write(dir: &Path, name: &str, body: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    path.display().to_string()
}

fn export(db: &str, kind: &str) -> String {
    let out = carecoop(&["export", kind, "--data", db, "--format", "csv"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn a_good_file_imports_into_a_new_co_op_and_re_import_updates() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("coop.redb").display().to_string();
    let activities = write(
        dir.path(),
        "activities.csv",
        &format!(
            "{ACTIVITY_HEADER}\nNature walk,Outdoors,group,10,Birks car park,Aberfeldy,120,8.00,per_person\nBefriending,Social,one_to_one,1,At home,,60,20,per_hour\n"
        ),
    );
    let out = carecoop(&["import", "activities", &activities, "--data", &db]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "Imported 2 activities: 2 added, 0 updated.");

    let members = write(
        dir.path(),
        "members.csv",
        &format!(
            "{MEMBER_HEADER}\n\
             Isla MacLeod,befriender,Befriending;Nature walk,22.50,Aberfeldy;Pitlochry,07700 900100,isla@example.org,1234567890123456,adults,2030-01-31,2027-06-30,2024-02-01\n\
             Callum Stewart,wellbeing_specialist,Nature walk,30,,,callum@example.org,,,,,\n"
        ),
    );
    let out = carecoop(&["import", "members", &members, "--data", &db]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "Imported 2 members: 2 added, 0 updated.");

    // Same name and email: an update, not a duplicate.
    let changed = write(
        dir.path(),
        "members2.csv",
        &format!(
            "{MEMBER_HEADER}\nIsla MacLeod,befriender,Befriending,25,Aberfeldy,,isla@example.org,,,,,\nNew Person,carer,,18,,,new@example.org,,,,,\n"
        ),
    );
    let out = carecoop(&["import", "members", &changed, "--data", &db]);
    assert_eq!(text(&out.stdout).trim(), "Imported 2 members: 1 added, 1 updated.");
    let csv = export(&db, "members");
    assert_eq!(csv.lines().count(), 4, "{csv}");
    assert!(csv.contains("Isla MacLeod,befriender,Befriending,25.00,Aberfeldy,"), "{csv}");
}

#[test]
fn a_bad_file_names_every_bad_row_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("coop.redb").display().to_string();
    let bad = write(
        dir.path(),
        "members.csv",
        &format!(
            "{MEMBER_HEADER}\n\
             Good Member,carer,,20,,,good@example.org,,,,,\n\
             Rate Less,carer,,,,,,,,,,\n\
             Bad Date,carer,,20,,,,,,2027-02-30,,\n\
             Odd Role,juggler,,20,,,not-an-email,,,,,\n"
        ),
    );
    let out = carecoop(&["import", "members", &bad, "--data", &db]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("line 3, field hourly_rate_gbp: is required"), "{err}");
    assert!(err.contains("line 4, field pvg_expiry: '2027-02-30' is not a date"), "{err}");
    assert!(err.contains("line 5, field role: 'juggler' is not a role"), "{err}");
    assert!(err.contains("line 5, field email: 'not-an-email' is not an email address"), "{err}");
    assert!(!err.contains("line 2"), "the good row is not an error: {err}");
    // Nothing was stored, not even the good row.
    let json = carecoop(&["export", "members", "--data", &db]);
    assert_eq!(text(&json.stdout).trim(), "[]");
}

#[test]
fn a_file_without_a_required_column_is_refused_and_unknown_ones_are_warned() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("coop.redb").display().to_string();
    let bad = write(dir.path(), "members.csv", "name,rate\nIsla,20\n");
    let out = carecoop(&["import", "members", &bad, "--data", &db]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("line 2, field hourly_rate_gbp: is required"), "a new member needs a rate: {err}");
    assert!(!err.contains("'role' is missing"), "only the required columns are required: {err}");
    assert!(
        err.contains("This column is not a known column and will be left out: \u{201c}rate\u{201d}"),
        "{err}"
    );
    let no_name = write(dir.path(), "members2.csv", "email,hourly_rate_gbp\na@b.org,20\n");
    let out = carecoop(&["import", "members", &no_name, "--data", &db]);
    let err = text(&out.stderr);
    assert!(err.contains("line 1, field header: the column 'name' is missing (required: name)"), "{err}");
}

#[test]
fn an_export_imports_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.redb").display().to_string();
    assert!(carecoop(&["demo", "--data", &demo]).status.success());
    let members = export(&demo, "members");
    let activities = export(&demo, "activities");
    let members_file = write(dir.path(), "m.csv", &members);
    let activities_file = write(dir.path(), "a.csv", &activities);

    // Into the same file: every row is an update and nothing changes.
    let out = carecoop(&["import", "activities", &activities_file, "--data", &demo]);
    assert_eq!(text(&out.stdout).trim(), "Imported 9 activities: 0 added, 9 updated.");
    let out = carecoop(&["import", "members", &members_file, "--data", &demo]);
    assert_eq!(text(&out.stdout).trim(), "Imported 30 members: 0 added, 30 updated.");
    assert_eq!(export(&demo, "members"), members);
    assert_eq!(export(&demo, "activities"), activities);

    // Into a new file: the same rows come back out.
    let fresh = dir.path().join("fresh.redb").display().to_string();
    assert!(carecoop(&["import", "activities", &activities_file, "--data", &fresh]).status.success());
    assert!(carecoop(&["import", "members", &members_file, "--data", &fresh]).status.success());
    assert_eq!(export(&fresh, "members"), members);
    assert_eq!(export(&fresh, "activities"), activities);
}

#[test]
fn report_compliance_lists_each_problem() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.redb").display().to_string();
    assert!(carecoop(&["demo", "--data", &demo]).status.success());
    let out = carecoop(&["report", "compliance", "--data", &demo, "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let entries = json.as_array().unwrap();
    assert_eq!(entries.len(), 7);
    assert_eq!(entries[0]["member"], "Angus Baird");
    assert_eq!(entries[0]["paper"], "pvg");
    assert_eq!(entries[0]["state"], "missing");
    assert!(entries[0]["date"].is_null());
    let states: Vec<&str> = entries.iter().map(|e| e["state"].as_str().unwrap()).collect();
    assert!(states.contains(&"expired") && states.contains(&"expiring"));
    // A narrower window drops the papers expiring later.
    let narrow = carecoop(&["report", "compliance", "--data", &demo, "--json", "--within", "14"]);
    let narrow: serde_json::Value = serde_json::from_slice(&narrow.stdout).unwrap();
    assert_eq!(narrow.as_array().unwrap().len(), 4);
    let table = carecoop(&["report", "compliance", "--data", &demo]);
    assert!(text(&table.stdout).contains("7 paper(s) need attention (window: 60 days)."));
}
