//! A shared map as the editor works on it: the map's [`Shared`] replica
//! and folder, what of the open map the replica has been told, and what
//! arrived from others.
//!
//! Every edit is recorded into the replica as it is made (typing once the
//! field is left), so it can be sent on at once ([`SharedMap::take_outbox`]);
//! others' changes are merged as their files move (`watch.rs`) and come in
//! as one change that is not an undo step. What they changed is remembered
//! (`guard.rs`) so undo takes back only your own changes.
//!
//! - `feed.rs`: what the Changes panel lists (records, kept values,
//!   revived nodes);
//! - `preview.rs`: what merging a device file would do;
//! - the session's side: `session/sharing.rs`, `session/shared_file.rs`
//!   and `session/live.rs` (live through a sync server).

mod feed;
mod guard;
mod preview;
mod watch;

use std::collections::BTreeSet;

pub use self::feed::{Change, KeptValue, Revival, show_value};
pub(crate) use self::guard::{Guard, differing, keep_theirs};
pub use self::preview::{ChangePreview, Thing};
pub(crate) use self::watch::{FolderWatch, look};
use crate::model::Document;
use crate::share::fields::{Fields, flatten};
use crate::share::{Arrival, Connection, Device, Folder, Replica, ShareError, Shared};

/// What arrived from others since the editor last asked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Arrived {
    /// Whose changes arrived, by name, in order of first arrival.
    pub from: Vec<String>,
    /// How many change records.
    pub records: usize,
    /// Fields two people set at once (the value that lost is kept).
    pub conflicts: usize,
}

impl Arrived {
    /// Adds what `arrival` brought.
    fn add(&mut self, arrival: &Arrival) {
        for entry in &arrival.log {
            if !self.from.contains(&entry.name) {
                self.from.push(entry.name.clone());
            }
        }
        self.records += arrival.log.len();
        self.conflicts += arrival.conflicts.len();
    }
}

/// One open shared map's side of sharing.
pub struct SharedMap {
    /// The replica and the folder.
    pub(crate) shared: Shared,
    /// The map as the replica was last told of it (or took it from it):
    /// what the next edit is recorded against, thing by thing.
    pub(crate) recorded: Document,
    /// Edits made since `recorded`, waiting for typing to end.
    pub(crate) pending: bool,
    /// The device files as last seen.
    pub(crate) watch: FolderWatch,
    /// What others changed, and when, for undo.
    pub(crate) guard: Guard,
    /// Nodes and links kept although deleted (`n id`, `l id`).
    pub(crate) revived: Vec<String>,
    /// Links the merge left out, each with why.
    pub(crate) dropped: Vec<String>,
    /// The map's file holds edits no device's file knows of.
    pub(crate) outside: bool,
    /// The sync server the map is live on, if connected (`session/live.rs`).
    pub(crate) live: Option<Connection>,
    arrived: Option<Arrived>,
    error: Option<String>,
    version: u64,
}

/// A map's fields, as the replica holds them.
pub(crate) fn fields_of(doc: &Document) -> Result<Fields, ShareError> {
    Ok(flatten(&crate::io::to_value(doc).map_err(ShareError::Map)?))
}

impl SharedMap {
    /// `shared`, told the map as `recorded`, its folder's files seen as `watch`.
    pub(crate) fn new(shared: Shared, recorded: Document, watch: FolderWatch) -> Self {
        Self {
            shared,
            recorded,
            pending: false,
            watch,
            guard: Guard::default(),
            revived: Vec::new(),
            dropped: Vec::new(),
            outside: false,
            live: None,
            arrived: None,
            error: None,
            version: 0,
        }
    }

    /// The shared folder beside the map.
    pub fn folder(&self) -> &Folder {
        &self.shared.folder
    }

    /// This device.
    pub fn device(&self) -> &Device {
        self.shared.replica.device()
    }

    /// The replica (to sync it with a server).
    pub fn replica(&self) -> &Replica {
        &self.shared.replica
    }

    /// How many devices share the map: those with a file in the folder,
    /// and this one (whose file is written at its first save).
    pub fn devices(&self) -> usize {
        self.watch.count(&self.shared.folder.device_file(self.device()))
    }

    /// Links the last merge left out, each with why.
    pub fn dropped(&self) -> &[String] {
        &self.dropped
    }

    /// Moves on whenever the replica changes (for panels' caches).
    pub fn version(&self) -> u64 {
        self.version
    }

    /// What arrived from others since the last call, if anything did.
    pub fn take_arrived(&mut self) -> Option<Arrived> {
        self.arrived.take()
    }

    /// Why recording or merging last failed, once.
    pub fn take_error(&mut self) -> Option<String> {
        self.error.take()
    }

    /// Records `doc` as this device's change from what the replica was
    /// last told. Returns how many fields changed.
    pub(crate) fn record(&mut self, doc: &Document) -> Result<usize, ShareError> {
        self.pending = false;
        if *doc == self.recorded {
            return Ok(0);
        }
        // Only the things that differ are taken apart.
        let count = self.shared.replica.record(&self.recorded, doc)?;
        self.recorded = doc.clone();
        self.version += 1;
        Ok(count)
    }

    /// Takes `merged` (the map the replica holds now) as what the replica
    /// was told; with `by_others`, the fields that differ are others'
    /// changes, for undo.
    pub(crate) fn took(&mut self, merged: &Document, by_others: bool) -> Result<(), ShareError> {
        if by_others && *merged != self.recorded {
            let touched: BTreeSet<String> = differing(&fields_of(&self.recorded)?, &fields_of(merged)?);
            self.guard.others_changed(touched);
        }
        self.recorded = merged.clone();
        self.version += 1;
        Ok(())
    }

    /// Notes what `arrival` brought, for the editor to tell.
    pub(crate) fn arrived(&mut self, arrival: &Arrival) {
        if !arrival.changed.is_empty() || !arrival.log.is_empty() {
            self.arrived.get_or_insert_with(Arrived::default).add(arrival);
        }
    }

    /// Notes a failure to tell the user once.
    pub(crate) fn fail(&mut self, error: String) {
        self.error = Some(error);
    }
}
