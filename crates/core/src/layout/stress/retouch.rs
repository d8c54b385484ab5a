//! The last touch on a small map laid out from scratch: its boxes parted,
//! nodes are moved once more where their links cross fewer others, as long
//! as no boxes overlap and no more links pass through boxes.
//!
//! Parting boxes nudges nodes over links: on dense networks it adds about
//! a tenth to the crossings the untangling left. This pass takes most of
//! them back, with spots near each node as well as around its neighbours.

use super::edges_of;
use super::graph::Graph;
use super::guard::Guard;
use super::prism::Boxes;
use super::untangle::{Pass, untangle};
use crate::layout::collide::Adjacency;
use crate::layout::params::{LayoutInput, Params};

/// Rounds over every node.
const ROUNDS: usize = 2;
/// Stress may grow by at most this share while crossings are taken back.
const SLACK: f64 = 0.04;
/// A move may add at most this share of the stress for each share of the
/// crossings it takes away: a few crossings are not worth a worse shape.
const RATE: f64 = 0.3;

/// Moves nodes of the laid-out map `placed` (every node free, boxes
/// parted) so that fewer links cross; `rows` are the wanted distances
/// between every two nodes over `graph`.
pub(super) fn retouch(
    input: &LayoutInput,
    params: &Params,
    graph: &Graph,
    rows: &[Vec<f32>],
    placed: &mut [[f32; 2]],
) {
    let n = placed.len();
    if n < 4 || rows.len() != n {
        return;
    }
    let edges = edges_of(input);
    let adjacency = Adjacency::new(n, edges.iter().copied());
    let (hw, hh): (Vec<f32>, Vec<f32>) =
        input.nodes.iter().map(|node| (node.half[0].max(0.5), node.half[1].max(0.5))).unzip();
    let movable = vec![true; n];
    let boxes = Boxes {
        hw: &hw,
        hh: &hh,
        movable: &movable,
        gap: params.gap,
        link_gap: params.link_gap,
        adjacency: &adjacency,
    };
    let (mut x, mut y): (Vec<f32>, Vec<f32>) = placed.iter().map(|p| (p[0], p[1])).unzip();
    // Half a typical box and the gap: far enough to step off a link.
    let near = hw.iter().zip(&hh).map(|(a, b)| a + b).sum::<f32>() / n as f32 * 0.5 + params.gap;
    let pass = Pass {
        rounds: ROUNDS,
        slack: SLACK,
        rate: Some(RATE),
        scale: best_scale(rows, &x, &y),
        near,
        guard: Some(Guard { boxes: &boxes, edges: &edges }),
    };
    untangle(graph, rows, &mut x, &mut y, &pass);
    for (p, (a, b)) in placed.iter_mut().zip(x.into_iter().zip(y)) {
        *p = [a, b];
    }
}

/// The factor that brings the distances of the drawing (`x`, `y`) closest
/// to the wanted ones `rows` (least squares of the relative error).
fn best_scale(rows: &[Vec<f32>], x: &[f32], y: &[f32]) -> f32 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    for (i, row) in rows.iter().enumerate() {
        for (j, &d) in row.iter().enumerate().skip(i + 1) {
            if d.is_finite() && d > 0.0 {
                let r = f64::from((x[i] - x[j]).hypot(y[i] - y[j])) / f64::from(d);
                num += r;
                den += r * r;
            }
        }
    }
    if den > 0.0 { (num / den) as f32 } else { 1.0 }
}
