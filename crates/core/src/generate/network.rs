//! Social networks as maps: a small plain edge-list format (the one the
//! layout benchmark's bundled networks use) read into a map of labelled
//! organisation nodes joined by "related" links, the way an imported
//! stakeholder map arrives.

use crate::model::{Document, Link, LinkKind, Node, NodeKind};

/// A network read from an edge list: labels and groups by node index, and
/// links between node indices.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Network {
    /// Each node's label.
    pub labels: Vec<String>,
    /// Each node's group (a faction, community or kind the data gives; "0"
    /// when it gives none).
    pub groups: Vec<String>,
    /// Links, each once, between different nodes.
    pub edges: Vec<(u32, u32)>,
}

/// Reads an edge list: `#` comment lines, then `node<TAB>index<TAB>group<TAB>label`
/// lines (indices 0, 1, 2... in order) and `edge<TAB>a<TAB>b` lines.
/// Returns the first line it cannot read, with its number.
pub fn parse_network(text: &str) -> Result<Network, String> {
    let mut network = Network::default();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let bad = || format!("line {}: cannot read {line:?}", number + 1);
        match fields.as_slice() {
            ["node", index, group, label] if index.parse() == Ok(network.labels.len()) => {
                network.labels.push((*label).to_owned());
                network.groups.push((*group).to_owned());
            }
            ["edge", a, b] => {
                let (a, b): (u32, u32) = (a.parse().map_err(|_| bad())?, b.parse().map_err(|_| bad())?);
                let n = network.labels.len() as u32;
                if a == b || a >= n || b >= n {
                    return Err(bad());
                }
                network.edges.push((a, b));
            }
            _ => return Err(bad()),
        }
    }
    Ok(network)
}

/// The id of node `i` in [`network_map`]: ids sort as the indices do, so
/// the map's node order (id order) is the network's.
pub fn node_id(i: usize) -> String {
    format!("p{i:05}")
}

/// A map of `network`: one organisation per node, labelled and tagged with
/// its group, and a "related" link per edge, none placed yet.
pub fn network_map(network: &Network, title: &str) -> Document {
    let mut doc = Document::new();
    doc.meta.title = title.to_owned();
    for (i, label) in network.labels.iter().enumerate() {
        let mut node = Node::new(node_id(i), NodeKind::Organisation, label.clone());
        node.tags = network.groups.get(i).into_iter().cloned().collect();
        let _ = doc.add_node(node);
    }
    for (k, &(a, b)) in network.edges.iter().enumerate() {
        let link = Link::new(format!("l{k:05}"), LinkKind::Related);
        let _ = doc.add_link(&node_id(a as usize), &node_id(b as usize), link);
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_an_edge_list_into_a_map() {
        let text = "# a triangle\nnode\t0\ta\tAnn\nnode\t1\ta\tBob\nnode\t2\tb\tCy\nedge\t0\t1\nedge\t1\t2\nedge\t2\t0\n";
        let network = parse_network(text).unwrap();
        assert_eq!(network.labels, ["Ann", "Bob", "Cy"]);
        assert_eq!(network.edges.len(), 3);
        let map = network_map(&network, "Triangle");
        assert_eq!((map.node_count(), map.link_count()), (3, 3));
        assert!(parse_network("edge\t0\t1\n").is_err());
    }
}
