//! The map a replica holds: its fields put back together, deleted nodes
//! and links left out, unless someone changed them beside the deletion.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use yrs::{Map, ReadTxn, Transact};

use super::ShareError;
use super::entry::{GONE, Snapshot};
use super::fields::{Fields, Leaf, SEP, entity_of, unflatten};
use super::replica::{KEPT, Replica};
use crate::model::{Document, Place};

/// The map as merged, and what the merge had to decide.
#[derive(Clone, Debug)]
pub struct Merged {
    /// The map.
    pub document: Document,
    /// Nodes and links someone deleted while someone else changed them (or
    /// linked to them): they are kept, and the person is told.
    pub revived: Vec<String>,
    /// Links left out because they no longer fit the map (an end gone, or
    /// a kind its ends no longer allow), each with the reason.
    pub dropped: Vec<String>,
}

/// A value that lost to a concurrent change, kept so it can be restored.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    /// Its key among the kept values (to restore it).
    pub key: String,
    /// The field it was the value of.
    pub field: String,
    /// The value.
    pub value: Value,
    /// Who set it (device name), if known.
    pub by: String,
    /// Who set the value that won, if known.
    pub over: String,
}

impl Replica {
    /// The map this replica holds now.
    pub fn document(&self) -> Result<Merged, ShareError> {
        let snapshot = Snapshot::read(&self.doc.transact());
        let digests = snapshot.digests();
        let mut fields = snapshot.leaves();
        let gone = |entity: &str| {
            snapshot.entries.get(&format!("{entity}{SEP}{GONE}")).and_then(|e| e.v.as_ref()).map(|digest| {
                Some(digest.as_str().unwrap_or_default()) == digests.get(entity).map(String::as_str)
            })
        };
        let entities: BTreeSet<String> = fields.keys().map(|k| entity_of(k).to_owned()).collect();
        let mut revived = Vec::new();
        let mut dead: BTreeSet<String> = BTreeSet::new();
        for entity in entities.iter().filter(|e| e.starts_with('l')) {
            match gone(entity) {
                Some(true) => {
                    dead.insert(entity.clone());
                }
                Some(false) => revived.push(entity.clone()),
                None => {}
            }
        }
        let mut linked: BTreeSet<String> = BTreeSet::new();
        for (key, leaf) in &fields {
            let entity = entity_of(key);
            let end = key.strip_prefix(entity).and_then(|rest| rest.strip_prefix(SEP));
            if entity.starts_with('l')
                && !dead.contains(entity)
                && matches!(end, Some("from" | "to"))
                && let Leaf::Value(Value::String(end)) = leaf
            {
                linked.insert(format!("n{SEP}{end}"));
            }
        }
        for entity in entities.iter().filter(|e| e.starts_with('n')) {
            match gone(entity) {
                Some(true) if !linked.contains(entity) => {
                    dead.insert(entity.clone());
                }
                Some(_) => revived.push(entity.clone()),
                None => {}
            }
        }
        fields.retain(|key, _| !dead.contains(entity_of(key)));
        let (document, dropped) = build(fields)?;
        let revived = revived.iter().map(|e| e.replace(SEP, " ")).collect();
        Ok(Merged { document, revived, dropped })
    }

    /// The values that lost to a concurrent change and have not been restored.
    pub fn kept(&self) -> Vec<Kept> {
        let txn = self.doc.transact();
        let Some(map) = txn.get_map(KEPT) else { return Vec::new() };
        let names = self.device_names();
        let name_of = |w: &str| {
            let client = w.split('.').next().unwrap_or_default();
            names.get(client).cloned().unwrap_or_default()
        };
        let mut kept: Vec<Kept> = map
            .iter(&txn)
            .filter_map(|(key, value)| {
                let yrs::Out::Any(yrs::Any::String(text)) = value else { return None };
                let record: Value = serde_json::from_str(&text).ok()?;
                let value = record.get("v").cloned().filter(|v| !v.is_null())?;
                let w = record.get("w").and_then(Value::as_str).unwrap_or_default();
                let over = record.get("over").and_then(Value::as_str).unwrap_or_default();
                let field = key.rsplit_once(SEP).map_or(key, |(field, _)| field).to_owned();
                Some(Kept { key: key.to_owned(), field, value, by: name_of(w), over: name_of(over) })
            })
            .collect();
        kept.sort_by(|a, b| a.key.cmp(&b.key));
        kept
    }

    /// Puts a kept value back as this device's change, and forgets it.
    pub fn restore(&mut self, key: &str) -> Result<(), ShareError> {
        let kept = self.kept().into_iter().find(|k| k.key == key);
        let Some(kept) = kept else { return Err(ShareError::NoSuchKept(key.to_owned())) };
        let base = self.fields();
        let mut new = base.clone();
        let leaf = match (base.get(&kept.field), &kept.value) {
            (Some(Leaf::Text(_)), Value::String(text)) => Leaf::Text(text.clone()),
            _ => Leaf::Value(kept.value.clone()),
        };
        new.insert(kept.field.clone(), leaf);
        self.record_fields(&base, &new);
        self.transact(|txn, _| {
            if let Some(map) = txn.get_map(KEPT) {
                map.remove(txn, key);
            }
        });
        Ok(())
    }

    /// Device names by client (hex), as each client introduced itself.
    pub fn device_names(&self) -> BTreeMap<String, String> {
        let txn = self.doc.transact();
        let Some(map) = txn.get_map(super::replica::DEVICES) else { return BTreeMap::new() };
        map.iter(&txn)
            .filter_map(|(client, value)| {
                let yrs::Out::Any(yrs::Any::String(text)) = value else { return None };
                let record: Value = serde_json::from_str(&text).ok()?;
                Some((client.to_owned(), record.get("name")?.as_str()?.to_owned()))
            })
            .collect()
    }
}

/// The map from `fields`, leaving out links that no longer fit it.
fn build(mut fields: Fields) -> Result<(Document, Vec<String>), ShareError> {
    let mut dropped = Vec::new();
    for _ in 0..64 {
        let text = unflatten(&fields).to_string();
        match crate::io::load_str(&text, "the shared map") {
            Ok(document) => return Ok((document, dropped)),
            Err(err) => {
                let links: BTreeSet<String> = err
                    .problems()
                    .iter()
                    .filter_map(|p| match &p.place {
                        Place::Link(id) => {
                            dropped.push(p.to_string());
                            Some(format!("l{SEP}{id}"))
                        }
                        _ => None,
                    })
                    .collect();
                if links.is_empty() {
                    return Err(ShareError::Invalid(err.to_string()));
                }
                fields.retain(|key, _| !links.contains(entity_of(key)));
            }
        }
    }
    Err(ShareError::Invalid("the shared map has too many links that do not fit it".to_owned()))
}
