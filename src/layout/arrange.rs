//! The one entry point for laying a map out: which nodes may move (the
//! [`Scope`]), where the free ones start, and the engine run that places
//! them while every other node holds still.
//!
//! A node that is held still keeps its start position exactly, bit for bit:
//! the result for it is its start, never a value that went through the
//! engine.

use std::ops::ControlFlow;

use super::params::{LayoutInput, Params};
use super::settle::{Tick, settle};
use super::sim::Simulation;

/// Which nodes a layout may move.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Only nodes that have no position yet (new or imported); every placed
    /// node holds still.
    Missing,
    /// Every node that is not pinned, laid out afresh (Re-layout).
    All,
    /// These nodes (by index), from where they are, with the rest held
    /// still (Tidy selection). Pinned nodes among them stay.
    Only(Vec<u32>),
}

/// Temperature of a run that refines free nodes among fixed ones.
const WARM_ALPHA: f32 = 0.3;

/// The centre of every node after laying out the nodes `scope` frees.
///
/// Nodes that are not free come back at their start position, unchanged.
/// Pinned nodes (with a start) are never free. Nodes without a start are
/// always free. `observe` hears of every engine tick and may stop the work
/// (the result is then `None`).
pub fn arrange(
    input: &LayoutInput,
    scope: &Scope,
    params: Params,
    seed: u64,
    observe: &mut dyn FnMut(Tick) -> ControlFlow<()>,
) -> Option<Vec<[f32; 2]>> {
    let n = input.nodes.len();
    let free = free_nodes(input, scope);
    let starts: Vec<[f32; 2]> = input.nodes.iter().map(|node| node.start.unwrap_or([0.0, 0.0])).collect();
    let free_count = free.iter().filter(|&&f| f).count();
    if free_count == 0 {
        return Some(starts);
    }
    let mut run = input.clone();
    for (node, &is_free) in run.nodes.iter_mut().zip(&free) {
        node.pinned = !is_free;
        if is_free && *scope == Scope::All {
            // Re-layout: free nodes start afresh.
            node.start = None;
        }
    }
    let fresh = matches!(scope, Scope::All) || free_count == n;
    let mut placed = if fresh {
        settle(&run, params, seed, observe)?
    } else {
        let warm = matches!(scope, Scope::Only(_));
        let mut sim = Simulation::new(&run, params, seed);
        // Placing new nodes among a finished map: start cool, so they find
        // their place beside their neighbours without wandering far.
        sim.set_alpha(if warm { WARM_ALPHA } else { WARM_ALPHA * 0.5 });
        while !sim.is_settled() {
            let start = std::time::Instant::now();
            sim.tick();
            let tick = Tick { nodes: n, alpha: sim.alpha(), elapsed: start.elapsed() };
            if observe(tick).is_break() {
                return None;
            }
        }
        (0..n).map(|i| sim.position(i)).collect()
    };
    // Whatever the engine did, nodes held still end exactly where they were.
    for (i, p) in placed.iter_mut().enumerate() {
        if !free[i] {
            *p = starts[i];
        }
    }
    Some(placed)
}

/// Which nodes `scope` lets move.
pub fn free_nodes(input: &LayoutInput, scope: &Scope) -> Vec<bool> {
    let mut chosen = vec![false; input.nodes.len()];
    if let Scope::Only(list) = scope {
        for &i in list {
            if let Some(slot) = chosen.get_mut(i as usize) {
                *slot = true;
            }
        }
    }
    input
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| match (node.start, scope) {
            (None, _) => true,
            (Some(_), _) if node.pinned => false,
            (Some(_), Scope::Missing) => false,
            (Some(_), Scope::All) => true,
            (Some(_), Scope::Only(_)) => chosen[i],
        })
        .collect()
}
