//! Wellbeing from the command line: importing assessments, the outcomes report, charts.

mod common;

use common::{carecoop, demo, text};

#[test]
fn report_outcomes_gives_people_and_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let out = carecoop(&["report", "outcomes", "--data", &db, "--instrument", "WEMWBS", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let people = r["people"].as_array().unwrap();
    assert_eq!(people.len(), 10);
    let agnes = people.iter().find(|p| p["ref"] == "P0001").unwrap();
    assert_eq!(agnes["instrument"], "WEMWBS");
    assert_eq!(agnes["before"], 38.0);
    assert_eq!(agnes["after"], 47.0);
    assert_eq!(agnes["change"], 9.0);
    assert_eq!(agnes["category"], "improved");
    let s = &r["summary"];
    assert_eq!((s["assessed"].as_u64(), s["improved"].as_u64()), (Some(10), Some(9)));
    assert_eq!((s["no_change"].as_u64(), s["declined"].as_u64()), (Some(1), Some(0)));
    assert_eq!(s["mean_change"], 6.3);
    // SWEMWBS figures are metric scores.
    let sw = carecoop(&["report", "outcomes", "--data", &db, "--instrument", "SWEMWBS", "--json"]);
    let sw: serde_json::Value = serde_json::from_slice(&sw.stdout).unwrap();
    let first = &sw["people"][0];
    assert!(first["before"].as_f64().unwrap().fract() != 0.0 || first["before"] == 7.0);
    let table = carecoop(&["report", "outcomes", "--data", &db]);
    assert!(text(&table.stdout).contains("WEMWBS: 9 of 10 improved"));
}

#[test]
fn assessments_import_keeps_incomplete_and_refuses_out_of_range() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let good = dir.path().join("a.csv");
    std::fs::write(
        &good,
        "person_ref,date,timepoint,instrument,answers\n\
         P0012,2026-11-01,after,SWEMWBS,4;4;4;4;4;4;4\n\
         P0013,2026-11-02,before,WEMWBS,3;3;;3;3;3;3;3;3;3;3;3;3;3\n\
         P0014,2026-11-03,before,ONS4,7;8;6;10\n",
    )
    .unwrap();
    let out = carecoop(&["import", "assessments", &good.display().to_string(), "--data", &db]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "Imported 3 assessments: 3 added, 0 updated.");
    let doc = carecoop(&["export", "person", "P0013", "--data", &db]);
    let doc: serde_json::Value = serde_json::from_slice(&doc.stdout).unwrap();
    let a = doc["assessments"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(a["score"]["incomplete"], true);
    assert_eq!(a["score"]["missing_items"][0], 3);

    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "person_ref,date,timepoint,instrument,answers\n\
         P0012,2026-11-05,after,SWEMWBS,4;4;4;6;4;4;4\n\
         P0012,2026-11-05,later,WEMWBS,4;4\n\
         P0012,2026-11-05,after,ONS4,1;2;3;11\n",
    )
    .unwrap();
    let out = carecoop(&["import", "assessments", &bad.display().to_string(), "--data", &db]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("line 2, field answers: item 4 answer 6 is outside 1–5"), "{err}");
    assert!(err.contains("line 3, field timepoint: 'later' is not a timepoint"), "{err}");
    assert!(err.contains("line 4, field answers: item 4 answer 11 is outside 0–10"), "{err}");
}

#[test]
fn chart_writes_png_and_svg() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo(dir.path());
    let png = dir.path().join("p1.png");
    let out = carecoop(&[
        "chart",
        "P0001",
        "--data",
        &db,
        "--out",
        &png.display().to_string(),
        "--width",
        "640",
        "--height",
        "360",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(&bytes[1..4], b"PNG");
    let decoder = png::Decoder::new(bytes.as_slice());
    let info = decoder.read_info().unwrap();
    assert_eq!((info.info().width, info.info().height), (640, 360));
    let svg = dir.path().join("p1.svg");
    assert!(
        carecoop(&["chart", "P0001", "--data", &db, "--out", &svg.display().to_string()]).status.success()
    );
    let svg = std::fs::read_to_string(&svg).unwrap();
    assert!(svg.contains("Agnes Dewar (P0001)") && svg.contains("WEMWBS"));
    let wrong = carecoop(&["chart", "P0001", "--data", &db, "--out", "chart.jpg"]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(text(&wrong.stderr).contains("must end in .png or .svg"));
}
