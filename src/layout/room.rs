//! Making room for a box that grew (a longer label): the nodes it now
//! overlaps step aside just enough, and the nodes they then overlap, and so
//! on. Nothing else moves, so an edit changes the map only where it must.

use std::collections::VecDeque;

use super::params::LayoutInput;

/// Most moves one call makes (a guard against pathological piles).
const MAX_MOVES: usize = 10_000;

/// New centres for the nodes that must step aside so that none overlaps
/// the boxes of `grown` (with `gap` between boxes), in the order they
/// moved, each node once with its final place.
///
/// Every node of `input` needs a start. Grown and pinned nodes never move;
/// an overlap with a pinned node is left as it is.
pub fn make_room(input: &LayoutInput, grown: &[u32], gap: f32) -> Vec<(u32, [f32; 2])> {
    let n = input.nodes.len();
    let mut pos: Vec<[f32; 2]> = input.nodes.iter().map(|node| node.start.unwrap_or([0.0, 0.0])).collect();
    let mut fixed: Vec<bool> = input.nodes.iter().map(|node| node.pinned).collect();
    let mut queue: VecDeque<usize> = VecDeque::new();
    for &g in grown {
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
            if q == p || fixed[q] {
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

/// The point nearest `near` where a box of half size `half` overlaps none
/// of the boxes of `input` (with `gap` between): `near` itself when it is
/// free, else the first free point on rings around it, nearest first.
/// Every node of `input` needs a start.
pub fn free_spot(input: &LayoutInput, half: [f32; 2], near: [f32; 2], gap: f32) -> [f32; 2] {
    let clear = |p: [f32; 2]| {
        input.nodes.iter().all(|node| {
            let [x, y] = node.start.unwrap_or([f32::INFINITY, f32::INFINITY]);
            (x - p[0]).abs() >= node.half[0] + half[0] + gap
                || (y - p[1]).abs() >= node.half[1] + half[1] + gap
        })
    };
    if clear(near) {
        return near;
    }
    // Steps small enough to find a gap between neighbours, rings wide
    // enough to get out of any pile.
    let step = (half[1] * 2.0 + gap).max(8.0);
    for ring in 1..=200 {
        let radius = step * ring as f32;
        let around = 8 * ring;
        let mut best: Option<[f32; 2]> = None;
        for k in 0..around {
            let angle = std::f32::consts::TAU * k as f32 / around as f32;
            // Wider than tall, as labels are: rings are stretched sideways.
            let p = [near[0] + radius * angle.cos() * 1.6, near[1] + radius * angle.sin()];
            let d = |q: [f32; 2]| (q[0] - near[0]).hypot(q[1] - near[1]);
            if clear(p) && best.is_none_or(|b| d(p) < d(b)) {
                best = Some(p);
            }
        }
        if let Some(p) = best {
            return p;
        }
    }
    near
}
