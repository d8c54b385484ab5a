//! Revisions of the open map, unique across every map opened in this
//! process: anything cached for one revision (a scene, the report card, the
//! gaps) can never be taken for another map's.

use std::sync::atomic::{AtomicU64, Ordering};

/// One state of the open map, as far as caches are concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Revision(u64);

impl Revision {
    /// A revision no map in this process has had before.
    pub fn next() -> Self {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Revision(NEXT.fetch_add(1, Ordering::Relaxed))
    }
}
