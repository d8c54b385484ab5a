//! The map's file changed on disk by someone else: noticed before a save,
//! when the window gets the focus back, and by a cheap look every few
//! seconds; then the dialog offers to merge their version in (one undo
//! step, nothing of either lost), to reload it (no unsaved changes), or
//! to save this map as a new file.

use std::time::Duration;

use super::SectormapApp;
use super::disk_dialog::{DiskAnswer, DiskOffer};
use super::files::Purpose;
use super::modal::Modal;
use sectormap_core::editor::Session;
use sectormap_core::editor::session::DiskVersion;
use sectormap_core::io::FileStamp;
use sectormap_core::tr;

/// Seconds between looks at the map's file.
const CHECK_EVERY: f64 = 2.0;

/// When the map's file is next looked at, and the version of it the user
/// already said to leave alone (not offered again until it changes again).
#[derive(Debug, Default)]
pub struct DiskWatch {
    next_check: f64,
    ignored: Option<FileStamp>,
}

impl SectormapApp {
    /// Looks at the map's file when the window gets the focus back and
    /// every [`CHECK_EVERY`] seconds, and offers its new version if someone
    /// else changed it (never over another dialog).
    pub(super) fn watch_disk(&mut self, ctx: &egui::Context, now: f64) {
        let Some(path) = self.work.session.path().map(std::path::Path::to_path_buf) else { return };
        let focused = ctx.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::WindowFocused(true))));
        if self.modals.is_open() || (!focused && now < self.disk.next_check) {
            return;
        }
        self.disk.next_check = now + CHECK_EVERY;
        ctx.request_repaint_after(Duration::from_secs_f64(CHECK_EVERY));
        if !self.work.session.changed_on_disk() {
            self.disk.ignored = None;
            return;
        }
        let seen = self.disk.ignored.as_ref();
        if seen.is_some_and(|seen| FileStamp::read(&path).is_ok_and(|now| now.same_content(seen))) {
            return;
        }
        self.offer_disk_version();
    }

    /// Opens the dialog on the version of the map's file on disk.
    pub(super) fn offer_disk_version(&mut self) {
        let Some(read) = self.work.session.read_disk() else { return };
        // A shared map's file holding edits from outside is merged in,
        // never reloaded over what the shared folder holds.
        let offer = DiskOffer {
            name: self.work.session.name(),
            dirty: self.work.session.is_dirty() || self.work.session.shared().is_some(),
            version: read.map(Box::new).map_err(|err| err.to_string()),
        };
        self.modals.open(Modal::ChangedOnDisk(Box::new(offer)));
    }

    /// Carries out the answer to the dialog.
    pub(super) fn answer_disk(&mut self, ctx: &egui::Context, answer: DiskAnswer) {
        match answer {
            DiskAnswer::Merge(version) => self.merge_disk(*version),
            DiskAnswer::Reload => self.reload_disk(),
            DiskAnswer::SaveAsNew => self.ask(ctx, Purpose::SaveAs),
            DiskAnswer::Cancel(stamp) => {
                self.disk.ignored = stamp;
                self.background.after_save = None;
            }
        }
    }

    /// Merges the version on disk into the open map as one undo step: the
    /// map is then unsaved, and saving writes both.
    fn merge_disk(&mut self, version: DiskVersion) {
        // Planned again: the map may have moved on while the dialog was open.
        let merge = self.work.session.plan_disk(&version.doc);
        let plan = &merge.plan;
        if !merge.is_empty() {
            let label = self.language().tr("disk-merge-undo");
            if let Err(err) = self.work.edit(merge.edit(), &label, None, None) {
                self.status.error(err);
                return;
            }
        }
        self.work.session.adopt_disk(version.stamp, version.doc);
        self.disk.ignored = None;
        self.status.info(tr!(
            self.language(),
            "disk-merged",
            added = plan.added_nodes.len(),
            changed = plan.changed_nodes.len() + plan.changed_links.len(),
            links = plan.added_links.len()
        ));
    }

    /// Opens the version on disk in place of the open map (which has no
    /// unsaved changes).
    fn reload_disk(&mut self) {
        let Some(path) = self.work.session.path().map(std::path::Path::to_path_buf) else { return };
        match Session::open(&path) {
            Ok(session) => {
                self.replace_session(session);
                self.disk.ignored = None;
                self.status.info(tr!(self.language(), "disk-reloaded", path = path.display().to_string()));
            }
            Err(err) => self.show_load_error(&path, &err),
        }
    }
}
