//! Kumu's JSON blueprint written: Kumu's export form (`_id`, `attributes`,
//! one map with positions), with Sectormap's attributes beside Kumu's and
//! the map's title, subtitle, source and language under `sectormap`.

use serde_json::{Map, Value, json};

use crate::interchange::props::{link_values, node_values};
use crate::model::Document;

/// `doc` as a Kumu blueprint: elements, connections and one map with every
/// placed element's position.
pub fn to_blueprint(doc: &Document) -> Value {
    let elements: Vec<Value> = doc
        .nodes()
        .map(|node| {
            let mut attrs = Map::new();
            attrs.insert("label".to_owned(), json!(node.label));
            for (name, value) in node_values(node) {
                let value = match name.as_str() {
                    "kind" => {
                        attrs.insert("element type".to_owned(), json!(value));
                        continue;
                    }
                    "tags" => json!(node.tags),
                    "evidence" => json!(node.evidence),
                    _ => json!(value),
                };
                attrs.insert(name, value);
            }
            json!({ "_id": node.id, "attributes": attrs })
        })
        .collect();
    let connections: Vec<Value> = doc
        .links()
        .map(|(link, from, to)| {
            let mut attrs = Map::new();
            for (name, value) in link_values(link) {
                let value = match name {
                    "kind" => {
                        attrs.insert("connection type".to_owned(), json!(value));
                        continue;
                    }
                    "strength" => json!(link.strength),
                    "recognised" => json!(link.recognised.as_flag()),
                    "evidence" => json!(link.evidence),
                    _ => json!(value),
                };
                attrs.insert(name.to_owned(), value);
            }
            let direction = if link.kind.directed() { "directed" } else { "undirected" };
            json!({ "_id": link.id, "from": from, "to": to, "direction": direction, "attributes": attrs })
        })
        .collect();
    let placed: Vec<Value> = doc
        .nodes()
        .filter_map(|n| n.position.map(|p| json!({ "element": n.id, "position": { "x": p.x, "y": p.y } })))
        .collect();
    let name = if doc.meta.title.is_empty() { "Sectormap" } else { doc.meta.title.as_str() };
    json!({
        "elements": elements,
        "connections": connections,
        "loops": [],
        "maps": [{ "name": name, "elements": placed }],
        "sectormap": {
            "title": doc.meta.title,
            "subtitle": doc.meta.subtitle,
            "source": doc.meta.source,
            "language": doc.meta.language,
        },
    })
}
