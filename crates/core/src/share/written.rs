//! Which map files Sectormap wrote for a shared map, so a file edited
//! outside it (by hand, by another program) is noticed, not overwritten.

use std::collections::BTreeSet;

use yrs::{Any, Map, ReadTxn, Transact, WriteTxn};

use super::Replica;

/// The root map of the last map file each device wrote (device -> SHA-256).
const WRITTEN: &str = "written";

impl Replica {
    /// The digests of the map files Sectormaps last wrote for this map.
    pub fn written(&self) -> BTreeSet<String> {
        let txn = self.doc.transact();
        let Some(map) = txn.get_map(WRITTEN) else { return BTreeSet::new() };
        map.iter(&txn)
            .filter_map(|(_, value)| match value {
                yrs::Out::Any(Any::String(text)) => Some(text.to_string()),
                _ => None,
            })
            .collect()
    }

    /// Notes that this device wrote a map file with `digest`.
    pub fn note_written(&mut self, digest: &str) {
        let id = self.device.id.clone();
        let digest = digest.to_owned();
        self.transact(|txn, _| {
            let map = txn.get_or_insert_map(WRITTEN);
            map.insert(txn, id, Any::String(digest.into()));
        });
    }
}
