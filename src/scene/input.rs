//! The layout's view of a document: node boxes, links and pins as flat arrays.

use super::nodes::Measured;
use crate::layout::{LayoutEdge, LayoutInput, LayoutNode};
use crate::model::{Document, LinkKind};

/// How long a link of each kind wants to be, relative to the layout's link
/// distance, and how stiff it is: objectives sit close to their department.
fn spring_of(kind: LinkKind) -> (f32, f32) {
    match kind {
        LinkKind::Pursues => (0.8, 2.5),
        LinkKind::Relevant => (1.4, 1.0),
        LinkKind::Obliges | LinkKind::Engages => (1.6, 1.0),
        LinkKind::Related => (1.0, 1.0),
    }
}

/// The layout input for `document`, nodes in id order, sized by `measured`
/// (from [`super::measure_all`]).
pub fn layout_input(document: &Document, measured: &[Measured]) -> LayoutInput {
    let mut index = std::collections::BTreeMap::new();
    let nodes = document
        .nodes()
        .zip(measured)
        .enumerate()
        .map(|(i, (node, m))| {
            index.insert(node.id.as_str(), i as u32);
            LayoutNode {
                half: m.half,
                start: node.position.map(|p| [p.x as f32, p.y as f32]),
                pinned: node.pinned,
                // Bigger boxes push harder, so they get the room they need.
                charge: ((m.half[0] + m.half[1]) / 60.0).clamp(0.5, 4.0),
            }
        })
        .collect();
    let edges = document
        .links()
        .filter_map(|(link, from, to)| {
            let (length, strength) = spring_of(link.kind);
            Some(LayoutEdge { source: *index.get(from)?, target: *index.get(to)?, length, strength })
        })
        .collect();
    LayoutInput { nodes, edges }
}
