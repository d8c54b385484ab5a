//! The legend on the canvas. It is drawn with the map, at its place beside
//! it, while that place is on the visible canvas. When the view leaves
//! that place off the canvas (zoomed in or moved, or the legend grown
//! longer than the fitted view) or under a panel, the legend comes to the
//! nearest edge of the visible canvas, no larger than at 100 % and small
//! enough to fit: the key to the map never hides under the inspector or
//! the side panel. Exports always put it beside the map.

use egui::{Id, Rect, Sense, Ui, Vec2, WidgetInfo};

use super::CanvasState;
use super::camera::Camera;
use crate::lang::Speak;
use sectormap_core::scene::{self, Element, Scene};

/// Space between a moved legend and the canvas's edges, in points.
const MARGIN: f32 = 8.0;

/// Share of the canvas's width, at its right, a presentation's legend may
/// take: the middle, where the node a view is about sits, stays clear.
const PRESENTING_SHARE: f32 = 0.3;

/// The camera the legend, whose map area is `bounds`, is drawn with on
/// `canvas` when the map's camera is `camera`; a moved legend stays within
/// `room` (a part of the canvas).
pub fn legend_camera(camera: &Camera, canvas: Rect, room: Rect, bounds: &scene::Rect) -> Camera {
    let natural = camera.rect_to_screen(canvas, bounds);
    let area = room.shrink(MARGIN);
    let (width, height) = (bounds.width().max(1.0), bounds.height().max(1.0));
    if area.contains_rect(natural) || area.width() < 1.0 || area.height() < 1.0 {
        return *camera;
    }
    let zoom = camera.zoom.min(1.0).min(area.width() / width).min(area.height() / height);
    let size = Vec2::new(width, height) * zoom;
    // (`min` then `max`, not `clamp`: rounding may leave no room at all.)
    let x = natural.min.x.min(area.max.x - size.x).max(area.min.x);
    let y = natural.min.y.min(area.max.y - size.y).max(area.min.y);
    // The map point at the canvas's middle that puts the legend's corner at (x, y).
    let center = canvas.center();
    Camera { center: [bounds.x0 - (x - center.x) / zoom, bounds.y0 - (y - center.y) / zoom], zoom }
}

impl CanvasState {
    /// Where on the canvas the legend may be: all of it in the editor, its
    /// right-hand part when presenting.
    pub fn legend_room(&self) -> Rect {
        let canvas = self.rect;
        if !self.presenting {
            return canvas;
        }
        let left = canvas.max.x - canvas.width() * PRESENTING_SHARE;
        Rect::from_min_max(egui::pos2(left, canvas.min.y), canvas.max)
    }

    /// Names the legend for screen readers (and tests) where it is drawn.
    pub(super) fn legend_widget(&self, ui: &Ui, scene: &Scene) {
        let Some(group) = scene.groups.iter().find(|g| g.element == Element::Legend) else { return };
        let camera = legend_camera(&self.camera, self.rect, self.legend_room(), &group.bounds);
        let rect = camera.rect_to_screen(self.rect, &group.bounds);
        let response = ui.interact(rect, Id::unique("sectormap-legend"), Sense::hover());
        let name = ui.tr("menu-legend");
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, &name));
    }
}
