//! Chart data from the store: a person's scores and attendance, ready to draw.

use crate::charts::{Chart, Ons4Chart, PersonChart};
use crate::data::{DataError, Reads};
use crate::domain::wellbeing::{Score, Scored};
use crate::domain::{Assessment, Attendance, Instrument, Person, Settings};

/// The instrument to chart for someone: the one they have most complete scores on, WEMWBS
/// first when tied; `None` when they have no assessments.
pub fn main_instrument(assessments: &[Assessment]) -> Option<Instrument> {
    [Instrument::Wemwbs, Instrument::Swemwbs, Instrument::Ons4]
        .into_iter()
        .map(|i| (i, assessments.iter().filter(|a| a.instrument == i).count()))
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(i, n)| (*n, std::cmp::Reverse(*i as u8)))
        .map(|(i, _)| i)
}

/// "Agnes Dewar" → "A.D."
pub fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next()).map(|c| format!("{c}.")).collect()
}

/// The chart of `person` on `instrument` (or their main instrument).
pub fn person_chart(
    store: &dyn Reads,
    person: &Person,
    instrument: Option<Instrument>,
    settings: &Settings,
    title: String,
) -> Result<Chart, DataError> {
    let assessments = store.assessments_of_person(person.id)?;
    let instrument = instrument.or_else(|| main_instrument(&assessments)).unwrap_or(Instrument::Wemwbs);
    let attended = store
        .sessions_of_person(person.id)?
        .iter()
        .filter(|s| {
            s.participants.iter().any(|p| p.person == person.id && p.attendance == Attendance::Attended)
        })
        .map(|s| s.date)
        .collect();
    Ok(chart_from(&assessments, instrument, settings, title, attended))
}

/// Builds the chart from assessments already read.
pub fn chart_from(
    assessments: &[Assessment],
    instrument: Instrument,
    settings: &Settings,
    title: String,
    attended: Vec<chrono::NaiveDate>,
) -> Chart {
    let mut mine: Vec<&Assessment> = assessments.iter().filter(|a| a.instrument == instrument).collect();
    mine.sort_by_key(|a| (a.date, a.id));
    if instrument == Instrument::Ons4 {
        let points = mine
            .iter()
            .filter_map(|a| match a.scored() {
                Some(Scored::Complete(Score::Ons4(items))) => Some((a.date, a.timepoint, items)),
                _ => None,
            })
            .collect();
        return Chart::Ons4(Ons4Chart { title, points });
    }
    let points = mine.iter().filter_map(|a| a.headline().map(|h| (a.date, a.timepoint, h))).collect();
    let threshold = settings.meaningful_change.threshold(instrument).unwrap_or(3.0);
    Chart::Person(PersonChart { title, instrument, points, threshold, attended })
}
