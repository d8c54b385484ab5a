//! The change records: who changed what, and when, one record per save or
//! edit, so a coalition can see each other's work as it arrives.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Device;
use super::entry::GONE;
use super::fields::SEP;
use crate::model::Document;

/// The root array of change records.
pub(crate) const LOG: &str = "log";
/// Most fields one record lists by name; past it, only the things changed.
const MOST_FIELDS: usize = 200;
/// Most things one record lists; the rest are counted.
const MOST: usize = 500;

/// One device's change, as recorded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    /// Unique id of the record.
    pub w: String,
    /// The device that made the change.
    #[serde(rename = "d")]
    pub device: String,
    /// Its name, as it was then.
    #[serde(rename = "n")]
    pub name: String,
    /// When, in seconds since 1970 (UTC).
    pub at: i64,
    /// What changed: keys as in [`super::fields`] cut after the field's
    /// name (`n SEP id SEP scores`), or only the thing (`n SEP id`) when a
    /// change touched more than 200 fields; at most 500.
    pub what: Vec<String>,
    /// How many more things changed than are listed.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub more: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// What one record did to one thing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Touched {
    /// `"node"`, `"link"` or `"map"`.
    pub kind: &'static str,
    /// The node's or link's id, or the part of the map (`"title"`, `"views"`...).
    pub id: String,
    /// Its label in the map now (the id if it has none or is gone).
    pub label: String,
    /// The fields changed (`label`, `position`, `scores`...).
    pub fields: Vec<String>,
    /// Whether it was deleted.
    pub deleted: bool,
}

impl LogEntry {
    /// A record of `device` changing `what`, now.
    pub fn now(device: &Device, mut what: Vec<String>) -> Self {
        let more = what.len().saturating_sub(MOST);
        what.truncate(MOST);
        let at = jiff::Timestamp::now().as_second();
        let w = format!("{}.{at}.{:x}", device.id, super::identity::random_u64() & 0xffff_ffff);
        Self { w, device: device.id.clone(), name: device.name.clone(), at, what, more }
    }

    /// The things changed, with their labels in `document`, in key order.
    pub fn touched(&self, document: &Document) -> Vec<Touched> {
        let mut things: BTreeMap<(&str, &str), Touched> = BTreeMap::new();
        for key in &self.what {
            let mut parts = key.split(SEP);
            let (Some(tag), Some(id)) = (parts.next(), parts.next()) else { continue };
            let field = parts.next().unwrap_or_default().to_owned();
            let kind = match tag {
                "n" => "node",
                "l" => "link",
                _ => "map",
            };
            let label = match kind {
                "node" => document.node(id).map(|n| n.label.clone()),
                "link" => document.link(id).map(|(l, _, _)| l.label.clone()).filter(|l| !l.is_empty()),
                _ => None,
            }
            .unwrap_or_else(|| id.to_owned());
            let thing = things.entry((tag, id)).or_insert_with(|| Touched {
                kind,
                id: id.to_owned(),
                label,
                fields: Vec::new(),
                deleted: false,
            });
            if field == GONE {
                thing.deleted = true;
            } else if !field.is_empty() && field != "id" && !thing.fields.contains(&field) && kind != "map" {
                thing.fields.push(field);
            }
        }
        things.into_values().collect()
    }

    /// The time of the change, as `2026-12-02 16:05 UTC`.
    pub fn when(&self) -> String {
        jiff::Timestamp::from_second(self.at)
            .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default()
    }
}

/// What a change touched, for its record: each field's key cut after the
/// field's name, or only the things when there are many.
pub(crate) fn summarise<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<String> {
    let cut = |key: &str, parts: usize| key.split(SEP).take(parts).collect::<Vec<_>>().join(&SEP.to_string());
    let keys: Vec<&str> = keys.collect();
    let fields: std::collections::BTreeSet<String> =
        keys.iter().map(|k| cut(k, if k.starts_with('m') { 2 } else { 3 })).collect();
    if fields.len() <= MOST_FIELDS {
        return fields.into_iter().collect();
    }
    let things: std::collections::BTreeSet<String> =
        keys.iter().map(|k| if k.ends_with(GONE) { cut(k, 3) } else { cut(k, 2) }).collect();
    things.into_iter().collect()
}
