//! The page's own words in its language: those the template shows (escaped
//! for HTML) and those the script writes (plain text, set as text).

use std::collections::BTreeMap;

use crate::i18n::Language;
use crate::render::escape;

/// The template's words, by placeholder name, escaped for HTML.
pub fn page_words(lang: Language) -> BTreeMap<&'static str, String> {
    let words = [
        ("skip", lang.tr("web-skip")),
        ("map-label", lang.tr("web-map-label")),
        ("map-role", lang.tr("web-map-role")),
        ("zoom", lang.tr("web-zoom")),
        ("zoom-in", lang.tr("web-zoom-in")),
        ("zoom-out", lang.tr("web-zoom-out")),
        ("zoom-fit", lang.tr("web-zoom-fit")),
        ("story", lang.tr("web-story")),
        ("previous", lang.tr("web-previous")),
        ("next", lang.tr("web-next")),
        ("keys", lang.tr("web-keys")),
        ("search-label", lang.tr("web-search-label")),
        ("search-placeholder", lang.tr("web-search-placeholder")),
        ("close", lang.tr("web-close")),
        ("details-hint", lang.tr("web-details-hint")),
        ("views", lang.tr("web-views")),
        ("filters", lang.tr("web-filters")),
        ("kinds", lang.tr("filters-kinds")),
        ("sectors", lang.tr("filters-sectors")),
        ("report-heading", lang.tr("report-title")),
        ("gaps-title", lang.tr("web-gaps")),
        ("made", lang.tr("web-made")),
    ];
    words.into_iter().map(|(name, text)| (name, escape(&text))).collect()
}

/// The script's words, by name, as plain text.
pub fn script_words(lang: Language) -> BTreeMap<&'static str, String> {
    BTreeMap::from([
        ("whole-map", lang.tr("web-whole-map")),
        ("no-sector", lang.tr("web-no-sector")),
        ("tags", lang.tr("web-tags")),
        ("evidence", lang.tr("web-evidence")),
        ("scores", lang.tr("web-scores")),
        ("year", lang.tr("web-year")),
        ("score", lang.tr("web-score")),
        ("links", lang.tr("web-links")),
        ("search-none", lang.tr("web-search-none")),
        ("show-all", lang.tr("filters-show-all")),
    ])
}
