//! File > Export web page…: a small dialog (full page or for embedding),
//! then the native save dialog; the page is made by the one export path
//! (`export.rs`), as `sectormap html` makes it.

use egui::{Id, Modal};

use super::SectormapApp;
use super::files::Purpose;
use crate::lang::Speak;

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
}
