//! The filter panel: show or hide node kinds, sectors and jurisdictions.
//! Hidden nodes are left out of the canvas and of "current view" exports.

use std::collections::BTreeSet;

use egui::Ui;

use crate::lang::Speak;
use crate::map_text;
use sectormap_core::editor::Filters;
use sectormap_core::model::{Document, NodeKind};
use sectormap_core::tr;

/// Shows the filter panel's contents.
pub fn show(ui: &mut Ui, doc: &Document, filters: &mut Filters) {
    let lang = ui.lang();
    ui.heading(lang.tr("tab-filters"));
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.strong(lang.tr("filters-kinds"));
        for kind in NodeKind::ALL {
            let mut shown = !filters.kinds.contains(&kind);
            if ui.checkbox(&mut shown, lang.node_kind(kind)).changed() {
                toggle(&mut filters.kinds, kind, shown);
            }
        }
        let sectors: Vec<String> = doc.sectors().into_iter().map(str::to_owned).collect();
        if !sectors.is_empty() {
            ui.add_space(6.0);
            ui.strong(lang.tr("filters-sectors"));
            for sector in sectors {
                let mut shown = !filters.sectors.contains(&sector);
                if map_text::checkbox(ui, &mut shown, &sector).changed() {
                    toggle(&mut filters.sectors, sector, shown);
                }
            }
        }
        let places: Vec<String> = doc.jurisdictions().into_iter().map(str::to_owned).collect();
        if !places.is_empty() {
            ui.add_space(6.0);
            ui.strong(lang.tr("filters-jurisdictions"));
            for place in places {
                let mut shown = !filters.jurisdictions.contains(&place);
                if map_text::checkbox(ui, &mut shown, &place).changed() {
                    toggle(&mut filters.jurisdictions, place, shown);
                }
            }
        }
        ui.add_space(6.0);
        if ui.add_enabled(filters.is_active(), egui::Button::new(lang.tr("filters-show-all"))).clicked() {
            *filters = Filters::default();
        }
        let hidden = filters.hidden(doc).len();
        if hidden > 0 {
            ui.weak(tr!(lang, "filters-hidden", count = hidden));
        }
    });
}

fn toggle<T: Ord>(hidden: &mut BTreeSet<T>, item: T, shown: bool) {
    if shown {
        hidden.remove(&item);
    } else {
        hidden.insert(item);
    }
}
