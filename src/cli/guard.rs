//! The writers that replace a map never replace one someone else changed
//! while they ran (an editor's save, another script), unless `--force`
//! says to: what is at the output path is noted when the run begins and
//! compared just before the atomic write.
//!
//! A shared map (one with a `MAP.shared/` folder) is written differently:
//! the run's changes (from the map as it was when the run began) are
//! recorded in this device's file, merged with everyone's, and the merged
//! map is written, so another device's changes are never overwritten.

use std::path::Path;

use sectormap_core::io::{Unchanged, save_path};
use sectormap_core::model::Document;

/// The output of a run, as it was when the run began.
pub(crate) struct Output<'a> {
    path: &'a Path,
    noted: Unchanged,
    force: bool,
    /// The shared map as it was when the run began.
    shared_base: Option<Document>,
}

impl<'a> Output<'a> {
    /// Notes what is at `path` now; with `force`, it is replaced whatever
    /// happens to it meanwhile.
    pub(crate) fn note(path: &'a Path, force: bool) -> Self {
        let shared_base = sectormap_core::share::Folder::beside(path)
            .exists()
            .then(|| sectormap_core::io::load_path(path).ok())
            .flatten();
        Self { path, noted: Unchanged::note(path), force, shared_base }
    }

    /// Saves `document` there (atomically, keeping a .bak), unless the
    /// file changed since the run began and `--force` was not given.
    pub(crate) fn save(&self, document: &Document) -> anyhow::Result<()> {
        if let Some(base) = &self.shared_base {
            let device = super::share::device(None)?;
            let name = device.name.clone();
            let synced = sectormap_core::share::write_shared(self.path, base, document, device)?;
            eprintln!(
                "{}: shared map; {} field(s) recorded as {}'s changes, merged with {} device file(s)",
                self.path.display(),
                synced.recorded,
                name,
                synced.pulled.files
            );
            return Ok(());
        }
        if !self.force && !self.noted.holds(self.path) {
            anyhow::bail!(
                "{}: changed on disk while this command ran (someone else saved it); not replaced. Run the command again to work on their version, or add --force to replace it",
                self.path.display()
            );
        }
        save_path(document, self.path)?;
        Ok(())
    }
}
