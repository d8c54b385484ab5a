//! The force simulation: state in flat arrays, advanced one tick at a time.

use rayon::prelude::*;

use super::clearance::{Clearance, MAX_WORK};
use super::collide::{Adjacency, Extents, Gaps, Grid, shares};
use super::params::{LayoutInput, Params};
use super::quadtree::QuadTree;
use super::rng::SplitMix64;
use super::start::start_positions;

/// Graphs at least this large compute repulsion on all cores.
const PARALLEL_FROM: usize = 1024;

/// Sweeps of the final overlap removal before giving up.
const SEPARATE_ROUNDS: usize = 500;

/// A running force layout. Same input, params and seed give the same
/// positions, tick for tick.
#[derive(Debug)]
pub struct Simulation {
    params: Params,
    x: Vec<f32>,
    y: Vec<f32>,
    vx: Vec<f32>,
    vy: Vec<f32>,
    hw: Vec<f32>,
    hh: Vec<f32>,
    charge: Vec<f32>,
    pinned: Vec<bool>,
    edges: Vec<(u32, u32, f32, f32, f32)>,
    alpha: f32,
    ticks: usize,
    settled: bool,
    tree: QuadTree,
    grid: Grid,
    px: Vec<f32>,
    py: Vec<f32>,
    /// Links that nodes are kept off (empty on maps too big for it).
    clear_edges: Vec<(u32, u32)>,
    /// Who is linked to whom, for the wider gap between linked boxes.
    adjacency: Adjacency,
    /// Repulsion per body in tree order (kept between ticks).
    forces: Vec<(f32, f32)>,
}

impl Simulation {
    /// Starts a layout of `input`; nodes without a start position are placed
    /// from `seed`.
    pub fn new(input: &LayoutInput, params: Params, seed: u64) -> Self {
        let n = input.nodes.len();
        let (x, y) = start_positions(input, params.link_distance, &mut SplitMix64::new(seed));
        let hw: Vec<f32> = input.nodes.iter().map(|node| node.half[0].max(1.0)).collect();
        let hh: Vec<f32> = input.nodes.iter().map(|node| node.half[1].max(1.0)).collect();
        let charge = input
            .nodes
            .iter()
            .map(|node| if node.charge.is_finite() { node.charge.max(0.0) } else { 1.0 })
            .collect();
        let mut degree = vec![0u32; n];
        let valid = |a: u32, b: u32| a != b && (a as usize) < n && (b as usize) < n;
        for edge in &input.edges {
            if valid(edge.source, edge.target) {
                degree[edge.source as usize] += 1;
                degree[edge.target as usize] += 1;
            }
        }
        let edges = input
            .edges
            .iter()
            .filter(|edge| valid(edge.source, edge.target))
            .map(|edge| {
                let (s, t) = (edge.source as usize, edge.target as usize);
                let (ds, dt) = (degree[s] as f32, degree[t] as f32);
                let rest = params.link_distance * edge.length + (hw[s] + hh[s]) * 0.5 + (hw[t] + hh[t]) * 0.5;
                let strength = (edge.strength / ds.min(dt)).clamp(0.0, 1.0);
                (edge.source, edge.target, rest, strength, ds / (ds + dt))
            })
            .collect();
        let pinned: Vec<bool> = input.nodes.iter().map(|node| node.pinned && node.start.is_some()).collect();
        let all_pinned = pinned.iter().all(|&p| p);
        let adjacency = Adjacency::new(
            n,
            input.edges.iter().filter(|e| valid(e.source, e.target)).map(|e| (e.source, e.target)),
        );
        let clear_edges = if params.link_clearance && n.saturating_mul(input.edges.len()) <= MAX_WORK {
            input
                .edges
                .iter()
                .filter(|edge| valid(edge.source, edge.target))
                .map(|edge| (edge.source, edge.target))
                .collect()
        } else {
            Vec::new()
        };
        Self {
            params,
            x,
            y,
            vx: vec![0.0; n],
            vy: vec![0.0; n],
            hw,
            hh,
            charge,
            pinned,
            edges,
            alpha: 1.0,
            ticks: 0,
            settled: all_pinned,
            tree: QuadTree::default(),
            grid: Grid::default(),
            px: Vec::with_capacity(n),
            py: Vec::with_capacity(n),
            clear_edges,
            adjacency,
            forces: Vec::new(),
        }
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.x.len()
    }

    /// Whether there are no nodes.
    pub fn is_empty(&self) -> bool {
        self.x.is_empty()
    }

    /// The current temperature; it falls to `alpha_min` as the layout settles.
    pub fn alpha(&self) -> f32 {
        self.alpha
    }

    /// Ticks run since the start or the last reheat.
    pub fn ticks(&self) -> usize {
        self.ticks
    }

    /// Whether the layout has cooled and its overlaps have been removed.
    pub fn is_settled(&self) -> bool {
        self.settled
    }

    /// Where node `i` is now.
    pub fn position(&self, i: usize) -> [f32; 2] {
        [self.x[i], self.y[i]]
    }

    /// Current x coordinates, by node index.
    pub fn xs(&self) -> &[f32] {
        &self.x
    }

    /// Current y coordinates, by node index.
    pub fn ys(&self) -> &[f32] {
        &self.y
    }

    /// Whether node `i` is pinned.
    pub fn is_pinned(&self, i: usize) -> bool {
        self.pinned[i]
    }

    /// Moves node `i` to `(x, y)` and pins or unpins it there; the layout
    /// warms up so that its neighbours follow.
    pub fn place(&mut self, i: usize, [x, y]: [f32; 2], pinned: bool) {
        if i < self.len() && x.is_finite() && y.is_finite() {
            self.x[i] = x;
            self.y[i] = y;
            self.vx[i] = 0.0;
            self.vy[i] = 0.0;
            self.pinned[i] = pinned;
            self.reheat(0.15);
        }
    }

    /// Raises the temperature to at least `alpha`, so the layout moves again.
    pub fn reheat(&mut self, alpha: f32) {
        if self.pinned.iter().all(|&p| p) {
            return;
        }
        self.warm();
        self.alpha = self.alpha.max(alpha);
        self.settled = false;
        self.ticks = 0;
    }

    /// Sets the temperature (for a warm start after a small change); a map
    /// whose nodes are all pinned stays settled.
    pub fn set_alpha(&mut self, alpha: f32) {
        if self.pinned.iter().all(|&p| p) {
            return;
        }
        self.warm();
        self.alpha = alpha.clamp(0.0, 1.0);
        self.settled = false;
        self.ticks = 0;
    }

    /// The same simulation, starting cooler (for refining a layout that is
    /// already roughly right).
    pub fn starting_at(mut self, alpha: f32) -> Self {
        self.alpha = alpha.clamp(0.0, 1.0);
        self
    }

    /// A layout that moves again from a settled state keeps its collisions
    /// on throughout: without them, nodes held apart only by collision
    /// would collapse and the whole map would rearrange.
    fn warm(&mut self) {
        self.params.collide_below = f32::INFINITY;
    }

    /// Advances the layout by one tick; does nothing once settled.
    pub fn tick(&mut self) {
        if self.settled {
            return;
        }
        let p = self.params;
        self.alpha += (0.0 - self.alpha) * p.alpha_decay;
        self.apply_links();
        self.apply_charge();
        self.apply_gravity();
        if self.alpha < p.collide_below {
            self.predict();
            self.apply_clearance();
            self.apply_collision();
        }
        let keep = 1.0 - p.velocity_decay;
        let max2 = p.max_speed * p.max_speed;
        for i in 0..self.len() {
            if self.pinned[i] {
                self.vx[i] = 0.0;
                self.vy[i] = 0.0;
                continue;
            }
            let (mut vx, mut vy) = (self.vx[i] * keep, self.vy[i] * keep);
            let speed2 = vx * vx + vy * vy;
            if speed2.is_nan() || speed2 > max2 {
                // Too fast (or not a number): a node flung far away would
                // stretch the whole picture, so its step is capped.
                let k = if speed2.is_finite() { p.max_speed / speed2.sqrt() } else { 0.0 };
                (vx, vy) = (vx * k, vy * k);
            }
            self.vx[i] = vx;
            self.vy[i] = vy;
            self.x[i] += vx;
            self.y[i] += vy;
        }
        self.ticks += 1;
        if self.alpha < p.alpha_min {
            self.finish();
        }
    }

    /// Ticks until settled, at most `max_ticks` times; returns the ticks run.
    pub fn run_until_settled(&mut self, max_ticks: usize) -> usize {
        let start = self.ticks;
        while !self.settled && self.ticks - start < max_ticks {
            self.tick();
        }
        if !self.settled {
            self.finish();
        }
        self.ticks - start
    }

    /// Removes remaining overlaps directly and marks the layout settled.
    fn finish(&mut self) {
        let boxes = Extents { hw: &self.hw, hh: &self.hh, pinned: &self.pinned };
        let gaps = Gaps { gap: self.params.gap, link_gap: self.params.link_gap, adjacency: &self.adjacency };
        if self.params.remove_overlaps {
            self.grid.separate((&mut self.x, &mut self.y), boxes, gaps, SEPARATE_ROUNDS);
        }
        self.vx.fill(0.0);
        self.vy.fill(0.0);
        self.settled = true;
    }

    fn apply_links(&mut self) {
        let alpha = self.alpha;
        for &(s, t, rest, strength, bias) in &self.edges {
            let (s, t) = (s as usize, t as usize);
            let mut dx = self.x[t] + self.vx[t] - self.x[s] - self.vx[s];
            let mut dy = self.y[t] + self.vy[t] - self.y[s] - self.vy[s];
            if dx == 0.0 && dy == 0.0 {
                dx = 1e-3;
                dy = 0.7e-3;
            }
            let l = (dx * dx + dy * dy).sqrt();
            let k = (l - rest) / l * alpha * strength;
            dx *= k;
            dy *= k;
            self.vx[t] -= dx * bias;
            self.vy[t] -= dy * bias;
            self.vx[s] += dx * (1.0 - bias);
            self.vy[s] += dy * (1.0 - bias);
        }
    }

    fn apply_charge(&mut self) {
        let p = self.params;
        self.tree.build(&self.x, &self.y, &self.charge);
        let strength = p.charge * self.alpha;
        let theta2 = p.theta * p.theta;
        let range = (p.min_distance * p.min_distance, p.max_distance * p.max_distance);
        // Bodies in the tree's (Morton) order, so neighbouring work items
        // walk the same cells; each force depends on nothing but the tree,
        // so splitting the work across threads cannot change the result.
        let (tree, x, y) = (&self.tree, &self.x, &self.y);
        let order = tree.order();
        let mut forces = std::mem::take(&mut self.forces);
        forces.clear();
        forces.resize(order.len(), (0.0, 0.0));
        let one = |(k, f): (usize, &mut (f32, f32))| {
            let i = order[k] as usize;
            *f = tree.force_on(i, x[i], y[i], strength, theta2, range);
        };
        if order.len() >= PARALLEL_FROM {
            forces.par_iter_mut().with_min_len(256).enumerate().for_each(one);
        } else {
            forces.iter_mut().enumerate().for_each(one);
        }
        for (&i, &(fx, fy)) in order.iter().zip(&forces) {
            self.vx[i as usize] += fx;
            self.vy[i as usize] += fy;
        }
        self.forces = forces;
    }

    fn apply_gravity(&mut self) {
        let k = self.params.gravity * self.alpha;
        for i in 0..self.len() {
            self.vx[i] -= self.x[i] * k;
            self.vy[i] -= self.y[i] * k;
        }
    }

    /// Where nodes would be after this tick at their current velocity.
    fn predict(&mut self) {
        self.px.clear();
        self.px.extend(self.x.iter().zip(&self.vx).map(|(x, v)| x + v));
        self.py.clear();
        self.py.extend(self.y.iter().zip(&self.vy).map(|(y, v)| y + v));
    }

    fn apply_clearance(&mut self) {
        if self.clear_edges.is_empty() {
            return;
        }
        let clearance =
            Clearance { x: &self.px, y: &self.py, hw: &self.hw, hh: &self.hh, edges: &self.clear_edges };
        let (vx, vy, pinned) = (&mut self.vx, &mut self.vy, &self.pinned);
        clearance.for_each_push(self.params.gap * 0.5, |i, (a, b), dx, dy| {
            // The node takes most of the move, the link's ends the rest.
            let (node_share, end_share) = match pinned[i] {
                true => (0.0, 0.25),
                false => (0.3, 0.1),
            };
            vx[i] += dx * node_share;
            vy[i] += dy * node_share;
            for end in [a as usize, b as usize] {
                if !pinned[end] {
                    vx[end] -= dx * end_share;
                    vy[end] -= dy * end_share;
                }
            }
        });
    }

    fn apply_collision(&mut self) {
        let boxes = Extents { hw: &self.hw, hh: &self.hh, pinned: &self.pinned };
        let (vx, vy, pinned) = (&mut self.vx, &mut self.vy, &self.pinned);
        let gaps = Gaps { gap: self.params.gap, link_gap: self.params.link_gap, adjacency: &self.adjacency };
        self.grid.for_each_overlap((&self.px, &self.py), boxes, gaps, |i, j, mx, my| {
            let (wi, wj) = shares(pinned[i], pinned[j]);
            // Half the overlap per tick keeps the motion smooth.
            vx[i] -= mx * wi * 0.5;
            vy[i] -= my * wi * 0.5;
            vx[j] += mx * wj * 0.5;
            vy[j] += my * wj * 0.5;
        });
    }
}
