//! Force-directed layout on flat arrays: Barnes-Hut repulsion, link springs,
//! a pull to the centre, and rectangle collision so that node boxes (and the
//! labels inside them) never overlap.
//!
//! [`arrange`] is the one entry point: it lays out only the nodes a
//! [`Scope`] frees and hands every other node back exactly where it was.
//! [`make_room`] moves the few nodes a grown box now overlaps.
//!
//! Pure: no drawing, no files, no clocks. The same input, parameters and seed
//! give the same positions on every machine.

mod arrange;
mod clearance;
mod coarsen;
mod collide;
mod params;
mod quadtree;
pub mod quality;
mod rng;
mod room;
mod settle;
mod sim;
mod start;

pub use arrange::{Scope, arrange, free_nodes};
pub use collide::count_overlaps;
pub use params::{LayoutEdge, LayoutInput, LayoutNode, Params};
pub use rng::SplitMix64;
pub use room::{free_spot, make_room};
pub use settle::{MULTILEVEL_FROM, Tick, expected_ticks, settle};
pub use sim::Simulation;

/// The most ticks [`Simulation::run_until_settled`] is given by exports.
pub const MAX_TICKS: usize = 5_000;
