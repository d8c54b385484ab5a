//! A shared map's file and history: saving writes the merged map (noted
//! as written, so other devices know it holds nothing new) and this
//! device's file; a map file another device's save rewrote is accepted,
//! not offered as a conflict, once its writer's file has arrived; and undo
//! or redo of a step of yours leaves alone every field others changed since.

use std::path::Path;

use super::{Saved, Session};
use crate::edit::Step;
use crate::editor::selection::Selection;
use crate::editor::shared::keep_theirs;
use crate::io::{FileStamp, OnDisk, SaveError};
use crate::model::{Document, ModelError};
use crate::share::{ShareError, write_map};

/// Why a save wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum NotSaved {
    /// The map could not be written.
    #[error(transparent)]
    Map(#[from] SaveError),
    /// A shared map, or this device's file, could not be written.
    #[error("not saved: {0}")]
    Share(#[from] ShareError),
}

/// Why an undo or redo was not done; the map is as it was.
#[derive(Debug, thiserror::Error)]
pub enum UndoError {
    /// The step does not fit the map any more.
    #[error(transparent)]
    Model(#[from] ModelError),
    /// The step cannot be taken back without taking back someone else's
    /// change made since.
    #[error("it would take back changes others made since ({0})")]
    Others(String),
}

impl Session {
    /// Saves a shared map to its own file: everyone's changes merged, the
    /// map written and noted, then this device's file. A map file holding
    /// edits no device's file knows of is not replaced.
    pub(super) fn save_shared(&mut self) -> Result<Saved, NotSaved> {
        self.flush_shared();
        if self.on_disk() == OnDisk::Changed {
            return Ok(Saved::ChangedOnDisk);
        }
        self.pull_shared()?;
        let doc = self.file.doc().clone();
        let Some(map) = &mut self.shared else { return Ok(Saved::ChangedOnDisk) };
        let path = map.shared.folder.map.clone();
        // This device's file first, then the map (`write_map` does both).
        write_map(&mut map.shared, &doc)?;
        map.watch.note(&map.shared.folder.device_file(map.shared.replica.device()));
        let stamp = FileStamp::read(&path).map_err(|source| SaveError::Io {
            path: path.display().to_string(),
            action: "read back what was written",
            source,
        })?;
        self.file.written(&path, stamp);
        Ok(Saved::Written)
    }

    /// A shared map's file against what was last read or written of it
    /// (`plain`): a file a Sectormap wrote for this map (another device's
    /// save) is the same as far as losing edits goes, once its writer's
    /// file has been merged; it is then taken as read.
    pub(super) fn shared_on_disk(&mut self, plain: OnDisk) -> OnDisk {
        let Some(map) = &self.shared else { return plain };
        if plain == OnDisk::Gone || (plain == OnDisk::Same && !map.outside) {
            return plain;
        }
        if self.accept_file() {
            return OnDisk::Same;
        }
        // Its writer's file may have arrived since the folder was last read.
        if let Err(err) = self.pull_shared()
            && let Some(map) = &mut self.shared
        {
            map.fail(err.to_string());
        }
        if self.accept_file() { OnDisk::Same } else { OnDisk::Changed }
    }

    /// Takes the map's file as read if a Sectormap wrote it for this map.
    fn accept_file(&mut self) -> bool {
        let (Some(map), Some(path)) = (&self.shared, self.file.path()) else { return false };
        let Ok(bytes) = std::fs::read(path) else { return false };
        if !map.shared.written_here(&bytes) {
            return false;
        }
        let text = String::from_utf8_lossy(&bytes);
        let Ok(doc) = crate::io::load_str(&text, &path.display().to_string()) else { return false };
        let stamp = FileStamp::of(&bytes, path);
        self.file.adopt(stamp, doc);
        if let Some(map) = &mut self.shared {
            map.outside = false;
        }
        true
    }

    /// Undoes the last step, leaving others' changes since it as they are.
    pub(super) fn undo_shared(&mut self) -> Result<Option<Step<Selection>>, UndoError> {
        self.flush_shared();
        let state = self.file.history().state();
        let before = self.file.doc().clone();
        let Some(step) = self.file.undo()? else { return Ok(None) };
        if let Err(err) = self.keep_others(&before, state) {
            // Put the step back, and the map exactly as it was.
            let _ = self.file.redo();
            self.file.set_doc(before);
            return Err(err);
        }
        self.stepped_shared(state);
        Ok(Some(step))
    }

    /// Redoes the last undone step, leaving others' changes since its undo
    /// as they are.
    pub(super) fn redo_shared(&mut self) -> Result<Option<Step<Selection>>, UndoError> {
        self.flush_shared();
        let before = self.file.doc().clone();
        let Some(step) = self.file.redo()? else { return Ok(None) };
        let state = self.file.history().state();
        if let Err(err) = self.keep_others(&before, state) {
            let _ = self.file.undo();
            self.file.set_doc(before);
            return Err(err);
        }
        self.stepped_shared(state);
        Ok(Some(step))
    }

    /// Puts back, from `before`, every field others changed since the step
    /// leading to `state` was last done or undone.
    fn keep_others(&mut self, before: &Document, state: u64) -> Result<(), UndoError> {
        let Some(map) = &self.shared else { return Ok(()) };
        let keys = map.guard.since(state);
        if keys.is_empty() {
            return Ok(());
        }
        match keep_theirs(before, self.file.doc(), &keys) {
            Ok(Some(doc)) => self.file.set_doc(doc),
            Ok(None) => {}
            Err(err) => return Err(UndoError::Others(err.to_string())),
        }
        Ok(())
    }

    /// Notes that the step leading to `state` was just done or undone.
    pub(super) fn stepped_shared(&mut self, state: u64) {
        if let Some(map) = &mut self.shared {
            map.guard.stepped(state);
        }
    }

    /// Saves to `path`: a shared map to its own file through its replica,
    /// anything else as any map. A shared map saved elsewhere is no longer
    /// shared (the editor joins the new place's folder, if it has one).
    pub(super) fn save_any(&mut self, path: &Path) -> Result<Saved, NotSaved> {
        if self.shared.is_some() && self.path() == Some(path) {
            return self.save_shared();
        }
        let saved = self.file.save_to(path)?;
        if saved == Saved::Written {
            self.shared = None;
        }
        Ok(saved)
    }
}
