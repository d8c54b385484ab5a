//! The one entry point for laying a map out: which nodes may move (the
//! [`Scope`]), and the engine run that places them while every other node
//! holds still.
//!
//! A node that is held still keeps its start position exactly, bit for bit:
//! the result for it is its start, never a value that went through the
//! engine.

use std::ops::ControlFlow;
use std::time::Duration;

use super::params::{LayoutInput, Params};
use super::stress;

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

/// Progress of a layout, as reported to an observer.
#[derive(Clone, Copy, Debug)]
pub struct Tick {
    /// Nodes in the graph.
    pub nodes: usize,
    /// Share of the work done, 0 to 1.
    pub done: f32,
    /// Time since the layout started.
    pub elapsed: Duration,
}

/// The centre of every node after laying out the nodes `scope` frees.
///
/// Nodes that are not free come back at their start position, unchanged.
/// Pinned nodes (with a start) are never free. Nodes without a start are
/// always free. `observe` hears of the work's progress and may stop it
/// (the result is then `None`). The same input, scope, parameters and seed
/// give the same positions on every machine, whatever its number of cores.
pub fn arrange(
    input: &LayoutInput,
    scope: &Scope,
    params: Params,
    seed: u64,
    observe: &mut dyn FnMut(Tick) -> ControlFlow<()>,
) -> Option<Vec<[f32; 2]>> {
    let free = free_nodes(input, scope);
    let starts: Vec<[f32; 2]> = input.nodes.iter().map(|node| node.start.unwrap_or([0.0, 0.0])).collect();
    if !free.contains(&true) {
        return Some(starts);
    }
    let mut run = input.clone();
    for (node, &is_free) in run.nodes.iter_mut().zip(&free) {
        if is_free && *scope == Scope::All {
            // Re-layout: free nodes start afresh.
            node.start = None;
        }
    }
    let warm = matches!(scope, Scope::Only(_));
    let mut placed = stress::layout(&run, &free, warm, &params, seed, observe)?;
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
