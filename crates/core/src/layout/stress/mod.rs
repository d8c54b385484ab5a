//! The layout engine: stress minimisation by SGD, started from pivot MDS,
//! then overlap removal that keeps the shape (PRISM) and, on maps a person
//! reads, links kept clear of boxes they do not join.
//!
//! Wanted distances are shortest paths over links whose length is the
//! clear space wanted between two linked boxes, times the link's factor
//! (see [`crate::layout::LayoutEdge::length`]), plus the two boxes' radii:
//! larger boxes need more room, and related nodes sit close.

mod clear;
mod fit;
mod graph;
mod guard;
mod mds;
mod order;
mod pack;
mod prism;
mod retouch;
mod sampled;
mod segments;
mod sgd;
mod starts;
mod terms;
mod tree;
mod untangle;

use std::ops::ControlFlow;
use std::time::Instant;

use self::clear::clear_links;
use self::fit::{MAX_SPREAD, SPREAD_UP_TO, spread, thin_out};
use self::graph::Graph;
use self::pack::{Part, pack};
use self::prism::{Boxes, remove_overlaps};
use self::sampled::{Sampled, descend_sampled};
use self::sgd::{Schedule, Term, descend};
use self::untangle::{Pass, untangle};
use super::arrange::Tick;
use super::clearance::MAX_WORK;
use super::collide::Adjacency;
use super::params::{LayoutInput, LayoutNode, Params};
use super::rng::SplitMix64;
use super::start::start_positions;

/// Maps laid out from scratch up to this many nodes get several starts.
const MULTI_START_UP_TO: usize = 300;
/// Stress may grow by this share while a drawing is untangled.
const UNTANGLE_SLACK: f64 = 0.08;

/// Lays out the nodes `free` marks, holding every other node at its start.
/// `warm` starts free nodes from where they are (Tidy) rather than beside
/// their neighbours. `observe` hears of each pass and can stop the work.
///
/// A small map laid out from scratch is laid out from several starts, and
/// the result with the fewest crossings among those within a few percent
/// of the lowest stress is kept: it costs milliseconds, and crossings are
/// what a reader sees first (see [`starts`]).
pub fn layout(
    input: &LayoutInput,
    free: &[bool],
    warm: bool,
    params: &Params,
    seed: u64,
    observe: &mut dyn FnMut(Tick) -> ControlFlow<()>,
) -> Option<Vec<[f32; 2]>> {
    let n = input.nodes.len();
    if n > MULTI_START_UP_TO || !free.iter().all(|&f| f) {
        return layout_once(input, free, warm, params, seed, observe);
    }
    let started = Instant::now();
    let laid = starts::best_of(input, warm, params, seed);
    let tick = Tick { nodes: n, done: 1.0, elapsed: started.elapsed() };
    if observe(tick).is_break() {
        return None;
    }
    laid
}

/// The graph of `input` with the length each link wants.
fn map_graph(input: &LayoutInput, params: &Params) -> Graph {
    let n = input.nodes.len();
    let radius: Vec<f32> =
        input.nodes.iter().map(|node| ((node.half[0] + node.half[1]) * 0.5).max(1.0)).collect();
    Graph::new(
        n,
        input.edges.iter().map(|e| {
            let (s, t) = (e.source as usize, e.target as usize);
            let extra = radius.get(s).copied().unwrap_or(0.0) + radius.get(t).copied().unwrap_or(0.0);
            (e.source, e.target, params.link_distance * e.length.max(0.05) + extra)
        }),
    )
}

/// One run of the engine (see [`layout`]).
fn layout_once(
    input: &LayoutInput,
    free: &[bool],
    warm: bool,
    params: &Params,
    seed: u64,
    observe: &mut dyn FnMut(Tick) -> ControlFlow<()>,
) -> Option<Vec<[f32; 2]>> {
    let n = input.nodes.len();
    let mut rng = SplitMix64::new(seed);
    let graph = map_graph(input, params);
    let (mut x, mut y): (Vec<f32>, Vec<f32>) =
        input.nodes.iter().map(|node| node.start.map_or((0.0, 0.0), |[a, b]| (a, b))).unzip();
    let anchored = bounds(input, &x, &y, |i| !free[i]);
    let started = Instant::now();
    let mut parts = Vec::new();
    let components = graph.components();
    for (k, members) in components.iter().enumerate() {
        if !members.iter().any(|&i| free[i as usize]) {
            continue;
        }
        let fresh = members.iter().all(|&i| free[i as usize]);
        let part = Component { members, graph: &graph, input, free, fresh, warm };
        part.lay_out(&mut x, &mut y, params, &mut rng);
        if fresh && params.remove_overlaps {
            if members.len() <= SPREAD_UP_TO {
                // A tree is drawn without crossings; only enlarging keeps it so.
                let most = if part.is_tree() { MAX_SPREAD * 2.0 } else { MAX_SPREAD };
                spread(&mut x, &mut y, members, input, params.gap, most);
            } else {
                thin_out(&mut x, &mut y, members, input, params.gap);
            }
        }
        if fresh {
            let b = bounds(input, &x, &y, |i| members.binary_search(&(i as u32)).is_ok());
            parts.push(Part { nodes: members.clone(), bounds: b.unwrap_or([0.0; 4]) });
        }
        let tick = Tick {
            nodes: n,
            done: (k + 1) as f32 / components.len() as f32 * 0.8,
            elapsed: started.elapsed(),
        };
        if observe(tick).is_break() {
            return None;
        }
    }
    pack(&parts, &mut x, &mut y, params.link_distance * 2.0 + params.gap, anchored);
    let adjacency = Adjacency::new(n, edges_of(input).into_iter());
    let (hw, hh): (Vec<f32>, Vec<f32>) =
        input.nodes.iter().map(|node| (node.half[0].max(0.5), node.half[1].max(0.5))).unzip();
    let boxes = Boxes {
        hw: &hw,
        hh: &hh,
        movable: free,
        gap: params.gap,
        link_gap: params.link_gap,
        adjacency: &adjacency,
    };
    if params.remove_overlaps {
        remove_overlaps(&mut x, &mut y, &boxes, &mut rng);
        if params.link_clearance && n.saturating_mul(input.edges.len()) <= MAX_WORK {
            let all: Vec<u32> = (0..n as u32).collect();
            let shape = terms::all_pairs(&graph.distances_from_each(&all));
            clear_links(&mut x, &mut y, input, &boxes, &shape);
        }
    }
    let tick = Tick { nodes: n, done: 1.0, elapsed: started.elapsed() };
    if observe(tick).is_break() {
        return None;
    }
    Some(x.into_iter().zip(y).map(|(a, b)| [a, b]).collect())
}

/// One connected component to lay out.
struct Component<'a> {
    members: &'a [u32],
    graph: &'a Graph,
    input: &'a LayoutInput,
    free: &'a [bool],
    /// Every member is free: laid out from scratch.
    fresh: bool,
    /// Free members start from where they are.
    warm: bool,
}

impl Component<'_> {
    fn lay_out(&self, x: &mut [f32], y: &mut [f32], params: &Params, rng: &mut SplitMix64) {
        let local = self.local_graph();
        let m = self.members.len();
        let movable: Vec<bool> = self.members.iter().map(|&i| self.free[i as usize]).collect();
        let here: (Vec<f32>, Vec<f32>) = self.members.iter().map(|&i| (x[i as usize], y[i as usize])).unzip();
        if self.fresh && m <= 2 {
            let far = local.neighbours(0).next().map_or(1.0, |(_, d)| d);
            let spots = [(0.0, 0.0), (far, 0.0)];
            for (k, &i) in self.members.iter().enumerate() {
                (x[i as usize], y[i as usize]) = spots[k];
            }
            return;
        }
        let (pivots, rows) = terms::pivots(&local, params.pivots.min(m), rng);
        let all_rows = (m <= params.full_up_to).then(|| {
            let all: Vec<u32> = (0..m as u32).collect();
            local.distances_from_each(&all)
        });
        // Large parts: near terms exact, far ones sampled each epoch.
        let near = all_rows.is_none().then(|| terms::near(&local));
        let mut terms = match (&all_rows, &near) {
            (Some(rows), _) => terms::all_pairs(rows),
            (None, Some(near)) => terms::near_terms(near),
            (None, None) => Vec::new(),
        };
        if !self.fresh {
            terms.retain(|t: &Term| movable[t.i()] || (!t.one_sided() && movable[t.j()]));
        }
        let (mut lx, mut ly) = here;
        if self.fresh && m <= params.full_up_to && tree::is_tree(&local) {
            // A tree can always be drawn without crossings: so it is.
            let (mut tx, mut ty) = tree::radial(&local);
            tree::refine(&local, &mut terms, &mut tx, &mut ty, params.epochs, rng);
            for (k, &i) in self.members.iter().enumerate() {
                (x[i as usize], y[i as usize]) = (tx[k], ty[k]);
            }
            return;
        }
        if self.fresh {
            (lx, ly) = mds::pivot_mds(&rows, m, rng);
            scale_to(&mut lx, &mut ly, &pivots, &rows);
        } else if !self.warm {
            self.place_beside_neighbours(&mut lx, &mut ly, params, rng);
        }
        let start = if self.warm { 0.1 } else { 1.0 };
        if let Some(near) = &near {
            let model = Sampled { graph: &local, near, terms: &mut terms, sources: sampled::sources_for(m) };
            let schedule = Schedule { epochs: params.epochs, eps: sampled::EPS, start };
            descend_sampled(model, &mut lx, &mut ly, &movable, schedule, rng);
        } else {
            let schedule = Schedule { epochs: params.epochs, eps: 0.1, start };
            descend(&mut terms, &mut lx, &mut ly, &movable, schedule, rng, &mut |_| {});
        }
        if let Some(rows) = all_rows.as_ref().filter(|_| self.fresh && m <= MULTI_START_UP_TO) {
            let pass =
                Pass { rounds: 2, slack: UNTANGLE_SLACK, rate: None, scale: 1.0, near: 0.0, guard: None };
            untangle(&local, rows, &mut lx, &mut ly, &pass);
        }
        for (k, &i) in self.members.iter().enumerate() {
            if movable[k] {
                (x[i as usize], y[i as usize]) = (lx[k], ly[k]);
            }
        }
    }

    /// Whether the part is a tree (drawn without crossings).
    fn is_tree(&self) -> bool {
        self.fresh && self.members.len() > 2 && tree::is_tree(&self.local_graph())
    }

    /// The component alone, its nodes numbered 0.. in member order.
    fn local_graph(&self) -> Graph {
        let index = |i: usize| self.members.binary_search(&(i as u32)).ok().map(|k| k as u32);
        Graph::new(
            self.members.len(),
            self.members.iter().enumerate().flat_map(|(k, &i)| {
                self.graph.neighbours(i as usize).filter_map(move |(j, len)| Some((k as u32, index(j)?, len)))
            }),
        )
    }

    /// Free members start beside the member they are linked to that has
    /// its place (outwards along the links from the placed ones).
    fn place_beside_neighbours(&self, lx: &mut [f32], ly: &mut [f32], params: &Params, rng: &mut SplitMix64) {
        let nodes: Vec<LayoutNode> = self
            .members
            .iter()
            .enumerate()
            .map(|(k, &i)| {
                let node = self.input.nodes[i as usize];
                let start = (!self.free[i as usize]).then_some([lx[k], ly[k]]);
                LayoutNode { start, pinned: start.is_some(), ..node }
            })
            .collect();
        let index = |i: u32| self.members.binary_search(&i).ok().map(|k| k as u32);
        let edges = self
            .input
            .edges
            .iter()
            .filter_map(|e| {
                Some(super::params::LayoutEdge { source: index(e.source)?, target: index(e.target)?, ..*e })
            })
            .collect();
        let (sx, sy) = start_positions(&LayoutInput { nodes, edges }, params.link_distance, rng);
        lx.copy_from_slice(&sx);
        ly.copy_from_slice(&sy);
    }
}

/// Scales a start layout so distances to the pivots match the wanted ones
/// best (least squares of the relative error).
fn scale_to(x: &mut [f32], y: &mut [f32], pivots: &[u32], rows: &[Vec<f32>]) {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    for (row, &p) in rows.iter().zip(pivots) {
        let p = p as usize;
        for (i, &d) in row.iter().enumerate() {
            if i != p && d.is_finite() && d > 0.0 {
                let l = f64::from((x[i] - x[p]).hypot(y[i] - y[p]));
                let d = f64::from(d);
                num += l / d;
                den += (l * l) / (d * d);
            }
        }
    }
    if den > 0.0 {
        let s = (num / den) as f32;
        x.iter_mut().for_each(|v| *v *= s);
        y.iter_mut().for_each(|v| *v *= s);
    }
}

/// The stress of a layout over `terms`, at the scale that makes it least
/// (so that layouts of different sizes compare).
fn term_stress(terms: &[Term], x: &[f32], y: &[f32]) -> f64 {
    let (mut num, mut den, mut sum) = (0.0f64, 0.0f64, 0.0f64);
    for t in terms {
        let (i, j) = (t.i(), t.j());
        let l = f64::from((x[i] - x[j]).hypot(y[i] - y[j]));
        let (d, w) = (f64::from(t.d), f64::from(t.w));
        num += w * l * d;
        den += w * l * l;
        sum += w * d * d;
    }
    if den <= 0.0 {
        return 0.0;
    }
    let s = num / den;
    (s * s * den - 2.0 * s * num + sum).max(0.0)
}

/// The links of `input` between two different nodes it has.
fn edges_of(input: &LayoutInput) -> Vec<(u32, u32)> {
    let n = input.nodes.len();
    input
        .edges
        .iter()
        .map(|e| (e.source, e.target))
        .filter(|&(a, b)| a != b && (a as usize) < n && (b as usize) < n)
        .collect()
}

/// The box around the nodes `keep` chooses (boxes included).
pub(super) fn bounds(
    input: &LayoutInput,
    x: &[f32],
    y: &[f32],
    keep: impl Fn(usize) -> bool,
) -> Option<[f32; 4]> {
    let mut b: Option<[f32; 4]> = None;
    for (i, node) in input.nodes.iter().enumerate().filter(|(i, _)| keep(*i)) {
        let [hw, hh] = node.half;
        let r = [x[i] - hw, y[i] - hh, x[i] + hw, y[i] + hh];
        b = Some(match b {
            Some(c) => [c[0].min(r[0]), c[1].min(r[1]), c[2].max(r[2]), c[3].max(r[3])],
            None => r,
        });
    }
    b
}
