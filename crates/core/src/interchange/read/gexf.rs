//! GEXF import: nodes (with those nested in them) and edges with their
//! typed attributes (by title, in `<attvalues>` or directly inside) and
//! `viz:position`.

use std::collections::BTreeMap;

use super::attrs::canonical;
use super::graph::{RawEdge, RawNode, build};
use super::kinds;
use super::lookup::KindLookup;
use crate::interchange::problem::Problem;
use crate::interchange::xml::{Element, parse};
use crate::model::{MapMeta, Point};

/// The map in GEXF `text`, or every problem in it.
pub fn from_gexf(text: &str) -> Result<crate::model::Document, Vec<Problem>> {
    from_gexf_with(text, &mut KindLookup::default())
}

/// As [`from_gexf`], with kinds looked up (and unknown types remembered) in `kinds`.
pub fn from_gexf_with(text: &str, kinds: &mut KindLookup) -> Result<crate::model::Document, Vec<Problem>> {
    let root = parse(text).map_err(|p| vec![p])?;
    if root.name != "gexf" {
        return Err(vec![Problem::new(
            root.place,
            format!("the root element is <{}>, not <gexf>", root.name),
        )]);
    }
    let Some(graph) = root.first("graph") else {
        return Err(vec![Problem::new(root.place, "the file has no <graph>")]);
    };
    let mut meta = MapMeta::default();
    if let Some(m) = root.first("meta") {
        meta.title = m.first("title").map(|t| t.text.trim().to_owned()).unwrap_or_default();
        meta.subtitle = m.first("description").map(|t| t.text.trim().to_owned()).unwrap_or_default();
    }
    let titles = |class: &str| -> BTreeMap<String, String> {
        graph
            .all("attributes")
            .filter(|a| a.attr("class") == Some(class))
            .flat_map(|a| a.all("attribute"))
            .filter_map(|a| {
                let id = a.attr("id")?;
                Some((id.to_owned(), canonical(a.attr("title").unwrap_or(id))))
            })
            .collect()
    };
    let (node_titles, edge_titles) = (titles("node"), titles("edge"));
    let mut nodes = Vec::new();
    read_nodes(graph, &node_titles, &mut nodes);
    let mut edges = Vec::new();
    for element in graph.all("edges").flat_map(|n| n.all("edge")) {
        let mut values = values(element, &edge_titles);
        for name in ["label", "weight"] {
            if let Some(value) = element.attr(name) {
                values.entry(name.to_owned()).or_insert_with(|| value.to_owned());
            }
        }
        edges.push(RawEdge {
            id: element.attr("id").unwrap_or_default().to_owned(),
            source: element.attr("source").unwrap_or_default().to_owned(),
            target: element.attr("target").unwrap_or_default().to_owned(),
            values,
            place: element.place.clone(),
        });
    }
    build(meta, nodes, edges, Vec::new(), kinds)
}

/// The nodes of `parent`'s `<nodes>`, each before the nodes inside it
/// (GEXF's hierarchies).
fn read_nodes(parent: &Element, titles: &BTreeMap<String, String>, nodes: &mut Vec<RawNode>) {
    for element in parent.all("nodes").flat_map(|n| n.all("node")) {
        let mut problems = Vec::new();
        let position = element.first("position").and_then(|p| {
            let x = coordinate(element, p.attr("x"), "x", &mut problems)?;
            let y = coordinate(element, p.attr("y"), "y", &mut problems)?;
            Some(Point::new(x, -y))
        });
        nodes.push(RawNode {
            id: element.attr("id").unwrap_or_default().to_owned(),
            label: element.attr("label").unwrap_or_default().to_owned(),
            values: values(element, titles),
            position,
            place: element.place.clone(),
            problems,
        });
        read_nodes(element, titles, nodes);
    }
}

fn coordinate(node: &Element, text: Option<&str>, axis: &str, problems: &mut Vec<Problem>) -> Option<f64> {
    let text = text.unwrap_or("0");
    kinds::coordinate(text)
        .map_err(|why| {
            let id = node.attr("id").unwrap_or_default();
            problems.push(Problem::new(
                node.place.clone(),
                format!("node '{id}': viz:position {axis} is '{text}', {why}"),
            ));
        })
        .ok()
}

/// The attribute values of `element` by title (in `<attvalues>`, or
/// directly inside as some files have them).
fn values(element: &Element, titles: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    element
        .all("attvalues")
        .flat_map(|a| a.all("attvalue"))
        .chain(element.all("attvalue"))
        .filter_map(|v| {
            let key = v.attr("for").or(v.attr("id"))?;
            let name = titles.get(key).cloned().unwrap_or_else(|| canonical(key));
            Some((name, v.attr("value").unwrap_or_default().to_owned()))
        })
        .collect()
}
