//! Pictures of a labelled graph as each engine lays it out, all drawn by
//! Sectormap's own renderer from the positions, so they compare: the same
//! boxes, labels and links, nodes filled by the group the data gives.

use std::collections::BTreeMap;
use std::path::Path;

use sectormap_core::model::MapMeta;
use sectormap_core::render::{RenderOptions, Size, to_png};
use sectormap_core::scene::{self, Color, Element, Item, Layout, View};

use crate::Graph;

/// Light fills (Okabe-Ito, mixed with white) for the groups, in name order.
const FILLS: [u32; 8] = [0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x999999];
/// Width of each picture, in pixels.
const WIDTH: u32 = 1400;

/// Draws `positions` (by node index) of a labelled `graph` into
/// `DIR/<graph>-<engine>.png`; reports failures on stderr.
pub fn draw(graph: &Graph, engine: &str, positions: &[[f32; 2]], dir: &str) {
    let Some(doc) = &graph.doc else { return };
    let layout: Layout = doc.nodes().zip(positions).map(|(node, &p)| (node.id.clone(), p)).collect();
    let stem: String = graph.name.split(" (").next().unwrap_or("graph").to_lowercase().replace(' ', "-");
    let meta = MapMeta { title: format!("{} by {engine}", doc.meta.title), ..MapMeta::default() };
    let view = View { no_legend: true, meta: Some(meta), ..View::default() };
    let mut picture = scene::build(doc, &layout, &view);
    // Fill nodes by group when the data gives groups (organisations).
    let groups: Vec<String> = groups_of(graph);
    let names: BTreeMap<&str, usize> = {
        let mut distinct: Vec<&str> = groups.iter().map(String::as_str).collect();
        distinct.sort_unstable();
        distinct.dedup();
        distinct.into_iter().enumerate().map(|(k, g)| (g, k)).collect()
    };
    let ids: BTreeMap<&str, usize> = doc.nodes().enumerate().map(|(i, node)| (node.id.as_str(), i)).collect();
    if names.len() > 1 {
        for group in &picture.groups {
            let Element::Node(id) = &group.element else { continue };
            let Some(&i) = ids.get(id.as_ref()) else { continue };
            let k = groups.get(i).and_then(|g| names.get(g.as_str())).copied().unwrap_or(0);
            let colour = Color::hex(FILLS[k % FILLS.len()]).mix(Color::hex(0xFFFFFF), 0.45);
            if let Some(Item::Ellipse { fill, .. } | Item::Rect { fill, .. }) =
                picture.items.get_mut(group.items.start)
            {
                *fill = Some(colour);
            }
        }
    }
    let options = RenderOptions { size: Size::Width(WIDTH), ..RenderOptions::default() };
    let path = Path::new(dir).join(format!("{stem}-{engine}.png"));
    match to_png(&picture, &options).map_err(|e| e.to_string()).and_then(|bytes| {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        std::fs::write(&path, bytes).map_err(|e| e.to_string())
    }) {
        Ok(()) => eprintln!("drew {}", path.display()),
        Err(why) => eprintln!("{}: {why}", path.display()),
    }
}

/// Each node's group: the organisation's group from the network file (kept
/// in its tags), else its kind.
fn groups_of(graph: &Graph) -> Vec<String> {
    let Some(doc) = &graph.doc else { return Vec::new() };
    doc.nodes().map(|node| node.tags.first().cloned().unwrap_or_else(|| format!("{:?}", node.kind))).collect()
}
