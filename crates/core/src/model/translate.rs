//! Translations of a map's texts: any text of a node, link, saved view or
//! the map itself may carry versions in other languages.
//!
//! In a file: `"translations": {"es": {"label": "Violencia doméstica"}}`,
//! languages by BCP 47 tag, fields by their own names. A text with no
//! translation falls back to the map's language.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::document::MapMeta;
use super::problem::{Place, Problem};

/// Fields of a node that may be translated.
pub const NODE_FIELDS: [&str; 2] = ["label", "description"];
/// Fields of a link that may be translated.
pub const LINK_FIELDS: [&str; 1] = ["label"];
/// Fields of a saved view that may be translated.
pub const VIEW_FIELDS: [&str; 1] = ["caption"];
/// Fields of the map itself that may be translated.
pub const MAP_FIELDS: [&str; 3] = ["title", "subtitle", "source"];

/// Texts of one thing in other languages: language tag -> field -> text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Translations(BTreeMap<String, BTreeMap<String, String>>);

impl Translations {
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.values().all(BTreeMap::is_empty)
    }

    /// The translation of `field` into `lang`, if there is a non-empty one.
    pub fn get(&self, lang: &str, field: &str) -> Option<&str> {
        self.0.get(lang)?.get(field).map(String::as_str).filter(|t| !t.trim().is_empty())
    }

    /// Sets the translation of `field` into `lang`; an empty text removes it.
    pub fn set(&mut self, lang: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            if let Some(fields) = self.0.get_mut(lang) {
                fields.remove(field);
                if fields.is_empty() {
                    self.0.remove(lang);
                }
            }
        } else {
            self.0.entry(lang.to_owned()).or_default().insert(field.to_owned(), text.to_owned());
        }
    }

    /// Every (language, field, text), sorted.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str, &str)> {
        self.0.iter().flat_map(|(lang, fields)| {
            fields.iter().map(move |(f, t)| (lang.as_str(), f.as_str(), t.as_str()))
        })
    }

    /// The languages with at least one text.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.iter().filter(|(_, fields)| !fields.is_empty()).map(|(lang, _)| lang.as_str())
    }

    /// `text` in `lang` when there is a translation, else `text` itself.
    pub fn pick<'a>(&'a self, lang: &str, field: &str, text: &'a str) -> &'a str {
        self.get(lang, field).unwrap_or(text)
    }
}

/// Problems with translations at `place`: a language tag that is not one,
/// a field that cannot be translated (`allowed` lists those that can).
pub fn check_translations(place: &Place, translations: &Translations, allowed: &[&str]) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (lang, fields) in &translations.0 {
        if !valid_language(lang) {
            problems.push(Problem::new(
                place.clone(),
                format!("translations.{lang}"),
                format!("\"{lang}\" is not a language tag (use one like \"es\", \"fr\" or \"pt-BR\")"),
            ));
        }
        for field in fields.keys().filter(|f| !allowed.contains(&f.as_str())) {
            problems.push(Problem::new(
                place.clone(),
                format!("translations.{lang}.{field}"),
                format!("\"{field}\" cannot be translated here; these can: {}", allowed.join(", ")),
            ));
        }
    }
    problems
}

/// Problems with the map's language and its own translations.
pub fn check_meta(meta: &MapMeta) -> Vec<Problem> {
    let mut problems = check_translations(&Place::Map, &meta.translations, &MAP_FIELDS);
    if !meta.language.is_empty() && !valid_language(&meta.language) {
        problems.push(Problem::new(
            Place::Map,
            "language",
            format!("\"{}\" is not a language tag (use one like \"en\", \"es\" or \"ar\")", meta.language),
        ));
    }
    problems
}

/// Whether `tag` looks like a BCP 47 language tag ("es", "pt-BR", "zh-Hant").
pub fn valid_language(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    first_ok && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Whether text in `lang` runs right to left (Arabic, Hebrew, Persian, Urdu...).
pub fn is_rtl_language(lang: &str) -> bool {
    let primary = lang.split('-').next().unwrap_or("").to_ascii_lowercase();
    matches!(
        primary.as_str(),
        "ar" | "he" | "iw" | "fa" | "ur" | "ps" | "sd" | "ug" | "yi" | "dv" | "ckb" | "syr"
    )
}

/// The language's own name for the few the app knows, else the tag.
pub fn language_name(lang: &str) -> String {
    let primary = lang.split('-').next().unwrap_or("").to_ascii_lowercase();
    let name = match primary.as_str() {
        "en" => "English",
        "es" => "Español",
        "fr" => "Français",
        "ar" => "العربية",
        "pt" => "Português",
        "hi" => "हिन्दी",
        "zh" => "中文",
        "ru" => "Русский",
        "sw" => "Kiswahili",
        "he" => "עברית",
        "de" => "Deutsch",
        _ => return lang.to_owned(),
    };
    name.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_get_and_remove() {
        let mut t = Translations::default();
        t.set("es", "label", "Violencia doméstica");
        assert_eq!(t.get("es", "label"), Some("Violencia doméstica"));
        assert_eq!(t.pick("fr", "label", "Domestic violence"), "Domestic violence");
        t.set("es", "label", " ");
        assert!(t.is_empty());
    }

    #[test]
    fn tags_and_directions() {
        assert!(valid_language("es") && valid_language("pt-BR") && valid_language("zh-Hant"));
        assert!(
            !valid_language("")
                && !valid_language("e")
                && !valid_language("es_ES")
                && !valid_language("español")
        );
        assert!(is_rtl_language("ar") && is_rtl_language("he-IL") && !is_rtl_language("fr"));
    }
}
