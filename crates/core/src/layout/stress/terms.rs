//! The stress terms of a connected graph: every pair of nodes for graphs a
//! person can read, or, for large ones, the sparse approximation of Zheng,
//! Pawar and Goodman: exact terms with each node's nearest nodes, and
//! one-sided terms towards a set of pivots, each weighted by how many
//! nodes its pivot stands for (Börsig, Brandes and Pasztor, "Stochastic
//! Gradient Descent Works Really Well for Stress Minimization", 2020).

use rayon::prelude::*;

use super::graph::Graph;
use super::sgd::Term;
use crate::layout::rng::SplitMix64;

/// Exact terms with this many nearest nodes of each node (sparse terms).
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

/// The sparse terms of a connected graph, from its `pivots` and their
/// distance `rows`.
pub fn sparse(graph: &Graph, pivots: &[u32], rows: &[Vec<f32>]) -> Vec<Term> {
    let n = graph.len();
    // Each node's nearest pivot, and each pivot's region sorted by distance.
    let mut region: Vec<Vec<f32>> = vec![Vec::new(); pivots.len()];
    for i in 0..n {
        let nearest_pivot = rows
            .iter()
            .enumerate()
            .map(|(p, row)| (p, row[i]))
            .fold((0, f32::INFINITY), |best, next| if next.1 < best.1 { next } else { best });
        if nearest_pivot.1.is_finite() {
            region[nearest_pivot.0].push(nearest_pivot.1);
        }
    }
    region.iter_mut().for_each(|r| r.sort_by(f32::total_cmp));
    let near: Vec<Vec<(usize, f32)>> = (0..n)
        .into_par_iter()
        .map_init(|| vec![false; n], |seen, i| graph.nearest(i, NEAREST, seen))
        .collect();
    // Each nearby pair once, whichever end found the other.
    let mut pairs: Vec<(u32, u32, f32)> = near
        .iter()
        .enumerate()
        .flat_map(|(i, list)| list.iter().map(move |&(j, d)| (i.min(j) as u32, i.max(j) as u32, d)))
        .collect();
    pairs.sort_by_key(|p| (p.0, p.1));
    pairs.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    let mut terms: Vec<Term> =
        pairs.into_iter().filter(|p| p.2 > 0.0).map(|(i, j, d)| Term::pair(i, j, d, 1.0 / (d * d))).collect();
    let pulls: Vec<Vec<Term>> = (0..n)
        .into_par_iter()
        .map(|i| {
            let mut out = Vec::with_capacity(pivots.len());
            for (p, row) in rows.iter().enumerate() {
                let node = pivots[p] as usize;
                let d = row[i];
                if node == i || !d.is_finite() || d <= 0.0 || near[i].iter().any(|&(j, _)| j == node) {
                    continue;
                }
                // How many nodes of the pivot's region it stands for here.
                let s = region[p].partition_point(|&r| r <= d * 0.5).max(1) as f32;
                out.push(Term::pull(i as u32, node as u32, d, s / (d * d)));
            }
            out
        })
        .collect();
    terms.extend(pulls.into_iter().flatten());
    terms
}
