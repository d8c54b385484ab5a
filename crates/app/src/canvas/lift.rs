//! Choosing which node labels are lifted to a legible size, and where:
//! in rank order, each about its own centre (moved in at the canvas's
//! edge), else at the least legible size, else shifted over its own box,
//! never covering another lifted label or one legible as it is.

use std::collections::BTreeMap;

use egui::Rect;

use super::draw::Look;
use super::legible::{centre, label_size, scaled_rect, smallest_text};
use sectormap_core::scene::{self, Element, Pos, Scene};

/// Lifted labels keep this many screen points clear of one another.
const GAP: f32 = 3.0;
/// At most this many labels are lifted in one view.
const MOST: usize = 400;

/// A node lifted to a legible size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lifted {
    /// How many times larger than the scene the node is drawn.
    pub factor: f32,
    /// The point it is enlarged about.
    pub about: Pos,
    /// Where that point is drawn: the node's centre, moved only as far as
    /// keeps the enlarged node whole on the canvas.
    pub to: Pos,
    /// Where it is drawn, in map units.
    pub bounds: scene::Rect,
}

/// The nodes among `groups` (indices into the scene) whose labels are
/// lifted, by group index, chosen in rank order so that none covers another
/// nor a label legible as it is. A node lifted in `previous` (the last
/// shapes made at this zoom) keeps its place there if it is still free.
pub fn lift(
    scene: &Scene,
    groups: &[u32],
    look: &Look<'_>,
    previous: &BTreeMap<u32, Lifted>,
) -> BTreeMap<u32, Lifted> {
    let (camera, canvas, rules) = (look.camera, look.canvas, look.legibility);
    let mut lifted = BTreeMap::new();
    if rules.ranks.is_empty() || rules.lift_px <= 0.0 {
        return lifted;
    }
    let mut placed = Placed::default();
    let mut candidates = Vec::new();
    for &k in groups {
        let Some(group) = scene.groups.get(k as usize) else { continue };
        let px = label_size(scene.items_of(group)) * camera.zoom;
        if matches!(group.element, Element::Title | Element::Source) && px >= rules.min_px {
            // The map's own words, legible: drawn under lifted labels, so
            // those keep off them.
            placed.add(camera.rect_to_screen(canvas, &group.bounds));
        }
        if !matches!(group.element, Element::Node(_)) {
            continue;
        }
        if px >= rules.min_px {
            // Legible as it is: lifted labels keep off it.
            placed.add(camera.rect_to_screen(canvas, &group.bounds));
        } else if let (true, Some(rank)) = (px > 0.0, rules.ranks.get(&k)) {
            // Large enough that its smallest line (a score) is legible too.
            let least = smallest_text(scene.items_of(group)) * camera.zoom;
            let factor = (rules.lift_px / px).max(rules.min_px / least);
            // Where that would cover another, legible at the least size.
            let least_factor = (rules.min_px / px).max(rules.min_px / least).min(factor);
            candidates.push((*rank, k, [factor, least_factor]));
        }
    }
    candidates.sort_unstable_by_key(|&(rank, k, _)| (rank, k));
    for (_, k, factors) in candidates {
        let Some(group) = scene.groups.get(k as usize) else { continue };
        let about = centre(group);
        let kept = previous.get(&k).filter(|was| factors.contains(&was.factor)).and_then(|was| {
            let spot = camera.rect_to_screen(canvas, &was.bounds);
            (canvas.contains_rect(spot) && !placed.hits(spot)).then_some((was.factor, spot))
        });
        let Some((factor, on_screen)) = kept.or_else(|| {
            factors.into_iter().find_map(|factor| {
                let spot = free_spot(&placed, &group.bounds, about, factor, look)?;
                Some((factor, spot))
            })
        }) else {
            continue;
        };
        placed.add(on_screen);
        let unmoved = camera.rect_to_screen(canvas, &scaled_rect(&group.bounds, (about, about), factor));
        let shift = on_screen.center() - unmoved.center();
        let to = Pos::new(about.x + shift.x / camera.zoom, about.y + shift.y / camera.zoom);
        let bounds = scaled_rect(&group.bounds, (about, to), factor);
        lifted.insert(k, Lifted { factor, about, to, bounds });
        if lifted.len() >= MOST {
            break;
        }
    }
    lifted
}

/// Where the node whose box is `bounds`, enlarged `factor` times
/// about `about`, can be drawn: about its own centre, moved in as far as
/// keeps it whole on the canvas; else shifted as far as it still covers
/// its own box (so it reads as that node), up, down or sideways; none
/// where each would cover a label already placed.
fn free_spot(
    placed: &Placed,
    bounds: &scene::Rect,
    about: Pos,
    factor: f32,
    look: &Look<'_>,
) -> Option<Rect> {
    let (camera, canvas) = (look.camera, look.canvas);
    let own = camera.rect_to_screen(canvas, bounds);
    let on_screen = camera.rect_to_screen(canvas, &scaled_rect(bounds, (about, about), factor));
    // Whole on the canvas: a label cut by its edge could not be read.
    if on_screen.width() > canvas.width() || on_screen.height() > canvas.height() {
        return None;
    }
    let dx = (canvas.left() - on_screen.left()).max(0.0) + (canvas.right() - on_screen.right()).min(0.0);
    let dy = (canvas.top() - on_screen.top()).max(0.0) + (canvas.bottom() - on_screen.bottom()).min(0.0);
    let centred = on_screen.translate(egui::vec2(dx, dy));
    if !placed.hits(centred) {
        return Some(centred);
    }
    let slack = (on_screen.size() - own.size()) / 2.0;
    SHIFTS.iter().map(|&(sx, sy)| on_screen.translate(egui::vec2(sx * slack.x, sy * slack.y))).find(|spot| {
        canvas.contains_rect(*spot) && spot.expand(0.5).contains_rect(own) && !placed.hits(*spot)
    })
}

/// Directions a lifted node may be shifted in, nearest first.
const SHIFTS: [(f32, f32); 8] =
    [(0.0, -1.0), (0.0, 1.0), (-1.0, 0.0), (1.0, 0.0), (-1.0, -1.0), (1.0, -1.0), (-1.0, 1.0), (1.0, 1.0)];

/// Screen rectangles taken, bucketed in a coarse grid.
#[derive(Default)]
struct Placed {
    rects: Vec<Rect>,
    cells: BTreeMap<(i32, i32), Vec<usize>>,
}

/// Side of a grid cell, in screen points.
const CELL: f32 = 96.0;

fn cells(r: Rect) -> impl Iterator<Item = (i32, i32)> {
    let (x0, x1) = ((r.left() / CELL).floor() as i32, (r.right() / CELL).floor() as i32);
    let (y0, y1) = ((r.top() / CELL).floor() as i32, (r.bottom() / CELL).floor() as i32);
    // A huge rectangle is bucketed by its corners' cells only along a capped span.
    let (x1, y1) = (x1.min(x0 + 64), y1.min(y0 + 64));
    (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
}

impl Placed {
    fn add(&mut self, r: Rect) {
        let index = self.rects.len();
        self.rects.push(r);
        for cell in cells(r) {
            self.cells.entry(cell).or_default().push(index);
        }
    }

    fn hits(&self, r: Rect) -> bool {
        let r = r.expand(GAP);
        cells(r).any(|cell| {
            self.cells.get(&cell).is_some_and(|found| {
                found.iter().any(|&i| self.rects.get(i).is_some_and(|p| p.intersects(r)))
            })
        })
    }
}
