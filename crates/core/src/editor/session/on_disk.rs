//! The map's file changed on disk by someone else (another editor, a
//! script): telling so, and reading that version to merge it in through
//! the same merge as File > Import, so that nothing of either is lost.
//!
//! The merge is three-way: what they left as it was when this map was
//! read (or last saved) merges in as this map has it now, so their
//! version never undoes an edit made here; what they added or changed
//! comes in; what was deleted here and left alone by them stays deleted.

use super::Session;
use crate::interchange::{MergePlan, plan_merge};
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
    pub plan: MergePlan,
}

impl Session {
    /// Whether the map's file still holds what was last read or written of
    /// it: a cheap look at its length and time, its content hashed only
    /// when they moved.
    pub fn on_disk(&mut self) -> OnDisk {
        self.file.on_disk()
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
            let plan = self.plan_disk(&doc);
            DiskVersion { doc, stamp, plan }
        }))
    }

    /// Plans merging `theirs`, a version of the map's file someone else
    /// saved, into the open map: only what they changed comes in.
    pub fn plan_disk(&self, theirs: &Document) -> MergePlan {
        match self.file.base() {
            Some(base) => plan_merge(self.doc(), &their_changes(base, self.doc(), theirs)),
            None => plan_merge(self.doc(), theirs),
        }
    }

    /// Notes that the open map now has what the file held when `stamp` was
    /// taken (`theirs`, merged in): saving may replace that version.
    pub fn adopt_disk(&mut self, stamp: FileStamp, theirs: Document) {
        self.file.adopt(stamp, theirs);
    }
}

/// `theirs` with what they left as it was in `base` taken from `mine`
/// (left out where `mine` deleted it), so that merging it into `mine`
/// brings in their changes alone.
fn their_changes(base: &Document, mine: &Document, theirs: &Document) -> Document {
    let mut incoming = theirs.clone();
    for node in theirs.nodes().filter(|n| base.node(&n.id) == Some(*n)) {
        match mine.node(&node.id) {
            Some(my) if my.kind == node.kind => {
                let _ = incoming.replace_node(my.clone());
            }
            Some(_) => {}
            None => {
                let _ = incoming.remove_node(&node.id);
            }
        }
    }
    for (link, from, to) in theirs.links().filter(|l| base.link(&l.0.id) == Some(*l)) {
        match mine.link(&link.id) {
            Some((my, f, t)) if (f, t) == (from, to) => {
                let _ = incoming.replace_link(my.clone());
            }
            Some(_) => {}
            None => {
                let _ = incoming.remove_link(&link.id);
            }
        }
    }
    if theirs.meta == base.meta {
        incoming.meta = mine.meta.clone();
    }
    incoming
}
