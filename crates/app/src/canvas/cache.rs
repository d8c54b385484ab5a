//! The shapes of what is on screen, kept between frames. They are made for
//! an area a little larger than the view, at one zoom, from the groups the
//! [`SceneIndex`] finds there, and only moved while the view pans. They
//! are made again when the Scene, the zoom, the fading or the pixel size
//! changes, or the view leaves the area. Map text is laid out every frame
//! (its glyphs snap to pixels), and so is the legend (it stays in view).

use std::collections::BTreeMap;
use std::sync::{Arc, Weak};

use egui::emath::TSTransform;
use egui::{Painter, Rect, Shape, Vec2};

use super::batch::Batch;
use super::camera::Camera;
use super::draw::Look;
use super::index::SceneIndex;
use super::items::{Detail, bar, dot, item_shapes, legible};
use super::legible::{Lifted, lift, scaled, simplified};
use super::thin::{cost, left_out, thinning};
use sectormap_core::scene::{self, Element, Scene};

/// How much of the view's size the area drawn adds on each side.
const MARGIN: f32 = 0.2;
/// While the view zooms, shapes made at a zoom up to this factor away are
/// scaled rather than made again (until the view stops).
const NEAR: f32 = 1.25;

/// What the kept shapes were made for, apart from the camera.
#[derive(Clone, Copy, PartialEq)]
struct Key {
    pixels_per_point: u32,
    fade: u64,
    legibility: u64,
}

/// One step of drawing, in order.
enum Piece {
    /// Shapes on screen as they were when made.
    Shapes(Vec<Shape>),
    /// Text item `item` of group `group`, drawn at `fade`, within `bounds`.
    Text { item: usize, group: u32, bounds: scene::Rect, fade: f32 },
    /// The text of a node lifted to a legible size (see [`super::legible`]).
    Lifted { item: Box<scene::Item>, group: u32, bounds: scene::Rect, fade: f32 },
    /// The legend, group `group`.
    Legend(usize),
}

/// Shapes made for one view.
struct Made {
    key: Key,
    /// Links were left out.
    skipped_links: bool,
    /// The area covers the whole Scene.
    whole: bool,
    camera: Camera,
    canvas: Rect,
    /// The map area the shapes cover.
    area: scene::Rect,
    pieces: Vec<Piece>,
    /// Nodes drawn larger than the scene, so their labels can be read.
    lifted: BTreeMap<u32, Lifted>,
}

/// The index of the Scene drawn and the shapes last made from it.
#[derive(Default)]
pub struct DrawCache {
    /// The Scene drawn (its allocation stays while this is kept, so no
    /// other Scene can have its address).
    scene: Weak<Scene>,
    /// Made when a view shows part of the Scene only.
    index: Option<SceneIndex>,
    made: Option<Made>,
    /// Node labels drawn in the last frame: group index and size on screen.
    labels: Vec<(u32, f32)>,
}

fn covers(outer: &scene::Rect, inner: &scene::Rect) -> bool {
    outer.x0 <= inner.x0 && outer.y0 <= inner.y0 && outer.x1 >= inner.x1 && outer.y1 >= inner.y1
}

fn overlaps(a: &scene::Rect, b: &scene::Rect) -> bool {
    a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1
}

impl DrawCache {
    /// The pieces to draw `scene` with `look`, made again if those kept do
    /// not fit, with the transform that takes them to where the view is now.
    fn pieces(&mut self, painter: &Painter, scene: &Arc<Scene>, look: &Look<'_>) -> (&[Piece], TSTransform) {
        if Weak::as_ptr(&self.scene) != Arc::as_ptr(scene) {
            *self = Self { scene: Arc::downgrade(scene), ..Self::default() };
        }
        let key = Key {
            pixels_per_point: painter.pixels_per_point().to_bits(),
            fade: look.fade_key,
            legibility: look.legibility.key,
        };
        let view = look.camera.visible(look.canvas.expand(8.0));
        let zoom = look.camera.zoom;
        let fits = self.made.as_ref().is_some_and(|made| {
            let ratio = zoom / made.camera.zoom;
            let near = zoom == made.camera.zoom || (look.moving && (1.0 / NEAR..=NEAR).contains(&ratio));
            made.key == key
                && near
                && (made.whole || covers(&made.area, &view))
                && (look.skip_links || !made.skipped_links)
        });
        if !fits {
            self.made = Some(make(scene, &mut self.index, look, key));
        }
        let Some(made) = &self.made else { return (&[], TSTransform::IDENTITY) };
        if zoom != made.camera.zoom {
            // Scaled for now: made again once the view stops.
            painter.ctx().request_repaint();
        }
        // A point drawn at `v` for the kept camera is at
        // `(v - kept centre) * scale + centre + (kept map centre - map centre) * zoom` now.
        let (cam, was) = (look.camera, &made.camera);
        let scale = zoom / was.zoom;
        let translation = look.canvas.center().to_vec2() - made.canvas.center().to_vec2() * scale
            + Vec2::new(was.center[0] - cam.center[0], was.center[1] - cam.center[1]) * zoom;
        (&made.pieces, TSTransform::new(translation, scale))
    }

    /// The shapes drawing `scene` with `look`: those kept, moved, and the
    /// text and legend laid out for this frame.
    pub fn shapes(
        &mut self,
        painter: &Painter,
        scene: &Arc<Scene>,
        look: &Look<'_>,
        glyphs: &mut super::glyphs::GlyphAtlas,
    ) -> Vec<Shape> {
        let ppp = painter.pixels_per_point();
        let mut labels = std::mem::take(&mut self.labels);
        labels.clear();
        let (pieces, transform) = self.pieces(painter, scene, look);
        let screen = look.canvas.expand(4.0);
        let mut out = Vec::new();
        for piece in pieces {
            let (item, group, fade) = match piece {
                Piece::Shapes(shapes) if transform == TSTransform::IDENTITY => {
                    out.extend(shapes.iter().cloned());
                    continue;
                }
                Piece::Shapes(shapes) => {
                    out.extend(shapes.iter().map(|shape| {
                        let mut shape = shape.clone();
                        shape.transform(transform);
                        shape
                    }));
                    continue;
                }
                Piece::Legend(group) => {
                    if let Some(group) = scene.groups.get(*group) {
                        super::draw::legend_shapes(scene, group, look, (glyphs, ppp), &mut out);
                    }
                    continue;
                }
                Piece::Text { bounds, .. } | Piece::Lifted { bounds, .. }
                    if !look.camera.rect_to_screen(look.canvas, bounds).intersects(screen) =>
                {
                    continue;
                }
                Piece::Text { item, group, fade, .. } => match scene.items.get(*item) {
                    Some(item) => (item, *group, *fade),
                    None => continue,
                },
                Piece::Lifted { item, group, fade, .. } => (&**item, *group, *fade),
            };
            if let Some(shape) = super::items::text_shape(item, look, fade, glyphs, ppp) {
                out.push(shape);
                let node =
                    scene.groups.get(group as usize).is_some_and(|g| matches!(g.element, Element::Node(_)));
                if let (true, scene::Item::Text { size, .. }) = (node, item) {
                    labels.push((group, size * look.camera.zoom));
                }
            }
        }
        self.labels = labels;
        out
    }

    /// Where node group `group` is drawn larger than the scene, if it is
    /// (its label lifted to a legible size), in map units.
    pub fn lifted(&self, group: u32) -> Option<scene::Rect> {
        self.made.as_ref().and_then(|made| made.lifted.get(&group)).map(|lifted| lifted.bounds)
    }

    /// The node labels drawn in the last frame: each text's group index and
    /// its size on screen, in points.
    pub fn labels(&self) -> &[(u32, f32)] {
        &self.labels
    }
}

/// Ends the run of shapes so far (before a piece of another kind).
fn flush(batch: &mut Batch, shapes: &mut Vec<Shape>, pieces: &mut Vec<Piece>) {
    batch.flush(shapes);
    if !shapes.is_empty() {
        pieces.push(Piece::Shapes(std::mem::take(shapes)));
    }
}

/// Makes the pieces for the area around the view.
fn make(scene: &Scene, index: &mut Option<SceneIndex>, look: &Look<'_>, key: Key) -> Made {
    let view = look.camera.visible(look.canvas);
    let (dx, dy) = (view.width() * MARGIN, view.height() * MARGIN);
    let area = scene::Rect::new(view.x0 - dx, view.y0 - dy, view.x1 + dx, view.y1 + dy);
    let cut = look.camera.rect_to_screen(look.canvas, &area).expand(8.0);
    let groups: Vec<u32> = if covers(&area, &scene.bounds) {
        (0..scene.groups.len() as u32).collect()
    } else {
        // (Lines are cut a little outside the area.)
        index.get_or_insert_with(|| SceneIndex::new(scene)).query(&area.expand(8.0 / look.camera.zoom))
    };
    let thin = if look.skip_links { None } else { Some(thinning(scene, &groups, look, cut)) };
    let detail = Detail { area: cut, plain_dashes: thin.is_some_and(|t| t.plain_dashes) };
    let cutoff = thin.and_then(|t| t.cutoff);
    let lifted = lift(scene, &groups, look);
    let mut pieces = Vec::new();
    let (mut batch, mut shapes) = (Batch::default(), Vec::new());
    let mut lifted_drawn = lifted.is_empty();
    for k in groups {
        let Some(group) = scene.groups.get(k as usize) else { continue };
        let (link, node) =
            (matches!(group.element, Element::Link(_)), matches!(group.element, Element::Node(_)));
        if !link && !node && !lifted_drawn {
            // Over every node, under the legend and the title.
            lifted_drawn = true;
            draw_lifted(scene, &lifted, look, detail, (&mut batch, &mut shapes, &mut pieces));
        }
        if group.element == Element::Legend {
            flush(&mut batch, &mut shapes, &mut pieces);
            pieces.push(Piece::Legend(k as usize));
            continue;
        }
        if !overlaps(&group.bounds, &area) || (link && look.skip_links) || lifted.contains_key(&k) {
            continue;
        }
        if let (true, Some(cutoff)) = (link, cutoff)
            && left_out(cost(scene, group, look, cut).rank, cutoff)
        {
            continue;
        }
        let fade = (look.fade)(&group.element);
        let items = scene.items_of(group);
        if fade <= 0.0 || (node && dot(items, group, look, fade, &mut batch)) {
            continue;
        }
        let simple = node && simplified(items, look);
        let cap = look.camera.rect_to_screen(look.canvas, &group.bounds).width() * 0.8;
        for (i, item) in items.iter().enumerate() {
            let small = |size: f32| size * look.camera.zoom < look.legibility.min_px;
            if matches!(item, scene::Item::Text { size, .. } if node && (simple || small(*size))) {
                bar(item, look, fade, cap, &mut batch);
            } else if legible(item, look.camera.zoom) {
                flush(&mut batch, &mut shapes, &mut pieces);
                let item = group.items.start + i;
                pieces.push(Piece::Text { item, group: k, bounds: group.bounds, fade });
            } else {
                item_shapes(item, look, detail, fade, (&mut batch, &mut shapes));
            }
        }
    }
    if !lifted_drawn {
        draw_lifted(scene, &lifted, look, detail, (&mut batch, &mut shapes, &mut pieces));
    }
    flush(&mut batch, &mut shapes, &mut pieces);
    let whole = covers(&area, &scene.bounds);
    Made {
        key,
        skipped_links: look.skip_links,
        whole,
        camera: *look.camera,
        canvas: look.canvas,
        area,
        pieces,
        lifted,
    }
}

/// Draws the lifted nodes, the most important last (on top).
fn draw_lifted(
    scene: &Scene,
    lifted: &BTreeMap<u32, Lifted>,
    look: &Look<'_>,
    detail: Detail,
    (batch, shapes, pieces): (&mut Batch, &mut Vec<Shape>, &mut Vec<Piece>),
) {
    let ranks = &look.legibility.ranks;
    let mut order: Vec<(&u32, &Lifted)> = lifted.iter().collect();
    order.sort_by_key(|(k, _)| std::cmp::Reverse(ranks.get(k).copied().unwrap_or(u32::MAX)));
    for (&k, lifted) in order {
        let Some(group) = scene.groups.get(k as usize) else { continue };
        let fade = (look.fade)(&group.element);
        if fade <= 0.0 {
            continue;
        }
        for item in scene.items_of(group) {
            let item = scaled(item, lifted);
            if legible(&item, look.camera.zoom) {
                flush(batch, shapes, pieces);
                pieces.push(Piece::Lifted { item: Box::new(item), group: k, bounds: lifted.bounds, fade });
            } else {
                item_shapes(&item, look, detail, fade, (&mut *batch, &mut *shapes));
            }
        }
    }
}
