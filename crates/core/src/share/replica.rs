//! A [`Replica`]: one device's copy of a shared map on the Yjs CRDT (yrs).
//! It records the changes its user makes, field by field, applies others'
//! changes in any order, and keeps the value that lost when two people set
//! the same field at once.

use std::collections::BTreeSet;

use serde_json::Value;
use yrs::updates::decoder::Decode;
use yrs::{Any, Array, Doc, Map, ReadTxn, StateVector, Transact, TransactionMut, Update, WriteTxn};

use super::entry::{Entry, FIELDS, GONE, Snapshot, set_text, store, write_id};
use super::fields::{Fields, Leaf, SEP, entity_of};
use super::log::{LOG, LogEntry, summarise};
use super::{Device, ShareError};
use crate::model::Document;

/// The root map naming the device behind each client (`client` -> device).
pub(crate) const DEVICES: &str = "devices";
/// The root map of values that lost to a concurrent change.
pub(crate) const KEPT: &str = "kept";

/// One device's copy of a shared map.
pub struct Replica {
    pub(crate) doc: Doc,
    pub(crate) device: Device,
    outbox: Vec<Vec<u8>>,
    pub(crate) seen: BTreeSet<String>,
    writes: u64,
    introduced: bool,
}

/// What applying others' changes brought.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Arrival {
    /// Fields whose value changed.
    pub changed: BTreeSet<String>,
    /// Fields where a concurrent change replaced another's; the value that
    /// lost is kept (see [`Replica::kept`]).
    pub conflicts: BTreeSet<String>,
    /// Others' change records that had not been seen here, oldest first.
    pub log: Vec<LogEntry>,
}

impl Replica {
    /// An empty replica for `device`, with a fresh client id for this session.
    pub fn new(device: Device) -> Self {
        let doc = Doc::new();
        Self { doc, device, outbox: Vec::new(), seen: BTreeSet::new(), writes: 0, introduced: false }
    }

    /// A replica for `device` holding `state` (a device file's bytes);
    /// `origin` names them in errors. Everything in it counts as seen.
    pub fn load(device: Device, state: &[u8], origin: &str) -> Result<Self, ShareError> {
        let mut replica = Self::new(device);
        replica.integrate(state, origin)?;
        replica.seen = replica.log().into_iter().map(|entry| entry.w).collect();
        Ok(replica)
    }

    /// The device this replica writes for.
    pub fn device(&self) -> &Device {
        &self.device
    }

    /// Everything this replica holds, as one Yjs update (a device file's bytes).
    pub fn state(&self) -> Vec<u8> {
        self.doc.transact().encode_state_as_update_v1(&StateVector::default())
    }

    /// What this replica holds that a peer with `state_vector` lacks.
    pub fn diff(&self, state_vector: &StateVector) -> Vec<u8> {
        self.doc.transact().encode_state_as_update_v1(state_vector)
    }

    /// The underlying Yjs document (to sync it with a server).
    pub fn doc(&self) -> &Doc {
        &self.doc
    }

    /// Local changes made since the last call, each as a Yjs update, to send
    /// to a sync server.
    pub fn take_outbox(&mut self) -> Vec<Vec<u8>> {
        std::mem::take(&mut self.outbox)
    }

    /// The fields as stored now (deleted nodes and links included).
    pub fn fields(&self) -> Fields {
        Snapshot::read(&self.doc.transact()).leaves()
    }

    /// Records the changes from `base` to `new` as this device's: only the
    /// fields that differ are written, so others' changes to the rest stay.
    /// Returns how many fields changed.
    pub fn record(&mut self, base: &Document, new: &Document) -> Result<usize, ShareError> {
        let (base, new) = super::changes::changed_fields(base, new)?;
        Ok(self.record_fields(&base, &new))
    }

    /// Records the change from fields `base` to fields `new`.
    pub fn record_fields(&mut self, base: &Fields, new: &Fields) -> usize {
        let snapshot = {
            let was: BTreeSet<&str> = base.keys().map(|k| entity_of(k)).collect();
            let is: BTreeSet<&str> = new.keys().map(|k| entity_of(k)).collect();
            // Made or deleted things need all their stored fields; changed ones only those changed.
            let whole: BTreeSet<&str> = was.symmetric_difference(&is).copied().collect();
            let txn = self.doc.transact();
            if whole.is_empty() {
                Snapshot::read_keys(&txn, base.keys().chain(new.keys()))
            } else {
                Snapshot::read_where(&txn, |key| {
                    whole.contains(entity_of(key)) || base.contains_key(key) || new.contains_key(key)
                })
            }
        };
        let entities =
            |fields: &Fields| fields.keys().map(|k| entity_of(k).to_owned()).collect::<BTreeSet<_>>();
        let (before, after) = (entities(base), entities(new));
        let mut writes: Vec<(String, Option<Leaf>)> = Vec::new();
        let deleted: BTreeSet<&String> = before.difference(&after).filter(|e| !e.starts_with('m')).collect();
        for key in base.keys().chain(new.keys()).collect::<BTreeSet<_>>() {
            // A deleted node keeps its fields, so that if someone changed it
            // meanwhile it comes back whole.
            if deleted.contains(&entity_of(key).to_owned()) {
                continue;
            }
            if base.get(key) != new.get(key) {
                writes.push((key.clone(), new.get(key).cloned()));
            }
        }
        // A node or link made again: its earlier fields go, and it is no longer deleted.
        for entity in after.difference(&before) {
            let prefix = format!("{entity}{SEP}");
            for key in snapshot.entries.keys().filter(|k| k.starts_with(&prefix) && !new.contains_key(*k)) {
                if !writes.iter().any(|(k, _)| k == key) {
                    writes.push((key.clone(), None));
                }
            }
        }
        let digests = snapshot.digests();
        let gone: Vec<(String, Option<Value>)> = deleted
            .iter()
            .map(|e| (format!("{e}{SEP}{GONE}"), digests.get(*e).map(|d| Value::from(d.as_str()))))
            .collect();
        let count = writes.len() + gone.len();
        if count == 0 {
            return 0;
        }
        let what =
            summarise(writes.iter().map(|(k, _)| k.as_str()).chain(gone.iter().map(|(k, _)| k.as_str())));
        self.transact(|txn, w| {
            let fields = txn.get_or_insert_map(FIELDS);
            for (key, leaf) in writes {
                let old = snapshot.entries.get(&key);
                let text =
                    matches!(leaf, Some(Leaf::Text(_))) || (leaf.is_none() && old.is_some_and(|e| e.t));
                if text {
                    let content = match &leaf {
                        Some(Leaf::Text(t)) => t.as_str(),
                        _ => "",
                    };
                    let made = match old.filter(|e| e.t) {
                        Some(marker) => marker.w.clone(),
                        None => {
                            let marker = Entry::over(old, None, true, w());
                            store(&fields, txn, &key, &marker);
                            marker.w
                        }
                    };
                    set_text(txn, &key, &made, content);
                } else {
                    let value = leaf.map(|l| match l {
                        Leaf::Value(v) => v,
                        Leaf::Text(t) => Value::from(t),
                    });
                    store(&fields, txn, &key, &Entry::over(old, value, false, w()));
                }
            }
            for entity in after.difference(&before).filter(|e| !e.starts_with('m')) {
                let key = format!("{entity}{SEP}{GONE}");
                if let Some(old) = snapshot.entries.get(&key).filter(|e| e.v.is_some()) {
                    store(&fields, txn, &key, &Entry::over(Some(old), None, false, w()));
                }
            }
            for (key, digest) in gone {
                store(&fields, txn, &key, &Entry::over(snapshot.entries.get(&key), digest, false, w()));
            }
        });
        self.append_log(what);
        count
    }

    /// Applies others' changes (a Yjs update: a device file, or what a
    /// server sent); `origin` names them in errors. Values of this replica
    /// that lose to a concurrent change, and values of theirs that lose to
    /// one of this replica's, are kept.
    pub fn apply(&mut self, update: &[u8], origin: &str) -> Result<Arrival, ShareError> {
        let theirs = {
            let doc = Doc::new();
            let decoded = decode_update(update, origin)?;
            let mut txn = doc.transact_mut();
            txn.apply_update(decoded).map_err(|err| bad_update(origin, &err))?;
            Snapshot::read(&txn)
        };
        let before = Snapshot::read(&self.doc.transact());
        let known = self.doc.transact().state_vector();
        self.integrate(update, origin)?;
        let after = Snapshot::read(&self.doc.transact());
        let mut arrival = Arrival::default();
        let mut lost: Vec<(String, Entry, Entry)> = Vec::new();
        for (key, now) in &after.entries {
            let old = before.entries.get(key);
            let text_changed = now.t && before.texts.get(key) != after.texts.get(key);
            if old != Some(now) || text_changed {
                arrival.changed.insert(key.clone());
            }
            if key.ends_with(GONE) {
                continue;
            }
            // Their value is judged when it first arrives here; one seen before was judged then.
            let new_here = |e: &&Entry| {
                let (client, clock) = write_id(&e.w);
                known.get(&yrs::block::ClientID::new(client)) <= clock
            };
            let candidates = [(old, &before), (theirs.entries.get(key).filter(new_here), &theirs)];
            for (candidate, side) in candidates {
                let Some(candidate) = candidate else { continue };
                if now.supersedes(&candidate.w) || candidate.t != now.t {
                    continue;
                }
                // A text that lost keeps its words; a value, itself.
                let value = if now.t {
                    side.texts
                        .get(key)
                        .filter(|t| !t.is_empty() && Some(*t) != after.texts.get(key))
                        .map(|t| Value::from(t.as_str()))
                } else {
                    candidate.v.clone().filter(|v| Some(v) != now.v.as_ref())
                };
                if let Some(value) = value {
                    lost.push((key.clone(), Entry { v: Some(value), ..candidate.clone() }, now.clone()));
                }
            }
        }
        if !lost.is_empty() {
            self.keep(&lost);
            arrival.conflicts = lost.into_iter().map(|(key, _, _)| key).collect();
        }
        arrival.log = self
            .log()
            .into_iter()
            .filter(|e| e.device != self.device.id && !self.seen.contains(&e.w))
            .collect();
        self.seen.extend(arrival.log.iter().map(|e| e.w.clone()));
        Ok(arrival)
    }

    /// Applies `update` with no bookkeeping.
    fn integrate(&mut self, update: &[u8], origin: &str) -> Result<(), ShareError> {
        let decoded = decode_update(update, origin)?;
        self.doc.transact_mut().apply_update(decoded).map_err(|err| bad_update(origin, &err))
    }

    /// Runs `change` in one local transaction; `w` names each write uniquely.
    pub(crate) fn transact(&mut self, change: impl FnOnce(&mut TransactionMut, &mut dyn FnMut() -> String)) {
        let id = self.doc.client_id();
        let clock = self.doc.transact().state_vector().get(&id);
        let client = id.get();
        let mut n = 0u32;
        let mut w = || {
            n += 1;
            format!("{client:x}.{clock}.{n}")
        };
        let mut txn = self.doc.transact_mut();
        if !self.introduced {
            let devices = txn.get_or_insert_map(super::replica::DEVICES);
            let me = serde_json::json!({ "id": self.device.id, "name": self.device.name }).to_string();
            devices.insert(&mut txn, format!("{client:x}"), Any::String(me.into()));
            self.introduced = true;
        }
        change(&mut txn, &mut w);
        self.writes += 1;
        let update = txn.encode_update_v1();
        drop(txn);
        self.outbox.push(update);
    }

    /// Appends a change record of this device's.
    fn append_log(&mut self, what: Vec<String>) {
        let entry = LogEntry::now(&self.device, what);
        self.seen.insert(entry.w.clone());
        let text = serde_json::to_string(&entry).unwrap_or_default();
        self.transact(|txn, _| {
            let log = txn.get_or_insert_array(LOG);
            log.push_back(txn, Any::String(text.into()));
        });
    }

    /// Keeps each `(key, loser, winner)` among the values that lost.
    fn keep(&mut self, lost: &[(String, Entry, Entry)]) {
        let existing = self
            .doc
            .transact()
            .get_map(KEPT)
            .map(|m| m.keys(&self.doc.transact()).map(str::to_owned).collect::<BTreeSet<_>>())
            .unwrap_or_default();
        let fresh: Vec<_> = lost
            .iter()
            .filter(|(key, loser, _)| !existing.contains(&format!("{key}{SEP}{}", loser.w)))
            .collect();
        if fresh.is_empty() {
            return;
        }
        self.transact(|txn, _| {
            let kept = txn.get_or_insert_map(KEPT);
            for (key, loser, winner) in fresh {
                let record = serde_json::json!({ "v": loser.v, "w": loser.w, "over": winner.w }).to_string();
                kept.insert(txn, format!("{key}{SEP}{}", loser.w), Any::String(record.into()));
            }
        });
    }

    /// The change records of everyone, in the CRDT's order.
    pub fn log(&self) -> Vec<LogEntry> {
        let txn = self.doc.transact();
        let Some(log) = txn.get_array(LOG) else { return Vec::new() };
        log.iter(&txn).filter_map(|value| decode_log(&value)).collect()
    }
}

fn decode_log(value: &yrs::Out) -> Option<LogEntry> {
    match value {
        yrs::Out::Any(Any::String(text)) => serde_json::from_str(text).ok(),
        _ => None,
    }
}

fn decode_update(update: &[u8], origin: &str) -> Result<Update, ShareError> {
    Update::decode_v1(update)
        .map_err(|err| ShareError::Update { origin: origin.to_owned(), message: err.to_string() })
}

fn bad_update(origin: &str, err: &impl std::fmt::Display) -> ShareError {
    ShareError::Update { origin: origin.to_owned(), message: err.to_string() }
}
