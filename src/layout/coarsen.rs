//! Coarsening for the multilevel layout: pairs of linked nodes merge into
//! one, level after level, until the graph is small.

use super::params::{LayoutEdge, LayoutInput, LayoutNode};
use super::rng::SplitMix64;

/// A coarser graph and, for each node of the finer one, its coarse node.
pub struct Coarse {
    /// The coarser graph.
    pub input: LayoutInput,
    /// `parent[i]` is the coarse node that fine node `i` merged into.
    pub parent: Vec<u32>,
}

/// Merges each node with an unmatched neighbour (the lightest one), in a
/// seeded random order; pinned nodes stay on their own. Returns `None` when
/// too few nodes merge for another level to be worth it.
pub fn coarsen(input: &LayoutInput, spacing: f32, rng: &mut SplitMix64) -> Option<Coarse> {
    let n = input.nodes.len();
    let mut offsets = vec![0u32; n + 1];
    for e in &input.edges {
        offsets[e.source as usize + 1] += 1;
        offsets[e.target as usize + 1] += 1;
    }
    for i in 0..n {
        offsets[i + 1] += offsets[i];
    }
    let mut fill = offsets.clone();
    let mut neighbours = vec![0u32; offsets[n] as usize];
    for e in &input.edges {
        for (a, b) in [(e.source, e.target), (e.target, e.source)] {
            neighbours[fill[a as usize] as usize] = b;
            fill[a as usize] += 1;
        }
    }
    let mut order: Vec<u32> = (0..n as u32).collect();
    for i in (1..n).rev() {
        let j = (rng.next_u64() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    const UNSET: u32 = u32::MAX;
    let mut parent = vec![UNSET; n];
    let mut nodes: Vec<LayoutNode> = Vec::with_capacity(n / 2 + 1);
    for &u in &order {
        let u = u as usize;
        if parent[u] != UNSET {
            continue;
        }
        let mate = if input.nodes[u].pinned {
            None
        } else {
            neighbours[offsets[u] as usize..offsets[u + 1] as usize]
                .iter()
                .map(|&v| v as usize)
                .filter(|&v| v != u && parent[v] == UNSET && !input.nodes[v].pinned)
                .min_by(|&a, &b| input.nodes[a].charge.total_cmp(&input.nodes[b].charge).then(a.cmp(&b)))
        };
        let id = nodes.len() as u32;
        parent[u] = id;
        match mate {
            Some(v) => {
                parent[v] = id;
                nodes.push(merge(&input.nodes[u], &input.nodes[v], spacing));
            }
            None => nodes.push(input.nodes[u]),
        }
    }
    if nodes.len() as f32 > n as f32 * 0.85 {
        return None;
    }
    let edges = coarse_edges(&input.edges, &parent);
    Some(Coarse { input: LayoutInput { nodes, edges }, parent })
}

/// One node standing for two: their charge added, a square box of their
/// combined area (with spacing), at their charge-weighted centre.
fn merge(a: &LayoutNode, b: &LayoutNode, spacing: f32) -> LayoutNode {
    let area = |n: &LayoutNode| (2.0 * n.half[0] + spacing) * (2.0 * n.half[1] + spacing);
    let half = ((area(a) + area(b)).sqrt() - spacing).max(1.0) * 0.5;
    let start = match (a.start, b.start) {
        (Some(p), Some(q)) => {
            let w = a.charge / (a.charge + b.charge).max(1e-6);
            Some([p[0] * w + q[0] * (1.0 - w), p[1] * w + q[1] * (1.0 - w)])
        }
        (p, q) => p.or(q),
    };
    LayoutNode { half: [half, half], start, pinned: false, charge: a.charge + b.charge }
}

/// The edges between coarse nodes: self-loops dropped, parallel edges made
/// one (stiffer, with the mean length).
fn coarse_edges(edges: &[LayoutEdge], parent: &[u32]) -> Vec<LayoutEdge> {
    let mut mapped: Vec<(u32, u32, f32, f32)> = edges
        .iter()
        .filter_map(|e| {
            let (a, b) = (parent[e.source as usize], parent[e.target as usize]);
            (a != b).then(|| (a.min(b), a.max(b), e.length, e.strength))
        })
        .collect();
    mapped.sort_unstable_by_key(|e| (e.0, e.1));
    let mut out: Vec<LayoutEdge> = Vec::with_capacity(mapped.len());
    let mut count = 0.0f32;
    for (a, b, length, strength) in mapped {
        match out.last_mut() {
            Some(last) if last.source == a && last.target == b => {
                count += 1.0;
                last.length += (length - last.length) / count;
                last.strength += strength;
            }
            _ => {
                count = 1.0;
                out.push(LayoutEdge { source: a, target: b, length, strength });
            }
        }
    }
    out
}
