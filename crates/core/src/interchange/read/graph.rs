//! A document from the nodes and edges a GraphML or GEXF file (or a Kumu
//! blueprint) lists.
//!
//! Node and edge ids are kept apart in those formats and not in a map: an
//! edge whose id a node (or an earlier edge) has is renamed, with a note.
//! A node with a problem is left out with its edges, which are not
//! reported again; so are nodes whose type has no kind yet, reported once
//! per type name.

use std::collections::{BTreeMap, BTreeSet};

use super::attrs::not_kept;
use super::kinds;
use super::lookup::KindLookup;
use crate::interchange::problem::Problem;
use crate::interchange::props::{NodeError, link_from, node_from};
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
    /// Problems found while reading it (a position off the map...).
    pub problems: Vec<Problem>,
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
    let mut left_out = BTreeSet::new();
    for raw in nodes {
        if raw.id.trim().is_empty() {
            problems.push(Problem::new(raw.place, "a node without an id"));
            continue;
        }
        let node = node_from(&raw.id, &raw.label, &raw.values, kinds, &raw.place);
        problems.extend(raw.problems.iter().cloned());
        match node {
            Ok(mut node) if raw.problems.is_empty() => {
                node.position = raw.position;
                if let Err(err) = doc.add_node(node) {
                    problems.push(Problem::new(raw.place, err.to_string()));
                }
            }
            Ok(_) | Err(NodeError::Untyped) => {
                left_out.insert(raw.id);
            }
            Err(NodeError::Problems(list)) => {
                problems.extend(list.into_iter().map(|m| Problem::new(raw.place.clone(), m)));
                left_out.insert(raw.id);
            }
        }
    }
    problems.extend(kinds.type_problems());
    let ids: Vec<String> = doc.nodes().map(|n| n.id.clone()).collect();
    let mut unread = BTreeMap::new();
    for mut raw in edges {
        if left_out.contains(&raw.source) || left_out.contains(&raw.target) {
            continue;
        }
        let ends = [("source", &raw.source), ("target", &raw.target)].map(|(end, id)| {
            doc.node(id).map(|n| n.kind).ok_or_else(|| match id.trim() {
                "" => format!("the edge has no {end}"),
                _ => format!(
                    "no node has the id '{id}'{}",
                    crate::interchange::suggest::did_you_mean(id, ids.iter().map(String::as_str))
                ),
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
        if raw.source == raw.target {
            let label = doc.node(&raw.source).map_or("", |n| n.label.as_str());
            let shown =
                if raw.id.is_empty() { format!("link-{}-{}", raw.source, raw.target) } else { raw.id };
            problems.push(Problem::new(
                raw.place,
                format!(
                    "edge '{shown}' goes from '{label}' ({}) to itself; a link joins two different elements, so it cannot be read",
                    raw.source
                ),
            ));
            continue;
        }
        let id = edge_id(&doc, &raw, kinds);
        weight(&mut raw, &id, kinds);
        for name in not_kept(&raw.values) {
            unread.entry(name).or_insert_with(|| raw.place.clone());
        }
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
    if let Some(place) = unread.values().next().cloned() {
        let names: Vec<String> = unread.into_keys().map(|n| format!("'{n}'")).collect();
        kinds.note(
            place,
            format!(
                "the edges' {} not kept: a link has a kind, label, strength, recognised and evidence only (the first here)",
                if names.len() == 1 { format!("attribute {} is", names[0]) } else { format!("attributes {} are", names.join(", ")) }
            ),
        );
    }
    super::kumu::finish(doc, problems, kinds)
}

/// The id `raw` has as a link: its own, or one made from its ends when it
/// has none; renamed (with a note) when a node or an earlier link has it.
fn edge_id(doc: &Document, raw: &RawEdge, kinds: &mut KindLookup) -> String {
    if raw.id.is_empty() {
        let base = format!("link-{}-{}", raw.source, raw.target);
        return kinds::unique(&base, &|c: &str| doc.contains_id(c));
    }
    if !doc.contains_id(&raw.id) {
        return raw.id.clone();
    }
    let id = kinds::unique(&format!("link-{}", raw.id), &|c: &str| doc.contains_id(c));
    let who = if doc.node(&raw.id).is_some() { "a node" } else { "another edge" };
    kinds.note(
        raw.place.clone(),
        format!(
            "edge '{}': {who} has the same id, so the link is called '{id}' (a map's nodes and links share one set of ids)",
            raw.id
        ),
    );
    id
}

/// Reads an edge's `weight` as its strength only when it is 1, 2 or 3:
/// other tools' weights are any number, and such a link keeps strength 2
/// (with a note; a merge leaves the map's strength as it is).
fn weight(raw: &mut RawEdge, id: &str, kinds: &mut KindLookup) {
    if raw.values.contains_key("strength") {
        return;
    }
    let Some(weight) = raw.values.get("weight").filter(|w| kinds::strength(w).is_none()).cloned() else {
        return;
    };
    raw.values.remove("weight");
    kinds.note(
        raw.place.clone(),
        format!("edge '{id}': the weight '{weight}' is not a strength 1, 2 or 3, so the link has strength 2"),
    );
}
