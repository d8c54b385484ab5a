//! A map file taken apart into fields: one entry per thing two people could
//! change separately, so that concurrent edits of different fields both stay.
//!
//! A field's key is its path in the map file, its parts joined by [`SEP`]:
//! `n SEP dept-dft SEP label` is the label of node `dept-dft`, `l SEP ...` a
//! link's field, `m SEP ...` the map's own (title, views, assessment...).
//! Objects are taken apart down to their leaves, except those that are one
//! value ([`ATOMIC`]: a position, a mark); lists are one value each. Texts
//! people write ([`TEXT`]) merge as text.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::io::{FORMAT_NAME, FORMAT_VERSION};

/// Joins the parts of a field's key (a character no map text uses).
pub const SEP: char = '\u{1f}';

/// Objects kept whole: changing one part of them changes the whole.
pub const ATOMIC: &[&str] = &["position", "mark", "settled", "second", "cites", "reply"];

/// Fields holding prose, which merge character by character.
pub const TEXT: &[&str] = &[
    "title",
    "subtitle",
    "source",
    "label",
    "description",
    "note",
    "caption",
    "question",
    "guidance",
    "reason",
    "comment",
];

/// One field's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Leaf {
    /// Prose, merged as text.
    Text(String),
    /// Any other value, merged as one (the later write wins, the other is kept).
    Value(Value),
}

/// A map taken apart: field key to value, in key order.
pub type Fields = BTreeMap<String, Leaf>;

/// The entity a field belongs to: `n SEP id` for a node, `l SEP id` for a
/// link, `m SEP key` for a part of the map.
pub fn entity_of(key: &str) -> &str {
    let mut cuts = key.match_indices(SEP).map(|(at, _)| at);
    match cuts.nth(1) {
        Some(at) => &key[..at],
        None => key,
    }
}

/// The entity key of node `id`.
pub fn node_entity(id: &str) -> String {
    format!("n{SEP}{id}")
}

/// The entity key of link `id`.
pub fn link_entity(id: &str) -> String {
    format!("l{SEP}{id}")
}

/// Takes a map file's JSON apart into fields.
pub fn flatten(file: &Value) -> Fields {
    let mut fields = Fields::new();
    let Some(top) = file.as_object() else { return fields };
    for (key, value) in top {
        match (key.as_str(), value) {
            ("format" | "version", _) => {}
            ("nodes" | "links", Value::Array(items)) => {
                let tag = if key == "nodes" { "n" } else { "l" };
                for item in items {
                    flatten_item(&mut fields, tag, item);
                }
            }
            _ => walk(&mut fields, format!("m{SEP}{key}"), key, value),
        }
    }
    fields
}

/// Takes one node (`tag` `n`) or link (`l`) of a map file apart into `fields`.
pub fn flatten_item(fields: &mut Fields, tag: &str, item: &Value) {
    let Some(object) = item.as_object() else { return };
    let Some(id) = object.get("id").and_then(Value::as_str) else { return };
    let base = format!("{tag}{SEP}{id}");
    // An entity with no other field still exists.
    fields.insert(format!("{base}{SEP}id"), Leaf::Value(Value::from(id)));
    for (name, child) in object.iter().filter(|(name, _)| *name != "id") {
        walk(fields, format!("{base}{SEP}{name}"), name, child);
    }
}

fn walk(fields: &mut Fields, path: String, name: &str, value: &Value) {
    match value {
        Value::Null => {}
        Value::Object(object) if !ATOMIC.contains(&name) => {
            for (child_name, child) in object {
                walk(fields, format!("{path}{SEP}{child_name}"), child_name, child);
            }
        }
        Value::String(text) if TEXT.contains(&name) => {
            if !text.is_empty() {
                fields.insert(path, Leaf::Text(text.clone()));
            }
        }
        other => {
            fields.insert(path, Leaf::Value(other.clone()));
        }
    }
}

/// Puts fields back together into a map file's JSON (nodes and links in id order).
pub fn unflatten(fields: &Fields) -> Value {
    let mut top = Map::new();
    top.insert("format".to_owned(), Value::from(FORMAT_NAME));
    top.insert("version".to_owned(), Value::from(FORMAT_VERSION));
    let mut nodes: BTreeMap<&str, Map<String, Value>> = BTreeMap::new();
    let mut links: BTreeMap<&str, Map<String, Value>> = BTreeMap::new();
    for (key, leaf) in fields {
        let value = match leaf {
            Leaf::Text(text) => Value::from(text.as_str()),
            Leaf::Value(value) => value.clone(),
        };
        let parts: Vec<&str> = key.split(SEP).collect();
        match parts.as_slice() {
            ["n", id, rest @ ..] => put(nodes.entry(id).or_default(), rest, value),
            ["l", id, rest @ ..] => put(links.entry(id).or_default(), rest, value),
            ["m", rest @ ..] => put(&mut top, rest, value),
            _ => {}
        }
    }
    let list = |items: BTreeMap<&str, Map<String, Value>>| {
        Value::Array(
            items
                .into_iter()
                .map(|(id, mut object)| {
                    object.insert("id".to_owned(), Value::from(id));
                    Value::Object(object)
                })
                .collect(),
        )
    };
    top.insert("nodes".to_owned(), list(nodes));
    top.insert("links".to_owned(), list(links));
    Value::Object(top)
}

fn put(object: &mut Map<String, Value>, path: &[&str], value: Value) {
    let Some((name, rest)) = path.split_first() else { return };
    if rest.is_empty() {
        object.insert((*name).to_owned(), value);
        return;
    }
    let child = object.entry((*name).to_owned()).or_insert_with(|| Value::Object(Map::new()));
    if !child.is_object() {
        *child = Value::Object(Map::new());
    }
    if let Value::Object(child) = child {
        put(child, rest, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_map_comes_apart_and_back_whole() {
        let file: Value = serde_json::from_str(crate::io::EXAMPLE_MAP).unwrap();
        let fields = flatten(&file);
        assert!(fields.contains_key(&format!("n{SEP}dept-dft{SEP}label")));
        assert!(matches!(fields.get(&format!("n{SEP}dept-dft{SEP}position")), Some(Leaf::Value(_))));
        let back = crate::io::load_str(&unflatten(&fields).to_string(), "back").unwrap();
        let original = crate::io::load_str(crate::io::EXAMPLE_MAP, "example").unwrap();
        assert_eq!(back, original);
        assert_eq!(entity_of(&format!("n{SEP}dept-dft{SEP}scores{SEP}2006")), format!("n{SEP}dept-dft"));
    }
}
