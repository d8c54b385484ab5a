//! The data-export format choice (File > Export data…). The work itself
//! is in `app/import.rs`.

use egui::{Id, Modal};

use crate::lang::Speak;
use crate::widgets;
use sectormap_core::interchange::Format;

/// What the data-export dialog asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataReply {
    /// Ask where, then write.
    Export,
    /// Close without writing.
    Cancel,
}

/// The formats data can be written in, with their message ids.
const DATA_FORMATS: [(Format, &str); 4] = [
    (Format::Workbook, "data-xlsx"),
    (Format::GraphMl, "data-graphml"),
    (Format::Gexf, "data-gexf"),
    (Format::Kumu, "data-kumu"),
];

/// Shows the data-export format choice.
pub fn data_dialog(ctx: &egui::Context, format: &mut Format) -> Option<DataReply> {
    let mut reply = None;
    let lang = ctx.lang();
    let modal = Modal::new(Id::unique("sectormap-export-data")).show(ctx, |ui| {
        ui.heading(lang.tr("data-title"));
        for (choice, id) in DATA_FORMATS {
            ui.radio_value(format, choice, lang.tr(id));
        }
        ui.weak(lang.tr("data-note"));
        ui.add_space(8.0);
        if let Some(go) = widgets::go_or_cancel(ui, &lang.tr("menu-export"), true) {
            reply = Some(if go { DataReply::Export } else { DataReply::Cancel });
        }
    });
    if reply.is_none() && modal.should_close() {
        reply = Some(DataReply::Cancel);
    }
    reply
}
