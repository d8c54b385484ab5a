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

/// A whole line shaped by the text engine and drawn at `px` pixels per em
/// (for previews of text egui cannot shape); `None` when it draws nothing.
pub fn rasterize_line(text: &str, weight: super::Weight, px: f32) -> Option<Bitmap> {
    let shaped = super::shape(text, weight);
    let ascent = (px * 1.1).ceil() as i32;
    let descent = (px * 0.45).ceil() as i32;
    let width = u32::try_from((shaped.advance * px).ceil() as i32 + 4).ok()?;
    let height = u32::try_from(ascent + descent).ok()?;
    let mut alpha = vec![0u8; (width * height) as usize];
    for glyph in &shaped.glyphs {
        let x = glyph.x * px + 2.0;
        let Some(g) = rasterize(&super::outline::outline(glyph.face, glyph.id), px, x.fract()) else {
            continue;
        };
        let (gx, gy) = (x.floor() as i32 + g.left, ascent - (glyph.y * px).round() as i32 - g.top);
        for row in 0..g.height as i32 {
            for col in 0..g.width as i32 {
                let (tx, ty) = (gx + col, gy + row);
                if tx < 0 || ty < 0 || tx >= width as i32 || ty >= height as i32 {
                    continue;
                }
                let src = g.alpha[(row as u32 * g.width + col as u32) as usize];
                let dst = &mut alpha[(ty as u32 * width + tx as u32) as usize];
                *dst = (*dst).saturating_add(src);
            }
        }
    }
    Some(Bitmap { width, height, left: 0, top: ascent, alpha })
}
