//! The dialog shown when the map's file changed on disk since it was
//! opened or last saved: merge their version in (or reload it, with no
//! unsaved changes), save this map as a new file, or cancel.

use super::dialogs::{self, Reply};
use crate::lang::Speak;
use sectormap_core::editor::session::DiskVersion;
use sectormap_core::io::FileStamp;
use sectormap_core::tr;

/// What the dialog offers: the map's name, whether it has unsaved
/// changes, and the version on disk as read (or why it could not be).
#[derive(Clone, Debug)]
pub struct DiskOffer {
    /// The open map's name.
    pub name: String,
    /// The open map has unsaved changes: offer to merge, not to reload.
    pub dirty: bool,
    /// The version on disk with its merge planned, or why it did not read.
    pub version: Result<Box<DiskVersion>, String>,
}

/// The answer to the dialog.
#[derive(Debug)]
pub enum DiskAnswer {
    /// Merge this version into the open map.
    Merge(Box<DiskVersion>),
    /// Open the version on disk in place of the open map.
    Reload,
    /// Save the open map as a new file.
    SaveAsNew,
    /// Leave it for now; this version (if it read) is not offered again.
    Cancel(Option<FileStamp>),
}

/// Shows the dialog on `offer`.
pub fn show(ctx: &egui::Context, offer: &DiskOffer) -> Option<Reply> {
    let lang = ctx.lang();
    let stamp = offer.version.as_ref().ok().map(|v| v.stamp.clone());
    let cancel = || Reply::Disk(DiskAnswer::Cancel(stamp.clone()));
    dialogs::window(ctx, cancel, |ui| {
        let mut answer = None;
        ui.heading(tr!(lang, "disk-changed-title", name = offer.name.as_str()));
        ui.label(tr!(lang, "disk-changed-text", name = offer.name.as_str()));
        ui.add_space(6.0);
        match &offer.version {
            Ok(version) if offer.dirty => {
                let plan = &version.merge.plan;
                ui.label(tr!(
                    lang,
                    "disk-merge-counts",
                    added = plan.added_nodes.len(),
                    links = plan.added_links.len(),
                    changed = plan.changed_nodes.len() + plan.changed_links.len()
                ));
            }
            Ok(_) => {
                ui.label(lang.tr("disk-clean-text"));
            }
            Err(reason) => {
                ui.label(tr!(lang, "disk-unreadable", reason = reason.as_str()));
            }
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            match &offer.version {
                Ok(version) if offer.dirty => {
                    if ui.button(lang.tr("disk-merge")).clicked() {
                        answer = Some(DiskAnswer::Merge(version.clone()));
                    }
                }
                Ok(_) => {
                    if ui.button(lang.tr("disk-reload")).clicked() {
                        answer = Some(DiskAnswer::Reload);
                    }
                }
                Err(_) => {}
            }
            if ui.button(lang.tr("disk-save-new")).clicked() {
                answer = Some(DiskAnswer::SaveAsNew);
            }
            if ui.button(lang.tr("cancel")).clicked() {
                answer = Some(DiskAnswer::Cancel(stamp.clone()));
            }
        });
        answer.map(Reply::Disk)
    })
}
