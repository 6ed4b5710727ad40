//! The funder's report pack for a fund and period — who was referred and from where,
//! activities, hours, attendance, spend against budget, wellbeing outcomes, charts and a
//! method note; no personal names unless asked. Built once as a document, then written as one
//! self-contained HTML file (charts inline as SVG) or as a PDF.

use super::ReportError;
use super::funds::burn_down;
use super::outcomes::outcomes_from;
use crate::charts::{BurnDownChart, Chart, ChartStyle, SlopeChart, render_png, render_svg};
use crate::data::{Reads, ReadsExt};
use crate::documents::{Block, Document};
use crate::domain::funding::{fund_status, place_cost};
use crate::domain::{
    Activity, Attendance, Fund, Instrument, Member, Money, Payer, Person, PersonId, PersonSummary, Referral,
};
use crate::t;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// The pack's look in HTML (and in print from a browser).
pub const STYLE: &str = "body{font-family:'DejaVu Sans',Arial,sans-serif;color:#1e1e1e;max-width:960px;margin:2em auto;padding:0 1em;line-height:1.45}\
h1{font-size:1.7em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:2px solid #195ab4;padding-bottom:.2em;margin-top:1.8em}\
table{border-collapse:collapse;width:100%;margin:.6em 0}th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left}\
th{background:#eef3fa}td.n{text-align:right}.muted{color:#666}.caveat{background:#fff4e0;border-left:4px solid #e08a00;padding:.5em .8em}\
.chart svg,.chart img{width:100%;height:auto}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{color:#666}@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}.chart,table{page-break-inside:avoid}}";

fn table(head: Vec<String>, rows: &[Vec<String>]) -> Block {
    Block::Table { head, rows: rows.to_vec() }
}

fn long(d: NaiveDate) -> String {
    crate::i18n::date(d, "%-d %B %Y")
}

/// A chart as a picture: SVG for the HTML pack, PNG for its PDF.
fn chart_block(chart: &Chart, width: u32, height: u32, alt: &str) -> Result<Block, ReportError> {
    let style = ChartStyle::default();
    Ok(Block::Image {
        png: render_png(chart, width, height, &style)?,
        width,
        height,
        alt: alt.to_string(),
        svg: Some(render_svg(chart, width, height, &style)?),
    })
}

/// The pack for `fund` over `from` to `to` as one self-contained HTML page.
pub fn funder_pack(
    store: &dyn Reads,
    fund: &Fund,
    from: NaiveDate,
    to: NaiveDate,
    include_names: bool,
    today: NaiveDate,
) -> Result<String, ReportError> {
    Ok(funder_pack_document(store, fund, from, to, include_names, today)?.to_html(STYLE))
}

/// The pack for `fund` over `from` to `to`, as a document (HTML or PDF).
pub fn funder_pack_document(
    store: &dyn Reads,
    fund: &Fund,
    from: NaiveDate,
    to: NaiveDate,
    include_names: bool,
    today: NaiveDate,
) -> Result<Document, ReportError> {
    let activities = store.all::<Activity>()?;
    let members = store.all::<Member>()?;
    let sessions = store.sessions_between(from, to)?;
    let funded: Vec<_> =
        sessions.iter().filter(|s| s.participants.iter().any(|p| p.payer == Payer::Fund(fund.id))).collect();
    let people_ids: BTreeSet<PersonId> = funded
        .iter()
        .flat_map(|s| s.participants.iter().filter(|p| p.payer == Payer::Fund(fund.id)).map(|p| p.person))
        .collect();
    let people: Vec<Person> = store.get_many(&people_ids.iter().copied().collect::<Vec<_>>())?;
    let label = |p: &Person, i: usize| {
        if include_names {
            format!("{} ({})", p.name, p.reference)
        } else {
            t!("pack-person-n", number = (i + 1).to_string())
        }
    };

    let mut doc =
        Document::new(t!("pack-doc-title", fund = fund.name.as_str(), funder = fund.funder.as_str()));
    doc.push(Block::Title(fund.name.clone()));
    doc.push(Block::Muted(t!(
        "pack-intro",
        funder = fund.funder.as_str(),
        from = long(from),
        to = long(to),
        today = long(today)
    )));

    // Who was referred and from where.
    let mut by_source: BTreeMap<&str, usize> = BTreeMap::new();
    let mut latest: Vec<Referral> = Vec::new();
    for p in &people {
        if let Some(r) = store.referrals_of_person(p.id)?.into_iter().max_by_key(|r: &Referral| r.received) {
            *by_source.entry(r.source.label()).or_default() += 1;
            latest.push(r);
        }
    }
    doc.push(Block::Heading(t!("pack-heading-referred")));
    doc.paragraph(t!("pack-people-took-part", count = people.len()));
    doc.push(table(
        vec![t!("pack-col-referral-source"), t!("pack-col-people")],
        &by_source.iter().map(|(k, n)| vec![k.to_string(), n.to_string()]).collect::<Vec<_>>(),
    ));
    if !latest.is_empty() {
        let report = crate::report::referrals::referrals_report(&latest, None, None, today);
        let chart = crate::report::referrals::referrals_chart(&report, &t!("pack-referrals-chart-title"));
        doc.push(chart_block(&chart, 900, 360, &t!("pack-referrals-chart-alt"))?);
    }

    // Activities, hours and attendance.
    let mut per_activity: BTreeMap<String, (usize, f64, usize, usize)> = BTreeMap::new();
    let (mut attended, mut expected) = (0usize, 0usize);
    for s in &funded {
        let name = activities.iter().find(|a| a.id == s.activity).map_or(String::new(), |a| a.name.clone());
        let e = per_activity.entry(name).or_default();
        if !s.cancelled {
            e.0 += 1;
            e.1 += s.hours();
        }
        for p in s.participants.iter().filter(|p| p.payer == Payer::Fund(fund.id)) {
            match p.attendance {
                Attendance::Attended => {
                    e.2 += 1;
                    e.3 += 1;
                    attended += 1;
                    expected += 1;
                }
                Attendance::DidNotAttend | Attendance::CancelledByPerson => {
                    e.3 += 1;
                    expected += 1;
                }
                _ => {}
            }
        }
    }
    doc.push(Block::Heading(t!("pack-heading-activities")));
    doc.push(table(
        vec![
            t!("pack-col-activity"),
            t!("pack-col-sessions"),
            t!("pack-col-hours"),
            t!("pack-col-places-attended"),
            t!("pack-col-places-booked"),
        ],
        &per_activity
            .iter()
            .map(|(k, v)| {
                vec![k.clone(), v.0.to_string(), format!("{:.1}", v.1), v.2.to_string(), v.3.to_string()]
            })
            .collect::<Vec<_>>(),
    ));
    let rate = if expected > 0 { 100.0 * attended as f64 / expected as f64 } else { 0.0 };
    doc.push(Block::Heading(t!("pack-heading-attendance")));
    doc.paragraph(t!(
        "pack-attendance",
        attended = attended.to_string(),
        expected = expected.to_string(),
        rate = format!("{rate:.0}")
    ));

    // Spend against budget.
    let members_ref = &members;
    let in_period: Money = funded
        .iter()
        .flat_map(|s| {
            let a = activities.iter().find(|a| a.id == s.activity);
            s.participants
                .iter()
                .filter(|p| p.payer == Payer::Fund(fund.id))
                .map(move |p| a.map(|a| place_cost(s, p, a, members_ref)).unwrap_or_default())
        })
        .sum();
    let whole = store.sessions_between(fund.start, fund.end)?;
    let status = fund_status(fund, &whole, &activities, &members, today);
    doc.push(Block::Heading(t!("pack-heading-spend")));
    doc.push(table(
        vec![
            t!("pack-col-budget"),
            t!("pack-col-spent-period"),
            t!("pack-col-spent-to-date"),
            t!("pack-col-committed"),
            t!("pack-col-remaining"),
        ],
        &[vec![
            fund.amount.to_string(),
            in_period.to_string(),
            status.spent.to_string(),
            status.committed.to_string(),
            status.remaining().to_string(),
        ]],
    ));
    let burn = Chart::BurnDown(BurnDownChart {
        title: t!("pack-burn-title", fund = fund.name.as_str()),
        budget: fund.amount.as_pounds_f64(),
        points: burn_down(store, fund, today)?,
    });
    doc.push(chart_block(&burn, 900, 380, &t!("pack-burn-alt", fund = fund.name.as_str()))?);

    // Wellbeing outcomes.
    let settings = store.settings()?;
    let summaries: Vec<PersonSummary> =
        store.person_summaries_of(&people_ids.iter().copied().collect::<Vec<_>>())?;
    doc.push(Block::Heading(t!("pack-heading-wellbeing")));
    for instrument in [Instrument::Wemwbs, Instrument::Swemwbs] {
        let report = outcomes_from(&summaries, &[instrument], &settings);
        let Some((_, summary)) = report.summaries.first() else { continue };
        if summary.assessed + summary.in_progress == 0 {
            continue;
        }
        let mut line = t!(
            "pack-wellbeing-line",
            measure = instrument.label(),
            headline = summary.headline(),
            no_change = summary.no_change.to_string(),
            declined = summary.declined.to_string(),
            in_progress = summary.in_progress.to_string()
        );
        if let Some(m) = summary.mean_change {
            line.push_str(&t!("pack-mean-change", change = format!("{m:+.2}")));
            if let Some((lo, hi)) = summary.ci95 {
                line.push_str(&t!("pack-ci95", low = format!("{lo:.2}"), high = format!("{hi:.2}")));
            }
            line.push('.');
        }
        doc.paragraph(line);
        if let Some(caveat) = summary.caveat() {
            doc.push(Block::Note(caveat));
        }
        let pairs: Vec<_> = report
            .people
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let p = people.iter().find(|p| p.id == r.person)?;
                r.after.map(|a| (label(p, i), r.before, a, r.category))
            })
            .collect();
        let slope = Chart::Slope(SlopeChart {
            title: t!("pack-slope-title", measure = instrument.label()),
            instrument,
            pairs,
        });
        doc.push(chart_block(&slope, 900, 420, &t!("pack-slope-alt", measure = instrument.label()))?);
        let rows: Vec<Vec<String>> = report
            .people
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let p = people.iter().find(|p| p.id == r.person)?;
                let num = |x: f64| crate::domain::wellbeing::format_score(x);
                Some(vec![
                    label(p, i),
                    num(r.before),
                    r.after.map(num).unwrap_or_default(),
                    r.change.map(|c| format!("{c:+.2}")).unwrap_or_default(),
                    r.category.label().to_string(),
                ])
            })
            .collect();
        doc.push(table(
            vec![
                t!("pack-col-person"),
                t!("pack-col-before"),
                t!("pack-col-after"),
                t!("pack-col-change"),
                t!("pack-col-result"),
            ],
            &rows,
        ));
    }

    doc.push(Block::Heading(t!("pack-heading-method")));
    doc.paragraph(t!(
        "pack-method",
        wemwbs = crate::domain::wellbeing::format_score(settings.meaningful_change.wemwbs),
        swemwbs = crate::domain::wellbeing::format_score(settings.meaningful_change.swemwbs),
        names = if include_names { t!("pack-names-included") } else { t!("pack-names-not-included") }
    ));
    doc.push(Block::Muted(t!("pack-copyright")));
    Ok(doc)
}
