//! Measures of layout quality: stress, edge crossings, edge-length spread.
//!
//! Used by tests and benchmarks to compare engines on the same graph.

use std::collections::VecDeque;

use super::rng::SplitMix64;

/// Normalised stress from BFS distances of up to `sources` start nodes.
///
/// Layout distances are first scaled by the factor that minimises stress, so
/// the figure does not depend on the layout's overall size; 0 is perfect.
pub fn sampled_stress(
    n: usize,
    edges: &[(u32, u32)],
    x: &[f32],
    y: &[f32],
    sources: usize,
    seed: u64,
) -> f64 {
    if n < 2 {
        return 0.0;
    }
    let adjacency = adjacency(n, edges);
    let mut rng = SplitMix64::new(seed);
    let picks: Vec<usize> = if n <= sources {
        (0..n).collect()
    } else {
        (0..sources).map(|_| (rng.next_u64() % n as u64) as usize).collect()
    };
    // Sums over reachable pairs of layout distance d and graph distance g,
    // enough to find the best scale s and the stress at s in one pass:
    // sum((s d - g) / g)^2 = s^2 sum(d^2/g^2) - 2 s sum(d/g) + count.
    let (mut num, mut den, mut count) = (0.0f64, 0.0f64, 0u64);
    let mut dist = vec![u32::MAX; n];
    let mut queue = VecDeque::new();
    for &s in &picks {
        dist.fill(u32::MAX);
        dist[s] = 0;
        queue.push_back(s);
        while let Some(u) = queue.pop_front() {
            for &v in &adjacency[u] {
                if dist[v as usize] == u32::MAX {
                    dist[v as usize] = dist[u] + 1;
                    queue.push_back(v as usize);
                }
            }
        }
        for t in 0..n {
            if t != s && dist[t] != u32::MAX {
                let d = f64::from(x[t] - x[s]).hypot(f64::from(y[t] - y[s]));
                let g = f64::from(dist[t]);
                num += d / g;
                den += (d * d) / (g * g);
                count += 1;
            }
        }
    }
    if count == 0 || den <= 0.0 {
        return 0.0;
    }
    let scale = num / den;
    ((scale * scale * den - 2.0 * scale * num + count as f64) / count as f64).max(0.0)
}

fn adjacency(n: usize, edges: &[(u32, u32)]) -> Vec<Vec<u32>> {
    let mut adjacency = vec![Vec::new(); n];
    for &(a, b) in edges {
        if (a as usize) < n && (b as usize) < n && a != b {
            adjacency[a as usize].push(b);
            adjacency[b as usize].push(a);
        }
    }
    adjacency
}

/// Coefficient of variation of edge lengths (standard deviation / mean).
pub fn edge_length_cv(edges: &[(u32, u32)], x: &[f32], y: &[f32]) -> f64 {
    let lengths: Vec<f64> = edges
        .iter()
        .map(|&(a, b)| {
            let (a, b) = (a as usize, b as usize);
            f64::from(x[a] - x[b]).hypot(f64::from(y[a] - y[b]))
        })
        .collect();
    if lengths.is_empty() {
        return 0.0;
    }
    let mean = lengths.iter().sum::<f64>() / lengths.len() as f64;
    let var = lengths.iter().map(|l| (l - mean).powi(2)).sum::<f64>() / lengths.len() as f64;
    if mean > 0.0 { var.sqrt() / mean } else { 0.0 }
}

/// Edge crossings: exact when `max_pairs` covers every pair of edges,
/// otherwise estimated from `max_pairs` random pairs and scaled up.
pub fn crossings(edges: &[(u32, u32)], x: &[f32], y: &[f32], max_pairs: u64, seed: u64) -> f64 {
    let m = edges.len() as u64;
    let all = m * m.saturating_sub(1) / 2;
    let cross = |i: usize, j: usize| {
        let (a, b) = edges[i];
        let (c, d) = edges[j];
        if a == c || a == d || b == c || b == d {
            return false;
        }
        let p = |k: u32| (f64::from(x[k as usize]), f64::from(y[k as usize]));
        segments_cross(p(a), p(b), p(c), p(d))
    };
    if all <= max_pairs {
        let mut count = 0u64;
        for i in 0..edges.len() {
            for j in i + 1..edges.len() {
                count += u64::from(cross(i, j));
            }
        }
        return count as f64;
    }
    let mut rng = SplitMix64::new(seed);
    let mut hits = 0u64;
    for _ in 0..max_pairs {
        let i = (rng.next_u64() % m) as usize;
        let j = (rng.next_u64() % m) as usize;
        if i != j {
            hits += u64::from(cross(i, j));
        }
    }
    hits as f64 / max_pairs as f64 * all as f64
}

fn segments_cross(a: (f64, f64), b: (f64, f64), c: (f64, f64), d: (f64, f64)) -> bool {
    let orient =
        |p: (f64, f64), q: (f64, f64), r: (f64, f64)| (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0);
    let (d1, d2) = (orient(c, d, a), orient(c, d, b));
    let (d3, d4) = (orient(a, b, c), orient(a, b, d));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

/// Node boxes (half extents `hw`, `hh`) crossed by a link that does not end at them.
pub fn links_through_nodes(edges: &[(u32, u32)], x: &[f32], y: &[f32], hw: &[f32], hh: &[f32]) -> usize {
    let clearance = super::clearance::Clearance { x, y, hw, hh, edges };
    let mut count = 0;
    clearance.for_each_push(0.0, |_, _, _, _| count += 1);
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_a_crossing() {
        let edges = [(0, 1), (2, 3)];
        let (x, y) = ([0.0, 1.0, 0.0, 1.0], [0.0, 1.0, 1.0, 0.0]);
        assert_eq!(crossings(&edges, &x, &y, 100, 1), 1.0);
        let (x, y) = ([0.0, 1.0, 0.0, 1.0], [0.0, 0.0, 1.0, 1.0]);
        assert_eq!(crossings(&edges, &x, &y, 100, 1), 0.0);
    }

    #[test]
    fn a_path_laid_straight_has_no_stress() {
        let edges = [(0, 1), (1, 2), (2, 3)];
        let x = [0.0, 10.0, 20.0, 30.0];
        let y = [0.0; 4];
        assert!(sampled_stress(4, &edges, &x, &y, 10, 1) < 1e-9);
        let bent = [0.0, 10.0, 0.0, 10.0];
        assert!(sampled_stress(4, &edges, &bent, &y, 10, 1) > 0.1);
    }
}
