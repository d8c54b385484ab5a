//! `export --width/--height/--dpi`: picture sizes in pixels or in mm, cm
//! and inches at a print resolution, which PNGs carry in their `pHYs` chunk.

use super::UsageError;
use super::args::ExportArgs;
use sectormap_core::render::{DEFAULT_DPI, Length, MAX_SIDE, RenderOptions, Size, fit_aspect};
use sectormap_core::scene::Rect;

/// Smallest side asked for, in pixels.
const MIN_SIDE: f64 = 16.0;

/// How big a picture is to be, before the scene's bounds are known.
#[derive(Clone, Copy, Debug)]
pub(super) struct Picture {
    /// Background, margin, and the width or scale.
    pub options: RenderOptions,
    /// The exact height in pixels, when one was asked for.
    pub height: Option<u32>,
    /// The print resolution to write into PNGs.
    pub dpi: Option<f32>,
}

impl Picture {
    /// The size the arguments ask for; a length outside 16 to 20,000
    /// pixels is a usage error that says what it came to.
    pub fn of(args: &ExportArgs) -> Result<Picture, UsageError> {
        let physical = [args.width, args.height].iter().flatten().any(|l| l.is_physical());
        let dpi = args.dpi.or(physical.then_some(DEFAULT_DPI));
        let px = |length: Option<Length>, name: &str| -> Result<Option<u32>, UsageError> {
            let Some(length) = length else { return Ok(None) };
            let value = length.pixels(dpi.unwrap_or(DEFAULT_DPI));
            if !(MIN_SIDE..=f64::from(MAX_SIDE)).contains(&value) {
                return Err(UsageError(format!(
                    "--{name} comes to {value} pixels; it must be 16 to {MAX_SIDE}"
                )));
            }
            Ok(Some(value as u32))
        };
        let (width, height) = (px(args.width, "width")?, px(args.height, "height")?);
        let size = match (width, args.scale) {
            (Some(width), _) => Size::Width(width),
            (None, Some(scale)) => Size::Scale(scale),
            (None, None) => Size::Scale(2.0),
        };
        let options =
            RenderOptions { size, background: args.background.into(), margin: args.margin, crop: None };
        Ok(Picture { options, height, dpi })
    }

    /// The render options for a scene with these bounds: with a height,
    /// the width follows the map's proportions, or with a width too, the
    /// view box grows to the picture's so it is exactly that size.
    pub fn for_scene(&self, bounds: &Rect) -> RenderOptions {
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
