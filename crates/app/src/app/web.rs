//! File > Export web page…: a small dialog (full page or for embedding),
//! the native save dialog, then the page made and written on a worker by
//! the same function as `sectormap html`.

use std::path::Path;

use super::SectormapApp;
use super::export::Running;
use sectormap_core::i18n::Language;
use sectormap_core::model::map_language;
use sectormap_core::tr;
use sectormap_core::web::{PageOptions, page};

impl SectormapApp {
    /// Makes the page of the map as shown (in the map language on screen)
    /// and writes it to `path` in the background.
    pub(super) fn start_web_export(&mut self, ctx: &egui::Context, path: &Path, embed: bool) {
        let doc = self.work.session.doc();
        let shown = match self.work.view.localized(doc) {
            Some((localized, _)) => localized,
            None => doc.clone(),
        };
        let words = Language::from_tag(map_language(&shown));
        let path = path.to_path_buf();
        self.settings.export.folder = path.parent().map(Path::to_path_buf);
        self.status.info(tr!(self.language(), "status-exporting", path = path.display().to_string()));
        self.background.start_export(Running::job(ctx, move || {
            let html = page(&shown, &PageOptions { embed, words }).map_err(|err| err.to_string())?;
            sectormap_core::pipeline::write_picture(&path, html.as_bytes())
                .map_err(|err| format!("{}: not written: {err}", path.display()))?;
            Ok(path)
        }));
    }
}
