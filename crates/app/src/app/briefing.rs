//! File > Export briefing…: once the dialog is answered and a PDF path
//! chosen, the briefing is made and written on a worker by the one export
//! path, exactly as `sectormap briefing` makes it (same map, positions, pages).

use std::path::Path;

use super::SectormapApp;
use sectormap_core::export::Content;
use sectormap_core::format::Format;

impl SectormapApp {
    /// The map's saved views by name.
    pub(super) fn view_names(&self) -> Vec<String> {
        self.work.session.doc().views.iter().map(|v| v.name.clone()).collect()
    }

    /// Makes the briefing of the map as it is now and writes it to `path`.
    pub(super) fn start_briefing(&mut self, ctx: &egui::Context, path: &Path) {
        let options = self.modals.briefing().options(&self.view_names(), self.language());
        let request = self.request(Content::Briefing(options), Format::Pdf);
        self.start_job(ctx, request, path);
    }
}
