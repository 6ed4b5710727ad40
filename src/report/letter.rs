//! The outcome letter to the GP (or other referrer): printable text, only with consent.

use crate::charts::{ChartStyle, render_png};
use crate::data::{DataError, Reads, ReadsExt};
use crate::documents::{Block, Document};
use crate::domain::wellbeing::format_score as score;
use crate::domain::wellbeing::outcome_for;
use crate::domain::{Activity, Attendance, Instrument, Person, Referral, ReferralStatus, Settings};
use chrono::NaiveDate;

/// SNOMED CT: referral to social prescribing service.
pub const SNOMED_REFERRED: (&str, &str) = ("871731000000106", "Referral to social prescribing service");
/// SNOMED CT: social prescribing declined.
pub const SNOMED_DECLINED: (&str, &str) = ("871711000000103", "Social prescribing declined");

/// Why a letter cannot be written for this referral, or `None` when it can.
pub fn letter_unavailable(person: &Person) -> Option<String> {
    (!person.consent_share.yes).then(|| {
        format!(
            "Outcome letter unavailable: {} has not consented to sharing outcomes with the referrer and GP.",
            person.display_name()
        )
    })
}

fn long_date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// Why there is no outcome letter.
#[derive(Debug, thiserror::Error)]
pub enum LetterError {
    /// The person has not consented to sharing outcomes (the message says so, by name).
    #[error("{0}")]
    Unavailable(String),
    /// The data could not be read.
    #[error(transparent)]
    Data(#[from] DataError),
}

/// Writes the outcome letter for `referral` as text, or says why it is unavailable.
pub fn outcome_letter(
    store: &dyn Reads,
    person: &Person,
    referral: &Referral,
    settings: &Settings,
    today: NaiveDate,
) -> Result<String, LetterError> {
    Ok(outcome_document(store, person, referral, settings, today, false)?.to_text())
}

/// The outcome letter as a document (the co-op's name and address from Settings at its head,
/// the SNOMED CT code, the before and after scores and, with `chart`, the person's chart),
/// ready to print as PDF; or why it is unavailable.
pub fn outcome_document(
    store: &dyn Reads,
    person: &Person,
    referral: &Referral,
    settings: &Settings,
    today: NaiveDate,
    chart: bool,
) -> Result<Document, LetterError> {
    if let Some(reason) = letter_unavailable(person) {
        return Err(LetterError::Unavailable(reason));
    }
    let thresholds = &settings.meaningful_change;
    let activities = store.all::<Activity>()?;
    let sessions = store.sessions_of_person(person.id)?;
    let mine: Vec<_> = sessions
        .iter()
        .filter(|s| s.date >= referral.received && !s.cancelled)
        .filter_map(|s| s.participants.iter().find(|p| p.person == person.id).map(|p| (s, p)))
        .collect();
    let booked = mine.iter().filter(|(s, _)| s.date <= today).count();
    let attended = mine.iter().filter(|(_, p)| p.attendance == Attendance::Attended).count();
    let mut taken_up: Vec<&str> = mine
        .iter()
        .filter(|(_, p)| p.attendance == Attendance::Attended)
        .filter_map(|(s, _)| activities.iter().find(|a| a.id == s.activity).map(|a| a.name.as_str()))
        .collect();
    taken_up.sort_unstable();
    taken_up.dedup();
    let (code, term) =
        if referral.status() == ReferralStatus::Declined { SNOMED_DECLINED } else { SNOMED_REFERRED };
    let mut doc = Document::new(format!("Outcome of social prescribing referral: {}", person.reference));
    if !settings.coop_name.trim().is_empty() || !settings.coop_address.trim().is_empty() {
        let from: Vec<&str> = [settings.coop_name.trim()]
            .into_iter()
            .chain(settings.coop_address.lines().map(str::trim))
            .filter(|l| !l.is_empty())
            .collect();
        doc.push(Block::Muted(from.join("\n")));
    }
    doc.push(Block::Title("Outcome of social prescribing referral".into()));
    let mut to: Vec<&str> = Vec::new();
    for part in [referral.referrer_name.as_str(), referral.referrer_org.as_str(), person.gp_practice.as_str()]
    {
        if !part.is_empty() && !to.contains(&part) {
            to.push(part);
        }
    }
    let dob = person.date_of_birth.map(|d| format!(", born {}", long_date(d))).unwrap_or_default();
    doc.push(Block::Fields(vec![
        ("Date".into(), long_date(today)),
        ("To".into(), to.join(", ")),
        ("Re".into(), format!("{} (ref {}){dob}", person.name, person.reference)),
    ]));
    doc.paragraph(format!("Referred on {} by {}.", long_date(referral.received), referral.source.label()));
    if !referral.reasons.is_empty() {
        doc.paragraph(format!("Reason for referral: {}", referral.reasons));
    }
    doc.push(Block::Fields(vec![
        (
            "Outcome".into(),
            format!("{} (since {})", referral.status().label(), long_date(referral.status_since())),
        ),
        ("SNOMED CT".into(), format!("{code} {term}")),
        (
            "Activities taken up".into(),
            if taken_up.is_empty() { "none yet".to_string() } else { taken_up.join(", ") },
        ),
        ("Sessions attended".into(), format!("{attended} of {booked} booked so far")),
    ]));
    let assessments = store.assessments_of_person(person.id)?;
    let mut scored = None;
    for instrument in [Instrument::Wemwbs, Instrument::Swemwbs] {
        let Some(o) = outcome_for(&assessments, instrument, thresholds) else {
            continue;
        };
        scored.get_or_insert(instrument);
        let threshold = thresholds.threshold(instrument).unwrap_or_default();
        doc.paragraph(match (o.after, o.change) {
            (Some(after), Some(change)) => format!(
                "{}: {} before, {} after, a change of {}{}: {} (a meaningful change is {} points or more).",
                instrument.label(),
                score(o.before),
                score(after),
                if change >= 0.0 { "+" } else { "-" },
                score(change.abs()),
                o.category.label().to_lowercase(),
                score(threshold)
            ),
            _ => format!("{}: {} at the start; no end score yet.", instrument.label(), score(o.before)),
        });
    }
    if chart && let Some(instrument) = scored {
        let title = format!("{} ({})", person.name, person.reference);
        let drawn = crate::report::charts::person_chart(store, person, Some(instrument), settings, title)?;
        if let Ok(png) = render_png(&drawn, 1000, 460, &ChartStyle::default()) {
            doc.push(Block::Image {
                png,
                width: 1000,
                height: 460,
                alt: format!("{} scores over time, with sessions attended", instrument.label()),
                svg: None,
            });
        }
    }
    doc.paragraph(
        "Wellbeing scores describe how the person felt; they are not a diagnosis or a screening result.",
    );
    let mut closing = Vec::new();
    if !referral.link_worker.is_empty() {
        closing.push(format!("Link worker: {}", referral.link_worker));
    }
    if let Some(d) = person.consent_share.date {
        closing.push(format!(
            "{} agreed on {} that this outcome may be shared.",
            person.display_name(),
            long_date(d)
        ));
    }
    if !closing.is_empty() {
        doc.paragraph(closing.join("\n"));
    }
    Ok(doc)
}
