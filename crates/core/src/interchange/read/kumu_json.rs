//! Kumu's JSON blueprint read: `elements`, `connections` and `maps` (with
//! positions).
//!
//! Reading takes both Kumu's export (`_id`, `attributes`, `maps[0]`
//! positions) and the flat form Kumu's importer accepts (`{"label": ..,
//! "type": ..}`); connections name their ends by `_id` or label.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::graph::{RawEdge, RawNode, build};
use super::kinds;
use super::lookup::KindLookup;
use crate::interchange::problem::Problem;
use crate::model::{Document, MapMeta, Point};

/// Whether JSON `value` looks like a Kumu blueprint rather than a Sectormap map.
pub fn is_blueprint(value: &Value) -> bool {
    value.get("elements").is_some_and(Value::is_array) && value.get("nodes").is_none()
}

/// A JSON value as attribute text: strings as they are, lists joined by
/// `joiner`, numbers and yes/no written out; `null` is empty.
fn text(value: &Value, joiner: &str) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(|v| text(v, joiner)).collect::<Vec<_>>().join(joiner),
        Value::Bool(b) => b.to_string(),
        other => other.to_string(),
    }
}

/// An element's or connection's attributes, flattened into one map of
/// lower-case names: Kumu's `attributes` object and any top-level keys.
fn attributes(item: &Map<String, Value>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let nested = item.get("attributes").and_then(Value::as_object);
    for (name, value) in item.iter().chain(nested.into_iter().flatten()) {
        if matches!(name.as_str(), "attributes" | "_id" | "id" | "from" | "to" | "direction") {
            continue;
        }
        let joiner = if name == "evidence" { "\n" } else { "|" };
        let name = match name.to_lowercase().as_str() {
            "element type" | "type" | "connection type" => "kind".to_owned(),
            other => other.to_owned(),
        };
        let value = text(value, joiner);
        if !value.is_empty() {
            out.insert(name, value);
        }
    }
    out
}

fn id_of(item: &Map<String, Value>) -> String {
    item.get("_id").or_else(|| item.get("id")).map(|v| text(v, "")).unwrap_or_default()
}

/// The map in a Kumu blueprint, or every problem in it.
pub fn from_blueprint(value: &Value, kinds: &mut KindLookup) -> Result<Document, Vec<Problem>> {
    let mut problems = Vec::new();
    let (positions, mut off_map) = positions(value);
    let mut nodes = Vec::new();
    let mut by_label: BTreeMap<String, String> = BTreeMap::new();
    let mut taken = std::collections::BTreeSet::new();
    for (index, item) in value.get("elements").and_then(Value::as_array).into_iter().flatten().enumerate() {
        let place = format!("elements[{index}]");
        let Some(item) = item.as_object() else {
            problems.push(Problem::new(place, "an element must be an object"));
            continue;
        };
        let mut values = attributes(item);
        let label = values.remove("label").unwrap_or_default();
        let mut id = id_of(item);
        if id.is_empty() {
            id = kinds::unique(&kinds::slug(&label), &|c: &str| taken.contains(c));
        }
        taken.insert(id.clone());
        by_label.entry(label.trim().to_lowercase()).or_insert_with(|| id.clone());
        let position = positions.get(&id).copied();
        let found = off_map.remove(&id).unwrap_or_default();
        nodes.push(RawNode { id, label, values, position, place, problems: found });
    }
    problems.extend(off_map.into_values().flatten());
    let mut edges = Vec::new();
    for (index, item) in value.get("connections").and_then(Value::as_array).into_iter().flatten().enumerate()
    {
        let place = format!("connections[{index}]");
        let Some(item) = item.as_object() else {
            problems.push(Problem::new(place, "a connection must be an object"));
            continue;
        };
        let end = |key: &str| {
            let name = item.get(key).map(|v| text(v, "")).unwrap_or_default();
            if taken.contains(&name) {
                name.clone()
            } else {
                by_label.get(&name.trim().to_lowercase()).cloned().unwrap_or(name)
            }
        };
        let mut values = attributes(item);
        if let Some(kind) = values.get("kind").cloned()
            && kinds::link_kind(&kind).is_none()
        {
            // Kumu's free connection types become the link's label.
            values.remove("kind");
            values.entry("label".to_owned()).or_insert(kind);
        }
        edges.push(RawEdge { id: id_of(item), source: end("from"), target: end("to"), values, place });
    }
    let field =
        |name: &str| value.pointer(&format!("/sectormap/{name}")).map(|v| text(v, "")).unwrap_or_default();
    let mut meta = MapMeta {
        subtitle: field("subtitle"),
        source: field("source"),
        language: field("language"),
        ..MapMeta::default()
    };
    meta.title = match value.pointer("/sectormap/title") {
        Some(title) => text(title, ""),
        None => value.pointer("/maps/0/name").map(|v| text(v, "")).unwrap_or_default(),
    };
    build(meta, nodes, edges, problems, kinds)
}

/// Element positions of the blueprint's first map, by element id; and a
/// problem for each element whose position is off the map, at its place
/// in the map (the element is left out with it).
fn positions(value: &Value) -> (BTreeMap<String, Point>, BTreeMap<String, Vec<Problem>>) {
    let (mut out, mut off_map) = (BTreeMap::new(), BTreeMap::new());
    for (index, item) in
        value.pointer("/maps/0/elements").and_then(Value::as_array).into_iter().flatten().enumerate()
    {
        let element = item.get("element").map(|v| text(v, "")).unwrap_or_default();
        let x = item.pointer("/position/x").and_then(Value::as_f64);
        let y = item.pointer("/position/y").and_then(Value::as_f64);
        if let (Some(x), Some(y)) = (x, y) {
            let off = [("x", x), ("y", y)]
                .into_iter()
                .find_map(|(axis, v)| crate::model::coordinate_problem(v).map(|why| (axis, v, why)));
            if let Some((axis, v, why)) = off {
                let problem = Problem::new(
                    format!("maps[0].elements[{index}]"),
                    format!("element '{element}': {axis} is {}, {why}", crate::model::show_number(v)),
                );
                off_map.entry(element).or_insert_with(Vec::new).push(problem);
                continue;
            }
            out.insert(element, Point::new(x, y));
        }
    }
    (out, off_map)
}
