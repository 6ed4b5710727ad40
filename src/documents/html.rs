//! A document as one self-contained HTML page: headings, paragraphs, tables with numbers set
//! right, caveats set apart, pictures inline as SVG (or PNG when there is no SVG), nothing
//! linked.

use super::{Block, Document};

/// Escapes text for HTML.
pub fn esc(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn numeric(cell: &str) -> bool {
    cell.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '\u{a3}' || c == '+' || c == '-')
}

fn table(out: &mut String, head: &[String], rows: &[Vec<String>]) {
    out.push_str("<table><thead><tr>");
    for h in head {
        out.push_str(&format!("<th>{}</th>", esc(h)));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let class = if i > 0 && numeric(cell) { " class=\"n\"" } else { "" };
            out.push_str(&format!("<td{class}>{}</td>", esc(cell)));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

/// Base64 for a data: URL (only where an image has no SVG).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

pub(crate) fn render(doc: &Document, css: &str) -> String {
    let mut out = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{css}</style></head><body>",
        crate::i18n::current().code(),
        esc(&doc.title)
    );
    for block in &doc.blocks {
        match block {
            Block::Title(t) => out.push_str(&format!("<h1>{}</h1>", esc(t))),
            Block::PageBreak => out.push_str("<hr style=\"break-after: page\">"),
            Block::Heading(t) => out.push_str(&format!("<h2>{}</h2>", esc(t))),
            Block::Paragraph(t) => out.push_str(&format!("<p>{}</p>", esc(t).replace('\n', "<br>"))),
            Block::Muted(t) => {
                out.push_str(&format!("<p class=\"muted\">{}</p>", esc(t).replace('\n', "<br>")))
            }
            Block::Note(t) => out.push_str(&format!("<p class=\"caveat\">{}</p>", esc(t))),
            Block::Fields(fields) => {
                out.push_str("<dl>");
                for (label, value) in fields {
                    out.push_str(&format!("<dt>{}</dt><dd>{}</dd>", esc(label), esc(value)));
                }
                out.push_str("</dl>");
            }
            Block::Table { head, rows } => table(&mut out, head, rows),
            Block::Image { svg: Some(svg), .. } => out.push_str(&format!("<div class=\"chart\">{svg}</div>")),
            Block::Image { png, alt, .. } => out.push_str(&format!(
                "<div class=\"chart\"><img alt=\"{}\" src=\"data:image/png;base64,{}\"></div>",
                esc(alt),
                base64(png)
            )),
        }
    }
    out.push_str("</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn text_is_escaped_and_numbers_set_right() {
        let mut d = Document::new("A & B");
        d.push(Block::Table {
            head: vec!["Item".into(), "Cost".into()],
            rows: vec![vec!["<b>".into(), "\u{a3}5".into()]],
        });
        let html = d.to_html("");
        assert!(html.contains("<title>A &amp; B</title>"));
        assert!(html.contains("<td>&lt;b&gt;</td><td class=\"n\">\u{a3}5</td>"));
    }
}
