//! Measuring and wrapping text with the bundled font's own advance widths.

use std::sync::OnceLock;

use crate::fonts;

/// Font weight of a piece of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Regular body text.
    Regular,
    /// Semibold, for titles and department names.
    Semibold,
}

/// Cap height of the bundled font as a fraction of the font size.
pub const CAP_HEIGHT: f32 = 1462.0 / 2048.0;

/// Line height as a multiple of font size.
pub const LINE_HEIGHT: f32 = 1.3;

/// Width of one em used when the bundled font cannot be read (never in practice).
const FALLBACK_ADVANCE: f32 = 0.56;

struct Faces {
    regular: Option<ttf_parser::Face<'static>>,
    semibold: Option<ttf_parser::Face<'static>>,
}

fn faces() -> &'static Faces {
    static FACES: OnceLock<Faces> = OnceLock::new();
    FACES.get_or_init(|| Faces {
        regular: ttf_parser::Face::parse(fonts::REGULAR, 0).ok(),
        semibold: ttf_parser::Face::parse(fonts::SEMIBOLD, 0).ok(),
    })
}

/// Whether both bundled faces parse (checked by tests).
pub fn fonts_ok() -> bool {
    let faces = faces();
    faces.regular.is_some() && faces.semibold.is_some()
}

/// The width of `text` set on one line at `size` in `weight`.
pub fn width(text: &str, size: f32, weight: Weight) -> f32 {
    let faces = faces();
    let face = match weight {
        Weight::Regular => faces.regular.as_ref(),
        Weight::Semibold => faces.semibold.as_ref(),
    };
    let Some(face) = face else {
        return text.chars().count() as f32 * size * FALLBACK_ADVANCE;
    };
    let per_unit = size / f32::from(face.units_per_em());
    let units: u32 = text
        .chars()
        .map(|c| {
            let glyph = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
            u32::from(face.glyph_hor_advance(glyph).unwrap_or(0))
        })
        .sum();
    units as f32 * per_unit
}

/// Breaks `text` into lines no wider than `max_width`, at spaces where it can
/// and inside words only when a word alone is too wide. Explicit newlines are
/// kept. At most `max_lines` lines; a cut last line ends with an ellipsis.
pub fn wrap(text: &str, size: f32, weight: Weight, max_width: f32, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
            if width(&candidate, size, weight) <= max_width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line = break_word(word, size, weight, max_width, &mut lines);
        }
        lines.push(line);
    }
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    if lines.len() > max_lines.max(1) {
        lines.truncate(max_lines.max(1));
        if let Some(last) = lines.last_mut() {
            *last = ellipsize(last, size, weight, max_width);
        }
    }
    lines
}

/// Pushes full-width pieces of an over-long word; returns the remainder.
fn break_word(word: &str, size: f32, weight: Weight, max_width: f32, lines: &mut Vec<String>) -> String {
    let mut piece = String::new();
    for c in word.chars() {
        piece.push(c);
        if width(&piece, size, weight) > max_width && piece.chars().count() > 1 {
            piece.pop();
            lines.push(std::mem::take(&mut piece));
            piece.push(c);
        }
    }
    piece
}

/// `line` shortened so that it and a trailing ellipsis fit `max_width`.
fn ellipsize(line: &str, size: f32, weight: Weight, max_width: f32) -> String {
    let mut out: String = line.trim_end().to_owned();
    while !out.is_empty() && width(&format!("{out}…"), size, weight) > max_width {
        out.pop();
    }
    format!("{}…", out.trim_end())
}

/// Distance from the top of a line box to its baseline, centring capitals.
pub fn baseline_offset(size: f32) -> f32 {
    (size * LINE_HEIGHT + size * CAP_HEIGHT) * 0.5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_fonts_parse_and_measure() {
        assert!(fonts_ok());
        let narrow = width("iii", 14.0, Weight::Regular);
        let wide = width("WWW", 14.0, Weight::Regular);
        assert!(narrow > 0.0 && wide > narrow * 2.0);
        assert!(width("Home", 14.0, Weight::Semibold) > width("Home", 14.0, Weight::Regular));
    }

    #[test]
    fn wraps_at_spaces_within_width() {
        let lines = wrap("Department for Communities and Local Government", 14.0, Weight::Regular, 150.0, 9);
        assert!(lines.len() >= 3, "{lines:?}");
        for line in &lines {
            assert!(width(line, 14.0, Weight::Regular) <= 150.0, "{line}");
        }
        assert_eq!(lines.join(" "), "Department for Communities and Local Government");
    }

    #[test]
    fn breaks_long_words_and_ellipsizes() {
        let lines = wrap(&"x".repeat(200), 14.0, Weight::Regular, 100.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
        assert_eq!(wrap("", 14.0, Weight::Regular, 100.0, 3), vec![String::new()]);
    }
}
