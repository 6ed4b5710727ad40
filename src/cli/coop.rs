//! `carecoop report register` and `carecoop report meetings`: the co-op's own records.

use crate::data::ReadsExt;
use crate::domain::RegisterEntry;
use crate::report::coop;
use std::path::Path;

/// `report register --data FILE [--json] [--include-former]`.
pub fn register(path: &Path, json: bool, include_former: bool) -> anyhow::Result<()> {
    let store = super::open_existing(path)?;
    let lines = coop::register(store.as_ref(), super::today(), include_former)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&coop::register_json(&lines))?);
        return Ok(());
    }
    let settings = store.settings()?;
    if lines.is_empty() {
        println!("No one is on the register yet.");
        return Ok(());
    }
    let shares = settings.coop.legal_form.has_shares();
    let w = lines.iter().map(|l| l.entry.name.chars().count()).max().unwrap_or(4).max(4);
    let c = lines.iter().map(|l| l.entry.class.chars().count()).max().unwrap_or(5).max(5);
    print!("{:<w$} {:<c$} {:<12} {:<12}", "Name", "Class", "Admitted", "Ceased");
    println!("{}", if shares { format!(" {:>6} {:>10}", "Shares", "Paid") } else { String::new() });
    for l in &lines {
        let day = |d: chrono::NaiveDate| d.format("%-d %b %Y").to_string();
        print!(
            "{:<w$} {:<c$} {:<12} {:<12}",
            l.entry.name,
            l.entry.class,
            day(l.entry.admitted),
            l.entry.ceased.map(day).unwrap_or_else(|| "-".into())
        );
        if shares {
            print!(" {:>6} {:>10}", l.holding.shares, l.holding.amount_paid.to_string());
        }
        println!();
    }
    let total: i64 = lines.iter().map(|l| l.holding.shares).sum();
    let members = lines.iter().filter(|l| l.entry.ceased.is_none()).count();
    println!("{members} member(s){}", if shares { format!(", {total} shares held") } else { String::new() });
    Ok(())
}

/// `report meetings --data FILE [--json]`.
pub fn meetings(path: &Path, json: bool) -> anyhow::Result<()> {
    let store = super::open_existing(path)?;
    let (list, register, rules) =
        (coop::meetings(store.as_ref())?, store.all::<RegisterEntry>()?, store.settings()?.coop);
    if json {
        println!("{}", serde_json::to_string_pretty(&coop::meetings_json(&list, &register, &rules))?);
        return Ok(());
    }
    if list.is_empty() {
        println!("No meetings are recorded.");
        return Ok(());
    }
    for m in &list {
        let present = m.present(&register);
        let quorum = m.quorum_needed(&rules, &register);
        println!(
            "{}, {}: {present} present, quorum {quorum} ({})",
            m.kind.label(),
            m.date.format("%-d %B %Y"),
            if present >= quorum { "quorate" } else { "not quorate" }
        );
        if let Some(w) = m.notice_warning(&rules) {
            println!("  {w}");
        }
        for (i, r) in m.resolutions.iter().enumerate() {
            println!("  {}. {} ({})", i + 1, r.text.trim(), r.kind.label().to_lowercase());
            println!("     {}", coop::votes_words(&r.votes, r.outcome(&rules)));
        }
    }
    Ok(())
}
