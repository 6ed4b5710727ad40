//! An import file as a table of text cells, whatever it was saved as: CSV or tab-separated
//! text in UTF-8 (with or without a byte-order mark), UTF-16 or Windows-1252, separated by
//! commas, semicolons or tabs (all detected), or the first (or a named) sheet of an `.xlsx`
//! or `.ods` workbook. Every row keeps the line (or sheet row) it came from, so problems are
//! named where the person will find them.

use calamine::{Data, Reader};
use std::fmt;

/// A table read from an import file: its header and its data rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The header cells, trimmed.
    pub header: Vec<String>,
    /// The data rows (blank rows left out).
    pub rows: Vec<SheetRow>,
    /// The header's line (CSV) or row (workbook).
    pub header_line: u64,
    /// What was found: the encoding and separator, or the workbook and sheet.
    pub detected: Detected,
}

/// One data row.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetRow {
    /// Where the row starts: the file's line (the header is line 1, and a quoted cell spanning
    /// lines counts them all), or the spreadsheet's row number.
    pub line: u64,
    /// The cells in column order, as text (dates as `YYYY-MM-DD`, times as `HH:MM`).
    pub cells: Vec<String>,
}

/// The column separator of a text file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separator {
    /// `,`
    Comma,
    /// `;` (Excel in locales that write decimal commas)
    Semicolon,
    /// A tab (Excel's "Unicode text")
    Tab,
}

impl Separator {
    fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
            Separator::Tab => b'\t',
        }
    }

    /// "comma", "semicolon" or "tab".
    pub fn name(self) -> &'static str {
        match self {
            Separator::Comma => "comma",
            Separator::Semicolon => "semicolon",
            Separator::Tab => "tab",
        }
    }
}

/// What kind of file an import came from, as the preview tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detected {
    /// A text file.
    Text {
        /// "UTF-8", "UTF-8 with byte-order mark", "UTF-16LE", "windows-1252"...
        encoding: String,
        /// Its separator.
        separator: Separator,
    },
    /// A spreadsheet.
    Workbook {
        /// "Excel workbook (.xlsx)" or "OpenDocument spreadsheet (.ods)".
        format: String,
        /// The sheet read.
        sheet: String,
        /// Every sheet of the workbook, in order.
        sheets: Vec<String>,
    },
}

impl fmt::Display for Detected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Detected::Text { encoding, separator } => {
                let encoding = match encoding.as_str() {
                    "UTF-8 with byte-order mark" => crate::t!("imp-utf8-bom"),
                    other => other.to_string(),
                };
                match separator {
                    Separator::Comma => crate::t!("imp-detected-comma", encoding = encoding),
                    Separator::Semicolon => crate::t!("imp-detected-semicolon", encoding = encoding),
                    Separator::Tab => crate::t!("imp-detected-tab", encoding = encoding),
                }
            }
            Detected::Workbook { format, sheet, .. } => {
                crate::t!("imp-detected-sheet", sheet = sheet.as_str(), format = format.as_str())
            }
        };
        f.write_str(&text)
    }
}

/// Why a file could not be read as a table at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SheetError {
    /// The workbook could not be opened.
    Workbook(String),
    /// `--sheet NAME` names no sheet.
    NoSheet {
        /// The name asked for.
        wanted: String,
        /// The sheets it has, joined.
        available: String,
    },
    /// A sheet was named for a text file.
    NotAWorkbook,
    /// Nothing in the file.
    Empty,
    /// The text could not be split into rows.
    Unreadable {
        /// Where.
        line: u64,
        /// What the CSV reader said.
        reason: String,
    },
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            SheetError::Workbook(e) => crate::t!("imp-sheet-unreadable", error = e.as_str()),
            SheetError::NoSheet { wanted, available } => {
                crate::t!("imp-no-sheet", wanted = wanted.as_str(), available = available.as_str())
            }
            SheetError::NotAWorkbook => crate::t!("imp-not-workbook"),
            SheetError::Empty => crate::t!("imp-file-empty"),
            SheetError::Unreadable { line, reason } => {
                crate::t!("imp-line-unreadable", line = line.to_string(), reason = reason.as_str())
            }
        };
        f.write_str(&text)
    }
}

impl Sheet {
    /// Reads an import file: `name` (its file name) and its first bytes tell a workbook from
    /// text; `sheet` picks a workbook's sheet by name (the first when `None`).
    pub fn read(name: &str, bytes: &[u8], sheet: Option<&str>) -> Result<Sheet, SheetError> {
        let lower = name.to_ascii_lowercase();
        let zip = bytes.starts_with(b"PK\x03\x04");
        let workbook = [".xlsx", ".xlsm", ".xls", ".ods"].iter().any(|e| lower.ends_with(e));
        if zip || workbook || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            return read_workbook(bytes, sheet);
        }
        if sheet.is_some() {
            return Err(SheetError::NotAWorkbook);
        }
        let (text, encoding) = decode(bytes);
        Sheet::from_text(&text, encoding)
    }

    /// Reads text already decoded (the separator is detected).
    pub fn from_text(text: &str, encoding: String) -> Result<Sheet, SheetError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let separator = detect_separator(text);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(separator.byte())
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut header: Option<(u64, Vec<String>)> = None;
        let mut rows = Vec::new();
        // The reader's own line numbers count from where it started looking (blank lines
        // before a record included), so a record's line is counted here from its first byte.
        let mut lines = LineCounter { text: text.as_bytes(), at: 0, line: 1 };
        for record in reader.records() {
            let record = record.map_err(|e| SheetError::Unreadable {
                line: e.position().map_or(0, |p| p.line()),
                reason: e.to_string(),
            })?;
            let line = record.position().map_or(0, |p| lines.line_of(p.byte() as usize));
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let cells: Vec<String> = record.iter().map(str::to_string).collect();
            match header {
                None => header = Some((line, cells.iter().map(|c| c.trim().to_string()).collect())),
                Some(_) => rows.push(SheetRow { line, cells }),
            }
        }
        let (header_line, header) = header.ok_or(SheetError::Empty)?;
        Ok(Sheet { header, rows, header_line, detected: Detected::Text { encoding, separator } })
    }

    /// CSV text in UTF-8 (tests and callers that already hold text).
    pub fn csv(text: &str) -> Result<Sheet, SheetError> {
        Sheet::from_text(text, "UTF-8".into())
    }
}

/// Finds the line of a record from its starting byte, moving forward only.
struct LineCounter<'a> {
    text: &'a [u8],
    at: usize,
    line: u64,
}

impl LineCounter<'_> {
    /// The line of the first character at or after `start` that is not a line break.
    fn line_of(&mut self, start: usize) -> u64 {
        let mut start = start.min(self.text.len());
        while start < self.text.len() && matches!(self.text[start], b'\n' | b'\r') {
            start += 1;
        }
        if start >= self.at {
            self.line += self.text[self.at..start].iter().filter(|b| **b == b'\n').count() as u64;
            self.at = start;
        }
        self.line
    }
}

/// Decodes text: a byte-order mark decides; then valid UTF-8 is UTF-8; then UTF-16 without a
/// mark is recognised by its zero bytes; anything else is guessed by `chardetng` (for files
/// saved by Excel in the UK, Windows-1252).
pub fn decode(bytes: &[u8]) -> (String, String) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let name = if encoding == encoding_rs::UTF_8 {
            "UTF-8 with byte-order mark".to_string()
        } else {
            encoding.name().to_string()
        };
        return (text.into_owned(), name);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), "UTF-8".into());
    }
    let pairs = bytes.len() / 2;
    if pairs > 0 {
        let zero_odd = bytes.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
        let zero_even = bytes.iter().step_by(2).filter(|b| **b == 0).count();
        for (zeros, encoding) in [(zero_odd, encoding_rs::UTF_16LE), (zero_even, encoding_rs::UTF_16BE)] {
            if zeros * 3 > pairs {
                let (text, _) = encoding.decode_without_bom_handling(bytes);
                return (text.into_owned(), encoding.name().to_string());
            }
        }
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(Some(b"uk"), chardetng::Utf8Detection::Deny);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), encoding.name().to_string())
}

/// The separator of the first line (outside quotes): the most frequent of tab, semicolon and
/// comma; a comma when none appears.
fn detect_separator(text: &str) -> Separator {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            '\t' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            ',' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = counts.iter().copied().max().unwrap_or(0);
    if best == 0 || counts[2] == best {
        Separator::Comma
    } else if counts[0] == best {
        Separator::Tab
    } else {
        Separator::Semicolon
    }
}

fn read_workbook(bytes: &[u8], wanted: Option<&str>) -> Result<Sheet, SheetError> {
    let cursor = std::io::Cursor::new(bytes.to_vec());
    let mut book =
        calamine::open_workbook_auto_from_rs(cursor).map_err(|e| SheetError::Workbook(e.to_string()))?;
    let format = match &book {
        calamine::Sheets::Ods(_) => crate::t!("imp-format-ods"),
        calamine::Sheets::Xls(_) => crate::t!("imp-format-xls"),
        _ => crate::t!("imp-format-xlsx"),
    };
    let names = book.sheet_names();
    let name = match wanted {
        Some(w) => {
            names.iter().find(|n| n.trim().eq_ignore_ascii_case(w.trim())).cloned().ok_or_else(|| {
                SheetError::NoSheet {
                    wanted: w.to_string(),
                    available: names
                        .iter()
                        .map(|n| format!("\u{201c}{n}\u{201d}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                }
            })?
        }
        None => names.first().cloned().ok_or(SheetError::Empty)?,
    };
    let range = book.worksheet_range(&name).map_err(|e| SheetError::Workbook(e.to_string()))?;
    let first_row = range.start().map_or(0, |(row, _)| u64::from(row));
    let first_col = range.start().map_or(0, |(_, col)| col as usize);
    let mut header: Option<(u64, Vec<String>)> = None;
    let mut rows = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let line = first_row + i as u64 + 1;
        // Cells left of the used range are blank in the spreadsheet too.
        let cells: Vec<String> =
            std::iter::repeat_n(String::new(), first_col).chain(row.iter().map(cell_text)).collect();
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        match header {
            None => header = Some((line, cells.iter().map(|c| c.trim().to_string()).collect())),
            Some(_) => rows.push(SheetRow { line, cells }),
        }
    }
    let (header_line, header) = header.ok_or(SheetError::Empty)?;
    Ok(Sheet {
        header,
        rows,
        header_line,
        detected: Detected::Workbook { format, sheet: name, sheets: names },
    })
}

/// A spreadsheet cell as the text a CSV would hold: whole numbers without a point, dates as
/// `YYYY-MM-DD`, times of day as `HH:MM`.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => {
            // Money and the like: at most what was typed, without float noise.
            let text = format!("{f:.6}");
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        }
        Data::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Data::DateTime(d) => {
            let (y, m, day, h, min, s, _) = d.to_ymd_hms_milli();
            let value = d.as_f64();
            if (0.0..1.0).contains(&value) {
                format!("{h:02}:{min:02}")
            } else if value.fract() == 0.0 {
                format!("{y:04}-{m:02}-{day:02}")
            } else {
                format!("{y:04}-{m:02}-{day:02} {h:02}:{min:02}:{s:02}")
            }
        }
        Data::DateTimeIso(s) => {
            // "2026-03-31", "2026-03-31T00:00:00" (a date) or "T10:30:00".
            let s = s.strip_suffix("T00:00:00").unwrap_or(s);
            match s.split_once('T') {
                Some(("", time)) => time.get(..5).unwrap_or(time).to_string(),
                _ => s.to_string(),
            }
        }
        Data::DurationIso(s) => iso_duration_as_time(s).unwrap_or_else(|| s.clone()),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// "PT10H30M00S" (how .ods stores a time of day) as "10:30".
fn iso_duration_as_time(text: &str) -> Option<String> {
    let rest = text.strip_prefix("PT")?;
    let (hours, rest) = rest.split_once('H')?;
    let (minutes, _) = rest.split_once('M')?;
    Some(format!("{:02}:{:02}", hours.parse::<u32>().ok()?, minutes.parse::<u32>().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_detected_from_the_header() {
        for (text, sep) in [
            ("a,b,c\n1,2,3\n", Separator::Comma),
            ("a;b;c\n1;2,5;3\n", Separator::Semicolon),
            ("a\tb\tc\n1\t2\t3\n", Separator::Tab),
            ("\"a;x\",b\n", Separator::Comma),
            ("only\n", Separator::Comma),
        ] {
            assert_eq!(detect_separator(text), sep, "{text:?}");
        }
        let sheet = Sheet::csv("name;rate\nAnn;25,50\n").unwrap();
        assert_eq!(sheet.rows[0].cells, vec!["Ann", "25,50"]);
    }

    #[test]
    fn encodings_are_detected() {
        let name = "Ciarán Ó Dúill";
        let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(name);
        assert_eq!(decode(&cp1252), (name.to_string(), "windows-1252".to_string()));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(name.as_bytes());
        assert_eq!(decode(&bom), (name.to_string(), "UTF-8 with byte-order mark".to_string()));
        let utf16: Vec<u8> = name.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let mut with_bom = vec![0xFF, 0xFE];
        with_bom.extend_from_slice(&utf16);
        assert_eq!(decode(&with_bom), (name.to_string(), "UTF-16LE".to_string()));
        assert_eq!(decode(&utf16), (name.to_string(), "UTF-16LE".to_string()));
        let be: Vec<u8> = name.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(decode(&be).0, name);
        assert_eq!(decode(name.as_bytes()), (name.to_string(), "UTF-8".to_string()));
    }

    #[test]
    fn lines_count_from_the_header_and_through_quoted_line_breaks() {
        let sheet =
            Sheet::csv("name,note\nAnn,\"two\nlines\"\n\nBea,x\n\"Cat\",\"a\r\nb\r\nc\"\nDee,y\n").unwrap();
        assert_eq!(sheet.header_line, 1);
        let lines: Vec<u64> = sheet.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![2, 5, 6, 9]);
    }

    #[test]
    fn a_sheet_for_text_is_refused() {
        assert_eq!(Sheet::read("people.csv", b"a,b\n", Some("People")), Err(SheetError::NotAWorkbook));
        assert_eq!(Sheet::read("people.csv", b"", None), Err(SheetError::Empty));
    }

    #[test]
    fn ods_times_read_as_clock_times() {
        assert_eq!(iso_duration_as_time("PT10H30M00S").as_deref(), Some("10:30"));
        assert_eq!(cell_text(&Data::DateTimeIso("2026-03-31T00:00:00".into())), "2026-03-31");
        assert_eq!(cell_text(&Data::Float(25.5)), "25.5");
        assert_eq!(cell_text(&Data::Float(12.0)), "12");
    }
}
