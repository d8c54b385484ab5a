//! Keeping links clear of the boxes they do not join, on maps a person
//! reads.

use super::edges_of;
use super::prism::Boxes;
use crate::layout::clearance::Clearance;
use crate::layout::collide::{Extents, Gaps, Grid};
use crate::layout::params::LayoutInput;
use crate::layout::quality;

/// Most rounds of pushing boxes off links.
const CLEARANCE_ROUNDS: usize = 120;

/// Pushes boxes off links that pass through them (and the links' ends a
/// little the other way), keeping boxes apart, round after round; keeps
/// the best arrangement seen (fewest links through boxes), and stops at
/// none or when the rounds run out.
pub(super) fn clear_links(x: &mut [f32], y: &mut [f32], input: &LayoutInput, boxes: &Boxes<'_>) {
    let n = x.len();
    let edges = edges_of(input);
    let pinned: Vec<bool> = boxes.movable.iter().map(|&m| !m).collect();
    let extents = Extents { hw: boxes.hw, hh: boxes.hh, pinned: &pinned };
    let gaps = Gaps { gap: boxes.gap, link_gap: boxes.link_gap, adjacency: boxes.adjacency };
    let mut grid = Grid::default();
    let through = |x: &[f32], y: &[f32]| quality::links_through_nodes(&edges, x, y, boxes.hw, boxes.hh);
    let mut best = (through(x, y), x.to_vec(), y.to_vec());
    for _ in 0..CLEARANCE_ROUNDS {
        if best.0 == 0 {
            break;
        }
        let mut moves = vec![(0.0f32, 0.0f32); n];
        let clearance = Clearance { x, y, hw: boxes.hw, hh: boxes.hh, edges: &edges };
        clearance.for_each_push(boxes.gap * 1.5, |i, (a, b), dx, dy| {
            moves[i].0 += dx;
            moves[i].1 += dy;
            for end in [a as usize, b as usize] {
                moves[end].0 -= dx * 0.1;
                moves[end].1 -= dy * 0.1;
            }
        });
        for (i, (dx, dy)) in moves.into_iter().enumerate() {
            if boxes.movable[i] {
                x[i] += dx;
                y[i] += dy;
            }
        }
        grid.separate((&mut *x, &mut *y), extents, gaps, 200);
        let now = through(x, y);
        if now < best.0 {
            best = (now, x.to_vec(), y.to_vec());
        }
    }
    x.copy_from_slice(&best.1);
    y.copy_from_slice(&best.2);
}
