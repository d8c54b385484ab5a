//! The briefs dialog (File > Export briefs…, or Export brief… in a
//! department's context menu): which format, PDF, Word or HTML, and for
//! how many departments. Once a folder (or, for one department, a file)
//! is chosen, the briefs are made and written on a worker by the one
//! export path, as `sectormap brief` makes them.

use egui::{Id, Modal};

use super::export::ExportReply;
use crate::lang::Speak;
use sectormap_core::format::Format;
use sectormap_core::model::{Document, NodeKind};
use sectormap_core::tr;

/// The formats a brief is offered in, with their message ids.
const FORMATS: [(Format, &str); 3] =
    [(Format::Pdf, "briefs-pdf"), (Format::Docx, "briefs-docx"), (Format::Html, "briefs-html")];

/// Shows the dialog for `department`'s brief (its id), or every
/// department's when `None`; `format` is the format chosen.
pub fn dialog(
    ctx: &egui::Context,
    department: Option<&str>,
    format: &mut Format,
    doc: &Document,
) -> Option<ExportReply> {
    let lang = ctx.lang();
    let mut go = None;
    let modal = Modal::new(Id::unique("sectormap-briefs")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        let count = doc.nodes().filter(|n| n.kind == NodeKind::Department).count();
        let name = department.and_then(|id| doc.node(id)).map(|n| n.label.clone());
        match &name {
            Some(name) => {
                ui.heading(lang.tr("brief-dialog-title"));
                ui.label(tr!(lang, "brief-dialog-intro", department = name.as_str()));
            }
            None => {
                ui.heading(lang.tr("briefs-title"));
                ui.label(lang.tr("briefs-intro"));
            }
        }
        ui.add_space(6.0);
        for (choice, id) in FORMATS {
            ui.radio_value(format, choice, lang.tr(id));
        }
        ui.add_space(6.0);
        let ready = match &name {
            Some(_) => true,
            None => {
                ui.label(tr!(lang, "briefs-count", count = count));
                count > 0
            }
        };
        ui.weak(lang.tr(if name.is_some() { "brief-dialog-note" } else { "briefs-note" }));
        ui.add_space(8.0);
        let verb = if name.is_some() { "brief-dialog-export" } else { "briefs-export" };
        go = crate::widgets::go_or_cancel(ui, &lang.tr(verb), ready);
    });
    if go.is_none() && modal.should_close() {
        go = Some(false);
    }
    go.map(ExportReply::from_go)
}
