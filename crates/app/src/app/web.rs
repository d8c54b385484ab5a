//! File > Export web page…: a small dialog (full page or for embedding),
//! the native save dialog, then the page made and written on a worker by
//! the same function as `sectormap html`.

use std::path::Path;

use egui::{Id, Modal};

use super::SectormapApp;
use super::export::Running;
use super::files::Purpose;
use crate::lang::Speak;
use sectormap_core::i18n::Language;
use sectormap_core::model::map_language;
use sectormap_core::tr;
use sectormap_core::web::{PageOptions, page};

impl SectormapApp {
    /// Shows the web page dialog while it is open.
    pub(super) fn show_web_dialog(&mut self, ctx: &egui::Context) {
        let Some(mut embed) = self.web_dialog else { return };
        let lang = ctx.lang();
        let mut go = None;
        let modal = Modal::new(Id::unique("sectormap-web-export")).show(ctx, |ui| {
            ui.heading(lang.tr("dialog-web-title"));
            ui.add_space(6.0);
            ui.checkbox(&mut embed, lang.tr("dialog-web-embed"));
            ui.add_space(8.0);
            go = crate::widgets::go_or_cancel(ui, &lang.tr("menu-export"), true);
        });
        if go.is_none() && modal.should_close() {
            go = Some(false);
        }
        self.web_dialog = go.is_none().then_some(embed);
        if go == Some(true) {
            self.ask(ctx, Purpose::Web(embed));
        }
    }

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
        self.running_export = Some(Running::job(ctx, move || {
            let html = page(&shown, &PageOptions { embed, words }).map_err(|err| err.to_string())?;
            sectormap_core::pipeline::write_picture(&path, html.as_bytes())
                .map_err(|err| format!("{}: not written: {err}", path.display()))?;
            Ok(path)
        }));
    }
}
