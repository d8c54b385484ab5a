//! The labelled graphs: real social networks (bundled in `networks/`) and a
//! generated VAW relevance map, each a map whose nodes are boxes sized by
//! their labels, the same boxes for every engine.

use std::path::Path;

use sectormap_core::generate::network::{network_map, parse_network};
use sectormap_core::generate::vaw::relevance_map;
use sectormap_core::layout::Params;
use sectormap_core::model::Document;
use sectormap_core::scene;

use crate::Graph;

/// The bundled networks, smallest first: file stem and name.
const NETWORKS: [(&str, &str); 7] = [
    ("florentine", "Florentine families"),
    ("davis", "Davis southern women"),
    ("karate", "Zachary karate club"),
    ("dolphins", "Dolphins"),
    ("lesmis", "Les Miserables"),
    ("polbooks", "Political books"),
    ("football", "College football"),
];

/// A map laid out as the editor lays it out (map tuning, measured boxes),
/// from scratch.
pub fn from_map(name: String, doc: Document) -> Graph {
    let mut input = scene::layout_input(&doc, &scene::measure_all(&doc));
    input.nodes.iter_mut().for_each(|node| (node.start, node.pinned) = (None, false));
    let edges = input.edges.iter().map(|e| (e.source, e.target)).collect();
    Graph { name, input, params: Params::default(), edges, labelled: true, doc: Some(doc) }
}

/// Every bundled social network and the generated relevance map (15 forms
/// of VAW, 40 objectives, 12 departments).
pub fn graphs() -> Vec<Graph> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/layout_bench/networks");
    let mut graphs: Vec<Graph> = NETWORKS
        .iter()
        .filter_map(|&(stem, name)| {
            let path = dir.join(format!("{stem}.txt"));
            let text =
                std::fs::read_to_string(&path).map_err(|e| eprintln!("{}: {e}", path.display())).ok()?;
            let network = parse_network(&text).map_err(|e| eprintln!("{}: {e}", path.display())).ok()?;
            let label = format!("{name} ({} / {})", network.labels.len(), network.edges.len());
            Some(from_map(label, network_map(&network, name)))
        })
        .collect();
    let vaw = relevance_map(15, 40, 12, 23);
    let label = format!("VAW relevance ({} / {})", vaw.node_count(), vaw.link_count());
    graphs.push(from_map(label, vaw));
    graphs
}
