//! Semantic zoom. When the map is too small on screen for a node's label to
//! be read, the canvas does not draw its text shrunk: the labels that matter
//! (what is hovered or selected and its neighbours, then the forms of VAW,
//! then the departments, the most linked first) are lifted to a legible
//! size, each node drawn larger about its own centre, as long as it covers
//! no label already placed; every other node keeps its place and size and
//! shows its text as faint bars. At a zoom where labels can be read nothing
//! changes, so the screen is exactly what the exports draw.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use super::draw::Look;
pub use super::lift::{Lifted, lift};
use sectormap_core::model::{Document, NodeKind};
use sectormap_core::scene::{self, Element, Group, Item, Pos, Scene};

/// In the editor: labels smaller than this on screen (points) are not drawn
/// as text.
pub const EDITOR_MIN_PX: f32 = 9.0;
/// In the editor: the size the labels that matter are lifted to.
pub const EDITOR_LIFT_PX: f32 = 11.0;
/// Presenting, read from the back of a room: no node label under this.
pub const PRESENTING_PX: f32 = 18.0;

/// How node labels are kept legible.
#[derive(Clone, Debug, PartialEq)]
pub struct Legibility {
    /// Node labels smaller than this on screen (points) are simplified.
    pub min_px: f32,
    /// The size lifted labels are drawn at (points).
    pub lift_px: f32,
    /// Nodes whose labels may be lifted: group index to rank (lower first).
    pub ranks: Arc<BTreeMap<u32, u32>>,
    /// Changes whenever the values above change.
    pub key: u64,
}

impl Default for Legibility {
    fn default() -> Self {
        Self::new(EDITOR_MIN_PX, EDITOR_LIFT_PX, BTreeMap::new())
    }
}

impl Legibility {
    /// Labels under `min_px` simplified, those ranked in `ranks` lifted to `lift_px`.
    pub fn new(min_px: f32, lift_px: f32, ranks: BTreeMap<u32, u32>) -> Self {
        let mut hasher = DefaultHasher::new();
        (min_px.to_bits(), lift_px.to_bits(), &ranks).hash(&mut hasher);
        Self { min_px, lift_px, ranks: Arc::new(ranks), key: hasher.finish() }
    }

    /// Every label drawn at its own size, however small (as exports draw).
    pub fn exact() -> Self {
        Self::new(0.0, 0.0, BTreeMap::new())
    }
}

/// How much a node's label matters when not all labels can be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Standing {
    Focus,
    Near,
    Form,
    Department,
}

/// Ranks the node groups of `scene` whose labels are kept legible: `focus`
/// (hovered, selected, what a view is about), then `near` (their
/// neighbours), then forms of VAW and departments, each most linked first.
pub fn ranks(
    scene: &Scene,
    doc: &Document,
    focus: &BTreeSet<String>,
    near: &BTreeSet<String>,
) -> BTreeMap<u32, u32> {
    let mut ranked: Vec<(Standing, std::cmp::Reverse<usize>, u32)> = Vec::new();
    for (k, group) in scene.groups.iter().enumerate() {
        let Element::Node(id) = &group.element else { continue };
        let standing = if focus.contains(&**id) {
            Standing::Focus
        } else if near.contains(&**id) {
            Standing::Near
        } else {
            match doc.node(id).map(|n| n.kind) {
                Some(NodeKind::Issue) => Standing::Form,
                Some(NodeKind::Department) => Standing::Department,
                _ => continue,
            }
        };
        ranked.push((standing, std::cmp::Reverse(doc.links_of(id).len()), k as u32));
    }
    ranked.sort_unstable();
    ranked.into_iter().enumerate().map(|(rank, (_, _, k))| (k, rank as u32)).collect()
}

/// The size of a group's largest text, in map units (0: it has none).
pub fn label_size(items: &[Item]) -> f32 {
    items.iter().fold(0.0, |most, item| match item {
        Item::Text { size, .. } => most.max(*size),
        _ => most,
    })
}

/// The size of a group's smallest text, in map units (0: it has none).
pub(super) fn smallest_text(items: &[Item]) -> f32 {
    items.iter().fold(0.0, |least: f32, item| match item {
        Item::Text { size, .. } if least == 0.0 || *size < least => *size,
        _ => least,
    })
}

/// Whether node `group`'s label is too small on screen to be drawn as text.
pub fn simplified(items: &[Item], look: &Look<'_>) -> bool {
    let size = label_size(items) * look.camera.zoom;
    size > 0.0 && size < look.legibility.min_px
}

/// The point a node is drawn larger about: its centre.
pub(super) fn centre(group: &Group) -> Pos {
    group.anchor.unwrap_or_else(|| group.bounds.center())
}

/// `r` enlarged `factor` times about `about`, which moves to `to`.
pub fn scaled_rect(r: &scene::Rect, (about, to): (Pos, Pos), factor: f32) -> scene::Rect {
    scene::Rect::new(
        to.x + (r.x0 - about.x) * factor,
        to.y + (r.y0 - about.y) * factor,
        to.x + (r.x1 - about.x) * factor,
        to.y + (r.y1 - about.y) * factor,
    )
}

/// `item` drawn as `lifted` draws its node: larger (text, outlines and
/// all) and moved in where the canvas's edge would cut it.
pub fn scaled(item: &Item, lifted: &Lifted) -> Item {
    let (about, to, factor) = (lifted.about, lifted.to, lifted.factor);
    let at = |p: Pos| Pos::new(to.x + (p.x - about.x) * factor, to.y + (p.y - about.y) * factor);
    let stroke = |s: &Option<scene::Stroke>| {
        s.map(|s| scene::Stroke {
            width: s.width * factor,
            dash: s.dash.map(|[d, g]| [d * factor, g * factor]),
            ..s
        })
    };
    match item {
        Item::Rect { rect, radius, fill, stroke: s } => Item::Rect {
            rect: scaled_rect(rect, (about, to), factor),
            radius: radius * factor,
            fill: *fill,
            stroke: stroke(s),
        },
        Item::Ellipse { center, rx, ry, fill, stroke: s } => Item::Ellipse {
            center: at(*center),
            rx: rx * factor,
            ry: ry * factor,
            fill: *fill,
            stroke: stroke(s),
        },
        Item::Polygon { points, fill, stroke: s } => {
            Item::Polygon { points: points.iter().map(|p| at(*p)).collect(), fill: *fill, stroke: stroke(s) }
        }
        Item::Line { from, to, stroke: s } => {
            Item::Line { from: at(*from), to: at(*to), stroke: stroke(&Some(*s)).unwrap_or(*s) }
        }
        Item::Arrow { points, color } => Item::Arrow { points: points.map(at), color: *color },
        Item::Text { pos, text, size, weight, color, anchor } => Item::Text {
            pos: at(*pos),
            text: text.clone(),
            size: size * factor,
            weight: *weight,
            color: *color,
            anchor: *anchor,
        },
    }
}
