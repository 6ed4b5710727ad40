//! Flat tables in and out: one layout per record kind, with the column names users'
//! spreadsheets and scripts rely on. Export builds a [`Table`] (JSON and CSV come from the same
//! table, so they always agree); import reads the same columns back, all-or-nothing, naming
//! every bad row by line and field.

mod export;
pub mod import;
pub mod xlsx;

pub use export::*;

use crate::domain::{Money, Series};
use chrono::{NaiveDate, NaiveTime};
use std::collections::HashMap;

/// One value in an exported row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Unknown or not applicable: empty in CSV, null in JSON.
    Null,
    /// Text.
    Text(String),
    /// A whole number.
    Int(i64),
    /// An amount of money: "25.50" in CSV, 25.5 in JSON.
    Money(Money),
    /// A list: joined with `;` in CSV, an array in JSON.
    List(Vec<String>),
    /// Item answers: `4;3;;5` in CSV (empty = missing), an array with nulls in JSON.
    Answers(Vec<Option<u8>>),
    /// A date: "2026-03-31" in CSV and JSON, a date cell in a spreadsheet.
    Date(NaiveDate),
    /// A time of day: "10:30" in CSV and JSON, a time cell in a spreadsheet.
    Time(NaiveTime),
    /// A number with a fractional part (hours, scores), kept as written for CSV.
    Number(f64, String),
}

impl Cell {
    pub(crate) fn date(d: Option<NaiveDate>) -> Cell {
        d.map_or(Cell::Null, Cell::Date)
    }

    pub(crate) fn text(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }

    /// The value as CSV text.
    pub fn to_csv(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Text(t) => t.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Money(m) => m.to_decimal(),
            Cell::List(items) => items.join(";"),
            Cell::Answers(a) => {
                a.iter().map(|x| x.map(|v| v.to_string()).unwrap_or_default()).collect::<Vec<_>>().join(";")
            }
            Cell::Date(d) => d.format("%Y-%m-%d").to_string(),
            Cell::Time(t) => t.format("%H:%M").to_string(),
            Cell::Number(_, written) => written.clone(),
        }
    }

    /// The value as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Cell::Null => Value::Null,
            Cell::Text(t) => Value::String(t.clone()),
            Cell::Int(i) => Value::from(*i),
            Cell::Money(m) => {
                serde_json::Number::from_f64(m.as_pounds_f64()).map_or(Value::Null, Value::Number)
            }
            Cell::List(items) => Value::Array(items.iter().cloned().map(Value::String).collect()),
            Cell::Answers(a) => Value::Array(a.iter().map(|x| x.map_or(Value::Null, Value::from)).collect()),
            Cell::Date(_) | Cell::Time(_) => Value::String(self.to_csv()),
            Cell::Number(n, _) => serde_json::Number::from_f64(*n).map_or(Value::Null, Value::Number),
        }
    }
}

/// A flat table: named columns and rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Column names, exactly as documented.
    pub columns: &'static [&'static str],
    /// One row per record.
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// The table as CSV with a header line.
    pub fn to_csv(&self) -> Result<String, csv::Error> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(self.columns)?;
        for row in &self.rows {
            writer.write_record(row.iter().map(Cell::to_csv))?;
        }
        let bytes = writer.into_inner().map_err(|e| e.into_error())?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The table as a JSON array of objects keyed by column name, in column order.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::Value::Array(
            self.rows
                .iter()
                .map(|row| {
                    let object: serde_json::Map<String, serde_json::Value> =
                        self.columns.iter().zip(row).map(|(c, v)| ((*c).to_string(), v.to_json())).collect();
                    serde_json::Value::Object(object)
                })
                .collect(),
        )
    }
}

/// Names for the ids records point at.
#[derive(Debug, Default)]
pub struct Names {
    /// Member id → name.
    pub members: HashMap<u64, String>,
    /// Activity id → name.
    pub activities: HashMap<u64, String>,
    /// Person id → reference.
    pub people: HashMap<u64, String>,
    /// Series id → series.
    pub series: HashMap<u64, Series>,
}

impl Names {
    pub(crate) fn list(map: &HashMap<u64, String>, ids: impl Iterator<Item = u64>) -> Cell {
        Cell::List(ids.map(|id| map.get(&id).cloned().unwrap_or_else(|| format!("#{id}"))).collect())
    }

    pub(crate) fn one(map: &HashMap<u64, String>, id: u64) -> Cell {
        Cell::Text(map.get(&id).cloned().unwrap_or_else(|| format!("#{id}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_and_json_agree() {
        let t = Table {
            columns: &["a", "b", "c", "d"],
            rows: vec![vec![
                Cell::text("x, y"),
                Cell::List(vec!["p".into(), "q".into()]),
                Cell::Money(Money(2550)),
                Cell::Answers(vec![Some(4), None, Some(5)]),
            ]],
        };
        assert_eq!(t.to_csv().unwrap(), "a,b,c,d\n\"x, y\",p;q,25.50,4;;5\n");
        assert_eq!(t.to_json().to_string(), r#"[{"a":"x, y","b":["p","q"],"c":25.5,"d":[4,null,5]}]"#);
    }
}
