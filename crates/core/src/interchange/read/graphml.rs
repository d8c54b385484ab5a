//! GraphML import: the keys [`to_graphml`](crate::interchange::to_graphml)
//! writes and other tools' (Gephi, yEd, Cytoscape, networkx), read by
//! their `attr.name` for the element they are declared `for`; `<desc>`
//! as the description; nodes of nested graphs (yEd's groups); positions
//! from `x`/`y` data or else yEd's geometry.

use std::collections::BTreeMap;

use super::attrs::canonical;
use super::graph::{RawEdge, RawNode, build};
use super::kinds;
use super::lookup::KindLookup;
use crate::interchange::problem::Problem;
use crate::interchange::xml::{Element, parse};
use crate::model::{MapMeta, Point};

/// The map in GraphML `text`, or every problem in it.
pub fn from_graphml(text: &str) -> Result<crate::model::Document, Vec<Problem>> {
    from_graphml_with(text, &mut KindLookup::default())
}

/// Attribute names by the element a key is `for` (`node`, `edge`,
/// `graph`, `all`) and its id.
#[derive(Default)]
struct Keys(BTreeMap<(String, String), String>);

impl Keys {
    /// The keys declared in `element` and in the graphs and nodes inside
    /// it (Gephi's files declare them inside `<graph>`).
    fn collect(&mut self, element: &Element) {
        for child in &element.children {
            match child.name.as_str() {
                "key" => {
                    if let Some(id) = child.attr("id") {
                        let name = canonical(child.attr("attr.name").unwrap_or(id));
                        let domain = child.attr("for").unwrap_or("all").to_owned();
                        self.0.entry((domain, id.to_owned())).or_insert(name);
                    }
                }
                "graph" | "node" => self.collect(child),
                _ => {}
            }
        }
    }

    /// The name of key `id` on a `domain` element: declared for it, else
    /// for all, else for anything; else the id itself.
    fn name(&self, domain: &str, id: &str) -> String {
        let get = |d: &str| self.0.get(&(d.to_owned(), id.to_owned()));
        get(domain)
            .or_else(|| get("all"))
            .or_else(|| self.0.iter().find(|((_, k), _)| k == id).map(|(_, name)| name))
            .cloned()
            .unwrap_or_else(|| canonical(id))
    }

    fn has(&self, name: &str) -> bool {
        self.0.iter().any(|((domain, _), n)| n == name && (domain == "node" || domain == "all"))
    }
}

/// As [`from_graphml`], with kinds looked up (and unknown types remembered) in `kinds`.
pub fn from_graphml_with(text: &str, kinds: &mut KindLookup) -> Result<crate::model::Document, Vec<Problem>> {
    let root = parse(text).map_err(|p| vec![p])?;
    if root.name != "graphml" {
        return Err(vec![Problem::new(
            root.place,
            format!("the root element is <{}>, not <graphml>", root.name),
        )]);
    }
    let mut keys = Keys::default();
    keys.collect(&root);
    let Some(graph) = root.first("graph") else {
        return Err(vec![Problem::new(root.place, "the file has no <graph>")]);
    };
    let mut meta = MapMeta::default();
    for (name, value) in values(graph, &keys, "graph") {
        match name.as_str() {
            "title" => meta.title = value,
            "subtitle" | "description" if meta.subtitle.is_empty() => meta.subtitle = value,
            "source" => meta.source = value,
            "language" => meta.language = value,
            _ => {}
        }
    }
    if meta.subtitle.is_empty() {
        meta.subtitle = desc(graph).unwrap_or_default();
    }
    // A file that declares `x` and `y` keys (Sectormap's, Gephi's) gives
    // positions there; a node without them has none, whatever yEd's
    // geometry says. Only files without the keys (yEd's) use the geometry.
    let has_xy = keys.has("x") && keys.has("y");
    let (mut nodes, mut edges) = (Vec::new(), Vec::new());
    read_graph(graph, &keys, has_xy, &mut nodes, &mut edges);
    if let Some(hyper) = find(graph, "hyperedge") {
        kinds.note(hyper.place.clone(), "hyperedges (joining more than two nodes) are not read");
    }
    build(meta, nodes, edges, Vec::new(), kinds)
}

/// The nodes and edges of `graph` and of the graphs nested in its nodes
/// (yEd's groups), each node before those inside it.
fn read_graph(
    graph: &Element,
    keys: &Keys,
    has_xy: bool,
    nodes: &mut Vec<RawNode>,
    edges: &mut Vec<RawEdge>,
) {
    for element in graph.all("node") {
        let mut values = values(element, keys, "node");
        let label =
            values.remove("label").or_else(|| yed(element, "NodeLabel").map(|l| l.text.trim().to_owned()));
        if let Some(desc) = desc(element) {
            values.entry("description".to_owned()).or_insert(desc);
        }
        let mut problems = Vec::new();
        let position = position(element, &mut values, has_xy, &mut problems);
        nodes.push(RawNode {
            id: element.attr("id").unwrap_or_default().to_owned(),
            label: label.unwrap_or_default(),
            values,
            position,
            place: element.place.clone(),
            problems,
        });
        for inner in element.all("graph") {
            read_graph(inner, keys, has_xy, nodes, edges);
        }
    }
    for element in graph.all("edge") {
        let mut values = values(element, keys, "edge");
        if let Some(label) = yed(element, "EdgeLabel").map(|l| l.text.trim().to_owned()) {
            values.entry("label".to_owned()).or_insert(label);
        }
        if let Some(desc) = desc(element) {
            values.entry("description".to_owned()).or_insert(desc);
        }
        edges.push(RawEdge {
            id: element.attr("id").unwrap_or_default().to_owned(),
            source: element.attr("source").unwrap_or_default().to_owned(),
            target: element.attr("target").unwrap_or_default().to_owned(),
            values,
            place: element.place.clone(),
        });
    }
}

/// The `<data>` values of a `domain` element by key name (plain text data only).
fn values(element: &Element, keys: &Keys, domain: &str) -> BTreeMap<String, String> {
    element
        .all("data")
        .filter(|d| d.children.is_empty())
        .filter(|d| !d.text.trim().is_empty())
        .filter_map(|d| Some((keys.name(domain, d.attr("key")?), d.text.clone())))
        .collect()
}

/// The text of an element's `<desc>`, if it has one that is not empty.
fn desc(element: &Element) -> Option<String> {
    element.first("desc").map(|d| d.text.trim().to_owned()).filter(|d| !d.is_empty())
}

/// The first element called `name` in `element`'s subtree.
fn find<'a>(element: &'a Element, name: &str) -> Option<&'a Element> {
    if element.name == name {
        return Some(element);
    }
    element.children.iter().find_map(|c| find(c, name))
}

/// The first element called `name` inside the node's graphics data.
fn yed<'a>(node: &'a Element, name: &str) -> Option<&'a Element> {
    node.all("data").find_map(|d| find(d, name))
}

fn position(
    node: &Element,
    values: &mut BTreeMap<String, String>,
    has_xy: bool,
    problems: &mut Vec<Problem>,
) -> Option<Point> {
    let id = node.attr("id").unwrap_or_default();
    let mut number = |text: &str, what: &str| {
        kinds::coordinate(text)
            .map_err(|why| {
                problems.push(Problem::new(
                    node.place.clone(),
                    format!("node '{id}': {what} is '{text}', {why}"),
                ));
            })
            .ok()
    };
    if let (Some(x), Some(y)) = (values.remove("x"), values.remove("y")) {
        return Some(Point::new(number(&x, "x")?, number(&y, "y")?));
    }
    if has_xy {
        return None;
    }
    let geometry = yed(node, "Geometry")?;
    let get = |name: &str| geometry.attr(name).unwrap_or("0").to_owned();
    let (x, y, w, h) = (
        number(&get("x"), "x")?,
        number(&get("y"), "y")?,
        number(&get("width"), "width")?,
        number(&get("height"), "height")?,
    );
    let centre = Point::new(x + w / 2.0, y + h / 2.0);
    if !centre.is_on_map() {
        problems.push(Problem::new(
            node.place.clone(),
            format!("node '{id}': the yEd geometry's centre ({}, {}) is off the map", centre.x, centre.y),
        ));
        return None;
    }
    Some(centre)
}
