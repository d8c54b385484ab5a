//! Importing from other tools (File > Import...) and exporting data (File >
//! Export data...): the preview first, then a new map or one merge step.

use std::path::Path;

use super::SectormapApp;
use super::dialogs::{Dialog, Then};
use super::files::Purpose;
use crate::panels::import::{self as panel, DataReply, ImportReply};
use sectormap_core::editor::{ImportMode, ImportPreview, Selection, Session};
use sectormap_core::tr;

impl SectormapApp {
    /// Reads `path` and shows what importing it will do; nothing changes yet.
    pub(super) fn read_import(&mut self, path: &Path) {
        match ImportPreview::read(path, self.work.session.doc()) {
            Ok(preview) => self.import = Some(preview),
            Err(err) => {
                self.status.error(tr!(self.language(), "import-failed", path = path.display().to_string()));
                self.dialog = Some(Dialog::Error {
                    title: self.language().tr("import-failed-title"),
                    lines: err.problems.iter().map(|p| format!("{}: {p}", err.file)).collect(),
                });
            }
        }
    }

    /// Opens the map imported as new (after any unsaved-changes question).
    pub(super) fn open_imported(&mut self) {
        if let Some(doc) = self.pending_import.take() {
            self.replace_session(Session::imported(doc));
            self.status.info(self.language().tr("import-opened"));
        }
    }

    fn finish_import(&mut self, preview: ImportPreview) {
        match preview.mode {
            ImportMode::NewMap => {
                let Some(doc) = preview.document().cloned() else { return };
                self.pending_import = Some(doc);
                if self.work.session.is_dirty() {
                    self.dialog = Some(Dialog::Unsaved(Then::ImportNew));
                } else {
                    self.open_imported();
                }
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

    /// Shows the import preview and the data-export format choice.
    pub(super) fn show_import_dialogs(&mut self, ctx: &egui::Context) {
        if self.data_export_open {
            match panel::data_dialog(ctx, &mut self.data_format) {
                Some(DataReply::Export) => {
                    self.data_export_open = false;
                    self.ask(ctx, Purpose::Data(self.data_format));
                }
                Some(DataReply::Cancel) => self.data_export_open = false,
                None => {}
            }
        }
        let Some(preview) = &mut self.import else { return };
        match panel::preview(ctx, preview) {
            Some(ImportReply::Choose(name, kind)) => preview.choose(&name, kind, self.work.session.doc()),
            Some(ImportReply::Import) => {
                if let Some(preview) = self.import.take() {
                    self.finish_import(preview);
                }
            }
            Some(ImportReply::Cancel) => self.import = None,
            None => {}
        }
    }
}
