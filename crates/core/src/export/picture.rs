//! How big a picture is to be, before the scene's bounds are known: a
//! width or scale, an exact height, a print resolution (which PNGs carry in
//! their `pHYs` chunk), the background and the margin.

use crate::format::Format;
use crate::render::{self, DEFAULT_WIDTH, MAX_SIDE, RenderError, RenderOptions, Size, fit_aspect};
use crate::scene::{Rect, Scene};

/// The size, look and resolution of a picture.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PictureSize {
    /// Background, margin, crop, and the width or scale.
    pub options: RenderOptions,
    /// The exact height in pixels, when one was asked for.
    pub height: Option<u32>,
    /// The print resolution written into PNGs.
    pub dpi: Option<f32>,
}

impl Default for PictureSize {
    /// [`DEFAULT_WIDTH`] pixels wide, on white, no print resolution: the
    /// editor's and the command line's picture when no size is asked for.
    fn default() -> Self {
        Self {
            options: RenderOptions { size: Size::Width(DEFAULT_WIDTH), ..RenderOptions::default() },
            height: None,
            dpi: None,
        }
    }
}

impl From<RenderOptions> for PictureSize {
    fn from(options: RenderOptions) -> Self {
        Self { options, height: None, dpi: None }
    }
}

impl PictureSize {
    /// The render options for a scene with these bounds: with a height,
    /// the width follows the map's proportions, or with a width too, the
    /// view box grows to the picture's so it is exactly that size.
    pub fn for_bounds(&self, bounds: &Rect) -> RenderOptions {
        let Some(height) = self.height else { return self.options };
        let view_box = self.options.view_box(bounds);
        match self.options.size {
            Size::Width(width) => {
                RenderOptions { crop: Some(fit_aspect(&view_box, width, height)), ..self.options }
            }
            Size::Scale(_) => {
                let width = (height as f32 * view_box.width() / view_box.height().max(1e-3)).round();
                RenderOptions { size: Size::Width(width.clamp(1.0, MAX_SIDE as f32) as u32), ..self.options }
            }
        }
    }
}

/// A picture of `scene` in `format` (PNG or SVG) at `size`; returns its
/// bytes and its size in pixels.
pub fn draw(scene: &Scene, size: &PictureSize, format: Format) -> Result<(Vec<u8>, (u32, u32)), RenderError> {
    let options = size.for_bounds(&scene.bounds);
    let pixels = options.declared_size(&options.view_box(&scene.bounds));
    let bytes = match format {
        Format::Svg => render::to_svg_checked(scene, &options)?.into_bytes(),
        _ => render::to_png_at(scene, &options, size.dpi)?,
    };
    Ok((bytes, pixels))
}
