//! A sortable, virtualized table of text cells, shared by the views.
//!
//! Only the visible rows are laid out (egui_extras `TableBody::rows`), so a table of sixty
//! thousand people costs the same per frame as one of ten.

use egui_extras::{Column, TableBuilder};

/// A column: its heading and starting width (the last column takes the rest).
#[derive(Debug, Clone, Copy)]
pub struct Col {
    /// Heading, also the accessible name of the sort button.
    pub title: &'static str,
    /// Starting width in points.
    pub width: f32,
}

/// Which column a table is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sort {
    /// Column index.
    pub column: usize,
    /// Descending when true.
    pub descending: bool,
}

/// One row: the cells as text, plus a sort key per cell (so dates and money sort properly).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    /// The text shown, one per column.
    pub cells: Vec<String>,
    /// Sort keys, one per column (defaults to the lower-cased text).
    pub keys: Vec<String>,
    /// Text colour for the row's status cell, if any: (column, colour).
    pub badge: Option<(usize, egui::Color32)>,
}

impl Row {
    /// A row whose sort keys are its lower-cased text.
    pub fn new(cells: Vec<String>) -> Row {
        let keys = cells.iter().map(|c| c.to_lowercase()).collect();
        Row {
            cells,
            keys,
            badge: None,
        }
    }

    /// Replaces the sort key of one column (e.g. an ISO date or zero-padded number).
    pub fn key(mut self, column: usize, key: String) -> Row {
        if let Some(k) = self.keys.get_mut(column) {
            *k = key;
        }
        self
    }

    /// Colours one cell, e.g. an expired paper in red.
    pub fn badge(mut self, column: usize, colour: egui::Color32) -> Row {
        self.badge = Some((column, colour));
        self
    }
}

/// Sorts rows in place by `sort`.
pub fn sort_rows(rows: &mut [Row], sort: Sort) {
    rows.sort_by(|a, b| {
        let ord = a.keys.get(sort.column).cmp(&b.keys.get(sort.column));
        if sort.descending { ord.reverse() } else { ord }
    });
}

/// Draws the table. Clicking a heading sorts by it (again: reverses). Returns true when the
/// sort changed, so the caller can re-sort its rows once.
pub fn table_ui(
    ui: &mut egui::Ui,
    id_salt: &str,
    cols: &[Col],
    rows: &[Row],
    sort: &mut Sort,
) -> bool {
    let mut changed = false;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    let mut builder = TableBuilder::new(ui)
        .id_salt(id_salt)
        .striped(true)
        .resizable(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    for (i, col) in cols.iter().enumerate() {
        builder = builder.column(if i + 1 == cols.len() {
            Column::remainder().at_least(col.width)
        } else {
            Column::initial(col.width).at_least(40.0).clip(true)
        });
    }
    builder
        .header(row_height + 4.0, |mut header| {
            for (i, col) in cols.iter().enumerate() {
                header.col(|ui| {
                    let marker = match (sort.column == i, sort.descending) {
                        (true, false) => " ^",
                        (true, true) => " v",
                        _ => "",
                    };
                    let button = egui::Button::new(
                        egui::RichText::new(format!("{}{marker}", col.title)).strong(),
                    )
                    .frame(false);
                    if ui
                        .add(button)
                        .on_hover_text(format!("Sort by {}", col.title.to_lowercase()))
                        .clicked()
                    {
                        if sort.column == i {
                            sort.descending = !sort.descending;
                        } else {
                            *sort = Sort {
                                column: i,
                                descending: false,
                            };
                        }
                        changed = true;
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_height, rows.len(), |mut table_row| {
                let Some(row) = rows.get(table_row.index()) else {
                    return;
                };
                for (i, cell) in row.cells.iter().enumerate() {
                    table_row.col(|ui| {
                        match row.badge {
                            Some((col, colour)) if col == i => {
                                ui.label(egui::RichText::new(cell).color(colour).strong())
                            }
                            _ => ui.label(cell),
                        };
                    });
                }
            });
        });
    changed
}
