//! File > Export briefing…: the dialog, then a save dialog for the PDF,
//! then the briefing made and written on a worker thread, exactly as
//! `sectormap briefing` makes it (same map, same positions, same pages).

use std::path::Path;

use super::SectormapApp;
use super::export::Running;
use sectormap_core::tr;

impl SectormapApp {
    /// The map's saved views by name.
    fn view_names(&self) -> Vec<String> {
        self.work.session.doc().views.iter().map(|v| v.name.clone()).collect()
    }

    /// Makes the briefing of the map as it is now and writes it to `path`.
    pub(super) fn start_briefing(&mut self, ctx: &egui::Context, path: &Path) {
        let lang = self.language();
        let options = self.modals.briefing().options(&self.view_names(), lang);
        // The map in the language on screen, where its nodes are.
        let doc = self.work.session.doc();
        let document =
            self.work.view.shown_language(doc).map_or_else(|| doc.clone(), |tag| doc.localized(tag));
        let target = path.to_path_buf();
        self.settings.export.folder = path.parent().map(Path::to_path_buf);
        self.status.info(tr!(lang, "status-exporting", path = path.display().to_string()));
        self.background.start_export(Running::job(ctx, move || {
            let bytes =
                sectormap_core::briefing::to_pdf(&document, &options).map_err(|err| err.to_string())?;
            sectormap_core::pipeline::write_picture(&target, &bytes)
                .map_err(|err| format!("{}: not written: {err}", target.display()))?;
            Ok(target)
        }));
    }
}
