//! What merging another device's file would do to the open map, before
//! anything changes: the nodes and links it adds, changes (which fields)
//! and removes, and how many values two people set at once.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::feed::label_of;
use crate::model::Document;
use crate::share::ShareError;
use crate::share::fields::{Fields, SEP, entity_of};

/// A node, a link or the map itself, and the fields of it that change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Thing {
    /// `"node"`, `"link"` or `"map"`.
    pub kind: &'static str,
    /// Its id (empty for the map).
    pub id: String,
    /// Its label (the id if it has none; empty for the map).
    pub label: String,
    /// The fields that change (`label`, `position`, `title`...).
    pub fields: Vec<String>,
}

/// What merging a device file into the open map would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangePreview {
    /// The device file.
    pub path: PathBuf,
    /// Nodes and links it adds.
    pub added: Vec<Thing>,
    /// Nodes, links and parts of the map it changes.
    pub changed: Vec<Thing>,
    /// Nodes and links it removes.
    pub removed: Vec<Thing>,
    /// Fields two people set at once (the value that lost is kept).
    pub conflicts: usize,
    /// Whose changes the file holds.
    pub from: Vec<String>,
    /// The map is not shared yet: merging shares it through a folder.
    pub shares: bool,
}

impl ChangePreview {
    /// The difference from `now` to `merged`, for the file at `path`.
    pub fn between(path: PathBuf, now: &Document, merged: &Document) -> Result<Self, ShareError> {
        let (was, will) = (super::fields_of(now)?, super::fields_of(merged)?);
        let (old, new) = (by_entity(&was), by_entity(&will));
        let mut preview = Self {
            path,
            added: Vec::new(),
            changed: Vec::new(),
            removed: Vec::new(),
            conflicts: 0,
            from: Vec::new(),
            shares: false,
        };
        for entity in old.keys().chain(new.keys()).collect::<std::collections::BTreeSet<_>>() {
            let (before, after) = (old.get(entity), new.get(entity));
            let thing = |fields: Vec<String>, doc: &Document| {
                let (tag, id) = entity.split_once(SEP).unwrap_or((entity, ""));
                let kind = match tag {
                    "n" => "node",
                    "l" => "link",
                    _ => "map",
                };
                let (id, label) = if kind == "map" {
                    (String::new(), String::new())
                } else {
                    (id.to_owned(), label_of(doc, kind, id))
                };
                Thing { kind, id, label, fields }
            };
            match (before, after) {
                (None, Some(_)) if !entity.starts_with('m') => preview.added.push(thing(Vec::new(), merged)),
                (Some(_), None) if !entity.starts_with('m') => preview.removed.push(thing(Vec::new(), now)),
                _ => {
                    let empty = BTreeMap::new();
                    let (before, after) = (before.unwrap_or(&empty), after.unwrap_or(&empty));
                    let fields: std::collections::BTreeSet<String> = before
                        .keys()
                        .chain(after.keys())
                        .filter(|field| before.get(*field) != after.get(*field))
                        .map(|field| field.split(SEP).next().unwrap_or(field).to_owned())
                        .collect();
                    if !fields.is_empty() {
                        // Named as the map has it now, which the user knows.
                        preview.changed.push(thing(fields.into_iter().collect(), now));
                    }
                }
            }
        }
        Ok(preview)
    }

    /// Whether merging changes nothing.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

/// Fields grouped by entity (`n SEP id`, `l SEP id`, `m`), each by the
/// rest of its key.
fn by_entity(fields: &Fields) -> BTreeMap<String, BTreeMap<String, &crate::share::fields::Leaf>> {
    let mut entities: BTreeMap<String, BTreeMap<String, _>> = BTreeMap::new();
    for (key, leaf) in fields {
        let entity = if key.starts_with('m') { "m" } else { entity_of(key) };
        let rest = key.strip_prefix(entity).and_then(|r| r.strip_prefix(SEP)).unwrap_or(key);
        entities.entry(entity.to_owned()).or_default().insert(rest.to_owned(), leaf);
    }
    entities
}
