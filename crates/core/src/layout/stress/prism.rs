//! Removing overlaps of node boxes while keeping the drawing's shape:
//! PRISM (Gansner and Hu, "Efficient, Proximity-Preserving Node Overlap
//! Removal", 2010). The Delaunay triangulation of the node centres is a
//! rigid frame of who is near whom; each of its edges whose boxes overlap
//! asks to be longer by the factor that would part them (at most
//! [`MAX_GROWTH`] at a time), every other edge to keep its length, and a
//! short stress descent on those terms moves the nodes. Once no frame edge
//! overlaps, any overlap left (boxes that are not neighbours in the frame)
//! joins the frame, until none is left.

use delaunator::{Point, triangulate};

use super::sgd::{Schedule, Term, descend};
use crate::layout::collide::{Adjacency, Extents, Gaps, Grid};
use crate::layout::rng::SplitMix64;

/// Largest growth of one frame edge in one round.
const MAX_GROWTH: f32 = 1.5;
/// Most rounds before the remaining overlaps are left to direct separation.
const ROUNDS: usize = 40;
/// Graphs above this many nodes skip PRISM: their boxes are specks next to
/// their links, and moving the few that touch apart keeps the shape as well
/// at a fraction of the cost.
const PRISM_UP_TO: usize = 20_000;
/// Node moves the final direct separation may make in all.
const SEPARATION_WORK: usize = 2_000_000;

/// Node boxes and the room wanted between them.
pub struct Boxes<'a> {
    /// Half widths.
    pub hw: &'a [f32],
    /// Half heights.
    pub hh: &'a [f32],
    /// Nodes that may move.
    pub movable: &'a [bool],
    /// Room between any two boxes.
    pub gap: f32,
    /// Room between linked boxes.
    pub link_gap: f32,
    /// Who is linked.
    pub adjacency: &'a Adjacency,
}

/// Moves the movable nodes until no two boxes overlap (or the rounds run
/// out); returns how many overlapping pairs are left.
pub fn remove_overlaps(x: &mut [f32], y: &mut [f32], boxes: &Boxes<'_>, rng: &mut SplitMix64) -> usize {
    let n = x.len();
    if n < 2 {
        return 0;
    }
    part_coincident(x, y, boxes.movable, rng);
    let pinned: Vec<bool> = boxes.movable.iter().map(|&m| !m).collect();
    let extents = Extents { hw: boxes.hw, hh: boxes.hh, pinned: &pinned };
    let gaps = Gaps { gap: boxes.gap, link_gap: boxes.link_gap, adjacency: boxes.adjacency };
    let mut grid = Grid::default();
    let mut extra: Vec<(u32, u32)> = Vec::new();
    let rounds = if n <= PRISM_UP_TO { ROUNDS } else { 0 };
    for _ in 0..rounds {
        let mut frame = delaunay_edges(x, y);
        frame.extend(extra.iter().copied());
        frame.sort_unstable();
        frame.dedup();
        let mut overlapping = false;
        let mut terms: Vec<Term> = frame
            .iter()
            .filter_map(|&(i, j)| {
                let (a, b) = (i as usize, j as usize);
                let length = (x[a] - x[b]).hypot(y[a] - y[b]);
                if length <= 0.0 {
                    return None;
                }
                let growth = growth(x, y, boxes, a, b);
                overlapping |= growth > 1.0;
                let d = length * growth.min(MAX_GROWTH);
                Some(Term::pair(i, j, d, 1.0 / (d * d)))
            })
            .collect();
        if !overlapping {
            // The frame is clear: look for overlaps it does not see.
            let (xs, ys) = (&*x, &*y);
            let mut found = Vec::new();
            grid.for_each_overlap((xs, ys), extents, gaps, |i, j, _, _| found.push((i as u32, j as u32)));
            if found.is_empty() {
                return 0;
            }
            extra.extend(found);
            continue;
        }
        let schedule = Schedule { epochs: 6, eps: 0.1, start: 1.0 };
        descend(&mut terms, x, y, boxes.movable, schedule, rng, &mut |_| {});
    }
    // Whatever PRISM left, direct separation finishes (in fewer rounds on
    // a large graph, where each round costs more and specks rarely touch).
    let rounds = (SEPARATION_WORK / n).clamp(20, 500);
    grid.separate((x, y), extents, gaps, rounds)
}

/// How much longer the edge between `a` and `b` must be for their boxes
/// (with the room wanted between them) not to overlap; 1 when they do not.
fn growth(x: &[f32], y: &[f32], boxes: &Boxes<'_>, a: usize, b: usize) -> f32 {
    let gap = if boxes.adjacency.linked(a, b) { boxes.link_gap.max(boxes.gap) } else { boxes.gap };
    let (dx, dy) = ((x[a] - x[b]).abs(), (y[a] - y[b]).abs());
    let need_x = boxes.hw[a] + boxes.hw[b] + gap;
    let need_y = boxes.hh[a] + boxes.hh[b] + gap;
    if dx >= need_x || dy >= need_y {
        return 1.0;
    }
    let tx = if dx > 0.0 { need_x / dx } else { f32::INFINITY };
    let ty = if dy > 0.0 { need_y / dy } else { f32::INFINITY };
    tx.min(ty).max(1.0)
}

/// The edges of the Delaunay triangulation of the points, each once as
/// (smaller, larger); none when the points are all on a line.
fn delaunay_edges(x: &[f32], y: &[f32]) -> Vec<(u32, u32)> {
    let points: Vec<Point> =
        x.iter().zip(y).map(|(&x, &y)| Point { x: f64::from(x), y: f64::from(y) }).collect();
    let triangulation = triangulate(&points);
    let t = &triangulation.triangles;
    let mut edges = Vec::with_capacity(t.len());
    for tri in t.chunks_exact(3) {
        for (a, b) in [(tri[0], tri[1]), (tri[1], tri[2]), (tri[2], tri[0])] {
            edges.push((a.min(b) as u32, a.max(b) as u32));
        }
    }
    edges
}

/// Moves movable nodes that share a point with another a little apart,
/// so that every pair has a direction to part along.
fn part_coincident(x: &mut [f32], y: &mut [f32], movable: &[bool], rng: &mut SplitMix64) {
    let mut order: Vec<usize> = (0..x.len()).collect();
    order.sort_by(|&a, &b| x[a].total_cmp(&x[b]).then(y[a].total_cmp(&y[b])).then(a.cmp(&b)));
    for pair in order.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if x[a] == x[b] && y[a] == y[b] && movable[b] {
            x[b] += rng.next_signed() * 0.5;
            y[b] += rng.next_signed() * 0.5;
        }
    }
}
