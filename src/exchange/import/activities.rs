//! Importing activities: `name,category,format,capacity,venue,village,default_minutes,price_gbp,price_unit`.

use super::{ImportErrors, ImportKind, ImportPlan, RowReader, Sheet, read_rows};
use crate::domain::{Activity, ActivityId, Format, Money, PriceUnit};
use std::collections::HashSet;

/// The activities layout, exactly as documented and exported.
pub const ACTIVITY_COLUMNS: &[&str] = &[
    "name",
    "category",
    "format",
    "capacity",
    "venue",
    "village",
    "default_minutes",
    "price_gbp",
    "price_unit",
];

/// Reads an activities file against the catalogue. A row with the name of an existing activity
/// (ignoring case) updates it; a column the file leaves out keeps what is stored.
pub fn plan_activities(sheet: &Sheet, existing: &[Activity]) -> Result<ImportPlan<Activity>, ImportErrors> {
    plan(sheet, existing).map_err(|e| e.placed(sheet))
}

fn plan(sheet: &Sheet, existing: &[Activity]) -> Result<ImportPlan<Activity>, ImportErrors> {
    let rows = read_rows(sheet, ImportKind::Activities)?;
    let mut errors = Vec::new();
    let mut plan = ImportPlan { added: Vec::new(), updated: Vec::new() };
    let mut seen = HashSet::new();
    for row in &rows {
        let mut r = RowReader { row, errors: &mut errors };
        let name = row.get("name").to_string();
        if !seen.insert(name.to_lowercase()) {
            r.fail("name", crate::t!("imp-twice", name = name.as_str()));
            continue;
        }
        let stored = existing.iter().find(|a| a.name.eq_ignore_ascii_case(&name));
        let found = stored.is_some();
        let mut activity = stored.cloned().unwrap_or(Activity {
            id: ActivityId::NEW,
            name: name.clone(),
            category: String::new(),
            format: Format::Group,
            capacity: 1,
            venue: String::new(),
            village: String::new(),
            default_minutes: 60,
            price: Money::ZERO,
            price_unit: PriceUnit::PerPerson,
            archived: false,
        });
        activity.name = name;
        if row.has("category") {
            activity.category = row.get("category").to_string();
        }
        // A re-import may leave out the columns only a new activity needs.
        let keep = |column: &str| found && !row.has(column);
        let format = row.get("format");
        match Format::from_key(format) {
            Some(f) => activity.format = f,
            None if keep("format") => {}
            None if format.is_empty() => {
                r.fail("format", crate::t!("imp-required-use", keys = Format::keys_list()))
            }
            None => r.fail("format", crate::t!("imp-not-format", text = format, keys = Format::keys_list())),
        }
        match r.number("capacity", 1..=500) {
            Some(n) => activity.capacity = n as u16,
            None if keep("capacity") => {}
            None if row.get("capacity").is_empty() => r.fail("capacity", crate::t!("imp-required")),
            None => {}
        }
        if row.has("venue") {
            activity.venue = row.get("venue").to_string();
        }
        if row.has("village") {
            activity.village = row.get("village").to_string();
        }
        match r.number("default_minutes", 1..=1440) {
            Some(n) => activity.default_minutes = n as u16,
            None if keep("default_minutes") => {}
            None if row.get("default_minutes").is_empty() => {
                r.fail("default_minutes", crate::t!("imp-required"))
            }
            None => {}
        }
        if row.has("price_gbp") {
            activity.price = r.money("price_gbp").unwrap_or(Money::ZERO);
        }
        let unit = row.get("price_unit");
        if unit.is_empty() && (row.has("price_unit") || !found) {
            activity.price_unit =
                if activity.format == Format::OneToOne { PriceUnit::PerHour } else { PriceUnit::PerPerson };
        } else if let Some(u) = r.choice(
            "price_unit",
            &crate::t!("imp-noun-price-unit"),
            PriceUnit::from_key,
            PriceUnit::keys_list,
        ) {
            activity.price_unit = u;
        }
        let parsed_ok = r.errors.iter().all(|e| e.line != row.line);
        if parsed_ok && let Err(invalid) = activity.validate() {
            for problem in invalid.0 {
                r.fail(problem.field, problem.message);
            }
        }
        if activity.id.is_new() { plan.added.push(activity) } else { plan.updated.push(activity) }
    }
    if errors.is_empty() { Ok(plan) } else { Err(ImportErrors(errors)) }
}
