//! Rasterising one glyph to an alpha bitmap with tiny-skia, for the
//! canvas's glyph atlas.

use resvg::tiny_skia::{FillRule, Mask, Paint, PathBuilder, Pixmap, Transform};

use super::outline::{Outline, Segment};

/// A glyph drawn at one pixel size.
#[derive(Clone, Debug, PartialEq)]
pub struct Bitmap {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Pixels from the glyph origin to the bitmap's left edge (usually <= 0).
    pub left: i32,
    /// Pixels from the baseline up to the bitmap's top edge.
    pub top: i32,
    /// Coverage, row by row.
    pub alpha: Vec<u8>,
}

/// `outline` filled at `px` pixels per em, anti-aliased, its origin moved
/// right by `shift` of a pixel (0..1, for subpixel positioning); `None` for
/// a glyph that draws nothing.
pub fn rasterize(outline: &Outline, px: f32, shift: f32) -> Option<Bitmap> {
    if outline.is_empty() || !px.is_finite() || px <= 0.0 {
        return None;
    }
    let [x0, y0, x1, y1] = outline.bounds;
    let shift = shift.clamp(0.0, 1.0);
    let left = (x0 * px + shift).floor() as i32 - 1;
    let top = (y1 * px).ceil() as i32 + 1;
    let width = u32::try_from(((x1 * px + shift).ceil() as i32 + 1 - left).max(1)).ok()?;
    let height = u32::try_from((top - (y0 * px).floor() as i32 + 1).max(1)).ok()?;
    let (ox, oy) = (shift - left as f32, top as f32);
    let at = |x: f32, y: f32| (x * px + ox, oy - y * px);
    let mut path = PathBuilder::new();
    for segment in &outline.segments {
        match *segment {
            Segment::Move(x, y) => {
                let (x, y) = at(x, y);
                path.move_to(x, y);
            }
            Segment::Line(x, y) => {
                let (x, y) = at(x, y);
                path.line_to(x, y);
            }
            Segment::Quad(a, b, x, y) => {
                let ((a, b), (x, y)) = (at(a, b), at(x, y));
                path.quad_to(a, b, x, y);
            }
            Segment::Cubic(a, b, c, d, x, y) => {
                let ((a, b), (c, d), (x, y)) = (at(a, b), at(c, d), at(x, y));
                path.cubic_to(a, b, c, d, x, y);
            }
            Segment::Close => path.close(),
        }
    }
    let path = path.finish()?;
    let mut pixmap = Pixmap::new(width, height)?;
    let mut paint = Paint::default();
    paint.set_color_rgba8(0, 0, 0, 255);
    paint.anti_alias = true;
    pixmap.fill_path(&path, &paint, FillRule::Winding, Transform::identity(), None::<&Mask>);
    let alpha = pixmap.pixels().iter().map(|p| p.alpha()).collect();
    Some(Bitmap { width, height, left, top, alpha })
}
