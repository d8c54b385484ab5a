//! Flat primitives (lines, dashes, arrowheads, small boxes) gathered into
//! one egui mesh, so a map of thousands of links costs one shape instead of
//! thousands of tessellated paths.

use egui::epaint::{Mesh, Vertex, WHITE_UV};
use egui::{Color32, Pos2, Rect, Shape, Vec2};

/// Width of the anti-aliasing fringe, in screen points.
const FEATHER: f32 = 1.0;

/// A mesh being filled in drawing order.
#[derive(Default)]
pub struct Batch {
    mesh: Mesh,
}

impl Batch {
    /// Moves what has been gathered into `out` as one shape (keeping
    /// drawing order: call before adding any other shape).
    pub fn flush(&mut self, out: &mut Vec<Shape>) {
        if !self.mesh.is_empty() {
            out.push(Shape::mesh(std::mem::take(&mut self.mesh)));
        }
    }

    /// Number of vertices gathered so far.
    pub fn vertices(&self) -> usize {
        self.mesh.vertices.len()
    }

    fn vertex(&mut self, pos: Pos2, color: Color32) -> u32 {
        let index = self.mesh.vertices.len() as u32;
        self.mesh.vertices.push(Vertex { pos, uv: WHITE_UV, color });
        index
    }

    fn quad(&mut self, [a, b, c, d]: [u32; 4]) {
        self.mesh.indices.extend_from_slice(&[a, b, c, a, c, d]);
    }

    /// A filled axis-aligned box.
    pub fn rect(&mut self, r: Rect, color: Color32) {
        let corners = [r.left_top(), r.right_top(), r.right_bottom(), r.left_bottom()];
        let ids = corners.map(|p| self.vertex(p, color));
        self.quad(ids);
    }

    /// A filled triangle.
    pub fn triangle(&mut self, points: [Pos2; 3], color: Color32) {
        let ids = points.map(|p| self.vertex(p, color));
        self.mesh.indices.extend_from_slice(&ids);
    }

    /// A straight line `width` points wide with soft edges; lines thinner
    /// than a point and a half are drawn as a plain one-point band, fainter
    /// the thinner they are (four vertices instead of eight).
    pub fn line(&mut self, a: Pos2, b: Pos2, width: f32, color: Color32) {
        let d = b - a;
        let length = d.length();
        if length < 0.5 {
            return;
        }
        let n = Vec2::new(-d.y, d.x) / length;
        if width < 1.5 {
            let c = if width < 1.0 { color.gamma_multiply(width.max(0.1)) } else { color };
            let h = n * 0.5;
            let ids =
                [self.vertex(a + h, c), self.vertex(b + h, c), self.vertex(b - h, c), self.vertex(a - h, c)];
            self.quad(ids);
            return;
        }
        let core = (width - FEATHER) * 0.5;
        let (inner, outer) = (n * core, n * (core + FEATHER));
        let clear = Color32::TRANSPARENT;
        let ids = [
            self.vertex(a + outer, clear),
            self.vertex(a + inner, color),
            self.vertex(a - inner, color),
            self.vertex(a - outer, clear),
            self.vertex(b + outer, clear),
            self.vertex(b + inner, color),
            self.vertex(b - inner, color),
            self.vertex(b - outer, clear),
        ];
        self.quad([ids[0], ids[4], ids[5], ids[1]]);
        self.quad([ids[1], ids[5], ids[6], ids[2]]);
        self.quad([ids[2], ids[6], ids[7], ids[3]]);
    }

    /// A dashed line: `dash` points drawn, `gap` points skipped, counted
    /// from `origin` (so the dashes stay put when the line is clipped).
    pub fn dashed(
        &mut self,
        (a, b): (Pos2, Pos2),
        origin: Pos2,
        width: f32,
        color: Color32,
        [dash, gap]: [f32; 2],
    ) {
        let d = b - a;
        let length = d.length();
        if length < 1e-3 || dash <= 0.0 {
            return;
        }
        let period = dash + gap.max(0.5);
        let step = d / length;
        // Where the pattern stands at `a`, counted from the line's true start.
        let phase = (a - origin).length() % period;
        let mut t = -phase;
        while t < length {
            let (from, to) = (t.max(0.0), (t + dash).min(length));
            if to > from {
                self.line(a + step * from, a + step * to, width, color);
            }
            t += period;
        }
    }
}

/// The part of segment `a`-`b` inside `r`, if any (Liang-Barsky).
pub fn clip(a: Pos2, b: Pos2, r: Rect) -> Option<(Pos2, Pos2)> {
    let d = b - a;
    let (mut t0, mut t1) = (0.0f32, 1.0f32);
    for (p, q) in [(-d.x, a.x - r.min.x), (d.x, r.max.x - a.x), (-d.y, a.y - r.min.y), (d.y, r.max.y - a.y)] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
            continue;
        }
        let t = q / p;
        if p < 0.0 {
            t0 = t0.max(t);
        } else {
            t1 = t1.min(t);
        }
        if t0 > t1 {
            return None;
        }
    }
    Some((a + d * t0, a + d * t1))
}
