//! What the Changes panel shows of a shared map: others' change records,
//! newest first; the values that lost to a concurrent change, each to
//! restore; and the nodes and links someone deleted while someone else
//! changed them, kept.

use serde_json::Value;

use super::SharedMap;
use crate::model::Document;
use crate::share::fields::SEP;
use crate::share::{LogEntry, Touched};

/// The last part of a deleted entity's key (`share`'s own marker).
const GONE: &str = "~gone";

/// One change record of someone else's.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// Who made it (their name then).
    pub who: String,
    /// When, as `2026-12-02 16:05 UTC`.
    pub when: String,
    /// What it touched, with labels as the map has them now.
    pub things: Vec<Touched>,
    /// Ids of the nodes and links it made.
    pub created: Vec<String>,
    /// How many more fields it changed than it lists.
    pub more: usize,
}

/// A value that lost to a concurrent change, kept so it can be restored.
#[derive(Clone, Debug, PartialEq)]
pub struct KeptValue {
    /// Its key among the kept values (to restore it).
    pub key: String,
    /// `"node"`, `"link"` or `"map"`.
    pub kind: &'static str,
    /// The node's or link's id (empty for the map).
    pub id: String,
    /// Its label now (the id if it has none).
    pub label: String,
    /// The field, its parts joined by spaces (`label`, `scores 2006`).
    pub field: String,
    /// The value, in words.
    pub value: String,
    /// Who set it.
    pub by: String,
    /// Who set the value that won.
    pub over: String,
}

/// A node or link someone deleted while someone else changed it: kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revival {
    /// Its entity (`n id` or `l id`), to dismiss the notice by.
    pub entity: String,
    /// `"node"` or `"link"`.
    pub kind: &'static str,
    /// Its id.
    pub id: String,
    /// Its label now.
    pub label: String,
    /// Who deleted it (empty if not known).
    pub deleted_by: String,
    /// Who changed it meanwhile (empty if not known).
    pub changed_by: String,
}

impl SharedMap {
    /// Others' change records, newest first, at most `most`, with labels
    /// from `doc`.
    pub fn changes(&self, doc: &Document, most: usize) -> Vec<Change> {
        let me = &self.shared.replica.device().id;
        // Newest first; records of one second in the order they were made.
        let mut log: Vec<(usize, LogEntry)> =
            self.shared.replica.log().into_iter().enumerate().filter(|(_, e)| &e.device != me).collect();
        log.sort_by(|(i, a), (j, b)| (b.at, j).cmp(&(a.at, i)));
        let log: Vec<LogEntry> = log.into_iter().take(most).map(|(_, entry)| entry).collect();
        log.iter()
            .map(|e| Change {
                who: e.name.clone(),
                when: e.when(),
                things: e.touched(doc),
                created: created(e),
                more: e.more,
            })
            .collect()
    }

    /// The values that lost to a concurrent change, with labels from `doc`.
    pub fn kept(&self, doc: &Document) -> Vec<KeptValue> {
        self.shared
            .replica
            .kept()
            .into_iter()
            .map(|kept| {
                let (kind, id, field) = parts(&kept.field);
                KeptValue {
                    key: kept.key,
                    kind,
                    label: label_of(doc, kind, &id),
                    id,
                    field,
                    value: show_value(&kept.value),
                    by: kept.by,
                    over: kept.over,
                }
            })
            .collect()
    }

    /// The nodes and links kept although someone deleted them, with who
    /// deleted and who changed each, as the change records tell.
    pub fn revived(&self, doc: &Document) -> Vec<Revival> {
        let log = self.shared.replica.log();
        self.revived
            .iter()
            .filter_map(|entity| {
                let (tag, id) = entity.split_once(' ')?;
                let kind = if tag == "n" { "node" } else { "link" };
                let prefix = format!("{tag}{SEP}{id}{SEP}");
                let gone = format!("{prefix}{GONE}");
                let deleter = log.iter().rev().find(|e| e.what.contains(&gone));
                let changer = log.iter().rev().find(|e| {
                    deleter.is_none_or(|d| d.device != e.device)
                        && e.what.iter().any(|k| k.starts_with(&prefix) && *k != gone)
                });
                Some(Revival {
                    entity: entity.clone(),
                    kind,
                    id: id.to_owned(),
                    label: label_of(doc, kind, id),
                    deleted_by: deleter.map(|e| e.name.clone()).unwrap_or_default(),
                    changed_by: changer.map(|e| e.name.clone()).unwrap_or_default(),
                })
            })
            .collect()
    }
}

/// The ids of the nodes and links a record made (it wrote their id).
fn created(entry: &LogEntry) -> Vec<String> {
    let tail = format!("{SEP}id");
    entry
        .what
        .iter()
        .filter(|key| !key.starts_with('m') && key.ends_with(&tail))
        .filter_map(|key| key.split(SEP).nth(1).map(str::to_owned))
        .collect()
}

/// A field's key as its kind, its id and its field's parts joined by spaces.
fn parts(key: &str) -> (&'static str, String, String) {
    let mut parts = key.split(SEP);
    let tag = parts.next().unwrap_or_default();
    let kind = match tag {
        "n" => "node",
        "l" => "link",
        _ => "map",
    };
    let id = if kind == "map" { String::new() } else { parts.next().unwrap_or_default().to_owned() };
    (kind, id, parts.collect::<Vec<_>>().join(" "))
}

/// The label of a node or link in `doc`, else its id.
pub(crate) fn label_of(doc: &Document, kind: &str, id: &str) -> String {
    let label = match kind {
        "node" => doc.node(id).map(|n| n.label.clone()),
        "link" => doc.link(id).map(|(l, _, _)| l.label.clone()),
        _ => None,
    };
    label.filter(|l| !l.is_empty()).unwrap_or_else(|| id.to_owned())
}

/// A field's value in words: text as it is, a position as `x, y`, other
/// values as compact JSON.
pub fn show_value(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Object(object) if object.contains_key("x") && object.contains_key("y") => {
            let number = |key: &str| object.get(key).map(Value::to_string).unwrap_or_default();
            format!("{}, {}", number("x"), number("y"))
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_come_apart_into_kind_id_and_field() {
        let key = format!("n{SEP}dept-dft{SEP}scores{SEP}2006");
        assert_eq!(parts(&key), ("node", "dept-dft".to_owned(), "scores 2006".to_owned()));
        assert_eq!(parts(&format!("m{SEP}title")), ("map", String::new(), "title".to_owned()));
        assert_eq!(show_value(&serde_json::json!({"x": 1.5, "y": -2})), "1.5, -2");
    }
}
