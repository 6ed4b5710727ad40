//! Importing activities: `name,category,format,capacity,venue,village,default_minutes,price_gbp,price_unit`.

use super::{ImportErrors, ImportPlan, RowReader, read_rows};
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

/// Reads an activities CSV against the catalogue. A row with the name of an existing activity
/// (ignoring case) updates it.
pub fn plan_activities(text: &str, existing: &[Activity]) -> Result<ImportPlan<Activity>, ImportErrors> {
    let rows = read_rows(text, ACTIVITY_COLUMNS)?;
    let mut errors = Vec::new();
    let mut plan = ImportPlan { added: Vec::new(), updated: Vec::new() };
    let mut seen = HashSet::new();
    for row in &rows {
        let mut r = RowReader { row, errors: &mut errors };
        let name = row.get("name").to_string();
        if !seen.insert(name.to_lowercase()) {
            r.fail("name", format!("'{name}' appears twice in the file"));
            continue;
        }
        let mut activity =
            existing.iter().find(|a| a.name.eq_ignore_ascii_case(&name)).cloned().unwrap_or(Activity {
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
        activity.category = row.get("category").to_string();
        let format = row.get("format");
        match Format::from_key(format) {
            Some(f) => activity.format = f,
            None if format.is_empty() => {
                r.fail("format", format!("is required; use {}", Format::keys_list()))
            }
            None => r.fail("format", format!("'{format}' is not a format; use {}", Format::keys_list())),
        }
        match r.number("capacity", 1..=500) {
            Some(n) => activity.capacity = n as u16,
            None if row.get("capacity").is_empty() => r.fail("capacity", "is required"),
            None => {}
        }
        activity.venue = row.get("venue").to_string();
        activity.village = row.get("village").to_string();
        match r.number("default_minutes", 1..=1440) {
            Some(n) => activity.default_minutes = n as u16,
            None if row.get("default_minutes").is_empty() => r.fail("default_minutes", "is required"),
            None => {}
        }
        let price = row.get("price_gbp");
        activity.price = if price.is_empty() {
            Money::ZERO
        } else {
            Money::parse(price).unwrap_or_else(|e| {
                r.fail("price_gbp", e.to_string());
                Money::ZERO
            })
        };
        let unit = row.get("price_unit");
        activity.price_unit = if unit.is_empty() {
            if activity.format == Format::OneToOne { PriceUnit::PerHour } else { PriceUnit::PerPerson }
        } else {
            PriceUnit::from_key(unit).unwrap_or_else(|| {
                r.fail("price_unit", format!("'{unit}' is not a price unit; use {}", PriceUnit::keys_list()));
                PriceUnit::PerPerson
            })
        };
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
