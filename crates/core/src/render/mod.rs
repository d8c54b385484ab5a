//! Rendering a [`crate::scene::Scene`]: to SVG text, to PNG by way of
//! that same SVG (resvg), so both outputs always match, and onto PDF pages
//! (krilla) with the text engine's glyphs as real text.

mod glyphs;
mod options;
mod pdf;
mod pdf_text;
mod png;
mod print;
mod svg;

pub use options::{Background, DEFAULT_WIDTH, MAX_SIDE, RenderOptions, Size};
pub use pdf::{ArtifactKind, Placement, TextRole, draw_scene};
pub use pdf_text::PdfFonts;
pub use png::{RenderError, to_png, to_png_at, to_rgba};
pub use print::{DEFAULT_DPI, Length, MM_PER_INCH, fit_aspect, pixels_per_metre};
pub(crate) use svg::legend_svg;
pub use svg::{MIN_TEXT_PX, escape, num, to_svg, to_svg_checked, to_svg_outlined};
