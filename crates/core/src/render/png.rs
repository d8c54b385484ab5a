//! Scene to PNG: the SVG rendered by resvg with the bundled fonts, so the
//! PNG and the SVG are the same picture.

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

use super::options::{Background, MAX_SIDE, RenderOptions};
use super::svg::to_svg_for_pixels;
use crate::fonts;
use crate::scene::Scene;

/// Why a picture could not be made.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The requested picture is too big to hold in memory.
    #[error("the picture would be {width} x {height} pixels; the most is {MAX_SIDE} on a side")]
    TooLarge {
        /// Requested width.
        width: u32,
        /// Requested height.
        height: u32,
    },
    /// What is to be drawn reaches past any map: its bounds are not finite.
    #[error(
        "the picture cannot be drawn: the map reaches past any picture's edge (a position is not a finite number or is off the map)"
    )]
    Unbounded,
    /// The SVG could not be parsed (a bug: we wrote it).
    #[error("internal error: the SVG could not be read back: {0}")]
    Svg(String),
    /// PNG encoding failed.
    #[error("cannot encode the PNG: {0}")]
    Encode(String),
}

/// The font database with only the bundled fonts, built once.
fn fontdb() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(fonts::REGULAR.to_vec());
        db.load_font_data(fonts::SEMIBOLD.to_vec());
        db.set_sans_serif_family(fonts::FAMILY);
        Arc::new(db)
    })
    .clone()
}

/// Renders the scene to straight-alpha RGBA pixels; returns width, height,
/// pixels. The pixels are the pixmap's own buffer, demultiplied in place.
pub fn to_rgba(scene: &Scene, options: &RenderOptions) -> Result<(u32, u32, Vec<u8>), RenderError> {
    let pixmap = to_pixmap(scene, options)?;
    let (width, height) = (pixmap.width(), pixmap.height());
    Ok((width, height, pixmap.take_demultiplied()))
}

/// Renders the scene to PNG file bytes, encoded straight from the pixmap.
pub fn to_png(scene: &Scene, options: &RenderOptions) -> Result<Vec<u8>, RenderError> {
    to_png_at(scene, options, None)
}

/// Like [`to_png`], with the print resolution `dpi` (dots per inch)
/// written into the file's `pHYs` chunk, so layout programs print it at
/// the size it was made for.
pub fn to_png_at(scene: &Scene, options: &RenderOptions, dpi: Option<f32>) -> Result<Vec<u8>, RenderError> {
    let (width, height, rgba) = to_rgba(scene, options)?;
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    if let Some(dpi) = dpi.filter(|d| d.is_finite() && *d > 0.0) {
        let ppm = super::print::pixels_per_metre(dpi);
        encoder.set_pixel_dims(Some(png::PixelDimensions { xppu: ppm, yppu: ppm, unit: png::Unit::Meter }));
    }
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let encode = |err: png::EncodingError| RenderError::Encode(err.to_string());
    let mut writer = encoder.write_header().map_err(encode)?;
    writer.write_image_data(&rgba).map_err(encode)?;
    writer.finish().map_err(encode)?;
    Ok(bytes)
}

/// Renders the scene into a pixmap of the size `options` ask for.
fn to_pixmap(scene: &Scene, options: &RenderOptions) -> Result<tiny_skia::Pixmap, RenderError> {
    let view_box = options.view_box(&scene.bounds);
    let (width, height) = options.checked_pixel_size(&view_box)?;
    let svg = to_svg_for_pixels(scene, options);
    let mut opt = usvg::Options { fontdb: fontdb(), ..usvg::Options::default() };
    opt.font_family = fonts::FAMILY.to_owned();
    let tree = usvg::Tree::from_str(&svg, &opt).map_err(|err| RenderError::Svg(err.to_string()))?;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or(RenderError::TooLarge { width, height })?;
    if options.background != Background::Transparent {
        // Fill the whole pixmap so anti-aliasing never leaves a see-through edge.
        let c = scene.background;
        pixmap.fill(tiny_skia::Color::from_rgba8(c.r, c.g, c.b, c.a));
    }
    let size = tree.size();
    let transform =
        tiny_skia::Transform::from_scale(width as f32 / size.width(), height as f32 / size.height());
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    Ok(pixmap)
}
