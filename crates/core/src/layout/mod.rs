//! The layout engine on flat arrays: stress minimisation by stochastic
//! gradient descent from a pivot-MDS start, overlap removal that keeps the
//! shape (PRISM), and links kept clear of boxes on maps a person reads.
//!
//! [`arrange`] is the one entry point: it lays out only the nodes a
//! [`Scope`] frees and hands every other node back exactly where it was.
//! [`make_room`] moves the few nodes a grown box now overlaps, and
//! [`free_spot`] finds room for a new node.
//!
//! Pure: no drawing, no files, no clock in the result. The one clock read
//! is `Instant::now()` in `stress::layout_once`, which only fills
//! [`Tick::elapsed`] for the observer's progress report. The same input,
//! parameters and seed give the same positions whatever the number of
//! threads.

mod arrange;
mod clearance;
mod collide;
mod params;
pub mod quality;
mod rng;
mod room;
mod start;
mod stress;

pub use arrange::{Scope, Tick, arrange, free_nodes};
pub use collide::count_overlaps;
pub use params::{LayoutEdge, LayoutInput, LayoutNode, Params};
pub use rng::SplitMix64;
pub use room::{free_spot, make_room};
