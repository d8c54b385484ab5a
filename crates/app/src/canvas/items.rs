//! One Scene item as egui shapes, at the detail the zoom allows: text too
//! small to read is left out, shapes too small for corners are plain boxes,
//! a node of a few pixels is one box, and lines are cut to the area drawn.

use egui::epaint::{EllipseShape, RectShape};
use egui::{Color32, CornerRadius, Pos2, Rect, Shape, Stroke, StrokeKind, Vec2};

use super::batch::{Batch, clip};
use super::draw::{Look, MIN_TEXT, SMALL, color};
use super::glyphs::{GlyphAtlas, Line};
use sectormap_core::scene::{self, Group, Item};

/// A node less tall than this many screen points is drawn as one box.
pub const DOT: f32 = 3.0;

fn stroke_of(stroke: Option<&scene::Stroke>, zoom: f32, fade: f32) -> Stroke {
    stroke.map_or(Stroke::NONE, |s| Stroke::new((s.width * zoom).max(0.5), color(s.color, fade)))
}

/// The whole node group as one box in the colour of its first filled
/// shape, when it is less than [`DOT`] tall on screen; `false` otherwise.
pub fn dot(items: &[Item], group: &Group, look: &Look<'_>, fade: f32, batch: &mut Batch) -> bool {
    let r = look.camera.rect_to_screen(look.canvas, &group.bounds);
    if r.height() >= DOT {
        return false;
    }
    // The first filled shape (the node's box), as the batch draws small shapes.
    let filled = items.iter().find_map(|item| match item {
        Item::Rect { rect, fill: Some(fill), .. } => {
            Some((look.camera.rect_to_screen(look.canvas, rect), *fill))
        }
        Item::Ellipse { center, rx, ry, fill: Some(fill), .. } => {
            let size = Vec2::new(rx * 1.6, ry * 1.6) * look.camera.zoom;
            Some((Rect::from_center_size(look.camera.to_screen(look.canvas, *center), size), *fill))
        }
        Item::Polygon { points, fill: Some(fill), .. } => {
            let points: Vec<Pos2> = points.iter().map(|p| look.camera.to_screen(look.canvas, *p)).collect();
            Some((Rect::from_points(&points), *fill))
        }
        _ => None,
    });
    if let Some((r, fill)) = filled {
        // At least a point across, so that no node vanishes.
        let r = Rect::from_center_size(r.center(), r.size().max(Vec2::splat(1.0)));
        batch.rect(r, color(fill, fade));
    }
    true
}

/// Where and how finely items are drawn.
#[derive(Clone, Copy)]
pub struct Detail {
    /// Lines are cut to this area (screen points).
    pub area: Rect,
    /// Dashed lines are drawn as fainter solid ones (thousands of links
    /// cross the view: their dashes would cost millions of vertices).
    pub plain_dashes: bool,
}

/// Adds the drawing of one item other than text: flat primitives to the
/// batch, anything else (after flushing the batch, to keep drawing order)
/// as an egui shape.
pub fn item_shapes(
    item: &Item,
    look: &Look<'_>,
    detail: Detail,
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
            // Only the part drawn: a long link would otherwise cost
            // thousands of dashes that nobody sees.
            let Some((a, b)) = clip(origin, at(*to), detail.area) else { return };
            match stroke.dash {
                Some([dash, gap]) if dash * zoom >= 3.0 && !detail.plain_dashes => {
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
        // Text is laid out by `text_shape`, every frame.
        Item::Text { .. } => {}
    }
}

/// Text too small to read drawn as a faint bar where its line is, so a
/// node shows it holds words without shrinking them past reading.
pub fn bar(item: &Item, look: &Look<'_>, fade: f32, width_cap: f32, batch: &mut Batch) {
    let Item::Text { pos, text, size, color: c, anchor, .. } = item else { return };
    let px = size * look.camera.zoom;
    if px < 1.0 {
        return;
    }
    // About half an em a character, no wider than the node.
    let width = (text.chars().count() as f32 * 0.5 * px).min(width_cap);
    let at = look.camera.to_screen(look.canvas, *pos);
    let left = at.x - anchor.offset(width);
    let r = Rect::from_min_max(Pos2::new(left, at.y - 0.6 * px), Pos2::new(left + width, at.y - 0.15 * px));
    batch.rect(r, color(*c, fade * 0.3));
}

/// Whether text item `item` is large enough on screen to be read (smaller
/// text is neither shaped nor drawn).
pub fn legible(item: &Item, zoom: f32) -> bool {
    matches!(item, Item::Text { size, .. } if size * zoom >= MIN_TEXT)
}

/// A text item as a mesh of glyphs from the atlas, if legible.
pub fn text_shape(
    item: &Item,
    look: &Look<'_>,
    fade: f32,
    glyphs: &mut GlyphAtlas,
    ppp: f32,
) -> Option<Shape> {
    let Item::Text { pos, text, size, weight, color: c, anchor } = item else { return None };
    let px = size * look.camera.zoom;
    if px < MIN_TEXT {
        return None;
    }
    let line = Line {
        text,
        weight: *weight,
        at: look.camera.to_screen(look.canvas, *pos),
        size: px,
        color: color(*c, fade),
        anchor: *anchor,
    };
    glyphs.line_mesh(&line, ppp).map(Shape::mesh)
}
