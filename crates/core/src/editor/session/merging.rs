//! Others' changes to a shared map coming in: the device files that moved
//! in the shared folder, a device file sent by email (previewed first),
//! and a value that lost restored; and this device's changes going out.

use std::path::Path;

use super::Session;
use crate::editor::shared::{Arrived, ChangePreview, look};
use crate::share::{Arrival, Device, Replica, ShareError, read_device_file};

impl Session {
    /// Merges the device files that changed since last looked at; returns
    /// whether the map changed. Nothing is merged while layout work runs
    /// (its result must fit the map it was made for).
    pub fn pull_shared(&mut self) -> Result<bool, ShareError> {
        if self.is_busy() || self.shared.is_none() {
            return Ok(false);
        }
        self.flush_shared();
        let Some(map) = &mut self.shared else { return Ok(false) };
        let moved = map.watch.moved(look(&map.shared.folder)?);
        if moved.is_empty() {
            return Ok(false);
        }
        let mut arrival = Arrival::default();
        let mut failed = None;
        for path in moved {
            match map.shared.merge_file(&path) {
                Ok(more) => {
                    arrival.changed.extend(more.changed);
                    arrival.conflicts.extend(more.conflicts);
                    arrival.log.extend(more.log);
                }
                Err(err) => failed = Some(err),
            }
        }
        map.arrived(&arrival);
        let merged = map.shared.document()?;
        let before = self.revision();
        self.absorb(merged, true)?;
        match failed {
            Some(err) => Err(err),
            None => Ok(self.revision() != before),
        }
    }

    /// What merging the device file at `path` would do, nothing changed yet.
    pub fn preview_changes(&mut self, path: &Path) -> Result<ChangePreview, ShareError> {
        self.flush_shared();
        let bytes = read_device_file(path)?;
        let (mut replica, shares) = match &self.shared {
            Some(map) => {
                (Replica::load(map.device().clone(), &map.shared.replica.state(), "this map")?, false)
            }
            None => (Replica::new(Device::fresh("")), true),
        };
        let arrival = replica.apply(&bytes, &path.display().to_string())?;
        let merged = replica.document()?;
        let mut preview = ChangePreview::between(path.to_path_buf(), self.doc(), &merged.document)?;
        preview.conflicts = arrival.conflicts.len();
        preview.shares = shares;
        for entry in &arrival.log {
            if !preview.from.contains(&entry.name) {
                preview.from.push(entry.name.clone());
            }
        }
        Ok(preview)
    }

    /// Merges the device file at `path` (sent by email) into the shared
    /// map; the map then has unsaved changes.
    pub fn merge_changes(&mut self, path: &Path) -> Result<Arrived, ShareError> {
        self.flush_shared();
        let Some(map) = &mut self.shared else {
            return Err(ShareError::NotShared(self.path().map(Path::to_path_buf).unwrap_or_default()));
        };
        let arrival = map.shared.merge_file(path)?;
        map.arrived(&arrival);
        let arrived = map.take_arrived().unwrap_or_default();
        let merged = map.shared.document()?;
        self.absorb(merged, true)?;
        self.file.mark_unsaved();
        Ok(arrived)
    }

    /// Puts back the kept value `key` as this device's change; the map then
    /// has unsaved changes.
    pub fn restore_kept(&mut self, key: &str) -> Result<(), ShareError> {
        self.flush_shared();
        let Some(map) = &mut self.shared else {
            return Err(ShareError::NoSuchKept(key.to_owned()));
        };
        map.shared.replica.restore(key)?;
        let merged = map.shared.document()?;
        self.absorb(merged, false)?;
        self.file.mark_unsaved();
        Ok(())
    }

    /// Local changes not sent yet, each a Yjs update (for a sync server).
    pub fn take_outbox(&mut self) -> Vec<Vec<u8>> {
        self.flush_shared();
        self.shared.as_mut().map(|map| map.shared.replica.take_outbox()).unwrap_or_default()
    }
}
