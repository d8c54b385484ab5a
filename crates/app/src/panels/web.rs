//! The web page dialog (File > Export web page…): the full page, or one
//! for embedding. The page is made and written on a worker by the one
//! export path (`app/file.rs`, `app/export.rs`), as `sectormap html` makes it.

use egui::{Id, Modal};

use super::export::ExportReply;
use crate::lang::Speak;

/// Shows the dialog; `embed` is whether the page is for embedding.
pub fn dialog(ctx: &egui::Context, embed: &mut bool) -> Option<ExportReply> {
    let lang = ctx.lang();
    let mut go = None;
    let modal = Modal::new(Id::unique("sectormap-web-export")).show(ctx, |ui| {
        ui.heading(lang.tr("dialog-web-title"));
        ui.add_space(6.0);
        ui.checkbox(embed, lang.tr("dialog-web-embed"));
        ui.add_space(8.0);
        go = crate::widgets::go_or_cancel(ui, &lang.tr("menu-export"), true);
    });
    if go.is_none() && modal.should_close() {
        go = Some(false);
    }
    go.map(ExportReply::from_go)
}
