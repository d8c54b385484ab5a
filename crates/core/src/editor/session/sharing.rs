//! A session on a shared map: joining it (or sharing the map), recording
//! every edit into the replica, and taking the merged map in as one change
//! that is not an undo step and keeps every unsaved edit (those are in the
//! replica already). Merging others' changes is in `merging.rs`, saving
//! and undo in `shared_file.rs`.

use std::path::Path;

use super::Session;
use crate::editor::job::Purpose;
use crate::editor::selection::Selection;
use crate::editor::shared::{Arrived, FolderWatch, SharedMap, look};
use crate::model::Document;
use crate::pipeline::Scope;
use crate::share::{Device, Folder, Merged, Pulled, Replica, ShareError, Shared, read_device_file};

/// How the map's own file and edits count when it becomes shared.
enum Start {
    /// Joining: the map as the file holds it, and the bytes of the file.
    File(Box<Document>, Vec<u8>),
    /// Sharing it now: the file is what the replica holds.
    Shared,
    /// Shared from another device's file: the map comes from theirs.
    Theirs,
}

impl Session {
    /// Joins the map's shared folder as `device` (its folder exists): the
    /// map becomes what everyone's files merge to, the difference coming
    /// in as others' changes, not as an undo step; unsaved edits (a map
    /// restored from a recovery copy) are taken as this device's.
    pub fn join(&mut self, device: Device) -> Result<(), ShareError> {
        let path = self.map_path()?;
        let folder = Folder::beside(&path);
        let files = look(&folder)?;
        let bytes = std::fs::read(&path).map_err(|source| ShareError::Io {
            path: path.clone(),
            action: "read",
            source,
        })?;
        let file = crate::io::load_str(&String::from_utf8_lossy(&bytes), &path.display().to_string())
            .map_err(|err| ShareError::Corrupt { path: path.clone(), message: err.to_string() })?;
        let shared = Shared::open(&path, device.clone())?;
        if shared.replica.fields().is_empty() {
            // A folder no device has written to yet: share the map afresh.
            let shared = Shared::share(&path, device)?;
            return self.attach(shared, FolderWatch::seeing(look(&folder)?), Start::Shared);
        }
        self.attach(shared, FolderWatch::seeing(files), Start::File(Box::new(file), bytes))
    }

    /// Shares the map through a folder beside it, as `device`; the map is
    /// saved (the editor saves it first).
    pub fn share(&mut self, device: Device) -> Result<(), ShareError> {
        let path = self.map_path()?;
        let shared = Shared::share(&path, device)?;
        let files = look(&shared.folder)?;
        self.attach(shared, FolderWatch::seeing(files), Start::Shared)
    }

    /// Shares the map, which is not shared yet, starting from another
    /// device's file (sent by email): the map becomes what that file holds,
    /// the difference coming in as their changes; then the map and this
    /// device's file are saved.
    pub fn share_from(&mut self, device: Device, file: &Path) -> Result<Arrived, ShareError> {
        let path = self.map_path()?;
        let bytes = read_device_file(file)?;
        let mut replica = Replica::new(device);
        let arrival = replica.apply(&bytes, &file.display().to_string())?;
        let folder = Folder::beside(&path);
        folder.create()?;
        let files = look(&folder)?;
        self.attach(
            Shared { folder, replica, opened: Pulled::default() },
            FolderWatch::seeing(files),
            Start::Theirs,
        )?;
        let mut arrived = Arrived::default();
        if let Some(map) = &mut self.shared {
            map.arrived(&arrival);
            arrived = map.take_arrived().unwrap_or_default();
            // The folder holds this device's file from the start, whatever
            // becomes of saving the map.
            map.shared.save()?;
        }
        // A map file changed outside meanwhile is left for the next save to offer.
        let _saved = self.save_shared().map_err(|err| match err {
            super::NotSaved::Share(err) => err,
            super::NotSaved::Map(err) => ShareError::Map(err),
        })?;
        Ok(arrived)
    }

    /// Where the map is saved; an untitled map cannot be shared.
    fn map_path(&self) -> Result<std::path::PathBuf, ShareError> {
        self.path().map(Path::to_path_buf).ok_or_else(|| ShareError::NotShared(self.name().into()))
    }

    /// Makes `shared` this session's and takes the map it merges to.
    fn attach(&mut self, shared: Shared, watch: FolderWatch, start: Start) -> Result<(), ShareError> {
        let mut map = SharedMap::new(shared, self.doc().clone(), watch);
        let merged = map.shared.document()?;
        // What the open map holds beyond the file (unsaved edits, places
        // given at opening) is this device's change.
        let file = match &start {
            Start::File(file, bytes) => {
                map.outside = !map.shared.written_here(bytes) && **file != merged.document;
                Some(&**file)
            }
            Start::Shared => Some(&merged.document),
            Start::Theirs => None,
        };
        if let Some(file) = file.filter(|file| *file != self.doc()) {
            map.recorded = file.clone();
            map.record(self.doc())?;
        }
        let outside = map.outside;
        self.shared = Some(map);
        let merged = self.merged()?;
        if outside && let Some(Ok(stamp)) = self.path().map(crate::io::FileStamp::read) {
            // What the file holds beyond the shared map is offered as a
            // version changed on disk, merged three-way from the shared map.
            self.file.adopt(stamp, merged.document.clone());
        }
        self.absorb(merged, true)
    }

    /// The map this session's replica merges to.
    fn merged(&self) -> Result<Merged, ShareError> {
        match &self.shared {
            Some(map) => map.shared.document(),
            None => Err(ShareError::NotShared(self.path().map(Path::to_path_buf).unwrap_or_default())),
        }
    }

    /// The shared map's side, if the map is shared.
    pub fn shared(&self) -> Option<&SharedMap> {
        self.shared.as_ref()
    }

    /// The shared map's side, to take what arrived or failed.
    pub fn shared_mut(&mut self) -> Option<&mut SharedMap> {
        self.shared.as_mut()
    }

    /// Takes `merged` as the map, not as an undo step; with `by_others`,
    /// what changed is others' (undo leaves it alone).
    pub(super) fn absorb(&mut self, merged: Merged, by_others: bool) -> Result<(), ShareError> {
        let Some(map) = &mut self.shared else { return Ok(()) };
        map.took(&merged.document, by_others)?;
        map.revived = merged.revived;
        map.dropped = merged.dropped;
        if merged.document == *self.file.doc() {
            return Ok(());
        }
        self.file.set_doc(merged.document);
        self.display.stop_glide();
        self.file.remeasure();
        self.layout.seen(self.file.doc(), self.file.measured());
        if self.file.doc().nodes().any(|node| node.position.is_none()) {
            self.run_layout(Scope::Missing, Purpose::Open, &Selection::default());
        }
        self.changed();
        Ok(())
    }

    /// Records the map into the replica, unless typing goes on.
    pub(super) fn record_shared(&mut self) {
        let typing = self.typing;
        let Some(map) = &mut self.shared else { return };
        if typing {
            map.pending = true;
        } else if let Err(err) = map.record(self.file.doc()) {
            map.fail(err.to_string());
        }
    }

    /// Records what typing left unrecorded.
    pub(super) fn flush_shared(&mut self) {
        self.typing = false;
        if self.shared.as_ref().is_some_and(|map| map.pending) {
            self.record_shared();
        }
    }
}
