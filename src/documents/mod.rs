//! Printable documents: a [`Document`] is a list of blocks (headings, paragraphs, labelled
//! fields, tables, images) that reports build once; it becomes plain text ([`Document::to_text`])
//! for the screen and the clipboard, or an A4 PDF ([`Document::to_pdf`]) laid out with the
//! embedded font, so a letter prints the same everywhere.

mod html;
mod layout;
mod pdf;

pub use pdf::PdfError;

/// One block of a document, top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The document's title, large.
    Title(String),
    /// A section heading.
    Heading(String),
    /// A paragraph, wrapped to the page.
    Paragraph(String),
    /// Small grey text (addresses, notes, the line under a title).
    Muted(String),
    /// A caveat the reader must not miss, set apart from the text.
    Note(String),
    /// Labelled values, one per line: "Date of birth: 18 April 1952".
    Fields(Vec<(String, String)>),
    /// A table with a heading row.
    Table {
        /// Column headings.
        head: Vec<String>,
        /// The rows, each as long as `head`.
        rows: Vec<Vec<String>>,
    },
    /// A picture (a chart), as PNG, scaled to the page width.
    Image {
        /// The PNG bytes.
        png: Vec<u8>,
        /// Its width in pixels.
        width: u32,
        /// Its height in pixels.
        height: u32,
        /// What it shows, in words (the text version prints this).
        alt: String,
        /// The same picture as SVG, for HTML (which then embeds it as vector art).
        svg: Option<String>,
    },
    /// What follows starts on a new page (the second language of a bilingual document).
    PageBreak,
}

/// A printable document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// Its title, for the PDF's metadata and the footer of every page.
    pub title: String,
    /// The blocks, top to bottom.
    pub blocks: Vec<Block>,
}

impl Document {
    /// An empty document titled `title`.
    pub fn new(title: impl Into<String>) -> Document {
        Document { title: title.into(), blocks: Vec::new() }
    }

    /// Adds a block.
    pub fn push(&mut self, block: Block) -> &mut Self {
        self.blocks.push(block);
        self
    }

    /// This document, then `other` from a new page, titled with both titles: a bilingual
    /// document, the first language first.
    pub fn followed_by(mut self, other: Document) -> Document {
        if other.title != self.title {
            self.title = format!("{} / {}", self.title, other.title);
        }
        self.blocks.push(Block::PageBreak);
        self.blocks.extend(other.blocks);
        self
    }

    /// Adds a paragraph.
    pub fn paragraph(&mut self, text: impl Into<String>) -> &mut Self {
        self.push(Block::Paragraph(text.into()))
    }

    /// The document as plain text: headings and paragraphs separated by blank lines, fields
    /// as "Label: value", tables as rows separated by " | ", images by their description.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for block in &self.blocks {
            match block {
                Block::Title(t) => out.push_str(&format!("{}\n\n", t.to_uppercase())),
                Block::Heading(t) => out.push_str(&format!("{t}\n")),
                Block::Paragraph(t) | Block::Muted(t) | Block::Note(t) => out.push_str(&format!("{t}\n\n")),
                Block::Fields(fields) => {
                    for (label, value) in fields {
                        out.push_str(&format!("{label}: {value}\n"));
                    }
                    out.push('\n');
                }
                Block::Table { head, rows } => {
                    out.push_str(&head.join(" | "));
                    out.push('\n');
                    for row in rows {
                        out.push_str(&row.join(" | "));
                        out.push('\n');
                    }
                    out.push('\n');
                }
                Block::Image { alt, .. } => out.push_str(&format!("[{alt}]\n\n")),
                Block::PageBreak => out.push_str("* * *\n\n"),
            }
        }
        out.trim_end().to_string() + "\n"
    }

    /// The document as one self-contained HTML page styled by `css`.
    pub fn to_html(&self, css: &str) -> String {
        html::render(self, css)
    }

    /// The document as an A4 PDF.
    pub fn to_pdf(&self) -> Result<Vec<u8>, PdfError> {
        let pages = layout::lay_out(self)?;
        pdf::render(self, &pages)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_keeps_every_block_in_order() {
        let mut d = Document::new("Outcome");
        d.push(Block::Title("Outcome of referral".into()))
            .push(Block::Fields(vec![("Re".into(), "Agnes Dewar (P0001)".into())]))
            .paragraph("Referred on 25 August 2026.")
            .push(Block::Table {
                head: vec!["Score".into(), "Value".into()],
                rows: vec![vec!["Before".into(), "38".into()]],
            });
        assert_eq!(
            d.to_text(),
            "OUTCOME OF REFERRAL\n\nRe: Agnes Dewar (P0001)\n\nReferred on 25 August 2026.\n\nScore | Value\nBefore | 38\n"
        );
    }
}
