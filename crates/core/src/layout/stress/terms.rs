//! The stress terms of a connected graph: every pair of nodes for graphs a
//! person can read, or, for large ones, exact terms with each node's
//! nearest nodes (the far pairs are sampled afresh each epoch, see
//! [`super::sampled`]); and the max-min pivots of the starting layout.

use rayon::prelude::*;

use super::graph::Graph;
use super::sgd::Term;
use crate::layout::rng::SplitMix64;

/// Exact terms with this many nearest nodes of each node (large graphs).
const NEAREST: usize = 24;

/// Pivots chosen by max-min: a seeded first one, then each time the node
/// farthest from all chosen so far. Returns the pivots and their distance rows.
pub fn pivots(graph: &Graph, count: usize, rng: &mut SplitMix64) -> (Vec<u32>, Vec<Vec<f32>>) {
    let n = graph.len();
    let count = count.min(n);
    if count == 0 {
        return (Vec::new(), Vec::new());
    }
    let mut chosen = vec![(rng.next_u64() % n as u64) as u32];
    let mut rows = Vec::with_capacity(count);
    let mut nearest = vec![f32::INFINITY; n];
    while chosen.len() <= count {
        let mut row = Vec::new();
        graph.distances_from(chosen[chosen.len() - 1] as usize, &mut row);
        for (m, d) in nearest.iter_mut().zip(&row) {
            *m = m.min(*d);
        }
        rows.push(row);
        if chosen.len() == count {
            break;
        }
        // Farthest from every pivot; the first such node on ties.
        let mut best = (0usize, -1.0f32);
        for (i, &d) in nearest.iter().enumerate() {
            if d.is_finite() && d > best.1 {
                best = (i, d);
            }
        }
        if best.1 <= 0.0 {
            break;
        }
        chosen.push(best.0 as u32);
    }
    (chosen, rows)
}

/// Every pair of a connected graph, with weight `1 / d²`. `rows[i]` holds
/// the distances from node `i`.
pub fn all_pairs(rows: &[Vec<f32>]) -> Vec<Term> {
    let n = rows.len();
    let mut terms = Vec::with_capacity(n * n.saturating_sub(1) / 2);
    for (i, row) in rows.iter().enumerate() {
        for (j, &d) in row.iter().enumerate().skip(i + 1) {
            if d.is_finite() && d > 0.0 {
                terms.push(Term::pair(i as u32, j as u32, d, 1.0 / (d * d)));
            }
        }
    }
    terms
}

/// Each node's [`NEAREST`] nearest nodes and their distances, nearest first.
pub fn near(graph: &Graph) -> Vec<Vec<(usize, f32)>> {
    let n = graph.len();
    (0..n).into_par_iter().map_init(|| vec![false; n], |seen, i| graph.nearest(i, NEAREST, seen)).collect()
}

/// The exact terms between each node and its `near` nodes, each pair once.
pub fn near_terms(near: &[Vec<(usize, f32)>]) -> Vec<Term> {
    // Each nearby pair once, whichever end found the other.
    let mut pairs: Vec<(u32, u32, f32)> = near
        .iter()
        .enumerate()
        .flat_map(|(i, list)| list.iter().map(move |&(j, d)| (i.min(j) as u32, i.max(j) as u32, d)))
        .collect();
    pairs.sort_by_key(|p| (p.0, p.1));
    pairs.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    pairs.into_iter().filter(|p| p.2 > 0.0).map(|(i, j, d)| Term::pair(i, j, d, 1.0 / (d * d))).collect()
}
