//! Map text on the canvas: lines shaped by the text engine, their glyphs
//! rasterised once per size into an atlas texture and drawn as quads. egui's
//! own text layout cannot shape Arabic or Devanagari or order right-to-left
//! text, so map text never goes through it.

use std::collections::HashMap;

use egui::{Color32, ColorImage, Mesh, Pos2, Rect, TextureHandle, TextureOptions, Vec2};

use sectormap_core::scene::{Anchor, Weight};
use sectormap_core::text::faces::FaceId;
use sectormap_core::text::outline::outline;
use sectormap_core::text::raster::{Bitmap, rasterize};
use sectormap_core::text::shape;

/// Side of the square atlas texture, in pixels.
const SIDE: usize = 2048;
/// Pixel sizes above this are drawn from this size, scaled.
const MAX_PX: f32 = 192.0;
/// Horizontal subpixel positions a glyph is rasterised at.
const SUBPIXELS: f32 = 4.0;

/// Where one rasterised glyph sits in the atlas.
#[derive(Clone, Copy)]
struct Slot {
    uv: Rect,
    size: Vec2,
    left: f32,
    top: f32,
}

/// The glyph atlas: a texture of glyphs at the sizes the canvas needs.
#[derive(Default)]
pub struct GlyphAtlas {
    texture: Option<TextureHandle>,
    slots: HashMap<(FaceId, u16, u32, u8), Option<Slot>>,
    cursor: [usize; 2],
    row_height: usize,
    full: bool,
}

/// One line of map text to draw.
pub struct Line<'a> {
    /// The text.
    pub text: &'a str,
    /// Its weight.
    pub weight: Weight,
    /// Baseline point on screen.
    pub at: Pos2,
    /// Font size in screen points.
    pub size: f32,
    /// Colour (with the fade applied).
    pub color: Color32,
    /// How the line sits on its point.
    pub anchor: Anchor,
}

impl GlyphAtlas {
    /// Makes the texture on first use, and starts over when the last frame
    /// filled it (zooming through many sizes).
    pub fn begin(&mut self, ctx: &egui::Context) {
        if self.full {
            self.slots.clear();
            self.cursor = [0, 0];
            self.row_height = 0;
            self.full = false;
            ctx.request_repaint();
        }
        if self.texture.is_none() {
            let blank = ColorImage::filled([SIDE, SIDE], Color32::TRANSPARENT);
            self.texture = Some(ctx.load_texture("map-glyphs", blank, TextureOptions::LINEAR));
        }
    }

    /// A mesh drawing `line`: the baseline snapped to physical pixels, each
    /// glyph at a quarter of a pixel across (so spacing stays true at small
    /// sizes and edges stay crisp).
    pub fn line_mesh(&mut self, line: &Line<'_>, pixels_per_point: f32) -> Option<Mesh> {
        let texture = self.texture.as_ref()?.id();
        let shaped = shape(line.text, line.weight);
        let ppp = pixels_per_point.max(0.1);
        let px = line.size * ppp;
        let bucket = bucket(px);
        let scale = px / bucket / ppp;
        let x0 = line.at.x - line.anchor.offset(shaped.advance * line.size);
        let mut mesh = Mesh::with_texture(texture);
        for glyph in &shaped.glyphs {
            let x = (x0 + glyph.x * line.size) * ppp;
            let (whole, sub) = (x.floor(), ((x - x.floor()) * SUBPIXELS).floor().min(SUBPIXELS - 1.0));
            let Some(slot) = self.slot(glyph.face, glyph.id, bucket, sub as u8) else { continue };
            let y = ((line.at.y - glyph.y * line.size) * ppp).round();
            let origin = Pos2::new(whole / ppp, y / ppp);
            let min = origin + Vec2::new(slot.left * scale, -slot.top * scale);
            let rect = Rect::from_min_size(min, slot.size * scale);
            mesh.add_rect_with_uv(rect, slot.uv, line.color);
        }
        (!mesh.is_empty()).then_some(mesh)
    }

    /// The glyph at `bucket` pixels per em, rasterised and uploaded on first use.
    fn slot(&mut self, face: FaceId, id: u16, bucket: f32, sub: u8) -> Option<Slot> {
        let key = (face, id, (bucket * 4.0) as u32, sub);
        if let Some(slot) = self.slots.get(&key) {
            return *slot;
        }
        if self.full {
            return None;
        }
        let slot = match rasterize(&outline(face, id), bucket, f32::from(sub) / SUBPIXELS) {
            Some(bitmap) => Some(self.place(&bitmap)?),
            None => None,
        };
        self.slots.insert(key, slot);
        slot
    }

    /// Copies a bitmap into the next free spot (rows of shelves).
    fn place(&mut self, bitmap: &Bitmap) -> Option<Slot> {
        let (w, h) = (bitmap.width as usize, bitmap.height as usize);
        if w + 1 > SIDE || h + 1 > SIDE {
            return None;
        }
        if self.cursor[0] + w + 1 > SIDE {
            self.cursor = [0, self.cursor[1] + self.row_height + 1];
            self.row_height = 0;
        }
        if self.cursor[1] + h + 1 > SIDE {
            self.full = true;
            return None;
        }
        let [x, y] = self.cursor;
        self.cursor[0] += w + 1;
        self.row_height = self.row_height.max(h);
        // Coverage to alpha with a mild gamma, so thin strokes of small
        // text keep their weight (egui boosts its own text similarly).
        let boost = |a: u8| (f32::from(a) / 255.0).powf(0.8).mul_add(255.0, 0.0).round() as u8;
        let pixels: Vec<Color32> =
            bitmap.alpha.iter().map(|&a| Color32::from_white_alpha(boost(a))).collect();
        let image = ColorImage::new([w, h], pixels);
        self.texture.as_mut()?.set_partial([x, y], image, TextureOptions::LINEAR);
        let side = SIDE as f32;
        let uv = Rect::from_min_size(
            Pos2::new(x as f32 / side, y as f32 / side),
            Vec2::new(w as f32 / side, h as f32 / side),
        );
        Some(Slot {
            uv,
            size: Vec2::new(w as f32, h as f32),
            left: bitmap.left as f32,
            top: bitmap.top as f32,
        })
    }
}

/// The pixel size a glyph is rasterised at for `px`: fine steps where
/// text is small, coarser ones where a step cannot be seen.
fn bucket(px: f32) -> f32 {
    let px = px.clamp(1.0, MAX_PX);
    let step = match px {
        p if p < 12.0 => 0.5,
        p if p < 32.0 => 1.0,
        p if p < 64.0 => 2.0,
        _ => 4.0,
    };
    ((px / step).round() * step).max(1.0)
}

#[cfg(test)]
mod tests {
    use super::bucket;

    #[test]
    fn buckets_are_few_and_close() {
        assert!((bucket(13.3) - 13.0).abs() < f32::EPSILON);
        assert!((bucket(5.2) - 5.0).abs() < f32::EPSILON);
        assert!((bucket(1000.0) - 192.0).abs() < f32::EPSILON);
        for px in [3.0f32, 9.7, 21.4, 47.0, 150.0] {
            assert!((bucket(px) - px).abs() / px < 0.05, "{px}");
        }
    }
}
