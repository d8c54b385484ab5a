//! Rendering a [`crate::scene::Scene`]: to SVG text, and to PNG by way of
//! that same SVG (resvg), so both outputs always match.

mod glyphs;
mod options;
mod png;
mod svg;

pub use options::{Background, MAX_SIDE, RenderOptions, Size};
pub use png::{RenderError, to_png, to_rgba};
pub(crate) use svg::legend_svg;
pub use svg::{MIN_TEXT_PX, escape, num, to_svg, to_svg_outlined};
