//! The canvas camera: which part of the map is on screen, and how large.

use egui::{Pos2, Rect, Vec2};

use sectormap_core::scene;

/// Smallest and largest zoom (screen points per map unit).
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.002..=8.0;

/// Maps map units to screen points: the map point `center` sits at the
/// middle of the canvas, scaled by `zoom`.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Camera {
    /// Map point shown at the middle of the canvas.
    pub center: [f32; 2],
    /// Screen points per map unit.
    pub zoom: f32,
}

impl Default for Camera {
    fn default() -> Self {
        Self { center: [0.0, 0.0], zoom: 1.0 }
    }
}

impl Camera {
    /// Screen position of map point `p` on a canvas occupying `canvas`.
    pub fn to_screen(&self, canvas: Rect, p: scene::Pos) -> Pos2 {
        canvas.center() + Vec2::new(p.x - self.center[0], p.y - self.center[1]) * self.zoom
    }

    /// Map point under screen position `p`.
    pub fn to_world(&self, canvas: Rect, p: Pos2) -> scene::Pos {
        let d = (p - canvas.center()) / self.zoom;
        scene::Pos::new(self.center[0] + d.x, self.center[1] + d.y)
    }

    /// A map rectangle on screen.
    pub fn rect_to_screen(&self, canvas: Rect, r: &scene::Rect) -> Rect {
        Rect::from_min_max(
            self.to_screen(canvas, scene::Pos::new(r.x0, r.y0)),
            self.to_screen(canvas, scene::Pos::new(r.x1, r.y1)),
        )
    }

    /// The part of the map the canvas shows.
    pub fn visible(&self, canvas: Rect) -> scene::Rect {
        let a = self.to_world(canvas, canvas.min);
        let b = self.to_world(canvas, canvas.max);
        scene::Rect::new(a.x, a.y, b.x, b.y)
    }

    /// The camera that shows all of `bounds` on `canvas` with a small margin.
    pub fn fitting(bounds: &scene::Rect, canvas: Rect) -> Camera {
        Self::fitting_up_to(bounds, canvas, 1.0)
    }

    /// Like [`Camera::fitting`], enlarging up to `max_zoom` (presentations
    /// fill the screen).
    pub fn fitting_up_to(bounds: &scene::Rect, canvas: Rect, max_zoom: f32) -> Camera {
        let margin = 24.0;
        let w = (canvas.width() - 2.0 * margin).max(10.0);
        let h = (canvas.height() - 2.0 * margin).max(10.0);
        // Never enlarge past `max_zoom`: in the editor a small map shows at
        // its natural size.
        let zoom = (w / bounds.width().max(1.0)).min(h / bounds.height().max(1.0)).min(max_zoom);
        let c = bounds.center();
        Camera { center: [c.x, c.y], zoom: zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end()) }
    }

    /// Zooms by `factor`, keeping the map point under `anchor` where it is.
    pub fn zoom_at(&mut self, canvas: Rect, anchor: Pos2, factor: f32) {
        let before = self.to_world(canvas, anchor);
        self.zoom = (self.zoom * factor).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        let after = self.to_world(canvas, anchor);
        self.center[0] += before.x - after.x;
        self.center[1] += before.y - after.y;
    }

    /// Moves the view by a screen-space drag.
    pub fn pan(&mut self, delta: Vec2) {
        self.center[0] -= delta.x / self.zoom;
        self.center[1] -= delta.y / self.zoom;
    }

    /// A step of a smooth move towards `target` (`t` of the way, 0 to 1);
    /// returns true when it has arrived.
    pub fn approach(&mut self, target: &Camera, t: f32) -> bool {
        let lz = self.zoom.ln() + (target.zoom.ln() - self.zoom.ln()) * t;
        self.zoom = lz.exp();
        self.center[0] += (target.center[0] - self.center[0]) * t;
        self.center[1] += (target.center[1] - self.center[1]) * t;
        let close = (self.zoom / target.zoom - 1.0).abs() < 0.002
            && (self.center[0] - target.center[0]).abs() * self.zoom < 0.5
            && (self.center[1] - target.center[1]).abs() * self.zoom < 0.5;
        if close {
            *self = *target;
        }
        close
    }
}
