//! `export --width/--height/--dpi`: picture sizes in pixels or in mm, cm
//! and inches at a print resolution, which PNGs carry in their `pHYs` chunk.

use super::UsageError;
use super::args::ExportArgs;
use sectormap_core::export::PictureSize;
use sectormap_core::render::{DEFAULT_DPI, DEFAULT_WIDTH, Length, MAX_SIDE, RenderOptions, Size};

/// Smallest side asked for, in pixels.
const MIN_SIDE: f64 = 16.0;

/// The picture size the arguments ask for; a length outside 16 to 20,000
/// pixels is a usage error that says what it came to.
pub(super) fn picture_size(args: &ExportArgs) -> Result<PictureSize, UsageError> {
    let physical = [args.width, args.height].iter().flatten().any(|l| l.is_physical());
    let dpi = args.dpi.or(physical.then_some(DEFAULT_DPI));
    let px = |length: Option<Length>, name: &str| -> Result<Option<u32>, UsageError> {
        let Some(length) = length else { return Ok(None) };
        let value = length.pixels(dpi.unwrap_or(DEFAULT_DPI));
        if !(MIN_SIDE..=f64::from(MAX_SIDE)).contains(&value) {
            return Err(UsageError(format!("--{name} comes to {value} pixels; it must be 16 to {MAX_SIDE}")));
        }
        Ok(Some(value as u32))
    };
    let (width, height) = (px(args.width, "width")?, px(args.height, "height")?);
    let size = match (width, args.scale) {
        (Some(width), _) => Size::Width(width),
        (None, Some(scale)) => Size::Scale(scale),
        // A height alone: the width follows the map's proportions.
        (None, None) if height.is_some() => Size::Scale(2.0),
        (None, None) => Size::Width(DEFAULT_WIDTH),
    };
    let options = RenderOptions { size, background: args.background.into(), margin: args.margin, crop: None };
    Ok(PictureSize { options, height, dpi })
}
