//! Laying a graph out until it settles, in one call, reporting each tick.
//!
//! Small graphs are laid out in one go. Larger ones go multilevel: linked
//! nodes merge pairwise into coarser and coarser graphs, the coarsest is
//! laid out from scratch, and each finer level starts from its coarse
//! parent's place and needs only a short, cool run. That untangles the
//! graph's global shape cheaply and spends few ticks on the full graph.

use std::ops::ControlFlow;
use std::time::{Duration, Instant};

use super::MAX_TICKS;
use super::coarsen::{Coarse, coarsen};
use super::params::{LayoutInput, Params};
use super::rng::SplitMix64;
use super::sim::Simulation;

/// Graphs with at least this many nodes are laid out multilevel.
pub const MULTILEVEL_FROM: usize = 1000;
/// Coarsening stops at this many nodes.
const COARSEST: usize = 200;
/// Temperature a finer level starts at.
const REFINE_ALPHA: f32 = 0.5;
/// Ticks a middle level runs for.
const MIDDLE_TICKS: f32 = 40.0;
/// Ticks the full graph runs for.
const FINEST_TICKS: f32 = 150.0;

/// One tick of a settling layout, as reported to an observer.
#[derive(Clone, Copy, Debug)]
pub struct Tick {
    /// Nodes at this level (the full graph at the last level).
    pub nodes: usize,
    /// Temperature after the tick.
    pub alpha: f32,
    /// How long the tick took.
    pub elapsed: Duration,
}

/// Lays `input` out until it settles and returns the node centres.
/// `observe` hears of every tick (for progress and benchmarks) and can stop
/// the work by answering `Break`; the result is then `None`.
pub fn settle(
    input: &LayoutInput,
    params: Params,
    seed: u64,
    observe: &mut dyn FnMut(Tick) -> ControlFlow<()>,
) -> Option<Vec<[f32; 2]>> {
    if input.nodes.len() < MULTILEVEL_FROM {
        return run(Simulation::new(input, params, seed), observe);
    }
    let mut rng = SplitMix64::new(seed ^ 0x6C61_7965_7273);
    let mut levels: Vec<Coarse> = Vec::new();
    loop {
        let finer = levels.last().map_or(input, |c| &c.input);
        if finer.nodes.len() <= COARSEST {
            break;
        }
        match coarsen(finer, params.link_distance, &mut rng) {
            Some(coarse) => levels.push(coarse),
            None => break,
        }
    }
    // Boxes of merged nodes are stand-ins: no collision or clearance for them.
    let coarse_params =
        Params { collide_below: 0.0, link_clearance: false, remove_overlaps: false, ..params };
    let coarsest = levels.last().map_or(input, |c| &c.input);
    let mut positions = run(Simulation::new(coarsest, coarse_params, seed), observe)?;
    for k in (0..levels.len()).rev() {
        let finer = if k == 0 { input } else { &levels[k - 1].input };
        let coarser = &levels[k];
        let placed = prolong(finer, coarser, &positions, &mut rng);
        let (level, ticks) = if k == 0 { (params, FINEST_TICKS) } else { (coarse_params, MIDDLE_TICKS) };
        let level = Params { alpha_decay: 1.0 - (level.alpha_min / REFINE_ALPHA).powf(1.0 / ticks), ..level };
        let sim = Simulation::new(&placed, level, seed).starting_at(REFINE_ALPHA);
        positions = run(sim, observe)?;
    }
    Some(positions)
}

/// About how many ticks [`settle`] runs for a graph of `n` nodes (for
/// progress bars; the true count depends on how the graph coarsens).
pub fn expected_ticks(n: usize) -> usize {
    if n < MULTILEVEL_FROM {
        return 300;
    }
    let levels = (n as f32 / COARSEST as f32).log2().ceil().max(1.0) as usize;
    300 + (levels - 1) * MIDDLE_TICKS as usize + FINEST_TICKS as usize
}

/// The finer graph with each node starting at its coarse parent's place,
/// spread a little within the parent's box. Pinned nodes keep their place.
fn prolong(
    finer: &LayoutInput,
    coarser: &Coarse,
    positions: &[[f32; 2]],
    rng: &mut SplitMix64,
) -> LayoutInput {
    let mut placed = finer.clone();
    for (i, node) in placed.nodes.iter_mut().enumerate() {
        if node.pinned && node.start.is_some() {
            continue;
        }
        let p = coarser.parent[i] as usize;
        let [x, y] = positions[p];
        let spread = coarser.input.nodes[p].half;
        node.start = Some([x + rng.next_signed() * spread[0] * 0.5, y + rng.next_signed() * spread[1] * 0.5]);
    }
    placed
}

/// Ticks until settled, telling `observe` of each; returns the positions,
/// or `None` if the observer stopped it.
fn run(mut sim: Simulation, observe: &mut dyn FnMut(Tick) -> ControlFlow<()>) -> Option<Vec<[f32; 2]>> {
    let n = sim.len();
    let mut ticks = 0;
    while !sim.is_settled() && ticks < MAX_TICKS {
        let start = Instant::now();
        sim.tick();
        ticks += 1;
        if observe(Tick { nodes: n, alpha: sim.alpha(), elapsed: start.elapsed() }).is_break() {
            return None;
        }
    }
    sim.run_until_settled(0);
    Some((0..n).map(|i| sim.position(i)).collect())
}
