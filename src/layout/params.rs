//! Inputs of the force layout: the graph as flat arrays, and the tuning.

/// One node to lay out: a box (holding shape and label) and where it starts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutNode {
    /// Half width and half height of the node's box.
    pub half: [f32; 2],
    /// Where the node starts; `None` lets the engine choose.
    pub start: Option<[f32; 2]>,
    /// Whether the node must stay at `start`.
    pub pinned: bool,
}

/// One link to pull along.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutEdge {
    /// Index of the first node.
    pub source: u32,
    /// Index of the second node.
    pub target: u32,
    /// Multiplies [`Params::link_distance`] for this link.
    pub length: f32,
    /// Multiplies the spring's stiffness for this link (1 = d3's default).
    pub strength: f32,
}

/// The graph to lay out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayoutInput {
    /// Nodes, in a fixed order (the document's id order).
    pub nodes: Vec<LayoutNode>,
    /// Links between them, by node index.
    pub edges: Vec<LayoutEdge>,
}

/// Tuning of the forces and of the cooling schedule (d3-force's, in map units).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    /// Repulsion between nodes (negative pushes apart), scaled by node size.
    pub charge: f32,
    /// Clear space wanted between two linked boxes.
    pub link_distance: f32,
    /// Pull of every node towards the centre, per tick.
    pub gravity: f32,
    /// Barnes-Hut accuracy: larger is faster and rougher.
    pub theta: f32,
    /// Fraction of velocity lost each tick.
    pub velocity_decay: f32,
    /// Cooling stops when the temperature falls below this.
    pub alpha_min: f32,
    /// How fast the temperature falls each tick.
    pub alpha_decay: f32,
    /// Clear space kept between any two boxes.
    pub gap: f32,
    /// Clear space kept between two linked boxes, so their link shows.
    pub link_gap: f32,
    /// Distance below which repulsion stops growing.
    pub min_distance: f32,
    /// Distance beyond which nodes do not repel (infinite for none).
    pub max_distance: f32,
    /// Collision starts once the temperature is below this, so that the
    /// graph untangles freely first.
    pub collide_below: f32,
    /// Keep nodes off links that do not end at them (small maps only).
    pub link_clearance: bool,
}

impl Default for Params {
    fn default() -> Self {
        Self {
            charge: -900.0,
            link_distance: 45.0,
            gravity: 0.02,
            theta: 0.9,
            velocity_decay: 0.4,
            alpha_min: 0.001,
            // d3's default: about 300 ticks from alpha 1 to alpha_min.
            alpha_decay: 1.0 - 0.001f32.powf(1.0 / 300.0),
            gap: 14.0,
            link_gap: 40.0,
            min_distance: 20.0,
            max_distance: 800.0,
            collide_below: 0.1,
            link_clearance: true,
        }
    }
}
