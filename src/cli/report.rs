//! `carecoop report ...`: reports printed as a table or JSON.

use crate::domain::{Member, compliance_issues};
use std::path::Path;

/// `report compliance --data FILE [--within DAYS] [--json]`: one entry per paper problem.
pub fn compliance(path: &Path, within: Option<u16>, json: bool) -> anyhow::Result<()> {
    let store = super::open_existing(path)?;
    let window = match within {
        Some(days) => days,
        None => store.settings()?.compliance_window_days,
    };
    let today = chrono::Local::now().date_naive();
    let issues = compliance_issues(&store.all::<Member>()?, today, i64::from(window));
    if json {
        let entries: Vec<serde_json::Value> = issues
            .iter()
            .map(|i| {
                serde_json::json!({
                    "member": i.member,
                    "paper": i.paper.key(),
                    "state": i.state_key(),
                    "date": i.date.map(|d| d.to_string()),
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&entries)?);
        return Ok(());
    }
    if issues.is_empty() {
        println!("Every member's PVG and insurance is valid for at least {window} more days.");
        return Ok(());
    }
    println!("{:<24} {:<10} {:<9} date", "member", "paper", "state");
    for i in &issues {
        let date = i.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
        println!(
            "{:<24} {:<10} {:<9} {date}",
            i.member,
            i.paper.key(),
            i.state_key()
        );
    }
    println!(
        "{} paper(s) need attention (window: {window} days).",
        issues.len()
    );
    Ok(())
}
