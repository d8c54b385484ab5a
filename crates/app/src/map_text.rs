//! Map text in a panel: labels, captions, sectors, view names, and the
//! sentences that name them, in reading order.
//!
//! egui neither shapes Arabic, Devanagari or Thai nor orders right-to-left
//! text (a two-word Arabic label comes out with its words reversed), so such
//! text is drawn by the map's own text engine, as the canvas and every
//! export draw it: wrapped by the engine, each line an image of the engine's
//! glyphs. Any other text is an ordinary egui label or button, as before.
//! Either way a screen reader (and a test) finds it by its text.

use std::collections::BTreeMap;

use egui::{
    Color32, ColorImage, Id, Rect, Response, RichText, Role, Sense, TextureHandle, TextureOptions, Ui, Vec2,
    Widget, WidgetInfo, pos2,
};
use sectormap_core::text::{Weight, needs_shaping, raster::rasterize_line, shape, wrap};

/// What the name of each texture a line of map text is drawn from starts
/// with; the line follows (egui's texture list, and tests, read it).
pub const TEXTURE_PREFIX: &str = "map-text: ";

/// Most lines one text is wrapped to.
const MAX_LINES: usize = 40;
/// Lines kept as textures before all are dropped and made again as needed.
const KEEP: usize = 512;

/// Line textures by (line, size in hundredths of a pixel, semibold).
type Textures = BTreeMap<(String, u32, bool), TextureHandle>;

/// How the text reads beside the panel's own words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Tone {
    #[default]
    Normal,
    Weak,
    Strong,
    Link,
}

/// Map text in a panel: a label, a selectable row, or a link.
#[must_use = "add it with `ui.add`"]
pub struct MapText<'a> {
    text: &'a str,
    tone: Tone,
    selected: Option<bool>,
    wrap: bool,
    ltr: bool,
}

impl<'a> MapText<'a> {
    /// `text` as a label.
    pub fn new(text: &'a str) -> Self {
        Self { text, tone: Tone::Normal, selected: None, wrap: false, ltr: false }
    }

    /// In the weak (secondary) text colour.
    pub fn weak(self) -> Self {
        Self { tone: Tone::Weak, ..self }
    }

    /// In the strong text colour, semibold where the engine draws it.
    pub fn strong(self) -> Self {
        Self { tone: Tone::Strong, ..self }
    }

    /// A link: clickable, in the link colour.
    pub fn link(self) -> Self {
        Self { tone: Tone::Link, ..self }
    }

    /// A clickable row, highlighted while `selected` (as egui's
    /// selectable labels).
    pub fn selectable(self, selected: bool) -> Self {
        Self { selected: Some(selected), ..self }
    }

    /// Wrapped to the width available.
    pub fn wrap(self) -> Self {
        Self { wrap: true, ..self }
    }

    /// Set left to right whatever its first word: a sentence of the
    /// interface (English, Spanish, French) that names map text, such as
    /// a gap. Map text alone takes the direction of its first letter.
    pub fn ltr(self) -> Self {
        Self { ltr: true, ..self }
    }

    /// As egui draws text it can draw.
    fn plain(self, ui: &mut Ui) -> Response {
        let rich = match self.tone {
            Tone::Normal | Tone::Link => RichText::new(self.text),
            Tone::Weak => RichText::new(self.text).weak(),
            Tone::Strong => RichText::new(self.text).strong(),
        };
        if let Some(selected) = self.selected {
            let button = egui::Button::selectable(selected, rich);
            return ui.add(if self.wrap { button.wrap() } else { button });
        }
        if self.tone == Tone::Link {
            return ui.link(rich);
        }
        let label = egui::Label::new(rich);
        ui.add(if self.wrap { label.wrap() } else { label })
    }

    /// As the map's text engine draws it, line by line.
    fn shaped(self, ui: &mut Ui) -> Response {
        let size = egui::TextStyle::Body.resolve(ui.style()).size;
        let weight = if self.tone == Tone::Strong { Weight::Semibold } else { Weight::Regular };
        let pad = if self.selected.is_some() { ui.spacing().button_padding } else { Vec2::ZERO };
        let wrapping = self.wrap || (self.selected.is_none() && ui.wrap_mode() == egui::TextWrapMode::Wrap);
        // A left-to-right mark makes the paragraph left to right (UAX 9).
        let text = if self.ltr { format!("\u{200E}{}", self.text) } else { self.text.to_owned() };
        let room = (ui.available_width() - 2.0 * pad.x).max(60.0);
        let lines: Vec<String> = if wrapping {
            wrap(&text, size, weight, room, MAX_LINES)
        } else {
            text.lines().map(str::to_owned).collect()
        };
        let ctx = ui.ctx().clone();
        let ppp = ctx.pixels_per_point();
        let drawn: Vec<(TextureHandle, Vec2)> = lines
            .iter()
            .filter_map(|line| {
                line_texture(&ctx, line, size, weight).map(|t| (t.clone(), t.size_vec2() / ppp))
            })
            .collect();
        let mut inner = drawn.iter().fold(Vec2::ZERO, |all, (_, s)| Vec2::new(all.x.max(s.x), all.y + s.y));
        if wrapping {
            // Never wider than the room it was wrapped to (the engine's
            // line widths are close, not exact): a panel that grew by a
            // pixel would wrap wider every frame.
            inner.x = inner.x.min(room);
        }
        let clickable = self.selected.is_some() || self.tone == Tone::Link;
        let sense = if clickable { Sense::click() } else { Sense::hover() };
        let (rect, response) = ui.allocate_exact_size(inner + 2.0 * pad, sense);
        let (enabled, name) = (ui.is_enabled(), self.text);
        response.widget_info(|| match (self.selected, self.tone) {
            (Some(selected), _) => WidgetInfo::selected(Role::Button, enabled, selected, name),
            (None, Tone::Link) => WidgetInfo::labeled(Role::Link, enabled, name),
            (None, _) => WidgetInfo::labeled(Role::Label, enabled, name),
        });
        if !ui.is_rect_visible(rect) {
            return response;
        }
        let color = match (self.selected, self.tone) {
            (Some(selected), _) => {
                let visuals = ui.style().interact_selectable(&response, selected);
                if selected || response.hovered() || response.highlighted() || response.has_focus() {
                    let frame = rect.expand(visuals.expansion);
                    let (fill, stroke) = (visuals.weak_bg_fill, visuals.bg_stroke);
                    ui.painter().rect(frame, visuals.corner_radius, fill, stroke, egui::StrokeKind::Inside);
                }
                visuals.text_color()
            }
            (None, Tone::Weak) => ui.visuals().weak_text_color(),
            (None, Tone::Strong) => ui.visuals().strong_text_color(),
            (None, Tone::Link) => ui.visuals().hyperlink_color,
            (None, Tone::Normal) => ui.visuals().text_color(),
        };
        // A right-to-left text's lines are set against the right edge.
        let rtl = shape(&text, weight).rtl;
        let mut y = rect.top() + pad.y;
        let uv = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
        for (texture, size) in &drawn {
            let x = if rtl { rect.right() - pad.x - size.x } else { rect.left() + pad.x };
            ui.painter().image(texture.id(), Rect::from_min_size(pos2(x, y), *size), uv, color);
            y += size.y;
        }
        response
    }
}

impl Widget for MapText<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        if needs_shaping(self.text) { self.shaped(ui) } else { self.plain(ui) }
    }
}

/// A checkbox named by map text (a sector, a view's name): egui's own when
/// egui can draw the text, else an unnamed box with the text beside it
/// naming it (for screen readers, and tests, the box is called by it).
pub fn checkbox(ui: &mut Ui, checked: &mut bool, text: &str) -> Response {
    if !needs_shaping(text) {
        return ui.checkbox(checked, text);
    }
    ui.horizontal(|ui| {
        let response = ui.checkbox(checked, "");
        let name = ui.add(MapText::new(text));
        response.labelled_by(name.id)
    })
    .inner
}

/// The texture of `line` drawn by the text engine at `size` points in
/// `weight` (white, to be tinted), made once and kept; `None` for a line
/// that draws nothing.
pub fn line_texture(ctx: &egui::Context, line: &str, size: f32, weight: Weight) -> Option<TextureHandle> {
    let px = size * ctx.pixels_per_point();
    let key = (line.to_owned(), (px * 100.0) as u32, weight == Weight::Semibold);
    let id = Id::unique("sectormap-map-text");
    if let Some(texture) = ctx.data_mut(|d| d.get_temp_mut_or_default::<Textures>(id).get(&key).cloned()) {
        return Some(texture);
    }
    let bitmap = rasterize_line(line, weight, px)?;
    let pixels = bitmap.alpha.iter().map(|&a| Color32::from_white_alpha(a)).collect();
    let image = ColorImage::new([bitmap.width as usize, bitmap.height as usize], pixels);
    let texture = ctx.load_texture(format!("{TEXTURE_PREFIX}{line}"), image, TextureOptions::LINEAR);
    ctx.data_mut(|d| {
        let all = d.get_temp_mut_or_default::<Textures>(id);
        if all.len() >= KEEP {
            all.clear();
        }
        all.insert(key, texture.clone());
    });
    Some(texture)
}
