//! The writers that replace a map never replace one someone else changed
//! while they ran (an editor's save, another script), unless `--force`
//! says to: what is at the output path is noted when the run begins and
//! compared just before the atomic write.

use std::path::Path;

use sectormap_core::io::{Unchanged, save_path};
use sectormap_core::model::Document;

/// The output of a run, as it was when the run began.
pub(crate) struct Output<'a> {
    path: &'a Path,
    noted: Unchanged,
    force: bool,
}

impl<'a> Output<'a> {
    /// Notes what is at `path` now; with `force`, it is replaced whatever
    /// happens to it meanwhile.
    pub(crate) fn note(path: &'a Path, force: bool) -> Self {
        Self { path, noted: Unchanged::note(path), force }
    }

    /// Saves `document` there (atomically, keeping a .bak), unless the
    /// file changed since the run began and `--force` was not given.
    pub(crate) fn save(&self, document: &Document) -> anyhow::Result<()> {
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
