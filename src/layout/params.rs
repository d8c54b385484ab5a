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
    /// How strongly the node repels others (1 for an ordinary node; larger
    /// nodes, and clusters at coarse levels, repel more).
    pub charge: f32,
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
    /// Largest move of a node in one tick.
    pub max_speed: f32,
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
    /// Move boxes apart directly once settled, so none overlap.
    pub remove_overlaps: bool,
}

impl Params {
    /// Tuning for a map of `n` nodes: the default for maps a person draws;
    /// for large ones repulsion reaches across the whole map, so that its
    /// global shape comes out right.
    pub fn for_map(n: usize) -> Self {
        if n >= super::MULTILEVEL_FROM {
            Self { max_distance: f32::INFINITY, theta: 1.2, ..Self::default() }
        } else {
            Self::default()
        }
    }

    /// Tuning for general graphs of small, equal nodes (benchmarks, large
    /// imported networks): repulsion reaches across the whole graph, so its
    /// global shape comes out right, and boxes are kept apart by a small gap.
    pub fn for_graphs() -> Self {
        Self {
            charge: -300.0,
            link_distance: 30.0,
            max_distance: f32::INFINITY,
            gap: 2.0,
            link_gap: 2.0,
            // Less damping lets nodes coast out of tangles (fewer crossings);
            // a wider opening angle costs no measurable quality here.
            velocity_decay: 0.1,
            theta: 1.2,
            max_speed: 120.0,
            ..Self::default()
        }
    }
}

impl Default for Params {
    fn default() -> Self {
        Self {
            charge: -900.0,
            link_distance: 45.0,
            gravity: 0.02,
            max_speed: 200.0,
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
            remove_overlaps: true,
        }
    }
}
