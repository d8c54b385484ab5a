//! Thinning the links of a crowded view. When thousands of links cross
//! the view, dashed ones are drawn as fainter solid lines (their dashes
//! would cost millions of vertices); when the links' ink would cover the
//! view many times over, only the shortest are drawn: the long ones only
//! smear it, and they come back as the view zooms in. Maps of ordinary
//! size never reach either limit.

use egui::Rect;

use super::batch::clip;
use super::draw::Look;
use sectormap_core::scene::{Element, Group, Item, Scene};

/// More dashes than this, and dashed lines are drawn solid.
const MOST_DASHES: f32 = 50_000.0;
/// Most ink of links (length times width), in areas of the part drawn.
const MOST_INK: f32 = 6.0;

/// How the links of one view are thinned.
#[derive(Clone, Copy)]
pub struct Thinning {
    /// Dashed lines are drawn as fainter solid ones.
    pub plain_dashes: bool,
    /// Links longer than this on screen (points) are left out.
    pub longest: f32,
    /// Links wholly inside the part drawn are kept whatever their length
    /// (unless they alone would smear it: thousands of specks).
    pub keep_inside: bool,
}

/// How long link `group` is within `area`, how much ink it takes and how
/// many dashes it needs there (screen points), and 1 if it lies wholly
/// inside (it joins nodes in view: never left out), else 0.
pub fn measure(scene: &Scene, group: &Group, look: &Look<'_>, area: Rect) -> [f32; 4] {
    let (camera, zoom) = (look.camera, look.camera.zoom);
    let mut out = [0.0, 0.0, 0.0, 1.0];
    for item in scene.items_of(group) {
        let Item::Line { from, to, stroke } = item else { continue };
        let (a, b) = (camera.to_screen(look.canvas, *from), camera.to_screen(look.canvas, *to));
        if !area.contains(a) || !area.contains(b) {
            out[3] = 0.0;
        }
        let Some((a, b)) = clip(a, b, area) else { continue };
        let length = (b - a).length();
        out[0] += length;
        out[1] += length * (stroke.width * zoom).max(1.0);
        if let Some([dash, gap]) = stroke.dash
            && dash * zoom >= 3.0
        {
            out[2] += length / (dash * zoom + (gap * zoom).max(0.5));
        }
    }
    out
}

/// The thinning of the links among `groups` drawn within `area`.
pub fn thinning(scene: &Scene, groups: &[u32], look: &Look<'_>, area: Rect) -> Thinning {
    let links = groups
        .iter()
        .filter_map(|&k| scene.groups.get(k as usize))
        .filter(|group| matches!(group.element, Element::Link(_)));
    let mut measured: Vec<[f32; 4]> = links.map(|group| measure(scene, group, look, area)).collect();
    let dashes: f32 = measured.iter().map(|m| m[2]).sum();
    let ink: f32 = measured.iter().map(|m| m[1]).sum();
    let (mut longest, mut keep_inside) = (f32::INFINITY, true);
    let budget = MOST_INK * area.area();
    if ink > budget {
        // Links within the area are drawn; of the others, the shortest,
        // until the ink runs out.
        let inside: f32 = measured.iter().filter(|m| m[3] > 0.0).map(|m| m[1]).sum();
        keep_inside = inside < budget;
        if keep_inside {
            measured.retain(|m| m[3] == 0.0);
        }
        let mut left = if keep_inside { budget - inside } else { budget };
        measured.sort_by(|a, b| a[0].total_cmp(&b[0]));
        if let Some(m) = measured.iter().find(|m| {
            left -= m[1];
            left < 0.0
        }) {
            longest = m[0];
        }
    }
    Thinning { plain_dashes: dashes > MOST_DASHES, longest, keep_inside }
}
