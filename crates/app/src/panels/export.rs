//! The export dialog: format, size, background, colours, whole map or the
//! current view. The export itself runs in `app/export.rs`.

use egui::{Id, Modal, Ui};

use crate::app::settings::ExportPrefs;
use crate::lang::Speak;
use crate::widgets;
use sectormap_core::editor::ViewOptions;
use sectormap_core::render::{Background, RenderOptions, Size};
use sectormap_core::scene::{self, ColorBy};
use sectormap_core::tr;

/// What the dialog asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportReply {
    /// Ask where to write, then export.
    Export,
    /// Close without exporting.
    Cancel,
}

impl ExportReply {
    /// The reply for a dialog's go (`true`) or Cancel button.
    pub fn from_go(go: bool) -> Self {
        if go { ExportReply::Export } else { ExportReply::Cancel }
    }
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
    let lang = ctx.lang();
    let modal = Modal::new(Id::unique("sectormap-export")).show(ctx, |ui| {
        ui.heading(lang.tr("export-title"));
        egui::Grid::new("export-grid").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
            ui.label(lang.tr("export-format"));
            ui.horizontal(|ui| {
                ui.radio_value(&mut prefs.svg, false, "PNG");
                ui.radio_value(&mut prefs.svg, true, "SVG");
            });
            ui.end_row();
            ui.label(lang.tr("export-size"));
            size_row(ui, prefs);
            ui.end_row();
            ui.label("");
            let area = if prefs.current_view { areas[1] } else { areas[0] };
            let (w, h) = render_options(prefs, Some(area)).pixel_size(&area);
            ui.label(tr!(lang, "export-pixels", width = w.to_string(), height = h.to_string()));
            ui.end_row();
            ui.label(lang.tr("export-background"));
            ui.horizontal(|ui| {
                for background in Background::ALL {
                    let name = lang.tr(&format!("background-{}", background.key()));
                    ui.radio_value(&mut prefs.background, background, name);
                }
            });
            ui.end_row();
            ui.label(lang.tr("export-colour-by"));
            ui.horizontal(|ui| color_row(ui, view, years));
            ui.end_row();
            ui.label(lang.tr("export-what"));
            ui.vertical(|ui| {
                ui.radio_value(&mut prefs.current_view, false, lang.tr("export-whole"));
                ui.radio_value(&mut prefs.current_view, true, lang.tr("export-current"));
            });
            ui.end_row();
        });
        ui.add_space(8.0);
        reply = widgets::go_or_cancel(ui, &lang.tr("menu-export"), true).map(ExportReply::from_go);
    });
    if reply.is_none() && modal.should_close() {
        reply = Some(ExportReply::Cancel);
    }
    reply
}

fn size_row(ui: &mut Ui, prefs: &mut ExportPrefs) {
    let lang = ui.lang();
    ui.vertical(|ui| {
        ui.horizontal(|ui| {
            ui.radio_value(&mut prefs.by_scale, false, lang.tr("export-width"));
            let drag = egui::DragValue::new(&mut prefs.width).range(64..=20_000).suffix(" px");
            let response = ui.add_enabled(!prefs.by_scale, drag);
            let name = lang.tr("export-width-name");
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::SpinButton, true, &name));
        });
        ui.horizontal(|ui| {
            ui.radio_value(&mut prefs.by_scale, true, lang.tr("export-scale"));
            for scale in [1.0f32, 2.0, 3.0, 4.0] {
                let selected = prefs.by_scale && (prefs.scale - scale).abs() < 1e-3;
                if ui.selectable_label(selected, format!("{scale}×")).clicked() {
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
    let lang = ui.lang();
    for by in ColorBy::ALL {
        ui.radio_value(&mut view.color_by, by, lang.color_by(by));
    }
    if view.color_by == ColorBy::Criterion {
        // Chosen in the Assessment panel; another choice here replaces it.
        let _ = ui
            .radio(true, lang.color_by(ColorBy::Criterion))
            .on_hover_text(lang.tr("marking-colour-elsewhere"));
    }
    if view.color_by == ColorBy::Score {
        let shown =
            view.year.or(years.last().copied()).map_or(lang.tr("export-no-scores"), |y| y.to_string());
        let combo = egui::ComboBox::from_id_salt("score-year").selected_text(shown).show_ui(ui, |ui| {
            for &year in years {
                ui.selectable_value(&mut view.year, Some(year), year.to_string());
            }
        });
        let name = lang.tr("export-score-year");
        combo.response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
    }
}
