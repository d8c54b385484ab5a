//! Options shared by the SVG and PNG renderers.

use crate::scene::{Rect, Theme};

/// What is behind the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Background {
    /// White, with the light theme.
    #[default]
    White,
    /// Nothing (the light theme on a transparent page).
    Transparent,
    /// Near-black, with the dark theme.
    Dark,
}

impl Background {
    /// Every choice, in menu order.
    pub const ALL: [Background; 3] = [Background::White, Background::Transparent, Background::Dark];

    /// The theme whose colours read on this background.
    pub fn theme(self) -> Theme {
        match self {
            Background::Dark => Theme::Dark,
            Background::White | Background::Transparent => Theme::Light,
        }
    }

    /// The name used on the command line (`"dark"`).
    pub fn key(self) -> &'static str {
        match self {
            Background::White => "white",
            Background::Transparent => "transparent",
            Background::Dark => "dark",
        }
    }
}

/// Size of the output picture.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Size {
    /// This many pixels wide; the height follows.
    Width(u32),
    /// This many pixels per map unit.
    Scale(f32),
}

/// How to render a scene.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RenderOptions {
    /// Output size.
    pub size: Size,
    /// What is behind the map.
    pub background: Background,
    /// Empty space around everything drawn, in map units.
    pub margin: f32,
    /// Draw only this part of the map (map units), as the editor's view
    /// shows it; `None` draws everything.
    pub crop: Option<Rect>,
}

impl Default for RenderOptions {
    fn default() -> Self {
        Self { size: Size::Scale(2.0), background: Background::White, margin: 32.0, crop: None }
    }
}

/// Largest side of a rendered picture, in pixels.
pub const MAX_SIDE: u32 = 20_000;

impl RenderOptions {
    /// The area drawn, in map units: the crop if any, otherwise the
    /// scene's bounds plus the margin.
    pub fn view_box(&self, bounds: &Rect) -> Rect {
        match self.crop {
            Some(crop) if crop.width() > 0.0 && crop.height() > 0.0 => crop,
            _ => bounds.expand(self.margin.max(0.0)),
        }
    }

    /// Output width and height in pixels for a view box.
    pub fn pixel_size(&self, view_box: &Rect) -> (u32, u32) {
        let scale = self.scale(view_box);
        let w = (view_box.width() * scale).round().max(1.0);
        let h = (view_box.height() * scale).round().max(1.0);
        (w.min(u32::MAX as f32) as u32, h.min(u32::MAX as f32) as u32)
    }

    /// Pixels per map unit for a view box.
    pub fn scale(&self, view_box: &Rect) -> f32 {
        match self.size {
            Size::Width(width) => width as f32 / view_box.width().max(1.0),
            Size::Scale(scale) => scale,
        }
    }
}
