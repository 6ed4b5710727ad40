//! Funds, members' pay and reports for funders: the CLI and the Reports view.

mod common;

use common::*;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

#[test]
fn report_budget_balances_each_fund() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = carecoop(&["report", "budget", "--data", &db, "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let funds: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let funds = funds.as_array().unwrap();
    assert_eq!(funds.len(), 2);
    let befriending = funds.iter().find(|f| f["fund"] == "Befriending fund").unwrap();
    assert_eq!(befriending["amount"], 4500.0);
    for f in funds {
        let (a, s, c, r) = (
            f["amount"].as_f64().unwrap(),
            f["spent"].as_f64().unwrap(),
            f["committed"].as_f64().unwrap(),
            f["remaining"].as_f64().unwrap(),
        );
        assert!((a - s - c - r).abs() < 0.005, "amount = spent + committed + remaining: {f}");
        assert!(s > 0.0, "the demo has spent from {}", f["fund"]);
    }
}

#[test]
fn report_hours_totals_match_their_parts() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let month = chrono::Local::now().date_naive().format("%Y-%m").to_string();
    let out = carecoop(&["report", "hours", "--month", &month, "--data", &db, "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let members = r["members"].as_array().unwrap();
    assert!(!members.is_empty());
    for m in members {
        let parts: f64 = m["due_by_payer"].as_object().unwrap().values().map(|v| v.as_f64().unwrap()).sum();
        assert!((parts - m["total_due"].as_f64().unwrap()).abs() < 0.005, "{m}");
        assert!(m["sessions"].as_u64().unwrap() > 0 && m["hours"].as_f64().unwrap() > 0.0);
    }
    let bad = carecoop(&["report", "hours", "--month", "November", "--data", &db]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(text(&bad.stderr).contains("is not a month like 2026-11"));
}

#[test]
fn the_funder_pack_has_its_sections_and_charts_and_no_names_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let today = chrono::Local::now().date_naive();
    let from = (today - chrono::Days::new(120)).to_string();
    let to = today.to_string();
    let out_file = dir.path().join("pack.html");
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
        &out_file.display().to_string(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let html = std::fs::read_to_string(&out_file).unwrap();
    for section in [
        "Who was referred, and from where",
        "Activities delivered",
        "Attendance",
        "Spend against budget",
        "Wellbeing outcomes",
        "Method",
    ] {
        assert!(html.contains(section), "missing section {section}");
    }
    assert!(html.matches("<svg").count() >= 2, "charts are inline SVG");
    assert!(!html.contains("<img"), "self-contained: no linked images");
    assert!(html.contains("improved"));
    assert!(html.contains("indicative only"), "the n < 30 caveat");
    assert!(!html.contains("Agnes Dewar"), "no names unless asked");
    assert!(html.contains("Person 1"));
    let named = dir.path().join("named.html");
    assert!(
        carecoop(&[
            "report",
            "pack",
            "--fund",
            "befriending fund",
            "--from",
            &from,
            "--to",
            &to,
            "--data",
            &db,
            "--out",
            &named.display().to_string(),
            "--include-names"
        ])
        .status
        .success()
    );
    let named = std::fs::read_to_string(&named).unwrap();
    assert!(named.contains("Agnes Dewar"));
    let missing = carecoop(&[
        "report", "pack", "--fund", "Lottery", "--from", &from, "--to", &to, "--data", &db, "--out", "x.html",
    ]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).contains("there is no fund named 'Lottery'"));
}

#[test]
fn open_reports_change_the_range_and_export() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_harness(dir.path());
    click(&mut h, "Reports");
    h.get_by_label_contains("referrals received in the range");
    type_into(&mut h, "From", "2001-01-01");
    type_into(&mut h, "To", "2001-12-31");
    h.get_by_label("0 referrals received in the range.");
    type_into(&mut h, "From", "2026-01-01");
    type_into(&mut h, "To", "2026-11-22");
    h.get_by_label("40 referrals received in the range.");
    click(&mut h, "Export by status (CSV)");
    let csv = std::fs::read_to_string(dir.path().join("referrals-1.csv")).unwrap();
    // On screen in words; the CSV keeps the stored names, as the CLI's JSON does.
    h.get_by_label("Did not engage");
    assert!(csv.starts_with("status,referrals\n"), "{csv}");
    assert!(csv.contains("completed,13"), "{csv}");
    assert!(csv.contains("did_not_engage,3"), "{csv}");
    click(&mut h, "Export by month and source (CSV)");
    let csv = std::fs::read_to_string(dir.path().join("referrals-0.csv")).unwrap();
    assert!(csv.starts_with("month,total,self,gp,community_nurse,"), "{csv}");
    assert!(csv.contains("\n2026-11,"), "{csv}");
    h.get_by_role_and_label(Role::Image, "Referrals by month and source, stacked bar chart");
    h.get_by_label("Carer or family");
    click(&mut h, "Export chart (SVG)");
    let svg = std::fs::read_to_string(dir.path().join("referrals-chart.svg")).unwrap();
    assert!(svg.contains("Community nurse") && svg.contains("Nov 2026"), "the chart's legend and months");
    click(&mut h, "Export by status (Excel)");
    assert!(std::fs::metadata(dir.path().join("referrals-1.xlsx")).is_ok_and(|m| m.len() > 0));
    click(&mut h, "Compliance");
    h.get_by_label("Expires in 12 days");
    click(&mut h, "Export papers to chase (CSV)");
    let csv = std::fs::read_to_string(dir.path().join("compliance-0.csv")).unwrap();
    assert!(csv.starts_with("member,paper,state,date\n"), "{csv}");
    assert!(csv.contains("Rory Menzies,insurance,expiring,2026-12-04"), "{csv}");
    click(&mut h, "Funds");
    h.get_by_label("Befriending fund");
    click(&mut h, "Funder report...");
    let html = std::fs::read_to_string(dir.path().join("befriending-fund-report.html")).unwrap();
    assert!(html.contains("Spend against budget"));
    click(&mut h, "Funder report (PDF)...");
    let pdf = std::fs::read(dir.path().join("befriending-fund-report.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "the pack as PDF");
    h.get_by_role_and_label(Role::Image, "Burn-down of Befriending fund");
    click(&mut h, "Members' pay");
    click(&mut h, "Export accounts (CSV)");
    assert!(
        std::fs::read_to_string(dir.path().join("members-pay-2026-11.csv"))
            .unwrap()
            .starts_with("member,sessions,hours,payer,amount_gbp")
    );
    // The same accounts as a workbook: hours as numbers, amounts as money.
    click(&mut h, "Export accounts (Excel)");
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(dir.path().join("members-pay-2026-11.xlsx")).unwrap();
    let range = book.worksheet_range("accounts").unwrap();
    let first: Vec<calamine::Data> = range.rows().nth(1).unwrap().to_vec();
    assert!(matches!(first[1], calamine::Data::Float(_)), "sessions: {:?}", first[1]);
    assert!(matches!(first[4], calamine::Data::Float(_)), "amount: {:?}", first[4]);
    assert!(matches!(first[0], calamine::Data::String(_)));
}

#[test]
fn an_overspent_fund_is_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    {
        use carecoop::data::{ReadsExt, TransactionExt, WriteExt};
        let store = carecoop::store::RedbStore::open(
            std::path::Path::new(&db),
            carecoop::data::OpenMode::ExistingOnly,
        )
        .unwrap();
        store
            .write(|w| {
                let funds: Vec<carecoop::domain::Fund> = w.all()?;
                let mut small = funds.into_iter().find(|f| f.name == "Participatory budget").unwrap();
                small.amount = carecoop::domain::Money::pounds(100);
                w.put(&mut small).map(drop)
            })
            .unwrap();
    }
    let out = carecoop(&["report", "budget", "--data", &db]);
    assert!(
        text(&out.stdout).contains("warning: Participatory budget is overspent by"),
        "{}",
        text(&out.stdout)
    );
    let mut h = demo_harness_on(dir.path());
    click(&mut h, "Reports");
    click(&mut h, "Funds");
    h.get_by_label_contains("(overspent)");
}
