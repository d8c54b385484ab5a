//! The layout's view of a document: node boxes, links and pins as flat arrays.

use super::nodes::Measured;
use crate::layout::{LayoutEdge, LayoutInput, LayoutNode};
use crate::model::{Document, Link, LinkKind};

/// How long a link wants to be, relative to the layout's link distance.
///
/// - A department's own objectives sit close around it (0.6): they are
///   its, and the map reads as departments with their objectives.
/// - A form of VAW sits nearer what it bears on strongly: strength 3 is
///   0.9, 2 is 1.1, 1 is 1.3, so the strongest links are the shortest.
/// - Commitments and organisations, the levers, sit a little apart from
///   the departments they oblige or engage (1.3), around the core.
/// - Other links are plain (1).
///
/// The spread is kept moderate so that the picture still follows the
/// graph's own distances (its stress stays low).
pub fn link_length(link: &Link) -> f32 {
    match link.kind {
        LinkKind::Pursues => 0.6,
        LinkKind::Relevant => match link.strength {
            3.. => 0.9,
            2 => 1.1,
            _ => 1.3,
        },
        LinkKind::Obliges | LinkKind::Engages => 1.3,
        LinkKind::Related => 1.0,
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
            }
        })
        .collect();
    let edges = document
        .links()
        .filter_map(|(link, from, to)| {
            Some(LayoutEdge { source: *index.get(from)?, target: *index.get(to)?, length: link_length(link) })
        })
        .collect();
    LayoutInput { nodes, edges }
}
