//! Importing from other tools (File > Import...): the file read into a
//! preview first, then a new map or one merge step. (File > Export data...
//! is an export like the others: `file.rs` and `export.rs`.)

use std::path::Path;

use super::SectormapApp;
use super::dialogs::Then;
use super::modal::Modal;
use sectormap_core::editor::{ImportMode, ImportPreview, Selection, Session};
use sectormap_core::model::Document;
use sectormap_core::tr;

impl SectormapApp {
    /// Reads `path` and shows what importing it will do; nothing changes
    /// yet. Kinds chosen when this file was imported before are chosen again.
    pub(super) fn read_import(&mut self, path: &Path) {
        let choices = self.settings.import_choices(path);
        match ImportPreview::read_with(path, self.work.session.doc(), choices) {
            Ok(preview) => self.modals.open(Modal::Import(Box::new(preview))),
            Err(err) => {
                self.status.error(tr!(self.language(), "import-failed", path = path.display().to_string()));
                self.modals.open(Modal::Error {
                    title: self.language().tr("import-failed-title"),
                    lines: err.problems.iter().map(|p| format!("{}: {p}", err.file)).collect(),
                });
            }
        }
    }

    /// Opens the map imported as new (after any unsaved-changes question).
    pub(super) fn open_imported(&mut self, doc: Document) {
        self.replace_session(Session::imported(doc));
        self.status.info(self.language().tr("import-opened"));
    }

    /// Imports as the preview says: a new map, one merge step, or a reply
    /// pack's replies.
    pub(super) fn finish_import(&mut self, ctx: &egui::Context, preview: ImportPreview) {
        if self.import_replies(&preview) {
            return;
        }
        match preview.mode {
            ImportMode::NewMap => {
                let Some(doc) = preview.document().cloned() else { return };
                self.unless_dirty(ctx, Then::ImportNew(Box::new(doc)));
            }
            ImportMode::Merge => {
                let Some(plan) = preview.plan.as_ref() else { return };
                let added: Vec<String> = plan.added_nodes.iter().map(|(id, _)| id.clone()).collect();
                let label = tr!(self.language(), "import-undo", file = preview.file_name());
                let select = Selection { nodes: added.into_iter().collect(), links: Default::default() };
                match self.work.edit(plan.edit(), &label, None, Some(select)) {
                    Ok(()) => self.status.info(tr!(
                        self.language(),
                        "import-merged",
                        added = plan.added_nodes.len(),
                        changed = plan.changed_nodes.len() + plan.changed_links.len(),
                        links = plan.added_links.len()
                    )),
                    Err(err) => self.status.error(err),
                }
            }
        }
    }
}
