//! Inputs of the layout: the graph as flat arrays, and the tuning.

/// One node to lay out: a box (holding shape and label) and where it starts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutNode {
    /// Half width and half height of the node's box.
    pub half: [f32; 2],
    /// Where the node is; `None` when it has no place yet.
    pub start: Option<[f32; 2]>,
    /// Whether the node must stay at `start`.
    pub pinned: bool,
}

/// One link.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutEdge {
    /// Index of the first node.
    pub source: u32,
    /// Index of the second node.
    pub target: u32,
    /// Multiplies [`Params::link_distance`] for this link: below 1 holds
    /// its ends closer than usual, above 1 lets them sit farther apart.
    pub length: f32,
}

/// The graph to lay out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayoutInput {
    /// Nodes, in a fixed order (the document's id order).
    pub nodes: Vec<LayoutNode>,
    /// Links between them, by node index.
    pub edges: Vec<LayoutEdge>,
}

/// Tuning of the engine, in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    /// Clear space wanted between two linked boxes (before a link's factor).
    pub link_distance: f32,
    /// Clear space kept between any two boxes.
    pub gap: f32,
    /// Clear space kept between two linked boxes, so their link shows its
    /// arrow and dashes.
    pub link_gap: f32,
    /// Passes of stochastic gradient descent.
    pub epochs: usize,
    /// Pivots of the starting layout (pivot MDS).
    pub pivots: usize,
    /// Connected parts up to this many nodes use every pair of nodes as a
    /// stress term; larger ones, the sparse approximation.
    pub full_up_to: usize,
    /// Move boxes apart, keeping the shape, so none overlap.
    pub remove_overlaps: bool,
    /// Keep boxes off links that do not end at them (small maps only).
    pub link_clearance: bool,
}

impl Params {
    /// Tuning for a map of `n` nodes (the same for every size: the engine
    /// chooses full or sparse terms itself).
    pub fn for_map(_n: usize) -> Self {
        Self::default()
    }

    /// Tuning for general graphs of small, equal nodes (benchmarks, large
    /// imported networks): short links and small gaps, no link clearance.
    pub fn for_graphs() -> Self {
        Self { link_distance: 30.0, gap: 2.0, link_gap: 2.0, link_clearance: false, ..Self::default() }
    }
}

impl Default for Params {
    fn default() -> Self {
        Self {
            link_distance: 45.0,
            gap: 14.0,
            link_gap: 40.0,
            epochs: 15,
            pivots: 50,
            full_up_to: 2500,
            remove_overlaps: true,
            link_clearance: true,
        }
    }
}
