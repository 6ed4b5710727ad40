//! Templates for import files: the header and one example row, as CSV or as an `.xlsx`
//! workbook whose second sheet lists what every column takes (and the allowed values of every
//! fixed list). Each template imports back as it is.

use super::{Accepts, ImportKind, parse_date, parse_time};
use crate::domain::Money;
use crate::exchange::Cell;
use crate::exchange::xlsx::{Formats, add_sheet, sheet_name};
use rust_xlsxwriter::{Workbook, XlsxError};

/// The name of the workbook's second sheet (in English; it follows the interface's language).
pub const ALLOWED_SHEET: &str = "Allowed values";

/// The template as CSV text: header and example row.
pub fn csv(kind: ImportKind) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(kind.columns().iter().map(|c| c.name))?;
    writer.write_record(kind.columns().iter().map(|c| c.example))?;
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// An example value as a typed spreadsheet cell.
fn example_cell(accepts: Accepts, example: &str) -> Cell {
    let typed = match accepts {
        Accepts::Date => parse_date(example).map(Cell::Date),
        Accepts::Time => parse_time(example).map(Cell::Time),
        Accepts::Money => Money::parse(example).ok().map(Cell::Money),
        Accepts::Whole => example.parse().ok().map(Cell::Int),
        _ => None,
    };
    typed.unwrap_or_else(|| Cell::Text(example.to_string()))
}

/// The sheet name of the template's first sheet: "People", "Members"...
pub fn sheet_title(kind: ImportKind) -> String {
    let key = kind.key();
    let mut title = key[..1].to_uppercase();
    title.push_str(&key[1..]);
    sheet_name(&title)
}

/// The template as an `.xlsx` workbook: the example on the first sheet (its cells typed), and
/// on [`ALLOWED_SHEET`] one row per column saying whether it is required and what it takes,
/// then one row per allowed value of each fixed list.
pub fn xlsx(kind: ImportKind) -> Result<Vec<u8>, XlsxError> {
    let formats = Formats::default();
    let mut book = Workbook::new();
    let header: Vec<&str> = kind.columns().iter().map(|c| c.name).collect();
    let example: Vec<Cell> = kind.columns().iter().map(|c| example_cell(c.accepts, c.example)).collect();
    add_sheet(&mut book, &formats, &sheet_title(kind), &header, &[example])?;
    let mut rows = Vec::new();
    for column in kind.columns() {
        let required = column.required.words();
        let text = |s: &str| Cell::Text(s.to_string());
        match column.accepts.choices() {
            None => rows.push(vec![
                text(column.name),
                text(required),
                text(column.accepts.describe()),
                Cell::Null,
                Cell::Null,
            ]),
            Some(list) => {
                for (key, label) in list {
                    rows.push(vec![
                        text(column.name),
                        text(required),
                        text(column.accepts.describe()),
                        text(key),
                        text(label),
                    ]);
                }
            }
        }
    }
    let (allowed, column, required, takes, value, label) = (
        crate::t!("imp-allowed-sheet"),
        crate::t!("imp-allowed-column"),
        crate::t!("imp-allowed-required"),
        crate::t!("imp-allowed-takes"),
        crate::t!("imp-allowed-value"),
        crate::t!("imp-allowed-label"),
    );
    add_sheet(
        &mut book,
        &formats,
        &allowed,
        &[column.as_str(), required.as_str(), takes.as_str(), value.as_str(), label.as_str()],
        &rows,
    )?;
    book.save_to_buffer()
}
