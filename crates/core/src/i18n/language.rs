//! The languages of the interface and how one is chosen.

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language Sectormap speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English (the fallback for every message).
    #[default]
    En,
    /// Spanish.
    Es,
    /// French.
    Fr,
}

impl Language {
    /// Every language, in menu order.
    pub const ALL: [Language; 3] = [Language::En, Language::Es, Language::Fr];

    /// The language's code: `"en"`, `"es"`, `"fr"`.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
            Language::Fr => "fr",
        }
    }

    /// The language's name in itself: `"English"`, `"Español"`, `"Français"`.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Es => "Español",
            Language::Fr => "Français",
        }
    }

    /// The language of a BCP-47 tag (`"es-MX"` is Spanish) or a POSIX
    /// locale (`"fr_FR.UTF-8"`); English for anything else.
    pub fn from_tag(tag: &str) -> Language {
        Self::parse(tag).unwrap_or_default()
    }

    /// The language of `tag` if Sectormap speaks it.
    pub fn parse(tag: &str) -> Option<Language> {
        let tag = tag.split(['.', '@']).next().unwrap_or_default().replace('_', "-");
        let id: LanguageIdentifier = tag.parse().ok()?;
        Self::ALL.into_iter().find(|lang| id.language.as_str().eq_ignore_ascii_case(lang.code()))
    }

    /// The language of the system's locale, English if it is none of ours.
    pub fn from_system() -> Language {
        sys_locale::get_locales().find_map(|tag| Self::parse(&tag)).unwrap_or_default()
    }

    /// The language as Fluent identifies it.
    pub fn langid(self) -> LanguageIdentifier {
        LanguageIdentifier::from_bytes(self.code().as_bytes()).unwrap_or_default()
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_choose_the_language() {
        assert_eq!(Language::from_tag("es-MX"), Language::Es);
        assert_eq!(Language::from_tag("fr_CA.UTF-8"), Language::Fr);
        assert_eq!(Language::from_tag("FR"), Language::Fr);
        assert_eq!(Language::from_tag("en-GB"), Language::En);
        assert_eq!(Language::from_tag("de-DE"), Language::En);
        assert_eq!(Language::from_tag("C"), Language::En);
        assert_eq!(Language::from_tag(""), Language::En);
        assert_eq!(Language::parse("pt-BR"), None);
    }

    #[test]
    fn names_and_codes() {
        assert_eq!(Language::Es.native_name(), "Español");
        assert_eq!(Language::Fr.code(), "fr");
        let json = serde_json::to_string(&Language::Es).unwrap();
        assert_eq!(json, "\"es\"");
        assert_eq!(serde_json::from_str::<Language>("\"fr\"").unwrap(), Language::Fr);
    }
}
