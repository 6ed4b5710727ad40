//! The outcome letter to the GP (or other referrer): printable text, only with consent.

use crate::charts::{ChartStyle, render_png};
use crate::data::{DataError, Reads, ReadsExt};
use crate::documents::{Block, Document};
use crate::domain::wellbeing::format_score as score;
use crate::domain::wellbeing::outcome_for;
use crate::domain::{Activity, Attendance, Instrument, Person, Referral, ReferralStatus, Settings};
use crate::t;
use chrono::NaiveDate;

/// SNOMED CT: referral to social prescribing service.
pub const SNOMED_REFERRED: (&str, &str) = ("871731000000106", "Referral to social prescribing service");
/// SNOMED CT: social prescribing declined.
pub const SNOMED_DECLINED: (&str, &str) = ("871711000000103", "Social prescribing declined");

/// Why a letter cannot be written for this referral, or `None` when it can.
pub fn letter_unavailable(person: &Person) -> Option<String> {
    (!person.consent_share.yes).then(|| t!("letter-unavailable", name = person.display_name()))
}

fn long_date(d: NaiveDate) -> String {
    crate::i18n::date(d, "%-d %B %Y")
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
    let mut doc = Document::new(t!("letter-doc-title", reference = person.reference.as_str()));
    if !settings.coop_name.trim().is_empty() || !settings.coop_address.trim().is_empty() {
        let from: Vec<&str> = [settings.coop_name.trim()]
            .into_iter()
            .chain(settings.coop_address.lines().map(str::trim))
            .filter(|l| !l.is_empty())
            .collect();
        doc.push(Block::Muted(from.join("\n")));
    }
    doc.push(Block::Title(t!("letter-title")));
    let mut to: Vec<&str> = Vec::new();
    for part in [referral.referrer_name.as_str(), referral.referrer_org.as_str(), person.gp_practice.as_str()]
    {
        if !part.is_empty() && !to.contains(&part) {
            to.push(part);
        }
    }
    let re = match person.date_of_birth {
        Some(d) => t!(
            "letter-re-born",
            name = person.name.as_str(),
            reference = person.reference.as_str(),
            born = long_date(d)
        ),
        None => t!("letter-re", name = person.name.as_str(), reference = person.reference.as_str()),
    };
    doc.push(Block::Fields(vec![
        (t!("letter-field-date"), long_date(today)),
        (t!("letter-field-to"), to.join(", ")),
        (t!("letter-field-re"), re),
    ]));
    doc.paragraph(t!(
        "letter-referred-on",
        date = long_date(referral.received),
        source = referral.source.label()
    ));
    if !referral.reasons.is_empty() {
        doc.paragraph(t!("letter-reason", reasons = referral.reasons.as_str()));
    }
    doc.push(Block::Fields(vec![
        (
            t!("letter-field-outcome"),
            t!(
                "letter-outcome-since",
                status = referral.status().label(),
                date = long_date(referral.status_since())
            ),
        ),
        ("SNOMED CT".into(), format!("{code} {term}")),
        (
            t!("letter-field-activities"),
            if taken_up.is_empty() { t!("letter-activities-none") } else { taken_up.join(", ") },
        ),
        (
            t!("letter-field-sessions"),
            t!("letter-sessions-attended", attended = attended.to_string(), booked = booked.to_string()),
        ),
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
            (Some(after), Some(change)) => t!(
                "letter-scores",
                measure = instrument.label(),
                before = score(o.before),
                after = score(after),
                change = format!("{}{}", if change >= 0.0 { "+" } else { "-" }, score(change.abs())),
                category = o.category.label().to_lowercase(),
                threshold = score(threshold)
            ),
            _ => t!("letter-scores-start", measure = instrument.label(), before = score(o.before)),
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
                alt: t!("letter-chart-alt", measure = instrument.label()),
                svg: None,
            });
        }
    }
    doc.paragraph(t!("letter-not-diagnosis"));
    let mut closing = Vec::new();
    if !referral.link_worker.is_empty() {
        closing.push(t!("letter-link-worker", name = referral.link_worker.as_str()));
    }
    if let Some(d) = person.consent_share.date {
        closing.push(t!("letter-consent-agreed", name = person.display_name(), date = long_date(d)));
    }
    if !closing.is_empty() {
        doc.paragraph(closing.join("\n"));
    }
    Ok(doc)
}
