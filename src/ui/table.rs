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

/// One row: the record it shows, the cells as text, and a sort key per cell (so dates and
/// money sort properly).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    /// The id of the record the row shows (for selection).
    pub id: u64,
    /// The text shown, one per column.
    pub cells: Vec<String>,
    /// Sort keys, one per column (defaults to the lower-cased text).
    pub keys: Vec<String>,
    /// Cells drawn in a warning colour: (column, colour).
    pub badges: Vec<(usize, egui::Color32)>,
}

impl Row {
    /// A row whose sort keys are its lower-cased text.
    pub fn new(id: u64, cells: Vec<String>) -> Row {
        let keys = cells.iter().map(|c| c.to_lowercase()).collect();
        Row { id, cells, keys, badges: Vec::new() }
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
        self.badges.push((column, colour));
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

/// What a table draws, row by row: only the visible rows are asked for their cells, so a
/// source can format them on demand instead of holding every row's text.
pub trait TableSource {
    /// How many rows.
    fn row_count(&self) -> usize;
    /// The id of the record row `row` shows.
    fn row_id(&self, row: usize) -> u64;
    /// The text of one cell, and a warning colour if it has one.
    fn cell(&self, row: usize, column: usize) -> (String, Option<egui::Color32>);
}

impl TableSource for [Row] {
    fn row_count(&self) -> usize {
        self.len()
    }

    fn row_id(&self, row: usize) -> u64 {
        self.get(row).map_or(0, |r| r.id)
    }

    fn cell(&self, row: usize, column: usize) -> (String, Option<egui::Color32>) {
        let Some(r) = self.get(row) else { return (String::new(), None) };
        let colour = r.badges.iter().find(|(c, _)| *c == column).map(|(_, colour)| *colour);
        (r.cells.get(column).cloned().unwrap_or_default(), colour)
    }
}

/// What happened in the table this frame.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TableResponse {
    /// A heading was clicked: re-sort the rows once.
    pub sort_changed: bool,
    /// The id of the row whose first cell was clicked (selectable tables only).
    pub clicked: Option<u64>,
}

/// Draws a table of rows to read (nothing to select).
pub fn table_ui(
    ui: &mut egui::Ui,
    id_salt: &str,
    cols: &[Col],
    rows: &[Row],
    sort: &mut Sort,
) -> TableResponse {
    draw(ui, id_salt, cols, rows, sort, None)
}

/// Draws a table whose first cell selects the row; `selected` is highlighted.
pub fn selectable_table_ui(
    ui: &mut egui::Ui,
    id_salt: &str,
    cols: &[Col],
    rows: &[Row],
    sort: &mut Sort,
    selected: Option<u64>,
) -> TableResponse {
    draw(ui, id_salt, cols, rows, sort, Some(selected))
}

/// Draws a table over any [`TableSource`]; the first cell selects the row.
pub fn selectable_source_ui<S: TableSource + ?Sized>(
    ui: &mut egui::Ui,
    id_salt: &str,
    cols: &[Col],
    source: &S,
    sort: &mut Sort,
    selected: Option<u64>,
) -> TableResponse {
    draw(ui, id_salt, cols, source, sort, Some(selected))
}

fn draw<S: TableSource + ?Sized>(
    ui: &mut egui::Ui,
    id_salt: &str,
    cols: &[Col],
    rows: &S,
    sort: &mut Sort,
    selection: Option<Option<u64>>,
) -> TableResponse {
    let mut response = TableResponse::default();
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    // Narrower than the columns' usual widths (a 1024-wide window): every column shrinks in
    // proportion, so the last ones are not pushed past the window's edge.
    let wanted: f32 =
        cols.iter().map(|c| c.width).sum::<f32>() + ui.spacing().item_spacing.x * cols.len() as f32;
    let scale = (ui.available_width() / wanted).min(1.0);
    // The columns are fitted afresh when the window's width changes by a step (a column a
    // person widened keeps its width until then).
    let width_step = (ui.available_width() / 64.0).round() as i64;
    let mut builder = TableBuilder::new(ui)
        .id_salt((id_salt, width_step))
        .striped(true)
        .resizable(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    for (i, col) in cols.iter().enumerate() {
        let width = (col.width * scale).max(40.0);
        builder = builder.column(if i + 1 == cols.len() {
            Column::remainder().at_least(width).clip(true)
        } else {
            Column::initial(width).at_least(40.0).clip(true)
        });
    }
    builder
        .header(row_height + 2.0, |mut header| {
            for (i, col) in cols.iter().enumerate() {
                header.col(|ui| {
                    let marker = match (sort.column == i, sort.descending) {
                        (true, false) => " ^",
                        (true, true) => " v",
                        _ => "",
                    };
                    let text = egui::RichText::new(format!("{}{marker}", col.title)).strong();
                    let button = egui::Button::new(text).frame(false);
                    if ui
                        .add(button)
                        .on_hover_text(crate::t!("app-table-sort-by", column = col.title.to_lowercase()))
                        .clicked()
                    {
                        if sort.column == i {
                            sort.descending = !sort.descending;
                        } else {
                            *sort = Sort { column: i, descending: false };
                        }
                        response.sort_changed = true;
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_height, rows.row_count(), |mut table_row| {
                let row = table_row.index();
                let id = rows.row_id(row);
                for i in 0..cols.len() {
                    let (cell, colour) = rows.cell(row, i);
                    table_row.col(|ui| {
                        let mut text = egui::RichText::new(cell);
                        if let Some(colour) = colour {
                            text = text.color(colour).strong();
                        }
                        match selection {
                            Some(selected) if i == 0 => {
                                if ui.selectable_label(selected == Some(id), text).clicked() {
                                    response.clicked = Some(id);
                                }
                            }
                            _ => {
                                // Cut with "…" when the column is too narrow; the whole text
                                // shows on hover and stays the label's accessible name.
                                ui.add(egui::Label::new(text).truncate());
                            }
                        }
                    });
                }
            });
        });
    response
}
