//! Thinning the links of a crowded view. When thousands of links cross
//! the view, dashed ones are drawn as fainter solid lines (their dashes
//! would cost millions of vertices). When the links' ink would cover the
//! view many times over, it goes first to links between nodes in view,
//! then to links from a node in view, then to links passing through, and
//! within each to the shortest: the rest only smear the view, and they
//! come back as it zooms in. Maps of ordinary size reach neither limit.

use egui::Rect;

use super::batch::clip;
use super::draw::Look;
use sectormap_core::scene::{Element, Group, Item, Scene};

/// More dashes than this, and dashed lines are drawn solid.
const MOST_DASHES: f32 = 50_000.0;
/// Most ink of links (length times width), in areas of the part drawn.
const MOST_INK: f32 = 6.0;

/// What drawing one link within an area takes.
#[derive(Clone, Copy)]
pub struct Cost {
    /// Ends outside the area: 0 (both in), 1 or 2; then the link's whole
    /// length in map units. Links are kept in this order.
    pub rank: (u8, f32),
    /// Length times width within the area, screen points.
    ink: f32,
    /// Dashes within the area.
    dashes: f32,
}

/// How the links of one view are thinned.
#[derive(Clone, Copy)]
pub struct Thinning {
    /// Dashed lines are drawn as fainter solid ones.
    pub plain_dashes: bool,
    /// Links ranked at or after this are left out.
    pub cutoff: Option<(u8, f32)>,
}

/// What drawing link `group` within `area` (screen points) takes.
pub fn cost(scene: &Scene, group: &Group, look: &Look<'_>, area: Rect) -> Cost {
    let (camera, zoom) = (look.camera, look.camera.zoom);
    let mut out = Cost { rank: (0, 0.0), ink: 0.0, dashes: 0.0 };
    let mut ends = [false; 2];
    for item in scene.items_of(group) {
        let Item::Line { from, to, stroke } = item else { continue };
        out.rank.1 += (to.x - from.x).hypot(to.y - from.y);
        let (a, b) = (camera.to_screen(look.canvas, *from), camera.to_screen(look.canvas, *to));
        ends = [ends[0] || !area.contains(a), ends[1] || !area.contains(b)];
        let Some((a, b)) = clip(a, b, area) else { continue };
        let length = (b - a).length();
        out.ink += length * (stroke.width * zoom).max(1.0);
        if let Some([dash, gap]) = stroke.dash
            && dash * zoom >= 3.0
        {
            out.dashes += length / (dash * zoom + (gap * zoom).max(0.5));
        }
    }
    out.rank.0 = u8::from(ends[0]) + u8::from(ends[1]);
    out
}

/// Whether a link of rank `rank` is left out under `cutoff`.
pub fn left_out(rank: (u8, f32), cutoff: (u8, f32)) -> bool {
    rank.0 > cutoff.0 || (rank.0 == cutoff.0 && rank.1 >= cutoff.1)
}

/// The thinning of the links among `groups` drawn within `area`.
pub fn thinning(scene: &Scene, groups: &[u32], look: &Look<'_>, area: Rect) -> Thinning {
    let links = groups
        .iter()
        .filter_map(|&k| scene.groups.get(k as usize))
        .filter(|group| matches!(group.element, Element::Link(_)));
    let mut costs: Vec<Cost> = links.map(|group| cost(scene, group, look, area)).collect();
    let dashes: f32 = costs.iter().map(|c| c.dashes).sum();
    let ink: f32 = costs.iter().map(|c| c.ink).sum();
    let mut left = MOST_INK * area.area();
    let mut cutoff = None;
    if ink > left {
        costs.sort_by(|a, b| a.rank.0.cmp(&b.rank.0).then(a.rank.1.total_cmp(&b.rank.1)));
        cutoff = costs
            .iter()
            .find(|c| {
                left -= c.ink;
                left < 0.0
            })
            .map(|c| c.rank);
    }
    Thinning { plain_dashes: dashes > MOST_DASHES, cutoff }
}
