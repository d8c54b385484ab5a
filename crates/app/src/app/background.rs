//! What the window waits for without freezing: the native file dialog on
//! its thread (and what is to follow the save it asks for), and the export
//! being written on a worker.

use super::dialogs::Then;
use super::export::{Done, Running};
use super::files::{FileDialogs, Outcome};

/// Work in flight on other threads.
#[derive(Default)]
pub struct Background {
    /// The native file dialog, if one is open.
    pub files: FileDialogs,
    /// After a Save answered in the unsaved-changes dialog: what comes
    /// next once the map is saved where the user says.
    pub after_save: Option<Then>,
    /// The export being written.
    export: Option<Running>,
}

impl Background {
    /// Writes an export in the background, in place of the one running
    /// (whose result is no longer wanted).
    pub fn start_export(&mut self, running: Running) {
        self.export = Some(running);
    }

    /// The native file dialog's answer, once there is one.
    pub fn poll_files(&mut self) -> Option<Outcome> {
        self.files.poll()
    }

    /// Where the export was written, or why not, once it is done.
    pub fn poll_export(&mut self) -> Option<Result<Done, String>> {
        let result = self.export.as_ref().and_then(Running::poll)?;
        self.export = None;
        Some(result)
    }
}
