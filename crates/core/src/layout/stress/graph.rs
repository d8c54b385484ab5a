//! The graph as the stress layout sees it: neighbours in compressed rows
//! with the length each link wants, connected components, and shortest
//! path lengths (Dijkstra) from one node or many.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use rayon::prelude::*;

/// Neighbours of every node with the wanted length of each link.
#[derive(Clone, Debug, Default)]
pub struct Graph {
    offsets: Vec<u32>,
    targets: Vec<u32>,
    lengths: Vec<f32>,
    /// The one length every link has, if they all have the same: shortest
    /// paths are then found breadth first, without a heap.
    uniform: Option<f32>,
}

impl Graph {
    /// A graph of `n` nodes and `links` (a, b, length); links to themselves,
    /// to nodes out of range or with a length that is not a positive number
    /// are left out; a pair linked twice keeps its shorter length.
    pub fn new(n: usize, links: impl Iterator<Item = (u32, u32, f32)>) -> Self {
        let mut pairs: Vec<(u32, u32, f32)> = Vec::new();
        for (a, b, len) in links {
            if a != b && (a as usize) < n && (b as usize) < n && len.is_finite() && len > 0.0 {
                pairs.push((a, b, len));
                pairs.push((b, a, len));
            }
        }
        pairs.sort_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)).then(x.2.total_cmp(&y.2)));
        pairs.dedup_by(|later, kept| later.0 == kept.0 && later.1 == kept.1);
        let mut offsets = vec![0u32; n + 1];
        for &(a, _, _) in &pairs {
            offsets[a as usize + 1] += 1;
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        let targets = pairs.iter().map(|p| p.1).collect();
        let lengths: Vec<f32> = pairs.iter().map(|p| p.2).collect();
        let uniform = match lengths.first() {
            Some(&first) if lengths.iter().all(|&l| l == first) => Some(first),
            _ => None,
        };
        Self { offsets, targets, lengths, uniform }
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// The neighbours of `i` and the length of the link to each.
    pub fn neighbours(&self, i: usize) -> impl Iterator<Item = (usize, f32)> + '_ {
        let (a, b) = (self.offsets[i] as usize, self.offsets[i + 1] as usize);
        self.targets[a..b].iter().map(|&t| t as usize).zip(self.lengths[a..b].iter().copied())
    }

    /// Connected components, each a sorted list of nodes; components in the
    /// order of their smallest node.
    pub fn components(&self) -> Vec<Vec<u32>> {
        let n = self.len();
        let mut seen = vec![false; n];
        let mut out = Vec::new();
        let mut stack = Vec::new();
        for start in 0..n {
            if seen[start] {
                continue;
            }
            seen[start] = true;
            stack.push(start);
            let mut members = Vec::new();
            while let Some(u) = stack.pop() {
                members.push(u as u32);
                for (v, _) in self.neighbours(u) {
                    if !seen[v] {
                        seen[v] = true;
                        stack.push(v);
                    }
                }
            }
            members.sort_unstable();
            out.push(members);
        }
        out
    }

    /// Shortest path lengths from `source` to every node (infinite where
    /// there is no path), written into `dist`.
    pub fn distances_from(&self, source: usize, dist: &mut Vec<f32>) {
        dist.clear();
        dist.resize(self.len(), f32::INFINITY);
        if let Some(step) = self.uniform {
            self.breadth_first(source, step, dist);
            return;
        }
        let mut heap = BinaryHeap::new();
        dist[source] = 0.0;
        heap.push(Item { d: 0.0, node: source as u32 });
        while let Some(Item { d, node }) = heap.pop() {
            let u = node as usize;
            if d > dist[u] {
                continue;
            }
            for (v, len) in self.neighbours(u) {
                let next = d + len;
                if next < dist[v] {
                    dist[v] = next;
                    heap.push(Item { d: next, node: v as u32 });
                }
            }
        }
    }

    /// Distances when every link is `step` long: breadth first.
    fn breadth_first(&self, source: usize, step: f32, dist: &mut [f32]) {
        let mut queue = std::collections::VecDeque::with_capacity(64);
        dist[source] = 0.0;
        queue.push_back(source);
        while let Some(u) = queue.pop_front() {
            let next = dist[u] + step;
            for &v in &self.targets[self.offsets[u] as usize..self.offsets[u + 1] as usize] {
                let v = v as usize;
                if dist[v].is_infinite() {
                    dist[v] = next;
                    queue.push_back(v);
                }
            }
        }
    }

    /// The `count` nodes nearest `source` (itself left out) and their
    /// distances, nearest first (ties in the order they are reached): a
    /// search stopped early. `seen` is scratch space of [`Graph::len`]
    /// entries, all false, and is left so.
    pub fn nearest(&self, source: usize, count: usize, seen: &mut [bool]) -> Vec<(usize, f32)> {
        let mut found: Vec<(usize, f32)> = Vec::with_capacity(count);
        let mut touched: Vec<usize> = vec![source];
        seen[source] = true;
        if let Some(step) = self.uniform {
            let mut k = 0;
            let mut depth = vec![0.0f32];
            while k < touched.len() && found.len() < count {
                let (u, d) = (touched[k], depth[k]);
                k += 1;
                for &v in &self.targets[self.offsets[u] as usize..self.offsets[u + 1] as usize] {
                    let v = v as usize;
                    if !seen[v] && found.len() < count {
                        seen[v] = true;
                        touched.push(v);
                        depth.push(d + step);
                        found.push((v, d + step));
                    }
                }
            }
        } else {
            let mut heap = BinaryHeap::new();
            let mut done: Vec<usize> = Vec::new();
            heap.push(Item { d: 0.0, node: source as u32 });
            seen[source] = false;
            while let Some(Item { d, node }) = heap.pop() {
                let u = node as usize;
                if seen[u] {
                    continue;
                }
                seen[u] = true;
                done.push(u);
                if u != source {
                    found.push((u, d));
                    if found.len() == count {
                        break;
                    }
                }
                for (v, len) in self.neighbours(u) {
                    if !seen[v] {
                        heap.push(Item { d: d + len, node: v as u32 });
                    }
                }
            }
            touched = done;
        }
        for u in touched {
            seen[u] = false;
        }
        found
    }

    /// Shortest path lengths from each of `sources`, one row per source,
    /// worked out on all cores (each row alone, so the result does not
    /// depend on the number of threads).
    pub fn distances_from_each(&self, sources: &[u32]) -> Vec<Vec<f32>> {
        sources
            .par_iter()
            .map(|&s| {
                let mut row = Vec::new();
                self.distances_from(s as usize, &mut row);
                row
            })
            .collect()
    }
}

/// A node on the Dijkstra frontier, nearest first (ties by node index, so
/// the order of work is fixed).
#[derive(Clone, Copy, PartialEq)]
struct Item {
    d: f32,
    node: u32,
}

impl Eq for Item {}

impl Ord for Item {
    fn cmp(&self, other: &Self) -> Ordering {
        other.d.total_cmp(&self.d).then_with(|| other.node.cmp(&self.node))
    }
}

impl PartialOrd for Item {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
