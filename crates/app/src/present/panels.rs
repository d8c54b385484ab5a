//! What presentation mode draws: the caption bar, the map, and a control
//! strip that appears when the mouse moves.

use egui::{Align, Color32, Layout, Panel, RichText, Ui};

use super::TEXT_SCALE;
use crate::app::SectormapApp;
use crate::lang::Speak;
use crate::widgets::named_button;

/// Seconds the control strip stays after the mouse last moved.
const CONTROLS_FOR: f64 = 2.5;

impl SectormapApp {
    /// The presentation's panels: caption bar, canvas, control strip.
    pub(crate) fn presentation_panels(&mut self, ui: &mut Ui) {
        let scene = self.screen_scene(ui.ctx());
        let background = crate::canvas::draw::color(scene.background, 1.0);
        let text = if background.intensity() < 0.5 { Color32::WHITE } else { Color32::from_gray(17) };
        let doc = self.work.session.doc();
        let lang = self.work.view.shown_language(doc).map(str::to_owned);
        let views = &doc.views;
        let (caption, place) = match views.get(self.present.index) {
            Some(view) => {
                let heading = match &lang {
                    Some(lang) => view.translations.pick(lang, "caption", view.heading()),
                    None => view.heading(),
                };
                (heading.to_owned(), format!("{} / {}", self.present.index + 1, views.len()))
            }
            None => {
                let meta = &doc.meta;
                let title = lang
                    .as_deref()
                    .map_or(meta.title.as_str(), |l| meta.translations.pick(l, "title", &meta.title));
                (title.to_owned(), String::new())
            }
        };
        let size = 30.0 * self.present.text_scale.clamp(0.8, 2.0);
        Panel::top("caption")
            .frame(egui::Frame::NONE.fill(background).inner_margin(egui::Margin::symmetric(24, 14)))
            .show(ui, |ui| self.caption_bar(ui, &caption, &place, (size, text)));
        let moved = ui.input(|i| i.pointer.time_since_last_movement()) < CONTROLS_FOR as f32;
        if moved {
            Panel::bottom("presenter-controls").show(ui, |ui| self.presenter_controls(ui));
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(300));
        }
        self.central_canvas(ui, &scene);
    }

    /// The caption, wrapping, and the "N / M" counter at its right: the
    /// caption is given the width the counter leaves, so they never overlap.
    fn caption_bar(&mut self, ui: &mut Ui, caption: &str, place: &str, (size, text): (f32, Color32)) {
        let counter = RichText::new(place).size(size * 0.6).color(text);
        let galley = egui::WidgetText::from(counter.clone()).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        );
        let gap = if place.is_empty() { 0.0 } else { galley.size().x + 2.0 * size };
        ui.horizontal(|ui| {
            let width = (ui.available_width() - gap).max(size * 4.0);
            ui.allocate_ui_with_layout(egui::vec2(width, 0.0), Layout::left_to_right(Align::Center), |ui| {
                ui.set_max_width(width);
                if sectormap_core::text::needs_shaping(caption) {
                    // egui cannot shape Arabic or Devanagari: the text engine draws it.
                    let look = (size, sectormap_core::text::Weight::Semibold);
                    self.present.shaped.line(ui, caption, look, text);
                } else {
                    let caption = RichText::new(caption).size(size).strong().color(text);
                    ui.add(egui::Label::new(caption).wrap());
                }
            });
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| ui.label(counter));
        });
    }

    fn presenter_controls(&mut self, ui: &mut Ui) {
        let lang = ui.lang();
        ui.horizontal(|ui| {
            let last = self.work.session.doc().views.len().saturating_sub(1);
            let index = self.present.index;
            let (previous, previous_name) = (lang.tr("present-previous"), lang.tr("present-previous-name"));
            if ui.add_enabled_ui(index > 0, |ui| named_button(ui, &previous, &previous_name)).inner.clicked()
            {
                self.go_to(index - 1);
            }
            let (next, next_name) = (lang.tr("present-next"), lang.tr("present-next-name"));
            if ui.add_enabled_ui(index < last, |ui| named_button(ui, &next, &next_name)).inner.clicked() {
                self.go_to(index + 1);
            }
            ui.separator();
            ui.label(lang.tr("present-text-size"));
            let scale = self.present.text_scale;
            let smaller = lang.tr("present-smaller");
            if ui
                .add_enabled_ui(scale > *TEXT_SCALE.start(), |ui| named_button(ui, "−", &smaller))
                .inner
                .clicked()
            {
                self.set_text_scale(scale - 0.2);
            }
            ui.label(format!("{:.0}%", scale * 100.0));
            let larger = lang.tr("present-larger");
            if ui
                .add_enabled_ui(scale < *TEXT_SCALE.end(), |ui| named_button(ui, "+", &larger))
                .inner
                .clicked()
            {
                self.set_text_scale(scale + 0.2);
            }
            ui.separator();
            ui.checkbox(&mut self.present.contrast, lang.tr("present-contrast"));
            ui.separator();
            ui.weak(lang.tr("present-keys"));
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                if named_button(ui, &lang.tr("present-leave"), &lang.tr("present-leave-name")).clicked() {
                    let ctx = ui.ctx().clone();
                    self.stop_presenting(&ctx);
                }
            });
        });
    }
}
