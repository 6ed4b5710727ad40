//! Import, all-or-nothing: every row is read and checked before anything is stored, and
//! every bad row is named by line (or sheet and row), field and reason. A row that matches an
//! existing record updates it instead of adding a duplicate. Forgiving of form (encodings,
//! separators, spreadsheets, labels for stored names, UK dates, `£`), strict about meaning.

mod activities;
mod assessments;
mod availability;
mod layout;
mod members;
mod people;
mod register;
mod sessions;
mod sheet;
pub mod template;
mod values;

pub use activities::{ACTIVITY_COLUMNS, plan_activities};
pub use assessments::{ASSESSMENT_COLUMNS, plan_assessments};
pub use availability::{plan_availability, plan_exceptions};
pub use layout::{Accepts, Column, ImportKind, Required};
pub use members::{MEMBER_COLUMNS, plan_members};
pub use people::{PEOPLE_COLUMNS, REFERRAL_COLUMNS, plan_people, plan_referrals};
pub use register::{REGISTER_COLUMNS, RegisterImport, plan_register};
pub use sessions::{SESSION_COLUMNS, SessionContext, SessionImport, plan_sessions};
pub use sheet::{Detected, Separator, Sheet, SheetError, SheetRow, decode};
pub use values::{parse_date, parse_time, parse_yes_no};

use crate::domain::choice::loose;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::fmt;

/// One problem in one row of an import file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The line in the file (the header is line 1), or the spreadsheet's row number.
    pub line: u64,
    /// The column.
    pub field: String,
    /// What is wrong.
    pub reason: String,
    /// The sheet, for a workbook (then `line` is its row number).
    pub sheet: Option<String>,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // "header" and "row" stand for the header line and the whole row, not for a column.
        let field = match self.field.as_str() {
            "header" => crate::t!("imp-field-header"),
            "row" => crate::t!("imp-field-row"),
            other => other.to_string(),
        };
        let (line, reason) = (self.line.to_string(), self.reason.as_str());
        let text = match &self.sheet {
            Some(sheet) => crate::t!(
                "imp-row-error-sheet",
                sheet = sheet.as_str(),
                line = line,
                field = field,
                reason = reason
            ),
            None => crate::t!("imp-row-error-line", line = line, field = field, reason = reason),
        };
        f.write_str(&text)
    }
}

/// Every problem found in an import file; nothing was imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ImportErrors(pub Vec<RowError>);

impl ImportErrors {
    /// The problems placed in `sheet`'s workbook sheet, when it came from one.
    pub fn placed(mut self, sheet: &Sheet) -> ImportErrors {
        if let Detected::Workbook { sheet: name, .. } = &sheet.detected {
            for e in &mut self.0 {
                e.sheet = Some(name.clone());
            }
        }
        self
    }
}

impl fmt::Display for ImportErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", crate::t!("imp-nothing-imported", count = self.0.len()))?;
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

/// One data row: its line and its cells by column name (only the columns the file has).
pub(crate) struct CsvRow {
    pub line: u64,
    cells: HashMap<&'static str, String>,
}

impl CsvRow {
    /// The trimmed text of a column (empty when blank or when the file has no such column).
    pub fn get(&self, column: &str) -> &str {
        self.cells.get(column).map_or("", |s| s.trim())
    }

    /// Whether the file has this column: a column left out keeps what is stored.
    pub fn has(&self, column: &str) -> bool {
        self.cells.contains_key(column)
    }
}

/// The header cells matched to `kind`'s columns (any case, spaces for underscores): for each
/// header cell, the column it names, if any.
fn match_header(sheet: &Sheet, kind: ImportKind) -> Vec<Option<&'static str>> {
    sheet
        .header
        .iter()
        .map(|h| {
            let typed = loose(h);
            kind.columns().iter().find(|c| loose(c.name) == typed).map(|c| c.name)
        })
        .collect()
}

/// Header cells that name no column of `kind`: they are left out of the import, with a
/// warning naming them.
pub fn unknown_columns(sheet: &Sheet, kind: ImportKind) -> Vec<String> {
    sheet
        .header
        .iter()
        .zip(match_header(sheet, kind))
        .filter(|(h, named)| named.is_none() && !h.is_empty())
        .map(|(h, _)| h.clone())
        .collect()
}

/// The warning shown before an import for columns it will leave out, if any.
pub fn column_warning(sheet: &Sheet, kind: ImportKind) -> Option<String> {
    let unknown = unknown_columns(sheet, kind);
    (!unknown.is_empty()).then(|| {
        let names: Vec<String> = unknown.iter().map(|u| format!("\u{201c}{u}\u{201d}")).collect();
        crate::t!("imp-unknown-columns", count = unknown.len(), names = names.join(", "))
    })
}

/// The rows of `sheet`, checked against `kind`'s columns: the required ones must be there
/// (in any order); others may be left out; unknown ones are ignored (see
/// [`unknown_columns`]).
pub(crate) fn read_rows(sheet: &Sheet, kind: ImportKind) -> Result<Vec<CsvRow>, ImportErrors> {
    let named = match_header(sheet, kind);
    let header_line = sheet.header_line;
    let mut errors: Vec<RowError> = kind
        .columns()
        .iter()
        .filter(|c| c.required == Required::Always && !named.contains(&Some(c.name)))
        .map(|c| {
            let required: Vec<&str> =
                kind.columns().iter().filter(|c| c.required == Required::Always).map(|c| c.name).collect();
            row_error(
                header_line,
                "header",
                crate::t!("imp-column-missing", column = c.name, required = required.join(", ")),
            )
        })
        .collect();
    for (i, name) in named.iter().enumerate() {
        if let Some(name) = name
            && named[..i].contains(&Some(*name))
        {
            errors.push(row_error(
                header_line,
                "header",
                crate::t!("imp-column-twice", column = name.to_string()),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(ImportErrors(errors));
    }
    let mut rows = Vec::new();
    for row in &sheet.rows {
        if let Some(extra) = row.cells.iter().skip(named.len()).find(|c| !c.trim().is_empty()) {
            errors.push(row_error(
                row.line,
                "row",
                crate::t!(
                    "imp-extra-cells",
                    cells = row.cells.len().to_string(),
                    columns = named.len().to_string(),
                    extra = extra.trim()
                ),
            ));
            continue;
        }
        let mut cells = HashMap::new();
        for (i, name) in named.iter().enumerate() {
            if let Some(name) = name {
                cells.insert(*name, row.cells.get(i).cloned().unwrap_or_default());
            }
        }
        rows.push(CsvRow { line: row.line, cells });
    }
    if errors.is_empty() { Ok(rows) } else { Err(ImportErrors(errors)) }
}

pub(crate) fn row_error(line: u64, field: &str, reason: impl Into<String>) -> RowError {
    RowError { line, field: field.to_string(), reason: reason.into(), sheet: None }
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

    /// A date (`YYYY-MM-DD` or `DD/MM/YYYY`), or `None` when blank.
    pub fn date(&mut self, field: &str) -> Option<NaiveDate> {
        let text = self.row.get(field);
        if text.is_empty() {
            return None;
        }
        let parsed = parse_date(text);
        if parsed.is_none() {
            self.fail(field, crate::t!("imp-not-date", text = text));
        }
        parsed
    }

    /// A time of day (`10:00`, `10.00`), or `None` when blank or bad (bad is recorded).
    pub fn time(&mut self, field: &str) -> Option<chrono::NaiveTime> {
        let text = self.row.get(field);
        let parsed = parse_time(text);
        if parsed.is_none() && !text.is_empty() {
            self.fail(field, crate::t!("imp-not-time", text = text));
        }
        parsed
    }

    /// An amount of money (`25.50`, `£1,250`), or `None` when blank or bad (bad is recorded).
    pub fn money(&mut self, field: &str) -> Option<crate::domain::Money> {
        let text = self.row.get(field);
        if text.is_empty() {
            return None;
        }
        match crate::domain::Money::parse(text) {
            Ok(m) => Some(m),
            Err(e) => {
                self.fail(field, e.to_string());
                None
            }
        }
    }

    /// A choice of a fixed list (`from_key` reads keys, labels and aliases), or `None` when
    /// blank or bad (bad is recorded, naming the allowed values).
    pub fn choice<T>(
        &mut self,
        field: &str,
        noun: &str,
        from_key: fn(&str) -> Option<T>,
        keys: fn() -> String,
    ) -> Option<T> {
        let text = self.row.get(field);
        if text.is_empty() {
            return None;
        }
        let parsed = from_key(text);
        if parsed.is_none() {
            self.fail(field, crate::t!("imp-not-choice", text = text, noun = noun, keys = keys()));
        }
        parsed
    }

    /// A whole number within `range`; `None` when blank or bad (bad is recorded).
    pub fn number(&mut self, field: &str, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
        let text = self.row.get(field);
        if text.is_empty() {
            return None;
        }
        match text.trim_end_matches(".0").parse::<u32>() {
            Ok(n) if range.contains(&n) => Some(n),
            _ => {
                self.fail(
                    field,
                    crate::t!(
                        "imp-not-whole-number",
                        text = text,
                        min = range.start().to_string(),
                        max = range.end().to_string()
                    ),
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

    fn rows(text: &str, kind: ImportKind) -> Result<Vec<CsvRow>, ImportErrors> {
        read_rows(&Sheet::csv(text).unwrap(), kind)
    }

    #[test]
    fn header_problems_are_named_and_unknown_columns_only_warned() {
        let err = rows("email,colour\na@b.org,red\n", ImportKind::Members).err().unwrap();
        let text: Vec<String> = err.0.iter().map(|e| e.to_string()).collect();
        assert!(text[0].starts_with("line 1, field header: the column 'name' is missing"), "{text:?}");
        assert_eq!(text.len(), 1, "the rate is needed only by a new member's row: {text:?}");
        let sheet = Sheet::csv("Name,Hourly Rate GBP,colour\nAnn,20,red\n").unwrap();
        assert_eq!(unknown_columns(&sheet, ImportKind::Members), vec!["colour".to_string()]);
        let warning = column_warning(&sheet, ImportKind::Members).unwrap();
        assert!(warning.contains("\u{201c}colour\u{201d}"), "{warning}");
        let read = read_rows(&sheet, ImportKind::Members).unwrap();
        assert_eq!(read[0].get("hourly_rate_gbp"), "20");
        assert!(!read[0].has("phone"));
    }

    #[test]
    fn rows_know_their_lines_and_blank_lines_are_skipped() {
        let read = rows("name,hourly_rate_gbp\nAnn,20\n,\nBea,\n", ImportKind::Members).unwrap();
        assert_eq!(read.iter().map(|r| r.line).collect::<Vec<_>>(), vec![2, 4]);
        assert_eq!(read[1].get("name"), "Bea");
    }

    #[test]
    fn a_row_with_extra_values_is_an_error_with_its_line() {
        let err = rows("name,hourly_rate_gbp\nAnn,20\nBea,20,extra\n", ImportKind::Members).err().unwrap();
        assert_eq!(err.0[0].line, 3);
        assert!(err.0[0].reason.contains("extra"));
        // Missing trailing cells are blanks.
        assert!(rows("name,hourly_rate_gbp,phone\nAnn,20\n", ImportKind::Members).is_ok());
    }

    #[test]
    fn a_column_twice_is_refused() {
        let err = rows("name,Name,hourly_rate_gbp\n", ImportKind::Members).err().unwrap();
        assert!(err.0[0].reason.contains("appears twice"));
    }
}
