//! How one field is stored in the CRDT: its value with the id of the write
//! that set it and the writes it replaced, so a merge can tell a later
//! change (which replaces) from a concurrent one (whose loser is kept).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use yrs::{Any, GetString, Map, MapRef, Out, ReadTxn, Text, TextRef, TransactionMut, WriteTxn};

use super::fields::{Fields, Leaf, SEP, entity_of};

/// The root map of field entries.
pub(crate) const FIELDS: &str = "fields";
/// The last part of an entity's key that marks it deleted.
pub(crate) const GONE: &str = "~gone";
/// How many earlier writes an entry remembers replacing.
const HISTORY: usize = 12;

/// One field as stored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Entry {
    /// The value; `None` when the field was removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub v: Option<Value>,
    /// Whether the field is prose, held in its own text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub t: bool,
    /// The write that set it: `client.clock.n`.
    pub w: String,
    /// The writes it replaced, latest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub h: Vec<String>,
}

impl Entry {
    /// An entry replacing `old` (if any) with `v`, written as `w`.
    ///
    /// A session's later writes supersede its earlier ones anyway, so
    /// replacing one's own write does not lengthen the history.
    pub fn over(old: Option<&Entry>, v: Option<Value>, t: bool, w: String) -> Self {
        let mut h = Vec::new();
        if let Some(old) = old {
            if write_id(&old.w).0 != write_id(&w).0 {
                h.push(old.w.clone());
            }
            h.extend(old.h.iter().filter(|e| write_id(e).0 != write_id(&w).0).take(HISTORY - 1).cloned());
        }
        Self { v, t, w, h }
    }

    /// Whether this entry was written knowing of the write `w`: it is that
    /// write, replaced it, or came later in the same session.
    pub fn supersedes(&self, w: &str) -> bool {
        let (client, clock) = write_id(w);
        let (mine, my_clock) = write_id(&self.w);
        self.w == w
            || (client == mine && clock <= my_clock)
            || self.h.iter().any(|h| h == w || write_id(h).0 == client && clock <= write_id(h).1)
    }
}

/// The Yjs client and clock of write `w` (`client.clock.n`, client in hex).
pub(crate) fn write_id(w: &str) -> (u64, u32) {
    let mut parts = w.split('.');
    let client = parts.next().and_then(|c| u64::from_str_radix(c, 16).ok()).unwrap_or_default();
    let clock = parts.next().and_then(|c| c.parse().ok()).unwrap_or_default();
    (client, clock)
}

/// Everything stored, read at once: entries by key and the prose texts.
#[derive(Clone, Debug, Default)]
pub(crate) struct Snapshot {
    /// Field entries by key.
    pub entries: BTreeMap<String, Entry>,
    /// The text of each prose field.
    pub texts: BTreeMap<String, String>,
}

impl Snapshot {
    /// Reads every entry (and text) of `txn`'s document.
    pub fn read<T: ReadTxn>(txn: &T) -> Self {
        Self::read_where(txn, |_| true)
    }

    /// Reads the entries under `keys` (where there are), and their texts.
    pub fn read_keys<'a, T: ReadTxn>(txn: &T, keys: impl Iterator<Item = &'a String>) -> Self {
        let mut snapshot = Self::default();
        let Some(fields) = txn.get_map(FIELDS) else { return snapshot };
        for key in keys {
            let Some(entry) = fields.get(txn, key).and_then(|value| decode(&value)) else { continue };
            snapshot.insert(txn, key, entry);
        }
        snapshot
    }

    fn insert<T: ReadTxn>(&mut self, txn: &T, key: &str, entry: Entry) {
        if entry.t
            && let Some(text) = txn.get_text(text_name(key, &entry.w).as_str())
        {
            self.texts.insert(key.to_owned(), text.get_string(txn));
        }
        self.entries.insert(key.to_owned(), entry);
    }

    /// Reads the entries whose key `keep` says, and their texts.
    pub fn read_where<T: ReadTxn>(txn: &T, keep: impl Fn(&str) -> bool) -> Self {
        let mut snapshot = Self::default();
        let Some(fields) = txn.get_map(FIELDS) else { return snapshot };
        for (key, value) in fields.iter(txn).filter(|(key, _)| keep(key)) {
            let Some(entry) = decode(&value) else { continue };
            snapshot.insert(txn, key, entry);
        }
        snapshot
    }

    /// The fields that exist (set, not removed, text not empty), deleted
    /// entities' included.
    pub fn leaves(&self) -> Fields {
        let mut fields = Fields::new();
        for (key, entry) in &self.entries {
            if key.ends_with(&format!("{SEP}{GONE}")) {
                continue;
            }
            if entry.t {
                if let Some(text) = self.texts.get(key).filter(|t| !t.is_empty()) {
                    fields.insert(key.clone(), Leaf::Text(text.clone()));
                }
            } else if let Some(value) = entry.v.clone().filter(|v| !v.is_null()) {
                fields.insert(key.clone(), Leaf::Value(value));
            }
        }
        fields
    }

    /// A digest of each node's and link's fields as stored: a deletion
    /// records it, and a change after or beside the deletion changes it.
    pub fn digests(&self) -> BTreeMap<String, String> {
        use sha2::Digest;
        let mut hashers: BTreeMap<&str, sha2::Sha256> = BTreeMap::new();
        for (key, entry) in &self.entries {
            let entity = entity_of(key);
            if key.starts_with('m') || key.ends_with(&format!("{SEP}{GONE}")) {
                continue;
            }
            let hasher = hashers.entry(entity).or_default();
            hasher.update(key.as_bytes());
            if entry.t {
                hasher.update(self.texts.get(key).map_or("", String::as_str).as_bytes());
            } else {
                hasher.update(entry.w.as_bytes());
            }
            hasher.update([0]);
        }
        hashers
            .into_iter()
            .map(|(entity, hasher)| {
                let sum = hasher.finalize();
                (entity.to_owned(), sum.iter().take(12).map(|b| format!("{b:02x}")).collect())
            })
            .collect()
    }
}

/// The name of the root text holding prose field `key` as made by write
/// `w`. Each making of a text has its own, so two people who make one field's
/// text at once (say, each sharing the same map) do not get both texts run
/// together: one wins, the other is kept, and later edits merge as text.
pub(crate) fn text_name(key: &str, w: &str) -> String {
    format!("t{SEP}{key}{SEP}{w}")
}

/// An entry read back from the map, or `None` if it is not one.
pub(crate) fn decode(value: &Out) -> Option<Entry> {
    match value {
        Out::Any(Any::String(text)) => serde_json::from_str(text).ok(),
        _ => None,
    }
}

/// Stores `entry` under `key`.
pub(crate) fn store(fields: &MapRef, txn: &mut TransactionMut, key: &str, entry: &Entry) {
    let text = serde_json::to_string(entry).unwrap_or_default();
    fields.insert(txn, key, Any::String(text.into()));
}

/// Edits the text of prose field `key` (made by write `w`) from what it
/// holds to `to`, touching only the part that differs, so others' edits
/// elsewhere in it stay.
pub(crate) fn set_text(txn: &mut TransactionMut, key: &str, w: &str, to: &str) {
    let text: TextRef = txn.get_or_insert_text(text_name(key, w).as_str());
    let from = text.get_string(txn);
    if from == to {
        return;
    }
    let prefix = common_prefix(&from, to);
    let suffix = common_suffix(&from[prefix..], &to[prefix..]);
    let removed = from.len() - prefix - suffix;
    let inserted = &to[prefix..to.len() - suffix];
    let (Ok(at), Ok(removed)) = (u32::try_from(prefix), u32::try_from(removed)) else { return };
    if removed > 0 {
        text.remove_range(txn, at, removed);
    }
    if !inserted.is_empty() {
        text.insert(txn, at, inserted);
    }
}

/// Bytes `a` and `b` share at the start, ending on a character boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices().zip(b.chars()).find(|((_, x), y)| x != y).map_or(a.len().min(b.len()), |((at, _), _)| at)
}

/// Bytes `a` and `b` share at the end, starting on a character boundary.
fn common_suffix(a: &str, b: &str) -> usize {
    a.chars().rev().zip(b.chars().rev()).take_while(|(x, y)| x == y).map(|(x, _)| x.len_utf8()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_ends_stop_on_character_boundaries() {
        assert_eq!(common_prefix("Ministère", "Ministre"), 6);
        assert_eq!(common_suffix("العدل", "الصحة والعدل"), "العدل".len());
        assert_eq!(common_prefix("abc", "abc"), 3);
    }
}
