//! Map text metrics: measuring and wrapping go through the one text engine
//! ([`crate::text`]), so boxes fit what the canvas and exports draw.

pub use crate::text::{Weight, width, wrap};

/// Cap height of the bundled font as a fraction of the font size.
pub const CAP_HEIGHT: f32 = 1462.0 / 2048.0;

/// Line height as a multiple of font size.
pub const LINE_HEIGHT: f32 = 1.3;

/// Distance from the top of a line box to its baseline, centring capitals.
pub fn baseline_offset(size: f32) -> f32 {
    (size * LINE_HEIGHT + size * CAP_HEIGHT) * 0.5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_fonts_parse_and_measure() {
        assert!(crate::text::faces::all_parse());
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
