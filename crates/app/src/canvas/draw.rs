//! Drawing a Scene with egui: the screen backend of the same Scene that the
//! SVG and PNG exports draw.

use egui::epaint::{EllipseShape, RectShape};
use egui::{Color32, CornerRadius, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, Vec2};

use super::batch::{Batch, clip};
use super::camera::Camera;
use super::glyphs::{GlyphAtlas, Line};
use sectormap_core::scene::{self, Element, Item, Scene};

/// Text smaller than this many screen points is not drawn (it could not be read).
pub const MIN_TEXT: f32 = sectormap_core::render::MIN_TEXT_PX;
/// Shapes less tall than this many screen points are drawn as plain boxes.
pub const SMALL: f32 = 7.0;

/// Everything the painter needs besides the scene.
pub struct Look<'a> {
    /// The canvas rectangle on screen.
    pub canvas: Rect,
    /// The part of the canvas a legend moved into view stays within.
    pub legend_room: Rect,
    /// The camera.
    pub camera: &'a Camera,
    /// Opacity multiplier per element (1 = normal, lower = dimmed).
    pub fade: &'a dyn Fn(&Element) -> f32,
    /// Leave links out (a huge map while the view moves).
    pub skip_links: bool,
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

/// Paints every group of `scene` that is on screen; map text is drawn from
/// the glyph atlas.
pub fn paint_scene(painter: &Painter, scene: &Scene, look: &Look<'_>, glyphs: &mut GlyphAtlas) {
    glyphs.begin(painter.ctx());
    let clip = look.canvas.expand(4.0);
    let mut shapes = Vec::new();
    let mut batch = Batch::default();
    for group in &scene.groups {
        let legend;
        let look = if group.element == Element::Legend {
            legend = super::legend_camera(look.camera, look.canvas, look.legend_room, &group.bounds);
            &Look { camera: &legend, ..*look }
        } else {
            look
        };
        if !look.camera.rect_to_screen(look.canvas, &group.bounds).intersects(clip) {
            continue;
        }
        if look.skip_links && matches!(group.element, Element::Link(_)) {
            continue;
        }
        let fade = (look.fade)(&group.element);
        if fade <= 0.0 {
            continue;
        }
        for item in scene.items_of(group) {
            item_shapes(painter, item, look, fade, (&mut batch, &mut shapes, glyphs));
        }
    }
    batch.flush(&mut shapes);
    painter.extend(shapes);
}

fn stroke_of(stroke: Option<&scene::Stroke>, zoom: f32, fade: f32) -> Stroke {
    stroke.map_or(Stroke::NONE, |s| Stroke::new((s.width * zoom).max(0.5), color(s.color, fade)))
}

/// Adds the drawing of one item: flat primitives to the batch, anything
/// else (after flushing the batch, to keep drawing order) as an egui shape.
fn item_shapes(
    painter: &Painter,
    item: &Item,
    look: &Look<'_>,
    fade: f32,
    (batch, out, glyphs): (&mut Batch, &mut Vec<Shape>, &mut GlyphAtlas),
) {
    let (cam, canvas) = (look.camera, look.canvas);
    let zoom = cam.zoom;
    let at = |p: scene::Pos| cam.to_screen(canvas, p);
    let fill_of = |f: Option<scene::Color>| f.map_or(Color32::TRANSPARENT, |c| color(c, fade));
    match item {
        Item::Line { from, to, stroke } => {
            let (origin, c) = (at(*from), color(stroke.color, fade));
            // Only the part on screen: a long link would otherwise cost
            // thousands of dashes that nobody sees.
            let Some((a, b)) = clip(origin, at(*to), look.canvas.expand(8.0)) else { return };
            match stroke.dash {
                Some([dash, gap]) if dash * zoom >= 3.0 => {
                    batch.dashed((a, b), origin, stroke.width * zoom, c, [dash * zoom, gap * zoom]);
                }
                // Dashes shorter than a few points read as a fainter line.
                Some(_) => batch.line(a, b, stroke.width * zoom, c.gamma_multiply(0.6)),
                None => batch.line(a, b, stroke.width * zoom, c),
            }
        }
        Item::Arrow { points, color: c } => {
            let points = points.map(at);
            let size = (points[0] - points[1]).length();
            if size >= 3.0 {
                batch.triangle(points, color(*c, fade));
            }
        }
        Item::Rect { rect, radius, fill, stroke } => {
            let r = cam.rect_to_screen(canvas, rect);
            if r.height() < SMALL && fill.is_some() {
                // Too small for corners and outlines to show: a plain box.
                batch.rect(r, fill_of(*fill));
                return;
            }
            let radius = (radius * zoom).min(r.width() * 0.5).min(r.height() * 0.5).min(255.0);
            let stroke = stroke_of(stroke.as_ref(), zoom, fade);
            batch.flush(out);
            out.push(Shape::Rect(RectShape::new(
                r,
                CornerRadius::from(radius),
                fill_of(*fill),
                stroke,
                StrokeKind::Middle,
            )));
        }
        Item::Ellipse { center, rx, ry, fill, stroke } => {
            let radius = Vec2::new(rx * zoom, ry * zoom);
            if radius.y * 2.0 < SMALL && fill.is_some() {
                batch.rect(Rect::from_center_size(at(*center), radius * 1.6), fill_of(*fill));
                return;
            }
            let (stroke, fill) = (stroke_of(stroke.as_ref(), zoom, fade), fill_of(*fill));
            batch.flush(out);
            out.push(Shape::Ellipse(EllipseShape { center: at(*center), radius, fill, stroke, angle: 0.0 }));
        }
        Item::Polygon { points, fill, stroke } => {
            let points: Vec<Pos2> = points.iter().map(|p| at(*p)).collect();
            let bounds = Rect::from_points(&points);
            if bounds.height() < SMALL {
                batch.rect(bounds, fill_of(*fill));
                return;
            }
            batch.flush(out);
            out.push(Shape::convex_polygon(points, fill_of(*fill), stroke_of(stroke.as_ref(), zoom, fade)));
        }
        Item::Text { pos, text, size, weight, color: c, anchor } => {
            let px = size * zoom;
            if px >= MIN_TEXT {
                let line = Line {
                    text,
                    weight: *weight,
                    at: at(*pos),
                    size: px,
                    color: color(*c, fade),
                    anchor: *anchor,
                };
                if let Some(mesh) = glyphs.line_mesh(&line, painter.pixels_per_point()) {
                    batch.flush(out);
                    out.push(Shape::mesh(mesh));
                }
            }
        }
    }
}
