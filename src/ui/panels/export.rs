//! The export dialog: format, size, background, colours, whole map or the
//! current view. The export itself runs in `app/export.rs`.

use egui::{Id, Modal, Ui};

use crate::editor::ViewOptions;
use crate::render::{Background, RenderOptions, Size};
use crate::scene::{self, ColorBy};
use crate::ui::app::settings::ExportPrefs;

/// What the dialog asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportReply {
    /// Ask where to write, then export.
    Export,
    /// Close without exporting.
    Cancel,
}

/// The size options as render options for a scene.
pub fn render_options(prefs: &ExportPrefs, crop: Option<scene::Rect>) -> RenderOptions {
    RenderOptions {
        size: if prefs.by_scale { Size::Scale(prefs.scale) } else { Size::Width(prefs.width) },
        background: prefs.background,
        crop,
        ..RenderOptions::default()
    }
}

/// Shows the export dialog. `areas` are the map areas of the whole map
/// and of the current view, for the pixel size shown.
pub fn dialog(
    ctx: &egui::Context,
    prefs: &mut ExportPrefs,
    view: &mut ViewOptions,
    years: &[i32],
    areas: [scene::Rect; 2],
) -> Option<ExportReply> {
    let mut reply = None;
    let modal = Modal::new(Id::unique("sectormap-export")).show(ctx, |ui| {
        ui.heading("Export picture");
        egui::Grid::new("export-grid").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
            ui.label("Format");
            ui.horizontal(|ui| {
                ui.radio_value(&mut prefs.svg, false, "PNG");
                ui.radio_value(&mut prefs.svg, true, "SVG");
            });
            ui.end_row();
            ui.label("Size");
            size_row(ui, prefs);
            ui.end_row();
            ui.label("");
            let area = if prefs.current_view { areas[1] } else { areas[0] };
            let (w, h) = render_options(prefs, Some(area)).pixel_size(&area);
            ui.label(format!("{w} x {h} pixels"));
            ui.end_row();
            ui.label("Background");
            ui.horizontal(|ui| {
                for background in Background::ALL {
                    ui.radio_value(&mut prefs.background, background, background.key());
                }
            });
            ui.end_row();
            ui.label("Colour by");
            ui.horizontal(|ui| color_row(ui, view, years));
            ui.end_row();
            ui.label("What");
            ui.vertical(|ui| {
                ui.radio_value(&mut prefs.current_view, false, "Whole map");
                ui.radio_value(&mut prefs.current_view, true, "Current view (filters and visible area)");
            });
            ui.end_row();
        });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Export…").clicked() {
                reply = Some(ExportReply::Export);
            }
            if ui.button("Cancel").clicked() {
                reply = Some(ExportReply::Cancel);
            }
        });
    });
    if reply.is_none() && modal.should_close() {
        reply = Some(ExportReply::Cancel);
    }
    reply
}

fn size_row(ui: &mut Ui, prefs: &mut ExportPrefs) {
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            ui.radio_value(&mut prefs.by_scale, false, "Width");
            let drag = egui::DragValue::new(&mut prefs.width).range(64..=20_000).suffix(" px");
            let response = ui.add_enabled(!prefs.by_scale, drag);
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, "Width in pixels"));
        });
        ui.horizontal(|ui| {
            ui.radio_value(&mut prefs.by_scale, true, "Scale");
            for scale in [1.0f32, 2.0, 3.0, 4.0] {
                let selected = prefs.by_scale && (prefs.scale - scale).abs() < 1e-3;
                if ui.selectable_label(selected, format!("{scale}x")).clicked() {
                    prefs.by_scale = true;
                    prefs.scale = scale;
                }
            }
        });
    });
}

/// Colour-by choice with the year for scores.
/// (Adds its widgets to the current layout, so it wraps with a toolbar.)
pub fn color_row(ui: &mut Ui, view: &mut ViewOptions, years: &[i32]) {
    for by in ColorBy::ALL {
        ui.radio_value(&mut view.color_by, by, by.title());
    }
    if view.color_by == ColorBy::Score {
        let shown = view.year.or(years.last().copied()).map_or("no scores".to_owned(), |y| y.to_string());
        let combo = egui::ComboBox::from_id_salt("score-year").selected_text(shown).show_ui(ui, |ui| {
            for &year in years {
                ui.selectable_value(&mut view.year, Some(year), year.to_string());
            }
        });
        combo.response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Score year"));
    }
}
