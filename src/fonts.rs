//! The font bundled in `assets/fonts`, used to measure labels and to render them.
//!
//! Measuring and drawing with the same font file is what makes an exported PNG
//! match the SVG and the screen: no system font is ever consulted.

/// Family name of the bundled font, as written into SVG `font-family`.
pub const FAMILY: &str = "Open Sans";

/// Open Sans Regular (Apache-2.0), used for body text.
pub static REGULAR: &[u8] = include_bytes!("../assets/fonts/OpenSans-Regular.ttf");

/// Open Sans Semibold (Apache-2.0), used for titles and department labels.
pub static SEMIBOLD: &[u8] = include_bytes!("../assets/fonts/OpenSans-Semibold.ttf");

/// CSS weight of [`SEMIBOLD`].
pub const SEMIBOLD_WEIGHT: u16 = 600;
