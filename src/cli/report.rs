//! `carecoop report ...`: reports printed as a table or JSON.

use crate::data::ReadsExt;
use crate::domain::{Member, compliance_issues};
use std::path::Path;

/// `report compliance --data FILE [--within DAYS] [--json]`: one entry per paper problem.
pub fn compliance(path: &Path, within: Option<u16>, json: bool) -> anyhow::Result<()> {
    let store = super::open_existing(path)?;
    let window = match within {
        Some(days) => days,
        None => store.settings()?.compliance_window_days,
    };
    let today = super::today();
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
    println!("{:<24} {:<10} {:<20} Expiry", "Member", "Paper", "State");
    for i in &issues {
        let date = i.date.map(|d| d.format("%-d %b %Y").to_string()).unwrap_or_else(|| "-".into());
        println!("{:<24} {:<10} {:<20} {date}", i.member, i.paper.label(), i.state_label());
    }
    println!("{} paper(s) need attention (window: {window} days).", issues.len());
    Ok(())
}

/// `report retention --data FILE [--json]`: people due for review, longest overdue first.
pub fn retention(path: &Path, json: bool) -> anyhow::Result<()> {
    let store = super::open_existing(path)?;
    let due = crate::report::retention::due_for_review_list(store.as_ref(), super::today())?;
    if json {
        println!("{}", serde_json::to_string_pretty(&due)?);
        return Ok(());
    }
    if due.is_empty() {
        println!("No one is due for review (retention: {} years).", store.settings()?.retention_years);
        return Ok(());
    }
    println!("{:<8} {:<28} why", "ref", "name");
    for d in &due {
        println!("{:<8} {:<28} {}", d.reference, d.name, d.reason.describe());
    }
    println!("{} {} due for review.", due.len(), if due.len() == 1 { "person is" } else { "people are" });
    Ok(())
}

/// `report referrals --data FILE [--from DATE --to DATE] [--json] [--chart FILE.png|FILE.svg]`.
/// The table shows labels ("Carer or family"); JSON keeps the stored names.
pub fn referrals(
    path: &Path,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
    json: bool,
    chart: Option<&Path>,
) -> anyhow::Result<()> {
    use crate::report::referrals::{month_label, referrals_chart, source_label};
    let store = super::open_existing(path)?;
    let today = super::today();
    let all = store.all::<crate::domain::Referral>()?;
    let report = crate::report::referrals::referrals_report(&all, from, to, today);
    if let Some(out) = chart {
        let drawn = referrals_chart(&report, "Referrals by month and source");
        super::chart::write_chart(&drawn, out, (1400, 560))?;
        eprintln!("Wrote the chart to {}.", out.display());
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    println!("{} referrals", report.total);
    println!("\nBy month:");
    for m in &report.by_month {
        let sources: Vec<String> =
            m.by_source.iter().map(|(k, n)| format!("{} {n}", source_label(k))).collect();
        println!("  {:<9} {:>4}   {}", month_label(&m.month), m.total, sources.join(", "));
    }
    println!("\nBy source:");
    for source in crate::domain::ReferralSource::ALL {
        let n = report.by_source.get(source.key()).copied().unwrap_or(0);
        println!("  {:<24} {n:>4}", source.label());
    }
    println!("\nBy status:");
    for status in crate::domain::ReferralStatus::ALL {
        let n = report.by_status.get(status.key()).copied().unwrap_or(0);
        println!("  {:<24} {n:>4}", status.label());
    }
    match (report.median_days_waiting, report.longest_days_waiting) {
        (Some(median), Some(longest)) => {
            println!("\nDays waiting: median {median}, longest {longest}")
        }
        _ => println!("\nDays waiting: no referral in the range has started or is waiting"),
    }
    Ok(())
}

/// `report outcomes --data FILE [--instrument I] [--json]`: per person and instrument `ref`,
/// `instrument`, `before`, `after`, `change`, `category`; and the summary.
pub fn outcomes(path: &Path, instrument: Option<&str>, json: bool) -> anyhow::Result<()> {
    use crate::domain::Instrument;
    let instruments = match instrument {
        None => vec![Instrument::Wemwbs, Instrument::Swemwbs],
        Some(text) => match Instrument::from_key(text) {
            Some(Instrument::Ons4) => {
                anyhow::bail!("ONS4 items are reported one by one; outcomes cover WEMWBS and SWEMWBS")
            }
            Some(i) => vec![i],
            None => anyhow::bail!("'{text}' is not an instrument; use WEMWBS or SWEMWBS"),
        },
    };
    let store = super::open_existing(path)?;
    let settings = store.settings()?;
    let report = crate::report::outcomes::outcomes_report(store.as_ref(), &instruments, &settings)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report.to_json())?);
        return Ok(());
    }
    println!("{:<8} {:<8} {:>8} {:>8} {:>8}  Result", "Ref", "Measure", "Before", "After", "Change");
    for row in &report.people {
        let opt =
            |x: Option<f64>| x.map(crate::domain::wellbeing::format_score).unwrap_or_else(|| "-".into());
        println!(
            "{:<8} {:<8} {:>8} {:>8} {:>8}  {}",
            row.reference,
            row.instrument.label(),
            crate::domain::wellbeing::format_score(row.before),
            opt(row.after),
            opt(row.change),
            row.category.label()
        );
    }
    for (instrument, s) in &report.summaries {
        println!(
            "\n{}: {}; {} no change, {} declined, {} in progress",
            instrument.key(),
            s.headline(),
            s.no_change,
            s.declined,
            s.in_progress
        );
        if let Some(caveat) = s.caveat() {
            println!("{caveat}");
        }
    }
    Ok(())
}

/// `report availability --week YYYY-Www --data FILE [--json]`.
pub fn availability(path: &Path, week: &str, json: bool) -> anyhow::Result<()> {
    let monday = parse_iso_week(week)?;
    let store = super::open_existing(path)?;
    let plan = crate::report::planning::week_plan(store.as_ref(), monday)?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "week": week,
                "week_start": plan.week_start.to_string(),
                "members": plan.members,
                "totals": {
                    "available_hours": plan.available_hours,
                    "booked_hours": plan.booked_hours,
                    "free_hours": plan.free_hours,
                    "demand_hours": plan.demand_hours,
                },
                "shortfalls": plan.shortfalls,
            }))?
        );
        return Ok(());
    }
    println!("Week {week} (from {})", plan.week_start.format("%a %-d %b %Y"));
    println!("{:<24} {:>10} {:>8} {:>8}", "member", "available", "booked", "free");
    for m in &plan.members {
        println!(
            "{:<24} {:>10.1} {:>8.1} {:>8.1}",
            m.member, m.available_hours, m.booked_hours, m.free_hours
        );
    }
    println!(
        "{:<24} {:>10.1} {:>8.1} {:>8.1}",
        "total", plan.available_hours, plan.booked_hours, plan.free_hours
    );
    println!("Demand from the waiting list: {:.1} hours a week", plan.demand_hours);
    for s in &plan.shortfalls {
        println!("{s}");
    }
    Ok(())
}

/// "2026-W48" → the Monday of that ISO week.
fn parse_iso_week(text: &str) -> anyhow::Result<chrono::NaiveDate> {
    let bad = || anyhow::anyhow!("'{text}' is not an ISO week like 2026-W48");
    let (year, week) = text.trim().split_once("-W").ok_or_else(bad)?;
    let (year, week) = (year.parse::<i32>().map_err(|_| bad())?, week.parse::<u32>().map_err(|_| bad())?);
    chrono::NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon).ok_or_else(bad)
}
