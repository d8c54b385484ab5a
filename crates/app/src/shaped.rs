//! A preview of text as the map draws it, for fields holding Arabic,
//! Hebrew, Devanagari or other text that egui's widgets cannot shape or
//! order right to left.

use std::collections::HashMap;

use egui::{Color32, ColorImage, TextureHandle, TextureOptions, Ui};

use sectormap_core::text::{Weight, needs_shaping, raster::rasterize_line};

/// Lines drawn so far, as textures (textures are shared handles, so a
/// clone draws from the same ones).
#[derive(Clone, Default)]
pub struct ShapedPreview {
    textures: HashMap<(String, u32, bool), TextureHandle>,
}

/// Font size of previews, in points.
const SIZE: f32 = 15.0;

impl std::fmt::Debug for ShapedPreview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ShapedPreview({} lines)", self.textures.len())
    }
}

impl ShapedPreview {
    /// Under a field holding `text`: the text as the map shows it, when
    /// egui would draw it wrongly; nothing otherwise.
    pub fn show(&mut self, ui: &mut Ui, text: &str) {
        if !needs_shaping(text) {
            return;
        }
        if self.textures.len() > 256 {
            self.textures.clear();
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
        let key = (line.to_owned(), (ppp * size * 100.0) as u32, weight == Weight::Semibold);
        let texture = match self.textures.get(&key) {
            Some(t) => t.clone(),
            None => {
                let bitmap = rasterize_line(line, weight, size * ppp)?;
                let pixels = bitmap.alpha.iter().map(|&a| Color32::from_white_alpha(a)).collect();
                let image = ColorImage::new([bitmap.width as usize, bitmap.height as usize], pixels);
                let t = ui.ctx().load_texture("shaped-text", image, TextureOptions::LINEAR);
                self.textures.insert(key, t.clone());
                t
            }
        };
        // Never wider than the panel: a long title would widen it.
        let natural = texture.size_vec2() / ppp;
        let room = ui.available_width().max(40.0);
        let shown = if natural.x > room { natural * (room / natural.x) } else { natural };
        Some(ui.add(egui::Image::new((texture.id(), shown)).tint(color)).on_hover_text(line))
    }
}
