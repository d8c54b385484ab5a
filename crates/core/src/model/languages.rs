//! A map in one of its languages, and what is not yet translated.

use std::collections::BTreeSet;

use super::document::Document;
use super::problem::Place;
use super::translate::{LINK_FIELDS, MAP_FIELDS, NODE_FIELDS, Translations, VIEW_FIELDS};

/// One text with no translation into a language the map has.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Untranslated {
    /// The language it is missing in.
    pub language: String,
    /// What it belongs to.
    pub place: Place,
    /// Which of its texts.
    pub field: &'static str,
}

/// The map's own language ("en" when the file does not say).
pub fn map_language(doc: &Document) -> &str {
    if doc.meta.language.is_empty() { "en" } else { &doc.meta.language }
}

fn text_fields<'a>(
    fields: &'a [&'static str],
    texts: [&'a str; 3],
) -> impl Iterator<Item = (&'static str, &'a str)> {
    fields.iter().copied().zip(texts)
}

impl Document {
    /// Every language the map has texts in: its own first, then each one a
    /// translation uses, sorted.
    pub fn languages(&self) -> Vec<String> {
        let mut others: BTreeSet<&str> = self.meta.translations.languages().collect();
        for node in self.nodes() {
            others.extend(node.translations.languages());
        }
        for (link, _, _) in self.links() {
            others.extend(link.translations.languages());
        }
        for view in &self.views {
            others.extend(view.translations.languages());
        }
        let own = map_language(self);
        let mut out = vec![own.to_owned()];
        out.extend(others.into_iter().filter(|l| *l != own).map(str::to_owned));
        out
    }

    /// The map with every text in `lang` where a translation exists, and in
    /// the map's language where none does. Positions, ids and everything
    /// else stay as they are; the result says `lang` is its language.
    pub fn localized(&self, lang: &str) -> Document {
        let mut doc = self.clone();
        if lang == map_language(self) {
            return doc;
        }
        let meta = &mut doc.meta;
        let t = meta.translations.clone();
        meta.title = t.pick(lang, "title", &meta.title).to_owned();
        meta.subtitle = t.pick(lang, "subtitle", &meta.subtitle).to_owned();
        meta.source = t.pick(lang, "source", &meta.source).to_owned();
        meta.language = lang.to_owned();
        for view in &mut doc.views {
            view.caption = view.translations.pick(lang, "caption", &view.caption).to_owned();
        }
        let nodes: Vec<_> = doc.nodes().cloned().collect();
        for mut node in nodes {
            node.label = node.translations.pick(lang, "label", &node.label).to_owned();
            node.description = node.translations.pick(lang, "description", &node.description).to_owned();
            // The id names an existing node, so replacing it cannot fail.
            let _ = doc.replace_node(node);
        }
        let links: Vec<_> = doc.links().map(|(link, _, _)| link.clone()).collect();
        for mut link in links {
            link.label = link.translations.pick(lang, "label", &link.label).to_owned();
            let _ = doc.replace_link(link);
        }
        for rubric in doc.assessment.rounds.values_mut() {
            *rubric = rubric.localized(lang);
        }
        doc
    }

    /// Every non-empty text with no translation into one of the map's other
    /// languages, in language then place order.
    pub fn untranslated(&self) -> Vec<Untranslated> {
        let mut out = Vec::new();
        for lang in self.languages().iter().skip(1) {
            let mut check =
                |place: &Place, t: &Translations, fields: &mut dyn Iterator<Item = (&'static str, &str)>| {
                    for (field, text) in fields {
                        if !text.trim().is_empty() && t.get(lang, field).is_none() {
                            out.push(Untranslated { language: lang.clone(), place: place.clone(), field });
                        }
                    }
                };
            let m = &self.meta;
            check(
                &Place::Map,
                &m.translations,
                &mut text_fields(&MAP_FIELDS, [&m.title, &m.subtitle, &m.source]),
            );
            for node in self.nodes() {
                let texts = [node.label.as_str(), node.description.as_str(), ""];
                check(
                    &Place::Node(node.id.clone()),
                    &node.translations,
                    &mut text_fields(&NODE_FIELDS, texts),
                );
            }
            for (link, _, _) in self.links() {
                let texts = [link.label.as_str(), "", ""];
                check(
                    &Place::Link(link.id.clone()),
                    &link.translations,
                    &mut text_fields(&LINK_FIELDS, texts),
                );
            }
            for view in &self.views {
                let texts = [view.caption.as_str(), "", ""];
                check(
                    &Place::View(view.name.clone()),
                    &view.translations,
                    &mut text_fields(&VIEW_FIELDS, texts),
                );
            }
        }
        out.sort();
        out
    }
}
