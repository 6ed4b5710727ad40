//! CSV import, all-or-nothing: every row is read and checked before anything is stored, and
//! every bad row is named by line, field and reason. A row that matches an existing record
//! updates it instead of adding a duplicate.

mod activities;
mod assessments;
mod availability;
mod members;
mod people;
mod sessions;

pub use activities::{ACTIVITY_COLUMNS, plan_activities};
pub use assessments::{ASSESSMENT_COLUMNS, plan_assessments};
pub use availability::{plan_availability, plan_exceptions};
pub use members::{MEMBER_COLUMNS, plan_members};
pub use people::{PEOPLE_COLUMNS, REFERRAL_COLUMNS, plan_people, plan_referrals};
pub use sessions::{SESSION_COLUMNS, SessionContext, SessionImport, plan_sessions};

use chrono::NaiveDate;
use std::collections::HashMap;
use std::fmt;

/// One problem in one row of an import file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The line in the file (the header is line 1).
    pub line: u64,
    /// The column.
    pub field: String,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, field {}: {}", self.line, self.field, self.reason)
    }
}

/// Every problem found in an import file; nothing was imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ImportErrors(pub Vec<RowError>);

impl fmt::Display for ImportErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "nothing was imported; {} problem(s) found:", self.0.len())?;
        for e in &self.0 {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}

/// What an import will do once committed.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan<T> {
    /// New records.
    pub added: Vec<T>,
    /// Existing records with new values (ids kept).
    pub updated: Vec<T>,
}

impl<T> ImportPlan<T> {
    /// Every record to store, added and updated alike.
    pub fn records_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.added.iter_mut().chain(self.updated.iter_mut())
    }

    /// "12 members: 10 added, 2 updated".
    pub fn summary(&self, noun: &str) -> String {
        format!(
            "{} {noun}: {} added, {} updated",
            self.added.len() + self.updated.len(),
            self.added.len(),
            self.updated.len()
        )
    }
}

/// One data row: its line and its cells by column name.
pub(crate) struct CsvRow {
    pub line: u64,
    cells: HashMap<String, String>,
}

impl CsvRow {
    /// The trimmed text of a column (empty when blank).
    pub fn get(&self, column: &str) -> &str {
        self.cells.get(column).map_or("", |s| s.trim())
    }
}

/// Reads CSV text whose header must hold every one of `columns` (in any order).
pub(crate) fn read_rows(text: &str, columns: &[&str]) -> Result<Vec<CsvRow>, ImportErrors> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().trim_start_matches('\u{feff}').to_string()).collect(),
        Err(e) => {
            return Err(ImportErrors(vec![row_error(1, "header", format!("cannot read the header: {e}"))]));
        }
    };
    let mut errors: Vec<RowError> = columns
        .iter()
        .filter(|c| !headers.iter().any(|h| h == *c))
        .map(|c| {
            row_error(1, "header", format!("the column '{c}' is missing (expected {})", columns.join(",")))
        })
        .collect();
    errors.extend(
        headers.iter().filter(|h| !columns.contains(&h.as_str())).map(|h| {
            row_error(1, "header", format!("unknown column '{h}' (expected {})", columns.join(",")))
        }),
    );
    if !errors.is_empty() {
        return Err(ImportErrors(errors));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        match record {
            Ok(r) => {
                let line = r.position().map_or(0, |p| p.line());
                if r.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                let cells = headers.iter().cloned().zip(r.iter().map(str::to_string)).collect();
                rows.push(CsvRow { line, cells });
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                errors.push(row_error(line, "row", e.to_string()));
            }
        }
    }
    if errors.is_empty() { Ok(rows) } else { Err(ImportErrors(errors)) }
}

pub(crate) fn row_error(line: u64, field: &str, reason: impl Into<String>) -> RowError {
    RowError { line, field: field.to_string(), reason: reason.into() }
}

/// Collects the problems of one row while its fields are read.
pub(crate) struct RowReader<'a> {
    pub row: &'a CsvRow,
    pub errors: &'a mut Vec<RowError>,
}

impl RowReader<'_> {
    /// Records a problem with `field`.
    pub fn fail(&mut self, field: &str, reason: impl Into<String>) {
        self.errors.push(row_error(self.row.line, field, reason));
    }

    /// A date `YYYY-MM-DD`, or `None` when blank.
    pub fn date(&mut self, field: &str) -> Option<NaiveDate> {
        let text = self.row.get(field);
        if text.is_empty() {
            return None;
        }
        match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                self.fail(field, format!("'{text}' is not a date like 2026-03-31"));
                None
            }
        }
    }

    /// A whole number within `range`; `None` when blank or bad (bad is recorded).
    pub fn number(&mut self, field: &str, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
        let text = self.row.get(field);
        if text.is_empty() {
            return None;
        }
        match text.parse::<u32>() {
            Ok(n) if range.contains(&n) => Some(n),
            _ => {
                self.fail(
                    field,
                    format!("'{text}' is not a whole number from {} to {}", range.start(), range.end()),
                );
                None
            }
        }
    }

    /// A `;`-separated list (blank items dropped).
    pub fn list(&self, field: &str) -> Vec<String> {
        self.row.get(field).split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_problems_are_named() {
        let err = read_rows("name,colour\nAnn,red\n", &["name", "email"]).err().unwrap();
        let text: Vec<String> = err.0.iter().map(|e| e.to_string()).collect();
        assert!(text[0].starts_with("line 1, field header: the column 'email' is missing"));
        assert!(text[1].starts_with("line 1, field header: unknown column 'colour'"));
    }

    #[test]
    fn rows_know_their_lines_and_blank_lines_are_skipped() {
        let rows = read_rows("name,email\nAnn,a@b.org\n,\nBea,\n", &["name", "email"]).unwrap();
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![2, 4]);
        assert_eq!(rows[1].get("name"), "Bea");
    }

    #[test]
    fn a_ragged_row_is_an_error_with_its_line() {
        let err = read_rows("name,email\nAnn,a@b.org,extra\n", &["name", "email"]).err().unwrap();
        assert_eq!(err.0[0].line, 2);
    }
}
