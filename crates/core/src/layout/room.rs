//! Making room for a box that grew (a longer label): the nodes it now
//! overlaps step aside just enough, and the nodes they then overlap, and so
//! on. Nothing else moves, so an edit changes the map only where it must.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use super::collide::{Adjacency, Extents, Gaps, Grid};
use super::params::LayoutInput;

/// Most moves one call makes (a guard against pathological piles).
const MAX_MOVES: usize = 10_000;

/// New centres for the nodes that must step aside so that none overlaps
/// the boxes of `grown` (with `gap` between boxes), in the order they
/// moved, each node once with its final place. `grown` gives each grown
/// node with its half size before it grew: boxes that overlapped before
/// are left as they were, so only overlaps the growth caused are resolved.
///
/// Grown and pinned nodes, and nodes without a start, never move; an
/// overlap with a pinned node is left as it is.
pub fn make_room(input: &LayoutInput, grown: &[(u32, [f32; 2])], gap: f32) -> Vec<(u32, [f32; 2])> {
    let n = input.nodes.len();
    let mut pos: Vec<[f32; 2]> = input.nodes.iter().map(|node| node.start.unwrap_or([0.0, 0.0])).collect();
    let mut fixed: Vec<bool> = input.nodes.iter().map(|node| node.pinned || node.start.is_none()).collect();
    let before = overlapping_before(input, grown, &pos, gap);
    let mut queue: VecDeque<usize> = VecDeque::new();
    for &(g, _) in grown {
        if let Some(slot) = fixed.get_mut(g as usize) {
            *slot = true;
            queue.push_back(g as usize);
        }
    }
    let mut moved: Vec<usize> = Vec::new();
    let mut was_moved = vec![false; n];
    let mut moves = 0;
    while let Some(p) = queue.pop_front() {
        for q in 0..n {
            if q == p || fixed[q] || before.contains(&(p.min(q) as u32, p.max(q) as u32)) {
                continue;
            }
            let Some(step) = push_apart(input, &pos, p, q, gap) else { continue };
            pos[q] = [pos[q][0] + step[0], pos[q][1] + step[1]];
            if !was_moved[q] {
                was_moved[q] = true;
                moved.push(q);
            }
            moves += 1;
            if moves >= MAX_MOVES {
                return moved.iter().map(|&i| (i as u32, pos[i])).collect();
            }
            queue.push_back(q);
        }
    }
    moved.iter().map(|&i| (i as u32, pos[i])).collect()
}

/// The pairs of boxes that overlapped before the growth (grown boxes at
/// their old size), each as (smaller, larger).
fn overlapping_before(
    input: &LayoutInput,
    grown: &[(u32, [f32; 2])],
    pos: &[[f32; 2]],
    gap: f32,
) -> BTreeSet<(u32, u32)> {
    let (mut hw, mut hh): (Vec<f32>, Vec<f32>) =
        input.nodes.iter().map(|node| (node.half[0], node.half[1])).unzip();
    for &(g, [w, h]) in grown {
        if let (Some(a), Some(b)) = (hw.get_mut(g as usize), hh.get_mut(g as usize)) {
            (*a, *b) = (w, h);
        }
    }
    let (x, y): (Vec<f32>, Vec<f32>) = pos.iter().map(|p| (p[0], p[1])).unzip();
    let pinned = vec![false; pos.len()];
    let adjacency = Adjacency::default();
    let extents = Extents { hw: &hw, hh: &hh, pinned: &pinned };
    let gaps = Gaps { gap, link_gap: gap, adjacency: &adjacency };
    let mut found = BTreeSet::new();
    Grid::default().for_each_overlap((&x, &y), extents, gaps, |i, j, _, _| {
        found.insert((i.min(j) as u32, i.max(j) as u32));
    });
    found
}

/// How far `q` must move to clear `p` (along the axis that needs the
/// shorter move, away from `p`), or `None` when they do not overlap.
fn push_apart(input: &LayoutInput, pos: &[[f32; 2]], p: usize, q: usize, gap: f32) -> Option<[f32; 2]> {
    let (a, b) = (&input.nodes[p], &input.nodes[q]);
    let dx = pos[q][0] - pos[p][0];
    let dy = pos[q][1] - pos[p][1];
    let need_x = a.half[0] + b.half[0] + gap - dx.abs();
    let need_y = a.half[1] + b.half[1] + gap - dy.abs();
    if need_x <= 0.0 || need_y <= 0.0 {
        return None;
    }
    // A node exactly on top goes right (or down): any fixed rule will do,
    // as long as it is the same every time.
    let side = |d: f32| if d < 0.0 { -1.0 } else { 1.0 };
    Some(if need_x <= need_y { [need_x * side(dx), 0.0] } else { [0.0, need_y * side(dy)] })
}

/// Rings searched around the wanted point before giving up on it.
const RINGS: usize = 60;

/// The point nearest `near` where a box of half size `half` overlaps none
/// of the boxes of `input` (with `gap` between): `near` itself when it is
/// free, else the nearest free point on rings around it, preferring points
/// inside `within` (left, top, right, bottom: the map as it is, so a new
/// node does not push the map's edges out when there is room inside).
/// Nodes without a start take no room. Only boxes within reach of the
/// rings are looked at, through a grid, so a crowded large map costs little.
pub fn free_spot(
    input: &LayoutInput,
    half: [f32; 2],
    near: [f32; 2],
    gap: f32,
    within: Option<[f32; 4]>,
) -> [f32; 2] {
    // Steps small enough to find a gap between neighbours, rings wide
    // enough to get out of a pile; wider than tall, as labels are.
    let step = (half[1] * 2.0 + gap).max(8.0);
    let reach = [step * RINGS as f32 * 1.6 + half[0] + gap, step * RINGS as f32 + half[1] + gap];
    let cell = (half[0].max(half[1]) * 2.0 + gap).max(16.0);
    let key = |x: f32, y: f32| ((x / cell).floor() as i64, (y / cell).floor() as i64);
    let mut grid: BTreeMap<(i64, i64), Vec<usize>> = BTreeMap::new();
    for (i, node) in input.nodes.iter().enumerate() {
        let Some([x, y]) = node.start else { continue };
        let [hw, hh] = node.half;
        if (x - near[0]).abs() > reach[0] + hw || (y - near[1]).abs() > reach[1] + hh {
            continue;
        }
        let (a, b) = (key(x - hw - gap, y - hh - gap), key(x + hw + gap, y + hh + gap));
        for cx in a.0..=b.0 {
            for cy in a.1..=b.1 {
                grid.entry((cx, cy)).or_default().push(i);
            }
        }
    }
    let clear = |p: [f32; 2]| {
        let (a, b) = (key(p[0] - half[0], p[1] - half[1]), key(p[0] + half[0], p[1] + half[1]));
        (a.0..=b.0).all(|cx| {
            (a.1..=b.1).all(|cy| {
                grid.get(&(cx, cy)).is_none_or(|list| {
                    list.iter().all(|&i| {
                        let node = &input.nodes[i];
                        let [x, y] = node.start.unwrap_or([f32::INFINITY, f32::INFINITY]);
                        (x - p[0]).abs() >= node.half[0] + half[0] + gap
                            || (y - p[1]).abs() >= node.half[1] + half[1] + gap
                    })
                })
            })
        })
    };
    if clear(near) {
        return near;
    }
    let inside = |p: [f32; 2]| {
        within.is_none_or(|[x0, y0, x1, y1]| {
            p[0] - half[0] >= x0 && p[0] + half[0] <= x1 && p[1] - half[1] >= y0 && p[1] + half[1] <= y1
        })
    };
    let d = |q: [f32; 2]| (q[0] - near[0]).hypot(q[1] - near[1]);
    let mut outside: Option<[f32; 2]> = None;
    for ring in 1..=RINGS {
        let radius = step * ring as f32;
        let around = 8 * ring;
        let free: Vec<[f32; 2]> = (0..around)
            .map(|k| {
                let angle = std::f32::consts::TAU * k as f32 / around as f32;
                [near[0] + radius * angle.cos() * 1.6, near[1] + radius * angle.sin()]
            })
            .filter(|&p| clear(p))
            .collect();
        let nearest = |keep: &dyn Fn([f32; 2]) -> bool| {
            free.iter().copied().filter(|&p| keep(p)).min_by(|a, b| d(*a).total_cmp(&d(*b)))
        };
        if let Some(p) = nearest(&inside) {
            return p;
        }
        if outside.is_none() {
            outside = nearest(&|_| true);
        }
        // Room outside the map is taken only when none is near inside it.
        if let Some(p) = outside.filter(|_| ring >= 3) {
            return p;
        }
    }
    outside.unwrap_or(near)
}
