//! A preview of text as the map draws it, for fields holding Arabic,
//! Hebrew, Devanagari or other text that egui's widgets cannot shape or
//! order right to left.

use egui::{Color32, Ui};

use crate::map_text::line_texture;
use sectormap_core::text::{Weight, needs_shaping};

/// Previews under text fields, and the presenter's caption (the lines are
/// drawn once, as textures kept by [`crate::map_text`]).
#[derive(Clone, Debug, Default)]
pub struct ShapedPreview;

/// Font size of previews, in points.
const SIZE: f32 = 15.0;

impl ShapedPreview {
    /// Under a field holding `text`: the text as the map shows it, when
    /// egui would draw it wrongly; nothing otherwise.
    pub fn show(&mut self, ui: &mut Ui, text: &str) {
        if !needs_shaping(text) {
            return;
        }
        let color = ui.visuals().text_color();
        ui.weak(crate::lang::Speak::lang(ui).tr("shaped-on-map"));
        // Wrapped by the text engine to the panel's width, as the map wraps.
        let room = (ui.available_width() - 8.0).max(60.0);
        for line in sectormap_core::text::wrap(text, SIZE, Weight::Regular, room, 6) {
            self.line(ui, &line, (SIZE, Weight::Regular), color);
        }
    }

    /// One line drawn by the text engine at `size` points, as an image.
    pub fn line(
        &mut self,
        ui: &mut Ui,
        line: &str,
        (size, weight): (f32, Weight),
        color: Color32,
    ) -> Option<egui::Response> {
        let ppp = ui.ctx().pixels_per_point();
        let texture = line_texture(ui.ctx(), line, size, weight)?;
        // Never wider than the panel: a long title would widen it.
        let natural = texture.size_vec2() / ppp;
        let room = ui.available_width().max(40.0);
        let shown = if natural.x > room { natural * (room / natural.x) } else { natural };
        Some(ui.add(egui::Image::new((texture.id(), shown)).tint(color)).on_hover_text(line))
    }
}
