//! `report budget`, `report hours` and `report pack`: funds, members' pay, funder packs.

use crate::data::ReadsExt;
use crate::domain::Fund;
use crate::report::funds::{budget as fund_budget, hours as member_hours, parse_month, payer_name};
use crate::t;
use anyhow::{Context, bail};
use std::path::Path;

/// `report budget --data FILE [--json]`: per fund `amount`, `spent`, `committed`, `remaining`.
pub fn budget(path: &Path, json: bool) -> anyhow::Result<()> {
    let store = super::open_existing(path)?;
    let today = super::today();
    let rows = fund_budget(store.as_ref(), today)?;
    if json {
        let list: Vec<serde_json::Value> = rows
            .iter()
            .map(|(f, s)| {
                serde_json::json!({
                    "fund": f.name, "funder": f.funder,
                    "amount": f.amount.as_pounds_f64(), "spent": s.spent.as_pounds_f64(),
                    "committed": s.committed.as_pounds_f64(), "remaining": s.remaining().as_pounds_f64(),
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(());
    }
    println!(
        "{:<28} {:>12} {:>12} {:>12} {:>12}",
        t!("cli-budget-col-fund"),
        t!("cli-budget-col-amount"),
        t!("cli-budget-col-spent"),
        t!("cli-budget-col-committed"),
        t!("cli-budget-col-remaining")
    );
    for (f, s) in &rows {
        println!(
            "{:<28} {:>12} {:>12} {:>12} {:>12}",
            f.name,
            f.amount.to_string(),
            s.spent.to_string(),
            s.committed.to_string(),
            s.remaining().to_string()
        );
        if s.remaining().0 < 0 {
            let by = crate::domain::Money(-s.remaining().0).to_string();
            println!("  {}", t!("cli-budget-overspent", fund = f.name.as_str(), amount = by));
        }
    }
    Ok(())
}

/// `report hours --month YYYY-MM --data FILE [--json]`: per member sessions, hours, due by payer.
pub fn hours(path: &Path, month: &str, json: bool) -> anyhow::Result<()> {
    let (from, to) = parse_month(month).with_context(|| t!("cli-hours-bad-month", month = month))?;
    let store = super::open_existing(path)?;
    let funds = store.all::<Fund>()?;
    let rows = member_hours(store.as_ref(), from, to)?;
    if json {
        let list: Vec<serde_json::Value> = rows
            .iter()
            .map(|(m, p)| {
                let due: serde_json::Map<String, serde_json::Value> = p
                    .due
                    .iter()
                    .map(|(k, a)| {
                        // JSON keys stay the same whatever the language.
                        let key = crate::i18n::with_lang(crate::i18n::Lang::En, || payer_name(k, &funds));
                        (key, serde_json::json!(a.as_pounds_f64()))
                    })
                    .collect();
                serde_json::json!({
                    "member": m.name, "sessions": p.sessions, "hours": (p.hours * 100.0).round() / 100.0,
                    "due_by_payer": due, "total_due": p.total().as_pounds_f64(),
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({ "month": month, "members": list }))?
        );
        return Ok(());
    }
    println!(
        "{:<24} {:>8} {:>7} {:>11}  {}",
        t!("cli-hours-col-member"),
        t!("cli-hours-col-sessions"),
        t!("cli-hours-col-hours"),
        t!("cli-hours-col-total-due"),
        t!("cli-hours-col-by-payer")
    );
    for (m, p) in &rows {
        let parts: Vec<String> =
            p.due.iter().map(|(k, a)| format!("{} {}", payer_name(k, &funds), a)).collect();
        println!(
            "{:<24} {:>8} {:>7.2} {:>11}  {}",
            m.name,
            p.sessions,
            p.hours,
            p.total().to_string(),
            parts.join("; ")
        );
    }
    Ok(())
}

/// `report pack --fund NAME --from DATE --to DATE --data FILE --out FILE.html|FILE.pdf`.
pub fn pack(
    path: &Path,
    fund: &str,
    (from, to): (chrono::NaiveDate, chrono::NaiveDate),
    out: &Path,
    names: bool,
) -> anyhow::Result<()> {
    if to < from {
        bail!("{}", t!("cli-pack-dates", to = to.to_string(), from = from.to_string()));
    }
    let store = super::open_existing(path)?;
    let funds = store.all::<Fund>()?;
    let chosen = funds.iter().find(|f| f.name.eq_ignore_ascii_case(fund.trim())).with_context(|| {
        let names = funds.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join(", ");
        t!("cli-pack-no-fund", fund = fund, funds = names)
    })?;
    let today = super::today();
    let pdf = out.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    let bytes = if pdf {
        crate::report::pack::funder_pack_document(store.as_ref(), chosen, from, to, names, today)?
            .to_pdf()
            .with_context(|| t!("cli-cannot-build-pdf"))?
    } else {
        crate::report::pack::funder_pack(store.as_ref(), chosen, from, to, names, today)?.into_bytes()
    };
    std::fs::write(out, bytes).with_context(|| t!("cli-cannot-write", file = out.display().to_string()))?;
    println!("{}", t!("cli-pack-wrote", fund = chosen.name.as_str(), file = out.display().to_string()));
    Ok(())
}
