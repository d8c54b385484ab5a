//! Trees are drawn without crossings: a radial start (the tree's centre in
//! the middle, each subtree in a wedge as wide as its share of the leaves,
//! each level on its own ring), then stress refinement pass by pass for as
//! long as no two links cross.

use std::collections::VecDeque;

use super::graph::Graph;
use super::sgd::{Term, pass, step_range};
use crate::layout::quality;
use crate::layout::rng::SplitMix64;

/// Whether the connected graph is a tree.
pub fn is_tree(graph: &Graph) -> bool {
    let n = graph.len();
    let twice: usize = (0..n).map(|i| graph.neighbours(i).count()).sum();
    n > 2 && twice == 2 * (n - 1)
}

/// A radial drawing of the tree `graph`.
pub fn radial(graph: &Graph) -> (Vec<f32>, Vec<f32>) {
    let n = graph.len();
    let root = centre(graph);
    // Parents and levels, breadth first from the centre.
    let mut parent = vec![usize::MAX; n];
    let mut order = Vec::with_capacity(n);
    let mut depth = vec![0.0f32; n];
    let mut queue = VecDeque::from([root]);
    parent[root] = root;
    while let Some(u) = queue.pop_front() {
        order.push(u);
        for (v, len) in graph.neighbours(u) {
            if parent[v] == usize::MAX {
                parent[v] = u;
                depth[v] = depth[u] + len;
                queue.push_back(v);
            }
        }
    }
    // Leaves under each node, children last to first.
    let mut leaves = vec![0.0f32; n];
    for &u in order.iter().rev() {
        if leaves[u] == 0.0 {
            leaves[u] = 1.0;
        }
        if u != root {
            leaves[parent[u]] += leaves[u];
        }
    }
    // Wedges: each child a share of its parent's, in neighbour order.
    let mut wedge = vec![(0.0f32, std::f32::consts::TAU); n];
    let (mut x, mut y) = (vec![0.0f32; n], vec![0.0f32; n]);
    for &u in &order {
        let (start, width) = wedge[u];
        let angle = start + width * 0.5;
        (x[u], y[u]) = (depth[u] * angle.cos(), depth[u] * angle.sin());
        let children: Vec<usize> =
            graph.neighbours(u).map(|(v, _)| v).filter(|&v| v != root && parent[v] == u).collect();
        let total: f32 = children.iter().map(|&v| leaves[v]).sum();
        let mut at = start;
        for v in children {
            let share = width * leaves[v] / total.max(1.0);
            wedge[v] = (at, share);
            at += share;
        }
    }
    (x, y)
}

/// Refines a crossing-free drawing by stress descent, pass by pass along
/// the later part of a full schedule (the start is already close), keeping
/// the last drawing without crossings.
pub fn refine(
    graph: &Graph,
    terms: &mut [Term],
    x: &mut Vec<f32>,
    y: &mut Vec<f32>,
    epochs: usize,
    rng: &mut SplitMix64,
) {
    let n = graph.len();
    let edges: Vec<(u32, u32)> = (0..n)
        .flat_map(|i| {
            graph.neighbours(i).filter(move |&(j, _)| j > i).map(move |(j, _)| (i as u32, j as u32))
        })
        .collect();
    let (eta_max, eta_min) = step_range(terms, 0.1);
    if eta_max <= 0.0 {
        return;
    }
    // First the size that fits the wanted distances best: an enlargement
    // keeps the drawing free of crossings.
    let (mut num, mut den) = (0.0f64, 0.0f64);
    for t in terms.iter() {
        let l = f64::from((x[t.i()] - x[t.j()]).hypot(y[t.i()] - y[t.j()]));
        num += f64::from(t.w) * l * f64::from(t.d);
        den += f64::from(t.w) * l * l;
    }
    if den > 0.0 {
        let s = (num / den) as f32;
        x.iter_mut().chain(y.iter_mut()).for_each(|v| *v *= s);
    }
    let total = epochs.max(2) * 2;
    let lambda = (eta_max / eta_min).max(1.0).ln() / (total - 1) as f32;
    for t in total - epochs..total {
        let (mut tx, mut ty) = (x.clone(), y.clone());
        pass(terms, &mut tx, &mut ty, eta_max * (-lambda * t as f32).exp(), rng);
        if quality::crossings(&edges, &tx, &ty, u64::MAX, 1) > 0.0 {
            continue;
        }
        (*x, *y) = (tx, ty);
    }
}

/// A node of least eccentricity: the middle of a longest path.
fn centre(graph: &Graph) -> usize {
    let far = |from: usize| -> (usize, Vec<usize>) {
        let n = graph.len();
        let mut prev = vec![usize::MAX; n];
        let mut queue = VecDeque::from([from]);
        prev[from] = from;
        let mut last = from;
        while let Some(u) = queue.pop_front() {
            last = u;
            for (v, _) in graph.neighbours(u) {
                if prev[v] == usize::MAX {
                    prev[v] = u;
                    queue.push_back(v);
                }
            }
        }
        (last, prev)
    };
    let (a, _) = far(0);
    let (b, prev) = far(a);
    let mut path = vec![b];
    while let Some(&u) = path.last() {
        if u == a {
            break;
        }
        path.push(prev[u]);
    }
    path[path.len() / 2]
}
