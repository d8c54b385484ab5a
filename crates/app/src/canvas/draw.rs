//! Drawing a Scene with egui: the screen backend of the same Scene that the
//! SVG and PNG exports draw.

use std::sync::Arc;

use egui::{Color32, Painter, Rect, Shape};

use super::batch::Batch;
use super::cache::DrawCache;
use super::camera::Camera;
use super::glyphs::GlyphAtlas;
use super::items::{Detail, item_shapes, text_shape};
use sectormap_core::scene::{self, Element, Group, Scene};

/// Text smaller than this many screen points is not drawn (it could not be read).
pub const MIN_TEXT: f32 = sectormap_core::render::MIN_TEXT_PX;
/// Shapes less tall than this many screen points are drawn as plain boxes.
pub const SMALL: f32 = 7.0;

/// Opacity multiplier per element (1 = normal, lower = dimmed); shared,
/// so that shapes can be made on another thread.
pub type Fade = Arc<dyn Fn(&Element) -> f32 + Send + Sync>;

/// Everything the painter needs besides the scene.
pub struct Look<'a> {
    /// The canvas rectangle on screen.
    pub canvas: Rect,
    /// The part of the canvas a legend moved into view stays within.
    pub legend_room: Rect,
    /// The camera.
    pub camera: &'a Camera,
    /// Opacity multiplier per element (1 = normal, lower = dimmed).
    pub fade: &'a Fade,
    /// Changes whenever `fade` gives other values (shapes made with
    /// another fading are not reused).
    pub fade_key: u64,
    /// Leave links out (a huge map while the view moves).
    pub skip_links: bool,
    /// The view moves: shapes made for a nearby zoom may be scaled for
    /// this frame instead of made again.
    pub moving: bool,
    /// How node labels too small to read are drawn.
    pub legibility: &'a super::legible::Legibility,
}

/// The colour of selection, handles and tool hints: a strong blue that
/// reads on both the light and the dark canvas.
pub fn accent(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(0x64, 0xB5, 0xF6)
    } else {
        Color32::from_rgb(0x15, 0x65, 0xC0)
    }
}

/// Converts a scene colour to egui's, multiplying its opacity by `fade`.
pub fn color(c: scene::Color, fade: f32) -> Color32 {
    let a = (f32::from(c.a) * fade.clamp(0.0, 1.0)).round() as u8;
    Color32::from_rgba_unmultiplied(c.r, c.g, c.b, a)
}

/// Paints every group of `scene` that is on screen, from the shapes kept in
/// `cache` while the Scene and the zoom stay the same; map text is drawn
/// from the glyph atlas.
pub fn paint_scene(
    painter: &Painter,
    scene: &Arc<Scene>,
    look: &Look<'_>,
    glyphs: &mut GlyphAtlas,
    cache: &mut DrawCache,
) {
    glyphs.begin(painter.ctx());
    painter.extend(cache.shapes(painter, scene, look, glyphs));
}

/// Adds the legend's shapes, drawn with its own camera so that it stays in
/// `look.legend_room`.
pub(super) fn legend_shapes(
    scene: &Scene,
    group: &Group,
    look: &Look<'_>,
    (glyphs, ppp): (&mut GlyphAtlas, f32),
    out: &mut Vec<Shape>,
) {
    let camera = super::legend_camera(look.camera, look.canvas, look.legend_room, &group.bounds);
    let look = &Look { camera: &camera, ..*look };
    if !camera.rect_to_screen(look.canvas, &group.bounds).intersects(look.canvas.expand(4.0)) {
        return;
    }
    let fade = (look.fade)(&group.element);
    if fade <= 0.0 {
        return;
    }
    let mut batch = Batch::default();
    for item in scene.items_of(group) {
        if let Some(text) = text_shape(item, look, fade, glyphs, ppp) {
            batch.flush(out);
            out.push(text);
        } else {
            let detail = Detail { area: look.canvas.expand(8.0), plain_dashes: false };
            item_shapes(item, look, detail, fade, (&mut batch, out));
        }
    }
    batch.flush(out);
}
