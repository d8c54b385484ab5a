//! File > Export briefing…: the dialog, then a save dialog for the PDF,
//! then the briefing made and written on a worker by the one export path,
//! exactly as `sectormap briefing` makes it (same map, positions, pages).

use std::path::Path;

use super::SectormapApp;
use super::files::Purpose;
use crate::panels::briefing;
use crate::panels::export::ExportReply;
use sectormap_core::export::Content;
use sectormap_core::format::Format;

impl SectormapApp {
    /// The map's saved views by name.
    fn view_names(&self) -> Vec<String> {
        self.work.session.doc().views.iter().map(|v| v.name.clone()).collect()
    }

    /// Shows the briefing dialog while it is open.
    pub(super) fn show_briefing(&mut self, ctx: &egui::Context) {
        if !self.briefing_open {
            return;
        }
        let views = self.view_names();
        match briefing::dialog(ctx, &mut self.briefing, &views) {
            Some(ExportReply::Export) => {
                self.briefing_open = false;
                self.ask(ctx, Purpose::Export(Format::Pdf));
            }
            Some(ExportReply::Cancel) => self.briefing_open = false,
            None => {}
        }
    }

    /// Makes the briefing of the map as it is now and writes it to `path`.
    pub(super) fn start_briefing(&mut self, ctx: &egui::Context, path: &Path) {
        let options = self.briefing.options(&self.view_names(), self.language());
        let request = self.request(Content::Briefing(options), Format::Pdf);
        self.start_job(ctx, request, path);
    }
}
