//! Stress SGD for large graphs: exact terms with each node's nearest
//! nodes, and far terms towards a fresh random sample of nodes every epoch.
//!
//! The sparse model of Ortmann, Klimenta and Brandes lets a few fixed
//! pivots stand for the nodes around them; on graphs of small diameter
//! (random graphs, most networks) a pivot's region is as wide as the
//! distances it stands for, and the drawing settles where that
//! approximation, not the stress, is least (18 % above sfdp's on a random
//! graph of 10k nodes). Here every epoch draws new sources and their exact
//! distances (one breadth-first search each): each node's far terms are then
//! a uniform sample of all its far pairs, weighted up by how many pairs
//! each one stands for, so the descent follows the real stress on average,
//! and the falling step size averages the sampling noise away.

use super::graph::Graph;
use super::sgd::{Schedule, Term, below, shuffle, step};
use crate::layout::rng::SplitMix64;

/// Nodes visited one after another (see [`descend_sampled`]).
const RUN: usize = 256;
/// Far terms sampled each epoch, about: a source costs a breadth-first
/// search and a term for every node, so larger graphs draw fewer sources.
const FAR_TERMS: usize = 2_000_000;
/// Fewest and most sources drawn each epoch.
const SOURCES: (usize, usize) = (20, 75);
/// The last step size as a share of what the stiffest term allows: lower
/// than the full model's, as the sampled terms' noise is averaged away.
pub const EPS: f32 = 0.03;

/// Sources to draw each epoch on a part of `n` nodes.
pub fn sources_for(n: usize) -> usize {
    (FAR_TERMS / n.max(1)).clamp(SOURCES.0, SOURCES.1)
}

/// Each node's nearest nodes (from [`super::terms::near`]) and the terms
/// between them, with the sources each epoch draws.
pub struct Sampled<'a> {
    /// The graph laid out.
    pub graph: &'a Graph,
    /// Each node's nearest nodes and their distances.
    pub near: &'a [Vec<(usize, f32)>],
    /// Exact terms between near nodes.
    pub terms: &'a mut [Term],
    /// Sources drawn each epoch.
    pub sources: usize,
}

/// Runs SGD over the near terms and a fresh sample of far terms each epoch,
/// on positions `x`, `y`; nodes not `movable` stay.
pub fn descend_sampled(
    model: Sampled<'_>,
    x: &mut [f32],
    y: &mut [f32],
    movable: &[bool],
    schedule: Schedule,
    rng: &mut SplitMix64,
) {
    let Sampled { graph, near, terms, sources } = model;
    let n = graph.len();
    if n < 2 || sources == 0 || schedule.epochs == 0 {
        return;
    }
    // How many far pairs of a node each sampled one stands for.
    let scale = n as f32 / sources as f32;
    // Beyond this distance from a node, no node is near it.
    let reach: Vec<f32> = near.iter().map(|list| list.last().map_or(0.0, |p| p.1)).collect();
    let is_near = |i: usize, j: usize, d: f32| d <= reach[i] && near[i].iter().any(|&(k, _)| k == j);
    for i in (1..terms.len()).rev() {
        terms.swap(i, below(rng, i + 1));
    }
    // Nodes are visited in runs of consecutive ones, the runs shuffled:
    // a node's far terms move only it, so the order among nodes matters
    // little, and runs read each distance row in whole cache lines.
    let mut runs: Vec<u32> = (0..n.div_ceil(RUN) as u32).collect();
    let mut pos: Vec<[f32; 2]> = x.iter().zip(y.iter()).map(|(&a, &b)| [a, b]).collect();
    let mut range: Option<(f32, f32)> = None;
    for epoch in 0..schedule.epochs {
        let picks: Vec<u32> = (0..sources).map(|_| below(rng, n) as u32).collect();
        let rows = graph.distances_from_each(&picks);
        let (eta_max, lambda) = *range.get_or_insert_with(|| {
            let (w_min, w_max) = weight_range(terms, &rows, &picks, scale, &is_near);
            let (hi, lo) = (schedule.start / w_min, schedule.eps / w_max);
            let steps = schedule.epochs.max(2) - 1;
            (hi, if hi > lo { (hi / lo).ln() / steps as f32 } else { 0.0 })
        });
        let eta = eta_max * (-lambda * epoch as f32).exp();
        for r in (1..runs.len()).rev() {
            runs.swap(r, below(rng, r + 1));
        }
        shuffle(terms, rng);
        // Near terms and far ones interleaved, node by node.
        let mut done = 0usize;
        let nodes = runs.iter().flat_map(|&r| r as usize * RUN..((r as usize + 1) * RUN).min(n));
        for (t, i) in nodes.enumerate() {
            let upto = (t + 1) * terms.len() / n;
            for term in &terms[done..upto] {
                step(term, eta, &mut pos, movable);
            }
            done = upto;
            if !movable[i] {
                continue;
            }
            for (row, &p) in rows.iter().zip(&picks) {
                let (p, d) = (p as usize, row[i]);
                if p == i || !d.is_finite() || d <= 0.0 || is_near(i, p, d) {
                    continue;
                }
                step(&Term::pull(i as u32, p as u32, d, scale / (d * d)), eta, &mut pos, movable);
            }
        }
    }
    for (k, [a, b]) in pos.into_iter().enumerate() {
        (x[k], y[k]) = (a, b);
    }
}

/// The least and greatest weight among the near terms and the far terms
/// of the first sample (the step sizes follow from them).
fn weight_range(
    terms: &[Term],
    rows: &[Vec<f32>],
    picks: &[u32],
    scale: f32,
    is_near: &impl Fn(usize, usize, f32) -> bool,
) -> (f32, f32) {
    let (mut lo, mut hi) = (f32::INFINITY, 0.0f32);
    for t in terms {
        (lo, hi) = (lo.min(t.w), hi.max(t.w));
    }
    for (row, &p) in rows.iter().zip(picks) {
        for (i, &d) in row.iter().enumerate() {
            if i != p as usize && d.is_finite() && d > 0.0 && !is_near(i, p as usize, d) {
                let w = scale / (d * d);
                (lo, hi) = (lo.min(w), hi.max(w));
            }
        }
    }
    if lo.is_finite() && hi > 0.0 { (lo, hi) } else { (1.0, 1.0) }
}
