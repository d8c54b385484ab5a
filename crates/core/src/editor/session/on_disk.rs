//! The map's file changed on disk by someone else (another editor, a
//! script): telling so, and reading that version to merge it in
//! (`disk_merge.rs`), so that nothing of either is lost.

use super::Session;
use super::disk_merge::DiskMerge;
use crate::io::{self, FileStamp, LoadError, OnDisk};
use crate::model::Document;

/// The version of the map's file on disk, read, with what merging it into
/// the open map will do.
#[derive(Clone, Debug)]
pub struct DiskVersion {
    /// The map in the file.
    pub doc: Document,
    /// What was read of the file.
    pub stamp: FileStamp,
    /// Merging it into the open map.
    pub merge: DiskMerge,
}

impl Session {
    /// Whether the map's file still holds what was last read or written of
    /// it: a cheap look at its length and time, its content hashed only
    /// when they moved.
    /// On a shared map, a file another device's save rewrote counts as the
    /// same once that device's changes are merged.
    pub fn on_disk(&mut self) -> OnDisk {
        let plain = self.file.on_disk();
        self.shared_on_disk(plain)
    }

    /// Whether someone else changed the map's file since it was opened or
    /// last saved.
    pub fn changed_on_disk(&mut self) -> bool {
        self.on_disk() == OnDisk::Changed
    }

    /// Reads the map's file as it is on disk now and plans merging it into
    /// the open map; `None` for a map not saved yet.
    pub fn read_disk(&self) -> Option<Result<DiskVersion, LoadError>> {
        let path = self.path()?;
        Some(io::load_stamped(path).map(|(doc, stamp)| {
            let merge = self.plan_disk(&doc);
            DiskVersion { doc, stamp, merge }
        }))
    }

    /// Plans merging `theirs`, a version of the map's file someone else
    /// saved, into the open map: only what they changed comes in.
    pub fn plan_disk(&self, theirs: &Document) -> DiskMerge {
        DiskMerge::plan(self.file.base(), self.doc(), theirs)
    }

    /// Notes that the open map now has what the file held when `stamp` was
    /// taken (`theirs`, merged in): saving may replace that version.
    pub fn adopt_disk(&mut self, stamp: FileStamp, theirs: Document) {
        self.file.adopt(stamp, theirs);
        if let Some(map) = self.shared_mut() {
            map.outside = false;
        }
    }
}
