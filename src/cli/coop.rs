//! `carecoop report register` and `carecoop report meetings`: the co-op's own records.

use crate::data::ReadsExt;
use crate::domain::RegisterEntry;
use crate::report::coop;
use crate::t;
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
        println!("{}", t!("cli-register-empty"));
        return Ok(());
    }
    let shares = settings.coop.legal_form.has_shares();
    let (name_h, class_h) = (t!("cli-register-col-name"), t!("cli-register-col-class"));
    let (admitted_h, ceased_h) = (t!("cli-register-col-admitted"), t!("cli-register-col-ceased"));
    let (shares_h, paid_h) = (t!("cli-register-col-shares"), t!("cli-register-col-paid"));
    let long = |h: &str| h.chars().count();
    let w = lines.iter().map(|l| l.entry.name.chars().count()).max().unwrap_or(0).max(long(&name_h));
    let c = lines.iter().map(|l| l.entry.class.chars().count()).max().unwrap_or(0).max(long(&class_h));
    let a = long(&admitted_h).max(12);
    let e = long(&ceased_h).max(12);
    let (s, p) = (long(&shares_h).max(6), long(&paid_h).max(10));
    print!("{name_h:<w$} {class_h:<c$} {admitted_h:<a$} {ceased_h:<e$}");
    println!("{}", if shares { format!(" {shares_h:>s$} {paid_h:>p$}") } else { String::new() });
    for l in &lines {
        let day = |d: chrono::NaiveDate| crate::i18n::date(d, "%-d %b %Y");
        print!(
            "{:<w$} {:<c$} {:<a$} {:<e$}",
            l.entry.name,
            l.entry.class,
            day(l.entry.admitted),
            l.entry.ceased.map(day).unwrap_or_else(|| "-".into())
        );
        if shares {
            print!(" {:>s$} {:>p$}", l.holding.shares, l.holding.amount_paid.to_string());
        }
        println!();
    }
    let total: i64 = lines.iter().map(|l| l.holding.shares).sum();
    let members = lines.iter().filter(|l| l.entry.ceased.is_none()).count();
    if shares {
        println!("{}", t!("cli-register-total-shares", members = members, shares = total));
    } else {
        println!("{}", t!("cli-register-total", members = members));
    }
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
        println!("{}", t!("cli-meetings-empty"));
        return Ok(());
    }
    for m in &list {
        let present = m.present(&register);
        let quorum = m.quorum_needed(&rules, &register);
        let state = if present >= quorum { t!("cli-meeting-quorate") } else { t!("cli-meeting-not-quorate") };
        println!(
            "{}",
            t!(
                "cli-meeting-line",
                kind = m.kind.label(),
                date = crate::i18n::date(m.date, "%-d %B %Y"),
                present = present,
                quorum = quorum,
                state = state
            )
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
