//! Keeping links clear of the boxes they do not join, on maps a person
//! reads, as far as the drawing keeps its shape.

use super::edges_of;
use super::prism::Boxes;
use super::sgd::Term;
use super::term_stress;
use crate::layout::clearance::Clearance;
use crate::layout::collide::{Extents, Gaps, Grid};
use crate::layout::params::LayoutInput;
use crate::layout::quality;

/// Most rounds of pushing boxes off links.
const CLEARANCE_ROUNDS: usize = 120;
/// On a network of more than [`SMALL`] nodes with more links than this per
/// node, pushing boxes off links may raise the stress by at most
/// [`STRESS_SLACK`]: clearing every link there would pull its groups apart.
/// Sparser maps, and small ones, are cleared fully.
const DENSE_FROM: usize = 2;
/// Maps up to this many nodes are cleared fully, however dense.
const SMALL: usize = 30;
/// How far the stress of a dense network may grow while links are cleared.
const STRESS_SLACK: f64 = 0.05;

/// Pushes boxes off links that pass through them (and the links' ends a
/// little the other way), keeping boxes apart, round after round; keeps
/// the best arrangement seen (fewest links through boxes), on a dense
/// network only while its stress over `shape` is within [`STRESS_SLACK`]
/// of the start's, and stops at no link through a box, when the stress
/// goes past that or when the rounds run out.
pub(super) fn clear_links(
    x: &mut [f32],
    y: &mut [f32],
    input: &LayoutInput,
    boxes: &Boxes<'_>,
    shape: &[Term],
) {
    let n = x.len();
    let edges = edges_of(input);
    let pinned: Vec<bool> = boxes.movable.iter().map(|&m| !m).collect();
    let extents = Extents { hw: boxes.hw, hh: boxes.hh, pinned: &pinned };
    let gaps = Gaps { gap: boxes.gap, link_gap: boxes.link_gap, adjacency: boxes.adjacency };
    let mut grid = Grid::default();
    let through = |x: &[f32], y: &[f32]| quality::links_through_nodes(&edges, x, y, boxes.hw, boxes.hh);
    let mut best = (through(x, y), x.to_vec(), y.to_vec());
    let dense = n > SMALL && edges.len() > DENSE_FROM * n;
    let most = if dense { term_stress(shape, x, y) * (1.0 + STRESS_SLACK) } else { f64::INFINITY };
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
        if dense && term_stress(shape, x, y) > most {
            break;
        }
        let now = through(x, y);
        if now < best.0 {
            best = (now, x.to_vec(), y.to_vec());
        }
    }
    x.copy_from_slice(&best.1);
    y.copy_from_slice(&best.2);
}
