//! `carecoop match PERSON_REF --data DB [--weeks N] [--json] [--book N]`.

use crate::actions::{Action, apply};
use crate::data::ReadsExt;
use crate::domain::{Activity, Member};
use crate::report::planning::match_person;
use crate::t;
use anyhow::Context;
use std::path::Path;

/// Prints ranked suggestions for the person's waiting referral.
pub fn run(path: &Path, reference: &str, weeks: u32, json: bool) -> anyhow::Result<()> {
    let store = super::open_existing(path)?;
    let person =
        store.person_by_ref(reference)?.with_context(|| t!("cli-no-person", reference = reference))?;
    let today = super::today();
    let (referral, list) = match_person(store.as_ref(), &person, today + chrono::Days::new(1), weeks)?
        .with_context(|| t!("cli-match-no-referral", reference = reference))?;
    let members = store.all::<Member>()?;
    let activities = store.all::<Activity>()?;
    let member = |id| members.iter().find(|m| m.id == id).map_or(String::new(), |m| m.name.clone());
    let activity = |id| activities.iter().find(|a| a.id == id).map_or(String::new(), |a| a.name.clone());
    if json {
        let rows: Vec<serde_json::Value> = list
            .iter()
            .map(|s| {
                serde_json::json!({
                    "member": member(s.member),
                    "activity": activity(s.activity),
                    "start": s.start.format("%Y-%m-%dT%H:%M").to_string(),
                    "minutes": s.minutes,
                    "joins_existing_session": s.join.is_some(),
                    "score": s.score,
                    "cost_gbp": s.cost.as_pounds_f64(),
                    "reasons": s.reasons,
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({
                "person_ref": person.reference, "referral_date": referral.received.to_string(), "suggestions": rows
            }))?
        );
        return Ok(());
    }
    if list.is_empty() {
        println!("{}", t!("cli-match-none", reference = reference, weeks = weeks));
        return Ok(());
    }
    for (i, s) in list.iter().enumerate() {
        println!(
            "{}",
            t!(
                "cli-match-line",
                n = (i + 1),
                activity = activity(s.activity),
                member = member(s.member),
                when = crate::i18n::datetime(s.start, "%a %-d %b %H:%M"),
                score = s.score.to_string()
            )
        );
        for reason in &s.reasons {
            println!("     - {reason}");
        }
    }
    Ok(())
}

/// Books suggestion `n` (1 is the best) for the person's waiting referral, through the same
/// action as the Planning view's "Book".
pub fn book(path: &Path, reference: &str, weeks: u32, n: u32) -> anyhow::Result<()> {
    let mut store = super::open_existing(path)?;
    let person =
        store.person_by_ref(reference)?.with_context(|| t!("cli-no-person", reference = reference))?;
    let today = super::today();
    let (referral, list) = match_person(store.as_ref(), &person, today + chrono::Days::new(1), weeks)?
        .with_context(|| t!("cli-match-no-referral", reference = reference))?;
    let chosen = list
        .into_iter()
        .nth(n as usize - 1)
        .with_context(|| t!("cli-match-no-suggestion", n = n, reference = reference, weeks = weeks))?;
    let done = apply(store.as_mut(), Action::BookSuggestion(referral.id, Box::new(chosen)), today)?;
    println!("{}.", done.message);
    Ok(())
}
