//! Drawing a Scene with egui: the screen backend of the same Scene that the
//! SVG and PNG exports draw.

use std::sync::Arc;

use egui::epaint::{EllipseShape, RectShape};
use egui::{Color32, CornerRadius, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, Vec2};

use super::batch::{Batch, clip};
use super::camera::Camera;
use super::fonts::map_font;
use crate::scene::{self, Anchor, Element, Item, Scene, Weight};

/// Text smaller than this many screen points is not drawn (it could not be read).
pub const MIN_TEXT: f32 = crate::render::MIN_TEXT_PX;
/// Shapes less tall than this many screen points are drawn as plain boxes.
pub const SMALL: f32 = 7.0;

/// Everything the painter needs besides the scene.
pub struct Look<'a> {
    /// The canvas rectangle on screen.
    pub canvas: Rect,
    /// The camera.
    pub camera: &'a Camera,
    /// Opacity multiplier per element (1 = normal, lower = dimmed).
    pub fade: &'a dyn Fn(&Element) -> f32,
    /// egui's text size that matches one unit of the exports' font size.
    pub text_scale: f32,
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

/// Paints every group of `scene` that is on screen.
pub fn paint_scene(painter: &Painter, scene: &Scene, look: &Look<'_>) {
    let clip = look.canvas.expand(4.0);
    let mut shapes = Vec::new();
    let mut batch = Batch::default();
    for group in &scene.groups {
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
            item_shapes(painter, item, look, fade, (&mut batch, &mut shapes));
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
    (batch, out): (&mut Batch, &mut Vec<Shape>),
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
                batch.flush(out);
                let color = color(*c, fade);
                out.push(text_shape(painter, at(*pos), text, px * look.text_scale, *weight, color, *anchor));
            }
        }
    }
}

/// A line of text placed by its baseline, like SVG `<text>`.
fn text_shape(
    painter: &Painter,
    baseline: Pos2,
    text: &str,
    size: f32,
    weight: Weight,
    color: Color32,
    anchor: Anchor,
) -> Shape {
    // Quantised so that zooming does not fill the glyph atlas with every size.
    let size = (size * 4.0).round() / 4.0;
    let galley = painter.layout_no_wrap(text.to_owned(), map_font(size, weight), color);
    let ascent = first_baseline(&galley);
    let x = match anchor {
        Anchor::Start => baseline.x,
        Anchor::Middle => baseline.x - galley.size().x * 0.5,
    };
    Shape::galley(Pos2::new(x, baseline.y - ascent), galley, color)
}

/// Distance from the top of a galley to the baseline of its first row.
pub fn first_baseline(galley: &Arc<egui::Galley>) -> f32 {
    galley
        .rows
        .first()
        .and_then(|row| row.glyphs.first().map(|g| row.pos.y + g.pos.y))
        .unwrap_or(galley.size().y * 0.8)
}

/// How much egui's font size must be scaled to set text as wide as the
/// export font metrics do (egui and SVG define font size differently).
pub fn calibrate_text(ctx: &egui::Context) -> f32 {
    let sample = "Department for Communities and Local Government";
    let ours = scene::text::width(sample, 100.0, Weight::Regular);
    let theirs = ctx.fonts_mut(|fonts| {
        fonts.layout_no_wrap(sample.to_owned(), map_font(100.0, Weight::Regular), Color32::BLACK).size().x
    });
    if theirs > 1.0 { (ours / theirs).clamp(0.5, 2.0) } else { 1.0 }
}
