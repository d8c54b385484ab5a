//! A document from the nodes and edges a GraphML or GEXF file lists.

use std::collections::BTreeMap;

use super::kinds::{self, KindLookup};
use crate::interchange::problem::Problem;
use crate::interchange::props::{link_from, node_from};
use crate::model::{Document, MapMeta, Point};

/// A node as a graph file gives it.
#[derive(Debug, Default)]
pub struct RawNode {
    /// Its id.
    pub id: String,
    /// Its label (empty: the id).
    pub label: String,
    /// Attribute values by name.
    pub values: BTreeMap<String, String>,
    /// Its position, if the file gives one.
    pub position: Option<Point>,
    /// Where it is in the file.
    pub place: String,
}

/// An edge as a graph file gives it.
#[derive(Debug, Default)]
pub struct RawEdge {
    /// Its id, if the file gives one.
    pub id: String,
    /// Id of the source node.
    pub source: String,
    /// Id of the target node.
    pub target: String,
    /// Attribute values by name.
    pub values: BTreeMap<String, String>,
    /// Where it is in the file.
    pub place: String,
}

/// The map of `nodes` and `edges`, or every problem with them.
pub fn build(
    meta: MapMeta,
    nodes: Vec<RawNode>,
    edges: Vec<RawEdge>,
    mut problems: Vec<Problem>,
    kinds: &mut KindLookup,
) -> Result<Document, Vec<Problem>> {
    let mut doc = Document::new();
    doc.meta = meta;
    for raw in nodes {
        if raw.id.trim().is_empty() {
            problems.push(Problem::new(raw.place, "a node without an id"));
            continue;
        }
        match node_from(&raw.id, &raw.label, &raw.values, kinds, &raw.place) {
            Ok(mut node) => {
                node.position = raw.position;
                if let Err(err) = doc.add_node(node) {
                    problems.push(Problem::new(raw.place, err.to_string()));
                }
            }
            Err(list) => problems.extend(list.into_iter().map(|m| Problem::new(raw.place.clone(), m))),
        }
    }
    let labels: Vec<String> = doc.nodes().map(|n| n.id.clone()).collect();
    for raw in edges {
        let ends = [&raw.source, &raw.target].map(|id| {
            doc.node(id).map(|n| n.kind).ok_or_else(|| {
                format!(
                    "no node has the id '{id}'{}",
                    crate::interchange::suggest::did_you_mean(id, labels.iter().map(String::as_str))
                )
            })
        });
        let (from, to) = match ends {
            [Ok(from), Ok(to)] => (from, to),
            [a, b] => {
                problems.extend(
                    [a.err(), b.err()].into_iter().flatten().map(|m| Problem::new(raw.place.clone(), m)),
                );
                continue;
            }
        };
        let base =
            if raw.id.is_empty() { format!("link-{}-{}", raw.source, raw.target) } else { raw.id.clone() };
        let id = if raw.id.is_empty() { kinds::unique(&base, &|c: &str| doc.contains_id(c)) } else { base };
        match link_from(&id, &raw.values, from, to) {
            Ok(link) => {
                if !raw.values.contains_key("strength") && !raw.values.contains_key("weight") {
                    kinds.no_strength.insert(link.id.clone());
                }
                if let Err(err) = doc.add_link(&raw.source, &raw.target, link) {
                    problems.push(Problem::new(raw.place, err.to_string()));
                }
            }
            Err(message) => problems.push(Problem::new(raw.place, message)),
        }
    }
    super::kumu::finish(doc, problems)
}
