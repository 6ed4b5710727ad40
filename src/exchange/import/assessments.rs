//! Importing assessments: `person_ref,date,timepoint,instrument,answers` — answers in item
//! order separated by `;`, empty for a missing item (that assessment is kept as incomplete).

use super::{ImportErrors, ImportKind, ImportPlan, RowReader, Sheet, read_rows};
use crate::domain::{Assessment, AssessmentId, Instrument, Person, Timepoint};
use chrono::NaiveDate;

/// The assessments layout, exactly as documented and exported.
pub const ASSESSMENT_COLUMNS: &[&str] = &["person_ref", "date", "timepoint", "instrument", "answers"];

/// Reads an assessments file. A row with the same person, date, timepoint and instrument as a
/// stored assessment replaces its answers.
pub fn plan_assessments(
    sheet: &Sheet,
    people: &[Person],
    existing: &[Assessment],
    today: NaiveDate,
) -> Result<ImportPlan<Assessment>, ImportErrors> {
    plan(sheet, people, existing, today).map_err(|e| e.placed(sheet))
}

fn plan(
    sheet: &Sheet,
    people: &[Person],
    existing: &[Assessment],
    today: NaiveDate,
) -> Result<ImportPlan<Assessment>, ImportErrors> {
    let rows = read_rows(sheet, ImportKind::Assessments)?;
    let mut errors = Vec::new();
    let mut plan = ImportPlan { added: Vec::new(), updated: Vec::new() };
    for row in &rows {
        let mut r = RowReader { row, errors: &mut errors };
        let reference = row.get("person_ref");
        let person = people.iter().find(|p| p.reference == reference).map(|p| p.id);
        if person.is_none() {
            r.fail("person_ref", crate::t!("imp-no-person-import", reference = format!("{reference:?}")));
        }
        let date = r.date("date");
        match date {
            None if row.get("date").is_empty() => r.fail("date", crate::t!("imp-required")),
            Some(d) if d > today => r.fail("date", crate::t!("imp-in-future")),
            _ => {}
        }
        let tp = row.get("timepoint");
        let timepoint = Timepoint::from_key(tp);
        if timepoint.is_none() {
            r.fail("timepoint", crate::t!("imp-not-timepoint", text = tp, keys = Timepoint::keys_list()));
        }
        let inst = row.get("instrument");
        let instrument = Instrument::from_key(inst);
        if instrument.is_none() {
            r.fail(
                "instrument",
                crate::t!("imp-not-instrument", text = inst, keys = Instrument::keys_list()),
            );
        }
        // Answers keep empty items: "4;3;;5" has a missing third item.
        let raw = row.get("answers");
        let mut answers = Vec::new();
        for (i, item) in raw.split(';').enumerate() {
            let item = item.trim();
            if item.is_empty() {
                answers.push(None);
            } else {
                match item.parse::<u8>() {
                    Ok(v) => answers.push(Some(v)),
                    Err(_) => {
                        r.fail(
                            "answers",
                            crate::t!("imp-item-not-number", n = (i + 1).to_string(), item = item),
                        );
                        answers.push(None);
                    }
                }
            }
        }
        let (Some(person), Some(date), Some(timepoint), Some(instrument)) =
            (person, date, timepoint, instrument)
        else {
            continue;
        };
        if let Err(message) = instrument.score(&answers) {
            r.fail("answers", message.to_string());
            continue;
        }
        let found = existing.iter().find(|a| {
            a.person == person && a.date == date && a.timepoint == timepoint && a.instrument == instrument
        });
        let mut a = found.cloned().unwrap_or(Assessment {
            id: AssessmentId::NEW,
            person,
            date,
            timepoint,
            instrument,
            answers: Vec::new(),
            recorded_by: "import".into(),
        });
        a.answers = answers;
        if found.is_some() { plan.updated.push(a) } else { plan.added.push(a) }
    }
    if errors.is_empty() { Ok(plan) } else { Err(ImportErrors(errors)) }
}
