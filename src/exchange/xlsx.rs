//! Spreadsheets out: a [`Table`] as an `.xlsx` workbook whose cells are typed as a
//! spreadsheet user expects (dates as dates, money as currency, counts as numbers), and plain
//! text tables (reports) typed by what their cells hold.

use super::{Cell, Table};
use crate::domain::Money;
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError};

/// The cell formats of one workbook.
pub struct Formats {
    header: Format,
    date: Format,
    time: Format,
    money: Format,
    whole: Format,
    number: Format,
}

impl Default for Formats {
    fn default() -> Self {
        Formats {
            header: Format::new().set_bold(),
            date: Format::new().set_num_format("yyyy-mm-dd").set_align(FormatAlign::Left),
            time: Format::new().set_num_format("hh:mm").set_align(FormatAlign::Left),
            money: Format::new().set_num_format("\u{a3}#,##0.00"),
            whole: Format::new().set_num_format("0"),
            number: Format::new().set_num_format("0.0#"),
        }
    }
}

/// Writes one typed cell.
pub fn write_cell(
    sheet: &mut Worksheet,
    formats: &Formats,
    row: u32,
    col: u16,
    cell: &Cell,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Null => {}
        Cell::Int(i) => {
            sheet.write_number_with_format(row, col, *i as f64, &formats.whole)?;
        }
        Cell::Money(m) => {
            sheet.write_number_with_format(row, col, m.as_pounds_f64(), &formats.money)?;
        }
        Cell::Date(d) => {
            sheet.write_datetime_with_format(row, col, excel_date(*d)?, &formats.date)?;
        }
        Cell::Time(t) => {
            let time = ExcelDateTime::from_hms(t.hour() as u16, t.minute() as u8, 0)?;
            sheet.write_datetime_with_format(row, col, time, &formats.time)?;
        }
        Cell::Number(n, _) => {
            sheet.write_number_with_format(row, col, *n, &formats.number)?;
        }
        Cell::Text(_) | Cell::List(_) | Cell::Answers(_) => {
            sheet.write_string(row, col, cell.to_csv())?;
        }
    }
    Ok(())
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    ExcelDateTime::from_ymd(d.year().clamp(1900, 9999) as u16, d.month() as u8, d.day() as u8)
}

/// Adds a sheet named `name` holding a header row and typed rows, its header frozen.
pub fn add_sheet(
    book: &mut Workbook,
    formats: &Formats,
    name: &str,
    header: &[&str],
    rows: &[Vec<Cell>],
) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet();
    sheet.set_name(name)?;
    for (col, title) in header.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *title, &formats.header)?;
    }
    for (i, row) in rows.iter().enumerate() {
        for (col, cell) in row.iter().enumerate() {
            write_cell(sheet, formats, i as u32 + 1, col as u16, cell)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofit();
    Ok(())
}

impl Table {
    /// The table as an `.xlsx` workbook with one sheet named `sheet`.
    pub fn to_xlsx(&self, sheet: &str) -> Result<Vec<u8>, XlsxError> {
        let mut book = Workbook::new();
        add_sheet(&mut book, &Formats::default(), sheet, self.columns, &self.rows)?;
        book.save_to_buffer()
    }
}

/// A cell of a text table under `column`, typed by what it holds: a `_gbp` column's amounts
/// are money; otherwise as [`typed`].
pub fn typed_in(column: &str, text: &str) -> Cell {
    if column.ends_with("_gbp")
        && let Ok(m) = Money::parse(text)
    {
        return Cell::Money(m);
    }
    typed(text)
}

/// A cell of a text table typed by what it holds: whole numbers, `£` amounts, decimals,
/// ISO dates and clock times become numbers, money, dates and times; anything else stays
/// text.
pub fn typed(text: &str) -> Cell {
    let t = text.trim();
    if t.is_empty() {
        return Cell::Null;
    }
    let digits = t.len() <= 15 && t.bytes().all(|b| b.is_ascii_digit());
    if digits
        && !(t.len() > 1 && t.starts_with('0'))
        && let Ok(i) = t.parse()
    {
        return Cell::Int(i);
    }
    if (t.starts_with('\u{a3}') || t.starts_with("-\u{a3}"))
        && let Ok(m) = Money::parse(t)
    {
        return Cell::Money(m);
    }
    let decimal = t.strip_prefix('-').unwrap_or(t).split_once('.').is_some_and(|(w, f)| {
        !w.is_empty() && !f.is_empty() && w.bytes().chain(f.bytes()).all(|b| b.is_ascii_digit())
    });
    if decimal && let Ok(n) = t.parse::<f64>() {
        return Cell::Number(n, t.to_string());
    }
    if t.len() == 10
        && let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d")
    {
        return Cell::Date(d);
    }
    if t.len() == 5
        && let Ok(time) = NaiveTime::parse_from_str(t, "%H:%M")
    {
        return Cell::Time(time);
    }
    Cell::Text(text.to_string())
}

/// A text table (a report section) as an `.xlsx` workbook, cells typed by [`typed_in`].
pub fn text_table_to_xlsx(sheet: &str, header: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>, XlsxError> {
    let cells: Vec<Vec<Cell>> = rows
        .iter()
        .map(|r| {
            r.iter().enumerate().map(|(i, c)| typed_in(header.get(i).copied().unwrap_or(""), c)).collect()
        })
        .collect();
    let mut book = Workbook::new();
    add_sheet(&mut book, &Formats::default(), &sheet_name(sheet), header, &cells)?;
    book.save_to_buffer()
}

/// Why a CSV could not become a workbook.
#[derive(Debug, thiserror::Error)]
pub enum ToXlsxError {
    /// The CSV did not parse.
    Csv(#[from] csv::Error),
    /// The workbook could not be written.
    Xlsx(#[from] XlsxError),
}

impl std::fmt::Display for ToXlsxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ToXlsxError::Csv(e) => crate::t!("exp-table-unreadable", error = e.to_string()),
            ToXlsxError::Xlsx(e) => crate::t!("exp-workbook-unwritable", error = e.to_string()),
        };
        f.write_str(&text)
    }
}

/// A CSV export with a header line (the accounts, the cohort table) as an `.xlsx` workbook.
pub fn csv_to_xlsx(sheet: &str, csv_text: &str) -> Result<Vec<u8>, ToXlsxError> {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(csv_text.as_bytes());
    let mut rows: Vec<Vec<String>> = Vec::new();
    for record in reader.records() {
        rows.push(record?.iter().map(str::to_string).collect());
    }
    let header: Vec<String> = if rows.is_empty() { Vec::new() } else { rows.remove(0) };
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    Ok(text_table_to_xlsx(sheet, &header, &rows)?)
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
pub fn sheet_name(title: &str) -> String {
    let clean: String =
        title.chars().map(|c| if "[]:*?/\\".contains(c) { '-' } else { c }).take(31).collect();
    if clean.trim().is_empty() { "Sheet1".into() } else { clean }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cells_are_typed_by_what_they_hold() {
        assert_eq!(typed("12"), Cell::Int(12));
        assert_eq!(typed("£1,250.50"), Cell::Money(Money(125_050)));
        assert_eq!(typed("2026-03-31"), Cell::Date(NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()));
        assert_eq!(typed("01887 820123"), Cell::Text("01887 820123".into()));
        assert_eq!(typed("1.50"), Cell::Number(1.5, "1.50".into()));
        assert_eq!(typed("1.2.3"), Cell::Text("1.2.3".into()));
        assert_eq!(typed_in("amount_gbp", "25.50"), Cell::Money(Money(2550)));
        assert_eq!(typed("007"), Cell::Text("007".into()), "a leading zero is kept as written");
        assert_eq!(typed(""), Cell::Null);
        assert_eq!(sheet_name("Referrals: by source/month"), "Referrals- by source-month");
    }
}
