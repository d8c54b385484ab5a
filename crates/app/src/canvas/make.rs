//! Making the shapes of one view: the groups in an area a little larger
//! than the view, each drawn at the view's zoom as the Scene says, with
//! the text left to be laid out every frame (its glyphs snap to pixels).

use std::collections::BTreeMap;
use std::sync::Arc;

use egui::{Rect, Shape};

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

/// What the kept shapes were made for, apart from the camera.
#[derive(Clone, Copy, PartialEq)]
pub(super) struct Key {
    /// The pixel size, as bits.
    pub pixels_per_point: u32,
    /// [`Look::fade_key`].
    pub fade: u64,
    /// [`super::legible::Legibility::key`].
    pub legibility: u64,
}

/// One step of drawing, in order.
pub(super) enum Piece {
    /// Shapes on screen as they were when made.
    Shapes(Vec<Shape>),
    /// Text item `item` of group `group`, drawn at `fade`, within `bounds`.
    Text { item: usize, group: u32, bounds: scene::Rect, fade: f32 },
    /// The text of a node lifted to a legible size (see [`super::legible`]).
    Lifted { item: Box<scene::Item>, group: u32, bounds: scene::Rect, fade: f32 },
    /// The legend, group `group`.
    Legend(usize),
}

/// Shapes made for one view of one Scene.
pub(super) struct Made {
    /// The Scene they were made from (its texts are laid out from it).
    pub scene: Arc<Scene>,
    pub key: Key,
    /// Links were left out.
    pub skipped_links: bool,
    /// The area covers the whole Scene.
    pub whole: bool,
    pub camera: Camera,
    pub canvas: Rect,
    /// The map area the shapes cover.
    pub area: scene::Rect,
    pub pieces: Vec<Piece>,
    /// Nodes drawn larger than the scene, so their labels can be read.
    pub lifted: BTreeMap<u32, Lifted>,
}

/// Whether `outer` holds all of `inner`.
pub(super) fn covers(outer: &scene::Rect, inner: &scene::Rect) -> bool {
    outer.x0 <= inner.x0 && outer.y0 <= inner.y0 && outer.x1 >= inner.x1 && outer.y1 >= inner.y1
}

fn overlaps(a: &scene::Rect, b: &scene::Rect) -> bool {
    a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1
}

/// Ends the run of shapes so far (before a piece of another kind).
fn flush(batch: &mut Batch, shapes: &mut Vec<Shape>, pieces: &mut Vec<Piece>) {
    batch.flush(shapes);
    if !shapes.is_empty() {
        pieces.push(Piece::Shapes(std::mem::take(shapes)));
    }
}

/// Makes the pieces for the area around the view; `previous` are the
/// nodes lifted last time at this zoom (kept where they were if they can).
pub(super) fn make(
    scene: &Arc<Scene>,
    index: &mut Option<SceneIndex>,
    look: &Look<'_>,
    key: Key,
    previous: &BTreeMap<u32, Lifted>,
) -> Made {
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
    let lifted = lift(scene, &groups, look, previous);
    let mut pieces = Vec::new();
    let (mut batch, mut shapes) = (Batch::default(), Vec::new());
    // The legend is drawn last, over everything.
    let mut legend = None;
    for k in groups {
        let Some(group) = scene.groups.get(k as usize) else { continue };
        let (link, node) =
            (matches!(group.element, Element::Link(_)), matches!(group.element, Element::Node(_)));
        if group.element == Element::Legend {
            legend = Some(k as usize);
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
    // Over every node and the map's own texts: lifted labels keep off
    // those legible as they are (see `lift`), so only unreadable ones
    // (a source line at 5 px) are covered.
    draw_lifted(scene, &lifted, look, detail, (&mut batch, &mut shapes, &mut pieces));
    flush(&mut batch, &mut shapes, &mut pieces);
    pieces.extend(legend.map(Piece::Legend));
    let whole = covers(&area, &scene.bounds);
    Made {
        scene: Arc::clone(scene),
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
