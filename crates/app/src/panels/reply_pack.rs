//! The reply packs dialog (File > Export reply packs…): which round's
//! packs to write. Once a folder is chosen, the packs (one workbook per
//! assessed department, named by its id) are made and written on a worker
//! by the one export path, as `sectormap reply-pack` makes them.

use egui::{Id, Modal};

use super::export::ExportReply;
use crate::lang::Speak;
use sectormap_core::interchange::assessed_departments;
use sectormap_core::model::Document;
use sectormap_core::tr;

/// Shows the dialog; `year` is the round chosen (one of the map's).
pub fn dialog(ctx: &egui::Context, year: &mut i32, doc: &Document) -> Option<ExportReply> {
    let lang = ctx.lang();
    let mut go = None;
    let modal = Modal::new(Id::unique("sectormap-reply-packs")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(lang.tr("reply-packs-title"));
        ui.label(lang.tr("reply-packs-intro"));
        ui.add_space(6.0);
        if doc.assessment.rounds.is_empty() {
            ui.label(lang.tr("reply-packs-no-rounds"));
        }
        for (&round, rubric) in doc.assessment.rounds.iter().rev() {
            let text = if rubric.illustrative {
                tr!(lang, "reply-packs-round-illustrative", year = round.to_string())
            } else {
                tr!(lang, "reply-packs-round", year = round.to_string())
            };
            ui.radio_value(year, round, text);
        }
        let departments = assessed_departments(doc, *year).len();
        if !doc.assessment.rounds.is_empty() {
            ui.add_space(6.0);
            ui.label(tr!(lang, "reply-packs-count", count = departments));
        }
        ui.weak(lang.tr("reply-packs-note"));
        ui.add_space(8.0);
        go = crate::widgets::go_or_cancel(ui, &lang.tr("reply-packs-export"), departments > 0);
    });
    if go.is_none() && modal.should_close() {
        go = Some(false);
    }
    go.map(ExportReply::from_go)
}
