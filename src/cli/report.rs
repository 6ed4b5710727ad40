//! `carecoop report ...`: reports printed as a table or JSON.

use crate::data::ReadsExt;
use crate::domain::{Member, compliance_issues};
use crate::t;
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
        println!("{}", t!("cli-compliance-all-valid", days = window));
        return Ok(());
    }
    // Each column as wide as its widest word, at least as wide as before (the words are
    // longer in Welsh).
    let states: Vec<String> = issues.iter().map(|i| i.state_label()).collect();
    let w = issues.iter().map(|i| i.member.chars().count()).max().unwrap_or(0).max(23) + 1;
    let p = issues.iter().map(|i| i.paper.label().chars().count()).max().unwrap_or(0).max(9) + 1;
    let s = states.iter().map(|s| s.chars().count()).max().unwrap_or(0).max(19) + 1;
    println!(
        "{:<w$} {:<p$} {:<s$} {}",
        t!("cli-compliance-col-member"),
        t!("cli-compliance-col-paper"),
        t!("cli-compliance-col-state"),
        t!("cli-compliance-col-expiry")
    );
    for (i, state) in issues.iter().zip(&states) {
        let date = i.date.map(|d| crate::i18n::date(d, "%-d %b %Y")).unwrap_or_else(|| "-".into());
        println!("{:<w$} {:<p$} {:<s$} {date}", i.member, i.paper.label(), state);
    }
    println!("{}", t!("cli-compliance-count", count = issues.len(), days = window));
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
        println!("{}", t!("cli-retention-none", years = store.settings()?.retention_years));
        return Ok(());
    }
    println!(
        "{:<8} {:<28} {}",
        t!("cli-retention-col-ref"),
        t!("cli-retention-col-name"),
        t!("cli-retention-col-why")
    );
    for d in &due {
        println!("{:<8} {:<28} {}", d.reference, d.name, d.reason.describe());
    }
    println!("{}", t!("cli-retention-count", count = due.len()));
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
        let drawn = referrals_chart(&report, &t!("cli-referrals-chart-title"));
        super::chart::write_chart(&drawn, out, (1400, 560))?;
        eprintln!("{}", t!("cli-referrals-chart-wrote", file = out.display().to_string()));
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    println!("{}", t!("cli-referrals-total", count = report.total));
    println!("\n{}", t!("cli-referrals-by-month"));
    for m in &report.by_month {
        let sources: Vec<String> =
            m.by_source.iter().map(|(k, n)| format!("{} {n}", source_label(k))).collect();
        println!("  {:<9} {:>4}   {}", month_label(&m.month), m.total, sources.join(", "));
    }
    // Labels padded to the longest (Welsh ones run longer than English).
    let w = crate::domain::ReferralSource::ALL
        .iter()
        .map(|s| s.label().chars().count())
        .chain(crate::domain::ReferralStatus::ALL.iter().map(|s| s.label().chars().count()))
        .max()
        .unwrap_or(0)
        .max(24);
    println!("\n{}", t!("cli-referrals-by-source"));
    for source in crate::domain::ReferralSource::ALL {
        let n = report.by_source.get(source.key()).copied().unwrap_or(0);
        println!("  {:<w$} {n:>4}", source.label());
    }
    println!("\n{}", t!("cli-referrals-by-status"));
    for status in crate::domain::ReferralStatus::ALL {
        let n = report.by_status.get(status.key()).copied().unwrap_or(0);
        println!("  {:<w$} {n:>4}", status.label());
    }
    match (report.median_days_waiting, report.longest_days_waiting) {
        (Some(median), Some(longest)) => {
            println!(
                "\n{}",
                t!("cli-referrals-waiting", median = median.to_string(), longest = longest.to_string())
            )
        }
        _ => println!("\n{}", t!("cli-referrals-waiting-none")),
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
                anyhow::bail!("{}", t!("cli-outcomes-no-ons4"))
            }
            Some(i) => vec![i],
            None => anyhow::bail!("{}", t!("cli-outcomes-bad-instrument", text = text)),
        },
    };
    let store = super::open_existing(path)?;
    let settings = store.settings()?;
    let report = crate::report::outcomes::outcomes_report(store.as_ref(), &instruments, &settings)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report.to_json())?);
        return Ok(());
    }
    println!(
        "{:<8} {:<8} {:>8} {:>8} {:>8}  {}",
        t!("cli-outcomes-col-ref"),
        t!("cli-outcomes-col-measure"),
        t!("cli-outcomes-col-before"),
        t!("cli-outcomes-col-after"),
        t!("cli-outcomes-col-change"),
        t!("cli-outcomes-col-result")
    );
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
            "\n{}",
            t!(
                "cli-outcomes-summary",
                instrument = instrument.key(),
                headline = s.headline(),
                no_change = s.no_change,
                declined = s.declined,
                in_progress = s.in_progress
            )
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
    println!(
        "{}",
        t!("cli-availability-week", week = week, from = crate::i18n::date(plan.week_start, "%a %-d %b %Y"))
    );
    println!(
        "{:<24} {:>10} {:>8} {:>8}",
        t!("cli-availability-col-member"),
        t!("cli-availability-col-available"),
        t!("cli-availability-col-booked"),
        t!("cli-availability-col-free")
    );
    for m in &plan.members {
        println!(
            "{:<24} {:>10.1} {:>8.1} {:>8.1}",
            m.member, m.available_hours, m.booked_hours, m.free_hours
        );
    }
    println!(
        "{:<24} {:>10.1} {:>8.1} {:>8.1}",
        t!("cli-availability-total"),
        plan.available_hours,
        plan.booked_hours,
        plan.free_hours
    );
    println!("{}", t!("cli-availability-demand", hours = format!("{:.1}", plan.demand_hours)));
    for s in &plan.shortfalls {
        println!("{s}");
    }
    Ok(())
}

/// "2026-W48" → the Monday of that ISO week.
fn parse_iso_week(text: &str) -> anyhow::Result<chrono::NaiveDate> {
    let bad = || anyhow::anyhow!("{}", t!("cli-availability-bad-week", text = text));
    let (year, week) = text.trim().split_once("-W").ok_or_else(bad)?;
    let (year, week) = (year.parse::<i32>().map_err(|_| bad())?, week.parse::<u32>().map_err(|_| bad())?);
    chrono::NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon).ok_or_else(bad)
}
