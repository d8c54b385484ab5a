//! Glyph outlines in em units (y up), read once per glyph and cached.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use super::faces::{self, FaceId};

/// One drawing command of an outline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Segment {
    /// Start a contour.
    Move(f32, f32),
    /// A straight line.
    Line(f32, f32),
    /// A quadratic curve: control point, end.
    Quad(f32, f32, f32, f32),
    /// A cubic curve: two control points, end.
    Cubic(f32, f32, f32, f32, f32, f32),
    /// Close the contour.
    Close,
}

/// A glyph's outline and bounding box, in em units with y up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outline {
    /// The contours.
    pub segments: Vec<Segment>,
    /// Left, bottom, right, top.
    pub bounds: [f32; 4],
}

impl Outline {
    /// Whether the glyph draws nothing (a space).
    pub fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }
}

struct Builder {
    scale: f32,
    out: Vec<Segment>,
}

impl ttf_parser::OutlineBuilder for Builder {
    fn move_to(&mut self, x: f32, y: f32) {
        self.out.push(Segment::Move(x * self.scale, y * self.scale));
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.out.push(Segment::Line(x * self.scale, y * self.scale));
    }
    fn quad_to(&mut self, a: f32, b: f32, x: f32, y: f32) {
        let s = self.scale;
        self.out.push(Segment::Quad(a * s, b * s, x * s, y * s));
    }
    fn curve_to(&mut self, a: f32, b: f32, c: f32, d: f32, x: f32, y: f32) {
        let s = self.scale;
        self.out.push(Segment::Cubic(a * s, b * s, c * s, d * s, x * s, y * s));
    }
    fn close(&mut self) {
        self.out.push(Segment::Close);
    }
}

type Cache = Mutex<HashMap<(FaceId, u16), Arc<Outline>>>;

/// The outline of glyph `id` of face `face` (empty when it has none).
pub fn outline(face: FaceId, id: u16) -> Arc<Outline> {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Cache::default);
    if let Some(hit) = cache.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(&(face, id)) {
        return Arc::clone(hit);
    }
    let outline = Arc::new(read(face, id));
    cache.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert((face, id), Arc::clone(&outline));
    outline
}

fn read(face: FaceId, id: u16) -> Outline {
    let Some(face) = faces::get(face) else { return Outline::default() };
    let mut builder = Builder { scale: 1.0 / face.upem, out: Vec::new() };
    let Some(rect) = face.ttf.outline_glyph(ttf_parser::GlyphId(id), &mut builder) else {
        return Outline::default();
    };
    let s = builder.scale;
    let bounds = [
        f32::from(rect.x_min) * s,
        f32::from(rect.y_min) * s,
        f32::from(rect.x_max) * s,
        f32::from(rect.y_max) * s,
    ];
    Outline { segments: builder.out, bounds }
}
