//! Funds and members' pay from the store: budgets, burn-down, monthly hours and statements.

use super::ReportError;
use crate::data::{DataError, Reads, ReadsExt};
use crate::domain::funding::{FundStatus, MemberPay, PayerKind, fund_status, member_pay, place_cost};
use crate::domain::{Activity, Fund, Member, Money, Payer, Session};
use crate::t;
use chrono::{Datelike, Days, NaiveDate};

/// Every fund with where it stands on `today`.
pub fn budget(store: &dyn Reads, today: NaiveDate) -> Result<Vec<(Fund, FundStatus)>, DataError> {
    let activities = store.all::<Activity>()?;
    let members = store.all::<Member>()?;
    store
        .all::<Fund>()?
        .into_iter()
        .map(|f| {
            let sessions = store.sessions_between(f.start, f.end)?;
            let status = fund_status(&f, &sessions, &activities, &members, today);
            Ok((f, status))
        })
        .collect()
}

/// Remaining budget week by week across the fund's period: (week start, remaining in pounds,
/// true when the point is a projection from booked sessions rather than spending).
pub fn burn_down(
    store: &dyn Reads,
    fund: &Fund,
    today: NaiveDate,
) -> Result<Vec<(NaiveDate, f64, bool)>, DataError> {
    let activities = store.all::<Activity>()?;
    let members = store.all::<Member>()?;
    let sessions = store.sessions_between(fund.start, fund.end)?;
    let mut costs: Vec<(NaiveDate, Money)> = Vec::new();
    for s in &sessions {
        let Some(activity) = activities.iter().find(|a| a.id == s.activity) else { continue };
        for p in s.participants.iter().filter(|p| p.payer == Payer::Fund(fund.id)) {
            costs.push((s.date, place_cost(s, p, activity, &members)));
        }
    }
    let mut points = Vec::new();
    let mut week = fund.start;
    loop {
        let used: Money = costs.iter().filter(|(d, _)| *d < week).map(|(_, c)| *c).sum();
        points.push((week, (fund.amount - used).as_pounds_f64(), week > today));
        if week >= fund.end {
            break;
        }
        week = (week + Days::new(7)).min(fund.end);
    }
    Ok(points)
}

/// The first and last day of a month.
pub fn month_range(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some((first, next.pred_opt()?))
}

/// Reads "YYYY-MM".
pub fn parse_month(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    let (y, m) = text.trim().split_once('-')?;
    month_range(y.parse().ok()?, m.parse().ok()?)
}

/// Each member's pay for the days `from` to `to`, members with nothing delivered left out.
pub fn hours(
    store: &dyn Reads,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(Member, MemberPay)>, DataError> {
    let sessions = store.sessions_between(from, to)?;
    let activities = store.all::<Activity>()?;
    let members = store.all::<Member>()?;
    let mut out: Vec<(Member, MemberPay)> = members
        .iter()
        .map(|m| (m.clone(), member_pay(m.id, &sessions, &activities, &members)))
        .filter(|(_, p)| p.sessions > 0)
        .collect();
    out.sort_by(|a, b| a.0.name.cmp(&b.0.name));
    Ok(out)
}

/// A payer's name for statements: the fund's name, "Self-Directed Support" or "Self-funded",
/// in this thread's language.
pub fn payer_name(kind: &PayerKind, funds: &[Fund]) -> String {
    match kind {
        PayerKind::Fund(id) => {
            funds.iter().find(|f| f.id == *id).map_or_else(|| t!("report-payer-a-fund"), |f| f.name.clone())
        }
        PayerKind::Sds => t!("report-payer-sds"),
        PayerKind::SelfFunded => t!("report-payer-self-funded"),
    }
}

fn long(d: NaiveDate) -> String {
    crate::i18n::date(d, "%-d %B %Y")
}

/// A printable statement for one member for the days `from` to `to`, as plain text.
pub fn statement(
    store: &dyn Reads,
    member: &Member,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<String, DataError> {
    let sessions: Vec<Session> =
        store.sessions_between(from, to)?.into_iter().filter(|s| s.members.contains(&member.id)).collect();
    let activities = store.all::<Activity>()?;
    let members = store.all::<Member>()?;
    let funds = store.all::<Fund>()?;
    let pay = member_pay(member.id, &sessions, &activities, &members);
    let mut out = format!(
        "{}\n{}\n\n",
        t!("report-statement-for", name = member.name.as_str()).to_uppercase(),
        t!("report-statement-period", from = long(from), to = long(to))
    );
    out.push_str(&format!(
        "{:<12} {:<6} {:<32} {:>6} {:>10}\n",
        t!("report-statement-col-date"),
        t!("report-statement-col-start"),
        t!("report-statement-col-activity"),
        t!("report-statement-col-hours"),
        t!("report-statement-col-due")
    ));
    for s in sessions.iter().filter(|s| crate::domain::schedule::delivered(s)) {
        let activity = activities.iter().find(|a| a.id == s.activity);
        let due: Money = activity
            .map(|a| {
                s.participants
                    .iter()
                    .map(|p| Money(place_cost(s, p, a, &members).0 / s.members.len().max(1) as i64))
                    .sum()
            })
            .unwrap_or_default();
        out.push_str(&format!(
            "{:<12} {:<6} {:<32} {:>6.2} {:>10}\n",
            s.date.format("%Y-%m-%d"),
            s.start.format("%H:%M"),
            activity.map_or("", |a| a.name.as_str()),
            s.hours(),
            due.to_string()
        ));
    }
    out.push_str(&format!(
        "\n{}: {}\n{}: {:.2}\n\n{}:\n",
        t!("report-statement-sessions-delivered"),
        pay.sessions,
        t!("report-statement-col-hours"),
        pay.hours,
        t!("report-statement-due-by-payer")
    ));
    for (kind, amount) in &pay.due {
        out.push_str(&format!("  {:<36} {:>10}\n", payer_name(kind, &funds), amount.to_string()));
    }
    out.push_str(&format!("  {:<36} {:>10}\n", t!("report-statement-total"), pay.total().to_string()));
    Ok(out)
}

/// The accounts CSV for a period: `member,sessions,hours,payer,amount_gbp`, one row per payer.
/// Language-neutral: payers are named in English whatever the interface language.
pub fn pay_csv(store: &dyn Reads, from: NaiveDate, to: NaiveDate) -> Result<String, ReportError> {
    let funds = store.all::<Fund>()?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let row = |w: &mut csv::Writer<Vec<u8>>, cells: &[String]| w.write_record(cells);
    row(&mut writer, &["member", "sessions", "hours", "payer", "amount_gbp"].map(String::from))?;
    for (m, pay) in hours(store, from, to)? {
        for (kind, amount) in &pay.due {
            row(
                &mut writer,
                &[
                    m.name.clone(),
                    pay.sessions.to_string(),
                    format!("{:.2}", pay.hours),
                    crate::i18n::with_lang(crate::i18n::Lang::En, || payer_name(kind, &funds)),
                    amount.to_decimal(),
                ],
            )?;
        }
    }
    let bytes = writer.into_inner()?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The month containing `day`, as "YYYY-MM".
pub fn month_of(day: NaiveDate) -> String {
    format!("{}-{:02}", day.year(), day.month())
}
