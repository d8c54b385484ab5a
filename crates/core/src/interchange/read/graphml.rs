//! GraphML import: the keys [`to_graphml`](crate::interchange::to_graphml) writes (and
//! Gephi's), with positions from `x`/`y` data or else yEd's geometry.

use std::collections::BTreeMap;

use super::graph::{RawEdge, RawNode, build};
use super::kinds;
use super::kinds::KindLookup;
use crate::interchange::problem::Problem;
use crate::interchange::xml::{Element, parse};
use crate::model::{MapMeta, Point};

/// The map in GraphML `text`, or every problem in it.
pub fn from_graphml(text: &str) -> Result<crate::model::Document, Vec<Problem>> {
    from_graphml_with(text, &mut KindLookup::default())
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
    let keys: BTreeMap<&str, &str> = root
        .all("key")
        .filter_map(|k| Some((k.attr("id")?, k.attr("attr.name").unwrap_or(k.attr("id")?))))
        .collect();
    let Some(graph) = root.first("graph") else {
        return Err(vec![Problem::new(root.place, "the file has no <graph>")]);
    };
    let mut problems = Vec::new();
    let mut meta = MapMeta::default();
    for (name, value) in values(graph, &keys) {
        match name.as_str() {
            "title" => meta.title = value,
            "subtitle" => meta.subtitle = value,
            "source" => meta.source = value,
            "language" => meta.language = value,
            _ => {}
        }
    }
    // A file that declares `x` and `y` keys (Sectormap's, Gephi's) gives
    // positions there; a node without them has none, whatever yEd's
    // geometry says. Only files without the keys (yEd's) use the geometry.
    let has_xy = keys.values().any(|&n| n == "x") && keys.values().any(|&n| n == "y");
    let mut nodes = Vec::new();
    for element in graph.all("node") {
        let mut values = values(element, &keys);
        let label =
            values.remove("label").or_else(|| yed(element, "NodeLabel").map(|l| l.text.trim().to_owned()));
        let position = position(element, &mut values, has_xy, &mut problems);
        nodes.push(RawNode {
            id: element.attr("id").unwrap_or_default().to_owned(),
            label: label.unwrap_or_default(),
            values,
            position,
            place: element.place.clone(),
        });
    }
    let edges = graph
        .all("edge")
        .map(|element| RawEdge {
            id: element.attr("id").unwrap_or_default().to_owned(),
            source: element.attr("source").unwrap_or_default().to_owned(),
            target: element.attr("target").unwrap_or_default().to_owned(),
            values: values(element, &keys),
            place: element.place.clone(),
        })
        .collect();
    build(meta, nodes, edges, problems, kinds)
}

/// The `<data>` values of `element` by key name (plain text data only).
fn values(element: &Element, keys: &BTreeMap<&str, &str>) -> BTreeMap<String, String> {
    element
        .all("data")
        .filter(|d| d.children.is_empty())
        .filter_map(|d| {
            let key = d.attr("key")?;
            Some((keys.get(key).copied().unwrap_or(key).to_owned(), d.text.clone()))
        })
        .collect()
}

/// The first element called `name` inside the node's graphics data.
fn yed<'a>(node: &'a Element, name: &str) -> Option<&'a Element> {
    fn find<'a>(element: &'a Element, name: &str) -> Option<&'a Element> {
        if element.name == name {
            return Some(element);
        }
        element.children.iter().find_map(|c| find(c, name))
    }
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
