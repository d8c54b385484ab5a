//! "The map in language X": the one place that turns a document and a
//! language tag into the texts drawn, their boxes, and the language of the
//! words Sectormap draws itself (legend, "not scored", chart and gap
//! sentences). Everything drawn on a map follows the map's shown language;
//! the interface language never reaches a picture.

use super::{Measured, measure_all};
use crate::i18n::Language;
use crate::model::{Document, map_language};

/// A map as shown in one of its languages.
#[derive(Clone, Debug)]
pub struct Shown {
    /// The map's texts in that language (its own where a text has no
    /// translation); positions and everything else as in the map.
    pub doc: Document,
    /// Each node's box, measured for those texts, in id order.
    pub measured: Vec<Measured>,
    /// The language tag shown (`"es"`), as the map names it.
    pub tag: String,
    /// The language of Sectormap's own words on the map: the shown
    /// language where the app speaks it (en, es, fr), else English.
    pub words: Language,
}

/// A language the map has no texts in; names the ones it has.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the map has no texts in \"{asked}\"; its languages are {have}", have = have.join(", "))]
pub struct NoSuchLanguage {
    /// The tag asked for.
    pub asked: String,
    /// The map's languages.
    pub have: Vec<String>,
}

impl Shown {
    /// `doc` in the language `tag` (case ignored), or in its own when `tag`
    /// is `None` or is its own.
    pub fn of(doc: &Document, tag: Option<&str>) -> Result<Shown, NoSuchLanguage> {
        let own = map_language(doc).to_owned();
        let Some(asked) = tag.map(str::trim).filter(|t| !t.is_empty()) else {
            return Ok(Self::own(doc));
        };
        if asked.eq_ignore_ascii_case(&own) {
            return Ok(Self::own(doc));
        }
        let have = doc.languages();
        let Some(exact) = have.iter().find(|l| l.eq_ignore_ascii_case(asked)) else {
            return Err(NoSuchLanguage { asked: asked.to_owned(), have });
        };
        let localized = doc.localized(exact);
        let measured = measure_all(&localized);
        Ok(Shown { words: Language::from_tag(exact), tag: exact.clone(), doc: localized, measured })
    }

    /// `doc` in its own language.
    pub fn own(doc: &Document) -> Shown {
        let tag = map_language(doc).to_owned();
        Shown { words: Language::from_tag(&tag), tag, measured: measure_all(doc), doc: doc.clone() }
    }
}

/// The language of Sectormap's words on a map shown in `tag` (`None`: the
/// map's own language).
pub fn words_for(doc: &Document, tag: Option<&str>) -> Language {
    Language::from_tag(tag.unwrap_or_else(|| map_language(doc)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Node, NodeKind};

    fn bilingual() -> Document {
        let mut doc = Document::new();
        doc.meta.language = "en".to_owned();
        let mut node = Node::new("a", NodeKind::Issue, "Domestic violence");
        node.translations.set("es", "label", "Violencia doméstica");
        doc.add_node(node).ok();
        doc
    }

    #[test]
    fn words_follow_the_shown_language() {
        let doc = bilingual();
        let es = Shown::of(&doc, Some("ES")).ok();
        assert_eq!(es.as_ref().map(|s| s.words), Some(Language::Es));
        assert_eq!(
            es.and_then(|s| s.doc.node("a").map(|n| n.label.clone())).as_deref(),
            Some("Violencia doméstica")
        );
        let own = Shown::of(&doc, None).ok();
        assert_eq!(own.map(|s| (s.words, s.tag)), Some((Language::En, "en".to_owned())));
        let err = Shown::of(&doc, Some("de")).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("\"de\"") && err.contains("en, es"), "{err}");
    }
}
