//! Drawing laid-out pages into a PDF with krilla: the embedded font (subset into the file),
//! grey rows behind table headings, PNG images, and a footer with the title and page number.

use super::layout::{MARGIN, Op, PAGE_H, PAGE_W};
use super::{Block, Document};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule};
use krilla::text::{Font, TextDirection};

/// Why a document could not become a PDF.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The embedded font did not load (never expected: it is compiled in).
    #[error("{}", crate::t!("doc-error-font"))]
    Font,
    /// An image block holds no readable PNG.
    #[error("{}", crate::t!("doc-error-image", reason = .0.as_str()))]
    Image(String),
    /// krilla refused the document.
    #[error("{}", crate::t!("doc-error-write", reason = .0.as_str()))]
    Write(String),
}

fn fill(r: u8, g: u8, b: u8) -> Fill {
    Fill { paint: rgb::Color::new(r, g, b).into(), opacity: NormalizedF32::ONE, rule: FillRule::default() }
}

/// The document's language for the PDF's metadata: the language it was written in.
fn language_tag() -> &'static str {
    match crate::i18n::current() {
        crate::i18n::Lang::En => "en-GB",
        crate::i18n::Lang::Cy => "cy",
    }
}

/// Renders the pages laid out for `doc`.
pub(crate) fn render(doc: &Document, pages: &[Vec<Op>]) -> Result<Vec<u8>, PdfError> {
    let font = Font::new(crate::fonts::DEJAVU_SANS.to_vec().into(), 0).ok_or(PdfError::Font)?;
    let mut pdf = krilla::Document::new();
    pdf.set_metadata(
        Metadata::new().title(doc.title.clone()).language(language_tag().into()).creator("carecoop".into()),
    );
    let count = pages.len();
    for (number, ops) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H)
            .ok_or_else(|| PdfError::Write(crate::t!("doc-error-page-size")))?;
        let mut page = pdf.start_page_with(settings);
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Rect { x, y, w, h } => {
                    let mut path = PathBuilder::new();
                    if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                        path.push_rect(rect);
                    }
                    if let Some(path) = path.finish() {
                        surface.set_fill(Some(fill(232, 232, 232)));
                        surface.draw_path(&path);
                    }
                }
                Op::Text { x, y, size, text, grey } => {
                    surface.set_fill(Some(if *grey { fill(90, 90, 90) } else { fill(0, 0, 0) }));
                    surface.draw_text(
                        Point::from_xy(*x, *y),
                        font.clone(),
                        *size,
                        text,
                        false,
                        TextDirection::Auto,
                    );
                }
                Op::Image { x, y, w, h, block } => {
                    let Some(Block::Image { png, .. }) = doc.blocks.get(*block) else { continue };
                    let image =
                        krilla::image::Image::from_png(png.clone().into(), true).map_err(PdfError::Image)?;
                    let size = Size::from_wh(*w, *h)
                        .ok_or_else(|| PdfError::Image(crate::t!("doc-error-empty-picture")))?;
                    surface.push_transform(&Transform::from_translate(*x, *y));
                    surface.draw_image(image, size);
                    surface.pop();
                }
            }
        }
        surface.set_fill(Some(fill(110, 110, 110)));
        let footer = crate::t!(
            "doc-footer",
            title = doc.title.as_str(),
            page = (number + 1).to_string(),
            pages = count.to_string()
        );
        surface.draw_text(
            Point::from_xy(MARGIN, PAGE_H - MARGIN / 2.0),
            font.clone(),
            8.0,
            &footer,
            false,
            TextDirection::Auto,
        );
        surface.finish();
        page.finish();
    }
    pdf.finish().map_err(|e| PdfError::Write(format!("{e:?}")))
}
