//! The language a document is written in: a person's letters default to the language they
//! prefer, and any of them can be written in both, Welsh first (as the Welsh Language
//! Standards ask of bilingual documents).

use crate::documents::Document;
use crate::domain::Person;
use crate::i18n::{Lang, with_lang};

/// In which language a document is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocLanguage {
    /// One language.
    Only(Lang),
    /// Welsh, then English from a new page.
    Bilingual,
}

impl DocLanguage {
    /// Every choice, as a language menu offers them.
    pub const ALL: [DocLanguage; 3] =
        [DocLanguage::Only(Lang::Cy), DocLanguage::Only(Lang::En), DocLanguage::Bilingual];

    /// A person's own choice, or the interface language when they have not been asked.
    pub fn for_person(person: &Person) -> DocLanguage {
        DocLanguage::Only(person.preferred_language.unwrap_or_else(crate::i18n::current))
    }

    /// Reads `en`, `cy` or `both` (also `bilingual`, `cy+en`), as typed on the command line.
    pub fn parse(text: &str) -> Option<DocLanguage> {
        match text.trim().to_ascii_lowercase().as_str() {
            "both" | "bilingual" | "cy+en" | "dwyieithog" => Some(DocLanguage::Bilingual),
            other => Lang::parse(other).map(DocLanguage::Only),
        }
    }

    /// The choice in words, in the interface language.
    pub fn label(self) -> String {
        match self {
            DocLanguage::Only(lang) => lang.native_name().to_string(),
            DocLanguage::Bilingual => crate::t!("report-language-bilingual"),
        }
    }
}

/// Builds the document in `language`: `build` runs once per language with that language
/// set, and a bilingual document is the Welsh one followed by the English one.
pub fn write_in<E>(language: DocLanguage, build: impl Fn() -> Result<Document, E>) -> Result<Document, E> {
    match language {
        DocLanguage::Only(lang) => with_lang(lang, build),
        DocLanguage::Bilingual => {
            let welsh = with_lang(Lang::Cy, &build)?;
            let english = with_lang(Lang::En, &build)?;
            Ok(welsh.followed_by(english))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::Block;

    fn doc() -> Result<Document, ()> {
        let mut d = Document::new(crate::i18n::month_name(11));
        d.paragraph(crate::i18n::month_name(12));
        Ok(d)
    }

    #[test]
    fn a_bilingual_document_is_welsh_then_english() {
        let both = write_in(DocLanguage::Bilingual, doc).unwrap();
        assert_eq!(both.title, "Tachwedd / November");
        assert_eq!(
            both.blocks,
            vec![Block::Paragraph("Rhagfyr".into()), Block::PageBreak, Block::Paragraph("December".into())]
        );
        let welsh = write_in(DocLanguage::Only(Lang::Cy), doc).unwrap();
        assert_eq!(welsh.blocks, vec![Block::Paragraph("Rhagfyr".into())]);
    }

    #[test]
    fn a_person_gets_their_own_language() {
        let mut p = Person::new("P0001", "Gwen");
        p.preferred_language = Some(Lang::Cy);
        assert_eq!(with_lang(Lang::En, || DocLanguage::for_person(&p)), DocLanguage::Only(Lang::Cy));
        p.preferred_language = None;
        assert_eq!(with_lang(Lang::En, || DocLanguage::for_person(&p)), DocLanguage::Only(Lang::En));
        assert_eq!(DocLanguage::parse("both"), Some(DocLanguage::Bilingual));
        assert_eq!(DocLanguage::parse("cy"), Some(DocLanguage::Only(Lang::Cy)));
        assert_eq!(DocLanguage::parse("fr"), None);
    }
}
