//! The filter panel: show or hide node kinds, sectors and jurisdictions.
//! Hidden nodes are left out of the canvas and of "current view" exports.

use std::collections::BTreeSet;

use egui::Ui;

use crate::editor::Filters;
use crate::model::{Document, NodeKind};

/// Shows the filter panel's contents.
pub fn show(ui: &mut Ui, doc: &Document, filters: &mut Filters) {
    ui.heading("Filters");
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.strong("Kinds");
        for kind in NodeKind::ALL {
            let mut shown = !filters.kinds.contains(&kind);
            if ui.checkbox(&mut shown, kind.title()).changed() {
                toggle(&mut filters.kinds, kind, shown);
            }
        }
        let sectors: Vec<String> = doc.sectors().into_iter().map(str::to_owned).collect();
        if !sectors.is_empty() {
            ui.add_space(6.0);
            ui.strong("Sectors");
            for sector in sectors {
                let mut shown = !filters.sectors.contains(&sector);
                if ui.checkbox(&mut shown, &sector).changed() {
                    toggle(&mut filters.sectors, sector, shown);
                }
            }
        }
        let places: Vec<String> = doc.jurisdictions().into_iter().map(str::to_owned).collect();
        if !places.is_empty() {
            ui.add_space(6.0);
            ui.strong("Jurisdictions");
            for place in places {
                let mut shown = !filters.jurisdictions.contains(&place);
                if ui.checkbox(&mut shown, &place).changed() {
                    toggle(&mut filters.jurisdictions, place, shown);
                }
            }
        }
        ui.add_space(6.0);
        if ui.add_enabled(filters.is_active(), egui::Button::new("Show everything")).clicked() {
            *filters = Filters::default();
        }
        let hidden = filters.hidden(doc).len();
        if hidden > 0 {
            ui.weak(format!("{hidden} nodes hidden"));
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
