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
/// Most field keys one record lists; the rest are counted.
const MOST: usize = 200;

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
    /// The fields changed (keys as in [`super::fields`]), at most 200.
    pub what: Vec<String>,
    /// How many more fields changed than are listed.
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
            let field = parts.next().unwrap_or(id).to_owned();
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
            } else if field != "id" && !thing.fields.contains(&field) && kind != "map" {
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

/// The field keys of a change, for its record.
pub(crate) fn summarise<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<String> {
    keys.map(str::to_owned).collect()
}
