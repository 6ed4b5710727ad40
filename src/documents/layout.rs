//! Laying a document out on A4 pages: text wrapped by the embedded font's real advances,
//! tables with columns sized to their contents, images scaled to the page, a page break
//! wherever the next line would not fit. The result is positions only, so it can be checked
//! without a PDF (every line inside the margins, nothing on top of anything else).

use super::{Block, Document, PdfError};
use ab_glyph::{Font, FontRef, ScaleFont};

/// A4 in points.
pub(crate) const PAGE_W: f32 = 595.28;
/// A4 in points.
pub(crate) const PAGE_H: f32 = 841.89;
/// The margin on every side.
pub(crate) const MARGIN: f32 = 56.0;
/// Room kept at the bottom for the footer.
const FOOTER: f32 = 24.0;

/// One thing drawn on a page, in points from the page's top left.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Op {
    /// Text whose baseline starts at (x, y).
    Text { x: f32, y: f32, size: f32, text: String, grey: bool },
    /// A filled rectangle (table heading rows, rules).
    Rect { x: f32, y: f32, w: f32, h: f32 },
    /// The `index`-th image block, drawn into the box.
    Image { x: f32, y: f32, w: f32, h: f32, block: usize },
}

/// Text sizes in points.
const TITLE: f32 = 17.0;
const HEADING: f32 = 12.5;
const BODY: f32 = 10.5;
const SMALL: f32 = 8.5;
const TABLE: f32 = 9.0;

pub(crate) fn font() -> Result<FontRef<'static>, PdfError> {
    FontRef::try_from_slice(crate::fonts::DEJAVU_SANS).map_err(|_| PdfError::Font)
}

/// The width of `text` at `size` points (an em of `size`: ab_glyph's own scale is the font's
/// whole height, which would measure text narrower than the PDF draws it).
pub(crate) fn width(font: &FontRef<'_>, size: f32, text: &str) -> f32 {
    let per_em = font.height_unscaled() / font.units_per_em().unwrap_or(2048.0);
    let scale = ab_glyph::PxScale::from(size * per_em);
    let scaled = font.as_scaled(scale);
    let mut w = 0.0;
    let mut previous = None;
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = previous {
            w += scaled.kern(p, id);
        }
        w += scaled.h_advance(id);
        previous = Some(id);
    }
    w
}

/// `text` broken into lines no wider than `max` (a word wider than a line is cut).
pub(crate) fn wrap(font: &FontRef<'_>, size: f32, text: &str, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
            if width(font, size, &candidate) <= max {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word longer than the line: cut it where it no longer fits.
            let mut piece = String::new();
            for c in word.chars() {
                piece.push(c);
                if width(font, size, &piece) > max && piece.chars().count() > 1 {
                    piece.pop();
                    lines.push(std::mem::take(&mut piece));
                    piece.push(c);
                }
            }
            line = piece;
        }
        lines.push(line);
    }
    lines
}

struct Pages {
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl Pages {
    fn room(&self) -> f32 {
        PAGE_H - MARGIN - FOOTER - self.y
    }

    /// Starts a new page when `height` does not fit on this one.
    fn need(&mut self, height: f32) {
        if height > self.room() && self.y > MARGIN + 1.0 {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
    }

    fn op(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    fn line(&mut self, x: f32, size: f32, text: String, grey: bool) {
        let height = size * 1.4;
        self.need(height);
        self.op(Op::Text { x, y: self.y + size, size, text, grey });
        self.y += height;
    }
}

/// Lays `doc` out: one list of drawing operations per page.
pub(crate) fn lay_out(doc: &Document) -> Result<Vec<Vec<Op>>, PdfError> {
    let font = font()?;
    let text_w = PAGE_W - 2.0 * MARGIN;
    let mut p = Pages { pages: vec![Vec::new()], y: MARGIN };
    for (index, block) in doc.blocks.iter().enumerate() {
        match block {
            Block::PageBreak => {
                if p.y > MARGIN + 1.0 {
                    p.pages.push(Vec::new());
                    p.y = MARGIN;
                }
            }
            Block::Title(t) => {
                for line in wrap(&font, TITLE, t, text_w) {
                    p.line(MARGIN, TITLE, line, false);
                }
                p.y += 6.0;
            }
            Block::Heading(t) => {
                p.y += 6.0;
                // Keep a heading with at least two lines of what follows.
                p.need(HEADING * 1.4 + BODY * 2.8);
                for line in wrap(&font, HEADING, t, text_w) {
                    p.line(MARGIN, HEADING, line, false);
                }
                p.y += 2.0;
            }
            Block::Paragraph(t) | Block::Muted(t) | Block::Note(t) => {
                let (size, grey) =
                    if matches!(block, Block::Muted(_)) { (SMALL, true) } else { (BODY, false) };
                let note = matches!(block, Block::Note(_));
                let (x, w) = if note { (MARGIN + 10.0, text_w - 10.0) } else { (MARGIN, text_w) };
                if note {
                    // A bar down the side of a caveat, as in the HTML.
                    let lines = wrap(&font, size, t, w).len() as f32;
                    p.need(size * 1.4 * lines.min(3.0));
                    p.op(Op::Rect { x: MARGIN, y: p.y, w: 3.0, h: size * 1.4 * lines });
                }
                for line in wrap(&font, size, t, w) {
                    p.line(x, size, line, grey);
                }
                p.y += size * 0.6;
            }
            Block::Fields(fields) => {
                let label_w = fields
                    .iter()
                    .map(|(l, _)| width(&font, BODY, &format!("{l}:")))
                    .fold(0.0, f32::max)
                    .min(text_w * 0.38)
                    + 10.0;
                for (label, value) in fields {
                    let labels = wrap(&font, BODY, &format!("{label}:"), label_w - 10.0);
                    let values = wrap(&font, BODY, value, text_w - label_w);
                    let rows = labels.len().max(values.len());
                    for i in 0..rows {
                        let height = BODY * 1.4;
                        p.need(height);
                        if let Some(l) = labels.get(i) {
                            p.op(Op::Text {
                                x: MARGIN,
                                y: p.y + BODY,
                                size: BODY,
                                text: l.clone(),
                                grey: true,
                            });
                        }
                        if let Some(v) = values.get(i) {
                            p.op(Op::Text {
                                x: MARGIN + label_w,
                                y: p.y + BODY,
                                size: BODY,
                                text: v.clone(),
                                grey: false,
                            });
                        }
                        p.y += height;
                    }
                }
                p.y += BODY * 0.6;
            }
            Block::Table { head, rows } => table(&mut p, &font, head, rows, text_w),
            Block::Image { width: w, height: h, .. } => {
                let scale = (text_w / *w as f32).min(1.0).min(340.0 / *h as f32);
                let (w, h) = (*w as f32 * scale, *h as f32 * scale);
                p.need(h + 8.0);
                p.op(Op::Image { x: MARGIN, y: p.y, w, h, block: index });
                p.y += h + 8.0;
            }
        }
    }
    Ok(p.pages)
}

fn table(p: &mut Pages, font: &FontRef<'_>, head: &[String], rows: &[Vec<String>], text_w: f32) {
    let columns = head.len().max(1);
    let pad = 6.0;
    // Each column as wide as its widest cell; when they do not all fit, every column keeps at
    // least its longest word (so no word is broken) and the room left is shared out in
    // proportion to how much wider each would like to be. Only when even the longest words do
    // not fit are all columns shrunk evenly.
    let cells = |c: usize| {
        std::iter::once(head.get(c).map_or("", String::as_str))
            .chain(rows.iter().filter_map(move |r| r.get(c).map(String::as_str)))
    };
    let mut widths: Vec<f32> =
        (0..columns).map(|c| cells(c).map(|t| width(font, TABLE, t) + pad).fold(24.0, f32::max)).collect();
    let least: Vec<f32> = (0..columns)
        .map(|c| {
            let longest_word = cells(c)
                .flat_map(str::split_whitespace)
                .map(|w| width(font, TABLE, w) + pad)
                .fold(24.0, f32::max);
            longest_word.min(widths[c])
        })
        .collect();
    let total: f32 = widths.iter().sum();
    let floor: f32 = least.iter().sum();
    if total > text_w && floor <= text_w {
        let share = (text_w - floor) / (total - floor);
        for (w, l) in widths.iter_mut().zip(&least) {
            *w = l + (*w - l) * share;
        }
    } else if total > text_w {
        let scale = text_w / total;
        widths.iter_mut().for_each(|w| *w *= scale);
    }
    let draw_row = |p: &mut Pages, cells: &[String], shaded: bool| {
        let wrapped: Vec<Vec<String>> = (0..columns)
            .map(|c| wrap(font, TABLE, cells.get(c).map_or("", String::as_str), widths[c] - pad))
            .collect();
        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let height = lines as f32 * TABLE * 1.35 + 4.0;
        p.need(height);
        if shaded {
            p.op(Op::Rect { x: MARGIN, y: p.y, w: widths.iter().sum(), h: height });
        }
        let mut x = MARGIN;
        for (c, cell_lines) in wrapped.iter().enumerate() {
            for (i, line) in cell_lines.iter().enumerate() {
                let y = p.y + 2.0 + TABLE + i as f32 * TABLE * 1.35;
                p.op(Op::Text { x: x + 2.0, y, size: TABLE, text: line.clone(), grey: false });
            }
            x += widths[c];
        }
        p.y += height;
    };
    draw_row(p, head, true);
    for row in rows {
        draw_row(p, row, false);
    }
    p.y += BODY * 0.8;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc_of(blocks: Vec<Block>) -> Document {
        Document { title: "Test".into(), blocks }
    }

    #[test]
    fn long_text_wraps_inside_the_margins_and_breaks_pages() {
        let font = font().unwrap();
        let long = "A link worker listens to what matters to a person. ".repeat(300);
        let pages =
            lay_out(&doc_of(vec![Block::Paragraph(long), Block::Paragraph("x".repeat(400))])).unwrap();
        assert!(pages.len() > 2, "{} pages", pages.len());
        for page in &pages {
            for op in page {
                if let Op::Text { x, y, size, text, .. } = op {
                    assert!(*x >= MARGIN && x + width(&font, *size, text) <= PAGE_W - MARGIN + 0.5, "{text}");
                    assert!(*y <= PAGE_H - MARGIN, "{y}");
                }
            }
        }
    }

    #[test]
    fn table_cells_fit_their_columns() {
        let font = font().unwrap();
        let head = vec!["Section".to_string(), "What we hold".to_string()];
        let rows = vec![vec!["Contacts".to_string(), "A very long note about a phone call. ".repeat(20)]; 40];
        let pages = lay_out(&doc_of(vec![Block::Table { head, rows }])).unwrap();
        assert!(pages.len() >= 2);
        for op in pages.iter().flatten() {
            if let Op::Text { x, size, text, .. } = op {
                assert!(x + width(&font, *size, text) <= PAGE_W - MARGIN + 0.5, "{text}");
            }
        }
    }
}
