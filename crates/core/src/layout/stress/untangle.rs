//! Untangling a small drawing: single nodes moved to where their links
//! cross fewer other links, as long as the drawing's stress stays within a
//! few percent of where the pass started.
//!
//! A stress layout puts a node where its distances to every other node
//! come out best, which on a dense network is often a spot a few links
//! away from where its own links would cross nothing. Each node in turn
//! tries a handful of spots around the centre of its neighbours (and,
//! once boxes are parted, around itself); a spot is taken when the node's
//! links cross fewer others there, the stress it adds still fits the
//! budget and the [`Guard`], if any, allows it. Sequential, in node order:
//! the same drawing gives the same result.

use super::graph::Graph;
use super::guard::Guard;
use super::segments::Segments;

/// Directions tried around the centre of a node's neighbours.
const DIRECTIONS: usize = 8;
/// Drawings with more links, or more crossings, are left as they are: the
/// work grows with both (seconds on a random graph of 300 nodes and 2,000
/// links, with 190,000 crossings), and where crossings are that many they
/// are everywhere, whatever one node does (college football has 7,000).
const MOST_LINKS: usize = 2_000;
/// See [`MOST_LINKS`].
const MOST_CROSSINGS: f64 = 30_000.0;

/// How one untangling pass goes.
pub struct Pass<'a> {
    /// Most rounds over every node.
    pub rounds: usize,
    /// Stress may grow by at most this share over the whole pass.
    pub slack: f64,
    /// If set, a move may add at most this share of the starting stress
    /// for each share of the starting crossings it takes away.
    pub rate: Option<f64>,
    /// Drawing units times this are the units of the wanted distances.
    pub scale: f32,
    /// Spots are also tried this far around the node itself (none at 0).
    pub near: f32,
    /// What every move must keep, if anything.
    pub guard: Option<Guard<'a>>,
}

/// Moves nodes of a drawing (`x`, `y`) so that fewer links cross, keeping
/// its stress over `rows` (the wanted distance between every two nodes,
/// row by row) within the pass's slack of where it started.
pub fn untangle(graph: &Graph, rows: &[Vec<f32>], x: &mut [f32], y: &mut [f32], pass: &Pass<'_>) {
    let n = x.len();
    let edges: Vec<(u32, u32)> = (0..n)
        .flat_map(|i| {
            graph.neighbours(i).filter(move |&(j, _)| i < j).map(move |(j, _)| (i as u32, j as u32))
        })
        .collect();
    if edges.len() < 2 || edges.len() > MOST_LINKS || rows.len() != n {
        return;
    }
    let total = crate::layout::quality::crossings(&edges, x, y, u64::MAX, 1);
    if total > MOST_CROSSINGS {
        return;
    }
    let s = pass.scale;
    let mut stress: f64 = (0..n).map(|i| node_stress(rows, s, x, y, i, (x[i], y[i])) * 0.5).sum();
    let budget = stress * (1.0 + pass.slack);
    // Stress a move may add for each crossing it takes away.
    let price = pass.rate.map(|rate| rate * stress / total.max(1.0));
    // Each link's ends, kept up to date as nodes move, and each node's links.
    let mut segments = Segments::new(&edges, x, y);
    let mut incident: Vec<Vec<(usize, bool)>> = vec![Vec::new(); n];
    for (k, &(a, b)) in edges.iter().enumerate() {
        incident[a as usize].push((k, true));
        incident[b as usize].push((k, false));
    }
    for _ in 0..pass.rounds {
        let mut moved = false;
        for v in 0..n {
            let here = (x[v], y[v]);
            let mut links = Links { graph, segments: &mut segments, x, y, v };
            let crossings = links.crossings(here, usize::MAX);
            if crossings == 0 {
                continue;
            }
            let before = node_stress(rows, s, x, y, v, here);
            let mut best: Option<(usize, f64, (f32, f32))> = None;
            for spot in spots(graph, x, y, v, pass) {
                let added = node_stress(rows, s, x, y, v, spot) - before;
                let dear = |c: usize| price.is_some_and(|p| added > p * (crossings - c) as f64);
                if stress + added > budget || dear(0) {
                    continue;
                }
                // Only fewer crossings than here, and no more than the best spot, count.
                let limit = best.map_or(crossings, |(bc, _, _)| bc + 1);
                let c = links.crossings(spot, limit);
                if c >= limit || dear(c) || best.is_some_and(|(bc, ba, _)| c == bc && added >= ba) {
                    continue;
                }
                if pass.guard.as_ref().is_some_and(|g| !g.allows(v, spot, x, y)) {
                    continue;
                }
                best = Some((c, added, spot));
            }
            if let Some((_, added, spot)) = best {
                (x[v], y[v]) = spot;
                for &(k, first) in &incident[v] {
                    segments.move_end(k, first, spot);
                }
                stress += added;
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
}

/// Where node `v` may go: on the way to the centre of its neighbours, the
/// centre itself, spots around it half a typical link away, and spots
/// around `v` itself as far as the pass says.
fn spots(graph: &Graph, x: &[f32], y: &[f32], v: usize, pass: &Pass<'_>) -> Vec<(f32, f32)> {
    let (mut cx, mut cy, mut reach, mut k) = (0.0f32, 0.0f32, 0.0f32, 0usize);
    for (u, len) in graph.neighbours(v) {
        cx += x[u];
        cy += y[u];
        reach += len;
        k += 1;
    }
    if k == 0 {
        return Vec::new();
    }
    let (cx, cy, r) = (cx / k as f32, cy / k as f32, reach / k as f32 * 0.5 / pass.scale);
    let mut out = vec![(cx, cy), ((cx + x[v]) * 0.5, (cy + y[v]) * 0.5)];
    let mut ring = |(cx, cy): (f32, f32), r: f32| {
        for d in 0..DIRECTIONS {
            let angle = d as f32 * std::f32::consts::TAU / DIRECTIONS as f32;
            out.push((cx + r * angle.cos(), cy + r * angle.sin()));
        }
    };
    ring((cx, cy), r);
    if pass.near > 0.0 {
        ring((x[v], y[v]), pass.near);
        ring((x[v], y[v]), pass.near * 2.0);
    }
    out
}

/// Stress of the terms of node `v` were it at `p` (twice each term it
/// shares), drawing units times `s` against the wanted distances.
fn node_stress(rows: &[Vec<f32>], s: f32, x: &[f32], y: &[f32], v: usize, p: (f32, f32)) -> f64 {
    let mut sum = 0.0f64;
    for (j, &d) in rows[v].iter().enumerate() {
        if j == v || !d.is_finite() || d <= 0.0 {
            continue;
        }
        let l = (p.0 - x[j]).hypot(p.1 - y[j]) * s;
        let e = f64::from((l - d) / d);
        sum += e * e;
    }
    sum * 2.0
}

/// The links of node `v` against every other link.
struct Links<'a> {
    graph: &'a Graph,
    segments: &'a mut Segments,
    x: &'a [f32],
    y: &'a [f32],
    v: usize,
}

impl Links<'_> {
    /// How many crossings the links of `v` would have were it at `p`, or
    /// at least `limit` when there are that many.
    fn crossings(&mut self, p: (f32, f32), limit: usize) -> usize {
        let v = self.v;
        let mut count = 0;
        for (u, _) in self.graph.neighbours(v) {
            count += self.segments.crossings(p, (self.x[u], self.y[u]), v, u);
            if count >= limit {
                break;
            }
        }
        count
    }
}
