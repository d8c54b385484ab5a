//! Looking at a shared folder for device files that changed: their length
//! and time of change, compared with what was seen last, so that only the
//! files that moved are read and merged.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::share::{Folder, ShareError};

/// A device file's length and time of change.
type Stamp = (u64, Option<SystemTime>);

/// The device files of a shared folder as last seen.
#[derive(Clone, Debug, Default)]
pub(crate) struct FolderWatch {
    seen: BTreeMap<PathBuf, Stamp>,
}

/// The device files in `folder` now, with their stamps.
pub(crate) fn look(folder: &Folder) -> Result<BTreeMap<PathBuf, Stamp>, ShareError> {
    Ok(folder.device_files()?.into_iter().map(|path| (path.clone(), stamp(&path))).collect())
}

fn stamp(path: &Path) -> Stamp {
    std::fs::metadata(path).map_or((0, None), |meta| (meta.len(), meta.modified().ok()))
}

impl FolderWatch {
    /// A watch that has seen `files`.
    pub fn seeing(files: BTreeMap<PathBuf, Stamp>) -> Self {
        Self { seen: files }
    }

    /// The files of `now` that are new or moved since last seen, and
    /// notes them as seen.
    pub fn moved(&mut self, now: BTreeMap<PathBuf, Stamp>) -> Vec<PathBuf> {
        let moved = now.iter().filter(|(path, at)| self.seen.get(*path) != Some(at)).map(|(p, _)| p.clone());
        let moved = moved.collect();
        self.seen = now;
        moved
    }

    /// Notes `path` as seen as it is now (a file this session just wrote).
    pub fn note(&mut self, path: &Path) {
        self.seen.insert(path.to_path_buf(), stamp(path));
    }

    /// How many device files the folder had when last looked at, counting
    /// `own` (this device's, written at its first save) whether there or not.
    pub fn count(&self, own: &Path) -> usize {
        self.seen.len() + usize::from(!self.seen.contains_key(own))
    }
}
