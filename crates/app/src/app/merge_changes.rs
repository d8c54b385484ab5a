//! File > Merge changes from…: another device's file of a shared map (sent
//! by email), previewed (what it adds, changes and removes) and merged; a
//! map not shared yet is shared from that file, with the name asked when
//! this device has none.

use std::path::Path;

use super::SectormapApp;
use super::files::Purpose;
use super::modal::Modal;
use super::share_dialog::{MergeForm, NameField};
use super::sharing::system_name;
use sectormap_core::tr;

impl SectormapApp {
    /// File > Merge changes from…: asks for the device file (the map must
    /// have been saved, to be shared).
    pub(super) fn offer_merge(&mut self, ctx: &egui::Context) {
        if self.work.session.path().is_none() {
            let lang = self.language();
            let lines = vec![lang.tr("merge-untitled")];
            self.modals.open(Modal::Error { title: lang.tr("merge-failed-title"), lines });
            return;
        }
        self.ask(ctx, Purpose::MergeChanges);
    }

    /// Shows what merging the device file at `path` would do.
    pub(super) fn preview_merge(&mut self, path: &Path) {
        let lang = self.language();
        match self.work.session.preview_changes(path) {
            Ok(preview) => {
                let ask = preview.shares && self.sharing.known_name().is_none();
                let field = ask.then(|| NameField::new(system_name()));
                self.modals.open(Modal::MergeChanges(Box::new(MergeForm { preview, field })));
            }
            Err(err) => {
                self.modals.open(Modal::Error {
                    title: lang.tr("merge-failed-title"),
                    lines: vec![err.to_string()],
                });
            }
        }
    }

    /// Merges the device file at `path`; a map not shared yet is shared
    /// from it first, as `name` if given.
    pub(super) fn merge_from(&mut self, path: &Path, name: Option<&str>) {
        let lang = self.language();
        let merged = if self.work.session.shared().is_some() {
            self.work.session.merge_changes(path)
        } else {
            let Some(device) = self.device(name) else { return };
            let current = self.work.session.path().map(Path::to_path_buf);
            if let Some(current) = current.filter(|_| self.work.session.is_dirty())
                && !self.save_as(&current)
            {
                return;
            }
            self.work.session.share_from(device, path)
        };
        self.work.after_shared();
        match merged {
            Ok(arrived) => {
                let names = arrived.from.join(", ");
                let id = if self.work.session.is_dirty() { "merge-done" } else { "merge-done-saved" };
                self.status.info(tr!(lang, id, names = names, count = arrived.records));
            }
            Err(err) => {
                self.modals.open(Modal::Error {
                    title: lang.tr("merge-failed-title"),
                    lines: vec![err.to_string()],
                });
            }
        }
    }
}
