//! The map's one text engine: font fallback per character, Unicode bidi
//! (UAX 9), shaping with harfrust (the shaper usvg uses), line breaking by
//! UAX 14 with grapheme-safe breaks inside over-long words, and glyph
//! outlines. Labels are measured, wrapped, drawn on the canvas and
//! rendered to PNG through it, so the screen equals the export.
//!
//! Knows nothing of egui; the canvas rasterises [`outline::Outline`]s with
//! [`raster::rasterize`] into its own glyph atlas.

pub mod faces;
pub mod outline;
pub mod raster;
pub mod shape;
pub mod wrap;

pub use shape::{Glyph, Shaped, shape};
pub use wrap::{ellipsize, wrap};

/// Font weight of a piece of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    /// Regular body text.
    Regular,
    /// Semibold, for titles and department names.
    Semibold,
}

/// The width of `text` set on one line at `size` in `weight`.
pub fn width(text: &str, size: f32, weight: Weight) -> f32 {
    shape(text, weight).advance * size
}

/// Characters of `text` that no bundled font can draw (each once, in order).
pub fn missing_chars(text: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in text.chars() {
        let invisible = matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}');
        if !c.is_whitespace()
            && !c.is_control()
            && !invisible
            && faces::covering(c, Weight::Regular).is_none()
            && !out.contains(&c)
        {
            out.push(c);
        }
    }
    out
}

/// Whether `text` has letters that need shaping or right-to-left ordering
/// (Arabic, Hebrew, the Indic scripts, Thai...), which egui's own widgets
/// draw wrongly: fields then show the text engine's rendering beside them.
pub fn needs_shaping(text: &str) -> bool {
    use unicode_script::{Script, UnicodeScript};
    text.chars().any(|c| {
        !matches!(
            c.script(),
            Script::Common
                | Script::Inherited
                | Script::Latin
                | Script::Greek
                | Script::Cyrillic
                | Script::Han
                | Script::Hiragana
                | Script::Katakana
                | Script::Hangul
                | Script::Unknown
        )
    })
}
